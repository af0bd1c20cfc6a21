/**
 * The coverage page's generated part, from the translation report: a table
 * of every locale's figures and, per locale, its out-of-date pages.
 */
import type {TFunction} from 'i18next';
import type {PhrasingContent, RootContent, Table, TableRow} from 'mdast';
import {locales, type Locale} from '../../../content/site';
import type {LocaleCoverage, TranslationReport} from '../../../translations/status';
import {block, bulletList, heading, inline, text} from '../../references/lib/nodes';

const columns: [string, keyof LocaleCoverage][] = [
  ['coverage.pages', 'pages'],
  ['coverage.translated', 'translated'],
  ['coverage.reviewed', 'reviewed'],
  ['coverage.upToDate', 'upToDate'],
  ['coverage.outdated', 'outdated'],
  ['coverage.missing', 'missing'],
  ['coverage.partial', 'partial'],
  ['coverage.invalid', 'invalid'],
];

/** The nodes the coverage page gets, in the reader's `locale`. */
export function coverageNodes(report: TranslationReport, t: TFunction, locale: Locale): RootContent[] {
  const number = new Intl.NumberFormat(locale);
  const cell = (children: PhrasingContent[]) => ({type: 'tableCell' as const, children});
  const header: TableRow = {type: 'tableRow', children: [cell([text(t('coverage.locale'))]), ...columns.map(([key]) => cell([text(t(key))]))]};
  const rows: TableRow[] = report.coverage.map((c) => ({
    type: 'tableRow',
    children: [cell([text(`${locales[c.locale].label} (${c.locale})`)]), ...columns.map(([, key]) => cell([text(number.format(c[key] as number))]))],
  }));
  const table: Table = {type: 'table', align: ['left', ...columns.map(() => 'right' as const)], children: [header, ...rows]};
  const out: RootContent[] = [
    block('p', 'kb-coverage__as-of', [text(report.head ? t('coverage.asOf', {commit: report.head.slice(0, 12)}) : t('coverage.noHistory'))]),
    table,
    heading(2, t('coverage.outdatedPages'), 'outdated-pages'),
  ];
  for (const c of report.coverage) {
    out.push(block('p', 'kb-coverage__locale', [inline('strong', 'kb-coverage__locale-name', [text(`${locales[c.locale].label} (${c.locale})`)])]));
    const outdated = report.pages.filter((page) => page.locale === c.locale && page.state === 'outdated');
    out.push(
      outdated.length > 0
        ? bulletList(outdated.map((page) => [{type: 'inlineCode', value: page.translation!}, text(` (${t('coverage.changes', {count: page.changes!.length})})`)]))
        : block('p', 'kb-coverage__none', [text(t('coverage.nothingOutdated'))]),
    );
  }
  return out;
}
