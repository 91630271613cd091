/**
 * Crisis work and speaking other languages, asked of the job or weighed for oneself ("and the crisis stuff? and being
 * bilingual?" after the communication answer got "I don't have an answer to that in the guide": tester ut34c, fa #2).
 * The guide names crisis management, decisions under pressure and calm in high-stress situations among the skills; it
 * never mentions languages, and its nearest skill is respect for each patient's culture. Pure.
 */
import { normalise } from '../core/textMatch';

export interface CrisisOrLanguage {
  crisis: boolean;
  language: boolean;
}

/** Crisis work named: a crisis, emergencies, de-escalation. */
const CRISIS = /\b(?:crisis|crises|emergenc(?:y|ies)|de ?escalat\w*)\b/;
/** Speaking more than one language: bilingual, fluent in Spanish, a second language, sign language. */
const LANGUAGE =
  /\b(?:bilingual|bi lingual|trilingual|multilingual|polyglot|second language|other languages|another language|foreign languages?|two languages|three languages|several languages|sign language|asl|(?:speak|speaks|speaking|fluent in|fluency in|native) (?:\w+ )?(?:spanish|french|german|italian|portuguese|mandarin|chinese|cantonese|arabic|tagalog|filipino|hindi|urdu|punjabi|bengali|russian|ukrainian|polish|korean|japanese|vietnamese|creole|somali|swahili|farsi|persian|turkish|greek|hebrew))\b/;
/** Asked, not told: a question mark, or words that weigh or ask. */
const ASKED = /\?|\b(?:help|helps|matter|matters|count|counts|useful|valuable|value|plus|advantage|asset|edge|worth|need|needed|required|handle|deal with|what about|how about)\b/;
/** Counted as experience: "does any of that count as experience?". */
const COUNTED = /\b(?:count|counts|counted|counting)\b/;
/** Crisis work asked of as a skill or one's own: "and the crisis stuff?", "are crisis skills useful?", "I'm good at emergencies". */
const ASKS_ON = /\b(?:stuff|skills?|background|good at|great at)\b/;

/** A question that points back at what was told, and weighs it. */
const POINTS_BACK = /\b(?:that|those|this|these|it|all that)\b/;
const WEIGHS = /\b(?:help|helps|matter|matters|count|counts|useful|valuable|plus|advantage|asset|edge|worth)\b/;

/** The sentences of a message that ask, normalised: a question mark, or a question's opening. */
function sentencesAsking(typed: string): string[] {
  return typed
    .split(/(?<=[.?!])\s+/)
    .filter((sentence) => sentence.includes('?') || /^(?:(?:and|so|but|also)\s+)?(?:do|does|is|are|would|will|can|could|should|what|how|any)\b/i.test(sentence.trim()))
    .map(normalise);
}

/** What of crisis work and languages the message asks; null when it asks of neither. */
export function crisisOrLanguageAsked(typed: string): CrisisOrLanguage | null {
  const text = normalise(typed);
  if (!ASKED.test(typed.toLowerCase())) return null;
  // Languages asked of, not told beside another question ("I speak Spanish fluently. what skills do I need?"): named in
  // the sentence that asks, or pointed back at from it ("... fluent in Spanish. Would those skills matter?").
  const asking = sentencesAsking(typed);
  const language = LANGUAGE.test(text) && asking.some((sentence) => LANGUAGE.test(sentence) || (POINTS_BACK.test(sentence) && WEIGHS.test(sentence)));
  // Crisis asked on as a skill or one's own experience, not a question about one ("what happens in a medical emergency?").
  // Whether crisis work counts as experience is the experience reading's (understanding/person/ownWorkCounted.ts).
  const crisis = CRISIS.test(text) && !COUNTED.test(text) && (ASKS_ON.test(text) || language);
  return crisis || language ? { crisis, language } : null;
}
