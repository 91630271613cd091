import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { withActModel } from '../../dialogs/understanding/core/actModel';
import { answeredBy, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Conversation the phrase rules do not hold, read by the learned model (dialogs/understanding/core/actModel.ts), in Web Chat
 * and Teams (more in conversationInTheirWords.test.ts, session 14). None of these messages is in the model's data or
 * written in the rules: each was checked to be a question for the guide with the rules alone. Questions around them
 * stay questions.
 */

const QUESTION = 'How long does it take to become a care manager?';
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`conversation read by the learned model (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('asking for a person in words the rules lack says plainly there is no person here, and what to do instead', async () => {
      const chat = start();
      const replies = await chat.say('id rather have an actual person help me with this');
      expectShown(replies, Messages.chat.askHuman);
      expect(shownText(replies)).to.match(/no person/i);
      expectNoEntry(replies, 'an actual person');
      safe(replies, 'an actual person');
      expect((await chat.feedback()).questions, 'recorded as an unanswered question').to.deep.equal([]);
    });

    it('a plan asked for with a story after it ("roadmap for me? I\'m a pharmacy tech ...") starts the roadmap, which reads the degree from it', async () => {
      const chat = start();
      const replies = await chat.say("roadmap for me? I'm a pharmacy tech with an associate degree");
      expectShown(replies, GuidedMessages.roadmap.experienceQuestion);
      safe(replies, 'roadmap for me');
    });

    it('with the rules alone the same messages were questions: the model is what reads them', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await withActModel(null, () => chat.say('you explain stuff way better than the careers website lol'));
      expect(shownText(replies)).not.to.include(Messages.chat.praise);
    });

    it('an act before a question keeps the question: "I don\'t understand. what is a CMC?" answers the CMC', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say("I don't understand. what is a CMC?");
      expectShown(replies, answeredBy('what is the CMC certification').answer.split('\n')[0]!);
    });

    it('a short follow-up with a word of an act is still a question: "evenings as well?" after the hours', async () => {
      const chat = start();
      await chat.say('what hours do care managers work');
      const replies = await chat.say('evenings as well?');
      expect(shownText(replies)).not.to.include(Messages.chat.greeting);
      expect(stepShown(replies)).to.equal(null);
    });
  });
}
