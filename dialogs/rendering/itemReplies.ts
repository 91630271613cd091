import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../knowledge/answerEngine';
import type { FaqEntry } from '../../knowledge/schema';
import type { DialogDeps } from '../deps';
import { renderTwoAnswers, channelOf } from './cards';
import { noteShown, rememberAnswered, sendLedEntry, sendSideBySide } from './entryReplies';
import { Messages } from './messages';

/** The answers of every item of a list asked of ("explain me the two certifications"): two side by side, else one after the other. */
export async function sendEveryItem(context: TurnContext, deps: DialogDeps, text: string, entries: readonly FaqEntry[]): Promise<Answer[]> {
  const [a, b] = entries;
  if (entries.length === 2 && a && b) await sendSideBySide(context, deps, a, b);
  else {
    await context.sendActivity(renderTwoAnswers([...entries], deps.kb, channelOf(context.activity)));
    noteShown(context, entries);
    for (const entry of entries) await rememberAnswered(context, deps, entry.id);
  }
  return entries.map((entry) => ({ question: text, kind: 'answer', answered: true, entry, score: 1, alternatives: [] }));
}

/** The one item whose own answer says what was asked ("which one covers the legal side?"), said to be that one. */
export async function sendItemSaying(context: TurnContext, deps: DialogDeps, text: string, entry: FaqEntry): Promise<Answer> {
  await sendLedEntry(context, deps, Messages.itemSaying(entry.title), entry);
  return { question: text, kind: 'answer', answered: true, entry, score: 1, alternatives: [] };
}
