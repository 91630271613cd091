/**
 * The writer's own years of work told inside a question the stock answer would answer for anyone: the time asked with
 * no degree ("how long would it take me with no degree but 12 years interpreting?", tester ut35a P10 m8), or a degree
 * and the years asked whether they get one in ("do my BSW and CPS years get me in the door", P12 m2). Pure: text in,
 * reading out.
 */
import { normalise } from '../core/textMatch';

/** The time asked. */
const TIME_ASKED = /\bhow (?:long|many (?:more )?(?:years|yrs|months))\b|\bhow soon\b|\bhow fast\b/;
/** No degree, told of themselves ("with no degree", "I don't have a degree", "no college"). */
const NO_DEGREE = /\b(?:with no|without (?:a|any)?|no|don t have (?:a|any)|dont have (?:a|any)|do not have (?:a|any)|never got (?:a|any)|never finished (?:a|my)?) ?(?:college )?(?:degree|bachelors?|bachelor s|college|uni|university)\b/;
/** Years of work told ("12 years interpreting", "10 yrs as a receptionist", "15 years in retail", "20 years of teaching"). */
const YEARS_OF_WORK =
  /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:years?|yrs) (of |as an? |as |in |at |doing |working as an? |working in |working )?((?:a |an |the )?[a-z]+(?: [a-z]+)?)?/;
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
/** Words that end the work named: joining words, question words, places after it. */
const WORK_ENDS = new Set('get got plus have had and but so how would could will is to in at with for on of or experience exp old ago now later from left more total until till already i my me it that this what can do does'.split(' '));

/** Years of work told in the message, with the work as written ("as a receptionist", "in retail"); the work is null when unnamed. */
export interface YearsTold {
  years: number;
  work: string | null;
}

/** The years of work the message tells, if it tells some. */
export function yearsTold(text: string): YearsTold | null {
  const found = YEARS_OF_WORK.exec(normalise(text));
  if (!found) return null;
  const years = /^\d+$/.test(found[1]!) ? Number(found[1]) : (NUMBER_WORDS[found[1]!] ?? null);
  // An age ("45 years old") is no work.
  if (years === null || years === 0 || /^old\b/.test(found[3] ?? '')) return null;
  const words: string[] = [];
  for (const word of (found[3] ?? '').split(' ').filter(Boolean)) {
    if (WORK_ENDS.has(word)) break;
    words.push(word);
  }
  const named = words.filter((word) => !/^(?:a|an|the)$/.test(word));
  if (named.length === 0) return { years, work: null };
  const joint = (found[2] ?? '').trim().replace(/^working(?: as| in)?$/, (said) => (said === 'working' ? 'of' : said.replace('working ', ''))).replace(/^doing$/, 'of');
  return { years, work: `${joint === '' ? 'of' : joint} ${words.join(' ')}` };
}

/**
 * The time asked by someone who tells they have no degree and tells years of work, in the question itself ("how long
 * would it take me with no degree but 12 years interpreting?"): the years; null otherwise.
 */
export function timeWithNoDegreeButYears(text: string): YearsTold | null {
  const t = normalise(text);
  if (!TIME_ASKED.test(t) || !NO_DEGREE.test(t)) return null;
  return yearsTold(text);
}

/** A degree of theirs named in the question ("my BSW", "my degree", "the BSN"). */
const DEGREE_NAMED = /\b(?:bsw|msw|bsn|msn|degree|bachelors?|bachelor s|masters?|master s)\b/;
/** Years or experience asked of beside it ("and CPS years", "and my 4 years", "and my experience"). */
const YEARS_ASKED = /\b(?:years?|yrs|experience|exp|work history)\b/;
/** Asked whether they get one in ("get me in the door", "enough to get hired", "qualify me", "count"). */
const GETS_IN = /\bget (?:me|my foot) in(?:to)?\b|\bin the door\b|\b(?:get|land) (?:me )?(?:hired|a job|a role|a position)\b|\bqualif(?:y|ies) me\b|\b(?:am i|i m|im) qualified\b|\benough to (?:get|start|apply|be)\b|\b(?:is|are) (?:that|those|they|it) enough\b|\bcount\b/;

/** A degree and years of theirs asked together whether they get them in ("do my BSW and CPS years get me in the door"). */
export function degreeAndYearsAsked(text: string): boolean {
  const t = normalise(text);
  return /\b(?:my|i have|i ve got|with)\b/.test(t) && DEGREE_NAMED.test(t) && YEARS_ASKED.test(t) && GETS_IN.test(t);
}

/** A window of time told of their own plans ("im out in 4 months", "I graduate in 6 weeks", "within a couple of months"). */
const WINDOW_TOLD =
  /\b(?:in|within|out in|next|another|only|just|about|around) ((?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple(?: of)?) (?:months?|weeks?))\b/;

/** The window of time the message tells ("4 months"), if it tells one; null otherwise. */
export function windowTold(text: string): string | null {
  return WINDOW_TOLD.exec(normalise(text))?.[1] ?? null;
}

/**
 * Their own yearly pay told beside a pay question, in words the pay weighing does not read as weighed ("whats the pay
 * like? my new grad offer is 72k", "how much do those pay starting out? i clear about 58k now", tester ut36a P04 m6 and
 * P01 m5): the sum in thousands of dollars; null when none is told. A sum in another currency is the weighing's own.
 */
const OWN_SUM =
  /\b(?:i (?:make|earn|clear|gross|net|take home|bring (?:in|home)|get paid|pull(?: in)?)|i(?:'| a)?m (?:on|at|making|earning|clearing)|(?:my|the) (?:[a-z-]+ ){0,2}(?:offer|salary|pay|wage|income) (?:is|was|of|would be)|(?:offered|pays me|paying me))\b(?: (?:about|around|like|roughly|almost|nearly|over|just over|under|maybe|only|a))*\s*\$?\s?(\d{2,3})(?:\s?k\b|,000\b|\s?grand\b|\s?thousand\b)/i;
const OTHER_CURRENCY = /[£€¥₹]|\b(?:euros?|pounds?|gbp|quid|pesos?|rupees?)\b/i;

/** The writer's own yearly pay told in the message, in thousands of dollars; null when none is told. */
export function ownSumTold(said: string): number | null {
  if (OTHER_CURRENCY.test(said)) return null;
  const found = OWN_SUM.exec(said);
  return found ? Number(found[1]) : null;
}

/** Their own time to the role asked ("how many years on the floor before i can apply", "how long til im a care manager"). */
const OWN_TIME =
  /\bhow (?:long|soon|fast|many (?:more )?(?:years|yrs))\b(?: [a-z]+){0,6}? (?:before|until|till|til) (?:i|i m|im|i am|i ll|i could|i can)\b|\bhow (?:long|many (?:more )?(?:years|yrs)) (?:would|will|does|do|could) (?:it|this|that) (?:take|be) (?:me|for me)\b|\bhow (?:long|many (?:more )?(?:years|yrs)) (?:would|will|do|should|must) i (?:need|have) to\b/;

/** Their own time to the role asked, with no degree named in the question (the profile's degree counts it). */
export function ownTimeAsked(text: string): boolean {
  const t = normalise(text);
  return OWN_TIME.test(t) && !/\b(?:degree|bachelors?|bachelor s|masters?|master s|bsn|bsw|msw|msn|ccm|cmc|certif\w*|senior|director|mid level)\b/.test(t);
}

/** "so its just the experience part left?", "only experience to go then?": what is left, checked as experience alone. */
const EXPERIENCE_LEFT = /\b(?:just|only) (?:the )?(?:experience|work experience|years of experience)(?: part| bit| side)? (?:left|to go|remaining|now|then)\b|\b(?:experience|work experience) is (?:all|the only thing) (?:that s |thats )?(?:left|missing)\b/;

/** The experience checked as all that is left: true when so. */
export function experienceLeftAsked(text: string): boolean {
  return EXPERIENCE_LEFT.test(normalise(text));
}
