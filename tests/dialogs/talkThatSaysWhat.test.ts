import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Talk that says what it is about (testers of session 26, in new words of the same kinds): a message in another
 * language that mixes in the guide's words in English is answered from those words; a complaint that names what the
 * last answer left out answers that part; asking for a person is read with a place, "about this" and an area said first;
 * a goodbye with a parting remark says goodbye; a quip beside a question and a sound of interest are no guide gaps. The real bot, flows, engine and
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

    describe('a complaint that names the part the last answer left out answers that part', () => {
      for (const [first, complaint, asked] of [
        ['how much do care managers earn', 'your answer skipped the hours bit lol', 'what are the working hours'],
        ['what does a care manager do', 'u forgot to say if its stressful', 'is the job stressful'],
        ['is the job stressful', "you didn't say whether it pays well tho", 'how much do care managers earn'],
      ] as const) {
        it(`"${complaint}" says sorry for missing it and answers it`, async () => {
          const chat = start();
          await chat.say(first);
          const replies = await chat.say(complaint);
          expectShown(replies, Messages.missedPart, answeredBy(asked).section);
          expect(shownText(replies)).not.to.include('other words');
          safe(replies, complaint);
        });
      }

      it('a part that the last reply did give, under its own heading, is said to be above, not missed', async () => {
        const chat = start();
        await chat.say('what are the hours like and is it stressful');
        const replies = await chat.say('u skipped the stress part');
        expectShown(replies, Messages.missedButAbove(answeredBy('is the job stressful').title));
        expect(shownText(replies)).not.to.include(Messages.missedPart);
      });

      it('"Thanks, but you never answered about working part-time" asks the guide about part-time work, never "ask it in other words"', async () => {
        const chat = start();
        await chat.say('what are the working hours like');
        const replies = await chat.say('Thanks, but you never answered about working part-time');
        expectShown(replies, Messages.missedPart);
        expect(shownText(replies)).not.to.include('other words');
        expect(shownText(replies)).not.to.include(Messages.chat.thanks);
      });

      it('"you missed the point, i\'m a nurse already" names no part: it stays a complaint', async () => {
        const chat = start();
        await chat.say('how long does it take');
        const replies = await chat.say("you missed the point, i'm a nurse already");
        expect(shownText(replies)).not.to.include(Messages.missedPart);
      });
    });

    describe('asking for a person survives a place, "about this", grammar of another language and an area said first', () => {
      for (const text of ['Pediatric ok. Is possible speak with real person in Canada about it?', 'great, geriatric then. is there a human i could ask about all this', 'thanks. I want talk with somebody real in Dublin about this please']) {
        it(`"${text}" says there is no person here and where to find one, and logs no gap`, async () => {
          const chat = start();
          await chat.say('what areas can you specialise in');
          const replies = await chat.say(text);
          expectShown(replies, Messages.chat.askHuman);
          expectNoEntry(replies, text);
          expect((await chat.feedback()).questions).to.deep.equal([]);
          safe(replies, text);
        });
      }

      it('a subject after "about" is answered too: "could I speak with someone in Toronto about the CCM fees" says there is no person, then the CCM', async () => {
        const chat = start();
        const replies = await chat.say('could I speak with someone in Toronto about the CCM?');
        expectShown(replies, Messages.chat.askHuman, answeredBy('what is the ccm').section);
      });
    });

    describe('leaving with a parting remark says goodbye', () => {
      for (const text of [
        'ok ty i guess. gonna tell my school counselor. peace',
        'cool, going to show this to my careers adviser tonight. thanks!! peace',
        'Thank you for everything, you have helped me so much, goodbye and god bless',
        "ok I'll let my mentor know. bye",
      ]) {
        it(`"${text}" after an answer says goodbye, with no guide answer and no gap`, async () => {
          const chat = start();
          await chat.say('is the job stressful');
          const replies = await chat.say(text);
          expectShown(replies, Messages.chat.bye);
          expectNoEntry(replies, text);
          expect(shownText(replies)).not.to.include('one of these');
          expect((await chat.feedback()).questions).to.deep.equal([]);
          safe(replies, text);
        });
      }
    });

    describe('thanks said on the way to an objection, a sign-off and a guess at what the bot is', () => {
      it('"Thank you. But is a psychology degree a related field?" answers with no "You\'re welcome!"', async () => {
        const chat = start();
        await chat.say('which degree do I need');
        const replies = await chat.say('Thank you. But is a psychology degree a related field?');
        expect(shownText(replies)).not.to.include(Messages.chat.thanks);
      });

      for (const [text, reply] of [
        ['Copy that. Out.', Messages.chat.bye],
        ['what actually are you, a bot thing? who made you', Messages.chat.aboutSource],
      ] as const) {
        it(`"${text}" in the walk is answered as said, not out of scope, and logs no gap`, async () => {
          const chat = start();
          await chat.say('career steps');
          expectShown(await chat.say(text), reply);
          expect((await chat.feedback()).questions).to.deep.equal([]);
        });
      }
    });

    describe('a remark beside a question, and a sound of interest, are never guide gaps', () => {
      it('"is it a stressful job? cant be worse than nights on the ward." answers the stress and says nothing of another part', async () => {
        const chat = start();
        const replies = await chat.say("is it a stressful job? cant be worse than nights on the ward.");
        expectShown(replies, answeredBy('is the job stressful').section);
        expect(shownText(replies)).not.to.include("doesn't cover the other part");
        expect((await chat.feedback()).questions).to.deep.equal([]);
      });

      for (const text of ['huh interesting', 'hmm i see', 'bruh']) {
        it(`"${text}" after an answer is no confusion and no gap`, async () => {
          const chat = start();
          await chat.say('what does a care manager do');
          const replies = await chat.say(text);
          expect(shownText(replies)).not.to.include(Messages.chat.confused);
          expectNoEntry(replies, text);
          expect((await chat.feedback()).questions).to.deep.equal([]);
        });
      }
    });
  });
}
