import type { Answer, AnswerEngine } from './answerEngine';

/**
 * The engine as one turn reads it: every reader of the turn asks how many questions a message asks ("how long does it
 * take and is it stressful" is two), and the count is read once per message text and shared, not searched again by
 * each reader. Held by the turn (dialogs/answerTurn.ts keeps one in the turn's state), so nothing outlives the message.
 */
export interface TurnEngine extends AnswerEngine {
  /** How many questions the message asks: the number of answers `answerAll` gives it (0 for a message with nothing to search). */
  questionsIn(message: string): number;
}

/** A turn's reading of the engine: `answerAll` read once per message text (the count and the reply share it), `answer` as the engine gives it. */
export function engineForTheTurn(engine: AnswerEngine): TurnEngine {
  if (isTurnEngine(engine)) return engine;
  const read = new Map<string, readonly Answer[]>();
  const answerAll = (message: string): Answer[] => {
    let answers = read.get(message);
    if (!answers) {
      answers = engine.answerAll(message);
      read.set(message, answers);
    }
    // A copy of the list, so no reader can change what another reads (the answers themselves are never changed).
    return [...answers];
  };
  return {
    answer: (question) => engine.answer(question),
    answerAll,
    questionsIn: (message) => answerAll(message).length,
  };
}

function isTurnEngine(engine: AnswerEngine): engine is TurnEngine {
  return 'questionsIn' in engine && typeof engine.questionsIn === 'function';
}
