import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/messages';
import { answeredBy, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Talk that says what it is about (testers of session 26, in new words of the same kinds): a message in another
 * language that mixes in the guide's words in English is answered from those words. The real bot, flows, engine and
 * knowledge base, in Web Chat and Teams.
 */

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk that says what it is about (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    describe('a message in another language with the guide\'s words in English', () => {
      it('"buenas noches, una pregunta: el stress en este trabajo es mucho?" answers the stress, saying it read the English words', async () => {
        const chat = start();
        const replies = await chat.say('buenas noches, una pregunta: el stress en este trabajo es mucho?');
        expectShown(replies, Messages.englishPartRead('stress'), answeredBy('is the job stressful').section);
        expect(shownText(replies)).not.to.include(Messages.englishOnly);
        safe(replies, 'stress in Spanish');
      });

      it('says it reads English only once in a conversation: the next mixed message is only answered', async () => {
        const chat = start();
        await chat.say('Bonjour, je voudrais savoir si la certification CCM est obligatoire');
        const replies = await chat.say('et pour le salaire? entry level');
        expectShown(replies, answeredBy('entry level salary').section);
        expect(shownText(replies)).not.to.include('I only understand English');
      });

      it('the career\'s name alone is nothing to answer: "cuánto tiempo tarda uno en ser care manager" gets the English-only reply, no gap logged', async () => {
        const chat = start();
        const replies = await chat.say('cuánto tiempo tarda uno en ser care manager');
        expectShown(replies, Messages.englishOnly);
        expectNoEntry(replies, 'career name only');
        expect((await chat.feedback()).questions).to.deep.equal([]);
      });
    });
  });
}
