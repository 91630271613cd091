/**
 * Small talk of one's own life, asking nothing of the guide: a wish told in passing ("ugh. honestly I just want to
 * sleep at night again haha", "i just want my weekends back lol") or a saying with a shrug ("one step at a time I
 * guess", "great, one step at a time right"). Not a complaint about the last answer, and never a request for a flow.
 * Pure: read from the words alone.
 */
import { withoutInterjections } from './remarks';

/** What people wish for their own life: sleep, time, a normal schedule, a break, their family. */
const LIFE =
  '(?:(?:to )?(?:sleep|rest|relax|breathe|switch off|have a life|have weekends off|have my weekends|be home|be at home|see my (?:kids|children|family|husband|wife|partner)|spend (?:more )?time with (?:my )?(?:kids|children|family|husband|wife|partner)|stop (?:working )?(?:nights|night shifts|weekends|being on call)|work normal hours)(?: (?:at night|properly|again|more|for once|like a normal person))*|(?:my|a) (?:life|weekends?|evenings?|nights?|sleep|sanity)(?: back)?|(?:a|some) (?:life|break|rest|sleep|balance|peace|normal (?:life|schedule|routine))(?: outside (?:of )?work)?|(?:normal|regular|sane|human) (?:hours|shifts|schedule)|(?:work life|work-life) balance|weekends off|nights off)';
const WISH_TOLD = new RegExp(`^i (?:(?:just|really|only|honestly|simply|so|seriously) )*(?:want|wanna|need|would like|d like|would love|d love|miss|could use|long for) ${LIFE}(?: (?:again|back|for once|lol|haha\\w*|honestly|tbh))*$`);

/** A saying, shrugged ("I guess", "right", "haha") or after a word of thanks or of taking it in: said, not asked for. */
const SAYING = '(?:one step at a time|one day at a time|baby steps|slow and steady|step by step)';
const SAID_WITH_A_SHRUG = new RegExp(
  `^(?:(?:ok|okay|great|cool|well|yeah|right|so|alright|thanks|thank you|wow|this is (?:super |really |so )?helpful) )+${SAYING}(?: (?:i guess|i suppose|then|right|as they say|haha\\w*|lol|hah))*$|^${SAYING} (?:i guess|i suppose|as they say|right)(?: (?:haha\\w*|lol|hah))*$`,
);

/** True when the message only tells a wish for the person's own life ("I just want to sleep at night again haha"). */
export function tellsOfOwnLife(raw: string): boolean {
  if (raw.includes('?')) return false;
  const said = withoutInterjections(raw).replace(/[.!,]+/g, ' ').replace(/\s+/g, ' ').trim();
  return WISH_TOLD.test(said) || SAID_WITH_A_SHRUG.test(said);
}
