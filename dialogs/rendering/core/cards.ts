import { ActionTypes, ActivityTypes, CardFactory, Channels, MessageFactory, type Activity, type Attachment, type CardAction, type ChannelAccount, type Mention } from 'botbuilder';
import { z } from 'zod';
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { COMMANDS, FLOW_NAMES, type FlowName } from '../../understanding/core/intents';
import { ButtonTitles, FlowPhrases, Messages, sourceLine, sourcesLine } from './messages';
import type { ChatAct } from '../../understanding/core/conversation';
import { DEFAULT_FEEDBACK_RETENTION_DAYS } from '../../feedbackStore';
import { cardTitle, markdownBlocks, mentionInCard, TEAMS_CARD_LIMITS, teamsCard, teamsHtml } from './teamsCards';

/**
 * Pure builders: knowledge and messages -> activities, rendered for the channel.
 * Teams: no Markdown tables or headers, at most three suggested actions and none next to attachments, button titles
 * cut past 20 characters, and hero-card text loses its layout; so on Teams a reply with buttons is one Adaptive Card
 * (rendering/core/teamsCards.ts), and an answer in a personal chat is HTML text with suggested actions. Web Chat, the
 * Emulator and the terminal render Markdown and get suggested actions.
 */

export type Channel = 'teams' | 'markdown';

export const TEAMS_LIMITS = Object.freeze({ suggestedActions: 3, buttonTitle: TEAMS_CARD_LIMITS.title, heroCardButtons: TEAMS_CARD_LIMITS.actions });
export const ANSWER_LIMITS = Object.freeze({ related: 3, alternatives: 3, followUp: 3 });

/** Entries offered as example questions in the welcome and the menu, when the knowledge base has them. */
export const EXAMPLE_QUESTION_IDS: readonly string[] = Object.freeze(['how-long', 'without-degree', 'certifications']);

export function channelOf(activity: Partial<Activity>): Channel {
  return activity.channelId === Channels.Msteams ? 'teams' : 'markdown';
}

/** Button values the turn router handles at any time. Guided cards use other `action` names. */
export const ROOT_ACTIONS = ['ask', 'rate', 'none', 'flow', 'command', 'compare'] as const;

const entryId = z.string().min(1).max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
export const CardValueSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('ask'), id: entryId }),
  z.object({ action: z.literal('rate'), id: entryId, helpful: z.boolean() }),
  z.object({ action: z.literal('none'), question: z.string().max(500), ids: z.array(entryId).max(5) }),
  z.object({ action: z.literal('flow'), flow: z.enum(FLOW_NAMES), step: z.number().int().min(1).max(10).optional() }),
  z.object({ action: z.literal('command'), command: z.enum(COMMANDS) }),
  z.object({ action: z.literal('compare'), ids: z.tuple([entryId, entryId]) }),
]);
export type CardValue = z.infer<typeof CardValueSchema>;

/** What a message's `value` turned out to be. `foreign` values belong to a guided flow's cards. */
export type ValueReading =
  | { kind: 'absent' }
  | { kind: 'root'; value: CardValue }
  | { kind: 'invalid' }
  | { kind: 'foreign'; value: unknown };

export function readCardValue(raw: unknown): ValueReading {
  if (raw === undefined || raw === null || raw === '') return { kind: 'absent' };
  let value: unknown = raw;
  if (typeof raw === 'string') {
    // Some channels deliver a card value as a JSON string.
    try {
      value = JSON.parse(raw);
    } catch {
      return { kind: 'foreign', value: raw };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'invalid' };
  const action = 'action' in value ? value.action : undefined;
  if (!ROOT_ACTIONS.some((name) => name === action)) return { kind: 'foreign', value };
  const parsed = CardValueSchema.safeParse(value);
  return parsed.success ? { kind: 'root', value: parsed.data } : { kind: 'invalid' };
}

export interface Button {
  title: string;
  value: CardValue;
  /** Sent as the message text too, so a client that drops `value` still gets something sensible. */
  text: string;
}

/** Teams cuts titles past 20 characters mid-word; cut them ourselves, visibly. */
export function fitTitle(title: string): string {
  return cardTitle(title);
}

export function toCardAction(button: Button): CardAction {
  const title = fitTitle(button.title);
  return { type: ActionTypes.MessageBack, title, text: button.text, displayText: title, value: button.value };
}

/** Text with buttons under it, in the form the channel shows well. */
export function withButtons(channel: Channel, text: string, buttons: readonly Button[], cardText = ''): Partial<Activity> {
  const actions = buttons.map(toCardAction);
  if (channel === 'teams') return teamsMessage(toTeamsText(text), actions.slice(0, TEAMS_LIMITS.heroCardButtons), cardText);
  return actions.length > 0 ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text);
}

/**
 * A Teams reply: plain text when it has no buttons; with buttons, one Adaptive Card holding the text and its buttons
 * (Action.Submit, which Teams sends in every scope and the Agents Playground supports, where messageBack buttons on
 * a hero card do nothing), so the words and their buttons stay one message.
 */
export function teamsMessage(text: string, actions: readonly CardAction[], cardText = ''): Partial<Activity> {
  if (actions.length === 0) return { type: ActivityTypes.Message, text };
  const blocks = [...markdownBlocks(text), ...(cardText ? [{ kind: 'label' as const, text: cardText }] : [])];
  return { type: ActivityTypes.Message, attachments: [teamsCard(blocks, actions)] };
}

/**
 * A reply addressed to one person, as Teams does it in a group chat or channel: the text starts with an @mention of
 * them, and a mention entity says who it is. Cards keep their content; the mention goes in the text above them.
 */
export function addressTo(activity: Partial<Activity>, person: ChannelAccount): Partial<Activity> {
  const name = (person.name ?? '').replace(/[<>]/g, '').trim();
  if (!name || !person.id) return activity;
  const [card, ...others] = activity.attachments ?? [];
  // A reply that is one Adaptive Card (an answer in a group chat): the mention goes on the card, so it stays one message.
  if (!activity.text && card?.contentType === CardFactory.contentTypes.adaptiveCard) {
    return { ...activity, attachments: [mentionInCard(card, person, name), ...others] };
  }
  const at = `<at>${name}</at>`;
  const mention: Mention = { type: 'mention', mentioned: { id: person.id, name }, text: at };
  const text = activity.text ? `${at} ${activity.text}` : at;
  return { ...activity, text, entities: [...(activity.entities ?? []), mention] };
}

/** Teams shows no Markdown headers or tables: headers become bold lines, table rows become "a: b" lines. */
export function toTeamsText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line))
    .map((line) => {
      const header = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (header) return `**${header[1]}**`;
      if (/^\s*\|.*\|\s*$/.test(line)) {
        const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()).filter(Boolean);
        return `- ${cells.join(': ')}`;
      }
      return line;
    })
    .join('\n');
}

export function askButton(entry: FaqEntry): Button {
  return { title: entry.title, value: { action: 'ask', id: entry.id }, text: entry.question };
}

/** Two entries of a kind, side by side: "CCM vs CMC certification". */
export function compareButton(a: FaqEntry, b: FaqEntry): Button {
  const [first, second] = [a.title, b.title];
  // "CCM certification" and "CMC certification" share their kind: said once, at the end.
  const kind = first.split(' ').at(-1)!;
  const shared = first.includes(' ') && second.endsWith(` ${kind}`);
  const title = shared ? `${first.slice(0, -kind.length - 1)} vs ${second}` : `${first} vs ${second}`;
  return { title, value: { action: 'compare', ids: [a.id, b.id] }, text: `${a.title} vs ${b.title}` };
}

/** "which is better?" with no pair in view: which two, as buttons. */
export function renderWhichTwo(pairs: ReadonlyArray<readonly [FaqEntry, FaqEntry]>, channel: Channel): Partial<Activity> {
  return withButtons(channel, Messages.whichTwo, pairs.map(([a, b]) => compareButton(a, b)));
}

export function flowButton(flow: FlowName): Button {
  return { title: ButtonTitles[flow], value: { action: 'flow', flow }, text: FlowPhrases[flow] };
}

function commandButton(command: 'help' | 'menu'): Button {
  return { title: ButtonTitles[command], value: { action: 'command', command }, text: command };
}

/** The three main paths: career steps, choosing a specialisation, salary. */
export function mainPathButtons(): Button[] {
  return [flowButton('careerSteps'), flowButton('specialisation'), flowButton('salaryLadder')];
}

/** Every guided path, for the menu and the honest "not covered" reply. */
export function topicButtons(): Button[] {
  return [flowButton('careerSteps'), flowButton('specialisation'), flowButton('roadmap'), flowButton('salaryLadder')];
}

function exampleButtons(kb: KnowledgeBase, count: number): Button[] {
  const entries = EXAMPLE_QUESTION_IDS.map((id) => kb.faqById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined);
  return entries.slice(0, count).map(askButton);
}

export function renderWelcome(kb: KnowledgeBase, channel: Channel, keptDays: number = DEFAULT_FEEDBACK_RETENTION_DAYS): Partial<Activity> {
  const examples = EXAMPLE_QUESTION_IDS.map((id) => kb.faqById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined);
  const list = examples.map((entry) => `- ${entry.question}`).join('\n');
  const text = `${list ? `${Messages.welcome}\n\n${list}` : Messages.welcome}\n\n${Messages.privacy(keptDays)}`;
  return withButtons(channel, text, [...mainPathButtons(), ...exampleButtons(kb, 3)], Messages.welcomeTitle);
}

/** The welcome in a Teams group chat or team: how to reach the bot and its commands, once; no buttons, nothing personal. */
export function renderTeamWelcome(keptDays: number = DEFAULT_FEEDBACK_RETENTION_DAYS): Partial<Activity> {
  const m = Messages.teamWelcome;
  const text = `${m.intro}\n\n${m.commandsLead}\n\n${m.commands.map((line) => `- ${line}`).join('\n')}\n\n${Messages.privacy(keptDays)}`;
  return renderText('teams', text);
}

export function renderMenu(kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  return withButtons(channel, Messages.menu, [...topicButtons(), ...exampleButtons(kb, 1), commandButton('help')], Messages.menuTitle);
}

export function renderHelp(channel: Channel, keptDays: number = DEFAULT_FEEDBACK_RETENTION_DAYS): Partial<Activity> {
  const text = `${channel === 'teams' ? Messages.helpTeams : Messages.help}\n\n${Messages.privacy(keptDays)}`;
  return withButtons(channel, text, [...mainPathButtons(), commandButton('menu')], Messages.helpTitle);
}

/** The specialisation the user chose and the guide's entry on it, pointed to from answers where it matters. */
export interface ChosenSpecialisation {
  name: string;
  entry: FaqEntry;
}

/** Where a Teams reply goes: a one-to-one chat, or a group chat or channel several people share. */
export type TeamsScope = 'personal' | 'shared';

/** Teams' own thumbs up / down under a message; the rating comes back as a `message/submitAction` invoke. */
export const TEAMS_FEEDBACK_CHANNEL_DATA = Object.freeze({ feedbackLoop: Object.freeze({ type: 'default' }) });

/**
 * An answer: the entry's text, where in the guide it comes from, related questions and a way to rate it. With the
 * user's chosen specialisation, one line points to it and its entry comes first among the related questions.
 * Web Chat: Markdown, the related questions and Helpful / Not helpful as suggested actions.
 * Teams: Teams' native feedback control on the answer itself. In a personal chat the related questions are suggested
 * actions (they go away once the person answers, so the history keeps no stale buttons); in a group chat or channel,
 * where Teams shows none, they are buttons on the answer's own card. Either way one message per answer.
 */
export function renderAnswer(entry: FaqEntry, kb: KnowledgeBase, channel: Channel, chosen?: ChosenSpecialisation, scope: TeamsScope = 'personal', justShown: readonly string[] = []): Partial<Activity> {
  const pointer = chosen && chosen.entry.id !== entry.id ? chosen : undefined;
  // An answer the person has just read (in one of the last replies) is no related question to offer: its button would
  // only show the same words again.
  const related = [
    ...(pointer ? [pointer.entry] : []),
    ...entry.related
      .map((id) => kb.faqById.get(id))
      .filter((item): item is FaqEntry => item !== undefined && item.id !== entry.id && item.id !== pointer?.entry.id && !justShown.includes(item.id)),
  ].slice(0, ANSWER_LIMITS.related);
  const chosenLine = pointer ? `\n\n${Messages.chosenSpecialisation(pointer.name, pointer.entry.title)}` : '';
  const text = `${entry.answer}${chosenLine}\n\n*${sourceLine(entry.section)}*`;
  if (channel === 'teams') return teamsAnswer(text, related, scope);
  const buttons: Button[] = [
    ...related.map(askButton),
    { title: ButtonTitles.helpful, value: { action: 'rate', id: entry.id, helpful: true }, text: 'helpful' },
    { title: ButtonTitles.notHelpful, value: { action: 'rate', id: entry.id, helpful: false }, text: 'not helpful' },
  ];
  return withButtons(channel, text, buttons, related.length > 0 ? Messages.answerButtons : Messages.rateIntro);
}

function teamsAnswer(text: string, related: readonly FaqEntry[], scope: TeamsScope): Partial<Activity> {
  const channelData = { ...TEAMS_FEEDBACK_CHANNEL_DATA };
  if (scope === 'shared') {
    const blocks = [...markdownBlocks(text), ...(related.length > 0 ? [{ kind: 'label' as const, text: Messages.relatedQuestions }] : [])];
    return { type: ActivityTypes.Message, attachments: [teamsCard(blocks, related.map(askButton).map(toCardAction))], channelData };
  }
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: teamsHtml(text), channelData };
  // Teams' suggested actions take imBack only: the button sends the entry's own question, which the engine answers.
  const actions = related.slice(0, TEAMS_LIMITS.suggestedActions).map((item): CardAction => ({ type: ActionTypes.ImBack, title: fitTitle(item.title), value: item.question }));
  if (actions.length > 0) activity.suggestedActions = { actions, to: [] };
  return activity;
}

/**
 * Two questions in one message, both answered: one reply with a short section per entry (its title, its answer),
 * where in the guide each comes from, and the related questions of both as buttons.
 */
export function renderTwoAnswers(entries: readonly FaqEntry[], kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  const sections = entries.map((entry) => `**${entry.title}**\n\n${entry.answer}`);
  // Each part of the guide named once, though both answers draw on it ("Step 2: Pursue Relevant Education" twice was clumsy).
  const text = `${sections.join('\n\n')}\n\n*${sourcesLine(entries.map((entry) => entry.section))}*`;
  const shown = new Set(entries.map((entry) => entry.id));
  const related = [...new Set(entries.flatMap((entry) => entry.related))]
    .filter((id) => !shown.has(id))
    .map((id) => kb.faqById.get(id))
    .filter((entry): entry is FaqEntry => entry !== undefined)
    .slice(0, ANSWER_LIMITS.related);
  return withButtons(channel, text, related.map(askButton), related.length > 0 ? Messages.relatedToBoth : '');
}

/**
 * Two sides of a comparison ("senior vs director pay", "case manager vs care manager"), side by side: an Adaptive
 * Card with one column each (Web Chat and Teams both render it), the text as a fallback for clients without cards.
 */
export function renderSideBySide(entries: readonly [FaqEntry, FaqEntry], channel: Channel): Partial<Activity> {
  const [a, b] = entries;
  const card = twoColumnCard(Messages.sideBySide(a.title, b.title), [answerColumn(a), answerColumn(b)], sourcesLine([a.section, b.section]));
  const fallback = `${Messages.sideBySide(a.title, b.title)}\n\n**${a.title}**\n\n${a.answer}\n\n**${b.title}**\n\n${b.answer}`;
  return { type: ActivityTypes.Message, attachments: [card], summary: channel === 'teams' ? toTeamsText(fallback).slice(0, 200) : fallback.slice(0, 200) };
}

/** One side of a side-by-side card: an answer headed by its title, a text block per paragraph. */
function answerColumn(entry: FaqEntry): object {
  return {
    type: 'Column',
    width: 'stretch',
    items: [
      { type: 'TextBlock', text: entry.title, weight: 'Bolder', wrap: true },
      ...entry.answer.split(/\n{2,}/).map((paragraph) => ({ type: 'TextBlock', text: paragraph, wrap: true, spacing: 'Small' })),
    ],
  };
}

/**
 * A heading and two columns side by side, as an Adaptive Card (Web Chat and Teams both render it), with where in the
 * guide both come from said once under them, when given.
 */
export function twoColumnCard(heading: string, columns: readonly [object, object], source?: string): Attachment {
  return adaptiveCard([
    { type: 'TextBlock', text: heading, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'ColumnSet', spacing: 'Medium', separator: true, columns: [...columns] },
    ...(source ? [{ type: 'TextBlock', text: source, isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' }] : []),
  ]);
}

/** An Adaptive Card of version 1.4 (what Web Chat and Teams both render) with the given body. */
export function adaptiveCard(body: readonly object[]): Attachment {
  return CardFactory.adaptiveCard({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', body: [...body] });
}

/** The plain note after an answer when another part of the message is not something the guide covers. */
export function renderPartNotCovered(part: string, channel: Channel): Partial<Activity> {
  return renderText(channel, Messages.partNotCovered(echoPart(part)));
}

/** A part of the user's message, shown back: one line, short, without Markdown or HTML. */
export function echoPart(part: string): string {
  const line = part.replace(/\s+/g, ' ').trim();
  const short = line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
  return short.replace(/[\\`*_~#[\]()<>|{}]/g, '').trim();
}

/**
 * An on-topic question the engine cannot place confidently: "not sure I have that exactly, maybe one of these?" with
 * its best suggestions and a way to say none fits.
 */
export function renderNotSure(question: string, alternatives: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  return suggestionsReply(Messages.notSure, question, alternatives, channel);
}

/** "Did you mean ...": the close candidates and a way to say none of them fits. */
export function renderDidYouMean(question: string, alternatives: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  return suggestionsReply(Messages.didYouMean, question, alternatives, channel);
}

function suggestionsReply(text: string, question: string, alternatives: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  const offered = alternatives.slice(0, ANSWER_LIMITS.alternatives);
  const buttons: Button[] = [
    ...offered.map(askButton),
    {
      title: ButtonTitles.noneOfThese,
      value: { action: 'none', question: question.slice(0, 500), ids: offered.map((entry) => entry.id) },
      text: 'none of these',
    },
  ];
  return withButtons(channel, text, buttons);
}

export type NotCoveredReason = 'out-of-scope' | 'no-match' | 'empty' | 'attachments' | 'stale' | 'none-of-these';

/** The honest reply: why there is no answer, what the bot covers, how to ask, the topics. */
export function renderNotCovered(reason: NotCoveredReason, channel: Channel): Partial<Activity> {
  const lines: Record<NotCoveredReason, string> = {
    'out-of-scope': `${Messages.outOfScope} ${Messages.coverage}\n\n${Messages.rephrase}`,
    'no-match': `${Messages.noMatch} ${Messages.coverage}\n\n${Messages.rephrase}`,
    empty: `${Messages.empty} ${Messages.coverage}\n\n${Messages.rephrase}`,
    attachments: Messages.attachmentsOnly,
    stale: Messages.staleButton,
    'none-of-these': Messages.noneOfTheseReply,
  };
  return withButtons(channel, lines[reason], topicButtons());
}

/**
 * The reply to conversation that is not a question: short, kind and steering back to the topic. `suggestions` are
 * entries to offer as buttons (after a complaint, the last answer's related questions; for a person, where to find one).
 */
export function renderChat(act: ChatAct, channel: Channel, suggestions: readonly FaqEntry[] = [], text: string = Messages.chat[act]): Partial<Activity> {
  switch (act) {
    case 'helpful':
      // Offers more: the entries next to the answer that helped, when there is one.
      return withButtons(channel, text, suggestions.slice(0, ANSWER_LIMITS.related).map(askButton));
    case 'thanks':
    case 'praise':
    case 'bye':
    case 'sorry':
      return withButtons(channel, text, []);
    case 'complaint':
    case 'confused':
    case 'askHuman':
    case 'judgesCareer':
    case 'likesCareer':
    case 'doubtsAnswer':
    case 'doubtsSelf':
    case 'tellsOfDay':
    case 'remark': {
      const offered = suggestions.slice(0, ANSWER_LIMITS.related).map(askButton);
      return withButtons(channel, text, offered.length > 0 ? [...offered, commandButton('menu')] : topicButtons());
    }
    case 'ack':
    case 'yes':
    case 'no':
    case 'again':
    case 'cannotDo':
      return withButtons(channel, text, topicButtons());
    case 'greeting':
    case 'howAreYou':
    case 'whoAreYou':
    case 'areYouHuman':
    case 'aboutSource':
    case 'privacy':
      return withButtons(channel, text, mainPathButtons());
  }
}

/**
 * Conversation in the middle of a guided flow: a reply that fits and no other topics to pick, since the flow's question
 * comes straight back after it. Only asking for a person keeps where to look (`suggestions`).
 */
export function renderChatInFlow(act: ChatAct, channel: Channel, suggestions: readonly FaqEntry[] = [], text: string = Messages.chatInFlow[act]): Partial<Activity> {
  return withButtons(channel, text, act === 'askHuman' ? suggestions.slice(0, ANSWER_LIMITS.related).map(askButton) : []);
}

/** A short line before an answer ("You're welcome!"), or nothing. */
export function renderChatLead(act: keyof typeof Messages.chatLead, channel: Channel): Partial<Activity> {
  return renderText(channel, Messages.chatLead[act]);
}

/** A bare number, or a guided button's words, with no question that asks for them. */
export function renderNothingToPick(channel: Channel, number?: number): Partial<Activity> {
  return withButtons(channel, number === undefined ? Messages.staleChoice : Messages.numberWithoutList(number), topicButtons());
}

/**
 * "Tell me more" after an answer: the entries related to it as buttons, or the topics when it has none left.
 * On Teams the buttons go on a hero card (withButtons), titles cut at 20 characters.
 */
export function renderFollowUp(entry: FaqEntry | undefined, kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  if (!entry) return withButtons(channel, Messages.followUpNothingAnswered, topicButtons());
  const related = entry.related
    .map((id) => kb.faqById.get(id))
    .filter((item): item is FaqEntry => item !== undefined && item.id !== entry.id)
    .slice(0, ANSWER_LIMITS.followUp);
  return withButtons(channel, Messages.followUp(entry.title), related.length > 0 ? related.map(askButton) : topicButtons());
}

export function renderRated(helpful: boolean, channel: Channel): Partial<Activity> {
  return helpful ? withButtons(channel, Messages.ratedHelpful, []) : withButtons(channel, Messages.ratedNotHelpful, topicButtons());
}

/** The ten steps as a numbered list: what the walk-through covers, when the guided walk is not there. */
export function renderStepsOverview(kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  const steps = kb.steps.map((step) => `${step.number}. ${step.title}`).join('\n');
  return withButtons(channel, `${Messages.stepsOverview}\n\n${steps}`, kb.steps.length > 0 ? topicButtons().filter((b) => b.value.action !== 'flow' || b.value.flow !== 'careerSteps') : []);
}

export function renderText(channel: Channel, text: string): Partial<Activity> {
  return withButtons(channel, text, []);
}
