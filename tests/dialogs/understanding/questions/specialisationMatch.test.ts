import { expect } from 'chai';
import {
  closestAreas,
  matchAreas,
  mentionedSpecialisations,
  parseComparison,
  pickSpecialisation,
  recommend,
} from '../../../../dialogs/understanding/questions/specialisationMatch';
import { containsPhrase, editDistance, readNumber, wordMatches, words } from '../../../../dialogs/understanding/core/textMatch';
import { knowledge } from '../../transcript';

const kb = knowledge();
const top = (text: string, withDraws = false) => matchAreas(kb, text, withDraws)[0]?.id ?? null;

describe('text matching for the guided flows', () => {
  it('folds plurals and possessives, and tolerates one typo in words of five letters or more', () => {
    expect(words("Kids' patients")).to.deep.equal(['kid', 'patient']);
    expect(wordMatches('eldery', 'elderly')).to.equal(true);
    expect(wordMatches('kid', 'kit')).to.equal(false);
    expect(wordMatches('geriatric', 'pediatric')).to.equal(false);
    expect(editDistance('certifcation', 'certification')).to.equal(1);
    expect(containsPhrase('I love working with the eldrly', 'elderly')).to.equal(true);
  });

  it('reads numbers as digits or words', () => {
    expect(readNumber('7')).to.equal(7);
    expect(readNumber('seven')).to.equal(7);
    expect(readNumber('3rd')).to.equal(3);
    expect(readNumber('many')).to.equal(null);
  });
});

describe('matching free text to a specialisation', () => {
  // Each row: the user's words, and the area the knowledge base's keywords point to.
  const table: ReadonlyArray<readonly [string, string]> = [
    ['I love working with older people', 'geriatric'],
    ['the elderly', 'geriatric'],
    ['kids', 'pediatric'],
    ['young people and their families', 'pediatric'],
    ['mental health', 'psychiatric'],
    ['people with addiction', 'psychiatric'],
    ['patients with diabetes', 'chronic-disease'],
    ['long-term illness', 'chronic-disease'],
    ['Older adults', 'geriatric'],
    ['Children & families', 'pediatric'],
    ['Mental health needs', 'psychiatric'],
    ['Long-term illness', 'chronic-disease'],
  ];
  for (const [text, id] of table) {
    it(`"${text}" points to ${id}`, () => expect(top(text)).to.equal(id));
  }

  it('does not count a negated mention ("not kids")', () => {
    expect(matchAreas(kb, 'not kids').map((a) => a.id)).to.deep.equal([]);
  });

  it('reads what draws someone only in the second question', () => {
    expect(top('navigating treatment')).to.equal(null);
    expect(top('navigating treatment', true)).to.equal('psychiatric');
    expect(top('working with schools', true)).to.equal('pediatric');
  });

  it('prefers an exact word over a near miss ("Geriatric care" is not pediatric)', () => {
    expect(pickSpecialisation(kb, 'Geriatric care')).to.equal('geriatric');
    expect(pickSpecialisation(kb, 'Pediatric care')).to.equal('pediatric');
  });

  it('reads comparisons and the order the areas are named in', () => {
    expect(parseComparison(kb, 'compare geriatric and pediatric')).to.deep.equal(['geriatric', 'pediatric']);
    expect(parseComparison(kb, 'mental health vs chronic disease')).to.deep.equal(['psychiatric', 'chronic-disease']);
    expect(parseComparison(kb, "what's the difference between kids and the elderly")).to.deep.equal(['pediatric', 'geriatric']);
    expect(parseComparison(kb, 'tell me about geriatric care')).to.equal(null);
    expect(mentionedSpecialisations(kb, 'psychiatric, then geriatric')).to.deep.equal(['psychiatric', 'geriatric']);
  });

  it('weighs who the user wants to help over what draws them, and names a runner-up', () => {
    const rec = recommend(kb, { audience: 'kids', draw: 'navigating treatment', picked: null });
    expect(rec.best.id).to.equal('pediatric');
    expect(rec.runnerUp.id).to.equal('psychiatric');
    expect(rec.runnerUpScored).to.equal(true);
    expect(rec.audienceWords).to.equal('kids');
    expect(rec.drawWords).to.equal(null);
  });

  it('finds a tie to ask about, or all four when nothing was placed', () => {
    expect(closestAreas(kb, { audience: 'older people with mental health problems', draw: null })).to.deep.equal(['geriatric', 'psychiatric']);
    expect(closestAreas(kb, { audience: null, draw: null })).to.have.length(kb.specialisations.length);
    expect(closestAreas(kb, { audience: 'kids', draw: null })).to.deep.equal([]);
  });
});
