import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ButtonTitles, FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { GuidedButtons, GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { answeredBy, buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Conversation in context (issue 10, point 3), in Web Chat and Teams: thanks, praise, goodbyes, complaints, asking for
 * a person, questions about the bot, and yes / ok / a bare number with nothing to answer. Each gets a reply that fits,
 * never an entry of the guide; the real bot, flows, engine and knowledge base.
 */

const kb = knowledge();
const QUESTION = 'How long does it take to become a care manager?';
function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

async function ratings(chat: Conversation): Promise<Record<string, { helpful: number; notHelpful: number }>> {
  return (await chat.feedback()).ratings;
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`conversation in context (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const answered = answeredBy(QUESTION);

    // Each row: what the user says after an answer, and the reply it gets.
    const afterAnAnswer: ReadonlyArray<readonly [string, string]> = [
      ['thanks, that is really helpful!', Messages.chat.helpful],
      ['thank you, this was very useful', Messages.chat.helpful],
      ['thanks!', Messages.chat.thanks],
      ["you're brilliant", Messages.chat.praise],
      ['bye for now', Messages.chat.bye],
      ['can I talk to a human', Messages.chat.askHuman],
      ['is there a real person I can speak to?', Messages.chat.askHuman],
      ['I want to speak to someone real', Messages.chat.askHuman],
      ['who made you?', Messages.chat.aboutSource],
      ['where does your information come from', Messages.chat.aboutSource],
      ['are you a bot', Messages.chat.areYouHuman],
      ['huh?', Messages.chat.confused],
      ['sorry', Messages.chat.sorry],
      ['yes', Messages.chat.yes],
      ['ok', Messages.chat.ack],
      ['4', Messages.numberWithoutList(4)],
      // A number said as one, with no walk running: not step 4 ("step 4" opens the walk there).
      ['number 4', Messages.numberWithoutList(4)],
      ['Not sure yet', Messages.staleChoice],
    ];
    for (const [text, reply] of afterAnAnswer) {
      it(`"${text}" after an answer gets a reply that fits, not an entry, and nothing is recorded as a question`, async () => {
        const chat = start();
        await chat.say(QUESTION);
        const replies = await chat.say(text);
        expectShown(replies, reply);
        expectNoEntry(replies, text);
        expectChannelSafe(channelId, replies, text);
        expect((await chat.feedback()).questions, 'recorded as a question').to.deep.equal([]);
      });
    }

    it('"thanks, that is really helpful!" rates the last answer helpful, once', async () => {
      const chat = start();
      await chat.say(QUESTION);
      await chat.say('thanks, that is really helpful!');
      await chat.say('very useful');
      expect((await ratings(chat))[answered.id]).to.include({ helpful: 1, notHelpful: 0 });
    });

    it('"that was not helpful at all" says sorry, offers to rephrase with suggestions, and records it like a not-helpful rating', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say('that was not helpful at all');
      expectShown(replies, Messages.chat.complaint);
      expectNoEntry(replies, 'complaint');
      expectChannelSafe(channelId, replies, 'complaint');
      const related = answered.related.map((id) => kb.faqById.get(id)?.title ?? id).slice(0, 3);
      expect(buttonTitles(replies)).to.include.members(related);
      expect((await ratings(chat))[answered.id]).to.include({ helpful: 0, notHelpful: 1 });
    });

    it('a complaint with nothing answered yet says sorry and offers the topics, recording no rating', async () => {
      const chat = start();
      const replies = await chat.say("you didn't answer my question");
      expectShown(replies, Messages.complaintNothingAnswered);
      expect(buttonTitles(replies)).to.include(ButtonTitles.careerSteps);
      expect(await ratings(chat)).to.deep.equal({});
    });

    it('"can I talk to a human" says there is no person here, where to find one, and offers the guide\'s entry on professional organisations', async () => {
      const chat = start();
      const replies = await chat.say('can I talk to a human');
      expectShown(replies, Messages.chat.askHuman);
      const organisations = kb.faqById.get('professional-organizations');
      if (organisations) expect(buttonTitles(replies)).to.include(organisations.title);
    });

    it('a bare "4" with no menu is not searched (no mid-level pay), and says there is nothing to pick', async () => {
      const chat = start();
      const replies = await chat.say('4');
      expectShown(replies, Messages.numberWithoutList(4));
      expectNoEntry(replies, '4');
    });

    it('"thanks, and how long does it take?" acknowledges the thanks and answers the question', async () => {
      const chat = start();
      const replies = await chat.say('thanks, and how long does it take?');
      expect(replies[0]?.text).to.equal(Messages.chatLead.thanks);
      expectShown(replies.slice(1), answered.answer.split('\n')[0]!);
    });

    it('"that\'s wrong, I asked how long it takes" records the complaint and answers the question', async () => {
      const chat = start();
      await chat.say('do I need a degree?');
      const last = answeredBy('do I need a degree?');
      const replies = await chat.say("that's wrong, I asked how long it takes");
      expect(replies[0]?.text).to.equal(Messages.chatLead.complaint);
      expectShown(replies.slice(1), answered.answer.split('\n')[0]!);
      expect((await ratings(chat))[last.id]).to.include({ notHelpful: 1 });
    });

    it('"say that again" shows the last answer again', async () => {
      const chat = start();
      await chat.say(QUESTION);
      expectShown(await chat.say('say that again'), answered.answer.split('\n')[0]!);
    });

    describe('mid-flow', () => {
      it('a complaint mid-walk rates the last answer, and the walk waits at its step', async () => {
        const chat = start();
        await chat.say(QUESTION);
        await chat.say('step 3');
        const replies = await chat.say('that was not helpful');
        expectShown(replies, Messages.chat.complaint);
        expect(stepShown(replies)).to.equal(null);
        expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(3));
        expect((await ratings(chat))[answered.id]).to.include({ notHelpful: 1 });
      });

      it('"tell me more" and "can I talk to a human" mid-roadmap are answered, the question back once, not twice', async () => {
        const chat = start();
        await chat.say(QUESTION);
        await chat.say(FlowPhrases.roadmap);
        let replies = await chat.say('tell me more');
        expectShown(replies, Messages.followUp(answered.title), GuidedMessages.backToQuestion(GuidedMessages.roadmap.educationQuestion));
        replies = await chat.say('can I talk to a human');
        expectShown(replies, Messages.chat.askHuman);
        expect(shownText(replies)).not.to.include(GuidedMessages.backToQuestion(GuidedMessages.roadmap.educationQuestion));
      });

      it('"bye" mid-walk says goodbye and where the walk was saved, and ends it', async () => {
        const chat = start();
        await chat.say('step 4');
        const replies = await chat.say('ok bye');
        expectShown(replies, Messages.chat.bye, Messages.walkPaused(4));
        expect(buttonTitles(replies)).not.to.include(GuidedButtons.continueStep(4));
        expect(stepShown(await chat.say('where was I?'))).to.equal(4);
      });

      it('"none of these" typed mid-walk gets the honest reply, and the walk waits', async () => {
        const chat = start();
        await chat.say('step 2');
        const replies = await chat.say('none of these');
        expectShown(replies, Messages.noneOfTheseNoQuestion);
        expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(2));
      });
    });
  });
}
