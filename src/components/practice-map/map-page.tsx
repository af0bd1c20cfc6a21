/**
 * The best-practice finder: a map of Europe and a list of practices and
 * partners, filtered together. Selecting a country on the map ticks it in
 * the list's filters and the reverse; the whole state is in the URL.
 */
import {useId, useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {countries, type CountryCode} from '../../content/vocabularies';
import {explorePractices, partnerRows, practiceFacets, practiceRows, practiceSchema} from '../../explorer/practices';
import {toggleValue} from '../../explorer/state';
import type {EuropeMap as MapData} from '../../map/project';
import {FacetFilter} from '../facet-filter';
import {PartnersTable} from '../partners-table';
import {StatusBadge} from '../status-badge';
import {useSiteData} from '../use-site-data';
import {usePolicyTranslator} from '../use-policy-translator';
import {useViewState} from '../use-view-state';
import {EuropeMap} from './europe-map';

const vocabularyOf: Record<string, string> = {country: 'countries', theme: 'themes', group: 'targetGroups', status: 'statuses.best-practice'};

/** The finder: the state lives here, below the layout, so a change re-renders only the finder. */
function Finder({map}: {map: MapData}): ReactNode {
  const data = useSiteData();
  const t = usePolicyTranslator();
  const {i18n} = useDocusaurusContext();
  const {state, setState, urlOf} = useViewState(practiceSchema);
  const searchId = useId();
  const practices = useMemo(() => practiceRows(data), [data]);
  const partners = useMemo(() => partnerRows(), []);
  const result = useMemo(() => explorePractices(practices, partners, state), [practices, partners, state]);
  const label = (facet: string, value: string) => t(`vocabulary.${vocabularyOf[facet]}.${value}`);
  const selected = state.selection.country ?? [];
  const collator = new Intl.Collator(i18n.currentLocale);
  const codes = (Object.keys(countries) as CountryCode[]).sort((a, b) => collator.compare(label('country', a), label('country', b)));
  const hasFilters = Object.values(state.selection).some((values) => values.length > 0) || state.query !== '';

  const mapCountries = codes.map((code) => {
    const practiceCount = result.counts.country.get(code) ?? 0;
    const partnerCount = result.partnersByCountry.get(code) ?? 0;
    return {
      code,
      practices: practiceCount,
      partners: partnerCount,
      selected: selected.includes(code),
      to: urlOf(toggleValue(state, 'country', code)),
      label: t('map.countryLabel', {country: label('country', code), practices: t('map.practices', {count: practiceCount}), partners: t('map.partners', {count: partnerCount})}),
    };
  });

  return (
    <div className="kb-explorer__layout">
      <form className="kb-filters" aria-label={t('map.filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="kb-filters__field">
          <label htmlFor={searchId}>{t('map.search')}</label>
          <input id={searchId} type="search" className="kb-input" value={state.query} onChange={(event) => setState({...state, query: event.target.value})} />
        </div>
        {practiceFacets.map(({key}) => (
          <FacetFilter
            key={key}
            name={key}
            legend={t(`map.facet.${key}`)}
            open={key !== 'group'}
            selected={state.selection[key] ?? []}
            selectedText={t('explorer.selected', {count: state.selection[key]?.length ?? 0})}
            options={(key === 'country' ? codes : practiceSchema.facets[key]).map((value) => ({value, label: label(key, value), count: result.counts[key].get(value) ?? 0}))}
            onToggle={(value) => setState(toggleValue(state, key, value))}
          />
        ))}
        {hasFilters && (
          <button type="button" className="button button--secondary button--sm" onClick={() => setState({selection: {}, query: ''})}>
            {t('explorer.clear')}
          </button>
        )}
      </form>
      <div className="kb-finder__results">
        <figure className="kb-map">
          <EuropeMap
            map={map}
            countries={mapCountries}
            title={t('map.mapTitle')}
            description={t('map.mapDescription')}
            onToggle={(code) => setState(toggleValue(state, 'country', code))}
          />
          <figcaption className="kb-map__legend">
            <span className="kb-map__key kb-map__key--practices" aria-hidden="true" /> {t('map.legend.practices')}
            <span className="kb-map__key kb-map__key--partners" aria-hidden="true" /> {t('map.legend.partners')}
            <span className="kb-map__key kb-map__key--selected" aria-hidden="true" /> {t('map.legend.selected')}
          </figcaption>
        </figure>
        <section aria-labelledby="kb-practices-heading">
          <Heading as="h2" id="kb-practices-heading">
            {t('map.practicesHeading', {count: result.practices.length})}
          </Heading>
          <p className="kb-visually-hidden" role="status">
            {t('map.practicesHeading', {count: result.practices.length})}
          </p>
          {result.practices.length === 0 ? (
            <p>{t('map.none')}</p>
          ) : (
            <ul className="kb-practice-list">
              {result.practices.map((practice) => (
                <li key={practice.id} className="kb-practice-list__item">
                  <Link to={practice.url} lang={practice.titleLang}>
                    {practice.title}
                  </Link>{' '}
                  <span className="kb-practice-list__id">{practice.id}</span>
                  <span className="kb-practice-list__meta">
                    {[practice.city, practice.countries.map((c) => label('country', c)).join(', ')].filter(Boolean).join(' · ')}
                    {' · '}
                    {practice.themes.map((theme) => label('theme', theme)).join(', ')}{' '}
                    <StatusBadge status={practice.status} label={label('status', practice.status)} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="kb-partners-heading">
          <Heading as="h2" id="kb-partners-heading">
            {t('map.partnersHeading', {count: result.partners.length})}
          </Heading>
          {result.partners.length === 0 ? <p>{t('map.noPartners')}</p> : <PartnersTable partners={result.partners.map((row) => row.partner)} labelledBy="kb-partners-heading" />}
        </section>
      </div>
    </div>
  );
}

/** The finder's page; `map` is the projected map the plugin made at build time. */
export default function MapPage({map}: {map: MapData}): ReactNode {
  const t = usePolicyTranslator();
  return (
    <Layout title={t('map.title')} description={t('map.description')}>
      <main className="container margin-vert--lg kb-explorer">
        <Heading as="h1">{t('map.title')}</Heading>
        <p className="kb-explorer__intro">{t('map.intro')}</p>
        <Finder map={map} />
      </main>
    </Layout>
  );
}
