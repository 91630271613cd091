/**
 * Whether the writer may sit a certification yet, asked in words of sitting it, hours or years first ("can i sit for
 * the CCM right away or do i need hours first", "could i sit for the CCM with my 3 years?"). "hours" sent it to the
 * working hours, "with my 3 years" to the certifications list (tester ut36a, P04 m5 and P12 m5). It asks what the
 * certification needs, which the guide lists for the CMC only: read as "am I eligible for the CCM?", whose reply says
 * so (rendering/beyond/nearby.ts directLead, requirements). Pure reader.
 */
import { normalise } from '../core/textMatch';

const CERT = '(ccm|cmc)';
const SAT = [
  new RegExp(`\\b(?:sit|sitting|sat) (?:for |in |the |for the )?${CERT}\\b`),
  new RegExp(`\\b(?:take|taking|do|write|go for|apply for|get) (?:the )?${CERT}(?: exam| test| certification)? (?:right away|straight away|now|yet|immediately|already|with my|with (?:only|just))\\b`),
  new RegExp(`\\b${CERT}\\b.*\\b(?:need|have|get) (?:\\w+ )?(?:hours|years|experience) (?:first|before)\\b`),
  new RegExp(`\\b(?:hours|years|experience) (?:first|before) (?:i can |i could )?(?:sit|take|do|get|apply for) (?:the )?${CERT}\\b`),
  // "what do I need to qualify for the CCM?" read as what a care manager needs.
  new RegExp(`\\bqualify (?:for|to (?:sit|take|get)) (?:the )?${CERT}\\b|\\bwhat (?:do|would|does|will) (?:i|you|one|someone) need (?:to (?:get|earn|sit|take|apply for)|for) (?:the )?${CERT}\\b`),
];

/** The cost or the time of it asked, not whether one may sit it. */
const COST_OR_TIME = /\b(?:how much|cost|costs|price|fee|fees|money|pay for|how long|how many (?:weeks|months|hours to study))\b/;

/** The certification asked of, put as the eligibility question ("am I eligible for the CCM?"), or null. */
export function certificationSatAsked(typed: string): string | null {
  const text = normalise(typed);
  // Its cost or its time ("how much money to sit the CCM exam") is asked of the thing, which other readers answer.
  if (COST_OR_TIME.test(text)) return null;
  for (const pattern of SAT) {
    const cert = pattern.exec(text)?.[1];
    if (cert) return `am I eligible for the ${cert.toUpperCase()}?`;
  }
  return null;
}
