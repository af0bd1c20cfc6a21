/**
 * The banner as syntax-tree nodes: an `aside` with one paragraph per
 * notice and the links to the English original and to the translators'
 * guide, in the reader's language.
 */
import type {TFunction} from 'i18next';
import type {Link, PhrasingContent, RootContent} from 'mdast';
import {block, container, text} from '../../references/lib/nodes';
import type {Banner} from './select';

/** A link to the English page at `href` (see `defaultLocaleHref`), in the same tab. */
export function defaultLocaleLink(href: string, label: string): Link {
  return {type: 'link', url: href, children: [text(label)], data: {hProperties: {target: '_self', hrefLang: 'en', className: ['kb-translation-banner__source']}}};
}

/**
 * The banner's nodes. `englishHref` turns the English page's URL into a link
 * that leaves the locale; `guideUrl` is the guide's URL, which Docusaurus
 * prefixes with the reader's locale; `lang` is the reader's language, which
 * the banner declares because a page shown in English is marked English.
 */
export function bannerNode(banner: Banner, t: TFunction, links: {englishHref: (url: string) => string; guideUrl?: string; lang: string}): RootContent {
  const children: RootContent[] = banner.notices.map((notice) =>
    block('p', `kb-translation-banner__notice kb-translation-banner__notice--${notice}`, [
      text(notice === 'outdated' ? t('translation.outdated', {count: banner.changes ?? 1}) : t(`translation.${notice}`)),
    ]),
  );
  const line: PhrasingContent[] = [];
  if (banner.sourceUrl) line.push(defaultLocaleLink(links.englishHref(banner.sourceUrl), t('translation.readSource')));
  if (links.guideUrl) {
    if (line.length > 0) line.push(text(' · '));
    line.push({type: 'link', url: `${links.guideUrl}#${banner.guideSection}`, children: [text(t('translation.guide'))]});
  }
  if (line.length > 0) children.push(block('p', 'kb-translation-banner__links', line));
  const kind = banner.notices.includes('outdated') || banner.notices.includes('missing') ? 'warning' : 'info';
  return container('aside', `kb-translation-banner kb-translation-banner--${kind}`, children, {role: 'note', 'aria-label': t('translation.label'), lang: links.lang});
}
