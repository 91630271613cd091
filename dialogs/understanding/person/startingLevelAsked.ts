/**
 * The level a person with years of work behind them would start at, asked of their own case ("With 14 years as an RN,
 * would I start at mid-level pay or entry?", "I've nursed 10 years, would I come in above entry level?"): the guide ties
 * each level to years of experience and does not say whether years before care management count (tester ut31a 16).
 * Pure: the years told, or null when the message asks no such thing.
 */
import { normalise } from '../core/textMatch';

/** Years told of the writer's own work: "14 years as an RN", "10 yrs nursing", "after 20 years in social work", "my 2 clinic years". */
const YEARS_TOLD = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:(?!more\b|extra\b|further\b|additional\b)[a-z]+ )?(?:years?|yrs?)\b(?! (?:of )?(?:experience )?(?:as a care manager|in care management))/;
/** Where they would start, asked: "would I start at", "would my 2 clinic years put me at", "which level would I start", "start above entry". */
const START_ASKED =
  /\b(?:would|will|could|do|can|should) i (?:start|begin|come in|enter|get in|be hired|be taken on|go in|land)\b|\b(?:would|will|could|does|do|can|might) (?:my|those|these|the|that) (?:\w+ ){0,3}(?:years?|yrs?|experience)(?: \w+){0,3}? (?:put|get|place|land|start|bring) me\b|\b(?:which|what) (?:level|rung|band|pay level|grade) (?:would|will|do|could) i (?:start|begin|come in|enter|be)\b|\bstart (?:me )?(?:at|as|above|on) (?:mid|senior|entry|the bottom|the top|junior)/;
/** A level of the guide's ladder named: "mid-level", "entry", "senior", "junior", "the bottom". */
const LEVEL_NAMED = /\b(?:mid ?level|mid|middle|entry(?: level)?|senior|junior|bottom|top|above entry|higher level|lowest level)\b/;

/** The level asked for without naming one: "which level would I start at". */
const WHICH_LEVEL = /\b(?:which|what) (?:level|rung|band|pay level|grade)\b/;

/** The years the writer told of their own work, as they said them, when they ask what level of the ladder they would start at. */
export function startingLevelAsked(message: string): string | null {
  const text = normalise(message);
  const years = YEARS_TOLD.exec(text);
  if (!years || !START_ASKED.test(text)) return null;
  if (!LEVEL_NAMED.test(text.replace(years[0], ' ')) && !WHICH_LEVEL.test(text)) return null;
  return `${years[1]} ${/^(?:1|one)$/.test(years[1]!) ? 'year' : 'years'}`;
}

/** A degree of the writer's: "having a master's already", "my MSW", "with my bachelor's", "I have a master's". */
const DEGREE_OF_THEIRS =
  /\b(?:having|my|with (?:a|an|my)|i (?:have|hold|ve got|got|already have|also have)) (?:a |an |my )?(?:\w+ )?(?:already )?(master s|masters|master|msw|msn|mba|mph|msc|ma|phd|doctorate|bachelor s|bachelors|degree)\b/;
/** Asked whether it puts them higher: "get me in at a higher level", "better pay", "start higher", "earn more". */
const HIGHER_ASKED =
  /\b(?:higher|better|more|bigger) (?:level|pay|salary|money|position|role|rung|grade|starting (?:pay|salary|level))\b|\b(?:start|come in|get in|go in) (?:higher|above entry|at (?:a )?(?:higher|mid|senior))\b|\b(?:paid|earn|make) more\b/;

/**
 * A degree the writer holds, asked whether it gets them in at a higher level or better pay ("would having a master's
 * already get me in at a higher level or better pay?"): the degree as they named it; the guide ties its levels to years
 * (tester ut33a P06.8). Null when no such thing is asked.
 */
export function degreeLevelAsked(message: string): string | null {
  const text = normalise(message);
  const degree = DEGREE_OF_THEIRS.exec(text);
  if (!degree || !HIGHER_ASKED.test(text) || !/\b(?:would|will|does|do|could|can|should|is|am)\b/.test(text)) return null;
  const named = degree[1]!;
  return /^(?:master s|masters|master|ma|msc)$/.test(named) ? "a master's" : /^(?:bachelor s|bachelors)$/.test(named) ? "a bachelor's" : named === 'degree' ? 'a degree' : `your ${named.toUpperCase()}`;
}

/** A way in above the entry level asked, with no years told ("any way to jump in higher than entry level?", "can I skip entry level?"). */
const HIGHER_START =
  /\b(?:jump|start|come|get|go|break|enter|slot)(?: (?:in|straight in|right in|straight))? (?:higher than|above|past|ahead of|beyond) (?:the )?entry(?: level)?\b|\bskip (?:the )?entry(?: level)?\b|\b(?:start|come in|get in|jump in) (?:higher|at a higher level)\b/;

/** True when the message asks for a way in above the entry level (tester ut34a, pharma #9: "I don't have an answer"). */
export function higherStartAsked(message: string): boolean {
  return HIGHER_START.test(normalise(message));
}
