import {describe, expect, it} from 'vitest';
import {bookHtml, type BookTexts} from '../../src/pdf/book';

const texts: BookTexts = {title: 'White Paper <draft>', network: 'Network', edition: 'Edition 2021', notice: 'Drafts are drafts.', printedFrom: 'Printed from x.', contents: 'Contents'};
const chapters = [
  {anchor: 'c1', title: 'Introduction', html: '<h1>Introduction</h1>'},
  {anchor: 'c2', title: 'Participatory governance', category: 'Chapters', html: '<h1>Participatory governance</h1>'},
  {anchor: 'c3', title: 'Culture & ECoC', category: 'Chapters', html: '<h1>Culture</h1>'},
  {anchor: 'c4', title: 'Advisory voice', category: 'Recommendations', html: '<h1>Advisory voice</h1>'},
];

describe('the White Paper as one document', () => {
  it('has a title page, the contents grouped by sidebar category, and every chapter on its own page', () => {
    const html = bookHtml({lang: 'sr-Cyrl', texts, chapters, stylesheets: ['http://127.0.0.1/assets/css/styles.css'], pages: new Map([['c1', 3], ['c2', 4], ['c3', 6], ['c4', 11]])});
    expect(html).toContain('<html lang="sr-Cyrl" dir="ltr" data-theme="light">');
    expect(html).toContain('<title>White Paper &lt;draft&gt; – Edition 2021</title>');
    expect(html).toContain('<link rel="stylesheet" href="http://127.0.0.1/assets/css/styles.css">');
    const contents = html.slice(html.indexOf('<ol>'), html.indexOf('</ol>'));
    const entries = [...contents.matchAll(/<li( class="kb-book-contents__group")?>(?:<a href="#(c\d)"><span>([^<]*)<\/span>.*?<span class="kb-book-contents__page">([^<]*)<\/span><\/a>|([^<]*))<\/li>/g)].map((m) => (m[1] ? `[${m[5]}]` : `${m[2]} ${m[3]} ${m[4]}`));
    expect(entries).toEqual(['c1 Introduction \u20073', '[Chapters]', 'c2 Participatory governance \u20074', 'c3 Culture &amp; ECoC \u20076', '[Recommendations]', 'c4 Advisory voice 11']);
    expect(html.match(/<section class="kb-book-chapter markdown" id="c\d">/g)).toHaveLength(4);
  });
  it('prints placeholders of the same width before the page numbers are known', () => {
    const html = bookHtml({lang: 'en', texts, chapters, stylesheets: []});
    expect([...html.matchAll(/kb-book-contents__page">([^<]*)</g)].map((m) => m[1])).toEqual(['00', '00', '00', '00']);
  });
});
