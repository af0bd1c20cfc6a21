/**
 * The Content-Security-Policy written after the build: the site's own
 * inline scripts are allowed by hash, a script inside the app root (where
 * page content renders) is not, and writing it twice changes nothing.
 */
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {applyContentSecurityPolicy, contentSecurityPolicy, secureBuild, siteScriptHashes} from '../../src/security/csp';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const own = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const page = `<!doctype html><html><head><meta charset=UTF-8><title>T</title><script type=application/ld+json>{"a":1}</script><script src=/assets/js/main.js defer></script></head><body><script>${own}</script><div id=__docusaurus><p>Text</p><script>alert(1)</script></div></body></html>`;

describe('Content-Security-Policy', () => {
  test('hashes the site own inline scripts only: not data blocks, not scripts with src, not scripts in the app root', () => {
    expect(siteScriptHashes(page)).toEqual([sha(own)]);
  });

  test('goes right after <meta charset>, with the hashes, and replaces itself when written again', () => {
    const once = applyContentSecurityPolicy(page);
    const policy = contentSecurityPolicy([sha(own)]);
    expect(once).toContain(`<head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="${policy}"><title>T</title>`);
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' '${sha(own)}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'`,
    );
    expect(applyContentSecurityPolicy(once)).toBe(once);
  });

  test('a page without <meta charset> is left as it is', () => {
    expect(applyContentSecurityPolicy('<p>fragment</p>')).toBe('<p>fragment</p>');
  });

  test('writes every HTML file of a build folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-csp-'));
    try {
      mkdirSync(path.join(dir, 'docs/a'), {recursive: true});
      writeFileSync(path.join(dir, 'index.html'), page);
      writeFileSync(path.join(dir, 'docs/a/index.html'), page);
      writeFileSync(path.join(dir, 'asset.js'), 'alert(1)');
      expect(secureBuild(dir)).toBe(2);
      expect(readFileSync(path.join(dir, 'docs/a/index.html'), 'utf8')).toBe(applyContentSecurityPolicy(page));
      expect(readFileSync(path.join(dir, 'asset.js'), 'utf8')).toBe('alert(1)');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
