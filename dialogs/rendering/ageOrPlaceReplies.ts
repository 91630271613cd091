import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../knowledge/answerEngine';
import { feedbackUserOf } from '../feedbackStore';
import type { DialogDeps } from '../deps';
import { menuOf } from '../turnState';
import { AGE_SUBJECT } from '../understanding/aspectInView';
import { channelOf } from './cards';
import { Messages } from './messages';
import { renderWorkNotSaid } from './nearby';

/** What the guide ties to a place: its pay, licensing, certification, and the professional bodies it names. */
export const GUIDE_PLACE_ENTRIES: readonly string[] = Object.freeze(['salary', 'licensing', 'professional-organizations']);

/**
 * An age or a place told and weighed beside a short question (understanding/ageOrPlaceTold.ts): the guide's silence on
 * age, or on any country's rules, said plainly with the answers nearest to it as buttons. A decline, noted.
 */
export async function sendAgeOrPlaceNotSaid(context: TurnContext, deps: DialogDeps, question: string, told: 'age' | 'place'): Promise<Answer> {
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  const said = told === 'age' ? Messages.aspectNotGiven.age : Messages.guideOfAPlace;
  await context.sendActivity(renderWorkNotSaid(said, menuOf(deps, told === 'age' ? AGE_SUBJECT : GUIDE_PLACE_ENTRIES), channelOf(context.activity)));
  return { question, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [] };
}
