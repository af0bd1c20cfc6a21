/**
 * The search page (`/search`, `/<locale>/search`): a search box, facets
 * with counts, and the results, all in the URL
 * (`?q=…&kind=…&theme=…&edition=…`), so a list of results can be shared.
 * Results appear as the reader types.
 */
import {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {FacetFilter} from '../../components/facet-filter';
import {Highlighted, SearchResultBody} from '../../components/search/search-result';
import {useRouteUrl, useSearchData, useSearchResults, useWarmSearch} from '../../components/search/use-search';
import {currentVersion} from '../../content/site';
import {facetNames, type FacetName} from '../../search/facets';
import {formatMessage} from '../../search/strings';
import {defaultEditionOf, parseSearchParams, searchableEditions, toSearchParams, type SearchState} from '../../search/url';
import styles from './styles.module.css';

/** Results per page; "Show more" adds as many. */
const pageSize = 20;

export default function SearchPage(): ReactNode {
  const {strings, editions} = useSearchData();
  const location = useLocation();
  const history = useHistory();
  const routeUrl = useRouteUrl();
  const warm = useWarmSearch();
  const id = useId();
  const defaultEdition = defaultEditionOf(editions);
  // The static page is rendered without a query; the URL's state applies once the page runs in the browser.
  const search = useIsBrowser() ? location.search : '';
  const state = useMemo(() => parseSearchParams(search, searchableEditions(editions), defaultEdition), [search, editions, defaultEdition]);
  const [limit, setLimit] = useState(pageSize);
  const update = (next: SearchState) => {
    setLimit(pageSize);
    history.replace({search: toSearchParams(next, defaultEdition)});
  };
  const filtering = facetNames.some((name) => (state.facets[name]?.length ?? 0) > 0);
  const request = useMemo(
    () => (state.query.trim() !== '' || filtering ? {query: state.query, facets: state.facets, edition: state.edition, limit} : null),
    [state, filtering, limit],
  );
  const status = useSearchResults(request);
  const response = status.state === 'done' ? status.response : status.state === 'loading' ? status.previous : undefined;
  useEffect(() => warm(state.edition), [warm, state.edition]);

  const toggle = (name: FacetName, value: string) => {
    const chosen = state.facets[name] ?? [];
    const values = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
    update({...state, facets: {...state.facets, [name]: values}});
  };
  const title = formatMessage(strings, 'pageTitle');
  let message: string | undefined;
  if (status.state === 'error') message = formatMessage(strings, status.name === 'SearchConfigMismatchError' ? 'mismatch' : 'unavailable');
  else if (status.state === 'loading' && !response) message = formatMessage(strings, 'loading');
  else if (response) message = response.total === 0 ? formatMessage(strings, 'noResults', {query: state.query}) : formatMessage(strings, 'results', {count: response.total});

  return (
    <Layout title={title} description={formatMessage(strings, 'pageDescription')}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${id}-query`} className="kb-visually-hidden">
            {formatMessage(strings, 'label')}
          </label>
          <input
            id={`${id}-query`}
            className={styles.query}
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={formatMessage(strings, 'placeholder')}
            value={state.query}
            onChange={(event) => update({...state, query: event.target.value})}
          />
        </form>
        <div className={styles.layout}>
          <aside className={styles.filters} aria-labelledby={`${id}-filters`}>
            <Heading as="h2" id={`${id}-filters`} className={styles.filtersHeading}>
              {formatMessage(strings, 'filters')}
            </Heading>
            <fieldset className={styles.editions}>
              <legend>{formatMessage(strings, 'facet.edition')}</legend>
              {searchableEditions(editions).map((edition) => (
                <div key={edition}>
                  <input
                    type="radio"
                    id={`${id}-edition-${edition}`}
                    name={`${id}-edition`}
                    checked={state.edition === edition}
                    onChange={() => update({...state, edition})}
                  />{' '}
                  <label htmlFor={`${id}-edition-${edition}`}>
                    {edition === currentVersion ? formatMessage(strings, 'edition.current') : formatMessage(strings, 'edition.named', {edition})}
                  </label>
                </div>
              ))}
            </fieldset>
            {facetNames.map((name) => {
              const selected = state.facets[name] ?? [];
              const counts = response?.counts[name] ?? {};
              const options = Object.entries(strings.labels[name])
                .filter(([value]) => (counts[value] ?? 0) > 0 || selected.includes(value))
                .map(([value, label]) => ({value, label, count: counts[value] ?? 0}));
              if (name === 'country') options.sort((a, b) => a.label.localeCompare(b.label, strings.lang));
              if (options.length === 0) return null;
              return (
                <FacetFilter
                  key={name}
                  name={name}
                  legend={formatMessage(strings, `facet.${name}`)}
                  options={options}
                  selected={selected}
                  selectedText={formatMessage(strings, 'selected', {count: selected.length})}
                  onToggle={(value) => toggle(name, value)}
                />
              );
            })}
            {filtering && (
              <button type="button" className="button button--secondary button--sm" onClick={() => update({...state, facets: {}})}>
                {formatMessage(strings, 'clearFilters')}
              </button>
            )}
          </aside>
          <section className={styles.results} aria-labelledby={`${id}-status`} aria-busy={status.state === 'loading'}>
            <p id={`${id}-status`} className={styles.status} role="status" aria-live="polite">
              {message ?? ''}
            </p>
            {response?.partial && <p className={styles.partial}>{formatMessage(strings, 'partial')}</p>}
            {response && response.results.length > 0 && (
              <ol className={styles.list}>
                {response.results.map((result) => (
                  <li key={`${result.scope}/${result.route}`} className={styles.item}>
                    <SearchResultBody
                      result={result}
                      strings={strings}
                      title={
                        <Link to={routeUrl(result.route)}>
                          <Highlighted segments={result.title} />
                        </Link>
                      }
                    />
                  </li>
                ))}
              </ol>
            )}
            {response && response.total > response.results.length && (
              <button type="button" className="button button--primary" onClick={() => setLimit(limit + pageSize)}>
                {formatMessage(strings, 'more')}
              </button>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
