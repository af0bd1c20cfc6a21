/**
 * The small site the editions tests start from: four draft recommendations
 * (titles with commas, quotes and letters outside ASCII, for the CSV), a
 * best practice, a meeting, and a Lithuanian translation of the White
 * Paper, as files to write with `writeSite`.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {barcelonaPractice} from '../support/site';

function recommendation(id: string, title: string, extra = '', body = 'The rationale.'): string {
  return `---
ref: ${id}
title: '${title.replace(/'/g, "''")}'
theme: governance
levels: [local]
actors: [municipality, civil-society]
status: draft
statusHistory:
  - status: draft
    date: 2021-04-15
    meeting: MTG-2021-KAUNAS
    note: Drafted from the themes of the Kaunas meeting.
summary: A summary of ${id}, with a comma.
evidence: [BP-ES-001]
${extra}---

Introduction of ${id}.

## Rationale {#rationale}

${body}

## Actions {#actions}

1. Act.
`;
}

/** The files of the fixture site. */
export function fixtureFiles(): Record<string, string> {
  return {
    'white-paper/index.md': '---\ntitle: White Paper on intercultural dialogue\nslug: /\n---\n\nThe White Paper.\n',
    'white-paper/recommendations/rec-gov-01.md': recommendation('REC-GOV-01', 'Give residents a voice, in "every" town of Łódź'),
    'white-paper/recommendations/rec-gov-02.md': recommendation('REC-GOV-02', 'Hold participation meetings'),
    'white-paper/recommendations/rec-gov-03.md': recommendation('REC-GOV-03', 'Adopt an integration model'),
    'white-paper/recommendations/rec-gov-04.md': recommendation('REC-GOV-04', 'Fund Roma action plans'),
    'docs/index.md': '---\ntitle: Home\n---\n\nRead [[REC-GOV-01]].\n',
    'docs/best-practices/es/bp-es-001.md': barcelonaPractice,
    'docs/meetings/mtg-2021-kaunas.md': `---
ref: MTG-2021-KAUNAS
title: Participatory governance
host: krda
city: Kaunas
country: LT
format: online
status: documented
outcomes:
  - summary: Draft recommendations.
    recommendations: [REC-GOV-01]
---

Text.
`,
    'i18n/lt/docusaurus-plugin-content-docs-white-paper/current/recommendations/rec-gov-01.md': `---
ref: REC-GOV-01
title: Suteikti gyventojams balsą kiekviename mieste
summary: Lietuviška santrauka, su kableliu.
l10n: {sourceCommit: '0000000000000000000000000000000000000000', origin: machine, reviewed: false, partial: true}
---

Tekstas.
`,
    'i18n/lt/docusaurus-plugin-content-docs-white-paper/current.json': `${JSON.stringify({'version.label': {message: 'Darbinis projektas', description: 'The label for version current'}, 'sidebar.main.category.Recommendations': {message: 'Rekomendacijos'}}, null, 2)}\n`,
  };
}

/** Rewrites a file of the site with `change` applied to its text. */
export function edit(site: string, relative: string, change: (text: string) => string): void {
  const file = path.join(site, relative);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Every file under `dir` with a hash of its bytes, to compare a tree before and after. */
export function treeOf(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, relative)).isDirectory()) Object.assign(out, treeOf(dir, relative), {[`${relative}/`]: 'dir'});
    else out[relative] = createHash('sha1').update(readFileSync(path.join(dir, relative))).digest('hex');
  }
  return out;
}

/** The folder of the working draft's recommendations. */
export const draft = 'white-paper/recommendations';

/**
 * The working draft after an edition: partners change REC-GOV-01 (title,
 * levels, rationale), replace REC-GOV-02 by a new REC-GOV-05, withdraw
 * REC-GOV-03 and drop REC-GOV-04.
 */
export function editDraft(site: string): void {
  edit(site, `${draft}/rec-gov-01.md`, (text) =>
    text
      .replace("title: 'Give residents a voice, in \"every\" town of Łódź'", 'title: Give residents a standing voice')
      .replace('levels: [local]', 'levels: [local, national]')
      .replace('The rationale.', 'The rationale, rewritten after the Kaunas meeting.'),
  );
  edit(site, `${draft}/rec-gov-02.md`, (text) =>
    text
      .replace('status: draft\n', 'status: superseded\n')
      .replace('evidence: [BP-ES-001]\n', 'evidence: [BP-ES-001]\nreplacedBy: REC-GOV-05\n')
      .replace('    note: Drafted from the themes of the Kaunas meeting.\n', '    note: Drafted from the themes of the Kaunas meeting.\n  - status: superseded\n    date: 2022-03-01\n    meeting: MTG-2021-KAUNAS\n    note: Merged into a wider recommendation on participation.\n'),
  );
  edit(site, `${draft}/rec-gov-03.md`, (text) =>
    text.replace('status: draft\n', 'status: withdrawn\n').replace('    note: Drafted from the themes of the Kaunas meeting.\n', '    note: Drafted from the themes of the Kaunas meeting.\n  - status: withdrawn\n    date: 2022-03-01\n    note: The partners found no evidence for it.\n'),
  );
  rmSync(path.join(site, `${draft}/rec-gov-04.md`));
  writeFileSync(
    path.join(site, `${draft}/rec-gov-05.md`),
    `---
ref: REC-GOV-05
title: Make participation a standing practice
theme: governance
levels: [local]
actors: [municipality]
status: draft
statusHistory:
  - status: draft
    date: 2022-03-01
summary: A wider recommendation.
evidence: [BP-ES-001]
---

Text.
`,
  );
}
