/**
 * Reading a question about the writer's own route, asked once they have said where they stand: whether the career is a
 * realistic move for them ("I'm an RN, 3 yrs med-surg. Is care management a realistic move for me?"), or whether the
 * time still holds for them ("I already have a bachelor's and 6 years in memory care. does it still take that long?").
 * Answered from what they told (rendering/person/situationReplies.ts sendWhatIsLeft), never with the reply for anyone (ut32c).
 * Pure readers: no sending.
 */
import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { ageAsked } from '../../../knowledge/beyondGuide';
import { asksWhatIsLeft } from './aboutYou';
import { askingPart, questionAmongTelling } from '../core/clauses';
import { asksTheirOwnTime } from './situationAsked';
import { normalise } from '../core/textMatch';
import { stageInTheQuestion } from './stageInTheQuestion';
import { gapsAsked, jumpToTheRoleAsked } from './ownGapAsked';
import { lastSentence } from './stepsAfterStory';
import { howToBecomeAsked } from '../questions/howToBecomeAsked';
import { namesWorkOutside } from './caseToldForFit';
import { CAN_I_SAID_OTHERWISE } from './fitAskedLoosely';

/** The guide's answer on whether the career may suit someone, which the engine reads "could I become one?" as. */
const FIT_ENTRY = 'right-for-me';

/** The writer asked of, not someone else ("would my son be suited?" is the son's case, not the profile's). */
const OF_THE_WRITER = /\b(?:i|me|myself|someone like me|a person like me|people like me|my background|my experience)\b/;
const OF_SOMEONE_ELSE =
  /\b(?:my|our|his|her) (?:son|daughter|kid|kids|child|children|wife|husband|partner|friend|brother|sister|mum|mom|mother|dad|father|cousin|aunt|aunty|auntie|uncle|niece|nephew|colleague|coworker|boyfriend|girlfriend)\b|\b(?:he|she|they) (?:could|would|can|will|be)\b/;

/** Whether the time still holds for them, asked again once they say where they stand ("does it still take that long?"). */
const TIME_AGAIN = [
  /\b(?:does|would|will|is|should) (?:it|that|this) still (?:take|be|going to take|gonna take|last) (?:that|so|as|this|the same) ?(?:long|many years|amount of time)?\b/,
  /\bstill (?:take|be|need|mean) (?:about |around )?(?:\d+|six|seven|eight|6 8|6 to 8|six to eight)(?: (?:to|or) (?:\d+|eight))? (?:years|yrs)\b/,
  /\b(?:any )?(?:shorter|quicker|faster|less time|sooner) for (?:me|someone like me|a person like me|people like me)\b/,
  /\b(?:would|will|could|does|is) (?:it|that|the route|the path|the process) (?:be |take )?(?:any )?(?:shorter|quicker|faster|less time)\b(?: (?:for me|since|because|as|if|given|with|then))/,
  /\b(?:do|would|will|must) i (?:still|really) (?:need|have) (?:to (?:do|wait|spend) )?(?:all )?(?:\d+|six|6 8|6 to 8|six to eight)(?: (?:to|or) (?:\d+|eight))? (?:years|yrs)\b/,
  // "i already have the BA tho ... so less than that right?" (tester ut36a P12 m7): the time checked as shorter.
  /\b(?:less|shorter|quicker|faster|sooner|fewer years) than (?:that|this|the (?:6|six)|(?:6|six) (?:to|or) (?:8|eight))\b/,
];

/** Asked whether the career is possible for them, in words the engine may read as what the role is or needs. */
const FIT_ASKED = [
  /\b(?:could|can) i (?:realistically |really |actually |even |still |ever )?do (?:this|it|that|the job|this job|care management|case management)\b/,
  /\b(?:could|can|would|will|do) i (?:realistically |really |actually |even |still |ever )?(?:become (?:a |an )?(?:care|case) manager|be (?:a |an )?(?:good )?(?:care|case) manager|make (?:the|this|that) (?:switch|move|change|jump)|switch (?:into|to) (?:this|it|care|case))\b/,
  /\bsomething (?:i|(?:a|an|someone|somebody) (?:like me|[a-z]+(?: [a-z]+)?)) (?:could|can|might) (?:realistically |really |actually |ever )?(?:do|manage)\b/,
  /\bis (?:care management|case management|care manager|this|it|that)(?: job| career| role| work)? (?:a |an )?(?:realistic|good|possible|real)? ?(?:option|move|fit|choice|path|possibility)\b/,
  // Wondered aloud, with no question mark ("I'm wondering if care management could be my next move").
  /\b(?:wondering|wonder|curious|asking myself|not sure) (?:if|whether) (?:care management|case management|care manager|a care manager|this|it|that)(?: job| career| role| work)? (?:could|would|might|can|will|is) (?:be )?(?:my|a|an|the)? ?(?:(?:good|right|realistic|possible|next|new|natural|logical|sensible|obvious) ){0,2}(?:move|fit|option|path|step|career|choice|change|switch|thing)\b/,
  // In other words, as its own last sentence ("... Pwede po ba?", "is that doable?"): person/fitAskedLoosely.ts.
  CAN_I_SAID_OTHERWISE,
];

/** "What's realistic?" closing the story (tester ut34a, psych #1), "is that even realistic?": asked as its own last sentence. */
const REALISTIC_ASKED =
  /^(?:(?:so|ok|okay|and|but|honestly|realistically) )*(?:what s|whats|what is|how) realistic\b|^(?:(?:so|ok|okay|and|but|honestly) )*(?:is|would) (?:it|this|that) (?:even |really |actually )?(?:be )?realistic(?: for me)?$/;
/** Asked of a way, a condition or a place, which the guide answers as such (see ownRouteAsked). */
const QUALIFIED = /\b(?:without|with(?! (?:my|this|that|these|those|all (?:my|this|that)) (?:background|experience|degree|skills?|qualifications?|history|years)\b)|no degree|part ?time|online|from home|remote\w*|if|while|abroad|instead|after|before|at my age)\b|\b(?:at|in) (?:my|our|a|an|the|your|their|his|her) (?!age\b)\w+|\bor (?:is|are|do|does|would|will|at|in|from|mostly)\b/;
const qualifiedAsk = (asked: string): boolean => QUALIFIED.test(asked.replace(WONDERING, ' '));

/** A question wondered aloud ("I'm wondering if ..."): its "if" sets no condition. */
const WONDERING = /\b(?:wondering|wonder|curious|asking myself|not sure) (?:if|whether)\b/;

/** The route asked for at its quickest, by someone who said where they stand ("ICU RN, 6 years, BSN ... whats the fastest route"). */
const FASTEST_ROUTE = /\b(?:fastest|quickest|shortest|best) (?:route|way|path)(?: in| into| to)?\b/;

/**
 * What to do next, asked by someone who said where they stand ("I already have the BSN and 6 yrs ICU. what do I actually
 * do next", "so what I should do next?", "what's my next move?"): what is left of the route for them (tester ut33c, P7 #2
 * and P3 #8), never the answer on one step alone.
 */
const NEXT_ASKED =
  /\bwhat (?:(?:do|should|would|could|can|must) i|i (?:should|must|can|do)) (?:actually |really |even |then |now |best )?do (?:next|now|first|from here|after that|with (?:that|it|this))\b|\bwhat (?:is|s|would be|are) (?:my|the) (?:next|first) (?:step|steps|move|moves)\b(?! (?:of|on|in|for|after) (?!me\b))|\bwhere do i go next\b|^(?:\w+ ){0,2}(?:so |ok |okay |then )?(?:what|whats) next\b/;

/**
 * How long until they are one, asked of themselves by someone who said where they stand ("with my background, how fast
 * could I be in a care manager role?", "how long till I'm a care manager, with the 2 years I already have?", "how soon
 * before I could get hired as one?"): their own time (tester ut34a, ot #9 and lpn #4), never the 6 to 8 years for anyone.
 */
const OWN_TIME_TO_THE_ROLE =
  /\bhow (?:long|fast|quickly|soon|many (?:more )?(?:years|yrs))\b(?: \w+){0,6}? (?:until|till|til|before|could|can|would|will|might) (?:(?:i|i am|i m|im) (?:\w+ ){0,2}?(?:be|become|get|land|start|work|move|step|make it)\b(?: \w+){0,3}? (?:(?:care|case) manager|(?:care|case) management|role|job|hired|one)|(?:i am|i m|im) (?:a |an |in a |in an )?(?:\w+ )?(?:care|case) manager)\b/;

/** One of the guide's areas named in the question ("geriatric", "mental health", "kids"). */
const AREA_WORDS = /\b(?:geriatric\w*|pediatric\w*|paediatric\w*|psychiatric\w*|chronic (?:disease|illness)\w*|mental health|elderly|older (?:people|adults|folks)|seniors|kids|children|teens)\b/;

/**
 * Applying now asked by someone who said where they stand ("I already HAVE a masters and 9 years. so could I apply now?",
 * tester ut34c ot #10): what is left of the route for them, never the answer on degrees.
 */
const APPLY_NOW =
  /\b(?:could|can|may|should|would) i (?:just |already |actually |really |realistically )?(?:apply|start applying|be applying|go for (?:it|jobs|roles|care manager (?:jobs|roles))|apply for (?:jobs|roles|care manager (?:jobs|roles|positions)|it)) (?:now|already|yet|right away|straight away|today|immediately)\b/;

/** The writer, in the story told before the question ("Respiratory therapist here ... Is care management a fit?"). */
const FIRST_PERSON = /\b(?:i|i m|im|i ve|i d|my|me)\b|\bhere\b/;

/** What the person has said of where they stand, as the turn reads it from their profile. */
export interface StartTold {
  /** A degree told, with years in the field or a field the guide does not name. */
  degree: boolean;
  /** No degree, with work in the field. */
  noDegree: boolean;
}

/**
 * What the message asks of the writer's own route: what is left or their own time (`fit` false), or whether the career
 * is a realistic move for them (`fit` true, read from the engine's answer on whether it may suit someone, asked of the
 * writer). Null when it asks neither; the reply is null too when nothing they told says where they stand.
 */
export function ownRouteAsked(engine: Pick<AnswerEngine, 'answer'>, text: string, told: StartTold, said: string = text): { fit: boolean } | null {
  // Their stage told in the question itself ("if I graduate in May", "if I do a BSN while working"): counted from it.
  // The jump to the title itself ("How do I make the jump to an actual care manager title?"): what is left, when they said where they stand.
  if (asksWhatIsLeft(text) || gapsAsked(text) || asksTheirOwnTime(text, told) || stageInTheQuestion(text) !== null || ((told.degree || told.noDegree) && jumpToTheRoleAsked(text))) return { fit: false };
  const saidStart = told.degree || told.noDegree;
  if (saidStart && [...TIME_AGAIN, FASTEST_ROUTE, NEXT_ASKED, OWN_TIME_TO_THE_ROLE, APPLY_NOW].some((pattern) => pattern.test(normalise(text)))) return { fit: false };
  if (saidStart && REALISTIC_ASKED.test(normalise(text.trim().split(/(?<=[.!?])\s+/).pop() ?? ''))) return { fit: true };
  // The question among what they told ("I have a degree in marketing. do you think I could do this job?").
  const question = askingPart(text) ?? questionAmongTelling(text) ?? text;
  const asked = normalise(question);
  // Asked of the writer, in the question or in the story before it; never of someone else named in the question.
  const ofTheWriter = OF_THE_WRITER.test(asked) || (said !== question && FIRST_PERSON.test(normalise(said)));
  // A story with no question mark read whole ("... my mom watches them ... is care management something i could
  // realistically do or am i dreaming", tester ut36c P07.1): its last sentence is the question.
  const closing = normalise(lastSentence(question));
  if (closing !== asked && !ageAsked(said) && !OF_SOMEONE_ELSE.test(closing) && !qualifiedAsk(closing) && (FIT_ASKED.some((pattern) => pattern.test(closing)) || fitRead(engine, closing))) return { fit: true };
  // Their age asked of ("is that realistic at my age?") is the guide's silence on age first, as before.
  // An age told beside work outside the field ("I'm 38 and I've been a night auditor ... realistic for me?") is weighed
  // with the rest of the case (rendering/person/caseWeighedReplies.ts), unless the question itself asks of it.
  if (!ofTheWriter || OF_SOMEONE_ELSE.test(asked) || (ageAsked(said) && (ageAsked(question) || !namesWorkOutside(said)))) return null;
  // "where would i do that", "how can I do it": asked of a place or a way, not of whether they could.
  // "can I do this job without a degree?", "... part time?": asked of a way or a condition, which the guide answers as such;
  // "could I do this at my own hospital or is it mostly home visits?": asked of a place (tester ut33c, P4 #2 and P5 #9);
  // "can i become a care manager with a criminal record": a condition the engine reads (and the guide does not cover).
  const qualified = qualifiedAsk(asked);
  if (!qualified && !/^(?:\w+ ){0,3}?(?:where|when|how|what|which|who|why)\b/.test(asked) && FIT_ASKED.some((pattern) => pattern.test(asked))) return { fit: true };
  // An area asked of ("would geriatric be a thing for me?") is that area's fit, not the career's (questions/areaFitAsked.ts).
  if (AREA_WORDS.test(asked)) return null;
  // "how do i become one?" asks the way in, not whether it suits them: what is left, once they said where they stand.
  if (howToBecomeAsked(question)) return saidStart ? { fit: false } : null;
  return fitRead(engine, question) ? { fit: true } : null;
}

/** The engine reads the words as the guide's answer on whether the career may suit someone. */
function fitRead(engine: Pick<AnswerEngine, 'answer'>, question: string): boolean {
  const read = engine.answer(question);
  return read.kind === 'answer' && read.entry?.id === FIT_ENTRY;
}

/**
 * The part of the message that asks of their own route, and the other question beside it ("how long would it take me,
 * and is the job stressful?": the time from what they told, the stress on its own); the whole message when it asks
 * only that (`other` null). Null when no part asks it.
 */
export function ownRoutePart(engine: Pick<AnswerEngine, 'answer'>, text: string, told: StartTold, said: string, parts: readonly [string, string] | null): { part: string; fit: boolean; other: string | null } | null {
  const whole = ownRouteAsked(engine, text, told, said);
  if (whole) return { part: text, fit: whole.fit, other: null };
  for (const [part, other] of parts ? [[parts[0], parts[1]] as const, [parts[1], parts[0]] as const] : []) {
    const asked = ownRouteAsked(engine, part, told, said);
    if (asked) return { part, fit: asked.fit, other };
  }
  return null;
}
