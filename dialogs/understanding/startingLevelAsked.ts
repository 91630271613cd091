/**
 * The level a person with years of work behind them would start at, asked of their own case ("With 14 years as an RN,
 * would I start at mid-level pay or entry?", "I've nursed 10 years, would I come in above entry level?"): the guide ties
 * each level to years of experience and does not say whether years before care management count (tester ut31a 16).
 * Pure: the years told, or null when the message asks no such thing.
 */
import { normalise } from './textMatch';

/** Years told of the writer's own work: "14 years as an RN", "10 yrs nursing", "after 20 years in social work". */
const YEARS_TOLD = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:years?|yrs?)\b(?! (?:of )?(?:experience )?(?:as a care manager|in care management))/;
/** Where they would start, asked: "would I start at", "would I come in at", "which level would I start", "start above entry". */
const START_ASKED =
  /\b(?:would|will|could|do|can|should) i (?:start|begin|come in|enter|get in|be hired|be taken on|go in|land)\b|\b(?:which|what) (?:level|rung|band|pay level|grade) (?:would|will|do|could) i (?:start|begin|come in|enter|be)\b|\bstart (?:me )?(?:at|as|above|on) (?:mid|senior|entry|the bottom|the top|junior)/;
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
