/**
 * The steps of the chain (answerTurn.ts) that read a pick among buttons shown: "the second one" after "did you mean"
 * (its button's entry), after an answer's related questions, and the career asked again after an answer that missed.
 */
import { type Answer } from '../../../knowledge/answerEngine';
import { careerAskedAgain } from '../../understanding/core/followUp';
import { listItemsOf, pickedFromMenu } from '../../understanding/inView/listInView';
import { sendAnswered } from '../core/entryReplies';
import type { QuestionTurn, TurnFollowingUp } from '../../answerTurn';


/** A button of the menu offered last picked by its words, and nothing more asked of it: that entry. */
export async function sendPickedFromTheMenu(turn: QuestionTurn): Promise<Answer[] | null> {
  const { context, deps, text, fromMenu } = turn;
  // "the second one" after "did you mean": that button's entry; asked more of ("the first one, who offers it"), it is in view.
  if (fromMenu && !fromMenu.asksMore) return sendAnswered(context, deps, text, fromMenu.entry);
  return null;
}

/** What the career is, asked again after an answer that missed. */
export async function sendCareerAskedAgain(turn: QuestionTurn): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // "no i asked what it actually is" after an answer that missed: what the career is, not that answer's subject.
  const career = careerAskedAgain(text, lastRejected, deps.engine);
  if (career) return sendAnswered(context, deps, text, career);
  return null;
}

/** One of the answer's related questions picked by its place ("the second one") when it showed no list. */
export async function sendPickedFromTheButtons(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, offeredOne, last, listed, twoInView, picked } = turn;
  // An answer that showed no list offered its related questions as buttons: "the second one" picks the second.
  const related = last && !offeredOne ? last.related.flatMap((id) => deps.kb.faqById.get(id) ?? []) : [];
  const fromButtons = picked || twoInView || lastRejected || listed !== last || !last || listItemsOf(last).length > 0 ? null : pickedFromMenu(text, related);
  if (fromButtons && !fromButtons.asksMore) return sendAnswered(context, deps, text, fromButtons.entry);
  return null;
}
