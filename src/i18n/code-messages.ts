/**
 * The English messages of Docusaurus's `code.json`: the theme's, from
 * `@docusaurus/theme-translations`, and the site's own `<Translate>` and
 * `translate()` messages, extracted from `src/` by the same extractor that
 * `docusaurus write-translations` uses. Every locale's `code.json` is
 * checked against these.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {getTranslationFiles} from '@docusaurus/theme-classic/lib/translations';
import type {ThemeConfig} from '@docusaurus/theme-common';
import {projectRoot} from './load';

const require = createRequire(path.join(projectRoot, 'package.json'));

/** Message ids to their English text. */
export type CodeMessages = Readonly<Record<string, string>>;

/** The theme's messages in English (the classic theme's strings live in `theme-common`). */
export function themeCodeMessages(): CodeMessages {
  const base = JSON.parse(readFileSync(require.resolve('@docusaurus/theme-translations/locales/base/theme-common.json'), 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(base).filter(([id]) => !id.endsWith('___DESCRIPTION')));
}

// The extractor is asynchronous and the checks are not: it runs in a child
// process, once per site directory and process (about 2 s: it loads Babel).
const extractor = `
const [babel, utils, dir] = process.argv.slice(1);
const {getBabelOptions, extractAllSourceCodeFileTranslations} = require(babel);
require(utils).globTranslatableSourceFiles([dir])
  .then((files) => extractAllSourceCodeFileTranslations(files, getBabelOptions({isServer: true})))
  .then((results) => {
    const out = {};
    for (const {translations} of results) for (const [id, {message}] of Object.entries(translations)) out[id] = message;
    process.stdout.write(JSON.stringify(out));
  });
`;
const extracted = new Map<string, CodeMessages>();

/** The site's own messages: every `<Translate>` and `translate()` under `siteDir/src`. */
export function siteCodeMessages(siteDir: string): CodeMessages {
  const dir = path.join(path.resolve(siteDir), 'src');
  if (!existsSync(dir)) return {};
  let messages = extracted.get(dir);
  if (!messages) {
    const output = execFileSync(process.execPath, ['-e', extractor, require.resolve('@docusaurus/babel'), require.resolve('@docusaurus/utils'), dir], {encoding: 'utf8', maxBuffer: 1 << 28});
    messages = JSON.parse(output) as CodeMessages;
    extracted.set(dir, messages);
  }
  return messages;
}

/**
 * The English messages of the theme's other files, `navbar.json` and
 * `footer.json` under `docusaurus-theme-classic/`, from the site's theme
 * config: the labels `docusaurus write-translations` writes there.
 */
export function themeConfigMessages(themeConfig: ThemeConfig): Readonly<Record<string, CodeMessages>> {
  return Object.fromEntries(
    getTranslationFiles({themeConfig}).map(({path: name, content}) => [
      `docusaurus-theme-classic/${name}.json`,
      Object.fromEntries(Object.entries(content).map(([id, {message}]) => [id, message])),
    ]),
  );
}

/** Every message of `code.json` in English. */
export function englishCodeMessages(siteDir: string): CodeMessages {
  return {...themeCodeMessages(), ...siteCodeMessages(siteDir)};
}
