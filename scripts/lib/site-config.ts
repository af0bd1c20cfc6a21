/**
 * Reads the rule severities from the content plugin's options in the site's
 * `docusaurus.config.ts`, so the checker and the build agree. A site without
 * that config (a fixture, a benchmark corpus) uses the defaults.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Config} from '@docusaurus/types';
import contentIndexPlugin, {type ContentPluginOptions} from '../../src/plugins/content-index';
import type {RuleSettings} from '../../src/content/rules';

export async function ruleSettings(siteDir: string): Promise<RuleSettings> {
  const file = path.join(siteDir, 'docusaurus.config.ts');
  if (!existsSync(file)) return {};
  const config = ((await import(pathToFileURL(file).href)) as {default: Config}).default;
  for (const plugin of config.plugins ?? []) {
    if (Array.isArray(plugin) && (plugin[0] as unknown) === contentIndexPlugin) return (plugin[1] as ContentPluginOptions).rules ?? {};
  }
  return {};
}
