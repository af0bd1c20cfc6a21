/**
 * A synthetic corpus for `npm run bench:search`: 2,000 pages in three
 * locales (Lithuanian, Serbian in Cyrillic, Greek), built from real
 * sentences of each language, with labelled queries typed as readers type
 * them (no diacritics, Serbian in Latin script, Greek without accents, a
 * word cut short). Deterministic: the same seed gives the same corpus.
 */
import type {LabelledQuery} from './labelled';

/** One page of the corpus, with its HTML for Pagefind and lunr. */
export interface SyntheticPage {
  readonly locale: string;
  /** Path under the locale's root, without leading slash. */
  readonly route: string;
  readonly title: string;
  readonly body: string;
  readonly html: string;
}

interface Language {
  readonly lang: string;
  readonly topics: readonly string[];
  readonly towns: readonly string[];
  readonly sentences: readonly string[];
  /** How a reader types a title word: without diacritics, in Latin script. */
  readonly typed: (text: string) => string;
}

const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Serbian Cyrillic as readers type it in Latin without diacritics (`đ` as `dj`). */
const serbianLatin: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
  н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
};

const languages: readonly Language[] = [
  {
    lang: 'lt',
    topics: ['Tarpkultūrinis dialogas', 'Migrantų integracija', 'Romų įtraukimas', 'Jaunimo mainai', 'Kalbos kursai', 'Kultūros paveldas', 'Diskriminacijos prevencija', 'Pilietinė visuomenė', 'Socialinės paslaugos', 'Savanorystė', 'Bendruomenės centras', 'Mokyklų bendradarbiavimas'],
    towns: ['Kaunas', 'Vilnius', 'Klaipėda', 'Šiauliai', 'Panevėžys', 'Alytus', 'Marijampolė', 'Jonava', 'Utena', 'Kėdainiai', 'Telšiai', 'Tauragė', 'Ukmergė', 'Visaginas', 'Plungė'],
    sentences: [
      'Savivaldybė kartu su nevyriausybinėmis organizacijomis surengė susitikimą su gyventojais.',
      'Migrantai ir vietos gyventojai kartu gamino maistą bendruomenės centre.',
      'Projekto metu buvo organizuoti lietuvių kalbos kursai atvykusiems užsieniečiams.',
      'Jaunimas iš skirtingų šalių dalyvavo tarptautiniuose mainuose.',
      'Mokytojai aptarė, kaip mokykloje kalbėti apie kultūrinę įvairovę.',
      'Tautinių mažumų atstovai pristatė savo tradicijas ir amatus.',
      'Socialinių paslaugų centras teikė konsultacijas pabėgėliams.',
      'Renginyje dalyvavo daugiau nei šimtas žmonių.',
      'Diskusijoje buvo kalbama apie diskriminacijos prevenciją darbo rinkoje.',
      'Savanoriai padėjo šeimoms susirasti būstą ir mokyklą vaikams.',
      'Miesto taryba patvirtino integracijos veiksmų planą.',
      'Kultūros paveldo objektai buvo pristatyti naujiems gyventojams.',
    ],
    typed: stripMarks,
  },
  {
    lang: 'sr',
    topics: ['Међукултурни дијалог', 'Интеграција миграната', 'Укључивање Рома', 'Размена младих', 'Курсеви језика', 'Културно наслеђе', 'Спречавање дискриминације', 'Цивилно друштво', 'Социјалне услуге', 'Волонтирање', 'Друштвени центар', 'Сарадња школа'],
    towns: ['Нови Сад', 'Београд', 'Ниш', 'Крагујевац', 'Суботица', 'Зрењанин', 'Панчево', 'Чачак', 'Нови Пазар', 'Сомбор', 'Ужице', 'Вршац', 'Шабац', 'Ваљево', 'Кикинда'],
    sentences: [
      'Град је заједно са невладиним организацијама организовао састанак са грађанима.',
      'Мигранти и домаћи становници заједно су припремали храну у друштвеном центру.',
      'Током пројекта организовани су курсеви српског језика за придошлице.',
      'Млади из различитих земаља учествовали су у међународној размени.',
      'Наставници су разговарали о томе како у школи говорити о културној разноликости.',
      'Представници националних мањина представили су своје обичаје и занате.',
      'Центар за социјални рад пружао је савете избеглицама.',
      'Скупу је присуствовало више од сто људи.',
      'На дебати се говорило о спречавању дискриминације на тржишту рада.',
      'Волонтери су помогли породицама да пронађу стан и школу за децу.',
      'Градско веће усвојило је акциони план за интеграцију.',
      'Ђаци су обишли споменике културе са новим суграђанима.',
    ],
    typed: (text) => [...text.toLowerCase()].map((char) => serbianLatin[char] ?? char).join(''),
  },
  {
    lang: 'el',
    topics: ['Διαπολιτισμικός διάλογος', 'Ένταξη μεταναστών', 'Ένταξη των Ρομά', 'Ανταλλαγές νέων', 'Μαθήματα γλώσσας', 'Πολιτιστική κληρονομιά', 'Πρόληψη διακρίσεων', 'Κοινωνία πολιτών', 'Κοινωνικές υπηρεσίες', 'Εθελοντισμός', 'Κοινοτικό κέντρο', 'Συνεργασία σχολείων'],
    towns: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Βόλος', 'Ιωάννινα', 'Χανιά', 'Καβάλα', 'Σέρρες', 'Ξάνθη', 'Κομοτηνή', 'Ρόδος', 'Καλαμάτα', 'Κοζάνη'],
    sentences: [
      'Ο δήμος μαζί με μη κυβερνητικές οργανώσεις οργάνωσε συνάντηση με τους κατοίκους.',
      'Μετανάστες και ντόπιοι μαγείρεψαν μαζί στο κοινοτικό κέντρο.',
      'Κατά τη διάρκεια του έργου οργανώθηκαν μαθήματα ελληνικής γλώσσας για νεοαφιχθέντες.',
      'Νέοι από διαφορετικές χώρες συμμετείχαν σε διεθνείς ανταλλαγές.',
      'Οι εκπαιδευτικοί συζήτησαν πώς να μιλούν στο σχολείο για την πολιτισμική πολυμορφία.',
      'Εκπρόσωποι μειονοτήτων παρουσίασαν τα έθιμα και τις τέχνες τους.',
      'Το κέντρο κοινωνικής υπηρεσίας παρείχε συμβουλές σε πρόσφυγες.',
      'Στην εκδήλωση συμμετείχαν περισσότεροι από εκατό άνθρωποι.',
      'Στη συζήτηση έγινε λόγος για την πρόληψη των διακρίσεων στην αγορά εργασίας.',
      'Εθελοντές βοήθησαν οικογένειες να βρουν κατοικία και σχολείο για τα παιδιά.',
      'Το δημοτικό συμβούλιο ενέκρινε σχέδιο δράσης για την ένταξη.',
      'Τα μνημεία της πόλης παρουσιάστηκαν στους νέους κατοίκους.',
    ],
    typed: (text) => stripMarks(text).replace(/ς/g, 'σ'),
  },
];

const years = [2019, 2020, 2021, 2022, 2023];

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `pages` pages spread over the three locales, and `queriesPerLocale`
 * labelled queries per locale. Each title (topic, town, year) is unique in
 * its locale; bodies mention other towns and topics, so that body matches
 * compete with the title match.
 */
export function syntheticCorpus(pages = 2000, queriesPerLocale = 20, seed = 2021): {pages: SyntheticPage[]; queries: LabelledQuery[]} {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const out: SyntheticPage[] = [];
  const queries: LabelledQuery[] = [];
  languages.forEach((language, l) => {
    const count = Math.floor(pages / languages.length) + (l < pages % languages.length ? 1 : 0);
    const combos = language.topics.flatMap((topic) => language.towns.flatMap((town) => years.map((year) => ({topic, town, year}))));
    // Shuffle, then take as many unique titles as pages.
    for (let i = combos.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [combos[i], combos[j]] = [combos[j], combos[i]];
    }
    const mine = combos.slice(0, count).map(({topic, town, year}, n) => {
      const sentences = Array.from({length: 8 + Math.floor(next() * 16)}, () => pick(language.sentences));
      sentences.splice(Math.floor(next() * sentences.length), 0, `${pick(language.towns)} ${pick(years)}. ${pick(language.topics)}, ${pick(language.towns)}.`);
      const title = `${topic}: ${town} ${year}`;
      const body = `${town}, ${year}. ${sentences.join(' ')}`;
      const route = `docs/${language.lang}/${String(n).padStart(4, '0')}`;
      const html = `<!doctype html><html lang="${language.lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><article><div class="theme-doc-markdown markdown"><header><h1>${escapeHtml(title)}</h1></header><p>${escapeHtml(body)}</p></div></article></main></body></html>`;
      return {locale: language.lang, route, title, body, html};
    });
    out.push(...mine);
    for (let k = 0; k < queriesPerLocale; k++) {
      const page = mine[Math.floor(next() * mine.length)];
      const [topic, place] = page.title.split(': ');
      const words = language.typed(topic).split(' ');
      // One query in three cuts the topic's last word short, as for an inflected form.
      if (k % 3 === 0) words[words.length - 1] = words[words.length - 1].slice(0, -2);
      queries.push({locale: language.lang, language: language.lang, query: `${words.join(' ')} ${language.typed(place)}`, expect: page.route});
    }
  });
  return {pages: out, queries};
}
