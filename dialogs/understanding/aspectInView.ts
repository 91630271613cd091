import { askedAspect, givesAspect, type AskedAspect } from '../../knowledge/aspects';
import type { FaqEntry, KnowledgeBase } from '../../knowledge/schema';
import { areSiblings, isOnTheLadder, namesALevel } from './followUp';

/** What the reply says the guide does not give, and the entries in view it offers instead, the subject asked about first. */
export interface AspectNotGiven {
  asked: AskedAspect;
  about: FaqEntry[];
}

/** Entries offered beside "the guide doesn't say": the subject asked about and a few around it. */
const MAX_OFFERED = 3;

/**
 * A follow-up that asks, of the subject in view, an aspect the guide's answer on it does not give: "how often?" after
 * keeping certified (periodic re-exams, no interval), "name some charities" after volunteering, "how much more exactly"
 * after why to certify, "which is easier, that or the CCM" after the CMC, "do u get paid extra for on call" after the
 * working hours. Without this the reply is the same answer again (or a sibling's), which the person has just read and
 * which does not say it. The subject is the entry the turn would answer with (the conversation's reading, else the
 * engine's) when it is the last answer or next to it; a ranking weighs the things in view: the last answer and the one
 * before when they are of a kind, else the last answer and the entries of its kind the message names. Null when nothing
 * in view lacks what was asked, or no answer is in view.
 */
export function aspectNotGivenInView(
  message: string,
  last: FaqEntry | undefined,
  before: FaqEntry | undefined,
  answering: readonly FaqEntry[],
  kb: KnowledgeBase,
): AspectNotGiven | null {
  if (!last) return null;
  const asked = askedAspect(message, kb);
  if (!asked) return null;
  const near = (entry: FaqEntry) => entry.id === last.id || last.related.includes(entry.id) || entry.related.includes(last.id);
  if (asked.aspect === 'ranking') {
    // The things in view of a kind, else the things the message names ("which is easier, nursing or social work?"
    // after the pay), else the last answer.
    const ofAKind = [...(before && areSiblings(before, last, kb) ? [before] : []), ...answering.filter((entry) => areSiblings(entry, last, kb))];
    const weighed = ofAKind.length > 0 ? [last, ...ofAKind] : answering.length > 0 ? answering : [last];
    const things = [...new Map(weighed.map((entry) => [entry.id, entry])).values()];
    if (things.some((entry) => givesAspect(entry, asked))) return null;
    return { asked, about: offered(things, last, kb) };
  }
  // A cost, a place to take it, or a place named alone leans on the thing in view whatever the words alone read ("how
  // much is it" after the CCM reads as the salary; "and in london?" as nothing): the entry the conversation reads, else
  // the last answer.
  const leans = (asked.aspect === 'cost' && asked.pointed === true) || asked.aspect === 'where' || asked.aspect === 'place';
  // A difference ("how much more exactly" after why to certify) is more than the thing in view: the last answer's own
  // figure, whatever entry the words alone reach (the pay levels, which give no difference for it). Not when it names a
  // level of the ladder ("how much more does the vp make"): the ladder's figures give that.
  const subject = asked.comparative === true && !namesALevel(message) ? last : answering.length === 1 && (!leans || near(answering[0]!)) ? answering[0]! : leans ? last : null;
  if (!subject || !near(subject) || givesAspect(subject, asked)) return null;
  // Pay asked of a place: the guide's pay is in US dollars, not by place, and the reply says so.
  if (asked.aspect === 'place' && givesAspect(subject, { aspect: 'pay' })) return { asked: { ...asked, ofPay: true }, about: offered([subject], last, kb) };
  // A rung of the ladder has its pay in the guide, beside it (the senior role's is Senior pay).
  if (asked.aspect === 'pay' && isOnTheLadder(subject.id)) return null;
  return { asked, about: offered([subject], last, kb) };
}

/** The subjects asked about, then the last answer and the entries it relates (or, when it is not among them, theirs), once each. */
function offered(subjects: readonly FaqEntry[], last: FaqEntry, kb: KnowledgeBase): FaqEntry[] {
  const around = (subjects.some((subject) => subject.id === last.id) || subjects.length === 0 ? [last, ...relatedOf(last, kb)] : subjects.flatMap((subject) => relatedOf(subject, kb)));
  return [...new Map([...subjects, ...around].map((entry) => [entry.id, entry])).values()].slice(0, MAX_OFFERED);
}

const relatedOf = (entry: FaqEntry, kb: KnowledgeBase): FaqEntry[] => entry.related.map((id) => kb.faqById.get(id)).filter((other): other is FaqEntry => other !== undefined);
