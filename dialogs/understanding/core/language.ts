/**
 * A message written in another language gets a short, honest reply in English (the bot only understands English)
 * instead of an answer found by accident or a flat "I don't cover that". The language is guessed by tinyld, and only
 * believed when the message is long enough to tell and most of its words are not English words the bot knows, so
 * English with typos or slang ("do i need a degre to be a car manger") is never taken for another language.
 */
import { indexedAnswer, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { CHAT_RULES } from './conversation';
import { normalise } from './textMatch';
import { INFORMAL_SPELLINGS } from './vocabulary';

/** Too short to tell a language by: fewer words or letters than this is left to the other readers. */
const MIN_WORDS = 4;
const MIN_LETTERS = 15;
/** A message with at least this share of words the bot knows as English is English, whatever the guess says. */
const ENGLISH_SHARE = 0.5;
/** The guess is believed when English, if it is among the guesses at all, scores under this share of the top guess. */
const ENGLISH_RATIO = 0.5;

const englishWordsOf = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The English words the bot knows: every word of the knowledge base, its phrasings, its conversation rules and stop words. */
function englishWords(kb: KnowledgeBase): ReadonlySet<string> {
  const known = englishWordsOf.get(kb);
  if (known) return known;
  const texts = [
    ...kb.faqs.flatMap((entry) => [entry.title, entry.question, indexedAnswer(entry), ...entry.alternates, ...entry.tags]),
    ...[...kb.phrasings.entries.values()].flat(),
    ...kb.phrasings.offTopic,
    ...kb.offTopic,
    ...kb.steps.flatMap((step) => [step.title, step.summary, ...step.todo, ...step.tips]),
    ...CHAT_RULES.map(([, pattern]) => pattern.source.replace(/[^a-z]+/g, ' ')),
  ];
  const words = new Set<string>([...STOP_WORDS, ...Object.keys(INFORMAL_SPELLINGS)]);
  for (const text of texts) for (const word of normalise(text).split(' ')) if (/^[a-z]+$/.test(word)) words.add(word);
  englishWordsOf.set(kb, words);
  return words;
}

/**
 * tinyld's guesses, loaded the first time a message gets this far: loading it costs 6 MB of JS heap and, in a fresh
 * process, up to 40 MB of resident memory, which a server whose people all write English never needs.
 */
function detectAll(text: string): ReturnType<typeof import('tinyld').detectAll> {
  return (require('tinyld') as typeof import('tinyld')).detectAll(text);
}

/** Letters outside the Latin alphabet (Arabic, Devanagari, Chinese ...), which the normaliser drops. */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/gu;

/**
 * The language (ISO 639-1 code) a message is written in when it is confidently not English; null for English, for a
 * message too short to tell, and when unsure.
 */
export function otherLanguageOf(raw: string, kb: KnowledgeBase): string | null {
  const text = raw.trim();
  const nonLatin = (text.match(NON_LATIN_LETTER) ?? []).length;
  const words = normalise(text).split(' ').filter((word) => /^[a-z]+$/.test(word));
  // Only letters of other alphabets: not English, however short ("你好吗", "привет").
  if (words.length === 0) return nonLatin >= 2 ? (detectAll(text)[0]?.lang ?? 'und') : null;
  const letters = words.join('').length + nonLatin;
  if (letters < MIN_LETTERS || (words.length < MIN_WORDS && nonLatin < MIN_LETTERS)) return null;
  const known = englishWords(kb);
  const englishCount = words.filter((word) => known.has(word)).length;
  if (englishCount / (words.length + Math.ceil(nonLatin / 4)) >= ENGLISH_SHARE) return null;
  const [top, ...others] = detectAll(text);
  if (!top || top.lang === 'en') return null;
  const english = others.find((guess) => guess.lang === 'en');
  if (english && english.accuracy >= top.accuracy * ENGLISH_RATIO) return null;
  return top.lang;
}

/** The career's own name, which says nothing of what is asked about it ("cuanto gana un care manager"). */
const THE_CAREER: ReadonlySet<string> = new Set(['care', 'case', 'manager', 'managers', 'management', 'managing']);

const guideWordsOf = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The words the guide itself is written and asked in (not the chat rules' "hola", "merci"), the little words aside. */
function guideWords(kb: KnowledgeBase): ReadonlySet<string> {
  const known = guideWordsOf.get(kb);
  if (known) return known;
  const texts = [...kb.faqs.flatMap((entry) => [entry.title, entry.question, indexedAnswer(entry), ...entry.alternates, ...entry.tags]), ...[...kb.phrasings.entries.values()].flat(), ...kb.steps.flatMap((step) => [step.title, step.summary, ...step.todo, ...step.tips])];
  const words = new Set<string>();
  for (const text of texts) for (const word of normalise(text).split(' ')) if (/^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word) && !THE_CAREER.has(word)) words.add(word);
  guideWordsOf.set(kb, words);
  return words;
}

/**
 * The English a message in another language mixes in ("y el salario al principio? entry level", "soy estudiante de
 * enfermería (nursing) ... necesito la licencia de RN?"): its runs of words the bot knows as English, each without the
 * little words at its ends (which other languages share: "a", "no", "me"), in the order typed, when some run holds a
 * word of the guide besides the career's name (runs of no word of the guide, such as a greeting, are left out); null
 * otherwise. The guide's question reader is then given what can be
 * read, not a flat "I only understand English".
 */
export function englishPartOf(raw: string, kb: KnowledgeBase): string | null {
  const known = englishWords(kb);
  const runs: string[][] = [[]];
  for (const word of normalise(raw).split(' ')) {
    // One letter is a word in many languages ("y", "e", "o"): it ends a run.
    if (word.length > 1 && known.has(word)) runs.at(-1)!.push(word);
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  const substance = guideWords(kb);
  const said = runs
    .map((run) => {
      let [from, to] = [0, run.length];
      while (from < to && STOP_WORDS.has(run[from]!)) from++;
      while (to > from && STOP_WORDS.has(run[to - 1]!)) to--;
      return run.slice(from, to);
    })
    // A greeting or a shared little word on its own ("hola", "no") is no part of the question.
    .filter((run) => run.some((word) => substance.has(word) || THE_CAREER.has(word)));
  // A word said twice ("nursing" in brackets, then again) is read once.
  return said.some((run) => run.some((word) => substance.has(word))) ? [...new Set(said.map((run) => run.join(' ')))].join(' ') : null;
}
