/**
 * Debian's Chromium, headless, driven by playwright-core: no browser is
 * downloaded. Each launch gets a fresh profile (playwright's own) and the
 * flags that keep Chromium off the network.
 */
import {chromium, type Browser} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium; close it with the returned `close`. */
export async function launchBrowser(): Promise<{browser: Browser; close: () => Promise<void>}> {
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
    ],
  });
  return {
    browser,
    // playwright gives each launch a fresh temporary profile (it refuses `--user-data-dir`) and removes it on close.
    close: () => browser.close(),
  };
}
