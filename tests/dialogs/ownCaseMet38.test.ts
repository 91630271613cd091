import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { ownWorkLikeTheJob } from '../../dialogs/understanding/person/ownWorkLikeTheJob';
import { shortOfABachelorsTold } from '../../dialogs/understanding/person/shortOfABachelorsTold';
import { ownStartAsked } from '../../dialogs/understanding/person/ownStartAsked';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 38 (late38b), tester ut38a P04-T2, P04-T5, P01-T3 and P12-T7: what the person told is met. Their own work
 * set beside the job gets which of the guide's tasks it matches and what the job adds; where someone like them starts
 * is answered from what they told, the steps offered after; education short of a bachelor's told as a worry (or on its
 * own mid-conversation) gets the guide's answer on going without a degree. Each for made-up phrasings beside the tester's.
 */
const STEP_ONE = 'Step 1 of 10';
const NOTED_SHORT = readable(Messages.notedShortOfBachelors('')).split('. ')[1]!;

describe('their own case met: readers (late38b)', () => {
  it('reads their own work set beside the job, and the guide\'s tasks it names', () => {
    expect(ownWorkLikeTheJob('I organize meals, rides, hospital visits for elderly members of our church. Is that basically a care manager?')).to.deep.equal(['coordinating', 'support']);
    expect(ownWorkLikeTheJob("I set up my dad's doctor appointments and deal with his insurance, is that what care managers do?")).to.deep.equal(['coordinating', 'paperwork']);
    expect(ownWorkLikeTheJob('I drive my neighbours to appointments and check on them, so am I kind of doing care management already?')).to.deep.equal(['coordinating', 'support']);
    expect(ownWorkLikeTheJob('For years I have sat with the sick at our parish and helped their families with forms. Would that count as care management?')).to.deep.equal(['support', 'paperwork']);
    for (const said of ['is a care manager the same as a case manager?', 'what is a care manager', 'is it stressful being a care manager', 'I am a nurse. is that a care manager?', 'how long does it take to become a care manager im asking cause i work nights and want to plan it out', 'im a care manager and i arrange home care, is it stressful?']) expect(ownWorkLikeTheJob(said), said).to.equal(null);
  });

  it('reads education short of a bachelor\'s told as a lack, or on its own once the talk is under way', () => {
    for (const said of ['I dont have bachelor, only CNA certificate and some college credit', "I never finished my degree, just have an associate's in business", 'no bachelors, i have a medical assistant diploma']) {
      expect(shortOfABachelorsTold(said, false), said).to.equal(true);
    }
    for (const said of ['my degree is criminal justice, associates', "associate's in office administration"]) {
      expect(shortOfABachelorsTold(said, true), said).to.equal(true);
      expect(shortOfABachelorsTold(said, false), said).to.equal(false);
    }
    for (const said of ['I have a bachelor in psychology', 'I am a CNA in a nursing home 6 years', 'I have a masters in social work']) expect(shortOfABachelorsTold(said, true), said).to.equal(false);
  });

  it('reads where someone like them starts, with an age told or not, and nothing else asked', () => {
    expect(ownStartAsked('Where would someone like me start? I am 54.')).to.deep.equal({ age: true });
    expect(ownStartAsked("so where do I begin? I'm 47")).to.deep.equal({ age: true });
    expect(ownStartAsked('where would a person in my situation start')).to.deep.equal({ age: false });
    expect(ownStartAsked('where do I start? how much does it pay?')).to.equal(null);
    expect(ownStartAsked('what is a care manager')).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`their own case met, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of [
      'I organize meals, rides, hospital visits for elderly members of our church, for over 20 years now. Is that basically a care manager?',
      "I set up my dad's doctor appointments and deal with his insurance, is that what care managers do?",
    ]) {
      it(`"${message.slice(0, 50)}...": what of the guide's tasks it matches and what the job adds, not an area's card (ut38a P04-T2)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.ownWorkLikeTheJob.tasks.coordinating!)).and.include(readable(Messages.ownWorkLikeTheJob.adds));
        expect(text).not.to.include(readableOpening('geriatric'));
      });
    }

    it('"Where would someone like me start? I am 54." after an associate degree told: where she starts, the steps offered, not step 1 (ut38a P04-T5)', async () => {
      const text = await said('I only have an associate degree in office administration from 1993. Is that enough?', 'Where would someone like me start? I am 54.');
      expect(text).to.include(readable(Messages.ownStart.age)).and.include(readable(Messages.ownStart.education.short)).and.include(readable(Messages.ownStart.steps));
      expect(text).not.to.include(STEP_ONE);
    });

    it('"where should someone like me begin? I\'m 61" with a degree in the field told: the next part is experience', async () => {
      const text = await said('I have a bachelors in social work', "where should someone like me begin? I'm 61");
      expect(text).to.include(readable(Messages.ownStart.education['relevant-degree'])).and.not.to.include(STEP_ONE);
    });

    it('"where do i start" with nothing told is still the walk from step 1', async () => {
      expect(await said('where do i start')).to.include(STEP_ONE);
    });

    it('"I dont have bachelor, only CNA certificate and some college credit": noted, and what it means, the route without a degree (ut38a P01-T3)', async () => {
      const text = await said('I dont have bachelor, only CNA certificate and some college credit');
      expect(text).to.include(NOTED_SHORT).and.include(readableOpening('without-degree'));
    });

    it('"my degree is criminal justice, associates" after the route: noted, and the route without a degree (ut38a P12-T7)', async () => {
      const text = await said('what do i need to become a care manager', 'my degree is criminal justice, associates');
      expect(text).to.include(NOTED_SHORT).and.include(readableOpening('without-degree'));
    });

    it('"i never finished my degree, only have an associate\'s in business" after the time asked: noted, and the route without a degree', async () => {
      const text = await said('how long does it take to become a care manager', "i never finished my degree, only have an associate's in business");
      expect(text).to.include(NOTED_SHORT);
      expect(text).to.include(readableOpening('without-degree'));
    });
  });
}
