/**
 * Whether one of the guide's areas would suit the writer ("would geriatric be a thing for me?", "is pediatric a good fit
 * for someone like me?", tester ut34c vet #4): asked of that area, not of the career as a whole (the reply on whether
 * care management may suit someone, which never names the area). The guide describes each area and says to choose
 * one you're interested in; it never matches them to backgrounds. Pure: the area asked of, or null.
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { areasNamed } from './specialisationMatch';

/** Asked whether it suits the writer: "for me", "suit me", "a good fit", "my thing", "cut out for". */
const FIT =
  /\b(?:(?:be |a |an |the )?(?:thing|fit|match|option|choice|path|area|specialty|speciality|one) for (?:me|someone like me|a person like me|people like me)|(?:suit|suits|fit|fits|match|matches) me|(?:good|great|right|natural|decent) (?:fit|match|choice|option)|my (?:thing|kind of thing|calling|area)|cut out for|suited (?:to|for)|right for me|good for me|made for me)\b/;
/** An aspect asked of the area (its pay, its training, how long), which other readers answer. */
const ASPECT = /\b(?:pay|pays|paid|salary|earn|earns|money|how long|years|degree|training|certif\w*|course|courses|hard|stressful)\b/;

/** The one area a fit question asks of, in the question itself; null when it names none, or more than one. */
export function areaFitAsked(kb: KnowledgeBase, question: string): SpecialisationId | null {
  const text = normalise(question);
  if (!FIT.test(text) || ASPECT.test(text)) return null;
  // The area named in the sentence that asks the fit, not in the story before it ("single dad, 2 kids ... is care
  // management right for me?" asks of the career: tester ut36a, P07 m1).
  const asking = question.split(/(?<=[.!?])\s+/).filter((sentence) => FIT.test(normalise(sentence)));
  const areas = areasNamed(kb, asking.join(' '));
  return areas.length === 1 ? areas[0]! : null;
}
