import { expect } from 'chai';
import { createNearestPhrasings, gramCodes, NEAREST_VOTERS, scannedGramCodes } from '../../knowledge/nearestPhrasings';

describe('nearest phrasings (character 3- to 5-grams, TF-IDF)', () => {
  const phrasings = [
    { text: 'how long does it take to become a care manager', id: 'how-long' },
    { text: 'how many years until I am qualified', id: 'how-long' },
    { text: 'what does a care manager earn', id: 'salary' },
    { text: 'care manager salary per year', id: 'salary' },
    { text: 'is the job stressful', id: 'stressful' },
    { text: 'best pizza in town', id: null },
    { text: 'what is the weather like tomorrow', id: null },
    // Filler, so no gram is in more than a fifth of the phrasings (those are left out as saying nothing).
    ...['alpha bravo', 'charlie delta', 'echo foxtrot', 'golf hotel', 'india juliet', 'kilo lima', 'mike november', 'oscar papa'].map((text) => ({ text, id: 'filler' })),
  ];
  const nearest = createNearestPhrasings(phrasings);

  it('finds a phrasing it holds word for word, with a similarity of 1', () => {
    const vote = nearest.vote('is the job stressful');
    expect(vote.id).to.equal('stressful');
    expect(vote.nearest).to.be.closeTo(1, 1e-6);
  });

  it('carries misspellings and word forms over to the right entry', () => {
    expect(nearest.vote('how lon does it tak to becum a care manger').id).to.equal('how-long');
    expect(nearest.vote('care manger sallary').id).to.equal('salary');
  });

  it('votes null when the closest phrasings are messages to decline', () => {
    expect(nearest.vote('any good pizza near me').id).to.equal(null);
  });

  it('counts each gram once per size: a text does not match a different text made of the same letters', () => {
    // "abc abc" and "cab cab" share every letter but no 3-gram; integer gram codes must keep them apart.
    const letters = createNearestPhrasings([
      { text: 'abc abc', id: 'one' },
      { text: 'xyz xyz', id: 'two' },
      ...['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'].map((text) => ({ text: `${text} filler`, id: 'filler' })),
    ]);
    expect(letters.vote('cab cab').nearest).to.equal(0);
    expect(letters.vote('abc').id).to.equal('one');
  });

  it('reads a long message on its heaviest grams and still finds its phrasing', () => {
    const story = 'I have worked in a warehouse for twelve years, my knees are not what they were, my sister suggested something in healthcare, ';
    const vote = nearest.vote(`${story.repeat(3)}how long does it take to become a care manager`);
    expect(vote.id).to.equal('how-long');
  });

  it('shares the vote among at most the closest few phrasings', () => {
    const vote = nearest.vote('care manager');
    let voters = 0;
    for (const score of vote.votes.values()) voters += score > 0 ? 1 : 0;
    expect(voters).to.be.at.most(NEAREST_VOTERS);
    expect(vote.agreement).to.be.within(0, 1);
  });

  it('reads a message\'s grams in one pass exactly as the index reads its phrasings', () => {
    const texts = ['', ' ', '?!', 'a', 'ab', 'abc', 'How much do care managers make?', '  two   spaces  ', 'c++ and 1.5 years, $50k', "what's the CCM's fee", 'naïve café', 'x'.repeat(700), 'care manager '.repeat(60)];
    for (const text of texts) expect(Array.from(scannedGramCodes(text)), JSON.stringify(text)).to.deep.equal(Array.from(gramCodes(text)));
  });
});
