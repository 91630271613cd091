/**
 * The level of degree asked beside one the writer holds ("do i need an MSW or is the BSW enough?", "I have a BSN. do I
 * need an MSN?"): the guide answers it (a bachelor's or a master's, depending on the employer and the role), so the
 * held degree is not the whole reply (tester ut35a, P12 m3). Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';

/** A master's, by its name or its letters. */
const MASTER = String.raw`(?:masters?|master s|msw|msn|graduate degree|grad degree|grad school|postgrad\w*)`;
/** A bachelor's, by its name or its letters. */
const BACHELOR = String.raw`(?:bachelors?|bachelor s|bsw|bsn|undergrad\w*)(?: degree)?`;
/** Enough, in people's words. */
const ENOUGH = String.raw`(?:enough|sufficient|fine|ok|okay|good enough|suffice|cut it|do)`;

/** The level asked: a master's needed, a bachelor's enough, or the two set side by side. */
const LEVEL_ASKED = new RegExp(
  [
    String.raw`\b(?:need|needs|have to|has to|must|required|require|requires|should i (?:get|do)|go back for|go (?:on|back) (?:and|to) (?:get|do)) (?:a |an |my |the )?(?:further )?${MASTER}\b`,
    String.raw`\b(?:is|are|would|will) (?:a |an |my |the )?(?:just |only )?${BACHELOR} (?:be )?(?:alone |by itself |on its own )?${ENOUGH}\b`,
    String.raw`\b${MASTER} or (?:is |would )?(?:a |an |my |the )?(?:just |only )?${BACHELOR}\b`,
    String.raw`\b${BACHELOR} or (?:do i need |would i need |will i need )?(?:a |an |the )?${MASTER}\b`,
  ].join('|'),
);
/** Pay or time asked of the degree ("do MSWs earn more", "how long is a master's"): other answers'. */
const ASKED_OF_IT_ELSE = /\b(?:how long|how many years|paid|pay|earn|make|salary|cost|worth it)\b/;

/** True when the message asks which level of degree is needed (and not its pay or time). */
export function levelOfDegreeAsked(text: string): boolean {
  const t = normalise(text);
  return LEVEL_ASKED.test(t) && !ASKED_OF_IT_ELSE.test(t);
}
