import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { payLevelsAsked, rungsNamedTogether, yearAskedOfThePay, yearsOfTheRoleInView, yearsOfTheRoleNamed, type RungYears } from '../../understanding/inView/rungStepped';
import { answeredWith, sendEntry } from '../core/entryReplies';
import { sendEveryItem } from '../questions/itemReplies';
import { Messages } from '../core/messages';
import { sendLedAnswer, sendLedDecline } from '../person/situationReplies';

/**
 * What is asked of the rung of the career ladder in view, read by understanding/inView/rungStepped.ts: two levels named
 * together ("and senior and vp?" after the mid-level pay), each level's pay; the years of the role in view ("how many
 * years does that take?" after the director role); a year asked as the pay's unit ("per hour or per year?"). Null when
 * the message is none of these.
 */
export async function sendAskedOfTheRungInView(context: TurnContext, deps: DialogDeps, text: string, last: FaqEntry | undefined): Promise<Answer[] | null> {
  const rungs = rungsNamedTogether(text, last, deps.kb) ?? payLevelsAsked(text, deps.kb);
  if (rungs) return sendEveryItem(context, deps, text, rungs);
  const years = yearsOfTheRoleInView(text, last, deps.kb) ?? yearsOfTheRoleNamed(text, deps.kb);
  if (years) return [await sendYearsOfTheRole(context, deps, text, years)];
  const yearly = yearAskedOfThePay(text, last);
  return yearly ? [await sendLedAnswer(context, deps, text, Messages.payByTheYear, yearly)] : null;
}

/** The years a level comes with: its pay entry where the guide gives a number; else said plainly that it gives none, a decline, with what it says of that level. */
async function sendYearsOfTheRole(context: TurnContext, deps: DialogDeps, text: string, asked: RungYears): Promise<Answer> {
  const notGiven = Messages.rungYearsNotGiven(asked.level, asked.years);
  if (!asked.numbered) return sendLedDecline(context, deps, text, asked.named === true ? notGiven.replace(/(?<=\.) /, ` ${Messages.wayUpYears} `) : notGiven, asked.entry);
  await sendEntry(context, deps, asked.entry);
  return answeredWith(text, asked.entry);
}
