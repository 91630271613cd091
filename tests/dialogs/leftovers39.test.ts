import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { licencePlaceInView, placeAfterAPointer } from '../../dialogs/understanding/inView/licencePlaceInView';
import { ownPayTold } from '../../dialogs/understanding/person/ownPayTold';
import { partlyGivenAsked } from '../../dialogs/understanding/questions/partlyGivenAsked';
import { knowledge } from './transcript';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 39 (leftovers39): weak spots left from earlier sessions. A place asked after the licensing answer in any
 * wording; what the guide gives in part under other words (pay over time, the money side, skilled nursing facilities);
 * pay told as a fact, weighed when asked later. Made-up phrasings beside the brief's.
 */
const NO_ANSWER = "I don't have an answer to that in the guide";
const OUT_OF_SCOPE = 'That is outside what I can help with';
const NO_FIGURE = "The guide doesn't give a figure for that";
const SALARY_OPENING = 'Care managers earn a median salary';

describe('leftovers39: readers', () => {
  it('reads a place after a word that points at it, in any case, written back as a name', () => {
    const kb = knowledge();
    expect(placeAfterAPointer("i'm in texas, what are the rules there?", kb)).to.equal('Texas');
    expect(placeAfterAPointer('how about the uk?', kb)).to.equal('the UK');
    expect(placeAfterAPointer('what if i live in new south wales', kb)).to.equal('New South Wales');
    expect(placeAfterAPointer('im from nigeria', kb)).to.equal('Nigeria');
    for (const said of ['what about it?', 'is it hard to get?', 'in the end is it worth it']) expect(placeAfterAPointer(said, kb), said).to.equal(null);
  });

  it('reads a place asked of the licensing answer in view, in lower case and as where one lives', () => {
    const kb = knowledge();
    expect(licencePlaceInView('what if i live in california', 'licensing', kb)).to.deep.equal({ place: 'California' });
    expect(licencePlaceInView('how about the uk?', 'licensing', kb)).to.deep.equal({ place: 'the UK' });
    expect(licencePlaceInView('and for florida?', 'licensing', kb)).to.deep.equal({ place: 'Florida' });
    expect(licencePlaceInView('how about the uk?', 'salary', kb)).to.equal(undefined);
    for (const said of ['what about the pay in texas?', 'how about the CCM?', 'do I need a degree in ohio?']) expect(licencePlaceInView(said, 'licensing', kb), said).to.equal(undefined);
  });

  it('reads pay over time, the money side and care facilities as what the guide gives in part', () => {
    for (const said of ['what does salary progression look like?', 'how does pay grow over time', 'is there good pay growth?', 'do raises come with experience?', 'will I earn more over the years?', 'how fast does the salary go up']) {
      expect(partlyGivenAsked(said), said).to.deep.equal({ kind: 'pay-over-time' });
    }
    for (const said of ['what about the financial side of the job?', "how's it financially?", 'money wise is it good?', 'what about the monetary aspect']) expect(partlyGivenAsked(said), said).to.deep.equal({ kind: 'money-side' });
    expect(partlyGivenAsked('do care managers work in SNFs?')).to.deep.equal({ kind: 'care-facility', named: 'skilled nursing facilities' });
    expect(partlyGivenAsked('skilled nursing facility jobs?')).to.deep.equal({ kind: 'care-facility', named: 'skilled nursing facilities' });
    expect(partlyGivenAsked('any jobs in long-term care homes?')).to.deep.equal({ kind: 'care-facility', named: 'long-term care facilities' });
    for (const said of ['what is the salary?', 'do they help clients with the financial side of care?', 'what skills do I need?', 'does pay differ by state?']) expect(partlyGivenAsked(said), said).to.equal(null);
  });

  it('reads their own pay told as a fact, not a sum asked about or someone else\'s', () => {
    for (const said of ['I make 55k with tips', 'im on about 40k a year plus overtime', "I'm pulling in like $62,000 at the hospital", 'i earn 48,000 a year as a cna']) expect(ownPayTold(said), said).to.equal(true);
    for (const said of ['would I make 60k?', 'what do they make?', 'I make good money', 'my wife makes 70k']) expect(ownPayTold(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`leftovers39: through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [message, place] of [
      ['what if i live in california', 'California'],
      ['how about the uk?', 'the UK'],
      ["i'm in texas, what are the rules there?", 'Texas'],
    ] as const) {
      it(`"${message}" after the license: no rules for ${place}, what the guide does say`, async () => {
        const text = await said('do I need a license?', message);
        expect(text).to.include(readable(Messages.beyond.licencePlaceInView(place))).and.not.to.include(NO_ANSWER);
        expect(text).not.to.include(readable(Messages.chat.doubtsSelf));
      });
    }

    for (const message of ['what does salary progression look like?', 'is there good pay growth?']) {
      it(`"${message}": the pay by level, led by how it climbs (was "no figure")`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.beyond.payOverTime)).and.include(SALARY_OPENING).and.not.to.include(NO_FIGURE);
      });
    }

    for (const message of ['what about the financial side of the job?', 'money wise is it good?']) {
      it(`"${message}": the pay, not a cold decline`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.beyond.moneySide)).and.include(SALARY_OPENING).and.not.to.include(NO_ANSWER);
      });
    }

    for (const message of ['do care managers work in SNFs?', 'skilled nursing facility jobs?', 'any jobs in long-term care homes?']) {
      it(`"${message}": the nearest settings the guide names, nursing homes and residential care`, async () => {
        const text = await said(message);
        expect(text).to.include('nursing homes and residential care facilities').and.include(readableOpening('where-they-work'));
        expect(text).not.to.include(NO_ANSWER).and.not.to.include(OUT_OF_SCOPE).and.not.to.include('Maybe one of these');
      });
    }

    for (const [told, asked] of [
      ['I make 55k with tips', 'would I earn more?'],
      ['im on about 40k a year plus overtime', 'would i make more as a care manager?'],
    ] as const) {
      it(`"${told}" then "${asked}": their sum set beside the guide's pay levels`, async () => {
        const first = await said(told);
        expect(first).not.to.include(SALARY_OPENING);
        const text = await said(told, asked);
        expect(text).to.include(`If your ${told.match(/\d+/)![0]},000 is in dollars, the guide's entry-level pay`);
      });
    }

    it('pay told, then a question on something else, then "would I earn more?": still weighed against it', async () => {
      const text = await said('i earn 48,000 a year as a cna', 'what is the ccm?', 'would I earn more?');
      expect(text).to.include('If your 48,000 is in dollars');
    });
  });
}
