/**
 * In Debian's Chromium, against a production build (`KB_BUILD_DIR`, from
 * the site in `KB_SITE_DIR`): a short link lands on the recommendation in
 * its edition, in the reader's language; the working draft's banner leads
 * to the same page in the latest edition; the version dropdown offers the
 * editions; and what changed is reachable from the draft.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {currentVersion} from '../../src/content/site';
import {buildDir, useBuiltSite} from '../support/site-under-test';

const root = path.resolve(__dirname, '../..');
const index = loadContentIndex(path.resolve(root, process.env.KB_SITE_DIR ?? '.'));
const latest = index.editions[0];
const urlOf = (id: string, edition: string) => index.items.get(`${id}@${edition}`)!.page.url;

const site = useBuiltSite();

async function open(pathname: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}${pathname}`);
  return page;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('short links', () => {
  test('/r/REC-GOV-03@<edition> lands on the recommendation in that edition', async () => {
    const page = await open(`/r/REC-GOV-03@${latest}`);
    await expect.poll(() => pathOf(page)).toBe(urlOf('REC-GOV-03', latest));
    await expect.poll(() => page.getByRole('heading', {level: 1}).textContent()).toBe(index.items.get(`REC-GOV-03@${latest}`)!.title);
    await page.close();
  });

  test('/r/REC-GOV-03@current lands on the working draft', async () => {
    const draft = await open('/r/REC-GOV-03@current');
    await expect.poll(() => pathOf(draft)).toBe(urlOf('REC-GOV-03', currentVersion));
    await draft.close();
  });

  test.skipIf(!existsSync(path.join(buildDir, 'lt', 'index.html')))('/lt/r/REC-GOV-03 lands on the Lithuanian page of the latest edition', async () => {
    const lt = await open('/lt/r/REC-GOV-03');
    await expect.poll(() => pathOf(lt)).toBe(`/lt${urlOf('REC-GOV-03', latest)}`);
    await expect.poll(() => lt.locator('html').getAttribute('lang')).toBe('lt');
    await lt.close();
  });
});

describe('the working draft', () => {
  test('says it is not a released edition, and its banner leads to the same page in the latest edition, which has no banner', async () => {
    const page = await open(urlOf('REC-GOV-03', currentVersion));
    const banner = page.getByRole('note').filter({hasText: 'You are reading the working draft of the White Paper.'});
    await expect(banner.isVisible()).resolves.toBe(true);
    await banner.getByRole('link', {name: `Read this page in the latest edition (Edition ${latest})`}).click();
    await expect.poll(() => pathOf(page)).toBe(urlOf('REC-GOV-03', latest));
    await expect.poll(() => page.locator('.kb-version-banner').count()).toBe(0);
    await page.close();
  });

  test('links to what changed since the latest edition', async () => {
    const page = await open(urlOf('REC-GOV-03', currentVersion));
    await page.getByRole('link', {name: 'What changed since the last edition'}).click();
    await expect.poll(() => pathOf(page)).toBe('/white-paper/editions/next/changes');
    // The address changes before the new route has rendered: wait for its heading.
    await expect.poll(() => page.getByRole('heading', {level: 1}).textContent()).toBe('What changed in Working draft');
    await page.close();
  });
});

test('the version dropdown offers the working draft, every edition, and the list of editions', async () => {
  const page = await open(urlOf('REC-GOV-03', latest));
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  const dropdown = page.locator('.navbar .dropdown', {hasText: `Edition ${latest}`}).first();
  await dropdown.hover();
  const items = await dropdown.locator('.dropdown__menu a').allTextContents();
  expect(items).toEqual(['Working draft', ...index.editions.map((e) => `Edition ${e}`), 'All editions']);
  await page.close();
});
