import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { AimButtons, EducationButtons, GuidedButtons, GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases } from '../../../dialogs/rendering/core/messages';
import { buttonTitles, clickOn, expectShown, shownText, startGuided, stepShown } from '../guidedHarness';
import { button, expectTeamsSafe, knowledge } from '../transcript';

const kb = knowledge();
const g = GuidedMessages;

for (const channelId of [Channels.Webchat, Channels.Msteams]) {
  describe(`one flow inside another, and buttons from old cards (${channelId})`, () => {
    const check = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    /** The walk opened and moved on to `step` with its Next buttons; returns every step card on the way. */
    async function walkTo(chat: ReturnType<typeof startGuided>, step: number): Promise<Partial<Activity>[][]> {
      const cards = [await chat.say(FlowPhrases.careerSteps)];
      while (stepShown(cards.at(-1)!) !== step) cards.push(await clickOn(chat, cards.at(-1)!, GuidedButtons.next));
      return cards;
    }

    it('keeps the walk when the salary ladder starts mid-walk, and offers it back when the ladder is done', async () => {
      const chat = startGuided({ channelId });
      await walkTo(chat, 4);
      let replies = await chat.say(FlowPhrases.salaryLadder);
      expect(stepShown(replies)).to.equal(null);
      expect(shownText(replies)).to.not.include(g.backTo.walk(4));
      replies = await chat.say(GuidedButtons.done);
      check(replies, 'ladder done');
      expectShown(replies, g.salary.finished, g.backTo.walk(4));
      replies = await clickOn(chat, replies, GuidedButtons.backToStep(4));
      expect(stepShown(replies)).to.equal(4);
      // Offered once: the next answer does not offer it again.
      expect(shownText(await chat.say('how long does it take?'))).to.not.include(g.backTo.walk(4));
    });

    // Usability test try18 conv21: "yes" dropped the walk, and "next" then said "Welcome back!" in the same session.
    for (const said of ['yes', 'next', 'ok sure', 'continue']) {
      it(`takes up the walk offered back on "${said}", at the step it was left`, async () => {
        const chat = startGuided({ channelId });
        await walkTo(chat, 3);
        await chat.say(FlowPhrases.salaryLadder);
        let replies = await chat.say(GuidedButtons.done);
        expectShown(replies, g.backTo.walk(3));
        replies = await chat.say(said);
        check(replies, said);
        expect(stepShown(replies)).to.equal(3);
        expect(shownText(replies)).to.not.include('Welcome back');
      });
    }

    it('lets an offer go once something else is said: a later "yes" is just a yes', async () => {
      const chat = startGuided({ channelId });
      await walkTo(chat, 3);
      await chat.say(FlowPhrases.salaryLadder);
      await chat.say(GuidedButtons.done);
      await chat.say('how long does it take?');
      expect(stepShown(await chat.say('yes'))).to.equal(null);
    });

    it('begins a flow again when it is asked for while it runs, unless the message answers its question or it is the walk', async () => {
      const chat = startGuided({ channelId });
      // After the root's side-by-side comparison the chooser asks which of the two to remember; asking for the chooser
      // there begins it, instead of "Sorry, I didn't quite get that".
      let replies = await chat.say('whats the difference between geriatric and pediatric');
      expectShown(replies, g.specialisation.comparePick);
      replies = await chat.say(FlowPhrases.specialisation);
      check(replies, 'chooser again');
      expectShown(replies, g.specialisation.audienceQuestion);
      expect(shownText(replies)).to.not.include(g.reprompt(g.specialisation.comparePick));
      // The roadmap asked for again mid-roadmap starts over with its first question.
      replies = await chat.say(FlowPhrases.roadmap);
      expectShown(replies, g.roadmap.educationQuestion);
      replies = await chat.say(FlowPhrases.roadmap);
      check(replies, 'roadmap again');
      expectShown(replies, g.roadmap.educationQuestion);
      expect(shownText(replies)).to.not.include(g.reprompt(g.roadmap.educationQuestion));
      // The walk asked for mid-walk keeps its step and offers to carry on there.
      await walkTo(chat, 3);
      expect(buttonTitles(await chat.say(FlowPhrases.careerSteps))).to.include(GuidedButtons.continueStep(3));
    });

    it('keeps the walk when a roadmap starts mid-walk, and offers it back after the plan', async () => {
      const chat = startGuided({ channelId });
      await walkTo(chat, 3);
      let replies = await chat.say(FlowPhrases.roadmap);
      expectShown(replies, g.roadmap.educationQuestion);
      replies = await chat.say(EducationButtons.school);
      replies = await chat.say(AimButtons.become);
      check(replies, 'plan');
      expectShown(replies, g.roadmap.heading, g.backTo.walk(3));
      expect(buttonTitles(replies)).to.include(GuidedButtons.backToStep(3));
    });

    it('keeps a roadmap when the specialisation chooser starts inside it; back in the roadmap, the chosen area is in the plan', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.roadmap);
      await chat.say(EducationButtons.nursingDegree);
      let replies = await chat.say(FlowPhrases.specialisation);
      expectShown(replies, g.specialisation.audienceQuestion);
      await chat.say('older people');
      await chat.say('supporting families');
      replies = await chat.say(GuidedButtons.rememberIt);
      check(replies, 'chooser done');
      expectShown(replies, g.backTo.roadmap);
      replies = await clickOn(chat, replies, GuidedButtons.backToRoadmap);
      // The degree was kept: the roadmap goes on with the years, not the education question.
      expect(shownText(replies)).to.not.include(g.roadmap.educationQuestion);
      expectShown(replies, g.roadmap.experienceQuestion);
      // The area just chosen is the aim: not asked again.
      replies = await chat.say('3 years');
      const geriatric = kb.specialisations.find((spec) => spec.id === 'geriatric')!;
      expectShown(replies, g.roadmap.heading, g.roadmap.aimLine(`specialize in ${geriatric.name}`));
    });

    it('"cancel" inside the second flow leaves both: nothing is offered back', async () => {
      const chat = startGuided({ channelId });
      await walkTo(chat, 2);
      await chat.say(FlowPhrases.salaryLadder);
      const replies = await chat.say('cancel');
      expect(shownText(replies)).to.not.include(g.backTo.walk(2));
      expect(shownText(await chat.say('how long does it take?'))).to.not.include(g.backTo.walk(2));
    });

    it('a "Next" pressed on an old step 3 card while on step 4 says it is out of date and stays on step 4', async () => {
      const chat = startGuided({ channelId });
      const cards = await walkTo(chat, 4);
      const oldNext = button(cards[2]!, GuidedButtons.next);
      expect(stepShown(cards[2]!)).to.equal(3);
      const replies = await chat.click(oldNext);
      check(replies, 'old Next');
      expectShown(replies, g.steps.staleCard(GuidedButtons.next, 3, 4));
      expect(stepShown(replies)).to.equal(4);
      // The current card's Next still moves on.
      expect(stepShown(await clickOn(chat, replies, GuidedButtons.next))).to.equal(5);
    });

    it('a "Back" from an old card does not move the walk either, and the button on the current card does', async () => {
      const chat = startGuided({ channelId });
      const cards = await walkTo(chat, 3);
      const replies = await chat.click(button(cards[1]!, GuidedButtons.back));
      expectShown(replies, g.steps.staleCard(GuidedButtons.back, 2, 3));
      expect(stepShown(replies)).to.equal(3);
      expect(stepShown(await clickOn(chat, cards.at(-1)!, GuidedButtons.back))).to.equal(2);
    });

    it('an answer button from an earlier question of the roadmap says it is out of date and asks the current question', async () => {
      const chat = startGuided({ channelId });
      const education = await chat.say(FlowPhrases.roadmap);
      const experience = await clickOn(chat, education, EducationButtons.nursingDegree);
      expectShown(experience, g.roadmap.experienceQuestion);
      const replies = await chat.click(button(education, EducationButtons.school));
      check(replies, 'old answer');
      expectShown(replies, g.staleButton, g.backToQuestion(g.roadmap.experienceQuestion));
      expect(shownText(replies)).to.not.include(g.roadmap.heading);
    });

    it('a step card button pressed inside another flow is out of date there, and that flow asks its question again', async () => {
      const chat = startGuided({ channelId });
      const cards = await walkTo(chat, 2);
      await chat.say(FlowPhrases.roadmap);
      const replies = await chat.click(button(cards.at(-1)!, GuidedButtons.next));
      expectShown(replies, g.staleButton, g.backToQuestion(g.roadmap.educationQuestion));
      expect(stepShown(replies)).to.equal(null);
    });
  });
}
