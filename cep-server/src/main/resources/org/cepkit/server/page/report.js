// What the page does with a report, apart from the page itself: grouping, filtering, paging, counting, CSV.
// Pure functions, so that they can be tested without a browser (node --test).

export const SEVERITIES = ["ERROR", "WARNING", "INFO"];

/**
 * The issues grouped by record, in report order: a group for each record (its line and its id, when the report
 * gives one), with its issues in their order.
 */
export function groupByRecord(issues) {
  const groups = [];
  let current = null;
  for (const issue of issues) {
    const key = (issue.file ?? "") + "\u0000" + (issue.line ?? 0);
    if (current === null || current.key !== key) {
      current = { key, file: issue.file, line: issue.line, record: issue.record, issues: [] };
      groups.push(current);
    }
    if (current.record === undefined && issue.record !== undefined) {
      current.record = issue.record;
    }
    current.issues.push(issue);
  }
  return groups;
}

/** The issues of the given severities (a Set) and, when {@code rule} is not empty, of that rule. */
export function filterIssues(issues, severities, rule) {
  return issues.filter((issue) => severities.has(issue.severity) && (!rule || issue.rule === rule));
}

/** The number of issues of each rule, the most frequent first, then by rule id; with each rule's severity. */
export function countByRule(issues) {
  const counts = new Map();
  for (const issue of issues) {
    const entry = counts.get(issue.rule) ?? { rule: issue.rule, severity: issue.severity, count: 0 };
    entry.count++;
    counts.set(issue.rule, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** One page of {@code items}: its items, its number (from 1, within bounds) and the number of pages. */
export function pageOf(items, page, size) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const number = Math.min(Math.max(1, page), pages);
  return { items: items.slice((number - 1) * size, number * size), number, pages };
}

const CSV_COLUMNS = ["file", "line", "record", "rule", "severity", "path", "message"];

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: a value that a spreadsheet would read as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, and every field is quoted. A
 * lone "-" (the name of a request's body) is no formula and stays as it is.
 */
export function csvField(value) {
  let text = value === undefined || value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && text !== "-") {
    text = "'" + text;
  }
  return '"' + text.replace(/"/g, '""') + '"';
}

/** The issues as CSV: a header line, then one line an issue, CRLF-separated, with a byte order mark for Excel. */
export function toCsv(issues) {
  const lines = [CSV_COLUMNS.join(",")];
  for (const issue of issues) {
    lines.push(CSV_COLUMNS.map((column) => csvField(issue[column])).join(","));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
