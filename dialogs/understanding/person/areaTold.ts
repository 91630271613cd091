/**
 * An area of care management the person names as theirs in their own words, outside the chooser: "save chronic disease
 * as my specialty", "chronic disease is my area", "I said chronic disease management", "how do I get chronic disease
 * into the plan?"; and an area they asked about for themselves ("would geriatric be a thing for me?", "i meant geriatric
 * care management, the specialty"), which the roadmap takes when they aim to specialise and chose none. Pure functions.
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';
import { areasNamed } from '../questions/specialisationMatch';

/** Words for the area as one's own: "my specialty", "my area", "my choice", "my focus". */
const MY_AREA = String.raw`(?:my|the) (?:specialty|speciality|specialization|specialisation|specialism|area|choice|focus|pick|niche|field)`;

/** The area said as chosen: to be saved, said before, picked, or put into the plan. */
const CHOSEN = [
  // "save chronic disease as my specialty", "put geriatric down as my area", "make pediatric my focus", "set it to psych".
  new RegExp(String.raw`\b(?:save|remember|keep|store|record|note|put|mark|make|set|list|use|take)\b.{1,60}\b(?:as|to|down as)? ?${MY_AREA}\b`),
  // "chronic disease is my specialty", "my specialty is chronic disease", "my area: geriatric".
  new RegExp(String.raw`\b(?:is|will be|should be) ${MY_AREA}\b|\b${MY_AREA} (?:is|will be|should be|would be)\b`),
  // "I said chronic disease management", "like I said, geriatric", "I told you pediatric", "I already said geriatric".
  /\b(?:i (?:already |just )?(?:said|told you|mentioned|picked|chose|chosen|went with|settled on|decided on)|i have (?:picked|chosen|decided on|settled on)|i m going with|i am going with|i ll go with|i will go with|going with)\b/,
  // "how do I get chronic disease into the plan?", "can you put pediatric in my roadmap", "add geriatric to the plan".
  /\b(?:put|add|include|save|keep|use|stick|write|get|have)\b(?: \w+){0,4} (?:in|into|to|on|onto|in to) (?:my|the|our) (?:plan|roadmap|road map|profile)\b/,
];

/** The pattern of CHOSEN that is the area said before ("I said ..."), which must name the area itself. */
const SAID_AT = 2;
const SAID_IT = CHOSEN[SAID_AT]!;

/** Words that make a clause turn the area down or suppose it: "not geriatric", "what if I chose pediatric". */
const TURNED_DOWN = /\b(?:not|never|don t|dont|do not|didn t|didnt|did not|instead of|rather than|neither|nor)\b|^(?:(?:and|but|so)\s+)?(?:if|what if|suppose)\b/;

/**
 * The one area a message names as the person's own choice ("save chronic disease as my specialty", "I said chronic
 * disease management"); null when it names none, names two, or turns it down.
 */
export function areaChosenIn(kb: KnowledgeBase, text: string): SpecialisationId | null {
  const found = new Set<SpecialisationId>();
  for (const clause of clausesOf(text)) {
    const said = normalise(clause);
    if (TURNED_DOWN.test(said) || !CHOSEN.some((pattern) => pattern.test(said))) continue;
    // "I said chronic disease management" names the area itself; "i said teens earlier" tells who, which is no choice.
    const saidBefore = SAID_IT.test(said) && !CHOSEN.some((pattern, i) => i !== SAID_AT && pattern.test(said));
    for (const id of saidBefore ? areaNamesSaid(kb, said) : areasNamed(kb, clause)) found.add(id);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The areas a clause names by their own names ("chronic disease", "geriatric care", "mental health care"), not by whom they serve. */
function areaNamesSaid(kb: KnowledgeBase, said: string): SpecialisationId[] {
  const own = (name: string): string => normalise(name).replace(/\s+(?:care )?management$/, '');
  return kb.specialisations.filter((spec) => [spec.name, spec.title, spec.id.replace('-', ' ')].some((name) => new RegExp(`\\b${own(name)}\\b`).test(said))).map((spec) => spec.id);
}

/** The person asking of themselves or saying which area they meant: "would geriatric be a thing for me?", "i meant geriatric". */
const ASKED_FOR_THEMSELVES =
  /\b(?:for me|suit me|suits me|fit me|fits me|right for me|good for me|i meant|i mean|i am leaning|i m leaning|leaning (?:toward|towards)?|i like the sound of|i m into|i am into|i (?:really |just )?(?:love|like|enjoy) (?:them|working with|my|the|older|kids|children))\b/;

/** The one area the message asks about for the person or says they meant; null otherwise. */
export function areaAskedFor(kb: KnowledgeBase, text: string): SpecialisationId | null {
  const said = normalise(text);
  if (!ASKED_FOR_THEMSELVES.test(said) || TURNED_DOWN.test(said)) return null;
  const named = areasNamed(kb, text);
  return named.length === 1 ? named[0]! : null;
}
