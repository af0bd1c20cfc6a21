import {describe, expect, it} from 'vitest';
import {partners} from '../../src/content/partners';
import {explorePractices, partnerRows, practiceRows, practiceSchema} from '../../src/explorer/practices';
import {parseState} from '../../src/explorer/state';
import {siteData} from './fixtures';

const practices = practiceRows(siteData);
const explore = (search: string) => explorePractices(practices, partnerRows(), parseState(search, practiceSchema));
const ids = (list: readonly {id: string}[]) => list.map((r) => r.id);

describe('the best-practice finder', () => {
  it('places a practice in its country and in the other countries where it runs', () => {
    expect(practices.find((p) => p.id === 'BP-BG-002')!.countries).toEqual(['BG', 'RO', 'RS']);
    expect(ids(explore('?country=RS').practices)).toEqual(['BP-BG-002', 'BP-RS-001']);
    expect(Object.fromEntries(explore('').counts.country)).toEqual({PL: 1, BG: 1, RO: 1, RS: 2});
  });
  it('filters practices and map counts together by theme, target group and status', () => {
    const search = explore('?theme=culture&theme=governance&status=documented');
    expect(ids(search.practices)).toEqual(['BP-PL-001', 'BP-RS-001']);
    expect(Object.fromEntries(search.counts.country)).toEqual({PL: 1, RS: 1});
    expect(ids(explore('?group=roma').practices)).toEqual(['BP-BG-002']);
  });
  it('lists the partners of the selected countries, and all partners per country for the map', () => {
    const search = explore('?country=MK&country=RS');
    expect(search.partners.map((row) => row.partner.id)).toEqual(['mnlag', 'mogila', 'novi-sad-2021']);
    expect(search.partnersByCountry.get('MK')).toBe(2);
    expect([...search.partnersByCountry.values()].reduce((a, b) => a + b)).toBe(partners.length);
  });
  it('finds practices and partners by town, in either script', () => {
    const search = explore('?q=novi%20sad');
    expect(ids(search.practices)).toEqual(['BP-RS-001']);
    expect(search.partners.map((row) => row.partner.id)).toEqual(['novi-sad-2021']);
    expect(explore('?q=Могила').partners.map((row) => row.partner.id)).toEqual(['mogila']);
    expect(ids(explore('?q=gdansk').practices)).toEqual(['BP-PL-001']);
  });
});
