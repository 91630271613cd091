import { asksCost, asksPay } from '../../../knowledge/aspects';
import { indexedAnswer, type FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { answerUnits } from './listInView';
import { normalise, stem } from '../core/textMatch';

/**
 * A yes-or-no question of the thing in view about a concern its answer speaks to in a line (session 37, followupsAV):
 * what employers make of it ("do employers mind?" after the route without a degree, "would it actually help me get
 * hired?" after internships: the line on employers), whether it can be learned ("can that be learned?" after the
 * soft skills: the line on how to build them), and whether one must keep up with it ("do i have to keep up with
 * changes to them?" after compliance: the line on keeping up to date). The words alone reach another answer (where they work, finding a job,
 * the courses) that does not speak of the thing in view. Null when the answer in view has no such line, or the message
 * names something the answer in view does not say.
 */

interface Concern {
  /** The question asks this of the thing in view. */
  asks: RegExp;
  /** Words of the concern itself, beside the checking words. */
  words: ReadonlySet<string>;
  /** A line of an answer that speaks to it. */
  line: RegExp;
}

const CONCERNS: readonly Concern[] = [
  {
    asks: /\b(?:employers?|hiring managers?|recruiters?) (?:mind|care|like|want|accept|prefer|value|notice|look down on|frown on|look for|see it)\b|\b(?:help|helps|get|gets|land|lands|getting|landing) (?:me |you |someone |people )?(?:hired|a job|the job|jobs|my first job|in the door)\b|\bmore (?:employable|hireable|hirable|attractive to employers)\b|\b(?:job|hiring) (?:prospects|chances|odds)\b/,
    words: new Set('employer employers hiring manager managers recruiter recruiters mind care like want accept prefer value notice look down frown see hired job jobs first door employable hireable hirable attractive prospects chances odds land lands landing'.split(' ')),
    line: /\bemploy|\bcandidates?\b|\bhired?\b|\bhiring\b/i,
  },
  {
    asks: /\bcan (?:it|that|this|they|those|these|them|empathy|skills?) (?:really |actually |even )?be (?:learned|learnt|taught|developed|trained|improved|built|practiced|practised)\b|\bis (?:it|that|this) (?:something|a skill|a thing) (?:you|i|one|people|someone) can (?:learn|develop|build|improve|train|work on|get better at)\b|\b(?:learnable|teachable|trainable)\b|\bcan (?:you|i|one|someone|people) (?:really |actually |even )?(?:learn|develop|build|improve|train|get better at|work on) (?:it|that|this|them|those|these)\b|\b(?:pick|picked|picking|learn|learnt|learned|learning) (?:it|that|this|them|those|these|(?:those|these|the) (?:skills|ones)) up\b|\b(?:pick|picked|picking) up (?:it|that|this|them|those|these|(?:those|these|the) (?:skills|ones))\b|\b(?:learn|learnt|learned|learning|pick|picked|picking) (?:(?:it|that|this|them|those|these) )?(?:up )?(?:on the job|at work|as (?:i|you|we) go|while working|in the job)\b/,
    words: new Set('learn learned learnt learning taught developed develop trained train improved improve built build practiced practised something skill skills thing better work learnable teachable trainable pick picked picking up on job while working go ones'.split(' ')),
    line: /\b(?:build|builds|strengthen|develop|learn|gain|practi[cs]e)\b/i,
  },
  {
    asks: /\b(?:keep|keeping|stay|staying) (?:up to date|up|current|on top|abreast|informed)\b|\b(?:changes?|updates?) (?:to|in) (?:it|them|that|those|these|the (?:laws?|rules?|regulations?|field|research))\b/,
    words: new Set('keep keeping stay staying up date current top abreast informed change changes update updates law laws rule rules regulation regulations field research track'.split(' ')),
    line: /\b(?:up to date|keeping up|keep up|current|latest|keeps changing)\b/i,
  },
];

/** Opens as a yes or no question. */
const YES_OR_NO = /^(?:(?:and|so|but|ok|okay|oh|then|wait|hmm)\s+)*(?:do|does|did|is|are|would|will|can|could|should|has|have)\b/;
/** Words that only ask, point or carry the check. */
const CHECKING = new Set(
  'do does did is are was were am be been would will can could should has have had i you u they them their we it that this those these one ones me my someone people get help helps really actually even still much any some if no not need needs must got'.split(' '),
);
/** The most words such a question takes. */
const MAX_WORDS = 12;

/** The lines of the answer in view that speak to the concern a short yes-or-no question asks of its thing; null when none. */
export function concernInView(message: string, last: FaqEntry | undefined): string[] | null {
  if (!last) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS || !YES_OR_NO.test(text) || asksPay(text) || asksCost(text)) return null;
  const concern = CONCERNS.find((candidate) => candidate.asks.test(text));
  if (!concern) return null;
  // Nothing named beyond the concern but what the answer in view says ("do employers mind if i have no degree?").
  const own = new Set(normalise(indexedAnswer(last)).split(' ').map(stem));
  const named = text.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !CHECKING.has(word) && !concern.words.has(word));
  if (!named.every((word) => own.has(stem(word)))) return null;
  const units = answerUnits(last);
  const lines = units.filter((unit) => concern.line.test(unit));
  return lines.length > 0 && lines.length < units.length ? lines : null;
}
