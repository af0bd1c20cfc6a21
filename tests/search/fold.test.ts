import {describe, expect, test} from 'vitest';
import {foldText, foldWord, queryWords, wordsOf} from '../../src/search/fold';

describe('foldWord', () => {
  test.each([
    ['Kaunas', ['kaunas']],
    ['Łódzki', ['lodzki']],
    ['Timișoara', ['timisoara']],
    ['Timişoara', ['timisoara']],
    ['Kėdainiai', ['kedainiai']],
    ['Straße', ['strasse']],
    ['ĲSSELSTEIN', ['ijsselstein']],
    ['Đurđevac', ['durdevac', 'djurdjevac']],
    ['Ђорђе', ['dorde', 'djordje']],
    ['Нови', ['novi']],
    ['Љубљана', ['ljubljana']],
    ['Џамија', ['dzamija']],
    ['Ћуприја', ['cuprija']],
    ['щастие', ['shtastie']],
    ['край', ['krai']],
    ['ќе', ['ke']],
    ['ѓавол', ['gavol']],
    ['Ελληνικά', ['ελληνικα']],
    ['ΑΡΣΙΣ', ['αρσισ']],
    ['Παϊδάκια', ['παιδακια']],
  ])('%s -> %j', (word, forms) => {
    expect(foldWord(word)).toEqual(forms);
  });
});

describe('foldText', () => {
  test('folds every word and keeps both forms of đ', () => {
    expect(foldText('Međimurje, Нови Сад & Αθήνα!')).toBe('medimurje medjimurje novi sad αθηνα');
  });
  test('is idempotent, so the engine may fold a folded query again', () => {
    const text = 'Ђорђе Łódź Ελληνικά щъ ќ REC-GOV-03';
    expect(foldText(foldText(text))).toBe(foldText(text));
  });
});

describe('queryWords', () => {
  test('one entry per word, alternatives for đ, repeats dropped', () => {
    expect(queryWords('Đorđe novi NOVI sad')).toEqual([['dorde', 'djordje'], ['novi'], ['sad']]);
  });
  test('an id splits into its parts', () => {
    expect(queryWords('REC-GOV-03')).toEqual([['rec'], ['gov'], ['03']]);
  });
});

test('wordsOf gives offsets in the original text', () => {
  const text = 'Нови Сад, Łódź';
  expect(wordsOf(text).map((word) => [text.slice(word.start, word.end), word.forms])).toEqual([
    ['Нови', ['novi']],
    ['Сад', ['sad']],
    ['Łódź', ['lodz']],
  ]);
});
