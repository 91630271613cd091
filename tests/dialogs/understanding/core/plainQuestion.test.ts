import { expect } from 'chai';
import { backToStudyAsDegree, countedInPlural, countryOfTheDollars, inPlainWords, paidAsAKindOfWork, routeAsBecoming, withoutNarrowing } from '../../../../dialogs/understanding/core/plainQuestion';
import { offersTheOtherAnswer, questionAmongTelling, twoQuestionsAsked } from '../../../../dialogs/understanding/core/clauses';
import { realEngine } from '../../transcript';

/**
 * A side word of a question put in the words people mean by it (session 30): each reading alone, then what the engine
 * answers of the result. Each row: the message and what the reading leaves.
 */
describe('a question in plain words (dialogs/understanding/core/plainQuestion.ts)', () => {
  const readings: ReadonlyArray<readonly [string, (raw: string) => string, ReadonlyArray<readonly [string, string]>]> = [
    ['a word that only narrows', withoutNarrowing, [
      ['would I need a particular degree for this', 'would I need a degree for this'],
      ['are there any specific courses you have to take', 'are there any courses you have to take'],
      ['does the job require certain qualifications?', 'does the job require qualifications?'],
      // A kind of skill, or what a thing is specific to.
      ['which job specific skills matter most', 'which job specific skills matter most'],
      ['do i need specific skills', 'do i need specific skills'],
      ['is that specific to nursing', 'is that specific to nursing'],
      // How long a course or degree is, said on the way to it.
      ['could i do a quick online course instead', 'could i do a online course instead'],
      ['do i need a cert or a short course first', 'do i need a cert or a course first'],
      ['without going through a whole social work degree', 'without going through a social work degree'],
      ['is the course short', 'is the course short'],
    ]],
    ['a count said in the singular', countedInPlural, [
      ['how many year does the degree take', 'how many years does the degree take'],
      ['how many month for the master', 'how many months for the master'],
      // Already plural, or an amount.
      ['how many years is it', 'how many years is it'],
      ['how much money', 'how much money'],
    ]],
    ['a route to a rung', routeAsBecoming, [
      ["what's the usual path to senior care manager?", 'how do I become senior care manager?'],
      ['what is the way into a director role', 'how do I become a director role'],
      ['how would someone work their way up to director', 'how do I become director'],
      // A route to the career itself, to a rung the guide gives only pay for, or no rung at all.
      ['what is the route to becoming a care manager', 'what is the route to becoming a care manager'],
      ['how do i get to vp', 'how do i get to vp'],
      ['how do i get to work on time', 'how do i get to work on time'],
    ]],
    ['going back to study', backToStudyAsDegree, [
      ['would i need to head back to college?', 'would i need to get a degree?'],
      ['do i have to go back to university for another degree', 'do i have to get a degree'],
      // Studying again is left as said: the situation reader weighs it beside a degree held ("must I study again?").
      ['would i have to study all over again', 'would i have to study all over again'],
      // Going back to a place that is not study.
      ['can i go back to nursing later', 'can i go back to nursing later'],
    ]],
    ["another country's dollars", countryOfTheDollars, [
      ['what would that be in canadian dollars', 'what would that be in Canada'],
      // "how much in AUD" with nothing else asks the pay (session 31).
      ['how much in AUD', 'how much do care managers earn in Australia?'],
      ['how much in dollars', 'how much in dollars'],
    ]],
    ['"paid" said of a kind of work', paidAsAKindOfWork, [
      ['does it need to be a paid role or is volunteering ok', 'does it need to be a role or is volunteering ok'],
      ['i only did unpaid caring, is that ok', 'i only did unpaid caring, is that ok'],
      // Pay asked.
      ['is it a well paid job', 'is it a well paid job'],
      ['how much are they paid', 'how much are they paid'],
      ['is it paid work that pays well', 'is it paid work that pays well'],
    ]],
  ];
  for (const [what, read, rows] of readings) {
    for (const [message, plain] of rows) {
      it(`reads ${what} in "${message}"`, () => {
        expect(read(message)).to.equal(plain);
      });
    }
  }

  // What the engine answers of the words read plainly, where it answered a side word before.
  const engine = realEngine();
  for (const [message, id] of [
    ['would I need a particular degree for this?', 'without-degree'],
    ['how many year it take to study for it', 'how-long'],
    ['what is the route to become a care management director', 'director-roles'],
    ['so would i need to go back to college', 'without-degree'],
  ] as const) {
    it(`answers "${message}" with ${id}`, () => {
      const answer = engine.answer(inPlainWords(message));
      expect(answer.kind === 'answer' ? answer.entry?.id : answer.kind).to.equal(id);
    });
  }
});

describe('the question among what the person tells (clauses.ts)', () => {
  for (const [message, asked] of [
    ['ok wow. is it hard to get the CCM? my friend failed twice lol', 'is it hard to get the CCM?'],
    ['how much does a senior earn? I manage a team already. I do the budgets too.', 'how much does a senior earn?'],
    // The question closes the message, more than one asks, or nothing asks.
    ['I manage a team. how much does a senior earn?', null],
    ['is it hard? how long does it take? I work nights.', null],
    ['I manage a team. I do the budgets.', null],
  ] as const) {
    it(`reads ${asked === null ? 'no one question' : `"${asked}"`} in "${message}"`, () => {
      expect(questionAmongTelling(message)).to.equal(asked);
    });
  }
});

describe('the other answer of a yes-or-no question, offered after "or" (clauses.ts)', () => {
  for (const [tail, offers] of [
    ['or does it have to be a paid job?', true],
    ['or does it need to be in a hospital', true],
    ['or is it only nurses', true],
    ['or would I need an MSW too', false],
    ['or is there an age limit', false],
    ['or how long does it take', false],
  ] as const) {
    it(`${offers ? 'reads' : 'does not read'} "${tail}" as the other answer`, () => {
      expect(offersTheOtherAnswer(tail)).to.equal(offers);
    });
  }

  it('keeps "would my years caring for dad count as experience, or does it have to be paid?" one question', () => {
    expect(twoQuestionsAsked('would my years caring for dad count as experience, or does it have to be paid?')).to.equal(null);
    expect(twoQuestionsAsked('would my years caring for dad count as experience? Or does it need to be paid work?')).to.equal(null);
  });

  it('still splits two questions joined by "or" that each ask their own thing', () => {
    expect(twoQuestionsAsked('does my BSW count toward it? or would I need an MSW too')).to.deep.equal(['does my BSW count toward it?', 'would I need an MSW too']);
  });
});
