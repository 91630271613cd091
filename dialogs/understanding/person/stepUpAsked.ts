/**
 * Whether the career would be a step up or sideways from the writer's work ("Would a care manager job be a step up or
 * sideways for me?", tester ut34c ot #1): the guide never weighs care management against other jobs. The search reads
 * "step up" as advancing within care management (its step 10), which answers another question. Pure.
 */
import { normalise } from '../core/textMatch';

/** The move weighed: "be a step up", "is it a step down", "a sideways move", "a promotion", "a downgrade". */
const MOVE_WEIGHED =
  /\b(?:be|is|it s|its|feel like|count as)(?: \w+){0,4}? (?:a|an) (?:real |big )?(?:step up|step down|step sideways|step back(?:wards?)?|sideways (?:move|step)|lateral (?:move|step)|move up|move down|upgrade|downgrade|promotion|demotion)\b(?! (?:path|paths|track|ladder|opportunit\w*|to|into|in)\b)/;

/** True when the message asks whether the career would be a step up, down or sideways for the writer. */
export function stepUpAsked(message: string): boolean {
  return MOVE_WEIGHED.test(normalise(message));
}
