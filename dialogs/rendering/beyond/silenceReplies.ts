import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import { feedbackUserOf } from '../../feedbackStore';
import type { DialogDeps } from '../../deps';
import { menuOf } from '../../turnState';
import { AGE_SUBJECT } from '../../understanding/inView/aspectInView';
import { ageWeighed, placeChangesAsked } from '../../understanding/person/ageOrPlaceTold';
import { careerGapAsked } from '../../understanding/person/careerGapAsked';
import { chiefPayAsked, handsOnAsked, holidaysAsked, learningTimeAsked, perkAsked } from '../../understanding/questions/beyondTheJobAsked';
import { guideSilentOn } from '../../understanding/questions/groundOfTheGuide';
import { otherJobAside } from '../../understanding/questions/otherJobAside';
import { otherJobPaid } from '../../understanding/questions/otherJobPaid';
import { jobBenefitsAsked, timeOffAsked } from '../../understanding/questions/timeOffAsked';
import { nightWorkAsked } from '../../understanding/questions/nightWorkAsked';
import { payBasisAsked } from '../../understanding/questions/payBasisAsked';
import { workplaceAsked } from '../../understanding/questions/workplaceAsked';
import { PAY_ENTRY } from '../../understanding/person/situationAsked';
import { answeredWith, sendEntry } from '../core/entryReplies';
import { skillsToldWeighed } from '../../understanding/person/skillsToldWeighed';
import { crisisOrLanguageAsked } from '../../understanding/questions/crisisOrLanguageAsked';
import { licencePlaceInView } from '../../understanding/inView/licencePlaceInView';
import { sentencesOf } from '../../understanding/core/clauses';
import { askButton, channelOf, withButtons } from '../core/cards';
import { Messages } from '../core/messages';
import { renderWorkNotSaid } from './nearby';
import { sendLedAnswer, sendLedDecline } from '../person/situationReplies';

/** What the guide ties to a place: its pay, licensing, certification, and the professional bodies it names. */
export const GUIDE_PLACE_ENTRIES: readonly string[] = Object.freeze(['salary', 'licensing', 'professional-organizations']);

/** The guide's answer on keeping learning, for a gap in one's working life. */
const EXPERIENCE_ENTRY = 'gaining-experience';
/** The guide's list of the skills care managers need. */
const SKILLS_ENTRY = 'essential-skills';

/** A decline said plainly with the answers nearest to it as buttons, noted for the report. */
async function sendSilence(context: TurnContext, deps: DialogDeps, question: string, said: string, near: readonly string[]): Promise<Answer> {
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  await context.sendActivity(renderWorkNotSaid(said, menuOf(deps, near), channelOf(context.activity)));
  return { question, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [] };
}

/**
 * What the guide never says, asked after an answer where the words alone would land on an answer by chance: an age or a
 * place told and weighed (understanding/person/ageOrPlaceTold.ts), the job's benefits, hands-on clinical tasks, how long
 * learning takes, the chief care officer's pay (understanding/questions/beyondTheJobAsked.ts). Said plainly, with what the guide
 * says nearest; null when the message asks none of these. `said` is the whole message, `question` the part that asks.
 */
export async function sendSilenceAfterAnswer(context: TurnContext, deps: DialogDeps, question: string, said: string, last: FaqEntry | undefined): Promise<Answer | null> {
  // Another job's pay ("my friends are nurses. what do they make?"): the guide gives the care managers' only, said first.
  const otherPaid = otherJobPaid(said);
  if (otherPaid) return sendLedDecline(context, deps, question, Messages.beyond.otherJobPay(otherPaid), deps.kb.faqById.get(PAY_ENTRY));
  if (ageWeighed(said)) return sendSilence(context, deps, question, Messages.aspectNotGiven.age, AGE_SUBJECT);
  // "it's been 10 years. is that gap going to hurt me?": no word on career gaps; how experience is built (ut37a P04 m9,
  // ut39a P03-T3: after years away, volunteering or interning is the guide's way back to hands-on experience).
  if (careerGapAsked(said)) return sendLedDecline(context, deps, question, Messages.beyond.careerGapNotSaid, deps.kb.faqById.get(EXPERIENCE_ENTRY));
  if (placeChangesAsked(said, deps.kb)) return sendSilence(context, deps, question, Messages.guideOfAPlace, GUIDE_PLACE_ENTRIES);
  // "How about in Canada po, same requirement?" after the license: no rules for any place, it depends on where (ut38a P06-T5).
  const licenceThere = licencePlaceInView(said, last?.id, deps.kb);
  if (licenceThere) {
    // Its answer is just above, so the line alone, with the nearest questions as buttons (never bullets off the subject).
    void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(withButtons(channelOf(context.activity), Messages.beyond.licencePlaceInView(licenceThere.place), menuOf(deps, ['certification-required', 'certifications']).map(askButton)));
    return { question, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [] };
  }
  // "Do care managers get summers off?": none said; the hours it gives (ut36a P05 m5). Time off said as a perk is a perk.
  const timeOff = perkAsked(question) ? null : timeOffAsked(question);
  if (timeOff) return sendLedDecline(context, deps, question, Messages.beyondTheJob.timeOff(timeOff), deps.kb.faqById.get('work-hours'));
  // "do care manager jobs come with benefits? health insurance etc": the job's, not certifying's (ut36a P07 m5).
  const perk = perkAsked(question) ?? (jobBenefitsAsked(said) ? (perkAsked(said) ?? 'health insurance or paid leave') : null);
  if (perk) return sendSilence(context, deps, question, Messages.beyondTheJob.perk(perk), ['salary', 'work-hours']);
  // "do they work holidays?" after the hours: the guide names no holidays, only evenings, weekends and on call.
  if (holidaysAsked(question)) return sendLedDecline(context, deps, question, Messages.beyondTheJob.timeOff('holidays'), deps.kb.faqById.get('work-hours'));
  // "is it paid by the hour or a salary?": never said; its yearly ranges (tuned38).
  if (payBasisAsked(question)) return sendLedDecline(context, deps, question, Messages.beyondTheJob.payBasis, deps.kb.faqById.get(PAY_ENTRY));
  // "do they ever work overnight like i do?": no nights said; the hours it gives, evenings and on call among them (tuned38).
  // With the hours in view, the reader of what the answer in view never mentions says the same over its lines.
  const night = perkAsked(question) || last?.id === 'work-hours' ? null : nightWorkAsked(question);
  const hours = deps.kb.faqById.get('work-hours');
  if (night && hours) return sendLedAnswer(context, deps, question, Messages.thingNotMentioned(night, hours.title), hours);
  // "do care managers wear a uniform?", "do i need a car for this job": none said; the work environment (ut36c, known).
  const workplace = workplaceAsked(question);
  if (workplace) return sendLedDecline(context, deps, question, Messages.beyondTheJob.workplace(workplace), deps.kb.faqById.get('work-environment'));
  const task = handsOnAsked(question);
  if (task) return sendLedDecline(context, deps, question, Messages.beyondTheJob.handsOn(task), deps.kb.faqById.get('daily-duties'));
  if (learningTimeAsked(question)) return sendSilence(context, deps, question, Messages.beyondTheJob.learningTime, [...(last ? [last.id] : []), 'essential-skills'].slice(0, 2));
  if (chiefPayAsked(question)) return sendLedDecline(context, deps, question, Messages.beyondTheJob.chiefPay, deps.kb.faqById.get('salary-vp'));
  // "and the crisis stuff? and being bilingual?": the skills the guide names for crisis work; its silence on languages.
  // Skills told of oneself and weighed ("I'm great in stressful situations ... fluent in Spanish. Would those skills
  // matter?") are each named as the guide names them, by situationReplies.ts, not only the crisis and language ones.
  const skills = skillsToldWeighed(question, said) ? null : crisisOrLanguageAsked(said);
  const named = skills ? deps.kb.faqById.get(SKILLS_ENTRY) : undefined;
  if (skills?.crisis && named) return sendLedAnswer(context, deps, question, Messages.beyondTheJob.crisisOrLanguage(true, skills.language), named);
  if (skills?.language) return sendSilence(context, deps, question, Messages.beyondTheJob.crisisOrLanguage(false, true), [SKILLS_ENTRY, 'communication']);
  return null;
}

/**
 * A question the engine placed outside the guide that is on its ground. Another job set aside from it ("How stressful
 * is this compared to being a therapist?", "how long would it take me with no degree but 12 years interpreting?"), what
 * is left answered, after saying the guide compares nothing with that job (understanding/questions/otherJobAside.ts).
 * Else the guide's silence said plainly ("does the guide say anything about LPN to RN bridge programs?", "what does a
 * nurse practitioner make?"), with what it says nearest, instead of "That is outside what I can help with": still a
 * decline, `answer` returned as it came (understanding/questions/groundOfTheGuide.ts). Null when it is on neither.
 */
export async function sendOnTheGuidesGround(context: TurnContext, deps: DialogDeps, answer: Answer): Promise<Answer | null> {
  const aside = otherJobAside(answer.question);
  const read = aside ? deps.engine.answer(aside.asked) : null;
  if (aside && read?.kind === 'answer' && read.entry) {
    // The comparison asked is the guide's silence, so a decline, with its answer on the career shown (as weighedAgainstOther).
    if (aside.against) return sendLedDecline(context, deps, answer.question, Messages.notWeighedAgainst(aside.against), read.entry);
    // Kept alongside a job ("an internship while still bartending nights"): the guide's answer, and its silence on fitting it in.
    if (aside.alongside) return sendLedAnswer(context, deps, answer.question, Messages.beyond.alongsideWork(aside.alongside), read.entry);
    await sendEntry(context, deps, read.entry);
    return answeredWith(answer.question, read.entry);
  }
  // "I meant pay. director pay", "cuanto pagan? like starting out": the last sentence alone is one the guide answers surely.
  const last = lastSentenceAnswered(deps, answer.question) ?? lastSentenceAnswered(deps, context.activity.text ?? '');
  if (last) return (await sendEntry(context, deps, last), answeredWith(answer.question, last));
  const silent = guideSilentOn(answer.question);
  const near = silent ? menuOf(deps, silent.near) : [];
  if (!silent || near.length === 0) return null;
  void deps.feedback.recordQuestion(answer.question, answer.kind === 'no-match' ? 'no-match' : 'out-of-scope', feedbackUserOf(context.activity), context.activity.channelId);
  await context.sendActivity(renderWorkNotSaid(Messages.guideSilentOn(silent.thing, silent.otherPay), near, channelOf(context.activity)));
  return answer;
}

/** How sure the engine must be of a last sentence read alone for it to stand for a message it placed outside the guide. */
const SURE_ALONE = 0.8;

/** The answer to the last sentence of a message of several, read alone, when the engine is sure of it; else undefined. */
function lastSentenceAnswered(deps: DialogDeps, question: string): FaqEntry | undefined {
  const sentences = sentencesOf(question);
  const last = sentences.at(-1);
  if (sentences.length < 2 || !last) return undefined;
  const read = deps.engine.answer(last);
  return read.kind === 'answer' && read.score >= SURE_ALONE ? (read.entry ?? undefined) : undefined;
}
