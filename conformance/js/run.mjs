// The conformance corpus of cepkit, run in JavaScript against the bundled JSON Schema
// (schema/v1/cep-record.bundle.schema.json) with ajv 8 in strict mode and ajv-formats, as
// schema/v1/README.md tells integrators to set them up.
//
//   cd conformance/js && npm ci && node run.mjs [--verbose] [--schema FILE]
//
// --verbose names the cases behind each figure; --schema runs another copy of the bundled schema.
// A case agrees when the schema's verdict on the format.* rules is the corpus's: the schema rejects the
// input exactly when the case expects some format.* issue. The runner also maps every schema error to
// the rule its keyword names (x-cepkit-rule) and counts the cases whose format.* issues it finds exactly,
// rule and JSON Pointer. It lists the rules that no JSON Schema can state, with the cases that expect
// them, and exits 1 when the schema and the corpus disagree on something a schema can state (or when
// ajv warns about the schema), 2 when the corpus or the schema cannot be read.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, "..");
const option = process.argv.indexOf("--schema");
const schemaFile = option > 0 ? process.argv[option + 1] ?? "" : join(corpus, "..", "schema", "v1", "cep-record.bundle.schema.json");
const verbose = process.argv.includes("--verbose");
const shown = relative(join(corpus, ".."), schemaFile).startsWith("..") ? schemaFile : relative(join(corpus, ".."), schemaFile);

/** The annotation keyword by which each schema object names the rule of each of its assertion keywords. */
const RULE_KEYWORD = "x-cepkit-rule";

/** Why no JSON Schema states a rule, by rule id or by the prefix of its id. */
const BEYOND_A_SCHEMA = [
  [/^format\.(syntax|limit)$/, "the input itself: malformed JSON, invalid UTF-8, a duplicate key, a limit"],
  [/^format\.(siret|epci)$/, "a check key (the Luhn key; La Poste's digit sum) on a value of the right pattern"],
  [/^territory\.postal-code$/, "a look-up in La Poste's postal codes"],
  [/^territory\./, "a look-up in the INSEE Code officiel géographique"],
  [/^dataset\./, "a comparison across the records of a dataset"],
  [/^(reference\.|regional-operator\.coverage$|cooperation\.territory-presence$)/,
    "a look-up in the operator registry (the operator records of the input)"],
  [/^code\.alias$/, "an INFO on an accepted former code, which the schema accepts"],
  [/./, "a business rule of cepkit (dates, ages, eligibility, configuration…), which needs code"],
];

function fail(message) {
  console.error(`conformance (js): ${message}`);
  process.exit(2);
}

function compile() {
  const warnings = [];
  const logger = { log() {}, warn: (...args) => warnings.push(args.join(" ")), error: (...args) => warnings.push(args.join(" ")) };
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, logger });
  addFormats(ajv);
  ajv.addKeyword({ keyword: RULE_KEYWORD, schemaType: "object" });
  let schema;
  try {
    schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  } catch (e) {
    fail(`cannot read ${shown}: ${e.message.split(",")[0]}`);
  }
  try {
    return { validate: ajv.compile(schema), warnings, schema };
  } catch (e) {
    console.error(`conformance (js): ajv in strict mode rejects the schema: ${e.message}`);
    process.exit(1);
  }
}

/** Every corpus file, sorted, but this runner's own folder. */
function corpusFiles(directory) {
  const files = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (path === here) continue;
    if (statSync(path).isDirectory()) files.push(...corpusFiles(path));
    else if (name.endsWith(".json")) files.push(path);
  }
  return files;
}

function escape(name) {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * An unknown field's name as a cepkit report may repeat it (docs/report.md): at most 64 characters of
 * [A-Za-z0-9_] and not shaped like a NIR; any other name is written ~unknown.
 */
function reportable(name) {
  return /^[A-Za-z0-9_]{1,64}$/.test(name) && !nirShaped(name) ? name : "~unknown";
}

/** 13 characters (15 with the key), digits but the 6th and 7th, which may be 2A or 2B, separators left out. */
function nirShaped(text) {
  const bare = text.replace(/[\s._-]/g, "");
  return /^\d{5}(?:\d{2}|2[ABab])\d{6}(?:\d{2})?$/.test(bare);
}

/** The rule and JSON Pointer of one ajv error, by the x-cepkit-rule of the schema object that failed. */
function issueOf(error) {
  const rule = error.parentSchema?.[RULE_KEYWORD]?.[error.keyword];
  if (rule === undefined) return undefined; // "if": ajv's wrapper of the selected type's own errors
  let path = error.instancePath;
  if (error.keyword === "required") path += "/" + escape(error.params.missingProperty);
  if (error.keyword === "additionalProperties") path += "/" + reportable(error.params.additionalProperty);
  return { rule, path };
}

/** The records of a case as a JSON validator sees them, or the reason there are none. */
function recordsOf(testCase) {
  let value = testCase.input;
  if (!("input" in testCase)) {
    const bytes = "inputText" in testCase ? Buffer.from(testCase.inputText, "utf8")
      : Buffer.from(testCase.inputBase64, "base64");
    try {
      value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return { unreadable: true, records: [] };
    }
  }
  return { unreadable: false, records: Array.isArray(value) ? value : [value] };
}

function at(record, pointer) {
  let value = record;
  for (const part of pointer.split("/").slice(1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = value[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return value;
}

/** The patterns that the schema gives to a rule, at any depth. */
function patternsOf(schema, rule, found = []) {
  if (Array.isArray(schema)) schema.forEach((item) => patternsOf(item, rule, found));
  else if (schema !== null && typeof schema === "object") {
    if (schema[RULE_KEYWORD]?.pattern === rule) found.push(new RegExp(schema.pattern, "u"));
    for (const [key, value] of Object.entries(schema)) if (key !== RULE_KEYWORD) patternsOf(value, rule, found);
  }
  return found;
}

const key = (issue) => `${issue.rule} ${issue.path}`;

function multisetDifference(left, right) {
  const rest = right.map(key);
  return left.filter((issue) => {
    const i = rest.indexOf(key(issue));
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

function whyBeyond(rule) {
  return BEYOND_A_SCHEMA.find(([pattern]) => pattern.test(rule))[1];
}

const { validate, warnings, schema } = compile();
const checkKeyPatterns = {
  "format.siret": patternsOf(schema, "format.siret"),
  "format.epci": patternsOf(schema, "format.epci"),
};
const cases = [];
for (const file of corpusFiles(corpus)) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(`${relative(corpus, file)} is not JSON: ${e.message}`);
  }
  if (!Array.isArray(parsed)) fail(`${relative(corpus, file)} is not an array of cases`);
  parsed.forEach((c) => cases.push({ ...c, file: relative(corpus, file) }));
}

// The cases stated as CSV tables are the records' tabular form: a JSON Schema does not read them (their Table
// Schemas are checked by scripts/check-tables.sh with frictionless's own library).
const tabular = cases.filter((c) => "inputTables" in c).length;
cases.splice(0, cases.length, ...cases.filter((c) => !("inputTables" in c)));

let agree = 0;
let exact = 0;
const excused = new Map(); // rule -> cases that cannot agree because of it
const beyond = new Map(); // rule -> cases that expect a rule no schema states
const disagreements = [];
const inexact = [];
for (const c of cases) {
  const name = `${c.file}: ${c.description}`;
  const expected = c.expect.issues;
  for (const rule of new Set(expected.map((issue) => issue.rule))) {
    if (!rule.startsWith("format.") || /^format\.(syntax|limit|siret|epci)$/.test(rule)) {
      if (!rule.startsWith("format.")) beyond.set(rule, (beyond.get(rule) ?? 0) + 1);
    }
  }
  const input = expected.find((issue) => /^format\.(syntax|limit)$/.test(issue.rule));
  if (input) {
    excused.set(input.rule, [...(excused.get(input.rule) ?? []), name]);
    continue;
  }
  const { unreadable, records } = recordsOf(c);
  if (unreadable) {
    disagreements.push(`${name}: the input is not UTF-8 JSON, but the case expects no format.syntax`);
    continue;
  }
  const found = [];
  for (const record of records) {
    if (!validate(record)) {
      // Several keywords may fail for one value ("format" and "pattern" of a date): cepkit reports the rule once.
      const seen = new Set();
      for (const error of validate.errors) {
        const issue = issueOf(error);
        if (issue && !seen.has(key(issue))) {
          seen.add(key(issue));
          found.push(issue);
        }
      }
    }
  }
  // A SIRET or EPCI code of the right pattern is wrong by its check key only: no schema can state it.
  const stated = [];
  const keys = [];
  for (const issue of expected.filter((i) => i.rule.startsWith("format."))) {
    const patterns = checkKeyPatterns[issue.rule];
    const values = records.map((record) => at(record, issue.path)).filter((v) => typeof v === "string");
    if (patterns && values.some((v) => patterns.some((p) => p.test(v)))
        && !found.some((f) => key(f) === key(issue))) keys.push(issue);
    else stated.push(issue);
  }
  if ((found.length > 0) === (stated.length > 0)) {
    if (keys.length > 0 && stated.length === 0) {
      const rule = `${keys[0].rule} (check key)`;
      excused.set(rule, [...(excused.get(rule) ?? []), name]);
      continue;
    }
    agree++;
    const missing = multisetDifference(stated, found);
    const extra = multisetDifference(found, stated);
    if (missing.length === 0 && extra.length === 0) exact++;
    else inexact.push(`${name}\n      cepkit only: ${missing.map(key).join(", ") || "-"}`
      + `\n      schema only: ${extra.map(key).join(", ") || "-"}`);
  } else if (found.length > 0) {
    disagreements.push(`${name}: the schema rejects it for ${found.map(key).join(", ")}, the case expects no format.* issue`);
  } else {
    disagreements.push(`${name}: the schema accepts it, the case expects ${stated.map(key).join(", ")}`);
  }
}

const versions = (pkg) => JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"), "utf8")).version;
const judged = cases.length - [...excused.values()].reduce((n, list) => n + list.length, 0);
console.log(`cepkit conformance corpus, JavaScript: ajv ${versions("ajv")} (strict) and ajv-formats`
  + ` ${versions("ajv-formats")}, ${shown}`);
console.log(`  ${cases.length} cases (and ${tabular} stated as tables, left to scripts/check-tables.sh);`
  + ` ajv warnings on the schema: ${warnings.length}`);
console.log(`  ${agree} of the ${judged} cases a schema can judge agree on format.* (${exact} of them with the very rules`
  + ` and paths of cepkit, each schema error mapped by ${RULE_KEYWORD})`);
console.log(`  ${cases.length - judged} cases cannot agree, for a rule no schema can state:`);
for (const [rule, list] of [...excused].sort()) {
  console.log(`    ${String(list.length).padStart(3)}  ${rule}: ${whyBeyond(rule.split(" ")[0])}`);
  if (verbose) list.forEach((n) => console.log(`           ${n}`));
}
console.log(`  rules beyond any schema, with the number of cases that expect them (the schema judges their format.* only):`);
for (const [rule, count] of [...beyond].sort()) {
  console.log(`    ${String(count).padStart(3)}  ${rule}: ${whyBeyond(rule)}`);
}
if (verbose && inexact.length > 0) {
  console.log(`  cases that agree on the verdict but not on every rule and path:`);
  inexact.forEach((line) => console.log(`    ${line}`));
}
if (warnings.length > 0) {
  console.log(`  ajv warns about the schema:`);
  warnings.forEach((w) => console.log(`    ${w}`));
}
if (disagreements.length > 0) {
  console.log(`  ${disagreements.length} disagreements on what a schema can state:`);
  disagreements.forEach((d) => console.log(`    ${d}`));
}
process.exit(disagreements.length > 0 || warnings.length > 0 ? 1 : 0);
