/**
 * Pay asked at the top of the ladder, with a degree or long experience named ("what do care managers make with a masters
 * and lots of experience? I make around 92k"): the guide ties pay to years, not degrees, so the senior and director
 * levels answer it, set against the writer's own pay when told. Pure readers: no sending (tester ut34a, ot #2).
 */
import { normalise } from '../core/textMatch';

/** Pay asked ("what do they make", "what's the pay", "how much do they earn"). */
const PAY_ASKED = /\b(?:make|makes|earn|earns|paid|pay|salary|salaries)\b/;
/** Long experience named as the condition ("with a masters and lots of experience", "experienced ones"). */
const EXPERIENCED =
  /\b(?:with|and) (?:lots|loads|plenty|a lot|years|decades|tons) of (?:experience|exp|years)\b|\b(?:experienced|seasoned|veteran) (?:ones|care managers|case managers|people)\b|\bat the top\b|\btop (?:end|earners)\b/;
/** A master's named in the question. */
const MASTER = /\b(?:masters?|master s|msw|msn|graduate degree)\b/;
/** The writer's own yearly pay told ("I make around 92k", "I'm on $85,000", "currently earning 90 grand"). */
const OWN_PAY =
  /\bi(?:\s+am|'m|’m|m)?\s+(?:make|earn|on|making|earning|at|get paid|bring in|take home)\s+(?:about |around |like |roughly |nearly |almost |over |close to )?\$?\s?(\d{2,3})(?:,\d{3}\b|k\b|\s?(?:thousand|grand)\b)/i;

/** What is asked: whether a master's is named, and the writer's own pay in thousands, when told. */
export interface ExperiencedPay {
  master: boolean;
  ownThousands: number | null;
}

/** Pay asked with long experience or a master's named; null for pay asked of a level, a start or nothing in particular. */
export function experiencedPayAsked(question: string, said: string = question): ExperiencedPay | null {
  const t = normalise(question);
  if (!PAY_ASKED.test(t) || !EXPERIENCED.test(t)) return null;
  const own = OWN_PAY.exec(said);
  return { master: MASTER.test(t), ownThousands: own ? Number(own[1]) : null };
}
