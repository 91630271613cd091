import { MessageFactory, type TurnContext } from 'botbuilder';
import { clauseActOf, clausesOf } from '../understanding/core/clauses';
import { asksToDeleteWhatWasTold } from '../understanding/talk/deletionAsked';
import { readChat } from '../understanding/core/conversation';
import { normalise } from '../understanding/core/textMatch';
import { STATE_PROPERTIES, type DialogDeps } from '../deps';
import { channelOf, renderText } from '../rendering/core/cards';
import { Messages } from '../rendering/core/messages';
import { isGroup } from '../understanding/core/vocabulary';

/**
 * "forget me", "delete my data", "please erase everything you know about me", "remove my information", asked as a
 * request too: "can u delete everything u saved about me", "could you wipe all my stuff". Not "can you delete my
 * messages": no record of the chat is kept, and the reply says what is (privacyQuestions.test.ts).
 */
const FORGET_ME =
  /^(?:(?:please|pls|plz|kindly|ok|okay|so|hi|hey) )*(?:(?:can|could|would|will) (?:you|u) (?:please |pls |just )?|i (?:want|would like|need) (?:you|u) to |i want to |i would like to )?(?:forget (?:me|about me|my data|everything(?: about me)?)|(?:delete|erase|remove|wipe|clear) (?:all )?(?:(?:of )?my (?:data|information|info|details|history|progress|stuff)|everything (?:(?:you|u) (?:know|have|keep|saved|stored|hold|have saved|have stored|kept|got) )?(?:about|on|of) me|(?:all )?(?:the )?(?:data|info|information|stuff) (?:(?:you|u) (?:have|keep|saved|stored|hold|have saved|kept|got) )?(?:about|on|of) me|me))$/;
const CONFIRM = /^(?:yes|yes delete|yes delete it|delete|delete it|delete everything|confirm)$/;
const DECLINE = /^(?:no|no keep it|keep|keep it|cancel|do not delete|do not delete it)$/;

/** Words that close the request and change nothing of it: "forget me please", "delete my data now thanks". */
const CLOSING = /(?: (?:please|pls|plz|now|thanks|thank you|thx|thank))+$/;
const asksToForget = (text: string): boolean => FORGET_ME.test(normalise(text).replace(CLOSING, '')) || asksToDeleteWhatWasTold(text);

/**
 * True when the message asks to delete the sender's data, alone or after what asks nothing: talk ("ok thank. forget me
 * please", "thanks for the help, now delete my data") or a parting word on what was said ("I said nae degree pal.
 * Anyway cheers, that's gied me plenty tae think aboot. Can ye delete aw that stuff I telt ye?"). The confirmation
 * asks before anything is deleted.
 */
export function isForgetMe(text: string): boolean {
  if (asksToForget(text)) return true;
  const clauses = clausesOf(text);
  const last = clauses.at(-1);
  if (clauses.length < 2 || last === undefined || !asksToForget(last.replace(/^(?:now|so|and|then|ok|okay|anyway)\s+/i, ''))) return false;
  return clauses.slice(0, -1).every((clause) => {
    const said = readChat(clause);
    return (said.acts.length > 0 && said.rest === '') || clauseActOf(clause) === 'tells' || asksToForget(clause);
  });
}

/**
 * "forget me": asks first, then deletes on "yes" (DialogDeps.forgetUser, bot/privacy.ts). The question belongs to the
 * person who asked (in a group chat, someone else's "yes" does not delete their data). Any other answer leaves the
 * data alone: "no" is acknowledged, anything else is handled as a normal message. True when this turn was handled.
 */
export async function handleForgetMe(context: TurnContext, deps: DialogDeps): Promise<boolean> {
  const text = context.activity.text ?? '';
  const userId = context.activity.from?.id ?? '';
  const channel = channelOf(context.activity);
  const askedBy = deps.conversationState.createProperty<string>(STATE_PROPERTIES.forgetMeAsked);
  if (isForgetMe(text)) {
    await askedBy.set(context, userId);
    await context.sendActivity({ ...renderText(channel, Messages.forgetMe.confirm), ...MessageFactory.suggestedActions([Messages.forgetMe.yes, Messages.forgetMe.no]) });
    return true;
  }
  const asked = await askedBy.get(context);
  if (!asked || asked !== userId) return false;
  await askedBy.delete(context);
  const answer = normalise(text);
  if (CONFIRM.test(answer) || isGroup(text, 'yes')) {
    let summary;
    try {
      summary = await deps.forgetUser(context);
    } catch {
      await context.sendActivity(renderText(channel, Messages.forgetMe.failed));
      return true;
    }
    await context.sendActivity(renderText(channel, Messages.forgetMe.done(summary.feedbackRecords)));
    return true;
  }
  if (DECLINE.test(answer) || isGroup(text, 'no')) {
    await context.sendActivity(renderText(channel, Messages.forgetMe.kept));
    return true;
  }
  return false;
}
