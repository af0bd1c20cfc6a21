/** Citations in three formats: the network as author, the edition, and the day it was recorded, never a publication date. */
import {describe, expect, test} from 'vitest';
import {createTranslator} from '../../src/i18n/catalogue';
import {loadCatalogues} from '../../src/i18n/load';
import {bibtex, cite} from '../../src/editions/citation';

const t = createTranslator('en', loadCatalogues());
const work = 'White Paper on intercultural dialogue, migration and the humanitarian crisis';

describe('a recommendation in an edition', () => {
  const citation = cite({id: 'REC-GOV-03', title: 'Adopt a city integration model', status: 'draft', work, version: '2021', date: '2026-11-29', url: 'https://example.org/r/REC-GOV-03@2021', locale: 'en'}, t);

  test('plain text', () => {
    expect(citation.text).toBe(
      'Intercultural Dialogue Network. “Adopt a city integration model” (REC-GOV-03, Draft). In: White Paper on intercultural dialogue, migration and the humanitarian crisis, Edition 2021. Recorded in the knowledge base on November 29, 2026. https://example.org/r/REC-GOV-03@2021',
    );
  });

  test('BibTeX', () => {
    expect(citation.bibtex).toBe(`@misc{idn-wp-2021-rec-gov-03,
  author       = {{Intercultural Dialogue Network}},
  title        = {{REC-GOV-03: Adopt a city integration model}},
  howpublished = {White Paper on intercultural dialogue, migration and the humanitarian crisis, Edition 2021},
  year         = {2026},
  month        = nov,
  url          = {https://example.org/r/REC-GOV-03@2021},
  note         = {Knowledge-base text of the Intercultural Dialogue Network, not the network's published White Paper. Recorded in the knowledge base on November 29, 2026.}
}`);
  });

  test('CSL-JSON', () => {
    expect(citation.csl).toEqual([
      {
        id: 'idn-wp-2021-rec-gov-03',
        type: 'chapter',
        title: 'REC-GOV-03: Adopt a city integration model',
        author: [{literal: 'Intercultural Dialogue Network'}],
        'container-title': work,
        number: 'REC-GOV-03',
        edition: '2021',
        issued: {'date-parts': [[2026, 11, 29]]},
        status: 'Draft',
        URL: 'https://example.org/r/REC-GOV-03@2021',
        language: 'en',
        note: "Knowledge-base text of the Intercultural Dialogue Network, not the network's published White Paper. Recorded in the knowledge base on November 29, 2026.",
      },
    ]);
  });
});

test('the working draft has no date, and says it is not a released edition', () => {
  const citation = cite({id: 'REC-GOV-03', title: 'Adopt a model', status: 'draft', work, version: 'current', url: 'https://example.org/r/REC-GOV-03@current', locale: 'en'}, t);
  expect(citation.text).toBe('Intercultural Dialogue Network. “Adopt a model” (REC-GOV-03, Draft). In: White Paper on intercultural dialogue, migration and the humanitarian crisis, Working draft. Not a released edition. https://example.org/r/REC-GOV-03@current');
  expect(citation.bibtex).not.toMatch(/year|month/);
  expect(citation.csl[0]).not.toHaveProperty('issued');
  expect(citation.csl[0].edition).toBe('Working draft');
});

test('the whole White Paper of an edition', () => {
  const citation = cite({title: work, work, version: '2021', date: '2026-11-29', url: 'https://example.org/white-paper/editions/2021/', locale: 'en'}, t);
  expect(citation.text).toBe('Intercultural Dialogue Network. White Paper on intercultural dialogue, migration and the humanitarian crisis, Edition 2021. Recorded in the knowledge base on November 29, 2026. https://example.org/white-paper/editions/2021/');
  expect(citation.bibtex.split('\n').slice(0, 4)).toEqual(['@misc{idn-wp-2021,', '  author       = {{Intercultural Dialogue Network}},', `  title        = {{${work}}},`, '  howpublished = {Edition 2021},']);
  expect(citation.csl[0]).toMatchObject({id: 'idn-wp-2021', type: 'report', edition: '2021'});
  expect(citation.csl[0]).not.toHaveProperty('container-title');
});

test('BibTeX escapes the characters TeX treats specially, and keeps letters outside ASCII', () => {
  expect(bibtex('50% of {Łódź} & co_op #1 $5 ~x^2 a\\b')).toBe('50\\% of \\{Łódź\\} \\& co\\_op \\#1 \\$5 \\textasciitilde{}x\\textasciicircum{}2 a\\textbackslash{}b');
});

test('a citation in Lithuanian uses the Lithuanian catalogue and date, and the language of the text', () => {
  const lt = createTranslator('lt', loadCatalogues());
  const citation = cite({id: 'REC-GOV-03', title: 'Priimti integracijos modelį', status: 'draft', work: 'Baltoji knyga', version: '2021', date: '2026-11-29', url: 'https://example.org/lt/r/REC-GOV-03@2021', locale: 'lt'}, lt);
  // The date ends with its own full stop (`29 d.`): the sentence does not add a second one.
  expect(citation.text).toBe('Intercultural Dialogue Network. „Priimti integracijos modelį“ (REC-GOV-03, Projektas). Iš: Baltoji knyga, Leidimas 2021. Užregistruota žinių bazėje 2026 m. lapkričio 29 d. https://example.org/lt/r/REC-GOV-03@2021');
  expect(citation.csl[0].note).toBe('Tinklo Intercultural Dialogue Network žinių bazės tekstas, o ne tinklo paskelbta Baltoji knyga. Užregistruota žinių bazėje 2026 m. lapkričio 29 d.');
  expect(citation.csl[0].language).toBe('lt');
});
