import { expect } from 'chai';
import { twoQuestionsAsked } from '../../../../dialogs/understanding/core/clauses';
import { partLeft, pointsAtTheStory } from '../../../../dialogs/understanding/inView/partLeft';
import { realEngine } from '../../transcript';

/** Session 30: the part of a two-part message a reply left, read from the two questions and what the reply showed. */
describe('the part a reply left (dialogs/understanding/inView/partLeft.ts)', () => {
  const engine = realEngine();
  const read = (part: string) => engine.answerAll(part);
  const partsOf = (message: string): [string, string] => {
    const parts = twoQuestionsAsked(message);
    if (!parts) throw new Error(`"${message}" is no longer read as two questions`);
    return parts;
  };

  it('a part pointing at the career ("can i do this ...") or naming what it asks ("is that pediatric care management") is read on its words', () => {
    expect(pointsAtTheStory('can i do this without a degree', read)).to.equal(false);
    expect(pointsAtTheStory('is that pediatric care management', read)).to.equal(false);
    expect(pointsAtTheStory('would that count as related?', read)).to.equal(true);
  });

  it('the part the guide answers that the reply left: its answer', () => {
    const left = partLeft(partsOf('could i get into this with no degree and what would i earn at first'), read, new Set(['salary-entry']), false);
    expect(left?.kind).to.equal('answer');
    expect(left?.kind === 'answer' ? left.answer.entry?.id : null).to.equal('without-degree');
  });

  it('an age asked beside a question the reply answered: the guide says nothing of age, once', () => {
    const parts = partsOf("Is 61 too late to retrain, and what's the starting pay?");
    expect(partLeft(parts, read, new Set(['salary-entry']), false)).to.deep.equal({ kind: 'age', part: parts[0] });
    expect(partLeft(parts, read, new Set(['salary-entry']), true), 'already said').to.equal(null);
  });

  it('a question the guide does not cover beside one the reply answered: a plain note; nothing when both were answered', () => {
    const parts = partsOf('do care managers get a company car? and what are the hours like?');
    expect(partLeft(parts, read, new Set(['work-hours']), false)).to.deep.equal({ kind: 'not-covered', part: parts[0] });
    expect(partLeft(partsOf('is the job stressful and what is the starting pay?'), read, new Set(['stressful', 'salary-entry']), false)).to.equal(null);
  });
});
