import { expect } from 'chai';
import { asksSomething, clauseActOf, clausesOf, readClauses, type ClauseAct } from '../../../dialogs/understanding/clauses';

describe('the clause reader', () => {
  it('splits a message at sentence ends, commas, semicolons and dashes, not inside words', () => {
    expect(clausesOf("im 30, work in a call centre - where do i start? thanks")).to.deep.equal(['im 30', 'work in a call centre', 'where do i start?', 'thanks']);
    expect(clausesOf('a well-paid job , ;')).to.deep.equal(['a well-paid job']);
  });

  // Each row: a clause and what it does.
  const rows: ReadonlyArray<readonly [string, ClauseAct]> = [
    ['where do i start', 'asks'],
    ['how long', 'asks'],
    ['what qualifications do i need', 'asks'],
    ['would volunteering help me get there', 'asks'],
    ['is psychology a good degree for this', 'asks'],
    ['was it hard for you', 'asks'],
    ['been a carer for years where do i start', 'asks'],
    ['im 30 can i still do it', 'asks'],
    ['not sure which one', 'asks'],
    ['wondering if that counts', 'asks'],
    ['pay?', 'asks'],
    ['show me the steps', 'requests'],
    ['can you explain the ccm', 'requests'],
    ['please tell me more', 'requests'],
    ["i'd love to work with kids", 'wishes'],
    ['would like to work in a hospital one day', 'wishes'],
    ['who had dementia', 'tells'],
    ['when i was 20', 'tells'],
    ['exactly what i needed', 'tells'],
    ['helped me understand what my son is getting into', 'tells'],
    ['gonna send it to my sister who was asking', 'tells'],
    ['was on shift', 'tells'],
    ['will come back later', 'tells'],
    ['will come back if i need anything', 'tells'],
    ["i'll have a think about whether it's for me", 'tells'],
    ['my mum is a nurse', 'tells'],
    // What someone saw or knows, with a question word opening it (session 23): a story, not a question.
    ['my little brother has autism and I saw how much the family needed someone to sort things out', 'tells'],
    ['i know how hard it is for families', 'tells'],
    ["we've seen what carers go through", 'tells'],
    ['i saw an ad how much does it pay', 'asks'],
    ['i wonder how much they earn', 'asks'],
    ["i don't know how long it takes", 'asks'],
  ];
  for (const [clause, act] of rows) {
    it(`reads "${clause}" as a clause that ${act}`, () => {
      expect(clauseActOf(clause)).to.equal(act);
    });
  }

  it('says a message asks when one of its clauses asks or requests', () => {
    expect(readClauses('my mum, who had dementia').map((clause) => clause.act)).to.deep.equal(['tells', 'tells']);
    expect(asksSomething('my mum, who had dementia')).to.equal(false);
    expect(asksSomething("i'm a nurse, how do i switch")).to.equal(true);
    expect(asksSomething('been a carer for years, wondering if that counts')).to.equal(true);
    expect(asksSomething('blue')).to.equal(false);
  });
});
