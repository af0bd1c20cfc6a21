/** The checker's output as people and machines read it, and the command line's exit codes. */
import {execFileSync, spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkContent, formatReport} from '../../src/checks';
import {loadContentIndex} from '../../src/content/loader';
import {writeSite} from '../support/site';

const fixture = (name: string) => path.join(__dirname, '../fixtures/check', name, 'site');
const root = path.join(__dirname, '../..');

describe('report formats', () => {
  const index = loadContentIndex(fixture('no-evidence-and-implements-nothing'));
  const findings = checkContent(index);

  test('text groups findings per file and ends with a summary', () => {
    expect(formatReport(findings, index.pages.length)).toBe(
      [
        'docs/best-practices/es/bp-es-002.md',
        '  warning docs/best-practices/es/bp-es-002.md:10:13: Unexpected best practice `BP-ES-002` that implements nothing, expected recommendation or strategy ids in `implements`; add the recommendations this practice illustrates [kb:implements-nothing]',
        '',
        'white-paper/recommendations/rec-gov-02.md',
        '  warning white-paper/recommendations/rec-gov-02.md:12:11: Unexpected recommendation `REC-GOV-02` without evidence, expected at least one best practice, meeting or debate in `evidence`; add the ids of the practices or meetings it rests on [kb:no-evidence]',
        '',
        '5 files checked: 0 errors and 2 warnings in 2 files.',
      ].join('\n'),
    );
  });

  test('github prints workflow commands the forge shows on the changed lines', () => {
    const lines = formatReport(findings, index.pages.length, 'github').split('\n');
    expect(lines[0]).toBe(
      '::warning file=docs/best-practices/es/bp-es-002.md,line=10,col=13,title=kb%3Aimplements-nothing::Unexpected best practice `BP-ES-002` that implements nothing, expected recommendation or strategy ids in `implements`; add the recommendations this practice illustrates',
    );
    expect(lines.at(-1)).toBe('5 files checked: 0 errors and 2 warnings in 2 files.');
  });

  test('json carries every field of every finding', () => {
    const parsed = JSON.parse(formatReport(findings, index.pages.length, 'json'));
    expect(parsed.summary).toBe('5 files checked: 0 errors and 2 warnings in 2 files.');
    expect(parsed.findings[1]).toEqual({
      file: 'white-paper/recommendations/rec-gov-02.md',
      line: 12,
      column: 11,
      ruleId: 'kb:no-evidence',
      reason: 'Unexpected recommendation `REC-GOV-02` without evidence, expected at least one best practice, meeting or debate in `evidence`',
      suggestion: 'add the ids of the practices or meetings it rests on',
      severity: 'warn',
    });
  });

  test('a 5 MB file is refused with a message, and the other files are still checked', () => {
    // Written on the fly rather than committed.
    const dir = writeSite({'docs/index.md': `---\ntitle: Big\n---\n\n${'Text [[REC-GOV-01]].\n'.repeat(250_000)}`, 'docs/other.md': '---\ntitle: Other\n---\n\n[[REC-GOV-99]]\n'});
    expect(checkContent(loadContentIndex(dir)).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['docs/index.md:1:1 kb:file-too-large', 'docs/other.md:5:1 kb:unknown-reference']);
  });
});

describe('npm run check', () => {
  const run = (site: string, ...args: string[]) => spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/check.ts'), '--site', site, ...args], {encoding: 'utf8'});

  test('exits 1 on an error and prints the message without a stack trace', () => {
    const result = run(fixture('unknown-reference-in-text'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('docs/index.md:5:24: Unexpected reference to unknown recommendation `REC-GOV-10`, expected an existing id; did you mean `REC-GOV-01`? [kb:unknown-reference]');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  test('exits 0 on warnings only', () => {
    expect(run(fixture('no-evidence-and-implements-nothing')).status).toBe(0);
  });

  test('the real site has no error', () => {
    const output = execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/check.ts')], {cwd: root, encoding: 'utf8'});
    expect(output).toMatch(/files checked: (no problems|0 errors)/);
  });
});
