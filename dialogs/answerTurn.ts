import type { TurnContext } from 'botbuilder';
import type { Answer, AnswerEngine } from '../knowledge/answerEngine';
import type { FaqEntry } from '../knowledge/schema';
import { channelOf, renderAnswer, renderDidYouMean, renderFollowUp, renderNotCovered, type ChosenSpecialisation } from './rendering/cards';
import type { DialogDeps } from './deps';
import { feedbackUserOf } from './feedbackStore';

/** The engine's answers to a message: one per question it asks, when the engine can tell them apart. */
export function answersFor(engine: AnswerEngine, text: string): Answer[] {
  const split: unknown = 'answerAll' in engine ? engine.answerAll : undefined;
  if (typeof split === 'function') {
    const answers: unknown = split.call(engine, text);
    if (Array.isArray(answers) && answers.length > 0 && answers.every(isAnswer)) return answers;
  }
  return [engine.answer(text)];
}

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && 'kind' in value && 'question' in value && 'alternatives' in value;
}

/**
 * Answers one question and sends the reply for the channel: the answer card, "Did you mean ...", or the honest
 * "not covered" reply. Unanswered and ambiguous questions are recorded for the report (written in the background:
 * the reply does not wait for the feedback document). Only questions come here: conversation ("thanks", "are you a
 * bot?") is understood and answered before (understanding/pipeline.ts, respond.ts).
 */
export async function sendAnswer(context: TurnContext, deps: DialogDeps, text: string): Promise<Answer> {
  const channel = channelOf(context.activity);
  const answer = deps.engine.answer(text);
  switch (answer.kind) {
    case 'answer': {
      if (answer.entry) {
        await sendEntry(context, deps, answer.entry);
        return answer;
      }
      break;
    }
    case 'ambiguous': {
      const offered = answer.alternatives.map((alternative) => deps.kb.faqById.get(alternative.id)).filter((entry): entry is FaqEntry => entry !== undefined);
      if (offered.length > 0) {
        void deps.feedback.recordQuestion(text, 'ambiguous', feedbackUserOf(context.activity));
        await context.sendActivity(renderDidYouMean(text, offered, channel));
        return answer;
      }
      break;
    }
    case 'out-of-scope':
      void deps.feedback.recordQuestion(text, 'out-of-scope', feedbackUserOf(context.activity));
      await context.sendActivity(renderNotCovered('out-of-scope', channel));
      return answer;
    case 'empty':
      await context.sendActivity(renderNotCovered('empty', channel));
      return answer;
    case 'no-match':
      break;
  }
  // No match, or an answer the knowledge base cannot show: say so honestly.
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity));
  await context.sendActivity(renderNotCovered('no-match', channel));
  return answer;
}

/** Sends the answer card for one entry, e.g. after a related-question or "did you mean" button. */
export async function sendEntry(context: TurnContext, deps: DialogDeps, entry: FaqEntry): Promise<void> {
  await context.sendActivity(renderAnswer(entry, deps.kb, channelOf(context.activity), await chosenSpecialisation(context, deps, entry)));
  await deps.lastAnswered.set(context, entry.id);
}

/** "Tell me more": the last answered entry's related questions, or the topics when nothing was answered yet. */
export async function sendFollowUp(context: TurnContext, deps: DialogDeps): Promise<void> {
  const lastId = await deps.lastAnswered.get(context);
  const entry = lastId ? deps.kb.faqById.get(lastId) : undefined;
  await context.sendActivity(renderFollowUp(entry, deps.kb, channelOf(context.activity)));
}

/** Answers about specialising or certification, where the specialisation the user chose is worth a pointer. */
export const CHOSEN_SPECIALISATION_FAQ_IDS: readonly string[] = Object.freeze(['specialisations', 'how-to-specialise', 'certifications', 'certification-required']);

/** The user's chosen specialisation, when the answer is about specialising or certification and they chose one. */
async function chosenSpecialisation(context: TurnContext, deps: DialogDeps, answered: FaqEntry): Promise<ChosenSpecialisation | undefined> {
  if (!CHOSEN_SPECIALISATION_FAQ_IDS.includes(answered.id)) return undefined;
  // No default here: reading must not create a profile for users who never started a guided flow.
  const chosen = (await deps.profile.get(context))?.specialisation;
  const spec = chosen ? deps.kb.specialisations.find((candidate) => candidate.id === chosen) : undefined;
  const entry = spec ? deps.kb.faqById.get(spec.faqId) : undefined;
  return spec && entry ? { name: spec.name, entry } : undefined;
}
