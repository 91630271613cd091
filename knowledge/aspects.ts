import type { FaqEntry } from './schema';
import { normaliseText } from './text';

/**
 * What a follow-up asks of a subject already answered, when the guide's answer on that subject may not hold it: how
 * often, which ones by name, an exact figure, which of two things is easier, more respected or better paid, or its pay. Asked of
 * the entry in view, an aspect its answer does not give is not that answer again: the honest reply is that the guide
 * does not say. Pure reading of the words and the entry's text; the conversation decides when it applies
 * (dialogs/answerTurn.ts).
 */
export type Aspect = 'how-often' | 'names' | 'exact-figure' | 'ranking' | 'pay';

export interface AskedAspect {
  aspect: Aspect;
  /** For a ranking, what the two are weighed on ("easier"), as the question says it. */
  criterion?: string;
}

/** "how often", "how frequently": a frequency. */
const ASKS_HOW_OFTEN = /\bhow (?:often|frequently)\b|\bhow many times (?:a|per|each|every) (?:year|month|week)\b/;
/** A frequency in an answer ("every 5 years", "annually"), or the condition that sets it ("adjust it when needs change"). */
const FREQUENCY_IN_TEXT = /\b(?:every|each|once a|twice a|per) (?:\d+ |two |three |four |five |ten |few )?(?:year|years|month|months|week|weeks|day|days)\b|\b(?:annually|yearly|monthly|weekly|daily)\b|\bwhen\b/i;

/** Things people ask for by name ("which laws", "which software", "name some charities"). */
const NAMED_THINGS = String.raw`(?:laws?|acts?|regulations?|software|apps?|charities|charity|companies|company|employers?|agencies|agency|organi[sz]ations?|websites?|schools?|unis?|universities|colleges?)`;
/** A word between "which" and the thing asked for, that is not a verb or a word for a kind ("which privacy laws", not "which one do employers"). */
const NOT_A_VERB = String.raw`(?:(?!(?:one|ones|do|does|did|is|are|kinds?|types?|sorts?|of|would|should|could|can|will)\b)\w+ )`;
/**
 * Names asked for: "which privacy laws exactly", "which case management software specifically", "name some charities",
 * "what's the actual law on it", "which ones exactly". A plain "which degree" or "which certifications", or "what hard skills in particular", is a
 * question the guide answers in words; only a thing people know by its name asks names.
 */
const ASKS_NAMES = new RegExp(
  String.raw`\bwhich ${NOT_A_VERB}{0,2}${NAMED_THINGS}(?= (?:is|are|do|does|should|would|could|can|will|in|for|near|around|exactly|specifically|cover|covers|apply|applies|to)\b|$)|\bwhich (?:ones?|kinds?|types?|sorts?) (?:exactly|specifically)\b|\bname (?:some|a few|an[y]|one|two|three|the)\b|\bthe actual (?:law|laws|rule|rules|regulation|regulations|name|names|act)\b|\bwhat (?:is|are) (?:the )?(?:names?|examples?) of\b`,
);
/** A name in an answer: an acronym ("CCM", "NACCM", "EHR") or two capitalised words together ("Commission for Case Manager"). */
const NAME_IN_TEXT = /\b[A-Z]{2,}s?\b|\b[A-Z][a-z]+ (?:(?:of|for|and) )?[A-Z][a-z]+\b/;

/** Insisting on a figure: "how much more ... exactly", "how much experience exactly", "by how much". */
const ASKS_EXACT_FIGURE = /\bhow (?:much|many|long)\b[^?]*\b(?:exactly|precisely|specifically)\b|\b(?:exactly|precisely) how (?:much|many|long)\b|\bhow much (?:more|less|extra|higher|lower)\b|\bby how much\b|\bwhat (?:percentage|percent)\b|\b(?:the )?(?:exact|precise|actual) (?:number|figure|amount|percentage)\b/;
/** A figure in an answer: a number in digits or words, a sum of money. */
const FIGURE_IN_TEXT = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b/i;

/**
 * Which of two is easier, harder, more respected, quicker, better paid: a ranking on a criterion. "which is better" is
 * no criterion (the two answers side by side let the person judge), so it is not one.
 */
const RANKING =
  /\bwhich (?:one |of (?:them|the two|those|these|the 2) )?(?:is|would be|will be|s) (?:the )?(easier|easiest|harder|hardest|tougher|more difficult|less difficult|quicker|quickest|faster|cheaper|more respected|most respected|more recogni[sz]ed|most recogni[sz]ed|better known|more popular|most popular|more in demand|more prestigious|more valued|less stressful|more stressful)\b|\bwhich (?:one )?(?:pays|earns) (?:best|more|most|better)\b|\bwhich (?:one )?(?:is )?(?:better|best) paid\b|\bwhich (?:one )?(?:is )?(easier|harder|quicker|faster|cheaper) to (?:get|pass|do|earn|start|finish)\b/;
/** The words an answer would use to rank two things on each criterion. */
const RANKED_BY: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/eas|hard|tough|difficult/, /\b(?:easy|easier|easiest|hard|harder|hardest|tough|tougher|difficult|demanding)\b/i],
  [/quick|fast/, /\b(?:quick|quicker|quickest|fast|faster|sooner|shorter)\b/i],
  [/cheap/, /[$£€]\s?\d|\b(?:cheap|cheaper|cost|costs|fee|fees)\b/i],
  [/respect|recogni|known|popular|prestig|valued|demand/, /\b(?:respected|recogni[sz]ed|prestigious|popular|widely|in demand|most common)\b/i],
  [/stress/, /\bstress\w*\b/i],
  [/pay|paid|earn/, /[$£€]\s?\d/],
];

/** Pay asked for ("do u get paid extra for on call", "what does it pay"), not paid work in general. */
const ASKS_PAY = /\b(?:pays?|paid|earns?|earning|earnings|salary|salaries|wages?|income)\b|\bhow much (?:do|does|would|will|can|could) (?:i|you|u|they|one|he|she) make\b/;
/** Work described as paid ("paid work", "a paid job"): the kind of work, not its pay. */
const PAID_WORK = /\b(?:paid|unpaid) (?:work|job|jobs|experience|role|roles|position|positions|employment)\b/g;
const MAX_PAY_FOLLOW_UP_WORDS = 10;
/** An answer that speaks of pay at all: a sum of money, or pay in words ("may earn more"). */
const PAY_IN_TEXT = /[$£€]\s?\d|\b(?:pay|paid|earn|earns|salary|salaries|wage|wages|income)\b/i;

/** Words that close a question and say nothing of it ("which laws tho"). */
const CLOSING_PADDING = /(?: (?:tho|though|lol|lool|lmao|haha|hahaha|hehe|tbh|ngl|then))+$/;

/** The aspect a message asks, if it is one the guide's answers often lack; null for an ordinary question. */
export function askedAspect(message: string): AskedAspect | null {
  const text = normaliseText(message).replace(CLOSING_PADDING, '');
  const ranked = RANKING.exec(text);
  if (ranked) return { aspect: 'ranking', criterion: ranked[1] ?? ranked[2] ?? (/\bpai|pay|earn/.test(ranked[0]) ? 'better paid' : undefined) };
  if (ASKS_EXACT_FIGURE.test(text)) return { aspect: 'exact-figure' };
  if (ASKS_HOW_OFTEN.test(text)) return { aspect: 'how-often' };
  if (ASKS_NAMES.test(text)) return { aspect: 'names' };
  // Pay is asked in a short follow-up; a story that mentions a wage or paid work asks something else.
  if (ASKS_PAY.test(text.replace(PAID_WORK, ' ')) && text.split(' ').length <= MAX_PAY_FOLLOW_UP_WORDS) return { aspect: 'pay' };
  return null;
}

/** True when the entry's answer gives the aspect asked: a frequency, names, a figure, or words that rank on the criterion. */
export function givesAspect(entry: FaqEntry, asked: AskedAspect): boolean {
  switch (asked.aspect) {
    case 'how-often':
      return FREQUENCY_IN_TEXT.test(entry.answer);
    case 'names':
      return NAME_IN_TEXT.test(entry.answer);
    case 'exact-figure':
      return FIGURE_IN_TEXT.test(entry.answer);
    case 'pay':
      return PAY_IN_TEXT.test(entry.answer);
    case 'ranking': {
      const criterion = asked.criterion ?? '';
      const words = RANKED_BY.find(([criterionWords]) => criterionWords.test(criterion))?.[1];
      return words !== undefined && words.test(entry.answer);
    }
  }
}

/** The aspect a message asks of an entry that the entry's answer does not give; null when it gives it or none is asked. */
export function aspectNotGiven(message: string, entry: FaqEntry): AskedAspect | null {
  const asked = askedAspect(message);
  return asked && !givesAspect(entry, asked) ? asked : null;
}
