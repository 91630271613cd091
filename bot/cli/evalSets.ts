import { join } from 'node:path';

/**
 * The labelled question sets. tune: its questions' styles shaped the content and lexicon. dev and dev2: written later,
 * each on its own, to set the engine's thresholds. holdout: never used for either; its figures are the ones to quote.
 */
export const EVAL_SETS = Object.freeze({
  tune: join(__dirname, '../../tests/eval/tune.yaml'),
  dev: join(__dirname, '../../tests/eval/dev.yaml'),
  dev2: join(__dirname, '../../tests/eval/dev2.yaml'),
  holdout: join(__dirname, '../../tests/eval/holdout.yaml'),
});
