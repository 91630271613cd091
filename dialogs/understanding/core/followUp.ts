import type { Alternative, Answer, AnswerEngine, DeclineReason } from '../../../knowledge/answerEngine';
import type { TurnEngine } from '../../../knowledge/turnEngine';
import { asksPay } from '../../../knowledge/aspects';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { askedAsTheWriter } from './askedFor';
import { isPadding } from './conversation';
import { namesTopic } from './pipeline';
import { STOP_WORDS } from '../../../knowledge/text';
import { stayedInView } from '../inView/stayInView';
import { experienceOfTheAnswerInView } from '../inView/experienceInView';
import { rungKeptInView } from '../inView/rungInView';
import { besidesInView } from '../inView/besidesInView';
import { worthAskedInView } from '../inView/worthAsked';
import { certificationNeededInView, requirementOfTheThing } from '../inView/requirementInView';
import { oneOfTheList } from '../inView/oneOfTheList';
import { rungStepped } from '../inView/rungStepped';
import { areaEnteredInView } from '../inView/areaEntered';
import { normalise, readNumber, stem } from './textMatch';

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

/** True for an entry of pay on the career ladder: a rung's pay, or the pay of every rung. */
export const isPayOnTheLadder = (entryId: string): boolean => LADDER[entryId]?.topic === 'pay';

/** The pay entry beside a role on the ladder in view (Director pay for "Director & beyond", the pay levels for the career path); null for anything else. */
export function payBesideRole(entryId: string | undefined): string | null {
  const place = entryId ? LADDER[entryId] : undefined;
  if (place?.topic !== 'role') return null;
  return place.level === null ? 'salary' : entryAt('pay', place.level);
}

/** The role beside a level's pay on the ladder (the senior role for the senior pay); null for anything else, or a level with no role of its own. */
export function roleBesidePay(entryId: string | undefined): string | null {
  const place = entryId ? LADDER[entryId] : undefined;
  return place?.topic === 'pay' && place.level !== null ? entryAt('role', place.level) : null;
}

/** True for a rung of the ladder with a level of its own: a level's pay or its role, not the overview of either. */
export const isARung = (entryId: string | undefined): boolean => (entryId ? (LADDER[entryId]?.level ?? null) !== null : false);

/** What the people at a rung have or need: their degree, qualifications, experience, or what it takes to get there. */
const ASKS_OF_THE_PEOPLE = /\b(?:degree|degrees|qualifications?|qualified|experience|background|requirements?|required|what (?:does|would|will) it take|what do (?:i|you|they|u) need)\b/;
/** Doing well in the work of a rung ("how do I get on well at that level?", "how do they succeed there"). */
const DOING_WELL = /\b(?:get on|getting on|do well|doing well|succeed|succeeding|thrive|thriving|stand out|excel)\b|\bwhat (?:do|does|would|will) (?:they|you|u|one|i|he|she) (?:actually |really )?do\b/;
/** A pointer at the rung in view, or its people. */
const AT_THE_RUNG = /\b(?:they|them|their|those|these|that|there|this|it|that level|this level|that role|that stage)\b/;
const MAX_RUNG_QUESTION_WORDS = 10;
/** The rung pointed at in a clause of its own ("... do you need to be at that level?"): said in a word, it is "there". */
const AT_THAT_RUNG = /\s+(?:to (?:be|get|work|stay|move up|become)(?: up)? )?(?:at|to|in|into|on|for) (?:that|this) (?:level|rung|stage|grade|position|role)$/;
const withRungSaidShort = (text: string) => text.replace(AT_THAT_RUNG, ' there');

/**
 * What is asked of the people at the pay level in view, answered by that level's own entry or its role: "what degree do
 * they usually have?" after the entry-level pay and "what experience do you need for that?" after the vice president's
 * pay are that pay's answer (it says who holds the level); "how much experience counts as mid-level?" names the level;
 * "how do I get on well at that level?" after the senior pay is the senior role. Null when no pay level is in view, or
 * the message asks pay, names the career, or says too much to lean on the rung.
 */
export function askedOfTheRung(message: string, lastEntryId: string | undefined): string | null {
  const last = lastEntryId ? LADDER[lastEntryId] : undefined;
  if (last?.topic !== 'pay' || last.level === null) return null;
  const text = withRungSaidShort(normalise(message));
  if (text.split(' ').length > MAX_RUNG_QUESTION_WORDS || NAMES_ITS_PEOPLE.test(text) || asksPay(text)) return null;
  const named = firstMatch(text, LEVEL_WORDS);
  if (!AT_THE_RUNG.test(text) && named === null) return null;
  const level = named ?? last.level;
  if (DOING_WELL.test(text)) return entryAt('role', level);
  return ASKS_OF_THE_PEOPLE.test(text) ? entryAt('pay', level) : null;
}

/** A question short enough to ask only of the rung it names. */
const MAX_RUNG_NAMED_WORDS = 6;

/**
 * A rung named after the career path, asked of in a few words ("what's the top job?", "what about the senior level?"):
 * that rung's role, the highest for "the top". Null when the career path is not in view, pay is asked, no rung is named,
 * or the message says more than the rung.
 */
export function rungOnThePath(message: string, lastEntryId: string | undefined): string | null {
  const last = lastEntryId ? LADDER[lastEntryId] : undefined;
  if (last?.topic !== 'role' || last.level !== null) return null;
  const text = normalise(message);
  if (text.split(' ').length > MAX_RUNG_NAMED_WORDS || asksPay(text) || NAMES_ITS_PEOPLE.test(text) || firstMatch(text, TOPIC_WORDS) === 'pay') return null;
  // "where do i start?", "how would i begin?": the path's first rung (session 37, followupsAV), never the walk's step 1.
  if (START_OF_THE_PATH.test(text)) return entryAt('role', 'entry');
  const named = firstMatch(text, LEVEL_WORDS);
  return named ? entryAtLevel('role', named, text) : null;
}

/** A move to a step of the walk ("go to the first step", "skip to the last step"): the walk's, even with the career path in view. */
const MOVES_TO_A_STEP = /^(?:(?:ok|okay|so|and|then|please|now)\s+)*(?:go|skip|jump|move|take me|back|start|begin|restart|lets|let s|let us|resume)\b/;

/**
 * A rung of the career path in view asked as a step of it ("what's the first step?", "and the last step?"): that
 * rung's role, not the walk's step, which the words alone would be (tuned39, followupsAZ). Null when it moves to a step.
 */
export function rungAskedAsAStep(message: string, lastEntryId: string | undefined): string | null {
  return MOVES_TO_A_STEP.test(normalise(message)) ? null : rungOnThePath(message, lastEntryId);
}

/** Where the career path in view starts, asked of it in a few words. */
const START_OF_THE_PATH = /^(?:(?:ok|okay|so|and|right|cool|alright|then)\s+)*(?:where (?:do|does|would|should|can|shall|will) (?:i|you|one|it|people|someone|most people|they|everyone) (?:start|begin)|how (?:do|does|would|should) (?:i|you|one|it) (?:start|begin))(?: (?:then|tho|though|on it|on that|on this|there))?$/;

/** True for an entry on the career ladder: a rung's pay or role, or the overview of either. */
export const isOnTheLadder = (entryId: string): boolean => entryId in LADDER;

/** The rung next to one on the ladder, of its own facet, a level up (1) or down (-1); null past either end, or where that facet has no entry (no mid-level role). */
export function rungNextTo(entryId: string | undefined, step: 1 | -1): string | null {
  const place = entryId ? LADDER[entryId] : undefined;
  const level = place?.level ? LEVELS_UP[LEVELS_UP.indexOf(place.level) + step] : undefined;
  return place && level ? entryAt(place.topic, level) : null;
}

function entryAt(topic: Topic, level: Level): string | null {
  const found = Object.entries(LADDER).find(([, place]) => place.topic === topic && place.level === level);
  return found ? found[0] : null;
}

/** "the top of that", "the highest one": the topic's highest rung, whatever it is called (the roles end with "Director & beyond"). */
const THE_TOP = /\bthe (?:very )?(?:top|highest)\b|\b(?:last|final) (?:rung|step|level|stage)\b/;

function topEntry(topic: Topic): string | null {
  return [...LEVELS_UP].reverse().map((level) => entryAt(topic, level)).find((entry) => entry !== null) ?? null;
}

/** The entry at a level of the topic; the topic's highest when the top is asked for. */
function entryAtLevel(topic: Topic, level: Level, text: string): string | null {
  return level === 'vp' && THE_TOP.test(text) ? topEntry(topic) : entryAt(topic, level);
}

/** Words for a level on the ladder, as people say them (normalised: lower case, no punctuation). */
const LEVEL_WORDS: ReadonlyArray<readonly [Level, RegExp]> = [
  ['vp', /\b(?:vp|vps|vice president|vice presidents|executive|executives|the (?:very )?top(?: job| level| role)?|(?:last|final) (?:rung|step|level|stage))\b/],
  ['director', /\b(?:director|directors|supervisor|supervisors|head of|management level)\b/],
  ['senior', /\b(?:senior|seniors|experienced|senior level)\b/],
  ['mid', /\b(?:mid|mid level|midlevel|middle|intermediate|mid career)\b/],
  ['entry', /\b(?:entry|entry level|junior|juniors|beginner|beginners|starting out|just starting|starting|starter|newbie|new starter|someone new|graduate|graduates|new grads?|recent grads?|fresh grads?|(?:right |straight |fresh |just )?out of (?:school|college|uni|university)|first job|start on|start at|start off|to start with|at the start|(?:first|bottom|lowest) (?:rung|step|level|stage)|the (?:very )?bottom)\b/],
];

const TOPIC_WORDS: ReadonlyArray<readonly [Topic, RegExp]> = [
  ['pay', /\b(?:pay|paid|earn|earns|earning|earnings|salary|salaries|wage|wages|money|income|how much)\b|\bmake(?: a year| per year)?$/],
  ['role', /\b(?:role|roles|job|jobs|position|positions|duties|responsibilities|involve|involves|day to day)\b|\bdo$/],
];

/** What is asked about the work at a level, not just its name ("the care manager role" names a rung). */
const ASKS_ABOUT_THE_WORK = /\b(?:duties|responsibilities|involve|involves|day to day|(?:job|role|work) like)\b|\bdo$/;

/** How a follow-up opens ("and ...", "what about ...") or points back ("they", "that level", "the top of that"). */
const LEANS_BACK = /^(?:(?:ok|okay|so|right|cool|thanks|and|but)\s+)*(?:what about|how about|what of|and|same for|same with|also for|for|at)\b|\b(?:they|them|their|that level|that role|at that point)\b|\b(?:of|on) (?:that|it|this)$|\bthe (?:first|bottom|lowest) (?:rung|step|level)\b/;

/** "they", "them", "their": the people at the level just talked about, unless the message names its own ("pediatric care managers, what do they do"). */
const POINTS_AT_LEVEL = /\b(?:they|them|their|that level|that role)\b/;
const NAMES_ITS_PEOPLE = /\b(?:manager|managers|manger|mangers)\b/;
/** "what does it pay", "how much would that pay": a figure asked of the role in view ("does it pay good?" judges the career). */
const ROLE_POINTED_AT = /\b(?:what|how much) (?:does|would|will|did|do) (?:it|that)\b/;

/** "and after that?", "the next level up": the level above the last one. */
const NEXT_UP = /^(?:(?:ok|okay|so|and|right|then)\s+)*(?:what about |how about |what comes |what is )?(?:after that|the next (?:level|one)(?: up)?|next level(?: up)?|the level above|above that|one level up|a level up)$/;

/** The rung above the one in view, named as a rung inside a longer question ("how much for the level after that?", "what do they do at the next level up"). */
const NEXT_RUNG = /\bthe (?:level|rung|grade|step|one) (?:after|above|up from) (?:that|this|it|them|those)\b|\bthe next (?:level|rung|grade)\b|\b(?:one|a) (?:level|rung) (?:up|higher)\b|\bthe level above\b/;
const MAX_NEXT_RUNG_WORDS = 10;
/** "what do they do at ...": the work of a rung, wherever the rung is said. */
const WHAT_THEY_DO = /\bwhat (?:do|does|would|will) (?:they|you|u|one|i|he|she|people) (?:actually |really )?do\b/;

/** A rung of the ladder named as one ("the level after senior", "the next rung"). */
const RUNG_WORD = /\b(?:level|levels|rung|rungs|step up|grade)\b/;
/** Words for the rung above, not the time after. */
const RUNG_ABOVE = /\b(?:above|up|next level|level above)\b/;

/** "what comes after senior?": the level above the one named. */
/** A question this short that climbs from a level it names ("whats after senior") needs no word for a rung. */
const MAX_CLIMB_WORDS = 4;
const ABOVE = /\b(?:after|above|beyond|higher than|next up from|up from) (?!that\b|this\b|it\b|them\b)/;

/** A level said on its own ("senior?", "directors"): nothing else to read it against but the last answer. */
const ONLY_A_LEVEL = /^(?:the )?(?:entry level|entry|mid level|mid|senior|seniors|director|directors|vp|vps|vice president|juniors?)(?: (?:level|ones|one|pay|then))?$/;

/** The other facet of the rung in view, said alone ("pay?", "the salary then", "duties?" after a role or a level's pay). */
const ONLY_A_TOPIC = /^(?:(?:and|so|ok|okay|what about|how about)\s+)*(?:the |their )?(?:pay|salary|money|wage|wages|earnings|duties|responsibilities|role|job)(?: (?:then|tho|though|there))?$/;

/** "how do you even get that high up", "how would I get there": reaching the level just talked about (above entry), which is moving up. */
const GETTING_THERE =
  /\bhow (?:do|can|would|could|does|did|will) (?:i|you|one|someone|people|they|he|she) (?:even |actually |ever )?(?:get|make it|climb|rise|move up|advance|progress|work (?:my|your|their|his|her) way up)(?: up)? (?:there|that high|that far|to that level|to that point|up there|so high|to the top|that high up)\b|\bhow (?:do|can|would|could|does|will) (?:i|you|one|someone|people|they|he|she) (?:even |actually |ever )?work (?:(?:my|your|their|his|her) way )?up to (?:that|there|it|that level|that role)\b/;
const MOVING_UP = 'advancing';

/** A follow-up says little of its own. */
const MAX_FOLLOW_UP_WORDS = 7;

/** "what does a senior care manager do", "what's the director job like": the work at a level of the ladder, not its pay. */
export function asksAboutTheWork(message: string): boolean {
  const text = normalise(message);
  return ASKS_ABOUT_THE_WORK.test(text) && firstMatch(text, TOPIC_WORDS) !== 'pay';
}

/** True when the message names a level of the ladder ("starting out", "senior"): pay asked there is that level's. */
export function namesALevel(message: string): boolean {
  return firstMatch(normalise(message), LEVEL_WORDS) !== null;
}

/** Words around a level that say nothing more of it ("right out of school then?"). */
const AROUND_A_LEVEL = new Set(['right', 'straight', 'fresh', 'just', 'then', 'tho', 'though', 'the', 'a', 'an', 'at', 'for', 'and', 'so', 'what', 'about', 'how', 'ones', 'one', 'people', 'folks']);

/** True when the text is the pattern's words and only words around a level. */
function saysOnly(text: string, pattern: RegExp): boolean {
  const rest = text.replace(new RegExp(pattern.source, 'g'), ' ').split(' ').filter(Boolean);
  return rest.every((word) => AROUND_A_LEVEL.has(word));
}

function firstMatch<T>(text: string, table: ReadonlyArray<readonly [T, RegExp]>): T | null {
  for (const [value, pattern] of table) if (pattern.test(text)) return value;
  return null;
}

/**
 * The entry a short follow-up asks for, read against the last answered entry; null when the message is not such a
 * follow-up, the last answer is not on the ladder, or the ladder has no entry there (the guide gives no mid-level role).
 */
export function ladderFollowUp(message: string, lastEntryId: string | undefined, kb?: KnowledgeBase, beforeEntryId?: string): string | null {
  const last = lastEntryId ? LADDER[lastEntryId] : undefined;
  if (!last) return null;
  const text = normalise(message);
  if (last.level && last.level !== 'entry' && GETTING_THERE.test(text)) return MOVING_UP;
  // "what about someone who's been doing it 6 or 7 years" after the pay: the level whose experience holds those years.
  const byYears = kb && text.split(' ').length <= MAX_YEARS_FOLLOW_UP_WORDS && LEANS_BACK.test(text) ? levelByYears(text, kb) : null;
  if (byYears) return entryAt(last.topic, byYears);
  const experience = experienceOfRung(text, last);
  if (experience) return experience;
  // "and how much for the level after that?" after the senior pay: the rung above, of the facet asked (or the one in view).
  if (last.level && NEXT_RUNG.test(text) && text.split(' ').length <= MAX_NEXT_RUNG_WORDS && firstMatch(text, LEVEL_WORDS) === null) {
    const topic = firstMatch(text, TOPIC_WORDS) ?? (WHAT_THEY_DO.test(text) ? 'role' : last.topic);
    const above = levelAbove(topic, last.level);
    if (above) return entryAt(topic, above);
  }
  // "and after that?" after a level's pay is the next level's pay (after a role, the engine reads it: the career path).
  // "and above that?" names a rung, so after a role it is the role above (after a role, "and after that?" is read by the
  // engine: the career path, as people meant it, unless the path or another role was the answer before).
  if (NEXT_UP.test(text)) {
    // Once the career path has been shown (or a role before this one), the person is climbing it: the next rung.
    const climbing = beforeEntryId !== undefined && LADDER[beforeEntryId]?.topic === 'role';
    if (!last.level || (last.topic === 'role' && !RUNG_ABOVE.test(text) && !climbing)) return null;
    return entryAt(last.topic, levelAbove(last.topic, last.level) ?? last.level);
  }
  const named = firstMatch(text, LEVEL_WORDS);
  // "what's the level after senior" climbs the ladder in view from the level it names.
  const climbsFrom = named !== null && ABOVE.test(text) && (RUNG_WORD.test(text) || text.split(' ').length <= MAX_CLIMB_WORDS);
  // "what does it pay" after the junior role: "it" is the role in view, asked of as a thing.
  const payOfTheRole = last.topic === 'role' && last.level !== null && ROLE_POINTED_AT.test(text) && firstMatch(text, TOPIC_WORDS) === 'pay';
  // Said after a rung of the other facet: after a level's pay, "pay?" is the pay in general.
  const otherFacet = last.level !== null && ONLY_A_TOPIC.test(text) && firstMatch(text, TOPIC_WORDS) !== last.topic;
  // "right out of school?", "fresh grads?": the level said in words of its own, and nothing else.
  const onlyTheLevel = named !== null && saysOnly(text, LEVEL_WORDS.find(([level]) => level === named)![1]);
  if (text.split(' ').length > MAX_FOLLOW_UP_WORDS || !(LEANS_BACK.test(text) || ONLY_A_LEVEL.test(text) || onlyTheLevel || climbsFrom || payOfTheRole || otherFacet)) return null;
  // The words that name the level are not its topic: "the top job" is the top level, "the director jobs" the roles.
  const topic = firstMatch(named ? text.replace(LEVEL_WORDS.find(([level]) => level === named)![1], ' ') : text, TOPIC_WORDS);
  const level = named && ABOVE.test(text) ? levelAbove(topic ?? last.topic, named) : named;
  if (level && topic) return entryAtLevel(topic, level, text);
  if (level) return entryAtLevel(last.topic, level, text);
  if (payOfTheRole && last.level && !NAMES_ITS_PEOPLE.test(text)) return entryAt('pay', last.level);
  // "what do they do" after the senior role stays with seniors; "and what do they earn" after it is senior pay.
  if (topic && last.level && !NAMES_ITS_PEOPLE.test(text) && (topic !== last.topic || POINTS_AT_LEVEL.test(text) || otherFacet)) return entryAt(topic, last.level);
  return null;
}

/**
 * The experience a rung calls for, asked of the level in view or of one the message names ("how many yrs is mid", "how
 * much experience for that", "how many years to get there" after a level's pay): that level's pay entry, which gives it.
 */
const ASKS_EXPERIENCE = /\bhow (?:many|much) (?:years?|yrs?|experience)\b|\bhow long (?:until|til|till|before|to (?:get|reach|become))\b/;
const POINTS_AT_RUNG = /\b(?:that|there|it|this|that level|this level|that high)\b/;
const MAX_EXPERIENCE_WORDS = 8;

/** The pay entry of the rung whose experience is asked, named or in view; null when none is asked. */
function experienceOfRung(text: string, last: { topic: Topic; level: Level | null }): string | null {
  if (!ASKS_EXPERIENCE.test(text) || withRungSaidShort(text).split(' ').length > MAX_EXPERIENCE_WORDS) return null;
  const named = firstMatch(text, LEVEL_WORDS);
  if (named) return entryAt('pay', named);
  return last.topic === 'pay' && last.level !== null && POINTS_AT_RUNG.test(text) ? entryAt('pay', last.level) : null;
}

/** A follow-up that says how many years of experience may say it at more length. */
const MAX_YEARS_FOLLOW_UP_WORDS = 14;
/** "6 or 7 years", "3 yrs", "ten years": a number of years (the larger, for a range). */
const YEARS = /\b(\w+)(?: (?:or|to) (\w+))? (?:years?|yrs?)\b/;
/** Said before a number of years, it means more than that many. */
const MORE_THAN = /\b(?:after|over|more than|beyond|past|in)(?: (?:like|about|around|roughly|maybe|say|another|a))*\s*$/;
/** "0–2 years", "5+ years": the experience a salary level gives in the guide, as numbers. */
const EXPERIENCE = /^(\d+)\s*(?:[-\u2013]\s*(\d+)|\+)/;

/**
 * The ladder level whose experience in the guide holds the years a message says (a boundary year goes to the lower
 * level: 2 years is entry-level in "0–2 years"); null when it says none or the guide gives no number for them.
 */
function levelByYears(text: string, kb: KnowledgeBase): Level | null {
  const said = YEARS.exec(text);
  if (!said) return null;
  const counted = Math.max(...[said[1], said[2]].map((word) => (word ? readNumber(word) : null)).filter((n): n is number => n !== null));
  // "after 5 yrs", "over 5 years": more than five, past the boundary (5 is the top of mid-level's 2-5).
  const years = MORE_THAN.test(text.slice(0, said.index)) ? counted + 0.5 : counted;
  if (!Number.isFinite(years)) return null;
  for (const salary of kb.salaries) {
    const range = EXPERIENCE.exec(salary.experience);
    const level = LADDER[salary.faqId]?.level;
    if (!range || !level) continue;
    const [from, to] = [Number(range[1]), range[2] === undefined ? Infinity : Number(range[2])];
    if (years >= from && years <= to) return level;
  }
  return null;
}

/** The next level up the ladder that has an entry for the topic (the guide gives no mid-level role). */
function levelAbove(topic: Topic, level: Level): Level | null {
  return LEVELS_UP.slice(LEVELS_UP.indexOf(level) + 1).find((higher) => entryAt(topic, higher) !== null) ?? null;
}

/** Pay going up: "how long until it goes up?", "does it go up quick", "when do you get a raise", "how fast does pay rise". */
const PAY_RISES = /\b(?:go|goes|going|gone|went) up\b|\b(?:rise|rises|rising|increase|increases|increasing|climb|climbs|raise|raises|pay rise|pay rises)\b/;
/**
 * What else pay may rise with, which the guide answers elsewhere ("does pay go up with certification?"), or pay weighed
 * against another ("than nurses").
 */
const RISES_WITH_OTHER = /\b(?:than|certif\w*|ccm|cmc|degree|master\w*|bachelor\w*|specialis\w*|specializ\w*|licen[cs]\w*|country|state|city|area|where)\b/;
/** Where a sentence ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.?!])\s+/;
/** The most words a question of pay rising takes before it asks something of its own. */
const MAX_RISE_WORDS = 10;

/**
 * Pay going up, asked of the pay in view ("thats less than im on now. how long until it goes up?" after the entry-level
 * pay, "does it go up quick" after the pay ranges): the next level's pay, which gives its figure and the years of
 * experience it comes with (the guide says pay rises with experience), not how long it takes to become a care
 * manager. Called by the answer before the follow-up rules (answerTurn.ts); null when the pay is not in view or the
 * rise is asked of something else ("does pay go up with certification?").
 */
export function payRiseInView(message: string, lastEntryId: string | undefined): string | null {
  const last = lastEntryId ? LADDER[lastEntryId] : undefined;
  // The sentence that asks, after what was said of the pay ("thats less than im on now tbh. how long until it goes up?").
  const text = normalise(message.split(SENTENCE_BREAK).at(-1) ?? message);
  if (last?.topic !== 'pay' || !PAY_RISES.test(text) || RISES_WITH_OTHER.test(text) || text.split(' ').length > MAX_RISE_WORDS) return null;
  const above = levelAbove('pay', last.level ?? 'entry');
  return above ? entryAt('pay', above) : null;
}

/** A bare "why?" or "how come?" after an answer: the guide's reasons are in that answer, so it is the one asked for. */
const ASKS_WHY =
  /^(?:(?:but|and|ok|okay|so|hmm|really|oh)\s+)*(?:why|why so|why is that|why is it|why not|how come|how so|how is that|in what way|in what ways|in what sense|in which way|how exactly|like how)(?:\s+(?:though|tho|then|exactly|really|do you mean|do you say that))?$/;
/** "why does that matter so much?", "why is it needed": why, of the last answer's subject, in words that name nothing else. */
const ASKS_WHY_OF_IT = /^(?:(?:but|and|ok|okay|so)\s+)*why (?:is|does|do|would|should|are) (?:that|this|it|they|those) (?:so |really |even |actually )?(?:matter|matters|important|needed|necessary|required|necessary|a thing|useful|worth it|good|better)(?: so much| that much| then)?$/;
/** "worth it?", "is it really worth it tho", "do they pay off?": worth asked with nothing named but the pointer ("pay off" is worth, not pay). */
/** Why the thing in view is done, and nothing else named ("why do they make you do that?", "why do i have to keep it up?"). */
const WHY_IT_IS_DONE =
  /^(?:(?:but|and|ok|okay|so|hmm)\s+)*why (?:do|does|would|should|must|did) (?:they|you|i|we|one|people) (?:even |really |actually )?(?:make (?:you|us|me|people|them) |have to |need to |got to |gotta |bother (?:to |with )?)?(?:do|doing|get|keep|renew|take|redo|repeat) (?:that|it|this|them|those)(?: (?:up|again|up to date|every time|so often|at all))?$/;
const WORTH_IT =
  /^(?:(?:but|and|so|ok|okay|hmm)\s+)*(?:(?:(?:is|are|was|would) (?:it|that|this|they|those|one) )?(?:really |even |actually |honestly )?worth (?:it|them|doing|getting|joining|one)|(?:does|do|did|will|would|can) (?:it|that|this|they|those|these|them) (?:really |even |actually |honestly |ever )?pay off)(?:\s+(?:though|tho|then|really|at all|in the end|later|long term))?$/;

/**
 * "worth it?" after a thing one takes or joins is that thing's worth ("worth it?" after the professional groups, the
 * internships), which the engine alone reads as the career's: the thing named in the question, taken when that lands
 * clearly on the last answer or next to it. After the career's own answers (the stress, the pay, a role), whose titles
 * name no such thing, it stays whether the career is rewarding.
 */
function worthOfTheThing(last: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | null {
  if (!isNounPhrase(last.title) || NAMES_A_ROLE.test(last.title)) return null;
  const inContext = engine.answer(`is ${last.title.toLowerCase()} worth it`);
  const entry = placedEntry(inContext);
  return nearTo(last, kb)(entry) && inContext.score >= CLEAR ? entry : null;
}

/** Titles of the career itself or a role in it, whose worth is the career's ("Salary", "Senior pay", "Career path"). */
const NAMES_A_ROLE = /\b(?:pay|salary|career|role|manager|director|president|work|job|jobs|hours|environment|outlook|duties)\b/i;

/** "and the other one?": the one entry that pairs with the last answer. */
const THE_OTHER = /\b(?:the other one|the other|the other (?:cert|certification|course|option|kind|type|one then))$|\bthe other one\b/;
/** "and the other ones?": the entry that lists the last answer among others of its kind. */
const THE_OTHERS = /\b(?:the other ones|the others|the rest|the other (?:types|kinds|areas|options|ones then))\b|^(?:(?:and|so|ok|okay)\s+)*what other (?:options|areas|types|kinds) (?:are there|is there|do you have|can i (?:do|choose|pick))$/;
/** "who gives the first one?": an entry the last answer names, by its place in that answer. */
const ORDINAL = /\bthe (first|second|1st|2nd) one\b/;
/**
 * Words that point back, by what they can refer to. A pronoun refers to the last answer's subject only when it agrees
 * with it: "they" and "their" need a body of people (the professional groups; otherwise "they" is care managers in
 * general, as in "what hours do they work?"); "them", "those", "these", "its", "that one" and "need one" a
 * thing, and after an answer the only thing in view is its subject, so their message lacks a subject of its own
 * (but one becomes or is a person: "steps to become one?" is a care manager); "it", "that" and "this" as often mean
 * the career or the situation ("is it stressful?", "how long would it take").
 */
const PEOPLE_POINTER = /\b(?:they|their)\b/;
/** Verbs whose "one" is a thing had or done ("need one", "getting one"), in every form people use them. */
const TAKES_ONE = String.raw`(?:need(?:s|ing)?|get(?:s|ting)?|do(?:es|ing)?|take(?:s)?|taking|ha(?:ve|s|ving)|pick(?:s|ing)?|choos(?:e|es|ing)|want(?:s|ing)?|find(?:s|ing)?|join(?:s|ing)?)`;
const THING_POINTER = new RegExp(String.raw`\b(?:its|them|those|these|that one|this one)\b|\b${TAKES_ONE} one\b`);
const WEAK_POINTER = /\b(?:it|that|this)\b/;

/** "who would I be working with in that": a question asked within the subject, closed by the pointer. */
const WITHIN_IT = /\b(?:in|within) (?:that|it)$/;
/**
 * "that" opening a clause about a thing named just before it ("any specialties that fit a med-surg background?", "a job
 * that pays more"): it points at nothing in view (tester ut32a: the pay was shown again).
 */
const RELATIVE_THAT = String.raw`\b(?:(?!(?:does|is|was|has|this|his|its|yes|as|us|plus|thus|whats|thats|lets)\b)[a-z]+s|one|something|anything|area|specialty|specialization|job|role|field|course|degree|certification|skill|thing|place|kind|type|path|route|program) that(?= (?:would |could |will |might |best |really |most )?(?:fit|fits|suit|suits|match|matches|work|works|use|uses|help|helps|pay|pays|lead|leads|need|needs|require|requires|involve|involves|deal|deals|focus|focuses|combine|combines)\b)`;
/**
 * "all that" is everything said so far, "after that" the next in a sequence, and "for this" at the end, "this role"
 * or "it" asked of the person ("do u even need uni for this", "... for this or nah", "talking to people in this role",
 * "is it for me?") the career: none points at the last answer's subject.
 */
const NOT_A_POINTER_WORDS = /\b(?:all|after|before|like) (?:that|this)\b|\bfor this(?= (?:or (?:not|nah|no|what)|tho|though|then|lol)$|$)|\bthis (?:role|job|field|career|profession|line of work)\b|\b(?:it|this|that)(?= (?:(?:really|even|actually|honestly) )?(?:for me|right for me|suit me|suited to me|a (?:good )?fit for me|my thing)\b)/g;
const NOT_A_POINTER = new RegExp(`${NOT_A_POINTER_WORDS.source}|${RELATIVE_THAT}`, 'g');
/**
 * A title that names a body of people, for "they" ("what do they give you" after the professional groups). A rung of
 * the ladder is not one: what "they" earn or do there is read by ladderFollowUp, and otherwise "they" are care managers.
 */
const NAMES_PEOPLE = /\b(?:groups?|organi[sz]ations?|associations?|societies|society|bodies)\b/i;
/** A title that is a noun phrase ("CCM certification", "Soft skills"), not a question or a clause ("Is it stressful?", "Where they work"). */
const NOT_A_NOUN_PHRASE = /\?|^(?:what|how|is|who|where|why|without|about|must|moving|keeping|working|keep)\b|\b(?:it|they)\b/i;
/** "the soft ones", "the computer ones": the last answer's kind of thing, with a word that picks one of its kind. */
const ONES = /\b(\w+) ones\b/;
/** "tell me more about the care plan part", "and the paperwork side?": a part of what was just said. */
const MORE_ON_A_PART = /\b(?:tell me more about|more about|more on|expand on)\b|\bthe (?:\w+ ){1,3}(?:part|side|bit|aspect)\b/;
/** Or the message opens as a follow-up does: "and for ...", "what about ...". */
const OPENS_AS_FOLLOW_UP = /^(?:(?:ok|okay|so|right|cool|hmm|and|but)\s+)*(?:and|what about|how about)\b/;
const MAX_CONTEXT_WORDS = 9;
/** "like a doctorate?", "such as what": an example of the last answer's subject, asked with no verb of its own. */
const AN_EXAMPLE = /^(?:(?:and|so|oh|hmm|ok|okay)\s+)*(?:like|such as|for example|for instance)(?: (?!of\b)\w+){1,3}$/;
/**
 * A question word with nothing else ("where?", "who with?", "for how long?", "which ones?"): it asks an aspect and says
 * no subject, so the subject is the last answer's.
 */
const FRAGMENT =
  /^(?:(?:and|but|so|ok|okay|oh|hmm|right)\s+)*(?:who|where|when|who with|with who|with whom|who by|by who|by whom|where from|from where|where at|for how long|how long|how long for|how much|how often|how many|since when|until when|what for|for what|about what|on what|with what|like what|which ones?|what kinds?|what sort|what types?)(?:\s+(?:though|tho|then|exactly|roughly|usually|typically|mostly|mainly|generally|specifically|in particular))?$/;
/**
 * Where a message may be complete on its own ("it" can be the career), a reading in context that overrules the words
 * alone must also be a clear one. On dialogA, dialogC and dialogE together, such readings that were right scored 0.79
 * or more; of the two wrong ones, this stops the one at 0.69 and not the one at 0.83.
 */
const CLEAR = 0.75;
/** The engine's reading of words that are nearly one of the guide's own phrasings. */
const SURE_ALONE = 0.95;
/** The engine's reasons for declining that say it is unsure of the words, not that the topic is outside the guide. */
const UNSURE: ReadonlySet<DeclineReason> = new Set(['weak-match', 'unknown-words']);

type Pointer = 'thing' | 'people' | 'weak' | 'opener';

/**
 * "progress reports - who writes them", "do certs expire or do i keep them forever": a clause before the pointer may
 * name what it points at.
 */
const CLAUSE_BEFORE = /[,;:]\s|\s[-\u2013\u2014]+\s|\s(?:or|and)\s(?:do|does|is|are|can|will|would|should|how|what|why|where|when|who)\b/i;

/** How the message points back at the last answer, the strongest way first; null when it does not. */
function pointerIn(message: string, text: string, last: FaqEntry): Pointer | null {
  const free = text.replace(NOT_A_POINTER, ' ');
  // Only a subject named by a noun phrase can be pointed at as a thing or as people ("What you need" cannot be "one").
  const strong = isNounPhrase(last.title) && !CLAUSE_BEFORE.test(message);
  if (THING_POINTER.test(free)) return strong ? 'thing' : 'weak';
  if (PEOPLE_POINTER.test(free) && strong && NAMES_PEOPLE.test(last.title)) return 'people';
  if (WEAK_POINTER.test(free)) return 'weak';
  return OPENS_AS_FOLLOW_UP.test(text) ? 'opener' : null;
}

/** Whether an entry's title names a thing that can be pointed at ("CCM certification"), not a clause ("Where they work"). */
export const isNounPhrase = (title: string) => !NOT_A_NOUN_PHRASE.test(title);

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

/** The one entry that lists this one and that it lists back: the overview of its kind (the specialisations for pediatric). */
function listedBothWays(entry: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const lists = entry.related.map((id) => kb.faqById.get(id)).filter((other): other is FaqEntry => other !== undefined && other.related.includes(entry.id));
  return lists.length === 1 ? lists[0]! : null;
}

/**
 * The overview of the last answer's kind: the entry it and the overview list each other (the specialisations for
 * pediatric); else the overview two or more of its siblings agree on (the specialisations for chronic disease, which
 * that overview does not list); else the entry next to it that lists several of its kind and whose title names the
 * kind (the certifications for the CCM).
 */
function overviewOf(last: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const own = listedBothWays(last, kb);
  if (own) return own;
  const siblings = kb.faqs.filter((entry) => areSiblings(last, entry, kb));
  const kind = new Set([last.id, ...siblings.map((entry) => entry.id)]);
  const theirs = siblings.map((sibling) => listedBothWays(sibling, kb)).filter((entry): entry is FaqEntry => entry !== null && !kind.has(entry.id));
  const agreed = new Set(theirs);
  if (agreed.size === 1 && theirs.length >= 2) return theirs[0]!;
  const word = stem(kindWord(last.title));
  const namesTheKind = kb.faqs.filter(
    (entry) =>
      !kind.has(entry.id) &&
      entry.related.filter((id) => kind.has(id)).length >= 2 &&
      (entry.related.includes(last.id) || last.related.includes(entry.id)) &&
      normalise(entry.title).split(' ').some((titleWord) => stem(titleWord) === word),
  );
  if (namesTheKind.length === 1) return namesTheKind[0]!;
  // Else the entry listed both ways with it whose title's kind its own question asks of ("Key skills" for leadership,
  // asked as "what leadership skills ...").
  const asked = new Set(normalise(last.question).split(' ').map(stem));
  const askedKind = last.related
    .map((id) => kb.faqById.get(id))
    .filter((entry): entry is FaqEntry => entry !== undefined && entry.related.includes(last.id) && asked.has(stem(kindWord(entry.title))));
  return askedKind.length === 1 ? askedKind[0]! : null;
}

/** The related entries the last answer names (by the first word of their title, such as "CCM"), in the order it names them. */
function namedIn(last: FaqEntry, kb: KnowledgeBase): FaqEntry[] {
  const text = normalise(last.answer);
  return last.related
    .map((id) => kb.faqById.get(id))
    .filter((entry): entry is FaqEntry => entry !== undefined)
    .flatMap((entry) => {
      const name = normalise(entry.title).split(' ')[0] ?? '';
      return isName(name, kb) ? [{ entry, at: text.search(new RegExp(`\\b${name}\\b`)) }] : [];
    })
    .filter((named) => named.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((named) => named.entry);
}

/** Question and linking words that open titles ("Is it stressful?", "Which degree", "Keep learning") name nothing. */
const NOT_A_NAME = new Set(['is', 'which', 'what', 'how', 'who', 'where', 'why', 'must', 'keep', 'keeping', 'moving', 'working', 'about', 'without', 'the', 'a', 'an', 'why', 'first']);
const namesOf = new WeakMap<KnowledgeBase, Map<string, number>>();

/** A title's first word names its entry when it is no question or linking word and opens or fills at most two titles ("CCM", "Geriatric"). */
function isName(word: string, kb: KnowledgeBase): boolean {
  let counts = namesOf.get(kb);
  if (!counts) {
    counts = new Map();
    for (const entry of kb.faqs) for (const titleWord of new Set(normalise(entry.title).split(' '))) counts.set(titleWord, (counts.get(titleWord) ?? 0) + 1);
    namesOf.set(kb, counts);
  }
  return word.length >= 3 && !NOT_A_NAME.has(word) && (counts.get(word) ?? 0) <= 2;
}

/** "which is better?", "what's the difference between the two?": the last two things talked about, side by side. */
const COMPARES_THEM = new RegExp(
  String.raw`^(?:(?:ok|okay|so|and|but|right|hmm|thanks|great|cool|then)\s+)*` +
    String.raw`(?:which (?:one |1 |of (?:them|the two|those|these|the 2|those two|these two|them two|both|the two of them) )?(?:is |s )?(?:better|best|the better one|the best one|the better option|the best option|easier|harder|more useful|more valuable|more recognised|more recognized)(?: to (?:get|do|have|take|go for|start with|pick))?` +
    String.raw`|which (?:one |1 |of (?:them|the two|those|these|the 2|those two|these two|both) )?(?:should|would) (?:i|he|she|we|they|you) (?:choose|pick|go for|get|do)` +
    String.raw`|what is the difference(?: between (?:the two|them|both|those|these|the 2|the two of them))?|whats the difference(?: between (?:the two|them|both))?|how do (?:they|the two|those) (?:differ|compare)|how are (?:they|the two|those) different|compare (?:them|the two|both|those|these))` +
    // A closing word, or the person it is weighed for ("for me", "for someone starting out"), which the guide weighs for no one.
    String.raw`(?: (?:then|though|tho|lol|honestly|really|overall|do you think|you think|in your opinion|would you say))*` +
    String.raw`(?: for (?:me|us|(?:someone|somebody|people)(?: [a-z]+){0,5}|(?:a|an|my)(?: [a-z]+){1,5}))?$`,
);

/** Which of the two to pick, not what sets them apart or a criterion of its own ("which is better?", "which should I go for?"). */
const PICKS_ONE = /\b(?:better|best|should|would)\b/;
/** Pay or a measure named where the two are weighed for someone ("better for someone who wants money"): a criterion of its own, not the two side by side. */
const WEIGHED_ON = /\b(?:pay|paid|money|salary|salaries|jobs?|demand|stress|stressful|time|quicker|faster|cheaper)\b/;

/** A title that is itself a choice between two ("Bachelor's/master's"). */
const CHOICE_TITLE = /\/| or | vs /i;

/** True for an answer that is itself a choice between two ("Bachelor's/master's"), which weighs them in its own words. */
export const isChoiceBetweenTwo = (entry: FaqEntry): boolean => CHOICE_TITLE.test(entry.title);

/** True when the message asks which of two things in view is better, or how they differ. */
export function comparesThem(message: string): boolean {
  const text = normalise(message);
  return COMPARES_THEM.test(text) && !WEIGHED_ON.test(text);
}

/**
 * True when the message asks which of the two in view to pick, with no criterion of its own ("which one is better?",
 * "which of the two is better for someone starting out?", "which should I go for?"): the guide ranks neither unless
 * an answer says so, and what it does not answer is declined with both in view.
 */
export function picksOneOfThem(message: string): boolean {
  return comparesThem(message) && PICKS_ONE.test(normalise(message));
}

/**
 * The entries "which is better?" compares, only ever two of a kind: the answer before the last and the last one, when
 * they are siblings (two specialisations, two certifications, two pay levels); else the last answer's own pair, the
 * two it names (the certifications, and keeping certified, name the CCM and the CMC) or the one the guide pairs it with
 * (after the CCM, the CMC); else the last answer, when it is itself a choice between two (bachelor's or master's).
 * Empty when the message does not compare or nothing in view makes a pair: the CCM and keeping it current are no pair.
 */
export function comparedEntries(message: string, last: FaqEntry | undefined, before: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry[] {
  if (!last || !comparesThem(message)) return [];
  if (CHOICE_TITLE.test(last.title)) return [last];
  if (before && areSiblings(before, last, kb)) return [before, last];
  const named = namedIn(last, kb).filter((entry, _at, all) => all.some((other) => areSiblings(entry, other, kb)));
  if (named.length >= 2) return named.slice(0, 2);
  const other = theOtherOf(last, kb);
  return other && areSiblings(last, other, kb) ? [last, other] : [];
}

/**
 * "which is better?" when nothing in view makes a pair of its own (after the CCM and then keeping certified the last
 * answer has no sibling): the pairs of a kind that the answers in view belong to, the last one's first, to choose from
 * (the CCM and the CMC). Empty when the message does not compare or neither answer has a sibling.
 */
export function comparablePairs(message: string, last: FaqEntry | undefined, before: FaqEntry | undefined, kb: KnowledgeBase): Array<readonly [FaqEntry, FaqEntry]> {
  if (!last || !comparesThem(message)) return [];
  const pairs: Array<readonly [FaqEntry, FaqEntry]> = [];
  for (const inView of before && before.id !== last.id ? [last, before] : [last]) {
    for (const sibling of siblingsOf(inView, kb)) {
      if (!pairs.some(([a, b]) => (a.id === inView.id && b.id === sibling.id) || (a.id === sibling.id && b.id === inView.id))) pairs.push([inView, sibling]);
    }
  }
  return pairs.slice(0, MAX_PAIRS_OFFERED);
}

/** Pairs offered to choose from: a few, the closest first. */
const MAX_PAIRS_OFFERED = 3;

const familiesOf = new WeakMap<KnowledgeBase, ReadonlyArray<ReadonlySet<string>>>();

/**
 * The guide's own lists of things of one kind: the specialisations, the salary levels and the roles on the ladder.
 * Other entries are of a kind when they list each other and their titles name the same kind of thing ("CCM
 * certification" and "CMC certification", "Hard skills" and "Soft skills").
 */
function families(kb: KnowledgeBase): ReadonlyArray<ReadonlySet<string>> {
  let found = familiesOf.get(kb);
  if (!found) {
    const roles = Object.entries(LADDER).filter(([, place]) => place.topic === 'role' && place.level !== null).map(([id]) => id);
    found = [new Set(kb.specialisations.map((spec) => spec.faqId)), new Set(kb.salaries.map((level) => level.faqId)), new Set(roles)];
    familiesOf.set(kb, found);
  }
  return found;
}

const kindWord = (title: string) => normalise(title).split(' ').at(-1) ?? '';

/** Two different entries of one kind, which can be weighed against each other. */
export function areSiblings(a: FaqEntry, b: FaqEntry, kb: KnowledgeBase): boolean {
  if (a.id === b.id) return false;
  if (families(kb).some((family) => family.has(a.id) && family.has(b.id))) return true;
  return a.related.includes(b.id) && b.related.includes(a.id) && isNounPhrase(a.title) && isNounPhrase(b.title) && kindWord(a.title) === kindWord(b.title);
}

/** The entries of the same kind as this one, the one the guide pairs it with first. */
function siblingsOf(entry: FaqEntry, kb: KnowledgeBase): FaqEntry[] {
  const other = theOtherOf(entry, kb);
  const siblings = kb.faqs.filter((candidate) => areSiblings(entry, candidate, kb));
  return other && siblings.some((sibling) => sibling.id === other.id) ? [other, ...siblings.filter((sibling) => sibling.id !== other.id)] : siblings;
}

/**
 * "and the other one?" when the last answer does not pair with one entry: after the certifications, which name the CCM
 * and the CMC, it could be either. The entries it names (or, naming none, those the guide relates to it) are offered to
 * pick from, as they are for "and the other ones?" when no overview lists the last answer; an empty list when the
 * message is not such a pointer or what it points at is known.
 */
export function pointedChoices(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry[] {
  if (!last) return [];
  const text = normalise(message);
  if (text.split(' ').length > MAX_CONTEXT_WORDS) return [];
  if (THE_OTHERS.test(text)) return overviewOf(last, kb) ? [] : relatedTo(last, kb);
  if (!THE_OTHER.test(text) || theOtherOf(last, kb)) return [];
  const named = namedIn(last, kb);
  if (named.length >= 2) return named;
  return relatedTo(last, kb);
}

function relatedTo(last: FaqEntry, kb: KnowledgeBase): FaqEntry[] {
  return last.related.map((id) => kb.faqById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined);
}

/**
 * "what else besides leadership?", "which other ones apart from the CCM": asked beyond the last answer's subject, named
 * after the word that sets it aside, so the rest of its kind is asked for.
 */
const BEYOND = /^(?:(?:and|so|ok|okay|right|but)\s+)*(?:what else|which else|what others?|which others?|an[y] others?|anything else|what are the others?|which are the others?|the others?)\b(?:.*\s)?(?:besides|apart from|aside from|other than|except|except for|on top of|as well as)\s+(.+)$/;

function asksBeyond(text: string, last: FaqEntry): boolean {
  const beyond = BEYOND.exec(text)?.[1];
  return beyond !== undefined && namesSubjectOf(beyond, last);
}

/** Below this, the engine's answer is a guess between its leading readings, for the conversation to settle. */
const UNSURE_ANSWER = 0.5;

/**
 * The engine answered unsurely (under 0.5) with an entry away from the last answer, and one of its leading readings by
 * words, scoring at least as well, is next to it: that one, the closest to the last answer first ("what do the
 * organisations give you" after keeping learning: the professional groups, not where care managers work). Null when
 * the words name the subject of their own answer and not the other reading's, or the closest readings tie.
 */
function preferredInContext(message: string, alone: Answer, last: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const own = placedEntry(alone);
  if (!own || alone.score >= UNSURE_ANSWER) return null;
  const ownId = own.id;
  // Words that name their own answer's subject keep it, unless they name the other reading's as well.
  const ownNamed = namesSubjectOf(message, own);
  if (nearTo(last, kb)(own)) return null;
  const readings = (alone.ranked ?? []).filter((candidate) => candidate.id !== ownId && candidate.score >= alone.score && (!ownNamed || namesSubjectOf(message, kb.faqById.get(candidate.id) ?? null)));
  return closestTo(last, readings, kb);
}

/** "the organisations": a thing named with "the", as one already in view, by a word of the entry's title or tags. */
function definitelyNames(text: string, entry: FaqEntry): boolean {
  const named = subjectWordsOf(entry);
  return [...text.matchAll(/\bthe (\w+)\b/g)].some((match) => !STOP_WORDS.has(match[1]!) && named.has(stem(match[1]!)));
}

/** Of the candidates, the one closest to the last answer (itself, then those it relates, then those relating it); null for none or a tie. */
function closestTo(last: FaqEntry, candidates: readonly Alternative[], kb: KnowledgeBase): FaqEntry | null {
  const closeness = (id: string) => (id === last.id ? 3 : last.related.includes(id) ? 2 : kb.faqById.get(id)?.related.includes(last.id) ? 1 : 0);
  const ranked = candidates.map((candidate) => ({ id: candidate.id, close: closeness(candidate.id) })).filter((candidate) => candidate.close > 0);
  const best = Math.max(0, ...ranked.map((candidate) => candidate.close));
  const closest = ranked.filter((candidate) => candidate.close === best);
  return closest.length === 1 ? (kb.faqById.get(closest[0]!.id) ?? null) : null;
}

/** A reading this close to the engine's answer (a share of its score) is one the engine weighed it against. */
const CLOSE_READING = 0.9;

/** True when the entry is among the engine's close readings of the words: its leading candidates or its alternatives. */
const readsAsOneOf = (alone: Answer, entry: FaqEntry) =>
  [...(alone.ranked ?? []), ...alone.alternatives].some((reading) => reading.id === entry.id && reading.score >= alone.score * CLOSE_READING);

/** The words alone land clearly on an entry next to the last answer, not on it: they already follow on from it. */
function followsOnAlone(alone: Answer, last: FaqEntry, kb: KnowledgeBase): boolean {
  const own = placedEntry(alone);
  return own !== null && own.id !== last.id && nearTo(last, kb)(own) && alone.score >= CLEAR;
}

/** True when the engine placed the message with an entry of the guide. */
const placedEntry = (answer: Answer): FaqEntry | null => (answer.kind === 'answer' ? answer.entry : null);

/** The last answer and the entries the guide relates to it, either way round: what a follow-up can land on. */
function nearTo(last: FaqEntry, kb: KnowledgeBase): (entry: FaqEntry | null) => entry is FaqEntry {
  return (entry): entry is FaqEntry => entry !== null && (entry.id === last.id || last.related.includes(entry.id) || (kb.faqById.get(entry.id)?.related.includes(last.id) ?? false));
}

/**
 * "the soft ones" after the key skills is "the soft skills": the word that picks one, with the last answer's kind of
 * thing (the last word of its title). Taken when that lands near the last answer at least as surely as the message alone.
 */
function oneOfItsKind(message: string, last: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase, alone: Answer): FaqEntry | null {
  const text = normalise(message);
  const picked = ONES.exec(text);
  if (!picked || picked[1] === 'other' || !isNounPhrase(last.title)) return null;
  const kind = normalise(last.title).split(' ').at(-1)!;
  const reading = engine.answer(text.replace(ONES, `$1 ${kind}`));
  const entry = placedEntry(reading);
  const unsureAlone = alone.kind !== 'answer' && alone.declined !== undefined && UNSURE.has(alone.declined);
  return nearTo(last, kb)(entry) && (unsureAlone || reading.score >= alone.score) ? entry : null;
}

/**
 * The entry a short message that leans on the last answer asks for; null when it is not such a follow-up, or when its
 * own words answer it at least as well. "why?" is the last answer again; "and the other one?" the entry the guide
 * pairs with it; "the soft ones" one of the last answer's kind. Otherwise a message that points back is read once more
 * with the last answer's subject (its title in place of the pointer, after the message, then its question), and that
 * reading is taken only when it lands on the last answer or an entry the guide relates to it, and:
 * - the message alone is weak: it names no subject of the guide (or the engine is unsure of its words), so "is it
 *   rewarding though" and "which degree for that" keep their own reading;
 * - and the reading in context is clearly the better one: with a pointer that needs the last answer's subject ("how do
 *   I keep them current", "what do they give you" after the professional groups), a reading alone that lands away
 *   from that subject ignored the pointer, so the context reading wins; with a pointer that may mean the career ("it",
 *   "that") or only an opening ("and ...?"), the context reading must place the message at least as surely as its own
 *   words do, so "is it worth it" after the stress answer stays with whether it is rewarding.
 * A message the engine cannot read alone gets "not sure", not the answer just given again. `before` is the answer
 * given before the last one: "the second one" after two answers is the later.
 */
export function contextFollowUp(message: string, last: FaqEntry | undefined, engine: TurnEngine, kb: KnowledgeBase, before?: FaqEntry): FaqEntry | null {
  if (!last) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_CONTEXT_WORDS) return null;
  if (ASKS_WHY.test(text) || ASKS_WHY_OF_IT.test(text) || WHY_IT_IS_DONE.test(text)) return last;
  if (WORTH_IT.test(text)) return worthOfTheThing(last, engine, kb);
  // "could that include a doctorate?" after continuing development, which names one: a thing asked to be part of it.
  if (includedInIt(text, last)) return last;
  // "what do those orgs actually give you?" after the professional groups: what the thing in view gives, which it says.
  if (asksWhatItGives(text, last, kb)) return last;
  if (WHO_GIVES_IT.test(text) && ASKS_WHO_GIVES.test(text) && NAMES_A_BODY.test(last.answer)) return last;
  if (THE_OTHERS.test(text)) return overviewOf(last, kb);
  if (THE_OTHER.test(text)) return theOtherOf(last, kb);
  const ordinal = ORDINAL.exec(text)?.[1];
  if (ordinal) {
    // The list in view: the entries the last answer names, else the two answers just given ("is the second one hard to get?").
    const named = namedIn(last, kb);
    const list = named.length >= 2 ? named : before && before.id !== last.id ? [before, last] : [];
    return list[ordinal === 'first' || ordinal === '1st' ? 0 : 1] ?? null;
  }
  // Two questions in one ("do they work weekends and is it stressful") are each read on their own words.
  if (engine.questionsIn(message) > 1) return null;
  // "what else besides leadership?": the rest of the last answer's kind (the key skills), not the last answer again.
  if (asksBeyond(text, last)) return overviewOf(last, kb);
  const alone = engine.answer(message);
  // "some on mental health?" after the courses, "who do they work with, schools?" after pediatric care: what the
  // follow-up adds to the subject in view is something that subject's own answer says.
  if (saidInTheLastAnswer(message, text, last, alone, kb)) return last;
  // "what skills would I need for that?" after moving up, "do they offer certifications?" after the professional
  // groups: a part the answer in view gives, asked of the thing it is about.
  if (askedForAPartOfIt(text, last, alone, kb)) return last;
  const ownEntry = placedEntry(alone);
  // The words alone already have a subject of their own, next to the last answer or named by its title ("how do i get
  // into that area" after chronic disease is how to specialise; "which of those are the soft ones" after leadership the
  // soft skills): the pointer relates that subject to the last answer, and reading the last answer's title into the
  // message must not pull it back onto the last answer. Unless the engine itself weighed the last answer among its
  // readings ("who offers it" after the CMC: the CCM or the CMC), where the conversation decides.
  // "it", "that" or "this" may mean the career: a word that names few entries' subjects is then the words' own subject
  // ("can i do it without goin to uni" after how long it takes is working without a degree).
  const pointer = pointerIn(message, text, last);
  const weakPointer = pointer === 'weak';
  // A pointer that needs a thing ("where would I even do one?" after the internships) is all the subject there is when
  // the words alone name nothing of the entry they follow on to (finding a job, through "where").
  const thingPointer = pointer === 'thing';
  const ownSubject = ownEntry !== null && ownEntry.id !== last.id && !readsAsOneOf(alone, last) && ((followsOnAlone(alone, last, kb) && (!thingPointer || namesSubjectOf(message, ownEntry))) || namesTitleOf(message, ownEntry) || (nearTo(last, kb)(ownEntry) && namesSubjectOf(message, ownEntry)) || (weakPointer && alone.score >= CLEAR && namesRarelyNamed(message, ownEntry, kb)));
  const pulledBack = (entry: FaqEntry | null) => ownSubject && entry?.id === last.id;
  const ofItsKind = oneOfItsKind(message, last, engine, kb, alone);
  if (ofItsKind) return pulledBack(ofItsKind) ? null : ofItsKind;
  if (FRAGMENT.test(text) || AN_EXAMPLE.test(text)) {
    const fragment = fragmentInContext(message, last, engine, kb);
    return pulledBack(fragment) ? null : fragment;
  }
  // Asked within the subject, in words its own answer says ("who would I be working with in that" after pediatric
  // care, which says who you work with): that answer, not the general one ("what hours would I work in that").
  // Unless its words alone already land clearly next to that answer: "how would she specialise in that" after
  // pediatric care is how to specialise, which follows on from it in its own words.
  if (WITHIN_IT.test(text) && isNounPhrase(last.title) && saysAllOf(last, text.replace(WITHIN_IT, ' ')) && !ownSubject && !followsOnAlone(alone, last, kb)) return last;
  const chosen = pointer || MORE_ON_A_PART.test(text) ? chosenInContext(alone, last, kb) : null;
  if (chosen) return chosen;
  // The engine placed the words, unsurely, and one of its leading readings is next to the last answer: when the words
  // point back, or name that reading's subject as one in view ("what do the organisations give you" after keeping
  // learning) and name no subject of the guide of their own, the conversation chooses between them.
  const preferred = preferredInContext(message, alone, last, kb);
  if (preferred && (pointer || definitelyNames(text, preferred)) && !namesTopic(kb, message)) return preferred;
  if (!pointer) return saysNoSubject(text, alone, message, kb) ? readWithTheSubject(message, last, engine) : null;
  const declined = alone.kind === 'out-of-scope' || alone.kind === 'no-match';
  if (declined && (alone.declined === undefined || !UNSURE.has(alone.declined))) return null;
  // Declined for words the guide never uses ("what time is it in tokyo", "will it rain tmrw"): about something else.
  if (declined && !allWordsOfTheGuide(text, kb)) return null;
  if (!declined && namesTopic(kb, message)) return null;
  // "and the paperwork side?" names its own subject: with only an opening, the message's own entry stands.
  if (pointer === 'opener' && ownEntry) return null;
  const near = nearTo(last, kb);
  const subject = last.title.replace(/\?$/, '');
  const overview = overviewOf(last, kb);
  // The subject's kind first ("how would I get into that" after pediatric: into a specialization), taken only when it
  // lands on another entry of that kind's own (how to specialise), not on the subject or the overview again.
  const kind = pointer !== 'opener' && overview ? overview.title : null;
  const readings = [
    ...(kind ? [text.replace(pointerPattern(pointer), kind)] : []),
    ...(isNounPhrase(last.title) ? [text.replace(pointerPattern(pointer), subject)] : []),
    `${message} ${subject}`,
    `${message} ${last.question.replace(/\?$/, '')}`,
  ];
  // A reading alone that lands away from the subject a pointer needs ignored the pointer; "they" for a body of people
  // only when the words alone are not a sure question about care managers ("who do they work with"); "it" and "that"
  // when the words alone are not sure either and name nothing of the entry they land on ("who runs it?" after the CMC
  // is not working for yourself, which the engine reached through "run"), so the pointer is all the subject there is.
  const ignoredPointer = (pointer === 'thing' || ((pointer === 'people' || (pointer === 'weak' && isNounPhrase(last.title) && !namesSubjectOf(message, ownEntry))) && alone.score < SURE_ALONE)) && !near(ownEntry);
  const outranksAlone = (inContext: Answer) => !ownEntry || ignoredPointer || (inContext.score > alone.score && inContext.score >= CLEAR);
  let ofTheKind: FaqEntry | null = null;
  for (const [at, reading] of readings.entries()) {
    if (reading === text) continue;
    const inContext = engine.answer(reading);
    const entry = placedEntry(inContext);
    // Read with its kind, the message may land on an entry next to the kind's overview ("is it required" after the CCM:
    // whether certification is required, which the certifications list beside the CCM); taken when the reading with the
    // subject lands there too ("what are its requirements" after the CMC is the CMC).
    const nextToTheKind = kind !== null && overview !== null && entry !== null && entry.id !== ownEntry?.id && nearTo(overview, kb)(entry) && outranksAlone(inContext);
    if (at === 0 && nextToTheKind) ofTheKind = entry;
    if (at === 1 && nextToTheKind && entry.id === ofTheKind?.id) return entry;
    if (!near(entry) || entry.id === ownEntry?.id || pulledBack(entry)) continue;
    // Words the engine cannot read, with only an opening ("and in rupees?"), get "not sure", not the answer just given
    // again; with a pointer at a subject ("what would I be doing in that" after geriatric care, not "what about if he
    // doesn't have one" after what you need), a clear reading of that subject is the answer.
    // A thing's pointer ("are those less important?" after the soft skills) is all the subject a message the engine
    // cannot place has: a reading of that thing need only land on it as surely as a bare question's does.
    if (entry.id === last.id && declined && (pointer === 'opener' || !isNounPhrase(last.title) || inContext.score < (pointer === 'thing' ? BARE_CLEAR : CLEAR))) continue;
    if (kind && at === 0 && (entry.id === last.id || entry.id === overview?.id)) continue;
    if (!outranksAlone(inContext)) continue;
    return entry;
  }
  return null;
}

/**
 * "where?" after the internships is where to do one; "like a doctorate?" after continuing development is an example
 * of it; "who with?" after coordinating services is who with: the fragment
 * read with the last answer's subject (its title, then its question), taken when that lands clearly on the last answer
 * or an entry next to it. A fragment that does not gets the engine's reading of its words.
 */
function fragmentInContext(message: string, last: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | null {
  const near = nearTo(last, kb);
  // An example must be one the entry speaks of: "like a doctorate?" after the stress answer is not about stress.
  const example = exampleWords(normalise(message));
  for (const reading of [`${message} ${last.title.replace(/\?$/, '')}`, `${message} ${last.question.replace(/\?$/, '')}`]) {
    const inContext = engine.answer(reading);
    const entry = placedEntry(inContext);
    if (near(entry) && inContext.score >= CLEAR && saysWords(entry, example)) return entry;
  }
  return null;
}

/**
 * A thing asked to be part of the subject in view: "could that include a doctorate?", "does it cover mental health?",
 * "would home visits be part of that?", "is budgeting included in it?". The thing is what the message names.
 */
const INCLUDES = [
  /^(?:(?:and|so|but|ok|okay|hmm)\s+)*(?:does|do|did|could|would|can|will|might|is|are) (?:that|it|this|those|these|they) (?:also |even |ever |really |actually )?(?:include|includes|including|cover|covers|covering|involve|involves|involving|take in|extend to)(?: (?:things|stuff|something|anything) like)? (.+)$/,
  /^(?:(?:and|so|but|ok|okay|hmm)\s+)*(?:is|are|would|could|will|does|do) (.+?) (?:be |come |count |fall )?(?:part of|included in|covered by|counted in|under|in) (?:that|it|this|them|those|these)$/,
  // "could i go as far as a doctorate?", "does reading journals count too?": a thing added to what the answer lists.
  /^(?:(?:and|so|but|ok|okay|hmm)\s+)*(?:could|can|would|should|might|will) (?:i|you|one|someone|they|we) (?:go|get|take it|study|keep going) (?:as far as|all the way to|up to|on to) (.+)$/,
  /^(?:(?:and|so|but|ok|okay|hmm)\s+)*(?:does|do|would|could|will|can|is|are) (.+?) (?:count|counts|qualify|qualifies) (?:too|as well|also|aswell)$/,
];

/** True when the message asks whether a thing is part of the subject in view and every word naming the thing (or one of the things) is said by that subject's own texts. */
function includedInIt(text: string, last: FaqEntry): boolean {
  const thing = INCLUDES.map((pattern) => pattern.exec(text)?.[1]).find((said) => said !== undefined);
  if (!thing || NAMES_THE_CAREER.test(thing)) return false;
  // "a PhD or a doctorate": one of the things named is enough.
  return thing.split(/ or /).some((one) => {
    const words = one.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !NAMES_NOTHING.test(word));
    return words.length > 0 && saysWords(last, words);
  });
}

/** How an example opens ("like", "such as"): the words after it carry its meaning. */
const EXAMPLE_OPENING = /^(?:(?:and|so|oh|hmm|ok|okay)\s+)*(?:like|such as|for example|for instance)\s+/;

/** The words of an example that carry meaning ("doctorate" in "like a doctorate?"); none for other messages. */
function exampleWords(text: string): string[] {
  if (!AN_EXAMPLE.test(text)) return [];
  return text.replace(EXAMPLE_OPENING, '').split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !NAMES_NOTHING.test(word));
}

/** Question words, pointers and words for a thing in general: an example made of them ("like which ones?") names nothing. */
const NAMES_NOTHING = /^(?:which|what|who|whom|where|when|how|one|ones|them|those|these|that|this|it|thing|things|stuff|kind|kinds|sort|sorts|type|types|exactly|really|seriously|else)$/;

const entryWords = new WeakMap<FaqEntry, ReadonlySet<string>>();

/** A word with a plural "s" taken off, and nothing else: a stem would make "doctorate" a doctor. */
const singular = (word: string) => word.replace(/(?<=\w{3})s$/, '');

/** True when the entry's own texts (title, question, phrasings, answer, tags) say every one of the words, plurals aside. */
function saysWords(entry: FaqEntry, words: readonly string[]): boolean {
  let said = entryWords.get(entry);
  if (!said) {
    said = new Set([entry.title, entry.question, indexedAnswer(entry), ...entry.alternates, ...entry.tags].flatMap((phrase) => normalise(phrase).split(' ')).map(singular));
    entryWords.set(entry, said);
  }
  return words.every((word) => said.has(singular(word)));
}

/** Most entries offered for an example the last answer does not speak of. */
const MAX_EXAMPLE_CHOICES = 3;

/**
 * "like a doctorate?" after how long it takes and the stress answer: an example the last answer never speaks of does
 * not fit it, and its one word read alone lands anywhere ("doctor" is the team). The entries whose own texts speak of
 * it (the degree levels, continuing development) are offered to pick from; empty when the message is no such example,
 * the last answer speaks of it, or no entry does.
 */
export function exampleChoices(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry[] {
  const example = exampleWords(normalise(message));
  if (!last || example.length === 0 || saysWords(last, example)) return [];
  // The entries that name it in their title or tags first ("like the ccm?": the CCM before the certifications).
  const speaking = kb.faqs.filter((entry) => entry.id !== last.id && saysWords(entry, example));
  const names = (entry: FaqEntry) => example.every((word) => normalise([entry.title, ...entry.tags].join(' ')).split(' ').map(singular).includes(singular(word)));
  return [...speaking.filter(names), ...speaking.filter((entry) => !names(entry))].slice(0, MAX_EXAMPLE_CHOICES);
}

/**
 * The entry a message asks for in the context of the last answer, before the engine reads it on its own words: a
 * step along the career ladder ("and senior?"), else a follow-up that leans on the last answer ("who runs it?");
 * null when the message's own words stand. `before` is the answer given before the last one; `lastRejected` when the
 * message says the last answer was not what was asked, so nothing is read as asked of it by the learned choice.
 */
export function followUpEntry(message: string, last: FaqEntry | undefined, engine: TurnEngine, kb: KnowledgeBase, before?: FaqEntry, lastRejected = false): FaqEntry | null {
  // "who gives it out tho": the closing word says nothing, and read with it the words may land nowhere near the subject.
  const plain = message.replace(CLOSING_PADDING, '');
  // "does my student actually need it?": asked for someone else, read as the writer's own question (askedFor.ts).
  const asWriter = askedAsTheWriter(message);
  const ruled =
    followUpOf(message, last, engine, kb, before) ??
    (plain !== message && /\w/.test(plain) ? followUpOf(plain, last, engine, kb, before) : null) ??
    (asWriter ? followUpOf(asWriter, last, engine, kb, before) : null);
  // The rules read nothing: a learned choice between the words alone and the subject in view (stayInView.ts), unless the
  // person said the last answer was not what they asked ("that's not what i asked, i wanted the hours they work"), or
  // the message compares two things in view or asks which one is meant, which the turn reads after this.
  if (ruled || lastRejected || comparesThem(message) || pointedChoices(message, last, kb).length > 0 || exampleChoices(message, last, kb).length > 0) return ruled;
  return stayedInView(message, last, engine, kb);
}

function followUpOf(message: string, last: FaqEntry | undefined, engine: TurnEngine, kb: KnowledgeBase, before: FaqEntry | undefined): FaqEntry | null {
  const ofTheRung = rungStepped(message, last, kb, before) ?? rungKeptInView(message, last, kb);
  if (ofTheRung) return ofTheRung;
  const onTheLadder = ladderFollowUp(message, last?.id, kb, before?.id);
  if (onTheLadder) return kb.faqById.get(onTheLadder) ?? null;
  const needed = certificationNeededInView(message, last);
  if (needed) return kb.faqById.get(needed) ?? null;
  return experienceOfTheAnswerInView(message, last, kb, true) ?? areaEnteredInView(message, last, kb) ?? besidesInView(message, last) ?? worthAskedInView(message, last, kb) ?? requirementOfTheThing(message, last) ?? oneOfTheList(message, last) ?? careerPointedAt(message, engine) ?? contextFollowUp(message, last, engine, kb, before) ?? pointedPastTheLast(message, last, engine, kb, before);
}

/** Words that close a follow-up and say nothing of it ("tho", "lol", "then"), with the marks after them. */
const CLOSING_PADDING = /(?:[\s,]+(?:tho|though|lol|lool|lmao|haha|tbh|ngl|then))+(?=[\s?!.]*$)/i;

/**
 * "where would i do one" after the internships and then where care managers work: a thing's pointer cannot mean the
 * last answer's subject when that is no thing ("Where they work"), so it means the thing in view before it, when that
 * is one. Null when the message has no such pointer or the last answer can be pointed at.
 */
function pointedPastTheLast(message: string, last: FaqEntry | undefined, engine: TurnEngine, kb: KnowledgeBase, before: FaqEntry | undefined): FaqEntry | null {
  if (!last || !before || isNounPhrase(last.title) || !isNounPhrase(before.title)) return null;
  if (!THING_POINTER.test(normalise(message).replace(NOT_A_POINTER, ' '))) return null;
  return contextFollowUp(message, before, engine, kb);
}

/** The pointers that mean the career itself ("is it for me?", "this role", "... for this"), with the words around them kept. */
const CAREER_POINTER = /\bfor this(?= (?:or (?:not|nah|no|what)|tho|though|then|lol)$|$)|\bthis (?:role|job|field|career|profession|line of work)\b|\b(?:it|this|that)(?= (?:(?:really|even|actually|honestly) )?(?:for me|right for me|suit me|suited to me|a (?:good )?fit for me|my thing)\b)/;
/** What the career is called when a pointer at it is read again. */
const THE_CAREER = 'care management';

/**
 * "is it for me?", "is this really for me": "it" asked of the person is the career, whatever the last answer was, and the
 * engine, which reads no "it", declines it. Read again with the career named ("is care management for me?"), it is
 * the guide's answer on whether the career suits you; taken only when the words alone were not answered and the
 * reading with the career is clear.
 */
function careerPointedAt(message: string, engine: AnswerEngine): FaqEntry | null {
  const text = normalise(message);
  if (!CAREER_POINTER.test(text) || text.split(' ').length > MAX_CONTEXT_WORDS) return null;
  if (engine.answer(message).kind === 'answer') return null;
  const reading = engine.answer(text.replace(CAREER_POINTER, THE_CAREER));
  return reading.kind === 'answer' && reading.score >= CLEAR ? reading.entry : null;
}

/** "what even is it", "what it actually is", "what does it mean": what a thing is, with only "it" for the thing. */
const WHAT_IT_IS = /\bwhat (?:even |actually |exactly |really )?is it\b|\bwhat it (?:even |actually |exactly |really )?is\b|\bwhat (?:does|do) it (?:even |actually |really )?(?:mean|involve)\b/;
/** "i asked ...", "i wanted to know ...": the question said again, after an answer that missed it. */
const ASKED_AGAIN = /\bi (?:asked|said|meant|was asking|wanted to know|want to know)\b/;
/** What was said before the question asked again ("no i asked", "lol i said"), left out of its reading. */
const BEFORE_ASKED_AGAIN = /^.*?\bi (?:asked|said|meant|was asking|wanted to know|want to know)\s+/;
const MAX_ASKED_AGAIN_WORDS = 10;

/**
 * "no i asked what it actually is", "that's not what I asked. what even is it?": what "it" is, asked again after an
 * answer that missed it, cannot be that answer's subject; it is the career the person came to ask about (read with the
 * career named: what a care manager is). Null when the message is no such question, the last answer was not rejected
 * or said to miss, or the reading with the career is not clear.
 */
export function careerAskedAgain(message: string, lastRejected: boolean, engine: AnswerEngine): FaqEntry | null {
  const text = normalise(message);
  if (!WHAT_IT_IS.test(text) || text.split(' ').length > MAX_ASKED_AGAIN_WORDS || !(lastRejected || ASKED_AGAIN.test(text))) return null;
  const asked = text.replace(BEFORE_ASKED_AGAIN, '').replace(/\bit\b/, THE_CAREER);
  const reading = engine.answer(asked);
  return reading.kind === 'answer' && reading.score >= CLEAR ? reading.entry : null;
}

/**
 * "tell me more about the care plan part" after the responsibilities: the engine hesitates between care planning and
 * compliance, and care planning is the one the last answer lists as related. When the engine offers a choice and one
 * of its candidates is closer to the last answer than the others, the conversation has already chosen.
 */
function chosenInContext(alone: Answer, last: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const hesitates = alone.kind === 'ambiguous' || (alone.kind === 'no-match' && alone.declined !== undefined && UNSURE.has(alone.declined));
  if (!hesitates) return null;
  return closestTo(last, alone.alternatives, kb);
}

/** A thing's or people's pointer, its own words: "them", "their", the "one" of "need one". */
const STRONG_POINTER_WORDS = new RegExp(String.raw`\b(?:its|them|those|these|that one|this one|they|their)\b|(?<=\b${TAKES_ONE} )one\b`);

/** The pointer's own words, to put the last answer's subject in their place. */
function pointerPattern(pointer: Pointer): RegExp {
  return pointer === 'thing' || pointer === 'people' ? STRONG_POINTER_WORDS : /\b(?:it|that|this)\b/;
}

const subjectWords = new WeakMap<FaqEntry, ReadonlySet<string>>();

/** The words that name an entry's subject: its title's and tags' words, stemmed, without stop words. */
function subjectWordsOf(entry: FaqEntry): ReadonlySet<string> {
  let found = subjectWords.get(entry);
  if (!found) {
    found = new Set([entry.title, ...entry.tags].flatMap((phrase) => normalise(phrase).split(' ')).filter((word) => word && !STOP_WORDS.has(word)).map(stem));
    subjectWords.set(entry, found);
  }
  return found;
}

/**
 * True when the message says a word that names the entry's subject, as its title and tags do ("certs worth it?" names
 * why to certify): "who runs it?" lands on working for yourself through "run", a word none of that entry's names.
 */
function namesSubjectOf(message: string, entry: FaqEntry | null): boolean {
  if (!entry) return false;
  const named = subjectWordsOf(entry);
  return normalise(message).split(' ').some((word) => !STOP_WORDS.has(word) && named.has(stem(word)));
}

/**
 * True when the entry's title names a thing ("Soft skills", not "Where they work") and the message says a word of it:
 * the title, unlike the tags, holds no aspect words ("requirements", "study") that a follow-up asks of another subject.
 */
function namesTitleOf(message: string, entry: FaqEntry): boolean {
  if (!isNounPhrase(entry.title)) return false;
  const title = new Set(normalise(entry.title).split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem));
  return normalise(message).split(' ').some((word) => !STOP_WORDS.has(word) && title.has(stem(word)));
}

/** True when the message says a word of the entry's title, whatever the title's shape ("hours" of "Working hours"). */
function saysTitleWord(message: string, entry: FaqEntry): boolean {
  const title = new Set(normalise(entry.title).split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem));
  return normalise(message).split(' ').some((word) => !STOP_WORDS.has(word) && !NO_SUBJECT.has(word) && title.has(stem(word)));
}

/** A subject word this rare (named by at most this many entries' titles and tags) names its entry, not an aspect. */
const RARE_SUBJECT_ENTRIES = 2;
const subjectCounts = new WeakMap<KnowledgeBase, ReadonlyMap<string, number>>();

/**
 * True when the message says a word that names the entry's subject and few others' ("uni" names working without a
 * degree; "manage" names half the guide): its own subject, which a pointer ("can i do it without goin to uni")
 * relates to the career rather than replaces.
 */
function namesRarelyNamed(message: string, entry: FaqEntry, kb: KnowledgeBase): boolean {
  const counts = entriesWithWord(kb, subjectCounts, subjectWordsOf);
  const named = subjectWordsOf(entry);
  return normalise(message).split(' ').some((word) => !STOP_WORDS.has(word) && named.has(stem(word)) && (counts.get(stem(word)) ?? 0) <= RARE_SUBJECT_ENTRIES);
}

/**
 * How many of the guide's entries have each word among `wordsOf(entry)`, counted once per knowledge base in `counted`.
 */
export function entriesWithWord(kb: KnowledgeBase, counted: WeakMap<KnowledgeBase, ReadonlyMap<string, number>>, wordsOf: (entry: FaqEntry) => ReadonlySet<string>): ReadonlyMap<string, number> {
  let counts = counted.get(kb);
  if (!counts) {
    const counting = new Map<string, number>();
    for (const entry of kb.faqs) for (const word of wordsOf(entry)) counting.set(word, (counting.get(word) ?? 0) + 1);
    counts = counting;
    counted.set(kb, counts);
  }
  return counts;
}

const answerWords = new WeakMap<FaqEntry, ReadonlySet<string>>();

/** The words of the entry's answer (stemmed), read once. */
function answerWordsOf(entry: FaqEntry): ReadonlySet<string> {
  let said = answerWords.get(entry);
  if (!said) {
    said = new Set(normalise(indexedAnswer(entry)).split(' ').map(stem));
    answerWords.set(entry, said);
  }
  return said;
}

/** True when the entry's answer says every word of the text that carries meaning (stemmed), and there is one. */
function saysAllOf(entry: FaqEntry, text: string): boolean {
  const said = answerWordsOf(entry);
  const words = text.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word));
  return words.length > 0 && words.every((word) => said.has(stem(word)));
}

const guideWords = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** True when every word of the text that carries meaning is one the guide's entries use (stemmed); padding ("tho") carries none. */
function allWordsOfTheGuide(text: string, kb: KnowledgeBase): boolean {
  let known = guideWords.get(kb);
  if (!known) {
    const texts = kb.faqs.flatMap((entry) => [entry.title, entry.question, indexedAnswer(entry), ...entry.alternates, ...entry.tags]);
    known = new Set(texts.flatMap((phrase) => normalise(phrase).split(' ')).map(stem));
    guideWords.set(kb, known);
  }
  return text.split(' ').every((word) => STOP_WORDS.has(word) || isPadding(word) || known.has(stem(word)));
}

/** The most words, padding aside, of a message that only asks ("examples?", "where tho", "depends on what"). */
const MAX_BARE_WORDS = 3;
/** A reading with the subject in view is taken for a message that says no subject when it lands on it this surely. */
const BARE_CLEAR = 0.5;

/**
 * "examples?", "where tho", "how", "depends on what": a few words the engine cannot place, none of them naming a
 * subject (of the guide's or of anything else), so the message asks only of what is in view.
 */
function saysNoSubject(text: string, alone: Answer, message: string, kb: KnowledgeBase): boolean {
  if (alone.kind !== 'no-match' && alone.kind !== 'out-of-scope') return false;
  if (alone.declined === undefined || !UNSURE.has(alone.declined)) return false;
  const words = text.split(' ').filter((word) => word && !isPadding(word));
  return words.length > 0 && words.length <= MAX_BARE_WORDS && ASKING_WORD.test(text) && !namesTopic(kb, message) && allWordsOfTheGuide(text, kb);
}

/** A word that asks ("how", "where", "examples"): a bare message without one ("hi") asks nothing of the subject. */
const ASKING_WORD = /\b(?:what|whats|how|why|when|where|which|who|examples?)\b/;

/** The last answer, when the message read with its subject (its title, then its question) lands on it; else null. */
function readWithTheSubject(message: string, last: FaqEntry, engine: AnswerEngine): FaqEntry | null {
  for (const reading of [`${message} ${last.title.replace(/\?$/, '')}`, `${message} ${last.question.replace(/\?$/, '')}`]) {
    const inContext = engine.answer(reading);
    if (placedEntry(inContext)?.id === last.id && inContext.score >= BARE_CLEAR) return last;
  }
  return null;
}

/** A determiner with no noun of its own ("some on mental health?", "ones for older people"): the noun is the subject in view. */
const HEADLESS = /^(?:(?:and|so|ok|okay|but|what about|how about)\s+)*(?:an[y]|some|ones?|the ones?)\s+(?:on|for|about|in|with|covering)\b/;
/**
 * Something added to the subject in view, in a few words with no verb ("social workers too?" after who they work with,
 * "insurance stuff as well?" after the day-to-day): asked of that subject, which its answer may already cover.
 */
const ADDED = /^(?:(?:and|so|ok|okay|but|what about|how about|also|plus)\s+)*(?!(?:is|are|do|does|did|can|could|will|would|should|was|were|have|has|it|they|that|this|i|you|u)\b)(?:\w+\s+){0,2}\w+\s+(?:too|as well|aswell|also)$/;
/**
 * A thing added with an opener and nothing else ("and medication?" after the day-to-day, "what about being patient?"
 * after the key skills): a noun of up to three words, no verb that asks, so it asks of the subject in view.
 */
const OPENED = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:and|what about|how about|what of)\s+(?!(?:is|are|do|does|did|can|could|will|would|should|was|were|have|has|it|they|that|this|i|you|u|if|for|with|when)\b)(?:\w+\s+){0,2}\w+$/;
/** True when the message only adds a thing to the subject in view ("and medication?", "social workers too?"). */
export const addsAThing = (message: string): boolean => {
  const text = normalise(message);
  return ADDED.test(text) || OPENED.test(text);
};

/**
 * A thing added with an opener that the answer in view says ("and medication?" after the day-to-day, "what about
 * patience?" after the key skills), unless another entry's title names it ("what about communication?" after the key
 * skills is the communication answer, which says more of it). Read by the turn before the follow-up rules, which the
 * learned choice's examples are read against, so those examples stay as they were.
 */
export function thingAddedInView(message: string, last: FaqEntry, kb: KnowledgeBase): boolean {
  const text = normalise(message);
  if (!OPENED.test(text) || NAMES_THE_CAREER.test(text)) return false;
  const words = text.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !NOT_THE_THING.has(word));
  if (words.length === 0 || !saysAllOf(last, words.join(' '))) return false;
  return !kb.faqs.some((entry) => entry.id !== last.id && saysTitleWord(text, entry));
}
/** A condition put on the last question ("and if i do a masters on top?", "what about for working with old people"). */
const CONDITION = /^(?:(?:and|so|ok|okay|but)\s+)*(?:what about|how about|and|what if)\s+(?:if|for|with|when)\b/;
/** Words that ask or link and carry no subject, beyond the stop words. */
const NO_SUBJECT_WORDS = ['do', 'does', 'get', 'gets', 'top', 'exactly', 'where', 'when', 'whats', 'hows'];
const NO_SUBJECT: ReadonlySet<string> = new Set(NO_SUBJECT_WORDS);
/** Words that carry no thing of their own in a thing added ("what about being organised?"). */
const NOT_THE_THING = new Set([...NO_SUBJECT_WORDS, 'being', 'having']);

/** A word said in at most this share of the guide's answers names something particular, not the work in general. */
const DISTINCTIVE_SHARE = 0.1;
const answerCounts = new WeakMap<KnowledgeBase, ReadonlyMap<string, number>>();

/** How many of the guide's answers say each word (stemmed). */
function answersSaying(kb: KnowledgeBase): ReadonlyMap<string, number> {
  return entriesWithWord(kb, answerCounts, answerWordsOf);
}

/**
 * A follow-up that leans on the subject in view (a pointer, a determiner with no noun, a condition) and adds to it
 * only words that subject's own answer says, one of them particular (said in few of the guide's answers): "some on
 * mental health?" after the courses (which name mental health courses), "who do they work with, schools?" after
 * pediatric care, "who are they leading" after leadership. Not a message that names the career itself, a complete
 * question ("how much do care managers earn" after entry-level pay is the pay overview), and not words every answer
 * says ("who do they work with" after the stress answer is the team).
 */
function saidInTheLastAnswer(message: string, text: string, last: FaqEntry, alone: Answer, kb: KnowledgeBase): boolean {
  if (NAMES_THE_CAREER.test(text)) return false;
  // A determiner with no noun or a condition leans on the subject in view whatever the words alone read as; a pronoun
  // only when the words alone are unsure ("where do they work" is where care managers work). "it", "that" and "this"
  // as often mean the career ("but is it rewarding" after the stress answer): not these.
  const added = ADDED.test(text);
  const leans = HEADLESS.test(text) || CONDITION.test(text) || added;
  const pointer = pointerIn(message, text, last);
  const pronoun = pointer === 'thing' || pointer === 'people' || PEOPLE_POINTER.test(text.replace(NOT_A_POINTER, ' '));
  if (!leans && !(pronoun && !(alone.kind === 'answer' && alone.score >= CLEAR))) return false;
  const words = text.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !NO_SUBJECT.has(word));
  if (words.length === 0 || !saysAllOf(last, words.join(' '))) return false;
  // A determiner with no noun has only the subject in view for its noun, and a thing added "too" is added to that
  // subject: what either says need not be particular.
  if (HEADLESS.test(text) || added) return true;
  const counts = answersSaying(kb);
  return words.some((word) => (counts.get(stem(word)) ?? 0) <= DISTINCTIVE_SHARE * kb.faqs.length);
}

/**
 * A pointer that makes the thing in view the end of what is asked: "for that", "with it", "from that one", "to get
 * there", "in that role", or "they" for a body of people in view ("do they offer ...").
 */
const FOR_THE_THING = /\b(?:for|with|from|into|in|doing|about) (?:that|it|this|that one|this one)(?: (?:role|level|job|step|one))?$|\b(?:get|getting|go|going|move|moving) (?:up )?there$/;
/** Words that ask for a thing without naming it ("what do I need", "which would help", "what should I build"). */
const ASKS_FOR = new Set('need needs needed require requires required get gets getting build building help helps helped offer offers give gives provide provides run runs hold holds host hosts organise organises organize organizes start starting extra best most main good useful usually typically first'.split(' '));
/**
 * Questions whose answer is the career as a whole ("What do I need to become a care manager?", "What is a care
 * manager?"): after them "for that" is being a care manager, not a thing the answer names.
 */
const ABOUT_THE_CAREER = /\b(?:become|becoming|be|being|is) a care manager\b|\ba care manager do\b|\bcareer in care management\b|\bof a care manager\b/;

/**
 * A question that points at the thing in view as what it is for ("what skills would I need for that?" after moving up,
 * "what should I focus on to get there?" after the director roles, "is a degree needed for it?" after the CMC, "do
 * they offer certifications?" after the professional groups), asking for what that thing's own answer names: that
 * answer, which gives it, not the general one the words alone land on (the key skills, what a degree is needed for).
 * Not after an answer about the career as a whole, where "that" is the career; not when the words alone land on an
 * entry the guide relates to the thing in view ("what training for it?" after chronic disease is how to specialise).
 */
function askedForAPartOfIt(text: string, last: FaqEntry, alone: Answer, kb: KnowledgeBase): boolean {
  const ofABody = pointerIn(text, text, last) === 'people';
  if (!(FOR_THE_THING.test(text) || ofABody) || ABOUT_THE_CAREER.test(normalise(last.question)) || NAMES_THE_CAREER.test(text)) return false;
  const own = placedEntry(alone);
  if (own && (own.id === last.id || nearTo(last, kb)(own))) return false;
  const asked = text
    .replace(FOR_THE_THING, ' ')
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !NO_SUBJECT.has(word) && !ASKS_FOR.has(word));
  return asked.length > 0 && saysAllOf(last, asked.join(' '));
}

/**
 * "what are my options?" after how to specialise: read as the menu, it asks for what the answer in view leads to, when
 * its words alone land clearly on an answer next to it (the areas one can specialise in). Nothing else read as the
 * menu is ("show me the menu" lands on no answer).
 */
export function menuAskedOfTheAnswerInView(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): boolean {
  if (!last) return false;
  const alone = engine.answer(message);
  const own = placedEntry(alone);
  return own !== null && own.id !== last.id && nearTo(last, kb)(own) && alone.score >= CLEAR;
}

/** Who gives, runs or stands behind a thing ("who runs it", "who hands it out", "who's behind that"). */
export const ASKS_WHO_GIVES = /\bwho(?: s| is)? (?:runs?|gives?|offers?|awards?|issues?|grants?|provides?|certif(?:y|ies)|hands?|manages?|oversees?|sets?|organi[sz]es?|behind|in charge)\b/;
/** A body named in an answer: an organisation's name ("National Academy of ...", "Commission for ...") or a short form in brackets ("(NACCM)"). */
export const NAMES_A_BODY = /\b(?:Academy|Commission|Society|Association|Council|Board|Institute)\b|\([A-Z]{3,}\)/;
/** "who issues it?" after the CCM: the body behind the thing in view, which its answer names. */
const WHO_GIVES_IT = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*who(?: s| is)? \w+(?: \w+)? (?:it|them|that|this|those|these|that one|this one)(?: out| up)?$/;

/** What a thing in view gives ("what does it give you", "what do those orgs actually offer", "what do they do for me"); the noun after the pointer kept. */
const WHAT_IT_GIVES = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*what (?:do|does|would|will|can|could|did) (?:it|they|them|that|this|those|these|the)(?: (\w+))?(?: (?:actually|really|even|ever))? (?:give|offer|provide|bring|do for)(?: (?:you|u|me|us|people|members|them|anyone))?$/;
/** A line of an answer saying what its thing gives ("Membership can give you:"). */
const GIVES_YOU = /\b(?:can )?(?:give|gives|offer|offers) you\b/i;

/**
 * "what do those orgs actually give you?", "what does it offer me?": asked of the thing in view when its answer says
 * what it gives, and any noun after the pointer names that thing (its title's or tags' words) or is a word the guide never uses
 * ("orgs"); "what do the certifications give you" names a subject of its own.
 */
function asksWhatItGives(text: string, last: FaqEntry, kb: KnowledgeBase): boolean {
  const found = WHAT_IT_GIVES.exec(text);
  if (!found || !GIVES_YOU.test(last.answer)) return false;
  const noun = found[1];
  return noun === undefined || subjectWordsOf(last).has(stem(noun)) || !allWordsOfTheGuide(noun, kb);
}

/** "care manager(s)", "case management", "care coordinator": the message names the career itself. */
const NAMES_THE_CAREER = /\b(?:care|case) (?:manag|coordinat)/;
