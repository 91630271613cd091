/**
 * A step along the career ladder from the rung in view, said as a step (session 34, followupsAP): "and one step up?"
 * after the director's pay is the vice president's pay, "and one step down?" the senior's; "what's next after that?"
 * after the senior role is the director role; "and one step down?" after stepping up from the director, the senior's. Read by the follow-up rules (followUp.ts) before the ladder's own, which
 * read "step up" as moving up in general (the advancing answer). And two levels named together after a rung ("and
 * senior and vp?" after the mid-level pay): each level's entry of the facet in view, both answered.
 */
import { asksPay } from '../../../knowledge/aspects';
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { isARung, isPayOnTheLadder, ladderFollowUp, namesALevel, payBesideRole, rungNextTo } from '../core/followUp';
import { normalise } from '../core/textMatch';

const RUNG = String.raw`(?:step|level|rung|notch|grade)`;
const LEANS = String.raw`^(?:(?:and|so|ok|okay|then|but|what about|how about)\s+)*`;
/** The rung above, said as a step: "one step up", "a level higher", "the step above", "what's next after that". */
const UP = new RegExp(
  [
    String.raw`\b(?:one|a|1|the next) ${RUNG} (?:up|higher|above)\b`,
    String.raw`\bthe ${RUNG} above\b`,
    String.raw`${LEANS}(?:what s|whats|what is|what comes|who s|whos) next(?: after (?:that|this|it|them|those))?(?: up)?$`,
    String.raw`${LEANS}(?:the )?next ${RUNG}(?: up)?$`,
    // "and after that?" after the senior role: the rung after it, not a pay the words alone land on.
    String.raw`${LEANS}(?:after|above) (?:that|this|it|them)$`,
    // "and the step after that?" after the junior role (session 37, followupsAV).
    String.raw`${LEANS}(?:the )?(?:next )?${RUNG} (?:after|above) (?:that|this|it|them)$`,
  ].join('|'),
);
/** The rung below: "one step down", "a level lower", "the level below", "and below that?". */
const DOWN = new RegExp(
  [
    String.raw`\b(?:one|a|1) ${RUNG} (?:down|lower|below|under)\b`,
    String.raw`\bthe ${RUNG} (?:below|under|beneath|before)\b`,
    String.raw`${LEANS}(?:one )?${RUNG} (?:down|lower)$`,
    String.raw`${LEANS}(?:below|under|beneath) (?:that|this|it|them)$`,
    // "and before that?" after the mid-level pay: the rung before it, not the jobs one starts in (tuned39, followupsAZ).
    String.raw`${LEANS}(?:what s |whats |what is |what comes |who s |whos )?(?:(?:the )?(?:${RUNG}|one) )?(?:before|below) (?:that|this|it|them)$`,
  ].join('|'),
);
const MAX_WORDS = 8;
/** The mid level's pay, and the career path, which names the mid level's role. */
const MID_PAY = 'salary-mid';
const CAREER_PATH = 'career-ladder';

/** The rung a step from the one in view; null when no rung is in view, the message is no such step, or it names a level of its own. */
export function rungStepped(message: string, last: FaqEntry | undefined, kb: KnowledgeBase, before?: FaqEntry): FaqEntry | null {
  if (!last || !isARung(last.id)) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS || namesALevel(text)) return null;
  const step = UP.test(text) ? 1 : DOWN.test(text) ? -1 : null;
  if (step === null) return null;
  // The rung between junior and senior has no role of its own in the guide: the career path names it.
  const across = isPayOnTheLadder(last.id) ? null : rungNextTo(payBesideRole(last.id) ?? undefined, step);
  const next = rungNextTo(last.id, step) ?? (across === MID_PAY ? CAREER_PATH : null);
  // "and one step up?" then "and one step down?" after the director's pay: both steps are from the director, so the
  // rung just left is not shown again; the step is taken from it.
  const from = next !== null && next !== CAREER_PATH && next === before?.id ? rungNextTo(before.id, step) : next;
  return from ? (kb.faqById.get(from) ?? null) : null;
}

/** How a follow-up opens, and words after the levels that say nothing more ("pay", "then"). */
const OPENING = /^(?:(?:and|so|ok|okay|what about|how about)\s+)+/;
const CLOSING = /\s+(?:pay|salary|salaries|levels|ones|then|too)$/;
const LEVEL_SPLIT = /\s*\b(?:and|or)\b\s*/;
const MAX_LEVEL_WORDS = 3;

/**
 * Two or more levels named together after a rung's pay or the pay overview ("and senior and vp?"): the pay entry of
 * each, in the order said; null when fewer than two levels are named or a word is no level.
 */
export function rungsNamedTogether(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry[] | null {
  if (!last || !isPayOnTheLadder(last.id)) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS) return null;
  // Commas are split on before normalising, which drops them ("senior, director and vp?").
  const parts = message.split(',').flatMap((piece) => normalise(piece).replace(OPENING, '').replace(CLOSING, '').split(LEVEL_SPLIT)).filter(Boolean);
  if (parts.length < 2 || parts.some((part) => part.split(' ').length > MAX_LEVEL_WORDS)) return null;
  const entries: FaqEntry[] = [];
  for (const part of parts) {
    if (!namesALevel(part)) return null;
    const id = ladderFollowUp(part, last.id, kb);
    const entry = id ? kb.faqById.get(id) : undefined;
    if (!entry || !isPayOnTheLadder(entry.id)) return null;
    if (!entries.includes(entry)) entries.push(entry);
  }
  return entries.length > 1 ? entries : null;
}

/** The rung in view pointed at as the thing a time is asked of ("how long to reach that level?"). */
const THE_RUNG_POINTED = /^(?:that|this) (?:level|role|rung|stage|grade|position)$/;

/** True when a time is asked of "that level" and a rung of the ladder is the answer shown: the rung's own time, not an answer titled with "level". */
export const rungPointedAt = (asked: { thing: string | null; of: readonly string[] }, shown: readonly FaqEntry[]): boolean =>
  asked.of.length > 0 && asked.thing !== null && THE_RUNG_POINTED.test(asked.thing) && shown.some((entry) => isARung(entry.id));

/** The words of a pay question around the levels it names ("what do ... care managers earn"). */
const AROUND_THE_LEVELS =
  /\b(?:what|whats|how|much|do|does|did|would|will|can|could|is|are|the|a|an|at|of|for|pay|pays|paid|salary|salaries|earn|earns|earning|earnings|make|makes|get|gets|care|case|managers?|ones?|people|typically|usually|roughly|average|median|year|yearly|per|respectively|both)\b/g;
const MAX_PAY_QUESTION_WORDS = 14;
/** What may be left of the question once the words around the levels are gone: the levels, and "and" or "or". */
const ONLY_LEVELS = /^(?:(?:entry|level|levels|junior|juniors|mid|middle|intermediate|senior|seniors|director|directors|supervisor|supervisors|vp|vps|vice|president|presidents|executive|executives|and|or),? ?)+$/;
/** Pay asked in the words people use ("how much do they make"). */
const PAY_ASKED = /\b(?:pay|paid|earn|earns|salary|salaries|wages?|income|make|makes)\b/;

/**
 * Two or more levels named in one question of pay ("what do entry-level and senior care managers earn?"): each level's
 * pay, in the order said, as after a pay in view; null when pay is not asked, fewer than two levels are named, or the
 * question asks more than their pay.
 */
export function payLevelsAsked(message: string, kb: KnowledgeBase): FaqEntry[] | null {
  const text = normalise(message);
  if (!(asksPay(text) || PAY_ASKED.test(text)) || text.split(' ').length > MAX_PAY_QUESTION_WORDS) return null;
  const levels = message.split(',').map((piece) => normalise(piece).replace(AROUND_THE_LEVELS, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean).join(', ');
  return ONLY_LEVELS.test(levels) ? rungsNamedTogether(levels, kb.faqById.get('salary'), kb) : null;
}

/** Years asked of the level in view ("how many years does that usually take?", "how long to get there?"). */
const ASKS_YEARS = /\bhow (?:many|much) (?:years?|yrs?|experience|time)\b|\bhow long\b/;
const POINTS_AT_IT = /\b(?:that|there|it|this|that level|that role|that far|that high)\b/;
const MAX_YEARS_WORDS = 10;

/** The years a level comes with, as the guide gives them: a number ("5+ years") or only its words ("significant experience"). */
export interface RungYears {
  /** The level's pay entry, which gives its years. */
  entry: FaqEntry;
  level: string;
  years: string;
  numbered: boolean;
  /** The level was named in the message, not in view: the way up the ladder is said with its years. */
  named?: boolean;
}

/**
 * Years asked of a role on the ladder in view ("how many years does that usually take?" after the director role): the
 * years its level comes with, which the pay levels give, not how long it takes to become a care manager. Null when no
 * role is in view or the message asks no such thing.
 */
export function yearsOfTheRoleInView(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): RungYears | null {
  const pay = payBesideRole(last?.id);
  if (!last || !isARung(last.id) || !pay) return null;
  const text = normalise(message);
  if (!ASKS_YEARS.test(text) || !POINTS_AT_IT.test(text) || text.split(' ').length > MAX_YEARS_WORDS || namesALevel(text)) return null;
  const level = kb.salaries.find((salary) => salary.faqId === pay);
  const entry = kb.faqById.get(pay);
  if (!level || !entry) return null;
  return { entry, level: level.shortTitle.toLowerCase(), years: level.experience, numbered: /\d/.test(level.experience) };
}

/** Time asked: "how many years", "how long", "how fast can you get to". */
const ASKS_TIME = /\bhow (?:many|much) (?:years?|yrs?|experience|time)\b|\bhow (?:long|fast|quickly|soon)\b/;
/** The levels above care manager that the guide ties to experience, as people name them. */
const RUNG_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:vice president|vp|vps|executive|executives)\b/, 'vice-president'],
  [/\b(?:director|directors|supervisor|supervisors)\b/, 'director'],
  [/\bsenior(?! (?:in|at|year) (?:college|high school|university|school)\b)(?! (?:care|living|citizens?|homes?|centers?|people|patients)\b(?! managers?\b))\b/, 'senior'],
  [/\bmid ?level\b/, 'mid-level'],
];

/**
 * Years asked of a level above care manager, named in the message ("how fast can you get to director", "what do
 * directors make and how many years to get there"): the years its level comes with, as for the role in view, never how
 * long it takes to become a care manager (tester ut35a, P04 m4, P11 m6). Null when no such level is named or no time asked.
 */
export function yearsOfTheRoleNamed(message: string, kb: KnowledgeBase): RungYears | null {
  const text = normalise(message);
  if (!ASKS_TIME.test(text)) return null;
  const named = RUNG_NAMES.filter(([words]) => words.test(text));
  const id = named.length === 1 ? named[0]![1] : null;
  const level = id ? kb.salaries.find((salary) => salary.id === id) : undefined;
  const entry = level ? kb.faqById.get(level.faqId) : undefined;
  if (!level || !entry) return null;
  return { entry, level: level.shortTitle.toLowerCase(), years: level.experience, numbered: /\d/.test(level.experience), named: true };
}

/** A year offered as the unit of pay ("per hour or per year?", "is that yearly?", "annual or monthly?"). */
const BY_THE_YEAR = /\b(?:per|a|an|each|every|by the) (?:year|yr|annum)\b|\b(?:yearly|annual|annually|annum)\b/;
/** Beside the unit, something else asked of the pay, which the guide does not give ("after tax", "with benefits"). */
const MORE_THAN_THE_UNIT = /\b(?:tax|taxes|bonus|bonuses|benefits|overtime|before|after|take home|net|gross|raise|raises)\b/;
const MAX_UNIT_WORDS = 10;

/**
 * The pay in view asked whether it is a year's ("is that per hour or per year?" after the entry-level pay): that pay,
 * which the guide gives as median ranges a year, so the year asked of is the answer. Null when no pay is in view, no
 * year is offered, or more than the unit is asked.
 */
export function yearAskedOfThePay(message: string, last: FaqEntry | undefined): FaqEntry | null {
  if (!last || !isPayOnTheLadder(last.id)) return null;
  const text = normalise(message);
  return BY_THE_YEAR.test(text) && !MORE_THAN_THE_UNIT.test(text) && text.split(' ').length <= MAX_UNIT_WORDS ? last : null;
}
