/**
 * Years given at the roadmap's experience question that were volunteering only ("just the volunteering, 2 yrs", "2
 * years volunteering at a hospice"): experience the guide counts, but no job, so the roadmap never says finding a job
 * is under way or that they work in the field (tester ut37a, P09 m8-m9). Pure reader.
 */
import { normalise } from '../core/textMatch';

const VOLUNTEERED = /\bvolunteer(?:ed|ing|s)?\b|\bvolunteer work\b/;
/** Paid work named beside it: "worked 3 years as an aide and volunteered", "my job", "part time at". */
const PAID_WORK = /\b(?:work|worked|working|job|jobs|employed|paid|staff|part time|full time|as an? (?!volunteer)\w+)\b/;

/** True when the answer tells of volunteering and of no paid work. */
export function volunteeredOnly(text: string): boolean {
  const said = normalise(text).replace(/\bvolunteer work\b/g, 'volunteering');
  return VOLUNTEERED.test(said) && !PAID_WORK.test(said);
}
