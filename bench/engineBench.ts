import { createAnswerEngine, type AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase } from '../knowledge/schema';
import { median, nsToMs, percentile } from './stats';

export interface EngineFigures {
  questions: number;
  passes: number;
  questionsPerSecond: number;
  medianMicros: number;
  p99Micros: number;
  maxMicros: number;
  /** createAnswerEngine(kb): median of the builds, and the first (colder) one. */
  indexBuildMs: number;
  firstIndexBuildMs: number;
  /** The questions with the highest median time over the passes: where to look first when the engine is slow. */
  slowest: Array<{ question: string; medianMicros: number }>;
}

export interface EngineBenchOptions {
  warmupPasses: number;
  passes: number;
  builds: number;
  slowestShown: number;
  /** `answerAll` is what the bot calls for a message (splits two-in-one questions and comparisons); `answer` is one reading. */
  method: 'answer' | 'answerAll';
}

/** Times the answer engine alone: index builds, then every question once per pass, each one timed. */
export function benchEngine(kb: KnowledgeBase, questions: readonly string[], options: EngineBenchOptions): EngineFigures {
  const ask = options.method === 'answer' ? (engine: AnswerEngine, question: string) => engine.answer(question).score : (engine: AnswerEngine, question: string) => engine.answerAll(question).reduce((sum, part) => sum + part.score, 0);
  const builds: number[] = [];
  let engine = createAnswerEngine(kb);
  for (let i = 0; i < options.builds; i += 1) {
    const started = process.hrtime.bigint();
    engine = createAnswerEngine(kb);
    builds.push(nsToMs(process.hrtime.bigint() - started));
  }
  // Results are kept in a running checksum so the calls cannot be optimised away.
  let checksum = 0;
  for (let pass = 0; pass < options.warmupPasses; pass += 1) {
    for (const question of questions) checksum += ask(engine, question);
  }
  const micros: number[] = [];
  const perQuestion: number[][] = questions.map(() => []);
  let totalNs = 0n;
  for (let pass = 0; pass < options.passes; pass += 1) {
    const passStarted = process.hrtime.bigint();
    questions.forEach((question, index) => {
      const started = process.hrtime.bigint();
      checksum += ask(engine, question);
      const elapsed = Number(process.hrtime.bigint() - started) / 1000;
      micros.push(elapsed);
      perQuestion[index]!.push(elapsed);
    });
    totalNs += process.hrtime.bigint() - passStarted;
  }
  if (!Number.isFinite(checksum)) throw new Error('the answer engine returned a score that is not a number');
  micros.sort((a, b) => a - b);
  const slowest = questions
    .map((question, index) => ({ question, medianMicros: median(perQuestion[index]!) }))
    .sort((a, b) => b.medianMicros - a.medianMicros)
    .slice(0, options.slowestShown);
  return {
    questions: questions.length,
    passes: options.passes,
    questionsPerSecond: micros.length / (Number(totalNs) / 1e9),
    medianMicros: percentile(micros, 50),
    p99Micros: percentile(micros, 99),
    maxMicros: micros[micros.length - 1] ?? Number.NaN,
    indexBuildMs: median(builds),
    firstIndexBuildMs: builds[0] ?? Number.NaN,
    slowest,
  };
}
