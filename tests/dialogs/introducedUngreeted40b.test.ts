import { expect } from 'chai';
import { CaseWeighedMessages } from '../../dialogs/rendering/person/caseWeighedReplies';
import { AreaOfTheirCaseMessages } from '../../dialogs/rendering/person/areaOfTheirCaseReplies';
import { areaAskedOfTheirCase } from '../../dialogs/understanding/person/areaOfTheirCase';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { doneForTheirFamily, ownWorkLikeTheJob } from '../../dialogs/understanding/person/ownWorkLikeTheJob';
import { Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';

const WIDOWER = 'my wife passed away last spring after 7 years of parkinsons. i was her caregiver the whole time, dealt with all the doctors, the insurance, the home care agency, the hospice at the end. im 58 now, was a machinist 30 years. a nurse at the hospice said i should think about care management because i basically did it already. is she right?';

/**
 * Session 40 (intro40b): a first message that tells who the person is gets the introduction's reply with or without a
 * greeting, whatever remark or complaint comes with it ("wrists killing me"), and when all it asks is what their
 * options are ("what else is out there"). It was "Thanks for sharing that", read as a remark. Made-up phrasings beside the brief's.
 */

describe('care given to their family, set beside the job: reader', () => {
  it('reads "i basically did it already ... is she right?" as asking whether that is the job', () => {
    expect(ownWorkLikeTheJob(WIDOWER)).to.include('coordinating').and.include('paperwork');
    expect(ownWorkLikeTheJob("i looked after my mum for 5 years, sorted her appointments and her benefits forms. my sister says i've been doing care management already. is she right?")).to.include('paperwork');
    expect(ownWorkLikeTheJob('my friend does care management. is she right to do it?')).to.equal(null);
  });
  it('reads their own family as the ones cared for', () => {
    expect(doneForTheirFamily(WIDOWER)).to.equal(true);
    expect(doneForTheirFamily("I set up my dad's doctor appointments and deal with his insurance")).to.equal(true);
    expect(doneForTheirFamily('I organize meals and rides for elderly members of our church')).to.equal(false);
  });
});

describe('an area asked of their own case: reader', () => {
  const kb = loadKnowledge();
  it('reads the area asked with their background, someone like them, their experience', () => {
    expect(areaAskedOfTheirCase('Grand. Could I specialise in psychiatric care management with my background?', kb)).to.equal('psychiatric');
    expect(areaAskedOfTheirCase('given my experience, is geriatric care management an option?', kb)).to.equal('geriatric');
    expect(areaAskedOfTheirCase('would pediatric suit someone like me?', kb)).to.equal('pediatric');
  });
  it('reads no case in an area asked of anyone', () => {
    for (const said of ['what is psychiatric care management?', 'do you need experience for geriatric care management?', 'could I specialise with my background?']) expect(areaAskedOfTheirCase(said, kb), said).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`who they are, told first without a greeting, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('psychiatric "with my background" after an MSW and hospital social work: her case weighed, then the area (ut40a P12-T9)', async () => {
      const text = await said("Hi, I'm a medical social worker in a Dublin hospital, BSc Social Science plus a professional masters in social work, about 7 years in discharge planning.", 'Grand. Could I specialise in psychiatric care management with my background?');
      expect(text).to.include(readable(CaseWeighedMessages.education.relevant)).and.include(readable(AreaOfTheirCaseMessages.work('social worker')));
      expect(text).to.include(readableOpening('psychiatric'));
    });

    it('geriatric "given my experience" after a nurse told her degree and ward: her case weighed, then the area', async () => {
      const text = await said("I'm a nurse with a BSN, 10 years on a medical ward", 'given my experience, is geriatric care management an option?');
      expect(text).to.include(readable(AreaOfTheirCaseMessages.work('nurse'))).and.include(readableOpening('geriatric'));
    });

    it('an area asked of their case with nothing of it told: the area alone, no case claimed', async () => {
      const text = await said('could someone like me do pediatric care management?');
      expect(text).to.include(readableOpening('pediatric')).and.not.to.include(readable(AreaOfTheirCaseMessages.lead));
    });

    it('the widower who nursed his wife, "is she right?": what matches, what the job adds, the guide silent on family care, and its route (ut40a P05-T2)', async () => {
      const text = await said('hello', WIDOWER);
      expect(text).to.include(readable(Messages.ownWorkLikeTheJob.adds)).and.include(readable(CaseWeighedMessages.familyCare)).and.include(readable(Messages.ownWorkLikeTheJob.familyRoute));
    });

    it('a daughter who ran her mum\'s care, told by her sister she already does it: the same, with the family care said', async () => {
      const text = await said("i looked after my mum for 5 years, sorted her appointments and her benefits forms. my sister says i've been doing care management already. is she right?");
      expect(text).to.include(readable(Messages.ownWorkLikeTheJob.adds)).and.include(readable(CaseWeighedMessages.familyCare));
    });

    it('work for church members, no family: what matches, with no family care line', async () => {
      const text = await said('I organize meals, rides, hospital visits for elderly members of our church. A friend told me this is basically what a care manager does. Is that true?');
      expect(text).to.include(readable(Messages.ownWorkLikeTheJob.adds)).and.not.to.include(readable(CaseWeighedMessages.familyCare));
    });

    it('"walk me through the steps from where I\'d start" after his next steps were named: the walk starts where his case puts him, with what is behind him (ut40a P07-T10)', async () => {
      const text = await said('Hi, respiratory therapist here, 31, BS in respiratory care, RRT, 8 years in ICU and pulmonary rehab.', "How long would the switch take given I already have a bachelor's?", "Can you walk me through the steps from where I'd start?");
      expect(text).to.include('start at step 2').and.include('Step 3 is behind you already.').and.not.to.include('Step 1 of 10');
    });

    it('"walk me through it from where I stand" from a social worker with a BSW: the walk starts at certification, with steps 2 and 3 behind her', async () => {
      const text = await said("I'm a social worker with a BSW, 6 years in child protection", 'ok walk me through it from where I stand');
      expect(text).to.include(readable(GuidedMessages.steps.fromWhatYouTold('', '', 5, 'Get certified', [2, 3]).split('\n\n')[1]!));
    });
  });
}
