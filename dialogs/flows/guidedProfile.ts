import type { TurnContext } from 'botbuilder';
import { EMPTY_PROFILE, type DialogDeps, type KnownAboutYou, type UserProfile } from '../deps';
import { degreeIsOfTheJob, educationOfJob, type AboutYou } from '../understanding/person/aboutYou';

/** The user's profile as a fresh copy (the stored default is frozen), so flows can change it and save it back. */
export async function readProfile(context: TurnContext, deps: DialogDeps): Promise<UserProfile> {
  const stored = await deps.profile.get(context, { ...EMPTY_PROFILE, completedSteps: [] });
  return { ...EMPTY_PROFILE, ...stored, completedSteps: [...(stored.completedSteps ?? [])] };
}

/** Merges a change into the profile in user state; the bot writes user state to storage at the end of the turn. */
export async function updateProfile(context: TurnContext, deps: DialogDeps, change: Partial<UserProfile>): Promise<UserProfile> {
  const next = { ...(await readProfile(context, deps)), ...change };
  next.completedSteps = [...new Set(next.completedSteps)].sort((a, b) => a - b);
  await deps.profile.set(context, next);
  return next;
}

/**
 * Keeps what a message said about the user (their job, years, education, aim, and the area they want) in their profile,
 * newest wins. Returns true when something new was learned.
 */
export async function rememberAboutYou(context: TurnContext, deps: DialogDeps, said: AboutYou): Promise<boolean> {
  const profile = await readProfile(context, deps);
  const known: KnownAboutYou = { ...profile.about };
  // "I'm not a nurse, I'm a vet nurse": the degree read from the job denied goes with it, unless told again.
  // A nurse's degree, told beside the job, is nursing: "I'm not a nurse" takes it too.
  const denied = said.notJob !== undefined && known.job === said.notJob ? (educationOfJob(said.notJob) ?? (degreeIsOfTheJob(said.notJob) ? 'relevant-degree' : null)) : null;
  if (denied !== null && known.education === denied && said.education === undefined) delete known.education;
  if (said.job) known.job = said.job.id;
  // "I am not a care coordinator, it is my aunty": the job kept from before is theirs no longer.
  else if (said.notJob !== undefined && known.job === said.notJob) {
    delete known.job;
    delete known.working;
    delete known.years;
  }
  if (said.years !== undefined) known.years = said.years;
  if (said.working !== undefined) known.working = said.working;
  // School said after a degree told ("what i liked in school") is no step back from the degree.
  const backToSchool = said.education === 'school' && (known.education === 'relevant-degree' || known.education === 'other-degree');
  if (said.education && !backToSchool) {
    // A master's said once stays with the degree it is ("masters in OT" then "another degree"), not with another education.
    if (said.higherDegree) known.higherDegree = true;
    else if (said.education !== known.education) delete known.higherDegree;
    known.education = said.education;
    // "CNA certificate" then "an associates": the kind said last, or none when another education is told.
    if (said.diplomaKind) known.diplomaKind = said.diplomaKind;
    else delete known.diplomaKind;
  }
  if (said.areaAsked) known.areaAsked = said.areaAsked;
  if (said.aim) known.aim = said.aim;
  // A student's year or years left, newest wins; a degree told later makes them moot (read only while studying).
  if (said.studyYear !== undefined || said.studyYearsLeft !== undefined) {
    delete known.studyYear;
    delete known.studyYearsLeft;
    if (said.studyYear !== undefined) known.studyYear = said.studyYear;
    if (said.studyYearsLeft !== undefined) known.studyYearsLeft = said.studyYearsLeft;
  }
  const specialisation = said.specialisation ?? profile.specialisation;
  const changed = JSON.stringify(known) !== JSON.stringify(profile.about ?? {}) || specialisation !== profile.specialisation;
  if (changed) await updateProfile(context, deps, { about: known, specialisation });
  return changed;
}
