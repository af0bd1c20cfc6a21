import {expect, test} from 'vitest';
import {extractPage} from '../../src/search/extract';

/** The shape of a built docs page, as Docusaurus and the remark plugin write it. */
const page = `<!doctype html><html lang=en><body>
<nav class=navbar><a href=/>Intercultural Dialogue Network</a></nav>
<main><article><nav class="theme-doc-breadcrumbs" aria-label=Breadcrumbs><ul class=breadcrumbs>
<li class=breadcrumbs__item><a class=breadcrumbs__link href=/><svg><path d=""/></svg></a>
<li class=breadcrumbs__item><a class=breadcrumbs__link href=/docs/best-practices><span>Best practices</span></a>
<li class=breadcrumbs__item><span class=breadcrumbs__link>Serbia</span>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class=breadcrumbs__link>Roma health mediators</span></ul></nav>
<div class="theme-doc-markdown markdown"><header><h1>Roma health mediators</h1></header>
<aside class="kb-translation-banner" role=note><p>This page is not translated yet and is shown in English.</p></aside>
<aside class=kb-facts aria-label="About this item"><dl><dt>Status</dt><dd>Draft</dd></dl>
<p class=kb-facts__summary><strong class=kb-facts__summary-label>In short: </strong>Mediators link Roma settlements with health centres.</p></aside>
<p>Since 2008, mediators have worked in towns&nbsp;of Serbia. A page may quote &lt;img src=x onerror=alert(1)&gt; as text.</p>
<h2 id=results>Results<a href=#results class=hash-link>&#8203;</a></h2><ul><li>More vaccinated children</li><li>Fewer missed appointments</li></ul>
<h2 id=cited-by>Cited by<a href=#cited-by class=hash-link>&#8203;</a></h2><ul><li><a href=/x>Another item's title</a></li></ul>
</div></article><nav class=table-of-contents>On this page</nav></main><footer>Footer text</footer><script>var x = 1;</script></body></html>`;

test('body: the Markdown content with the summary, without title, facts, banners, anchors, backlinks or chrome', () => {
  expect(extractPage(page).body).toBe(
    'Mediators link Roma settlements with health centres. Since 2008, mediators have worked in towns of Serbia. A page may quote <img src=x onerror=alert(1)> as text. Results More vaccinated children Fewer missed appointments',
  );
});

test('breadcrumb: the labels above the page, not the page itself', () => {
  expect(extractPage(page).breadcrumb).toEqual(['Best practices', 'Serbia']);
});

test('a page without a Markdown container has no body', () => {
  expect(extractPage('<html><body><p>Only chrome</p></body></html>')).toEqual({body: '', breadcrumb: []});
});
