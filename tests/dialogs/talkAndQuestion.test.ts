import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Ordinary conversation answered as it is meant, and a message that is both talk and a question handled both ways (the
 * usability testers of session 24, and new messages of the same kinds): someone else's claim checked against the guide,
 * the bot itself found limited, what the bot is, a figure doubted with a question after it, thanks and a goodbye after
 * a remark, a greeting with an introduction, a story with no question, and pay doubted with no pay in view. The real
 * bot, flows, engine and knowledge base, in Web Chat and Teams.
 */

const kb = knowledge();
const entry = (id: string) => kb.faqById.get(id)!;
const firstLine = (id: string) => readable(entry(id).answer.trim().split('\n')[0]!).slice(0, 40);

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk and a question in one message (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    for (const text of ['My aunt says the money is rubbish to start with, is that true?', 'my neighbour reckons the starting pay is terrible. is she right?']) {
      it(`"${text}" checks the claim against the guide: the starting pay, not where the answers come from`, async () => {
        const replies = await start().say(text);
        expect(readable(shownText(replies))).to.include(firstLine('salary-entry'));
        expect(shownText(replies)).not.to.include(Messages.chat.aboutSource);
        expectChannelSafe(channelId, replies, text);
      });
    }

    it('"a friend told me you need a masters for this, true?" checks the claim: the degree levels', async () => {
      const replies = await start().say('a friend told me you need a masters for this, true?');
      expect(readable(shownText(replies))).to.include(firstLine('bachelors-or-masters'));
    });

    for (const text of ['this bot is pretty limited', 'kinda limited tbh', 'honestly this app is a bit limited']) {
      it(`"${text}" is a complaint about the bot: what it can do, and the feedback noted (not praise)`, async () => {
        const chat = start();
        const question = 'How long does it take to become a care manager?';
        await chat.say(question);
        const replies = await chat.say(text);
        expectShown(replies, Messages.complaintAboutBot);
        expect(shownText(replies)).not.to.include(Messages.chat.praise);
        expect((await chat.feedback()).ratings[answeredBy(question).id]).to.include({ notHelpful: 1 });
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ['what are you exactly? a real person?', 'who am I talking to? a robot?']) {
      it(`"${text}" is answered as a question about the bot`, async () => {
        const chat = start();
        const replies = await chat.say(text);
        expectShown(replies, Messages.chat.areYouHuman);
        expect((await chat.feedback()).questions, 'recorded as a question the guide could not answer').to.deep.equal([]);
      });
    }

    for (const text of ['is this like chatgpt?', 'are you gpt or something']) {
      it(`"${text}" says the bot is no general AI and where its answers come from`, async () => {
        const replies = await start().say(text);
        expectShown(replies, Messages.notAGeneralAi);
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ['not great money. is it even worth it?', 'rubbish pay. why would anyone bother']) {
      it(`"${text}" after the pay is a doubt about the career, answered (pay grows, rewarding), with no apology`, async () => {
        const chat = start();
        await chat.say('what is the salary');
        const replies = await chat.say(text);
        expectShown(replies, Messages.payDoubted);
        expect(shownText(replies)).not.to.include(Messages.chatLead.complaint);
      });
    }

    it('"not great money. is it even worth it?" as the first message gets the pay from entry level up', async () => {
      const replies = await start().say('not great money. is it even worth it?');
      expectShown(replies, Messages.payDoubtedNotInView);
      expect(readable(shownText(replies))).to.include(firstLine('salary'));
    });

    for (const text of ['thats too long. is there a quicker way?', 'way too long tbh, can i speed it up?']) {
      it(`"${text}" after the time it takes is a question about a quicker route, not a complaint`, async () => {
        const chat = start();
        const question = 'How long does it take to become a care manager?';
        await chat.say(question);
        const replies = await chat.say(text);
        // Session 40 (misread40b): the guide names no shortcut, then what varies the time.
        expectShown(replies, Messages.wayInInPractice.shortcut);
        expect(shownText(replies)).not.to.include(Messages.chatLead.complaint);
        expect((await chat.feedback()).ratings[answeredBy(question).id]).to.equal(undefined);
      });
    }

    it('"that was useless. how much do they earn though?" still notes the complaint and answers the pay', async () => {
      const chat = start();
      await chat.say('what degree do i need');
      const replies = await chat.say('that was useless. how much do they earn though?');
      expectShown(replies, Messages.chatLead.complaint);
      expect(readable(shownText(replies))).to.include(firstLine('salary'));
    });

    it('"that didn\'t answer my first question. how long does it take or not?" notes the complaint and answers', async () => {
      const chat = start();
      await chat.say('what degree do i need');
      const replies = await chat.say("that didn't answer my first question. how long does it take or not?");
      expectShown(replies, Messages.chatLead.complaint);
      expect(readable(shownText(replies))).to.include(firstLine('how-long'));
    });

    for (const text of ['healthcare assistant sounds doable. thanks, gonna call my aunt!', 'ok the CNA route sounds good. cheers, off to tell my mum']) {
      it(`"${text}" is thanks and a goodbye, not a job noted`, async () => {
        const replies = await start().say(text);
        expectShown(replies, Messages.chat.bye);
        expect(shownText(replies)).not.to.include('noted:');
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ['hi, I\'m a barista and thinking about care work', 'hello! i work in retail and considering a move into care']) {
      it(`"${text}" is greeted and what was told is used: where the route starts from outside care`, async () => {
        const replies = await start().say(text);
        const shown = shownText(replies);
        expect(shown).to.include(Messages.introducedGreeting);
        expect(shown).to.include('Coming from outside health and social care');
        expect(shown).not.to.include(Messages.chat.greeting);
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ['been a support worker in a care home for 7 yrs, no degree', 'carer for 4 years now, never went to uni']) {
      it(`"${text}" is answered as asking whether one can do it without a degree, and says so`, async () => {
        const chat = start();
        const replies = await chat.say(text);
        expectShown(replies, Messages.takenAsNoDegree);
        expect(readable(shownText(replies))).to.include(firstLine('without-degree'));
        expect((await chat.feedback()).questions, 'declined as a question').to.deep.equal([]);
      });
    }

    it('a story of work outside care, family caring and a wish, with no question, says where the route starts, not "outside what I can help with"', async () => {
      const chat = start();
      const replies = await chat.say("I worked as a bus driver for 15 years and now I'm looking after my nan who has dementia. I'd like to do this kind of work properly, helping other families.");
      // Session 38 (profile38): the driving is kept in their words and said back with where the route starts.
      expectShown(replies, Messages.introducedOutsideField('bus driver'));
      expect(shownText(replies)).not.to.include(Messages.outOfScope);
      expect(shownText(replies), 'the driving counted as years in care').not.to.include('years in health');
      expect((await chat.feedback()).questions, 'declined as a question').to.deep.equal([]);
    });

    for (const text of ['40k?? thats nothing', '$40,000 is peanuts']) {
      it(`"${text}" after the degree (no pay in view) gets the guide's pay from entry level up, not a vague reply`, async () => {
        const chat = start();
        await chat.say('what degree do i need');
        const replies = await chat.say(text);
        expectShown(replies, Messages.payDoubtedNotInView);
        expect(readable(shownText(replies))).to.include(firstLine('salary'));
        expect(shownText(replies)).not.to.include(Messages.chat.doubtsAnswer);
      });
    }
  });
}
