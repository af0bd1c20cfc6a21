/**
 * npm run pdf [-- --edition 2021] [--locale en] [--build-dir build] [--out FILE]
 *
 * Prints the White Paper of an edition and locale from the production build
 * (run `npm run build` first) to a PDF with Debian's Chromium: by default
 * into the locale's site, `<build-dir>/[<locale>/]pdf/white-paper-<edition>-<locale>.pdf`,
 * where the White Paper's home page offers it for download. See
 * docs/maintainers/print-and-pdf.md.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {createConfig} from '../src/config/site';
import {discover} from '../src/content/loader';
import {currentVersion, defaultLocale, localeCodes, whitePaperPdfPath, type Locale} from '../src/content/site';
import {createTranslator} from '../src/i18n/catalogue';
import {loadCatalogues} from '../src/i18n/load';
import {whitePaperPdf} from '../src/pdf/render';
import {launchBrowser} from './lib/browser';
import {serveBuild} from './lib/serve';

const siteDir = path.resolve(__dirname, '..');
const {editions} = discover(siteDir);
const {values} = parseArgs({
  options: {
    edition: {type: 'string', default: editions[0] ?? currentVersion},
    locale: {type: 'string', default: 'en'},
    'build-dir': {type: 'string', default: 'build'},
    out: {type: 'string'},
  },
});
const {edition, locale} = values as {edition: string; locale: Locale};
if (edition !== currentVersion && !editions.includes(edition)) {
  console.error(`Unknown --edition ${edition}: use one of ${[...editions, currentVersion].join(', ')}.`);
  process.exit(2);
}
if (!localeCodes.includes(locale)) {
  console.error(`Unknown --locale ${locale}: use one of ${localeCodes.join(', ')}.`);
  process.exit(2);
}
const buildDir = path.resolve(values['build-dir']!);
const out = path.resolve(values.out ?? path.join(buildDir, locale === defaultLocale ? '' : locale, whitePaperPdfPath(edition, locale)));

async function main(): Promise<void> {
  const server = await serveBuild(buildDir);
  const {browser, close} = await launchBrowser();
  try {
    const t = createTranslator(locale, loadCatalogues());
    const {pdf, chapters} = await whitePaperPdf({browser, origin: server.origin, siteUrl: createConfig({siteDir}).url, edition, editions, locale, t});
    mkdirSync(path.dirname(out), {recursive: true});
    writeFileSync(out, pdf);
    console.log(`Wrote ${path.relative(process.cwd(), out)}: ${chapters.length} chapters, ${Math.round(pdf.length / 1024)} kB.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await close();
    await server.close();
  }
}

void main();
