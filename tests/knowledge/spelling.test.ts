import { expect } from 'chai';
import { createSpellCorrector, editDistance } from '../../knowledge/spelling';

describe('spelling', () => {
  it('prefers the closer word over a more frequent one two edits away', () => {
    // "books" shares the deletion "boos" with "boost" but is two edits from it; "boot" is one.
    const corrector = createSpellCorrector(new Map([['books', 10], ['boot', 1]]));
    expect(corrector.correct('boost')).to.equal('boot');
  });

  it('keeps the first letter of a short word: "walk" is not a typo of "talk"', () => {
    const corrector = createSpellCorrector(new Map([['talk', 5], ['salary', 5]]));
    expect(corrector.correct('walk')).to.equal(null);
    expect(corrector.correct('salry')).to.equal('salary');
  });

  it('reports exact distances at or under the ceiling', () => {
    expect(editDistance('boost', 'books', 1)).to.be.greaterThan(1);
    expect(editDistance('lnog', 'long', 1)).to.equal(1);
    // Lengths further apart than the ceiling are past it at once; within it the distance stays exact.
    expect(editDistance('car', 'care managers', 2)).to.be.greaterThan(2);
    expect(editDistance('car manger', 'care manager', 3)).to.equal(2);
  });
});
