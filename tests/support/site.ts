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

/** A best practice (`BP-ES-001`, Barcelona) that implements `REC-GOV-01`, for the fixture sites of several tests. */
export const barcelonaPractice = `---
ref: BP-ES-001
title: Anti-rumour strategy
country: ES
city: Barcelona
organisation: Barcelona City Council
themes: [anti-discrimination]
targetGroups: [migrants]
status: documented
implements: [REC-GOV-01]
sources:
  - title: The strategy
    url: https://example.org/anti-rumours
---

Text.
`;
