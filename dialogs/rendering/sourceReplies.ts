/**
 * Where the guide says what was just said, asked of the reply ("Where does it say that?", "says who?"): the parts of the
 * guide the answer in view comes from, never an answer on where care managers work (understanding/talk/
 * sourceOfTheClaimAsked.ts).
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../knowledge/answerEngine';
import type { FaqEntry } from '../../knowledge/schema';
import { channelOf, renderText } from './cards';
import { Messages } from './messages';

/** The reply naming the answer's sections, or what every answer shows when none is in view. */
export async function sendSourceOfTheAnswer(context: TurnContext, question: string, last: FaqEntry | undefined): Promise<Answer> {
  const sections = last ? [...new Set(last.section.split(/;\s*/).map((part) => part.trim()).filter(Boolean))] : [];
  await context.sendActivity(renderText(channelOf(context.activity), Messages.sourceOfTheAnswer(last?.title ?? null, sections)));
  return { question, kind: 'answer', answered: true, entry: last ?? null, score: 1, alternatives: [] };
}
