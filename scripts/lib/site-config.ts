/**
 * Reads the rule severities from the content plugin's options in the site's
 * `docusaurus.config.ts`, and the theme config whose navbar and footer
 * labels are translated, so the checker and the build agree. A site without
 * that config (a fixture, a benchmark corpus) uses the defaults.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {ThemeConfig} from '@docusaurus/theme-common';
import type {Config} from '@docusaurus/types';
import contentIndexPlugin, {type ContentPluginOptions} from '../../src/plugins/content-index';
import type {RuleSettings} from '../../src/content/rules';

export async function siteSettings(siteDir: string): Promise<{rules: RuleSettings; themeConfig?: ThemeConfig}> {
  const file = path.join(siteDir, 'docusaurus.config.ts');
  if (!existsSync(file)) return {rules: {}};
  const config = ((await import(pathToFileURL(file).href)) as {default: Config}).default;
  const plugin = (config.plugins ?? []).find((entry) => Array.isArray(entry) && (entry[0] as unknown) === contentIndexPlugin);
  const rules = plugin ? ((plugin as [unknown, ContentPluginOptions])[1].rules ?? {}) : {};
  return {rules, themeConfig: config.themeConfig as ThemeConfig | undefined};
}
