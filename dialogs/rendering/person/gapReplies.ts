/**
 * Replies to one's own route, gaps and skills asked in words the guide's search does not place, and to a remark naming
 * an area after talk of the areas (session 36, ut35c kind 4): answered from the guide, never "outside what I can help
 * with". The readers are understanding/person/ownGapAsked.ts and understanding/talk/areaRemarked.ts.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { askButton, channelOf, flowButton, withButtons } from '../core/cards';
import { Messages } from '../core/messages';
import { answeredWith, rememberAnswered, sendEntry } from '../core/entryReplies';
import { sendLedAnswer, sendLedDecline, sendWhatIsLeft } from './situationReplies';
import { menuOf } from '../../turnState';
import { bareFitAsked, coordinatingTold, degreeLevelWeighed, jumpToTheRoleAsked, payCutAsked, skillGainedAsked } from '../../understanding/person/ownGapAsked';
import { timeOffBesideTheHours } from '../../understanding/questions/timeOffAsked';
import { experienceGapAsked, quickestWayAsked } from '../../understanding/person/gapWeighed';
import { areaRemarked } from '../../understanding/talk/areaRemarked';
import { softwareAsked } from '../../understanding/questions/softwareNamed';
import { specialisationById } from '../../understanding/questions/specialisationMatch';

/** The guide's answers: what it takes, doing it without a degree, whether it may suit someone, the hours, the pay. */
const NEEDED_ENTRY = 'what-is-needed';
const NO_DEGREE_ENTRY = 'without-degree';
const FIT_ENTRY = 'right-for-me';
const HOURS_ENTRY = 'work-hours';
const PAY_ENTRY = 'salary';
const COMPUTER_ENTRY = 'computer-skills';
const LEVELS_ENTRY = 'bachelors-or-masters';
/** The guide's answers on the hard and the soft skills, each ending with how they are built. */
const SKILL_ENTRY = { hard: 'hard-skills', soft: 'soft-skills' } as const;

/** An answer that says how its skills are built. */
const BUILT = /professional development courses/i;

const answered = answeredWith;

/**
 * The reply to a gap, a skill or the jump to the title asked, or an area remarked, when the message is one; null
 * otherwise. `said` is the whole message, `last` the answer in view. Asked after the person's own route is read
 * (situationReplies.ts sendWhatIsLeft answers the jump from what they told, when they told where they stand).
 */
export async function sendOwnGapAnswer(context: TurnContext, deps: DialogDeps, text: string, said: string, last: FaqEntry | undefined, lastRejected = false): Promise<Answer | null> {
  // "That's not what I asked. I mean vacation, do they work year-round on normal hours?": the hours, time off not given.
  if (timeOffBesideTheHours(said)) return sendLedDecline(context, deps, text, Messages.beyondTheJob.timeOff('vacation or time off'), deps.kb.faqById.get(HOURS_ENTRY));
  if (lastRejected) return null;
  // "do i need an MSN eventually or is the BSN enough": what the guide says of the two levels, never a "Yes" to either/or.
  const levels = degreeLevelWeighed(text) ? deps.kb.faqById.get(LEVELS_ENTRY) : undefined;
  if (levels) return sendLedAnswer(context, deps, text, Messages.ownGap.degreeLevel, levels);
  // "ok so medical knowledge is the gap. how do I get that without going back to nursing school": the ways it names.
  // A skill's own answer that says how it is built ("communication") is kept; asked without school, led by the ways.
  const skill = skillGainedAsked(text, said);
  const read = skill ? deps.engine.answer(text) : null;
  const builtIn = read?.kind === 'answer' && read.entry && BUILT.test(read.entry.answer) ? read.entry : undefined;
  const skillEntry = skill ? (builtIn ?? deps.kb.faqById.get(SKILL_ENTRY[skill.kind])) : undefined;
  if (skill && skillEntry && (skill.withoutSchool || !builtIn)) return sendLedAnswer(context, deps, text, Messages.ownGap.skillGained(skillEntry.title.toLowerCase(), skill.withoutSchool), skillEntry);
  // "How do I make the jump to an actual care manager title?", "how do i get there from here": what is left for them from
  // what they told (a BSN with no years yet too); with nothing told to count from, the guide's way in.
  const jump = jumpToTheRoleAsked(text);
  const route = jump ? await sendWhatIsLeft(context, deps, text) : null;
  if (route) return route;
  const needed = jump ? deps.kb.faqById.get(NEEDED_ENTRY) : undefined;
  if (needed) return sendLedAnswer(context, deps, text, Messages.ownGap.jumpToTheRole, needed);
  // "whats the fastest way in tho, 6 years is forever", with no lack of experience told (toldReplies.ts says that one):
  // no faster route, and what the guide says of doing it without a degree. Only where the words alone answer nothing.
  const quickest = quickestWayAsked(text) && !experienceGapAsked(said) && deps.engine.answer(text).kind !== 'answer' ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
  if (quickest) return sendLedDecline(context, deps, text, Messages.ownGap.quickestWay, quickest);
  // "wait so i'd take a pay cut??" with no sum of theirs in the message: the guide's pay, for care managers only.
  // This and the two silences beside it (no faster route, no system named) are declines, noted, with what it does say.
  const pay = payCutAsked(text) && !/\d/.test(said) ? deps.kb.faqById.get(PAY_ENTRY) : undefined;
  if (pay) return sendLedDecline(context, deps, text, Messages.ownGap.payCut, pay);
  // "People keep telling me I should do it for a living. Could I?": whether it may suit them, from what they told.
  // Where they stand told ("BA in psych ... thoughts?"): weighed from it first (situationReplies.ts).
  const fit = bareFitAsked(text, said) ? deps.kb.faqById.get(FIT_ENTRY) : undefined;
  // Only a degree told counts as where they stand here: a job read from a story of family care may be no job of theirs.
  const education = fit ? (await deps.profile.get(context))?.about?.education : undefined;
  const ownFit = education === 'relevant-degree' || education === 'other-degree' ? await sendWhatIsLeft(context, deps, text, true) : null;
  if (ownFit) return ownFit;
  if (fit) return sendLedAnswer(context, deps, text, Messages.ownGap.fitAsked(coordinatingTold(said)), fit);
  // "do they use epic or some other system": the guide names no system, but the kinds it says they need to know.
  const software = softwareAsked(text, last?.id);
  const computer = software !== null ? deps.kb.faqById.get(COMPUTER_ENTRY) : undefined;
  if (software !== null && computer) return sendLedDecline(context, deps, text, Messages.ownGap.softwareNotNamed(software), computer);
  // "the older folks obviously" after the geriatric answer: that area; named back when it is the one in view.
  const area = areaRemarked(deps.kb, text, last?.id);
  const areaEntry = area ? deps.kb.faqById.get(area) : undefined;
  if (!area || !areaEntry) return null;
  if (last?.id !== area) return (await sendEntry(context, deps, areaEntry), answered(text, areaEntry));
  const name = specialisationById(deps.kb, area).name;
  const buttons = [...menuOf(deps, ['how-to-specialise', 'specialisations']).map(askButton), flowButton('roadmap')];
  await context.sendActivity(withButtons(channelOf(context.activity), Messages.ownGap.areaInView(`${name.charAt(0).toLowerCase()}${name.slice(1)}`), buttons));
  await rememberAnswered(context, deps, areaEntry.id);
  return answered(text, areaEntry);
}
