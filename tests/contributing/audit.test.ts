/**
 * `npm run audit:deps`: reads `npm audit --json`, fails on high or critical
 * advisories, and never takes an audit that could not run for a clean one.
 */
import {describe, expect, test} from 'vitest';
import {auditFails, formatAudit, readAudit} from '../../src/audit';

const report = (vulnerabilities: Record<string, {severity: string}>, counts: Record<string, number>) =>
  JSON.stringify({auditReportVersion: 2, vulnerabilities, metadata: {vulnerabilities: {info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: 0}}});

describe('dependency audit', () => {
  test('no high or critical advisory passes', () => {
    const result = readAudit(report({'some-lib': {severity: 'moderate'}}, {moderate: 1}));
    expect(auditFails(result, false)).toBe(false);
    expect(formatAudit(result)).toBe('npm audit (production dependencies): 0 info, 0 low, 1 moderate, 0 high, 0 critical. No high or critical advisory.');
  });

  test('a high or critical advisory fails, naming the packages', () => {
    const result = readAudit(report({'some-lib': {severity: 'high'}, 'other-lib': {severity: 'critical'}, quiet: {severity: 'low'}}, {low: 1, high: 1, critical: 1}));
    expect(auditFails(result, true)).toBe(true);
    expect(formatAudit(result)).toBe(
      'npm audit (production dependencies): 0 info, 1 low, 0 moderate, 1 high, 1 critical.\nHigh or critical: some-lib (high), other-lib (critical). Run `npm audit --omit=dev` for the advice.',
    );
  });

  test('a registry that does not answer is no clean audit: it fails unless that is allowed, and says so', () => {
    const result = readAudit(JSON.stringify({message: '405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk', statusCode: 405}));
    expect(result).toEqual({kind: 'unavailable', reason: '405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk'});
    expect(auditFails(result, false)).toBe(true);
    expect(auditFails(result, true)).toBe(false);
    expect(formatAudit(result)).toBe('npm audit gave no answer: 405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk. The dependencies were not audited.');
    expect(readAudit('')).toEqual({kind: 'unavailable', reason: 'npm audit printed no JSON report'});
  });
});
