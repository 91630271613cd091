/**
 * Which of two things of different kinds comes first ("which one first tho, get the CCM or get a case manager job
 * first?", "which first, volunteering or finishing school?", "should I do my master's before working?"). The guide sets
 * no strict order between them, but its ten steps number them and it says something of when each comes: the reply
 * says both (testers ut33c P7 #3 and ut34a mail #8: a side-by-side of two certifications, or of volunteering and first
 * jobs, was sent instead). Two certifications ("CCM or CMC first?") are startWithAsked.ts's. Pure reader: no sending.
 */
import { normalise } from '../core/textMatch';

/** The kinds of thing whose order is asked, each with the guide's step for it. */
export type OrderedKind = 'education' | 'experience' | 'volunteering' | 'certification' | 'job';

const KINDS: ReadonlyArray<readonly [OrderedKind, RegExp]> = [
  ['certification', /\b(?:ccm|cmc|certif\w*|certs?|credential(?:ed|s)?)\b/],
  ['volunteering', /\b(?:volunteer\w*|intern\w*|practicum)\b/],
  ['job', /\b(?:(?:a |the |my first |first )?(?:case manager |care manager |care coordinator |coordinator )?job|jobs|working|get(?:ting)? hired|employment|apply(?:ing)?(?: for (?:jobs|a job|roles))?|work (?:as|first))\b/],
  ['education', /\b(?:school|degree|college|uni|university|bachelor s|bachelors?|master s|masters?|msw|mph|bsn|bsw|studies|studying|course|program)\b/],
  ['experience', /\b(?:experience|years in the field)\b/],
];

/** A choice of order: "X or Y first", "which first, X or Y", "should I X before Y (or after)", "in what order". */
const ORDER = [
  /\bor\b.*\bfirst\b|\bfirst\b.*\bor\b/,
  // Not "which first job could I do": "first" naming a thing is no order asked.
  /\bwhich (?:one |of (?:them|these|those|the two) )?(?:first|comes first|should come first|before)\b(?! (?:jobs?|steps?|roles?|positions?|things?|ones?|certifications?|courses?|degrees?|places?|time))/,
  /\b(?:should|would|do|could) (?:i|you) .*\b(?:before|after)\b.*\bor\b/,
  /\bin (?:what|which) order\b/,
];
/** A requirement or a time asked ("do I need a degree before I can get certified?", "how long after my degree"): not an order to choose. */
const NOT_A_CHOICE = /\b(?:need|needed|required?|requirements?|have to|must|how long|how many|how soon|when can)\b/;

/** The two kinds of thing whose order is asked, in the order they were named; null when none is. */
export function orderAsked(text: string): [OrderedKind, OrderedKind] | null {
  const said = normalise(text);
  if (!ORDER.some((pattern) => pattern.test(said)) || NOT_A_CHOICE.test(said)) return null;
  // Where each kind is first named, so the reply names them as the person did.
  const found = KINDS.flatMap(([kind, pattern]) => {
    const at = said.search(pattern);
    return at >= 0 ? [{ kind, at }] : [];
  }).sort((a, b) => a.at - b.at);
  const kinds = [...new Set(found.map((one) => one.kind))];
  // "experience" beside volunteering or a job is the same kind of thing; only two kinds, never three, are weighed.
  const distinct = kinds.filter((kind) => !(kind === 'experience' && (kinds.includes('volunteering') || kinds.includes('job'))));
  return distinct.length === 2 ? [distinct[0]!, distinct[1]!] : null;
}

/** The guide's step for each kind. */
export const STEP_OF: Readonly<Record<OrderedKind, number>> = Object.freeze({ education: 2, experience: 3, volunteering: 3, certification: 5, job: 6 });

/** The entry a reply on each kind offers as a button. */
export const ENTRY_OF: Readonly<Record<OrderedKind, string>> = Object.freeze({
  education: 'how-long',
  experience: 'gaining-experience',
  volunteering: 'volunteering',
  certification: 'certifications',
  job: 'finding-a-job',
});
