/**
 * Pay asked of one workplace, or of one set against another ("do care managers at insurance companies get paid more
 * than hospital ones?", "what's the pay like in government agencies?"). The guide names where care managers work but
 * gives its pay only by level and years of experience, so the reply says it gives none for a workplace, then its pay by
 * level (tester ut33c, P9 #8: the question was answered with what certification does for pay). Pure reader: no sending.
 */
import { asksPay } from '../../../knowledge/aspects';
import { askingPart, questionAmongTelling } from '../core/clauses';
import { normalise } from '../core/textMatch';

/** The workplaces people name, each with the words the reply says it in. */
const SETTINGS: ReadonlyArray<readonly [string, RegExp]> = [
  ['insurance companies', /\binsurance (?:compan(?:y|ies)|carriers?|firms?|side|work)\b|\binsurers?\b|\bat (?:an |the )?insurance\b/],
  ['hospitals', /\bhospitals?\b/],
  ['nursing homes', /\bnursing homes?\b|\bcare homes?\b/],
  ['home care agencies', /\bhome (?:care|health)(?: agenc(?:y|ies))?\b/],
  ['government agencies', /\b(?:government|federal|public sector)(?: agenc(?:y|ies)| jobs?| work)?\b/],
  ['rehabilitation centers', /\brehab(?:ilitation)? (?:cent(?:er|re)s?|facilit(?:y|ies)|units?)\b/],
  ['community health centers', /\bcommunity health cent(?:er|re)s?\b/],
  ['clinics', /\b(?:clinics?|outpatient)\b/],
  ['private practice', /\bprivate (?:practice|sector|compan(?:y|ies))\b|\b(?:independent|self employed|for (?:myself|yourself))\b/],
  ['social service agencies', /\bsocial service agenc(?:y|ies)\b/],
];

/** Pay asked in words asksPay does not read ("how much do care managers make at ..."). */
const MAKE_ASKED = /\bhow much (?:do|does|would|will|can|could) (?:care managers?|case managers?|they|those|ones?|people) (?:make|get|take home)\b|\b(?:make|earn|get paid) (?:more|less|better)\b|\bbetter paid\b|\bpay (?:more|less|better)\b/;

/** The writer's own workplace told ("I work at a hospital and make 72k"): no question of the setting's pay. */
const OWN_WORKPLACE = /\bi (?:work|worked|am working|m working)\b|\b(?:my|our)(?: \w+)? (?:hospital|clinic|agency|company|job|employer)\b|\b(?:hospital|clinic|agency|nursing home) (?:years|experience)\b|\bi (?:make|earn|am on|m on|get)\b/;

/** Another job's pay asked ("how much do nurses earn in hospitals?"): a job the guide gives no pay for, not a workplace's. */
const ANOTHER_JOB = /\b(?:nurses?|rns?|social workers?|doctors?|physicians?|therapists?|aides?|assistants?|counsel(?:l)?ors?|technicians?|techs?|pharmacists?|adjusters?|administrators?|police|officers?|cops?|teachers?|engineers?|lawyers?|firefighters?|paramedics?|pilots?|dentists?|surgeons?|midwi(?:fe|ves))\b(?! (?:case|care) managers?\b)/;

/** The workplaces whose pay the message asks of (one or more); empty when it asks no pay, or names none. */
export function payBySettingAsked(text: string): string[] {
  const asked = normalise(askingPart(text) ?? questionAmongTelling(text) ?? text);
  if (!(asksPay(asked) || MAKE_ASKED.test(asked)) || OWN_WORKPLACE.test(asked) || ANOTHER_JOB.test(asked)) return [];
  return SETTINGS.filter(([, pattern]) => pattern.test(asked)).map(([name]) => name);
}
