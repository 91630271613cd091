/**
 * Never the same block a turn or two later: the answers shown in the last few turns, kept as fingerprints, so an answer
 * the person has just read above is pointed at in a line (with the part of it that speaks to the new question, and the
 * whole one tap away) instead of sent again word for word (tester ut35c: P01 m6, P07 m3). The answer of the very last
 * reply is entryReplies.ts's own check; this one reaches back a few turns.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { answerUnits, meaningOf, partInView } from '../../understanding/inView/listInView';
import { askButton, withButtons, type Channel } from './cards';
import { Messages } from './messages';
import { answerInBrief, withItsList, withItsQualifier } from '../beyond/nearby';

/** At most this many items of an answer's list in its gist. */
const GIST_ITEMS = 5;

/** Turns remembered, this one included: an answer shown in any of the three turns before this one is "just read". */
const TURNS_KEPT = 3;

/** The fingerprints of the answers shown in the turns before this one, read for this turn only. */
const SHOWN_RECENTLY = Symbol('answersShownRecently');

export const RecentMessages = Object.freeze({
  /** Before the part of an answer shown a turn or two ago that speaks to the new question. */
  partAbove: (title: string): string => `The answer on "${title}" above covers that. The part that speaks to it:`,
  /** Before an answer shown a turn or two ago, asked again, in brief. */
  sameAbove: (title: string): string => `That's the answer on "${title}" above, and the guide says no more on it. In short:`,
  /** A lead whose answer was shown a turn or two ago: pointed at by name. */
  ledAbove: (title: string): string => `See the answer on "${title}" above.`,
  /** The end of a sentence that points at the answer the last reply (or this one) showed ("What it says of the hours ..."). */
  justAbove: 'is in the answer just above.',
  /** A lead whose answer is the walk's step on screen: pointed at. */
  stepAbove: 'The step above says what it asks for.',
});

/**
 * Moves the answers shown in the turns before this one into this turn, and starts this turn's record. The turn router
 * calls it once a turn (through keepAnswerShown), whatever the turn does.
 */
export async function keepAnswersShownRecently(context: TurnContext, deps: DialogDeps): Promise<void> {
  const kept = (await deps.answersShownRecently.get(context)) ?? [];
  context.turnState.set(SHOWN_RECENTLY, new Set(kept.flat()));
  const turns = [[], ...kept].slice(0, TURNS_KEPT);
  // Nothing shown in any of the turns kept: nothing to keep either.
  if (turns.every((turn) => turn.length === 0)) await deps.answersShownRecently.delete(context);
  else await deps.answersShownRecently.set(context, turns);
}

/** Notes an answer this turn showed in full, by its fingerprint. */
export async function noteShownRecently(context: TurnContext, deps: DialogDeps, fingerprint: string): Promise<void> {
  const [current = [], ...before] = (await deps.answersShownRecently.get(context)) ?? [];
  if (current.includes(fingerprint)) return;
  await deps.answersShownRecently.set(context, [[...current, fingerprint], ...before].slice(0, TURNS_KEPT));
}

/** True when an answer with this fingerprint was shown in one of the few turns before this one. */
export function shownRecently(context: TurnContext, fingerprint: string): boolean {
  const shown: unknown = context.turnState.get(SHOWN_RECENTLY);
  return shown instanceof Set && shown.has(fingerprint);
}

/**
 * An answer shown a turn or two ago, asked again in other words: the lines of it that speak to the question ("what
 * would i coordinate? like with who" after the pediatric answer: whom it coordinates with), else the answer in brief,
 * with its neighbours and the whole answer as buttons.
 */
export function renderSeenAbove(entry: FaqEntry, question: string, kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  const part = partInView(question, entry, kb);
  const found = part.closest ? part.lines : linesSharingAWord(question, entry);
  // Only the answer's opening speaks to it: the answer itself is asked again, given in brief with its list.
  const lines = found.length === 1 && answerUnits(entry)[0] === found[0] ? [] : found;
  const text = lines.length > 0 ? `${RecentMessages.partAbove(entry.title)}\n\n${withItsList(entry, withItsQualifier(entry, lines)).join('\n')}` : `${RecentMessages.sameAbove(entry.title)} ${gistOf(entry)}`;
  const near = entry.related.flatMap((id) => kb.faqById.get(id) ?? []).filter((other) => other.id !== entry.id).slice(0, 2);
  return withButtons(channel, text, [...near.map(askButton), { ...askButton(entry), title: Messages.seeItAgain }]);
}

/** A lead whose answer was shown a turn or two ago (or is the walk's step on screen): the lead, then a line pointing at it, the answer one tap away. */
export function renderLeadToAnswerAbove(lead: string, entry: FaqEntry, channel: Channel, ofTheStep = false): Partial<Activity> {
  const { said, leadIn } = leadInOf(lead);
  const kept = [said, leadIn && !shortLeadIn(leadIn) ? `${leadIn}.` : ''].filter(Boolean).join(' ');
  return withButtons(channel, `${kept} ${ofTheStep ? RecentMessages.stepAbove : RecentMessages.ledAbove(entry.title)}`.trim(), [{ ...askButton(entry), title: Messages.seeItAgain }]);
}

/** The closing words of a lead that lead into the answer after it ("Here is what it says on certification:"). */
const HERE_IS = /\s*(?:Here is|Here are)\b[^.!?]*:\s*$/;
/** A lead-in named as a thing ("What it says of the hours"), which can be pointed at as the subject of a sentence. */
const LEAD_IN_AS_A_THING = /^What (?:it|the guide) (?:does )?says?\b(?!.*\b(?:is|are)\b)/;
/**
 * A lead-in that says nothing of its own: the guide speaking ("On hours, it says", "All it says of working for
 * yourself is this"), one pointing at what follows ("The areas it describes are these") or a label of a few words ("On those two", "The hard skills"). "Its medians rise with
 * experience" says something, and stays as a sentence.
 */
const SAYS = /\b(?:says?|said)\b|\b(?:these|this|as follows|below)$/;
const LABEL_WORDS = 4;
const shortLeadIn = (leadIn: string): boolean => SAYS.test(leadIn) || leadIn.split(/\s+/).length <= LABEL_WORDS;

/**
 * A lead split into what it says and the sentence that leads into the answer after it ("... so I won't guess. On hours,
 * it says:" is "... so I won't guess." and "On hours, it says"); `leadIn` is null when the lead ends in a full stop.
 * Sentences inside a quoted title ("What it says on "Is it right for me?"") stay whole.
 */
export function leadInOf(lead: string): { said: string; leadIn: string | null } {
  const trimmed = lead.replace(HERE_IS, '').trim();
  if (!trimmed.endsWith(':')) return { said: trimmed, leadIn: null };
  const sentences: string[] = [];
  for (const piece of trimmed.split(/(?<=[.!?]["\u201d]?)\s+(?=[A-Z"\u201c])/)) {
    const open = sentences.length > 0 && (sentences[sentences.length - 1]!.match(/"/g) ?? []).length % 2 === 1;
    if (open) sentences[sentences.length - 1] += ` ${piece}`;
    else sentences.push(piece);
  }
  const leadIn = sentences.pop()!.replace(/:$/, '').trim();
  return { said: sentences.join(' '), leadIn };
}

/**
 * A lead over the answer the person has just read (the last reply, or this one, showed it): said in one voice, the
 * lead-in turned into a pointer ("What it says of the hours is in the answer just above."), never "On hours, it says:
 * see the answer just above." A lead-in that says something of its own is kept as a sentence.
 */
export function leadToAnswerJustAbove(lead: string): string {
  const { said, leadIn } = leadInOf(lead);
  if (leadIn === null) return `${said} ${Messages.answerAbove}`.trim();
  if (LEAD_IN_AS_A_THING.test(leadIn)) return `${said} ${leadIn} ${RecentMessages.justAbove}`.trim();
  return [said, shortLeadIn(leadIn) ? '' : `${leadIn}.`, `What it does say ${RecentMessages.justAbove}`].filter(Boolean).join(' ');
}

/** The entry of the walk's step on screen, for this turn (the walk passes it as the entry in view). */
const STEP_ON_SCREEN = Symbol('stepOnScreen');

/** Notes the entry of the walk's step on screen, which a lead's answer is not sent under again (ut36a P03 m8). */
export function noteStepOnScreen(context: TurnContext, entryId: string | undefined): void {
  if (entryId !== undefined) context.turnState.set(STEP_ON_SCREEN, entryId);
}

/** True when the entry is the one of the walk's step on screen. */
export function onScreenInTheWalk(context: TurnContext, entryId: string): boolean {
  return context.turnState.get(STEP_ON_SCREEN) === entryId;
}

/**
 * The sentences of an answer that share a word with the question beyond the answer's title, words common to many
 * answers included ("what would i coordinate?": the sentence on coordinating), when some do and some do not.
 */
function linesSharingAWord(question: string, entry: FaqEntry): string[] {
  const title = new Set(meaningOf(entry.title));
  const asked = new Set(meaningOf(question).filter((word) => !title.has(word)));
  const units = answerUnits(entry).filter((unit) => !unit.startsWith('- '));
  const sharing = units.filter((unit) => meaningOf(unit).some((word) => asked.has(word)));
  return sharing.length < units.length ? sharing : [];
}

/**
 * An answer's gist in one paragraph: its opening in brief, and when its opening leads into a list, the list's items
 * joined ("To become a care manager you usually need ... In practice that means: a bachelor's ...; work experience ...").
 */
function gistOf(entry: FaqEntry): string {
  const [opening = '', ...rest] = entry.answer.replace(/\*\*/g, '').split('\n').map((line) => line.trim());
  if (!opening.endsWith(':')) return withItsTurn(answerInBrief(entry), rest);
  const end = rest.findIndex((line) => !/^[-*•]\s/.test(line));
  const items = (end < 0 ? rest : rest.slice(0, end)).map((line) => line.replace(/^[-*•]\s+/, ''));
  if (items.length === 0) return answerInBrief(entry);
  return `${opening} ${items.slice(0, GIST_ITEMS).join('; ')}${items.length > GIST_ITEMS ? '; ...' : '.'}`;
}

/**
 * The answer in brief with the paragraph that turns it, when the next one does ("... most employers prefer a bachelor's.
 * In some cases, plenty of experience ... can make up for less formal education."): a gist without it says only half
 * (tester ut39c P12-T4, "without degree what are my chances").
 */
function withItsTurn(brief: string, rest: readonly string[]): string {
  const next = rest.find((line) => line !== '');
  const turn = next && !/^[-*•]\s/.test(next) ? /^.*?[.!?](?=\s|$)/.exec(next)?.[0] : undefined;
  return turn && TURNS.test(turn) && !brief.includes(turn) ? `${brief} ${turn}` : brief;
}

/** A sentence that turns or qualifies the one before it: "In some cases ...", "But ...", "However ...". */
const TURNS = /^(?:in some cases|in many cases|but|however|although|though|still|even so|that said|sometimes)\b/i;

