/** Writes a small site to a temporary folder, for tests that need files on disk. */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Creates a site from `files` (site-relative path -> content) and returns its folder. */
export function writeSite(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-site-'));
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, content);
  }
  return dir;
}
