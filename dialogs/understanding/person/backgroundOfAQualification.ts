/**
 * A qualification or a title of theirs weighed as a field's background ("Does an LPN count as a nursing background for
 * care management or do I need to be an RN first?", tester ut34c lpn #1): a question of education and license, not of
 * the experience the guide describes, which "count" alone would pull in ("Yes: work in health or social services ...").
 * The guide names a bachelor's in nursing, social work or a related field, and no license, diploma or title as a
 * background. Pure: what was weighed, or null when the message weighs no such thing.
 */
import { normalise } from '../core/textMatch';

export interface BackgroundWeighed {
  /** The qualification or title as they wrote it, with its article: "an LPN", "being a CNA", "your EMT certificate". */
  thing: string;
  /** The field's background it is weighed as: "nursing", "social work", "healthcare". */
  field: string;
  /** The job asked of beside it ("or do I need to be an RN first?"): the guide says no one must be one. */
  mustBe: 'nurse' | 'social worker' | null;
}

/** "does an LPN count as a nursing background", "would my EMT cert qualify as a medical background", "is a CNA a healthcare background". */
const WEIGHED_AS =
  /\b(?:does|do|would|will|could|can|is|are)\s+((?:an?|my|being an?|having an?)\s+)?([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:(?:count|counts|qualify|qualifies|pass|passes)\s+as\s+|be\s+|(?=an?\s))(?:an?\s+)?(nursing|social work|health ?care|medical|clinical)\s+(?:background|qualification)\b/i;
/** The job asked whether one must be it first ("or do I need to be an RN first?", "or must I be a nurse"). */
const MUST_BE = /\b(?:need|needs|have|has|got) to be (?:a |an )?(nurse|rn|registered nurse|bsn|social worker|lcsw)\b|\bmust (?:i|you|one) be (?:a |an )?(nurse|rn|registered nurse|social worker)\b/;
/**
 * Words that name work ("does my work count as a healthcare background?"), the experience reader's, or a degree ("is my
 * psychology degree a healthcare background?"), the degree readers'.
 */
const WORK_OR_DEGREE = /\b(?:work|working|job|jobs|years?|yrs|experience|volunteer\w*|time|shifts?|degree|degrees|bachelor\w*|master\w*|major|ba|bs|bsc|ma|msc)\b/i;

/** What a qualification or title of theirs is weighed as, and the job asked of beside it; null when none is weighed. */
export function backgroundWeighed(message: string): BackgroundWeighed | null {
  const found = WEIGHED_AS.exec(message);
  if (!found) return null;
  const article = (found[1] ?? '').trim().toLowerCase();
  const named = found[2]!;
  if (WORK_OR_DEGREE.test(named)) return null;
  const thing = article === 'my' ? `your ${named}` : article ? `${article} ${named}` : named;
  const job = MUST_BE.exec(normalise(message));
  const mustBe = job ? (/social|lcsw/.test(job[1] ?? job[2] ?? '') ? 'social worker' : 'nurse') : null;
  return { thing, field: found[3]!.toLowerCase().replace(/^health ?care$/, 'healthcare'), mustBe };
}
