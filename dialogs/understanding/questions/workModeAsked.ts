/**
 * A way of working asked of the job itself, not of studying for it: "Are part-time care manager positions common?",
 * "can care managers work from home?", "any remote jobs?". The guide says nothing of part time or remote work; what it
 * says nearest is of the work: its hours, where it is done, its setting (answerTurn.ts says so with those answers).
 * "Can I do the degree part time?" asks of studying, and is not this. Pure.
 */
import type { AskedAspect } from '../../../knowledge/aspects';
import { normalise } from '../core/textMatch';

const OF_THE_WORK = /\b(?:positions?|jobs?|roles?|work|working|posts?|openings?|vacancies|shifts?|hours|care managers?|case managers?|employers?|employed|hire|hiring|gigs?)\b/;
const OF_STUDYING = /\b(?:degree|degrees|course|courses|bachelor|bachelors|master|masters|study|studying|studies|train|training|certification|certificate|exam|class|classes|program|programme|uni|university|college|school|msw|bsw|bsn)\b/;

/** The guide's answers nearest a way of working it never speaks of: the hours, the setting, the places. */
export const WORK_MODE_ENTRIES: readonly string[] = ['work-hours', 'work-environment', 'where-they-work'];

/** True when a way of working (part time, remote, from home) is asked of the job, not of studying for it. */
export function modeAskedOfTheWork(question: string): boolean {
  const said = normalise(question);
  return (OF_THE_WORK.test(said) || ONLY_OF_WORK.test(said)) && !OF_STUDYING.test(said);
}

/** Ways that are said of a job, not of studying, with nothing else named ("Is this something I can do remotely?", ut38a P03-T7). */
const ONLY_OF_WORK = /\b(?:remote|remotely|from home|wfh|telecommut\w*|telework\w*|from anywhere)\b/;

/** The guide's answers on studying for the career: which degree, a bachelor's or a master's, the courses. */
export const STUDY_MODE_ENTRIES: readonly string[] = ['degree-fields', 'bachelors-or-masters', 'courses'];
/** A certification named: what is asked of it is read from its own answer. */
const NAMES_A_CERTIFICATION = /\b(?:ccm|cmc|certification|certificate|certified|exam)\b/;

/**
 * The guide's answers nearest a way of studying it never speaks of (session 31: a part-time study question was offered
 * certification bullets): for studying (the degree, the course, college), its answers on studying; null for anything
 * else, and for a certification, whose own answer is read from the other words.
 */
export function studyModeEntries(question: string): readonly string[] | null {
  const said = normalise(question);
  return OF_STUDYING.test(said) && !NAMES_A_CERTIFICATION.test(said) ? STUDY_MODE_ENTRIES : null;
}

/** A way of working said in passing in a longer question than knowledge/aspects.ts reads ("could I do it part time while my kids are small?"). */
const MODE_IN_PASSING = /\b(?:part[- ]?time|online|remote(?:ly)?|from home|wfh|distance learning|evening classes|night classes)\b/;

/** The way of working or studying asked in a longer question, as knowledge/aspects.ts reads it in a short one; else null. */
export function modeAskedInPassing(question: string): AskedAspect | null {
  return MODE_IN_PASSING.test(normalise(question)) ? { aspect: 'mode', others: [] } : null;
}

/**
 * The guide's answers nearest a way of working or studying asked of the answer in view (tester ut32a: "can care
 * managers work from home?" after a degree answer was offered degree facts): the work's answers when the work is named,
 * or nothing is and the answer in view is about the work ("could i do it part time" after the outlook); the answers on
 * studying when studying is named; null to keep the answer in view's own ("can i do it online" after how long it takes).
 */
export function modeEntriesInView(question: string, inView: { id: string; title: string }): readonly string[] | null {
  if (modeAskedOfTheWork(question)) return WORK_MODE_ENTRIES;
  const study = studyModeEntries(question);
  if (study) return study;
  return ABOUT_THE_WORK.test(inView.id) ? WORK_MODE_ENTRIES : null;
}

/** Answers about the work itself, after which "it" is the job ("could i do it part time" after the outlook), not the route to it. */
const ABOUT_THE_WORK = /^(?:job-outlook|geriatric|pediatric|psychiatric|chronic-disease|specialisations|salary|daily-duties|responsibilities|role-overview|stressful|rewarding|where-they-work|work-|team|independent-practice|right-for-me|career-ladder|junior-|senior-|director-)/;
