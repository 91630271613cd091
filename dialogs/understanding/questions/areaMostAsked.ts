/**
 * Which of the guide's areas has the most of something, asked ("Which specialty deals with the most Medicaid clients, do
 * you know?", "which area has the most jobs?", "what specialization sees the most veterans"): the guide gives no numbers
 * for its areas, only whom each serves (tester ut36a P08 m6, which got unrelated answers on stress and soft skills as
 * "nearby"). Pay is the pay readers' ("which specialty pays best?"). Pure.
 */
import { normalise } from '../core/textMatch';

/** An area of care, unnamed: "which specialty", "what area", "which of the specializations". */
const WHICH_AREA = String.raw`\b(?:which|what)(?: (?:one|kind) of the)? (?:specialt(?:y|ies)|speciality|speciali[sz]ations?|areas?|fields?|specialisms?|type of care management|kind of care management)\b`;
/** Having or serving the most of something: "has the most", "deals with the most", "sees more"; not "is the most stressful". */
const HAS = String.raw`(?:has|have|had|gets?|sees?|serves?|deals? with|handles?|works? with|employs?|hires?|offers?|needs?|treats?|helps?|covers?|gives?)`;
const THE_MOST = String.raw`(?: (?:would|will|usually|typically|generally|actually|tends to|do you think))* ${HAS} (?:the )?(?:most|more|biggest number of|largest number of|highest number of)\b (.+)$`;
const AREA_MOST = new RegExp(`${WHICH_AREA}${THE_MOST}`);
/** Pay, demand in money, or a ranking the guide's pay readers answer. */
const PAY = /\b(?:pay|pays|paid|money|salary|salaries|earn|earns|earning|income|wage|wages)\b/;
/** Filler at the end of the thing counted: "do you know", "in the us", "at the moment". */
const TAIL = /\s+(?:do you know|you know|if you know|by any chance|right now|at the moment|these days|nowadays|in general|if any)$/;

/** The most words of a thing counted: more is a story, not a thing. */
const MAX_THING_WORDS = 5;

/**
 * The thing counted, as the message writes it ("Medicaid clients", "jobs"), when the message asks which area has the
 * most of it; null otherwise.
 */
export function areaMostAsked(message: string): string | null {
  const text = normalise(message);
  if (PAY.test(text)) return null;
  const counted = AREA_MOST.exec(text)?.[1]?.replace(TAIL, '').trim();
  if (!counted || counted.split(' ').length > MAX_THING_WORDS) return null;
  const at = message.toLowerCase().indexOf(counted);
  return at >= 0 ? message.slice(at, at + counted.length) : counted;
}
