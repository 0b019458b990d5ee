// The page's report logic and texts, under node's test runner.

import { test } from "node:test";
import assert from "node:assert/strict";
import { groupByRecord, filterIssues, countByRule, pageOf, csvField, toCsv } from
  "../../main/resources/org/cepkit/server/page/report.js";
import { MESSAGES, text } from "../../main/resources/org/cepkit/server/page/messages.js";

const issues = [
  { file: "-", line: 3, record: "pw-1", rule: "mission-locale.age", severity: "ERROR", path: "/a", message: "m1" },
  { file: "-", line: 3, record: "pw-1", rule: "apec.public", severity: "WARNING", path: "/b", message: "m2" },
  { file: "-", line: 5, rule: "format.syntax", severity: "ERROR", path: "", message: "m3" },
  { file: "-", line: 9, record: "pw-9", rule: "code.alias", severity: "INFO", path: "/c", message: "m4" },
];

test("issues are grouped by record in report order", () => {
  const groups = groupByRecord(issues);
  assert.deepEqual(groups.map((g) => [g.line, g.record, g.issues.length]),
    [[3, "pw-1", 2], [5, undefined, 1], [9, "pw-9", 1]]);
});

test("filters keep the severities and the rule asked for", () => {
  assert.equal(filterIssues(issues, new Set(["ERROR"]), "").length, 2);
  assert.equal(filterIssues(issues, new Set(["ERROR", "WARNING", "INFO"]), "code.alias").length, 1);
  assert.equal(filterIssues(issues, new Set(["WARNING"]), "code.alias").length, 0);
});

test("counts by rule come most frequent first, then by id", () => {
  const counts = countByRule([...issues, issues[0]]);
  assert.deepEqual(counts.map((c) => [c.rule, c.count]),
    [["mission-locale.age", 2], ["apec.public", 1], ["code.alias", 1], ["format.syntax", 1]]);
});

test("a page stays within bounds", () => {
  const items = Array.from({ length: 60 }, (_, i) => i);
  assert.deepEqual(pageOf(items, 3, 25), { items: items.slice(50), number: 3, pages: 3 });
  assert.equal(pageOf(items, 9, 25).number, 3);
  assert.equal(pageOf(items, 0, 25).number, 1);
  assert.deepEqual(pageOf([], 1, 25), { items: [], number: 1, pages: 1 });
});

test("a CSV field that a spreadsheet would run is defused, and quotes are doubled", () => {
  for (const formula of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")"]) {
    assert.ok(csvField(formula).startsWith("\"'"), formula);
  }
  assert.equal(csvField("a \"b\", c"), "\"a \"\"b\"\", c\"");
  assert.equal(csvField(undefined), "\"\"");
  assert.equal(csvField(12), "\"12\"");
});

test("the CSV has a header, a line an issue, CRLF, and a byte order mark", () => {
  const csv = toCsv(issues);
  const lines = csv.slice(1).split("\r\n");
  assert.equal(csv[0], "\uFEFF");
  assert.equal(lines[0], "file,line,record,rule,severity,path,message");
  assert.equal(lines.length, issues.length + 2);
  assert.equal(lines[3], "\"-\",\"5\",\"\",\"format.syntax\",\"ERROR\",\"\",\"m3\"");
});

test("every text exists in both languages", () => {
  assert.deepEqual(Object.keys(MESSAGES.fr).sort(), Object.keys(MESSAGES.en).sort());
});

test("French plurals count 0 and 1 as one, English only 1", () => {
  assert.equal(text("fr", "records", { n: 0 }), "0 enregistrement");
  assert.equal(text("fr", "records", { n: 1 }), "1 enregistrement");
  assert.equal(text("fr", "records", { n: 2 }), "2 enregistrements");
  assert.equal(text("en", "records", { n: 0 }), "0 records");
  assert.equal(text("en", "records", { n: 1 }), "1 record");
  assert.equal(text("fr", "records", { n: 12345 }), "12\u202f345 enregistrements");
  assert.equal(text("en", "records", { n: 12345 }), "12,345 records");
});
