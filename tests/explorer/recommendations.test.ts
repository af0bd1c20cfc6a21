import {describe, expect, it} from 'vitest';
import {recommendationsCsv} from '../../src/explorer/export';
import {exploreRecommendations, explorerEditions, explorerSchema, meetingOptions, recommendationRows, sortRows} from '../../src/explorer/recommendations';
import {parseState} from '../../src/explorer/state';
import {siteData} from './fixtures';

const rows = recommendationRows(siteData, 'current');
const explore = (search: string) => exploreRecommendations(rows, parseState(search, explorerSchema(siteData)), 'en');
const ids = (list: readonly {id: string}[]) => list.map((r) => r.id);

describe('recommendation rows', () => {
  it('lists the recommendations of one edition, in id order', () => {
    expect(ids(rows)).toEqual(['REC-CUL-01', 'REC-GOV-01', 'REC-GOV-02', 'REC-NET-01']);
    expect(recommendationRows(siteData, '2021').map((r) => r.title)).toEqual(['Advisory councils (2021)']);
  });
  it('offers the newest released edition first and the working draft last', () => {
    expect(explorerEditions(siteData)).toEqual(['2021', 'current']);
    expect(explorerEditions({...siteData, editions: []})).toEqual(['current']);
  });
  it('offers the meetings as a facet, with their titles', () => {
    expect(meetingOptions(siteData)).toEqual([
      {id: 'MTG-2020-RIJEKA', title: 'Launch in Rijeka', titleLang: undefined},
      {id: 'MTG-2021-KAUNAS', title: 'Participatory governance', titleLang: undefined},
    ]);
  });
});

describe('exploring recommendations', () => {
  it('filters by theme, level, actor, status and meeting together', () => {
    expect(ids(explore('?edition=current&theme=governance').rows)).toEqual(['REC-GOV-01', 'REC-GOV-02']);
    expect(ids(explore('?edition=current&level=regional&level=eu').rows)).toEqual(['REC-GOV-02', 'REC-NET-01']);
    expect(ids(explore('?edition=current&actor=civil-society').rows)).toEqual(['REC-GOV-02']);
    expect(ids(explore('?edition=current&status=adopted').rows)).toEqual(['REC-GOV-02']);
    expect(ids(explore('?edition=current&meeting=MTG-2021-KAUNAS&level=local').rows)).toEqual(['REC-GOV-01']);
  });
  it('searches the id, title and summary within the filtered set', () => {
    expect(ids(explore('?edition=current&q=lodz').rows)).toEqual(['REC-CUL-01']);
    expect(ids(explore('?edition=current&q=mayor').rows)).toEqual(['REC-GOV-01']);
    expect(ids(explore('?edition=current&q=rec-net').rows)).toEqual(['REC-NET-01']);
    expect(ids(explore('?edition=current&theme=culture&q=mayor').rows)).toEqual([]);
  });
  it('counts the values of each facet', () => {
    const {counts} = explore('?edition=current&theme=governance');
    expect(Object.fromEntries(counts.theme)).toEqual({governance: 2, culture: 1, networking: 1});
    expect(Object.fromEntries(counts.level)).toEqual({local: 2, regional: 1});
    expect(Object.fromEntries(counts.meeting)).toEqual({'MTG-2021-KAUNAS': 1});
    expect(Object.fromEntries(counts.status)).toEqual({draft: 1, adopted: 1});
  });
  it('sorts by id, title, status or amount of evidence', () => {
    expect(ids(explore('?edition=current&sort=evidence').rows)).toEqual(['REC-NET-01', 'REC-GOV-01', 'REC-CUL-01', 'REC-GOV-02']);
    expect(ids(explore('?edition=current&sort=title').rows)).toEqual(['REC-NET-01', 'REC-GOV-01', 'REC-GOV-02', 'REC-CUL-01']);
    expect(ids(explore('?edition=current&sort=status').rows)).toEqual(['REC-CUL-01', 'REC-GOV-01', 'REC-NET-01', 'REC-GOV-02']);
    expect(ids(sortRows(rows, 'unknown', 'en'))).toEqual(ids(rows));
  });
  it('sorts titles by the rules of the reader\'s language', () => {
    const titled = ['Čas', 'Cena', 'Dom'].map((title, i) => ({...rows[0], id: `REC-CUL-0${i}`, title}));
    expect(sortRows(titled, 'title', 'hr').map((r) => r.title)).toEqual(['Cena', 'Čas', 'Dom']);
  });
});

describe('CSV export', () => {
  it('writes the filtered rows with the labels of the reader\'s language', () => {
    const csv = recommendationsCsv(explore('?edition=current&meeting=MTG-2021-KAUNAS').rows, {
      column: (key) => key.toUpperCase(),
      value: (facet, value) => `${facet}:${value}`,
      address: (url) => `https://example.org${url}`,
    });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFID,TITLE,SUMMARY,THEME,LEVELS,ACTORS,STATUS,EVIDENCE,EVIDENCEIDS,MEETINGS,URL',
      'REC-GOV-01,Advisory councils of migrant residents,A council that advises the mayor.,theme:governance,level:local,actor:municipality; actor:migrant-organisations,status:draft,2,BP-PL-001; MTG-2021-KAUNAS,meeting:MTG-2021-KAUNAS,https://example.org/white-paper/next/recommendations/rec-gov-01',
      'REC-NET-01,A European urban network,Cities share diversity management.,theme:networking,level:eu,actor:city-networks; actor:eu-institutions,status:draft,3,MTG-2021-KAUNAS; BP-LT-001; BP-PL-001,meeting:MTG-2021-KAUNAS,https://example.org/white-paper/next/recommendations/rec-net-01',
      '',
    ]);
  });
});
