/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM) into
 * records keyed by the header's column names: what a spreadsheet or BI tool would see.
 */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (quoted) {
      if (char === '"' && source[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && source[at + 1] === '\n')) {
      if (char === '\r') at++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...records] = rows;
  if (!header) return [];
  for (const [index, record] of records.entries()) {
    if (record.length !== header.length) throw new Error(`CSV record ${index + 2} has ${record.length} fields, the header ${header.length}`);
  }
  return records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index]!])));
}
