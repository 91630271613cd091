/**
 * Words and phrases matched with typo tolerance: a text's stemmed words, one word against another with the slips people
 * type allowed for longer words, and a phrase found among the words. Pure, on the knowledge core's normaliser, stemmer
 * and edit distance, so knowledge/ readers and dialogs/understanding/core/textMatch.ts (which re-exports these) share them.
 */
import { editDistance as distance } from './spelling';
import { normaliseText, stemToken, tokenise } from './text';

/** The words as typed (normalised, not stemmed) behind each list `words` returns: typos are judged on these. */
const typedForms = new WeakMap<readonly string[], readonly string[]>();

/**
 * Stemmed words of a text: "kids" meets "kid", "families" meets "family", "certifications" meets "certification".
 * A typo is judged on the word as typed ("eldrly" is one letter from "elderly", though their stems differ more).
 */
export function words(text: string): string[] {
  const typed = tokenise(normaliseText(text));
  const stems = typed.map(stem);
  typedForms.set(stems, typed);
  return stems;
}

/** The knowledge core's stemmer (Porter2 after British and American spellings are unified). */
export function stem(word: string): string {
  return stemToken(word);
}

/**
 * Damerau-Levenshtein distance, the knowledge core's own, enough for the one- or two-letter slips people type. With a
 * ceiling, a distance past it is only known to be past it (cheaper).
 */
export function editDistance(a: string, b: string, ceiling?: number): number {
  return distance(a, b, ceiling);
}

/**
 * How many typos a word of this length may carry and still count: none for short words, where a slip changes the
 * word, and one up to ten letters, so "geriatric" and "pediatric" (two apart) stay different words.
 */
function allowedTypos(length: number): number {
  if (length < 5) return 0;
  if (length <= 10) return 1;
  return 2;
}

/** True when the typed word is the expected word, allowing for a typo in longer words. */
export function wordMatches(typed: string, expected: string): boolean {
  if (typed === expected) return true;
  const allowed = allowedTypos(Math.min(typed.length, expected.length));
  if (allowed === 0) return false;
  return Math.abs(typed.length - expected.length) <= allowed && distance(typed, expected, allowed) <= allowed;
}

/**
 * True when every word of `phrase` appears, in order and next to each other, among the words of `text`, with typo
 * tolerance per word. "older people" is found in "I love working with older peeple".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  return containsWords(words(text), words(phrase));
}

export function containsWords(textWords: readonly string[], phraseWords: readonly string[]): boolean {
  return findPhrase(textWords, phraseWords) !== null;
}

/**
 * "Does this text contain one of these phrases?", with the same answer as containsWords over each of them, faster: a
 * phrase is only tried where a word of the text could start it, and which phrases a word could start is worked out
 * once per word (remembered), so a message costs a look-up per word instead of a scan of every phrase.
 */
export function phraseFinder(phrases: readonly string[]): (text: string) => boolean {
  const phraseWords = phrases.map((phrase) => words(phrase)).filter((said) => said.length > 0);
  const firstStems = phraseWords.map((said) => said[0]!);
  const firstTyped = phraseWords.map((said) => (typedForms.get(said) ?? said)[0]!);
  const startedBy = new Map<string, readonly number[]>();
  const phrasesStartedBy = (stemmed: string, typed: string): readonly number[] => {
    const key = `${stemmed} ${typed}`;
    let found = startedBy.get(key);
    if (!found) {
      found = phraseWords.flatMap((_said, index) => (firstStems[index] === stemmed || wordMatches(typed, firstTyped[index]!) ? [index] : []));
      if (startedBy.size >= MAX_REMEMBERED_WORDS) startedBy.clear();
      startedBy.set(key, found);
    }
    return found;
  };
  return (text) => {
    const said = words(text);
    const typed = typedForms.get(said) ?? said;
    const tried = new Set<number>();
    for (let i = 0; i < said.length; i++) {
      for (const index of phrasesStartedBy(said[i]!, typed[i]!)) {
        if (tried.has(index)) continue;
        tried.add(index);
        if (containsWords(said, phraseWords[index]!)) return true;
      }
    }
    return false;
  };
}
const MAX_REMEMBERED_WORDS = 20000;

/** Where a phrase occurs among the words, and whether every word matched exactly (an exact match beats a typo). */
export function findPhrase(textWords: readonly string[], phraseWords: readonly string[]): { at: number; exact: boolean } | null {
  if (phraseWords.length === 0 || phraseWords.length > textWords.length) return null;
  const textTyped = typedForms.get(textWords) ?? textWords;
  const phraseTyped = typedForms.get(phraseWords) ?? phraseWords;
  let fuzzy: number | null = null;
  for (let start = 0; start + phraseWords.length <= textWords.length; start += 1) {
    const slice = textWords.slice(start, start + phraseWords.length);
    if (slice.every((word, offset) => word === phraseWords[offset])) return { at: start, exact: true };
    // Typos are judged on the words as typed: two stems one letter apart ("older", "elder") are different words.
    const near = (offset: number): boolean => wordMatches(textTyped[start + offset]!, phraseTyped[offset]!);
    if (fuzzy === null && slice.every((_word, offset) => near(offset))) fuzzy = start;
  }
  return fuzzy === null ? null : { at: fuzzy, exact: false };
}
