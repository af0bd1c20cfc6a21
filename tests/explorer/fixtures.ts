/** Small site data for the explorer's tests: four recommendations, three practices, two meetings. */
import type {ItemSummary, SiteData} from '../../src/content/summary';

const rec = (id: string, fields: Partial<ItemSummary>): ItemSummary => ({
  id,
  kind: 'recommendation',
  edition: 'current',
  title: id,
  status: 'draft',
  url: `/white-paper/next/recommendations/${id.toLowerCase()}`,
  summary: '',
  ...fields,
});

export const siteData: SiteData = {
  editions: ['2021'],
  items: [
    rec('REC-GOV-01', {title: 'Advisory councils of migrant residents', summary: 'A council that advises the mayor.', theme: 'governance', levels: ['local'], actors: ['municipality', 'migrant-organisations'], evidence: ['BP-PL-001', 'MTG-2021-KAUNAS'], meetings: ['MTG-2021-KAUNAS']}),
    rec('REC-GOV-02', {title: 'Involve civil society early', summary: 'Consult organisations before drafting.', theme: 'governance', levels: ['local', 'regional'], actors: ['civil-society'], status: 'adopted', evidence: [], meetings: []}),
    rec('REC-CUL-01', {title: 'Kitchen of diversity in Łódź', summary: 'Cooking together across cultures.', theme: 'culture', levels: ['local'], actors: ['cultural-institutions'], evidence: ['BP-HR-001'], meetings: ['MTG-2020-RIJEKA']}),
    rec('REC-NET-01', {title: 'A European urban network', summary: 'Cities share diversity management.', theme: 'networking', levels: ['eu'], actors: ['city-networks', 'eu-institutions'], evidence: ['MTG-2021-KAUNAS', 'BP-LT-001', 'BP-PL-001'], meetings: ['MTG-2021-KAUNAS']}),
    rec('REC-GOV-01', {edition: '2021', title: 'Advisory councils (2021)', theme: 'governance', levels: ['local'], actors: ['municipality'], evidence: [], meetings: []}),
    {id: 'MTG-2021-KAUNAS', kind: 'meeting', edition: 'current', title: 'Participatory governance', status: 'documented', url: '/docs/meetings/mtg-2021-kaunas'},
    {id: 'MTG-2020-RIJEKA', kind: 'meeting', edition: 'current', title: 'Launch in Rijeka', status: 'documented', url: '/docs/meetings/mtg-2020-rijeka'},
    {id: 'BP-PL-001', kind: 'best-practice', edition: 'current', title: "Gdańsk Immigrants' Council", status: 'documented', url: '/docs/best-practices/pl/bp-pl-001', country: 'PL', city: 'Gdańsk', themes: ['governance'], targetGroups: ['migrants']},
    {id: 'BP-BG-002', kind: 'best-practice', edition: 'current', title: 'Roma mediators across the Balkans', status: 'draft', url: '/docs/best-practices/bg/bp-bg-002', country: 'BG', alsoIn: ['RO', 'RS'], themes: ['services', 'education'], targetGroups: ['roma']},
    {id: 'BP-RS-001', kind: 'best-practice', edition: 'current', title: 'Нови Сад: дијалог', status: 'documented', url: '/docs/best-practices/rs/bp-rs-001', country: 'RS', city: 'Novi Sad', partner: 'novi-sad-2021', themes: ['culture'], targetGroups: ['general-public']},
  ],
};
