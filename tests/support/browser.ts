/**
 * Debian's Chromium, headless, driven by playwright-core: no browser is
 * downloaded. Each launch gets a fresh profile and the flags that keep
 * Chromium off the network.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium; close it with the returned `close`. */
export async function launchBrowser(): Promise<{browser: Browser; close: () => Promise<void>}> {
  const profile = mkdtempSync(path.join(tmpdir(), 'kb-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, {recursive: true, force: true});
    },
  };
}
