/**
 * npm run edition -- <name> [--note "…"] [--site DIR]
 *
 * Cuts edition <name> of the White Paper from the working draft: the
 * Docusaurus version, the translations of every locale, the versions file
 * and the changelog entry (dated today: the day the edition is recorded in
 * the knowledge base). All or nothing; see src/editions/cut.ts.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {cutEdition, EditionError} from '../src/editions/cut';
import {siteSettings} from './lib/site-config';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    note: {type: 'string'},
    site: {type: 'string', default: '.'},
  },
});

async function main(): Promise<void> {
  if (positionals.length !== 1) {
    console.error('Usage: npm run edition -- <name> [--note "what this edition is"]\nExample: npm run edition -- 2025 --note "Recommendations agreed at the 2025 meetings."');
    process.exitCode = 2;
    return;
  }
  const siteDir = path.resolve(values.site);
  const date = new Date().toISOString().slice(0, 10);
  try {
    const result = cutEdition(siteDir, positionals[0], {date, note: values.note, rules: (await siteSettings(siteDir)).rules});
    if (result.recovered) console.log(`Rolled back an interrupted cut of edition ${result.recovered} first.`);
    console.log(`Edition ${result.edition} cut on ${result.date}${result.locales.length ? `, with the translations of ${result.locales.join(', ')}` : ''}:`);
    for (const file of result.written) console.log(`  ${file}`);
    console.log('Next: build the site (`npm run build:en`), check the edition\'s pages and what changed, then commit these files together.');
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

void main();
