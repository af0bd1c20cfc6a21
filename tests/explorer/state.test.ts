import {describe, expect, it} from 'vitest';
import {parseState, serialiseState, toggleValue, type StateSchema} from '../../src/explorer/state';

const schema: StateSchema = {
  facets: {theme: ['governance', 'culture', 'work'], level: ['local', 'eu']},
  editions: ['2021', 'current'],
  sorts: ['id', 'title'],
};

describe('explorer state in the URL', () => {
  it('reads facets, text, edition and sort', () => {
    expect(parseState('?edition=current&theme=work&theme=governance&level=eu&q=council%20of&sort=title', schema)).toEqual({
      edition: 'current',
      selection: {theme: ['governance', 'work'], level: ['eu']},
      query: 'council of',
      sort: 'title',
    });
  });
  it('falls back to the defaults and drops unknown values, so old links still open', () => {
    expect(parseState('?edition=1999&theme=gouvernance&theme=culture&sort=random&colour=red', schema)).toEqual({edition: '2021', selection: {theme: ['culture']}, query: '', sort: 'id'});
    expect(parseState('', {facets: {theme: ['culture']}})).toEqual({edition: undefined, selection: {}, query: '', sort: undefined});
  });
  it('writes one URL per state: defaults left out, values in display order', () => {
    expect(serialiseState({edition: '2021', selection: {theme: ['work', 'governance'], level: []}, query: '', sort: 'id'}, schema)).toBe('?theme=governance&theme=work');
    expect(serialiseState({edition: '2021', selection: {}, query: '  ', sort: 'id'}, schema)).toBe('');
    expect(serialiseState({edition: 'current', selection: {level: ['eu']}, query: 'Łódź & co', sort: 'title'}, schema)).toBe('?edition=current&level=eu&q=%C5%81%C3%B3d%C5%BA+%26+co&sort=title');
  });
  it('round-trips', () => {
    const state = {edition: 'current', selection: {theme: ['governance', 'culture'], level: ['local']}, query: 'Нови Сад', sort: 'title'};
    expect(parseState(serialiseState(state, schema), schema)).toEqual(state);
  });
  it('toggles one value of a facet', () => {
    const state = {edition: '2021', selection: {theme: ['culture']}, query: '', sort: 'id'};
    expect(toggleValue(state, 'theme', 'work').selection).toEqual({theme: ['culture', 'work']});
    expect(toggleValue(state, 'theme', 'culture').selection).toEqual({theme: []});
    expect(toggleValue(state, 'level', 'eu').selection).toEqual({theme: ['culture'], level: ['eu']});
  });
});
