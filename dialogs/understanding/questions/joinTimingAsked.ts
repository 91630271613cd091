/**
 * When to join a professional organization, asked ("Should I join one now or wait until I'm hired?", "is it too early
 * to join the CMSA as a student?", "when should I join the ACMA?"): the guide sets no time, but says joining benefits
 * anyone aspiring to be a care manager. Beside another ask, the answer on the organizations left it out (tester
 * ut36a, P08 m9). Pure reader.
 */
import { normalise } from '../core/textMatch';

/** An organization, named or pointed at: "the CMSA", "one", "them", "a professional association". */
const BODY = String.raw`(?:the )?(?:cmsa|acma|one|them|it|either|both|(?:a |any )?(?:professional )?(?:organi[sz]ations?|associations?|societ(?:y|ies)))`;
const ASKED = new RegExp(
  [
    // "join one now or wait until I'm hired", "join now or later"
    String.raw`\bjoin(?: ${BODY})? (?:right )?now or (?:wait|later|after|once|when)\b`,
    // "wait until I'm hired to join", "wait to join until I have a job"
    String.raw`\bwait(?:ing)? (?:until|till|til|to join|before joining)\b.*\b(?:hired|a job|working|employed|qualified|certified|graduate|join)\b`,
    // "join before I'm hired", "join before I have a job", "join while I'm still a student"
    String.raw`\bjoin(?: ${BODY})? (?:before (?:i m|i am|im|i get|getting|being|i have|i ve got|having)|while (?:i m|i am|im) (?:still )?(?:a student|studying|in school|looking))\b`,
    // "when should I join", "is it too early to join", "too soon to join"
    String.raw`\bwhen (?:should|do|would|can|could) (?:i|you) join\b|\btoo (?:early|soon) to join\b|\bjoin (?:early|yet|already)\b`,
  ].join('|'),
);

/** True when the message asks when to join a professional organization (now, or once hired). */
export function joinTimingAsked(text: string): boolean {
  const said = normalise(text);
  return ASKED.test(said) && JOINING.test(said);
}

/** Joining, or the organizations, named somewhere in the message: waiting to apply for jobs is no membership question. */
const JOINING = /\b(?:join|joining|member|membership|cmsa|acma|organi[sz]ations?|associations?)\b/;
