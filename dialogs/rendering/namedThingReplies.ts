import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../knowledge/answerEngine';
import type { FaqEntry, SpecialisationId } from '../../knowledge/schema';
import type { DialogDeps } from '../deps';
import { twoQuestionsAsked } from '../understanding/core/clauses';
import { ownLikeTheThing } from '../understanding/person/ownLikeTheThing';
import { areaCredentialAsked } from '../understanding/questions/areaCredentialAsked';
import { employersAsked } from '../understanding/questions/employersAsked';
import { staffMovedAsked } from '../understanding/questions/staffMovedAsked';
import { whereLearnedAsked } from '../understanding/questions/whereLearnedAsked';
import { Messages } from './messages';
import { sendLedAnswer, sendLedDecline } from './situationReplies';

/**
 * Replies to a thing the person names that the guide answers only around its edges (session 36, followupsAT): a
 * certification for an area of care, employers by name, something of their own set beside the answer in view (none of
 * which the guide names or weighs: said plainly, a decline, with what it does say), and a subject a degree teaches,
 * asked where it is learned (the courses of a degree).
 */

/** The answer on specializing, shown when no area is named or in view. */
const SPECIALISING_ENTRY = 'how-to-specialise';
/** The answer on where care managers work. */
const WHERE_ENTRY = 'where-they-work';
/** The answer on the jobs to start in. */
const FIRST_JOBS_ENTRY = 'entry-level-jobs';
/** The answer on a degree's courses. */
const COURSES_ENTRY = 'courses';

/** The reply to a thing named that the guide answers only around its edges, or null when the message names none. */
export async function sendNamedThing(context: TurnContext, deps: DialogDeps, text: string, last: FaqEntry | undefined): Promise<Answer | null> {
  // Two questions in one ("how much do they make, and is there a pediatric certification?") are answered part by part.
  if (twoQuestionsAsked(text) !== null) return null;
  // "is there a pediatric certification?", "which certificate for that exactly?" after how to specialize.
  const areaCredential = areaCredentialAsked(deps.kb, text, last?.id);
  if (areaCredential) return sendAreaCredentialNotNamed(context, deps, text, areaCredential.area);
  // "which rehab centres take care managers?"
  if (employersAsked(text)) return sendLedDecline(context, deps, text, Messages.beyond.employersNotNamed, deps.kb.faqById.get(WHERE_ENTRY));
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

/** A certification asked for by name for an area of care: the guide names none, then what it says of that area (or of specializing). */
function sendAreaCredentialNotNamed(context: TurnContext, deps: DialogDeps, text: string, area: SpecialisationId | null): Promise<Answer> {
  const spec = area ? deps.kb.specialisations.find((one) => one.id === area) : undefined;
  const entry = deps.kb.faqById.get(spec?.faqId ?? SPECIALISING_ENTRY);
  return sendLedDecline(context, deps, text, Messages.direct.areaCredentialNotNamed(spec ? spec.name.toLowerCase() : null), entry);
}
