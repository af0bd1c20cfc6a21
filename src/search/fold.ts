/**
 * Language folding for search: one function turns any text of the site's
 * 14 languages, and any query, into the same comparable form. It runs when
 * the index is built and again on every query, so both sides always agree.
 *
 * The rules (documented for maintainers in `docs/maintainers/search.md`):
 *
 * - case is folded, and so is every diacritic Unicode decomposes (NFKD, then
 *   combining marks removed): `Kaunas`, `Timișoara`, `Łódź`, `Ελληνικά`;
 * - letters Unicode does not decompose are mapped by hand: `ł`→`l`, `ø`→`o`,
 *   `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ı`→`i`, `ħ`→`h`, `þ`→`th`, `ð`→`d`;
 * - `đ` (Croatian, Serbian Latin) is indexed twice, as `d` and as `dj`, the
 *   two ways it is typed without diacritics (`Đurđevac`, `Djurdjevac`,
 *   `Durdevac` all meet);
 * - Cyrillic is transliterated to Latin by the Serbian table (`љ`→`lj`,
 *   `њ`→`nj`, `џ`→`dž`, `ћ`→`ć`, `ђ`→`đ`), so `novi sad` finds `Нови Сад` and
 *   `Нови Сад` finds `Novi Sad`; Bulgarian's extra letters follow its
 *   official romanisation (`щ`→`sht`, `ъ`→`a`, `ю`→`yu`, `я`→`ya`);
 * - Bulgarian `й` is folded into `и` (both become `i`): NFKD decomposes `й`
 *   into `и` and a breve, exactly like any other diacritic; a reader who types
 *   `и` still finds `й`, and the forms this merges are mostly inflections of
 *   one word (`мой`, `мои`), which prefix search puts together anyway;
 * - Macedonian `ќ` and `ѓ` fold into `к` and `г` (then `k`, `g`) for the same
 *   reason: Unicode writes them as `к`, `г` with an acute. They are not merged
 *   with Serbian `ћ`/`ђ`: Macedonian and Serbian text are not meant to match
 *   each other, each only its own Latin spelling without diacritics;
 * - Greek keeps its script: accents and diaeresis are folded, and final `ς`
 *   becomes `σ`.
 *
 * No stemmer or phonetic encoder is applied: those are written for one
 * language (usually English) and would merge unrelated words elsewhere.
 * Inflected forms meet through prefix search instead (`dijalog` finds
 * `dijaloga`).
 */

/** Letters that NFKD leaves whole, lower case, and what they fold to. */
const undecomposed: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  þ: 'th',
  ð: 'd',
  ŧ: 't',
  ŋ: 'n',
  ſ: 's',
  ς: 'σ',
};

/**
 * Cyrillic to Latin, lower case, after decomposition (so `й`, `ѓ`, `ќ`, `ё`,
 * `ї` already lost their marks). Serbian first; Bulgarian, Macedonian and a
 * few neighbours' letters after.
 */
const cyrillic: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č',
  џ: 'dž', ш: 'š',
  // Bulgarian (official romanisation, 2009)
  щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
  // Macedonian
  ѕ: 'dz',
  // Ukrainian, Russian and Belarusian letters that appear in names
  і: 'i', є: 'ye', ґ: 'g', ы: 'y', э: 'e', ў: 'u',
};

/** Marks left by NFKD: combining diacritics of every script. */
const marks = /\p{M}+/gu;
/** A word: letters and digits of any script. */
const wordPattern = /[\p{L}\p{N}]+/gu;
/** Characters that need the slow path (outside ASCII, or `đ` that doubles). */
const nonAscii = /[^\u0000-\u007f]/;

/**
 * Folds one word into the forms it is indexed and searched under: one form,
 * or two when it contains `đ` (`d` and `dj`).
 */
export function foldWord(word: string): string[] {
  const lower = word.toLowerCase();
  if (!nonAscii.test(lower)) return [lower];
  let out = '';
  for (const char of lower.normalize('NFKD').replace(marks, '')) {
    const mapped = undecomposed[char] ?? cyrillic[char] ?? char;
    // Transliterated letters may carry marks again (`ž`, `č`, `ć`).
    out += mapped.length === 1 && mapped === char ? char : mapped.normalize('NFD').replace(marks, '');
  }
  // `đ` survives NFKD and transliteration (`ђ`→`đ`) on purpose: it doubles here.
  if (!out.includes('đ')) return [out];
  return [out.replaceAll('đ', 'd'), out.replaceAll('đ', 'dj')];
}

/**
 * Folds a whole text: each word folded, words joined by a space. A word with
 * `đ` appears in both of its forms. Idempotent: folding folded text changes
 * nothing, which lets the search engine fold queries again safely.
 */
export function foldText(text: string): string {
  const out: string[] = [];
  for (const match of text.matchAll(wordPattern)) out.push(...foldWord(match[0]));
  return out.join(' ');
}

/** A word of a text and where it sits, for highlighting. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
  /** The folded forms of the word. */
  readonly forms: readonly string[];
}

/** The words of `text` with their offsets and folded forms. */
export function wordsOf(text: string): WordSpan[] {
  return [...text.matchAll(wordPattern)].map((match) => ({start: match.index, end: match.index + match[0].length, forms: foldWord(match[0])}));
}

/**
 * The words of a query, folded, in the order typed, without repeats. Each
 * word is a list of alternative forms (two for a word with `đ`); a query word
 * matches a text word when one of its forms is a prefix of one of the text
 * word's forms.
 */
export function queryWords(query: string): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const match of query.matchAll(wordPattern)) {
    const forms = foldWord(match[0]);
    if (seen.has(forms[0])) continue;
    seen.add(forms[0]);
    out.push(forms);
  }
  return out;
}
