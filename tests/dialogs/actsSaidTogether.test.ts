import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Conversation acts said together or in a person's own words (the testers of session 21, and new phrasings of the same
 * needs), in Web Chat and Teams: a complaint that asks for a person gets both, a goodbye that turns the career down is
 * no cheer for the path, an answer taken as expected is acknowledged, a question to the bot is answered before
 * confusion, and asking to skip a question with none waiting says so. The real bot, flows, engine and knowledge base.
 */

const QUESTION = 'How long does it take to become a care manager?';

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`acts said together (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    for (const text of ["this isn't helping. can I speak to someone?", 'not helpful. is there a human I can talk to', "you're useless, I want to talk to a real person"]) {
      it(`"${text}" says sorry, says where to find a person, and rates the last answer not helpful`, async () => {
        const chat = start();
        await chat.say(QUESTION);
        const replies = await chat.say(text);
        expectShown(replies, Messages.sorryNotMoreHelp, Messages.chat.askHuman);
        expect(shownText(replies)).not.to.include(Messages.chat.complaint);
        expectNoEntry(replies, text);
        expectChannelSafe(channelId, replies, text);
        expect((await chat.feedback()).ratings[answeredBy(QUESTION).id]).to.include({ helpful: 0, notHelpful: 1 });
      });
    }

    for (const text of ['whatever. not for me. bye', 'nah this isnt for me, thanks anyway, bye', 'meh. not interested. bye']) {
      it(`"${text}" gets a goodbye that respects the career turned down, not good luck on the path`, async () => {
        const chat = start();
        await chat.say(QUESTION);
        const replies = await chat.say(text);
        expectShown(replies, Messages.byeTurningDown);
        expect(shownText(replies)).not.to.include(Messages.chat.bye);
        expectChannelSafe(channelId, replies, text);
      });
    }

    it('"no that\'s all, bye" still gets the usual goodbye', async () => {
      const chat = start();
      await chat.say(QUESTION);
      expectShown(await chat.say("no that's all, bye"), Messages.chat.bye);
    });

    for (const text of ['more or less what i expected', 'pretty much what I thought', 'yeah thought as much', "that's about what i figured"]) {
      it(`"${text}" after an answer is acknowledged, not read as a question`, async () => {
        const chat = start();
        await chat.say(QUESTION);
        const replies = await chat.say(text);
        expectShown(replies, Messages.chat.ack);
        expectNoEntry(replies, text);
        expect((await chat.feedback()).questions, 'recorded as a question').to.deep.equal([]);
      });
    }

    it('"what is this, a robot or a person?" is answered (a bot), not taken as confusion', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say('what is this, a robot or a person?');
      expectShown(replies, Messages.chat.areYouHuman);
      expect(shownText(replies)).not.to.include(Messages.chat.confused);
    });

    it('"ok who made you, and why should I trust a bot about careers" says where the answers come from, not an entry', async () => {
      const chat = start();
      const replies = await chat.say('ok who made you, and why should I trust a bot about careers');
      expectShown(replies, Messages.chat.aboutSource);
      expectNoEntry(replies, 'trust');
    });

    it('"thanks so much!! off to text my aunt haha" is thanks and a goodbye, not a complaint ("off" alone is no complaint)', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say('thanks so much!! off to text my aunt haha');
      expectShown(replies, Messages.beforeGoodbye.thanks, Messages.chat.bye);
      expect(shownText(replies)).not.to.include(Messages.chat.complaint);
      expect((await chat.feedback()).ratings[answeredBy(QUESTION).id]?.notHelpful ?? 0).to.equal(0);
    });

    for (const text of ['40k?? thats nothing', 'wow thats not much money']) {
      it(`"${text}" after the pay says how pay rises with experience and role, not "I won't add figures"`, async () => {
        const chat = start();
        await chat.say('how much do care managers earn');
        const replies = await chat.say(text);
        expectShown(replies, Messages.payDoubted);
        expect(shownText(replies)).not.to.include(Messages.chat.doubtsAnswer);
        expectChannelSafe(channelId, replies, text);
      });
    }

    it('"hmm can we skip this question?" with no flow running says no question waits, not the help text', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say('hmm can we skip this question?');
      expectShown(replies, Messages.nothingToSkip);
      expectNoEntry(replies, 'skip');
      expectChannelSafe(channelId, replies, 'skip');
    });
  });
}
