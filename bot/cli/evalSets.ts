import { join } from 'node:path';

/**
 * The labelled question sets. tune: its questions' styles shaped the content and lexicon. dev, dev2, dev4, dev5, dev6 and
 * dev7: written later, each on its own, to set the engine's thresholds and guide later content (dev5, dev6 and dev7 were
 * written blind, by people who never saw the content; each guided the lexicon and engine rules after the one before). dev3 and holdout: never used
 * for either, written by people who saw neither the content nor the other sets; their figures are the ones to quote.
 */
export const EVAL_SETS = Object.freeze({
  tune: join(__dirname, '../../tests/eval/tune.yaml'),
  dev: join(__dirname, '../../tests/eval/dev.yaml'),
  dev2: join(__dirname, '../../tests/eval/dev2.yaml'),
  dev3: join(__dirname, '../../tests/eval/dev3.yaml'),
  dev4: join(__dirname, '../../tests/eval/dev4.yaml'),
  dev5: join(__dirname, '../../tests/eval/dev5.yaml'),
  dev6: join(__dirname, '../../tests/eval/dev6.yaml'),
  dev7: join(__dirname, '../../tests/eval/dev7.yaml'),
  holdout: join(__dirname, '../../tests/eval/holdout.yaml'),
});
