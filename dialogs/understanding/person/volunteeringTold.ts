/**
 * Volunteering in care told beside another question ("I've been a hospice volunteer for about 3 yrs, sitting with
 * patients, helping families ... Would care managers work in hospice too?", ut39c P04-T2): the guide names volunteering
 * at healthcare facilities or social service organizations as a way to gain its experience, owed before the answer. Pure.
 */
import { normalise } from '../core/textMatch';
import { tellsOfCareWork } from './aboutYou';

const VOLUNTEERED = /\bvolunteer(?:ed|ing|s)?\b/;
/** Care given as a volunteer: its people or its places ("sitting with patients", "at the hospice", "a hospital volunteer"). */
const CARE_OF_PEOPLE = /\b(?:patients?|families|residents|the sick|the dying|elderly|hospices?|hospitals?|nursing homes?|care homes?|clinics?|shelters?|food banks?)\b/;

/** True when the story told (the question taken out) tells of volunteering in care. */
export function volunteeringInCareTold(story: string): boolean {
  const t = normalise(story);
  return VOLUNTEERED.test(t) && (CARE_OF_PEOPLE.test(t) || tellsOfCareWork(story));
}
