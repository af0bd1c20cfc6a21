/** The explorer's data for the current URL, shared by the explorer and its printable list. */
import {useMemo} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {TFunction} from 'i18next';
import {currentVersion} from '../../content/site';
import {exploreRecommendations, explorerSchema, meetingOptions, recommendationRows, type Exploration, type RecommendationRow} from '../../explorer/recommendations';
import type {StateSchema} from '../../explorer/state';
import {useSiteData} from '../use-site-data';
import {usePolicyTranslator} from '../use-policy-translator';
import {useViewState, type UrlState} from '../use-view-state';

/** Everything the explorer pages render from. */
export interface ExplorerModel extends Exploration, UrlState {
  readonly schema: StateSchema;
  /** Every recommendation of the edition, before filtering. */
  readonly all: readonly RecommendationRow[];
  readonly meetings: ReturnType<typeof meetingOptions>;
  readonly locale: string;
  readonly t: TFunction;
  /** The label of an edition: "Edition 2021" or "Working draft". */
  editionLabel(edition: string): string;
  /** The label of a value of a facet, in the page's language. */
  valueLabel(facet: string, value: string): string;
}

const vocabularyOf: Record<string, string> = {theme: 'themes', level: 'policyLevels', actor: 'actors', status: 'statuses.recommendation'};

/** The explorer's model for the URL being shown. */
export function useExplorer(): ExplorerModel {
  const data = useSiteData();
  const t = usePolicyTranslator();
  const {i18n} = useDocusaurusContext();
  const schema = useMemo(() => explorerSchema(data), [data]);
  const urlState = useViewState(schema);
  const {state} = urlState;
  const edition = state.edition ?? currentVersion;
  const all = useMemo(() => recommendationRows(data, edition), [data, edition]);
  const meetings = useMemo(() => meetingOptions(data), [data]);
  const exploration = useMemo(() => exploreRecommendations(all, state, i18n.currentLocale), [all, state, i18n.currentLocale]);
  const meetingTitles = useMemo(() => new Map(meetings.map((m) => [m.id, m.title])), [meetings]);
  return {
    ...exploration,
    ...urlState,
    schema,
    all,
    meetings,
    locale: i18n.currentLocale,
    t,
    editionLabel: (name) => (name === currentVersion ? t('explorer.editionCurrent') : t('explorer.editionNamed', {edition: name})),
    valueLabel: (facet, value) => (facet === 'meeting' ? (meetingTitles.get(value) ?? value) : t(`vocabulary.${vocabularyOf[facet]}.${value}`)),
  };
}
