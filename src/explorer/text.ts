/**
 * Free text in the explorer and the practice finder, folded exactly as the
 * site search folds it (`src/search/fold.ts`: case, diacritics, Cyrillic and
 * Latin): every word of the query must begin a word of the item's text.
 */
import {foldText, queryWords} from '../search/fold';

/** The words of a query, each with its folded forms. */
export type QueryWords = ReturnType<typeof queryWords>;

export {queryWords};

/** The searchable form of an item's texts, for {@link matchesWords}. */
export function searchText(...parts: readonly string[]): string {
  return ` ${foldText(parts.join(' '))}`;
}

/** Whether every query word (one of its forms) begins a word of `text`, made by {@link searchText}. */
export function matchesWords(text: string, words: QueryWords): boolean {
  return words.every((forms) => forms.some((form) => text.includes(` ${form}`)));
}
