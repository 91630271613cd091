/**
 * A place asked of the licensing answer just shown: "How about in Canada po, same requirement?" (tester ut38a P06-T5,
 * which got "I don't have an answer to that"), "what about Ontario?", "is it the same in the UK?". The guide gives no
 * licensing rules for any place: it says only that whether a license is needed depends on where you work and on the
 * role. The reply says that of the place named (rendering/beyond/silenceReplies.ts). Pure.
 */
import { placesOf } from '../../../knowledge/aspects';
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

/** Words before a place that say it is where the writer is or asks of ("in", "about the", "i live in", "i'm from"). */
const BEFORE_A_PLACE = /\b(?:in|for|about|at|from|of|to|over|outside)\s+(?:the\s+)?$/;
/** Names this short, alone, are written in capitals ("uk" is "UK", "nyc" is "NYC"). */
const SHORT_NAME = 4;
/** The longest place name a message may give. */
const MAX_PLACE_WORDS = 3;

/**
 * A place named after a word that points at one, in any case ("i'm in texas", "how about the uk?", "what if i live in
 * california"), written back as a name ("Texas", "the UK", "California"); null when none is read this way.
 */
export function placeAfterAPointer(message: string, kb: KnowledgeBase): string | null {
  const { places, home } = placesOf(kb);
  const words = normalise(message).split(' ').filter((word) => word !== '');
  for (let start = 0; start < words.length; start++) {
    for (let length = MAX_PLACE_WORDS; length >= 1; length--) {
      if (start + length > words.length) continue;
      const name = words.slice(start, start + length).join(' ');
      if (!places.has(name) && !(home.has(name) && name !== 'us')) continue;
      const before = `${words.slice(0, start).join(' ')} `;
      if (!BEFORE_A_PLACE.test(before)) continue;
      const the = /\bthe $/.test(before) ? 'the ' : '';
      // A short name alone is letters ("uk", "nyc"); in a longer name a short word is a word ("new", "of").
      if (length === 1 && name.length < SHORT_NAME) return the + name.toUpperCase();
      return the + name.split(' ').map((word) => (/^(?:of|and|the)$/.test(word) ? word : `${word[0]!.toUpperCase()}${word.slice(1)}`)).join(' ');
    }
  }
  return null;
}

/** The place named, as written where it can be read (else null), when it is asked of the license in view; undefined otherwise. */
export function licencePlaceInView(message: string, lastId: string | undefined, kb: KnowledgeBase): { place: string | null } | undefined {
  if (lastId !== LICENSING_ENTRY) return undefined;
  const said = normalise(message);
  if (said.split(' ').length > MAX_WORDS || OTHER_SUBJECT.test(said)) return undefined;
  const pointed = placeAfterAPointer(message, kb);
  if (placeNamed(message, kb) === null && pointed === null) return undefined;
  const written = PLACE_AS_WRITTEN.exec(message)?.[1]?.replace(/\s+(?:po|pls|please)$/i, '');
  return { place: written ?? pointed };
}
