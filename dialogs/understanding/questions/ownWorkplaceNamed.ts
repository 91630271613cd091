/**
 * One's own workplace named in a question ("could I do this at my own hospital or is it mostly home visits / insurance
 * companies?", tester ut33a P05 m9): "own" is the writer's employer, not working for oneself, which the engine read it
 * as ("Working for myself" first). The question is put without "own", so where care managers work answers it. A
 * practice or business of one's own is working for oneself, and stays as it is (person/ownPracticeAsked.ts). Pure.
 */
import { normalise } from '../core/textMatch';

/** A workplace one is employed at, after "my own" or "our own". */
const OWN_WORKPLACE =
  /\b(my|our) own ((?:current )?(?:hospital|clinic|unit|ward|floor|department|employer|workplace|work place|job|facility|nursing home|care home|health system|insurer)s?)\b/;
/** A place of one's own set up or run ("start my own clinic", "open our own care home"): working for oneself, as it reads. */
const SET_UP = /\b(?:start|starting|open|opening|run|running|set up|setting up|build|building|launch|launching|found|own and run)\b(?: \w+){0,3} (?:my|our) own\b/;

/** The question with one's own workplace named without "own", or null when it names none. */
export function ownWorkplaceNamed(text: string): string | null {
  const said = normalise(text);
  return OWN_WORKPLACE.test(said) && !SET_UP.test(said) ? said.replace(OWN_WORKPLACE, '$1 $2') : null;
}
