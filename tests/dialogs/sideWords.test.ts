import { expect } from 'chai';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, shownText, startGuided } from './guidedHarness';

/**
 * A side word that led the answer astray (session 30, testers ut29b and ut29c): "paid" in "or does it have to be a paid
 * job?", "route" and "director" in "what's the route to director", a story told after the question, a bare "is ok?"
 * after a story, "go back to uni", "a specific degree", "how many year". What the head of the question asks is answered;
 * the real bot, engine and knowledge base, in Web Chat and Teams.
 */

const opening = answerOpening;

const NOT_COVERED = 'outside what I can help with';
const NO_ANSWER = "I don't have an answer to that in the guide";

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a side word does not pick the answer (${channelName})`, () => {
    it('"or does it need to be a paid job?" after asking whether caring for a parent counts is about experience, not pay', async () => {
      const asked = "I've looked after my dad at home for six years since his stroke. would that count as experience, or does it need to be a paid job?";
      const replies = await startGuided({ channelId }).say(asked);
      const shown = shownText(replies);
      expect(shown).not.to.include(opening('salary'));
      expectShown(replies, opening('gaining-experience'));
      expectChannelSafe(channelId, replies, 'paid job');
    });

    it('"what\'s the route to becoming a director of care management?" gets the director\'s role, not a director\'s pay', async () => {
      const replies = await startGuided({ channelId }).say("what's the route to becoming a director of care management? I'm good with budgets at work.");
      expectShown(replies, opening('director-roles'));
      expect(shownText(replies)).not.to.include(opening('salary-director'));
      expectChannelSafe(channelId, replies, 'route to director');
    });

    it('a question with the person\'s story after it is asked alone: "is it stressful like nursing? nursing burnt me out" after how long it takes', async () => {
      const conversation = startGuided({ channelId });
      await conversation.say('how long does it take to become one');
      const replies = await conversation.say('wow ok 6 to 8 years.. is it stressful like nursing? nursing burnt me right out');
      expectShown(replies, opening('stressful'));
      expect(shownText(replies)).not.to.include(opening('how-long'));
      expectChannelSafe(channelId, replies, 'stressful like nursing');
    });
  });

  describe(`an area the guide does not describe is said so, with the four it does (${channelName})`, () => {
    for (const [asked, area] of [
      ['ok. is there a hospice care specialism? end of life is what i do now', 'hospice care'],
      ['Is there a veterans side to it?', 'veterans'],
    ] as const) {
      it(`"${asked}" says the guide describes no area for ${area}, and shows its four`, async () => {
        const replies = await startGuided({ channelId }).say(asked);
        const shown = shownText(replies);
        expect(shown).not.to.include(NOT_COVERED);
        expect(shown).to.include(`an area for ${area}`);
        expectShown(replies, opening('specialisations'));
        expectChannelSafe(channelId, replies, asked);
      });
    }

    it('"is there a mental health side to it" still gets psychiatric care management', async () => {
      const replies = await startGuided({ channelId }).say('is there a mental health side to it');
      expectShown(replies, opening('psychiatric'));
    });
  });

  describe(`an in-scope question in few or unusual words is answered, not declined (${channelName})`, () => {
    for (const [asked, id] of [
      ['never went to university, i only did my GCSEs. is ok?', 'without-degree'],
      ['would i need to head back to college for this??', 'without-degree'],
      ['do you need a specific degree to get in', 'what-is-needed'],
      ['how many year it take to become one', 'how-long'],
      ['right, a bachelors then, got it. do they work weekends', 'work-hours'],
    ] as const) {
      it(`"${asked}" gets ${id}`, async () => {
        const replies = await startGuided({ channelId }).say(asked);
        const shown = shownText(replies);
        expect(shown).not.to.include(NOT_COVERED);
        expect(shown).not.to.include(NO_ANSWER);
        expectShown(replies, opening(id));
        expectChannelSafe(channelId, replies, asked);
      });
    }
  });
}
