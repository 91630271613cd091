/**
 * A place asked of the licensing answer just shown: "How about in Canada po, same requirement?" (tester ut38a P06-T5,
 * which got "I don't have an answer to that"), "what about Ontario?", "is it the same in the UK?". The guide gives no
 * licensing rules for any place: it says only that whether a license is needed depends on where you work and on the
 * role. The reply says that of the place named (rendering/silenceReplies.ts). Pure.
 */
import { placeNamed } from '../../../knowledge/beyondGuide';
import type { KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/** The guide's answer on a license to practice. */
export const LICENSING_ENTRY = 'licensing';
/** A follow-up short enough to lean on the answer in view for what it asks of the place. */
const MAX_WORDS = 12;
/** Another subject asked of the place (its pay, a certification, a degree), which is not the license in view. */
const OTHER_SUBJECT = /\b(?:pay|paid|salary|salaries|earn\w*|make|wages?|money|certif\w*|ccm|cmc|degrees?|bachelor\w*|master\w*|school|jobs?|demand|hiring)\b/;
/** The place as written, a name after "in", "for" or "about" ("Canada", "New South Wales", "the UK"). */
const PLACE_AS_WRITTEN = /\b(?:in|for|about|at)\s+((?:the\s+)?(?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})/;

/** The place named, as written where it can be read (else null), when it is asked of the license in view; undefined otherwise. */
export function licencePlaceInView(message: string, lastId: string | undefined, kb: KnowledgeBase): { place: string | null } | undefined {
  if (lastId !== LICENSING_ENTRY) return undefined;
  const said = normalise(message);
  if (said.split(' ').length > MAX_WORDS || OTHER_SUBJECT.test(said) || placeNamed(message, kb) === null) return undefined;
  return { place: PLACE_AS_WRITTEN.exec(message)?.[1]?.replace(/\s+(?:po|pls|please)$/i, '') ?? null };
}
