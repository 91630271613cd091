import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { RecentMessages } from '../../dialogs/rendering/core/recentAnswers';
import { needToKnowTold } from '../../dialogs/understanding/core/partRestated';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 40 (counts40), tester ut39c kinds 3, 7 and 8: an answer asked again keeps the sentence that turns it; a need
 * told beside the question ("so I need to know the hours") is not "the other part"; an age weighed after an answer with
 * nothing on age gets the guide's silence and its route in. Made-up phrasings beside the tester's.
 */
const OTHER_PART = "doesn't cover the other part of your question";

describe('what was told, weighed: readers', () => {
  it('reads a need to know told beside a question, never a question of its own', () => {
    for (const said of ['I also have 2 kids at home so I need to know the hours.', 'my husband works nights so i need to know about weekends', "I'd like to know about pay", "I'm wondering about on-call"]) expect(needToKnowTold(said), said).to.equal(true);
    for (const said of ['what do I need to know about the CCM?', 'do I need to know medical terms?', 'I need to know if the CCM is worth it', 'I have 2 kids at home']) expect(needToKnowTold(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`what was told, weighed, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['ok. so without degree what are my chances honestly', 'realistically, no degree, what are my odds?']) {
      it(`"${message}" after the route without a degree: the pointer keeps "experience can make up" (ut39c P12-T4)`, async () => {
        const text = await said('never finished college. can someone like me be a care manager', 'does having a record matter? i got a felony from like 10 yrs ago', message);
        expect(text).to.include(readable(RecentMessages.sameAbove('Without a degree'))).and.include('can make up for less formal education');
        expect(text).to.include("In short: a degree in healthcare");
      });
    }

    for (const message of ['I also have 2 kids at home so I need to know the hours. Is it 9 to 5?', 'we have a baby on the way so I need to know the hours. Is it 9-5 or not?']) {
      it(`"${message}": the hours, and no "other part" that is the same ask (ut39c P03-T6)`, async () => {
        const text = await said(message);
        expect(text).to.include(readableOpening('work-hours')).and.not.include(OTHER_PART);
      });
    }

    for (const message of ['is 62 too old to start this', 'am I too old at 58 to get into this?']) {
      it(`"${message}" after where they work: no age limit, and the route in, not that answer's bullets (ut39c P04-T3)`, async () => {
        const text = await said('Would care managers work in hospice too?', message);
        expect(text).to.include(readable(Messages.beyond.noAgeLimit)).and.include(readableOpening('what-is-needed'));
      });
    }
  });
}
