/**
 * A question the engine finds outside the guide that is still on the guide's own ground: study and credentials, pay,
 * licensing, jobs, asked of nursing, social work or another health job, or of the guide itself ("does the guide say
 * anything about LPN to RN bridge programs?", "what does a nurse practitioner make?", "is the nursing program at Arizona
 * State any good?"). Those got "That is outside what I can help with" and a menu (tester ut34c, lpn #3); the guide is
 * silent on them, which is said plainly, with what it says nearest (rendering/beyond/silenceReplies.ts). Pure.
 */
import { normalise } from '../core/textMatch';

/** What the guide is silent on, as the reply names it, and the entries it says nearest. */
export interface GuideSilent {
  /** The thing asked about, as typed ("LPN to RN bridge programs"), when the question names it after "about" or "mention". */
  thing: string | null;
  /** Another job's pay asked: the guide gives pay only for care managers. */
  otherPay: boolean;
  near: readonly string[];
}

/** The guide itself, or the care and health work it is about: what puts a question on its ground. */
const GROUND =
  /\b(?:(?:the|this|your) guide|nurs\w*|rns?|lpns?|lvns?|cnas?|bsn|msn|adn|bsw|msw|social work\w*|health ?care|health|medical|clinical|patients?|therapists?|physicians?|doctors?|pharmacists?|paramedics?|emts?|counsel(?:l)?ors?|case managers?|care managers?|care management|case management)\b/;

/** Topics of the guide's answers, each with the entries nearest to a question on it, first match first. */
const TOPICS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:pay|pays|paid|salary|salaries|earn|earns|earning|make|makes|wage|wages|income)\b/, ['salary']],
  [/\b(?:licen[cs]\w*|registration|register|state board|board exam|nclex)\b/, ['licensing']],
  [/\b(?:certif\w*|credentials?|ccm|cmc)\b/, ['certifications', 'certification-required']],
  [/\b(?:degrees?|bachelor\w*|master\w*|programs?|programmes?|bridge|school|schools|college|colleges|university|universities|uni|course|courses|classes|prerequisites?|tuition|enrol\w*|enroll\w*|study|studying|bsn|msn|adn|bsw|msw)\b/, ['bachelors-or-masters', 'degree-fields']],
  [/\b(?:jobs?|hire|hiring|hired|employers?|positions?|openings?)\b/, ['finding-a-job', 'where-they-work']],
];

/** Another health job as the one paid: "what does a nurse practitioner make", "how much do travel nurses earn", "RN salary". */
const OTHER_JOB_PAID =
  /\b(?:nurse|nurses|practitioners?|rns?|lpns?|cnas?|therapists?|physicians?|doctors?|pharmacists?|paramedics?|emts?|counsel(?:l)?ors?|social workers?|aides?|technicians?|techs?)\b(?: \w+){0,2} (?:make|makes|earn|earns|get paid|paid|salary|salaries|pay|wages?)\b/;

/** The thing named after "say anything about", "mention", "cover", "talk about" ("the guide say anything about X?"). */
const NAMED_AFTER = /\b(?:say|says|said|tell|tells|have|has)(?: \w+)? (?:anything|something|much|a lot) (?:about|on) (.+)$|\b(?:mention|mentions|cover|covers|talk about|talks about|discuss|discusses)(?: anything about)? (.+)$/i;

/** The guide's silence on a question the engine placed outside it, when the question is on the guide's ground; else null. */
export function guideSilentOn(typed: string): GuideSilent | null {
  const text = normalise(typed);
  if (!GROUND.test(text)) return null;
  const topic = TOPICS.find(([words]) => words.test(text));
  if (!topic) return null;
  const named = NAMED_AFTER.exec(typed.trim().replace(/[?.!]+$/, ''));
  const thing = (named?.[1] ?? named?.[2])?.trim() ?? null;
  // Another job's pay: a job named as the one paid ("what does a nurse practitioner make?"). Pay asked with no other
  // job paid ("salary range and can I get hired without clinical experience?") is the career's own: not declined here.
  const otherPay = topic[1][0] === 'salary' && OTHER_JOB_PAID.test(text) && !/\b(?:care|case) manag\w*/.test(text);
  if (topic[1][0] === 'salary' && !otherPay) return null;
  return { thing: thing && thing.split(' ').length <= 8 ? thing : null, otherPay, near: topic[1] };
}
