/**
 * The day to day of an area of care asked by pointing at it ("what would that look like day to day?" after pediatric
 * care management, or with it chosen): the guide gives one day for care managers generally ("especially for older
 * people"), and for each area only what its work involves. Pure readers: no sending (tester ut34a, mph #11).
 */
import type { KnowledgeBase, Specialisation, SpecialisationId } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/** The day's work asked of ("day to day", "a typical day", "what would that look like", "what would I actually do"). */
const DAY_ASKED =
  /\bday to day\b|\bday in the life\b|\b(?:typical|normal|average|usual) (?:day|week)\b|\bdaily (?:work|tasks|routine|life)\b|\bwhat (?:would|does|will|do) (?:that|it|this|the (?:job|work|role)) (?:look like|involve|be like)\b/;
/** Pointing at the thing in view ("that", "it", "this one"), not the career named generally ("what does a care manager do day to day?"). */
const POINTS_AT_IT = /\b(?:that|it|this|this one|that one|the job|the work|the role|my specialty|my area)\b|\bwhat would i\b/;
const NAMES_THE_CAREER = /\b(?:a |the )?(?:care|case) manag(?:er|ers|ement)\b/;

/** The area whose day is asked, and whether a certification for it is asked beside ("and is there a special certification for it"). */
export interface AreaDay {
  area: Specialisation;
  certification: boolean;
  /** The area named in the question ("what does pediatric care management involve day to day"), not pointed at. */
  named: boolean;
}

/**
 * The area an "it" points at, in view (its answer was the last) or else chosen when nothing else is in view, or named;
 * null when the day is not asked, the career is asked of generally, or no area is in view, chosen or named.
 */
export function areaDayAsked(kb: KnowledgeBase, text: string, lastId: string | undefined, chosen: SpecialisationId | null): AreaDay | null {
  const t = normalise(text);
  if (!DAY_ASKED.test(t)) return null;
  const named = kb.specialisations.find((spec) => new RegExp(`\\b${normalise(spec.name).split(' ')[0]}\\b`).test(t));
  if (!named && (NAMES_THE_CAREER.test(t) || !POINTS_AT_IT.test(t))) return null;
  const inView = kb.specialisations.find((spec) => spec.faqId === lastId);
  const areaEntries = new Set(['specialisations', ...kb.specialisations.map((spec) => spec.faqId)]);
  const area = named ?? inView ?? (chosen && (lastId === undefined || areaEntries.has(lastId)) ? kb.specialisations.find((spec) => spec.id === chosen) : undefined);
  return area ? { area, certification: /\bcertif\w*|\bcert\b/.test(t), named: named !== undefined } : null;
}
