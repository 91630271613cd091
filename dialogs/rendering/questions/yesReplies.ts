/**
 * The yes to a yes/no question that one line of a list answers ("do care managers handle insurance?"): the yes and that
 * line first, the whole list and the entries next to it as buttons (understanding/questions/yesOfTheList.ts).
 */
import type { TurnContext } from 'botbuilder';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import type { YesOfTheList } from '../../understanding/questions/yesOfTheList';
import { askButton, channelOf, withButtons } from '../core/cards';
import { rememberAnswered } from '../core/entryReplies';
import { Messages } from '../core/messages';

/** The entries next to the answer shown as buttons beside its own. */
const MAX_NEXT_TO_IT = 2;

/** Sends the yes, the line of the entry's list that says it, and the entry itself as a button (its whole list). */
export async function sendYesOfTheList(context: TurnContext, deps: DialogDeps, entry: FaqEntry, yes: YesOfTheList): Promise<void> {
  const next = entry.related.map((id) => deps.kb.faqById.get(id)).filter((other): other is FaqEntry => other !== undefined);
  const buttons = [entry, ...next.slice(0, MAX_NEXT_TO_IT)].map(askButton);
  await context.sendActivity(withButtons(channelOf(context.activity), Messages.yesOfTheList(entry.title, yes.line), buttons));
  await rememberAnswered(context, deps, entry.id);
}
