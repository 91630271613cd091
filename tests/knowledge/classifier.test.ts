import { expect } from 'chai';
import type { Answer } from '../../knowledge/answerEngine';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { challengeCeiling, challengeFeatures, challengeLikelihood, challengerOf, createArbiter, type ArbiterModel, type Classified, type Reading } from '../../knowledge/arbiter';
import { classifierTerms, classify, ClassifierFileSchema, compileClassifier, fileOf, fitClassifier, weightsOf, type ClassifierWeights } from '../../knowledge/classifier';
import { loadLabelledSet } from '../../knowledge/evaluate';
import { EVAL_SETS } from '../../bot/cli/evalSets';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import type { PhrasingVote } from '../../knowledge/nearestPhrasings';

const kb = loadKnowledge();

describe('the classifier view', () => {
  it('reads words, word pairs, stems and stem pairs, each once', () => {
    expect(classifierTerms(['what', 'degree', 'what', 'degree'], ['degre'])).to.deep.equal(['w:what', 'w:degree', 'b:what degree', 'b:degree what', 's:degre']);
  });

  it('learns which word tells two classes apart, and keeps it through the file it is stored in', () => {
    const examples = [
      { terms: ['w:what', 'w:degree'], label: 0 },
      { terms: ['w:which', 'w:degree'], label: 0 },
      { terms: ['w:need', 'w:degree'], label: 1 },
      { terms: ['w:need', 'w:a', 'w:degree'], label: 1 },
      { terms: ['w:weather'], label: 2 },
    ];
    const fitted = fitClassifier(['fields', 'required', null], examples, { epochs: 30 });
    const file = ClassifierFileSchema.parse(JSON.parse(JSON.stringify(fileOf(fitted, 'test', 0.01, 3))));
    const model = weightsOf(file);
    expect(classify(model, ['w:what', 'w:degree']).top).to.equal('fields');
    expect(classify(model, ['w:need', 'w:degree']).top).to.equal('required');
    // Its likeliest entry leaves messages to decline aside; their probability is still read.
    const weather = classify(model, ['w:weather']);
    expect(weather.probability(null)).to.be.greaterThan(weather.probability(weather.top));
  });

  it('keeps every row of the file, each a view into one buffer for the whole model (no buffer of its own per row)', () => {
    const file = ClassifierFileSchema.parse({ about: 'test', classes: ['a', 'b', null], bias: [0, 0.5, -1], terms: ['w:x', 'w:y', 'b:x y'], rows: [[0, 1.25], [1, -0.5, 2, 0.125], [2, 3]] });
    const model = weightsOf(file);
    const rows = [...model.terms.values()];
    expect([...model.terms.keys()]).to.deep.equal(['w:x', 'w:y', 'b:x y']);
    expect(rows.map((row) => Array.from(row))).to.deep.equal(file.rows);
    expect(rows.every((row) => row instanceof Float64Array && row.buffer === (rows[0] as Float64Array).buffer)).to.equal(true);
    expect((rows[0] as Float64Array).buffer.byteLength).to.equal(8 * 8);
  });

  /** Each class's probability for each text's first part, as the engine reads it (compiled) and by its terms as strings. */
  function bothWays(model: ClassifierWeights, texts: readonly string[]): Array<{ text: string; strings: number[]; compiled: number[] }> {
    const engine = createAnswerEngine(kb, { classifier: model });
    return texts.map((text) => {
      const reading = engine.readings(text)[0]!;
      const byStrings = classify(model, engine.termsOf(reading.answer.question));
      return { text, strings: model.classes.map((id) => byStrings.probability(id)), compiled: model.classes.map((id) => reading.classified!.probability(id)) };
    });
  }

  it('reads the same probabilities, to the bit, from its compiled tables as from its terms as strings', () => {
    const texts = [
      'what degree do i need',
      'do i need a degree',
      'what degree what degree',
      'hw much do senior care managrs make',
      "I'm a nurse - is this job stressful?",
      'capital of australia',
      'ccm vs cmc which one is better for a new grad',
      ...loadLabelledSet(EVAL_SETS.tune.file, kb).map((item) => item.q),
    ];
    for (const { text, strings, compiled } of bothWays(kb.classifier!, texts)) expect(compiled, text).to.deep.equal(strings);
    // Weights that are not thousandths (a fit before it is stored) take the other path, with the same result.
    const examples = [
      { terms: ['w:what', 'w:degree', 'b:what degree'], label: 0 },
      { terms: ['w:need', 'w:degree', 's:need', 't:need degre'], label: 1 },
      { terms: ['w:weather'], label: 2 },
    ];
    const unrounded = fitClassifier(['fields', 'required', null], examples, { epochs: 5 });
    const compiled = compileClassifier(unrounded).classify(['what', 'degree', 'need', 'weather'], ['need', 'degre']);
    const byStrings = classify(unrounded, ['w:what', 'w:degree', 'b:what degree', 'w:need', 'b:degree need', 'w:weather', 'b:need weather', 's:need', 's:degre', 't:need degre']);
    for (const id of unrounded.classes) expect(compiled.probability(id)).to.equal(byStrings.probability(id));
  });

  it('is consulted by the engine the knowledge base ships with, and not when it is left out', () => {
    const withIt = createAnswerEngine(kb).readings('what should i study to become a care manager')[0]!;
    expect(withIt.classified?.top).to.be.a('string');
    expect(createAnswerEngine(kb, { classifier: null }).readings('what should i study')[0]!.classified).to.equal(undefined);
  });
});

describe("the classifier's challenge", () => {
  const classified = (top: string, p: number, other: number): Classified => ({ top, probability: (id) => (id === top ? p : other) });
  function reading(engineId: string, byClassifier: Classified, score = 0.7): Reading {
    const entry = kb.faqById.get(engineId)!;
    const answer: Answer = { question: 'q', kind: 'answer', answered: true, entry, score, alternatives: [], ranked: [{ id: engineId, title: entry.title, score }] };
    const vote: PhrasingVote = { id: engineId, nearest: 0.5, agreement: 1, votes: new Map([[engineId, 1]]), wideShares: new Map([[engineId, 1]]) };
    return { answer, vote, words: 6, classified: byClassifier };
  }
  /** A model on the classifier's probability for its own entry alone: p = 0.5 at 0.6. */
  const model: ArbiterModel = {
    about: 'test',
    features: ['bias', 'shareGap20'],
    weights: [-100, 0],
    means: [0, 0],
    scales: [1, 1],
    keepBelow: 0.5,
    answerAbove: 0.5,
    minWords: 0,
    challenge: { features: ['bias', 'classTop'], weights: [0, 10], means: [0, 0.6], scales: [1, 1], answerAbove: 0.5 },
  };
  const arbiter = createArbiter(model, kb.faqById);

  it("answers the classifier's entry when the challenge model finds it likelier right, offering the words' beside it", () => {
    const result = arbiter.decide(reading('salary', classified('how-long', 0.9, 0.05)));
    expect(result.entry?.id).to.equal('how-long');
    expect(result.alternatives.map((a) => a.id)).to.deep.equal(['salary']);
  });

  it("keeps the answer when the classifier is unsure, agrees, or the answer was not given", () => {
    const unsure = reading('salary', classified('how-long', 0.4, 0.3));
    expect(arbiter.decide(unsure).entry?.id).to.equal('salary');
    expect(challengerOf(reading('salary', classified('salary', 0.9, 0.05)), reading('salary', classified('salary', 0.9, 0.05)).answer)).to.equal(null);
    const declined = reading('salary', classified('how-long', 0.9, 0.05));
    declined.answer = { ...declined.answer, kind: 'out-of-scope', answered: false, entry: null };
    expect(arbiter.decide(declined)).to.equal(declined.answer);
  });

  it('never challenges above the ceiling it is skipped under, so skipping the classifier there changes no answer', () => {
    const engine = createAnswerEngine(kb);
    const challenge = kb.arbiter!.challenge!;
    let challenged = 0;
    for (const { q } of [...loadLabelledSet(EVAL_SETS.tune.file, kb), ...loadLabelledSet(EVAL_SETS.blindZ.file, kb)]) {
      const first = engine.readings(q)[0];
      if (!first) continue;
      const ceiling = challengeCeiling(challenge, first, first.answer);
      const challenger = challengerOf(first, first.answer);
      if (challenger === null) continue;
      challenged += 1;
      expect(ceiling, q).to.be.at.least(challengeLikelihood(challenge, challengeFeatures(first, first.answer, challenger)));
    }
    expect(challenged).to.be.greaterThan(5);
    // Session 13's refit (three fits averaged, blindAB in the data) weighs the answer's probability more than before, so
    // fewer answers are out of the challenge's reach without the classifier: 60 skipped here, was over 100. Session 14's
    // refit (phrasings-m and -n, blindAF) weighs it less again (-0.67 against -1.21, bias 1.75 against 1.51): 1 skipped,
    // so the classifier is read for nearly every answer the arbiter settles on (a cost, not a changed answer). Session
    // 22's refit (phrasings-y and -z): none skipped here, so the count is no longer held.
  });

  it('computes its features from the classifier and the words', () => {
    const r = reading('salary', classified('how-long', 0.8, 0.1), 0.65);
    const features = challengeFeatures(r, r.answer, 'how-long');
    expect(features.classTop).to.equal(0.8);
    expect(features.classAnswer).to.equal(0.1);
    expect(features.engineScore).to.equal(0.65);
    expect(features.wordGap).to.equal(0.65);
    expect(features.overruled).to.equal(0);
  });
});
