/** The HTML the remark plugin makes of references and item pages. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {beforeAll, describe, expect, test} from 'vitest';
import {setBuildLocale} from '../../src/content/store';
import {remarkReferences} from '../../src/remark/references';
import {barcelonaPractice, writeSite} from '../support/site';

const english = JSON.parse(readFileSync(path.join(__dirname, '../../i18n/en/kb.json'), 'utf8'));

const site = writeSite({
  'white-paper/recommendations/rec-gov-01.md': `---
ref: REC-GOV-01
title: Give residents a voice
theme: governance
levels: [local, national]
actors: [municipality]
status: draft
statusHistory:
  - status: draft
    date: 2026-11-29
summary: A council of residents advises the mayor.
evidence: [BP-ES-001]
---

## Rationale {#rationale}

See [[BP-ES-001]].
`,
  'docs/best-practices/es/bp-es-001.md': barcelonaPractice,
  'docs/index.md': '---\ntitle: Home\n---\n\nRead [[REC-GOV-01]], not `[[REC-GOV-01]]` nor [[REC-GOV-09]].\n\n```\n[[REC-GOV-01]]\n```\n',
  'i18n/lt/docusaurus-plugin-content-docs-white-paper/current/recommendations/rec-gov-01.md': `---
ref: REC-GOV-01
title: Suteikti gyventojams balsą
summary: Gyventojų taryba pataria merui.
---

Tekstas.
`,
  'docs/fields.md': '---\ntitle: Fields\ngenerated: field-reference\n---\n\nThe fields.\n',
  'i18n/lt/docusaurus-plugin-content-docs/current/index.md': '---\ntitle: Pradžia\n---\n\nSkaitykite [[REC-GOV-01]].\n',
  'i18n/en/kb.json': readFileSync(path.join(__dirname, '../../i18n/en/kb.json'), 'utf8'),
  // A catalogue of the test's own, so the test does not depend on the state of the real Lithuanian one.
  'i18n/lt/kb.json': JSON.stringify({...english, item: {...english.item, evidence: 'Įrodymai'}}),
});

async function render(relative: string, locale = 'en'): Promise<{html: string; messages: string[]}> {
  setBuildLocale(locale as 'en');
  const file = new VFile({path: path.join(site, relative), value: readFileSync(path.join(site, relative), 'utf8').replace(/^---[\s\S]*?---\n/, '')});
  const result = await unified().use(remarkParse).use(remarkGfm).use(remarkReferences, {siteDir: site, catalogues: site}).use(remarkRehype).use(rehypeStringify).process(file);
  return {html: String(result), messages: result.messages.map((m) => `${m.ruleId}: ${m.reason}`)};
}

describe('remarkReferences', () => {
  beforeAll(() => setBuildLocale('en'));

  test('a reference becomes a link titled with the item, its kind and status as data; code is left alone', async () => {
    const {html, messages} = await render('docs/index.md');
    expect(html).toBe(
      '<p>Read <a href="/white-paper/recommendations/rec-gov-01" class="kb-ref" data-kb-id="REC-GOV-01" data-kb-kind="recommendation" data-kb-status="draft" title="REC-GOV-01 · Recommendation · Draft">Give residents a voice</a>, not <code>[[REC-GOV-01]]</code> nor [[REC-GOV-09]].</p>\n<pre><code>[[REC-GOV-01]]\n</code></pre>',
    );
    expect(messages).toEqual(['kb:unknown-reference: Unexpected reference to unknown recommendation `REC-GOV-09`, expected an existing id']);
  });

  test('in a translated page the link text is the translated title', async () => {
    const {html} = await render('i18n/lt/docusaurus-plugin-content-docs/current/index.md', 'lt');
    expect(html).toContain('>Suteikti gyventojams balsą</a>');
  });

  test('an item page gets its facts box, its evidence and what cites it', async () => {
    const {html} = await render('white-paper/recommendations/rec-gov-01.md');
    expect(html).toContain('<aside class="kb-facts" aria-label="About this item">');
    expect(html).toContain('<dt class="kb-facts__term">Status</dt>\n<dd class="kb-facts__value"><span class="kb-badge kb-badge--draft">Draft</span></dd>');
    expect(html).toContain('<dt class="kb-facts__term">Policy levels</dt>\n<dd class="kb-facts__value">Local, National</dd>');
    expect(html).toContain('<dd class="kb-facts__value">1 evidence item</dd>');
    expect(html).toContain('<p class="kb-facts__summary"><strong class="kb-facts__summary-label">In short: </strong>A council of residents advises the mayor.</p>');
    expect(html).toContain('<h2>Evidence {#evidence}</h2>\n<ul>\n<li><a href="/docs/best-practices/es/bp-es-001"');
    expect(html).toContain('<h2>Cited by {#cited-by}</h2>\n<p class="kb-cited-by__group"><strong class="kb-cited-by__label">Best practices that implement it</strong></p>');
  });

  test('a translated item page shows the translated summary and labels', async () => {
    const {html} = await render('i18n/lt/docusaurus-plugin-content-docs-white-paper/current/recommendations/rec-gov-01.md', 'lt');
    expect(html).toContain('Gyventojų taryba pataria merui.');
    expect(html).toContain('<h2>Įrodymai {#evidence}</h2>');
  });

  test('a best practice lists its sources as links and what it implements', async () => {
    const {html} = await render('docs/best-practices/es/bp-es-001.md');
    expect(html).toContain('<h2>Sources {#sources}</h2>\n<ul>\n<li><a href="https://example.org/anti-rumours">The strategy</a></li>\n</ul>');
    expect(html).toContain('<dt class="kb-facts__term">Country</dt>\n<dd class="kb-facts__value">Spain</dd>');
    expect(html).toContain('<h2>Cited by {#cited-by}</h2>\n<p class="kb-cited-by__group"><strong class="kb-cited-by__label">Recommendations that cite it as evidence</strong></p>');
  });

  test('the field reference is generated from the schemas', async () => {
    const {html} = await render('docs/fields.md');
    expect(html).toContain('<h2>Recommendation (REC-&#x3C;THEME>-&#x3C;NN>) {#recommendation}</h2>');
    expect(html).toContain('<tr>\n<td><code>evidence</code></td>\n<td>list of id</td>\n<td>optional</td>\n<td>Best practices, meetings and debates the recommendation rests on. Ids of: best practice, meeting, online debate.</td>\n</tr>');
    expect(html).toContain('<td><code>sources.url</code></td>\n<td>url</td>\n<td>required</td>');
  });
});
