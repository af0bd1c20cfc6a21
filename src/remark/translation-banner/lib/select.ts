/**
 * Which notices a page shows about its translation, as a plain function of
 * the locale being built, the page, and its state in the translation report.
 */
import type {Page} from '../../../content/loader';
import {defaultLocale, type Locale} from '../../../content/site';
import type {PageStatus} from '../../../translations/status';

/** A notice of the banner, in the order they are shown. */
export type Notice = 'missing' | 'outdated' | 'machine' | 'partial';

/** What the banner of a page says. */
export interface Banner {
  readonly notices: readonly Notice[];
  /** Out of date: how many counted changes the English source had since. */
  readonly changes?: number;
  /** URL (without base URL or locale) of the English page, to link to; absent when the page is the English one. */
  readonly sourceUrl?: string;
  /** The section of the translators' guide that helps with the first notice. */
  readonly guideSection: string;
}

const guideSections: Record<Notice, string> = {missing: 'start-a-page', outdated: 'update-a-page', machine: 'review', partial: 'start-a-page'};

/**
 * The banner of `page` when building `locale`, or undefined when there is
 * nothing to say: English pages in English, and translations that are
 * complete, current, and made or reviewed by a person. A translation whose
 * state cannot be told (invalid record, no history) gets no "out of date"
 * notice: the checker and the report deal with those.
 */
export function selectBanner(locale: Locale, page: Page, status: PageStatus | undefined): Banner | undefined {
  if (locale === defaultLocale) return undefined;
  if (page.locale === defaultLocale) return {notices: ['missing'], guideSection: guideSections.missing};
  const notices: Notice[] = [];
  if (status?.state === 'outdated') notices.push('outdated');
  if (status?.record?.origin === 'machine' && !status.record.reviewed) notices.push('machine');
  if (status?.record?.partial) notices.push('partial');
  if (notices.length === 0) return undefined;
  return {
    notices,
    ...(status?.changes && {changes: status.changes.length}),
    ...(status?.sourceUrl && {sourceUrl: status.sourceUrl}),
    guideSection: guideSections[notices[0]],
  };
}
