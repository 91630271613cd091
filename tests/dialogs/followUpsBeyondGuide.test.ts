import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { RecentMessages } from '../../dialogs/rendering/core/recentAnswers';
import { aspectCarriedOver } from '../../dialogs/understanding/inView/aspectCarried';
import { namesAskedAwayFromView } from '../../dialogs/understanding/inView/aspectInView';
import { tellsOfFaithWork } from '../../dialogs/understanding/person/experienceCounts';
import { narrowedBeyondView } from '../../dialogs/understanding/inView/narrowedInView';
import { ownThingWeighed } from '../../dialogs/understanding/person/ownThingWeighed';
import { startWithSaid } from '../../dialogs/understanding/questions/startWithAsked';
import { beyondAsked } from '../../knowledge/beyondGuide';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Follow-ups the guide does not answer, said plainly with what it says nearby (session 32, followupsAL and tester ut31a):
 * care in a religious setting asked whether it counts ("does pastoral counseling count?") is not said to be the
 * counseling the guide names; names asked of the answer in view that the words alone read far from it ("any job boards
 * you'd recommend?" after finding a job) get "the guide doesn't give names", not the degrees; which certification to
 * take first gets the guide's "start with the CCM", not "it doesn't rank them"; a place told of oneself beside a
 * certification question is not a question of that place, and one asked of gets what the guide lacks, plainly.
 */

const kb = knowledge();
const entry = (id: string) => kb.faqById.get(id)!;

describe('follow-ups the guide does not answer, said plainly (session 32)', () => {
  describe('care in a religious setting', () => {
    for (const said of ['does pastoral counseling count?', 'does counseling in a church setting count?', 'I did youth ministry counseling at my parish, would that count?', 'what about faith-based counselling?']) {
      it(`"${said}" tells of care in a religious setting`, () => expect(tellsOfFaithWork(said)).to.equal(true));
    }
    for (const said of ['does counseling count?', 'i have been a hospital chaplain for 5 years, does that count?', 'I work as a school counselor', 'does my social work count?']) {
      it(`"${said}" does not`, () => expect(tellsOfFaithWork(said)).to.equal(false));
    }
  });

  describe('a thing of their own, by a name the guide never says, weighed as enough', () => {
    for (const [said, thing] of [
      ['our church office runs on Excel - is that enough?', 'Excel'],
      ['I know Google Sheets pretty well, would that be enough?', 'Google Sheets'],
      ['we use Salesforce at work, is that good enough?', 'Salesforce'],
      ['I use Epic every day, would that do?', 'Epic'],
    ] as const) {
      it(`"${said}" weighs ${thing}`, () => expect(ownThingWeighed(said, entry('computer-skills'), kb)).to.equal(thing));
    }
    for (const said of ["is a bachelor's enough?", 'is that enough?', 'Is EHR experience enough?', 'I have a BSN, is that enough?', 'is 2 years enough?', 'I did an MBA, is that enough?', 'we use Excel, what else should I learn?']) {
      it(`"${said}" weighs no name the guide never says`, () => expect(ownThingWeighed(said, entry('computer-skills'), kb)).to.equal(null));
    }
  });

  describe('the answer in view narrowed to a setting it never names', () => {
    for (const [id, said, thing] of [
      ['work-hours', 'is it a 9 to 5 at the insurance companies specifically?', 'insurance companies'],
      ['work-hours', 'are the hours different in hospitals in particular?', 'hospitals'],
      ['salary', 'how much do they make in hospitals exactly?', 'hospitals'],
      ['daily-duties', 'what do they do in a hospital exactly?', 'a hospital'],
    ] as const) {
      it(`"${said}" after ${id} is narrowed to ${thing}`, () => expect(narrowedBeyondView(said, entry(id), kb)).to.equal(thing));
    }
    for (const [id, said] of [
      ['work-hours', 'evenings specifically?'],
      ['work-hours', 'which days exactly?'],
      ['work-hours', 'what are the duties specifically?'],
      ['certifications', 'which one exactly?'],
      ['where-they-work', 'what do they do in hospitals specifically?'],
      ['salary', 'how much exactly for a senior?'],
      ['work-hours', 'are they on call at hospitals?'],
      // A thing with an answer of its own asked after another answer is a new question (ut38c P03-T6).
      ['without-degree', 'what are the requirements for the CMC exactly, how many hours of supervised experience'],
      ['salary', 'how much does the CCM cost exactly?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(narrowedBeyondView(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('the same asked of the other of two, after a reply that said the guide does not give it', () => {
    const offered = { ids: ['cmc'], about: 'cmc', question: 'how much does the CMC exam cost' };
    for (const said of ['and the CCM?', 'what about the CCM', 'ccm?', 'same for the CCM?']) {
      it(`"${said}" after no cost for the CMC exam carries the cost to the CCM`, () => {
        const carried = aspectCarriedOver(said, offered, kb);
        expect([carried?.other.id, carried?.asked.aspect]).to.deep.equal(['ccm', 'cost']);
      });
    }
    for (const said of ['and the CMC?', 'who offers the CCM?', 'thanks', 'what does the CCM cover?']) {
      it(`"${said}" carries nothing`, () => expect(aspectCarriedOver(said, offered, kb)).to.equal(null));
    }
    it('pay is not carried: the guide gives pay by level for every area (its own reply)', () => {
      expect(aspectCarriedOver('and pediatric?', { ids: ['geriatric'], about: 'geriatric', question: 'how much do geriatric care managers earn' }, kb)).to.equal(null);
    });
    it('nothing is carried without a declined question', () => expect(aspectCarriedOver('and the CCM?', { ids: ['cmc'] }, kb)).to.equal(null));
  });

  describe('which to take first', () => {
    for (const said of ['Which certification should I get first, CCM or CMC?', 'ccm or cmc, which one to start with?', 'should i do the CMC first or the CCM?']) {
      it(`"${said}" gets the one the guide says to start with`, () => expect(startWithSaid(said, [entry('certifications')])).to.equal('CCM'));
    }
    for (const said of ['which is better, ccm or cmc?', 'which is harder, ccm or cmc?']) {
      it(`"${said}" asks no order`, () => expect(startWithSaid(said, [entry('certifications')])).to.equal(null));
    }
  });

  describe('names asked away from the answer in view', () => {
    it('"any job boards you\'d recommend?" after finding a job: the guide gives no names for it', () => {
      expect(namesAskedAwayFromView("any job boards you'd recommend?", entry('finding-a-job'), [entry('degree-fields')], kb)?.about[0]?.id).to.equal('finding-a-job');
    });
    it('names the answer reached gives next to the one in view are not asked away ("which organizations offer them?" after the CCM)', () => {
      expect(namesAskedAwayFromView('which organizations offer them?', entry('certifications'), [entry('cmc')], kb)).to.equal(null);
    });
    for (const [id, said, reached] of [
      ['finding-a-job', 'what certifications would you recommend?', 'certifications'],
      ['daily-duties', 'which software do they use?', 'computer-skills'],
      ['finding-a-job', 'which professional organizations should I join?', 'professional-organizations'],
    ] as const) {
      it(`"${said}" after ${id} is answered by ${reached}, which names or says the thing asked`, () => {
        expect(namesAskedAwayFromView(said, entry(id), [entry(reached)], kb)).to.equal(null);
      });
    }
  });

  describe('a certification and a place', () => {
    it('a place told of oneself beside "which certification first?" is no question of that place', () => {
      expect(beyondAsked('I am a school nurse in Minnesota, 14 years. Which certification should I get first, CCM or CMC?', kb)).to.equal(null);
    });
    for (const said of ['I live in Portugal. Is there a certification for it here?', 'I am in Lisbon. which certification do I need there?', 'is there a certification in Poland?', 'is there a german certificate?']) {
      it(`"${said}" asks a certification of a place`, () => expect(beyondAsked(said, kb)?.kind).to.equal('certification-place'));
    }
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`in ${name}`, () => {
      it('"does pastoral counseling count?" after the first jobs says the guide does not speak of it, not "Yes"', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what jobs can I start in on the way to becoming a care manager?');
        const replies = await chat.say('does pastoral counseling count?');
        expectShown(replies, Messages.experienceNotSaid.faith(true), answerOpening('gaining-experience'));
        expect(readable(shownText(replies))).not.to.include('Yes:');
        expectChannelSafe(channelId, replies, 'pastoral');
      });

      it('"does counseling in a church setting count?" after what is needed is work weighed, not a field of study', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what do I need to become a care manager?');
        const replies = await chat.say('does counseling in a church setting count?');
        expectShown(replies, Messages.experienceNotSaid.faith(true));
        expect(readable(shownText(replies))).not.to.include('counts as one');
        expectChannelSafe(channelId, replies, 'church');
      });

      it('"any job boards you\'d recommend?" after finding a job says the guide gives no names, not the degrees', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how do I find a job as a care manager?');
        const replies = await chat.say("any job boards you'd recommend?");
        expectShown(replies, Messages.aspectNotGiven.names);
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('degree-fields')));
        expectChannelSafe(channelId, replies, 'job boards');
      });

      it('"our church office runs on Excel - is that enough?" after the computer skills says the guide does not mention Excel, then points at those skills just shown', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what computer skills does a care manager need?');
        const replies = await chat.say('our church office runs on Excel - is that enough?');
        expectShown(replies, Messages.thingNotMentioned('Excel', entry('computer-skills').title).replace(/:$/, ''), RecentMessages.justAbove);
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('bachelors-or-masters')));
        expectChannelSafe(channelId, replies, 'Excel');
      });

      it('"is it a 9 to 5 at the insurance companies specifically?" after the hours says the guide gives no hours for them, then points at the hours just shown', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what are the hours like?');
        const replies = await chat.say('is it a 9 to 5 at the insurance companies specifically?');
        expectShown(replies, Messages.notSaidInParticular('insurance companies', entry('work-hours').title).replace(/:$/, ''), RecentMessages.justAbove);
        expectChannelSafe(channelId, replies, 'insurance companies');
      });

      it('"and the CCM?" after no cost for the CMC exam says the guide gives none for the CCM either, not the CCM overview', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how much does the CMC exam cost');
        const replies = await chat.say('and the CCM?');
        expectShown(replies, Messages.notGivenEither('the CCM certification'));
        // The CCM named in a line beside its button, never its whole answer.
        expect(readable(shownText(replies))).not.to.include('transition management');
        expectChannelSafe(channelId, replies, 'and the CCM');
      });

      it('a school nurse in Minnesota asking which certification first gets "start with the CCM", no country caveat', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say("Hi! I'm a school nurse (RN, BSN) in Minnesota, 14 years. Probably pediatric. Which certification should I get first, CCM or CMC?");
        expectShown(replies, Messages.direct.startWith('CCM'));
        expect(readable(shownText(replies))).not.to.include(readable(Messages.beyond.certificationPlace)).and.not.to.include(readable(Messages.direct.notRanked));
        expectChannelSafe(channelId, replies, 'which first');
      });

      it('"I live in Portugal, are the certifications valid here?" says the guide says nothing of where they are recognized', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say('healthcare assistant sounds ok. but I live in Portugal, are the certifications valid here?');
        expectShown(replies, Messages.beyond.certificationPlace, answerOpening('certifications'));
        expectChannelSafe(channelId, replies, 'Portugal');
      });
    });
  }
});
