import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {partners} from '../../src/content/partners';
import {summariseIndex} from '../../src/content/summary';

const index = loadContentIndex(path.resolve(__dirname, '../..'));

describe('what the explorer gets from the content index', () => {
  it('links recommendations to the meetings that cite them or that they cite', () => {
    const items = summariseIndex(index, 'en').items;
    const rec = items.find((i) => i.id === 'REC-GOV-01' && i.edition === 'current')!;
    expect(rec.meetings).toContain('MTG-2021-KAUNAS');
    const kaunas = index.items.get('MTG-2021-KAUNAS@current')!.fields as {outcomes?: {recommendations?: string[]}[]};
    for (const id of kaunas.outcomes!.flatMap((o) => o.recommendations ?? [])) {
      expect(items.find((i) => i.id === id && i.edition === 'current')!.meetings).toContain('MTG-2021-KAUNAS');
    }
    expect(items.filter((i) => i.kind !== 'recommendation').every((i) => i.meetings === undefined)).toBe(true);
  });
  it('marks titles and summaries shown in English on another locale\'s pages', () => {
    const en = summariseIndex(index, 'en').items;
    expect(en.every((i) => i.titleLang === undefined && i.summaryLang === undefined)).toBe(true);
    const sr = summariseIndex(index, 'sr').items;
    for (const item of sr) {
      const translated = index.items.get(`${item.id}@${item.edition}`)!.translations.get('sr');
      expect(item.titleLang).toBe(translated?.parsed.title === undefined ? 'en' : undefined);
    }
  });
});

describe('partners', () => {
  it('give the language of every local name, for its lang attribute', () => {
    for (const partner of partners as readonly {localName?: string; localNameLang?: string}[]) {
      expect(Boolean(partner.localNameLang)).toBe(Boolean(partner.localName));
    }
  });
});
