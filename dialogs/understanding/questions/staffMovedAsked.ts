import { normalise } from '../core/textMatch';

/**
 * Whether employers move their own staff into care management roles (session 37, followupsAV): "do hospitals move
 * their kitchen staff into those roles?", "would my nursing home promote an aide to care manager?", "can employers train
 * their own staff up into care management?". The guide says nothing of moves inside one employer; its words alone
 * read as where care managers work. Pure.
 */

/** An employer, as the one who would make the move. */
const EMPLOYER = String.raw`(?:hospitals?|employers?|(?:nursing|care|group) homes?|agencies|agency|companies|company|clinics?|insurers?|places|organi[sz]ations?|they|my (?:employer|hospital|work|job|company|boss|manager|agency|clinic|nursing home|care home))`;
/** Moving staff on: moved, promoted, transferred, trained up. */
const MOVE = String.raw`(?:move|moves|promote|promotes|transfer|transfers|train|trains|retrain|retrains|upskill|upskills|switch|shift|bring|brings|let|lets)`;
/** Into the roles in view or named. */
const INTO = String.raw`(?:into|to|up to|over to|over into|across to|up into)\s+(?:those|these|that|such|the|a|care management|case management|care manager|case manager|care coordinator|coordinator|management)\b`;

const STAFF_MOVED = new RegExp(String.raw`\b(?:do|does|would|will|can|could|might|is it common for)\s+${EMPLOYER}\s+(?:ever\s+|usually\s+|often\s+|normally\s+|actually\s+|sometimes\s+)?${MOVE}\s+(?:\S+\s+){0,4}?${INTO}`);

/** True when the message asks whether employers move their own staff into the role. */
export function staffMovedAsked(text: string): boolean {
  return STAFF_MOVED.test(normalise(text));
}
