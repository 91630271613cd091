/**
 * A short remark naming the people of one area, after a talk about the areas ("the older folks obviously" after the
 * geriatric answer, tester ut35a P02 m11, got "That is outside what I can help with"): the area named, not a question
 * the guide does not cover. Only with an area, the list of areas or how to specialize in view. Pure.
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { matchAreas } from '../questions/specialisationMatch';

/** Answers that talk of the areas: each area's own, the list of them, how to specialize. */
const AREA_TALK: ReadonlySet<string> = new Set(['geriatric', 'pediatric', 'psychiatric', 'chronic-disease', 'specialisations', 'how-to-specialise']);

/** The most words such a remark takes; a longer message says more than the area. */
const MAX_WORDS = 6;

/** Words that ask something of the area rather than name it ("what about kids?", "is it hard with seniors?"). */
const ASKS = /\b(?:what|whats|how|why|which|where|when|who|does|do|did|is|are|can|could|would|will|should|not|no|never|except|besides|but|pay|salary|hard|harder|stressful)\b/;

/** The area a short remark names, with the areas in view; null when it names none, or more than the area. */
export function areaRemarked(kb: KnowledgeBase, text: string, inView: string | undefined): SpecialisationId | null {
  if (!inView || !AREA_TALK.has(inView)) return null;
  const said = normalise(text);
  if (said.split(' ').filter(Boolean).length > MAX_WORDS || ASKS.test(said)) return null;
  const [best, next] = matchAreas(kb, text);
  // One area only: "kids or older people" names two.
  return best && !next ? best.id : null;
}
