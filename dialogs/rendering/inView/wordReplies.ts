import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { channelOf } from '../core/cards';
import { answeredWith, rememberAnswered } from '../core/entryReplies';
import { Messages } from '../core/messages';
import { renderPartInView } from '../beyond/nearby';
import { sendLedDecline } from '../person/situationReplies';
import type { NotGivenInView } from '../../understanding/inView/notGivenInView';

/** The lines of the answer in view that a pointed follow-up asks of (understanding/inView/wordOfTheAnswerInView.ts), led "From the answer above on ...". */
export async function sendLinesOfTheAnswerInView(context: TurnContext, deps: DialogDeps, text: string, last: FaqEntry, lines: readonly string[]): Promise<Answer> {
  await context.sendActivity(renderPartInView(last, { lines, closest: true }, deps.kb, channelOf(context.activity), Messages.partGives(last.title)));
  await rememberAnswered(context, deps, last.id);
  return answeredWith(text, last);
}

/** What the guide never gives, asked of the answer in view: said plainly, a decline, noted, with that answer. */
export function sendNotGivenInView(context: TurnContext, deps: DialogDeps, text: string, asked: NotGivenInView, last: FaqEntry): Promise<Answer> {
  const lead = asked.kind === 'employer' ? Messages.thingNotMentioned(asked.employer, last.title) : Messages.notGivenInView[asked.kind](last.title);
  return sendLedDecline(context, deps, text, lead, last);
}
