/**
 * A skill the guide lists among a care manager's essential skills, asked of by a name its answers do not use (session
 * 31): "What is cultural competency?" (the answers say "respect for each patient's culture", and "culture" alone reads
 * as the workplace's), "is resilience important?", "what does adaptability mean here" (both read as nothing). Said to be
 * one of the skills the guide names, with what the guide says it is, before its answer on the skills. Pure.
 */
import type { Answer } from '../../../knowledge/answerEngine';
import { normalise } from '../core/textMatch';

/** A skill of the guide's list, by the names people give it, and the word its answers use for it. */
export interface SkillNamed {
  /** The skill as the guide's list names it. */
  skill: 'cultural competency' | 'resilience' | 'adaptability';
  /** A stem of the word the guide's answers say it with: an answer saying it already speaks of the skill. */
  said: RegExp;
}

const SKILLS: ReadonlyArray<readonly [RegExp, SkillNamed]> = [
  [
    /\b(?:cultural(?:ly)? (?:competen\w*|compet\w*|sensitiv\w*|aware\w*|humility|skills?|respect\w*|differences)|cross cultural|multicultural\w*|intercultural\w*|diversity awareness)\b/,
    { skill: 'cultural competency', said: /\bcultur/i },
  ],
  [/\b(?:resilien\w*|resillien\w*|resiliant)\b/, { skill: 'resilience', said: /\bresilien/i }],
  [/\b(?:adaptab\w*|adaptible|adapt to change)\b/, { skill: 'adaptability', said: /\badapt/i }],
];

/** The guide's answer on the skills a care manager needs. */
export const SKILLS_ENTRY = 'essential-skills';

/** The most words a question about a skill takes; a longer message tells a story the engine reads. */
const MAX_WORDS = 14;

/** True when a text names a skill of the guide's list by one of these names ("what does adaptability mean" asks of it). */
export const namesASkill = (text: string): boolean => SKILLS.some(([names]) => names.test(normalise(text)));

/**
 * The skill of the guide's list a question names, when the engine's reading of it does not speak of that skill (none,
 * or an answer that never says it); null otherwise.
 */
export function skillNamed(question: string, read: Answer): SkillNamed | null {
  const said = normalise(question);
  if (said.split(' ').length > MAX_WORDS) return null;
  const named = SKILLS.find(([names]) => names.test(said))?.[1];
  if (!named) return null;
  const entry = read.kind === 'answer' ? read.entry : null;
  return entry && entry.id !== SKILLS_ENTRY && named.said.test(entry.answer) ? null : named;
}
