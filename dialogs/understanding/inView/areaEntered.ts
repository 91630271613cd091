/**
 * Getting into the area of care in view ("how would i get into that area?" after geriatric care, "how do i specialize
 * in that?" after pediatric care): how to specialize, which the guide answers for every area alike (additional training
 * and possibly certification), not the area's answer again (session 34, followupsAP). Read by the follow-up rules
 * (followUp.ts). Null when no area is in view or the message asks no such thing.
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/** Getting into, specializing in or training for the area pointed at. */
const GETS_INTO_IT =
  /\bhow (?:do|would|can|could|should|does|will) (?:i|you|u|one|someone|people) (?:actually |even )?(?:get into|go into|break into|move into|get started in|start out in|specialize in|specialise in|train for|qualify for|get qualified in|become one|become a specialist in) (?:that|this|it|one|that area|this area|that field|that specialty|that specialization|the area|the field|there)\b/;
const MAX_WORDS = 12;
export const SPECIALISING_ENTRY = 'how-to-specialise';

/** How to specialize, asked of the area in view; null otherwise. */
export function areaEnteredInView(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry | null {
  if (!last || !kb.specialisations.some((area) => area.faqId === last.id)) return null;
  const text = normalise(message);
  return text.split(' ').length <= MAX_WORDS && GETS_INTO_IT.test(text) ? (kb.faqById.get(SPECIALISING_ENTRY) ?? null) : null;
}
