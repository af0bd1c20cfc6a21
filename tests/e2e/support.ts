/**
 * Shared by the end-to-end tests: the production build they run against
 * (`buildDir`, from tests/support/site-under-test.ts), the pages of each kind found through
 * the content index, axe-core injected into a page, and screenshots saved
 * for review in `test-results/screenshots/`.
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {itemKey, loadContentIndex, pageKey} from '../../src/content/loader';
import {currentVersion, defaultLocale, locales, type Locale} from '../../src/content/site';

import {buildDir} from '../support/site-under-test';

export {buildDir};
export const root = path.resolve(__dirname, '../..');
export const index = loadContentIndex(root);
/** The edition readers get by default: the newest released one, or the working draft. */
export const defaultEdition = index.editions[0] ?? currentVersion;

/** The URL of `url` (without locale prefix) in `locale`. */
export function inLocale(url: string, locale: Locale): string {
  return locale === defaultLocale ? url : `/${locale}${url}`;
}

/** The URL of an item in the default edition, or of a White Paper page by its file. */
export function itemUrl(id: string): string {
  const item = index.items.get(itemKey(id, id.startsWith('REC-') ? defaultEdition : currentVersion));
  if (!item) throw new Error(`No item ${id} in the content index`);
  return item.page.url;
}

/** The URL of a White Paper page of the default edition by its path in the instance. */
export function whitePaperUrl(relativePath: string): string {
  const page = index.pageByPath.get(pageKey('white-paper', defaultEdition, defaultLocale, relativePath));
  if (!page) throw new Error(`No White Paper page ${relativePath}`);
  return page.url;
}

/** Whether the build has a page at `url` (for pages other helpers may not have built yet). */
export function built(url: string): boolean {
  const file = path.join(buildDir, url);
  return existsSync(path.join(file, 'index.html')) || existsSync(`${file.replace(/\/$/, '')}.html`);
}

/** The `lang` each locale's pages must carry. */
export function htmlLang(locale: Locale): string {
  return locales[locale].htmlLang;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA violations on the page, one readable line per element. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: {id: string; help: string; nodes: {target: unknown[]; failureSummary?: string}[]}[]}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')} (${(n.failureSummary ?? '').replace(/\s+/g, ' ')})`));
  });
  return violations;
}

/** Saves a full-page screenshot as `test-results/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(root, 'test-results/screenshots');
  mkdirSync(dir, {recursive: true});
  await page.screenshot({path: path.join(dir, `${name}.png`), fullPage: true});
}

/** Waits until React has hydrated the page (Docusaurus marks the `html` element). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
}
