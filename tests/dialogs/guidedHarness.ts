import { ActivityTypes, CardFactory, Channels, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { NamedInPassingMessages } from '../../dialogs/rendering/questions/namedInPassing';
import type { Dialog } from 'botbuilder-dialogs';
import { expect } from 'chai';
import { teamsHtmlAsMarkdown } from '../../bot/cli/chat';
import { z } from 'zod';
import { createCareerStepsDialog } from '../../dialogs/flows/careerStepsDialog';
import type { DialogDeps, UserProfile } from '../../dialogs/deps';
import { createRoadmapDialog } from '../../dialogs/flows/roadmapDialog';
import { createSalaryLadderDialog } from '../../dialogs/flows/salaryLadderDialog';
import { createSpecialisationDialog } from '../../dialogs/flows/specialisationDialog';
import { allButtons, button, expectTeamsSafe, knowledge, realEngine, startConversation, type Conversation, type ConversationOptions } from './transcript';
import { Messages } from '../../dialogs/rendering/core/messages';
import type { FaqEntry } from '../../knowledge/schema';

/**
 * Transcript helpers for the guided flows: the real bot, turn router and knowledge base (tests/dialogs/transcript.ts),
 * with the four guided flows registered, plus readers for what the flows' cards show.
 */

export function guidedFlows(deps: DialogDeps): Dialog[] {
  return [createCareerStepsDialog(deps), createSpecialisationDialog(deps), createRoadmapDialog(deps), createSalaryLadderDialog(deps)];
}

export function startGuided(options: ConversationOptions = {}): Conversation {
  return startConversation({ ...options, guidedFlows });
}

const TextBlockSchema = z.object({ text: z.string() }).passthrough();
const HeroSchema = z.object({ title: z.string().optional(), text: z.string().optional() }).passthrough();

/** Every piece of text an activity shows: its text, hero card title and text, and the adaptive card's text blocks. */
export function shownText(activities: readonly Partial<Activity>[]): string {
  const parts: string[] = [];
  for (const activity of activities) {
    if (activity.text) parts.push(activity.text);
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === CardFactory.contentTypes.heroCard) {
        const hero = HeroSchema.parse(attachment.content);
        parts.push(hero.title ?? '', hero.text ?? '');
      } else if (attachment.contentType === CardFactory.contentTypes.adaptiveCard) {
        collectTextBlocks(attachment.content, parts);
      }
    }
  }
  return parts.filter(Boolean).join('\n');
}

function collectTextBlocks(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item) => collectTextBlocks(item, into));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const block = TextBlockSchema.safeParse(node);
  if (block.success && 'type' in node && node.type === 'TextBlock') into.push(block.data.text);
  for (const value of Object.values(node)) collectTextBlocks(value, into);
}

/** The step number a reply shows ("Step 7 of 10"), or null when it shows no step card. */
export function stepShown(activities: readonly Partial<Activity>[]): number | null {
  const match = /Step (\d+) of (\d+)/.exec(shownText(activities));
  return match ? Number(match[1]) : null;
}

export function buttonTitles(activities: readonly Partial<Activity>[]): string[] {
  return allButtons(activities).map((b) => b.title);
}

/** Clicks the button with this title among the replies. */
export function clickOn(conversation: Pick<Conversation, 'click'>, replies: readonly Partial<Activity>[], title: string): Promise<Partial<Activity>[]> {
  return conversation.click(button(replies, title));
}

const ProfileSchema = z.object({
  lastStep: z.number().nullable(),
  completedSteps: z.array(z.number()),
  specialisation: z.string().nullable(),
  roadmap: z.record(z.string()).nullable(),
});

/** The user's saved profile, read from storage as the next turn (or conversation) would see it. */
export async function savedProfile(storage: Storage, channelId: string, userId: string): Promise<z.infer<typeof ProfileSchema> | null> {
  // UserState keys are "<channel>/users/<user>/" (with the state's empty namespace at the end).
  const keys = [`${channelId}/users/${userId}/`, `${channelId}/users/${userId}`];
  const items = await storage.read(keys);
  const item: unknown = items[keys[0]!] ?? items[keys[1]!];
  if (typeof item !== 'object' || item === null || !('profile' in item)) return null;
  return ProfileSchema.parse(item.profile);
}

/** Fails with what was shown when the text is missing, so a broken transcript explains itself. */
export function expectShown(activities: readonly Partial<Activity>[], ...fragments: string[]): void {
  const text = readable(shownText(activities));
  for (const fragment of fragments) expect(text, `reply did not show "${fragment}"`).to.include(readable(fragment));
}

/**
 * What a person reads, whatever the channel's format: the HTML of a Teams message and Markdown emphasis and list marks
 * removed, spaces collapsed. Tests compare the knowledge base's Markdown with a Teams reply through it.
 */
export function readable(text: string): string {
  return teamsHtmlAsMarkdown(text)
    .replace(/\*\*|__/g, '')
    .replace(/(^|[^\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1$2')
    .replace(/^\s*[-•]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type { Conversation, UserProfile };

/**
 * Another user talking to the same bot instance (same dialogs, same storage), as happens in production when two
 * people write at once.
 */
export function sameBotConversation(
  first: Conversation,
  userId: string,
  conversationId: string,
  conversationType: 'personal' | 'groupChat' | 'channel' = 'personal',
): Pick<Conversation, 'say' | 'click'> {
  const user = { id: userId, name: userId };
  const conversation = { id: conversationId, isGroup: conversationType !== 'personal', conversationType, name: 'test' };
  const bot = { id: 'bot-id', name: 'CareBot' };
  const adapter = new TestAdapter({ channelId: first.channelId, serviceUrl: 'https://test.example', conversation, user, bot, locale: 'en-us' });
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    adapter.activityBuffer.splice(0);
    await adapter.processActivity({ channelId: first.channelId, from: user, recipient: bot, conversation, ...activity }, (context) => first.bot.run(context));
    return adapter.activityBuffer.splice(0).filter((reply) => reply.type !== ActivityTypes.Trace);
  };
  return {
    say: (text) => send(typeof text === 'string' ? { type: ActivityTypes.Message, text } : { type: ActivityTypes.Message, ...text }),
    click: (b) => send({ type: ActivityTypes.Message, text: b.text, value: b.value }),
  };
}

/** The two renderings conversation tests run in. */
export const CHAT_CHANNELS: ReadonlyArray<readonly [string, string]> = [
  ['Web Chat', Channels.Webchat],
  ['Teams', Channels.Msteams],
];

/** The entry the real engine answers a question with; throws when it no longer answers it. */
export function answeredBy(question: string): FaqEntry {
  const answer = realEngine().answer(question);
  if (answer.kind !== 'answer' || !answer.entry) throw new Error(`the engine no longer answers "${question}" (${answer.kind})`);
  return answer.entry;
}

/** The first sentence of an entry's answer, as a person reads it in the reply (without its bold marks). */
export function answerOpening(id: string): string {
  const entry = knowledge().faqById.get(id);
  if (!entry) throw new Error(`the knowledge base has no entry "${id}"`);
  return entry.answer.replace(/\*\*/g, '').split(/(?<=[.:])\s/)[0]!;
}

/** The knowledge base's entry `id`; throws when there is none. */
export function entryById(id: string): FaqEntry {
  const found = knowledge().faqById.get(id);
  if (!found) throw new Error(`the knowledge base has no entry "${id}"`);
  return found;
}

/** An answer's first sentence as a person reads it: what tells the answer apart in a reply. */
export function readableOpening(id: string): string {
  return readable(entryById(id).answer.split('\n')[0] ?? '').split(/(?<=[.:!?])\s/)[0]!.replace(/:$/, '');
}

/** What one conversation through the real bot shows after its last message, in readable text (each reply checked Teams-safe in Teams). */
export function saidIn(channelId: string): (...messages: string[]) => Promise<string> {
  return async (...messages) => {
    const conversation = startGuided({ channelId });
    let replies = await conversation.say(messages[0]!);
    for (const message of messages.slice(1)) replies = await conversation.say(message);
    expectChannelSafe(channelId, replies, messages.join(' / '));
    return readable(shownText(replies));
  };
}

/** In Teams, every reply is one Teams can show (tests/dialogs/transcript.ts expectTeamsSafe); Web Chat has no such limits here. */
export function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

/** No reply quotes a guide section: conversation is never answered with an FAQ entry. */
export function expectNoEntry(replies: readonly Partial<Activity>[], label: string): void {
  expect(shownText(replies), `${label}: answered with an entry`).not.to.include(Messages.sourcePrefix);
}

/**
 * True when a reply says the answer in view already answers the follow-up (the part of it that comes closest, never the
 * whole answer again), for the entry titled `title`, or for any entry.
 */
export function saysAnswerInView(activities: readonly Partial<Activity>[], title?: string): boolean {
  const text = readable(shownText(activities));
  const leads = [Messages.allInView, Messages.partInView, Messages.partGives].map((lead) => readable(title ? lead(title) : lead('\u0000').split('\u0000')[0]!));
  return leads.some((lead) => text.includes(lead));
}

/** Expects a reply to say the answer in view (the entry `id`) is all the guide says, without repeating that answer whole. */
export function expectAnswerInView(activities: readonly Partial<Activity>[], entry: FaqEntry): void {
  expect(saysAnswerInView(activities, entry.title), `reply did not say the answer on "${entry.title}" is in view`).to.equal(true);
  const lastLine = entry.answer.trim().split('\n').at(-1)!;
  if (entry.answer.includes('\n')) expect(readable(shownText(activities)), 'the whole answer was shown again').not.to.include(readable(lastLine));
}

const SideText = z.object({ type: z.literal('TextBlock'), text: z.string() }).passthrough();
const SideColumns = z.object({ type: z.literal('ColumnSet'), columns: z.array(z.object({ items: z.array(z.unknown()) }).passthrough()).length(2) }).passthrough();
const SideCardBody = z.object({ body: z.array(z.unknown()) }).passthrough();

/** The one side-by-side card among the replies: what each column shows, in order, and every text block of the card. */
export function sideBySide(replies: readonly Partial<Activity>[]): { columns: string[][]; texts: string[] } {
  const cards = replies.flatMap((reply) => reply.attachments ?? []).filter((attachment) => attachment.contentType === CardFactory.contentTypes.adaptiveCard);
  const withColumns = cards.map((card) => SideCardBody.parse(card.content).body).filter((body) => body.some((element) => SideColumns.safeParse(element).success));
  expect(withColumns, 'one card with two columns').to.have.length(1);
  const body = withColumns[0]!;
  const sets = body.flatMap((element) => {
    const set = SideColumns.safeParse(element);
    return set.success ? [set.data] : [];
  });
  expect(sets, 'one set of two columns').to.have.length(1);
  const columns = sets[0]!.columns.map((column) => column.items.flatMap((item) => (SideText.safeParse(item).success ? [SideText.parse(item).text] : [])));
  return { columns, texts: [...JSON.stringify(body).matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((found) => found[1]!) };
}

/**
 * Expects the chat-sized reply to a thing weighed against one the guide names only in passing: `answered` in brief, then
 * at most three lines that name `named` (rendering/questions/namedInPassing.ts), and no two-column card. Returns the text shown.
 */
export function expectNamedInPassing(replies: readonly Partial<Activity>[], answered: string, named: string): string {
  const text = shownText(replies);
  expect(text).to.include(NamedInPassingMessages.inShort(answered)).and.include(NamedInPassingMessages.whereNamed(named));
  const listed = text.split(NamedInPassingMessages.whereNamed(named))[1]!.split('\n').filter((line) => /^\s*[-•]\s/.test(line));
  expect(listed.length, 'lines that name it').to.be.within(1, 3);
  const columns = replies.flatMap((reply) => reply.attachments ?? []).filter((attachment) => JSON.stringify(attachment.content ?? null).includes('"ColumnSet"'));
  expect(columns, 'no side-by-side card').to.have.length(0);
  return text;
}
