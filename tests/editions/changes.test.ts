/**
 * What changed, computed from the content: the first edition, then a
 * working draft in which recommendations are edited, superseded, withdrawn,
 * removed and added after edition 2021 was cut. Also the pages built from
 * it: what changed, the recommendations by status, and the editions list.
 */
import {describe, expect, test} from 'vitest';
import {checkContent} from '../../src/checks';
import {loadContentIndex, type ContentIndex} from '../../src/content/loader';
import {formatProblem} from '../../src/content/problem';
import {createTranslator} from '../../src/i18n/catalogue';
import {loadCatalogues} from '../../src/i18n/load';
import {compareVersions} from '../../src/editions/changes';
import {cutEdition} from '../../src/editions/cut';
import {changesPage, editionsIndexPage, globalData, statusPage, type PageContext} from '../../src/editions/pages';
import {writeSite} from '../support/site';
import {draft, edit, editDraft, fixtureFiles} from './fixture';

const site = writeSite(fixtureFiles());
cutEdition(site, '2021', {date: '2021-09-19'});
const released = loadContentIndex(site);
// Compared now: the comparison reads the texts from disk, which the edits below change.
const afterCut = compareVersions(released, 'current');
const t = createTranslator('en', loadCatalogues());
const context = (i: ContentIndex): PageContext => ({index: i, locale: 'en', t, siteUrl: 'https://example.org/', versions: ['current', ...i.editions]});
const afterCutPage = changesPage(context(released), 'current');
const firstEdition = changesPage(context(released), '2021');

editDraft(site);
const index = loadContentIndex(site);

test('the edited site has no content error', () => {
  expect(checkContent(index).filter((f) => f.severity === 'error').map(formatProblem)).toEqual([]);
});

describe('the first edition', () => {
  test('has nothing to compare with: everything in it is new', () => {
    const changes = compareVersions(released, '2021');
    expect(changes.previous).toBeUndefined();
    expect(changes.added.map((i) => i.id)).toEqual(['REC-GOV-01', 'REC-GOV-02', 'REC-GOV-03', 'REC-GOV-04']);
  });

  test('its page says it is the first edition and lists what it holds', () => {
    const page = firstEdition;
    expect(page.title).toBe('What changed in Edition 2021');
    expect(page.intro).toBe('Edition 2021 is the first edition of the White Paper: there is no earlier edition to compare it with. It holds the recommendations listed below.');
    expect(page.sections.map((s) => [s.heading, s.entries.length])).toEqual([
      ['Added', 4],
      ['Superseded', 0],
      ['Withdrawn', 0],
    ]);
    expect(page.unchanged).toBe('');
  });

  test('right after the cut, the working draft has no change', () => {
    expect(afterCut.previous).toBe('2021');
    expect([afterCut.added, afterCut.changed, afterCut.superseded, afterCut.withdrawn, afterCut.removed].map((list) => list.length)).toEqual([0, 0, 0, 0, 0]);
    expect(afterCutPage.unchanged).toBe('4 recommendations are unchanged.');
  });
});

describe('the working draft after edits', () => {
  const changes = compareVersions(index, 'current');

  test('sorts each recommendation into what happened to it', () => {
    expect({
      added: changes.added.map((i) => i.id),
      changed: changes.changed.map((c) => c.after.id),
      superseded: changes.superseded.map((i) => i.id),
      withdrawn: changes.withdrawn.map((i) => i.id),
      removed: changes.removed.map((i) => i.id),
      unchanged: changes.unchanged.map((i) => i.id),
    }).toEqual({added: ['REC-GOV-05'], changed: ['REC-GOV-01'], superseded: ['REC-GOV-02'], withdrawn: ['REC-GOV-03'], removed: ['REC-GOV-04'], unchanged: []});
  });

  test('a changed recommendation shows its fields before and after, the parts of the text rewritten, and both full texts', () => {
    const page = changesPage(context(index), 'current');
    expect(page.intro).toBe('Compared with Edition 2021. Computed from the content of both editions when the site was built.');
    const changed = page.sections.find((s) => s.id === 'changed')!;
    expect(changed.entries).toEqual([
      {
        item: {id: 'REC-GOV-01', title: 'Give residents a standing voice', to: '/white-paper/next/recommendations/rec-gov-01', status: 'draft', statusLabel: 'Draft'},
        fields: [
          {label: 'Title', before: [{text: 'Give residents a voice, in "every" town of Łódź'}], after: [{text: 'Give residents a standing voice'}]},
          {label: 'Policy levels', before: [{text: 'Local'}], after: [{text: 'Local'}, {text: 'National', mark: 'added'}]},
        ],
        text: ['Rationale: rewritten'],
        links: [
          {label: 'Full text in Edition 2021', to: '/white-paper/recommendations/rec-gov-01'},
          {label: 'Full text in Working draft', to: '/white-paper/next/recommendations/rec-gov-01'},
        ],
      },
    ]);
  });

  test('superseded and withdrawn recommendations come with their reason, and the replacement', () => {
    const page = changesPage(context(index), 'current');
    const section = (id: string) => page.sections.find((s) => s.id === id)!.entries;
    expect(section('superseded')).toEqual([
      {
        item: {id: 'REC-GOV-02', title: 'Hold participation meetings', to: '/white-paper/next/recommendations/rec-gov-02', status: 'superseded', statusLabel: 'Superseded'},
        reason: 'Merged into a wider recommendation on participation.',
        replacement: {id: 'REC-GOV-05', title: 'Make participation a standing practice', to: '/white-paper/next/recommendations/rec-gov-05', status: 'draft', statusLabel: 'Draft'},
      },
    ]);
    expect(section('withdrawn')).toEqual([
      {item: {id: 'REC-GOV-03', title: 'Adopt an integration model', to: '/white-paper/next/recommendations/rec-gov-03', status: 'withdrawn', statusLabel: 'Withdrawn'}, reason: 'The partners found no evidence for it.', replacement: undefined},
    ]);
    expect(section('removed').map((e) => e.item.to)).toEqual(['/white-paper/recommendations/rec-gov-04']);
    expect(section('added').map((e) => e.item.id)).toEqual(['REC-GOV-05']);
    expect(page.sections.map((s) => s.heading)).toEqual(['Added', 'Changed', 'Superseded', 'Withdrawn', 'Removed']);
  });

  test('an adoption shows the status before and after, and the new entry of the status history', () => {
    const other = writeSite(fixtureFiles());
    cutEdition(other, '2021', {date: '2021-09-19'});
    edit(other, `${draft}/rec-gov-02.md`, (text) =>
      text.replace('status: draft\n', 'status: adopted\n').replace('    note: Drafted from the themes of the Kaunas meeting.\n', '    note: Drafted from the themes of the Kaunas meeting.\n  - status: adopted\n    date: 2022-05-10\n    meeting: MTG-2021-KAUNAS\n'),
    );
    const [entry] = changesPage(context(loadContentIndex(other)), 'current').sections.find((s) => s.id === 'changed')!.entries;
    expect(entry.fields).toEqual([
      {label: 'Status', before: [{text: 'Draft'}], after: [{text: 'Adopted'}]},
      {
        label: 'Status history',
        before: [{text: 'Draft · April 15, 2021 · at Participatory governance · Drafted from the themes of the Kaunas meeting.'}],
        after: [{text: 'Draft · April 15, 2021 · at Participatory governance · Drafted from the themes of the Kaunas meeting.'}, {text: 'Adopted · May 10, 2022 · at Participatory governance', mark: 'added'}],
      },
    ]);
    expect(entry.text).toEqual([]);
  });
});

describe('the pages built from the index', () => {
  test('recommendations by status, then theme, with every status shown, empty ones said so', () => {
    const page = statusPage(context(index), 'current');
    expect(page.title).toBe('Recommendations of Working draft by status');
    expect(page.statuses.map((s) => [s.label, s.count, s.themes.map((g) => `${g.label}: ${g.items.map((i) => `${i.id} ${i.since}`).join(', ')}`)])).toEqual([
      ['Draft', '2 recommendations', ['Participatory governance: REC-GOV-01 since April 15, 2021, REC-GOV-05 since March 1, 2022']],
      ['Adopted', '0 recommendations', []],
      ['Under review', '0 recommendations', []],
      ['Superseded', '1 recommendation', ['Participatory governance: REC-GOV-02 since March 1, 2022']],
      ['Withdrawn', '1 recommendation', ['Participatory governance: REC-GOV-03 since March 1, 2022']],
    ]);
    expect(page.statuses[1].empty).toBe('No recommendation has this status.');
  });

  test('the list of editions: the draft first, then editions with the day each was recorded', () => {
    const page = editionsIndexPage(context(index));
    expect(page.rows.map((r) => [r.label, r.state, r.date, r.count, r.links.map((l) => l.to).join(' ')])).toEqual([
      ['Working draft', 'Working draft, not released', '', 4, '/white-paper/next/ /white-paper/editions/next/ /white-paper/editions/next/changes /white-paper/editions/next/status'],
      ['Edition 2021', 'Latest edition', 'September 19, 2021', 4, '/white-paper/ /white-paper/editions/2021/ /white-paper/editions/2021/changes /white-paper/editions/2021/status'],
    ]);
  });

  test('the version banners: the working draft says what it is and links to what changed; the latest edition has none', () => {
    expect(globalData(context(index))).toEqual({
      banners: {
        current: {
          text: 'You are reading the working draft of the White Paper. Partners are still editing it: it is not a released edition, and its text may change.',
          latest: 'Read this page in the latest edition (Edition 2021)',
          changes: {label: 'What changed since the last edition', to: '/white-paper/editions/next/changes'},
        },
      },
    });
  });
});
