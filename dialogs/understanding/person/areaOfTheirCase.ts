/**
 * An area of care asked of the person's own case: "Could I specialise in psychiatric care management with my
 * background?", "would geriatric suit someone like me?", "given my experience, is pediatric an option?" (ut40a P12-T9).
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { areasNamed } from '../questions/specialisationMatch';

/** The words that point the question at the writer's own background, not at anyone's. */
const OF_THEIR_CASE =
  /\b(?:with|given|from|for|using|on|based on) (?:my|our) (?:own )?(?:background|experience|degree|training|qualifications?|history|work history|cv|resume|profile|skills(?: and experience)?)\b|\b(?:someone|somebody|a person|people) (?:like me|with my (?:background|experience))\b|\bwith what i(?:'ve| have)? (?:got|done)\b/;

/** The one area of care asked of their own case, or null. */
export function areaAskedOfTheirCase(text: string, kb: KnowledgeBase): SpecialisationId | null {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (!OF_THEIR_CASE.test(lower)) return null;
  const areas = areasNamed(kb, text);
  return areas.length === 1 ? areas[0]! : null;
}
