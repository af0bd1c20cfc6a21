/**
 * Prints findings: grouped per file with a summary for people, JSON for
 * machines, and workflow commands that the forge shows as annotations on
 * the changed lines of a pull request.
 */
import {formatProblem} from '../content/problem';
import type {Finding} from './index';

export type ReportFormat = 'text' | 'json' | 'github';

/** `N errors and M warnings in K files`, or a line saying all is well. */
export function summary(findings: readonly Finding[], filesChecked: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f) => f.file)).size;
  if (findings.length === 0) return `${filesChecked} files checked: no problems.`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${filesChecked} files checked: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
}

/** The whole report in `format`. */
export function formatReport(findings: readonly Finding[], filesChecked: number, format: ReportFormat = 'text'): string {
  if (format === 'json') {
    return JSON.stringify({summary: summary(findings, filesChecked), findings}, null, 2);
  }
  if (format === 'github') {
    const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const property = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
    return [
      ...findings.map((f) => `::${f.severity === 'error' ? 'error' : 'warning'} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(f.ruleId)}::${escape(f.reason + (f.suggestion ? `; ${f.suggestion}` : ''))}`),
      summary(findings, filesChecked),
    ].join('\n');
  }
  const lines: string[] = [];
  let file: string | undefined;
  for (const finding of findings) {
    if (finding.file !== file) {
      if (file !== undefined) lines.push('');
      file = finding.file;
      lines.push(file);
    }
    lines.push(`  ${finding.severity === 'error' ? 'error  ' : 'warning'} ${formatProblem(finding)}`);
  }
  if (lines.length) lines.push('');
  lines.push(summary(findings, filesChecked));
  return lines.join('\n');
}
