/**
 * The explorer's exports: the filtered recommendations as CSV, with the
 * column headings and the vocabulary labels of the reader's language.
 */
import {toCsv} from './csv';
import type {RecommendationRow} from './recommendations';

/** Columns of the CSV export, in order. */
export const csvColumns = ['id', 'title', 'summary', 'theme', 'levels', 'actors', 'status', 'evidence', 'evidenceIds', 'meetings', 'url'] as const;

/** Texts of an export in the reader's language. */
export interface ExportLabels {
  /** Heading of a column. */
  column(key: (typeof csvColumns)[number]): string;
  /** Label of a value of a facet (`theme`, `level`, `actor`, `status`, `meeting`). */
  value(facet: string, value: string): string;
  /** Absolute address of a page, from its URL without base URL. */
  address(url: string): string;
}

/** `rows` as CSV, lists joined with "; ". */
export function recommendationsCsv(rows: readonly RecommendationRow[], labels: ExportLabels): string {
  const list = (facet: string, values: readonly string[]) => values.map((v) => labels.value(facet, v)).join('; ');
  return toCsv(
    csvColumns.map((key) => labels.column(key)),
    rows.map((row) => [
      row.id,
      row.title,
      row.summary,
      labels.value('theme', row.theme),
      list('level', row.levels),
      list('actor', row.actors),
      labels.value('status', row.status),
      row.evidence.length,
      row.evidence.join('; '),
      list('meeting', row.meetings),
      labels.address(row.url),
    ]),
  );
}
