import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { AimButtons, EducationButtons, ExperienceButtons, GuidedButtons, GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../dialogs/rendering/core/messages';
import { PlanAfterMessages } from '../../../dialogs/rendering/guided/planAfterReplies';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectChannelSafe, expectShown, readable, shownText, startGuided, stepShown, type Conversation } from '../guidedHarness';

const m = GuidedMessages.roadmap;

function text(replies: readonly Partial<Activity>[]): string {
  return readable(shownText(replies));
}

/** A man who said "no degree" asks for a plan: the education question is skipped, the experience one asked. */
async function noDegreePlan(chat: Conversation): Promise<Partial<Activity>[]> {
  await chat.say('no degree btw. high school and some forklift certs lol');
  const replies = await chat.say('alright make me a plan');
  expectShown(replies, m.experienceQuestion);
  return replies;
}

/** The roadmap built for someone with no degree and no years in the field, aiming to become one; the aim question's replies too. */
async function builtPlan(chat: Conversation): Promise<{ aimAsked: Partial<Activity>[]; plan: Partial<Activity>[] }> {
  const asked = await noDegreePlan(chat);
  const aimAsked = await clickOn(chat, asked, ExperienceButtons.none);
  expectShown(aimAsked, m.aimQuestion);
  const plan = await clickOn(chat, aimAsked, AimButtons.become);
  expectShown(plan, m.heading);
  return { aimAsked, plan };
}

for (const [label, channelId] of CHAT_CHANNELS) {
  describe(`the plan's answers held to what was said (${label})`, () => {
    it('says "pick 1 to 4" to a "5" meant for another list, asks again, and never builds years on it (ut36c P01 m9-m10)', async () => {
      const chat = startGuided({ channelId });
      await noDegreePlan(chat);
      let replies = await chat.say('5');
      expectChannelSafe(channelId, replies, '5');
      expectShown(replies, GuidedMessages.numberNotOffered(5, 4, '5 years'), m.experienceQuestion);
      expect(buttonTitles(replies)).to.deep.equal(Object.values(ExperienceButtons));
      expect(text(replies)).not.to.include(m.heading);
      replies = await chat.say('none, warehouse my whole life');
      expectShown(replies, m.aimQuestion);
      replies = await chat.say('1');
      expectShown(replies, m.heading, 'no work experience in the field yet', m.doneNone);
      expect(text(replies)).not.to.match(/years? in health or social services/);
      expect(text(replies)).not.to.include('[x] 3.');
    });

    it('still takes "5 years", and a number among the options, at the experience question', async () => {
      let chat = startGuided({ channelId });
      await noDegreePlan(chat);
      let replies = await chat.say('5 years');
      expectShown(replies, m.aimQuestion);
      replies = await chat.say(AimButtons.become);
      expectShown(replies, 'about 5 years in health or social services');
      chat = startGuided({ channelId });
      await noDegreePlan(chat);
      replies = await chat.say('1');
      expectShown(replies, m.aimQuestion);
    });

    it('says which option numbers there are when a number past them is typed at the aim question', async () => {
      const chat = startGuided({ channelId });
      const asked = await noDegreePlan(chat);
      let replies = await clickOn(chat, asked, ExperienceButtons.none);
      replies = await chat.say('7');
      expectShown(replies, GuidedMessages.numberNotOffered(7, 3), m.aimQuestion);
      expect(text(replies)).not.to.include('If you meant');
    });

    it("answers an old button of the plan's questions with the roadmap's first step, not \"That button is out of date\" (ut36c P01 m11)", async () => {
      const chat = startGuided({ channelId });
      const { aimAsked } = await builtPlan(chat);
      const replies = await clickOn(chat, aimAsked, AimButtons.lead);
      expectChannelSafe(channelId, replies, 'old aim button');
      expectShown(replies, PlanAfterMessages.staleButton, PlanAfterMessages.firstStep(1, 'Understand the role'));
      expect(text(replies)).not.to.include(readable(Messages.staleButton));
      expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.openStep(1), GuidedButtons.updateRoadmap]);
      // The button opens the walk at that step.
      expect(stepShown(await clickOn(chat, replies, GuidedButtons.openStep(1)))).to.equal(1);
    });

    it('answers a stray number typed after the roadmap with its first step, and keeps the roadmap in view for "which one first?"', async () => {
      const chat = startGuided({ channelId });
      await builtPlan(chat);
      let replies = await chat.say('1');
      expectShown(replies, PlanAfterMessages.number(1), PlanAfterMessages.firstStep(1, 'Understand the role'));
      expect(text(replies)).not.to.include(readable(Messages.numberWithoutList(1)));
      replies = await chat.say('which one of those do i do first, like monday');
      expect(stepShown(replies)).to.equal(1);
      expectShown(replies, GuidedMessages.steps.fromRoadmap(1, 'Understand the role'));
    });

    for (const asked of ['so whats step one for me this week', 'what do i do monday', 'ok what should I be doing this week?', 'what can i do today to get going']) {
      it(`answers "${asked}" after the roadmap from its first step not done (ut36c P07 m9)`, async () => {
        const chat = startGuided({ channelId });
        await builtPlan(chat);
        const replies = await chat.say(asked);
        expectChannelSafe(channelId, replies, asked);
        expect(stepShown(replies), asked).to.equal(1);
        expectShown(replies, GuidedMessages.steps.fromRoadmap(1, 'Understand the role'));
        expect(text(replies)).not.to.include('outside what I can help with');
      });
    }

    it('answers "so whats step one for me this week" from the roadmap\'s first step not done, not step 1 of the guide', async () => {
      const chat = startGuided({ channelId });
      let replies = await chat.say(FlowPhrases.roadmap);
      replies = await clickOn(chat, replies, EducationButtons.nursingDegree);
      replies = await clickOn(chat, replies, ExperienceButtons.none);
      replies = await clickOn(chat, replies, AimButtons.become);
      expectShown(replies, m.heading);
      replies = await chat.say('so whats step one for me this week');
      expect(stepShown(replies)).to.equal(3);
      expectShown(replies, GuidedMessages.steps.fromRoadmap(3, 'Gain experience'));
    });

    it('says volunteering years back as volunteering and never puts finding a job under way for them (ut37a P09 m8-m9)', async () => {
      const chat = startGuided({ channelId });
      await chat.say('i have a bachelors in information systems btw. can you make me a plan');
      let replies = await chat.say('just the volunteering, 2 yrs');
      expectShown(replies, m.aimQuestion);
      replies = await chat.say(AimButtons.become);
      expectChannelSafe(channelId, replies, 'volunteer roadmap');
      expectShown(replies, 'about 2 years of volunteering in health or social services');
      expect(text(replies)).not.to.include('Step 6: Find a job (move toward roles closer to care management)');
      expect(text(replies)).not.to.include('6. Find a job (in progress)');
      expect(text(replies)).to.include('Step 3: Gain experience');
      // Paid work told beside the volunteering is work.
      const worker = startGuided({ channelId });
      await worker.say('i have a BSW. make me a plan');
      await worker.say('worked 3 years as an aide and volunteered too');
      replies = await worker.say(AimButtons.become);
      expectShown(replies, 'about 3 years in health or social services', '6. Find a job (in progress)');
    });

    it('keeps a degree told tersely with its verb ("got a BS in business admin") and does not ask the education again (ut37a P03 m8)', async () => {
      for (const told of ['got a BS in business admin, finished it on active duty. good enough?', 'earned a BA in history a while back']) {
        const chat = startGuided({ channelId });
        await chat.say(told);
        const replies = await chat.say('ok. make me a plan');
        expect(text(replies), told).to.include(readable(m.experienceQuestion));
        expect(text(replies), told).not.to.include(readable(m.educationQuestion));
      }
    });

    it('answers the job\'s own days after the roadmap as a question, not as the plan ("what do i do on a typical monday as a care manager")', async () => {
      const chat = startGuided({ channelId });
      await builtPlan(chat);
      const replies = await chat.say('what do i do on a typical monday as a care manager');
      expect(text(replies)).not.to.include(readable(GuidedMessages.steps.fromRoadmap(1, 'Understand the role')));
    });
  });
}
