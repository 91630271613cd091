/**
 * Moving up to a rung the message names, asked how (session 35, followupsAR): "how do i move up to a director role in
 * care management?", "how can i get promoted to senior care manager?", "what does it take to advance to a director
 * position?". The words alone read as that rung's answer (what a director does); asked how to climb to it, they ask the
 * guide's answer on moving up, which says how to get ready for senior, director and executive roles. Not "how do i
 * become a care manager" (no rung above the first), nor the rung's pay or work asked ("what does a director do").
 */
import { namesALevel } from '../core/followUp';
import { normalise } from '../core/textMatch';

/** The guide's answer on moving up. */
export const MOVING_UP_ENTRY = 'advancing';

const WHO = String.raw`(?:i|you|one|someone|people|a care manager|care managers)`;
/** Climbing, in the words people use. */
const CLIMB = String.raw`(?:move up|moving up|advance|advancing|progress|progressing|climb|climbing|get promoted|be promoted|getting promoted|step up|work (?:my|your|their|one s) way up|rise|work up)`;
const HOW_TO_CLIMB = new RegExp(
  [
    String.raw`\bhow (?:do|can|would|could|should|will|does) ${WHO} (?:ever |actually |eventually )?${CLIMB} (?:to|into|in to|towards|toward)\b`,
    String.raw`\bhow to ${CLIMB} (?:to|into|towards|toward)\b`,
    String.raw`\bwhat (?:does|would|will) it take to ${CLIMB} (?:to|into|towards|toward)\b`,
    String.raw`\bwhat (?:do|would|should) ${WHO} (?:need to )?do to ${CLIMB} (?:to|into|towards|toward)\b`,
  ].join('|'),
);
const MAX_WORDS = 16;

/** True when the message asks how to climb to a rung it names. */
export function movingUpAsked(message: string): boolean {
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS) return false;
  const climb = HOW_TO_CLIMB.exec(text);
  return climb !== null && namesALevel(text.slice(climb.index + climb[0].length));
}
