import {describe, expect, it} from 'vitest';
import {linkChapters} from '../../src/pdf/links';

const origin = 'http://127.0.0.1:4173';
const site = 'https://kb.example.org/';
const chapters = [
  {path: '/white-paper/', anchor: 'c1'},
  {path: '/white-paper/recommendations/rec-gov-01', anchor: 'c2'},
];

describe('links of the printed White Paper', () => {
  it('turns links to chapters into links inside the document, with their headings', () => {
    expect(linkChapters(`<a href="${origin}/white-paper/recommendations/rec-gov-01">x</a>`, origin, site, chapters)).toBe('<a href="#c2">x</a>');
    expect(linkChapters(`<a href="${origin}/white-paper/recommendations/rec-gov-01/#rationale">x</a>`, origin, site, chapters)).toBe('<a href="#c2-rationale">x</a>');
    expect(linkChapters(`<a href="${origin}/white-paper">x</a>`, origin, site, chapters)).toBe('<a href="#c1">x</a>');
    expect(linkChapters(`<a href="${origin}/white-paper/#%CE%B5%CE%B9%CF%83">x</a>`, origin, site, chapters)).toBe('<a href="#c1-εισ">x</a>');
  });
  it('points other pages of the site to the public address', () => {
    expect(linkChapters(`<a href="${origin}/docs/best-practices/pl/bp-pl-001?a=1&amp;b=2#x">x</a>`, origin, site, chapters)).toBe('<a href="https://kb.example.org/docs/best-practices/pl/bp-pl-001?a=1&amp;b=2#x">x</a>');
  });
  it('leaves links to other sites and in-document links alone', () => {
    const html = '<a href="https://krda.lt/en/">x</a> <a href="#c1-theme">y</a> <img src="http://127.0.0.1:4173/img/logo.svg">';
    expect(linkChapters(html, origin, site, chapters)).toBe(html);
  });
});
