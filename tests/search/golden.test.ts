/**
 * Language handling, per locale: each golden file holds a few documents in
 * real text of that language and the queries a reader types, with the
 * documents each query must find, best first. `UPDATE_GOLDEN=1` rewrites the
 * expected results (review the diff before keeping it).
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {buildScopeIndex, type SearchDocument} from '../../src/search/build';
import {openScope, search} from '../../src/search/query';

interface Golden {
  note: string;
  documents: {route: string; title: string; body: string; ref?: string}[];
  queries: {query: string; note: string; results: string[]}[];
}

const dir = path.join(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const golden = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Golden;
  const documents: SearchDocument[] = golden.documents.map((document) => ({
    ...document,
    kind: document.ref ? 'recommendation' : 'page',
    breadcrumb: [],
    facets: {},
    headings: [],
  }));
  const scope = openScope(JSON.parse(JSON.stringify(buildScopeIndex('docs', documents))), file);
  const answer = (query: string) => search([scope], {query}).matches.map((match) => match.document.route);

  describe(`${path.basename(file, '.json')}: ${golden.note}`, () => {
    for (const entry of golden.queries) {
      test(`${entry.query} (${entry.note})`, () => {
        if (update) entry.results = answer(entry.query);
        expect(answer(entry.query)).toEqual(entry.results);
      });
    }
    afterAll(() => {
      if (update) writeFileSync(path.join(dir, file), `${JSON.stringify(golden, null, 2)}\n`);
    });
  });
}
