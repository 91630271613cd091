/**
 * Something of the person's own, told, then set beside the thing in view as the same ("i calm nervous dogs all day as a
 * groomer, is that the same thing?" after empathy, "I run a busy salon, is that kind of the same?" after the soft
 * skills): the guide compares nothing of anyone's own with what it describes, so it cannot say. Said plainly, a
 * decline, with the answer in view, not an answer a word of the story reaches (case management for "all day") (session
 * 36, followupsAT). Pure: true when the message tells and then asks only that.
 */
import { clausesOf } from '../core/clauses';
import { looksLikeQuestion, normalise } from '../core/textMatch';

/** "is that the same thing?", "is it similar?", "would that be kind of the same?", "does that count as the same thing?". */
const SAME_AS_IT =
  /^(?:(?:so|and|but|ok|okay|like|hmm)\s+)*(?:is|isn t|isnt|would|wouldn t|does|do|will|could)\s+(?:that|it|this|those|these|all that|any of that|that stuff)\s+(?:(?:be|count as|sound like|seem|feel|really|pretty much|basically)\s+)*(?:the same(?: thing| kind of thing| sort of thing| skill| as that| as this)?|similar(?: to that| to this)?|kind of the same|sort of the same|kinda the same|like that|like this|a similar thing|close(?: to that| to it| enough)?|related)(?: (?:then|though|tho|or not|really))?$/;
/** A clause telling of oneself. */
const TELLS = /\b(?:i|i m|im|i ve|ive|my|we|we re|me)\b/;

/** True when the message tells something of the writer's own and asks whether it is the same as the thing in view. */
export function ownLikeTheThing(message: string): boolean {
  const clauses = clausesOf(message);
  const asked = clauses.at(-1);
  if (!asked || clauses.length < 2 || !SAME_AS_IT.test(normalise(asked))) return false;
  return clauses.slice(0, -1).some((clause) => !looksLikeQuestion(clause) && TELLS.test(normalise(clause)));
}
