/**
 * A skill the person says they lack ("I'm good clinically but not much leadership", "communication isn't my strong
 * point", "I struggle with computers"): one of the skills the guide names, with the entry that says what it asks of it.
 * What they say they lack is never claimed as theirs (ut40a P07-T9: "your work builds leadership").
 */
import { normalise } from '../core/textMatch';

export interface SkillLacked {
  /** The skill in the guide's word, to say back. */
  skill: string;
  /** The guide's entry on that skill. */
  entry: string;
}

/** The skills the guide names, each with the words people use for it and its entry. */
const SKILLS: ReadonlyArray<{ skill: string; entry: string; words: string }> = [
  { skill: 'leadership', entry: 'leadership', words: String.raw`leadership|leading(?: (?:a )?teams?| people)?|leader|(?:managing|supervising) (?:people|staff|a team|others)|people management|management (?:skills|experience)` },
  { skill: 'communication', entry: 'communication', words: String.raw`communication|communicating|talking to (?:people|families)|public speaking|writing` },
  { skill: 'computer skills', entry: 'computer-skills', words: String.raw`computers?|tech|technology|software|typing|it skills|computer skills` },
  { skill: 'organization', entry: 'essential-skills', words: String.raw`organi[sz]ation|organi[sz]ing|being organi[sz]ed|organi[sz]ed|paperwork|admin|time management` },
];

const SKILL = SKILLS.map((s) => `(${s.words})`).join('|');

/** The lack said around the skill: before it ("not much", "weak at", "no", "struggle with") or after it ("isn't my strong point"). */
const LACK_BEFORE = String.raw`(?:not (?:much of an?|really an?|a natural|much|a lot of|great (?:at|with)|good (?:at|with)|strong (?:at|in|on|with)|very good (?:at|with)|big on)|(?:little|no|zero|limited|hardly any|not any|lacking|lack|lacks|weak (?:at|in|on|with)?|bad (?:at|with)|poor|terrible (?:at|with)|rubbish (?:at|with)|short on|struggle with|struggling with|need to work on|need work on|never done (?:any )?|no real)) (?:(?:my|any|much|real|formal|actual|the) )*`;
const LACK_AFTER = String.raw` (?:is|isn t|isnt|is not|are|aren t) (?:not )?(?:my )?(?:weak(?:ness| point| spot| side)?|lacking|not great|not my (?:strong|strength|forte|thing)\w*|my weak\w*|a weak\w*|poor|bad|rubbish|an issue|a problem|where i m (?:weak|lacking)|(?:a )?gap)`;

const LACKED = new RegExp(String.raw`\b(?:${LACK_BEFORE}(?:${SKILL})\b|(?:my )?(?:${SKILL})${LACK_AFTER}\b)`);

/** The first skill the message says the person lacks, or null. */
export function skillSaidLacking(said: string): SkillLacked | null {
  const t = normalise(said);
  const found = LACKED.exec(t);
  if (!found) return null;
  const named = found[0];
  const skill = SKILLS.find((s) => new RegExp(String.raw`\b(?:${s.words})\b`).test(named));
  return skill ? { skill: skill.skill, entry: skill.entry } : null;
}
