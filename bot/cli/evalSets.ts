import { join } from 'node:path';

/**
 * The labelled question sets. tune: its questions' styles shaped the content and lexicon. dev and dev2: written later,
 * each on its own, to set the engine's thresholds. dev3 and holdout: never used for either; their figures are the ones
 * to quote (dev3 was written last, by a writer who saw none of the other sets).
 */
export const EVAL_SETS = Object.freeze({
  tune: join(__dirname, '../../tests/eval/tune.yaml'),
  dev: join(__dirname, '../../tests/eval/dev.yaml'),
  dev2: join(__dirname, '../../tests/eval/dev2.yaml'),
  dev3: join(__dirname, '../../tests/eval/dev3.yaml'),
  dev4: join(__dirname, '../../tests/eval/dev4.yaml'),
  holdout: join(__dirname, '../../tests/eval/holdout.yaml'),
});
