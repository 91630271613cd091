/**
 * The thing a turn is about, and what it asks of it, where the guide answers that only in part: a named
 * specialisation's day-to-day work ("what does the psychiatric one actually involve day to day" is that area's work,
 * not the career's), the pay of specialisations (the guide gives pay by level only), and pay asked of a certification
 * (the guide says only that certified people may earn more). The thing comes from the turn first, then from the
 * answers in view ("which of those pays more" after two specialisations); what is asked picks the reply. Pure.
 */
import { withAreaSpellings } from './specialisationMatch';
import { asksCost, asksPay } from '../../../knowledge/aspects';
import type { FaqEntry, KnowledgeBase, Specialisation } from '../../../knowledge/schema';
import type { Answer } from '../../../knowledge/answerEngine';
import { askingPart, twoQuestionsAsked } from '../core/clauses';
import { namesALevel } from '../core/followUp';
import { normalise } from '../core/textMatch';
import { answeredWith } from '../core/answered';

/** What the turn asks of the thing, and the entries the reply rests on. */
export type ThingAsked =
  /** The thing's own entry answers what is asked: a specialisation's work. */
  | { kind: 'entry'; entry: FaqEntry }
  /** Pay of one specialisation or more: the guide gives pay by level only. */
  | { kind: 'payOfAreas'; areas: Specialisation[] }
  /** Pay or a level asked of a certification: it may lead to higher pay, with no figure and no level. */
  | { kind: 'payOfCertification'; entry: FaqEntry };

/** The work itself asked for: "day to day", "what does it involve", "what do they actually do", "what's it like". */
const ASKS_THE_WORK =
  /\b(?:day to day|daily|involve|involves|involved|entail|entails|duties|tasks|what (?:do|does|would|will) (?:they|you|it|that|one|a|an|the)(?: \w+){0,3} (?:actually |really )?do|(?:job|work|role) (?:is )?like|what is (?:it|that|the \w+ one) like)\b/;
/** A level asked of a certification ("does a CCM bump you up a level?"). */
const ASKS_A_LEVEL = /\b(?:up a level|a level up|next level|higher level|level up|up the ladder|promot\w*|bump\w* (?:you |me |them |people )?up)\b/;
/** Pay going up, or more of it: what a certification might bring. */
const MORE_PAY = /\b(?:increase\w*|raise\w*|rise|rises|boost\w*|bump\w*|more|higher|better|extra|go up|goes up|bigger)\b/;
/** Pointing at what is in view: "which of those", "do they", "it". */
const POINTS = /\b(?:it|its|they|them|their|those|these|that|this|one|ones|either|each|both|which)\b/;
/** A thing one takes, which has a price, not a pay: "does the pediatric course pay off", "is the CCM exam more money". */
const TAKEN = /\b(?:exam|exams|course|courses)\b/;
/** Pay asked of the people named ("how much do pediatric care managers make"), which knowledge/aspects.ts reads of a pronoun only. */
const MAKES = /\bhow much (?:do|does|would|will|can|could) (?:[a-z]+ ){1,4}make\b/;
/** Pay asked in words, of whoever is named. */
const asksPayOf = (said: string): boolean => asksPay(said) || MAKES.test(said);
/** Pay asked in words, or as money ("more money?"). */
const asksPayOrMoney = (said: string): boolean => asksPayOf(said) || /\b(?:money|cash)\b/.test(said);
/** A price asked, or asked of a thing one takes: not pay. */
const asksAPrice = (said: string): boolean => asksCost(said) || TAKEN.test(said);
/** A figure asked for ("how much more", "in dollars", "exactly"): the guide's plain "no figure" answers it. */
const ASKS_A_FIGURE = /\b(?:how much|exact\w*|figure|figures|dollars?|number|percent\w*)\b|%/;
/** Two certifications weighed ("which one pays more, CCM or CMC?"): the guide does not weigh them. */
const WEIGHS_TWO = /\bwhich\b|\bccm\b.*\bcmc\b|\bcmc\b.*\bccm\b/;
/** A certification named in the turn. */
const NAMES_CERTIFICATION = /\b(?:ccm|cmc|certif\w*|certified|credential\w*)\b/;
/** The entries that are a certification or about certifying, in view. */
const CERTIFICATION_ENTRIES: ReadonlySet<string> = new Set(['ccm', 'cmc', 'certifications', 'certification-required', 'certification-renewal', 'certification-benefits']);
/** The guide's entry that says certified people may earn more. */
const CERTIFICATION_PAY = 'certification-benefits';
/** The most words a turn that points at the things in view may take. */
const MAX_POINTING_WORDS = 12;
/** The specialisations named as a kind, none in particular ("which specialty pays best?", "pay by specialization"). */
const ANY_AREA = /\b(?:specialt(?:y|ies)|speciali[sz]ations?|specialisms?|specialities|speciality|areas? of (?:care management|specialty|speciali[sz]ation))\b/;

/** A turn this short says nothing but what it asks ("more pay?"): of the thing in view. */
const MAX_BARE_WORDS = 3;

/** The specialisations a text names as specialisations ("the psychiatric one", "pediatric care management", "psych"). */
function areasNamedAsSuch(kb: KnowledgeBase, text: string): Specialisation[] {
  const said = ` ${normalise(withAreaSpellings(text))} `;
  return kb.specialisations.filter((spec) =>
    [spec.id.split('-')[0]!, spec.name, spec.title].some((name) => said.includes(` ${normalise(name)} `)),
  );
}

/**
 * What a turn asks of a thing the guide answers only in part, read from the turn and then from the two answers in view;
 * null when it asks nothing of the kind.
 */
export function thingAsked(text: string, last: FaqEntry | undefined, before: FaqEntry | undefined, kb: KnowledgeBase): ThingAsked | null {
  const said = normalise(askingPart(text) ?? text);
  const named = areasNamedAsSuch(kb, said);
  const entryOf = (spec: Specialisation) => kb.faqById.get(spec.faqId);
  const short = said.split(' ').length <= MAX_POINTING_WORDS && POINTS.test(said);
  // Pay asked at a level of the ladder ("what do senior pediatric ones earn") is that level's, not a specialisation's.
  if (asksPayOf(said) && !asksAPrice(said) && !namesALevel(said) && !NAMES_CERTIFICATION.test(said)) {
    const inView = short ? kb.specialisations.filter((spec) => spec.faqId === last?.id || spec.faqId === before?.id) : [];
    // "which specialty pays best?": the specialisations as a whole, none named (tester ut34a, pharma #10).
    const areas = named.length > 0 ? named : inView.length > 0 ? inView : ANY_AREA.test(said) ? [...kb.specialisations] : [];
    if (areas.length > 0) return { kind: 'payOfAreas', areas };
  }
  // "more pay?" after why to certify: nothing but the pay asked, of the certification in view.
  const bare = said.split(' ').length <= MAX_BARE_WORDS;
  const certificationInView = (last && CERTIFICATION_ENTRIES.has(last.id) && (short || bare)) || NAMES_CERTIFICATION.test(said);
  const plainly = !asksAPrice(said) && !ASKS_A_FIGURE.test(said) && !WEIGHS_TWO.test(said);
  if (certificationInView && plainly && ((asksPayOrMoney(said) && MORE_PAY.test(said)) || ASKS_A_LEVEL.test(said))) {
    const entry = kb.faqById.get(CERTIFICATION_PAY);
    if (entry) return { kind: 'payOfCertification', entry };
  }
  const [area] = named;
  const entry = area && named.length === 1 && ASKS_THE_WORK.test(said) ? entryOf(area) : undefined;
  return entry ? { kind: 'entry', entry } : null;
}

/** A part the engine answers this surely, to be given beside the thing's reply. */
const PART_SCORE = 0.6;
/** The guide's pay answers: the thing's reply on pay already gives what they would. */
const PAY_ANSWER = /^salary/;

/**
 * The other of two questions asked one after the other, when the thing's reply answers one of them and the engine
 * answers the other surely ("what is a geriatric care manager and how much do they earn": the pay of the area is the
 * thing's reply, what the area is the other part's), with whether it was asked first. Null otherwise. `read`: how the
 * engine reads one part.
 */
export function partBesideTheThing(text: string, thing: ThingAsked, read: (part: string) => Answer[], kb: KnowledgeBase): { answer: Answer; first: boolean } | null {
  const parts = twoQuestionsAsked(text);
  if (!parts) return null;
  const asksTheThing = (part: string): boolean => {
    const said = normalise(part);
    return thing.kind === 'entry' ? ASKS_THE_WORK.test(said) : asksPayOrMoney(said) || ASKS_A_LEVEL.test(said);
  };
  const asking = parts.map(asksTheThing);
  if (asking[0] === asking[1]) return null;
  const index = asking[0] ? 1 : 0;
  const part = parts[index]!;
  // The work asked of the one area whose pay is asked ("... and what do they do?"): that area's answer, not the career's.
  const area = thing.kind === 'payOfAreas' && thing.areas.length === 1 && ASKS_THE_WORK.test(normalise(part)) ? kb.faqById.get(thing.areas[0]!.faqId) : undefined;
  if (area) return { answer: answeredWith(part, area), first: index === 0 };
  const all = read(part);
  const [answer] = all;
  const shown = thing.kind === 'payOfAreas' ? null : thing.entry.id;
  if (all.length !== 1 || answer?.kind !== 'answer' || !answer.entry || answer.score < PART_SCORE || answer.entry.id === shown || PAY_ANSWER.test(answer.entry.id)) return null;
  return { answer, first: index === 0 };
}
