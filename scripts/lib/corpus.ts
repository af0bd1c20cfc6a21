/**
 * A synthetic content corpus for the checker benchmark: items of every
 * family with front matter, `[[ID]]` references, headings and relative
 * links to other files' headings, laid out as the site lays them out.
 * Deterministic for a given size, so runs compare like with like.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {countries, themes} from '../../src/content/vocabularies';

interface Planned {
  id: string;
  file: string;
}

const themeEntries = Object.entries(themes);
const countryCodes = Object.keys(countries);

/** Writes `size` items (and their links) under `dir`; returns the files written. */
export function writeCorpus(dir: string, size: number): number {
  const recs: Planned[] = [];
  const practices: Planned[] = [];
  const meetings: Planned[] = [];
  const strategy: Planned[] = [];
  const recCount = Math.min(themeEntries.length * 99, Math.round(size * 0.1));
  for (let i = 0; i < recCount; i++) {
    const [, theme] = themeEntries[i % themeEntries.length];
    const n = String(Math.floor(i / themeEntries.length) + 1).padStart(2, '0');
    recs.push({id: `REC-${theme.code}-${n}`, file: `white-paper/recommendations/rec-${theme.code.toLowerCase()}-${n}.md`});
  }
  const meetingCount = Math.round(size * 0.05);
  for (let i = 0; i < meetingCount; i++) {
    const city = `CITY${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}`;
    const year = 2000 + Math.floor(i / 676);
    meetings.push({id: `MTG-${year}-${city}`, file: `docs/meetings/mtg-${year}-${city.toLowerCase()}.md`});
  }
  const strategyCount = Math.round(size * 0.05);
  for (let i = 0; i < strategyCount; i++) strategy.push({id: `STR-ACT-${Math.floor(i / 10) + 1}-${(i % 10) + 1}`, file: `docs/strategy/str-act-${Math.floor(i / 10) + 1}-${(i % 10) + 1}.md`});
  const practiceCount = size - recs.length - meetings.length - strategy.length;
  for (let i = 0; i < practiceCount; i++) {
    const country = countryCodes[i % countryCodes.length];
    const n = String(Math.floor(i / countryCodes.length) + 1).padStart(3, '0');
    practices.push({id: `BP-${country}-${n}`, file: `docs/best-practices/${country.toLowerCase()}/bp-${country.toLowerCase()}-${n}.md`});
  }

  const pick = <T>(list: T[], i: number, k: number) => list[(i * 7919 + k * 104729) % list.length];
  const link = (from: Planned, to: Planned) => {
    const relative = path.posix.relative(path.posix.dirname(from.file), to.file);
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  const body = (self: Planned, i: number, refs: Planned[]) =>
    [
      '',
      `An item of the synthetic corpus that refers to [[${refs[0].id}]] and [[${refs[1].id}]].`,
      '',
      '## Background',
      '',
      `See [the context](${link(self, refs[2])}#background) and [the details](${link(self, refs[3])}#details-and-figures).`,
      '',
      '## Details and figures',
      '',
      `Item ${i} also mentions \`[[NOT-A-REF]]\` in code and [[${refs[4].id}]].`,
      '',
    ].join('\n');

  let written = 0;
  const write = (item: Planned, frontMatter: string, i: number, refs: Planned[]) => {
    const file = path.join(dir, item.file);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, `---\n${frontMatter}\n---\n${body(item, i, refs)}`);
    written++;
  };
  // Relative links stay inside one docs instance, as on the site.
  const docsItems = [...practices, ...meetings, ...strategy];
  recs.forEach((item, i) => {
    const theme = themeEntries.find(([, t]) => item.id.includes(`-${t.code}-`))![0];
    const evidence = [pick(practices, i, 1).id, pick(meetings, i, 2).id];
    write(item, `ref: ${item.id}\ntitle: Recommendation ${i}\ntheme: ${theme}\nlevels: [local]\nactors: [municipality]\nstatus: draft\nstatusHistory:\n  - status: draft\n    date: 2026-11-29\nsummary: Summary ${i}.\nevidence: [${evidence.join(', ')}]`, i, [pick(recs, i, 3), pick(practices, i, 4), pick(recs, i, 5), pick(recs, i, 6), pick(meetings, i, 7)]);
  });
  practices.forEach((item, i) => {
    const country = item.id.split('-')[1];
    write(item, `ref: ${item.id}\ntitle: Practice ${i}\ncountry: ${country}\norganisation: Organisation ${i}\nthemes: [governance]\ntargetGroups: [migrants]\nstatus: documented\nimplements: [${pick(recs, i, 1).id}]\nsources:\n  - title: Source ${i}\n    url: https://example.org/${i}`, i, [pick(recs, i, 2), pick(practices, i, 3), pick(docsItems, i, 4), pick(docsItems, i, 5), pick(practices, i, 6)]);
  });
  meetings.forEach((item, i) => {
    write(item, `ref: ${item.id}\ntitle: Meeting ${i}\ncity: City ${i}\ncountry: LT\nformat: online\nstatus: documented\noutcomes:\n  - summary: Outcome ${i}.\n    recommendations: [${pick(recs, i, 1).id}]`, i, [pick(recs, i, 2), pick(practices, i, 3), pick(docsItems, i, 4), pick(docsItems, i, 5), pick(recs, i, 6)]);
  });
  strategy.forEach((item, i) => {
    write(item, `ref: ${item.id}\ntitle: Action ${i}\nimplements: [${pick(recs, i, 1).id}]\nstatus: draft`, i, [pick(recs, i, 2), pick(practices, i, 3), pick(docsItems, i, 4), pick(docsItems, i, 5), pick(recs, i, 6)]);
  });
  return written;
}
