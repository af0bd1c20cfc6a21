/**
 * The production build in a real browser: every kind of page loads without
 * a single request leaving the site's origin, without a Content-Security-
 * Policy violation, without a cookie, and its external links open with
 * `rel="noopener noreferrer"`. This is what the privacy page
 * (docs/privacy.md) promises readers.
 *
 * Uses the build in `KB_BUILD_DIR` (default `build/`, which `npm test`
 * makes).
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {buildDir, useBuiltSite} from '../support/site-under-test';

/** One page of each kind. */
const pages: {kind: string; route: string}[] = [
  {kind: 'home', route: '/'},
  {kind: 'White Paper chapter', route: '/white-paper/chapters/governance'},
  {kind: 'recommendation', route: '/white-paper/recommendations/rec-gov-01'},
  {kind: 'best practice', route: '/docs/best-practices/lt/bp-lt-001'},
  {kind: 'meeting', route: '/docs/meetings/mtg-2021-kaunas'},
  {kind: 'strategy item', route: '/docs/strategy/str-obj-1'},
  {kind: 'privacy page', route: '/docs/privacy'},
  {kind: 'search', route: '/search?q=dialogue'},
  {kind: 'recommendation explorer', route: '/white-paper/explorer'},
  {kind: 'map of best practices', route: '/best-practices/map'},
  {kind: 'page not found', route: '/no-such-page'},
];

interface Observed {
  offsite: string[];
  csp: string[];
}

describe('the built site in a browser', () => {
  const site = useBuiltSite();
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(path.join(buildDir, 'index.html'))) throw new Error(`No build in ${buildDir}: run \`npm run build\` first, or set KB_BUILD_DIR.`);
    context = await site.browser.newContext();
    // Init scripts run outside the page's CSP, so this listener is there before any page script.
    await context.addInitScript(() => {
      const w = window as unknown as {kbViolations: string[]};
      w.kbViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => w.kbViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`));
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Opens `route` and records every request off the origin and every CSP violation until the network is idle. */
  async function visit(route: string, act?: (page: Page) => Promise<void>): Promise<Observed & {page: Page; status: number}> {
    const page = await context.newPage();
    const observed: Observed = {offsite: [], csp: []};
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== site.origin) observed.offsite.push(request.url());
    });
    page.on('websocket', (socket) => observed.offsite.push(socket.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) observed.csp.push(message.text());
    });
    const response = await page.goto(site.origin + route, {waitUntil: 'networkidle'});
    if (act) await act(page);
    await page.waitForLoadState('networkidle');
    observed.csp.push(...(await page.evaluate(() => (window as unknown as {kbViolations: string[]}).kbViolations)));
    return {...observed, page, status: response?.status() ?? 0};
  }

  for (const {kind, route} of pages) {
    test(`${kind} (${route}): no third-party request, no CSP violation, safe external links`, async () => {
      const {offsite, csp, page, status} = await visit(route, async (p) => {
        // Typing into a search box loads the search index and its worker, under the same policy.
        const box = p.locator('input[type="search"]').first();
        if (await box.count()) await box.fill('intercultural dialogue');
      });
      expect(status).toBe(kind === 'page not found' ? 404 : 200);
      expect(offsite).toEqual([]);
      expect(csp).toEqual([]);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*; /);
      expect(policy).not.toMatch(/script-src[^;]*unsafe/);
      const external = await page.$$eval('a[href]', (anchors) =>
        anchors.filter((a) => (a as HTMLAnchorElement).origin !== location.origin && /^https?:/.test((a as HTMLAnchorElement).href)).map((a) => ({href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? ''})),
      );
      for (const link of external) expect(link.rel.split(/\s+/), link.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      await page.close();
    });
  }

  test('moving between pages in the app keeps to the policy', async () => {
    const {offsite, csp, page} = await visit('/', async (p) => {
      await p.getByRole('link', {name: 'White Paper'}).first().click();
      await p.waitForURL(/\/white-paper\//);
      await p.goBack();
    });
    expect(offsite).toEqual([]);
    expect(csp).toEqual([]);
    await page.close();
  });

  test('a best practice page links its sources off the site, safely', async () => {
    const {page} = await visit('/docs/best-practices/lt/bp-lt-001');
    const rel = await page.locator('a[href^="https://kaunas2022.eu/"]').first().getAttribute('rel');
    expect(rel).toBe('noopener noreferrer');
    await page.close();
  });

  test('no page visited set a cookie', async () => {
    expect(await context.cookies()).toEqual([]);
  });
});
