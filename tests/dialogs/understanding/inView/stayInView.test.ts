import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { followUpEntry } from '../../../../dialogs/understanding/core/followUp';
import { STAY_FEATURES, STAY_MODEL_FILE, StayModelFileSchema, stayProbability, withStayModel, type StayModel } from '../../../../dialogs/understanding/inView/stayInView';
import { knowledge, realEngine } from '../../transcript';
import { engineForTheTurn } from '../../../../knowledge/turnEngine';

describe('a question asked of the subject in view, chosen by the learned model', () => {
  const kb = knowledge();
  // Read as the bot's turns read it: each message's question count read once (knowledge/turnEngine.ts).
  const engine = engineForTheTurn(realEngine());
  const entry = (id: string) => kb.faqById.get(id)!;

  it('ships a model fitted on the features stayInView reads, with a threshold held out', () => {
    const file = StayModelFileSchema.parse(JSON.parse(readFileSync(STAY_MODEL_FILE, 'utf8')));
    expect(file.features).to.deep.equal([...STAY_FEATURES]);
    expect(file.trees.length).to.be.greaterThan(0);
    expect(file.threshold).to.be.within(0.5, 1);
  });

  it('answers "Would mentoring come into that?" after continuing development with that answer, not the career path', () => {
    expect(followUpEntry('Would mentoring come into that?', entry('continuing-development'), engine, kb)?.id).to.equal('continuing-development');
  });

  it('leaves complete questions to their own words after other answers', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['ccm', 'how much do care managers earn'],
      ['team', 'is it stressful'],
      ['salary', 'where do they work'],
      ['how-long', 'how long does it take to become a care manager'],
    ];
    for (const [last, question] of cases) expect(followUpEntry(question, entry(last), engine, kb), `"${question}" after ${last}`).to.equal(null);
  });

  it('does not read a question as asked of an answer the person just said was not what they asked', () => {
    const alwaysStays: StayModel = { rate: 1, threshold: 0, trees: [{ value: 10 }] };
    withStayModel(alwaysStays, () => {
      expect(followUpEntry('i wanted the hours they work', entry('how-long'), engine, kb)?.id).to.equal('how-long');
      expect(followUpEntry('i wanted the hours they work', entry('how-long'), engine, kb, undefined, true)).to.equal(null);
    });
  });

  it('reads its trees as the sum of their leaves times the rate', () => {
    const model: StayModel = { rate: 0.5, threshold: 0.5, trees: [{ feature: 0, at: 0.5, left: { value: -2 }, right: { value: 2 } }, { value: 1 }] };
    expect(stayProbability(model, [0.9])).to.be.closeTo(1 / (1 + Math.exp(-1.5)), 1e-9);
    expect(stayProbability(model, [0.1])).to.be.closeTo(1 / (1 + Math.exp(0.5)), 1e-9);
  });
});
