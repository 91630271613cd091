/**
 * Being hired without experience asked ("can I get hired without clinical experience?", tester ut34c pharma #3): the
 * search reads "hired without" as working without certification, which the guide answers, and the kind of experience
 * ("clinical", "hands-on") pulls it further. The guide says relevant experience is often required and employers
 * prefer it; it gives no answer on being hired without it. Pure.
 */
import { normalise } from '../core/textMatch';

/** Being hired, or a job got ("get hired", "hire me", "land a job", "get my foot in the door"). */
const HIRED =
  /\b(?:get|be|getting|being|got) (?:hired|employed|taken on)\b|\bhire (?:me|someone|somebody|people|anyone|newcomers|beginners|grads|graduates)\b|\b(?:get|land|find|getting|landing|finding) (?:a |an |the |my |any )?(?:\w+ )?(?:job|jobs|position|role|foot in the door)\b/;
/** Experience said lacking, of any kind ("without clinical experience", "with no hands on experience", "zero patient experience"). */
const WITHOUT_EXPERIENCE =
  /\b(?:without|with no|with zero|no|zero|lacking|lack of|never had|dont have|do not have|don t have|havent got|haven t got|have no|have zero)\s+(?:any\s+)?(?:(?:prior|previous|direct|hands on|clinical|patient|bedside|practical|real|actual|relevant|healthcare|health care|medical|paid|work|professional)\s+){0,2}experience\b/;

/** True when the message asks whether one can be hired without experience. */
export function hiredWithoutExperienceAsked(message: string): boolean {
  const text = normalise(message);
  return HIRED.test(text) && WITHOUT_EXPERIENCE.test(text);
}
