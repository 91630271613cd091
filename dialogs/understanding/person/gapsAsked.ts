/**
 * What the writer lacks for the route, asked as such ("what would I be missing to move into our care mgmt team?", "what
 * am I lacking?", "what gaps do I have?"): the steps still ahead of them, not how long they take (tester ut35a, P05 m3,
 * which got "about 2 to 4 years" instead of the gaps). Pure reader: no sending.
 */
import { normalise } from '../core/textMatch';

/** Missing, lacking or gaps asked of oneself; a time asked beside them ("how long", "how many years") is still a time. */
const GAPS =
  /\bwhat (?:else )?(?:am i|m i|im|(?:would|will|could|might) i(?: still| even| really)? be|else am i|else would i be) (?:still |even |really )?(?:missing|lacking|short of)\b|\bwhat (?:do|would|will) i (?:still )?(?:lack|be lacking)\b|\bwhat (?:gaps?|holes?) (?:do|would|will|might) i (?:have|need to (?:fill|close))\b|\b(?:my|the) (?:gaps?|holes?) (?:in my (?:background|experience|resume|cv|skills))?\b.*\?|\bwhere (?:am i|are my) (?:short|falling short|weak|gaps?)\b/;
const TIME = /\bhow (?:long|many (?:more )?(?:years?|yrs|months?)|soon|fast|quickly)\b/;

/** True when the message asks what the writer is missing for the route, and not how long it takes. */
export function gapsAsked(text: string): boolean {
  const t = normalise(text);
  return GAPS.test(t) && !TIME.test(t);
}
