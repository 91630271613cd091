/**
 * A certification the person holds, told beside a question about certification ("I already have my CCM. is it worth
 * also getting the CMC?", "got my CMC last year, what other certs should I get?"): the guide's other one, never the one
 * they hold recommended back to them "to start with" (session 37, ut37a P08-5). Pure.
 */
import { normalise } from '../core/textMatch';

/** The two certifications the guide recommends, by the entry that answers each. */
export type GuideCertification = 'ccm' | 'cmc';

/** Held: "I have my CCM", "I already hold the CMC", "got my CCM last year", "I'm CCM certified", "passed the CCM". */
const HELD =
  /\b(?:(?:i|i ve|ive|i have|i already|already)(?: already)? (?:have|hold|got|earned|passed|did|done|finished|completed|ve got|have got)|i m(?: already)?|im(?: already)?|got|holding|with) (?:my |the |a |an )?(ccm|cmc)\b(?! exam| test)|\b(?:i m|im|i am)(?: already)? (ccm|cmc) certified\b/;
/** Asked about certification: the other one named, or certifications in general ("which cert next", "worth getting"). */
const ASKED_OF_CERTIFICATION = /\b(?:ccm|cmc|certs?|certifications?|certificates?|credentials?)\b/;
/** A question in it: asked, not only told. */
const QUESTION = /\?|\b(?:is it|would it|should i|do i|worth|which|what|any|next|also|too|as well|help)\b/;

/** The certification the person says they hold when they ask about certification; null otherwise. */
export function certificationHeldAsked(text: string): { held: GuideCertification; other: GuideCertification } | null {
  const said = normalise(text);
  const found = HELD.exec(said);
  const word = found?.[1] ?? found?.[2];
  const held: GuideCertification | undefined = word === 'ccm' || word === 'cmc' ? word : undefined;
  if (!found || !held || !QUESTION.test(text.toLowerCase())) return null;
  // The question is in what is left once the holding is told ("is it worth also getting the CMC?").
  const rest = said.slice(0, found.index) + ' ' + said.slice(found.index + found[0].length);
  if (!ASKED_OF_CERTIFICATION.test(rest)) return null;
  return { held, other: held === 'ccm' ? 'cmc' : 'ccm' };
}

/** A certificate told as one's own ("i only have massage school cert", "all i have is a CNA certificate", "with my phlebotomy cert"). */
const CERTIFICATE_OF_THEIRS =
  /\b(?:i (?:only |just |already )?(?:have|hold|got|earned|finished|completed|ve got|have got)|i ve (?:only |just )?got|ive (?:only |just )?got|all i (?:have|got) is|with (?:only |just )?(?:my|a|an))(?: (?:a|an|my|the|only|just))?(?: [a-z]+){0,4}? (?:certifications?|certificates?|certs?|credentials?)\b/g;

/**
 * The message without the certificates the person says they hold (ut40a P11-T3): "do i need a degree,, i only have
 * massage school cert" asks of the degree, and its "cert" asks for no certification.
 */
export function withoutCertificatesHeld(normalised: string): string {
  return normalised.replace(CERTIFICATE_OF_THEIRS, ' ').replace(/\s+/g, ' ').trim();
}
