/**
 * Another job said beside a question the guide answers, which made the engine take the whole question as one about
 * that job (tester ut35a: "How stressful is this compared to being a therapist?" and "how long would it take me with no
 * degree but 12 years interpreting?" got "That is outside what I can help with"). The job is set aside: weighed against
 * it, the guide compares nothing with it, said so; told as one's own years, it is the person's background. What is
 * left is asked of the guide. Pure.
 */
import { normalise } from '../core/textMatch';

export interface OtherJobAside {
  /** The question without the other job. */
  asked: string;
  /** The job weighed against ("being a therapist"), when the question weighs the career against it. */
  against: string | null;
  /** The job kept alongside ("still bartending nights"), when the question asks to fit the thing around it. */
  alongside?: string;
}

/** Jobs and fields people weigh the career against or tell as their years, by the words that name them. */
const JOB_WORDS =
  /\b(?:therap\w*|counsel(?:l)?(?:or|ors|ing)|nurs\w*|teach\w*|social work\w*|doctor\w*|physician\w*|pharmac\w*|paramedic\w*|interpret\w*|translat\w*|psycholog\w*|psychiatr\w*|police\w*|cop|cops|firefight\w*|retail|sales|driv\w*|trucking|accountan\w*|engineer\w*|lawyer\w*|chaplain\w*|aide|aides|assistant|tech|technician|receptionist|clerk|manager|management|my (?:current |old |last )?(?:job|work|role)|icu|er|a e|ward|wards|floor|bedside|the unit|my unit|hospital work|clinic work)\b/;
/** A hedge after the thing weighed against ("than the ICU at least", "than teaching tho"): not part of it. */
const HEDGE_AT_THE_END = /\s*,?\s*\b(?:at least|though|tho|honestly|really|lol|haha|tbh)\s*([?.!]*)\s*$/i;
/** The career itself, which is no other job ("than a case manager" weighs within the guide). */
const THE_CAREER = /\b(?:care|case) manag\w*/;

/** "compared to being a therapist", "than teaching", "vs nursing" at the end of a question. */
const AGAINST = /\s*,?\s*\b(?:compared (?:to|with)|in comparison (?:to|with)|than|versus|vs|as opposed to|relative to)\s+((?:being |working as |doing |my )?(?:an? |the )?[a-z' ]{2,40}?)\s*[?.!]*\s*$/i;
/** One's own years in another job, told at the end: "but 12 years interpreting", "with 8 yrs as a cop". */
const OWN_YEARS = /\s*,?\s*\b(?:but|with|and|after|having)\s+(?:\d+|a few|several|many|ten|twelve|fifteen|twenty)\s*(?:\+\s*)?(?:years?|yrs)\s+(?:of\s+|as\s+(?:an?\s+)?|in\s+|doing\s+)?([a-z' ]{2,30}?)\s*[?.!]*\s*$/i;

/** Work kept alongside, at the end: "while still bartending nights", "while working full time", "and keep my job". */
const ALONGSIDE = /\s*,?\s*\b(?:while|whilst|and still|and keep|around)\s+((?:still\s+|i(?:'m| am)\s+(?:still\s+)?)?(?:working|doing|keeping|holding|bartending|driving|teaching|nursing|serving|waiting|my (?:job|work|day job|shifts?)|(?:a |my )?(?:full|part)[- ]time (?:job|work))\b[a-z' ]{0,30}?)\s*[?.!]*\s*$/i;

/** The question with another job set aside, or null when it names none at its end. */
export function otherJobAside(question: string): OtherJobAside | null {
  const typed = question.trim().replace(HEDGE_AT_THE_END, '$1');
  // "could i do an internship while still bartending nights" (tester ut37a P05 m9): the internship, kept beside the job.
  const alongside = ALONGSIDE.exec(typed);
  if (alongside) {
    const asked = typed.slice(0, alongside.index).trim();
    if (normalise(asked).split(' ').length >= 3) return { asked: `${asked}?`, against: null, alongside: alongside[1]!.trim() };
  }
  const against = AGAINST.exec(typed);
  if (against && JOB_WORDS.test(normalise(against[1]!)) && !THE_CAREER.test(normalise(against[1]!))) {
    const asked = typed.slice(0, against.index).trim();
    return normalise(asked).split(' ').length >= 2 ? { asked: `${asked}?`, against: against[1]!.trim() } : null;
  }
  const years = OWN_YEARS.exec(typed);
  if (years && JOB_WORDS.test(normalise(years[1]!)) && !THE_CAREER.test(normalise(years[1]!))) {
    const asked = typed.slice(0, years.index).trim();
    return normalise(asked).split(' ').length >= 3 ? { asked: `${asked}?`, against: null } : null;
  }
  return null;
}
