import type { ConversationState, StatePropertyAccessor, UserState } from 'botbuilder';
import type { AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase, SpecialisationId } from '../knowledge/schema';

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

/** Everything the dialogs need, built once per bot. */
export interface DialogDeps {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  conversationState: ConversationState;
  userState: UserState;
  profile: StatePropertyAccessor<UserProfile>;
}
