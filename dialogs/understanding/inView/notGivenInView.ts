/**
 * What the guide never gives, asked of the answer in view (session 34, followupsAP): who pays ("does my employer pay for
 * it?" after continuing development), a count of people ("how many people would i be leading?" after the senior pay), a
 * cost of something it names ("how much are the dues for CMSA?" after the professional groups), an employer it never
 * names ("does the postal service hire them?" after where care managers work). Each is said plainly, a decline, with the
 * answer in view (answerTurn.ts), not an answer its words alone reach (certification benefits, leadership skills).
 */
import { asksCost } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { normalise, stem } from '../core/textMatch';

export type NotGivenInView = { kind: 'who-pays' } | { kind: 'count' } | { kind: 'cost' } | { kind: 'pay-cause' } | { kind: 'workspace' } | { kind: 'kept-for' } | { kind: 'employer'; employer: string };

const PAYER = String.raw`(?:employer|employers|workplace|company|hospital|boss|agency|organization|organisation)`;
/** Who pays for it: an employer, or someone asked who. */
const WHO_PAYS = new RegExp(
  [
    String.raw`\b(?:does|do|will|would|can|could|should|might) (?:my |the |your |an? |their )?${PAYER} (?:usually |normally |ever |actually )?(?:pay|cover|fund|reimburse|sponsor)(?: for\b| (?:it|that|this|them|the cost|my|your)\b|$)`,
    String.raw`\bwho (?:pays|covers|funds|foots)\b`,
    String.raw`\b(?:paid|covered|funded|reimbursed|sponsored) (?:for )?by (?:my |the |your |an? )?${PAYER}\b`,
    String.raw`\b(?:tuition|employer) (?:reimbursement|sponsorship|assistance)\b`,
  ].join('|'),
);
/** A count of people one leads or works beside: a team, staff, reports (clients and cases are the case-management answer's). */
const COUNT_OF_PEOPLE =
  /\bhow many (?:people|staff|employees|workers|nurses|care managers|team members|direct reports|reports|juniors)\b|\bhow (?:big|large) (?:is |are |would be |will be )?(?:the |my |a |their |your )?(?:team|teams)\b/;
/** A fee asked with a word the cost reading may not take ("the dues for CMSA"). */
const FEE = /\b(?:dues|fees?|membership costs?|subscription)\b/;
const HOW_MUCH = /\bhow much\b|\bwhat (?:are|is|do|does)\b/;
/**
 * Pay tied to the thing in view as its cause ("will pay go up because of that?" after the job outlook, "does that mean
 * higher salaries?"): the guide ties pay to levels and experience only (session 35, followupsAR).
 */
const PAY_WORD = String.raw`(?:pay|pays|salary|salaries|wages?|earnings|income|money)`;
const PAY_CAUSED = new RegExp(
  [
    String.raw`\b${PAY_WORD} (?:will |would |should |might |could |to )?(?:go up|goes up|going up|rise|rises|increase|increases|grow|grows|get better|improve|go down|drop|fall)\b.*\b(?:because of|due to|thanks to|from|with) (?:that|this|it|all that|the demand|demand|the growth)$`,
    String.raw`\b(?:will|would|does|could|might|is) (?:that|this|it|the demand|demand|the growth) (?:push|drive|bring|make|pushing|driving|mean|means) (?:the )?(?:${PAY_WORD} )?(?:up|higher|rise|go up|better|more ${PAY_WORD}|higher ${PAY_WORD}|better ${PAY_WORD})\b`,
    String.raw`\b(?:does|will|would) (?:that|this|it) mean (?:higher|better|more|bigger) ${PAY_WORD}\b`,
  ].join('|'),
);
/** A workspace of one's own asked of ("would i get my own office?"), which the guide never speaks of. */
const WORKSPACE = /\b(?:get|have|be given|given) (?:my|your|their|his|her|an?|our) (?:own )?(?:office|desk|cubicle|workspace|work space|room to work)\b/;
/**
 * How long a thing is kept ("how many years do they keep them for?" after the records, "how long are the files stored?"),
 * which the guide never says (session 36, followupsAT). Not keeping on at something ("keep up", "keep studying").
 */
const KEPT_FOR =
  /\bhow (?:long|many (?:years|yrs|months|weeks))\b(?: \w+){0,5}? (?:keep|keeps|kept|store|stores|stored|retain|retains|retained|hold on to|hold onto|archive|archived|save|saved)\b(?! (?:up|on|at|\w+ing)\b)|\b(?:retention|retain(?:ing)?) (?:period|time|rules?|policy|policies)\b/;
/** An employer asked whether it hires them (work asked at a place may ask an area or a way of working: not read here). */
const HIRES = [
  /^(?:(?:and|so|but|ok|okay|what about)\s+)*(?:do|does|would|will|can|could) ((?:the |a |an )?[a-z ]{3,40}?) (?:ever )?(?:hire|hires|employ|employs|take on|recruit|recruits)(?: them| care managers| those| people like that| people like them| any)?$/,
];
/** Answers that list the places care managers work. */
const LISTS_PLACES = /\bhospitals?\b/i;
const MAX_WORDS = 12;

/** What the message asks of the answer in view that the guide never gives; null when it asks no such thing. */
export function notGivenInView(message: string, last: FaqEntry | undefined): NotGivenInView | null {
  if (!last) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS) return null;
  if (WHO_PAYS.test(text)) return { kind: 'who-pays' };
  if (COUNT_OF_PEOPLE.test(text)) return { kind: 'count' };
  if (FEE.test(text) && (asksCost(text) || HOW_MUCH.test(text))) return { kind: 'cost' };
  if (payCausedInView(text)) return { kind: 'pay-cause' };
  if (WORKSPACE.test(text)) return { kind: 'workspace' };
  if (KEPT_FOR.test(text)) return { kind: 'kept-for' };
  const employer = LISTS_PLACES.test(last.answer) ? HIRES.map((pattern) => pattern.exec(text)?.[1]).find((found) => found !== undefined) : undefined;
  if (!employer) return null;
  // An employer the answer names ("do insurance companies hire them?") is its own answer's.
  const said = new Set(normalise(last.answer).split(' ').map(stem));
  const words = employer.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !/^(?:a|an|the)$/.test(word));
  if (words.length === 0 || words.every((word) => said.has(stem(word)))) return null;
  // As typed ("the VA"), where the words are found in the message.
  const typed = new RegExp(String.raw`\b${employer.split(' ').join(String.raw`\W+`)}\b`, 'i').exec(message)?.[0];
  return { kind: 'employer', employer: typed ?? employer };
}

/** True when pay is asked to follow from the thing in view ("will pay go up because of that?"): not the pay ladder's flow. */
export function payCausedInView(message: string): boolean {
  const text = normalise(message);
  return text.split(' ').length <= MAX_WORDS && PAY_CAUSED.test(text);
}
