/**
 * The same thing asked of the other of two, after a reply that said the guide does not give it: "and the CCM?" after
 * no cost for the CMC exam, "what about the CMC?" after no pass mark for the CCM. The aspect the last question asked is
 * carried over; where the other's answer does not give it either, the reply says so plainly ("The guide doesn't give
 * that for the CCM certification either"), never that answer's overview as if it were what was asked (tester ut32a).
 */
import { askedAspect, givesAspect, type AskedAspect } from '../../../knowledge/aspects';
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import type { OfferedMenu } from '../../deps';
import { titleNames } from './aspectInView';
import { areSiblings } from '../core/followUp';
import { normalise } from '../core/textMatch';

/** "and the CCM?", "what about the CMC", "same for the CCM?", "CCM?", "and for the other one?": the other named, nothing else asked. */
const OTHER_ASKED = /^(?:(?:and|so|ok|okay|but) )*(?:what about |how about |same (?:for|with) |and for |for )?(?:the )?([a-z]+(?: [a-z]+){0,2}?)(?: (?:then|too|as well|also|one|certification|cert|exam))*$/;

/** The other of two the declined question is carried to, and what it asked, when that one does not give it either; else null. */
export function aspectCarriedOver(message: string, offered: OfferedMenu | undefined, kb: KnowledgeBase): { asked: AskedAspect; other: FaqEntry; about: FaqEntry } | null {
  if (!offered?.question) return null;
  const named = OTHER_ASKED.exec(normalise(message))?.[1];
  // The one the declined question named ("the CMC exam"), else the one its reply kept in view.
  const about = namedAmongOffered(offered, kb) ?? (offered.about ? kb.faqById.get(offered.about) : undefined);
  const asked = named ? askedAspect(offered.question, kb) : null;
  // Pay is given by level for every one of them: the ladder's reply says so (payByLevelOnly), not this one.
  if (!named || !about || !asked || asked.aspect === 'pay' || askedAspect(message, kb)) return null;
  const other = kb.faqs.find((entry) => areSiblings(entry, about, kb) && titleNames(entry, named) && !titleNames(about, named));
  return other && !givesAspect(other, asked) ? { asked, other, about } : null;
}

/**
 * The one offered entry the declined question named, when the decline offered several ("how much does the CMC exam
 * cost" offered the certifications, the CCM and the CMC): the CMC's. Undefined when it named none of them, or more.
 */
function namedAmongOffered(offered: OfferedMenu, kb: KnowledgeBase): FaqEntry | undefined {
  const words = normalise(offered.question ?? '').split(' ');
  const named = offered.ids.flatMap((id) => kb.faqById.get(id) ?? []).filter((entry) => words.some((word) => word.length > 2 && titleNames(entry, word) && !/^certif/.test(word)));
  return named.length === 1 ? named[0] : undefined;
}
