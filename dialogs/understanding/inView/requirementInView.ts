/**
 * A requirement asked of the thing in view, whose answer lists what it requires: "do i need a degree for it?" after
 * the CMC (to earn it you need a relevant degree, supervised hours and a pass in its exam), "does it require an
 * exam?", "is a degree needed to get that?". The thing's own list answers it; the words alone land on the degree the
 * career asks for. Read by the turn's subject in view (subjectInView.ts) and the follow-up rules (followUp.ts).
 */
import type { FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { normalise, stem } from '../core/textMatch';

/** The thing required, asked of the thing in view ("a degree" in "do i need a degree for it"). */
const REQUIREMENT_ASKED = [
  /^(?:(?:and|so|but|ok|okay|also)\s+)*(?:do|would|will|did) (?:i|you|u|one|we|people) (?:still |also |really |even |actually )?(?:need|require|have to have|have to get|have to pass) (.+?) (?:for|to get|to earn|to sit|to take|to do|before) (?:it|that|this|one)(?: (?:too|as well|though|tho|then|first))?$/,
  /^(?:(?:and|so|but|ok|okay|also)\s+)*(?:does|would|will|do) (?:it|that|this|they|those) (?:also |really |even |actually )?(?:require|need|ask for|call for|involve) (.+?)(?: (?:too|as well|though|tho|then))?$/,
  /^(?:(?:and|so|but|ok|okay|also)\s+)*(?:is|are) (.+?) (?:required|needed|necessary|a must|mandatory) (?:for|to get|to earn|to sit|to take) (?:it|that|this|one)(?: (?:too|as well|though|tho|then))?$/,
];
/** A line that leads into what the thing requires ("To earn it you need:"). */
const LEADS_INTO_REQUIREMENTS = /\b(?:to (?:earn|get|keep|sit) it|you(?:'ll)? need|requires?|requirements?)\b[^\n]*:\s*$/i;
const LIST_LINE = /^\s*[-*] /;

/** The list items under the line that leads into what the thing requires; none when it has no such list. */
function requirementsListed(entry: FaqEntry): string[] {
  const lines = entry.answer.split('\n');
  const at = lines.findIndex((line) => LEADS_INTO_REQUIREMENTS.test(line));
  if (at < 0) return [];
  const after = lines.slice(at + 1);
  const end = after.findIndex((line) => !LIST_LINE.test(line));
  return end < 0 ? after : after.slice(0, end);
}

/** The words of the thing a message asks to be required ("degree" in "do i need a degree for it"), stemmed; none when it asks none. */
function requirementAsked(message: string): string[] {
  const text = normalise(message);
  const asked = REQUIREMENT_ASKED.map((pattern) => pattern.exec(text)?.[1]).find((said) => said !== undefined);
  return asked ? asked.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !/^(?:a|an|any|some|the|kind|sort|type|of)$/.test(word)).map(stem) : [];
}

/** True when a line of the guide says every word of the requirement the message asks of the thing in view. */
export function saysRequirementAsked(message: string, line: string): boolean {
  const words = requirementAsked(message);
  const said = new Set(normalise(line.replace(/\*\*/g, '')).split(' ').map(stem));
  return words.length > 0 && words.every((word) => said.has(word));
}

/** The answer in view, when the message asks whether the thing requires something its list of requirements names; else null. */
export function requirementOfTheThing(message: string, last: FaqEntry | undefined): FaqEntry | null {
  if (!last) return null;
  return requirementsListed(last).some((line) => saysRequirementAsked(message, line)) ? last : null;
}

/** The certifications, or one of them, in view: "one" or "it" is a certification. */
const CERTIFICATIONS_IN_VIEW: ReadonlySet<string> = new Set(['certifications', 'ccm', 'cmc', 'certification-benefits', 'certification-renewal']);
/** Whether one is needed at all, to work or be hired ("do i actually need one to get hired?", "is it required to get a job?"). */
const NEEDED_AT_ALL = [
  /^(?:(?:and|so|but|ok|okay|also|hmm)\s+)*(?:do|would|will) (?:i|you|u|we|people|care managers) (?:actually |really |even |still |absolutely |definitely )?(?:need|have to have|have to get|need to get|need to have) (?:one|it|them|one of them|either|either of them|a certification|certification|to be certified|to get certified)(?: (?:to get hired|to be hired|to get a job|for a job|for the job|to work|to work as one|to start))?(?: (?:though|tho|then|at all))?$/,
  /^(?:(?:and|so|but|ok|okay|also|hmm)\s+)*(?:is|are) (?:it|one|they|certification|a certification) (?:actually |really |even )?(?:required|needed|necessary|mandatory|a must)(?: (?:to get hired|to be hired|to get a job|for a job|for the job|to work))?(?: (?:though|tho|then|at all))?$/,
];
/** The guide's answer on whether certification is required. */
export const CERTIFICATION_REQUIRED_ENTRY = 'certification-required';

/** Whether a certification is needed at all, asked with one in view ("do i actually need one to get hired?"): that answer's id; else null. */
export function certificationNeededInView(message: string, last: FaqEntry | undefined): string | null {
  if (!last || !CERTIFICATIONS_IN_VIEW.has(last.id)) return null;
  const text = normalise(message);
  return NEEDED_AT_ALL.some((pattern) => pattern.test(text)) ? CERTIFICATION_REQUIRED_ENTRY : null;
}
