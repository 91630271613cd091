/**
 * A certification asked for an area of care ("is there a pediatric certification?", "do I need a special certification
 * to work with kids?", "which certification do I need to specialize in geriatric care?", "which certificate would i need
 * for that exactly?" after how to specialize): the guide names none for an area. It says only that specializing may take
 * extra training and possibly a certification in the area chosen; the two it names (the CCM and the CMC) it ties to no
 * area. One reader for what sessions 36's two branches read twice (halves36 and tuned36; tester ut35a P07 m4,
 * followupsAT). Pure: text in, reading out.
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { areasNamed } from './specialisationMatch';
import { withoutCertificatesHeld } from '../person/certificationHeld';

/** A certification, in people's words. */
const CERTIFICATION = /\b(?:certifications?|certificates?|certs?|credentials?|certified)\b/;
/** Asked for by name, or whether one exists: "which", "what", "is there", "any", "exactly". */
const ASKS_WHICH = /\b(?:which|what|whats|is there|are there|any|exactly|specific|specifically|particular|name of|called|exist|exists)\b/;
/** Asked whether one is needed, of an area named ("do I need a special certification to work with kids?"). */
const ASKS_NEED = /\b(?:do i need|would i need|will i need|do you need|need|needed|required|can i get|should i get)\b/;
/** One of the certifications the guide names, asked of by name: their own answers say what they cover. */
const NAMED_CERTIFICATION = /\b(?:ccm|cmc|case manager certif\w*|certified case manager|care manager certified)\b/;
/** A specialty asked of without naming one ("a certification to specialize", "for my specialty"). */
const SPECIALTY = /\bspeciali[sz]\w*|\bspecialt(?:y|ies)\b|\bspecialism\b/;
/** A pointer at the area in view: "for that", "in it", "for this one". */
const POINTS_AT_IT = /\b(?:for|in|into|of|with) (?:that|it|this|that one|this one|that area|this area|that specialty|this specialty)\b/;
/**
 * The answers on specializing, whose "that" is an area not named. With an area's own answer in view, "which
 * certification for that one?" is that answer's line and the career's certifications (subjectInView.ts).
 */
const SPECIALISING_ENTRIES: ReadonlySet<string> = new Set(['how-to-specialise', 'specialisations']);
/** Longer messages that name no area tell a story; a certification in them is not asked of an area. */
const MAX_WORDS = 16;

export interface AreaCertificationAsked {
  /** The area named; null when the question asks of specializing in general or of the area in view unnamed. */
  area: SpecialisationId | null;
}

/**
 * A certification asked for an area of care, named or pointed at with the answers on specializing in view (`inView`, the
 * answer's id); null when the message asks no such thing or names the CCM or the CMC.
 */
export function areaCertificationAsked(kb: KnowledgeBase, message: string, inView?: string): AreaCertificationAsked | null {
  // A certificate of theirs told beside the question asks for none ("do i need a degree,, i only have massage school cert").
  const text = withoutCertificatesHeld(normalise(message));
  if (!text || !CERTIFICATION.test(text) || NAMED_CERTIFICATION.test(text)) return null;
  const which = ASKS_WHICH.test(text);
  if (!which && !ASKS_NEED.test(text)) return null;
  const named = areasNamed(kb, text);
  if (named.length === 1) return { area: named[0]! };
  if (named.length > 1 || !which || text.split(' ').length > MAX_WORDS) return null;
  return SPECIALTY.test(text) || (inView !== undefined && SPECIALISING_ENTRIES.has(inView) && POINTS_AT_IT.test(text)) ? { area: null } : null;
}
