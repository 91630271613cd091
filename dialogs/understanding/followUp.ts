import { normalise } from './textMatch';

/**
 * Short follow-ups that lean on the last answer: after the entry-level pay, "and senior?" means senior pay, not what a
 * senior care manager does; after what a director does, "and what do they earn?" means director pay. The pay levels
 * and the roles are two facets of the same career ladder, so such a message changes one facet of the last answer and
 * keeps the other. Everything else is left to the answer engine.
 */

type Topic = 'pay' | 'role';
type Level = 'entry' | 'mid' | 'senior' | 'director' | 'vp';

/** Where each entry on the ladder sits: its topic, and its level (none for the overview of a topic). */
const LADDER: Readonly<Record<string, { topic: Topic; level: Level | null }>> = Object.freeze({
  salary: { topic: 'pay', level: null },
  'salary-entry': { topic: 'pay', level: 'entry' },
  'salary-mid': { topic: 'pay', level: 'mid' },
  'salary-senior': { topic: 'pay', level: 'senior' },
  'salary-director': { topic: 'pay', level: 'director' },
  'salary-vp': { topic: 'pay', level: 'vp' },
  'career-ladder': { topic: 'role', level: null },
  'junior-care-manager': { topic: 'role', level: 'entry' },
  'senior-care-manager': { topic: 'role', level: 'senior' },
  'director-roles': { topic: 'role', level: 'director' },
});

function entryAt(topic: Topic, level: Level): string | null {
  const found = Object.entries(LADDER).find(([, place]) => place.topic === topic && place.level === level);
  return found ? found[0] : null;
}

/** Words for a level on the ladder, as people say them (normalised: lower case, no punctuation). */
const LEVEL_WORDS: ReadonlyArray<readonly [Level, RegExp]> = [
  ['vp', /\b(?:vp|vps|vice president|vice presidents|executive|executives|the top(?: job| level| role)?)\b/],
  ['director', /\b(?:director|directors|supervisor|supervisors|head of|management level)\b/],
  ['senior', /\b(?:senior|seniors|experienced|senior level)\b/],
  ['mid', /\b(?:mid|mid level|midlevel|middle|intermediate|mid career)\b/],
  ['entry', /\b(?:entry|entry level|junior|juniors|beginner|beginners|starting out|starter|newbie|new starter|graduate|first job)\b/],
];

const TOPIC_WORDS: ReadonlyArray<readonly [Topic, RegExp]> = [
  ['pay', /\b(?:pay|paid|earn|earns|earning|earnings|salary|salaries|wage|wages|money|income|how much)\b|\bmake(?: a year| per year)?$/],
  ['role', /\b(?:role|roles|duties|responsibilities|involve|involves|day to day)\b|\bdo$/],
];

/** How a follow-up opens ("and ...", "what about ...") or points back ("they", "that level"). */
const LEANS_BACK = /^(?:(?:ok|okay|so|right|cool|thanks|and|but)\s+)*(?:what about|how about|what of|and|same for|same with|also for|for|at)\b|\b(?:they|them|their|that level|that role|at that point)\b/;

/** A follow-up says little of its own. */
const MAX_FOLLOW_UP_WORDS = 7;

function firstMatch<T>(text: string, table: ReadonlyArray<readonly [T, RegExp]>): T | null {
  for (const [value, pattern] of table) if (pattern.test(text)) return value;
  return null;
}

/**
 * The entry a short follow-up asks for, read against the last answered entry; null when the message is not such a
 * follow-up, the last answer is not on the ladder, or the ladder has no entry there (the guide gives no mid-level role).
 */
export function ladderFollowUp(message: string, lastEntryId: string | undefined): string | null {
  const last = lastEntryId ? LADDER[lastEntryId] : undefined;
  if (!last) return null;
  const text = normalise(message);
  if (text.split(' ').length > MAX_FOLLOW_UP_WORDS || !LEANS_BACK.test(text)) return null;
  const level = firstMatch(text, LEVEL_WORDS);
  const topic = firstMatch(text, TOPIC_WORDS);
  if (level && topic) return entryAt(topic, level);
  if (level) return entryAt(last.topic, level);
  if (topic && topic !== last.topic && last.level) return entryAt(topic, last.level);
  return null;
}
