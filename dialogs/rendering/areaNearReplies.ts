/**
 * An area asked for close to work the writer described that names none of the guide's four ("sitting with dying
 * patients and grieving families. Is there a specialty close to that?"): the guide describes none close to it, said
 * plainly and noted, then the four it does describe (understanding/questions/areaNearTheStory.ts).
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../knowledge/answerEngine';
import type { DialogDeps } from '../deps';
import { feedbackUserOf } from '../feedbackStore';
import { sendLedEntry } from './entryReplies';
import { Messages } from './messages';

/** The guide's answer listing the four areas to specialize in. */
const AREAS_ENTRY = 'specialisations';

export async function sendNoAreaNearTheStory(context: TurnContext, deps: DialogDeps, question: string): Promise<Answer | null> {
  const areas = deps.kb.faqById.get(AREAS_ENTRY);
  if (!areas) return null;
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  await sendLedEntry(context, deps, Messages.direct.noAreaNearTheStory, areas);
  return { question, kind: 'answer', answered: true, entry: areas, score: 1, alternatives: [] };
}
