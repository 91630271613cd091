/**
 * The steps of the chain (answerTurn.ts) on the areas of care and what the job is: how hard an area is, the area for
 * the people named, who the clients are, an area the guide does not describe, a skill of its list named.
 */
import { type Answer } from '../../../knowledge/answerEngine';
import { feedbackUserOf } from '../../feedbackStore';
import { areaForThePeople } from '../../understanding/questions/specialisationMatch';
import { clientsAsked } from '../../understanding/questions/clientsAsked';
import { areaNotDescribed } from '../../understanding/questions/areaAsked';
import { askingPart, questionAmongTelling } from '../../understanding/core/clauses';
import { areaHardAsked } from '../../understanding/questions/areaHardAsked';
import { Messages } from '../core/messages';
import { answeredWith, sendLedAnswered } from '../core/entryReplies';
import { sendLedDecline } from '../person/situationReplies';
import { skillNamed, SKILLS_ENTRY } from '../../understanding/questions/skillNamed';
import { sendAreaOrClosest } from './areaClosest';
import type { TurnOfTheCase } from '../../answerTurn';


/** How hard the area in view is: the guide speaks only of the job as a whole. */
export async function sendAreaHard(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last } = turn;
  // How hard the area in view is ("is it hard?" after pediatric): the guide speaks only of the job as a whole.
  const hard = lastRejected ? null : areaHardAsked(text, last, deps.kb);
  if (hard) return [await sendLedDecline(context, deps, text, Messages.direct.areaHardNotSaid(hard.area), hard.entry)];
  return null;
}

/** The kind of care manager for the people or condition named: that area. */
export async function sendAreaForThePeople(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, typed } = turn;
  // Which kind of care manager works with the people or condition named ("which type would cover older folk with
  // dementia", "my patients are diabetic, which kind of care manager works with them?"): that area (tester ut28b).
  const area = lastRejected ? null : areaForThePeople(deps.kb, text, typed);
  const areaEntry = area ? deps.kb.faqById.get(area) : undefined;
  if (areaEntry) {
    await sendAreaOrClosest(context, deps, areaEntry, text);
    return [answeredWith(text, areaEntry)];
  }
  return null;
}

/** Who the clients are: whom the guide says they serve, then its four areas. */
export async function sendWhoTheClientsAre(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // Who the clients are ("what sort of people are their clients?"): whom the guide says they serve, then its four areas.
  const clients = !lastRejected && clientsAsked(text) ? deps.kb.faqById.get(AREAS_ENTRY) : undefined;
  if (clients) {
    return sendLedAnswered(context, deps, text, Messages.whoTheClientsAre, clients);
  }
  return null;
}

/** An area asked for by name that the guide does not describe: said so, then the four it does. */
export async function sendAreaNotDescribed(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last } = turn;
  // An area asked for by name that the guide does not describe ("is there a palliative care specialism?"): said so,
  // then the four it does (testers ut29b, ut30a).
  const notDescribed = lastRejected ? null : areaNotDescribed(deps.kb, askingPart(text) ?? questionAmongTelling(text) ?? text, last?.id);
  const areas = notDescribed ? deps.kb.faqById.get(AREAS_ENTRY) : undefined;
  if (notDescribed && areas) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    return sendLedAnswered(context, deps, text, Messages.direct.areaNotDescribed(notDescribed), areas);
  }
  return null;
}

/** A skill of the guide's list named in words its answers do not use: what the list says. */
export async function sendSkillNamed(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // A skill of the guide's list named in words its answers do not use ("What is cultural competency?"): what the list says.
  const skill = lastRejected ? null : skillNamed(text, deps.engine.answer(text));
  const skills = skill ? deps.kb.faqById.get(SKILLS_ENTRY) : undefined;
  if (skill && skills) {
    return sendLedAnswered(context, deps, text, Messages.direct.skillNamed(skill.skill), skills);
  }
  return null;
}

/** The guide's four areas to specialise in. */
const AREAS_ENTRY = 'specialisations';