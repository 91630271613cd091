import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { recogniseFlow, saysTheWayIn } from '../../../dialogs/understanding/core/intents';
import { CHAT_CHANNELS, expectShown, shownText, startGuided, stepShown } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const roadmap = GuidedMessages.roadmap;
const roleOverview = kb.faqById.get('role-overview')!;

/** True when a reply starts the roadmap: one of its questions, or the roadmap itself when nothing is left to ask. */
function startsTheRoadmap(replies: readonly Partial<Activity>[]): boolean {
  const text = shownText(replies);
  return [roadmap.educationQuestion, roadmap.experienceQuestion, roadmap.aimQuestion, roadmap.heading].some((shown) => text.includes(shown));
}

/**
 * The way into the career asked for in the person's words (testers ut26a and ut26b, in our own words): the roadmap or
 * the steps named in a few words, or beside the aim, the way in asked and a story, start the roadmap or the steps; what
 * the job is, said not to be known, is what the job is.
 */
describe('the way into the career, read', () => {
  it('reads the roadmap named in a few words, with where it leads or how soon, as the roadmap', () => {
    for (const said of ['roadmap to care manager please', 'quick raodmap into care management?', 'so, the roadmap then', 'a road map for becoming a care manager asap'])
      expect(recogniseFlow(said), said).to.deep.equal({ flow: 'roadmap' });
  });

  it('does not read a message that says more of the roadmap than asking for it as the request', () => {
    for (const said of ['what is on the roadmap for step 5', 'roadmaps', 'the roadmap for my daughter'])
      expect(recogniseFlow(said), said).to.equal(null);
  });

  it('reads the steps "to get into care management" as the walk, and the steps to something else as a question', () => {
    expect(recogniseFlow('want the steps to move into care management')).to.deep.equal({ flow: 'careerSteps' });
    expect(recogniseFlow('what are the steps to get into care management')).to.deep.equal({ flow: 'careerSteps' });
    expect(recogniseFlow('what are the steps to get certified')).to.equal(null);
  });

  it('reads the aim said and the way in asked as what the roadmap and the steps answer', () => {
    for (const said of ['I want to get into care management asap', 'move into care management as quickly as possible.', 'quickest route in?', 'how would I become one', 'what steps should I take?', 'what do I need to do first'])
      expect(saysTheWayIn(said), said).to.equal(true);
  });

  it('does not read other questions of how or what as the way in', () => {
    for (const said of ['how do care managers get paid', 'how can I become a better listener', 'what is the best way to study', 'what do I do', 'I want to work with kids', 'how long will it take me?'])
      expect(saysTheWayIn(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the way into the career asked for in a person's words (${channelName})`, () => {
    it('starts the roadmap for the roadmap named in a few words ("roadmap to care manager please")', async () => {
      for (const said of ['roadmap to care manager please', 'ok a quick road map into care management?']) {
        const chat = startGuided({ channelId });
        expect(startsTheRoadmap(await chat.say(said)), said).to.equal(true);
      }
    });

    it('starts the roadmap for a request beside the aim, a story and the way in asked', async () => {
      for (const said of [
        'Cleaner at a hospice for 4 years. I want to move into care management as fast as I can. roadmap please',
        'right, I have a nursing degree and 2 yrs on a ward. quickest route into care management? road map pls',
      ]) {
        const chat = startGuided({ channelId });
        const replies = await chat.say(said);
        expect(startsTheRoadmap(replies), said).to.equal(true);
        expect(shownText(replies), said).not.to.include(roadmap.aimQuestion);
      }
    });

    it('starts the roadmap when the way in is asked after the person says where they stand', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say("I've looked after residents in a care home for six years and I'd like to step up into care management. What steps should I take?");
      expect(startsTheRoadmap(replies)).to.equal(true);
      // Asked with nothing told of the person, it stays a question for the guide.
      const other = startGuided({ channelId });
      expect(startsTheRoadmap(await other.say('What steps should I take to become a care manager?'))).to.equal(false);
    });

    it('starts the walk for the steps asked beside a story ("want the steps to move into care management, I\'m a bank clerk now")', async () => {
      const chat = startGuided({ channelId });
      expect(stepShown(await chat.say("want the steps to move into care management, I'm a bank clerk now"))).to.equal(1);
    });

    it('says what the job is when the person says they do not know what it is, whatever else the message names', async () => {
      for (const said of ['my cousin reckons care management would suit me?? no clue what that job is tbh', "the school counselor mentioned care manager for college. dunno what it even is lol"]) {
        const chat = startGuided({ channelId });
        expectShown(await chat.say(said), roleOverview.answer.split('\n')[0]!.slice(0, 60));
      }
    });

    it('says what the job is, with an apology, when the person says they asked what it is after another answer', async () => {
      const chat = startGuided({ channelId });
      await chat.say('how much do they earn');
      const replies = await chat.say('no I asked what it IS');
      expectShown(replies, roleOverview.answer.split('\n')[0]!.slice(0, 60));
      expect(shownText(replies)).to.match(/sorry/i);
    });
  });
}
