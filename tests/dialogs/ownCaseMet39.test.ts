import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { ownWorkLikeTheJob } from '../../dialogs/understanding/person/ownWorkLikeTheJob';
import { ownStartAsked } from '../../dialogs/understanding/person/ownStartAsked';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 39 (late39b), tester ut38a P04-T2 and P04-T5 as the tester wrote them (late38b met the shortened report
 * only): the work told and then "a friend told me this is basically what a care manager does. Is that true?" is their
 * own work set beside the job; "I see. Where would someone like me start? I am 54." is where they start, since "I see"
 * asks and tells nothing. Made-up phrasings beside the tester's; a claim about the job with no work of theirs stays a
 * question for the guide.
 */
const STEP_ONE = 'Step 1 of 10';
const RUTH =
  "My name is Ruth, I am a pastor's wife in a small town in Georgia and for twenty-some years I have been the one who organizes meals, rides to the doctor, and hospital visits for the elderly members of our congregation. A friend told me this is basically what a care manager does. Is that true?";

describe('their own case met, as the tester said it: readers (late39b)', () => {
  it('reads their work told, then said by someone to be the job and checked, as their own work set beside the job', () => {
    expect(ownWorkLikeTheJob(RUTH)).to.deep.equal(['coordinating', 'support']);
    expect(ownWorkLikeTheJob("I drive my neighbours to their appointments and sort out their medicare forms. My sister says that's pretty much what a care manager does, is that right?")).to.deep.equal(['coordinating', 'paperwork']);
    expect(ownWorkLikeTheJob('I set up my mom\'s appointments every week. Someone told me it is basically care management. True?')).to.deep.equal(['coordinating']);
  });

  it('leaves a claim about the job with no work of theirs told, or no check asked, to the guide', () => {
    for (const said of [
      'A friend told me this is basically what a care manager does. Is that true?',
      'someone said a care manager is basically a nurse, is that true?',
      'how long does it take to become a care manager? is that true',
      'I organize meals for our church. A friend told me this is basically what a care manager does.',
    ]) expect(ownWorkLikeTheJob(said), said).to.equal(null);
  });

  it('reads where someone like them starts after a word that only takes in the turn before', () => {
    expect(ownStartAsked('I see. Where would someone like me start? I am 54.')).to.deep.equal({ age: true });
    expect(ownStartAsked("ok thanks. so where do I begin? I'm 47")).to.deep.equal({ age: true });
    expect(ownStartAsked('That is encouraging. Where should someone like me start?')).to.deep.equal({ age: false });
    expect(ownStartAsked('I see. Where would someone like me start? I have cared for my mother for ten years')).to.equal(null);
    expect(ownStartAsked('ok where do I start? how much does it pay?')).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`their own case met as the tester said it, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of [RUTH, "I drive my neighbours to their appointments and sort out their medicare forms. My sister says that's pretty much what a care manager does, is that right?"]) {
      it(`"${message.slice(0, 50)}...": what of the guide's tasks it matches and what the job adds, not the role's card (ut38a P04-T2)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.ownWorkLikeTheJob.tasks.coordinating!)).and.include(readable(Messages.ownWorkLikeTheJob.adds));
        expect(text).not.to.include(readableOpening('role-overview'));
      });
    }

    it('"I see. Where would someone like me start? I am 54." after an associate degree told: where she starts, not step 1 (ut38a P04-T5)', async () => {
      const text = await said("I only have an associate's degree in office administration from 1993. Would that be enough?", 'I see. Where would someone like me start? I am 54.');
      expect(text).to.include(readable(Messages.ownStart.age)).and.include(readable(Messages.ownStart.education.short)).and.include(readable(Messages.ownStart.steps));
      expect(text).not.to.include(STEP_ONE);
    });

    it('"ok thanks. where should someone like me begin? I\'m 61" with a degree in the field told: the next part is experience', async () => {
      const text = await said('I have a bachelors in social work', "ok thanks. where should someone like me begin? I'm 61");
      expect(text).to.include(readable(Messages.ownStart.education['relevant-degree'])).and.not.to.include(STEP_ONE);
    });
  });
}
