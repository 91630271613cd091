/**
 * How a question at the end of a story leans on it (session 33, tester C's replay of ut32a). "I don't have a degree,
 * just some college. can I still move up?" asks in spite of the lack told, so the story is read with it (the way in
 * without a degree), not "can I still move up?" alone (moving up after years as a care manager); "i have zero healthcare experience
 * tho, just coffee lol. how do i get some" asks for the experience lacking, not how to move up. Pure.
 */
import { normalise } from '../core/textMatch';

/** A question asked in spite of what was told ("can I still ...", "even so?"), or for the thing lacking ("how do i get some"). */
const STILL = /\b(?:still|even so|anyway|regardless)\b|\b(?:get|gain|build|pick up) (?:some|any)$/;
/** A lack told of oneself ("I don't have a degree", "I never finished college", "no experience", "without a license"). */
const LACK_TOLD = /\b(?:i (?:do not|dont|don t|never) (?:have|had|got|finished|did|hold)|i have(?: got)? (?:no|zero)|i ve (?:no|zero)|(?:^|[.,;] )(?:no|zero) [a-z]+|without an?|havent got|haven t got)\b/;

/** True when the question asks in spite of a lack the story told, or for it ("I don't have a degree. can I still move up?", "zero experience. how do i get some"). */
export function askedDespiteALack(story: string, asked: string | null): boolean {
  return asked !== null && STILL.test(normalise(asked)) && LACK_TOLD.test(normalise(story));
}
