/**
 * The recommendation explorer: every recommendation of an edition, filtered
 * by facets and free text, sorted, exported; the whole state in the URL.
 */
import {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {recommendationsCsv} from '../../explorer/export';
import {recommendationFacets, recommendationSorts} from '../../explorer/recommendations';
import {toggleValue} from '../../explorer/state';
import {FacetFilter} from '../facet-filter';
import {StatusBadge} from '../status-badge';
import {usePolicyTranslator} from '../use-policy-translator';
import {useExplorer, type ExplorerModel} from './use-explorer';

/** Facets folded away until used: long lists. */
const folded = new Set(['actor', 'meeting']);

function Filters({model}: {model: ExplorerModel}): ReactNode {
  const {t, state, setState, schema, counts, meetings} = model;
  const searchId = useId();
  const editionId = useId();
  const hasFilters = Object.values(state.selection).some((values) => values.length > 0) || state.query !== '';
  return (
    <form className="kb-filters" aria-label={t('explorer.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="kb-filters__field">
        <label htmlFor={editionId}>{t('explorer.edition')}</label>
        <select id={editionId} className="kb-input" value={state.edition} onChange={(event) => setState({...state, edition: event.target.value})}>
          {schema.editions!.map((edition) => (
            <option key={edition} value={edition}>
              {model.editionLabel(edition)}
            </option>
          ))}
        </select>
      </div>
      <div className="kb-filters__field">
        <label htmlFor={searchId}>{t('explorer.search')}</label>
        <input id={searchId} type="search" className="kb-input" value={state.query} onChange={(event) => setState({...state, query: event.target.value})} />
      </div>
      {recommendationFacets.map(({key}) => (
        <FacetFilter
          key={key}
          name={key}
          legend={t(`explorer.facet.${key}`)}
          open={!folded.has(key)}
          selected={state.selection[key] ?? []}
          selectedText={t('explorer.selected', {count: state.selection[key]?.length ?? 0})}
          options={schema.facets[key].map((value) => ({
            value,
            label: model.valueLabel(key, value),
            lang: key === 'meeting' ? meetings.find((m) => m.id === value)?.titleLang : undefined,
            count: counts[key].get(value) ?? 0,
          }))}
          onToggle={(value) => setState(toggleValue(state, key, value))}
        />
      ))}
      {hasFilters && (
        <button type="button" className="button button--secondary button--sm" onClick={() => setState({...state, selection: {}, query: ''})}>
          {t('explorer.clear')}
        </button>
      )}
    </form>
  );
}

function Results({model}: {model: ExplorerModel}): ReactNode {
  const {t, state, setState, rows, all} = model;
  const {withBaseUrl} = useBaseUrlUtils();
  const sortId = useId();
  const download = () => {
    const csv = recommendationsCsv(rows, {
      column: (key) => t(`explorer.column.${key}`),
      value: model.valueLabel,
      address: (url) => new URL(withBaseUrl(url), window.location.origin).href,
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], {type: 'text/csv;charset=utf-8'}));
    link.download = `recommendations-${state.edition}-${model.locale}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section className="kb-results" aria-labelledby="kb-results-heading">
      <Heading as="h2" id="kb-results-heading" className="kb-results__heading">
        {t('explorer.results', {count: rows.length, total: all.length})}
      </Heading>
      <p className="kb-visually-hidden" role="status">
        {t('explorer.results', {count: rows.length, total: all.length})}
      </p>
      <div className="kb-toolbar">
        <div className="kb-filters__field kb-filters__field--inline">
          <label htmlFor={sortId}>{t('explorer.sort')}</label>
          <select id={sortId} className="kb-input" value={state.sort} onChange={(event) => setState({...state, sort: event.target.value})}>
            {recommendationSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`explorer.sortBy.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--primary button--sm" onClick={download} disabled={rows.length === 0}>
          {t('explorer.downloadCsv')}
        </button>
        <Link className="button button--secondary button--sm" to={`/white-paper/explorer/print${model.queryOf(state)}`}>
          {t('explorer.printable')}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="kb-results__none">{t('explorer.none')}</p>
      ) : (
        <div className="kb-table-scroll" role="region" aria-labelledby="kb-results-heading" tabIndex={0}>
          <table className="kb-table">
            <thead>
              <tr>
                <th scope="col">{t('explorer.column.id')}</th>
                <th scope="col">{t('explorer.column.title')}</th>
                <th scope="col">{t('explorer.column.levels')}</th>
                <th scope="col">{t('explorer.column.status')}</th>
                <th scope="col">{t('explorer.column.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="kb-table__id">
                    {row.id}
                  </th>
                  <td>
                    <Link to={row.url} className="kb-table__title" lang={row.titleLang}>
                      {row.title}
                    </Link>
                    <p className="kb-table__summary" lang={row.summaryLang}>
                      {row.summary}
                    </p>
                  </td>
                  <td>{row.levels.map((level) => model.valueLabel('level', level)).join(', ')}</td>
                  <td>
                    <StatusBadge status={row.status} label={model.valueLabel('status', row.status)} />
                  </td>
                  <td className="kb-table__number">{t('explorer.evidenceCount', {count: row.evidence.length})}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The explorer itself: the state lives here, below the layout, so a change re-renders only the explorer. */
function Explorer(): ReactNode {
  const model = useExplorer();
  return (
    <div className="kb-explorer__layout">
      <Filters model={model} />
      <Results model={model} />
    </div>
  );
}

/** The explorer's page. */
export default function ExplorerPage(): ReactNode {
  const t = usePolicyTranslator();
  return (
    <Layout title={t('explorer.title')} description={t('explorer.description')}>
      <main className="container margin-vert--lg kb-explorer">
        <Heading as="h1">{t('explorer.title')}</Heading>
        <p className="kb-explorer__intro">{t('explorer.intro')}</p>
        <Explorer />
      </main>
    </Layout>
  );
}
