/**
 * npm run translations [-- --locale lt,pl] [--json] [--fail-on stale,missing,orphaned,invalid]
 *                         [--repo-url URL] [--site DIR]
 *
 * Reports, per locale and per page, whether each translation is up to date,
 * out of date (with the commits and the diff), missing, orphaned or has an
 * invalid source commit. With --fail-on, exits 1 while a page is in one of
 * the named states (`stale` = out of date), for continuous integration.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadContentIndex} from '../src/content/loader';
import {defaultLocale, localeCodes, type Locale} from '../src/content/site';
import {failingPages, failOnValues, formatTranslationReport, type FailOn} from '../src/translations/format';
import {readGitHistory} from '../src/translations/history';
import {configuredRepositoryUrl} from '../src/translations/repository';
import {translationReport} from '../src/translations/status';

const {values} = parseArgs({
  options: {
    locale: {type: 'string', multiple: true, default: []},
    json: {type: 'boolean', default: false},
    'fail-on': {type: 'string', multiple: true, default: []},
    'repo-url': {type: 'string'},
    site: {type: 'string', default: '.'},
  },
});

const list = (raw: string[]) => raw.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
const locales = list(values.locale);
const failOn = list(values['fail-on']);
const wrongLocale = locales.find((locale) => !localeCodes.includes(locale as Locale) || locale === defaultLocale);
const wrongFailOn = failOn.find((value) => !(failOnValues as readonly string[]).includes(value));
if (wrongLocale || wrongFailOn) {
  console.error(wrongLocale ? `Unknown --locale ${wrongLocale}: use one of ${localeCodes.filter((l) => l !== defaultLocale).join(', ')}.` : `Unknown --fail-on ${wrongFailOn}: use ${failOnValues.join(', ')}.`);
  process.exit(2);
}

function main(): void {
  const siteDir = path.resolve(values.site);
  // Worker threads (as in `npm run check`) cost more CPU than they save at this size: each loads tsx and the parser.
  const index = loadContentIndex(siteDir);
  const read = readGitHistory(siteDir);
  const report = translationReport(index, {
    history: 'history' in read ? read.history : read,
    locales: locales.length > 0 ? (locales as Locale[]) : undefined,
    repositoryUrl: values['repo-url'] ?? configuredRepositoryUrl(siteDir),
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatTranslationReport(report, {listMissing: locales.length > 0}));

  if (failOn.length > 0) {
    const failing = failingPages(report, failOn as FailOn[]);
    if (report.historyError && failOn.includes('stale')) {
      console.error(`Cannot tell which translations are out of date: ${report.historyError}.`);
      process.exitCode = 2;
    } else if (failing.length > 0) {
      console.error(`${failing.length} ${failing.length === 1 ? 'page is' : 'pages are'} ${failOn.join(', ')} (--fail-on).`);
      process.exitCode = 1;
    }
  }
}

main();
