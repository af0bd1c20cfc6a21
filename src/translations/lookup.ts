/** Finding a page's entry in a translation report. */
import type {Page} from '../content/loader';
import type {PageStatus, TranslationReport} from './status';

const byPage = new WeakMap<TranslationReport, Map<string, PageStatus>>();

/** The entry of the translated `page` in `report`, if the report covers its locale. */
export function statusOf(report: TranslationReport, page: Page): PageStatus | undefined {
  let map = byPage.get(report);
  if (!map) {
    map = new Map(report.pages.map((status) => [keyOf(status), status]));
    byPage.set(report, map);
  }
  return map.get(keyOf(page));
}

function keyOf(page: Pick<Page, 'locale' | 'instance' | 'version' | 'relativePath'>): string {
  return `${page.locale}/${page.instance}/${page.version}/${page.relativePath}`;
}
