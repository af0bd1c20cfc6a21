/**
 * Prints the translation report: a table per locale and the pages that need
 * work for people, the whole report as JSON for machines, and which pages
 * make `--fail-on` fail.
 */
import {locales} from '../content/site';
import {translationStates, type LocaleCoverage, type PageStatus, type TranslationReport, type TranslationState} from './status';

/** What `--fail-on` accepts; `stale` means out of date. */
export const failOnValues = ['stale', 'missing', 'orphaned', 'invalid'] as const;
export type FailOn = (typeof failOnValues)[number];

const failStates: Record<FailOn, TranslationState> = {stale: 'outdated', missing: 'missing', orphaned: 'orphaned', invalid: 'invalid'};

/** The pages whose state is one of `failOn`. */
export function failingPages(report: TranslationReport, failOn: readonly FailOn[]): PageStatus[] {
  const states = new Set(failOn.map((value) => failStates[value]));
  return report.pages.filter((page) => states.has(page.state));
}

/** Options of {@link formatTranslationReport}. */
export interface FormatOptions {
  /** List every missing page, not only their number (when one locale is asked for). */
  readonly listMissing?: boolean;
}

const columns: [string, keyof LocaleCoverage][] = [
  ['pages', 'pages'],
  ['translated', 'translated'],
  ['reviewed', 'reviewed'],
  ['up to date', 'upToDate'],
  ['out of date', 'outdated'],
  ['missing', 'missing'],
  ['orphaned', 'orphaned'],
  ['invalid', 'invalid'],
];

/** The report as text, for people. */
export function formatTranslationReport(report: TranslationReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  if (report.historyError) lines.push(`The repository's history could not be read (${report.historyError}): whether translations are up to date is unknown.`, '');
  else if (report.truncated) lines.push('The clone is shallow: commits older than the fetched history count as unknown. Fetch the full history (`git fetch --unshallow`).', '');
  const header = ['locale', ...columns.map(([label]) => label)];
  const rows = report.coverage.map((c) => [c.locale, ...columns.map(([, key]) => String(c[key]))]);
  const widths = header.map((label, i) => Math.max(label.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  lines.push(line(header), ...rows.map(line));

  for (const coverage of report.coverage) {
    const pages = report.pages
      .filter((page) => page.locale === coverage.locale && page.state !== 'up-to-date' && (page.state !== 'missing' || options.listMissing))
      .sort((a, b) => translationStates.indexOf(a.state) - translationStates.indexOf(b.state));
    if (pages.length === 0 && (coverage.missing === 0 || options.listMissing)) continue;
    lines.push('', `${coverage.locale} (${locales[coverage.locale].label})`);
    for (const page of pages) lines.push(...describe(page));
    if (!options.listMissing && coverage.missing > 0) lines.push(`  ${coverage.missing} pages not translated yet (\`--locale ${coverage.locale}\` lists them)`);
  }
  lines.push('', summary(report));
  return lines.join('\n');
}

function describe(page: PageStatus): string[] {
  const label = (state: string) => `  ${state.padEnd(11)}  `;
  const indent = ' '.repeat(15);
  switch (page.state) {
    case 'outdated': {
      const n = page.changes!.length;
      const trivial = page.trivialChanges ? `, ${page.trivialChanges} trivial ignored` : '';
      return [
        `${label('out of date')}${page.translation}  (${n} ${n === 1 ? 'change' : 'changes'} to ${page.source}${trivial})`,
        `${indent}${page.diffCommand}`,
        ...(page.diffUrl ? [`${indent}${page.diffUrl}`] : []),
        `${indent}then set l10n.sourceCommit: ${page.latestCommit}`,
      ];
    }
    case 'invalid':
      return [`${label('invalid')}${page.translation}: ${page.reason}`];
    case 'unknown':
      return [`${label('unknown')}${page.translation}: ${page.reason}`];
    case 'orphaned':
      return [`${label('orphaned')}${page.translation}: its English source is gone; move or delete it`];
    case 'missing':
      return [`${label('missing')}${page.source}${page.latestCommit ? `  (sourceCommit: ${page.latestCommit})` : ''}`];
    default:
      return [];
  }
}

/** One line: how many translations are in each state. */
export function summary(report: TranslationReport): string {
  const total = (key: keyof LocaleCoverage) => report.coverage.reduce((sum, c) => sum + (c[key] as number), 0);
  const at = report.head ? ` at ${report.head.slice(0, 12)}` : '';
  return `${report.coverage.length} locales${at}: ${total('upToDate')} up to date, ${total('outdated')} out of date, ${total('missing')} missing, ${total('orphaned')} orphaned, ${total('invalid')} invalid${total('unknown') ? `, ${total('unknown')} unknown` : ''}.`;
}
