import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge } from './transcript';

/**
 * Session 30 (testers ut29a, ut29b and ut29c: two or three things asked in one message): each part answered, or the
 * known one answered and a plain note about the other; never the whole message declined for a label or a request said
 * beside a question, never a part dropped, never one question answered as two. The sentences are written for these
 * tests, not taken from the testers.
 */

const kb = knowledge();
/** An answer's first sentence as a person reads it: what tells the answer apart in a reply. */
const openingOf = (id: string): string => {
  const found = kb.faqById.get(id);
  if (!found) throw new Error(`the knowledge base has no entry "${id}"`);
  return readable(found.answer.split('\n')[0] ?? '').split(/(?<=[.:!?])\s/)[0]!.replace(/:$/, '');
};
const shown = (replies: readonly Partial<Activity>[]): string => readable(shownText(replies));

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`two or three things asked in one message (${channelName})`, () => {
    const say = async (message: string) => {
      const replies = await startGuided({ channelId }).say(message);
      if (channelName === 'Teams') replies.forEach((reply, i) => expectTeamsSafe(reply, `${message} #${i}`));
      return replies;
    };

    it('a label before the questions ("Two quick ones:") after a story: both answered, nothing declined', async () => {
      const text = shown(await say('Ex-plumber, 50. Two quick ones: how long does it take and what does it pay starting out?'));
      expect(text).to.include(openingOf('how-long')).and.include(openingOf('salary-entry'));
      expect(text).not.to.include(readable(Messages.outOfScope).slice(0, 40));
    });

    it('a person asked for beside a question: where to find a person, and the question answered', async () => {
      const text = shown(await say("what's the starting pay? oh and is there a real person i can phone about it?"));
      expect(text).to.include(readable(Messages.chat.askHuman).slice(0, 60)).and.include(openingOf('salary-entry'));
    });

    it('a person asked for after a remark: where to find a person, the remark never declined as a question', async () => {
      const text = shown(await say("ugh ok. that's literally what I asked. can I speak to an actual human please"));
      expect(text).to.include(readable(Messages.chat.askHuman).slice(0, 60));
      expect(text).not.to.include(readable(Messages.noMatch).slice(0, 40)).and.not.include(readable(Messages.outOfScope).slice(0, 40));
    });

    it('one question said in two sentences ("curious about the CCM. Who offers it?"): the CCM, never a second "other part"', async () => {
      const text = shown(await say("I'm curious about the CCM certification. Who offers it?"));
      expect(text).to.include('Commission for Case Manager Certification');
      expect(text).not.to.include('other part of your question');
    });

    it('an age asked beside a background weighed ("Is 61 too late to retrain, and would my years running a shop count?"): the age said plainly too', async () => {
      const text = shown(await say('Is 61 too late to retrain, and would my years running a shop count?'));
      expect(text).to.include(readable(Messages.aspectNotGiven.age).slice(0, 40));
      expect(text.split(readable(Messages.aspectNotGiven.age).slice(0, 40)).length - 1, 'said once').to.equal(1);
    });

    it('two parts the reply read as one ("could i get into this with no degree and what would i earn at first"): the pay, and the route without a degree', async () => {
      const text = shown(await say('could i get into this with no degree and what would i earn at first'));
      expect(text).to.include(openingOf('salary')).and.include(openingOf('without-degree'));
    });

    it('a part the guide does not cover beside one it answers: the answer and a plain note, never a silent drop', async () => {
      const text = shown(await say('do care managers get a company car? and what are the hours like?'));
      expect(text).to.include(openingOf('work-hours')).and.include('company car');
    });

    it("a licence asked with the person's own as an example, beside a degree question: the licence answered, the degree not twice", async () => {
      const text = shown(await say("I've only got a care certificate, not a degree, would I need to go to university? And do I need a licence like my SIA badge?"));
      expect(text).to.include(openingOf('licensing'));
      expect(text).not.to.include(`other part of your question ("I've only got`);
    });

    it('an age asked beside another question ("is 60 too late to start, and ..."): said plainly, the other answered', async () => {
      const text = shown(await say('is 60 too late to start, and what does the job involve day to day?'));
      expect(text).to.include(openingOf('daily-duties'));
      expect(text).to.match(/doesn't say anything about age|doesn't cover the other part/);
    });
  });
}
