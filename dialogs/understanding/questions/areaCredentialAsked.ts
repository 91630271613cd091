/**
 * A certification asked for by name for an area of care ("is there a pediatric certification?", "which certification do
 * I need to specialize in geriatric care?", "which certificate would i need for that exactly?" after how to specialize):
 * the guide names none for an area. It says only that specializing may take extra training and possibly a certification
 * in the area chosen; the certifications it names (the CCM and the CMC) are named for no area. Said plainly, not the
 * list of those two as if they were the area's (session 36, followupsAT; tester ut35c P07 m4). Pure.
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { areasNamed } from './specialisationMatch';
import { normalise } from '../core/textMatch';

/** A credential named. */
const CREDENTIAL = /\b(?:certifications?|certificates?|certs?|credentials?)\b/;
/** Asked for by name or whether one exists: "which", "what", "is there", "any", "exactly". */
const ASKS_WHICH = /\b(?:which|what|whats|is there|are there|any|exactly|specific|specifically|particular|name of|called)\b/;
/** The certifications the guide names, asked of by name: their own answers. */
const NAMED_CREDENTIAL = /\b(?:ccm|cmc|certified case manager|care manager certified)\b/;
/** A specialty asked of without naming one ("a certification to specialize", "for my specialty"). */
const SPECIALTY = /\bspeciali[sz]\w*|\bspecialt(?:y|ies)\b|\bspecialism\b/;
/** A pointer at the area in view: "for that", "in it", "for this one". */
const POINTS_AT_IT = /\b(?:for|in|into|of|with) (?:that|it|this|that one|this one|that area|this area|that specialty|this specialty)\b/;
/**
 * The answers on specializing, whose "that" is an area not named. With an area's own answer in view, "which
 * certification for that one?" is that answer's line and the career's certifications (subjectInView.ts).
 */
const SPECIALISING_ENTRIES: ReadonlySet<string> = new Set(['how-to-specialise', 'specialisations']);
const MAX_WORDS = 16;

export interface AreaCredentialAsked {
  /** The area named or in view; null when the question asks of specializing in general. */
  area: SpecialisationId | null;
}

/** A certification asked for by name for an area of care; null when the message asks no such thing. */
export function areaCredentialAsked(kb: KnowledgeBase, message: string, inView?: string): AreaCredentialAsked | null {
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS || !CREDENTIAL.test(text) || !ASKS_WHICH.test(text) || NAMED_CREDENTIAL.test(text)) return null;
  const named = areasNamed(kb, text);
  if (named.length === 1) return { area: named[0]! };
  if (named.length > 1) return null;
  return SPECIALTY.test(text) || (inView !== undefined && SPECIALISING_ENTRIES.has(inView) && POINTS_AT_IT.test(text)) ? { area: null } : null;
}
