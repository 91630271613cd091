/**
 * Which area of the guide serves the people or the condition a question names, when no single area is the plain
 * answer: two groups named that two areas serve ("so with kids and diabetes stuff, which specialty is that": pediatric
 * and chronic disease), or a condition the guide never names ("My wife had a stroke. Which specialty is for stroke
 * patients?": the guide names no stroke, its nearest areas are said as nearest). Testers ut31a items 26 and 35. Pure:
 * no sending; the one-area case stays areaForThePeople's (specialisationMatch.ts).
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { asksWhichAreaServes, matchAreas } from './specialisationMatch';
import { normalise } from '../core/textMatch';

/** What a question asking which area serves someone points to. */
export interface AreasForTheCondition {
  /** The areas, in the order to say them. */
  areas: readonly SpecialisationId[];
  /** The condition as the person named it, when the guide never names it: the areas are then only the nearest. */
  notNamed: string | null;
}

/**
 * Conditions the guide never names, with the areas nearest to them by the guide's own descriptions: a long-term illness
 * is its chronic disease management ("long-term illnesses like diabetes or heart disease"), and one mostly of later life
 * is near its geriatric care management too (older people and their healthcare needs).
 */
const NOT_NAMED: ReadonlyArray<readonly [RegExp, string, readonly SpecialisationId[]]> = [
  [/\bstrokes?\b/, 'stroke', ['chronic-disease', 'geriatric']],
  [/\bparkinson s\b|\bparkinsons\b|\bparkinson\b/, "Parkinson's", ['chronic-disease', 'geriatric']],
  [/\bcancers?\b/, 'cancer', ['chronic-disease']],
  [/\bhiv\b/, 'HIV', ['chronic-disease']],
  [/\blupus\b/, 'lupus', ['chronic-disease']],
  [/\bcrohn s\b|\bcrohns\b/, "Crohn's disease", ['chronic-disease']],
  [/\bsickle cell\b/, 'sickle cell disease', ['chronic-disease']],
  [/\bcystic fibrosis\b/, 'cystic fibrosis', ['chronic-disease']],
  [/\bcopd\b|\bchronic obstructive\b/, 'COPD', ['chronic-disease']],
  [/\bemphysema\b/, 'emphysema', ['chronic-disease']],
  [/\basthma\b/, 'asthma', ['chronic-disease']],
  [/\b(?:kidney|renal) (?:disease|failure)\b|\bdialysis\b/, 'kidney disease', ['chronic-disease']],
  [/\bmultiple sclerosis\b|\bms patients\b/, 'multiple sclerosis', ['chronic-disease']],
];

/** A condition the guide never names, as the person named it, with the areas nearest it; null when none is named. */
export function conditionNotNamed(said: string): { condition: string; areas: readonly SpecialisationId[] } | null {
  const text = normalise(said);
  const found = NOT_NAMED.find(([pattern]) => pattern.test(text));
  return found ? { condition: found[1], areas: found[2] } : null;
}

/**
 * The areas a question asks for ("which specialty is for stroke patients", "kids and diabetes, which specialty is
 * that"), from the question or the story told before it (`said`): two areas the words point to equally, or the nearest
 * areas to a condition the guide never names. Null when the question asks no such thing, or one area is the answer.
 */
export function areasForTheCondition(kb: KnowledgeBase, question: string, said: string = question): AreasForTheCondition | null {
  if (!asksWhichAreaServes(question)) return null;
  const matched = matchAreas(kb, said);
  const best = matched[0];
  if (best) {
    const tied = matched.filter((area) => area.points === best.points).map((area) => area.id);
    return tied.length >= 2 ? { areas: tied, notNamed: null } : null;
  }
  const condition = conditionNotNamed(said);
  return condition ? { areas: condition.areas, notNamed: condition.condition } : null;
}
