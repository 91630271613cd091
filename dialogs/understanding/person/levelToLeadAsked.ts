/**
 * A master's asked for a role that leads ("long term I'd like to lead a department. would I need a master's for
 * that?", "do I need an MSN to become a director?"): the guide answers it with its route up (training in healthcare
 * administration or leadership, a further degree), not with the four years of a bachelor's (session 37, ut37a P08-7).
 * Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';
import { levelOfDegreeAsked } from './levelOfDegreeAsked';

/** A role that leads: a department or team led, a director, management, a senior role, moving up. */
const LEADING =
  /\b(?:lead|leading|run|running|head|heading|manage|managing|be in charge of) (?:a |the |my |our )?(?:whole )?(?:department|dept|team|unit|program|programme|service|division)s?\b|\bdirector\w*|\b(?:leadership|management|manager|supervisor|executive) (?:role|position|job|level|track)s?\b|\b(?:move|moving|get|getting) (?:up|higher|promoted)\b|\bvp\b|\bvice president\b|\bchief care officer\b/;

/** True when a master's is asked for a role that leads, in the part asked or the message around it. */
export function levelToLeadAsked(part: string, said: string = part): boolean {
  return levelOfDegreeAsked(part) && [part, said].some((text) => LEADING.test(normalise(text)));
}

/** A bachelor's told as held in the message ("I have a BSN", "I'm an RN, BSN", "got my bachelor's in nursing"). */
const BACHELOR_HELD = /\b(?:i (?:have|ve|hold|got|did|finished|completed|earned)(?: got)?|ive got|with) (?:a |an |my )?(?:bsn|bsw|bachelors?|bachelor s|ba|bs|bsc|undergrad\w*)\b|\b(?:rn|nurse) bsn\b|\bbsn (?:rn|nurse)\b/;

/** True when the message tells of a bachelor's held. */
export function bachelorTold(text: string): boolean {
  return BACHELOR_HELD.test(normalise(text));
}
