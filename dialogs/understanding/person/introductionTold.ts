/**
 * A first message that tells who the person is: a job in their own words ("I'm a dental hygienist", "Firefighter/EMT
 * here", "mi a nurse aide", "used to be a retail store manager") with at least one more thing of their own beside it
 * (an age, years, a degree). Read in the person's words, so a job the profile reader does not know is still said back;
 * the profile (aboutYou.ts) stays the reading of where they stand. Pure.
 */
import { normalise } from '../core/textMatch';

export interface IntroductionTold {
  /** The job as they put it, lower case ("dental hygienist", "firefighter/emt", "nurse aide"). */
  readonly job: string;
  /** Years on the job when told ("9 years", "6 year now"); never an age ("33", "44 yrs old"). */
  readonly years: number | null;
  /** A degree named as theirs ("bachelors in business admin", "an M.Ed."), whatever the profile made of it. */
  readonly degreeNamed: boolean;
}

/** A degree of theirs named: a bachelor's, a master's, "a degree in"; not one they lack ("no degree", "dropped out"). */
const DEGREE_NAMED = /\b(?:bachelor'?s?|master'?s?|m\.?ed\b|mba|bba|b\.?sc?|msc|ba in|bs in|ma in|ms in|degree in)/;
const NO_DEGREE = /\b(?:no|without|never (?:got|finished|did)|don'?t have an?|dropped out)\b[^.!?]{0,20}\b(?:degree|bachelor|college|uni\w*)/;

/** Words that start a phrase about a state of mind or a plan, never a job ("I'm curious", "I'm thinking"). */
const NOT_A_JOB =
  /^(?:curious|thinking|interested|looking|wondering|trying|not|so|just|really|very|new|here|sure|confused|lost|tired|burnt|burned|done|retiring|retired|hoping|planning|considering|currently|still|also|from|in|at|on|going|about|the|this|that|back|ready|good|bad|finally|kinda|pretty|stuck|unemployed|between|bored|nervous|scared|worried|exhausted|fine|ok|okay|happy|sad|an?|\d)/;

/** "I'm a X", "mi a X", "I work as a X", "used to be a X", "worked as a X": the X, to the end of its phrase. */
const JOB_AFTER_SELF =
  /(?:^|[.!?,;]\s*|\b(?:and|so|but|hi|hey|hello|yo)\s+)(?:i'?m|i am|mi a|me a|i work as|i worked as|worked as|working as|used to be|i was)\s+(?:an?\s+)?([a-z][a-z/' -]{2,40}?)(?=\s*(?:[,.!?;(]|$)|\s+(?:for|with|in|inna|at|from|of|and|here|now|since|who|by|\d))/g;

/** "Firefighter/EMT here", "stay at home dad here (36)": the X before "here" at the start of a sentence. */
const JOB_HERE = /(?:^|[.!?,;]\s*)(?:(?:hi|hey|hello|hiya)\b[^.!?,]*[.!?,]\s*)?([a-z][a-z/' -]{2,40}?)\s+here\b/g;

/** Something of their own beside the job: an age, years, a degree or a qualification. */
const MORE_OF_THEIR_OWN =
  /(?:,\s*\d{2}\s*(?:[,.!]|$)|\(\d{2}\)|\b\d{2}\s*(?:y\/?o|years? old|yrs? old)\b|\b\d+\+?\s*(?:years?|yrs?)\b|\b(?:degree|bachelor'?s?|master'?s?|associate'?s?|diploma|m\.?ed|b\.?s\.?n?|msw|bsw|certificate|licensed)\b)/;

const YEARS_TOLD = /\b(\d{1,2})\+?\s*(?:years?|yrs?)\b(?!\s*old)/g;

/** The introduction a message tells, or null when it tells no job of the writer's own with something beside it. */
export function introductionTold(said: string): IntroductionTold | null {
  const text = said.toLowerCase().replace(/[’]/g, "'");
  if (!MORE_OF_THEIR_OWN.test(text)) return null;
  const job = jobIn(text);
  if (!job) return null;
  // Said back as they wrote it ("Firefighter/EMT"), found where the lower-case reading found it.
  const at = text.indexOf(job);
  return { job: said.slice(at, at + job.length), years: yearsOnTheJob(text), degreeNamed: DEGREE_NAMED.test(text) && !NO_DEGREE.test(text) };
}

function jobIn(text: string): string | null {
  for (const pattern of [JOB_AFTER_SELF, JOB_HERE]) {
    for (const match of text.matchAll(pattern)) {
      const found = match[1]?.trim();
      if (found && !NOT_A_JOB.test(found) && found.split(' ').length <= 5 && normalise(found) !== '') return found;
    }
  }
  return null;
}

/** Years told that are not an age: "9 years", "6 year now inna care home"; an age ("44 yrs old") is left out. */
function yearsOnTheJob(text: string): number | null {
  for (const match of text.matchAll(YEARS_TOLD)) {
    const years = Number(match[1]);
    if (years > 0 && years < 50) return years;
  }
  return null;
}

/** Told of being good with people ("bc i'm good w people", "I'm a people person", "great with others"). */
const GOOD_WITH_PEOPLE = /\b(?:(?:good|great|decent|ok|okay) (?:with|w|w\/) (?:people|ppl|others|folks)|(?:a )?people person|people skills)\b/;

/** True when the message tells that the writer is good with people, a trait the guide speaks to in its skills. */
export function goodWithPeopleTold(said: string): boolean {
  const text = said.toLowerCase();
  return GOOD_WITH_PEOPLE.test(text) && !/\b(?:not|never|isn'?t|aren'?t|don'?t|bad|terrible|awkward)\b[^.!?]{0,12}\b(?:good|great|people)\b/.test(text) && !/\bwhat\b[^.!?]*\bpeople skills\b/.test(text);
}
