import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { acronymAsked } from '../../understanding/inView/acronymAsked';
import { concernInView } from '../../understanding/inView/concernInView';
import { exampleChecked } from '../../understanding/inView/exampleChecked';
import { kindListAsked } from '../../understanding/inView/kindListAsked';
import { channelOf } from '../core/cards';
import { answeredWith, rememberAnswered, sendEntry } from '../core/entryReplies';
import { Messages } from '../core/messages';
import { renderPartInView } from '../beyond/nearby';

/**
 * Replies from a line of the answer in view (session 37, followupsAV): what a short form it spells out stands for
 * ("what does the first one stand for?" after the professional groups), an example it names checked ("like a care
 * coordinator?" after the first jobs), and what employers make of its thing or whether that can be learned ("do
 * employers mind?" after the route without a degree, "can that be learned?" after the soft skills). The answer in view
 * stays in view. Null when the message asks none of these of it.
 */
export async function sendAskedOfItsLine(context: TurnContext, deps: DialogDeps, text: string, last: FaqEntry | undefined): Promise<Answer | null> {
  if (!last) return null;
  // "what areas are there?" after how to specialize: the list its line speaks of (session 38, tuned38).
  const list = kindListAsked(text, last, (id) => deps.kb.faqById.get(id));
  if (list) return (await sendEntry(context, deps, list), answeredWith(text, list));
  const channel = channelOf(context.activity);
  const form = acronymAsked(text, last);
  const lines = form ? [form.line] : (exampleChecked(text, last, deps.engine) ?? concernInView(text, last));
  if (!lines) return null;
  const lead = form ? `${Messages.shortFormStandsFor(form.short, form.name)} ${Messages.partGives(last.title)}` : Messages.partGives(last.title);
  await context.sendActivity(renderPartInView(last, { lines, closest: true }, deps.kb, channel, lead));
  await rememberAnswered(context, deps, last.id);
  return answeredWith(text, last);
}
