/**
 * Replies to a stray number or an old button right after the roadmap is built, which has nothing to pick: said so, with
 * the roadmap's first step still to do and the ways on, instead of "That button is out of date" and the topics (tester
 * ut36c, P01 m11).
 */
import type { Activity, CardAction } from 'botbuilder';
import type { Channel } from '../core/cards';
import { withChoices } from './guidedCards';
import { lowerFirst } from './guidedMessages';

export const PlanAfterMessages = Object.freeze({
  /** An old button of the roadmap's questions pressed after it was built. */
  staleButton: "That button was for a question before your roadmap was built, so I haven't acted on it: your roadmap is above.",
  /** A bare number typed after the roadmap, which has no buttons. */
  number: (n: number): string => `I'm not sure what "${n}" refers to, so I haven't acted on it: your roadmap is above.`,
  firstStep: (n: number, title: string): string =>
    ` Its first step still to do is step ${n}, ${lowerFirst(title)}: tap "Open step ${n}" to start on it, or "Update roadmap" to change your answers.`,
  nothingLeft: ' Tap "Update roadmap" to change your answers.',
});

/** The reply to a stray number (or, with null, an old button) after the roadmap: what happened, then its first step. */
export function strayAfterPlanActivity(channel: Channel, number: number | null, first: { number: number; title: string } | null, actions: readonly CardAction[]): Partial<Activity> {
  const m = PlanAfterMessages;
  const lead = number === null ? m.staleButton : m.number(number);
  return withChoices(channel, lead + (first ? m.firstStep(first.number, first.title) : m.nothingLeft), actions);
}
