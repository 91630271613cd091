import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CaseWeighedMessages } from '../../dialogs/rendering/person/caseWeighedReplies';
import { caseToldForFit } from '../../dialogs/understanding/person/caseToldForFit';
import { tellsOfFamilyCare } from '../../dialogs/understanding/person/aboutYou';
import { licenceLeftOpen } from '../../dialogs/understanding/person/licenceLeftOpen';
import { knowledge } from './transcript';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 38 (late38a), tester ut38a: years of running one's own child's care are not years of the job told beside
 * them (P10-T1); a degree from abroad, no licence, or another country aimed at is never told the route is covered
 * (P06-T2); an age asked beside a story is answered near it, never with the pay the story's words led to (P07-T1).
 * Made-up phrasings beside the tester's.
 */
const kb = knowledge();

const FAMILY_CARE_STORIES = [
  "I'm a dad, I work in logistics. For the past 9 years I've coordinated everything for my son who has cerebral palsy - doctors, school, insurance. Could I do this for a living?",
  "I've been managing my son's care for 9 years (he has autism). I work in logistics. Could I do this as a job?",
  'I drive a truck for a living. I have handled all of my daughter\'s therapy appointments for 12 years. Could I do this as a job?',
];

describe('late38a: readers', () => {
  it('reads running one\'s own family\'s care as family care, not work', () => {
    for (const said of [...FAMILY_CARE_STORIES, 'for 6 years I have organised my mum\'s medications and doctors']) expect(tellsOfFamilyCare(said), said).to.equal(true);
    for (const said of ['I manage a team of 12 in logistics', 'I coordinate care for patients in a hospital', "my mum's care home was awful, I work in retail"]) expect(tellsOfFamilyCare(said), said).to.equal(false);
  });

  it('gives no years to the job told beside years of family care', () => {
    for (const said of FAMILY_CARE_STORIES) {
      const told = caseToldForFit(said, kb);
      expect(told.years, said).to.equal(undefined);
      expect(told.familyCare, said).to.equal(true);
      expect(told.skills, said).not.to.include('coordinating services');
    }
    expect(caseToldForFit('I have worked in logistics for 9 years. Could I do this?', kb).years).to.equal(9);
  });

  it('reads a licence the case leaves open', () => {
    expect(licenceLeftOpen('caregiver HK 8 yrs, BS Nursing PH... want Canada/US care manager. Pwede po ba?', kb)).to.deep.equal({ foreignDegree: true, unlicensed: false, elsewhere: true });
    expect(licenceLeftOpen("I got my nursing degree in India and haven't passed the NCLEX yet. 6 years as a nurse aide. Can I be a care manager now?", kb)).to.include({ foreignDegree: true, unlicensed: true });
    expect(licenceLeftOpen('BSN, no board exam yet, 5 years as a caregiver. Am I ready?', kb)?.unlicensed).to.equal(true);
    for (const said of ['I have a BSW and 7 years as a social worker. Am I ready to apply?', "I'm a nurse with a BSN and 9 years on the ward, what is left for me?", 'I want to help people in my community, BSW, 8 years in social services. Can I apply now?']) expect(licenceLeftOpen(said, kb), said).to.equal(null);
  });
});

const COVERED = "you can aim for care manager roles now";
const PAY_MID = readableOpening('salary-mid');

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`late38a, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const story of FAMILY_CARE_STORIES.slice(0, 2)) {
      it(`"${story.slice(0, 60)}...": the job without the family-care years, and the guide's silence on family care (ut38a P10-T1)`, async () => {
        const text = await said(story);
        expect(text).not.to.match(/\(9 years\)|about 9 years in health/);
        expect(text).to.include(readable(CaseWeighedMessages.familyCare));
      });
    }

    for (const story of [
      "I'm a caregiver in Hong Kong for 8 years, I have a BS Nursing from the Philippines. I want to be a care manager in Canada or the US. Is it possible?",
      "I got my nursing degree in India and I haven't passed the NCLEX yet. I have 9 years as a caregiver. Is it possible for me to be a care manager?",
    ]) {
      it(`"${story.slice(0, 60)}...": never told the route is covered, and what the guide says of a license (ut38a P06-T2)`, async () => {
        const text = await said(story);
        expect(text).not.to.include(COVERED);
        // The guide's one line on a license, in the project's words: it may be needed, depending on where and the role.
        expect(text).to.match(/\blicen[cs]e\b[^.]*\bmay be needed\b[^.]*\bwhere\b[^.]*\brole\b/);
      });
    }

    it('"caregiver HK 8 yrs, BS Nursing PH... want Canada/US care manager. Pwede po ba?": what the guide says of a license beside who it suits (ut38a P06-T2)', async () => {
      const text = await said('caregiver HK 8 yrs, BS Nursing PH... want Canada/US care manager. Pwede po ba?');
      expect(text).to.include(readable(Messages.licenceLeftOpen({ foreignDegree: true, unlicensed: false, elsewhere: true }))).and.include(readableOpening('right-for-me'));
    });

    for (const story of [
      "Hello. I retired last year at 60 after 32 years teaching middle school science. I'm restless. Is it too late to become a care manager?",
      'I retired at 62 after 30 years as a middle school principal. Is it too late for me to start?',
      'I taught middle school maths for 25 years and I am 58 now. Is it too late to become a care manager?',
    ]) {
      it(`"${story.slice(0, 60)}...": the guide's silence on age, then who it suits, never pay (ut38a P07-T1)`, async () => {
        const text = await said(story);
        expect(text).to.include("The guide doesn't say anything about age");
        // Near what was asked: who the career suits or how long the route takes.
        expect([readableOpening('right-for-me'), readableOpening('how-long')].some((near) => text.includes(near)), text).to.equal(true);
        expect(text).not.to.include(PAY_MID).and.not.to.include('median salary');
      });
    }
  });
}
