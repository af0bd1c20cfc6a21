/**
 * Reads the JSON of `npm audit --omit=dev --json`: how many advisories of
 * each severity touch the dependencies the site ships, or that the registry
 * gave no answer (a mirror without the audit endpoint answers 405). An
 * audit that could not run is never reported as a clean one.
 */

/** Severities npm reports, mildest first. */
export const severities = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type AuditSeverity = (typeof severities)[number];

/** What an audit found. */
export type AuditResult =
  | {readonly kind: 'report'; readonly counts: Readonly<Record<AuditSeverity, number>>; readonly packages: readonly {name: string; severity: AuditSeverity}[]}
  | {readonly kind: 'unavailable'; readonly reason: string};

/** Reads the output of `npm audit --json`. */
export function readAudit(json: string): AuditResult {
  let data: {metadata?: {vulnerabilities?: Partial<Record<AuditSeverity, number>>}; vulnerabilities?: Record<string, {severity: AuditSeverity}>; message?: string; error?: {summary?: string}};
  try {
    data = JSON.parse(json);
  } catch {
    return {kind: 'unavailable', reason: 'npm audit printed no JSON report'};
  }
  const found = data.metadata?.vulnerabilities;
  if (!found) return {kind: 'unavailable', reason: data.error?.summary || data.message || 'npm audit printed no report'};
  const counts = Object.fromEntries(severities.map((s) => [s, found[s] ?? 0])) as Record<AuditSeverity, number>;
  const packages = Object.entries(data.vulnerabilities ?? {}).map(([name, v]) => ({name, severity: v.severity}));
  return {kind: 'report', counts, packages};
}

/** Whether the result fails the gate: any high or critical advisory, or no answer unless that is allowed. */
export function auditFails(result: AuditResult, allowUnavailable: boolean): boolean {
  if (result.kind === 'unavailable') return !allowUnavailable;
  return result.counts.high + result.counts.critical > 0;
}

/** One paragraph for people. */
export function formatAudit(result: AuditResult): string {
  if (result.kind === 'unavailable') return `npm audit gave no answer: ${result.reason}. The dependencies were not audited.`;
  const serious = result.packages.filter((p) => p.severity === 'high' || p.severity === 'critical');
  const counts = severities.map((s) => `${result.counts[s]} ${s}`).join(', ');
  return serious.length === 0
    ? `npm audit (production dependencies): ${counts}. No high or critical advisory.`
    : `npm audit (production dependencies): ${counts}.\nHigh or critical: ${serious.map((p) => `${p.name} (${p.severity})`).join(', ')}. Run \`npm audit --omit=dev\` for the advice.`;
}
