import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { GuidedButtons, GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { understand, AT_ROOT, type Situation } from '../../dialogs/understanding/core/pipeline';
import { buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, savedProfile, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Everyday words in and around the guided flows (issue 10, point 3): leaving a flow the way people say it ("let's stop
 * there for today", "actually cancel", "cancel that for now", "actually leave it, I'll come back later"), ending the
 * conversation ("no, that's it", "nothing else thanks"), thanking with an acknowledgement ("got it thanks"), and asking
 * for the walk by its name ("@CareBot walk", "take me thru the 10 steps"). The real bot, flows, engine and knowledge
 * base, in Web Chat and Teams.
 */

interface FlowCase {
  name: string;
  open: (chat: Conversation) => Promise<unknown>;
  /** What leaving this flow says. */
  left: string;
  /** The flow is gone: the answer it would have taken is read as a new message. */
  expectGone: (chat: Conversation) => Promise<void>;
}

const FLOWS: readonly FlowCase[] = [
  {
    name: 'the specialisation chooser',
    open: (chat) => chat.say(FlowPhrases.specialisation),
    left: Messages.cancelled,
    expectGone: async (chat) => {
      expect(shownText(await chat.say('Older adults'))).not.to.include(GuidedMessages.specialisation.drawQuestion);
    },
  },
  {
    name: 'the roadmap',
    open: (chat) => chat.say(FlowPhrases.roadmap),
    left: Messages.cancelled,
    expectGone: async (chat) => {
      expect(shownText(await chat.say('Nursing degree'))).not.to.include(GuidedMessages.roadmap.experienceQuestion);
    },
  },
  {
    name: 'the salary ladder',
    open: (chat) => chat.say(FlowPhrases.salaryLadder),
    left: Messages.cancelled,
    expectGone: async (chat) => {
      expect(shownText(await chat.say('Senior'))).not.to.include(GuidedMessages.salary.more);
    },
  },
];

/** Ways of leaving a flow, in the words people use: each ends the flow as "cancel" does. */
const LEAVING: readonly string[] = [
  "let's stop there for today",
  'actually cancel',
  'cancel that for now',
  "actually leave it, I'll come back later",
  'never mind',
  'forget it',
  'hmm, on second thoughts, stop',
  'nah scrap that',
  "let's call it a day",
];

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`everyday words in and around the guided flows (${channelName})`, () => {
    const teamsSafe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((activity, i) => expectTeamsSafe(activity, `${label} #${i}`));
    };

    describe('leaving a flow', () => {
      for (const flow of FLOWS) {
        for (const text of LEAVING) {
          it(`"${text}" in ${flow.name} ends it, and its next answer is no longer taken as one`, async () => {
            const chat = startGuided({ channelId });
            await flow.open(chat);
            const replies = await chat.say(text);
            expectShown(replies, flow.left);
            expectNoEntry(replies, text);
            teamsSafe(replies, text);
            expect((await chat.feedback()).questions, 'recorded as a question').to.deep.equal([]);
            await flow.expectGone(chat);
          });
        }
      }

      for (const text of LEAVING) {
        it(`"${text}" in the walk at step 3 stops it and saves the place, and "continue" picks it up there`, async () => {
          const chat = startGuided({ channelId, userId: 'walker' });
          await chat.say('step 3');
          const replies = await chat.say(text);
          expect(stepShown(replies), 'a step shown').to.equal(null);
          expectShown(replies, '3');
          expect(shownText(replies)).to.match(/stopped|paused|saved/i);
          expectNoEntry(replies, text);
          teamsSafe(replies, text);
          expect((await savedProfile(chat.storage, channelId, 'walker'))?.lastStep).to.equal(3);
          expect(stepShown(await chat.say('continue'))).to.equal(3);
        });
      }

      it('"wait go back" in the walk is a step back, and "stop here thanks" stops it', async () => {
        const chat = startGuided({ channelId });
        await chat.say('step 4');
        expect(stepShown(await chat.say('wait go back'))).to.equal(3);
        const stopped = await chat.say('stop here thanks');
        expect(stepShown(stopped)).to.equal(null);
        expect(shownText(stopped)).to.match(/saved/i);
      });
    });

    describe('ending the conversation and thanking', () => {
      for (const text of ["no, that's it", 'nothing else thanks']) {
        it(`"${text}" after an answer is goodbye`, async () => {
          const chat = startGuided({ channelId });
          await chat.say('How long does it take to become a care manager?');
          const replies = await chat.say(text);
          expectShown(replies, Messages.chat.bye);
          expectNoEntry(replies, text);
        });

        it(`"${text}" in the walk is goodbye, with the walk's place saved`, async () => {
          const chat = startGuided({ channelId });
          await chat.say('step 2');
          const replies = await chat.say(text);
          expectShown(replies, Messages.chat.bye, Messages.walkPaused(2));
          expect(stepShown(await chat.say('hello'))).to.equal(null);
        });
      }

      it('"let\'s stop there for today" with nothing running leaves it there, instead of "nothing to stop"; "thanks, I\'ll stop here" is goodbye', async () => {
        const chat = startGuided({ channelId });
        await chat.say('How long does it take to become a care manager?');
        const replies = await chat.say("let's stop there for today");
        expectShown(replies, Messages.stoppedHere);
        expect(shownText(replies)).not.to.include(Messages.nothingToCancel);
        expectShown(await chat.say("thanks, I'll stop here"), Messages.chat.bye);
      });

      for (const text of ['got it thanks', 'amazing, thanks', 'ok cool, thank you']) {
        it(`"${text}" after an answer is thanked back`, async () => {
          const chat = startGuided({ channelId });
          await chat.say('How long does it take to become a care manager?');
          const replies = await chat.say(text);
          expectShown(replies, Messages.chat.thanks);
          expectNoEntry(replies, text);
        });
      }

      it('"got it thanks" in the walk is thanked back and the walk waits at its step ("got it" then carries on with it)', async () => {
        const chat = startGuided({ channelId });
        await chat.say('step 5');
        const replies = await chat.say('got it thanks');
        expectShown(replies, Messages.chatInFlow.thanks);
        expect(stepShown(replies)).to.equal(null);
        // "Shall we carry on with step 5?" was asked: "got it" says yes to that step.
        expect(stepShown(await chat.say('got it'))).to.equal(5);
        expect(stepShown(await chat.say('got it'))).to.equal(6);
      });

      it('"no thanks" stays a no, and "ok that\'s all, thanks" a goodbye: only an acknowledgement turns into thanks', () => {
        const acts = (text: string) => {
          const meaning = understand(text, AT_ROOT, knowledge());
          return meaning.kind === 'chat' ? meaning.acts : [];
        };
        expect(acts('no thanks')).to.deep.equal(['no']);
        expect(acts("ok that's all, thanks")).to.deep.equal(['bye']);
        expect(acts('got it thanks')).to.deep.equal(['ack', 'thanks']);
      });
    });

    describe('asking for the walk', () => {
      const asks: readonly string[] = ['@CareBot walk', 'walk', 'start the walk', 'take me thru the 10 steps', 'can you take us thru the 10 steps', 'hey can u take me thru the 10 steps', "hello, i'd like to go through all the steps one by one"];
      for (const text of asks) {
        it(`"${text}" starts the walk at step 1`, async () => {
          const chat = startGuided({ channelId });
          const replies = await chat.say(text);
          expect(stepShown(replies), shownText(replies)).to.equal(1);
          teamsSafe(replies, text);
          expect(stepShown(await chat.say('next'))).to.equal(2);
        });
      }

      if (channelId === Channels.Msteams) {
        it('"walk" after a Teams mention left in the text starts the walk', async () => {
          const chat = startGuided({ channelId });
          expect(stepShown(await chat.say('<at>CareBot</at> walk'))).to.equal(1);
        });
      }

      it('a question about walking, or one that names steps in passing, is not the walk', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say('do care managers walk a lot at work');
        expect(stepShown(replies)).to.equal(null);
        expect(buttonTitles(replies)).not.to.include(GuidedButtons.next);
      });
    });
  });
}

describe('everyday flow words, as the pipeline reads them', () => {
  const kb = knowledge();
  const walk: Situation = { place: 'walk', flow: 'careerSteps' };
  const flow: Situation = { place: 'flow', flow: 'roadmap' };
  const cases: ReadonlyArray<readonly [string, Situation, string]> = [
    ["let's stop there for today", walk, 'navigate:stop'],
    ["let's stop there for today", flow, 'command:cancel'],
    ["let's stop there for today", AT_ROOT, 'command:cancel'],
    ["thanks, I'll stop here", AT_ROOT, 'chat:thanks+bye'],
    ['nah scrap that', flow, 'command:cancel'],
    ['no, never mind', walk, 'command:cancel'],
    ["no, that's it", walk, 'chat:bye'],
    ['actually cancel', flow, 'command:cancel'],
    ['cancel that for now', flow, 'command:cancel'],
    ['wait, go back', walk, 'navigate:back'],
    ['um next please', walk, 'navigate:next'],
    ['next thanks', walk, 'navigate:next'],
    ['got it thanks', walk, 'chat:ack+thanks'],
    ['got it', walk, 'chat:ack'],
    ['nothing else thanks', walk, 'chat:bye'],
    ['take me thru the steps', AT_ROOT, 'flow:careerSteps'],
    ['@CareBot walk', AT_ROOT, 'flow:careerSteps'],
    ['show me all the levels', AT_ROOT, 'flow:salaryLadder'],
    ['can you help us choose one', AT_ROOT, 'flow:specialisation'],
    ['what do you need to become a care manager', AT_ROOT, 'question'],
  ];
  for (const [text, situation, expected] of cases) {
    it(`"${text}" ${situation.place === 'root' ? 'with no flow running' : `in ${situation.place === 'walk' ? 'the walk' : 'a flow'}`} is ${expected}`, () => {
      const meaning = understand(text, situation, kb);
      const read =
        meaning.kind === 'navigate' ? `navigate:${meaning.command.kind}` : meaning.kind === 'command' ? `command:${meaning.command}` : meaning.kind === 'chat' ? `chat:${meaning.acts.join('+')}` : meaning.kind === 'flow' ? `flow:${meaning.intent.flow}` : meaning.kind;
      expect(read).to.equal(expected);
    });
  }
});
