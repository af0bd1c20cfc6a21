/**
 * Controlled vocabularies of the knowledge base.
 *
 * Front matter takes the keys (`theme: governance`); the English labels live
 * here, translations in the i18next catalogue of each locale under
 * `vocabulary.<name>.<key>`. A value that is not a key is a content error with
 * a suggestion, never a new term.
 */

/** A theme of the White Paper; `code` is the middle part of a recommendation id. */
export interface Theme {
  readonly code: string;
  readonly label: string;
}

/** White Paper themes, in the order of the chapters. */
export const themes = {
  governance: {code: 'GOV', label: 'Participatory governance'},
  'anti-discrimination': {code: 'DIS', label: 'Combating discrimination and stigmatisation'},
  culture: {code: 'CUL', label: 'Culture and European Capitals of Culture'},
  services: {code: 'SRV', label: 'Access to public services'},
  education: {code: 'EDU', label: 'Education and youth'},
  work: {code: 'WRK', label: 'Work and economic inclusion'},
  networking: {code: 'NET', label: 'Networks of towns and cities'},
} as const satisfies Record<string, Theme>;

/** Levels of government a recommendation addresses. */
export const policyLevels = {
  local: {label: 'Local'},
  regional: {label: 'Regional'},
  national: {label: 'National'},
  eu: {label: 'European Union'},
} as const;

/** Who carries out a recommendation or a practice. */
export const actors = {
  municipality: {label: 'Municipalities and city councils'},
  'regional-authority': {label: 'Regional authorities'},
  'national-government': {label: 'National governments'},
  'eu-institutions': {label: 'EU institutions'},
  'civil-society': {label: 'Civil-society organisations'},
  'migrant-organisations': {label: 'Migrant and minority organisations'},
  schools: {label: 'Schools and universities'},
  'cultural-institutions': {label: 'Cultural institutions'},
  'public-services': {label: 'Public services (health, social, employment)'},
  media: {label: 'Media'},
  employers: {label: 'Employers'},
  'city-networks': {label: 'Networks of cities'},
} as const;

/** Groups a recommendation or a practice is for. */
export const targetGroups = {
  migrants: {label: 'Migrants'},
  refugees: {label: 'Refugees and asylum seekers'},
  'national-minorities': {label: 'National minorities'},
  roma: {label: 'Roma'},
  youth: {label: 'Young people'},
  women: {label: 'Women'},
  'general-public': {label: 'The general public'},
  'public-officials': {label: 'Public officials'},
} as const;

/**
 * Countries, by ISO 3166-1 alpha-2 code (the code of a best-practice id).
 * `centre` is a point for the map: longitude, latitude of the capital.
 */
export const countries = {
  AL: {label: 'Albania', eu: false, centre: [19.82, 41.33]},
  BG: {label: 'Bulgaria', eu: true, centre: [23.32, 42.7]},
  ES: {label: 'Spain', eu: true, centre: [-3.7, 40.42]},
  GB: {label: 'United Kingdom', eu: false, centre: [-0.13, 51.51]},
  GR: {label: 'Greece', eu: true, centre: [23.73, 37.98]},
  HR: {label: 'Croatia', eu: true, centre: [15.98, 45.81]},
  IT: {label: 'Italy', eu: true, centre: [12.5, 41.9]},
  LT: {label: 'Lithuania', eu: true, centre: [25.28, 54.69]},
  LV: {label: 'Latvia', eu: true, centre: [24.11, 56.95]},
  MK: {label: 'North Macedonia', eu: false, centre: [21.43, 42.0]},
  NL: {label: 'Netherlands', eu: true, centre: [4.9, 52.37]},
  PL: {label: 'Poland', eu: true, centre: [21.01, 52.23]},
  RO: {label: 'Romania', eu: true, centre: [26.1, 44.43]},
  RS: {label: 'Serbia', eu: false, centre: [20.46, 44.82]},
} as const;

/** Kinds of partner organisation. */
export const organisationKinds = {
  municipality: {label: 'Municipality'},
  'association-of-municipalities': {label: 'Association of municipalities'},
  'regional-agency': {label: 'Regional development agency'},
  'ecoc-organisation': {label: 'European Capital of Culture organisation'},
  ngo: {label: 'Non-governmental organisation'},
  network: {label: 'Network of local action groups'},
} as const;

/** Statuses per kind of item, each with its meaning for readers. */
export const statuses = {
  recommendation: {
    draft: {label: 'Draft'},
    adopted: {label: 'Adopted'},
    'under-review': {label: 'Under review'},
    superseded: {label: 'Superseded'},
    withdrawn: {label: 'Withdrawn'},
  },
  'best-practice': {
    draft: {label: 'Draft'},
    documented: {label: 'Documented from public sources'},
    reviewed: {label: 'Reviewed by a partner'},
  },
  meeting: {
    draft: {label: 'Draft'},
    documented: {label: 'Documented from public sources'},
    reviewed: {label: 'Reviewed by a partner'},
  },
  debate: {
    draft: {label: 'Draft'},
    documented: {label: 'Documented from public sources'},
  },
  strategy: {
    draft: {label: 'Draft'},
    adopted: {label: 'Adopted'},
  },
} as const;

/** Formats of a meeting. */
export const meetingFormats = {
  'in-person': {label: 'In person'},
  hybrid: {label: 'Hybrid'},
  online: {label: 'Online'},
  unknown: {label: 'Not documented'},
} as const;

export type ThemeKey = keyof typeof themes;
export type PolicyLevel = keyof typeof policyLevels;
export type Actor = keyof typeof actors;
export type TargetGroup = keyof typeof targetGroups;
export type CountryCode = keyof typeof countries;
export type OrganisationKind = keyof typeof organisationKinds;
export type MeetingFormat = keyof typeof meetingFormats;

/** Every vocabulary by name, for schemas, the checker and the catalogues. */
export const vocabularies = {
  themes,
  policyLevels,
  actors,
  targetGroups,
  countries,
  organisationKinds,
  meetingFormats,
} as const;

export type VocabularyName = keyof typeof vocabularies;
