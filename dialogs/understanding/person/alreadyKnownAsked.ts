/**
 * Something asked whether it is needed, with the person saying they already know or do it ("do I need to learn medical
 * terminology? I already know a lot from interpreting"): the guide never says how much is enough, so the reply says so
 * before what the guide says the job calls for, never the list alone as if nothing was told (testers ut32c P11 #7).
 * Degrees, experience and certifications are weighed elsewhere (experienceCounts.ts, situationAsked.ts). Pure.
 */
import { sentencesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';

/** Asked whether it is needed: "do I need to learn ...", "would I have to know ...", "should I study ...". */
const NEED_ASKED =
  /\b(?:do|would|will|must|should) i (?:still |really |also |even )?(?:need|have|have got|got) to (?:learn|know|study|take|get|build|develop|pick up|brush up on|improve|be good at)\b|\b(?:do|would|will) i (?:still |really |also |even )?need\b|\bshould i (?:still |also )?(?:learn|study|take a course in)\b|\bis (?:it|that|this) (?:really )?(?:needed|required|necessary|important)\b/;

/** Told as already had: "I already know a lot", "I speak it daily", "I use it every day at work", "I learned it at work". */
const ALREADY_HAD =
  /\bi (?:already|also) (?:know|speak|use|understand|do|have|deal with|work with)\b(?! (?:i|i m|that|what|how|why|if|whether|it s|you|this is|about (?:you|this)))|\bi (?:know|speak|understand|use|learned|learnt|picked up) (?:a lot|quite a bit|plenty|a fair bit|a good deal|most|lots)\b|\bi (?:learned|learnt|picked up) (?:it|that|them|this|some|a lot) (?:from|at|in|on|through|while)\b|\bi (?:use|speak|do) (?:it|that|them|this) (?:every ?day|daily|all the time|at work|in my job)\b/;

/** What is weighed elsewhere: a degree, work experience, a certification or license. */
const WEIGHED_ELSEWHERE = /\b(?:degrees?|bachelor s?|bachelors|masters?|master s|diploma|bsn|bsw|msw|experience|years?|yrs|certif\w*|license|licence|ccm|cmc)\b/;

/** The question asked ("do I need to learn medical terminology?") when the message also tells it is already known; else null. */
export function alreadyKnownAsked(said: string): string | null {
  const whole = normalise(said);
  if (!ALREADY_HAD.test(whole) || WEIGHED_ELSEWHERE.test(whole)) return null;
  const sentences = sentencesOf(said);
  const question = sentences.find((sentence) => NEED_ASKED.test(normalise(sentence)));
  if (!question) return null;
  // The knowing told in a sentence of its own, or after the question in the same one ("do I need X, I already know it").
  const asked = normalise(question);
  const after = asked.slice((NEED_ASKED.exec(asked)?.index ?? 0) + 1);
  const told = sentences.some((sentence) => sentence !== question && ALREADY_HAD.test(normalise(sentence))) || ALREADY_HAD.test(after);
  return told ? question : null;
}
