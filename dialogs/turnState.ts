/**
 * What one turn's answering keeps while the turn lasts: the marks its replies set in the turn's state (an item of a list
 * shown, what was asked and not given, the question asked in context, the entry in view, the entry a question was
 * declined about), the entries of the menu offered before, and the turn's reading of the engine.
 * Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import type { TurnContext } from 'botbuilder';
import type { FaqEntry } from '../knowledge/schema';
import { engineForTheTurn, type TurnEngine } from '../knowledge/turnEngine';
import type { DialogDeps } from './deps';

/** Set on a turn whose reply showed an item of the list in view. */
export const LIST_ITEM_SHOWN = Symbol('listItemShown');
/** Set when an answer was led by the guide not giving what was asked (a ranking, a time): the turn declined what was asked. */
export const ASKED_NOT_GIVEN = Symbol('askedNotGiven');
/** Set for a turn whose question is asked in the conversation about the guide (AnswerOptions.inContext). */
export const ASKED_IN_CONTEXT = Symbol('askedInContext');
/** Set while one of several numbered questions is answered: the part is read alone, not the whole message around it. */
export const NUMBERED_PART = Symbol('numberedPart');
/** The entry in view when the turn's question came: the walk's step on screen, or the last answer. */
export const IN_VIEW = Symbol('inView');
/** Set when a reply answered the whole message from the person's case: no "other part" of it is cut out and answered again. */
export const WHOLE_MESSAGE_ANSWERED = Symbol('wholeMessageAnswered');
/** The entry a turn's reply declined a question about ("the guide gives no figure for that: CCM certification"). */
export const DECLINED_ABOUT = Symbol('declinedAbout');

/** Notes that this turn's reply declines a question about the entry, which stays in view for the next message. */
export function declinedAbout(context: TurnContext, entry: FaqEntry | undefined): void {
  if (entry) context.turnState.set(DECLINED_ABOUT, entry.id);
}

export const menuOf = (deps: DialogDeps, ids: readonly string[] | undefined): FaqEntry[] => (ids ?? []).flatMap((id) => deps.kb.faqById.get(id) ?? []);

/** Each turn's reading of the engine, kept while the turn lasts: its readers share each message's question count. */
const TURN_ENGINES = new WeakMap<TurnContext, TurnEngine>();

/** The turn's reading of the engine (knowledge/turnEngine.ts), made on first use. */
export function turnEngine(context: TurnContext, deps: DialogDeps): TurnEngine {
  const held = TURN_ENGINES.get(context);
  if (held) return held;
  const made = engineForTheTurn(deps.engine);
  TURN_ENGINES.set(context, made);
  return made;
}
