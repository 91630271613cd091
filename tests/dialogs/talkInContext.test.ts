import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answerInBrief } from '../../dialogs/rendering/beyond/nearby';
import { answeredBy, buttonTitles, CHAT_CHANNELS, clickOn, expectNoEntry, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Talk in the middle of a conversation, as the usability testers of session 24 found it handled badly, in new words of
 * the same kinds: being told the bot repeated itself, the same answer asked for again, a complaint with a clear
 * question after it, a complaint said with thanks, and a remark with a laugh around it. The real bot, flows, engine
 * and knowledge base, in Web Chat and Teams.
 */

const DEGREE_ASKED = 'can i become a care manager without a degree';
const PAY_ASKED = 'what do care managers get paid';

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk in the middle of a conversation (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    for (const text of ['u already said that', 'you told me that before', 'same answer again lol', 'you keep repeating yourself']) {
      it(`"${text}" after an answer says the guide has no more on it, with what is near, not "ask it in other words"`, async () => {
        const chat = start();
        const answered = answeredBy(PAY_ASKED);
        await chat.say(PAY_ASKED);
        const replies = await chat.say(text);
        expectShown(replies, Messages.repeatedComplaint(answered.title));
        expect(shownText(replies)).not.to.include(Messages.chat.complaint);
        expectNoEntry(replies, text);
        expect(buttonTitles(replies).length).to.be.greaterThan(1);
        expect((await chat.feedback()).ratings[answered.id]).to.include({ notHelpful: 1 });
        expectChannelSafe(channelId, replies, text);
      });
    }

    it('never sends the same answer twice in a row: the second time it says the guide has no more, with the answer a tap away', async () => {
      const chat = start();
      const answered = answeredBy(DEGREE_ASKED);
      const first = await chat.say(DEGREE_ASKED);
      expectShown(first, Messages.sourcePrefix);
      const again = await chat.say(DEGREE_ASKED);
      expectShown(again, Messages.sameAnswerAbove(answered.title), answerInBrief(answered), Messages.sameAnswerNearby);
      expectNoEntry(again, 'the same question again');
      expectChannelSafe(channelId, again, 'the same question again');
      // Asked for, the answer comes back whole.
      const shown = await clickOn(chat, again, Messages.seeItAgain);
      expect(readable(shownText(shown))).to.equal(readable(shownText(first)));
    });

    for (const again of ['can you be one without a degree or not', 'so can i do it with no degree yes or no?', 'without a degree, possible or not?']) {
      it(`"${again}" right after the answer gets it in brief, not only a pointer to it (tester ut31c)`, async () => {
        const chat = start();
        const answered = answeredBy(DEGREE_ASKED);
        await chat.say(DEGREE_ASKED);
        const replies = await chat.say(again);
        if (readable(shownText(replies)).includes(readable(Messages.sourcePrefix))) return expectShown(replies, "isn't strictly required");
        expectShown(replies, Messages.sameAnswerAbove(answered.title), "isn't strictly required: you can become a care manager without one");
        expectChannelSafe(channelId, replies, again);
      });
    }

    it('asked again after other talk, the answer is given in brief, the whole one tap away; a few turns later, whole again', async () => {
      const chat = start();
      await chat.say(DEGREE_ASKED);
      await chat.say('ok thanks');
      const again = await chat.say(DEGREE_ASKED);
      expectShown(again, "isn't strictly required");
      expect(readable(shownText(again))).not.to.include(readable(Messages.sourcePrefix));
      expect(buttonTitles(again)).to.include(Messages.seeItAgain);
      for (const talk of ['ok thanks', 'cool', 'nice']) await chat.say(talk);
      expectShown(await chat.say(DEGREE_ASKED), Messages.sourcePrefix);
    });

    it('"which one is better for me?" after a complaint says the guide does not rank them, not "ask it in other words"', async () => {
      const chat = start();
      await chat.say('should i study nursing or social work');
      const replies = await chat.say('that not really answer. which one is better for me?');
      expect(shownText(replies)).to.include("doesn't");
      expect(shownText(replies)).to.include('which is better');
      expect(shownText(replies)).not.to.include(Messages.chat.complaint);
      expectChannelSafe(channelId, replies, 'complaint and a ranking');
    });

    it('a complaint in broken English with a clear question after it answers the question', async () => {
      const chat = start();
      await chat.say('how long does it take to become one');
      const replies = await chat.say('that not answer my question. how much they earn?');
      const pay = answeredBy(PAY_ASKED);
      expect(shownText(replies)).to.include(Messages.sourcePrefix);
      expect(readable(shownText(replies))).to.include(readable(pay.answer.trim().split('\n')[0]!).slice(0, 40));
      expect(shownText(replies)).not.to.include(Messages.chat.complaint);
    });

    it('"you didn\'t say whether it\'s hard, thanks anyway": the part said to be missed is answered with an apology, never "Glad that helped"', async () => {
      const chat = start();
      await chat.say(PAY_ASKED);
      const text = "you didn't say whether it's hard, thanks anyway";
      const replies = await chat.say(text);
      expectShown(replies, Messages.missedPart, answeredBy('is the job stressful').section);
      expect(shownText(replies)).not.to.include(Messages.chat.helpful);
      expectChannelSafe(channelId, replies, text);
    });

    for (const text of ["ok that doesn't really answer if i can skip the junior part, but thanks - helpful overall"]) {
      it(`"${text}": the complaint wins over the thanks, never "Glad that helped"`, async () => {
        const chat = start();
        const answered = answeredBy(PAY_ASKED);
        await chat.say(PAY_ASKED);
        const replies = await chat.say(text);
        expectShown(replies, Messages.chat.complaint);
        expect(shownText(replies)).not.to.include(Messages.chat.helpful);
        expect((await chat.feedback()).ratings[answered.id]).to.include({ notHelpful: 1 });
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ["ha ok that's a lot", 'heh thats a lot']) {
      it(`"${text}" after the pay is a remark on it, answered in a line, not thanked for as a story or answered with an entry`, async () => {
        const chat = start();
        await chat.say(PAY_ASKED);
        const replies = await chat.say(text);
        expectShown(replies, Messages.chat.doubtsAnswer);
        expect(shownText(replies)).not.to.include(Messages.chat.remark);
        expectNoEntry(replies, text);
      });
    }

    for (const text of ['ok thanks. forget me please', 'thanks for everything, now delete my data']) {
      it(`"${text}" asks to be forgotten after the thanks: the confirmation, not "outside what I can help with"`, async () => {
        const chat = start();
        await chat.say(PAY_ASKED);
        const replies = await chat.say(text);
        expectShown(replies, Messages.forgetMe.confirm);
      });
    }

    it('"that sounds pretty good tbh. so what would i need to study?" welcomes the liking, never "Glad that helped", and answers', async () => {
      const chat = start();
      await chat.say('what does a care manager actually do');
      const replies = await chat.say('that sounds pretty good tbh. so what would i need to study?');
      expectShown(replies, Messages.chatLead.likesCareer, Messages.sourcePrefix);
      expect(shownText(replies)).not.to.include(Messages.chatLead.helpful);
    });

    for (const text of ['haha no, i meant you. the bot. are you an AI?', 'hiya! one thing first - what are you exactly? and who wrote your answers?']) {
      it(`"${text}" asks about the bot, not the career`, async () => {
        const replies = await start().say(text);
        expect(shownText(replies)).not.to.include(Messages.sourcePrefix);
        expect([Messages.chat.areYouHuman, Messages.chat.aboutSource, Messages.chat.whoAreYou].some((reply) => shownText(replies).includes(reply))).to.equal(true);
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ['ok cool', 'right', 'gotcha']) {
      it(`"${text}" after an answer is acknowledged with an offer, not a new answer`, async () => {
        const chat = start();
        await chat.say(PAY_ASKED);
        const replies = await chat.say(text);
        expectShown(replies, Messages.chat.ack);
        expectNoEntry(replies, text);
        expect((await chat.feedback()).questions, 'recorded as a question').to.deep.equal([]);
      });
    }
  });
}
