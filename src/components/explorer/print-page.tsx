/**
 * The explorer's printable list: the recommendations the explorer's URL
 * selects, with their summaries, evidence and meetings in full, and the
 * filters written out, ready for the browser's print dialogue.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {recommendationFacets} from '../../explorer/recommendations';
import {StatusBadge} from '../status-badge';
import {useExplorer} from './use-explorer';

/** The printable list's page. */
export default function PrintPage(): ReactNode {
  const model = useExplorer();
  const {t, state, rows, valueLabel} = model;
  const filters = recommendationFacets
    .filter(({key}) => (state.selection[key] ?? []).length > 0)
    .map(({key}) => ({key, label: t(`explorer.facet.${key}`), values: state.selection[key]!.map((v) => valueLabel(key, v)).join(', ')}));
  return (
    <Layout title={t('explorer.print.title')} description={t('explorer.description')}>
      <main className="container margin-vert--lg kb-print-list">
        <div className="kb-print-list__actions kb-no-print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('explorer.print.print')}
          </button>
          <Link className="button button--secondary" to={`/white-paper/explorer${model.queryOf(state)}`}>
            {t('explorer.print.back')}
          </Link>
        </div>
        <Heading as="h1">{t('explorer.print.title')}</Heading>
        <p className="kb-print-list__edition">
          {model.editionLabel(state.edition!)}: {t('explorer.results', {count: rows.length, total: model.all.length})}
        </p>
        <dl className="kb-print-list__filters">
          {filters.length === 0 && state.query === '' ? (
            <div>
              <dt>{t('explorer.print.filters')}</dt>
              <dd>{t('explorer.print.noFilters')}</dd>
            </div>
          ) : (
            filters.map(({key, label, values}) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{values}</dd>
              </div>
            ))
          )}
          {state.query !== '' && (
            <div>
              <dt>{t('explorer.search')}</dt>
              <dd>{state.query}</dd>
            </div>
          )}
        </dl>
        {rows.map((row) => (
          <article key={row.id} className="kb-print-list__item">
            <Heading as="h2" className="kb-print-list__title">
              <span className="kb-print-list__id">{row.id}</span> <Link to={row.url} lang={row.titleLang}>{row.title}</Link>
            </Heading>
            <p lang={row.summaryLang}>{row.summary}</p>
            <dl className="kb-print-list__facts">
              <dt>{t('explorer.column.status')}</dt>
              <dd>
                <StatusBadge status={row.status} label={valueLabel('status', row.status)} />
              </dd>
              <dt>{t('explorer.column.theme')}</dt>
              <dd>{valueLabel('theme', row.theme)}</dd>
              <dt>{t('explorer.column.levels')}</dt>
              <dd>{row.levels.map((v) => valueLabel('level', v)).join(', ')}</dd>
              <dt>{t('explorer.column.actors')}</dt>
              <dd>{row.actors.map((v) => valueLabel('actor', v)).join(', ')}</dd>
              <dt>{t('explorer.column.evidenceIds')}</dt>
              <dd>{row.evidence.length > 0 ? row.evidence.join(', ') : t('explorer.noEvidence')}</dd>
              {row.meetings.length > 0 && (
                <>
                  <dt>{t('explorer.column.meetings')}</dt>
                  <dd>{row.meetings.map((v) => valueLabel('meeting', v)).join('; ')}</dd>
                </>
              )}
            </dl>
          </article>
        ))}
      </main>
    </Layout>
  );
}
