/**
 * Whether a membership or a certification is worth paying for ("whats CMSA and is it worth paying for a membership?",
 * "is the CCM worth the money?"). The guide gives no fee for either, but it says what each brings, which is what the
 * worth is weighed on: that answer, led by a plain note that it gives no cost (tester ut33c, P7 #10: "the guide doesn't
 * give a figure" and nothing of what membership brings). Pure reader: no sending.
 */
import { normalise } from '../core/textMatch';

/** The guide's answers on what membership and certification bring. */
export const MEMBERSHIP_ENTRY = 'professional-organizations';
export const CERTIFICATION_WORTH_ENTRY = 'certification-benefits';

/** Worth weighed against what it costs. */
const WORTH_PAYING = /\bworth (?:(?:the )?(?:paying|pay|spending|money|cash|fee|fees|cost|costs|price|dues|investment|expense)|it (?:for|given) (?:the )?(?:money|price|cost|fee))\b|\bworth (?:\w+ )?(?:dollars|bucks)\b|\bworth (?:paying|spending) (?:for|on)\b/;

/** A professional body's membership, never any membership ("is a gym membership worth the money?"). */
const MEMBERSHIP = /\b(?:cmsa|acma|professional (?:organi[sz]ations?|bodies|body|associations?|groups?|societ(?:y|ies))|(?:case|care) management (?:society|association|organi[sz]ation)s?)\b|\b(?:associations?|societ(?:y|ies)|organi[sz]ations?) (?:membership|fees?|dues)\b/;
const CERTIFICATION = /\b(?:certif\w*|ccm|cmc|credential\w*)\b/;

/** The entry that says what the thing asked of brings, when its worth is weighed against a cost; null otherwise. */
export function worthPayingAsked(message: string): string | null {
  const text = normalise(message);
  if (!WORTH_PAYING.test(text)) return null;
  if (MEMBERSHIP.test(text)) return MEMBERSHIP_ENTRY;
  return CERTIFICATION.test(text) ? CERTIFICATION_WORTH_ENTRY : null;
}

/** Worth weighed with no cost named: "is the CMC worth it", "worth getting the CCM?", "is certification worth the effort". */
const WORTH_IT = /\bworth (?:it|getting|having|doing|taking|going for|the (?:effort|time|trouble|hassle|work|bother))\b/;

/**
 * True when a question weighs whether a certification is worth it, with or without a cost ("is the CMC worth it on top
 * of that?"): the guide's answer is what certification brings (certification-benefits), not the certification's own
 * description, which says nothing of its worth (tester ut34c, msw #3).
 */
export function certificationWorthAsked(question: string): boolean {
  const text = normalise(question);
  return CERTIFICATION.test(text) && !MEMBERSHIP.test(text) && (WORTH_IT.test(text) || WORTH_PAYING.test(text));
}

/** The guide's answer on whether certification is needed at all. */
export const CERTIFICATION_NEEDED_ENTRY = 'certification-required';
/** "do I need the CCM", "do I have to get certified", "is the CMC required", "must I have a certification". */
const NEEDED = /\b(?:do|would|will|does) (?:i|you|one|we) (?:really |actually |even )?(?:need|have to|got to|gotta)(?: to)?(?: get| have| hold| take| be)? (?:the |a |an |any |my )?(?:ccm|cmc|certif\w*|credential\w*)\b|\b(?:is|are) (?:the |a |an |any )?(?:ccm|cmc|certif\w*|credential\w*) (?:really |actually )?(?:required|mandatory|necessary|needed|compulsory|a must|a requirement)\b|\bmust i (?:have|get|hold) (?:the |a |an )?(?:ccm|cmc|certif\w*)\b/;

/** True when a question asks whether a certification is needed at all ("Do I need the CCM or is my NP license enough?"). */
export function certificationNeededAsked(question: string): boolean {
  return NEEDED.test(normalise(question));
}

/** The certification entries whose thing a "they" or "it" can be: the list, one of the two, whether one is needed, keeping one. */
export const CERTIFICATIONS_IN_VIEW: ReadonlySet<string> = new Set(['certifications', 'certification-required', 'ccm', 'cmc', 'certification-renewal']);
/**
 * What a thing gives the one who gets it, asked in plain words: "what do they get me", "what would it do for me",
 * "what's in it for me", "what would I get out of them", "what good would they do me", "what's the point of it".
 */
const GAIN_ASKED = new RegExp(
  [
    String.raw`\bwhat (?:do|does|would|will|can|could|did|might) (?:they|it|that|this|those|these|one|either|the (?:ccm|cmc|certification|certifications|credential|cert|certs))(?: \w+)?(?: (?:actually|really|even|ever))? (?:get|give|bring|buy|do for|earn|win|open up for) (?:me|you|u|us|one)\b`,
    String.raw`\bwhat(?: s| is) in (?:it|them|that) for (?:me|you|u|us)\b`,
    String.raw`\bwhat (?:do|would|will|can|could|might) (?:i|you|u|we|one) (?:get|gain|win) (?:out of|from) (?:it|them|that|this|those|these|one|either|having|getting|being)\b`,
    String.raw`\bwhat (?:good|use) (?:is|are|would|will|does|do) (?:it|they|that|this|those|these|one)(?: be| do)?(?: (?:for |to )?(?:me|you|us))?(?: (?:then|tho|though|really|actually))?$`,
    String.raw`\bwhat(?: s| is)? the (?:point|benefit|advantage|upside)(?: of (?:it|them|that|one|having one|getting one|getting them|getting certified|being certified))?(?: (?:then|tho|though|really|actually))?$`,
  ].join('|'),
);
const MAX_GAIN_WORDS = 12;

/**
 * What a certification in view gives, asked in plain words ("what do they get me then?" after whether one is needed,
 * "what's in it for me?" after the certifications, tuned39, followupsAZ): the guide's answer on what certification
 * brings (certification-benefits), not a line of the answer in view, nor another answer the words alone reach.
 */
export function gainOfTheCertificationAsked(question: string, lastId: string | undefined): boolean {
  const text = normalise(question);
  return lastId !== undefined && CERTIFICATIONS_IN_VIEW.has(lastId) && text.split(' ').length <= MAX_GAIN_WORDS && !MEMBERSHIP.test(text) && GAIN_ASKED.test(text);
}
