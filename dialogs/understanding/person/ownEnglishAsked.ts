/**
 * Whether the person asks if their own English, or a first language other than English, is a problem for the career
 * ("my english is not perfect, is a problem?", "I'm not a native speaker, does that matter?", "will my accent hold me
 * back"). The guide never speaks of language level; it says communication skills are paramount, which is the answer's
 * lead (answerTurn.ts).
 */
import { normalise } from '../core/textMatch';

/** Their own English or language told or asked of: "my english", "english is my second language", "not a native speaker", "my accent". */
const OWN_LANGUAGE =
  /\b(?:my|our) (?:\w+ )?(?:english|accent|language skills?|spoken english|written english|grammar)\b|\benglish (?:is|isnt|is not|s) (?:not )?(?:my )?(?:second|2nd|third|3rd|first|native|mother) (?:language|tongue)\b|\b(?:non native|not (?:a )?native|second language|esl|english as a second language|english learner)\b|\bi (?:dont|do not|cant|can not|cannot) (?:speak|write) (?:\w+ )?(?:english|well)\b|\bi (?:speak|write) (?:only )?(?:a little|little|some|basic|broken|bad|poor) english\b/;
/** Asked whether it stands in the way: a problem, matters, holds back, is enough, is needed. */
const ASKS_IF_IT_MATTERS =
  /\b(?:problem|problems|issue|matter|matters|hold me back|holds me back|hold back|stop me|stops me|barrier|obstacle|enough|good enough|ok|okay|fine|need|needed|required|important|affect|a dealbreaker|deal breaker|disadvantage|still (?:do|become|be|work))\b/;
/** The English said to be less than perfect: "not perfect", "not good", "bad", "weak", "broken", "limited". */
const LESS_THAN_PERFECT = /\b(?:not (?:so |very |that |too |the )?(?:perfect|good|great|strong|fluent|the best|best)|bad|poor|weak|broken|limited|basic|rusty|so so|not native|second language|accent)\b/;

/** Asked about it outright, or said to be left unanswered ("you didnt answer about my english"). */
const ABOUT_IT = /\b(?:about|regarding|re) (?:my|our) (?:\w+ )?english\b(?! (?:teacher|class|classes|course|exam|test|lesson))/;

/**
 * An apology for one's English, said on the way ("sorry my english", "excuse my bad english", "sorry for my english
 * pls"): the person asks to be forgiven it, not whether it matters for the career.
 */
const SORRY_FOR_IT = /\b(?:sorry|so sorry|soz|sry|apologies|apologise|apologize|excuse|forgive|pardon)(?: me)?(?: (?:for|about))? (?:my|the|our) (?:\w+ )?(?:english|grammar|spelling|typing|typos|writing)(?: (?:please|pls|plz))?\b/g;

/** True when the message asks whether the writer's own English or first language is a problem for the career. */
export function ownEnglishAsked(text: string): boolean {
  const t = normalise(text).replace(SORRY_FOR_IT, ' ');
  if (!OWN_LANGUAGE.test(t)) return false;
  return ASKS_IF_IT_MATTERS.test(t) || ABOUT_IT.test(t) || (LESS_THAN_PERFECT.test(t) && /\?/.test(text));
}

/**
 * The other question of a message that asks of the writer's English beside it ("Which skills I need? And my english is
 * not perfect, is this a problem?"): the sentence that asks and says nothing of their English; null when there is none.
 */
export function besideOwnEnglish(text: string, asks: (sentence: string) => boolean): string | null {
  const sentences = text.split(/(?<=[.?!])\s+/).filter((sentence) => normalise(sentence) !== '');
  if (sentences.length < 2) return null;
  return sentences.find((sentence) => !OWN_LANGUAGE.test(normalise(sentence)) && !POINTS_BACK_AT_IT.test(normalise(sentence)) && asks(sentence)) ?? null;
}

/** A question that points back at what was told ("Is this big problem for the job?"): the same question, not another. */
const POINTS_BACK_AT_IT = /\b(?:is|isnt|would|will|does|could|can|might) (?:this|that|it)\b|\b(?:this|that|it) (?:is|be|a|going to be|gonna be|will be|would be)\b/;
