import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Complaints that say what was asked, and a yes or a no asked for (testers of sessions 26 and 27, in new words of the
 * same kinds): "I didn't ask about X" before a question answers the question, not "outside what I can help with"; an
 * emoji after the complaint closes it as a full stop would; "yes or no?" after an answer says plainly that the guide
 * gives no plain yes or no and what it does say, and never reads its "no" as "without"; a tag question after laughter
 * asks; a greeting before asking how to use the chat gets the help. The real bot, flows, engine and knowledge base, in
 * Web Chat and Teams.
 */

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`complaints that say what was asked, and a yes or a no asked for (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    describe('"I didn\'t ask about X" before a question', () => {
      for (const [first, complaint, asked] of [
        ['what do senior care managers earn', 'lol i didnt ask about pay, what does the job involve day to day?', 'what does a care manager do day to day'],
        ['how long does it take to become one', "i wasn't asking about the time. is the work stressful", 'is the job stressful'],
        ['which certifications are there', 'I never asked about certificates 🙄 which degree should I study?', 'which degree should i study'],
      ] as const) {
        it(`"${complaint}" says sorry and answers what is asked`, async () => {
          const chat = start();
          await chat.say(first);
          const replies = await chat.say(complaint);
          expectShown(replies, Messages.chatLead.complaint, answeredBy(asked).section);
          expect(shownText(replies)).not.to.include('outside what I can help with');
          safe(replies, complaint);
        });
      }

      it('"i didnt ask about the money" alone is a complaint, answered with an apology and nothing about money', async () => {
        const chat = start();
        await chat.say('how much would i earn at the start');
        const replies = await chat.say('i didnt ask about the money');
        expect(shownText(replies)).not.to.include('$40,000');
        expect(shownText(replies)).to.match(/sorry/i);
      });
    });

    describe('a yes or a no asked for', () => {
      it('"so yes or no?" after the stress answer says the guide gives no plain yes or no, then what it says', async () => {
        const chat = start();
        await chat.say('does this job stress people out');
        const replies = await chat.say('so yes or no?');
        const stress = answeredBy('is the job stressful');
        expectShown(replies, Messages.noPlainYesOrNo(stress.title, '').trim(), 'stressful at times');
        expect(shownText(replies)).not.to.include(answeredBy('can i do it without a degree').section);
        safe(replies, 'so yes or no?');
      });

      it('"you didnt answer me yes or no :(" after the degree question says sorry, then the same plainly', async () => {
        const chat = start();
        await chat.say('is a degree a must for this?');
        const replies = await chat.say('you didnt answer me yes or no :(');
        expectShown(replies, Messages.chatLead.complaint, 'yes or no', 'most employers prefer');
        safe(replies, 'yes or no complaint');
      });

      it('"Social care, yes or no?" after the degrees keeps to the answer in view; "is it stressful - yes or no" asks about stress', async () => {
        const chat = start();
        await chat.say('what should I study to become one');
        const named = await chat.say('Social care diploma, yes or no?');
        expectShown(named, 'yes or no');
        expect(shownText(named)).not.to.include('outside what I can help with');
        const stress = await chat.say('is it stressful - yes or no');
        expectShown(stress, answeredBy('is the job stressful').section);
      });

      it('"yes or no?" with nothing answered yet asks what it is about', async () => {
        const replies = await start().say('yes or no?');
        expectShown(replies, Messages.yesOrNoOfNothing);
      });
    });

    describe('what the person told of themselves, said again', () => {
      it('"like I told you, I have a bachelor\'s in nursing already" after how long it takes asks it again with the degree: no 4-year bachelor\'s', async () => {
        const chat = start();
        await chat.say('how many years until i could be one');
        const replies = await chat.say("like I told you, I have a bachelor's in nursing already");
        expectShown(replies, 'a few more years of relevant work experience');
        expect(shownText(replies)).not.to.include('about four years for a bachelor');
        expect(shownText(replies)).not.to.include(Messages.chat.remark);
        safe(replies, 'told again');
      });

      it('"i said im in my 2nd year already, why 6-8 years" is no thanks for sharing', async () => {
        const chat = start();
        await chat.say('how long does it take to become a care manager');
        const replies = await chat.say('i said im in my 2nd year already, why 6-8 years');
        expect(shownText(replies)).not.to.include(Messages.chat.remark);
      });
    });

    it('"you didnt give the costs of the exams" after the certifications says sorry for missing it and that the guide gives no costs, never "ask it in other words"', async () => {
      const chat = start();
      await chat.say('which certificates should i get');
      const replies = await chat.say('you didnt give the costs of the exams');
      expectShown(replies, Messages.missedPart);
      expect(shownText(replies)).not.to.include('other words');
      expect(shownText(replies)).not.to.include('outside what I can help with');
      safe(replies, 'missed costs');
    });

    it('"could you wipe all the info u have on me" asks to confirm deleting, as "forget me" does', async () => {
      const chat = start();
      await chat.say('how long does it take');
      const replies = await chat.say('could you wipe all the info u have on me');
      expectShown(replies, Messages.forgetMe.confirm);
      safe(replies, 'forget me asked');
    });

    it('"sounds like a lot of pressure haha is it" after the day-to-day duties asks about the stress', async () => {
      const chat = start();
      await chat.say('what does a care manager do all day');
      expectShown(await chat.say('sounds like a lot of pressure haha is it'), answeredBy('is the job stressful').section);
    });

    it('"Hello there, where do I type what I want to ask?" says how to use the chat', async () => {
      const replies = await start().say('Hello there, where do I type what I want to ask?');
      const help = channelId === Channels.Msteams ? Messages.helpTeams : Messages.help;
      expect(readable(shownText(replies))).to.include(readable(help).slice(0, 40));
    });
  });
}
