import { expect } from 'chai';
import { ActivityTypes, MemoryStorage, type Activity } from 'botbuilder';
import type { Answer } from '../../knowledge/answerEngine';
import { ButtonTitles, FlowPhrases, Messages, sourceLine } from '../../dialogs/rendering/core/messages';
import { renderHelp } from '../../dialogs/rendering/core/cards';
import { FLOW_FALLBACK_FAQ } from '../../dialogs/turnRouter';
import type { ChatAct } from '../../dialogs/understanding/core/conversation';
import { allButtons, button, knowledge, scriptedEngine, standInFlows, startConversation, textOf, type Conversation } from './transcript';
import { shownText } from './guidedHarness';

const kb = knowledge();
function entry(id: string) {
  const found = kb.faqById.get(id);
  if (!found) throw new Error(`the knowledge base has no entry "${id}"`);
  return found;
}

const AMBIGUOUS_QUESTION = 'license';
const OUT_OF_SCOPE_QUESTION = 'how do I become an airline pilot';
const NO_MATCH_QUESTION = 'what does the CCM exam cost in Ohio';
const noAnswer: Pick<Answer, 'answered' | 'entry' | 'score' | 'alternatives'> = { answered: false, entry: null, score: 0.2, alternatives: [] };
const script: Record<string, Omit<Answer, 'question'>> = {
  [AMBIGUOUS_QUESTION]: {
    kind: 'ambiguous',
    answered: false,
    entry: null,
    score: 0.5,
    alternatives: [
      { id: 'licensing', title: entry('licensing').title, score: 0.5 },
      { id: 'certifications', title: entry('certifications').title, score: 0.48 },
    ],
  },
  [OUT_OF_SCOPE_QUESTION]: { kind: 'out-of-scope', ...noAnswer },
  [NO_MATCH_QUESTION]: { kind: 'no-match', ...noAnswer },
};

/** A conversation with scripted engine answers for the special cases and stand-in guided flows. */
function talk(options: Parameters<typeof startConversation>[0] = {}): Conversation {
  return startConversation({ engine: scriptedEngine(script), guidedFlows: standInFlows, ...options });
}

function onlyText(replies: Partial<Activity>[]): string {
  expect(replies, 'one reply').to.have.length(1);
  // The words shown: the text, or on Teams the card that holds the text and its buttons.
  return shownText(replies);
}

describe('turn router: the conversation', () => {
  describe('welcome', () => {
    it('welcomes a user who joins with the main paths and example questions, once', async () => {
      const c = talk();
      const replies = await c.join();
      expect(onlyText(replies)).to.include(Messages.welcome);
      const titles = allButtons(replies).map((b) => b.title);
      expect(titles.slice(0, 3)).to.deep.equal([ButtonTitles.careerSteps, ButtonTitles.specialisation, ButtonTitles.salaryLadder]);
      expect(titles.length).to.be.within(5, 6);
      expect(await c.join()).to.have.length(0);
    });

    it('does not welcome when only the bot joined', async () => {
      const c = talk();
      expect(await c.say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'bot-id', name: 'CareBot' }] })).to.have.length(0);
    });

    it('welcomes once per Teams install in personal scope, and again after a reinstall', async () => {
      const c = talk({ channelId: 'msteams' });
      const install = { type: ActivityTypes.InstallationUpdate, action: 'add' };
      expect(onlyText(await c.say(install))).to.include(Messages.welcome.slice(0, 40));
      expect(await c.join()).to.have.length(0);
      expect(await c.say(install)).to.have.length(0);
      await c.say({ type: ActivityTypes.InstallationUpdate, action: 'remove' });
      expect(await c.say(install)).to.have.length(1);
    });

    it('does not greet every new member of a Teams channel', async () => {
      const c = talk({ channelId: 'msteams', conversationType: 'channel' });
      expect(await c.join()).to.have.length(0);
    });
  });

  describe('answers', () => {
    it('answers a question with the entry, its guide section, related questions and rating buttons', async () => {
      const c = talk();
      const howLong = entry('how-long');
      const replies = await c.say('How long does it take to become a care manager?');
      expect(onlyText(replies)).to.include(howLong.answer).and.include(sourceLine(howLong.section));
      const related = howLong.related.slice(0, 3).map((id) => entry(id).title);
      expect(allButtons(replies).map((b) => b.title)).to.deep.equal([...related, ButtonTitles.helpful, ButtonTitles.notHelpful]);
    });

    it('answers the related question a button asks for', async () => {
      const c = talk();
      const replies = await c.say('How long does it take to become a care manager?');
      const firstRelated = entry(entry('how-long').related[0] ?? '');
      expect(onlyText(await c.click(button(replies, firstRelated.title)))).to.include(firstRelated.answer);
    });

    it('answers the question behind a greeting instead of greeting back', async () => {
      const c = talk();
      expect(onlyText(await c.say('hi, how long does it take to become a care manager?'))).to.include(entry('how-long').answer);
    });

    it('offers "Did you mean" for an ambiguous question and records a "None of these" pick', async () => {
      const c = talk();
      const replies = await c.say(AMBIGUOUS_QUESTION);
      expect(onlyText(replies)).to.equal(Messages.didYouMean);
      expect(allButtons(replies).map((b) => b.title)).to.deep.equal([entry('licensing').title, entry('certifications').title, ButtonTitles.noneOfThese]);
      expect(onlyText(await c.click(button(replies, ButtonTitles.noneOfThese)))).to.include(Messages.noneOfTheseReply);
      const feedback = await c.feedback();
      expect(feedback.noneOfThese).to.have.length(1);
      expect(feedback.noneOfThese[0]).to.include({ question: AMBIGUOUS_QUESTION, count: 1 });
      expect(feedback.noneOfThese[0]?.offered).to.deep.equal(['licensing', 'certifications']);
      expect(feedback.questions.map((q) => [q.question, q.kinds.ambiguous])).to.deep.equal([[AMBIGUOUS_QUESTION, 1]]);
    });

    it('takes a typed "none of these" as the choice, not as a question to record, and says what is nearest', async () => {
      const c = talk();
      await c.say(AMBIGUOUS_QUESTION);
      expect(onlyText(await c.say('None of these'))).to.include(Messages.noneOfTheseReply);
      const feedback = await c.feedback();
      expect(feedback.questions.map((q) => q.question)).to.deep.equal([AMBIGUOUS_QUESTION]);
      expect(feedback.noneOfThese.map((record) => record.question)).to.deep.equal([AMBIGUOUS_QUESTION]);
    });

    it('answers a typed "none of these" with nothing offered before it as the choice of nothing', async () => {
      expect(onlyText(await talk().say('None of these'))).to.equal(Messages.noneOfTheseNoQuestion);
    });

    it('answers a "Did you mean" pick', async () => {
      const c = talk();
      const replies = await c.say(AMBIGUOUS_QUESTION);
      expect(onlyText(await c.click(button(replies, entry('licensing').title)))).to.include(entry('licensing').answer);
    });

    const honest: Array<[string, string, string]> = [
      ['an out-of-topic question', OUT_OF_SCOPE_QUESTION, Messages.outOfScope],
      ['a question the guide does not answer', NO_MATCH_QUESTION, Messages.noMatch],
    ];
    for (const [label, question, reply] of honest) {
      it(`answers ${label} honestly with the topics, and records it`, async () => {
        const c = talk();
        const replies = await c.say(question);
        expect(onlyText(replies)).to.include(reply).and.include(Messages.coverage).and.include(Messages.rephrase);
        expect(allButtons(replies).map((b) => b.value)).to.deep.include({ action: 'flow', flow: 'careerSteps' });
        const { questions } = await c.feedback();
        expect(questions.map((q) => q.question)).to.deep.equal([question.toLowerCase()]);
      });
    }

    it('tells the real engine\'s out-of-scope answer apart from an answer', async () => {
      const c = startConversation({ guidedFlows: standInFlows });
      expect(onlyText(await c.say('How do I become a pilot?'))).to.include(Messages.outOfScope);
    });
  });

  describe('small talk', () => {
    const cases: Array<[string, ChatAct]> = [
      ['hi', 'greeting'],
      ['thanks!', 'thanks'],
      ['bye', 'bye'],
      ['who are you?', 'whoAreYou'],
      ['are you a human?', 'areYouHuman'],
      ['how are you?', 'howAreYou'],
      ['ok', 'ack'],
    ];
    for (const [text, kind] of cases) {
      it(`replies to "${text}" briefly and records nothing`, async () => {
        const c = talk();
        expect(onlyText(await c.say(text))).to.equal(Messages.chat[kind]);
        expect((await c.feedback()).questions).to.have.length(0);
      });
    }
  });

  describe('messages without a question', () => {
    it('asks for a question when the message is empty', async () => {
      const c = talk();
      expect(onlyText(await c.say('   '))).to.include(Messages.empty);
      expect(onlyText(await c.say({ text: undefined }))).to.include(Messages.empty);
    });

    it('says it reads text only when a file comes without text', async () => {
      const c = talk();
      const replies = await c.say({ text: '', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/cv.png', name: 'cv.png' }] });
      expect(onlyText(replies)).to.equal(Messages.attachmentsOnly);
    });
  });

  describe('ratings', () => {
    it('records helpful and not helpful once per answer and conversation', async () => {
      const c = talk();
      const replies = await c.say('How long does it take to become a care manager?');
      expect(onlyText(await c.click(button(replies, ButtonTitles.helpful)))).to.equal(Messages.ratedHelpful);
      expect(onlyText(await c.click(button(replies, ButtonTitles.helpful)))).to.equal(Messages.alreadyRated);
      const other = await c.say('Can I become a care manager without a degree?');
      expect(onlyText(await c.click(button(other, ButtonTitles.notHelpful)))).to.equal(Messages.ratedNotHelpful);
      const { ratings } = await c.feedback();
      expect(ratings['how-long']).to.include({ helpful: 1, notHelpful: 0 });
      expect(ratings['without-degree']).to.include({ helpful: 0, notHelpful: 1 });
    });

    it('takes a typed "that was helpful" or "not helpful" as a rating of the last answer, not as a question', async () => {
      const c = talk();
      await c.say('How long does it take to become a care manager?');
      expect(onlyText(await c.say('thanks, that was helpful'))).to.equal(Messages.chat.helpful);
      expect(onlyText(await c.say('helpful'))).to.equal(Messages.chat.helpful);
      await c.say('Can I become a care manager without a degree?');
      expect(onlyText(await c.say("that didn't help"))).to.equal(Messages.chat.complaint);
      const { ratings } = await c.feedback();
      expect(ratings['how-long']).to.include({ helpful: 1, notHelpful: 0 });
      expect(ratings['without-degree']).to.include({ helpful: 0, notHelpful: 1 });
    });

    it('thanks a typed "helpful" when nothing was answered yet, and records nothing', async () => {
      const c = talk();
      const replies = await c.say('that was useful');
      expect(onlyText(replies)).to.equal(Messages.chat.helpful);
      expect((await c.feedback()).ratings).to.deep.equal({});
    });
  });

  describe('stale and forged button values', () => {
    const forged: Array<[string, unknown]> = [
      ['an ask for an entry that does not exist', { action: 'ask', id: 'no-such-entry' }],
      ['an ask with a number id', { action: 'ask', id: 42 }],
      ['a rating of an entry that does not exist', { action: 'rate', id: 'no-such-entry', helpful: true }],
      ['a rating without a verdict', { action: 'rate', id: 'how-long' }],
      ['an unknown flow', { action: 'flow', flow: 'pilot-training' }],
      ['an unknown command', { action: 'command', command: 'drop-tables' }],
      ['a guided button after its flow ended', { action: 'guided', choice: 'Next' }],
      ['an array', ['ask', 'how-long']],
      ['a string that is not JSON', 'ask how-long'],
      ['a huge question in "none"', { action: 'none', question: 'x'.repeat(10_000), ids: [] }],
    ];
    for (const [label, value] of forged) {
      it(`answers ${label} with the topics, not a crash`, async () => {
        const c = talk();
        const replies = await c.say({ text: 'clicked', value });
        expect(onlyText(replies)).to.equal(Messages.staleButton);
        expect(allButtons(replies).length).to.be.greaterThan(0);
      });
    }

    it('records nothing for a forged rating', async () => {
      const c = talk();
      await c.say({ value: { action: 'rate', id: 'no-such-entry', helpful: true } });
      expect((await c.feedback()).ratings).to.deep.equal({});
    });
  });

  describe('guided flows and interruptions', () => {
    const starts: Array<[string, string]> = [
      ['walk me through the steps', 'careerStepsDialog began {}'],
      ['go to step 7', 'careerStepsDialog began {"step":7}'],
      ['which specialisation suits me?', 'specialisationDialog began {}'],
      ["where do I start given I'm a nurse", 'roadmapDialog began {}'],
      ['show the ladder', 'salaryLadderDialog began {}'],
      ['hello, what is the process?', 'careerStepsDialog began {}'],
    ];
    for (const [text, began] of starts) {
      it(`"${text}" starts the flow`, async () => {
        expect(onlyText(await talk().say(text))).to.equal(began);
      });
    }

    it('starts the flows from the welcome buttons', async () => {
      const c = talk();
      const welcome = await c.join();
      expect(onlyText(await c.click(button(welcome, ButtonTitles.salaryLadder)))).to.equal('salaryLadderDialog began {}');
      expect(onlyText(await c.click(button(welcome, ButtonTitles.careerSteps)))).to.equal('careerStepsDialog began {}');
    });

    it('hands the flow what the user says, and answers again once the flow ends', async () => {
      const c = talk();
      await c.say(FlowPhrases.careerSteps);
      expect(onlyText(await c.say('next'))).to.equal('careerStepsDialog heard next');
      expect(onlyText(await c.say({ text: 'Next', value: { action: 'guided', choice: 'Next' } }))).to.equal('careerStepsDialog heard Next');
      expect(onlyText(await c.say('finish'))).to.equal('careerStepsDialog finished');
      expect(onlyText(await c.say('How long does it take to become a care manager?'))).to.include(entry('how-long').answer);
    });

    it('shows help mid-flow, then where the user was', async () => {
      const c = talk();
      await c.say(FlowPhrases.specialisation);
      const replies = await c.say('help');
      expect(replies.map((r) => r.text)).to.deep.equal([renderHelp('markdown').text, 'specialisationDialog reprompt']);
    });

    it('leaves the flow for the menu', async () => {
      const c = talk();
      await c.say(FlowPhrases.roadmap);
      expect(onlyText(await c.say('menu'))).to.equal(Messages.menu);
      expect(textOf(await c.say('next'))).not.to.include('heard');
    });

    it('cancels the flow, and says so when there is nothing to cancel', async () => {
      const c = talk();
      await c.say(FlowPhrases.salaryLadder);
      expect(onlyText(await c.say('stop'))).to.equal(Messages.cancelled);
      expect(onlyText(await c.say('cancel'))).to.equal(Messages.nothingToCancel);
    });

    it('leaves "stop" and "start over" in the steps walk to the walk, which saves its place or goes back to step 1', async () => {
      const c = talk();
      await c.say(FlowPhrases.careerSteps);
      expect(onlyText(await c.say('stop'))).to.equal('careerStepsDialog heard stop');
      expect(onlyText(await c.say('start over'))).to.equal('careerStepsDialog heard start over');
      expect(onlyText(await c.say('cancel'))).to.equal(Messages.cancelled);
    });

    it('starts the flow in progress again from its first question on "start over"', async () => {
      const c = talk();
      await c.join();
      await c.say(FlowPhrases.salaryLadder);
      expect(onlyText(await c.say('start over'))).to.equal('salaryLadderDialog began {}');
      expect(onlyText(await c.say('senior'))).to.equal('salaryLadderDialog heard senior');
    });

    it('starts over with the welcome when no flow runs', async () => {
      const c = talk();
      await c.join();
      const replies = await c.say('start over');
      expect(replies.map((r) => r.text?.slice(0, 40))).to.deep.equal([Messages.startOver, Messages.welcome.slice(0, 40)]);
    });

    it('switches flow when the user asks for another one mid-flow', async () => {
      const c = talk();
      await c.say(FlowPhrases.careerSteps);
      expect(onlyText(await c.say('help me pick a specialty'))).to.equal('specialisationDialog began {}');
      expect(onlyText(await c.say('kids'))).to.equal('specialisationDialog heard kids');
    });

    it('answers a related-question button mid-flow, then shows where the user was', async () => {
      const c = talk();
      await c.say(FlowPhrases.careerSteps);
      const replies = await c.say({ text: 'How long?', value: { action: 'ask', id: 'how-long' } });
      expect(replies).to.have.length(2);
      expect(replies[0]?.text).to.include(entry('how-long').answer);
      expect(replies[1]?.text).to.equal('careerStepsDialog reprompt');
    });

    it('handles menu and help buttons mid-flow like the typed words', async () => {
      const c = talk();
      await c.say(FlowPhrases.careerSteps);
      expect(onlyText(await c.say({ text: 'menu', value: { action: 'command', command: 'menu' } }))).to.equal(Messages.menu);
    });

    it('keeps the flow across bot instances that share the storage (state saved every turn)', async () => {
      const storage = new MemoryStorage();
      await talk({ storage }).say(FlowPhrases.careerSteps);
      expect(onlyText(await talk({ storage }).say('next'))).to.equal('careerStepsDialog heard next');
    });

    describe('without the guided flows registered', () => {
      it('lists the ten steps instead of the walk', async () => {
        const c = startConversation({ guidedFlows: () => [] });
        const text = onlyText(await c.say('walk me through the steps'));
        expect(text).to.include(Messages.stepsOverview);
        for (const step of kb.steps) expect(text).to.include(step.title);
      });

      it('shows what the guide says on the topic of the other flows', async () => {
        const c = startConversation({ guidedFlows: () => [] });
        const replies = await c.say('salary ladder');
        expect(replies.map((r) => r.text?.split('\n')[0])).to.deep.equal([Messages.flowUnavailable, entry(FLOW_FALLBACK_FAQ.salaryLadder).answer.split('\n')[0]]);
      });
    });
  });
});
