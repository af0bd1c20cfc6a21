import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, test} from 'vitest';
import {SearchResultBody, Highlighted} from '../../src/components/search/search-result';
import {queryWords} from '../../src/search/fold';
import {highlight, snippet, type Segment} from '../../src/search/highlight';
import type {SearchStrings} from '../../src/search/strings';

const marked = (segments: readonly Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  test('marks words the query matches by prefix, in folded form, in the original spelling', () => {
    expect(marked(highlight('Нови Сад и Novi Sad, Łódź', queryWords('novi lodz')))).toBe('[Нови] Сад и [Novi] Sad, [Łódź]');
  });
  test('đ typed as dj or d', () => {
    expect(marked(highlight('Đurđevac i Međimurje', queryWords('djurdjevac medimur')))).toBe('[Đurđevac] i [Međimurje]');
  });
});

describe('snippet', () => {
  const text = `${'Words before the match. '.repeat(20)}Here the Kitchen of Diversity began in Rijeka. ${'Words after it. '.repeat(20)}`;
  test('a passage around the matches, cut at words, with ellipses', () => {
    const passage = marked(snippet(text, queryWords('kitchen rijeka'), 100));
    expect(passage).toMatch(/^…/);
    expect(passage).toMatch(/…$/);
    expect(passage).toContain('[Kitchen] of Diversity began in [Rijeka]');
    expect(passage.length).toBeLessThan(110);
  });
  test('without a match, the start of the text', () => {
    expect(marked(snippet('Short text.', queryWords('zzz')))).toBe('Short text.');
  });
});

describe('escaping', () => {
  const hostile = 'A page may quote <img src=x onerror=alert(1)> as text.';
  const strings = {lang: 'en', messages: {breadcrumb: 'Where it is', 'scope.docs': 'Knowledge base'}, labels: {kind: {page: 'Page'}}} as unknown as SearchStrings;

  test('a page whose text contains markup shows the markup as text', () => {
    const html = renderToStaticMarkup(createElement(Highlighted, {segments: snippet(hostile, queryWords('img onerror'))}));
    expect(html).toBe('A page may quote &lt;<mark>img</mark> src=x <mark>onerror</mark>=alert(1)&gt; as text.');
    expect(html).not.toContain('<img');
  });

  test('the whole result escapes title, place and snippet', () => {
    const html = renderToStaticMarkup(
      createElement(SearchResultBody, {
        strings,
        title: createElement(Highlighted, {segments: highlight('<script>alert(1)</script>', [])}),
        result: {route: 'x', title: [], kind: 'page', scope: 'docs', breadcrumb: ['<b>crumb</b>'], snippet: snippet(hostile, queryWords('img')), exact: false},
      }),
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Knowledge base › &lt;b&gt;crumb&lt;/b&gt;');
    expect(html).toContain('&lt;<mark>img</mark> src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script|<b>/);
  });
});
