/**
 * Whether the work is mostly in one kind of place, asked beside where care managers work ("Do government agencies hire
 * care managers too, or is it mostly hospitals?", tester ut36a P08 m2, got "The guide doesn't cover the other part"):
 * the guide gives no shares, but says where they typically work. Pure.
 */
import { normalise } from '../core/textMatch';

/** "mostly hospitals", "is it mainly in clinics", "do most work in nursing homes". */
const SHARE_OF_A_PLACE =
  /\b(?:mostly|mainly|usually|typically|largely|more often|most of them|most work) (?:in |at |for )?(?:the )?(hospitals?|nursing homes?|clinics?|home care|people s homes|patients homes|homes|insurance companies|insurers|offices?|government(?: agencies)?|agencies)\b/;

/** True when a part asks whether the work is mostly in one kind of place. */
export function placeShareAsked(part: string): boolean {
  return SHARE_OF_A_PLACE.test(normalise(part));
}
