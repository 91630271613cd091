import { Channels } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe } from './transcript';

/**
 * Questions about the bot's own handling of what people type (session 15): who can read it, whether it is kept,
 * whether it is private, deleting it. Each gets what the bot keeps and for how long, who reads it, "forget me", and
 * where it is said in full (the privacy page in Web Chat, the app's details in Teams, where Teams also keeps the chat
 * itself), never a career answer about confidentiality. The career's own privacy questions stay questions.
 */

const QUESTION = 'How long does it take to become a care manager?';

/** Asked in words the first rules did not hold (session 14 read several of them as career questions). */
const ASKED_OF_THE_BOT = [
  'will my employer be able to read this chat',
  'do you store what I type',
  'is this confidential',
  'can you delete my messages',
  'can my boss see this?',
  'is what I write here private',
  'are you recording this',
  'how long do you keep my data',
  'can I stay anonymous',
  'who can see what I ask here',
];

/** About confidentiality and records in the job itself: the guide's answers. */
const ABOUT_THE_JOB = ['how do care managers protect client privacy', 'do care managers have to keep everything confidential', 'will my boss know if I take the ccm'];

for (const [channelName, channelId] of CHAT_CHANNELS) {
  const channel = channelId === Channels.Msteams ? 'teams' : 'markdown';
  describe(`questions about what the bot keeps (${channelName})`, () => {
    for (const message of ASKED_OF_THE_BOT) {
      it(`"${message}" gets what is kept, who reads it and how to delete it, not a career answer`, async () => {
        const chat = startGuided({ channelId });
        await chat.say(QUESTION);
        const replies = await chat.say(message);
        expectShown(replies, Messages.privacyAnswer(90, channel));
        expectNoEntry(replies, message);
        if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${message} #${i}`));
        expect((await chat.feedback()).questions, 'recorded as an unanswered question').to.deep.equal([]);
      });
    }

    it(channel === 'teams' ? 'in Teams, says that Teams keeps the chat itself and where the full statement is' : 'in Web Chat, links the privacy page beside the chat', async () => {
      const replies = await startGuided({ channelId }).say('will my employer be able to read this chat');
      const text = shownText(replies);
      if (channel === 'teams') {
        expect(text).to.include('Teams keeps this chat itself');
        expect(text).not.to.include('](privacy)');
      } else expect(text).to.include('[privacy page](privacy)');
      expect(text).to.include('without your name').and.to.include('forget me');
    });

    it('asked in the middle of the walk, it is answered and the walk goes on', async () => {
      const chat = startGuided({ channelId });
      await chat.say('step 3');
      expectShown(await chat.say('is this confidential'), Messages.privacyAnswer(90, channel));
      expect(stepShown(await chat.say('next'))).to.equal(4);
    });

    for (const message of ABOUT_THE_JOB) {
      it(`"${message}" is about the job: the guide answers it`, async () => {
        const replies = await startGuided({ channelId }).say(message);
        expectShown(replies, answeredBy(message).answer.split('\n')[0]!);
        expect(shownText(replies)).not.to.include("I don't keep a record of our chat");
      });
    }
  });
}
