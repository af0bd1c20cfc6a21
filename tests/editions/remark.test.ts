/**
 * What a recommendation page shows of its life and edition: the banner of a
 * superseded or withdrawn recommendation, its status history, and "Cite
 * this" naming the edition and the day it was recorded, as HTML.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {beforeAll, describe, expect, test} from 'vitest';
import {refreshContentIndex, setBuildLocale} from '../../src/content/store';
import {cutEdition} from '../../src/editions/cut';
import {remarkEditions} from '../../src/remark/editions';
import {remarkReferences} from '../../src/remark/references';
import {writeSite} from '../support/site';
import {editDraft, fixtureFiles} from './fixture';

const site = writeSite(fixtureFiles());
cutEdition(site, '2021', {date: '2021-09-19'});
editDraft(site);

async function render(relative: string, locale = 'en'): Promise<string> {
  setBuildLocale(locale as 'en');
  const file = new VFile({path: path.join(site, relative), value: readFileSync(path.join(site, relative), 'utf8').replace(/^---[\s\S]*?---\n/, '')});
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkReferences, {siteDir: site}).use(remarkEditions, {siteDir: site, siteUrl: 'https://example.org/'}).use(remarkRehype).use(rehypeStringify);
  return String(await processor.process(file));
}

describe('remarkEditions', () => {
  beforeAll(() => {
    refreshContentIndex(site);
    setBuildLocale('en');
  });

  test('a superseded recommendation keeps its page, with a banner first: since when, where, why, and its replacement', async () => {
    const html = await render('white-paper/recommendations/rec-gov-02.md');
    expect(html.startsWith('<aside class="kb-retired kb-retired--superseded" role="note" aria-label="Superseded">')).toBe(true);
    expect(html).toContain(
      '<p class="kb-retired__headline"><strong class="kb-retired__status">Superseded</strong> since March 1, 2022 · Decided at: <a href="/docs/meetings/mtg-2021-kaunas" class="kb-ref" data-kb-id="MTG-2021-KAUNAS" data-kb-kind="meeting" data-kb-status="documented" title="MTG-2021-KAUNAS · Meeting · Documented from public sources">Participatory governance</a></p>',
    );
    expect(html).toContain('<p class="kb-retired__reason"><strong class="kb-retired__label">Reason: </strong>Merged into a wider recommendation on participation.</p>');
    expect(html).toContain('<p class="kb-retired__replacement"><strong class="kb-retired__label">Replaced by: </strong><a href="/white-paper/next/recommendations/rec-gov-05"');
    expect(html).toContain('>Make participation a standing practice</a></p>');
    expect(html).toContain('<p class="kb-retired__kept">This page is kept so that references to it still make sense. The recommendation in force is its replacement.</p>');
  });

  test('a withdrawn recommendation says why and that nothing replaces it', async () => {
    const html = await render('white-paper/recommendations/rec-gov-03.md');
    expect(html).toContain('<strong class="kb-retired__status">Withdrawn</strong> since March 1, 2022</p>');
    expect(html).toContain('<strong class="kb-retired__label">Reason: </strong>The partners found no evidence for it.</p>');
    expect(html).not.toContain('kb-retired__replacement');
    expect(html).toContain('The network no longer supports this recommendation, and nothing replaces it.');
  });

  test('a recommendation in force has no banner, and lists its status history with dates and meetings', async () => {
    const html = await render('white-paper_versioned_docs/version-2021/recommendations/rec-gov-02.md');
    expect(html).not.toContain('kb-retired');
    expect(html).toContain('<h2>Status history {#status-history}</h2>\n<ul>\n<li><span class="kb-badge kb-badge--draft">Draft</span> April 15, 2021 · at <a href="/docs/meetings/mtg-2021-kaunas"');
    expect(html).toContain('>Participatory governance</a> — Drafted from the themes of the Kaunas meeting.</li>\n</ul>');
  });

  test('"Cite this" names the edition, the day it was recorded, and the permanent address', async () => {
    const html = await render('white-paper_versioned_docs/version-2021/recommendations/rec-gov-01.md');
    expect(html).toContain('<h2>Cite this {#cite-this}</h2>');
    expect(html).toContain(
      '<p class="kb-cite__text">Intercultural Dialogue Network. “Give residents a voice, in "every" town of Łódź” (REC-GOV-01, Draft). In: White Paper on intercultural dialogue, Edition 2021. Recorded in the knowledge base on September 19, 2021. https://example.org/r/REC-GOV-01@2021</p>',
    );
    expect(html).toContain('<pre><code class="language-bibtex">@misc{idn-wp-2021-rec-gov-01,\n  author       = {{Intercultural Dialogue Network}},\n  title        = {{REC-GOV-01: Give residents a voice, in "every" town of Łódź}},');
    expect(html).toContain('<pre><code class="language-json">[\n  {\n    "id": "idn-wp-2021-rec-gov-01",\n    "type": "chapter",');
  });

  test('on the working draft, "Cite this" says it may change, and cites the draft', async () => {
    const html = await render('white-paper/recommendations/rec-gov-01.md');
    expect(html).toContain('<p class="kb-cite__intro">This is the working draft, so its text may change. Cite a released edition where you can.</p>');
    expect(html).toContain('In: White Paper on intercultural dialogue, Working draft. Not a released edition. https://example.org/r/REC-GOV-01@current</p>');
  });

  test('a translated page cites the translated title at the address in its language', async () => {
    const html = await render('i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2021/recommendations/rec-gov-01.md', 'lt');
    expect(html).toContain('Suteikti gyventojams balsą kiekviename mieste');
    expect(html).toContain('https://example.org/lt/r/REC-GOV-01@2021');
  });

  test('pages other than recommendations are left alone', async () => {
    expect(await render('docs/index.md')).toBe('<p>Read <a href="/white-paper/recommendations/rec-gov-01" class="kb-ref" data-kb-id="REC-GOV-01" data-kb-kind="recommendation" data-kb-status="draft" title="REC-GOV-01 · Recommendation · Draft">Give residents a voice, in "every" town of Łódź</a>.</p>');
  });
});
