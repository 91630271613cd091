/**
 * The first thing to do asked, for now ("What's the first thing I should actually do, like this week?", "what can I do
 * today to get started", "my very first step?"): the guide's first steps, never "outside what I can help with" (tester
 * ut39a P03-T4). "what should I do first?" alone stays the engine's (first jobs). Pure.
 */
import { normalise } from '../core/textMatch';

/** The first thing or step, asked of oneself: "the first thing I should do", "my first step", "first thing to do". */
const FIRST_THING = /\b(?:(?:the |my )?(?:very )?first (?:thing|things|step|move)s? (?:i |to )(?:should |need to |have to |must |can |could |ought to )?(?:actually |really |even )?(?:do|take|make)|my (?:very )?first (?:step|move)(?: for me)?$)/;
/** Asked for a near time: "this week", "today", "tomorrow", "right now", "this month". */
const FOR_NOW = /\bwhat (?:should|can|could|do) i (?:actually |really |even )?do (?:this week|today|tomorrow|right now|this month|this weekend|now)\b(?! (?:as|in|at) (?:a|the) )/;

/** True when the person asks what to do first, to start now. */
export function firstThingAsked(message: string): boolean {
  const text = normalise(message);
  return text.split(' ').length <= 20 && (FIRST_THING.test(text) || FOR_NOW.test(text));
}
