import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { twoQuestionsAsked } from '../../understanding/core/clauses';
import { ownLikeTheThing } from '../../understanding/person/ownLikeTheThing';
import { areaMostAsked } from '../../understanding/questions/areaMostAsked';
import { employersAsked } from '../../understanding/questions/employersAsked';
import { staffMovedAsked } from '../../understanding/questions/staffMovedAsked';
import { whereLearnedAsked } from '../../understanding/questions/whereLearnedAsked';
import { Messages } from '../core/messages';
import { sendLedAnswer, sendLedDecline } from '../person/situationReplies';

/**
 * Replies to a thing the person names that the guide answers only around its edges (session 36, followupsAT): employers
 * by name, something of their own set beside the answer in view (neither of which the guide names or weighs: said
 * plainly, a decline, with what it does say), and a subject a degree teaches, asked where it is learned (the courses of
 * a degree); which area has the most of something (no numbers by area). A certification for an area of care is
 * wholeCaseReplies.ts's.
 */

/** The answer on where care managers work. */
const WHERE_ENTRY = 'where-they-work';
/** The answer on the four areas, each with whom it serves. */
const AREAS_ENTRY = 'specialisations';
/** The answer on the jobs to start in. */
const FIRST_JOBS_ENTRY = 'entry-level-jobs';
/** The answer on a degree's courses. */
const COURSES_ENTRY = 'courses';

/** The reply to a thing named that the guide answers only around its edges, or null when the message names none. */
export async function sendNamedThing(context: TurnContext, deps: DialogDeps, text: string, last: FaqEntry | undefined): Promise<Answer | null> {
  // Two questions in one ("how much do they make, and is there a pediatric certification?") are answered part by part.
  if (twoQuestionsAsked(text) !== null) return null;
  // "which rehab centres take care managers?"
  if (employersAsked(text)) return sendLedDecline(context, deps, text, Messages.beyond.employersNotNamed, deps.kb.faqById.get(WHERE_ENTRY));
  // "Which specialty deals with the most Medicaid clients, do you know?": no numbers by area, the four and whom they serve.
  const counted = areaMostAsked(text);
  if (counted) return sendLedDecline(context, deps, text, Messages.beyond.areaMostNotGiven(counted), deps.kb.faqById.get(AREAS_ENTRY));
  // "do hospitals move their kitchen staff into those roles?": the guide says nothing of moves inside an employer.
  if (staffMovedAsked(text)) return sendLedDecline(context, deps, text, Messages.direct.staffMovedNotSaid, deps.kb.faqById.get(FIRST_JOBS_ENTRY));
  // "where would i learn the medical terminology?"
  const taught = whereLearnedAsked(text);
  const courses = taught ? deps.kb.faqById.get(COURSES_ENTRY) : undefined;
  if (taught && courses) return sendLedAnswer(context, deps, text, Messages.direct.taughtInTheDegree(taught), courses);
  // "i calm nervous dogs all day as a groomer, is that the same thing?" after empathy.
  if (last && ownLikeTheThing(text)) return sendLedDecline(context, deps, text, Messages.direct.ownNotCompared(last.title), last);
  return null;
}
