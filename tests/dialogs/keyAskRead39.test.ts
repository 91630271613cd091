import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import {
  applyingNowAsked,
  certificationTermsAsked,
  courseAreaAsked,
  criminalRecordAsked,
  dollarsAndOtherCurrencyAsked,
  employerNearAsked,
  experienceDemandedTold,
  numberedQuestions,
  organisationPickAsked,
  studySpecificsAsked,
  systemNavigationAsked,
} from '../../dialogs/understanding/questions/keyAskRead';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 39 (misread39), tester ut39a: one word pulled in the wrong card, or the key ask was left unanswered. A word is
 * read in the sense the sentence gives it, and the key ask is said plainly first; made-up phrasings beside the tester's.
 */
describe('the key ask, not its keyword: readers', () => {
  it('reads numbered questions, each as written, and nothing numbered in passing', () => {
    expect(numberedQuestions('BA in Deaf Studies. Questions: 1) does my interpreting experience count as healthcare experience? 2) would I need a new degree?')).to.deep.equal(['does my interpreting experience count as healthcare experience?', 'would I need a new degree?']);
    expect(numberedQuestions('two things: 1. how long does it take 2. how much does it pay')).to.deep.equal(['how long does it take', 'how much does it pay']);
    for (const said of ['I have 2 kids and 1 dog', 'step 1) then 2) what', 'what is step 3?']) expect(numberedQuestions(said), said).to.equal(null);
  });

  it('reads a criminal past weighed, never the records care managers keep', () => {
    for (const said of ['does having a record matter? i got a felony from like 10 yrs ago', 'will a conviction stop me from getting hired', 'i have a criminal record, can i still do this', 'do employers do background checks']) expect(criminalRecordAsked(said), said).to.equal(true);
    for (const said of ['what records do care managers keep', 'is record keeping a big part', 'do they keep medical records']) expect(criminalRecordAsked(said), said).to.equal(false);
  });

  it('reads years named as what jobs ask for, never a pay question', () => {
    for (const said of ['case manager jobs all want 2 years experience tho', 'every posting I see requires 3 years of experience', 'employers want at least two years exp']) expect(experienceDemandedTold(said), said).to.equal(true);
    for (const said of ['what do you make with 2 years experience', 'mid level is 2 years experience right', 'jobs want 2 years experience, what do they pay']) expect(experienceDemandedTold(said), said).to.equal(false);
  });

  it('reads helping people through the health system, never the computer systems', () => {
    for (const said of ['Many of my Deaf clients struggle to navigate the health system. Would a care manager help with that?', 'can a care manager help my dad find his way through the healthcare system', 'do they help families navigate the medical system']) expect(systemNavigationAsked(said), said).to.equal(true);
    for (const said of ['how do i navigate the software', 'what computer systems do they use']) expect(systemNavigationAsked(said), said).to.equal(false);
  });

  it('reads a certification taken from a place or weighed against what one holds, never its recognition there', () => {
    expect(certificationTermsAsked('the CCM certificate, can I do it from Kenya?')).to.deep.equal({ certification: 'ccm', held: null, place: 'Kenya' });
    expect(certificationTermsAsked('can i take the ccm exam in the UK')?.place).to.equal('UK');
    expect(certificationTermsAsked('is LPN enough for CCM')).to.deep.equal({ certification: 'ccm', held: 'LPN', place: null });
    expect(certificationTermsAsked('can an RN sit the CMC')).to.deep.equal({ certification: 'cmc', held: 'RN', place: null });
    expect(certificationTermsAsked('would my associate degree count for the ccm')?.held).to.equal('associate degree');
    for (const said of ['what is the ccm', 'is the CCM recognised in Canada?', 'how do I get the CCM', 'ccm or cmc which first']) expect(certificationTermsAsked(said), said).to.equal(null);
  });

  it('reads dollars asked beside another currency', () => {
    for (const said of ['that is in dollars? how much in Kenya shillings', 'is that in dollars or pounds']) expect(dollarsAndOtherCurrencyAsked(said), said).to.equal(true);
    for (const said of ['how much in dollars', 'in UK pounds how much?']) expect(dollarsAndOtherCurrencyAsked(said), said).to.equal(false);
  });

  it('reads a specialty named after what the guide has only as courses', () => {
    expect(courseAreaAsked('is there a substance abuse specialization')).to.equal('substance abuse');
    expect(courseAreaAsked('is there an addiction specialty')).to.equal('addiction');
    for (const said of ['what specializations are there', 'is addiction hard']) expect(courseAreaAsked(said), said).to.equal(null);
  });

  it('reads the subjects asked in detail, the pick of CMSA or ACMA, a first job now, an employer near me', () => {
    for (const said of ['What would I have to study. Be specific.', 'which courses exactly would I take']) expect(studySpecificsAsked(said), said).to.equal(true);
    for (const said of ['what degree do I need', 'what would I have to study']) expect(studySpecificsAsked(said), said).to.equal(false);
    for (const said of ['which organization to join, CMSA or ACMA?', 'CMSA vs ACMA which is better']) expect(organisationPickAsked(said), said).to.equal(true);
    for (const said of ['what is CMSA', 'should I join CMSA and ACMA']) expect(organisationPickAsked(said), said).to.equal(false);
    expect(applyingNowAsked('so could i apply to care coordinator right now or no')).to.equal('care coordinator');
    expect(applyingNowAsked('can I get a case manager job yet')).to.equal('case manager');
    for (const said of ['what does a care coordinator do', 'how much does a care coordinator make']) expect(applyingNowAsked(said), said).to.equal(null);
    for (const said of ['can you recommend a hospice near me that hires', 'do you know any agencies around here hiring care managers']) expect(employerNearAsked(said), said).to.equal(true);
    for (const said of ['are there jobs near me', 'where do care managers work', 'which hospitals hire them']) expect(employerNearAsked(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the key ask, not its keyword, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['does having a record matter? i got a felony from like 10 yrs ago', 'will my conviction stop me from getting hired?']) {
      it(`"${message}": the guide's silence on records, and licensing, never "Records & reporting" (ut39a P12-T3)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.criminalRecord)).and.include(readableOpening('licensing')).and.not.to.include('Records & reporting');
      });
    }

    for (const message of ['case manager jobs all want 2 years experience tho', 'every posting I find requires 3 years of experience']) {
      it(`"${message}": the ways to gain experience, never mid-level pay (ut39a P09-T5)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.experienceDemanded)).and.include(readableOpening('gaining-experience')).and.not.to.include(readableOpening('salary-mid'));
      });
    }

    it('"1) does my interpreting experience count ... 2) would I need a new degree?": both parts answered (ut39a P05-T1)', async () => {
      const text = await said('I am an ASL interpreter, 10 years mostly in medical settings. BA in Deaf Studies. Questions: 1) does my interpreting experience count as healthcare experience? 2) would I need a new degree?');
      expect(text).to.include(readableOpening('gaining-experience')).and.include(readableOpening('bachelors-or-masters'));
      expect(text).not.to.include('psychiatric care management in particular');
    });

    it('"two things: 1. how long does it take 2. how much does it pay": each answered', async () => {
      const text = await said('two things: 1. how long does it take 2. how much does it pay');
      expect(text).to.include(readableOpening('how-long')).and.include('$40,000');
    });

    for (const message of ['Many of my Deaf clients struggle to navigate the health system. Would a care manager help with that?', 'could a care manager help my dad find his way through the healthcare system?']) {
      it(`"${message}": yes, the role's duties, never computer skills (ut39a P05-T2)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.systemNavigation)).and.include(readableOpening('role-overview')).and.not.to.include(readableOpening('computer-skills'));
      });
    }

    it('"the CCM certificate, can I do it from Kenya?" after her story: the CCM, and the guide\'s silence on countries (ut39a P01-T4)', async () => {
      const text = await said('I am home health aide for 5 years here in Kenya. I want to be care manager, is it possible for me?', 'the CCM certificate, can I do it from Kenya?');
      expect(text).to.include(readable(Messages.keyAsk.certificationFrom('CCM', 'Kenya'))).and.include(readableOpening('ccm'));
    });

    for (const [message, held] of [['is LPN enough for CCM', 'LPN'], ['would my associate degree count for the CCM?', 'associate degree']] as const) {
      it(`"${message}": the CCM answered, with no eligibility rules given (ut39a P08-T3)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.ccmHeld(held))).and.include(readableOpening('ccm'));
      });
    }

    it('"that is in dollars? how much in Kenya shillings" after the pay: one plain reply, not a decline and an answer of the same thing (ut39a P01-T6)', async () => {
      const text = await said('how much salary for the care manager?', 'that is in dollars? how much in Kenya shillings');
      expect(text).to.include(readable(Messages.keyAsk.dollarsOnly)).and.not.to.include('the other part of your question');
    });

    for (const message of ['is there a substance abuse specialization', 'is there an addiction specialty?']) {
      it(`"${message}": no separate one; the nearest is psychiatric (ut39a P12-T5)`, async () => {
        const text = await said(message);
        expect(text).to.match(/lists no separate specialty for (?:substance abuse|addiction)/).and.include(readableOpening('psychiatric'));
      });
    }

    for (const message of ['What would I have to study. Be specific.', 'which courses would I take, exactly?']) {
      it(`"${message}": the guide's course list (ut39a P07-T2)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.studySpecifics)).and.include(readableOpening('courses'));
      });
    }

    for (const message of ['Please which organization to join, CMSA or ACMA?', 'CMSA vs ACMA, which is better?']) {
      it(`"${message}": the guide does not rank them, said first (ut39a P11-T9)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.organisationPick)).and.include(readableOpening('professional-organizations'));
      });
    }

    for (const [message, job] of [['so could i apply to care coordinator right now or no', 'care coordinator'], ['can I get a case manager job yet?', 'case manager']] as const) {
      it(`"${message}": no entry rules given, said first, then the first jobs (ut39a P02-T5)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.applyingNow(job))).and.include(readableOpening('entry-level-jobs'));
      });
    }

    for (const message of ['can you recommend a hospice near me that hires', 'do you know any agencies around here that are hiring?']) {
      it(`"${message}": the bot cannot look up employers, and where the guide says to look (ut39a P04-T8)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.keyAsk.employerNear)).and.include(readableOpening('finding-a-job'));
      });
    }
  });
}
