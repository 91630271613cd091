import { expect } from 'chai';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectChannelSafe, expectShown, shownText, startGuided } from './guidedHarness';
import type { Conversation } from './transcript';

/**
 * Small talk read as small talk (session 33, profile33; tester ut33a): a wish for one's own life said in passing ("ugh.
 * honestly I just want to sleep at night again haha") is no complaint about the last answer, and "one step at a time I
 * guess" after thanks is a saying, not a request for the ten-step walk. The real bot, in Web Chat and Teams.
 */

const FIRST_STEP = GuidedMessages.steps.heading(1, 10);

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`small talk of one's own life (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    for (const text of ['ugh. honestly I just want to sleep at night again haha', 'i just want my weekends back lol', 'I need a life outside work tbh', 'honestly i just want to see my kids more']) {
      it(`"${text}" after an answer is small talk, not "Sorry that wasn't what you needed"`, async () => {
        const c = start();
        await c.say('is care management stressful?');
        const replies = await c.say(text);
        expectChannelSafe(channelId, replies, text);
        const shown = shownText(replies);
        // Small talk, or small talk that touches on an entry ("weekends": the working hours).
        expect(shown.includes(Messages.chat.remark) || shown.includes(Messages.remarkTouchingOn('').split('"')[0]!), shown).to.equal(true);
        expect(shown).not.to.include(Messages.chat.complaint);
      });
    }

    it('still reads a complaint about the answer as one ("ugh that is not what I asked")', async () => {
      const c = start();
      await c.say('is care management stressful?');
      expect(shownText(await c.say('ugh that is not what I asked'))).not.to.include(Messages.chat.remark);
    });

    for (const text of ['this is super helpful, thank you!! one step at a time I guess haha', 'thanks, one step at a time lol', 'one step at a time I suppose', 'great, one step at a time right']) {
      it(`"${text}" is not taken as asking for the walk`, async () => {
        const c = start();
        await c.say('what does a director earn?');
        const replies = await c.say(text);
        expectChannelSafe(channelId, replies, text);
        expect(shownText(replies)).not.to.include(FIRST_STEP);
      });
    }

    it('still starts the walk for "can we go one step at a time?"', async () => {
      const c = start();
      expectShown(await c.say('can we go through the steps one step at a time?'), FIRST_STEP);
    });
  });
}
