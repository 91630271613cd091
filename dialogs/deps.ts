import { ConversationState, UserState, type StatePropertyAccessor, type Storage } from 'botbuilder';
import type { AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase, SpecialisationId } from '../knowledge/schema';
import { createFeedbackStore, type FeedbackStore, type FeedbackStoreOptions } from './feedbackStore';

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
});

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
}

export interface DialogDepsInput {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  storage: Storage;
  /** State on `storage`; the bot passes its eTag-checking variants, by default the plain botbuilder ones. */
  conversationState?: ConversationState;
  userState?: UserState;
  feedbackOptions?: FeedbackStoreOptions;
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
    feedback: createFeedbackStore(input.storage, input.feedbackOptions),
  };
}
