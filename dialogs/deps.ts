import { ConversationState, UserState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import type { AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase, SpecialisationId } from '../knowledge/schema';
import { createFeedbackStore, DEFAULT_FEEDBACK_RETENTION_DAYS, type FeedbackStore, type FeedbackStoreOptions } from './feedbackStore';

/** What a user has done in the guided flows; kept in user state so it survives new conversations. */
export interface UserProfile {
  /** The career step (1..10) the user last reached in the walk, or null if never started. */
  lastStep: number | null;
  /** Steps the user has marked done or that their roadmap marked done. */
  completedSteps: number[];
  specialisation: SpecialisationId | null;
  /** Free-form answers from the roadmap conversation, e.g. { stage: 'nursing-degree' }. */
  roadmap: Record<string, string> | null;
}

export const EMPTY_PROFILE: Readonly<UserProfile> = Object.freeze({ lastStep: null, completedSteps: [], specialisation: null, roadmap: null });

/** State property names, once. */
export const STATE_PROPERTIES = Object.freeze({
  dialogState: 'dialogState',
  profile: 'profile',
  welcomed: 'welcomed',
  rated: 'ratedAnswers',
  lastAnswered: 'lastAnsweredEntry',
  forgetMeAsked: 'forgetMeAskedBy',
});

/** What "forget me" deleted. */
export interface ForgetSummary {
  stateKeys: readonly string[];
  feedbackRecords: number;
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
  profile: StatePropertyAccessor<UserProfile>;
  /** The id of the entry last answered in this conversation, for "tell me more". */
  lastAnswered: StatePropertyAccessor<string>;
  /** Entries already rated in this conversation, so one person rating twice counts once. */
  rated: StatePropertyAccessor<string[]>;
  /** Unanswered questions, "None of these" picks and ratings, for `npm run report`. */
  feedback: FeedbackStore;
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
  feedbackOptions?: FeedbackStoreOptions;
  /** The feedback store on `storage`, when the caller built it; by default one is built here. */
  feedback?: FeedbackStore;
  feedbackRetentionDays?: number;
  /** "forget me": the bot passes bot/privacy.ts; without it, the command says it cannot delete. */
  forgetUser?: (context: TurnContext) => Promise<ForgetSummary>;
}

/** Builds the dialog dependencies on one storage (the bot does this; tests can too). */
export function createDialogDeps(input: DialogDepsInput): DialogDeps {
  const conversationState = input.conversationState ?? new ConversationState(input.storage);
  const userState = input.userState ?? new UserState(input.storage);
  return {
    kb: input.kb,
    engine: input.engine,
    conversationState,
    userState,
    profile: userState.createProperty<UserProfile>(STATE_PROPERTIES.profile),
    lastAnswered: conversationState.createProperty<string>(STATE_PROPERTIES.lastAnswered),
    rated: conversationState.createProperty<string[]>(STATE_PROPERTIES.rated),
    feedback: input.feedback ?? createFeedbackStore(input.storage, input.feedbackOptions),
    feedbackRetentionDays: input.feedbackRetentionDays ?? DEFAULT_FEEDBACK_RETENTION_DAYS,
    forgetUser: input.forgetUser ?? (() => Promise.reject(new Error('This bot was built without a way to delete user data (createDialogDeps got no forgetUser)'))),
  };
}
