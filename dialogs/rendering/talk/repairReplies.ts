/**
 * Replies that repair a conversation after pushback (understanding/talk/repairAsked.ts): a part said to be skipped that the
 * guide never speaks of, said plainly with what is near it; never the same reply twice in a row, and a sorry only when
 * the last reply did answer something else.
 */
import type { TurnContext } from 'botbuilder';
import type { FaqEntry, SalaryLevel } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import type { FlowName } from '../../understanding/core/intents';
import { feedbackUserOf } from '../../feedbackStore';
import { askButton, channelOf, renderText, withButtons } from '../core/cards';
import { answerInBrief } from '../beyond/nearby';
import { meantNotInGuide, namesOwnQuestion, unknownToTheGuide } from '../../understanding/talk/repairAsked';
import { figureDoubted, sourceOfFiguresAsked } from '../../understanding/talk/figureDoubted';
import { formatUsd } from '../guided/guidedCards';

/** A reading of the thing meant as sure as a word the guide's lexicon knows ("the money" is pay; "high school" is no degree only loosely). */
const SURE_READING = 0.95;
/** The most entries offered beside a plain note that the guide is silent. */
const MAX_NEAR = 3;
/** The entry with the whole pay table. */
const PAY_ENTRY_ID = 'salary';

export const RepairMessages = Object.freeze({
  /** A flow asked for at its own question ("my roadmap" while the roadmap asks its aim): under way, its question next. */
  flowUnderWay: Object.freeze({
    roadmap: "That's what we're making now: your roadmap. I just need your answer to this first.",
    specialisation: "That's what we're doing now: choosing a specialty. I just need your answer to this first.",
  } satisfies Partial<Record<FlowName, string>>),
  /** A correction narrowed to a thing the guide never speaks of ("I meant high school"), after the answer in view. */
  meantNotInGuide: (thing: string, title: string): string =>
    `The guide says nothing on "${thing}", so I won't guess. The answer above on "${title}" is all it says on that. These are close to it:`,
  /** Before the answer to a question asked after "you said that already": the repeat owned, not the answer called wrong. */
  sorryRepeated: "Sorry for repeating myself. On what you're asking now:",
  /** A part said to be skipped ("you skipped my RRT question") that the guide never mentions. */
  missedNotInGuide: (part: string): string => `The guide doesn't mention ${part}, so I can't answer that part of your question, and I won't guess. Here is what it does say nearby:`,
  /** "that seems low. our director makes about 160k" after a level's pay: the guide's figure, and that it is a median. */
  figureDoubted: (level: string, range: string): string =>
    `The guide's figure for ${level} is a median of ${range} a year. It gives medians only, not what a particular employer or place pays, so it has nothing more to go on than that.`,
  /** A part whose answer was the one complained of as repeated: pointed at, not sent a third time. */
  repeatPointedAt: (part: string, title: string): string => `On "${part}": the answer on "${title}" above is all the guide says, so I won't repeat it.`,
  /** "Where do your salary numbers come from?": the guide names none. */
  noSourceNamed: 'The guide names no source for its figures.',
  /** The same after the whole pay table. */
  figuresDoubted: (lowest: string, highest: string): string =>
    `Those are the guide's figures: median pay by level, from ${lowest} a year at entry level to ${highest} for a vice president. It gives medians only, not what a particular employer or place pays, so it has nothing more to go on than that.`,
});

/** The guide's pay for a level in words: "$90,000–$130,000 or more". */
const rangeInWords = (level: SalaryLevel): string => `${formatUsd(level.minUsd)}–${formatUsd(level.maxUsd)}${level.openEnded ? ' or more' : ''}`;

/**
 * Pushback on the pay just given ("that seems low. our director makes about 160k", "really? I thought it was more like
 * 200k"): the guide's figure for that level said once more, and that it is a median and all the guide gives; never
 * "Thanks for sharing that". False when the answer in view gives no pay or the message doubts nothing.
 */
export async function sendFigureDoubted(context: TurnContext, deps: DialogDeps, last: FaqEntry | undefined): Promise<boolean> {
  const said = context.activity.text ?? '';
  if (!figureDoubted(said)) return false;
  const levels = [...deps.kb.salaries].sort((a, b) => a.order - b.order);
  // The pay in view, or named in the message itself ("$40-60k seems low for someone with a master's").
  const payNamed = PAY_NAMED.test(said);
  const level = deps.kb.salaries.find((candidate) => candidate.faqId === last?.id) ?? (payNamed ? levelQuoted(said, levels) : undefined);
  const table = last?.id === PAY_ENTRY_ID || payNamed ? deps.kb.faqById.get(PAY_ENTRY_ID) : undefined;
  const shown = level ? deps.kb.faqById.get(level.faqId) : table;
  if (!shown || levels.length === 0) return false;
  const figures = level
    ? RepairMessages.figureDoubted(`the ${level.shortTitle.toLowerCase().replace(/-level$/, '').replace(/\s*\/\s*/, ' or ')} level${/\d/.test(level.experience) ? ` (${level.experience} of experience)` : ''}`, rangeInWords(level))
    : RepairMessages.figuresDoubted(rangeInWords(levels[0]!), rangeInWords(levels.at(-1)!));
  const text = sourceOfFiguresAsked(said) ? `${figures} ${RepairMessages.noSourceNamed}` : figures;
  const near = [...(shown.id === last?.id ? [] : [shown]), ...shown.related.flatMap((id) => deps.kb.faqById.get(id) ?? [])].slice(0, MAX_NEAR);
  await context.sendActivity(withButtons(channelOf(context.activity), text, near.map(askButton)));
  return true;
}

/** Pay named in a message: a sum, "k", or a word for pay. */
const PAY_NAMED = /\$\s?\d|\b\d{2,3}\s?k\b|\b(?:salary|salaries|pay|paid|earn|earns|wage|wages|income)\b/i;

/** The level whose range a message quotes ("$40-60k", "40,000 to 60,000"), if one. */
function levelQuoted(said: string, levels: readonly SalaryLevel[]): SalaryLevel | undefined {
  const range = /\$?\s?(\d{2,3})(,\d{3}|k)?\s*(?:-|–|to)\s*\$?\s?(\d{2,3})(,\d{3}|k)?/i.exec(said);
  if (!range || (range[2] === undefined && range[4] === undefined)) return undefined;
  const [low, high] = [Number(range[1]) * 1000, Number(range[3]) * 1000];
  return levels.find((level) => level.minUsd === low && level.maxUsd === high);
}

/** The words of `part` as the person typed them in `raw` (their capitals kept: "RRT"), else the part itself. */
export function asTyped(raw: string, part: string): string {
  const words = part.replace(/[?.!]+$/, '').trim();
  const at = raw.toLowerCase().indexOf(words.toLowerCase());
  return at >= 0 ? raw.slice(at, at + words.length) : words;
}

/**
 * A part the person says the last reply skipped ("you skipped my RRT question"), when the guide answers nothing of it:
 * said plainly, once, with the last answer and those next to it in brief and as buttons, never the topic menu. The
 * question is noted for the guide's authors. False when the guide does answer the part (it is answered as asked).
 */
export async function sendMissedNotInGuide(context: TurnContext, deps: DialogDeps, part: string, last: FaqEntry | undefined): Promise<boolean> {
  // Only a question named as the person's own ("my RRT question"); a part named otherwise has its own readers.
  if (!namesOwnQuestion(context.activity.text ?? '')) return false;
  const read = deps.engine.answer(part);
  const unknown = unknownToTheGuide(part, context.activity.text ?? '', deps.kb);
  if (!last || ((read.kind === 'answer' || read.kind === 'ambiguous') && unknown === null)) return false;
  const near = [last, ...last.related.flatMap((id) => deps.kb.faqById.get(id) ?? [])].filter((entry, at, all) => all.findIndex((other) => other.id === entry.id) === at).slice(0, MAX_NEAR);
  void deps.feedback.recordQuestion(part, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  const typed = asTyped(context.activity.text ?? '', part);
  // "the RRT credential", as the person's own "my RRT credential" is the guide's to name.
  const named = /\s/.test(typed) && !/^(?:the|a|an|my|your)\b/i.test(typed) ? `the ${typed}` : typed;
  const text = `${RepairMessages.missedNotInGuide(named)}\n\n${near.map((entry) => `- **${entry.title}**: ${answerInBrief(entry)}`).join('\n')}`;
  await context.sendActivity(withButtons(channelOf(context.activity), text, near.map(askButton)));
  return true;
}

/**
 * True when what a correction says was wanted ("no i mean how do i get my first experience") is what the last reply
 * answered: no "Sorry, I answered the wrong thing" before the same answer is pointed at again.
 */
export function wantedWasAnswered(deps: DialogDeps, wanted: string, last: FaqEntry | undefined): boolean {
  if (!last) return false;
  const read = deps.engine.answer(wanted);
  return read.kind === 'answer' && read.entry?.id === last.id;
}

/**
 * A correction that narrows the answer in view to a thing the guide never speaks of ("those are college courses though,
 * I meant high school"): said plainly, with the entries next to the answer as buttons, never that answer again. False
 * when the message is no such correction.
 */
export async function sendMeantNotInGuide(context: TurnContext, deps: DialogDeps, inView: FaqEntry | undefined): Promise<boolean> {
  const thing = inView ? meantNotInGuide(context.activity.text ?? '', deps.kb) : null;
  if (thing === null || !inView) return false;
  // A thing the guide answers in other words ("I meant the money" after the hours) is asked as before.
  const read = deps.engine.answer(thing);
  if (read.kind === 'answer' && read.entry && read.entry.id !== inView.id && read.score >= SURE_READING) return false;
  void deps.feedback.recordQuestion(context.activity.text ?? thing, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  const near = inView.related.flatMap((id) => deps.kb.faqById.get(id) ?? []).slice(0, MAX_NEAR);
  await context.sendActivity(withButtons(channelOf(context.activity), RepairMessages.meantNotInGuide(thing, inView.title), near.map(askButton)));
  return true;
}

/**
 * A flow asked for by name at its own question ("my roadmap" while the roadmap asks for the aim): said to be under way,
 * before its question comes back, so the same question is never sent twice in a row alone. False for a flow with no
 * such line (the walk's steps move on their own).
 */
export async function sendFlowUnderWay(context: TurnContext, flow: FlowName): Promise<boolean> {
  const lines: Partial<Record<FlowName, string>> = RepairMessages.flowUnderWay;
  const line = lines[flow];
  if (line === undefined) return false;
  await context.sendActivity(renderText(channelOf(context.activity), line));
  return true;
}

/** A sum of money as the guide writes it: "$40,000–$60,000", "$130,000+". */
const FIGURE = /\$[\d,]+(?:\s*[–-]\s*\$[\d,]+)?\+?/g;

/**
 * The entry without its opening paragraph when that paragraph only gives figures the lead before it has just said
 * ("its entry level is a median $40,000–$60,000 a year ... Here is the entry level:" then "An entry-level care manager
 * earns a median salary of $40,000–$60,000 ..."): the same figure is not said twice in one reply. Itself otherwise.
 */
export function withoutFiguresSaid(entry: FaqEntry, lead: string): FaqEntry {
  const [opening, ...rest] = entry.answer.split(/\n\s*\n/);
  const figures = opening?.match(FIGURE) ?? [];
  if (!opening || rest.length === 0 || figures.length === 0 || !figures.every((figure) => lead.includes(figure))) return entry;
  return { ...entry, answer: rest.join('\n\n') };
}
