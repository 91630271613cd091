/**
 * Child process of `npm run bench -- --memory-stages`: the bench's SQLite server (bench/serve.ts), built one part at a
 * time with a reading of its memory after each (bench/memoryReading.ts), sent to the parent as `stage` messages; then
 * it serves as bench/serve.ts does. Only Node's own modules and bench/memoryReading.ts are imported at the top, so the
 * first reading counts Node and tsx alone; everything else is loaded by a stage, in the order the server loads it.
 */
import { fullGc, settledRss } from './memoryReading';
import type { ChildMessage } from './serve';

/** The labels of the stages, in order: the parent prints them. */
export const STAGES = Object.freeze({
  node: 'Node and tsx',
  modules: 'modules (the bench server, botbuilder, restify, the bot\'s code)',
  knowledge: 'knowledge (content files, classifier.json)',
  engine: 'answer engine (index, spelling, compiled classifier)',
  actModel: 'act model (actModel.json; a server reads it at the first message the rules leave)',
  stayModel: 'stay model (stayModel.json; read at the first follow-up weighed)',
});

async function reading(label: string): Promise<void> {
  fullGc();
  const usage = process.memoryUsage();
  const rssSettled = await settledRss();
  const message: ChildMessage = { type: 'stage', label, rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, rssSettled };
  process.send?.(message);
}

async function main(): Promise<void> {
  await reading(STAGES.node);
  const { serve } = require('./serve') as typeof import('./serve');
  const { loadKnowledge } = require('../knowledge/loadKnowledge') as typeof import('../knowledge/loadKnowledge');
  const { createAnswerEngine } = require('../knowledge/answerEngine') as typeof import('../knowledge/answerEngine');
  const { actModel } = require('../dialogs/understanding/core/actModel') as typeof import('../dialogs/understanding/core/actModel');
  const { stayModel } = require('../dialogs/understanding/inView/stayInView') as typeof import('../dialogs/understanding/inView/stayInView');
  await reading(STAGES.modules);
  const kb = loadKnowledge();
  await reading(STAGES.knowledge);
  const engine = createAnswerEngine(kb);
  await reading(STAGES.engine);
  actModel();
  await reading(STAGES.actModel);
  stayModel();
  await reading(STAGES.stayModel);
  await serve('oursSqlite', { kb, engine });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench/memoryStagesChild.ts: the server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
