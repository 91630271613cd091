import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectChannelSafe, shownText, startGuided } from './guidedHarness';
import { knowledge, type Conversation } from './transcript';

/**
 * No fact said short of what the guide says, and no "Yes" the guide does not give (session 33, profile33; tester
 * ut33a): business hours always come with the evenings, weekends and on-call work the guide names beside them, in a
 * part of an answer, in short or said again; a degree from another country is never said to be accepted. The real bot,
 * in Web Chat and Teams.
 */

const kb = knowledge();
const hours = [...kb.faqById.values()].find((entry) => entry.answer.includes('standard business hours**. Depending'))!;
/** The guide's caveat to business hours, as the hours answer says it. */
const ON_CALL = hours.answer.split('\n')[0]!.replace(/\*\*/g, '').split(/(?<=\.)\s+/)[1]!;
const YES = Messages.direct.degreeWeighed({ field: 'nursing', named: true, abroad: false, associate: false, studyAgain: false }, 'nursing').slice(0, 4);
const ABROAD = Messages.direct.degreeWeighed({ field: 'nursing', named: true, abroad: true, associate: false, studyAgain: false }, 'nursing').split('.')[0]!;

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the whole fact, and no "Yes" the guide does not give (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('says the on-call caveat with business hours asked after the pay ("Im so done with being on call")', async () => {
      const c = start();
      await c.say('ok. what does it pay? i make about 72k now and cant really take a big pay cut');
      const replies = await c.say('one more thing, is it normal business hours? Im so done with being on call');
      expectChannelSafe(channelId, replies, 'hours');
      expect(shownText(replies)).to.include(ON_CALL);
    });

    for (const again of ['what are the hours like?', 'tl;dr']) {
      it(`keeps the on-call caveat when the hours answer is said in short ("${again}")`, async () => {
        const c = start();
        await c.say('what are the working hours?');
        const replies = await c.say(again);
        expectChannelSafe(channelId, replies, again);
        expect(shownText(replies)).to.include(ON_CALL);
      });
    }

    for (const text of [
      'My nursing degree is from Philippines. Is it accepted here in US for care manager or I need to pass NCLEX first?',
      'my BSW is from Kenya, does it count?',
      'would my nursing degree be recognized in the UK?',
    ]) {
      it(`never says "Yes" to a degree from elsewhere: "${text}"`, async () => {
        const replies = await start().say(text);
        expectChannelSafe(channelId, replies, text);
        expect(shownText(replies)).to.include(ABROAD);
        expect(shownText(replies).startsWith(YES)).to.equal(false);
      });
    }

    it('still says yes to a nursing degree asked of with no place or year abroad ("a nursing degree from 2010")', async () => {
      expect(shownText(await start().say('I have a nursing degree from 2010, does it count?'))).not.to.include(ABROAD);
    });
  });
}
