/**
 * Whether another thing is required, asked by naming it after an answer on whether one thing is (session 36,
 * followupsAT): "and certification?" after whether a license is needed asks whether certification is required, not
 * what the certifications are; "what about a license?" after whether certification is required asks the licensing
 * answer. The answer in view asks whether something is needed; the one next to it that asks the same of the thing
 * named is the reply. Pure.
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { normalise, stem } from '../core/textMatch';

/** "and certification?", "what about a license?", "same for the CCM?": a thing named and nothing else asked. */
const ONLY_NAMED = /^(?:(?:ok|okay|so|but|right|hmm)\s+)*(?:and|what about|how about|and what about|same for|same with|and for)\s+(?:a |an |the )?([a-z]+(?: [a-z]+)?)(?: (?:then|too|as well|also|though|tho))?$/;
/** A question whether something is needed. */
const ASKS_NEED = /\b(?:need|needed|required|require|requires|must|have to|mandatory)\b/;
/** Two stems are one word's when one starts the other and both are this long ("certif", "certifi"). */
const SAME_ROOT = 5;

const stems = (text: string): string[] =>
  normalise(text)
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .map(stem);
const sameWord = (a: string, b: string) => a === b || (a.length >= SAME_ROOT && b.length >= SAME_ROOT && (a.startsWith(b) || b.startsWith(a)));

/** The answer next to the one in view that asks whether the thing named is needed; null when there is none. */
export function requirementCarried(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry | null {
  if (!last || !ASKS_NEED.test(normalise(last.question))) return null;
  const named = ONLY_NAMED.exec(normalise(message))?.[1];
  if (!named) return null;
  const thing = stems(named);
  const own = stems(`${last.title} ${last.question}`);
  if (thing.length === 0 || thing.every((word) => own.some((said) => sameWord(said, word)))) return null;
  const asking = last.related
    .flatMap((id) => kb.faqById.get(id) ?? [])
    .filter((entry) => ASKS_NEED.test(normalise(entry.question)))
    .filter((entry) => {
      const its = stems(`${entry.title} ${entry.question}`);
      return thing.every((word) => its.some((said) => sameWord(said, word)));
    });
  return asking.length === 1 ? asking[0]! : null;
}
