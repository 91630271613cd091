import { join } from 'node:path';

/** The labelled question sets: tune is used to tune the engine, holdout never is. */
export const EVAL_SETS = Object.freeze({
  tune: join(__dirname, '../../tests/eval/tune.yaml'),
  holdout: join(__dirname, '../../tests/eval/holdout.yaml'),
});
