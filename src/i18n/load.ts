/** Reads the catalogues of `i18n/<locale>/kb.json` from disk (Node only). */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {localeCodes, type Locale} from '../content/site';
import type {Catalogue} from './catalogue';

/** Every locale's catalogue found under `siteDir/i18n`. */
export function loadCatalogues(siteDir: string): Partial<Record<Locale, Catalogue>> {
  const out: Partial<Record<Locale, Catalogue>> = {};
  for (const locale of localeCodes) {
    const file = path.join(siteDir, 'i18n', locale, 'kb.json');
    if (existsSync(file)) out[locale] = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  }
  return out;
}
