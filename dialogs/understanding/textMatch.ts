/**
 * Small, pure text matching for the guided flows: normalising free text, typo-tolerant word and phrase matching,
 * and reading numbers written as digits or words. No botbuilder imports, so the flows' parsers stay unit-testable.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  zero: 0, no: 0, none: 0, one: 1, a: 1, an: 1, first: 1, two: 2, second: 2, couple: 2, three: 3, third: 3, four: 4, fourth: 4,
  five: 5, fifth: 5, six: 6, sixth: 6, seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, half: 0.5,
});

/** Lower case, curly quotes straightened, punctuation turned to spaces (keeping digits, letters and inner apostrophes). */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9'\-+ ]+/g, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a normalised text, with possessives and simple plurals folded so "kids" meets "kid" and "patients'" meets "patient". */
export function words(text: string): string[] {
  return normalise(text)
    .split(/[\s\-]+/)
    .filter((word) => word.length > 0)
    .map(stem);
}

export function stem(word: string): string {
  let w = word.replace(/'s$|'$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** Damerau-Levenshtein distance (optimal string alignment), enough for the one- or two-letter slips people type. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
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
  return Math.abs(typed.length - expected.length) <= allowed && editDistance(typed, expected) <= allowed;
}

/**
 * True when every word of `phrase` appears, in order and next to each other, among the words of `text`, with typo
 * tolerance per word. "older people" is found in "I love working with oldr people".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  return containsWords(words(text), words(phrase));
}

export function containsWords(textWords: readonly string[], phraseWords: readonly string[]): boolean {
  return findPhrase(textWords, phraseWords) !== null;
}

/** Where a phrase occurs among the words, and whether every word matched exactly (an exact match beats a typo). */
export function findPhrase(textWords: readonly string[], phraseWords: readonly string[]): { at: number; exact: boolean } | null {
  if (phraseWords.length === 0 || phraseWords.length > textWords.length) return null;
  let fuzzy: number | null = null;
  for (let start = 0; start + phraseWords.length <= textWords.length; start += 1) {
    const slice = textWords.slice(start, start + phraseWords.length);
    if (slice.every((word, offset) => word === phraseWords[offset])) return { at: start, exact: true };
    if (fuzzy === null && slice.every((word, offset) => wordMatches(word, phraseWords[offset]!))) fuzzy = start;
  }
  return fuzzy === null ? null : { at: fuzzy, exact: false };
}

/** Reads a number written as digits ("3", "2.5") or a word ("three", "a couple"); null if it is neither. */
export function readNumber(token: string): number | null {
  const t = token.toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (ordinal) return Number(ordinal[1]);
  return Object.prototype.hasOwnProperty.call(NUMBER_WORDS, t) ? NUMBER_WORDS[t]! : null;
}

/** True when the text reads like a question rather than an answer to one. */
export function looksLikeQuestion(text: string): boolean {
  const t = normalise(text);
  if (text.includes('?')) return true;
  return /^(what|whats|what's|how|why|when|where|which|who|is|are|do|does|did|can|could|should|would|will|tell me|explain)\b/.test(t);
}
