import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ButtonTitles, FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { GuidedButtons, GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Conversation inside a guided flow (issue 10, point 3, in context): someone in the ten-steps walk, the specialisation
 * chooser, the roadmap or the salary ladder types "thanks", "this is useless", "can I talk to a person", "what are
 * you". Each gets a reply that fits, no topic buttons that would start another flow, no entry of the guide, and the
 * flow keeps its place: its question comes back, and the next answer carries on from where they were. Web Chat and
 * Teams; the real bot, flows, engine and knowledge base.
 */

interface FlowCase {
  name: string;
  open: (chat: Conversation) => Promise<unknown>;
  /** The flow's place is shown again after the reply. */
  expectPlaceKept: (replies: readonly Partial<Activity>[]) => void;
  /** The user carries on: the next answer moves the flow on from the same place. */
  carryOn: (chat: Conversation) => Promise<void>;
  /** Words that are moves of this flow, not conversation ("ok" is "next" in the walk). */
  moves: readonly string[];
}

const backTo = (question: string) => (replies: readonly Partial<Activity>[]) => expectShown(replies, GuidedMessages.backToQuestion(question));

const FLOWS: readonly FlowCase[] = [
  {
    name: 'the ten-steps walk at step 3',
    open: (chat) => chat.say('step 3'),
    expectPlaceKept: (replies) => expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(3)),
    carryOn: async (chat) => {
      expect(stepShown(await chat.say('next'))).to.equal(4);
    },
    moves: ['ok', 'say that again'],
  },
  {
    name: 'the specialisation chooser',
    open: (chat) => chat.say(FlowPhrases.specialisation),
    expectPlaceKept: backTo(GuidedMessages.specialisation.audienceQuestion),
    carryOn: async (chat) => expectShown(await chat.say('Older adults'), GuidedMessages.specialisation.drawQuestion),
    moves: [],
  },
  {
    name: 'the roadmap',
    open: (chat) => chat.say(FlowPhrases.roadmap),
    expectPlaceKept: backTo(GuidedMessages.roadmap.educationQuestion),
    carryOn: async (chat) => expectShown(await chat.say('Nursing degree'), GuidedMessages.roadmap.experienceQuestion),
    moves: [],
  },
  {
    name: 'the salary ladder',
    open: (chat) => chat.say(FlowPhrases.salaryLadder),
    expectPlaceKept: backTo(GuidedMessages.salary.question),
    carryOn: async (chat) => {
      expect(shownText(await chat.say('Senior'))).not.to.include(GuidedMessages.reprompt(GuidedMessages.salary.question));
    },
    moves: [],
  },
];

/** What the user says, and the reply it gets inside a flow ('' when the flow's question asked again is the reply). */
const SAYINGS: ReadonlyArray<readonly [string, string]> = [
  ['thanks', Messages.chatInFlow.thanks],
  ['this is useless', Messages.chatInFlow.complaint],
  ['can I talk to a person', Messages.chatInFlow.askHuman],
  ['I was wondering whether I could speak with someone', Messages.chatInFlow.askHuman],
  ['what are you', Messages.chatInFlow.whoAreYou],
  ["I'm afraid I don't follow", Messages.chatInFlow.confused],
  ['hello', Messages.chatInFlow.greeting],
  ['ok', Messages.chatInFlow.ack],
  ['say that again', Messages.chatInFlow.again],
];

/** Buttons that start another flow or show the menu: they do not belong beside a flow's own question. */
const TOPIC_BUTTONS: readonly string[] = [ButtonTitles.careerSteps, ButtonTitles.specialisation, ButtonTitles.roadmap, ButtonTitles.salaryLadder, ButtonTitles.menu];

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`conversation inside a guided flow (${channelName})`, () => {
    for (const flow of FLOWS) {
      describe(flow.name, () => {
        for (const [text, reply] of SAYINGS) {
          if (flow.moves.includes(text)) continue;
          // "thanks" ends the salary ladder (it is one of its ways of saying done); that is tested below.
          if (text === 'thanks' && flow.name === 'the salary ladder') continue;
          it(`"${text}" gets a reply that fits, the flow's place comes back, and the next answer carries on`, async () => {
            const chat = startGuided({ channelId });
            await flow.open(chat);
            const replies = await chat.say(text);
            if (reply) expectShown(replies, reply);
            expect(buttonTitles(replies).filter((title) => TOPIC_BUTTONS.includes(title)), 'topic buttons beside the flow').to.deep.equal([]);
            flow.expectPlaceKept(replies);
            expectNoEntry(replies, text);
            if (channelId === Channels.Msteams) replies.forEach((activity, i) => expectTeamsSafe(activity, `${text} #${i}`));
            expect((await chat.feedback()).questions, 'recorded as a question').to.deep.equal([]);
            await flow.carryOn(chat);
          });
        }
      });
    }

    it('"thanks" at the salary ladder ends it, and is thanked back', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      const replies = await chat.say('thanks');
      expectShown(replies, Messages.chatInFlow.thanks, GuidedMessages.salary.finished);
    });

    it('a complaint after an answer, mid-flow, still rates that answer and offers its neighbours', async () => {
      const chat = startGuided({ channelId });
      await chat.say('How long does it take to become a care manager?');
      await chat.say(FlowPhrases.specialisation);
      const replies = await chat.say('that answer was far too vague');
      expectShown(replies, Messages.chat.complaint, GuidedMessages.backToQuestion(GuidedMessages.specialisation.audienceQuestion));
      const ratings = (await chat.feedback()).ratings;
      expect(Object.values(ratings).some((rating) => rating.notHelpful === 1)).to.equal(true);
    });

    it('a second complaint mid-flow is about the flow: it says how to go on, and rates nothing again', async () => {
      const chat = startGuided({ channelId });
      await chat.say('How long does it take to become a care manager?');
      await chat.say('meh');
      await chat.say(FlowPhrases.specialisation);
      const replies = await chat.say('ugh this is useless');
      expectShown(replies, Messages.chatInFlow.complaint, GuidedMessages.backToQuestion(GuidedMessages.specialisation.audienceQuestion));
      expect(shownText(replies)).not.to.include(Messages.chat.complaint);
      expect(Object.values((await chat.feedback()).ratings).map((rating) => rating.notHelpful)).to.deep.equal([1]);
    });
  });
}
