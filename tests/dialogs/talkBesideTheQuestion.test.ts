import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedButtons, GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Talk said beside what the bot asked or answered (tester B of session 25, in new words of the same kinds): thanks
 * that must not swallow a question to the bot after it, thanks, greetings and goodbyes in the languages people mix in,
 * and a flow's question asked again once after something said beside it, not after every message. The real bot,
 * flows, engine and knowledge base, in Web Chat and Teams.
 */

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

const AUDIENCE_BACK = GuidedMessages.backToQuestion(GuidedMessages.specialisation.audienceQuestion);
const NOT_COVERED = 'outside what I can help with';

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk beside the question (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    describe('thanks, praise or a complaint never swallow a question to the bot after them', () => {
      for (const [text, answer] of [
        ['ok cheers. am i chatting to a real human?', Messages.chat.areYouHuman],
        ['Right, thank you! Who built this thing?', Messages.chat.aboutSource],
        ['many thanks - is what i type here stored?', 'I don\'t keep a record of our chat'],
        ['thanks a lot, is this chatgpt or what', Messages.notAGeneralAi],
      ] as const) {
        it(`"${text}" after an answer says you're welcome and answers the question`, async () => {
          const chat = start();
          await chat.say('what do care managers do day to day');
          const replies = await chat.say(text);
          expectShown(replies, Messages.beforeGoodbye.thanks, answer);
          expectChannelSafe(channelId, replies, text);
        });
      }

      it('"that was helpful, ta. and where do your facts come from?" rates the answer helpful and says where they come from', async () => {
        const chat = start();
        await chat.say('is the job stressful');
        const replies = await chat.say('that was helpful, ta. and where do your facts come from?');
        expectShown(replies, Messages.beforeGoodbye.helpful, Messages.chat.aboutSource);
        expect((await chat.feedback()).ratings['stressful']).to.include({ helpful: 1 });
      });

      it('"pointless. am I even talking to a person?" is sorry, and says it is a bot', async () => {
        const chat = start();
        await chat.say('what do care managers do day to day');
        const replies = await chat.say('pointless. am I even talking to a person?');
        expectShown(replies, Messages.beforeGoodbye.complaint, Messages.chat.areYouHuman);
      });

      it('in the chooser, "Alright, thanks. Can I ask, are you an AI or a human being?" answers both, then the question comes back', async () => {
        const chat = start();
        await chat.say(FlowPhrases.specialisation);
        const replies = await chat.say('Alright, thanks. Can I ask, are you an AI or a human being?');
        expectShown(replies, Messages.chatInFlow.thanks, Messages.chatInFlow.areYouHuman, AUDIENCE_BACK);
        expectChannelSafe(channelId, replies, 'thanks and a question to the bot in the chooser');
      });

      it('in the chooser, "thanks! is it like chatgpt?" says it is no general AI, in the flow\'s words', async () => {
        const chat = start();
        await chat.say(FlowPhrases.specialisation);
        const replies = await chat.say('thanks! is it like chatgpt?');
        expectShown(replies, Messages.notAGeneralAiInFlow);
        expect(shownText(replies)).not.to.include(Messages.notAGeneralAi);
      });
    });

    describe('two questions to the bot in one message, both answered', () => {
      it('"quick q: who made this chatbot and can my manager see what I ask here?" says where the answers come from and what is kept', async () => {
        const replies = await start().say('quick q: who made this chatbot and can my manager see what I ask here?');
        expectShown(replies, Messages.chat.aboutSource, "I don't keep a record of our chat");
        expectChannelSafe(channelId, replies, 'two questions to the bot');
      });

      it('"are you a real person? and do you store my messages?" in the chooser answers both, then the question comes back', async () => {
        const chat = start();
        await chat.say(FlowPhrases.specialisation);
        const replies = await chat.say('are you a real person? and do you store my messages?');
        expectShown(replies, Messages.chatInFlow.areYouHuman, "I don't keep a record of our chat", AUDIENCE_BACK);
      });
    });

    describe('a sigh at the last answer', () => {
      for (const text of ['bruh', 'smh', 'ffs']) {
        it(`"${text}" after an answer is doubt at it, not a question for the guide to log`, async () => {
          const chat = start();
          await chat.say('how long does it take');
          const replies = await chat.say(text);
          expectShown(replies, Messages.chat.doubtsAnswer);
          expect((await chat.feedback()).questions).to.deep.equal([]);
        });
      }
    });

    it('"wow, thats so much more than I earn now. thank you, you\'ve been a big help" at the salary ladder ends it', async () => {
      const chat = start();
      await chat.say(FlowPhrases.salaryLadder);
      const replies = await chat.say("wow, thats so much more than I earn now. thank you, you've been a big help");
      expectShown(replies, GuidedMessages.salary.finished);
      expect(shownText(replies)).not.to.include(GuidedMessages.backToQuestion(GuidedMessages.salary.question));
    });

    describe('thanks, greetings and goodbyes in other languages', () => {
      for (const text of ['muchísimas gracias!!', 'ok danke schön', 'grazie mille', 'muito obrigada :)', 'vielen Dank']) {
        it(`"${text}" after an answer is thanks`, async () => {
          const chat = start();
          await chat.say('how long does it take');
          const replies = await chat.say(text);
          expectShown(replies, Messages.chat.thanks);
          expect(shownText(replies)).not.to.include(NOT_COVERED).and.not.to.include(Messages.englishOnly);
          expectChannelSafe(channelId, replies, text);
        });
      }

      for (const text of ['buenos dias', 'Bonjour!', 'hola, que tal?']) {
        it(`"${text}" is a greeting`, async () => {
          const replies = await start().say(text);
          expect(shownText(replies)).not.to.include(NOT_COVERED).and.not.to.include(Messages.englishOnly);
          expect(shownText(replies)).to.match(/^(?:Hello!|I'm doing well)/);
        });
      }

      for (const text of ['gracias por todo, nos vemos', 'bis bald!', 'ok thanks, hasta mañana']) {
        it(`"${text}" says goodbye`, async () => {
          const chat = start();
          await chat.say('how long does it take');
          expectShown(await chat.say(text), Messages.chat.bye);
        });
      }

      it('"hola, how much do care managers earn?" greets and answers the question', async () => {
        const replies = await start().say('hola, how much do care managers earn?');
        expectShown(replies, '$40,000');
      });
    });

    describe('leaving and asking, as people type it', () => {
      for (const [text, flow] of [
        ['never mind. cheers for your help, bye!', 'step 6'],
        ['forget it, thanks anyway. see ya', FlowPhrases.specialisation],
      ] as const) {
        it(`"${text}" in a flow says you're welcome and goodbye, not only that the flow stopped`, async () => {
          const chat = start();
          await chat.say(flow);
          const replies = await chat.say(text);
          expectShown(replies, Messages.beforeGoodbye.thanks, Messages.chat.bye);
          expectChannelSafe(channelId, replies, text);
        });
      }

      it('"never mind, bye" in the walk says where the walk was saved', async () => {
        const chat = start();
        await chat.say('step 6');
        expectShown(await chat.say('never mind, bye'), Messages.chat.bye, Messages.walkPaused(6));
      });

      it('"like wat sort of job tho" after the first jobs is asked, not taken as a remark', async () => {
        const chat = start();
        await chat.say('what are good starter jobs in care');
        const replies = await chat.say('like wat sort of job tho');
        expect(shownText(replies)).not.to.include(Messages.chat.remark);
      });
    });

    describe("a flow's question asked again once after something said beside it", () => {
      it('the chooser asks again after the first question beside it, not after the second or third', async () => {
        const chat = start();
        await chat.say(FlowPhrases.specialisation);
        expectShown(await chat.say('what does a care manager earn at the start?'), AUDIENCE_BACK);
        for (const text of ['and is the work stressful?', 'thanks. do you keep what I write?']) {
          const replies = await chat.say(text);
          expect(shownText(replies), text).not.to.include(AUDIENCE_BACK);
          expectChannelSafe(channelId, replies, text);
        }
        // The question is still open: an option said in words answers it.
        expectShown(await chat.say('older adults'), GuidedMessages.specialisation.drawQuestion);
      });

      it('"ok" or "what?" after a question beside the chooser bring the question back: they answer to it', async () => {
        const chat = start();
        await chat.say(FlowPhrases.specialisation);
        await chat.say('how long does it take to become one?');
        await chat.say('is a masters needed?');
        expectShown(await chat.say('ok'), AUDIENCE_BACK);
      });

      it('the walk offers to carry on once after questions beside it, and its button still carries on', async () => {
        const chat = start();
        await chat.say('step 3');
        const first = await chat.say('how much is the pay at entry level?');
        expect(buttonTitles(first)).to.include(GuidedButtons.continueStep(3));
        const second = await chat.say('and what are the hours like?');
        expect(buttonTitles(second)).not.to.include(GuidedButtons.continueStep(3));
        expect(shownText(second)).not.to.include(GuidedMessages.steps.continueOffer(3));
        expect(stepShown(await clickOn(chat, first, GuidedButtons.continueStep(3)))).to.equal(3);
      });

      it('the walk still re-prompts a message it cannot place, after a question beside it', async () => {
        const chat = start();
        await chat.say('step 3');
        await chat.say('how much is the pay at entry level?');
        expect(buttonTitles(await chat.say('blorp blorp'))).to.include(GuidedButtons.continueStep(3));
      });
    });
  });
}
