/**
 * A way of working asked of the job itself, not of studying for it: "Are part-time care manager positions common?",
 * "can care managers work from home?", "any remote jobs?". The guide says nothing of part time or remote work; what it
 * says nearest is of the work: its hours, where it is done, its setting (answerTurn.ts says so with those answers).
 * "Can I do the degree part time?" asks of studying, and is not this. Pure.
 */
import { normalise } from './textMatch';

const OF_THE_WORK = /\b(?:positions?|jobs?|roles?|work|working|posts?|openings?|vacancies|shifts?|hours|care managers?|case managers?|employers?|employed|hire|hiring|gigs?)\b/;
const OF_STUDYING = /\b(?:degree|degrees|course|courses|bachelor|bachelors|master|masters|study|studying|studies|train|training|certification|certificate|exam|class|classes|program|programme|uni|university|college|school|msw|bsw|bsn)\b/;

/** The guide's answers nearest a way of working it never speaks of: the hours, the setting, the places. */
export const WORK_MODE_ENTRIES: readonly string[] = ['work-hours', 'work-environment', 'where-they-work'];

/** True when a way of working (part time, remote, from home) is asked of the job, not of studying for it. */
export function modeAskedOfTheWork(question: string): boolean {
  const said = normalise(question);
  return OF_THE_WORK.test(said) && !OF_STUDYING.test(said);
}
