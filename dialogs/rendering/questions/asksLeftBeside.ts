/**
 * An ask said beside the question the reply answered, which that answer leaves out, said in a line after it: when to
 * join the organizations beside their difference (tester ut36a, P08 m9), a degree told "if that matters" beside
 * experience weighed (P10 m7). Nothing is sent when the reply already spoke of it.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../../deps';
import { DEGREE_ENTRY } from '../../understanding/inView/answerInView';
import { associateToldBeside, degreeToldBeside } from '../../understanding/person/degreeToldBeside';
import { fieldNamedByGuide } from '../../understanding/person/experienceCounts';
import { goodWithPeopleTold } from '../../understanding/person/introductionTold';
import { joinTimingAsked } from '../../understanding/questions/joinTimingAsked';
import { channelOf, renderText } from '../core/cards';
import { namedIn } from '../beyond/nearby';

export const AsksLeftMessages = Object.freeze({
  /** "Should I join one now or wait until I'm hired?": the guide's words on who joining benefits. */
  joinTiming:
    "On when to join: the guide doesn't say, but it says joining can benefit anyone aspiring to be a care manager, so it doesn't tie membership to having the job.",
  /** An associate degree told beside the question ("and I only have my ADN, not a BSN"). */
  associate:
    "On your associate degree: the guide speaks of bachelor's and master's degrees, not associate degrees. It says most employers prefer at least a bachelor's in a related field, though in some cases plenty of experience can make up for less formal education.",
  /** Being good with people told beside the question ("my mom says i should do it bc i'm good w people"). */
  peopleSkills: "You say you're good with people: the guide names communication, empathy and interpersonal skills among the key ones, and a real wish to help others.",
  /** A degree in a field the guide names, told beside the question. */
  degreeNamed: (field: string): string => `On your degree: the guide names ${field} among the usual degrees for this career.`,
  /** A degree in a field it does not name, told beside the question. */
  degreeNotNamed: (field: string, named: string): string =>
    `On your degree in ${field}: the guide names a degree in ${named}, and gives no list of related fields, so it doesn't say whether ${field} counts as one. It does say a degree in healthcare or social work isn't strictly required, though most employers prefer a bachelor's in a related field plus relevant experience.`,
});

/** Words a reply uses when it has weighed a degree already. */
const DEGREE_WEIGHED = /\brelated fields?\b|\busual degrees\b/i;
/** Words a reply uses when it has weighed an associate degree already. */
const ASSOCIATE_WEIGHED = /\bassociate degrees?\b/i;
/** Words a reply uses when it has spoken of people skills already. */
const PEOPLE_SKILLS_SPOKEN = /\binterpersonal\b|\bgood with people\b/i;
/** Words a reply uses when it has said who joining benefits. */
const JOINING_WEIGHED = /\baspiring\b|\bwhen to join\b/i;

/** The lines for the asks beside the question that the reply (`said`, its texts) left out; sent after it. */
export async function sendAsksLeftBeside(context: TurnContext, deps: DialogDeps, said: readonly string[]): Promise<void> {
  const typed = context.activity.text ?? '';
  const reply = said.join(' ');
  const lines: string[] = [];
  if (joinTimingAsked(typed) && !JOINING_WEIGHED.test(reply)) lines.push(AsksLeftMessages.joinTiming);
  const field = degreeToldBeside(typed);
  const degrees = deps.kb.faqById.get(DEGREE_ENTRY);
  if (associateToldBeside(typed) && !ASSOCIATE_WEIGHED.test(reply)) lines.push(AsksLeftMessages.associate);
  else if (field !== null && degrees && !DEGREE_WEIGHED.test(reply)) {
    lines.push(fieldNamedByGuide(field) === 'usual' ? AsksLeftMessages.degreeNamed(field) : AsksLeftMessages.degreeNotNamed(field, namedIn(degrees)));
  }
  if (goodWithPeopleTold(typed) && !PEOPLE_SKILLS_SPOKEN.test(reply)) lines.push(AsksLeftMessages.peopleSkills);
  for (const line of lines) await context.sendActivity(renderText(channelOf(context.activity), line));
}
