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
/** A fragment that asks on from the last answer ("and the crisis stuff?", "what about being bilingual"). */
const ASKS_ON = /^(?:and|also|plus|what about|how about)\b|\bstuff\b|\bskills?\b|\bexperience\b/;

/** What of crisis work and languages the message asks; null when it asks of neither. */
export function crisisOrLanguageAsked(typed: string): CrisisOrLanguage | null {
  const text = normalise(typed);
  if (!ASKED.test(typed.toLowerCase())) return null;
  const language = LANGUAGE.test(text);
  // Crisis asked on as a skill or one's own experience, not a question about one ("what happens in a medical emergency?").
  // Whether crisis work counts as experience is the experience reading's (understanding/person/ownWorkCounted.ts).
  const crisis = CRISIS.test(text) && !COUNTED.test(text) && (ASKS_ON.test(text) || language || /\b(?:help|helps|matter|matters|useful|handle|deal with|good at)\b/.test(text));
  return crisis || language ? { crisis, language } : null;
}
