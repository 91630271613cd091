/**
 * Replies where the question asked decides, not a neighbour of its keywords (tester ut35c kind 2, ut36a kind A): an area
 * close to the work the writer told ("... sitting with dying patients. Is there a specialty close to that?"), the time
 * from one level to the next ("how many yrs from junior to senior"), and where the guide says what was just said
 * ("Where does it say that?"). Each reader is in understanding/; null when the message asks none of these.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { feedbackUserOf } from '../../feedbackStore';
import { areaNearTheStoryAsked } from '../../understanding/questions/areaNearTheStory';
import { rungToRungAsked } from '../../understanding/questions/rungToRungAsked';
import { sourceOfTheClaimAsked } from '../../understanding/talk/sourceOfTheClaimAsked';
import { channelOf, renderText } from '../core/cards';
import { answeredWith, sendLedEntry } from '../core/entryReplies';
import { Messages } from '../core/messages';

/** The guide's answer listing the four areas to specialize in. */
const AREAS_ENTRY = 'specialisations';
/** The levels the guide gives years of experience for, as its salary levels name them. */
const LEVELS_WITH_YEARS: readonly string[] = ['salary-entry', 'salary-mid', 'salary-senior'];

/** Asked of what the writer told before the question, or of the career's levels, in words that land elsewhere. */
export async function sendAskedOfTheStory(context: TurnContext, deps: DialogDeps, text: string): Promise<Answer | null> {
  const typed = context.activity.text ?? text;
  if (areaNearTheStoryAsked(deps.kb, typed)) {
    const areas = deps.kb.faqById.get(AREAS_ENTRY);
    if (!areas) return null;
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    await sendLedEntry(context, deps, Messages.direct.noAreaNearTheStory, areas);
    return answeredWith(text, areas);
  }
  const rung = rungToRungAsked(text);
  const level = rung ? deps.kb.faqById.get(`salary-${rung}`) : undefined;
  if (level) {
    const years = deps.kb.salaries.filter((salary) => LEVELS_WITH_YEARS.includes(salary.faqId)).map((salary) => `${salary.shortTitle.toLowerCase()} ${salary.experience}`);
    await sendLedEntry(context, deps, Messages.direct.rungToRung(years.join(', ')), level);
    return answeredWith(text, level);
  }
  return null;
}

/** "Where does it say that?": the parts of the guide the answer in view comes from, or where every answer names them. */
export async function sendSourceOfTheAnswer(context: TurnContext, question: string, said: string, last: FaqEntry | undefined): Promise<Answer | null> {
  if (!sourceOfTheClaimAsked(said)) return null;
  const sections = last ? [...new Set(last.section.split(/;\s*/).map((part) => part.trim()).filter(Boolean))] : [];
  const named = sections.length === 0 ? '' : `${sections.length > 1 ? 'sections' : 'section'} ${sections.map((section) => `"${section}"`).join(' and ')}`;
  await context.sendActivity(renderText(channelOf(context.activity), Messages.sourceOfTheAnswer(last?.title ?? null, named)));
  return answeredWith(question, last);
}
