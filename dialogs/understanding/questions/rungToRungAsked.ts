/**
 * The time from one level of the career to another ("how many yrs from junior to senior", "how long to go from entry
 * level to mid level?"). The words land on the higher level's pay answer, its years a line below the pay (tester ut36a,
 * P09 m5); the guide gives no time to move up, and ties its levels to years of experience, which the reply says first
 * (rendering/inView/rungReplies.ts stays the reply to a rung in view). Pure reader.
 */
import { normalise } from '../core/textMatch';

/** The levels the guide gives years for, by the words people use. */
const LEVEL = '(junior|entry|entry level|beginner|mid|mid level|middle|senior|regular|care manager)';
const FROM_TO = new RegExp(
  `\\bhow (?:many|much|long)\\b(?: \\w+){0,6}? from (?:a |an |the )?${LEVEL}(?: level)?(?: care manager)? (?:to|up to|into|until) (?:a |an |the )?${LEVEL}\\b`,
);

/** The level whose years are asked (the higher one, as the guide's salary level id ends: "senior"), or null. */
export function rungToRungAsked(text: string): 'mid' | 'senior' | null {
  const to = FROM_TO.exec(normalise(text))?.[2];
  if (!to) return null;
  if (/^(?:mid|mid level|middle|regular|care manager)$/.test(to)) return 'mid';
  return to === 'senior' ? 'senior' : null;
}
