/**
 * The one set of text tools every reader of a message uses: the knowledge core's normaliser (lower case, contractions
 * expanded, punctuation gone) and stemmer, its edit distance, and the one number reader. No botbuilder imports.
 */
import { editDistance as distance } from '../../knowledge/spelling';
import { normaliseText, stemToken, tokenise } from '../../knowledge/text';

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  zero: 0, no: 0, none: 0, one: 1, a: 1, an: 1, first: 1, two: 2, second: 2, couple: 2, three: 3, third: 3, four: 4, fourth: 4,
  five: 5, fifth: 5, six: 6, sixth: 6, seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, half: 0.5,
});

/**
 * The one normaliser: "What's step 5?" and "whats step five" both become "what is step 5" / "what is step five", so
 * patterns list one form. Lower case, accents and markup gone, contractions expanded, only letters, digits, "+" and a
 * decimal point between digits left.
 */
export function normalise(text: string): string {
  return normaliseText(text);
}

/** The words as typed (normalised, not stemmed) behind each list `words` returns: typos are judged on these. */
const typedForms = new WeakMap<readonly string[], readonly string[]>();

/**
 * Stemmed words of a text: "kids" meets "kid", "families" meets "family", "certifications" meets "certification".
 * A typo is judged on the word as typed ("eldrly" is one letter from "elderly", though their stems differ more).
 */
export function words(text: string): string[] {
  const typed = tokenise(normalise(text));
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

/** The one number reader: digits ("3", "2.5"), ordinals ("3rd") or a word ("three", "fifth", "a couple"); null otherwise. */
export function readNumber(token: string): number | null {
  const t = token.toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (ordinal) return Number(ordinal[1]);
  return Object.prototype.hasOwnProperty.call(NUMBER_WORDS, t) ? NUMBER_WORDS[t]! : null;
}

/** Words a question opens with (after normalising: "what's" is "what is"). */
const QUESTION_OPENING =
  /^(?:(?:and|but|so|also|ok|okay|then|well|right|oh|um|erm|hmm|actually|just|roughly|approximately|about|around|sorry)\s+)*(?:what|how|why|when|where|which|who|whom|whose|is|are|am|was|were|do|does|did|can|could|should|would|will|may|might|must|have|has|tell me|explain)\b/;

/** The one "is this worded as a question?" test: a question mark, or a question word first (after an opener: "and how long ...", "roughly how many ..."). */
export function looksLikeQuestion(text: string): boolean {
  return text.includes('?') || QUESTION_OPENING.test(normalise(text));
}
