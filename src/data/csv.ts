/**
 * A small CSV writer for the data downloads (RFC 4180): a field holding a comma, a double quote,
 * CR or LF is quoted, quotes inside are doubled; records end with CRLF; the file starts with a
 * UTF-8 byte-order mark, which is what makes Excel and WPS read Chinese text as UTF-8.
 */

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** One field, quoted when it must be. null and undefined are empty fields. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
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
