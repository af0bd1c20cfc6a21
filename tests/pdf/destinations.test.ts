import {describe, expect, it} from 'vitest';
import {destinationPages} from '../../src/pdf/destinations';

/** A PDF laid out as Chromium's writer lays it out: a nested page tree and `/Dests` in the catalogue. */
const pdf = `%PDF-1.4
%\u00e2\u00e3
2 0 obj
<</Type /Page
/Parent 20 0 R>>
endobj
3 0 obj
<</Filter /FlateDecode
/Length 5>> stream
x\u009c/Type /Page
endstream
endobj
10 0 obj
<</Type /Page
/Parent 21 0 R>>
endobj
12 0 obj
<</Type /Page
/Parent 21 0 R>>
endobj
20 0 obj
<</Type /Pages
/Count 3
/Kids [2 0 R 21 0 R]>>
endobj
21 0 obj
<</Type /Pages
/Count 2
/Kids [12 0 R 10 0 R]>>
endobj
15 0 obj
<</c1 [2 0 R /XYZ 6 828.63 0]
/c2 [12 0 R /XYZ 6 828.63 0]
/c3-rationale [10 0 R /XYZ 6 400 0]
/c4#2Dx [10 0 R /XYZ 6 200 0]>>
endobj
42 0 obj
<</Type /Catalog
/Pages 20 0 R
/Dests 15 0 R>>
endobj
trailer
<</Root 42 0 R>>
%%EOF
`;

describe('page numbers of named destinations', () => {
  it('follows the page tree in order and decodes names', () => {
    expect(Object.fromEntries(destinationPages(Buffer.from(pdf, 'latin1')))).toEqual({c1: 1, c2: 2, 'c3-rationale': 3, 'c4-x': 3});
  });
  it('says so when the file is not a PDF it can read', () => {
    expect(() => destinationPages(Buffer.from('not a pdf'))).toThrow('PDF without a catalogue and page tree: was it written by Chromium?');
  });
});
