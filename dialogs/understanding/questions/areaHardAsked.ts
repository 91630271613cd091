/**
 * How hard or stressful an area of care management is, asked of the area in view ("is it hard?" after pediatric care
 * management, "is that one stressful?", "sounds tough, is it?"). The guide says the job as a whole can be stressful; it
 * never says how hard one area is. The reply says so, then what it says of the job (answerTurn.ts), a decline: the
 * stress answer alone would read as if it were about that area.
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/** How hard, stressful or demanding: the words that ask it. */
const HOW_HARD = /\b(?:hard|harder|difficult|tough|tougher|stressful|more stressful|demanding|challenging|intense|draining|heavy|emotionally (?:hard|tough|draining|heavy))\b/;
/** Hard to do something ("hard to get into", "difficult to find a job"): another question, which this does not read. */
const HARD_TO_DO = /\b(?:hard|harder|difficult|tough|tougher|challenging) to \w+/;
/** Weighed against another thing ("harder than geriatric", "compared to nursing"): the weighings read that. */
const WEIGHED = /\b(?:than|compared|vs|versus|or)\b/;
/** Words that ask it of what is in view and name nothing else. */
const ASKING_ONLY =
  /^(?:is|it|its|s|that|this|one|the|area|specialty|speciality|specialism|field|work|job|kind|type|of|care|management|would|will|be|does|do|get|really|very|quite|too|so|pretty|emotionally|sounds|seems|like|and|but|ok|okay|hmm|wow|how|what|lol|tho|though|then|a|lot|bit|more|in|for|someone|me|i|you|u|kids|children|at|times|ever|always|work|working)$/;
const MAX_WORDS = 9;

/** The area in view asked how hard it is, as the reply names it ("pediatric care management"); null otherwise. */
export function areaHardAsked(text: string, last: FaqEntry | undefined, kb: KnowledgeBase): { area: string; entry: FaqEntry } | null {
  if (!last) return null;
  const area = kb.specialisations.find((spec) => spec.faqId === last.id);
  const stress = kb.faqById.get(STRESS_ENTRY);
  if (!area || !stress) return null;
  const said = normalise(text);
  const words = said.split(' ').filter(Boolean);
  if (words.length > MAX_WORDS || !HOW_HARD.test(said) || HARD_TO_DO.test(said) || WEIGHED.test(said)) return null;
  const own = said.replace(new RegExp(HOW_HARD.source, 'g'), ' ').split(' ').filter((word) => word && !ASKING_ONLY.test(word));
  return own.length === 0 ? { area: area.name.toLowerCase(), entry: stress } : null;
}

/** The guide's answer on whether the job is stressful. */
const STRESS_ENTRY = 'stressful';
