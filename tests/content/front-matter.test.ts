/**
 * Table-driven front-matter tests: valid, convertible and invalid best
 * practices, each invalid one with the exact messages a partner sees.
 */
import {describe, expect, test} from 'vitest';
import {checkContent} from '../../src/checks';
import {loadContentIndex} from '../../src/content/loader';
import {formatProblem} from '../../src/content/problem';
import {writeSite} from '../support/site';

const recommendation = `---
ref: REC-DIS-01
title: Counter rumours with facts
theme: anti-discrimination
levels: [local]
actors: [municipality]
status: draft
statusHistory:
  - status: draft
    date: 2026-11-29
summary: Counter rumours.
evidence: [BP-ES-001]
---
`;

const valid = `ref: BP-ES-001
title: Anti-rumour strategy
country: ES
city: Barcelona
organisation: Barcelona City Council
themes: [anti-discrimination]
targetGroups: [migrants, general-public]
period:
  start: 2010
  end: ongoing
status: documented
implements: [REC-DIS-01]
sources:
  - title: Anti-rumour strategy
    url: https://example.org/anti-rumours`;

function check(frontMatter: string) {
  const dir = writeSite({
    'white-paper/recommendations/rec-dis-01.md': recommendation,
    'docs/best-practices/es/bp-es-001.md': `---\n${frontMatter}\n---\n\nText.\n`,
  });
  const index = loadContentIndex(dir);
  return {index, messages: checkContent(index).map(formatProblem)};
}

describe('best-practice front matter', () => {
  test('valid', () => {
    const {index, messages} = check(valid);
    expect(messages).toEqual([]);
    expect(index.items.get('BP-ES-001@current')?.fields).toMatchObject({country: 'ES', period: {start: '2010', end: 'ongoing'}, themes: ['anti-discrimination']});
  });

  test.each([
    ['a single value where a list is expected', valid.replace('themes: [anti-discrimination]', 'themes: anti-discrimination'), {themes: ['anti-discrimination']}],
    ['a full date as start', valid.replace('start: 2010', 'start: 2010-11-05'), {period: {start: '2010-11-05', end: 'ongoing'}}],
    ['a quoted year', valid.replace('start: 2010', "start: '2010'"), {period: {start: '2010', end: 'ongoing'}}],
  ])('convertible: %s', (_, frontMatter, fields) => {
    const {index, messages} = check(frontMatter);
    expect(messages).toEqual([]);
    expect(index.items.get('BP-ES-001@current')?.fields).toMatchObject(fields);
  });

  test.each([
    [
      'an unknown theme',
      valid.replace('themes: [anti-discrimination]', 'themes: [anti-discrimination, govrnance]'),
      ['docs/best-practices/es/bp-es-001.md:7:31: Unexpected theme `govrnance`, expected one of `governance`, `anti-discrimination`, `culture`, `services`, `education`, `work`, `networking`; did you mean `governance`? [kb:unknown-term]'],
    ],
    [
      'an unknown country',
      valid.replace('country: ES', 'country: Spain'),
      ['docs/best-practices/es/bp-es-001.md:4:10: Unexpected country `Spain`, expected one of `AL`, `BG`, `ES`, `GB`, `GR`, `HR`, `IT`, `LT`, `LV`, `MK`, `NL`, `PL`, `RO`, `RS` [kb:unknown-term]'],
    ],
    [
      'a missing ref',
      valid.replace('ref: BP-ES-001\n', ''),
      ['docs/best-practices/es/bp-es-001.md:1:1: Unexpected page without `ref` in best-practices/, expected an id such as `BP-<COUNTRY>-<NNN>`; add `ref:` to the front matter, or run `npm run new` to start an entry [kb:missing-ref]', 'white-paper/recommendations/rec-dis-01.md:12:12: Unexpected reference to unknown best practice `BP-ES-001`, expected an existing id; check the id, or add the item first [kb:unknown-reference]'],
    ],
    [
      'a source without address',
      valid.replace('    url: https://example.org/anti-rumours', ''),
      ['docs/best-practices/es/bp-es-001.md:15:5: Unexpected missing `url`, expected its public address [kb:missing-field]'],
    ],
    [
      'a source address that is not a web address',
      valid.replace('https://example.org/anti-rumours', 'www.example.org'),
      ['docs/best-practices/es/bp-es-001.md:16:10: Unexpected string `www.example.org`, expected an address starting with `https://` or `http://` [kb:invalid-value]'],
    ],
    [
      'a list where text is expected',
      valid.replace('city: Barcelona', 'city: [Barcelona, Madrid]'),
      ['docs/best-practices/es/bp-es-001.md:5:7: Unexpected list, expected text [kb:invalid-value]'],
    ],
    [
      'an empty list of sources',
      valid.replace(/sources:[\s\S]*$/, 'sources: []'),
      ['docs/best-practices/es/bp-es-001.md:14:10: Unexpected empty list, expected at least 1 value [kb:missing-field]'],
    ],
    [
      'a value with an unquoted colon',
      valid.replace('title: Anti-rumour strategy', 'title: Barcelona: anti-rumour strategy'),
      ['docs/best-practices/es/bp-es-001.md:3:8: Unexpected YAML: Nested mappings are not allowed in compact mappings; put quotes around a value that contains `: ` [kb:yaml-syntax]'],
    ],
  ])('invalid: %s', (_, frontMatter, expected) => {
    expect(check(frontMatter).messages).toEqual(expected);
  });
});
