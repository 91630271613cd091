import type { FaqEntry } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/**
 * The list of a kind of thing asked for by its kind, after an answer that speaks of that kind without listing it
 * (session 38, followupsAX): "what areas are there?" after how to specialize ("your chosen area"), "which
 * certifications are there?" after whether certification is required, "what skills are there?" after the hard skills.
 * The answer in view stayed in view and its line on "your chosen area" was shown; the person asked for the areas.
 * Pure.
 */

/** Each kind as people name it, and the answer that lists it. */
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:areas?|specialt(?:y|ies)|specialit(?:y|ies)|speciali[sz]ations?|specialisms?|fields?|niches?|areas? of (?:care|care management|specialty|speciali[sz]ation))$/, 'specialisations'],
  [/^(?:certifications?|certificates?|certs?|credentials?)$/, 'certifications'],
  [/^(?:skills?)$/, 'essential-skills'],
  [/^(?:levels?|rungs?|roles?|job titles?|positions?)$/, 'career-ladder'],
];

/** "what areas are there", "which ones can i choose from", "what are the areas", "what kinds of specialties exist". */
const LIST_ASKED =
  /^(?:(?:so|and|ok|okay|then|right|well)\s+)*(?:what|which)(?: (?:kinds?|sorts?|types?) of)? (.+?) (?:are there|are available|exist|can (?:i|you|one) (?:choose|pick) from|can (?:i|you|one) (?:choose|pick)|do (?:they|you|care managers) have|are on offer|is there)$|^(?:(?:so|and|ok|okay|then|right|well)\s+)*what are (?:the|all the) (?:different |main |possible )?(.+?)(?: then| again)?$/;

/** The answer listing the kind asked for, when the answer in view is not it; null when no list of a kind is asked. */
export function kindListAsked(message: string, last: FaqEntry | undefined, byId: (id: string) => FaqEntry | undefined): FaqEntry | null {
  if (!last) return null;
  const match = LIST_ASKED.exec(normalise(message));
  const kind = (match?.[1] ?? match?.[2])?.replace(/^(?:the|all the|different) /, '');
  if (!kind) return null;
  const id = KINDS.find(([named]) => named.test(kind))?.[1];
  // The answer in view names the kind: the person asks for the list it speaks of ("your chosen area").
  if (!id || id === last.id || !new RegExp(`\\b${kind.replace(/s$/, '').slice(0, 6)}`, 'i').test(last.answer)) return null;
  return byId(id) ?? null;
}
