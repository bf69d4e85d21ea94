import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { BOM, csvField, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain fields alone and quotes those with a comma, quote, CR or LF', () => {
    expect(csvField('嘉祥县')).toBe('嘉祥县');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' spaced ')).toBe(' spaced ');
  });

  it('writes numbers plainly (no grouping) and nulls as empty fields', () => {
    expect(csvField(2138)).toBe('2138');
    expect(csvField(95.83)).toBe('95.83');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });
});

describe('formula-like text (CSV injection, issue 9)', () => {
  it('gets a leading apostrophe when it starts with = + - @, a tab or a CR, so a spreadsheet shows it as text', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
  });

  it('leaves numbers, negative ones included, and text with those characters inside alone', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('增长-3%')).toBe('增长-3%');
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  const columns = ['name', 'value', 'quote'] as const;
  const rows = [
    { name: '嘉祥县', value: 2138, quote: '我县共办理各类法律援助案件2138件' },
    { name: 'comma, and "quotes"', value: 1.5, quote: '第一行\r\n第二行,“全角引号”' },
    { name: '', value: null, quote: null },
  ];

  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(columns, rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1, 'name,value,quote\r\n'.length + 1)).toBe('name,value,quote\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"comma, and ""quotes""",1.5,"第一行\r\n第二行,“全角引号”"\r\n');
  });

  it('parses back (papaparse, an independent RFC 4180 reader) to the same rows', () => {
    const csv = toCsv(columns, rows);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...columns]);
    expect(parsed.data).toEqual(
      rows.map((row) => ({ name: row.name, value: row.value === null ? '' : String(row.value), quote: row.quote ?? '' })),
    );
  });
});
