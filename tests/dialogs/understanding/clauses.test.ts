import { expect } from 'chai';
import { asksSomething, clauseActOf, clausesOf, readClauses, withoutOpeningTalk, withoutReasonGiven, type ClauseAct } from '../../../dialogs/understanding/clauses';

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
    // Talk typed on the way into a question (session 29): the question still asks.
    ['real talk tho is it hard to get into', 'asks'],
    ['ngl how much do they make', 'asks'],
    ['bruh do you need a degree', 'asks'],
    ['fair enough tho', 'tells'],
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

  // Each row: a message, and the question the guide's search is given (session 29: talk before it, a reason after it).
  const unwrapped: ReadonlyArray<readonly [string, string]> = [
    ['ok fair. real talk tho hows the pay and is it super stressful', 'hows the pay and is it super stressful'],
    ['Alright cool, tbh, what hours do they work?', 'what hours do they work?'],
    ['lol ok so do you need a masters', 'so do you need a masters'],
    ['bruh. show me the steps', 'show me the steps'],
    // Talk with no question after it, or words that are the question's own, are kept.
    ['ok fair enough', 'ok fair enough'],
    ['well paid?', 'well paid?'],
    ['honestly the pay is low', 'honestly the pay is low'],
  ];
  for (const [message, question] of unwrapped) {
    it(`asks the guide "${question}" of "${message}"`, () => {
      expect(withoutReasonGiven(withoutOpeningTalk(message))).to.equal(question);
    });
  }

  const reasons: ReadonlyArray<readonly [string, string]> = [
    ['whats the salary like, asking cause my dad wants me to do nursing', 'whats the salary like'],
    ['do they work nights bc i look after my little sister in the evenings', 'do they work nights'],
    ['is it very stressful since my current job wore me out and how long does it take', 'is it very stressful and how long does it take'],
    ['How many hours a week? Asking because I have two kids', 'How many hours a week?'],
    // A reason with no question before it, or one that tells a time, is the message itself.
    ['since i was 20 i have worked in care', 'since i was 20 i have worked in care'],
    ['i quit because my boss was awful', 'i quit because my boss was awful'],
  ];
  for (const [message, question] of reasons) {
    it(`reads "${message}" without the reason its asker gives`, () => {
      expect(withoutReasonGiven(message)).to.equal(question);
    });
  }
});
