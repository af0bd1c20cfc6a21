/**
 * npm run check [-- --format text|json|github] [--site DIR]
 *
 * Checks the content without building the site: front matter, references,
 * ids, links and anchors. Exits 1 on any error, 0 on warnings only.
 */
import {parseArgs} from 'node:util';
import path from 'node:path';
import {checkContent, formatReport, type ReportFormat} from '../src/checks';
import {discover, loadContentIndex, loadContentIndexParallel} from '../src/content/loader';
import {siteSettings} from './lib/site-config';

const {values} = parseArgs({
  options: {
    format: {type: 'string', default: 'text'},
    site: {type: 'string', default: '.'},
  },
});
const format = values.format as ReportFormat;
if (!['text', 'json', 'github'].includes(format)) {
  console.error(`Unknown --format ${format}: use text, json or github.`);
  process.exit(2);
}

async function main(): Promise<void> {
  const siteDir = path.resolve(values.site);
  // A second thread pays off from about 3,000 files on two cores (docs/maintainers/checker.md); below, one thread is faster.
  const index = discover(siteDir).files.length > 3000 ? await loadContentIndexParallel(siteDir) : loadContentIndex(siteDir);
  const {rules, themeConfig} = await siteSettings(siteDir);
  const findings = checkContent(index, rules, themeConfig);
  console.log(formatReport(findings, index.pages.length, format));
  process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
}

void main();
