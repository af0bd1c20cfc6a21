/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
 * order mark so that Excel reads Łódź, Нови Сад and Ελληνικά correctly.
 */

/** The byte order mark that tells spreadsheets the file is UTF-8. */
export const utf8Bom = '\uFEFF';

/**
 * One field: quoted when it holds a comma, a quote or a line break. A value
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or
 * carriage return first) gets a leading apostrophe, as OWASP advises
 * against CSV injection.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row, starting with the UTF-8 byte order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return utf8Bom + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
