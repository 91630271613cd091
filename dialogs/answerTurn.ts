import type { TurnContext } from 'botbuilder';
import type { Answer } from '../knowledge/answerEngine';
import type { FaqEntry } from '../knowledge/schema';
import { channelOf, renderAnswer, renderDidYouMean, renderFollowUp, renderNotCovered, renderSmallTalk, type ChosenSpecialisation } from './rendering/cards';
import type { DialogDeps } from './deps';
import { analyseSmallTalk, recogniseYesNo } from './understanding/smallTalk';
import { feedbackUserOf } from './feedbackStore';

/**
 * Answers one question and sends the reply for the channel: the answer card, "Did you mean ...", or the honest
 * "not covered" reply. Unanswered and ambiguous questions are recorded for the report (written in the background:
 * the reply does not wait for the feedback document).
 * Small talk ("thanks", "are you a bot?") gets its short reply and comes back as kind 'empty' (nothing was searched);
 * a greeting in front of a question is dropped before searching.
 * Guided flows call this for a question asked in the middle of a flow.
 */
export async function sendAnswer(context: TurnContext, deps: DialogDeps, text: string): Promise<Answer> {
  const channel = channelOf(context.activity);
  const { kind, rest } = analyseSmallTalk(text);
  // A bare "yes" or "no" is neither searched (the engine would guess) nor recorded as unanswered.
  const reply = kind ?? recogniseYesNo(rest);
  if (reply) {
    await context.sendActivity(renderSmallTalk(reply, channel));
    return { question: text, kind: 'empty', answered: false, entry: null, score: 0, alternatives: [] };
  }
  const answer = deps.engine.answer(rest);
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
        void deps.feedback.recordQuestion(rest, 'ambiguous', feedbackUserOf(context.activity));
        await context.sendActivity(renderDidYouMean(rest, offered, channel));
        return answer;
      }
      break;
    }
    case 'out-of-scope':
      void deps.feedback.recordQuestion(rest, 'out-of-scope', feedbackUserOf(context.activity));
      await context.sendActivity(renderNotCovered('out-of-scope', channel));
      return answer;
    case 'empty':
      await context.sendActivity(renderNotCovered('empty', channel));
      return answer;
    case 'no-match':
      break;
  }
  // No match, or an answer the knowledge base cannot show: say so honestly.
  void deps.feedback.recordQuestion(rest, 'no-match', feedbackUserOf(context.activity));
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
