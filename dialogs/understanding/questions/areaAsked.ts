/**
 * An area of care asked for by name that the guide does not describe ("is there a palliative care specialism?", "is
 * there a learning disability side to it?", "are there any specialties for autism"): the guide describes four areas to
 * specialise in, and the question is about them, not outside what the bot covers (testers ut29b, ut30a). Pure: the
 * area as the person put it, or null when the question asks no such thing or names an area the guide describes.
 */
import type { KnowledgeBase } from '../../../knowledge/schema';
import { areasNamed, matchAreas } from './specialisationMatch';
import { normalise } from '../core/textMatch';

/** The words for an area of the work: "specialism", "side", "branch". */
const AREA_WORD = '(?:specialism|specialisms|specialty|specialties|speciality|specialities|speciali[sz]ations?|side|area|areas|branch|branches|field|fields|focus|pathway|track|niche)';
/** Asking whether there is one: "is there", "are there any", "do they have", "is there such a thing as". */
const IS_THERE = '(?:is there|are there|is there such a thing as|do (?:they|you|care managers) have|can (?:i|you|u) (?:do|go into|specialise in|specialize in)|could (?:i|you|u) (?:do|go into|specialise in|specialize in))';
/** What may close the question: "to it", "tae it", "in care management". */
const OF_IT = '(?: (?:to|tae|of|in|for|within) (?:it|this|that|care management|case management|the job|the work|the role|them))?';

/** "is there a palliative care specialism", "is there a learning disability side tae it": the thing named before the area word. */
const NAMED_BEFORE = new RegExp(`\\b${IS_THERE} (?:a |an |any |some )?([a-z][a-z ]{1,40}?) ${AREA_WORD}${OF_IT}$`);
/** "is there a specialty for autism", "are there any areas working with learning disabilities": the thing named after it. */
const NAMED_AFTER = new RegExp(`\\b${IS_THERE} (?:a |an |any |some )?${AREA_WORD} (?:for|in|with|on|of|covering|around|about|working with|that (?:covers|deals with|works with)) ([a-z][a-z ]{1,40}?)${OF_IT}$`);

/** The four areas, or one of them, in view: the list an area not in it is asked of. */
const AREAS_IN_VIEW: ReadonlySet<string> = new Set(['specialisations', 'geriatric', 'pediatric', 'psychiatric', 'chronic-disease', 'how-to-specialise']);
const THE_LIST = '(?:those|them|these|the four|the 4|the areas|the specialties|the options)';
/** An area asked of the list in view: "is there one for hospice?", "none of those is palliative though?", "so nothing for end of life care?". */
const NAMED_OF_THE_LIST = [
  new RegExp(`^(?:(?:so|and|but|ok|okay|hmm)\\s+)*(?:is there|are there|isn t there|is there not) (?:one|any|anything|something|nothing) (?:for|in|on|covering|with|about) ([a-z][a-z ]{1,40}?)(?: (?:then|though|tho|at all))?$`),
  new RegExp(`^(?:(?:so|and|but|ok|okay|hmm)\\s+)*(?:none|neither|not one) of ${THE_LIST} (?:is|are|covers?|includes?|does|do) (?!about\\b)([a-z][a-z ]{1,40}?)(?: (?:then|though|tho|at all))?$`),
  new RegExp(`^(?:(?:so|and|but|ok|okay|hmm)\\s+)*(?:nothing|no one|none|no area|no specialty) (?:for|in|on|covering|about) ([a-z][a-z ]{1,40}?)(?: (?:then|though|tho|at all))?$`),
];

/** Words that name no area of care: "care", "a", "specific". */
const NO_AREA = /^(?:care|a|an|any|some|specific|particular|certain|special|other|different|new|another|good|main|the|this|that|management|case|care management)$/;

/**
 * The area a question asks whether the guide has, in the person's words, when the guide describes no such area ("is
 * there a palliative care specialism?" names "palliative care"); null when it asks no such thing or the words point to
 * one of the guide's four areas ("is there a mental health side to it" is psychiatric care management).
 */
export function areaNotDescribed(kb: KnowledgeBase, question: string, inView?: string): string | null {
  const text = normalise(question);
  // With the areas in view, "one" is an area and the area word may go unsaid (session 35, tester ut35a).
  const listed = inView !== undefined && AREAS_IN_VIEW.has(inView) ? NAMED_OF_THE_LIST.map((pattern) => pattern.exec(text)).find(Boolean) : undefined;
  const named = (NAMED_BEFORE.exec(text) ?? NAMED_AFTER.exec(text) ?? listed)?.[1]?.trim();
  if (!named || NO_AREA.test(named)) return null;
  if (areasNamed(kb, named).length > 0 || matchAreas(kb, named).length > 0) return null;
  return named;
}
