/**
 * A small CSV writer (RFC 4180): fields separated by commas, records by CRLF, and a field quoted
 * (its quotes doubled) when it holds a comma, a quote or a line break. Written here rather than
 * taken from a library: RFC 4180's writing side is these few lines, and the tests parse the output
 * back with an independent parser (papaparse).
 */

/** One cell: text, a number (written as is), or null for an empty cell. */
export type CsvCell = string | number | null;

/** The byte order mark: spreadsheet apps (Excel above all) read the file as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell a spreadsheet would take for a formula: one starting with `=`, `+`, `-` or `@` (also after
 * spaces), or with a tab or carriage return, which some apps strip before looking. A note such as
 * `=HYPERLINK("http://…")` would otherwise run when the file is opened ("CSV injection", OWASP).
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/**
 * Text made inert for a spreadsheet: a cell that could start a formula gets a leading apostrophe,
 * which spreadsheets show as plain text (OWASP's advice); everything else is kept as written.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field per RFC 4180: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text (CRLF between records and after the last, no BOM); text cells are made inert for spreadsheets. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}
