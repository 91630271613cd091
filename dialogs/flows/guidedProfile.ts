import type { TurnContext } from 'botbuilder';
import { EMPTY_PROFILE, type DialogDeps, type UserProfile } from '../deps';

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
