import type { CareerLevel, KnowledgeBase, SalaryLevel } from '../../knowledge/schema';
import { asksAboutTheWork } from '../understanding/core/followUp';
import { containsWords, normalise, stem, words } from '../understanding/core/textMatch';
import { withoutPoliteWords } from '../understanding/core/vocabulary';

/** Words that carry no level in a title ("Senior care manager" is about "senior"). */
const FILLER = new Set(['care', 'manager', 'management', 'of', 'the', 'a', 'level', 'and', 'or', 'role', 'position', 'job'].map(stem));

/**
 * Everyday words for a level, each pointing to a word of the guide's level titles. "Junior" is not one: the guide's
 * junior care manager is a ladder rung it gives no pay for, and the bot says so rather than equate it with entry-level.
 */
const ALIASES: Readonly<Record<string, string>> = Object.freeze({
  starting: 'entry',
  start: 'entry',
  beginner: 'entry',
  graduate: 'entry',
  new: 'entry',
  first: 'entry',
  middle: 'mid',
  intermediate: 'mid',
  experienced: 'senior',
  head: 'director',
  vp: 'vice',
  // "the top one", "the lowest": the ends of the ladder.
  top: 'vice',
  highest: 'vice',
  bottom: 'entry',
  lowest: 'entry',
});

/** The aliases as the words of a text are compared: stemmed. */
const STEMMED_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(ALIASES).map(([alias, word]) => [stem(alias), stem(word)]));

function levelWords(title: string): string[] {
  return words(title).filter((word) => !FILLER.has(word));
}

/** "First" and "new" said of time, not of a level: "why couldn't you say that the first time", "at first", "new to this". */
const NOT_A_LEVEL = /\b(?:the first time|first time|at first|first of all|first off|first thing|new to|brand new)\b/gi;

/** A text's words, as `words` gives them (so a typo is judged on the word as typed: "directer"), and the level words its aliases say. */
interface SaidWords {
  words: readonly string[];
  aliases: ReadonlySet<string>;
}

function textWords(text: string): SaidWords {
  const said = words(text.replace(NOT_A_LEVEL, ' '));
  return { words: said, aliases: new Set(said.flatMap((word) => STEMMED_ALIASES.get(word) ?? [])) };
}

/** How many of a title's level words the text's words say. */
function wordsSaidOf(title: string, said: SaidWords): number {
  return levelWords(title).filter((word) => said.aliases.has(word) || containsWords(said.words, [word])).length;
}

function bestBy<T>(items: readonly T[], titlesOf: (item: T) => string[], text: string): T | null {
  const said = textWords(text);
  let best: T | null = null;
  let bestScore = 0;
  for (const item of items) {
    const score = Math.max(0, ...titlesOf(item).map((title) => wordsSaidOf(title, said)));
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

/** The names a pay level goes by: its title, its short title and its id in words. */
function salaryNames(level: SalaryLevel): string[] {
  return [level.title, level.shortTitle, level.id.replace(/-/g, ' ')];
}

/**
 * The salary level a text names ("senior", "what would I earn as a director", "entry level"), or whose pay holds the
 * yearly figure it says ("how many years to get to the 60k bit"); null if none.
 */
export function findSalaryLevel(kb: KnowledgeBase, text: string): SalaryLevel | null {
  return bestBy(kb.salaries, salaryNames, text) ?? levelPaying(kb, text);
}

/** A yearly pay figure: "60k", "$60,000", "60 grand" (the number, then "k" or "grand" when written). */
const PAY_FIGURE = /(?:^|[^\w.,])[$\u00a3\u20ac]?\s?(\d{2,3}(?:,\d{3})?|\d{5,6})\s?(k|grand)?(?![\w,]|\.\d)/i;
/** Figures below this are no yearly pay (hours, years, a count). */
const LEAST_YEARLY_PAY = 10_000;

/**
 * The level whose pay range in the guide holds the figure a text says, the lower level first where two overlap; a
 * figure at a boundary belongs to the level it starts (60k is mid-level pay, "getting to" it). Null when the text says
 * no yearly figure or none holds it (under the entry level's).
 */
function levelPaying(kb: KnowledgeBase, text: string): SalaryLevel | null {
  const said = PAY_FIGURE.exec(text);
  if (!said) return null;
  const figure = Number(said[1]!.replace(/,/g, '')) * (said[2] ? 1000 : 1);
  if (figure < LEAST_YEARLY_PAY) return null;
  const levels = [...kb.salaries].sort((a, b) => a.order - b.order);
  // Past the top of every range, the highest level open at the top ("200k+" is a vice president's).
  return levels.find((level) => figure >= level.minUsd && figure < level.maxUsd) ?? levels.filter((level) => level.openEnded && figure >= level.minUsd).at(-1) ?? null;
}

/** Words around a role's name that do not change which role it is ("the care manager role"). */
const ROLE_FRAME = new Set(['the', 'a', 'an', 'role', 'rung', 'level', 'job', 'position', 'as', 'plain', 'just']);

/**
 * The career ladder level a text names ("junior care manager", "chief care officer"); null if none. A rung whose
 * title is all common words ("Care manager") counts only when the text is that title and nothing else.
 */
export function findLadderLevel(kb: KnowledgeBase, text: string): CareerLevel | null {
  const said = new Set(words(text));
  const exact = kb.ladder.find((level) => levelWords(level.title).length > 0 && levelWords(level.title).every((word) => said.has(word)));
  if (exact) return exact;
  const bare = words(text).filter((word) => !ROLE_FRAME.has(word)).join(' ');
  return kb.ladder.find((level) => levelWords(level.title).length === 0 && words(level.title).join(' ') === bare) ?? null;
}

/** The ladder role with the same title as a salary level ("Senior care manager" in both lists), if there is one. */
export function ladderRoleFor(kb: KnowledgeBase, level: SalaryLevel): CareerLevel | null {
  return kb.ladder.find((role) => normalise(role.title) === normalise(level.title)) ?? null;
}

export type LevelChoice =
  | { kind: 'salary'; level: SalaryLevel; role: CareerLevel | null }
  | { kind: 'ladderOnly'; role: CareerLevel }
  | { kind: 'compare'; levels: readonly SalaryLevel[] }
  | { kind: 'done' };

/**
 * Every salary level a text names by its words, in the ladder's order ("the difference between mid and senior" names
 * two). Pay figures are not read here: "60k or 80k" is no pair of levels named.
 */
function namedSalaryLevels(kb: KnowledgeBase, text: string): SalaryLevel[] {
  const said = textWords(text);
  return [...kb.salaries].sort((a, b) => a.order - b.order).filter((level) => salaryNames(level).some((title) => wordsSaidOf(title, said) > 0));
}

const DONE = /^(?:done|no|no thanks|no more|nope|that is it|thats it|that is all|thanks|thank you|cheers|thx|ta|finish|finished|i am done|im done|nothing|none)$/;
/** Around "done" as people say it: "I said done lol", "ok done, cheers", "all done thanks". */
const DONE_BEFORE = /^(?:(?:i said|i m|i am|im|ok|okay|all|yeah|yes)\s+)+/;
const DONE_AFTER = /(?:\s+(?:lol|haha|cheers|thx|ty|mate|now|for now|for today))+$/;

/** True when a message says the person has finished with the ladder, in the words around "done" people use. */
function saysDone(text: string): boolean {
  const t = withoutPoliteWords(normalise(text));
  return DONE.test(t) || DONE.test(t.replace(DONE_BEFORE, '').replace(DONE_AFTER, '').trim());
}

/**
 * Reads a level from a button or a question. A ladder role the guide gives no pay for under that name (junior care
 * manager, care manager, chief care officer) is "ladderOnly": the guide's two lists are named differently. Two or more
 * pay levels named ("mid vs senior") are a comparison.
 */
export function parseLevelChoice(kb: KnowledgeBase, text: string): LevelChoice | null {
  if (saysDone(text)) return { kind: 'done' };
  // The ladder shows pay; "what does a senior care manager do" asks about the work there, which the guide answers.
  if (asksAboutTheWork(text)) return null;
  // Two levels named are compared side by side; pairing one level's pay with the other's rung would mix them up.
  const named = namedSalaryLevels(kb, text);
  if (named.length >= 2) return { kind: 'compare', levels: named };
  const role = findLadderLevel(kb, text);
  const level = findSalaryLevel(kb, text);
  if (level) return { kind: 'salary', level, role: role ?? ladderRoleFor(kb, level) };
  return role ? { kind: 'ladderOnly', role } : null;
}

/** "pay at each level", "from entry all the way to VP", "all the levels": the whole ladder, not the one level named in it. */
const EVERY_LEVEL = /\b(?:each|every|all|levels|ladder|range of)\b|\bfrom\b.*\b(?:to|till|until|through)\b/;

/** True when a question asks for the pay of every level, whatever level it names on the way. */
export function asksForEveryLevel(text: string): boolean {
  return EVERY_LEVEL.test(normalise(text));
}
