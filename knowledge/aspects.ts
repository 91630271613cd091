import { cityNames, countryNames } from './places';
import type { FaqEntry, KnowledgeBase } from './schema';
import { editDistance } from './spelling';
import { normaliseText } from './text';

/**
 * What a follow-up asks of a subject already answered, when the guide's answer on that subject may not hold it: how
 * often, which ones by name, an exact figure, which of two things is easier, more respected or better paid, its pay,
 * its cost ("how much is it" of a credential or a course), where to take it, or the same asked of a place ("and in
 * london?"). Asked of the entry in view, an aspect its answer does not give is not that answer again: the honest reply
 * is that the guide does not say. Pure reading of the words and the entry's text; the conversation decides when it
 * applies (dialogs/answerTurn.ts).
 */
export type Aspect =
  | 'how-often'
  | 'names'
  | 'exact-figure'
  | 'ranking'
  | 'pay'
  | 'cost'
  | 'where'
  | 'place'
  | 'mode'
  | 'tax'
  | 'age'
  | 'difficulty'
  | 'shortcut'
  | 'pay-unit';

export interface AskedAspect {
  aspect: Aspect;
  /** For a ranking, what the two are weighed on ("easier"), as the question says it. */
  criterion?: string;
  /** For a cost, asked only as "how much is it": a cost of something one takes or joins, else the pay of a job. */
  bare?: boolean;
  /** For a cost, asked of the thing in view by a pointer ("is it expensive"), not of a thing it names ("the fee for the cmc"). */
  pointed?: boolean;
  /** For a place, asked of pay, which the guide gives only as US-dollar medians. */
  ofPay?: boolean;
  /** For a frequency, a guessed interval ("like every week or what"): only an interval answers it, not a condition. */
  interval?: boolean;
  /**
   * The words of the message beside those that ask the aspect, when the aspect may be asked of the thing in view
   * whatever the engine makes of them: none ("how often", "before tax?"), or words of the answer in view ("specific
   * hospitals?" after where they work). Absent for an aspect asked only of the subject the message reads as.
   */
  others?: string[];
  /** For an exact figure, a difference with one side named or none ("how much more exactly"): from the thing in view. */
  comparative?: boolean;
}

/** "how often", "how frequently": a frequency. */
const ASKS_HOW_OFTEN = /\bhow (?:often|frequently)\b|\bhow many times (?:a|per|each|every) (?:year|month|week)\b/;
/** An interval guessed in a question ("every week", "once a month", "weekly"). */
const GUESSED_INTERVAL = /\b(?:every|each|once a|twice a|once per|per) (?:\d+ |two |three |few |other )?(?:days?|weeks?|months?|years?|yrs?)\b|\b(?:daily|weekly|monthly|yearly|annually)\b/;
/** An interval in an answer ("every 5 years", "annually"). */
const INTERVAL_IN_TEXT = /\b(?:every|each|once a|twice a|per) (?:\d+ |two |three |four |five |ten |few )?(?:year|years|month|months|week|weeks|day|days)\b|\b(?:annually|yearly|monthly|weekly|daily)\b/i;
/** A frequency in an answer: an interval, or the condition that sets it ("adjust it when needs change"). */
const FREQUENCY_IN_TEXT = new RegExp(`${INTERVAL_IN_TEXT.source}|\\bwhen\\b`, 'i');

/** Things people ask for by name ("which laws", "which software", "name some charities"). */
const NAMED_THINGS = String.raw`(?:laws?|acts?|regulations?|software|apps?|tools?|forms?|templates?|vendors?|brands?|products?|platforms?|charities|charity|companies|company|employers?|agencies|agency|organi[sz]ations?|websites?|(?:job )?sites|job boards?|schools?|unis?|universit(?:y|ies)|colleges?|hospitals?|clinics?|nursing homes?|insurers?|insurance companies)`;
/** Things the guide answers in words when asked which ("which course should I do"), but never by name when one is picked out ("any course you'd recommend?"). */
const PICKED_THINGS = String.raw`(?:${NAMED_THINGS}|courses?|programs?|programmes?|certificates?|certifications?|certs?|training)`;
/** A word between "which" and the thing asked for, that is not a verb or a word for a kind ("which privacy laws", not "which one do employers"). */
const NOT_A_VERB = String.raw`(?:(?!(?:one|ones|do|does|did|is|are|kinds?|types?|sorts?|of|would|should|could|can|will)\b)\w+ )`;
/**
 * Names asked for: "which privacy laws exactly", "which case management software specifically", "name some charities",
 * "what's the actual law on it", "which ones exactly". A plain "which degree" or "which certifications", or "what hard skills in particular", is a
 * question the guide answers in words; only a thing people know by its name asks names.
 */
const ASKS_NAMES = new RegExp(
  String.raw`\bwhich ${NOT_A_VERB}{0,2}${NAMED_THINGS}(?= (?:is|are|do|does|should|would|could|can|will|in|for|near|around|exactly|specifically|cover|covers|apply|applies|to|pays?|earns?|best|hire|hires|employ|employs|by name)\b|$)|\b(?:an[y]|some|which|what|a) (?:specific|particular|good|recommended|standard|certain) (?:[a-z]+ )?${PICKED_THINGS}\b|^(?:(?:so|and|ok|okay|but) )*what (?:is|are) (?:the |it |that |this |they |those )?(?:[a-z]+ ){0,2}(?:called|named)(?: (?:for|of) (?:it|that|this|them|that one|this one|those))?(?: (?:then|exactly|though|tho))?$|\bwhich (?:[a-z]+ )?${PICKED_THINGS} (?:exactly|specifically|by name)\b|\b(?:an[y]|a|one|some) (?:[a-z]+ )?${PICKED_THINGS} (?:you|u) (?:would|could|can|d) (?:recommend|suggest)\b|\b(?:which|what) (?:[a-z]+ ){0,2}${PICKED_THINGS} (?:would|do|could|should|can|did) (?:you|u) (?:recommend|suggest)\b|\b(?:can|could|would) (?:you|u) (?:recommend|suggest) (?:an[y]|a|one|some) (?:[a-z]+ ){0,2}${PICKED_THINGS}\b|\bwhich (?:ones?|kinds?|types?|sorts?) (?:exactly|specifically)\b|\bname (?:some|a few|an[y]|one|two|three|the)\b|\bthe actual (?:law|laws|rule|rules|regulation|regulations|name|names|act)\b|\bwhat (?:is|are) (?:the )?(?:names?|examples?) of\b`,
);
/** A name in an answer: an acronym ("CCM", "NACCM") or two capitalised words together ("Care Manager Certified"). */
const NAME_IN_TEXT = /\b[A-Z]{2,}s?\b|\b[A-Z][a-z]+ (?:(?:of|for|and) )?[A-Z][a-z]+\b/;
/** A common noun's short form ("electronic health records (EHR)"): a kind of thing, not a name. */
const SHORT_FORM = /\b[a-z][a-z-]* [a-z][a-z -]*\*{0,2} \(([A-Z]{2,}s?)\)/g;

/** True when an answer names something: short forms of common nouns do not count, wherever they recur. */
function namesSomething(answer: string): boolean {
  const shortForms = [...answer.matchAll(SHORT_FORM)].map((found) => found[1]!);
  const rest = shortForms.reduce((text, form) => text.replace(new RegExp(`\\b${form}\\b`, 'g'), ' '), answer);
  return NAME_IN_TEXT.test(rest);
}

/** Insisting on a figure: "how much more ... exactly", "how much experience exactly", "by how much". */
const ASKS_EXACT_FIGURE = /\bhow (?:much|many|long)\b[^?]*\b(?:exactly|precisely|specifically)\b|\b(?:exactly|precisely) how (?:much|many|long)\b|\bhow much (?:more|less|extra|higher|lower)\b|\bby how much\b|\bwhat (?:percentage|percent)\b|\b(?:the )?(?:exact|precise|actual) (?:number|figure|amount|percentage)\b/;
/**
 * A count of a measure, asked in a few words ("how many cases at once", "how many yrs of it", "how many hours a week"):
 * a figure the answer gives in numbers or not at all. A count of things the answer lists ("how many certifications")
 * is answered by the list.
 */
const ASKS_COUNT = /\bhow (?:many|much) (?:cases|clients|patients|people|families|hours|hrs|years|yrs|months|weeks|days|time)\b/;
const MAX_COUNT_WORDS = 8;
/** A figure asked as a difference from the thing in view, which only that thing's answer could give. */
const ASKS_DIFFERENCE = /\bhow much (?:more|less|extra|higher|lower)\b|\bby how much\b/;
/** The other side of a difference, named: "than a director", "compared to when you start", "director vs vp". */
const NAMES_BOTH_SIDES = /\b(?:than|compared|vs|versus)\b/;
/** A figure in an answer: a number in digits or words, a sum of money. */
const FIGURE_IN_TEXT = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b/i;

/**
 * Which of two is easier, harder, more respected, quicker, better paid: a ranking on a criterion. "which is better" is
 * no criterion (the two answers side by side let the person judge), so it is not one.
 */
const RANKING =
  /\bwhich (?:one |of (?:them|the two|those|these|the 2) )?(?:is|would be|will be|s) (?:the )?(easier|easiest|harder|hardest|tougher|more difficult|less difficult|quicker|quickest|faster|cheaper|more respected|most respected|more recogni[sz]ed|most recogni[sz]ed|better known|more popular|most popular|more in demand|more prestigious|more valued|less stressful|more stressful)\b|\bwhich (?:one |\w+ )?(?:pays|earns) (?:best|more|most|better)\b|\bwhich (?:one )?(?:is )?(?:better|best) paid\b|\bwhich (?:one )?(?:is )?(easier|harder|quicker|faster|cheaper) to (?:get|pass|do|earn|start|finish)\b/;
/** The words an answer would use to rank two things on each criterion. */
const RANKED_BY: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/eas|hard|tough|difficult/, /\b(?:easy|easier|easiest|hard|harder|hardest|tough|tougher|difficult|demanding)\b/i],
  [/quick|fast/, /\b(?:quick|quicker|quickest|fast|faster|sooner|shorter)\b/i],
  [/cheap/, /[$£€]\s?\d|\b(?:cheap|cheaper|cost|costs|fee|fees)\b/i],
  [/respect|recogni|known|popular|prestig|valued|demand/, /\b(?:respected|recogni[sz]ed|prestigious|popular|widely|in demand|most common)\b/i],
  [/stress/, /\bstress\w*\b/i],
  [/pay|paid|earn/, /[$£€]\s?\d/],
];

/**
 * Pay asked of doing the thing in view ("how much would i make doing that"), not of the people in it ("what do they
 * earn").
 */
const ACTIVITY_POINTER = /\b(?:doing|from|with) (?:that|this|it)\b|\bthat way\b/;
/** Pay asked for ("do u get paid extra for on call", "what does it pay"), not paid work in general. */
const ASKS_PAY = /\b(?:pays?|paid|earns?|earning|earnings|salary|salaries|wages?|income)\b|\bhow much (?:do|does|would|will|can|could) (?:i|you|u|they|one|he|she) make\b/;
/** True when a message asks for pay in words ("do they pay", "what's the salary"): the one reader of pay asked. */
export function asksPay(message: string): boolean {
  return ASKS_PAY.test(normaliseText(message));
}
/** A sum of money said ("40k", "$50,000", "50 grand", "12 an hour"). */
const SUM_SAID = /[$\u00a3\u20ac]\s*\d|\b\d[\d,.]*\s*(?:k|grand|dollars|pounds|a year|per year|an hour|per hour)\b/i;
/** Money in words that ask for no pay ("not great money", "the cash"). */
const MONEY_SAID = /\b(?:money|cash)\b/;
/** True when a message speaks of pay at all ("40k?? thats nothing", "not great money"): a sum, money, or pay as asksPay reads it. */
export function speaksOfPay(message: string): boolean {
  return SUM_SAID.test(message) || asksPay(message) || MONEY_SAID.test(normaliseText(message));
}
/** Work described as paid ("paid work", "a paid job"): the kind of work, not its pay. */
const PAID_WORK = /\b(?:paid|unpaid) (?:work|job|jobs|experience|role|roles|position|positions|employment)\b/g;
const MAX_PAY_FOLLOW_UP_WORDS = 10;
/** An answer that speaks of pay at all: a sum of money, or pay in words ("may earn more"). */
const PAY_IN_TEXT = /[$£€]\s?\d|\b(?:pay|paid|earn|earns|salary|salaries|wage|wages|income)\b/i;

/** A price asked in words ("how much does it cost", "what's the fee", "is it expensive"). */
const ASKS_COST =
  /\b(?:cost|costs|costing|fee|fees|price|prices|pricey|expensive|tuition|afford)\b|\bhow much (?:is|are|does|do|would|will) (?:it|that|this|they|those|the \w+(?: \w+)?) (?:cost|run|set (?:me|you|u) back)\b|\bhow much (?:money |cash )?(?:for|to (?:do|take|sit|get|pay for|register for|enrol in|enroll in)) (?:the |a |an |my |that |this )?(?:\w+ )?(?:exam|exams|test|course|courses|certification|cert|membership|training|program|programme|ccm|cmc)$/;
/** True when a message (normalised) asks about a price; the one reader of it for the engine and the conversation. */
export const asksCost = (text: string): boolean => ASKS_COST.test(text);
/** "how much is it", "how much is the exam": its cost when it is a thing one takes, its pay when it is a job. */
const ASKS_HOW_MUCH = /^(?:(?:and|but|so|ok|okay)\s+)*how much (?:is|are|was|would be|will be) (?:it|that|this|they|those|one|the \w+(?: \w+)?)$/;
/** Words that point at the thing in view. */
const POINTER = /\b(?:it|its|that|this|they|them|those|these|one)\b/;
/** A price in an answer: a sum of money, or the words of a price. */
const COST_IN_TEXT = /[$£€]\s?\d|\b(?:cost|costs|fee|fees|price|free of charge|tuition)\b/i;
/** Things one takes, sits or joins, which have a price: a credential, a course, an exam, a degree, a membership. */
const PRICED_THING = /\b(?:certif\w*|course\w*|degree\w*|exam\w*|bachelor\w*|master\w*|licen[cs]\w*|training|groups?|learning|organi[sz]ations?)\b/i;

/** Where to take or do a thing in view ("where can i take it", "where is the exam held"), not where the work is done. */
const ASKS_WHERE =
  /\bwhere (?:can|could|do|does|would|should|might|will|to) (?:i |you |u |one |we |people )?(?:take|sit|do|get|study|find|write|complete|enrol|enroll|sign up for|apply for|register for)(?: (?:it|that|this|one|them|those|the (?:exam|exams|test|tests|course|courses|class|classes|program|programs|programme|training|certification|cert)))$|\bwhere (?:is|are) (?:it|that|this|they|those|the (?:exam|test|course|courses|program|training)) (?:offered|held|taught|run|given|available|done|taken)\b/;
/** Where a thing is done, in an answer: online, in person, or the settings and events that offer it ("at healthcare facilities"). */
const WHERE_IN_TEXT = /\b(?:online|in person|testing (?:centers?|centres?|sites?)|universities|colleges|hospitals|clinics|agencies|nursing homes|facilit(?:y|ies)|workplaces?|(?:a|an|the) (?:\w+ )?setting|organi[sz]ations|seminars|workshops|webinars|conferences)\b/i;

/**
 * How a thing is done: online, part time, from home ("can i do it online", "can i wfh full time", "part time?").
 * Evenings and weekends are the working hours, which the guide gives.
 */
const ASKS_MODE = /\b(?:online|part[- ]?time|full[- ]?time|remote(?:ly)?|from home|wfh|distance learning|by distance)\b/;
const FULL_TIME = /\bfull[- ]?time\b/g;
const MODE_IN_TEXT = /\b(?:online|part[- ]time|full[- ]time|remote(?:ly)?|from home|distance|flexible)\b/i;
/** Pay before or after tax, or what comes with it ("before tax?", "is that gross"); "take home" is the pay itself. */
const ASKS_TAX = /\b(?:before|after|pre|post)[- ]?tax\b|\btax(?:es|ed)?\b|\b(?:gross|net)\b|\b(?:bonus|bonuses|pension|perks|benefits package)\b/;
const TAX_IN_TEXT = /\b(?:tax|taxes|gross|take-home|bonus|bonuses|pension)\b/i;
/** The person's age ("im 29 too late?", "am i too old", "is there an age limit"). */
const ASKS_AGE = /\btoo (?:old|late|young)\b|\bage (?:limit|limits|matter|matters)\b|\bmy age\b/;
const AGE_IN_TEXT = /\b(?:your age|at an[y] age|age limit|too old|too late|later in life)\b/i;
/** How hard an exam or a course is to pass ("r they hard to pass", "how hard is the exam", "pass rate?"). */
const ASKS_DIFFICULTY = /\b(?:hard|difficult|tough|easy) to pass\b|\bhow (?:hard|difficult|tough|easy) (?:is|are) (?:the )?(?:exam|exams|test|tests|course|courses)\b|\b(?:is|are|r) (?:the )?(?:exam|exams|test|tests) (?:hard|difficult|tough|easy)\b|\bpass (?:rate|rates|mark)\b/;
/** Words that weigh how hard a thing is in an answer ("demanding"), not the hard skills. */
const DIFFICULTY_IN_TEXT = /\b(?:easy|easier|hard|harder|difficult|tough|challenging|demanding|pass rate)\b(?! skills)/i;
/** A quicker route ("a fast track?", "is there a shortcut", "can i speed it up"). */
const ASKS_SHORTCUT = /\bfast[- ]?track\w*\b|\bshort ?cuts?\b|\baccelerated\b|\b(?:quicker|faster|shorter) (?:way|route|path|option|programs?)\b|\bspeed (?:it|things|that|this) up\b/;
/** Quicker to get somewhere ("quicker to become one in the first place", "faster to qualify"). */
const QUICKER_TO = /\b(?:quicker|faster|quickest|fastest) (?:to (?:become|qualify|get (?:there|in|into|qualified|started))|into it)\b/;
/**
 * True when a message asks for a quicker route, in the aspect's words or as quicker to get there: the reading the turn
 * asks of the route in view (dialogs/understanding/inView/aspectInView.ts).
 */
export const asksQuickerRoute = (message: string): boolean => {
  const text = normaliseText(message);
  return ASKS_SHORTCUT.test(text) || QUICKER_TO.test(text);
};
const SHORTCUT_IN_TEXT = /\b(?:accelerated|fast[- ]track|shortcut|shorter route|quicker route)\b/i;
/**
 * Pay by the hour or the month ("hourly?", "whats that per hour", "is that a month?"), where the guide gives yearly
 * medians. "An hour" or "a month" after "in", "within", "for", "once", "twice", "about", "under", "over" or "than" is a
 * time, not a rate ("could i get certified in a month").
 */
const ASKS_PAY_UNIT = /\b(?:hourly|per hour|by the hour|per hr|monthly|per month)\b|(?<!\b(?:in|within|for|once|twice|about|under|over|than) )\b(?:an hour|an hr|a month)\b/;
const PAY_UNIT_IN_TEXT = /\b(?:hourly|per hour|an hour|monthly|per month|a month)\b/i;
/** These aspects are asked in a few words; a long message that mentions one asks something else. */
const MAX_ASPECT_WORDS = 10;

/**
 * Words that name nothing: pointers, auxiliaries, fillers, question words and numbers, in their informal spellings. A
 * message that has only these beside its aspect asks the aspect of the thing in view.
 */
const NAMES_NOTHING =
  /^(?:a|an|an[y]|the|and|n|or|but|so|ok|okay|then|too|also|like|just|really|actually|even|is|are|r|am|was|were|be|do|does|did|doing|done|can|could|would|will|should|might|i|im|me|my|u|you|your|ya|we|they|them|their|it|its|that|this|those|these|one|ones|what|wat|wot|whats|which|how|y|why|when|at|once|of|for|to|in|on|with|about|much|many|more|most|exactly|precisely|specifically|tho|though|lol|there|get|got|kind|sort|thing|stuff|else|\d+)$/;

/** The words of the message that name something, once the words that asked the aspect are taken out. */
function otherWords(text: string, asking: RegExp): string[] {
  return text
    .replace(new RegExp(asking.source, 'g'), ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !NAMES_NOTHING.test(word));
}

/** The words that ask for names, beside the thing named ("which", "specific"). */
const NAMES_ASKING = /\b(?:which|name|specific|particular|good|best|top|recommended|pays?|earns?|exactly|specifically|actual|names?|examples?)\b/;
/** The words that insist on a figure or ask a count, beside the thing counted ("how many", "exactly"). */
const FIGURE_ASKING = /\bhow (?:much|many|long)\b|\b(?:exactly|precisely|specifically|exact|precise|actual|percentage|percent|number|figure|amount|more|less|extra|higher|lower)\b/;

/** A short follow-up that asks the same of a place ("and in london?", "what about in texas", "for the uk?"). */
const OF_A_PLACE = /^(?:(?:and|but|so|ok|okay|what about|how about|is it the same|same|whats it like|what is it like)\s+)*(?:in|for|across|around|near) (?:the )?([a-z][a-z. ]{1,30}?)$/;
/** A short question that ends on a place ("is it more in nyc", "is there demand for it in texas"). */
const ENDS_ON_A_PLACE = /^((?:\w+ ){1,7})(?:in|across|around|near) (?:the )?((?:[a-z.]+ ){0,2}[a-z.]+?)(?: too| as well| also)?$/;
/** Matches nothing: every word is left to read. */
const NOTHING = /(?!)/;
/** Where the person is, not named ("openings near me?", "in my area", "around here"). */
const NEAR_ME = /\b(?:near|around|close to) (?:me|here|where i live|my (?:home|house|town|city|area))\b|\bin my (?:area|town|city|state|country|region)\b|\blocally\b/;
const placeNames = new WeakMap<KnowledgeBase, { places: Set<string>; home: Set<string> }>();
/** Places by name: the countries and cities the runtime knows and the lexicon's states and regions; the guide's own country apart. */
export function placesOf(kb: KnowledgeBase): { places: Set<string>; home: Set<string> } {
  const known = placeNames.get(kb);
  if (known) return known;
  const norm = (name: string) => normaliseText(name).replace(/^the /, '');
  const home = new Set(kb.lexicon.homePlaces.map(norm));
  const places = new Set([...countryNames(), ...cityNames(), ...kb.lexicon.places].map(norm).filter((name) => name.length > 1 && !home.has(name)));
  const read = { places, home };
  placeNames.set(kb, read);
  return read;
}

/** Words that close a question and say nothing of it ("which laws tho"). */
const CLOSING_PADDING = /(?: (?:tho|though|lol|lool|lmao|haha|hahaha|hehe|tbh|ngl|then))+$/;

/**
 * The aspect a message asks, if it is one the guide's answers often lack; null for an ordinary question. With the
 * knowledge base, a place named alone ("and in london?") is one too.
 */
export function askedAspect(message: string, kb?: KnowledgeBase): AskedAspect | null {
  const text = normaliseText(message).replace(CLOSING_PADDING, '');
  const words = text.split(' ').length;
  const short = words <= MAX_ASPECT_WORDS;
  if (kb && isAPlace(OF_A_PLACE.exec(text)?.[1], kb)) return { aspect: 'place', others: [] };
  const ending = kb && short ? ENDS_ON_A_PLACE.exec(text) : null;
  if (kb && ending && isAPlace(ending[2], kb)) return { aspect: 'place', others: otherWords(ending[1]!, NOTHING), ofPay: ASKS_PAY.test(text) };
  if (short && NEAR_ME.test(text)) return { aspect: 'place', others: otherWords(text, NEAR_ME) };
  if (ASKS_WHERE.test(text)) return { aspect: 'where' };
  if (ASKS_HOW_MUCH.test(text)) return { aspect: 'cost', bare: true, pointed: true };
  if (ASKS_NAMES.test(text)) return { aspect: 'names', others: otherWords(text, NAMES_ASKING) };
  const ranked = RANKING.exec(text);
  if (ranked) {
    const criterion = ranked[1] ?? ranked[2] ?? (/\bpai|pay|earn/.test(ranked[0]) ? 'better paid' : undefined);
    return { aspect: 'ranking', criterion, others: otherWords(text, RANKING) };
  }
  if (ASKS_EXACT_FIGURE.test(text)) {
    // A difference with one side named or none ("how much more exactly") is asked of the thing in view.
    const others = otherWords(text, FIGURE_ASKING);
    return ASKS_DIFFERENCE.test(text) && !NAMES_BOTH_SIDES.test(text) ? { aspect: 'exact-figure', comparative: true, others } : { aspect: 'exact-figure', others };
  }
  if (ASKS_COUNT.test(text) && words <= MAX_COUNT_WORDS) return { aspect: 'exact-figure', others: otherWords(text, FIGURE_ASKING) };
  if (ASKS_HOW_OFTEN.test(text)) return { aspect: 'how-often', others: otherWords(text, ASKS_HOW_OFTEN) };
  // An interval guessed alone ("like every week or what") asks how often of the thing in view.
  if (GUESSED_INTERVAL.test(text) && otherWords(text, GUESSED_INTERVAL).length === 0) return { aspect: 'how-often', interval: true, others: [] };
  // Of a thing named as one in view ("how much does the exam cost" after the CCM), its words are read against that thing.
  if (ASKS_COST.test(text) && words <= MAX_PAY_FOLLOW_UP_WORDS) return POINTER.test(text) ? { aspect: 'cost', pointed: true } : { aspect: 'cost', pointed: false, others: otherWords(text, ASKS_COST) };
  // Pay is asked in a short follow-up; a story that mentions a wage or paid work asks something else.
  if (ASKS_PAY.test(text.replace(PAID_WORK, ' ')) && words <= MAX_PAY_FOLLOW_UP_WORDS) return ACTIVITY_POINTER.test(text) ? { aspect: 'pay', others: [] } : { aspect: 'pay' };
  if (!short) return null;
  // "full time" alone asks the hours, which the guide gives.
  const other = OTHER_ASPECTS.find(([aspect, asks]) => asks.test(aspect === 'mode' ? text.replace(FULL_TIME, ' ') : text));
  if (!other) return null;
  // The guide never speaks of age: whatever the words are read as, it is asked of the career in view.
  return { aspect: other[0], others: other[0] === 'age' ? [] : otherWords(text, other[1]) };
}

/** The aspects asked in a few words and never weighed against another thing, each with the words that ask it. */
const OTHER_ASPECTS: ReadonlyArray<readonly [Aspect, RegExp]> = [
  ['tax', ASKS_TAX],
  ['age', ASKS_AGE],
  ['difficulty', ASKS_DIFFICULTY],
  ['shortcut', ASKS_SHORTCUT],
  ['pay-unit', ASKS_PAY_UNIT],
  ['mode', ASKS_MODE],
];

/** A place the knowledge base knows by name, not the guide's own country. */
function isAPlace(name: string | undefined, kb: KnowledgeBase): boolean {
  return name !== undefined && placesOf(kb).places.has(name.trim().replace(/^the /, ''));
}

/** True when the entry's answer gives the aspect asked: a frequency, names, a figure, or words that rank on the criterion. */
export function givesAspect(entry: FaqEntry, asked: AskedAspect): boolean {
  switch (asked.aspect) {
    case 'how-often':
      return (asked.interval ? INTERVAL_IN_TEXT : FREQUENCY_IN_TEXT).test(entry.answer);
    case 'names':
      return namesSomething(entry.answer);
    case 'exact-figure':
      return FIGURE_IN_TEXT.test(entry.answer);
    case 'pay':
      return PAY_IN_TEXT.test(entry.answer);
    case 'cost':
      // "how much is it" of a job or a level is its pay, which a pay entry gives.
      return COST_IN_TEXT.test(entry.answer) || (asked.bare === true && (!PRICED_THING.test(`${entry.id} ${entry.title}`) || /[$£€]\s?\d/.test(entry.answer)));
    case 'where':
      return WHERE_IN_TEXT.test(entry.answer);
    case 'place':
      // The guide gives nothing by place: its pay is in dollars, and a license "depending on your location".
      return false;
    case 'mode':
      return MODE_IN_TEXT.test(entry.answer);
    case 'tax':
      return TAX_IN_TEXT.test(entry.answer);
    case 'age':
      return AGE_IN_TEXT.test(entry.answer);
    case 'difficulty':
      return DIFFICULTY_IN_TEXT.test(entry.answer);
    case 'shortcut':
      return SHORTCUT_IN_TEXT.test(entry.answer);
    case 'pay-unit':
      // Asked of an answer that gives no pay, it is no question of this aspect.
      return PAY_UNIT_IN_TEXT.test(entry.answer) || !PAY_IN_TEXT.test(entry.answer);
    case 'ranking': {
      const criterion = asked.criterion ?? '';
      const words = RANKED_BY.find(([criterionWords]) => criterionWords.test(criterion))?.[1];
      return words !== undefined && words.test(entry.answer);
    }
  }
}

/** The aspects whose lines, where an answer gives them, answer the question as they stand: a place, a frequency. */
const SAID_IN_LINES: Partial<Record<Aspect, RegExp>> = { where: WHERE_IN_TEXT, 'how-often': INTERVAL_IN_TEXT };
/**
 * The same, in the answer next to the one asked of: only places of work ("hospitals or nursing homes") say where a thing
 * is done whatever the thing; seminars or agencies in another answer are where something else is done.
 */
const SAID_NEXT_DOOR: Partial<Record<Aspect, RegExp>> = { where: /\b(?:hospitals?|nursing homes?|health (?:centers?|centres?)|clinics?|facilit(?:y|ies)|health ?care settings?)\b/i };
/** A line that leads into a list ("You can gain experience ... for example in:"). */
const LEADS_INTO_LIST = /:\s*$/;
const LIST_ITEM = /^\s*[-*•]\s+/;

/**
 * The lines of an answer that give the aspect asked, as the answer writes them: each paragraph or list item that gives
 * it, a list with the line that leads into it ("You can gain experience ... in:" and its places). Empty when the answer
 * does not give it, or when the aspect is one whose lines do not answer on their own (a ranking, a figure). `nextDoor`
 * for an answer beside the one asked of, whose lines must name places of work.
 */
export function linesGiving(entry: FaqEntry, asked: AskedAspect, nextDoor = false): string[] {
  const gives = (nextDoor ? SAID_NEXT_DOOR : SAID_IN_LINES)[asked.aspect];
  return gives ? groupsMatching(entry, gives) : [];
}

/** An answer's paragraphs and list items that match, each list with the line that leads into it. */
function groupsMatching(entry: FaqEntry, gives: RegExp): string[] {
  const lines = entry.answer.split('\n').filter((line) => line.trim() !== '');
  const said: string[] = [];
  lines.forEach((line, index) => {
    if (LIST_ITEM.test(line)) return;
    const items: string[] = [];
    for (let next = index + 1; LEADS_INTO_LIST.test(line) && next < lines.length && LIST_ITEM.test(lines[next]!); next++) items.push(lines[next]!);
    if ([line, ...items].some((part) => gives.test(part))) said.push(line, ...items);
  });
  return said;
}

/** The aspect a message asks of an entry that the entry's answer does not give; null when it gives it or none is asked. */
export function aspectNotGiven(message: string, entry: FaqEntry): AskedAspect | null {
  const asked = askedAspect(message);
  return asked && !givesAspect(entry, asked) ? asked : null;
}

/**
 * What a question asks of the subject it is answered with, beside the subject itself: how hard it is ("is the CCM
 * hard"), which of two is better ("nursing or social work, which is better"), whether a field of study it names is one
 * the guide names ("could I do this with a psych degree"), or how physical the work is. The engine picks the subject;
 * this reads what is asked of it, so the reply can say first whether the guide's answer gives it (dialogs/answerTurn.ts).
 * Read apart from askedAspect, which the conversation's follow-up readings and the stay-in-view model use.
 */
export type DirectAsk =
  | {
      kind: 'difficulty';
      /** The thing weighed, as the message names it ("the CCM exam"); null for "it" or none. */
      thing: string | null;
      /** What is weighed when it is a doing ("is it hard to find a job": "find a job"). */
      doing?: string;
      /** Becoming a care manager is weighed ("is it hard to become one"), which the guide calls a demanding journey. */
      becoming?: boolean;
    }
  | {
      kind: 'better';
      /** What the two are weighed on ("harder" in "is geriatric care harder than pediatric"); none for plain "better". */
      criterion?: string;
    }
  | { kind: 'field'; /** The field of study named ("psychology"). */ field: string }
  | {
      kind: 'physical';
      /** Asked in a few words of this work ("is the job physical?"), not of another job or of a body ("a stretch for lifting"). */
      ofTheJob: boolean;
    }
  | {
      /** What one needs to get a credential ("what do I need to qualify for it", "what is need for get CCM"). */
      kind: 'requirements';
    }
  | {
      /** Which one matters most ("whats the most important skill", "the main thing"), what the guide may single out. */
      kind: 'most';
    }
  | {
      kind: 'duration';
      /** The words that name what takes the time ("study", "director", "ccm"); none for the career itself or a pointer. */
      of: string[];
      /** The thing named as the message writes it ("the study", "the CCM", "this step"), or a pointer ("that"); null for none. */
      thing: string | null;
      /** What it is asked without ("a degree" in "how long without a degree"). */
      without?: string;
      /** Study beyond the degree ("the extra training", "additional courses"): the degree's years are not its time. */
      beyondDegree?: true;
      /** Asked as a time taken to do or get it ("how long does it take to get the CCM"), not how long it lasts. */
      taken: boolean;
      /** What the person already has ("degree" in "how many more years if I already have a nursing degree"). */
      having?: 'degree' | 'master';
    };

/** Words that weigh how hard a thing is. */
const HARD_WORD = String.raw`(?:hard|difficult|tough|easy|challenging|demanding)`;
/** The thing weighed: up to four words, none of them a verb that would make it a clause ("is it hard to get"). */
const WEIGHED_THING = String.raw`((?:(?!(?:to|for|if|when|and|or|but)\b)[\w'-]+ ){0,3}?(?!(?:to|for|if|when|and|or|but)\b)[\w'-]+)`;
/** "how hard is the CCM exam", "how difficult would the degree be", "is the CCM hard", "are the exams tough to pass". */
const ASKS_HOW_HARD = [
  new RegExp(String.raw`^(?:\w+ ){0,3}?(?:is|are|r|was) ${WEIGHED_THING} (?:a |an )(?:very |really |super )?${HARD_WORD} (?:job|career|role|thing|one|line of work|field|exam|test|course|degree|process|environment|place|setting|workplace)\b`, 'i'),
  new RegExp(String.raw`\bhow ${HARD_WORD} (?:is|are|was|would be|will be) ${WEIGHED_THING}(?: (?:to \w+|for \w+)(?: \w+){0,3})?$`, 'i'),
  new RegExp(String.raw`\bhow ${HARD_WORD} (?:would|will|is|are) ${WEIGHED_THING} (?:be|get)\b`, 'i'),
  new RegExp(String.raw`^(?:(?!(?:what|which|who)\b)\w+ ){0,3}?(?:is|are|r|was) ${WEIGHED_THING} (?:very |really |super |too |that |so )?${HARD_WORD}\b(?! (?:skills|ones?)\b)`, 'i'),
];
/** A doing weighed: "is it hard to find a job", "how hard is it to get certified". */
const ASKS_HOW_HARD_TO = new RegExp(String.raw`\b(?:is|would|will|was) it (?:be )?(?:very |really |super |too |that |so )?${HARD_WORD} to ((?:\w+ ){0,6}?\w+)$|\bhow ${HARD_WORD} (?:is|would|will) it (?:be )?to ((?:\w+ ){0,6}?\w+)$`, 'i');
/** Becoming a care manager, weighed: the job, which the guide calls demanding. */
const BECOMING = /^(?:become|be|get into|break into|get in|do)\b(?: (?:a |an )?(?:care|case) manager| one| this| it| care management| this job| the job)?$|^(?:work|working) (?:as|in)\b/i;
/** A thing pointed at ("that one", "the second one", "they"): the reply names it by the entry it is answered with. */
const POINTED_THING = /^(?:it|it a|this|that|they|them|those|these|(?:that|this|those|these) \w+|the (?:(?:first|second|third|last|other) )?one)$/i;
/** A pointer, or the career itself: weighed, it is the job, which the guide calls demanding. */
const THE_JOB = /^(?:it|this|that|the (?:job|work|role|career)|this (?:job|work|role|career)|care management|case management|being (?:a )?(?:care|case) manager|(?:a )?(?:care|case) manag(?:er|ement) (?:job|role|work|career))$/i;
/** Words in an answer that weigh how hard the job is. */
const JOB_DIFFICULTY_IN_TEXT = /\b(?:demanding|difficult|challenging|stressful|tough|hard work)\b/i;
/** Words in an answer that weigh how hard a thing is ("the exam is difficult"), not the hard skills or hard times. */
const THING_DIFFICULTY_IN_TEXT = /\b(?:difficult|challenging|tough|easy|easier|harder|pass rate)\b/i;

/**
 * Which is better, asked in words that name no criterion of their own: "which one is better", "is nursing better than
 * social work", "which should I pick", "should I do the CCM or the CMC", "the better option", "which would you
 * recommend", "nursing vs social work for this, which one?". Read from normalised text ("whats" is "what is").
 */
const ASKS_WHICH_IS_BETTER = new RegExp(
  [
    String.raw`\bwhich (?:one |of (?:them|the two|those|these|the 2|both|the three) |\w+ )?(?:is|would be|will be|s|do you think is|is the) (?:the )?(?:better|best|smarter|wiser|preferable)\b`,
    // "which one's better" ("which one better" once normalised).
    String.raw`\bwhich (?:one|1) (?:better|best)\b`,
    // Two named, then ranked with no criterion of their own: "is nursing or social work better?", "would a BSW or an MSW be best".
    String.raw`^(?:(?:so|and|but|ok|okay|then) )*(?:is|are|would|will) (?:a |an |the )?(?:\w+ ){1,4}or (?:a |an |the )?(?:\w+ ){0,3}\w+ (?:be )?(?:better|best|the better one|the best one)$`,
    String.raw`\bwhat is (?:the )?(?:better|best|smarter|wiser)\b(?! (?:way|ways|part|parts|thing|things|time|place|places|bit|about|paid|paying)\b)`,
    String.raw`\b(?:is|are) (?:\w+ ){1,4}(?:better|smarter|wiser) than\b`,
    // "which one should i pick" points at two; "which course should i take" picks among two only when it names them.
    String.raw`\bwhich (?:one |1 )?(?:should|would|do|shall|could) (?:i|you|u|we) (?:pick|choose|go for|recommend|suggest|do|get|take|study|start with|go with)\b`,
    String.raw`\bwhich \w+ (?:should|would|do|shall|could) (?:i|you|u|we) (?:pick|choose|go for|recommend|suggest|do|get|take|study|start with|go with)\b(?=.*\b(?:or|vs|versus)\b)`,
    String.raw`\bshould (?:i|u|we) (?:get|do|take|go for|go with|choose|pick|study|go into|major in|start with|aim for|be|become|train as|work as) (?:\w+ ){1,4}(?:or|vs|versus)\b`,
    String.raw`\bwhich (?:one )?to (?:pick|choose|go for|do|get|take|study|start with|go with)\b`,
    // "the better pick", "the best bet" with "or" rank in words of their own (dialogs/understanding/inView/aspectInView.ts rankingAsked).
    String.raw`\bbetter (?:option|choice|route|path)\b`,
    String.raw`\bwhich (?:one|1)(?: (?:then|now|first|for me|for this|for that|for this job|tho|though|lol))?$`,
    String.raw`\bwhich (?:one |\w+ )?(?:do|would) you (?:recommend|suggest|prefer)\b|\b(?:what|which) would you (?:recommend|suggest|go for|pick|choose)\b`,
  ].join('|'),
);
/**
 * True when a message asks which is better with no criterion of its own: the one reader of it for the direct answer
 * (directAsk), the weighing of two sides (knowledge/comparison.ts) and the answer not sent twice (dialogs/answerTurn.ts).
 */
export const asksWhichIsBetter = (message: string): boolean => ASKS_WHICH_IS_BETTER.test(normaliseText(message));
/** One thing weighed against another on a criterion: "is geriatric care harder than pediatric", "is the cmc easier than the ccm". */
const WEIGHED_AGAINST =
  /\b(?:is|are|r|would|will|was)\b(?: \S+){1,6}? (harder|easier|tougher|more difficult|less difficult|more stressful|less stressful|quicker|faster|slower|longer|shorter|cheaper|more expensive|better paid|more respected|more recogni[sz]ed|more in demand)(?: to \w+)? (?:than|compared to|vs|versus)\b/;
/** Two things asked of: "X or Y", "than", "vs", or a pointer at the two. */
const TWO_THINGS = /\bor\b|\bthan\b|\bvs\b|\bversus\b|\bthe two\b|\bboth\b|\bthem\b|\bthese\b|\bthose\b/;
/** An answer that ranks: one preferred over another. */
const RANKS_IN_TEXT = /\bbetter than\b|\brather than\b|\bprefer(?:s|red)? (?!certified)|\bmore (?:valued|respected|recogni[sz]ed)\b/i;

/** A field of study named where its standing is asked ("with a psych degree", "is psychology a related field"). */
const FIELD = String.raw`((?:[a-z']+ ){0,2}?[a-z']+)`;
/** How a field of study is weighed ("a related field", "an ok degree"). */
const FIELD_ADJ = String.raw`(?:related|relevant|suitable|good|ok|okay|acceptable|accepted|useful|valid|right)`;
const ASKS_FIELD: ReadonlyArray<readonly [RegExp, boolean]> = [
  [new RegExp(String.raw`\b(?:can|could|would|will|am i able to|is (?:it )?possible to)\b.*\bwith (?:a |an |my )?${FIELD} (?:degree|major|background|bachelors?|qualification|diploma)(?= or\b|$| (?:for|in) (?:this|it|that|care management|case management|the job)$)`), false],
  [new RegExp(String.raw`\b(?:can|could) (?:i|you|u|someone|one) (?:become|be|do) (?:a (?:care|case) manager|one|this|it|that)(?: job)? with (?:a |an |my |just )?${FIELD}(?: degree| major)?(?: or\b|$)`), true],
  [new RegExp(String.raw`\bis (?:a |an |my )?${FIELD} (?:degree|major) (?:a |an )?${FIELD_ADJ}\b`), false],
  [new RegExp(String.raw`\bis (?:a |an |my )?${FIELD} (?:a |an )?${FIELD_ADJ} (?:field|degree|subject|major|background|qualification)\b`), true],
  [new RegExp(String.raw`\b(?:does|would|will|do|can|could) (?:a |an |my )?${FIELD} (?:(?:degree|major|bachelors?) (?:count|work|help|qualify|do|be ok|be okay|be enough)|background (?:count|qualify|get me in))\b`), false],
  // The subject alone, weighed: "would psychology count as related though?", "does sociology count as relevant".
  [new RegExp(String.raw`\b(?:does|would|will|do|could|can|might) (?:a |an |my )?${FIELD} (?:count|counts|qualify|be|be seen|be considered|be classed) (?:as )?(?:a |an )?${FIELD_ADJ}\b(?! (?:experience|work|job))`), true],
  // The subject told as one's study, then asked whether it counts: "I study psychology in Germany. Does my study count?".
  [new RegExp(String.raw`\bi (?:am )?(?:study|studying|studied|major in|majoring in|majored in) ${FIELD}\b.*\b(?:does|would|will|do|could|can) (?:my|this|that|it) (?:(?:study|studies|degree|major|course|subject) )?(?:count|counts|qualify|be enough)\b`), true],
  // The auxiliary left out, as people type it: "so psychology count as related field or not?".
  [new RegExp(String.raw`^(?:(?:so|and|but|ok|okay|then|well) )*(?:a |an |my )?${FIELD} (?:count|counts|qualify|qualifies) as (?:a |an )?${FIELD_ADJ}\b(?! (?:experience|work|job))`), true],
  [new RegExp(String.raw`\bwith (?:a |an |my )?(?:degree|bachelors?|major|background) in ${FIELD}$`), false],
  [new RegExp(String.raw`\bmy ${FIELD} (?:degree|major|bachelors?) (?:count|counts|qualify|qualifies|is (?:a |an )?${FIELD_ADJ})\b`), false],
  [new RegExp(String.raw`\b(?:degree|bachelors?|major|masters?) (?:is )?in ${FIELD} (?:is|does|would|will|could) (?:that|it|this) (?:be )?(?:count|work|help|qualify|${FIELD_ADJ}|enough)\b`), true],
  [new RegExp(String.raw`\b(?:degree|bachelors?|major) in ${FIELD} (?:would |will |could |does |do |be )?(?:count|help|qualify|ok|okay|enough|relevant|related|work for)\b`), false],
];
/** A field of study named without the word "degree": a subject's name ("psychology", "social work", "business"). */
const A_SUBJECT = /(?:ology|ogy|ics|ing|ism|istry|ture|work|science|sciences|studies|arts|law|english|history|business|education|administration|management|therapy|psych|psyc|socio|bio|biomed)$/;
/** Words that name no field of study ("a related degree", "a 4 year degree", "a care manager degree"). */
const NOT_A_FIELD = /\b(?:a|an|my|just|no|without|being|doing|us|uk|foreign|overseas|related|relevant|right|good|proper|normal|regular|an[y]|some|this|that|the|it|one|degree|uni|university|college|online|year|years|\d+|four|two|bachelors?|masters?|undergrad\w*|postgrad\w*|care|case|manag\w*|doctorate|phd|foundation|associate|similar|different|other|another|general|full|part|time|high|school|diploma|volunteering|working|caring|interning)\b/;
/** Short names of fields ("psych"), as the guide would write them. */
const FIELD_NAMES: Readonly<Record<string, string>> = { psych: 'psychology', psyc: 'psychology', socio: 'sociology', bio: 'biology', biomed: 'biomedical science', 'comp sci': 'computer science', cs: 'computer science', it: 'information technology', ot: 'occupational therapy', pt: 'physical therapy' };

/** The physical side of the work ("is it physical", "lifting and that", "on your feet all day"). */
const ASKS_PHYSICAL = /\blift(?:ing)? (?:patients|people|clients|residents|heavy|things)\b|\bhard on (?:your|the|my|ur) (?:body|back|knees)\b|\bphysical(?:ly)?\b(?! (?:health|therapy|therapists?|disabilit\w*|illness\w*|conditions?|issues|difficulties|needs|problems|care|exam|examination))|\b(?:heavy )?lifting\b|\bon (?:my|your|ur|their) feet\b|\bmanual (?:work|labou?r|handling)\b/;
/** This work, named or pointed at from the start of a short question ("is it physical work", "is the job physically demanding"). */
const OF_THE_JOB = /\b(?:the|this|that) (?:job|work|role|career)\b|\b(?:care|case) manag|^(?:is|would|will|does|do|r|are) (?:it|this|that|there|you|u|i)\b/;
const PHYSICAL_IN_TEXT = /\bphysically\b|\blifting\b|\bon (?:your|their) feet\b|\bmanual handling\b/i;

/** How long something takes ("how long is the degree", "how many years to get to director", "how much time would it take"). */
// "how fast", "whats the fastest i could get certified": the time asked as speed, never what the thing is for (ut31b G6).
const ASKS_DURATION = /\bhow (?:long|many (?:more )?(?:years|yrs|months|weeks)|much (?:time|longer))\b|\bhow soon\b|\bhow (?:fast|quick|quickly)\b|\b(?:the )?(?:fastest|quickest|soonest)\b/;
/**
 * True when a message (normalised) asks how long something takes: the one reader of "how long" for the answers and the
 * walk's step times (dialogs/flows/stepTime.ts).
 */
export const asksDuration = (text: string): boolean => ASKS_DURATION.test(text);
/** A thing the time is asked without ("without a degree", "with no experience", "if i don't have a degree"). */
const WITHOUT = /\b(?:without|with no|w\/o|no|dont have|don't have|do not have|havent got|haven't got|never got|never did)\b (?:a |an |an[y] |my )?(degree|bachelors?|bachelor's|masters?|master's|experience|certification|qualifications?)\b/;
/**
 * Study left out in other words, which the guide's route without a degree answers ("if i skip college", "without going
 * to uni", "no university"): read as without a degree.
 */
const WITHOUT_STUDY = /\b(?:skip|skips|skipping|skipped|miss out|avoid|avoiding|bypass|bypassing)(?: (?:the|a|going to|doing))? (?:college|uni|university|degree|bachelors?|bachelor's|school)\b|\b(?:without|no|never) (?:going to |go to |went to |been to |doing |getting |attending |a )?(?:college|uni|university|higher education)\b|\bnot (?:going|goin) to (?:college|uni|university)\b/;
/**
 * Words that name no thing whose time is asked: the career itself, the person, taking and getting, rough measures and
 * fillers ("how long would the whole thing take someone like me").
 */
const NOT_A_DURATION_THING =
  /^(?:take|takes|taking|took|spend|spent|last|lasts|need|needs|someone|somebody|person|people|like|whole|entire|total|overall|roughly|about|approx|approximately|usually|normally|typically|realistically|honestly|before|until|till|til|get|gets|there|here|oh|wow|me|us|go|reach|become|becoming|be|care|case|manager|managers|management|thing|step|stage|part|process|route|path|journey|years?|yrs|months?|weeks?|time|long|id|i'd|ill|i'll|im|i'm|start|starting|finish|finished|qualified|qualify|apply|applying|getting|gaining|doing|already|still|add|adds|extra|more|longer|up|if|from|now|scratch|zero|guess|hmm|um|yeah|yes|alright|right|well|ages)$/;
/** A time taken to do or get a thing ("take", "to get", "to pass"), not how long a thing lasts or is. */
const TAKEN = /\b(?:take|takes|taking|took|get|getting|earn|pass|finish|complete)\b/;
/** A degree the person already has ("if I already have a nursing degree", "with the degree I already have", "i have a bachelors"). */
const HAVING =
  /\b(?:already (?:have|got|hold|did|done|finished)|i(?:'ve| have| hold| got| did| finished| ve got)|with (?:a|my|the)) (?:a |an |my |the )?(?:[\w']+ ){0,2}?(degree|bachelors?|bachelor's|masters?|master's|bsw|bsn|bsc|beng|llb|pgce|pgde|msw|msn|msc|mba|mph|mres|phd|doctorate)\b/;
/** A degree to be finished first ("how many years after I finish nursing", "once I graduate"): the route after it. */
const AFTER_FINISHING =
  /\b(?:after|once|when) (?:i (?:finish|complete|graduate|get|have)|finishing|completing|graduating|getting) (?:from )?(?:my |the |a )?(?:(?:nursing|social work|[a-z]+) )?(?:degree|bachelors?|bachelor's|masters?|master's|bsn|bsw|msw|msn|studies|nursing|social work)\b|\b(?:after|once|when) i graduate\b/;
/** A master's or more among the degrees had ("a BSW and an MSW"): what the rest of the route is counted from. */
const MASTER_HAD = /^(?:masters?|master's|msw|msn|msc|mba|mph|mres|phd|doctorate)$|\b(?:masters?|master's|msw|msn|msc|mba|mph|mres|phd|doctorate)\b/;
/** Degrees whose short forms are everyday words in lower case, as written ("BEd", "MA"): put in words before reading. */
const DEGREES_AS_WRITTEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bB\.?\s?Ed\b|\bBA\b/g, 'bachelors'],
  [/\bM\.?\s?Ed\b|\bMA\b/g, 'masters'],
];

/** A message with the degrees written in short forms that are everyday words ("BEd") put in words ("bachelors"). */
function degreesInWords(message: string): string {
  return DEGREES_AS_WRITTEN.reduce((text, [form, words]) => text.replace(form, words), message);
}
/** A pointer at the thing in view, for a duration ("how long does that take", "how many years before i'd get there"): not the career's "it". */
const DURATION_POINTER = /\b(?:that|this|there|those|these)\b(?: (?:step|stage|part|one)\b)?/;
/** A time a person gives of their own: "4 years experience", "two years of nursing". */
const OWN_TIME = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:years?|yrs|months?) (?:of )?(?:[\w']+ )?(?:experience|exp)?/g;
/** Determiners kept with the thing named ("the CCM", "this step"). */
const DETERMINER = /^(?:the|this|that|a|an|my|your|these|those)$/;

/** The words that weigh or choose between things, as a question means them when it types them with a slip. */
const WEIGHING_WORDS: readonly string[] = ['which', 'better', 'easier', 'easiest', 'harder', 'hardest', 'quicker', 'quickest', 'faster', 'cheaper', 'tougher', 'stressful', 'respected', 'difficult'];
/** Everyday words one slip from a weighing word, which mean what they say ("bitter", "difficulty"). */
const NOT_A_SLIP: ReadonlySet<string> = new Set(['bitter', 'batter', 'butter', 'letter', 'setter', 'harden', 'hardier', 'easter', 'fatter', 'difficulty']);
const MIN_SLIP_LENGTH = 4;

/**
 * The message with the weighing words it types with one slip put right ("nursing or social work wich is beter",
 * "which one is eaiser to get"): a word of four letters or more, within one edit of one of them and with its first
 * letter, that is no everyday word of its own. Every other word is left as written.
 */
export function weighingSpelled(message: string): string {
  return message.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_SLIP_LENGTH || NOT_A_SLIP.has(lower) || WEIGHING_WORDS.includes(lower)) return word;
    return WEIGHING_WORDS.find((meant) => meant[0] === lower[0] && editDistance(lower, meant, 2) <= 1) ?? word;
  });
}

/** What a question asks of the subject it is answered with, if it is one the reply should speak to first; else null. */
export function directAsk(message: string): DirectAsk | null {
  const spelled = weighingSpelled(message);
  const raw = spelled.trim().replace(/[\s?!.]+$/, '');
  const text = normaliseText(spelled).replace(CLOSING_PADDING, '');
  const field = ASKS_FIELD.map(([pattern, bare]) => {
    const named = pattern.exec(text)?.[1];
    return named !== undefined && !NOT_A_FIELD.test(named) && (!bare || A_SUBJECT.test(named)) ? named : undefined;
  }).find((named) => named !== undefined);
  if (field) return { kind: 'field', field: FIELD_NAMES[field] ?? field };
  if (ASKS_PHYSICAL.test(text)) return { kind: 'physical', ofTheJob: text.split(' ').length <= MAX_ASPECT_WORDS + 2 && OF_THE_JOB.test(text) };
  if (asksWhichIsBetter(text) && TWO_THINGS.test(text)) return { kind: 'better' };
  const weighed = WEIGHED_AGAINST.exec(text) ?? (TWO_THINGS.test(text) ? RANKING.exec(text) : null);
  const criterion = weighed?.slice(1).find((word) => word !== undefined);
  if (criterion) return { kind: 'better', criterion };
  if (ASKS_MOST.test(text)) return { kind: 'most' };
  if (ASKS_REQUIREMENTS.test(text) && !ASKS_DURATION.test(text)) return { kind: 'requirements' };
  const doing = ASKS_HOW_HARD_TO.exec(text);
  const done = doing?.[1] ?? doing?.[2];
  if (done) return BECOMING.test(done) ? { kind: 'difficulty', thing: null, becoming: true } : { kind: 'difficulty', thing: null, doing: done };
  for (const pattern of ASKS_HOW_HARD) {
    const found = pattern.exec(raw.replace(/[,;:]/g, ' ').replace(/\s+/g, ' '));
    if (found) return { kind: 'difficulty', thing: POINTED_THING.test(found[1]!) ? null : found[1]! };
  }
  return ASKS_DURATION.test(text) ? durationAsked(text, normaliseText(degreesInWords(spelled)).replace(CLOSING_PADDING, '')) : null;
}

/** The thing whose time is asked: the words beside those that ask it, what it is asked without, or a pointer. */
function durationAsked(text: string, degreesRead: string = text): DirectAsk {
  const without = WITHOUT.exec(text) ?? (WITHOUT_STUDY.test(text) ? (['', 'degree'] as const) : null);
  // The question's own clause: "thats ages. how long is the degree" asks of the degree, not of the remark before it.
  // A time the person gives of their own ("with 4 years experience already") is said, not asked.
  const whole = text.slice(Math.max(0, text.search(ASKS_DURATION))).replace(OWN_TIME, ' ');
  const having = without ? null : (HAVING.exec(degreesRead) ?? AFTER_FINISHING.exec(degreesRead));
  const wordsOf = (clause: string) => clause.replace(ASKS_DURATION, ' ').replace(WITHOUT, ' ').replace(WITHOUT_STUDY, ' ').replace(HAVING, ' ').split(/\s+/).filter((word) => word !== '');
  const namingOf = (words: readonly string[]) => words.map((word, index) => ({ word, index })).filter(({ word }) => !NAMES_NOTHING.test(word) && !NOT_A_DURATION_THING.test(word));
  // What the time leads to ("how long would i do that before moving up") is the goal, not the thing that takes it,
  // unless the goal is all the question names ("how long till i could be a director").
  const before = whole.replace(/\b(?:before|until|till|til) .*$/, ' ');
  const clause = before !== whole && (namingOf(wordsOf(before)).length > 0 || DURATION_POINTER.test(before)) ? before : whole;
  const words = wordsOf(clause);
  const naming = namingOf(words);
  const first = naming[0];
  const determiner = first && first.index > 0 && DETERMINER.test(words[first.index - 1]!) ? `${words[first.index - 1]} ` : '';
  const last = naming.at(-1);
  const thing = first && last ? `${determiner}${words.slice(first.index, last.index + 1).join(' ')}` : DURATION_POINTER.exec(clause.replace(/\bthat (?:much|many|long)\b/, ' '))?.[0] ?? null;
  const asked: DirectAsk = { kind: 'duration', of: naming.map(({ word }) => word), thing, taken: TAKEN.test(clause), ...(BEYOND_THE_DEGREE.test(clause) ? { beyondDegree: true as const } : {}) };
  // "a BSW and an MSW": the highest degree told in the sentence that tells of having one.
  const hadSaid = having ? degreesRead.slice(having.index).split(/[.?!]/)[0]! : '';
  if (having) return { ...asked, of: [], thing: null, having: MASTER_HAD.test(having[1] ?? '') || MASTER_HAD.test(hadSaid) ? 'master' : 'degree' };
  return without ? { ...asked, without: `${/^(?:experience|qualifications)$/.test(without[1]!) ? '' : 'a '}${without[1]!.replace(/'s$|s$/, '')}` } : asked;
}

/** A time in an answer's line: "about four years", "6 to 8 years", "0–2 years", "5+ years", "several years". */
const DURATION_IN_TEXT = /\b(?:\d+\+?(?:\s?(?:–|-|to)\s?\d+\+?)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)\s(?:more\s)?(?:years?|months?|weeks?)\b/i;
/** Words for study, which the guide's times name as the degree: a bachelor's or a master's. */
const STUDY_WORD = /^(?:study|studies|studying|uni|university|college|school|education|course|courses|program|programme|degree|degrees|schooling|training|qualification|qualifications)$/;
/** The guide's short forms, which a person types in lower case ("the ccm"). */
/** Study beyond the degree: "extra training", "additional courses", "the specialist training", "further study". */
const BEYOND_THE_DEGREE = /\b(?:extra|additional|further|specialist|specialised|specialized|specialty|speciality|specialization|specialisation) (?:training|courses?|coursework|study|studies|qualifications?)\b/;
const SHORT_FORMS = /\b(?:ccm|cmc|ccmc|naccm|cmsa|acma|ehr)\b/g;
const MAX_DURATION_LINES = 2;

/** How a word of the thing asked is found in the guide's lines: its stem, or for study the degrees. */
function durationWord(word: string): RegExp {
  if (STUDY_WORD.test(word)) return /\b(?:degree|bachelor|master)/i;
  const stem = word.replace(/'s$/, '').replace(/(?:ing|s)$/, '');
  return new RegExp(`\\b${stem.replace(/[^a-z0-9]/g, '')}`, 'i');
}

/** The lines of an answer: its paragraphs' sentences and its list items, without the list marks. */
function linesOf(entry: FaqEntry): string[] {
  return entry.answer
    .split('\n')
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z*])/))
    .map((line) => line.replace(/^\s*[-*]\s+/, '').trim())
    .filter((line) => line !== '');
}

/** The lines naming a degree had: a bachelor's (the guide's "degree"), or a master's (and the bachelor's before it). */
const HAD: Readonly<Record<'degree' | 'master', RegExp>> = { degree: /\bbachelor|\bdegree\b/i, master: /\bmaster|\bbachelor|\bdegree\b/i };

/**
 * The times the answer shown gives for the rest of its route, after a degree the person already has ("a few more years
 * of relevant work experience", "about two more years for a master's"): its lines past the opening that give a time and
 * do not name that degree. The guide gives no closer figure for such a person.
 */
function durationAfter(had: 'degree' | 'master', shown: readonly FaqEntry[]): string[] {
  for (const entry of shown) {
    const [opening = '', ...rest] = entry.answer.split('\n');
    const lines = linesOf({ ...entry, answer: rest.join('\n') }).filter((line) => DURATION_IN_TEXT.test(line) && !HAD[had].test(line));
    if (lines.length > 0 && DURATION_IN_TEXT.test(opening)) return lines.slice(0, MAX_DURATION_LINES);
  }
  return [];
}

/** The words of an entry's title that name a thing with a time ("Gaining experience": experience; "What you need": none). */
function titleNaming(entry: FaqEntry): string[] {
  return normaliseText(entry.title)
    .split(' ')
    .filter((word) => word !== '' && !NAMES_NOTHING.test(word) && !NOT_A_DURATION_THING.test(word));
}

/**
 * True when an entry's title names no thing whose time could be asked ("What you need", "Is it right for me?"): "how
 * long does that take" after it asks how long becoming a care manager takes.
 */
export const titleNamesNothing = (entry: FaqEntry): boolean => titleNaming(entry).length === 0;

/** A word of the thing asked, as a whole word of a title ("ccm" in "CCM certification"). */
const titleWord = (word: string): RegExp => new RegExp(`\\b${word.replace(/[^a-z0-9]/g, '')}\\b`, 'i');

/**
 * The guide's own answer on a thing whose time to get is asked ("how long does it take to get the CCM": CCM
 * certification): the one entry whose title names it. Undefined when none or several do, or for a route or the career.
 */
export function durationThingEntry(kb: KnowledgeBase, asked: Extract<DirectAsk, { kind: 'duration' }>): FaqEntry | undefined {
  if (!asked.taken || asked.without !== undefined || asked.having !== undefined) return undefined;
  const words = asked.of.filter((word) => word.length > 2);
  const titled = words.length > 0 ? kb.faqs.filter((entry) => words.some((word) => titleWord(word).test(entry.title))) : [];
  return titled.length === 1 ? titled[0] : undefined;
}

/** The thing as a reply names it: the guide's short forms in capitals ("the CCM"). */
export function durationThing(thing: string): string {
  // A state reached ("certified", "qualified") is named as getting there: "how long getting certified takes".
  if (/^[a-z]+ed$/.test(thing)) return `getting ${thing}`;
  return thing.replace(SHORT_FORMS, (form) => form.toUpperCase());
}

/** Words of a short question that name what it counts ("hours" in "how many hours?"), beside the asking words. */
const COUNTED = /\bhow (?:many|much) ([a-z]+)\b/;
const MAX_COUNTED_WORDS = 6;

/**
 * The line of an answer that speaks of what a short question counts, where the guide gives no figure for it ("how many
 * hours?" after the CMC: "a certain number of hours of supervised experience"); empty when it names no such thing.
 */
export function lineCounting(message: string, entry: FaqEntry): string[] {
  const text = normaliseText(message);
  const counted = text.split(' ').length <= MAX_COUNTED_WORDS ? COUNTED.exec(text)?.[1] : undefined;
  if (!counted || NAMES_NOTHING.test(counted)) return [];
  const word = new RegExp(`\\b${counted.replace(/s$/, '')}s?\\b`, 'i');
  return entry.answer
    .split('\n')
    .map((line) => line.replace(/^\s*[-*]\s+/, '').trim())
    .filter((line) => word.test(line))
    .slice(0, 1);
}

/**
 * What the guide says of how long the thing asked takes: the lines that give a time and name the thing, from the first
 * entry that has them (the entries whose title names the thing, then the answer shown, then the guide in order); for a
 * pointer, the times the entry in view gives, or the answer shown gives of what the entry in view's title names. Empty
 * when the guide gives no time for it, when the thing is the career itself, or when the answer shown gives the time in
 * its opening paragraph.
 */
export function durationSaid(kb: KnowledgeBase, asked: Extract<DirectAsk, { kind: 'duration' }>, shown: readonly FaqEntry[], inView: FaqEntry | undefined): string[] {
  if (asked.without !== undefined) return [];
  // "How long is the extra training?" asks of training beyond the degree (to specialise), for which the guide gives no
  // time: not the degree's years.
  if (asked.beyondDegree === true) return [];
  if (asked.having !== undefined) return durationAfter(asked.having, shown);
  const timed = (entry: FaqEntry, names: readonly RegExp[]) => linesOf(entry).filter((line) => DURATION_IN_TEXT.test(line) && names.every((name) => name.test(line)));
  if (asked.of.length === 0) {
    if (asked.thing === null || !inView || shown.some((entry) => entry.id === inView.id)) return [];
    const own = timed(inView, []);
    // An entry in view that gives no time of its own ("Gaining experience"): the times the answer shown gives of what
    // its title names ("a few more years of relevant work experience").
    const names = own.length > 0 ? [] : titleNaming(inView).map(durationWord);
    const ofIt = names.length > 0 ? shown.flatMap((entry) => linesOf(entry).filter((line) => DURATION_IN_TEXT.test(line) && names.some((name) => name.test(line)))) : [];
    return (own.length > 0 ? own : ofIt).slice(0, MAX_DURATION_LINES);
  }
  const names = asked.of.map(durationWord);
  const titled = kb.faqs.filter((entry) => names.some((name) => name.test(entry.title)));
  // The answer shown gives the time in its opening: it leads already.
  const opening = shown.flatMap((entry) => linesOf({ ...entry, answer: entry.answer.split('\n')[0] ?? '' }));
  if (opening.some((line) => DURATION_IN_TEXT.test(line) && names.every((name) => name.test(line)))) return [];
  // After the guide's own answers on the thing, the answer shown, which may give it further on ("0–2 years of
  // experience" in the entry-level pay), before another answer's time for something else.
  const others = (entries: readonly FaqEntry[]) => entries.filter((entry) => !shown.includes(entry));
  for (const entry of [...others(titled), ...shown, ...others(kb.faqs)]) {
    const lines = timed(entry, names);
    if (lines.length > 0) return lines.slice(0, MAX_DURATION_LINES);
  }
  return [];
}

/** True when the entry's answer gives what was asked of it: the difficulty, a ranking, the field named, the physical side. */
export function givesDirectAsk(entry: FaqEntry, asked: DirectAsk): boolean {
  switch (asked.kind) {
    case 'difficulty':
      if (asked.doing !== undefined) return THING_DIFFICULTY_IN_TEXT.test(entry.answer);
      return asked.thing === null || THE_JOB.test(asked.thing) ? JOB_DIFFICULTY_IN_TEXT.test(entry.answer) : THING_DIFFICULTY_IN_TEXT.test(entry.answer);
    case 'better': {
      if (asked.criterion === undefined) return RANKS_IN_TEXT.test(entry.answer);
      const criterion = asked.criterion;
      const words = RANKED_BY.find(([criterionWords]) => criterionWords.test(criterion))?.[1];
      return words !== undefined && words.test(entry.answer);
    }
    case 'field':
      return namesField(entry.answer, asked.field);
    case 'physical':
      return PHYSICAL_IN_TEXT.test(entry.answer);
    case 'duration':
      return DURATION_IN_TEXT.test(entry.answer);
    case 'requirements':
      // Asked of what is not a credential ("what do i need to get a job"), the answer's own words answer it.
      return !CREDENTIAL_TITLE.test(entry.title) || REQUIREMENTS_IN_TEXT.test(entry.answer);
    case 'most':
      return SINGLED_OUT_IN_TEXT.test(entry.answer) || MAIN_IN_TEXT.test(entry.answer);
  }
}

/** Entries on a credential, whose answer may or may not list what one needs to get it ("CCM certification"). */
const CREDENTIAL_TITLE = /^(?:CCM|CMC)\b|^licen[cs]e\b/i;
/** What one needs, in an answer: "you need", "requirements", "required", "must". */
const REQUIREMENTS_IN_TEXT = /\byou need\b|\brequire(?:s|d|ments?)?\b|\bmust\b|\beligib/i;
/** One singled out, in an answer: "one of the most important skills", "paramount", "crucial", "key". */
const SINGLED_OUT_IN_TEXT = /\bmost important\b|\bparamount\b|\bcrucial\b|\babove all\b|\bone of the key\b/i;
/** The same in the answer asked of, where naming the main ones answers it too ("A care manager's main responsibilities are"). */
const MAIN_IN_TEXT = /\bmain\b/i;
/** What one needs for a credential, asked ("requirements for the ccm", "what do i need to qualify for it"). */
const ASKS_REQUIREMENTS = /\b(?:requirements?|prerequisites?|eligib\w*|entry criteria)\b|\bqualify (?:for|to)\b|\bwhat (?:do|would|does|will) (?:i|you|u|one|someone) (?:need|have to have)\b|\bwhat is (?:needed|need|required) (?:for|to)\b/;
/** Which one matters most, asked ("the most important skill", "whats the main thing", "number one quality"). */
const ASKS_MOST = /\b(?:most important|most essential|single most important|main|number one|biggest|key) (?:skill|thing|quality|trait|ability|one)\b|\b(?:which|what) (?:one |skill |thing )?(?:is|s|would be) (?:the )?(?:most important|most essential)$/;

/** Words that ask what one needs, beside the thing asked of ("what is need for get CCM"). */
const REQUIREMENT_WORDS = /^(?:requirements?|prerequisites?|eligib\w*|entry|criteria|qualify|need|needed|required|have|get|earn|certification|cert|certified|to)$/;
const MAX_REQUIREMENT_WORDS = 10;

/** Words that ask which one matters most, beside a pointer ("whats the single most important one"). */
const MOST_WORDS = /^(?:single|most|important|essential|main|key|biggest|number|top)$/;

/**
 * True when a short message asks of the answer in view and names nothing else: what one needs for the credential in
 * view ("what are the requirements" after the CCM, "ok CCM. what is need for get CCM?"), or which of what it lists
 * matters most ("whats the single most important one" after the key skills). Asked of it, whatever the words alone read as.
 */
export function askedOfInView(message: string, entry: FaqEntry): boolean {
  const text = normaliseText(message).replace(CLOSING_PADDING, '');
  const asked = directAsk(message)?.kind;
  // Which matters most is asked of an answer that lists several things, never of one credential.
  const ofAList = asked === 'most' && !CREDENTIAL_TITLE.test(entry.title) && /^\s*[-*]\s/m.test(entry.answer);
  if (text.split(' ').length > MAX_REQUIREMENT_WORDS || (!ofAList && (asked !== 'requirements' || !CREDENTIAL_TITLE.test(entry.title)))) return false;
  const own = new Set(normaliseText(entry.title).split(' '));
  const asking = asked === 'most' ? MOST_WORDS : REQUIREMENT_WORDS;
  return text.split(' ').every((word) => NAMES_NOTHING.test(word) || asking.test(word) || own.has(word));
}

/**
 * The lines of an answer that say what one needs for a thing ("To earn it you need:" and its list), or that single one
 * thing out ("Communication is one of the most important skills"), as linesGiving finds an aspect's.
 */
export function linesSaying(entry: FaqEntry, asked: DirectAsk): string[] {
  if (asked.kind === 'requirements') return groupsMatching(entry, REQUIREMENTS_IN_TEXT);
  // The sentence that singles it out, not the list it leads into.
  if (asked.kind === 'most') return linesOf(entry).filter((line) => SINGLED_OUT_IN_TEXT.test(line) && !LEADS_INTO_LIST.test(line)).slice(0, 1);
  return [];
}

/** True when an answer names the field: each of its words, or the word's stem ("nurse" for "nursing"). */
function namesField(answer: string, field: string): boolean {
  const text = answer.toLowerCase();
  return field.split(' ').every((word) => new RegExp(`\\b${word.replace(/(?:ing|s)$/, '')}`).test(text));
}
