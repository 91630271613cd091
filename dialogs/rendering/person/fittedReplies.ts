/**
 * Replies fitted to what the person told of themselves (session 38, ut38a kind 2: the stock answer for anyone where the
 * person gave their job, degree or aim): the skills their work may not give them, what they would study with the degree
 * they hold, and what the area they want would need. One short lead in the guide's terms, then the guide's answer.
 * The readers are understanding/person/needFittedAsked.ts.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { DialogDeps } from '../../deps';
import { Messages } from '../core/messages';
import { sendLedAnswer } from './situationReplies';
import { areaNeedAsked, skillsAsked, skillsLackedAsked, studyAskedOfThem } from '../../understanding/person/needFittedAsked';
import { skillSaidLacking } from '../../understanding/person/skillLackTold';
import { isStudentJob, jobById, readAboutYou } from '../../understanding/person/aboutYou';
import { heldDegreeField } from '../../understanding/person/experienceCounts';
import { specialisationById } from '../../understanding/questions/specialisationMatch';
import { readClauses } from '../../understanding/core/clauses';

/** The guide's answers on the hard skills, on the courses of a degree, and on a bachelor's beside a master's. */
const HARD_SKILLS_ENTRY = 'hard-skills';
const COURSES_ENTRY = 'courses';
const LEVELS_ENTRY = 'bachelors-or-masters';

/**
 * The reply fitted to the person, when the message asks one of these of themselves and what they told (in the profile
 * or in the message) says where they stand; null otherwise. `said` is the whole message.
 */
export async function sendFittedToThem(context: TurnContext, deps: DialogDeps, text: string, said: string): Promise<Answer | null> {
  const known = (await deps.profile.get(context))?.about;
  // Only what the message tells, never the ask itself ("which degree should I do?" holds no degree).
  const told = readAboutYou(
    readClauses(said)
      .filter((clause) => clause.act === 'tells')
      .map((clause) => clause.raw)
      .join('. '),
    deps.kb,
  );
  // "What skills would I need to work on? ... not much leadership": the skill they say they lack, never one claimed as theirs.
  const lacking = skillsAsked(text) ? skillSaidLacking(said) : null;
  const lackingEntry = lacking ? deps.kb.faqById.get(lacking.entry) : undefined;
  if (lacking && lackingEntry) return sendLedAnswer(context, deps, text, Messages.fitted.skillSaidLacking(lacking.skill), lackingEntry);
  // "What skills do I need that I probably haven't got as a support worker?": the job told now, or kept from before.
  if (skillsLackedAsked(text)) {
    const job = readAboutYou(said, deps.kb).job ?? (known?.job !== undefined ? jobById(known.job) : null);
    const hard = deps.kb.faqById.get(HARD_SKILLS_ENTRY);
    if (job && job.inField && !isStudentJob(job.id) && hard) return sendLedAnswer(context, deps, text, Messages.fitted.skillsLacked(job.title), hard);
  }
  // "What would I need to study? I have a BS in computer science": the degree they hold weighed first.
  if (studyAskedOfThem(text)) {
    // A degree or course named in the ask ("which degree should I do") may be what the profile just read from it: told only.
    // So is a place to study at ("what should i study at uni for this"): a degree still to do, not one kept from before.
    const namesADegree = /\b(?:degree|courses?|program|programme|bachelor\w*|master\w*)\b|\b(?:at|in) (?:uni|university|college)\b/i.test(text);
    const education = told.education ?? (namesADegree ? undefined : known?.education);
    const courses = deps.kb.faqById.get(COURSES_ENTRY);
    const levels = deps.kb.faqById.get(LEVELS_ENTRY);
    if (education === 'other-degree' && courses) return sendLedAnswer(context, deps, text, Messages.fitted.studyWithOtherDegree(heldDegreeField(said)), courses);
    if (education === 'relevant-degree' && levels) return sendLedAnswer(context, deps, text, Messages.fitted.studyWithRelevantDegree, levels);
  }
  // "I'd want chronic disease ... anything specific I'd need?": that area's training, not the skills for anyone.
  const area = areaNeedAsked(deps.kb, text, said);
  const spec = area ? specialisationById(deps.kb, area) : null;
  const areaEntry = spec ? deps.kb.faqById.get(spec.faqId) : undefined;
  if (spec && areaEntry) return sendLedAnswer(context, deps, text, Messages.fitted.areaNeeds(`${spec.name.charAt(0).toLowerCase()}${spec.name.slice(1)}`), areaEntry);
  return null;
}
