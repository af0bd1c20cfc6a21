/**
 * The labelled queries of the real site for `npm run bench:search`: what a
 * reader types, in which language and locale, and the item (or page) that
 * must be among the first five results. Queries are typed the way readers
 * type them: without diacritics, Serbian in Latin script, Greek without
 * accents, inflected forms cut short.
 */

/** A query and the page it must find. */
export interface LabelledQuery {
  /** Locale whose build is searched. */
  readonly locale: string;
  /** Language the query is written in (ISO 639-1). */
  readonly language: string;
  readonly query: string;
  /** The item id the result must be, or a route (`docs/meetings`). */
  readonly expect: string;
}

const q = (locale: string, language: string, query: string, expect: string): LabelledQuery => ({locale, language, query, expect});

/** The real site's labelled queries: 49 queries in 8 languages over 4 locales. */
export const labelledQueries: readonly LabelledQuery[] = [
  q('en', 'en', 'REC-GOV-03', 'REC-GOV-03'),
  q('en', 'en', 'bp-lt-002', 'BP-LT-002'),
  q('en', 'en', 'kitchen of diversity', 'BP-HR-001'),
  q('en', 'en', 'roma health mediators', 'BP-RS-002'),
  q('en', 'en', 'migrant internships', 'BP-LT-002'),
  q('en', 'en', 'participatory governance civil society', 'MTG-2021-KAUNAS'),
  q('en', 'en', 'anti-rumour strategy', 'BP-ES-001'),
  q('en', 'en', 'city of sanctuary', 'BP-GB-001'),
  q('en', 'en', 'memory office', 'BP-LT-001'),
  q('en', 'en', 'refugee launchpad utrecht', 'BP-NL-001'),
  q('en', 'en', 'one-stop information point foreign residents', 'REC-SRV-01'),
  q('en', 'en', 'intercultural competence public officials', 'REC-EDU-03'),
  q('en', 'en', 'skills and qualifications', 'REC-WRK-03'),
  q('en', 'en', 'study visits', 'STR-ACT-2-1'),
  q('en', 'en', 'launch meeting rijeka', 'MTG-2020-RIJEKA'),
  q('en', 'en', 'capitals of culture smaller towns', 'STR-OBJ-3'),
  q('en', 'pl', 'aleksandrow lodzki', 'MTG-2020-ALEKSANDROW'),
  q('en', 'pl', 'gdansk', 'BP-PL-001'),
  q('en', 'pl', 'lublin', 'BP-PL-002'),
  q('en', 'ro', 'timisoara', 'BP-RO-001'),
  q('en', 'ro', 'ciarda rosie', 'BP-RO-001'),
  q('en', 'hr', 'porto etno rijeka', 'BP-HR-001'),
  q('en', 'sr', 'нови сад', 'BP-RS-001'),
  q('lt', 'lt', 'tarpininkus sveikatos', 'REC-SRV-02'),
  q('lt', 'lt', 'mazumu bendruomeniu tarpinink', 'REC-SRV-02'),
  q('lt', 'lt', 'vieno langelio informacijos centra', 'REC-SRV-01'),
  q('lt', 'lt', 'stazuotes vietos valdzios', 'REC-WRK-01'),
  q('lt', 'lt', 'migrantu igudzius', 'REC-WRK-03'),
  q('lt', 'lt', 'gandus apie migrantus', 'REC-DIS-01'),
  q('lt', 'lt', 'stereotipais apie romus', 'REC-DIS-03'),
  q('lt', 'lt', 'integracijos modeli', 'REC-GOV-03'),
  q('sr', 'sr', 'medijatore iz manjinskih zajednica', 'REC-SRV-02'),
  q('sr', 'sr', 'jedinstveno informativno mesto', 'REC-SRV-01'),
  q('sr', 'sr', 'praksu u lokalnoj upravi', 'REC-WRK-01'),
  q('sr', 'sr', 'vestine i kvalifikacije', 'REC-WRK-03'),
  q('sr', 'sr', 'glasinama o migrantima', 'REC-DIS-01'),
  q('sr', 'sr', 'stereotipima o romima', 'REC-DIS-03'),
  q('sr', 'sr', 'gradski model integracije', 'REC-GOV-03'),
  q('sr', 'sr', 'međunarodna tela', 'REC-SRV-03'),
  q('sr', 'sr', 'мултиетничко памћење', 'REC-CUL-03'),
  q('el', 'el', 'διαμεσολαβητες μειονοτικες', 'REC-SRV-02'),
  q('el', 'el', 'ενιαιο σημειο πληροφορησης', 'REC-SRV-01'),
  q('el', 'el', 'πρακτικη ασκηση αυτοδιοικηση', 'REC-WRK-01'),
  q('el', 'el', 'δεξιοτητες προσοντα', 'REC-WRK-03'),
  q('el', 'el', 'φημες για τους μεταναστες', 'REC-DIS-01'),
  q('el', 'el', 'στερεοτυπα ρομα', 'REC-DIS-03'),
  q('el', 'el', 'μοντελο ενταξης', 'REC-GOV-03'),
  q('el', 'el', 'πολυεθνικη μνημη', 'REC-CUL-03'),
  q('el', 'el', 'διαπολιτισμικη επαρκεια', 'REC-EDU-03'),
];
