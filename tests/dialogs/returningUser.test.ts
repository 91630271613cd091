import { Channels, MemoryStorage, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedButtons, GuidedMessages, EducationButtons, ExperienceButtons, AimButtons } from '../../dialogs/rendering/guided/guidedMessages';
import { stepCardTitle } from '../../dialogs/rendering/guided/guidedCards';
import { DEFAULT_FEEDBACK_RETENTION_DAYS } from '../../dialogs/feedbackStore';
import { ButtonTitles, FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { buttonTitles, clickOn, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

const kb = knowledge();
const geriatric = kb.specialisations.find((s) => s.id === 'geriatric');
if (!geriatric) throw new Error('the knowledge base has no geriatric specialisation');
const geriatricEntry = kb.faqById.get(geriatric.faqId);

/** A later conversation of the same user with the same bot storage (a new chat in the page, or another day). */
function later(storage: MemoryStorage, channelId: string, conversationId: string): Conversation {
  return startGuided({ channelId, storage, conversationId });
}

for (const channelId of [Channels.Webchat, Channels.Msteams]) {
  describe(`a returning user (${channelId})`, () => {
    const check = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('gets the first welcome on a first visit', async () => {
      const replies = await startGuided({ channelId }).join();
      expect(shownText(replies)).to.include(Messages.welcome.slice(0, 40));
      expect(shownText(replies)).to.not.include(Messages.welcomeBack.greeting);
      expectShown(replies, Messages.privacy(DEFAULT_FEEDBACK_RETENTION_DAYS));
    });

    it('is welcomed back with the step of the walk and the chosen specialisation, and resumes the walk from a button', async () => {
      const storage = new MemoryStorage();
      const first = startGuided({ channelId, storage });
      await first.join();
      let replies = await first.say(FlowPhrases.careerSteps);
      replies = await clickOn(first, replies, GuidedButtons.next);
      replies = await clickOn(first, replies, GuidedButtons.next);
      expect(stepShown(replies)).to.equal(3);
      await first.say(GuidedButtons.stop);
      await first.say(FlowPhrases.specialisation);
      await first.say('older people with dementia');
      await first.say('supporting their families');
      await first.say(GuidedButtons.rememberIt);

      const second = later(storage, channelId, 'conversation-2');
      const welcome = await second.join();
      check(welcome, 'welcome back');
      expectShown(welcome, Messages.welcomeBack.greeting, Messages.welcomeBack.step(3, kb.steps.length, kb.steps[2]!.title), Messages.welcomeBack.specialisation(geriatric.name));
      // The same privacy line as the first welcome: what is kept, for how long, and "forget me".
      expectShown(welcome, Messages.privacy(DEFAULT_FEEDBACK_RETENTION_DAYS));
      expect(buttonTitles(welcome)).to.include.members([GuidedButtons.continueStep(3), ...(geriatricEntry ? [geriatricEntry.title] : [])]);
      const resumed = await clickOn(second, welcome, GuidedButtons.continueStep(3));
      expect(shownText(resumed)).to.include(stepCardTitle(kb.steps[2]!, kb.steps.length));
    });

    it('is welcomed back with the saved roadmap, and "my roadmap" shows it again instead of asking everything anew', async () => {
      const storage = new MemoryStorage();
      const first = startGuided({ channelId, storage });
      let replies = await first.say(FlowPhrases.roadmap);
      for (const title of [EducationButtons.nursingDegree, ExperienceButtons.twoToFive, AimButtons.lead]) replies = await clickOn(first, replies, title);
      expectShown(replies, GuidedMessages.roadmap.heading);
      const plan = shownText(replies);

      const second = later(storage, channelId, 'conversation-2');
      const welcome = await second.join();
      expectShown(welcome, Messages.welcomeBack.roadmap);
      const shown = await clickOn(second, welcome, ButtonTitles.roadmap);
      check(shown, 'saved roadmap');
      expectShown(shown, GuidedMessages.roadmap.heading);
      expect(shownText(shown)).to.not.include(GuidedMessages.roadmap.educationQuestion);
      // The same plan as when it was made (the checklist too).
      const checklist = (text: string) => text.split('\n').filter((line) => /^\[[x ]\] \d+\. /.test(line));
      expect(checklist(plan)).to.have.length(kb.steps.length);
      expect(checklist(shownText(shown))).to.deep.equal(checklist(plan));
      const update = await clickOn(second, shown, GuidedButtons.updateRoadmap);
      expectShown(update, GuidedMessages.roadmap.educationQuestion);
      // Updating asks each question again: the years and the aim given before are not taken as answered.
      expectShown(await second.say(EducationButtons.otherDegree), GuidedMessages.roadmap.experienceQuestion);
    });
  });
}
