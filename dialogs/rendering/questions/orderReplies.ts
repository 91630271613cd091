/**
 * The reply to which of two kinds of thing comes first (understanding/questions/orderAsked.ts): that the guide sets no strict
 * order, where its ten steps put each, and what it says of when each comes, with their answers as buttons.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { ENTRY_OF, STEP_OF, type OrderedKind } from '../../understanding/questions/orderAsked';
import { askButton, channelOf, withButtons } from '../core/cards';
import { answeredWith } from '../core/entryReplies';
import { Messages } from '../core/messages';

export async function sendOrderNotSet(context: TurnContext, deps: DialogDeps, text: string, kinds: readonly [OrderedKind, OrderedKind]): Promise<Answer> {
  const [first, second] = kinds;
  const named = (kind: OrderedKind) => ({ name: Messages.beyond.orderKinds[kind].name, step: STEP_OF[kind] });
  const [earlier, later] = STEP_OF[first] <= STEP_OF[second] ? [named(first), named(second)] : [named(second), named(first)];
  const lead = Messages.beyond.orderNotSet(named(first).name, named(second).name, earlier, later);
  const lines = kinds.map((kind) => `- ${Messages.beyond.orderKinds[kind].said}`);
  const entries = kinds.map((kind) => deps.kb.faqById.get(ENTRY_OF[kind])).filter((entry): entry is FaqEntry => entry !== undefined);
  await context.sendActivity(withButtons(channelOf(context.activity), `${lead}\n\n${lines.join('\n')}`, entries.map(askButton)));
  const [shown] = entries;
  return answeredWith(text, shown);
}
