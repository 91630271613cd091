import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { askButton, renderTwoAnswers, channelOf, withButtons } from '../core/cards';
import { answeredWith, noteShown, rememberAnswered, sendLedEntry, sendSideBySide } from '../core/entryReplies';
import { Messages } from '../core/messages';
import type { ItemLines } from '../../understanding/inView/itemsAsked';

/** The answers of every item of a list asked of ("explain me the two certifications"): two side by side, else one after the other. */
export async function sendEveryItem(context: TurnContext, deps: DialogDeps, text: string, entries: readonly FaqEntry[]): Promise<Answer[]> {
  const [a, b] = entries;
  if (entries.length === 2 && a && b) await sendSideBySide(context, deps, a, b);
  else {
    await context.sendActivity(renderTwoAnswers([...entries], deps.kb, channelOf(context.activity)));
    noteShown(context, entries);
    for (const entry of entries) await rememberAnswered(context, deps, entry.id);
  }
  return entries.map((entry) => answeredWith(text, entry));
}

/** The one item whose own answer says what was asked ("which one covers the legal side?"), said to be that one. */
export async function sendItemSaying(context: TurnContext, deps: DialogDeps, text: string, entry: FaqEntry): Promise<Answer> {
  await sendLedEntry(context, deps, Messages.itemSaying(entry.title), entry);
  return answeredWith(text, entry);
}

/**
 * Which item says a thing, where more than one says it ("which one has an exam?" after the certifications): what the
 * guide says of it for each item, by name, and plainly when it says nothing of it for one; the items one tap away.
 */
export async function sendEachItemSaying(context: TurnContext, text: string, items: readonly ItemLines[]): Promise<Answer[]> {
  const each = items.map(({ entry, lines }) => `**${entry.title}**: ${lines.length > 0 ? inOneParagraph(lines) : Messages.itemSaysNothing}`);
  await context.sendActivity(withButtons(channelOf(context.activity), [Messages.eachItemSays, ...each].join('\n\n'), items.map(({ entry }) => askButton(entry))));
  return items.filter(({ lines }) => lines.length > 0).map(({ entry }) => answeredWith(text, entry));
}

/** Lines of an answer said as one paragraph: a lead into list items ("To earn it you need:") with its items after it, and a stop after each. */
function inOneParagraph(lines: readonly string[]): string {
  const said: { text: string; listing: boolean }[] = [];
  for (const line of lines) {
    const item = /^- (.*)$/.exec(line)?.[1];
    const previous = said.at(-1);
    if (item !== undefined && previous?.text.endsWith(':')) said[said.length - 1] = { text: `${previous.text.slice(0, -1)} ${item}`, listing: true };
    else if (item !== undefined && previous?.listing) said[said.length - 1] = { text: `${previous.text}, ${item}`, listing: true };
    else said.push({ text: item ?? line, listing: false });
  }
  return said.map(({ text }) => (/[.!?]$/.test(text) ? text : `${text}.`)).join(' ');
}
