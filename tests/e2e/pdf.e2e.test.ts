/**
 * The printed White Paper: made from the production build by Chromium,
 * then read back with poppler's pdfinfo and pdftotext (Debian package
 * poppler-utils), which know nothing of how it was made.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {whitePaperPdfPath} from '../../src/content/site';
import {versionPages} from '../../src/editions/addresses';
import {createTranslator} from '../../src/i18n/catalogue';
import {loadCatalogues} from '../../src/i18n/load';
import {whitePaperPdf, type WhitePaperPdf} from '../../src/pdf/render';
import {useBuiltSite} from '../support/site-under-test';
import {buildDir, defaultEdition, index, root} from './support';

const site = useBuiltSite();
let printed: WhitePaperPdf;
const file = path.join(root, 'test-results', `white-paper-${defaultEdition}-en.pdf`);
const text = (first: number, last = first) => execFileSync('pdftotext', ['-layout', '-f', String(first), '-l', String(last), file, '-'], {encoding: 'utf8'});

beforeAll(async () => {
  const t = createTranslator('en', loadCatalogues());
  printed = await whitePaperPdf({browser: site.browser, origin: site.origin, siteUrl: 'https://kb.example.org', edition: defaultEdition, editions: index.editions, locale: 'en', t, date: new Date('2026-11-29T12:00:00Z')});
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, printed.pdf);
});

describe('the White Paper as a PDF', () => {
  it('opens, is tagged, and has a page for the title, the contents and each chapter', () => {
    const info = Object.fromEntries(
      execFileSync('pdfinfo', [file], {encoding: 'utf8'})
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
    );
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$|^595\.\d+ x 842\.\d+ pts \(A4\)$/);
    expect(info.Title).toMatch(/^White Paper on European initiatives .* – (Edition \d{4}|Working draft)$/);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(printed.chapters.length + 2);
    const recommendations = [...index.items.values()].filter((item) => item.kind === 'recommendation' && item.edition === defaultEdition);
    expect(printed.chapters.filter((c) => c.category === 'Recommendations').length).toBe(recommendations.length);
  });

  it('starts with a title page that names the edition and says what is a draft', () => {
    const first = text(1).replace(/\s+/g, ' ');
    expect(first).toContain('Intercultural Dialogue Network');
    expect(first).toContain('White Paper on European initiatives on intercultural dialogue, migration and the humanitarian crisis');
    expect(first).toContain(defaultEdition === 'current' ? 'Working draft' : `Edition ${defaultEdition}`);
    expect(first).toContain('a draft has not been adopted by the network');
    expect(first).toContain('Printed from https://kb.example.org/white-paper/');
    expect(first).toContain('on November 29, 2026.');
  });

  it('has contents whose page numbers are the pages the chapters start on', () => {
    const firstChapterPage = printed.pages.get('c1')!;
    const contents = text(2, firstChapterPage - 1);
    expect(contents).toMatch(/^\s*Contents\s*$/m);
    for (const chapter of printed.chapters) {
      const page = printed.pages.get(chapter.anchor)!;
      // The contents entry: the title (perhaps over two lines), dots, the page number at the end.
      const lines = contents.split('\n');
      const at = lines.findIndex((l) => l.replace(/\s+/g, ' ').includes(chapter.title.slice(0, 25)));
      expect(at, chapter.title).toBeGreaterThanOrEqual(0);
      const numbered = lines.slice(at, at + 3).find((l) => /\d\s*$/.test(l));
      expect(numbered, chapter.title).toMatch(new RegExp(`[ .]${page}\\s*$`));
      expect(text(page).replace(/\s+/g, ' ')).toContain(chapter.title.replace(/\s+/g, ' ').slice(0, 40));
    }
    // Pages strictly in reading order.
    const numbers = printed.chapters.map((c) => printed.pages.get(c.anchor)!);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('numbers every page in the footer', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], {encoding: 'utf8'}))![1]);
    expect(text(3)).toMatch(new RegExp(`Page 3 of ${pages}\\s*$`));
    expect(text(pages)).toMatch(new RegExp(`Page ${pages} of ${pages}\\s*$`));
  });
});

describe('the PDF for download', () => {
  const edition = versionPages(defaultEdition).edition;
  const pdfLink = async (url: string) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${url}`);
    await page.locator('html[data-has-hydrated=true]').waitFor();
    // The page asks for the file once hydrated; give the answer time to arrive.
    await page.waitForLoadState('networkidle');
    const link = page.locator('.kb-pdf-link');
    const found = (await link.count()) === 0 ? undefined : {text: (await link.textContent())!, href: await link.locator('a').getAttribute('href')};
    await page.close();
    return found;
  };

  it('is not offered by a build without it', async () => {
    expect(await pdfLink(edition)).toBeUndefined();
  });

  it('is offered on the edition\'s page, with its size, where the deployment put it', async () => {
    const published = path.join(buildDir, whitePaperPdfPath(defaultEdition, 'en'));
    mkdirSync(path.dirname(published), {recursive: true});
    writeFileSync(published, printed.pdf);
    try {
      const kB = Math.round(printed.pdf.length / 1000);
      const size = printed.pdf.length >= 1_000_000 ? `${(printed.pdf.length / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB` : `${kB} kB`;
      expect(await pdfLink(edition)).toEqual({text: `Download this version as a PDF (PDF, ${size})`, href: `/${whitePaperPdfPath(defaultEdition, 'en')}`});
    } finally {
      rmSync(published);
    }
  });
});

describe('npm run pdf', () => {
  it('refuses an edition that does not exist, naming those that do', () => {
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/pdf.ts', '--edition', '1999'], {cwd: root, encoding: 'utf8'});
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`Unknown --edition 1999: use one of ${[...index.editions, 'current'].join(', ')}.`);
  });
});
