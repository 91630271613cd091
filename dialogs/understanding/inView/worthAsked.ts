/**
 * What a thing in view is worth, asked in a few words (session 33, followupsAN): "then why get it?", "why bother
 * then?", "what's the point of getting one?" after whether certification is required, or after the CCM, is the benefits
 * of getting certified (the guide's answer next to it), not "sorry, I may not have been clear"; "what does it prove?",
 * "what would it show employers?" after the CCM is its line on what it shows, not a decline. Read by the follow-up
 * rules (followUp.ts); the line is picked by the part of the answer in view (listInView.ts partInView).
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { normalise } from '../core/textMatch';

/** Why one would get the thing at all. */
const WHY_GET_IT =
  /^(?:(?:then|so|but|and|ok|okay|hmm|well)\s+)*(?:why (?:(?:would|should|do|does|will|did) )?(?:(?:i|you|u|one|anyone|people|someone|we) )?(?:even |still |then |ever )?(?:get|getting|bother(?: getting| with)?|take|taking|do|doing|go for) (?:it|one|them|that|this|certified)|why bother|what (?:is |s )?the point(?: of (?:getting|having|doing|taking) (?:it|one|them|that|certified))?)(?:\s+(?:then|though|tho|at all|anyway|anyways|if it s not required|if its not required|if not required|if i don t have to|if i dont have to))?$/;
/** What the thing shows of the person who has it. */
const WHAT_IT_SHOWS = /^(?:(?:and|so|but|ok|okay|hmm)\s+)*what (?:does|would|will|do|did) (?:it|that|this|they|those|one) (?:actually |really |even )?(?:prove|show|demonstrate|signal|say about (?:me|you|someone))(?: (?:to )?(?:employers|an employer|people|clients))?(?: (?:then|though|tho|exactly))?$/;
/** A line that says what the thing shows ("It shows you can provide ...", "proof of your expertise"). */
export const SAYS_WHAT_IT_SHOWS = /\b(?:shows|proves|proof|demonstrates)\b/i;
/** A question of benefits or worth. */
const OF_WORTH = /\b(?:benefits?|worth)\b/i;

/** The words of a text that name things, cut to their first six letters ("certif" for certified and certification). */
const namingStems = (text: string): Set<string> =>
  new Set(normalise(text).split(' ').filter((word) => word.length > 3 && !STOP_WORDS.has(word) && !/^(?:care|manager|managers|benefits?|getting|worth|what|required)$/.test(word)).map((word) => word.slice(0, 6)));

/**
 * The entry of the worth of the thing in view: the answer next to it (or next to one next to it and back) that asks the
 * benefits of what the thing's own title or question names; null when there is none.
 */
function worthNextTo(last: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const named = namingStems(`${last.title} ${last.question}`);
  const ofTheThing = (entry: FaqEntry | undefined): boolean => entry !== undefined && OF_WORTH.test(entry.question) && [...namingStems(entry.question)].some((word) => named.has(word));
  if (ofTheThing(last)) return last;
  const next = last.related.map((id) => kb.faqById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined);
  const mutual = next.filter((entry) => entry.related.includes(last.id)).flatMap((entry) => entry.related.map((id) => kb.faqById.get(id)));
  return [...next, ...mutual].find((entry): entry is FaqEntry => ofTheThing(entry)) ?? null;
}

/** The entry a short question of the thing's worth asks for; null when the message is no such question. */
export function worthAskedInView(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry | null {
  if (!last) return null;
  const text = normalise(message);
  if (WHAT_IT_SHOWS.test(text)) return SAYS_WHAT_IT_SHOWS.test(last.answer) ? last : null;
  if (!WHY_GET_IT.test(text)) return null;
  // "why bother?" after the internships, whose own answer says what they are worth (session 34): that answer.
  return worthNextTo(last, kb) ?? (WHY_BOTHER.test(text) && answerSaysItsWorth(last) ? last : null);
}

/** "why bother?", "what's the point?": the thing's worth, whatever it is (not "why do it?", which may ask the reason it is done). */
const WHY_BOTHER = /\bwhy bother\b|\bwhat (?:is |s )?the point\b/;
/** A line that says what a thing is worth to the person ("makes you a more attractive candidate", "opens doors to promotion"). */
export const SAYS_ITS_WORTH = /\b(?:worth doing|worth it|more attractive|competitive edge|an edge|opens? doors?|can give you|gives? you|valuable|invaluable|makes? you (?:a )?(?:better|more))\b/i;
const answerSaysItsWorth = (entry: FaqEntry): boolean => entry.answer.split('\n').some((line) => SAYS_ITS_WORTH.test(line));

/** True when the message asks why one would get the thing at all ("then why get it?"): a question, never confusion. */
export const asksWhyGetIt = (message: string): boolean => WHY_GET_IT.test(normalise(message));

/** True when the message asks what the thing in view shows ("what does it prove?"). */
export const asksWhatItShows = (message: string): boolean => WHAT_IT_SHOWS.test(normalise(message));
