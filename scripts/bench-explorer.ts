/**
 * npm run bench:explorer [-- --runs 200]
 *
 * Times the explorer's answer to a change of filters (filter, count every
 * facet, sort: `exploreRecommendations`) over a fixed list of states, for
 * the real site's recommendations and for synthetic sets of 500 and 5,000,
 * in one run; prints the median and p95 per answer next to the 50 ms
 * budget. Figures are recorded in docs/maintainers/pages.md.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {performance} from 'node:perf_hooks';
import {loadContentIndex} from '../src/content/loader';
import {summariseIndex, type ItemSummary, type SiteData} from '../src/content/summary';
import {actors, policyLevels, statuses, themes} from '../src/content/vocabularies';
import {exploreRecommendations, explorerSchema, recommendationRows} from '../src/explorer/recommendations';
import {parseState} from '../src/explorer/state';

const {values} = parseArgs({options: {runs: {type: 'string', default: '200'}}});
const runs = Number(values.runs);
const budgetMs = 50;

/** A synthetic site with `count` recommendations spread over the vocabularies (deterministic). */
function syntheticSite(count: number, meetings: readonly string[]): SiteData {
  const pick = <T>(list: readonly T[], i: number, n: number) => Array.from({length: n}, (_, k) => list[(i * 7 + k * 3) % list.length]).filter((v, k, all) => all.indexOf(v) === k);
  const themeKeys = Object.keys(themes);
  const words = ['council', 'dialogue', 'migrants', 'minorities', 'school', 'library', 'festival', 'housing', 'mediator', 'Łódź', 'Нови Сад', 'participation', 'budget', 'youth', 'employment'];
  const items: ItemSummary[] = Array.from({length: count}, (_, i) => ({
    id: `REC-${themes[themeKeys[i % themeKeys.length] as keyof typeof themes].code}-${String(i).padStart(4, '0')}`,
    kind: 'recommendation',
    edition: 'current',
    title: `${pick(words, i, 4).join(' ')} ${i}`,
    summary: `${pick(words, i + 3, 12).join(' ')}: a summary of recommendation ${i} in two sentences. ${pick(words, i + 5, 8).join(' ')}.`,
    status: Object.keys(statuses.recommendation)[i % 5],
    url: `/white-paper/next/recommendations/r-${i}`,
    theme: themeKeys[i % themeKeys.length],
    levels: pick(Object.keys(policyLevels), i, 1 + (i % 3)),
    actors: pick(Object.keys(actors), i, 1 + (i % 4)),
    evidence: pick(['BP-PL-001', 'BP-LT-001', 'MTG-2021-KAUNAS', 'BP-IT-001'], i, i % 4),
    meetings: pick(meetings, i, i % 3),
  }));
  return {editions: [], items: [...items, ...meetings.map((id) => ({id, kind: 'meeting' as const, edition: 'current', title: id, status: 'documented', url: '/'}))]};
}

const states = [
  '',
  '?theme=governance',
  '?theme=governance&level=local',
  '?level=local&level=regional&actor=municipality&actor=civil-society',
  '?status=draft&meeting=MTG-2021-KAUNAS',
  '?q=council',
  '?q=nov%20sad%20budget',
  '?theme=culture&theme=education&q=youth&sort=title',
  '?sort=evidence',
  '?theme=work&level=eu&actor=employers&status=adopted&q=employment&sort=status',
];

function measure(data: SiteData): {median: number; p95: number; shown: number} {
  const schema = explorerSchema(data);
  const rows = recommendationRows(data, 'current');
  const parsed = states.map((search) => parseState(`${search}${search ? '&' : '?'}edition=current`, schema));
  const times: number[] = [];
  let shown = 0;
  for (let run = 0; run < runs; run++) {
    for (const state of parsed) {
      const start = performance.now();
      shown = exploreRecommendations(rows, state, 'en').rows.length;
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], shown};
}

const real = summariseIndex(loadContentIndex(path.resolve(__dirname, '..')), 'en');
const meetings = real.items.filter((i) => i.kind === 'meeting' || i.kind === 'debate').map((i) => i.id);
const sets: [string, SiteData][] = [
  [`real site (${real.items.filter((i) => i.kind === 'recommendation' && i.edition === 'current').length})`, real],
  ['synthetic 500', syntheticSite(500, meetings)],
  ['synthetic 5,000', syntheticSite(5000, meetings)],
];
console.log(`Explorer answer (filter + facet counts + sort), ${states.length} states x ${runs} runs, Node ${process.version}\n`);
console.log('| recommendations | median (ms) | p95 (ms) | p95 / 50 ms budget |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, data] of sets) {
  const {median, p95} = measure(data);
  console.log(`| ${name} | ${median.toFixed(3)} | ${p95.toFixed(3)} | ${((p95 / budgetMs) * 100).toFixed(1)} % |`);
}
