/**
 * Where the writer stands, told inside a question of their own time ("how long until I'm a pediatric care manager if I
 * graduate in May?", "if I do a BSN while working, how long till I'm a care manager?"): the degree about to be
 * finished, or a bachelor's still ahead. Read from the question as typed, never saved (the profile is aboutYou.ts's).
 * Pure readers: no sending (tester ut34a, mph #12 and lpn #4).
 */
import { asksDuration } from '../../../knowledge/aspects';
import { normalise } from '../core/textMatch';

/** The degree finished within months ("if I graduate in May", "I finish my BSW this spring", "once I'm done next semester"). */
const FINISHING_SOON =
  /\b(?:graduat\w*|finish\w*|complet\w*|done)\b(?: (?:with )?(?:my|the) (?:\w+ )?(?:degree|bachelor(?: s)?|bachelors|bsw|bsn|course|program|studies))? (?:in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the fall|a few months|a couple (?:of )?months)|this (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|semester|term|year)|next (?:month|semester|term)|at the end of (?:this|the) (?:semester|term|year))\b/;

/** A bachelor's still to be done, as a plan ("if I do a BSN while working", "once I get my bachelor's", "if I go back for a nursing degree"). */
const DEGREE_AHEAD =
  /\b(?:if|once|when|after) i (?:do|get|start|go back for|go for|take|earn|study for|complete|finish|go back to school for) (?:a |an |my |the )?(?:\w+ )?(?:bsn|bsw|bachelor(?: s)?|bachelors|(?:nursing|social work) degree)\b|\b(?:while|by) (?:doing|getting|studying for) (?:a |an |my |the )?(?:\w+ )?(?:bsn|bsw|bachelor(?: s)?|bachelors|(?:nursing|social work) degree)\b/;

/** Their own time to the job ("how long till I'm a care manager", "how many years would it take me"). */
const OWN_TIME = /\bhow (?:long|soon|fast|quickly|many (?:more )?(?:years|yrs))\b/;
const OF_THE_WRITER = /\b(?:i|i m|me|my)\b/;

/** Where the writer stands, as the question tells it. */
export type StageTold = 'finishing' | 'degree-ahead';

/**
 * The stage told in a question of the writer's own time: finishing the degree within months, or a bachelor's still
 * ahead. Null when the message asks no time of theirs or tells neither.
 */
export function stageInTheQuestion(text: string): StageTold | null {
  const t = normalise(text);
  if (!OWN_TIME.test(t) || !asksDuration(t) || !OF_THE_WRITER.test(t)) return null;
  if (FINISHING_SOON.test(t)) return 'finishing';
  if (DEGREE_AHEAD.test(t)) return 'degree-ahead';
  return null;
}

/** Finishing the degree under way asked as the next step ("so whats my next step, finish the bachelors first?", "should I finish my BSW before anything else?"). */
const FINISH_FIRST =
  /\b(?:finish|finishing|complete|completing) (?:the |my )?(?:bachelor(?: s)?|bachelors|degree|bsw|bsn|studies|course|program)\b(?: \w+){0,3}? (?:first|before)\b|\b(?:next step|first step|what (?:should|do) i do (?:next|first))\b.*\b(?:finish|finishing|complete|completing) (?:the |my )?(?:bachelor(?: s)?|bachelors|degree|bsw|bsn|studies)\b/;

/** Whether finishing the degree under way is asked as what comes first or next. */
export function finishFirstAsked(text: string): boolean {
  return FINISH_FIRST.test(normalise(text));
}
