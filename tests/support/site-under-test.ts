/**
 * The production build under test, served on 127.0.0.1 and opened in
 * Debian's Chromium for the duration of a test file.
 */
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {launchBrowser} from '../../scripts/lib/browser';
import {serveBuild} from '../../scripts/lib/serve';

/** The build the browser tests read: `build/`, or the folder in `KB_BUILD_DIR`. */
export const buildDir = path.resolve(__dirname, '../..', process.env.KB_BUILD_DIR ?? 'build');

/** Serves {@link buildDir} and launches Chromium before the file's tests; closes both after. */
export function useBuiltSite(): {readonly browser: Browser; readonly origin: string} {
  let browser: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  let server: {origin: string; close: () => Promise<void>} | undefined;
  beforeAll(async () => {
    server = await serveBuild(buildDir);
    ({browser, close: closeBrowser} = await launchBrowser());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return server!.origin;
    },
  };
}
