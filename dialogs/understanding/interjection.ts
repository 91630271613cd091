import type { TurnContext } from 'botbuilder';
import { sendAnswer } from '../answerTurn';
import type { DialogDeps } from '../deps';
import { comparisonActivity } from '../rendering/guidedCards';
import { analyseSmallTalk } from './smallTalk';
import { comparisonRequest, specialisationById } from './specialisationMatch';
import { looksLikeQuestion } from './textMatch';

/**
 * Sends two specialisations side by side when the text clearly asks to compare two of them ("compare geriatric and
 * pediatric", "geriatric vs pediatric"). Returns false, sending nothing, otherwise.
 */
export async function sendComparison(context: TurnContext, deps: DialogDeps, text: string): Promise<boolean> {
  const pair = comparisonRequest(deps.kb, text);
  if (!pair) return false;
  await context.sendActivity(comparisonActivity(specialisationById(deps.kb, pair[0]), specialisationById(deps.kb, pair[1])));
  return true;
}

/** How a message sent in the middle of a guided flow was handled when it was not an answer to the flow's question. */
export type Interjection =
  /** Answered (a comparison, an answer card, "did you mean", small talk): the flow re-asks its question. */
  | 'answered'
  /** Looked like a question but the guide has no answer: the honest reply was sent; it counts as a miss. */
  | 'notCovered'
  /** Neither a question nor small talk: nothing was sent. */
  | 'none';

/**
 * Handles a message that interrupts a guided flow without leaving it: a comparison of two specialisations, small talk,
 * or a question for the guide. The flow then asks its own question again.
 */
export async function answerInterjection(context: TurnContext, deps: DialogDeps, text: string): Promise<Interjection> {
  const trimmed = text.trim();
  if (!trimmed) return 'none';
  if (await sendComparison(context, deps, trimmed)) return 'answered';
  const smallTalk = analyseSmallTalk(trimmed).kind !== null;
  if (!smallTalk && !looksLikeQuestion(trimmed)) return 'none';
  const answer = await sendAnswer(context, deps, trimmed);
  if (smallTalk || answer.kind === 'answer' || answer.kind === 'ambiguous') return 'answered';
  return 'notCovered';
}

/**
 * True when the text is worded as a question ("do I need a degree?", "how much do senior care managers earn"), so a
 * parser that also finds an answer in it ("degree") should not take it as one when the guide answers the question.
 */
export function isWordedAsQuestion(text: string): boolean {
  return /^(?:what|whats|what's|how|why|when|where|which|who|whom|whose|is|are|am|do|does|did|can|could|should|would|will|may|tell me|explain)\b/i.test(
    text.trim(),
  );
}

/** True when the guide has a confident answer to the text (nothing is sent). */
export function guideAnswers(deps: DialogDeps, text: string): boolean {
  const { rest } = analyseSmallTalk(text);
  return rest !== '' && deps.engine.answer(rest).kind === 'answer';
}
