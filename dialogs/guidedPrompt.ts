import type { Activity } from 'botbuilder';
import { TextPrompt, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { sendAnswer } from './answerTurn';
import { channelOf } from './cards';
import type { DialogDeps } from './deps';
import { gaveUpActivity, questionActivity } from './guidedCards';
import { GuidedMessages } from './guidedMessages';
import { looksLikeQuestion } from './textMatch';

/** At most this many re-prompts in a row; the next answer that cannot be placed ends the flow gracefully. */
export const MAX_REPROMPTS = 2;

/** Reads an answer; null when it cannot be placed. */
export type AnswerParser<T> = (text: string) => T | null;

const MISSES = 'guidedMisses';

function missesIn(state: object): number {
  return MISSES in state && typeof state[MISSES] === 'number' ? state[MISSES] : 0;
}

/** Kinds of reply that gave the user something useful, so the question was not a miss. */
const PLACED_KINDS = new Set(['answer', 'ambiguous']);

/**
 * A question answered by a button or in the user's own words. The prompt ends when `parse` can place the answer;
 * a question asked instead is answered (sendAnswer) and the prompt asked again; anything else is re-prompted with
 * the options, at most MAX_REPROMPTS times in a row. After that the prompt ends anyway and the next waterfall step,
 * finding nothing it can parse, ends the flow with `exitGracefully`.
 */
export function createGuidedPrompt<T>(id: string, deps: DialogDeps, parse: AnswerParser<T>): TextPrompt {
  return new TextPrompt(id, async (prompt: PromptValidatorContext<string>) => {
    const text = (prompt.recognized.value ?? '').trim();
    if (text && parse(text) !== null) return true;
    let answered = false;
    if (text && looksLikeQuestion(text)) {
      const answer = await sendAnswer(prompt.context, deps, text);
      if (PLACED_KINDS.has(answer.kind)) {
        await resend(prompt, prompt.options.prompt);
        return false;
      }
      answered = true;
    }
    const misses = missesIn(prompt.state);
    if (misses >= MAX_REPROMPTS) return true;
    Object.assign(prompt.state, { [MISSES]: misses + 1 });
    // After an honest "not covered" reply the question itself is the clearest re-prompt.
    await resend(prompt, answered ? prompt.options.prompt : (prompt.options.retryPrompt ?? prompt.options.prompt));
    return false;
  });
}

async function resend(prompt: PromptValidatorContext<string>, activity: string | Partial<Activity> | undefined): Promise<void> {
  if (activity !== undefined) await prompt.context.sendActivity(activity);
}

/**
 * Asks a guided question: the options as buttons, and a re-prompt that repeats them (with `shortQuestion`, when the
 * question comes with a long lead-in that should not be repeated).
 */
export async function askGuided(
  step: WaterfallStepContext,
  promptId: string,
  question: string,
  options: readonly string[],
  shortQuestion: string = question,
): Promise<DialogTurnResult> {
  const channel = channelOf(step.context.activity);
  return step.prompt(promptId, {
    prompt: questionActivity(channel, question, options),
    retryPrompt: questionActivity(channel, GuidedMessages.reprompt(shortQuestion), options),
  });
}

/** The way out after too many answers that could not be placed: say so, offer the menu, end the flow. */
export async function exitGracefully(step: WaterfallStepContext, text?: string): Promise<DialogTurnResult> {
  await step.context.sendActivity(gaveUpActivity(channelOf(step.context.activity), text));
  return step.endDialog({ gaveUp: true });
}
