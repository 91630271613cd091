/**
 * Which experience, asked of an answer that names which: "so what kind of experience makes up for it?" after the way in
 * without a degree (delivering care or case management), "what experience counts?" after what you need (case
 * management, counseling or delivering healthcare), "what experience do they want for that?" after moving up
 * (strategic planning, program development, budgeting). The words alone land on how to gain experience in general;
 * the person asks what the answer just given says of it. How to get or gain it ("where do I get that experience?")
 * is still how to gain experience. Read by the follow-up rules (followUp.ts) after the career ladder's own.
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { namesTopic } from '../core/pipeline';
import { normalise } from '../core/textMatch';

/** Which experience is asked: "what kind of experience", "which experience", "what experience counts". */
const WHICH_EXPERIENCE = /\b(?:what|which|wat|wht)(?: (?:kind|kinds|sort|sorts|type|types) of)? (?:(?:work|relevant|job) )?experience\b|\bexperience (?:counts|would count|do (?:they|you|i|employers) (?:want|need|look for|ask for|mean))\b/;
/** How or where to get it: gaining experience, which has its own answer. */
const GETTING_IT = /\b(?:how|where)\b.*\b(?:get|gain|find|build|pick up)\b/;
/** A story of one's own beside it ("i've been scheduling for 6 years, what experience counts?") is weighed elsewhere. */
const OWN_STORY = /\b(?:my|mine|i ve|ive|i have|i had|i was|i am|im|i m|i do|i work|i worked)\b/;
/** What the answer says of which experience: experience in or of something, supervised, years of it, or a list after it. */
const SAYS_WHICH = /\bexperience (?:in|of|with) [a-z]|\bsupervised experience\b|\b\d+\+? years of experience\b|\bexperience, which [^:\n]*:/;
/** A follow-up says little of its own. */
const MAX_WORDS = 10;
/**
 * Leaning on the answer in view: a pointer ("makes up for it", "for that", "do they want"), experience that counts, or
 * a bare few words ("which experience?"). "what kind of experience do i need?" is a question of its own, on gaining it.
 */
const POINTER = /\b(?:it|that|this|those|these|they|them)\b/;
const LEANS_ON_IT = new RegExp(`${POINTER.source}|\\bcounts?\\b|\\bcount(?:ed)? as\\b`);
const MAX_BARE_WORDS = 4;

/** True when a short message asks which experience, not how to get it, and tells no story of its own. */
export function asksWhichExperience(message: string): boolean {
  const text = normalise(message);
  const words = text.split(' ').length;
  return words <= MAX_WORDS && WHICH_EXPERIENCE.test(text) && !GETTING_IT.test(text) && !OWN_STORY.test(text) && (LEANS_ON_IT.test(text) || words <= MAX_BARE_WORDS);
}

/** True when a text of the guide says which experience ("experience in delivering care", "5+ years of experience"). */
export const saysWhichExperience = (text: string): boolean => SAYS_WHICH.test(text.replace(/\*\*/g, '').toLowerCase());

/**
 * The answer in view, when the message asks which experience and that answer says which; else null. `pointed`: only when
 * the message points at it ("for that", "makes up for it"), as the follow-up rules read it before the words alone.
 */
export function experienceOfTheAnswerInView(message: string, last: FaqEntry | undefined, kb: KnowledgeBase, pointed = false): FaqEntry | null {
  if (!last || !asksWhichExperience(message) || (pointed && !POINTER.test(normalise(message)))) return null;
  // "what experience do I need for the CCM?" names a subject of its own.
  if (namesTopic(kb, normalise(message).replace(WHICH_EXPERIENCE, ' '))) return null;
  return saysWhichExperience(last.answer) ? last : null;
}
