/**
 * A certification asked for one of the guide's four areas ("is there a pediatric certification?", "do I need a special
 * certification to work with kids?"): the guide names none for an area, only that specializing may take one, and the
 * CCM and the CMC (tester ut35a, P07 m4). Pure: text in, reading out.
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { mentionedSpecialisations } from './specialisationMatch';

/** A certification, in people's words. */
const CERTIFICATION = /\b(?:certification|certifications|certificate|certificates|cert|certs|credential|credentials|certified)\b/;
/** Asked whether one exists, is needed or which it is. */
const ASKED = /\b(?:is there|are there|any|do i need|would i need|will i need|do you need|need|needed|required|what|which|can i get|should i get|exist|exists)\b/;
/** One of the guide's certifications named, whose own answers say what they cover. */
const NAMED_CERTIFICATION = /\b(?:ccm|cmc|case manager certif\w*|care manager certified)\b/;

/** The area a certification is asked for, when exactly one is named; null otherwise. */
export function areaCertificationAsked(kb: KnowledgeBase, text: string): SpecialisationId | null {
  const t = normalise(text);
  if (!CERTIFICATION.test(t) || !ASKED.test(t) || NAMED_CERTIFICATION.test(t)) return null;
  const areas = mentionedSpecialisations(kb, text);
  return areas.length === 1 ? areas[0]! : null;
}
