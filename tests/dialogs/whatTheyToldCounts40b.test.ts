import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { shortOfABachelorsTold } from '../../dialogs/understanding/person/shortOfABachelorsTold';
import { counselingWithoutItsPlace, faithCareTold } from '../../dialogs/understanding/person/experienceCounts';
import { volunteeringInCareTold } from '../../dialogs/understanding/person/volunteeringTold';
import { ownWorkLikeTheJob } from '../../dialogs/understanding/person/ownWorkLikeTheJob';
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

  it('reads care or counseling told in a religious setting, and counseling asked of with no place of its own', () => {
    for (const said of ["Hi! I'm a youth pastor, 28, been in ministry 6 years, lots of crisis counseling with teens and families, connecting them to resources, doing home visits.", 'I run the pastoral care team at our church, visiting the sick and counselling families']) expect(faithCareTold(said), said).to.equal(true);
    for (const said of ['I have faith I could do this job', 'I work at a hospital as a nurse']) expect(faithCareTold(said), said).to.equal(false);
    for (const said of ['Would my counseling with teens count as experience?', 'does all that counselling count for anything?']) expect(counselingWithoutItsPlace(said), said).to.equal(true);
    for (const said of ['does 5 years doing addiction counselling count?', 'would my counseling at the hospital count?']) expect(counselingWithoutItsPlace(said), said).to.equal(false);
  });

  it('reads volunteering in care told in a story', () => {
    for (const said of ["I've been a hospice volunteer for about 3 yrs, sitting with patients, helping families", 'I volunteered at the hospital every weekend for two years']) expect(volunteeringInCareTold(said), said).to.equal(true);
    for (const said of ['I volunteered to run the office party', 'I work at a hospital']) expect(volunteeringInCareTold(said), said).to.equal(false);
  });

  it('reads their own work set beside a care coordinator\'s they know, as the job weighed', () => {
    for (const said of ['i work front desk at a family medicine clinic, been doing scheduling, insurance verification, prior auths for like 4 yrs. i see our care coordinator and think i could do her job lol', "I book appointments and chase insurance paperwork all day. Honestly I reckon I could do our care manager's job"]) expect(ownWorkLikeTheJob(said), said).to.not.equal(null);
    for (const said of ['I book appointments all day and I could do her job', 'i see our care coordinator every day']) expect(ownWorkLikeTheJob(said), said).to.equal(null);
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

    for (const [story, asked] of [
      ["Hi! I'm a youth pastor, 28, been in ministry 6 years, lots of crisis counseling with teens and families, connecting them to resources, doing home visits. Bachelor's in Biblical studies. Could I move into pediatric care management?", 'Would my counseling with teens count as experience?'],
      ['I lead the pastoral care ministry at my church, lots of counselling with couples and families. Could this be a career?', 'would my counselling count as experience?'],
    ] as const) {
      it(`"${asked}" after faith work told: the guide doesn't speak of a ministry's counseling, no "Yes" (ut39c P10-T3)`, async () => {
        const text = await said(story, asked);
        expect(text).to.include(readable(Messages.experienceNotSaid.faithCounselingToldBefore)).and.not.include('Yes:');
      });
    }

    it('addiction counselling asked of after faith work told is still work in the field', async () => {
      const text = await said('I lead the pastoral care ministry at my church, lots of counselling with families.', 'I also did 5 years doing addiction counselling, does that count?');
      expect(text).to.include('Yes').and.not.include(readable(Messages.experienceNotSaid.faithCounselingToldBefore));
    });

    for (const message of ["I've been a hospice volunteer for about 3 yrs, sitting with patients, helping families. I'm a retired postal worker (62). Would care managers work in hospice too?", 'I volunteered at the hospital every weekend for two years. How much do care managers make?']) {
      it(`"${message}": how the guide counts the volunteering, then the question (ut39c P04-T2)`, async () => {
        const text = await said('hey there', message);
        expect(text).to.include(readable(Messages.volunteeringBeside));
      });
    }

    it('volunteering asked of itself gets its own answer, not the line beside it', async () => {
      const text = await said('hey there', 'I volunteered at the hospital every weekend for two years. Does that count as experience?');
      expect(text).not.to.include(readable(Messages.volunteeringBeside));
    });

    for (const message of ['i work front desk at a family medicine clinic, been doing scheduling, insurance verification, prior auths for like 4 yrs. i see our care coordinator and think i could do her job lol', "I book appointments and chase insurance paperwork all day. Honestly I reckon I could do our care manager's job"]) {
      it(`"${message.slice(0, 60)}...": what of the guide's list of duties their work matches, not a stock card (ut39c P02-T2)`, async () => {
        const text = await said('hi', message);
        expect(text).to.include('matches part of what the guide says a care manager does').and.include('paperwork');
      });
    }

    it('the same area asked of two turns after its card: the card itself, not a pointer', async () => {
      const text = await said('Could I move into pediatric care management?', 'how much do care managers earn?', 'What does pediatric care management involve exactly?');
      expect(text).to.include(readableOpening('pediatric')).and.not.include(readable(Messages.sameAnswerAbove('Pediatric care')));
    });
  });
}
