/** Small search corpora for the unit tests. */
import type {SearchDocument} from '../../src/search/build';

/** A document with defaults for the fields a test does not care about. */
export function doc(fields: Partial<SearchDocument> & Pick<SearchDocument, 'route' | 'title'>): SearchDocument {
  return {kind: 'page', breadcrumb: [], facets: {kind: [fields.kind ?? 'page']}, headings: [], body: '', ...fields};
}

/** Living docs of a small site: a best practice from Serbia and one from Lithuania, a meeting and a page. */
export const docsDocuments: SearchDocument[] = [
  doc({
    route: 'docs/best-practices/rs/bp-rs-002',
    ref: 'BP-RS-002',
    kind: 'best-practice',
    title: 'Roma health mediators in Serbia',
    facets: {kind: ['best-practice'], theme: ['services'], country: ['RS'], status: ['documented']},
    headings: ['What was done', 'Results'],
    body: 'Roma women work as health mediators between Roma settlements and health centres in Novi Sad and other towns.',
  }),
  doc({
    route: 'docs/best-practices/lt/bp-lt-002',
    ref: 'BP-LT-002',
    kind: 'best-practice',
    title: 'Migrant internships in Jonava District Municipality',
    facets: {kind: ['best-practice'], theme: ['work', 'governance'], country: ['LT'], status: ['draft']},
    body: 'Migrants did internships in local government. The practice was presented at the Kaunas meeting.',
  }),
  doc({
    route: 'docs/meetings/mtg-2021-kaunas',
    ref: 'MTG-2021-KAUNAS',
    kind: 'meeting',
    title: 'Participatory governance and civil society in intercultural policy-making',
    facets: {kind: ['meeting'], country: ['LT'], status: ['documented']},
    body: 'Held online, hosted by the Kaunas Regional Development Agency. Speakers discussed health and social services for migrants.',
  }),
  doc({route: 'docs/', title: 'The Intercultural Dialogue Network', body: 'Fifteen partners from fourteen countries, among them Novi Sad and Kaunas.'}),
];

/** The working draft of the White Paper. */
export const draftDocuments: SearchDocument[] = [
  doc({
    route: 'white-paper/next/recommendations/rec-srv-02',
    ref: 'REC-SRV-02',
    kind: 'recommendation',
    title: 'Employ mediators from minority communities in health and social services',
    facets: {kind: ['recommendation'], theme: ['services'], level: ['local', 'national'], status: ['draft']},
    body: 'Health mediators, like the Roma mediators of Serbia, build trust.',
  }),
  doc({
    route: 'white-paper/next/recommendations/rec-gov-03',
    ref: 'REC-GOV-03',
    kind: 'recommendation',
    title: 'Adopt a city integration model with goals shared across departments',
    facets: {kind: ['recommendation'], theme: ['governance'], level: ['local'], status: ['draft']},
    body: 'Integration is not the job of a single office; see also REC-SRV-02.',
  }),
];

/** The released 2021 edition of the White Paper. */
export const editionDocuments: SearchDocument[] = [
  doc({
    route: 'white-paper/recommendations/rec-gov-03',
    ref: 'REC-GOV-03',
    kind: 'recommendation',
    title: 'Adopt a city integration model',
    facets: {kind: ['recommendation'], theme: ['governance'], level: ['local'], status: ['adopted']},
    body: 'The 2021 wording of the recommendation.',
  }),
];
