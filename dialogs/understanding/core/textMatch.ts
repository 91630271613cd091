/**
 * The one set of text tools every reader of a message uses: the knowledge core's normaliser (lower case, contractions
 * expanded, punctuation gone) and stemmer, its edit distance and typo-tolerant phrases (knowledge/phrases.ts), and the one
 * number reader. No botbuilder imports.
 */
import { normaliseText } from '../../../knowledge/text';

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

export { containsPhrase, containsWords, editDistance, findPhrase, phraseFinder, stem, wordMatches, words } from '../../../knowledge/phrases';

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
