/**
 * A hands-on care job set beside the career ("what is the different between care manager and caregiver?", tester ut38a
 * P06-T6; "care manager vs home health aide", "how is a CNA different from a care manager"). The guide describes no
 * such job, but it names hands-on roles such as healthcare assistant as a place to start and move up to care manager:
 * the reply says so before what a care manager does (rendering/questions/weighingReplies.ts). Pure.
 */
import { normalise } from '../core/textMatch';

/** Hands-on care work, as people name it: caregiver, carer, care worker or aide, nursing assistant, CNA, PSW, home health aide. */
const HANDS_ON_JOB =
  /^(?:(?:a|an|the|being|becoming|working as|work as) )*(?:care ?givers?|carers?|care (?:workers?|aides?|assistants?|staff)|(?:certified )?nurs(?:e|ing) (?:aides?|assistants?)|cnas?|hcas?|psws?|personal (?:support|care) (?:workers?|aides?|assistants?)|support workers?|(?:home )?health (?:care )?aides?|home care (?:workers?|aides?)|hhas?|pcas?|domestic helpers?|nannies|nanny)$/;

/** True when a side weighed names hands-on care work, not the career itself. */
export function handsOnJobNamed(side: string): boolean {
  return HANDS_ON_JOB.test(normalise(side).trim());
}

/** "what is the different between X and Y": "different" written for "difference", and common misspellings of it. */
const DIFFERENCE_MISSPELT = /\b(?:(?<=\b(?:the|a|any|main|real|big) )different|diffrence|diference|differnce|diffrences|diferences|differance)(?= between\b)/gi;

/** The message with "difference" spelled as the weighing readers know it, where it asks what lies between two things. */
export function differenceSpelledOut(message: string): string {
  return message.replace(DIFFERENCE_MISSPELT, 'difference');
}
