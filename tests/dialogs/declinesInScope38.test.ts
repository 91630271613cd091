import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { ownKnowhowCarried } from '../../dialogs/understanding/person/ownKnowhowCarried';
import { fitAskedLoosely } from '../../dialogs/understanding/person/fitAskedLoosely';
import { differenceSpelledOut, handsOnJobNamed } from '../../dialogs/understanding/questions/handsOnJobWeighed';
import { modeAskedOfTheWork } from '../../dialogs/understanding/questions/workModeAsked';
import { licencePlaceInView } from '../../dialogs/understanding/inView/licencePlaceInView';
import { quickestWayAsked } from '../../dialogs/understanding/person/gapWeighed';
import { knowledge } from './transcript';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 38 (declines38), tester ut38a kind 3: no cold decline where the guide answers part. What it gives is said,
 * and its silence on the rest plainly; a decline's "what it does say" is near what was asked. Each for made-up
 * phrasings beside the tester's.
 */
const OUT_OF_SCOPE = 'That is outside what I can help with';
const NO_ANSWER = "I don't have an answer to that in the guide";
const MEDICAL = 'medical knowledge (of procedures, medications and standards)';
const NEAR_SALES = ['communication', 'networking (keeping relationships with healthcare providers and social service agencies)'];
const STORY = 'I am caregiver in HK for 8 yrs, I have BS Nursing from PH. I want to be care manager in Canada or US.';

describe('declines38: readers of what the guide answers in part', () => {
  it('reads know-how of one\'s own asked whether it carries over, in the guide\'s names for it', () => {
    expect(ownKnowhowCarried('Does my sales/clinical product knowledge transfer?')).to.deep.equal({ named: [MEDICAL], notSpoken: ['sales'], nearest: NEAR_SALES, terminology: false });
    expect(ownKnowhowCarried('will my sales skills carry over?')).to.deep.equal({ named: [], notSpoken: ['sales'], nearest: NEAR_SALES, terminology: false });
    for (const said of ['would my medical knowledge help?', 'is my pharma expertise any use here?', 'does my knowledge of diabetes count for anything?']) expect(ownKnowhowCarried(said)?.named, said).to.deep.equal([MEDICAL]);
    for (const said of ['what skills do i need?', 'my knowledge of cooking is great', 'I want to use my medical knowledge, where do I start?', 'does my cooking knowledge transfer?']) expect(ownKnowhowCarried(said), said).to.equal(null);
  });

  it('reads remote work as asked of the job, studying named as of studying', () => {
    for (const said of ['Is this something I can do remotely?', 'could I do this from home?', 'any telecommuting?']) expect(modeAskedOfTheWork(said), said).to.equal(true);
    for (const said of ['can I do the degree remotely?', 'can I study from home?', 'can i do it part time?']) expect(modeAskedOfTheWork(said), said).to.equal(false);
  });

  it('reads the quickest way asked with a word between ("Fastest realistic route?")', () => {
    for (const said of ['It sounds longer than I would like at my age. Fastest realistic route?', 'quickest possible path in?', 'whats the fastest way in']) expect(quickestWayAsked(said), said).to.equal(true);
    for (const said of ['what is the usual route?', 'fastest growing area?']) expect(quickestWayAsked(said), said).to.equal(false);
  });

  it('reads a hands-on care job set beside the career, and "the different between" as the difference', () => {
    for (const side of ['caregiver', 'a caregiver', 'CNA', 'home health aide', 'a personal support worker', 'carer']) expect(handsOnJobNamed(side), side).to.equal(true);
    for (const side of ['care manager', 'nurse', 'social worker', 'case manager']) expect(handsOnJobNamed(side), side).to.equal(false);
    expect(differenceSpelledOut('what is the different between care manager and caregiver?')).to.equal('what is the difference between care manager and caregiver?');
    expect(differenceSpelledOut('whats teh diffrence between a care manager and a case manager')).to.equal('whats teh difference between a care manager and a case manager');
    expect(differenceSpelledOut('they are different between them')).to.equal('they are different between them');
  });

  it('reads a place asked of the licensing answer in view, and nothing else', () => {
    const kb = knowledge();
    expect(licencePlaceInView('How about in Canada po, same requirement?', 'licensing', kb)).to.deep.equal({ place: 'Canada' });
    expect(licencePlaceInView('is it the same in the UK?', 'licensing', kb)).to.deep.equal({ place: 'the UK' });
    expect(licencePlaceInView('what about Ontario?', 'licensing', kb)).to.deep.equal({ place: 'Ontario' });
    expect(licencePlaceInView('what about Ontario?', 'salary', kb)).to.equal(undefined);
    for (const said of ['what about the pay in Canada?', 'how about the CCM?', 'is it hard to get?']) expect(licencePlaceInView(said, 'licensing', kb), said).to.equal(undefined);
  });

  it('reads "can I do it?" in other words after a story ("Pwede po ba?", "is that doable?")', () => {
    for (const said of [`${STORY} Pwede po ba?`, 'I have 10 years as a CNA, is that doable?', 'Is it possible for me?', 'I did 5 years as a medical assistant. kaya ko po ba?']) expect(fitAskedLoosely(said), said).to.deep.equal({ kind: 'fit' });
    for (const said of ['Is it possible?', 'is it possible to do the CCM online?', 'pwede po ba mag work sa Canada?']) expect(fitAskedLoosely(said), said).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`declines38: what the guide gives, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('"Does my sales/clinical product knowledge transfer?": medical knowledge named, sales not spoken of, the skills list (ut38a P11-T4)', async () => {
      const text = await said('Does my sales/clinical product knowledge transfer?');
      expect(text).to.include(readable(Messages.direct.knowhowCarried([MEDICAL], ['sales'], NEAR_SALES))).and.include(readableOpening('essential-skills'));
      expect(text).not.to.include(OUT_OF_SCOPE);
    });

    it('"would my medical knowledge help?": yes, the guide names it among the skills', async () => {
      const text = await said('would my medical knowledge help?');
      expect(text).to.include(readable(Messages.direct.knowhowCarried([MEDICAL], [], []))).and.not.to.include(OUT_OF_SCOPE);
    });

    it('"Is this something I can do remotely?" after the CMC: the work\'s hours and places, not who it suits (ut38a P03-T7)', async () => {
      const text = await said('What are the CMC requirements?', 'Is this something I can do remotely?');
      expect(text).to.include(readable(Messages.aspectNotGiven.mode)).and.include('Work environment').and.include('Where they work');
      expect(text).not.to.include('Is it right for me');
    });

    it('"Fastest realistic route?" after "at my age": the nearest the guide comes to a quicker way (ut38a P07-T10)', async () => {
      const text = await said('It sounds longer than I would like at my age. Fastest realistic route?');
      expect(text).to.include(readable(Messages.ownGap.quickestWay)).and.include('care coordinator or case manager');
      expect(text).not.to.include(readable(Messages.aspectNotGiven.age));
    });

    it('"what does pediatric care management involve day to day" after its answer: its work, then the general day (ut38a P10-T3)', async () => {
      const pediatric = knowledge().specialisations.find((area) => area.id === 'pediatric')!;
      const text = await said('what kind of care manager works with kids like my son, he has autism and CP', 'what does pediatric care management involve day to day');
      expect(text).to.include(readable(Messages.direct.areaDayInGeneral(pediatric.name, pediatric.work))).and.include(readableOpening('daily-duties'));
    });

    for (const message of ['what is the different between care manager and caregiver?', 'care manager vs home health aide?']) {
      it(`"${message}": the job not described, hands-on roles as a way in, what a care manager does (ut38a P06-T6)`, async () => {
        const text = await said(message);
        expect(text).to.include('It does name hands-on roles such as healthcare assistant').and.include(readableOpening('role-overview'));
        expect(text).not.to.include(NO_ANSWER);
      });
    }

    it('"How about in Canada po, same requirement?" after the license: no rules for Canada, it depends on where (ut38a P06-T5)', async () => {
      const text = await said('Do I need license? I did not pass NCLEX yet', 'How about in Canada po, same requirement?');
      expect(text).to.include(readable(Messages.beyond.licencePlaceInView('Canada'))).and.not.to.include(NO_ANSWER);
    });

    it('"... Pwede po ba?" after a story: weighed from what they told (ut38a P06-T2)', async () => {
      const text = await said(`${STORY} Pwede po ba?`);
      expect(text).to.include(readable(Messages.fitFromTheirStart('degree-and-work'))).and.not.to.include(NO_ANSWER);
    });
  });
}
