/**
 * An age or a place told beside a short question that asks only of it, after an answer: "I'm 63 myself, would being
 * older be an advantage there?", "do employers hire care managers over 50", "we're in australia, does that change
 * anything". The question cut from the story ("does that change anything") lands on an answer of its own words, so the
 * turn answered care planning or the certifications' benefits; the guide speaks of no age and of no country's rules,
 * which is what the reply says (answerTurn.ts).
 */
import { placeNamed } from '../../../knowledge/beyondGuide';
import type { KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/** An age told or weighed: "i'm 63", "at 55", "over 50", "in my fifties", "being older", "older workers". */
const AGE_TOLD =
  /\b(?:i am|im|i m|am|at|aged?|turning|turned|over|past|after|nearly|almost) (?:[3-8]\d)\b(?! ?(?:k|grand|thousand|percent|clients|cases|patients|hours|hrs|people|years? of|yrs? of|families))|\bin my (?:[3-8]0s|thirties|forties|fifties|sixties|seventies)\b|\bbeing (?:older|old|over \d\d)\b|\bolder (?:workers?|people|applicants?|candidates?|adults? (?:starting|switching))\b/;
/** Asked whether it weighs for or against them: hiring, an advantage, a problem ("too late", "too old" are knowledge/beyondGuide.ts ageAsked's). */
const WEIGHED = /\b(?:hire|hires|hired|hiring|take me on|employ|employs|advantage|disadvantage|against me|hold me back|holds? (?:me|you|people) back|a problem|an issue|matter|matters|count against|discriminat\w*)\b/;

/** True when an age told is weighed ("would being older be an advantage there?"): the guide says nothing of age. */
export function ageWeighed(said: string): boolean {
  const text = normalise(said);
  if (!(AGE_TOLD.test(text) && WEIGHED.test(text) && asks(said, text) && !ANOTHER_SUBJECT.test(text))) return false;
  // The age and its weighing in one sentence ("I'm 52, would they even hire me?"), not an age told in a story whose
  // question weighs something else ("I'm 41 ... I'm fluent in Spanish. Would those skills matter?").
  return said.split(/[.!?]+(?:\s|$)/).some((sentence) => AGE_TOLD.test(normalise(sentence)) && WEIGHED.test(normalise(sentence)));
}

/** A subject of the guide asked beside the age ("would they hire me at 50 without a degree?"): that question is read as before. */
const ANOTHER_SUBJECT = /\b(?:degree|degrees|certif\w*|ccm|cmc|licen[cs]\w*|pay|paid|salary|earn|how long|course|courses|training|experience|without)\b/;

/** Asked only whether the place changes or holds what was said ("does that change anything", "is it different there"), or has its own of it ("is there a UK branch?"). */
const CHANGES_IT =
  /\b(?:does|do|would|will|could|can|is|are|might)\s+(?:that|this|it|any of (?:that|this|it)|anything|things|any of this)\s+(?:(?:still|even|really|also)\s+)?(?:change|changes|matter|make (?:a|any) difference|differ|apply|hold|be (?:any )?different|the same)\b|\b(?:is|are|would) (?:it|that|things|anything) (?:any )?(?:different|the same) (?:there|here|for (?:us|me))\b|\bdoes (?:that|this|it|the place|where i live|where i am|my country|location) (?:change|matter)\b|\b(?:is there|are there|do they have|does it have|have they got)\b.*\b(?:branch|branches|chapter|chapters|office|offices|equivalent|equivalents|version)\b/;

/** True when a place the guide never names is told and the message asks only whether it changes anything. */
export function placeChangesAsked(said: string, kb: KnowledgeBase): boolean {
  const text = normalise(said);
  if (!CHANGES_IT.test(text)) return false;
  // A place said before what it has ("a UK branch"): read as said after "in".
  const before = PLACE_BEFORE.exec(text)?.[1];
  return placeNamed(said, kb) === 'elsewhere' || (before !== undefined && placeNamed(`in ${before}`, kb) === 'elsewhere');
}

/** The word before a branch or an equivalent ("a UK branch", "an irish chapter"). */
const PLACE_BEFORE = /\b(?:a|an|any|the)\s+([a-z]+)\s+(?:branch|branches|chapter|chapters|office|offices|equivalent|version)\b/;

const ASKS = /\b(?:would|will|do|does|is|are|can|could|should|am|how)\b/;
const asks = (said: string, text: string): boolean => said.includes('?') || ASKS.test(text);
