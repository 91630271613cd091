import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { recogniseFlow } from '../../../dialogs/understanding/core/intents';
import { understand, AT_ROOT } from '../../../dialogs/understanding/core/pipeline';
import { answeredBy, CHAT_CHANNELS, expectShown, shownText, startGuided } from '../guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from '../transcript';

const kb = knowledge();
const roadmap = GuidedMessages.roadmap;
const chooser = GuidedMessages.specialisation;

/** True when a reply starts the roadmap: one of its questions, or the roadmap itself when nothing is left to ask. */
function startsTheRoadmap(replies: readonly Partial<Activity>[]): boolean {
  const text = shownText(replies);
  return [roadmap.educationQuestion, roadmap.experienceQuestion, roadmap.aimQuestion, roadmap.heading].some((shown) => text.includes(shown));
}

/** How many times a text is shown in the replies. */
function timesShown(replies: readonly Partial<Activity>[], text: string): number {
  return shownText(replies).split(text).length - 1;
}

/**
 * Flows pointed back at and questions asked once (testers ut29a and ut29b, in our own words): a flow the bot offered,
 * taken up later ("never mind. you mentioned a roadmap before, let's do that"), even after "never mind"; the steps
 * asked for the person's own case ("what would my own steps look like from where I stand?") are their roadmap; and a
 * chooser question answered with a question beside it ("kids. how long is the extra training?") gets the answer, then
 * the next question once, never before the answer and again after it. Web Chat and Teams.
 */
describe('flows pointed back at: the readers', () => {
  it('reads a flow named as offered before as a request for it', () => {
    expect(recogniseFlow('you mentioned a career roadmap earlier')).to.deep.equal({ flow: 'roadmap' });
    expect(recogniseFlow('the step by step guide you suggested before')).to.deep.equal({ flow: 'careerSteps' });
    expect(recogniseFlow('ok you offered me the specialty quiz a while ago')).to.deep.equal({ flow: 'specialisation' });
  });

  it('does not read something said of the flow as asking for it', () => {
    expect(recogniseFlow('you said the roadmap takes six years')).to.equal(null);
    expect(recogniseFlow('you mentioned a roadmap, what goes in it?')).to.equal(null);
  });

  it('reads "never mind" before a flow taken up as that flow, not a stop', () => {
    expect(understand('Never mind that. You mentioned a roadmap before. Can we do that now?', AT_ROOT, kb)).to.deep.equal({ kind: 'flow', intent: { flow: 'roadmap' } });
    expect(understand('nvm. earlier you offered the career steps, let us try that', AT_ROOT, kb)).to.deep.equal({ kind: 'flow', intent: { flow: 'careerSteps' } });
  });

  it('reads the steps asked for the person\'s own case as the roadmap, and the steps alone as the walk', () => {
    for (const said of ['what would my own steps look like from where I stand?', 'the steps to do it, for someone like me', 'what steps would I take in my situation'])
      expect(recogniseFlow(said), said).to.deep.equal({ flow: 'roadmap' });
    expect(recogniseFlow('what are the steps to become a care manager')).to.deep.equal({ flow: 'careerSteps' });
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`flows pointed back at and questions asked once (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    for (const [place, before] of [
      ['after an answer', ['what does a care manager do']],
      ['in the chooser', ['help me choose a specialty']],
      ['in the walk', ['career steps', 'next']],
    ] as const) {
      it(`"Never mind that. You mentioned a roadmap before. Can we do that now?" starts the roadmap (${place})`, async () => {
        const chat = start();
        for (const said of before) await chat.say(said);
        const replies = await chat.say('Never mind that. You mentioned a roadmap before. Can we do that now?');
        expect(startsTheRoadmap(replies), shownText(replies)).to.equal(true);
        expect(shownText(replies)).not.to.include('nothing to stop');
        safe(replies, place);
      });
    }

    it('"what would my own steps look like from where I stand?" after telling of oneself starts the roadmap', async () => {
      const chat = start();
      await chat.say("I'm 50, a bus driver for 20 years, no degree");
      const replies = await chat.say('what would my own steps look like from where I stand?');
      expect(startsTheRoadmap(replies), shownText(replies)).to.equal(true);
      expect(shownText(replies)).not.to.include("I don't have an answer");
    });

    it('a chooser answer with a question beside it: the answer, then the next question once', async () => {
      const chat = start();
      await chat.say('help me choose a specialty');
      const replies = await chat.say('kids. how long is the extra training?');
      expectShown(replies, answeredBy('how do I specialise').section);
      expect(timesShown(replies, chooser.drawQuestion)).to.equal(1);
      expect(shownText([replies.at(-1)!])).to.include(chooser.drawQuestion);
      expect(shownText(replies)).not.to.include(GuidedMessages.backToQuestion(chooser.drawQuestion));
      safe(replies, 'answer and question');
    });

    it('an area said with a question about it ("older people i think. what does the geriatric one involve?") is taken, described, then the next question', async () => {
      const chat = start();
      await chat.say('help me choose a specialty');
      const replies = await chat.say('older people i think. what does the geriatric one involve?');
      expect(shownText(replies)).to.include('Geriatric care management');
      expect(timesShown(replies, chooser.drawQuestion)).to.equal(1);
      expect(shownText([replies.at(-1)!])).to.include(chooser.drawQuestion);
    });

    it('"the old folk, definitely" at the chooser\'s first question is older adults', async () => {
      const chat = start();
      await chat.say('help me choose a specialty');
      const replies = await chat.say('the old folk, definitely, I love them');
      expectShown(replies, chooser.drawQuestion);
      expect(shownText(replies)).not.to.include("didn't quite get that");
    });

    it('the education step, for someone who said they never went to university, says the route without a degree first', async () => {
      const chat = start();
      await chat.say("I'm 19, no degree, I work in a pub. can I do this without uni?");
      await chat.say('career steps');
      const replies = await chat.say('next');
      expectShown(replies, GuidedMessages.steps.withoutADegree, 'Step 2 of 10');
      safe(replies, 'education step without a degree');
    });

    it('the education step for someone with a degree is the step alone', async () => {
      const chat = start();
      await chat.say('I have a BSW');
      await chat.say('career steps');
      const replies = await chat.say('next');
      expect(shownText(replies)).not.to.include(GuidedMessages.steps.withoutADegree);
    });

    it('a question beside the roadmap\'s answer is answered before the next roadmap question', async () => {
      const chat = start();
      await chat.say('my roadmap');
      const replies = await chat.say('no degree. how long does it take?');
      expect(timesShown(replies, roadmap.experienceQuestion)).to.equal(1);
      expect(shownText([replies.at(-1)!])).to.include(roadmap.experienceQuestion);
      expectShown(replies, '6 to 8 years');
    });
  });
}
