import type { CareerStep } from '../../../knowledge/schema';
import { clausesOf } from './clauses';
import { findStepByName } from './stepNavigation';
import { normalise, readNumber } from './textMatch';

/**
 * Two things said of the walk as a whole, beside the moves stepNavigation.ts reads: where to begin it when asking for
 * it ("walk me through the steps? start with skills"), and whether the step on screen may be left out ("can I skip this
 * one since I'm going the no-degree way?").
 */

/**
 * "start with skills", "can we begin at step 5", "walk me through the steps starting from certification": the start
 * asked for, at the head of a clause or right after the steps; "I'm thinking of starting with a nursing degree" tells.
 */
const START_NAMED =
  /(?:^(?:(?:and|but|so|then|please|pls|ok|okay|maybe|can we|could we|can you|could you|let s|lets|let us|i want to|i d like to|id like to|i would like to|i wanna)\s+)*|\b(?:steps?|walk ?through|walk|through (?:them|it)) (?:but |and )?|\b(?:and|but|then) (?=(?:start|begin) ))(?:start|begin|starting|beginning|kick off|kicking off)(?: (?:it|them|off|us|me|the walk|the steps|there))? (?:from|at|with|on) (?:the |my )?(.+?)(?: (?:step|stage|part|section|bit|one))?(?: (?:please|pls|first|then|instead|if you can|if possible))*$/;
/** "from step 4", "at step five", "jump to step 9": the step by its number anywhere in the request. */
const FROM_STEP_NUMBER = /\b(?:from|at|(?:jump|skip|go|head|move|straight|right|ahead|fast forward) to) (?:step|stage) (\S+)/;

/**
 * The step a request for the walk says to begin at, by number or name, in any clause ("can you walk me through the
 * steps? start with skills, I think that's where I'm strongest" is step 4); null when none is named or the words name
 * no one step.
 */
export function startStepNamed(text: string, steps: readonly CareerStep[]): number | null {
  for (const clause of clausesOf(text)) {
    const said = normalise(clause);
    const numbered = FROM_STEP_NUMBER.exec(said)?.[1] ?? /^(?:step|stage) (\S+)$/.exec(START_NAMED.exec(said)?.[1] ?? '')?.[1];
    if (numbered !== undefined) {
      const n = readNumber(numbered);
      if (n !== null && Number.isInteger(n) && n >= 1 && n <= steps.length) return n;
      continue;
    }
    const wanted = START_NAMED.exec(said)?.[1];
    const step = wanted === undefined ? null : findStepByName(wanted, steps);
    if (step) return step.number;
  }
  return null;
}

/** "can I skip this one", "do I have to do this step", "is this step optional", "skip this one?" ("is that one required?" asks of the thing). */
const SKIP_ASKED =
  /\b(?:(?:can|could|may|should) (?:i|we) (?:just )?(?:skip|jump over|pass on|leave out|bypass)(?: over)? (?:this|that|it)\b|(?:do|must|would) (?:i|we) (?:really )?(?:have|need|got) to (?:do|take|complete|follow) (?:this|that)(?: one| step| part)?\b|(?:is|are) (?:this|that)(?: one| step| part)? (?:optional|skippable)\b|\bskip (?:this|that)(?: one| step| part)?(?: for me)?\?)/;
/** "could we skip the certification part", "can I skip the degree": the step named, which must be the one on screen. */
const SKIP_NAMED = /\b(?:can|could|may|should) (?:i|we) (?:just )?(?:skip|jump over|pass on|leave out|bypass) (?:the |my )?(\w+(?: \w+)?)/;

/**
 * True when a message asks whether the step on screen may be left out, as a question ("can I skip this one since I'm
 * going the no-degree way?", "is this step optional?", "can I skip the degree?" on the education step). "skip to step 5"
 * and "skip this" as an order are moves, read by stepNavigation.ts.
 */
export function skipAsked(text: string, shown: CareerStep, steps: readonly CareerStep[]): boolean {
  const said = normalise(text);
  if (/\bskip (?:ahead |forward )?to\b/.test(said)) return false;
  if (SKIP_ASKED.test(`${said}${text.includes('?') ? '?' : ''}`)) return true;
  const named = SKIP_NAMED.exec(said)?.[1];
  return named !== undefined && findStepByName(named, steps)?.number === shown.number;
}
