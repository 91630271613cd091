import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/messages';
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

    it('an age asked beside another question ("is 60 too late to start, and ..."): said plainly, the other answered', async () => {
      const text = shown(await say('is 60 too late to start, and what does the job involve day to day?'));
      expect(text).to.include(openingOf('daily-duties'));
      expect(text).to.match(/doesn't say anything about age|doesn't cover the other part/);
    });
  });
}
