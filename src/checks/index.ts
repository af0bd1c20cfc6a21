/**
 * checkContent: every check over a content index, with the severities the
 * site config chooses. `npm run check` and the build both call this, so they
 * report the same problems in the same words.
 */
import type {ThemeConfig} from '@docusaurus/theme-common';
import type {ContentIndex} from '../content/loader';
import {compareProblems, type Problem} from '../content/problem';
import {linksOf} from '../content/resolve';
import {severityOf, type RuleSettings, type Severity} from '../content/rules';
import {checkItems} from './items';
import {checkLifecycle} from './lifecycle';
import {checkLinks} from './links';
import {checkPersonalData} from './personal-data';
import {checkSafety} from './safety';
import {checkTranslations} from './translations';

export {formatReport, type ReportFormat} from './report';

/** A problem with the severity it has under the site's settings. */
export interface Finding extends Problem {
  readonly severity: Exclude<Severity, 'off'>;
}

/**
 * Every problem in the index, sorted by file and place; rules set to `off`
 * are left out. With the site's `themeConfig`, the translations of the
 * navbar and footer labels are checked too.
 */
export function checkContent(index: ContentIndex, settings: RuleSettings = {}, themeConfig?: ThemeConfig): Finding[] {
  const problems = [...index.problems, ...linksOf(index).problems, ...checkItems(index), ...checkLifecycle(index), ...checkLinks(index), ...checkSafety(index), ...checkPersonalData(index), ...checkTranslations(index, themeConfig)];
  const findings: Finding[] = [];
  for (const problem of problems.sort(compareProblems)) {
    const severity = severityOf(problem.ruleId, settings);
    if (severity !== 'off') findings.push({...problem, severity});
  }
  return findings;
}
