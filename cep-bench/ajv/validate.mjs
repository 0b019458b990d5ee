// The ajv 8 peer of cep-bench/run-benchmarks.sh: validates every line of an NDJSON file against cepkit's published
// JSON Schemas (draft 2020-12, dates asserted with ajv-formats), streamed line by line, and prints the counts.
// What an integrator in JavaScript would run instead of cepkit: the schema only, no rule, no COG.
//   node validate.mjs SCHEMA_DIR FILE.ndjson
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaDir, file] = process.argv.slice(2);
// allErrors: every problem of a record, as cepkit reports them; strict off: the schemas carry annotations
// (descriptions of code lists) that ajv's strict mode would only warn about.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
for (const name of ["operator", "pathway", "cooperation"]) {
  ajv.addSchema(JSON.parse(readFileSync(`${schemaDir}/${name}.schema.json`, "utf8")));
}
const validate = ajv.compile(JSON.parse(readFileSync(`${schemaDir}/cep-record.schema.json`, "utf8")));

let records = 0;
let valid = 0;
let errors = 0;
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === "") {
    continue;
  }
  records++;
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    errors++;
    continue;
  }
  if (validate(record)) {
    valid++;
  } else {
    errors += validate.errors.length;
  }
}
console.log(JSON.stringify({ records, valid, invalid: records - valid, errors }));
