import { ActionTypes, ActivityTypes, CardFactory, Channels, TestAdapter, type Activity, type Storage, type TurnContext } from 'botbuilder';
import { ListableMemoryStorage } from '../../bot/listing';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import pino from 'pino';
import { expect } from 'chai';
import { z } from 'zod';
import { createCareerBot, type CareerBot, type CareerBotDeps } from '../../bot/careerBot';
import { createAnswerEngine, type Answer, type AnswerEngine } from '../../knowledge/answerEngine';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../knowledge/schema';
import { DialogIds } from '../../dialogs/dialogIds';
import type { FeedbackSnapshot } from '../../dialogs/feedbackStore';

/** Transcript helpers: the real bot, real dialogs and the real knowledge base, driven through botbuilder's TestAdapter. */

let cachedKb: KnowledgeBase | null = null;
export function knowledge(): KnowledgeBase {
  cachedKb ??= loadKnowledge();
  return cachedKb;
}

let cachedEngine: AnswerEngine | null = null;
export function realEngine(): AnswerEngine {
  cachedEngine ??= createAnswerEngine(knowledge());
  return cachedEngine;
}

/** The real engine, except for the questions given: they get exactly the Answer kind the test needs. */
export function scriptedEngine(script: Readonly<Record<string, Omit<Answer, 'question'>>>): AnswerEngine {
  const engine = realEngine();
  return {
    answer(question: string): Answer {
      const scripted = script[question.trim()];
      return scripted ? { ...scripted, question } : engine.answer(question);
    },
    answerAll(message: string): Answer[] {
      const scripted = script[message.trim()];
      return scripted ? [{ ...scripted, question: message }] : engine.answerAll(message);
    },
  };
}

export interface ConversationOptions {
  channelId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  conversationId?: string;
  userId?: string;
  storage?: Storage;
  engine?: AnswerEngine;
  /** Stand-in guided flows; by default the project's own. */
  guidedFlows?: CareerBotDeps['guidedFlows'];
}

export interface Conversation {
  bot: CareerBot;
  storage: Storage;
  channelId: string;
  /** Sends one activity (text or a partial activity) and returns the bot's replies to it. */
  say(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** The user joins: conversationUpdate with the user (and the bot) added. */
  join(): Promise<Partial<Activity>[]>;
  /** Clicks a button: sends its text and value as a messageBack would. */
  click(button: ButtonView): Promise<Partial<Activity>[]>;
  /** What the bot recorded for the report, once its pending records are written. */
  feedback(): Promise<FeedbackSnapshot>;
}

export const BOT_ACCOUNT = Object.freeze({ id: 'bot-id', name: 'CareBot' });

export function startConversation(options: ConversationOptions = {}): Conversation {
  const storage = options.storage ?? new ListableMemoryStorage();
  const channelId = options.channelId ?? Channels.Test;
  const user = { id: options.userId ?? 'user-1', name: 'User' };
  const conversation = { id: options.conversationId ?? 'conversation-1', isGroup: (options.conversationType ?? 'personal') !== 'personal', conversationType: options.conversationType ?? 'personal', name: 'test' };
  const bot = createCareerBot({
    kb: knowledge(),
    engine: options.engine ?? realEngine(),
    storage,
    logger: pino({ level: 'silent' }),
    ...(options.guidedFlows ? { guidedFlows: options.guidedFlows } : {}),
  });
  const adapter = new TestAdapter({ channelId, serviceUrl: 'https://test.example', conversation, user, bot: BOT_ACCOUNT, locale: 'en-us' });

  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activityBuffer.splice(0);
    await adapter.processActivity(
      { channelId, from: user, recipient: BOT_ACCOUNT, conversation, ...activity },
      (context) => bot.run(context),
    );
    return adapter.activityBuffer.splice(0).filter((reply) => reply.type !== ActivityTypes.Trace);
  }

  return {
    bot,
    storage,
    channelId,
    say: (input) => send(typeof input === 'string' ? { type: ActivityTypes.Message, text: input } : { type: ActivityTypes.Message, ...input }),
    join: () => send({ type: ActivityTypes.ConversationUpdate, membersAdded: [BOT_ACCOUNT, user] }),
    click: (button) => send({ type: ActivityTypes.Message, text: button.text, value: button.value }),
    async feedback() {
      await bot.dialogDeps.feedback.flush();
      return bot.dialogDeps.feedback.read();
    },
  };
}

const CardActionSchema = z.object({ type: z.string(), title: z.string(), text: z.string().optional(), value: z.unknown().optional() });
const HeroCardSchema = z.object({ title: z.string().optional(), text: z.string().optional(), buttons: z.array(CardActionSchema).default([]) });

/** The parts of an Adaptive Card the Teams tests read: its TextBlocks and its Action.Submit buttons. */
export const AdaptiveSchema = z.object({
  body: z.array(z.object({ type: z.string(), text: z.string().optional(), wrap: z.boolean().optional() }).passthrough()),
  actions: z.array(z.object({ type: z.literal('Action.Submit'), title: z.string(), data: z.unknown() })).default([]),
  msteams: z.object({ entities: z.array(z.object({ type: z.literal('mention'), text: z.string(), mentioned: z.object({ id: z.string(), name: z.string() }) })) }).optional(),
});

export interface ButtonView {
  title: string;
  text: string | undefined;
  value: unknown;
  /** Where the button is: suggested actions or a card. */
  place: 'suggested' | 'card';
}

/** Every button on an activity, whether suggested actions or hero card buttons. */
export function buttonsOf(activity: Partial<Activity>): ButtonView[] {
  const suggested = (activity.suggestedActions?.actions ?? []).map((action): ButtonView =>
    // imBack (Teams' suggested actions) sends its value as the message text, and no value.
    action.type === ActionTypes.ImBack
      ? { title: action.title ?? '', text: typeof action.value === 'string' ? action.value : undefined, value: undefined, place: 'suggested' }
      : { title: action.title ?? '', text: typeof action.text === 'string' ? action.text : undefined, value: action.value, place: 'suggested' },
  );
  const onCards = (activity.attachments ?? [])
    .filter((attachment) => attachment.contentType === CardFactory.contentTypes.heroCard)
    .flatMap((attachment) => HeroCardSchema.parse(attachment.content).buttons)
    .map((action): ButtonView => ({ title: action.title, text: action.text, value: action.value, place: 'card' }));
  // Adaptive Card buttons (Teams step, ladder and answer cards) send their data as the value and no text.
  const onAdaptive = (activity.attachments ?? [])
    .filter((attachment) => attachment.contentType === CardFactory.contentTypes.adaptiveCard)
    .flatMap((attachment) => AdaptiveSchema.parse(attachment.content).actions)
    .map((action): ButtonView => ({ title: action.title, text: undefined, value: action.data, place: 'card' }));
  return [...suggested, ...onCards, ...onAdaptive];
}

export function allButtons(activities: readonly Partial<Activity>[]): ButtonView[] {
  return activities.flatMap(buttonsOf);
}

export function textOf(activities: readonly Partial<Activity>[]): string {
  return activities.map((activity) => activity.text ?? '').join('\n');
}

/** The one button with this title; throws with the titles there are, so a failing test says what it saw. */
export function button(activities: readonly Partial<Activity>[], title: string): ButtonView {
  const found = allButtons(activities).find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no button "${title}"; buttons: ${allButtons(activities).map((b) => b.title).join(', ') || '(none)'}`);
  return found;
}

/**
 * A stand-in for a guided flow: says it began (with its options), echoes what it hears, ends on "finish".
 * Lets the root's routing and interruptions be tested without depending on the real flows' wording.
 */
export class StandInFlow extends Dialog {
  async beginDialog(dc: DialogContext, options?: object): Promise<DialogTurnResult> {
    await dc.context.sendActivity(`${this.id} began ${JSON.stringify(options ?? {})}`);
    return Dialog.EndOfTurn;
  }

  async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { text, value } = dc.context.activity;
    if (text === 'finish') {
      await dc.context.sendActivity(`${this.id} finished`);
      return dc.endDialog();
    }
    await dc.context.sendActivity(`${this.id} heard ${text ?? JSON.stringify(value)}`);
    return Dialog.EndOfTurn;
  }

  async repromptDialog(context: TurnContext): Promise<void> {
    await context.sendActivity(`${this.id} reprompt`);
  }
}

export function standInFlows(): Dialog[] {
  return [DialogIds.careerSteps, DialogIds.specialisation, DialogIds.roadmap, DialogIds.salaryLadder].map((id) => new StandInFlow(id));
}

/** The Teams rules every reply must keep. */
export function expectTeamsSafe(activity: Partial<Activity>, label: string): void {
  const suggested = activity.suggestedActions?.actions ?? [];
  expect(suggested.length, `${label}: suggested actions`).to.be.at.most(3);
  if ((activity.attachments ?? []).length > 0) expect(suggested, `${label}: suggested actions next to attachments`).to.have.length(0);
  const onCards = buttonsOf(activity).filter((button) => button.place === 'card');
  expect(onCards.length, `${label}: card buttons`).to.be.at.most(6);
  for (const button of buttonsOf(activity)) expect(button.title.length, `${label}: button "${button.title}"`).to.be.at.most(20);
  const text = activity.text ?? '';
  expect(text, `${label}: Markdown header`).not.to.match(/^\s{0,3}#{1,6}\s/m);
  expect(text, `${label}: Markdown table`).not.to.match(/^\s*\|.*\|\s*$/m);
}
