import { Channels, MemoryStorage, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ButtonTitles, FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { GuidedButtons, GuidedMessages, EducationButtons } from '../../dialogs/rendering/guided/guidedMessages';
import type { FaqEntry } from '../../knowledge/schema';
import { buttonTitles, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { allButtons, button, expectTeamsSafe, knowledge, realEngine, textOf, type Conversation } from './transcript';

/**
 * Short turns people type between questions: "tell me more", a bare yes or no, "where do I start", "thanks".
 * The real bot, flows, engine and knowledge base.
 */

const kb = knowledge();
const TOPIC_TITLES = [ButtonTitles.careerSteps, ButtonTitles.specialisation, ButtonTitles.roadmap, ButtonTitles.salaryLadder];

function entry(id: string): FaqEntry {
  const found = kb.faqById.get(id);
  if (!found) throw new Error(`the knowledge base has no entry "${id}"`);
  return found;
}

/** The entry the real engine answers a question with; the tests below build on it. */
function answeredBy(question: string): FaqEntry {
  const answer = realEngine().answer(question);
  if (answer.kind !== 'answer' || !answer.entry) throw new Error(`the engine no longer answers "${question}" (${answer.kind})`);
  return answer.entry;
}

function relatedTitles(answered: FaqEntry): string[] {
  return answered.related.map((id) => entry(id).title).slice(0, 3);
}

async function recordedQuestions(chat: Conversation): Promise<string[]> {
  return (await chat.feedback()).questions.map((record) => record.question);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

describe('conversation: short turns between questions', () => {
  describe('"tell me more" after an answer', () => {
    const FIRST_QUESTION = 'what is a care manager';
    const followUps = ['tell me more', 'Tell me more!', 'more', 'more info', 'go on', 'explain more', 'what else', 'and?', 'ok, more please', 'tell me more about that'];
    for (const phrase of followUps) {
      it(`"${phrase}" offers more on the last answer, not a new search`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        const answered = answeredBy(FIRST_QUESTION);
        await chat.say(FIRST_QUESTION);
        const replies = await chat.say(phrase);
        expect(replies, 'one reply').to.have.length(1);
        expect(replies[0]?.text).to.equal(Messages.followUp(answered.title));
        expect(buttonTitles(replies)).to.deep.equal(relatedTitles(answered));
        expect(await recordedQuestions(chat)).to.deep.equal([]);
      });
    }

    it('offers more on whatever was answered last, also from a related-question button', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      const answered = answeredBy(FIRST_QUESTION);
      const next = entry(answered.related[0]!);
      await chat.click(button(await chat.say(FIRST_QUESTION), next.title));
      const replies = await chat.say('tell me more');
      expect(replies[0]?.text).to.equal(Messages.followUp(next.title));
      expect(buttonTitles(replies)).to.deep.equal(relatedTitles(next));
    });

    it('answers a related button offered by "tell me more"', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      const answered = answeredBy(FIRST_QUESTION);
      await chat.say(FIRST_QUESTION);
      const next = entry(answered.related[1]!);
      const replies = await chat.click(button(await chat.say('more'), next.title));
      expect(firstLine(textOf(replies))).to.equal(firstLine(next.answer));
    });

    const beforeAnything: Array<[string, Parameters<typeof startGuided>[0]]> = [
      ['in a new conversation', {}],
      ['after start over', {}],
    ];
    for (const [label, options] of beforeAnything) {
      it(`shows the topics with a short sentence when nothing was answered yet (${label})`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat, ...options });
        if (label.startsWith('after')) {
          await chat.say(FIRST_QUESTION);
          await chat.say('start over');
        }
        const replies = await chat.say('tell me more');
        expect(replies.map((reply) => reply.text)).to.deep.equal([Messages.followUpNothingAnswered]);
        expect(buttonTitles(replies)).to.deep.equal(TOPIC_TITLES);
        expect(await recordedQuestions(chat)).to.deep.equal([]);
      });
    }

    it('puts the related questions on a hero card on Teams, titles within 20 characters', async () => {
      const chat = startGuided({ channelId: Channels.Msteams });
      const answered = answeredBy(FIRST_QUESTION);
      await chat.say(FIRST_QUESTION);
      const replies = await chat.say('tell me more');
      expect(replies[0]?.suggestedActions).to.equal(undefined);
      expect(allButtons(replies).map((b) => b.place)).to.deep.equal(relatedTitles(answered).map(() => 'card'));
      expect(buttonTitles(replies)).to.deep.equal(relatedTitles(answered).map((title) => (title.length <= 20 ? title : `${title.slice(0, 19).trimEnd()}…`)));
      replies.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
    });

    // Real questions that start like a follow-up are still questions for the guide.
    const questions: Array<[string, string]> = [
      ['tell me more about the CCM', 'ccm'],
      ['more about salary', answeredBy('more about salary').id],
    ];
    for (const [question, id] of questions) {
      it(`still answers "${question}" as a question`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        await chat.say(FIRST_QUESTION);
        const replies = await chat.say(question);
        expect(firstLine(textOf(replies))).to.equal(firstLine(entry(id).answer));
      });
    }
  });

  describe('a bare yes or no outside a guided flow', () => {
    const cases: Array<[string, 'yes' | 'no']> = [
      ['yes', 'yes'],
      ['Yes!', 'yes'],
      ['yeah', 'yes'],
      ['yep', 'yes'],
      ['sure', 'yes'],
      ['yes please', 'yes'],
      ['no', 'no'],
      ['nope', 'no'],
      ['not really', 'no'],
      ['no thanks', 'no'],
    ];
    for (const [text, kind] of cases) {
      it(`"${text}" gets a short reply with the topics and is never recorded as unanswered`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        await chat.say('what is a care manager');
        const replies = await chat.say(text);
        expect(replies.map((reply) => reply.text)).to.deep.equal([Messages.chat[kind]]);
        expect(buttonTitles(replies)).to.deep.equal(TOPIC_TITLES);
        expect(await recordedQuestions(chat)).to.deep.equal([]);
      });
    }

    it('keeps a question that starts with yes or no a question ("no degree, can I still become one?")', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      const replies = await chat.say('no degree, can I still become a care manager?');
      expect(textOf(replies)).not.to.include(Messages.chat.no);
    });
  });

  describe('yes and no inside a guided flow stay the flow\'s answers', () => {
    it('"yes" to the resume offer resumes, "no" starts from step 1', async () => {
      const storage = new MemoryStorage();
      await startGuided({ channelId: Channels.Webchat, storage, userId: 'dee', conversationId: 'c1' }).say('step 4');
      const cases: Array<[string, number]> = [
        ['yes', 4],
        ['yeah', 4],
        ['no', 1],
        ['nope', 1],
      ];
      for (const [i, [text, step]] of cases.entries()) {
        const chat = startGuided({ channelId: Channels.Webchat, storage, userId: 'dee', conversationId: `again-${i}` });
        expect(buttonTitles(await chat.say(FlowPhrases.careerSteps)), 'the resume offer').to.include(GuidedButtons.fromStepOne);
        expect(stepShown(await chat.say(text)), text).to.equal(step);
        if (step === 1) await chat.say('step 4');
      }
    });

    it('"yes" on a step card moves on, "no" stops the walk', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      await chat.say('step 2');
      expect(stepShown(await chat.say('yes'))).to.equal(3);
      const replies = await chat.say('no');
      expect(stepShown(replies)).to.equal(null);
      expectShown(replies, firstLine(GuidedMessages.steps.stopped(3, FlowPhrases.careerSteps)));
      expect(await recordedQuestions(chat)).to.deep.equal([]);
    });

    it('"not really" mid-walk is not searched or recorded, and the walk waits at the same step', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      await chat.say('step 2');
      const replies = await chat.say('not really');
      expect(shownText(replies)).to.include(Messages.chatInFlow.no);
      expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(2));
      expect(await recordedQuestions(chat)).to.deep.equal([]);
      expect(stepShown(await chat.say('continue'))).to.equal(2);
    });

    // "Shall I remember it as your choice?": yes takes the suggestion.
    const afterRecommendation: Array<[string, string]> = [
      ['yes', GuidedMessages.specialisation.remembered(kb.specialisations.find((s) => s.id === 'geriatric')!.name)],
      ['sure', GuidedMessages.specialisation.remembered(kb.specialisations.find((s) => s.id === 'geriatric')!.name)],
    ];
    for (const [text, shown] of afterRecommendation) {
      it(`"${text}" to "shall I remember it?" after a recommendation remembers it`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('older adults');
        await chat.say('managing conditions');
        const replies = await chat.say(text);
        expectShown(replies, shown);
        expect(textOf(replies)).not.to.include(Messages.chat.yes);
      });
    }

    it('"no" to "shall I remember it?" ends the specialisation flow without a small-talk reply', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('older adults');
      await chat.say('managing conditions');
      const replies = await chat.say('no');
      expect(textOf(replies)).not.to.include(Messages.chat.no);
      // The flow is over: the next "yes" is small talk again.
      expect((await chat.say('yes')).map((reply) => reply.text)).to.deep.equal([Messages.chat.yes]);
    });
  });

  describe('"where do I start" starts the career steps walk', () => {
    const phrases = [
      'I want to become a care manager, where do I start?',
      'where do I start',
      'Where should I begin?',
      'how do I begin',
      'first steps',
      'what should I do first',
      "I'm not sure where to start",
    ];
    for (const phrase of phrases) {
      it(`"${phrase}" shows step 1`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        expect(stepShown(await chat.say(phrase))).to.equal(1);
        expect(await recordedQuestions(chat)).to.deep.equal([]);
      });
    }

    it('"what should I study first" is answered as a question, not the walk', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      expect(stepShown(await chat.say('what should I study first'))).to.equal(null);
    });

    it('"where do I start given I\'m a nurse" still starts the personal roadmap', async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      const replies = await chat.say("where do I start given I'm a nurse with a BSN");
      expect(stepShown(replies)).to.equal(null);
      expectShown(replies, GuidedMessages.roadmap.experienceAs('nurse'));
    });
  });

  describe('thanks and acknowledgements', () => {
    const acks: Array<[string, 'thanks' | 'helpful' | 'ack']> = [
      ['thanks, that helps', 'helpful'],
      ['great thanks', 'thanks'],
      ['cool', 'ack'],
      ['ok thanks', 'thanks'],
    ];
    for (const [text, kind] of acks) {
      it(`"${text}" after an answer gets a brief acknowledgement and is not recorded`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        await chat.say('what is a care manager');
        const replies = await chat.say(text);
        expect(replies.map((reply) => reply.text)).to.deep.equal([Messages.chat[kind]]);
        expect(await recordedQuestions(chat)).to.deep.equal([]);
      });

      it(`"${text}" mid-walk is acknowledged and the walk carries on at the same step`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        await chat.say('step 3');
        const replies = await chat.say(text);
        expect(shownText(replies)).to.include(Messages.chatInFlow[kind]);
        expect(stepShown(replies), 'no step card: the walk did not move').to.equal(null);
        expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(3));
        expect(stepShown(await chat.say('continue'))).to.equal(3);
      });

      it(`"${text}" mid-roadmap is acknowledged and the same question is asked again`, async () => {
        const chat = startGuided({ channelId: Channels.Webchat });
        await chat.say(FlowPhrases.roadmap);
        const replies: Partial<Activity>[] = await chat.say(text);
        expect(shownText(replies)).to.include(Messages.chatInFlow[kind]);
        expectShown(replies, GuidedMessages.backToQuestion(GuidedMessages.roadmap.educationQuestion));
        expectShown(await chat.say(EducationButtons.nursingDegree), GuidedMessages.roadmap.experienceQuestion);
      });
    }
  });
});
