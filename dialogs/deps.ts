import { ConversationState, PrivateConversationState, UserState, type Activity, type BotState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase, SpecialisationId } from '../knowledge/schema';
import { createFeedbackStore, DEFAULT_FEEDBACK_RETENTION_DAYS, type FeedbackStore, type FeedbackStoreOptions } from './feedbackStore';
import { createUsageLog, type UsageLog } from './usageLog';
import type { Aim, DiplomaKind, Education } from './understanding/person/aboutYou';
import type { FlowName } from './understanding/core/intents';

/** What a user has done in the guided flows; kept in user state so it survives new conversations. */
export interface UserProfile {
  /** The career step (1..10) the user last reached in the walk, or null if never started. */
  lastStep: number | null;
  /** Steps the user has marked done or that their roadmap marked done. */
  completedSteps: number[];
  specialisation: SpecialisationId | null;
  /** Free-form answers from the roadmap conversation, e.g. { stage: 'nursing-degree' }. */
  roadmap: Record<string, string> | null;
  /**
   * What the user said about themselves anywhere in a conversation (dialogs/understanding/person/aboutYou.ts), newest last:
   * the roadmap starts from it and asks only for what is missing. Absent in profiles saved before it existed.
   */
  about?: KnownAboutYou;
}

/** What is kept of what a user said about themselves; the chosen area is `specialisation` above. */
export interface KnownAboutYou {
  /** A job id of dialogs/understanding/person/aboutYou.ts (`jobById`). */
  job?: string;
  years?: number;
  working?: boolean;
  education?: Education;
  aim?: Aim;
  /** How far a student is through the degree: the year they are in, or the years left (dialogs/understanding/person/aboutYou.ts `studyTold`). */
  studyYear?: number | 'final';
  studyYearsLeft?: number;
  /** An area asked about for themselves, not chosen: the roadmap's area when they aim to specialise and chose none. */
  areaAsked?: SpecialisationId;
  /** The degree they hold is a master's or above. */
  higherDegree?: boolean;
  /** A 'diploma' education named as a certificate or an associate degree, said back so. */
  diplomaKind?: DiplomaKind;
}

export const EMPTY_PROFILE: Readonly<UserProfile> = Object.freeze({ lastStep: null, completedSteps: [], specialisation: null, roadmap: null });

/** State property names, once. */
export const STATE_PROPERTIES = Object.freeze({
  dialogState: 'dialogState',
  profile: 'profile',
  welcomed: 'welcomed',
  rated: 'ratedAnswers',
  lastAnswered: 'lastAnsweredEntry',
  answeredBefore: 'answeredBeforeEntry',
  forgetMeAsked: 'forgetMeAskedBy',
  answerMessages: 'teamsAnswerMessages',
  pausedFlows: 'pausedFlows',
  offeredFlow: 'offeredFlow',
  offeredEntries: 'offeredEntries',
  roadmapShown: 'roadmapShown',
  suggestionLeft: 'suggestionLeft',
  answerShown: 'answerShown',
  answersShownRecently: 'answersShownRecently',
  lastReplyShown: 'lastReplyShown',
  englishNoted: 'englishNoted',
  lossHeard: 'lossHeard',
  payTold: 'payTold',
  faithCareTold: 'faithCareTold',
});

/** The entries a reply offered as buttons instead of an answer ("Did you mean", what the guide says nearby). */
export interface OfferedMenu {
  ids: string[];
  /** The entry whose question the reply declined ("no figure for that; here is the CCM"), which stays in view. */
  about?: string;
  /** The question the buttons were offered for, which a typed "none of these" leaves unanswered. */
  question?: string;
}

/** A guided flow left for another one ("salary ladder" mid-walk), offered back when that one ends. */
export interface PausedFlow {
  flow: FlowName;
  /** The walk's step when it was left. */
  step?: number;
}

/** What "forget me" deleted. */
export interface ForgetSummary {
  stateKeys: readonly string[];
  feedbackRecords: number;
}

/**
 * True in a conversation several people share: a Teams group chat or channel (or any conversation marked as a group).
 * There each person's walk, choices and ratings are their own.
 */
export function isSharedConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return activity.conversation?.isGroup === true || type === 'groupChat' || type === 'channel';
}

/**
 * A property of one person in one conversation. In a one-to-one conversation that is the conversation's own state
 * (where it has always been kept, so saved conversations carry on); in a shared one it is kept per person (the
 * conversation and the user), so one person's "next" never moves another's walk. A value a shared conversation saved
 * before it was kept per person goes to the first person who speaks, who carries on where the group was.
 */
class PerPersonProperty<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly conversation: StatePropertyAccessor<T>,
    private readonly person: StatePropertyAccessor<T>,
  ) {}

  get(context: TurnContext): Promise<T | undefined>;
  get(context: TurnContext, defaultValue: T): Promise<T>;
  async get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
    if (!isSharedConversation(context.activity)) return defaultValue === undefined ? this.conversation.get(context) : this.conversation.get(context, defaultValue);
    const own = await this.person.get(context);
    if (own !== undefined) return own;
    const legacy = await this.conversation.get(context);
    if (legacy !== undefined) {
      await this.conversation.delete(context);
      await this.person.set(context, legacy);
      return legacy;
    }
    return defaultValue === undefined ? this.person.get(context) : this.person.get(context, defaultValue);
  }

  async set(context: TurnContext, value: T): Promise<void> {
    await (isSharedConversation(context.activity) ? this.person : this.conversation).set(context, value);
  }

  async delete(context: TurnContext): Promise<void> {
    await (isSharedConversation(context.activity) ? this.person : this.conversation).delete(context);
  }
}

/** A property kept per person in shared conversations, and with the conversation in one-to-one ones. */
export function perPersonProperty<T>(conversationState: BotState, personState: BotState, name: string): StatePropertyAccessor<T> {
  return new PerPersonProperty<T>(conversationState.createProperty<T>(name), personState.createProperty<T>(name));
}

/**
 * Everything the dialogs need, built once per bot.
 * Card values whose `action` is ask | rate | none | flow | command are handled by the turn router at any time
 * (see ROOT_ACTIONS in cards.ts); guided cards should use other action names.
 */
export interface DialogDeps {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  conversationState: ConversationState;
  userState: UserState;
  /** One person's state in one conversation: their flows, ratings and last answer in a shared conversation. */
  personState: BotState;
  /** The guided flows' dialog stack: per person in a shared conversation. */
  dialogState: StatePropertyAccessor<DialogState>;
  profile: StatePropertyAccessor<UserProfile>;
  /** The id of the entry last answered to this person in this conversation, for "tell me more". */
  lastAnswered: StatePropertyAccessor<string>;
  /** The entry answered before the last one, for "which is better?" after two answers. */
  answeredBefore: StatePropertyAccessor<string>;
  /**
   * Teams: the entry each recent answer message showed, by the message id Teams gave it, so a rating made with Teams'
   * own feedback control (which names only the message) counts for the right entry. Shared by everyone in the chat.
   */
  answerMessages: StatePropertyAccessor<Record<string, string>>;
  /** Entries already rated in this conversation, so one person rating twice counts once. */
  rated: StatePropertyAccessor<string[]>;
  /** Flows left for another one, innermost last (per person in a shared conversation). */
  pausedFlows: StatePropertyAccessor<PausedFlow[]>;
  /** The flow just offered back ("Back to step 3 of the walk?"), which a "yes" on the next turn takes up. */
  offeredFlow: StatePropertyAccessor<PausedFlow>;
  /** The buttons the last reply offered instead of an answer, which "the second one" on the next turn picks from. */
  offeredEntries: StatePropertyAccessor<OfferedMenu>;
  /** Set when the last reply showed the roadmap, so only the next message may correct it ("that's not right, ..."). */
  roadmapShown: StatePropertyAccessor<boolean>;
  /** Set when the chooser ended with its suggestion turned down, so only the next message may pick an area ("the old ppl one"). */
  suggestionLeft: StatePropertyAccessor<boolean>;
  /** A fingerprint of the answer the last reply showed, so the next message never gets it again word for word. */
  answerShown: StatePropertyAccessor<string>;
  /** Fingerprints of the answers shown in the last few turns, newest turn first, so none comes back a turn or two later. */
  answersShownRecently: StatePropertyAccessor<string[][]>;
  /** Fingerprints of the messages of the last reply, so a reply after a complaint is never the same again with a "Sorry". */
  lastReplyShown: StatePropertyAccessor<string[]>;
  /** Set once the bot has said it reads only the English of a message in another language, so it says so once. */
  englishNoted: StatePropertyAccessor<boolean>;
  /** Set once the bot has said it is sorry for a loss the person told of, so it says so once. */
  lossHeard: StatePropertyAccessor<boolean>;
  /** The message in which the person told their own pay now ("I make 55k with tips"), weighed against a later "would I earn more?". */
  payTold: StatePropertyAccessor<string>;
  /** Set once the person has told of care or counseling done in a religious setting ("youth pastor ... crisis counseling with teens"). */
  faithCareTold: StatePropertyAccessor<boolean>;
  /** Unanswered questions, "None of these" picks and ratings, for `npm run report`. */
  feedback: FeedbackStore;
  /** How questions were handled and how far the guided flows got, for the /admin dashboard (no user text). */
  usage: UsageLog;
  /** Days feedback is kept; users are told in the welcome and "help". */
  feedbackRetentionDays: number;
  /** Deletes everything kept about the person who sent this turn (bot/privacy.ts); throws when the storage fails. */
  forgetUser(context: TurnContext): Promise<ForgetSummary>;
}

export interface DialogDepsInput {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  storage: Storage;
  /** State on `storage`; the bot passes its eTag-checking variants, by default the plain botbuilder ones. */
  conversationState?: ConversationState;
  userState?: UserState;
  personState?: BotState;
  feedbackOptions?: FeedbackStoreOptions;
  /** The feedback store on `storage`, when the caller built it; by default one is built here. */
  feedback?: FeedbackStore;
  feedbackRetentionDays?: number;
  /** The usage log; by default one on `storage` (the chat evaluation passes one that records what each turn did). */
  usage?: UsageLog;
  /** "forget me": the bot passes bot/privacy.ts; without it, the command says it cannot delete. */
  forgetUser?: (context: TurnContext) => Promise<ForgetSummary>;
}

/** Builds the dialog dependencies on one storage (the bot does this; tests can too). */
export function createDialogDeps(input: DialogDepsInput): DialogDeps {
  const conversationState = input.conversationState ?? new ConversationState(input.storage);
  const userState = input.userState ?? new UserState(input.storage);
  const personState = input.personState ?? new PrivateConversationState(input.storage);
  return {
    kb: input.kb,
    engine: input.engine,
    conversationState,
    userState,
    personState,
    dialogState: perPersonProperty<DialogState>(conversationState, personState, STATE_PROPERTIES.dialogState),
    profile: userState.createProperty<UserProfile>(STATE_PROPERTIES.profile),
    lastAnswered: perPersonProperty<string>(conversationState, personState, STATE_PROPERTIES.lastAnswered),
    answeredBefore: perPersonProperty<string>(conversationState, personState, STATE_PROPERTIES.answeredBefore),
    answerMessages: conversationState.createProperty<Record<string, string>>(STATE_PROPERTIES.answerMessages),
    rated: perPersonProperty<string[]>(conversationState, personState, STATE_PROPERTIES.rated),
    pausedFlows: perPersonProperty<PausedFlow[]>(conversationState, personState, STATE_PROPERTIES.pausedFlows),
    offeredFlow: perPersonProperty<PausedFlow>(conversationState, personState, STATE_PROPERTIES.offeredFlow),
    offeredEntries: perPersonProperty<OfferedMenu>(conversationState, personState, STATE_PROPERTIES.offeredEntries),
    roadmapShown: perPersonProperty<boolean>(conversationState, personState, STATE_PROPERTIES.roadmapShown),
    suggestionLeft: perPersonProperty<boolean>(conversationState, personState, STATE_PROPERTIES.suggestionLeft),
    answerShown: perPersonProperty<string>(conversationState, personState, STATE_PROPERTIES.answerShown),
    answersShownRecently: perPersonProperty<string[][]>(conversationState, personState, STATE_PROPERTIES.answersShownRecently),
    lastReplyShown: perPersonProperty<string[]>(conversationState, personState, STATE_PROPERTIES.lastReplyShown),
    englishNoted: perPersonProperty<boolean>(conversationState, personState, STATE_PROPERTIES.englishNoted),
    lossHeard: perPersonProperty<boolean>(conversationState, personState, STATE_PROPERTIES.lossHeard),
    payTold: perPersonProperty<string>(conversationState, personState, STATE_PROPERTIES.payTold),
    faithCareTold: perPersonProperty<boolean>(conversationState, personState, STATE_PROPERTIES.faithCareTold),
    feedback: input.feedback ?? createFeedbackStore(input.storage, input.feedbackOptions),
    usage: input.usage ?? createUsageLog(input.storage, input.feedbackOptions),
    feedbackRetentionDays: input.feedbackRetentionDays ?? DEFAULT_FEEDBACK_RETENTION_DAYS,
    forgetUser: input.forgetUser ?? (() => Promise.reject(new Error('This bot was built without a way to delete user data (createDialogDeps got no forgetUser)'))),
  };
}
