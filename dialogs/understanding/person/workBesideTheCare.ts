import { normalise } from '../core/textMatch';

/**
 * Work done at a place of care that is not care itself (session 38, followupsAX): "does working security at a
 * hospital count?", "I clean at a nursing home, does that count?", "would cooking in a hospital kitchen count as
 * experience?". The place is one the guide names, but the guide's experience is work in health or social services
 * (care delivery, counseling, case management), and it never says whether guarding, cleaning or cooking there counts:
 * no yes. A porter, an aide or a receptionist, who work with the patients or their records, are left to the care reading.
 * Pure.
 */

/** Jobs that keep the place, not the people in its care: security, doors, cleaning, kitchens, upkeep, parking. */
const WORK_BESIDE_THE_CARE =
  /\b(?:security|security guards?|guards?|guarding|doorm[ae]n|door staff|door supervisors?|bouncers?|night watch\w*|watchm[ae]n|patrol\w*|clean\w*|janitor\w*|custodi\w*|housekeep\w*|laundry|kitchen|kitchens|cook|cooks|cooking|chefs?|catering|caterers?|dishwash\w*|canteen|cafeteria|maintenance|handym[ae]n|groundskeep\w*|gardeners?|gardening|parking|valet\w*|car park|cashiers?|gift shop|vending|boiler|electricians?|plumbers?|painters?|decorators?|builders?|construction)\b/;

/** The person's own care of people told beside it ("a guard who helps the nurses with patients"): care work after all. */
const CARE_DONE =
  /\b(?:patient care|care of (?:the )?(?:patients|residents)|(?:help|helps|helping|look after|looking after|care for|caring for|support|supporting) (?:the )?(?:patients|residents|clients)|nurs(?:e|es|ing)|aides?|carers?|caregiv\w*|counsel\w*|social work\w*|case manag\w*)\b/;

/** True when the work told is done at a place of care but keeps the place, not the people in its care. */
export function tellsOfWorkBesideTheCare(text: string): boolean {
  const t = normalise(text);
  return WORK_BESIDE_THE_CARE.test(t) && !CARE_DONE.test(t.replace(/\bnursing homes?\b/g, ' '));
}
