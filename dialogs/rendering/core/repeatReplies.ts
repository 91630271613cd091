/**
 * Never the same answer a third time: after "you said that already", a message asking two things whose one answer is
 * the one complained of gets the other answered and the repeated one pointed at (tester ut35a, P07 m4).
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { DialogDeps } from '../../deps';
import { complainsOfRepeating } from '../../understanding/core/conversation';
import { channelOf, echoPart, renderText } from './cards';
import { rememberAnswered, sendEntry } from './entryReplies';
import { RepairMessages } from '../talk/repairReplies';

/**
 * "you said that already lol. ok how much do they make, and is there a pediatric certification?" after the pediatric
 * answer: the pay answered, and the part the pediatric answer covers pointed at, not the same answer again. False when
 * the message complains of no repeat, or its answers are not one repeated and one new.
 */
export async function sendTwoWithoutTheRepeat(context: TurnContext, deps: DialogDeps, answers: readonly Answer[], repeatedId: string | undefined): Promise<boolean> {
  if (repeatedId === undefined || !complainsOfRepeating(context.activity.text ?? '')) return false;
  const repeated = answers.find((answer) => answer.kind === 'answer' && answer.entry?.id === repeatedId);
  const others = answers.filter((answer) => answer !== repeated && answer.kind === 'answer' && answer.entry);
  const [other] = others;
  if (!repeated?.entry || others.length !== 1 || !other?.entry) return false;
  await sendEntry(context, deps, other.entry);
  await context.sendActivity(renderText(channelOf(context.activity), RepairMessages.repeatPointedAt(echoPart(repeated.question), repeated.entry.title)));
  await rememberAnswered(context, deps, other.entry.id);
  return true;
}
