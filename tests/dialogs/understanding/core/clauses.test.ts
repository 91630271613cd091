import { expect } from 'chai';
import { askedOfTheThingSaid, asksSomething, clauseActOf, clausesOf, questionWithoutStory, twoQuestionsAsked, readClauses, weighedWithThan, withoutHowMuch, withoutLeadIn, withoutOpeningTalk, withoutReasonGiven, withoutWhoSaidIt, type ClauseAct } from '../../../../dialogs/understanding/core/clauses';

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
    // An age or a number after the verb (session 30): "is 50 too late" asks; "did 3 years" and "am 45" tell.
    ['is 60 too old to retrain', 'asks'],
    ['are 50 year olds hired', 'asks'],
    ['did 3 years as a porter', 'tells'],
    ['am 45 and a cashier', 'tells'],
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

  // The words around a question that the guide's search is not given (session 29). Each table: what a reader leaves
  // out, and rows of a message and the question left. A row whose question is its message is read unchanged.
  const wrappings: ReadonlyArray<readonly [string, (message: string) => string, ReadonlyArray<readonly [string, string]>]> = [
    ['talk before it', withoutOpeningTalk, [
      ['ok fair. real talk tho hows the pay and is it super stressful', 'hows the pay and is it super stressful'],
      ['Alright cool, tbh, what hours do they work?', 'what hours do they work?'],
      ['lol ok so do you need a masters', 'so do you need a masters'],
      ['bruh. show me the steps', 'show me the steps'],
      // Talk with no question after it, or words that are the question's own.
      ['ok fair enough', 'ok fair enough'],
      ['well paid?', 'well paid?'],
      ['honestly the pay is low', 'honestly the pay is low'],
    ]],
    ['the reason its asker gives', withoutReasonGiven, [
      ['whats the salary like, asking cause my dad wants me to do nursing', 'whats the salary like'],
      ['do they work nights bc i look after my little sister in the evenings', 'do they work nights'],
      ['is it very stressful since my current job wore me out and how long does it take', 'is it very stressful and how long does it take'],
      ['How many hours a week? Asking because I have two kids', 'How many hours a week?'],
      // A reason with no question before it, or one that tells a time.
      ['since i was 20 i have worked in care', 'since i was 20 i have worked in care'],
      ['i quit because my boss was awful', 'i quit because my boss was awful'],
    ]],
    ['who said it', withoutWhoSaidIt, [
      ['my team leader says i should try care management, any thoughts', 'i should try care management, any thoughts'],
      ['hi. the head nurse on my unit told me to apply for care management jobs. is it a good fit for me?', 'hi. to apply for care management jobs. is it a good fit for me?'],
      ['is the pay good? my aunt thinks it is', 'is the pay good? it is'],
      // Nobody reported, or too little left.
      ['what does a supervisor earn', 'what does a supervisor earn'],
      ['she says so', 'she says so'],
    ]],
    ['"as ... as" (read as "than")', weighedWithThan, [
      ['is psychiatric CM as demanding as working in A&E?', 'is psychiatric CM more demanding than working in A&E?'],
      ['is the CCM as tough to pass as the CMC', 'is the CCM tougher to pass than the CMC'],
      ['would pediatric be as good as geriatric for me', 'would pediatric be better than geriatric for me'],
      // Not two things weighed: an amount, "as well as", a condition, a claim.
      ['is it paid as much as nursing', 'is it paid as much as nursing'],
      ['can i study as well as work', 'can i study as well as work'],
      ['is it as hard as people say', 'is it as hard as people say'],
      ['how long as long as i work full time', 'how long as long as i work full time'],
    ]],
    ['a label that announces the questions', withoutLeadIn, [
      ["Ex-plumber, 50. Two quick ones: how long does it take and is there an exam?", 'Ex-plumber, 50. how long does it take and is there an exam?'],
      ['question for you - do they work weekends', 'do they work weekends'],
      ['ok last thing, which certification comes first?', 'which certification comes first?'],
      ['A couple of qs: what is the pay and what are the hours', 'what is the pay and what are the hours'],
      // No label, or no question after it.
      ['one more thing, my mum is a nurse', 'one more thing, my mum is a nurse'],
      ['things like paperwork?', 'things like paperwork?'],
      ['two questions', 'two questions'],
    ]],
    ['words that only say how much', withoutHowMuch, [
      ['is it mad stressful tho?', 'is it stressful tho?'],
      ['is the job pretty demanding', 'is the job demanding'],
      ['would it be stupid hard to get the CMC', 'would it be hard to get the CMC'],
      // Not how much of something said of it.
      ['is it too late at 45', 'is it too late at 45'],
      ['is it real', 'is it real'],
    ]],
  ];
  for (const [left, read, rows] of wrappings) {
    for (const [message, question] of rows) {
      it(`leaves ${left} out of "${message}"`, () => {
        expect(read(message)).to.equal(question);
      });
    }
  }

  // One question said in two sentences (session 30): what it is about, then the question pointing back at it.
  const aboutThenAsked: ReadonlyArray<readonly [string, string | null]> = [
    ["I'm interested in the CMC. how long does it take to get?", 'how long does the CMC take to get?'],
    ['i want to know more about pediatric care management. is it well paid?', 'is pediatric care management well paid?'],
    ['I live in Leeds and look after my dad. Question about the CCM: who gives it?', 'who gives the CCM?'],
    // Two questions, a thing never said first, or nothing pointing back.
    ["I'm interested in the CMC. how long does the CCM take?", null],
    ['what is the CMC? how long does it take to get?', null],
    ['I am a nurse. is it hard?', null],
  ];
  for (const [message, question] of aboutThenAsked) {
    it(`reads "${message}" as ${question ? `"${question}"` : 'no question said about a thing first'}`, () => {
      expect(askedOfTheThingSaid(message)).to.equal(question);
      if (question) expect(twoQuestionsAsked(message), 'one question, not two').to.equal(null);
    });
  }

  const storied: ReadonlyArray<readonly [string, string | null]> = [
    ['what hours would i work, im 31 and doing deliveries rn, two kids at home', 'what hours would i work'],
    ['my uncle was looked after so well. kids in wheelchairs, which area is that', 'kids in wheelchairs. which area is that'],
    ['im a cashier. people with bipolar, what area would that be', 'people with bipolar. what area would that be'],
    // Nothing told of the asker around the question, or nothing asked.
    ['nursing or social work, which one pays more', null],
    ['how long does it take', null],
    ['im a cashier, two kids at home', null],
  ];
  for (const [message, question] of storied) {
    it(`reads the question of "${message}" without the story around it`, () => {
      expect(questionWithoutStory(message)).to.equal(question);
    });
  }
});
