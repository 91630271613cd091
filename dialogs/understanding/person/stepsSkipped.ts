/**
 * Whether a background lets the writer skip the guide's steps or start above its first level ("does the NP help me skip
 * any steps at all? like do i still have to start as a junior care manager", "can I skip some steps with my BSN?",
 * "would my 10 years let me fast-track?"). The words alone landed on how to specialize with the junior care manager
 * beside it (tester ut35a, P04 m5); the guide says neither, and says junior care manager is where most careers start.
 * Pure reader.
 */
import { normalise } from '../core/textMatch';

/** Skipping or fast-tracking the route, or not starting at its first level. */
const SKIPPED =
  /\bskip(?:ping)? (?:(?:any|some|a few|several|one|two|a couple)(?: of)? (?:(?:the|your|its|these|those) )?(?:of the )?steps?|(?:the |a few |some )?steps?|ahead)\b|\bfast ?track\w*\b|\bstill (?:have|need|got) to (?:start|begin) (?:as|at|from) (?:a |an |the )?(?:junior|bottom|entry|first (?:level|step|rung))\b|\bdo i (?:still )?(?:have|need) to (?:do|go through|take) (?:all|every|each)(?: of)? (?:the )?(?:10 |ten )?steps\b/;
/** A step of the walk named ("skip step 3", "skip this one"): the walk's own move, not the route. */
const ONE_STEP_NAMED = /\bskip (?:to )?step \w+\b|\bskip (?:this|that) one\b/;

/** True when the message asks whether the writer may skip the guide's steps or its first level. */
export function stepsSkippedAsked(text: string): boolean {
  const said = normalise(text);
  return SKIPPED.test(said) && !ONE_STEP_NAMED.test(said);
}

/** What the writer says might let them skip ("the NP", "your BSN", "your 10 years"), said back; null when none is named. */
export function skippedWith(text: string): string | null {
  const named =
    /\b(?:does|do|would|will|could|can|might) ((?:my|the|a|an|having (?:a|an|my)) [\w' -]{1,30}?) (?:help|let|allow|get|lets|allows|helps) (?:me )?(?:to )?(?:skip|fast ?track|start)\b/i.exec(text) ??
    /\bskip\w* (?:any|some|a few) (?:of the )?steps? (?:with|because of|thanks to|given) ((?:my|the|a|an) [\w' -]{1,30}?)(?=[?.!,]|$| (?:or|and|like)\b)/i.exec(text);
  // Said back to them: "my BSN" is "your BSN".
  return named?.[1]?.trim().replace(/\bmy\b/gi, 'your') ?? null;
}
