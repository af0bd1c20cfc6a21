/** Reads the catalogues of `i18n/<locale>/kb.json` from disk (Node only). */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {localeCodes, type Locale} from '../content/site';
import type {Catalogue} from './catalogue';

/** The project's root: UI strings are part of the site's code, whatever folder the content comes from. */
export const projectRoot = path.resolve(__dirname, '../..');

/** Every locale's catalogue found under `dir/i18n` (the project's own by default). */
export function loadCatalogues(dir: string = projectRoot): Partial<Record<Locale, Catalogue>> {
  const out: Partial<Record<Locale, Catalogue>> = {};
  for (const locale of localeCodes) {
    const file = path.join(dir, 'i18n', locale, 'kb.json');
    if (existsSync(file)) out[locale] = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  }
  return out;
}
