/**
 * A plain verdict asked of their own case: "can u just tell me yes or no", "give it to me straight", "bottom line, can
 * I?" (ut40a P11-T8). The reply opens with the plain word its case allows before the reasons.
 */
import { normalise } from '../core/textMatch';

const PLAIN_VERDICT =
  /\byes or no\b|\b(?:just|simply) (?:tell me|say|answer)\b|\b(?:give it to me|tell me) straight\b|\bstraight (?:answer|up)\b|\b(?:a )?(?:simple|short|direct|one word) answer\b|\bbottom line\b|\bin a word\b/;

/** True when the person asks for a plain yes or no, not the reasons. */
export function plainVerdictAsked(text: string): boolean {
  return PLAIN_VERDICT.test(normalise(text));
}
