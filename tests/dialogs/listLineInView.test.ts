import { expect } from 'chai';
import { CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * A line of the answer in view that only leads into its list ("The hard skills a care manager needs are ...:") is never
 * shown cut off at its colon: the list comes with it (tester ut34c, fa #9: "hard skills" after the hard skills).
 */
const kb = knowledge();
const hard = kb.faqById.get('hard-skills');
if (!hard) throw new Error('the knowledge base has no "hard-skills" entry');
const items = hard.answer.split('\n').filter((line) => /^[-*•]\s/.test(line.trim()));

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a line that leads into a list comes with its list (${channelName})`, () => {
    it('"hard skills" after the hard skills shows the skills, not the lead-in line alone', async () => {
      expect(items.length).to.be.greaterThan(2);
      const chat = startGuided({ channelId });
      await chat.say('what hard skills do care managers need');
      const replies = await chat.say('hard skills');
      const shown = readable(shownText(replies));
      for (const item of items) expect(shown).to.include(readable(item.trim().replace(/^[-*•]\s+/, '')));
      expectShown(replies, 'From the answer above on');
      expectChannelSafe(channelId, replies, 'hard skills');
    });
  });
}
