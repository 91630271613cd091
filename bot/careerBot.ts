import {
  ActivityHandler,
  Channels,
  TurnContext,
  type Activity,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
  type Storage,
  type UserState,
} from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { channelOf, renderTeamWelcome, renderWelcome } from '../dialogs/rendering/core/cards';
import { SUBMIT_TEXT_KEY } from '../dialogs/rendering/core/teamsCards';
import { readFeedbackInvoke, recordTeamsFeedback } from '../dialogs/teamsFeedback';
import { renderWelcomeBack } from '../dialogs/rendering/guided/welcomeBack';
import { createDialogDeps, isSharedConversation, STATE_PROPERTIES, type DialogDeps } from '../dialogs/deps';
import { createTurnRouter, type TurnRouter } from '../dialogs/turnRouter';
import type { UsageLog } from '../dialogs/usageLog';
import type { AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase } from '../knowledge/schema';
import { markDeliveryFailures } from './adapter';
import { isListable } from './listing';
import { forgetUser, type ForgetResult } from './privacy';
import { createConversationState, createPersonState, createUserState } from './state';

export interface CareerBotDeps {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  storage: Storage;
  logger: Logger;
  /** Days feedback is kept (FEEDBACK_RETENTION_DAYS); users are told in the welcome and "help". */
  feedbackRetentionDays?: number;
  /** Replaces the guided flows (tests use stand-ins); by default the project's own. */
  guidedFlows?: (deps: DialogDeps) => Dialog[];
  /** Replaces the usage log kept on `storage` (the chat evaluation records what each turn did). */
  usage?: UsageLog;
}

/**
 * The bot: welcomes people, routes every message (dialogs/turnRouter.ts) and saves conversation and user state after
 * every turn.
 */
export class CareerBot extends ActivityHandler {
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly dialogDeps: DialogDeps;
  readonly router: TurnRouter;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(readonly deps: CareerBotDeps) {
    super();
    const { logger } = deps;
    this.dialogDeps = createDialogDeps({
      kb: deps.kb,
      engine: deps.engine,
      storage: deps.storage,
      conversationState: createConversationState(deps.storage),
      userState: createUserState(deps.storage),
      personState: createPersonState(deps.storage),
      feedbackOptions: { onError: (error, operation) => logger.warn({ err: error, operation }, 'feedback could not be recorded') },
      ...(deps.feedbackRetentionDays === undefined ? {} : { feedbackRetentionDays: deps.feedbackRetentionDays }),
      forgetUser: (context) => this.forgetUser(context),
      ...(deps.usage ? { usage: deps.usage } : {}),
    });
    this.conversationState = this.dialogDeps.conversationState;
    this.userState = this.dialogDeps.userState;
    this.welcomed = this.conversationState.createProperty<boolean>(STATE_PROPERTIES.welcomed);
    this.router = createTurnRouter(this.dialogDeps, deps.guidedFlows?.(this.dialogDeps));

    this.onMessage(async (context, next) => {
      prepareMessageText(context.activity);
      await this.router.handleTurn(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const { activity } = context;
      const someoneElse = (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id);
      // In Teams teams and group chats a new member is not greeted; the install welcome is enough.
      const teamsShared = activity.channelId === Channels.Msteams && activity.conversation?.conversationType !== 'personal';
      if (someoneElse && !teamsShared) await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      // A later install starts fresh and is welcomed again; the user's own progress (user state) is kept.
      await this.conversationState.delete(context);
      await next();
    });
  }

  /** Teams' native feedback on an answer: recorded, and answered 200 with nothing sent (Teams thanks the person). */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const feedback = readFeedbackInvoke(context.activity);
    if (!feedback) return super.onInvokeActivity(context);
    const outcome = await recordTeamsFeedback(context, this.dialogDeps, feedback);
    this.deps.logger.debug({ outcome: outcome.kind, ...(outcome.kind === 'unknown message' ? {} : { entryId: outcome.entryId }) }, 'Teams feedback');
    return { status: 200 };
  }

  override async run(context: TurnContext): Promise<void> {
    markDeliveryFailures(context);
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.dialogDeps.personState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /**
   * "forget me": drops this turn's copies of the person's state (so the end of the turn does not write them back),
   * then deletes their state and feedback in the store (bot/privacy.ts). Of a group conversation only their own part
   * goes: the rest is not theirs alone.
   */
  async forgetUser(context: TurnContext): Promise<ForgetResult> {
    const { activity } = context;
    const storage = this.deps.storage;
    if (!isListable(storage)) throw new Error('forget me needs a storage that can list its keys (createStorage gives every store that)');
    const personalConversation = !activity.conversation?.isGroup && (activity.conversation?.conversationType ?? 'personal') === 'personal';
    await this.userState.delete(context);
    await this.dialogDeps.personState.delete(context);
    if (personalConversation) await this.conversationState.delete(context);
    const result = await forgetUser(storage, this.dialogDeps.feedback, {
      channelId: activity.channelId,
      userId: activity.from?.id ?? '',
      conversationId: activity.conversation?.id,
      personalConversation,
    });
    this.deps.logger.info({ stateKeys: result.stateKeys.length, feedbackRecords: result.feedbackRecords }, 'user data deleted at their request');
    return result;
  }

  /** Once per conversation: Teams sends both membersAdded and installationUpdate for one install. */
  private async welcome(context: TurnContext): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    this.deps.logger.debug({ conversationId: context.activity.conversation?.id, channelId: context.activity.channelId }, 'welcome sent');
    const channel = channelOf(context.activity);
    // A returning user (same user id: Teams, or the web page's visitor ticket) hears what was saved. Reading without a
    // default, so a first visit creates no profile.
    // In a Teams group chat or team, the welcome is for everyone: how to reach the bot and its commands, once, and
    // nothing about the person who happened to install it.
    if (channel === 'teams' && isSharedConversation(context.activity)) {
      await context.sendActivity(renderTeamWelcome(this.dialogDeps.feedbackRetentionDays));
      return;
    }
    const saved = await this.dialogDeps.profile.get(context);
    await context.sendActivity(renderWelcomeBack(this.deps.kb, channel, saved, this.dialogDeps.feedbackRetentionDays) ?? renderWelcome(this.deps.kb, channel, this.dialogDeps.feedbackRetentionDays));
  }
}

/** Removes the bot's @mention (Teams group chats and channels) so only the question is searched. */
export function prepareMessageText(activity: Activity): void {
  // An Adaptive Card button (Action.Submit) sends only its data; the words it carries become the message text, as a
  // messageBack button's would, so the router and the flows read it the same way. A button that carries only its
  // words ("Remember it" after the chooser has ended) is a message like a typed one, whatever title a client sent.
  const value: unknown = activity.value;
  const words: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, SUBMIT_TEXT_KEY) : undefined;
  if (typeof words === 'string') {
    const wordsOnly = Object.keys(value as object).length === 1;
    if (!activity.text || wordsOnly) activity.text = words;
    if (wordsOnly) activity.value = undefined;
  }
  if (typeof activity.text !== 'string') return;
  TurnContext.removeRecipientMention(activity);
  // A typed "<at>Bot</at>" without a mention entity (pasted, or a renamed bot) is not part of the question either.
  activity.text = activity.text.replace(/^\s*(?:<at>[^<]*<\/at>\s*)+/i, '').trim();
}

export function createCareerBot(deps: CareerBotDeps): CareerBot {
  return new CareerBot(deps);
}
