/**
 * Questions the guide answers, asked through the person's own life or work, which were declined as outside the guide
 * (session 40, tester ut40a kind 1): an aspect of the job set against their own work ("is it less stressful than tech
 * tho?", "how is it different from school counseling?"), the hours asked through a life ("flexibility for school
 * pickup? like 3pm"), work outside health weighed ("does retail management experience help or is it useless"), a
 * credential of theirs toward certification ("would my RRT license count toward certification?"), kinds of membership
 * ("do they have student or discounted memberships?"), and more school for the area in view ("chronic disease. ok. does
 * that need more school"). Pure: what is asked, or null.
 */
import { normalise } from '../core/textMatch';

export type AskedThroughTheirLife =
  /** An aspect of the job (stress, or what the job is) set against other work, named as the message says it. */
  | { readonly kind: 'aspect-against'; readonly aspect: 'stress' | 'the-job'; readonly against: string }
  /** The hours, asked through a life: school pickup, school hours, on call. */
  | { readonly kind: 'hours' }
  /** Experience of work outside health or social services weighed: does it help? */
  | { readonly kind: 'other-work-helps'; readonly work: string }
  /** A credential of theirs counted toward certification. */
  | { readonly kind: 'credential-toward-certification'; readonly credential: string }
  /** Kinds or prices of membership of the professional organizations. */
  | { readonly kind: 'membership-kinds' }
  /** More school or training asked of the area of care in view. */
  | { readonly kind: 'area-training' };

/** The areas of care: an answer on one of them in view. */
const AREA_ENTRIES: ReadonlySet<string> = new Set(['geriatric', 'pediatric', 'psychiatric', 'chronic-disease', 'specialisations']);

/** Words after the thing weighed that are talk, not part of it ("tho", "lol", "be honest"). */
const TRAILING_TALK = /(?:\s+(?:at least|tho|though|lol|lmao|haha|really|honestly|be honest|tbh|ngl|or not|or less|or more|or the same|right|then|at all|work|job|jobs|world))+$/;

const STRESS = /\b(?:stress\w*|pressure\w*|intense|demanding|burn ?out|burnout)\b/;
/** "than X", "compared to X", "vs X", "next to X": the other side of the weighing. */
const AGAINST = /\b(?:than|compared (?:to|with)|comparing to|vs|versus|next to|relative to)\s+(?:being (?:a |an )?|working (?:in |as )?(?:a |an )?|my |the |a |an |in )?([a-z][a-z '/-]*)/;
/** "how is it different from X", "how does it differ from X", "is it like X", "what's the difference from X". */
const DIFFERENT = /\b(?:how (?:is|s|would) (?:it|this|that|the job|the role|care management|being a care manager|a care manager(?: job)?) (?:be )?(?:any |really |much )?different (?:from|than|to)|how does (?:it|this|that|the job|the role|care management) differ from|(?:what s|whats|what is) the difference (?:from|with))\s+(?:being (?:a |an )?|my |the |a |an )?([a-z][a-z '/-]*)/;
/** Someone else's job or study rather than the guide's: a "school counseling" is weighed, "a geriatric care manager" is not. */
const THE_GUIDES_OWN = /\b(?:care manag|case manag|geriatric|pediatric|psychiatric|chronic|director|senior|junior|entry|mid|ccm|cmc|nurse practitioner care)/;

/** The hours and the life they must fit: "school pickup", "3pm", "school hours", "on call", "schedule", "flexib". */
const HOURS = /\b(?:school (?:pick ?ups?|run|hours|day)|pick ?up (?:the |my |your |our )?kids|pick (?:the |my |your |our )?kids up|(?:[1-9]|1[0-2]) ?(?:pm|am|o clock)|on ?call|flexib\w*|schedule|hours|9 ?(?:to|-) ?5|nine to five|evenings?|weekends?|nights?)\b/;
const HOURS_ASKED = /\b(?:is there|are there|are the|are they|do (?:they|you|care managers)|can (?:i|you)|could (?:i|you)|would (?:i|it)|will (?:i|it)|is (?:the|it|that)|how|what|any)\b/;
/** "part time around school pickups", "can you cover my 3pm shift": not the hours the guide gives. */
const PART_TIME_OR_OWN_SHIFT = /\bpart ?time\b|\b(?:cover|take|swap|work) (?:my|our|his|her) (?:[\w ]{0,12})?shifts?\b/;
/** Hours said as a life's fixed point: a school pickup, a time of day, school hours, on call set against it. */
const LIFE_HOURS = /\b(?:school|kids?|children|child ?care|daycare|pick ?up|[1-9] ?pm|family|flexib\w*)\b/;

/** Work outside health named as experience ("retail management experience", "my years in sales"). */
const OTHER_WORK = /\b((?:retail|sales|hospitality|restaurant|bar|hotel|customer service|call cent(?:er|re)|warehouse|construction|factory|manufacturing|marketing|military|army|trucking|logistics)(?: (?:store |shop )?(?:management|manager|managing|work|job|jobs|background|supervisor|supervising))?)\b/;
const HELPS = /\b(?:help|helps|helpful|count|counts|matter|matters|useful|useless|worth anything|transfer|transfers|relevant|any use|of use|do anything)\b/;
const EXPERIENCE = /\b(?:experience|background|years|work|job|management|managing|manager)\b/;

/** A credential of theirs: "my RRT license", "my LPN", "my CNA certificate". */
const OWN_CREDENTIAL = /\bmy ([a-z]{2,5}|[a-z]+ (?:license|licence|certificate|cert|credential|registration))(?: (?:license|licence|certificate|cert|credential|registration))?\b/;
const TOWARD_CERTIFICATION = /\b(?:count|counts|go|goes|apply|applies|credit|help|helps)\b.*\b(?:toward|towards|for|to)\b.*\b(?:certif\w*|ccm|cmc|certified)\b/;
/** Credentials the guide itself names: weighed by their own readers, not here. */
const THE_GUIDES_CREDENTIALS = /^(?:ccm|cmc|msw|bsn|rn|degree|bachelor s|master s)$/;

const MEMBERSHIP = /\bmembers?(?:hips?)?\b/;
const MEMBERSHIP_KIND = /\b(?:how much|student|discount\w*|reduced|cheap\w*|free|price\w*|cost\w*|fees?|rates?|tiers?|types?|kinds?|levels?)\b/;

const MORE_SCHOOL = /\b(?:more|extra|additional|further|other|another|special) (?:school\w*|training|study|studying|education|courses?|classes|qualifications?|certifications?|degrees?)\b|\bback to school\b|\bgo back to school\b/;
const NEED_ASKED = /\b(?:need|needs|require|requires|take|takes|mean)\b/;

/** What the message asks through the person's own life, given the answer in view; null when it asks none of these. */
export function askedThroughTheirLife(message: string, lastId: string | undefined): AskedThroughTheirLife | null {
  const text = normalise(message);
  return aspectAgainstOwnWork(text) ?? hoursThroughLife(text) ?? otherWorkHelps(text) ?? credentialTowardCertification(text) ?? membershipKinds(text) ?? areaTraining(text, lastId);
}

function other(found: RegExpExecArray | null): string | null {
  const named = found?.[1]?.trim().replace(TRAILING_TALK, '').trim();
  if (!named || named.split(' ').length > 5 || THE_GUIDES_OWN.test(named) || /^(?:it|this|that|them|those|before|now|other|others|usual|normal|most)$/.test(named)) return null;
  return named;
}

function aspectAgainstOwnWork(text: string): AskedThroughTheirLife | null {
  const different = other(DIFFERENT.exec(text));
  if (different) return { kind: 'aspect-against', aspect: STRESS.test(text) ? 'stress' : 'the-job', against: different };
  if (!STRESS.test(text)) return null;
  const against = other(AGAINST.exec(text));
  return against ? { kind: 'aspect-against', aspect: 'stress', against } : null;
}

function hoursThroughLife(text: string): AskedThroughTheirLife | null {
  // Part-time work, which the guide never speaks of, and a shift of their own asked to be covered, are not its hours.
  if (PART_TIME_OR_OWN_SHIFT.test(text)) return null;
  return HOURS.test(text) && LIFE_HOURS.test(text) && (HOURS_ASKED.test(text) || text.includes('?')) && !/\b(?:how many hours|supervised|clinical|ceu|credit)\b/.test(text) ? { kind: 'hours' } : null;
}

/** Work told first and pointed back at: "does that help", "would any of that count", "will all that transfer". */
const POINTED_BACK = /\b(?:does|would|will|could|can|do|is|are) (?:any of |all of |all )?(?:that|this|it|those|these)(?: experience| work| skills?)? (?:help|count|matter|transfer|carry over|be useful|be relevant)/;

function otherWorkHelps(text: string): AskedThroughTheirLife | null {
  const work = OTHER_WORK.exec(text)?.[1];
  // Work told first and pointed back at ("i worked in a call centre, does that help") is the experience readers' own.
  // So is work told and then asked of as a whole ("I ran a warehouse team for 15 years ... Would any of that count?").
  return work && HELPS.test(text) && EXPERIENCE.test(text) && !POINTED_BACK.test(text) && !/\b(?:degree|bachelor|master|diploma)\b/.test(text) ? { kind: 'other-work-helps', work } : null;
}

function credentialTowardCertification(text: string): AskedThroughTheirLife | null {
  const credential = OWN_CREDENTIAL.exec(text)?.[1];
  // Counted as a degree ("would my ADN count as the relevant degree for the CMC?"): the degree readers say what the guide
  // says of degrees (bachelor's and master's), more nearly than this.
  return credential && !THE_GUIDES_CREDENTIALS.test(credential) && TOWARD_CERTIFICATION.test(text) && !/\b(?:degree|diploma|associate|bachelor|master)\b/.test(text) ? { kind: 'credential-toward-certification', credential } : null;
}

function membershipKinds(text: string): AskedThroughTheirLife | null {
  return MEMBERSHIP.test(text) && MEMBERSHIP_KIND.test(text) && !/\bworth\b/.test(text) ? { kind: 'membership-kinds' } : null;
}

function areaTraining(text: string, lastId: string | undefined): AskedThroughTheirLife | null {
  return lastId !== undefined && AREA_ENTRIES.has(lastId) && MORE_SCHOOL.test(text) && (NEED_ASKED.test(text) || text.includes('?') || /^(?:more|extra)/.test(text)) ? { kind: 'area-training' } : null;
}
