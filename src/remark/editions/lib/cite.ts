/**
 * "Cite this" on a recommendation page: the citation of the recommendation
 * in the page's edition, as plain text, BibTeX and CSL-JSON.
 */
import type {RootContent} from 'mdast';
import type {Item} from '../../../content/loader';
import {currentVersion} from '../../../content/site';
import {localTitle} from '../../../content/store';
import {absoluteUrl, permalinkPath} from '../../../editions/addresses';
import {cite} from '../../../editions/citation';
import {editionDate, whitePaperTitle} from '../../../editions/edition';
import {block, heading, inline, text} from '../../references/lib/nodes';
import type {TransformContext} from '../../references/lib/transform';

/** The "Cite this" section of `item`'s page. */
export function citeSection(item: Item, context: TransformContext, siteUrl: string): RootContent[] {
  const {t, locale, index} = context;
  const version = item.edition;
  const citation = cite(
    {
      id: item.id,
      title: localTitle(item, locale),
      status: String(item.fields.status),
      work: whitePaperTitle(index, version, locale),
      version,
      date: editionDate(index.siteDir, version),
      url: absoluteUrl(siteUrl, locale, permalinkPath(item.id, version)),
      locale,
    },
    t,
  );
  const versionName = version === currentVersion ? t('editions.draftLabel') : t('editions.versionLabel', {edition: version});
  const label = (key: string) => block('p', 'kb-cite__label', [inline('strong', 'kb-cite__format', [text(t(key))])]);
  return [
    heading(2, t('editions.cite.heading'), 'cite-this'),
    block('p', 'kb-cite__intro', [text(version === currentVersion ? t('editions.cite.introDraft') : t('editions.cite.intro', {version: versionName}))]),
    label('editions.cite.plain'),
    block('p', 'kb-cite__text', [text(citation.text)]),
    label('editions.cite.bibtex'),
    {type: 'code', lang: 'bibtex', value: citation.bibtex},
    label('editions.cite.csl'),
    {type: 'code', lang: 'json', value: JSON.stringify(citation.csl, null, 2)},
  ];
}
