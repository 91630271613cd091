import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { RecentMessages } from '../../dialogs/rendering/core/recentAnswers';
import { needToKnowTold } from '../../dialogs/understanding/core/partRestated';
import { degreeWeighed } from '../../dialogs/understanding/person/experienceCounts';
import { ownKnowhowCarried } from '../../dialogs/understanding/person/ownKnowhowCarried';
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

  it('reads a skill of the guide\'s list told as known, by its name, and asked whether it counts', () => {
    for (const said of ['ok and what about medical terminology i know a ton from work does that count', 'I learned a lot of medical terms as a receptionist. does that count for anything?']) expect(ownKnowhowCarried(said)?.terminology, said).to.equal(true);
    expect(ownKnowhowCarried('i know EHR systems inside out from my job, would that help?')?.named).to.deep.equal(['computer skills (electronic health records)']);
    for (const said of ['what is medical terminology?', 'does medical terminology count as a course?']) expect(ownKnowhowCarried(said), said).to.equal(null);
  });

  it('reads a degree of one\'s own said tersely before the question', () => {
    for (const [said, field] of [['Bible degree tho, is that a problem', 'bible'], ['art degree though, would that hold me back?', 'art'], ['my history major. is that an issue?', 'history']] as const) expect(degreeWeighed(said)?.field, said).to.equal(field);
    for (const said of ['nursing degree, is that better than social work?', 'a nursing degree is it needed?']) expect(degreeWeighed(said), said).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`what was told, weighed, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['ok. so without degree what are my chances honestly', 'realistically, no degree, what are my odds?']) {
      it(`"${message}" after the route without a degree: the pointer keeps "experience can make up" (ut39c P12-T4)`, async () => {
        const text = await said('never finished college. can someone like me be a care manager', 'does having a record matter? i got a felony from like 10 yrs ago', message);
        expect(text).to.include(readable(RecentMessages.sameAbove('Without a degree'))).and.include('can make up for less formal education');
      });
    }

    for (const message of ['I also have 2 kids at home so I need to know the hours. Is it 9 to 5?', 'we have a baby on the way so I need to know the hours. Is it 9-5 or not?']) {
      it(`"${message}": the hours, and no "other part" that is the same ask (ut39c P03-T6)`, async () => {
        const text = await said(message);
        expect(text).to.include(readableOpening('work-hours')).and.not.include(OTHER_PART);
      });
    }

    for (const message of ['is 62 too old to start this', 'is 59 too old to get started in this?']) {
      it(`"${message}" after where they work: no age limit, and the route in, not that answer's bullets (ut39c P04-T3)`, async () => {
        const text = await said('Would care managers work in hospice too?', message);
        expect(text).to.include(readable(Messages.beyond.noAgeLimit)).and.include(readableOpening('what-is-needed'));
      });
    }

    for (const message of ['ok and what about medical terminology i know a ton from work does that count', 'I learned a lot of medical terms at the clinic. does that count for anything?']) {
      it(`"${message}": a skill the guide names, with the hard skills, not "work in health or social services" (ut39c P02-T7)`, async () => {
        const text = await said('i work front desk at a family medicine clinic, been doing scheduling, insurance verification, prior auths for like 4 yrs', message);
        expect(text).to.include('a firm grasp of medical terminology').and.include(readableOpening('hard-skills'));
        expect(text).not.to.include(readable(Messages.experienceCounts['care-work']));
      });
    }

    for (const [message, field] of [['Bible degree tho, is that a problem', 'bible'], ['art degree though, would that hold me back?', 'art']] as const) {
      it(`"${message}": the usual fields and the route without a degree, not a bare decline (ut39c P10-T4)`, async () => {
        const text = await said(message);
        expect(text).to.include(`whether ${field} counts`).and.include("isn't strictly required").and.include(readableOpening('degree-fields'));
      });
    }
  });
}
