/**
 * A qualification short of a degree, told and weighed ("I've got a Cert IV in Disability. Does that count?", tester
 * ut38a P09 m3; "would my CNA certificate count?", "is a diploma in community services enough?"): the guide names no
 * such qualification. It names a bachelor's in social work, nursing or a related field, and says plenty of experience
 * in delivering care can in some cases make up for less formal education. Not the guide's own certifications (CCM,
 * CMC), and not a degree. Pure.
 */
import { normalise } from '../core/textMatch';

/** A certificate or diploma, as people name them: "a Cert IV in Disability", "my CNA certificate", "a diploma of nursing". */
const QUALIFICATION =
  /\b(?:(?:a|an|my|the|this|that)\s+)?((?:cert(?:ificate)?\s+(?:i{1,3}|iv|[1-4]|two|three|four)(?:\s+(?:in|of)\s+[a-z]+(?:\s+(?:care|services|support|health|work|studies|nursing|disability|ageing|aging))?)?)|(?:(?:[a-z]+\s+)?(?:cert|certificate|diploma)\s+(?:in|of)\s+[a-z]+(?:\s+(?:care|services|support|health|work|studies))?)|(?:(?:cna|hca|pca|nvq|qcf|tafe|phlebotomy|first aid|cpr|medical assistant|caregiver|care worker|ma)\s+(?:cert|certificate|certification|diploma|level\s+\d)))\b/;
/** Weighed: "does that count", "is it enough", "would it help", "is it worth anything", "recognised". */
const WEIGHED = /\b(?:count|counts|enough|good enough|valid|recogni[sz]ed|accepted|help|helps|worth anything|worth something|qualify|qualifies|be any use|matter|relevant)\b/;
/** The guide's certifications and degrees, which other readers weigh. */
const NAMED_ELSEWHERE = /\b(?:ccm|cmc|bachelor|bachelors|master|masters|degree|bsn|msw|associate)\b/;

/** The qualification as told ("cert iv in disability"), when it is weighed and is short of a degree; else null. */
export function shortQualificationWeighed(message: string): string | null {
  const text = normalise(message);
  if (!WEIGHED.test(text)) return null;
  const found = QUALIFICATION.exec(text);
  if (!found || NAMED_ELSEWHERE.test(found[1]!)) return null;
  return found[1]!;
}
