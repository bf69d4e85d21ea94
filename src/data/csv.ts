/**
 * A small CSV writer for the data downloads (RFC 4180): a field holding a comma, a double quote,
 * CR or LF is quoted, quotes inside are doubled; records end with CRLF; the file starts with a
 * UTF-8 byte-order mark, which is what makes Excel and WPS read Chinese text as UTF-8.
 *
 * Text that a spreadsheet would run as a formula — a cell starting with = + - @, a tab or a CR
 * (a quote, a title or a file name can) — gets a leading apostrophe, as OWASP recommends for CSV
 * injection: Excel and WPS then show it as text. Numbers are written as numbers (a negative value
 * stays a number); the JSON download keeps every text exactly.
 */

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula when it starts with one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it must be, formula-like text neutralised. null and undefined are empty fields. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const raw = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file: BOM, the header record, one record per row (fields in `columns` order), each
 * record ended by CRLF.
 */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Readonly<Record<K, string | number | boolean | null>>[],
): string {
  const records = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((key) => csvField(row[key])).join(','))];
  return `${BOM}${records.map((record) => `${record}${CRLF}`).join('')}`;
}
