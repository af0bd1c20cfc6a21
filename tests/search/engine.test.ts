/**
 * The browser bundle uses flexsearch's compact build (see the search
 * plugin); this checks that it reads the index the full bundle wrote and
 * answers every golden query the same way.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {flexsearchCompact} from '../../src/plugins/search';
import {buildScopeIndex} from '../../src/search/build';
import {searchConfig, searchFields} from '../../src/search/config';
import {foldText} from '../../src/search/fold';
import {openScope} from '../../src/search/query';

test('the compact build answers as the full bundle does, on every golden file', async () => {
  // The compact build is an ES module without imports: load it as such.
  const compact = (await import(`data:text/javascript,${encodeURIComponent(readFileSync(flexsearchCompact, 'utf8'))}`)) as typeof import('flexsearch');
  expect(readFileSync(flexsearchCompact, 'utf8')).toContain(`FlexSearch.js v${searchConfig.engine.split('@')[1]}`);
  const dir = path.join(__dirname, 'golden');
  let compared = 0;
  for (const file of readdirSync(dir)) {
    const golden = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {documents: {route: string; title: string; body: string}[]; queries: {query: string}[]};
    const built = JSON.parse(JSON.stringify(buildScopeIndex('docs', golden.documents.map((d) => ({...d, kind: 'page' as const, breadcrumb: [], facets: {}, headings: []})))));
    const full = openScope(built, file).index;
    const encoder = new compact.Encoder({normalize: foldText, numeric: false, dedupe: false, cache: false});
    const small = new compact.Document({id: 'id', index: searchConfig.fields.map((field) => ({field, tokenize: searchConfig.tokenize, resolution: searchConfig.resolution[field], encoder}))});
    for (const [key, data] of built.data as [string, string][]) small.import(key, data);
    for (const {query} of golden.queries) {
      for (const word of foldText(query).split(' ')) {
        expect(small.search(word, {index: [...searchFields], limit: 100}), `${file}: ${word}`).toEqual(full.search(word, {index: [...searchFields], limit: 100}));
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(80);
});
