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
