import type { Answer } from '../../../knowledge/answerEngine';
/**
 * Sending an answer card and keeping the reply's record: what this turn's reply has shown (so nothing is shown twice in
 * one reply, and a lead's quoted lines are left out of the answer after it), the answer just given (the same answer
 * asked again is known as the same), and the entries answered last (for "which is better?" and Teams' feedback).
 * Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import { createHash } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { FaqEntry } from '../../../knowledge/schema';
import { asksWhichIsBetter } from '../../../knowledge/aspects';
import { askButton, channelOf, renderAnswer, renderFollowUp, renderSideBySide, renderText, withButtons, type ChosenSpecialisation } from './cards';
import { isSharedConversation, type DialogDeps } from '../../deps';
import { placesTurnedDown, withoutPlaces } from '../../understanding/person/placeTurnedDown';
import { Messages } from './messages';
import { relatedAskedInstead } from '../../understanding/inView/relatedInstead';
import { correctsTheAnswer } from '../../understanding/core/conversation';
import { answerInBrief } from '../beyond/nearby';
import { answeredWith } from '../../understanding/core/answered';
import { withoutFiguresSaid } from '../talk/repairReplies';
import { holdingBoth } from './sidesDiffer';
import { dropSorryLead, keepLastReply } from '../talk/sorryWhenNew';
import { keepAnswersShownRecently, leadToAnswerJustAbove, noteShownRecently, onScreenInTheWalk, renderLeadToAnswerAbove, renderSeenAbove, shownRecently } from './recentAnswers';

/** Two entries of a kind side by side; both count as answered, so "the second one" is the later. */
export async function sendSideBySide(context: TurnContext, deps: DialogDeps, a: FaqEntry, b: FaqEntry): Promise<void> {
  // One side holds every figure of the other (the pay ladder and one of its levels): that one alone (sidesDiffer.ts).
  const both = holdingBoth(a, b);
  if (both) {
    await sendEntry(context, deps, both);
    noteShown(context, [a, b]);
    return rememberAnswered(context, deps, both.id);
  }
  await context.sendActivity(renderSideBySide([a, b], channelOf(context.activity)));
  noteShown(context, [a, b]);
  await rememberAnswered(context, deps, a.id);
  await rememberAnswered(context, deps, b.id);
}

// The record of an answer given in full lives in understanding/core/answered.ts, which the readers share; its importers here are unchanged.
export { answeredWith };

/** Sends the answer card for `entry` (sendEntry) and returns the turn's record of it: a step's whole reply in one call. */
export async function sendAnswered(context: TurnContext, deps: DialogDeps, text: string, entry: FaqEntry): Promise<Answer[]> {
  await sendEntry(context, deps, entry);
  return [answeredWith(text, entry)];
}

/** The same with a lead line before the entry (sendLedEntry): a step's usual end when it says what it answers first. */
export async function sendLedAnswered(context: TurnContext, deps: DialogDeps, text: string, lead: string, entry: FaqEntry): Promise<Answer[]> {
  await sendLedEntry(context, deps, lead, entry);
  return [answeredWith(text, entry)];
}

/**
 * Sends the answer card for one entry, e.g. after a related-question or "did you mean" button. Never twice in one
 * reply: an entry this turn's reply has already shown is only noted as answered (two questions that land on one answer,
 * tester ut26b), and the lines a lead before it quoted from the guide are left out of it ("On how long that takes, the
 * guide says: ..." then the rest, not those lines again).
 */
export async function sendEntry(context: TurnContext, deps: DialogDeps, entry: FaqEntry): Promise<void> {
  const shown = shownInReply(context);
  if (shown.entries.has(entry.id)) {
    await rememberAnswered(context, deps, entry.id);
    return;
  }
  const channel = channelOf(context.activity);
  const card = await answerCard(context, deps, withoutLinesSaid(entry, shown.lines), await justAnswered(context, deps));
  const sent = await context.sendActivity(card);
  shown.entries.add(entry.id);
  await rememberAnswered(context, deps, entry.id);
  // The answer as it stands, whatever buttons were left off it for what was just read: the same answer asked next is
  // known as the same.
  const fingerprint = fingerprintOf(await answerCard(context, deps, entry));
  await deps.answerShown.set(context, fingerprint);
  await noteShownRecently(context, deps, fingerprint);
  if (channel === 'teams' && sent?.id) await rememberAnswerMessage(context, deps, sent.id, entry.id);
}

/** What this turn's reply has shown so far: the entries whose answers it gave, and the guide's lines quoted in a lead. */
interface ShownInReply {
  readonly entries: Set<string>;
  readonly lines: Set<string>;
}

const SHOWN_IN_REPLY = Symbol('shownInReply');

/** This turn's record of what its reply has shown, made on first use. */
export function shownInReply(context: TurnContext): ShownInReply {
  const held: unknown = context.turnState.get(SHOWN_IN_REPLY);
  if (isShownInReply(held)) return held;
  const made: ShownInReply = { entries: new Set(), lines: new Set() };
  context.turnState.set(SHOWN_IN_REPLY, made);
  return made;
}

function isShownInReply(value: unknown): value is ShownInReply {
  return typeof value === 'object' && value !== null && 'entries' in value && value.entries instanceof Set && 'lines' in value && value.lines instanceof Set;
}

/** A line of the guide as a reply quotes it: no list mark, no bold, spaces collapsed. */
const asQuoted = (line: string): string => line.replace(/^\s*[-*•]\s+/, '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/** Notes the list items a lead quotes from the guide ("- about four years for a bachelor's"): an answer after it leaves them out. */
export function noteLinesQuoted(context: TurnContext, lead: string): void {
  const lines = shownInReply(context).lines;
  for (const line of lead.split('\n')) if (/^\s*[-*•]\s+/.test(line)) lines.add(asQuoted(line));
}

/** The entry with the list items already quoted in this reply left out of its answer; itself when there are none. */
export function withoutLinesSaid(entry: FaqEntry, said: ReadonlySet<string>): FaqEntry {
  if (said.size === 0) return entry;
  const isItem = (line: string | undefined) => line !== undefined && /^\s*[-*•]\s+/.test(line);
  const items = entry.answer.split('\n').filter((line) => !isItem(line) || !said.has(asQuoted(line)));
  if (items.length === entry.answer.split('\n').length) return entry;
  // A line that led into items all quoted already leads into nothing now.
  const kept = items.filter((line, index) => !/:\s*$/.test(line) || isItem(items.slice(index + 1).find((next) => next.trim() !== '')));
  return { ...entry, answer: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim() };
}

/** Notes entries shown together (side by side, or two answers in one message) as shown in this reply. */
export function noteShown(context: TurnContext, entries: readonly FaqEntry[]): void {
  for (const entry of entries) shownInReply(context).entries.add(entry.id);
}

/**
 * A lead that says what the guide does not give, then the entry that says what it does. When this reply has already
 * shown that entry (the other question of the message landed on it), the lead points at it instead of a second copy:
 * "... so I won't guess. What it does say is in the answer above."
 */
export async function sendLedEntry(context: TurnContext, deps: DialogDeps, lead: string, entry: FaqEntry): Promise<void> {
  const channel = channelOf(context.activity);
  const shown = shownInReply(context);
  // An answer whose opening and its list a lead before quoted has only its tail left: it is shown as good as whole.
  const opening = entry.answer.split('\n')[0] ?? '';
  // The answer the last reply showed is not sent again after a lead either: the lead points at it (never the same twice).
  const fingerprint = fingerprintOf(await answerCard(context, deps, entry));
  const justShown = context.turnState.get(ANSWER_SHOWN) === fingerprint;
  // Shown a turn or two before: the lead, and a line naming that answer above (recentAnswers.ts).
  const onScreen = onScreenInTheWalk(context, entry.id);
  if (!justShown && !shown.entries.has(entry.id) && (shownRecently(context, fingerprint) || onScreen)) {
    await context.sendActivity(renderLeadToAnswerAbove(lead, entry, channel, onScreen));
    await rememberAnswered(context, deps, entry.id);
    return;
  }
  if (shown.entries.has(entry.id) || justShown || !withoutLinesSaid(entry, shown.lines).answer.startsWith(opening.trim())) {
    if (justShown) dropSorryLead(context);
    // A lead that still leads into the answer ("On hours, it says:") points at it instead, in one voice.
    await context.sendActivity(renderText(channel, leadToAnswerJustAbove(lead)));
    await rememberAnswered(context, deps, entry.id);
    return;
  }
  await context.sendActivity(renderText(channel, lead));
  noteLinesQuoted(context, lead);
  await sendEntry(context, deps, withoutFiguresSaid(entry, lead));
}


/** True when the entry's answer was shown in the last reply or a turn or two before: the person has just read it. */
export async function seenLately(context: TurnContext, deps: DialogDeps, entry: FaqEntry): Promise<boolean> {
  const fingerprint = fingerprintOf(await answerCard(context, deps, entry));
  return context.turnState.get(ANSWER_SHOWN) === fingerprint || shownRecently(context, fingerprint);
}

/** True when the last reply showed the entry's answer card itself, word for word (not a turn or two before). */
export async function shownLast(context: TurnContext, deps: DialogDeps, entry: FaqEntry): Promise<boolean> {
  return context.turnState.get(ANSWER_SHOWN) === fingerprintOf(await answerCard(context, deps, entry));
}

async function answerCard(context: TurnContext, deps: DialogDeps, entry: FaqEntry, justShown: readonly string[] = []): Promise<Partial<Activity>> {
  const scope = isSharedConversation(context.activity) ? 'shared' : 'personal';
  return renderAnswer(entry, deps.kb, channelOf(context.activity), await chosenSpecialisation(context, deps, entry), scope, justShown);
}

/** The entries of the last two answers (before this one), which the person has just read. */
async function justAnswered(context: TurnContext, deps: DialogDeps): Promise<string[]> {
  return [await deps.lastAnswered.get(context), await deps.answeredBefore.get(context)].filter((id): id is string => id !== undefined);
}

/** The answer the last reply showed, read for this turn only (the turn router calls keepAnswerShown first). */
const ANSWER_SHOWN = Symbol('answerShownLast');

/** What an answer card says, as a short fingerprint: the same entry rendered differently (a choice since noted) differs. */
function fingerprintOf(card: Partial<Activity>): string {
  return createHash('sha256').update(JSON.stringify([card.text ?? '', card.attachments ?? [], card.suggestedActions ?? null])).digest('hex').slice(0, 16);
}

/**
 * Moves the answer the last reply showed from the person's state into this turn: it is "the answer just given" for
 * this message only, so a reply a day later, or after other talk, is not held back.
 */
export async function keepAnswerShown(context: TurnContext, deps: DialogDeps): Promise<void> {
  await keepAnswersShownRecently(context, deps);
  await keepLastReply(context, deps);
  const shown = await deps.answerShown.get(context);
  if (shown === undefined) return;
  await deps.answerShown.delete(context);
  context.turnState.set(ANSWER_SHOWN, shown);
}

/**
 * The answer card for a question, unless the last reply showed that very answer word for word ("thats WITH college tho.
 * im asking without" after the route without a degree): then that the guide says no more on it, with what is near it
 * and the answer itself one tap away. Asked which is better, it says the guide ranks nothing there.
 */
export async function sendEntryNotAgain(context: TurnContext, deps: DialogDeps, entry: FaqEntry, question: string): Promise<void> {
  const shown: unknown = context.turnState.get(ANSWER_SHOWN);
  // A place turned down ("where can I work if I don't want hospital?"): said, and left out of the answer's list.
  const turnedDown = withoutPlaces(entry.answer, placesTurnedDown(question));
  if (turnedDown) {
    await context.sendActivity(renderText(channelOf(context.activity), Messages.placesLeftOut(turnedDown.left)));
    return sendEntry(context, deps, { ...entry, answer: turnedDown.answer });
  }
  const fingerprint = fingerprintOf(await answerCard(context, deps, entry));
  // Asked again as a correction ("no i mean ..."): the person thinks it missed, and wants the answer, not a pointer at it.
  if ((shown === fingerprint || shownRecently(context, fingerprint)) && correctsTheAnswer(context.activity.text ?? question)) {
    dropSorryLead(context);
    await context.sendActivity(renderText(channelOf(context.activity), Messages.sameAnswerMeant(entry.title)));
    return sendEntry(context, deps, entry);
  }
  // Shown a turn or two before, asked again in other words: the part of it that speaks to the question (recentAnswers.ts).
  if (shown !== fingerprint && shownRecently(context, fingerprint) && !asksWhichIsBetter(question)) {
    await context.sendActivity(renderSeenAbove(entry, question, deps.kb, channelOf(context.activity)));
    return rememberAnswered(context, deps, entry.id);
  }
  if (typeof shown !== 'string' || shown !== fingerprint) return sendEntry(context, deps, entry);
  // Asked of something the answer never speaks of and a related answer is named for ("what kind of places should I
  // apply to?" after where they work): that answer.
  const instead = asksWhichIsBetter(question) ? null : relatedAskedInstead(question, entry, deps.kb);
  if (instead) return sendLedEntry(context, deps, Messages.relatedInstead(entry.title, instead.title), instead);
  const near = entry.related.flatMap((id) => deps.kb.faqById.get(id) ?? []).filter((other) => other.id !== entry.id).slice(0, 2);
  // The answer just given was not wrong: no "Sorry ... Let me try again" before saying so (sorryWhenNew.ts).
  dropSorryLead(context);
  // Asked again ("can you be one without a degree or not"), the answer in brief: the person still wants it said.
  const text = asksWhichIsBetter(question) ? Messages.sameAnswerNotRanked(entry.title) : `${Messages.sameAnswerAbove(entry.title)} ${answerInBrief(entry)}\n\n${Messages.sameAnswerNearby}`;
  await context.sendActivity(withButtons(channelOf(context.activity), text, [...near.map(askButton), { ...askButton(entry), title: Messages.seeItAgain }]));
}

/** Notes the entry just answered, and the one answered before it ("which is better?" compares the two). */
export async function rememberAnswered(context: TurnContext, deps: DialogDeps, entryId: string): Promise<void> {
  const previous = await deps.lastAnswered.get(context);
  if (previous && previous !== entryId) await deps.answeredBefore.set(context, previous);
  await deps.lastAnswered.set(context, entryId);
}

/** Answer messages remembered per conversation for Teams' feedback control; older ones are forgotten first. */
export const MAX_ANSWER_MESSAGES = 50;

/** Notes which entry the Teams message `messageId` answered with. */
export async function rememberAnswerMessage(context: TurnContext, deps: DialogDeps, messageId: string, entryId: string): Promise<void> {
  const known = await deps.answerMessages.get(context, {});
  const kept = Object.entries(known).filter(([id]) => id !== messageId).slice(-(MAX_ANSWER_MESSAGES - 1));
  await deps.answerMessages.set(context, Object.fromEntries([...kept, [messageId, entryId]]));
}

/** "Tell me more": the last answered entry's related questions, or the topics when nothing was answered yet. */
export async function sendFollowUp(context: TurnContext, deps: DialogDeps): Promise<void> {
  const lastId = await deps.lastAnswered.get(context);
  const entry = lastId ? deps.kb.faqById.get(lastId) : undefined;
  await context.sendActivity(renderFollowUp(entry, deps.kb, channelOf(context.activity)));
}

/** Answers about specialising or certification, where the specialisation the user chose is worth a pointer. */
export const CHOSEN_SPECIALISATION_FAQ_IDS: readonly string[] = Object.freeze(['specialisations', 'how-to-specialise', 'certifications', 'certification-required']);

/** The user's chosen specialisation, when the answer is about specialising or certification and they chose one. */
async function chosenSpecialisation(context: TurnContext, deps: DialogDeps, answered: FaqEntry): Promise<ChosenSpecialisation | undefined> {
  if (!CHOSEN_SPECIALISATION_FAQ_IDS.includes(answered.id)) return undefined;
  // No default here: reading must not create a profile for users who never started a guided flow.
  const chosen = (await deps.profile.get(context))?.specialisation;
  const spec = chosen ? deps.kb.specialisations.find((candidate) => candidate.id === chosen) : undefined;
  const entry = spec ? deps.kb.faqById.get(spec.faqId) : undefined;
  return spec && entry ? { name: spec.name, entry } : undefined;
}
