/**
 * Spreadsheet-safe CSV cells
 * ==========================
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (CSV
 * or formula injection: `=cmd|' /C calc'!A0`). Every CSV the service writes prefixes such a text cell with a
 * single quote, the OWASP advice, which spreadsheets show as text.
 *
 * The export's CSVs are also the loader's input (server/ingest/read.ts), so the escape must be undone there and
 * the round trip must keep every value exactly. The rule (docs/data-model.md, "CSV cells"): a cell made of any
 * number of quotes followed by one of those characters gets one more quote on writing, and loses one on
 * reading. Values that start with quotes before a formula character (`'=x`) are escaped too, so the two
 * functions are inverse on every string. Numbers are written as numbers: `-3.5` is no formula.
 */

const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell as written: a quote before a text that a spreadsheet would run as a formula. */
export function escapeFormula(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** The cell as read: the inverse of escapeFormula. */
export function unescapeFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
