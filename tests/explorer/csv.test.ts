import {describe, expect, it} from 'vitest';
import {csvField, toCsv} from '../../src/explorer/csv';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks only', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the "Kitchen of Diversity"')).toBe('"the ""Kitchen of Diversity"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(3)).toBe('3');
  });
  it('defuses values a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
  });
  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    const csv = toCsv(['id', 'title'], [['REC-GOV-01', 'Нови Сад, Łódź']]);
    expect(csv).toBe('\uFEFFid,title\r\nREC-GOV-01,"Нови Сад, Łódź"\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
