/**
 * The 15 partners of the network, from 14 countries.
 *
 * Source: the programme page of the Polish national contact point for
 * "Europe for Citizens" and the partners' own project pages (see
 * `docs/network/index.md` for the list of sources). Pages render from this
 * file; `id` is what front matter uses (`host: rijeka`, `partner: krda`).
 */
import type {CountryCode, OrganisationKind} from './vocabularies';

/** One partner organisation. */
export interface Partner {
  /** Stable key used in front matter. */
  readonly id: string;
  /** Name as the partner uses it in English. */
  readonly name: string;
  /** Name in the partner's own language, where it differs. */
  readonly localName?: string;
  /** BCP 47 tag of `localName`, for its `lang` attribute (set whenever `localName` is). */
  readonly localNameLang?: string;
  readonly country: CountryCode;
  /** Town or city the organisation is based in, where the sources name one. */
  readonly city?: string;
  readonly kind: OrganisationKind;
  /** Year of the European Capital of Culture title, as awarded. */
  readonly ecocYear?: number;
  /** Year the title year was actually held, where the pandemic moved it. */
  readonly ecocHeld?: number;
  /** The lead partner of the project. */
  readonly lead?: boolean;
}

export const partners = [
  {id: 'carnikava', name: 'Carnikava Municipality', localName: 'Carnikavas novads', localNameLang: 'lv', country: 'LV', city: 'Carnikava', kind: 'municipality', lead: true},
  {id: 'aleksandrow-lodzki', name: 'Aleksandrów Łódzki Municipality', localName: 'Gmina Aleksandrów Łódzki', localNameLang: 'pl', country: 'PL', city: 'Aleksandrów Łódzki', kind: 'municipality'},
  {id: 'iniesta', name: 'Iniesta Municipality', localName: 'Ayuntamiento de Iniesta', localNameLang: 'es', country: 'ES', city: 'Iniesta', kind: 'municipality'},
  {id: 'aam', name: 'Albanian Association of Municipalities', country: 'AL', kind: 'association-of-municipalities'},
  {id: 'ila', name: 'International Labour Association', country: 'NL', kind: 'ngo'},
  {id: 'mnlag', name: 'Macedonian Network of Local Action Groups', country: 'MK', kind: 'network'},
  {id: 'mogila', name: 'Mogila Municipality', localName: 'Општина Могила', localNameLang: 'mk', country: 'MK', city: 'Mogila', kind: 'municipality'},
  {id: 'timisoara', name: 'Timișoara', country: 'RO', city: 'Timișoara', kind: 'municipality', ecocYear: 2021, ecocHeld: 2023},
  {id: 'novi-sad-2021', name: 'Novi Sad 2021', localName: 'Нови Сад 2021', localNameLang: 'sr-Cyrl', country: 'RS', city: 'Novi Sad', kind: 'ecoc-organisation', ecocYear: 2021, ecocHeld: 2022},
  {id: 'rijeka', name: 'City of Rijeka', localName: 'Grad Rijeka', localNameLang: 'hr', country: 'HR', city: 'Rijeka', kind: 'municipality', ecocYear: 2020},
  {id: 'polpenazze', name: 'Municipality of Polpenazze del Garda', localName: 'Comune di Polpenazze del Garda', localNameLang: 'it', country: 'IT', city: 'Polpenazze del Garda', kind: 'municipality'},
  {id: 'rccd', name: 'Rhodopes Center for Community Development', country: 'BG', kind: 'ngo'},
  {id: 'downpatrick', name: 'Downpatrick Twinning Partnership', country: 'GB', city: 'Downpatrick', kind: 'ngo'},
  {id: 'krda', name: 'Kaunas Regional Development Agency', localName: 'Kauno regiono plėtros agentūra', localNameLang: 'lt', country: 'LT', city: 'Kaunas', kind: 'regional-agency', ecocYear: 2022},
  {id: 'arsis', name: 'ARSIS - Association for the Social Support of Youth', country: 'GR', kind: 'ngo'},
] as const satisfies readonly Partner[];

export type PartnerId = (typeof partners)[number]['id'];
