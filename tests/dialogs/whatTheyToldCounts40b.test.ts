import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { shortOfABachelorsTold } from '../../dialogs/understanding/person/shortOfABachelorsTold';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 40 (counts40b): what the person told weighed honestly, never the same card silently again. An area asked of
 * again in other words right after its card gets "that is all the guide has on it"; education short of a bachelor's
 * closed off as all there is ("That's it.") gets the route without a bachelor's. Made-up phrasings beside the tester's.
 */
const NO_DEGREE_TURN = 'can make up for less formal education';

describe('what was told, weighed (counts40b): readers', () => {
  it('reads education short of a bachelor\'s closed off as all there is as the lack told', () => {
    for (const said of ["I've got an associates in fire science and EMT-B. That's it.", 'a CNA cert and a GED, thats all', 'associate degree in business and nothing else', "just high school diploma. that's all i have"]) expect(shortOfABachelorsTold(said, false), said).to.equal(true);
    for (const said of ["I've got an associates in fire science and EMT-B.", 'I have an associate degree in nursing']) expect(shortOfABachelorsTold(said, false), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`what was told, weighed (counts40b), through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ["I've got an associates in fire science and EMT-B. That's it.", 'associate degree in criminal justice, thats all i have']) {
      it(`"${message}" after a story: noted, with the route without a bachelor's (ut40a P09-T2)`, async () => {
        const text = await said('Firefighter/EMT, 22 years on the job, retiring at 50 with a pension. Care management?', message);
        expect(text).to.include(NO_DEGREE_TURN).and.include('most employers prefer');
      });
    }

    for (const [first, again, title] of [
      ['Could I move into pediatric care management?', 'What does pediatric care management involve exactly?', 'Pediatric care'],
      ['what is geriatric care management?', 'what does a geriatric care manager actually do?', 'Geriatric care'],
    ] as const) {
      it(`"${again}" right after that card: all the guide has on it, not the card again (ut39c P10-T2)`, async () => {
        const text = await said(first, again);
        expect(text).to.include(readable(Messages.sameAnswerAbove(title))).and.not.include('From the guide:');
      });
    }

    it('the same area asked of two turns after its card: the card itself, not a pointer', async () => {
      const text = await said('Could I move into pediatric care management?', 'how much do care managers earn?', 'What does pediatric care management involve exactly?');
      expect(text).to.include(readableOpening('pediatric')).and.not.include(readable(Messages.sameAnswerAbove('Pediatric care')));
    });
  });
}
