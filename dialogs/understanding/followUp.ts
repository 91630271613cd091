import type { Answer, AnswerEngine, DeclineReason } from '../../knowledge/answerEngine';
import type { FaqEntry, KnowledgeBase } from '../../knowledge/schema';
import { namesTopic } from './pipeline';
import { normalise } from './textMatch';

/**
 * Short follow-ups that lean on the last answer: after the entry-level pay, "and senior?" means senior pay, not what a
 * senior care manager does; after what a director does, "and what do they earn?" means director pay. The pay levels
 * and the roles are two facets of the same career ladder, so such a message changes one facet of the last answer and
 * keeps the other. Everything else is left to the answer engine.
 */

type Topic = 'pay' | 'role';
type Level = 'entry' | 'mid' | 'senior' | 'director' | 'vp';
const LEVELS_UP: readonly Level[] = ['entry', 'mid', 'senior', 'director', 'vp'];

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
  ['entry', /\b(?:entry|entry level|junior|juniors|beginner|beginners|starting out|just starting|starting|starter|newbie|new starter|someone new|graduate|first job)\b/],
];

const TOPIC_WORDS: ReadonlyArray<readonly [Topic, RegExp]> = [
  ['pay', /\b(?:pay|paid|earn|earns|earning|earnings|salary|salaries|wage|wages|money|income|how much)\b|\bmake(?: a year| per year)?$/],
  ['role', /\b(?:role|roles|duties|responsibilities|involve|involves|day to day)\b|\bdo$/],
];

/** How a follow-up opens ("and ...", "what about ...") or points back ("they", "that level"). */
const LEANS_BACK = /^(?:(?:ok|okay|so|right|cool|thanks|and|but)\s+)*(?:what about|how about|what of|and|same for|same with|also for|for|at)\b|\b(?:they|them|their|that level|that role|at that point)\b/;

/** "what comes after senior?": the level above the one named. */
const ABOVE = /\b(?:after|above|beyond|higher than|next up from|up from) (?!that\b|this\b|it\b|them\b)/;

/** A level said on its own ("senior?", "directors"): nothing else to read it against but the last answer. */
const ONLY_A_LEVEL = /^(?:the )?(?:entry level|entry|mid level|mid|senior|seniors|director|directors|vp|vps|vice president|juniors?)(?: (?:level|ones|one|pay|then))?$/;

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
  if (text.split(' ').length > MAX_FOLLOW_UP_WORDS || !(LEANS_BACK.test(text) || ONLY_A_LEVEL.test(text))) return null;
  const named = firstMatch(text, LEVEL_WORDS);
  const topic = firstMatch(text, TOPIC_WORDS);
  const level = named && ABOVE.test(text) ? levelAbove(topic ?? last.topic, named) : named;
  if (level && topic) return entryAt(topic, level);
  if (level) return entryAt(last.topic, level);
  if (topic && topic !== last.topic && last.level) return entryAt(topic, last.level);
  return null;
}

/** The next level up the ladder that has an entry for the topic (the guide gives no mid-level role). */
function levelAbove(topic: Topic, level: Level): Level | null {
  return LEVELS_UP.slice(LEVELS_UP.indexOf(level) + 1).find((higher) => entryAt(topic, higher) !== null) ?? null;
}

/** A bare "why?" or "how come?" after an answer: the guide's reasons are in that answer, so it is the one asked for. */
const ASKS_WHY = /^(?:(?:but|and|ok|okay|so|hmm|really|oh)\s+)*(?:why|why so|why is that|why is it|why not|how come|how so|how is that)$/;
/** "and the other one?": the one entry that pairs with the last answer. */
const THE_OTHER = /\b(?:the other one|the other|the other (?:cert|certification|course|option|kind|type|one then))$|\bthe other one\b/;
/** "and the other ones?": the entry that lists the last answer among others of its kind. */
const THE_OTHERS = /\b(?:the other ones|the others|the rest|the other (?:types|kinds|areas|options|ones then))\b/;
/** "who gives the first one?": an entry the last answer names, by its place in that answer. */
const ORDINAL = /\bthe (first|second|1st|2nd) one\b/;
/**
 * A word for the last answer's subject: "who offers it", "does it involve schools?", "how do i keep them current",
 * "how do i get into that one". "they" alone is not one (it is nearly always care managers), and "this" or "that"
 * only at the end ("how long does that take" is about the career as often as about the last answer).
 */
const POINTS_BACK = /\b(?:it|its|them|those|these|that one|this one)\b|\b(?:need|get|do|take|have|pick|choose|want|find|join) one\b|\b(?:that|this)$/;
/** Or the message opens as a follow-up does: "and for ...", "what about ...". */
const OPENS_AS_FOLLOW_UP = /^(?:(?:ok|okay|so|right|cool|hmm|and|but)\s+)*(?:and|what about|how about)\b/;
const MAX_CONTEXT_WORDS = 9;
/** A reading with the last answer's subject this sure overrules the message's own words when they place it elsewhere. */
const OVERRULES = 0.95;
/** The answer just given is given again, instead of the entry the message's own words find, only on a reading this sure. */
const SURE_REPEAT = 0.75;
/** The engine's reasons for declining that say it is unsure of the words, not that the topic is outside the guide. */
const UNSURE: ReadonlySet<DeclineReason> = new Set(['weak-match', 'unknown-words']);

/**
 * The entry the guide pairs with the last answer: each lists the other as related, and other entries list the two
 * together (the CCM and the CMC, hard and soft skills). The pair listed together most often wins; a tie is no answer.
 */
function theOtherOf(last: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const listedWith = (entry: FaqEntry) => kb.faqs.filter((other) => other.related.includes(entry.id) && other.related.includes(last.id)).length;
  const pairs = last.related
    .map((id) => kb.faqById.get(id))
    .filter((entry): entry is FaqEntry => entry !== undefined && entry.related.includes(last.id))
    .map((entry) => ({ entry, together: listedWith(entry) }))
    .filter((pair) => pair.together > 0)
    .sort((a, b) => b.together - a.together);
  const [best, next] = pairs;
  return best && (!next || next.together < best.together) ? best.entry : null;
}

/** The one entry that lists the last answer and that it lists back, the overview of its kind (the specialisations for pediatric). */
function overviewOf(last: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const lists = last.related.map((id) => kb.faqById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined && entry.related.includes(last.id));
  return lists.length === 1 ? lists[0]! : null;
}

/** The related entries the last answer names (by the first word of their title, such as "CCM"), in the order it names them. */
function namedIn(last: FaqEntry, kb: KnowledgeBase): FaqEntry[] {
  const text = normalise(last.answer);
  return last.related
    .map((id) => kb.faqById.get(id))
    .filter((entry): entry is FaqEntry => entry !== undefined)
    .map((entry) => ({ entry, at: text.search(new RegExp(`\\b${normalise(entry.title).split(' ')[0]}\\b`)) }))
    .filter((named) => named.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((named) => named.entry);
}

/** True when the engine placed the message with an entry of the guide. */
const placedEntry = (answer: Answer): FaqEntry | null => (answer.kind === 'answer' ? answer.entry : null);

/**
 * The entry a short message that leans on the last answer asks for; null when it is not such a follow-up, or when its
 * own words answer it at least as well. "why?" is the last answer again; "and the other one?" the entry the guide
 * pairs with it. Otherwise the message is read once more with the last answer's title after it ("who offers it" after
 * the CMC reads as "who offers it CMC certification"), and that reading is taken only when it lands on the last answer
 * or an entry the guide relates to it, and places the message more surely than its own words do. So a complete
 * question keeps its own reading: "is it stressful?" after how long it takes is about stress, "can I do it online?"
 * stays a question the guide does not answer, and a message that names a subject of the guide is read as it stands
 * unless the engine cannot place it at all.
 */
export function contextFollowUp(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | null {
  if (!last) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_CONTEXT_WORDS) return null;
  if (ASKS_WHY.test(text)) return last;
  if (THE_OTHERS.test(text)) return overviewOf(last, kb);
  if (THE_OTHER.test(text)) return theOtherOf(last, kb);
  const ordinal = ORDINAL.exec(text)?.[1];
  if (ordinal) return namedIn(last, kb)[ordinal === 'first' || ordinal === '1st' ? 0 : 1] ?? null;
  const pointsBack = POINTS_BACK.test(text);
  if (!pointsBack && !OPENS_AS_FOLLOW_UP.test(text)) return null;
  const alone = engine.answer(message);
  const ownEntry = placedEntry(alone);
  const declined = alone.kind === 'out-of-scope' || alone.kind === 'no-match';
  if (declined && (alone.declined === undefined || !UNSURE.has(alone.declined))) return null;
  if (!declined && namesTopic(kb, message)) return null;
  // "and the paperwork side?" names its own subject: without a word pointing back, the message's own entry stands.
  if (!pointsBack && ownEntry) return null;
  const near = (entry: FaqEntry | null): entry is FaqEntry => entry !== null && (entry.id === last.id || last.related.includes(entry.id));
  // The last answer's subject, by its title and then by its question ("who offers it CMC certification").
  for (const subject of [last.title, last.question]) {
    const withSubject = engine.answer(`${message} ${subject.replace(/\?$/, '')}`);
    const entry = placedEntry(withSubject);
    if (!near(entry) || entry.id === ownEntry?.id) continue;
    // A message the engine cannot read gets "not sure", not the answer just given again; one it can read gets that
    // answer again only on a sure reading ("what about if he doesn't have one" after what you need is the no-degree entry).
    if (entry.id === last.id && (declined || (ownEntry && withSubject.score < SURE_REPEAT))) continue;
    // Read with the subject, the message must be placed at least as surely as on its own words; when its own words
    // place it away from the last answer, surely enough to overrule them.
    if (ownEntry && withSubject.score < alone.score && !(withSubject.score >= OVERRULES && !near(ownEntry))) continue;
    return entry;
  }
  return null;
}
