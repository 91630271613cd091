/**
 * Replies that answer from what the person told inside the question itself (tester ut34c, kind 2: the stock answer
 * where the person gave context): a gap in their background asked whether it rules them out. One or two short lines in
 * the guide's terms before the guide's answer, never the stock answer alone.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { deskWorkAsked, experienceGapAsked, leadingLaterAsked, neededAsked, quickestWayAsked } from '../../understanding/person/gapWeighed';
import { tellsOfMilitaryHealthWork, workNamed } from '../../understanding/person/experienceCounts';
import { formatYears } from '../guided/guidedMessages';
import { isStudentJob, jobById } from '../../understanding/person/aboutYou';
import { finishFirstAsked } from '../../understanding/person/stageInTheQuestion';
import { certificationSkipped } from '../../understanding/questions/startWithAsked';
import { areaDayAsked } from '../../understanding/inView/areaDayAsked';
import { experiencedPayAsked } from '../../understanding/person/experiencedPayAsked';
import { payLevels } from '../../../knowledge/beyondGuide';
import { PAY_ENTRY } from '../../understanding/person/situationAsked';
import { EXPERIENCE_ENTRY } from '../../understanding/person/situationAsked';
import { Messages } from '../core/messages';
import { sendLedAnswer, sendLedDecline } from './situationReplies';

/** The guide's answer on what is needed to become one. */
const NEEDED_ENTRY = 'what-is-needed';
/** The guide's answer on moving up to senior and director roles. */
const ADVANCING_ENTRY = 'advancing';
/** The guide's answer on internships while studying. */
const INTERNSHIPS_ENTRY = 'internships';
/** The guide's answer on its two certifications. */
const CERTIFICATIONS_ENTRY = 'certifications';
/** The guide's day to day for care managers generally. */
const DAILY_DUTIES_ENTRY = 'daily-duties';

/**
 * The reply to a question that carries what the person told of themselves, when this module has one: no experience
 * asked whether it stands in the way ("I've never worked with patients directly. is that a dealbreaker?"). Null when
 * the message asks none of these. `said`: the whole message, `last`: the answer in view.
 */
export async function sendToldInTheQuestion(context: TurnContext, deps: DialogDeps, text: string, said: string, last: FaqEntry | undefined): Promise<Answer | null> {
  const experience = deps.kb.faqById.get(EXPERIENCE_ENTRY);
  if (experience && (experienceGapAsked(text) || (said !== text && experienceGapAsked(said)))) {
    return sendLedAnswer(context, deps, text, quickestWayAsked(said) ? Messages.direct.experienceGapQuickest : Messages.direct.experienceGap, experience);
  }
  // What it takes, asked by someone who told of work in the field ("army medic ... what do i need"): their work said to be
  // the experience the guide asks for, then what it says is needed (tester ut35a, P06 m1).
  const needed = neededAsked(text) ? await neededFromTheirWork(context, deps, said) : null;
  const neededEntry = needed ? deps.kb.faqById.get(NEEDED_ENTRY) : undefined;
  if (needed && neededEntry) return sendLedAnswer(context, deps, text, needed, neededEntry);
  // "Is it mostly desk work? I can't be lifting people": the guide's silence on it, then its day to day (a decline, noted).
  const duties = deskWorkAsked(text) ? deps.kb.faqById.get(DAILY_DUTIES_ENTRY) : undefined;
  if (duties) return sendLedDecline(context, deps, text, Messages.direct.deskWorkNotSaid, duties);
  // "so whats my next step, finish the bachelors first?": the guide's order, and what it suggests while studying (tester ut35a, P07 m10).
  const internships = finishFirstAsked(text) ? deps.kb.faqById.get(INTERNSHIPS_ENTRY) : undefined;
  if (internships) return sendLedAnswer(context, deps, text, Messages.direct.finishFirst, internships);
  // "would my experience leading a team help later, for the senior roles?": what the guide says moving up calls for.
  const advancing = leadingLaterAsked(text) ? deps.kb.faqById.get(ADVANCING_ENTRY) : undefined;
  if (advancing) return sendLedAnswer(context, deps, text, Messages.direct.leadingLater, advancing);
  // One certification asked whether to skip for the other ("skip the CCM and go straight for the CMC?"): what the guide
  // says of the order and of the CMC's requirements, then its certifications.
  const skipped = certificationSkipped(text);
  const certifications = skipped ? deps.kb.faqById.get(CERTIFICATIONS_ENTRY) : undefined;
  if (skipped && certifications) return sendLedAnswer(context, deps, text, Messages.direct.certificationSkipped(skipped), certifications);
  // Pay with a master's or long experience named, beside their own ("I make around 92k"): the top levels, against it.
  const experienced = experiencedPayAsked(text, said);
  const lead = experienced ? experiencedPayLead(deps, experienced.master, experienced.ownThousands) : null;
  const pay = deps.kb.faqById.get(PAY_ENTRY);
  if (lead && pay) return sendLedAnswer(context, deps, text, lead, pay);
  // The area in view or chosen, asked of day to day ("what would that look like day to day?" after choosing pediatric):
  // what the guide says of that area's work, never the general day "especially for older people" (tester ut34a, mph #11).
  const chosen = (await deps.profile.get(context))?.specialisation ?? null;
  const day = areaDayAsked(deps.kb, said, last?.id, chosen);
  const area = day ? deps.kb.faqById.get(day.area.faqId) : undefined;
  // Named, its answer just shown ("what does pediatric care management involve day to day" after it, ut38a P10-T3): what
  // it says of that area's work in a sentence, then the day it gives for care managers in general, said to be general.
  // Pointed at ("what would that look like day to day?"), that area's work alone, as before (ut34a mph #11).
  const generalDay = day?.named && !day.certification && area && last?.id === area.id ? deps.kb.faqById.get(DAILY_DUTIES_ENTRY) : undefined;
  if (day && generalDay) return sendLedAnswer(context, deps, text, Messages.direct.areaDayInGeneral(day.area.name, day.area.work), generalDay);
  if (day && area) {
    const answer = await sendLedAnswer(context, deps, text, Messages.direct.areaDay(day.area.name, day.certification), area);
    // The general day was weighed and left out on purpose: never added as "the other part" of the message.
    return { ...answer, alternatives: [{ id: DAILY_DUTIES_ENTRY, title: 'Day-to-day duties', score: 0 }] };
  }
  return null;
}

/** The senior and director levels the guide gives, and where the writer's own pay sits against the senior range. */
function experiencedPayLead(deps: DialogDeps, master: boolean, ownThousands: number | null): string | null {
  const levels = payLevels(deps.kb);
  const senior = levels.find((level) => level.entry.id === 'salary-senior');
  const director = levels.find((level) => level.entry.id === 'salary-director');
  if (!senior || !director) return null;
  const dollars = (amount: number): string => `$${amount.toLocaleString('en-US')}`;
  const own = ownThousands === null ? null : ownThousands * 1000;
  const against = own === null ? null : own > senior.high ? 'below' : own < senior.low ? 'above' : 'around';
  return Messages.beyond.experiencedPay(master, `${dollars(senior.low)}–${dollars(senior.high)}`, `${dollars(director.low)}–${dollars(director.high)}+`, own === null ? null : own.toLocaleString('en-US'), against);
}

/** The lead for what is needed, from work in the field the profile holds or the message tells (a medic); null when none. */
async function neededFromTheirWork(context: TurnContext, deps: DialogDeps, said: string): Promise<string | null> {
  const about = (await deps.profile.get(context))?.about;
  const job = about?.job !== undefined ? jobById(about.job) : null;
  const inField = job !== null && job.inField && !isStudentJob(job.id);
  if (!inField && !tellsOfMilitaryHealthWork(said)) return null;
  const work = inField && job ? Messages.withArticle(job.title) : 'a medic';
  // Their years and a place the guide names, when told ("CNA in nursing home 6 years now ... what I need?", ut38a P01-T2).
  const years = inField && about?.years !== undefined && about.years > 0 ? formatYears(about.years) : null;
  return Messages.direct.neededWithWork(work, about?.education === 'relevant-degree', years, workNamed(said)?.place ?? null);
}
