import {describe, expect, it} from 'vitest';
import {countFacets, filterItems, type Facet} from '../../src/explorer/facets';
import {queryWords, searchText} from '../../src/explorer/text';

interface Thing {
  id: string;
  colour: string;
  sizes: string[];
  text: string;
}
const thing = (id: string, colour: string, sizes: string[], words: string): Thing => ({id, colour, sizes, text: searchText(id, words)});
const things = [thing('a', 'red', ['s', 'm'], 'Łódź kitchen'), thing('b', 'red', ['l'], 'Нови Сад'), thing('c', 'blue', ['m'], 'council'), thing('d', 'green', [], 'council kitchen')];
const facets: Facet<Thing>[] = [
  {key: 'colour', values: (t) => [t.colour]},
  {key: 'size', values: (t) => t.sizes},
];
const ids = (list: Thing[]) => list.map((t) => t.id);

describe('filterItems', () => {
  it('keeps everything without a selection or text', () => {
    expect(ids(filterItems(things, facets, {}, []))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('treats values of one facet as alternatives and facets as all applying', () => {
    expect(ids(filterItems(things, facets, {colour: ['red', 'blue']}, []))).toEqual(['a', 'b', 'c']);
    expect(ids(filterItems(things, facets, {colour: ['red', 'blue'], size: ['m']}, []))).toEqual(['a', 'c']);
    expect(ids(filterItems(things, facets, {colour: []}, []))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('matches text folded like the site search: diacritics, Cyrillic from Latin, word prefixes', () => {
    expect(ids(filterItems(things, facets, {}, queryWords('lodz')))).toEqual(['a']);
    expect(ids(filterItems(things, facets, {}, queryWords('novi sad')))).toEqual(['b']);
    expect(ids(filterItems(things, facets, {}, queryWords('COUN kit')))).toEqual(['d']);
    expect(ids(filterItems(things, facets, {}, queryWords('ouncil')))).toEqual([]);
  });
});

describe('countFacets', () => {
  it('counts each value as if it were ticked too, given the other facets and the text', () => {
    const counts = countFacets(things, facets, {colour: ['red']}, []);
    // Colour counts ignore the colour selection itself: ticking blue as well would add c.
    expect(Object.fromEntries(counts.colour)).toEqual({red: 2, blue: 1, green: 1});
    // Size counts apply the colour selection: only a and b are red.
    expect(Object.fromEntries(counts.size)).toEqual({s: 1, m: 1, l: 1});
  });
  it('leaves out items that fail two facets or the text', () => {
    const counts = countFacets(things, facets, {colour: ['green'], size: ['l']}, queryWords('council'));
    expect(Object.fromEntries(counts.colour)).toEqual({});
    expect(Object.fromEntries(counts.size)).toEqual({});
    expect(Object.fromEntries(countFacets(things, facets, {colour: ['green']}, queryWords('council')).colour)).toEqual({blue: 1, green: 1});
  });
});
