import { expect } from 'chai';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { createEvalBot } from '../../bot/cli/chatEval';
import { ageWeighed, placeChangesAsked } from '../../dialogs/understanding/person/ageOrPlaceTold';
import { chiefPayAsked, handsOnAsked, learningTimeAsked, perkAsked } from '../../dialogs/understanding/questions/beyondTheJobAsked';
import { ownPracticeInView, OWN_PRACTICE_ENTRY } from '../../dialogs/understanding/person/ownPracticeAsked';
import { Messages } from '../../dialogs/rendering/core/messages';
import { addedTimeAsHowLong, withoutComingFrom } from '../../dialogs/understanding/core/plainQuestion';
import { CHAT_CHANNELS, expectChannelSafe, expectShown, readable, readableOpening, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Out-of-scope turns inside a conversation (session 34): after an answer, a message the guide does not answer was read
 * on its own short words and answered with whatever they landed on. How to set up the practice in view or win its
 * clients ("how do i set that up" got coordination of services), an age or a place told and weighed beside a question
 * asked only of it ("we're in australia, does that change anything" got care planning), now get the guide's silence.
 * Ordinary follow-ups keep their answers. The real bot.
 */

const kb = knowledge();

describe('the practice in view asked how to set up, read', () => {
  for (const said of ['how do i set that up', 'how would I start one?', 'how would i get clients', 'where would I find my own clients?', 'do they need insurance for that', 'do i need a business license for that', 'what should I charge?']) {
    it(`"${said}" after working for oneself asks how to set it up`, () => expect(ownPracticeInView(said, OWN_PRACTICE_ENTRY)).to.equal(true));
  }
  for (const said of ['and for kids?', 'how long does that take?', 'which one pays more?', 'what about the CMC?', 'where do they work', 'is it stressful', 'do they need a degree for that', 'do insurance companies hire care managers']) {
    it(`"${said}" after working for oneself asks something else`, () => expect(ownPracticeInView(said, OWN_PRACTICE_ENTRY)).to.equal(false));
  }
  it('"how do i set that up" after care planning asks nothing of a practice', () => expect(ownPracticeInView('how do i set that up', 'care-planning')).to.equal(false));
});

describe('an age or a place told and weighed, read', () => {
  for (const said of ["I'm 63 myself, would being older be an advantage there?", 'do employers hire care managers over 50', "I'm 52, would they even hire me?", 'im in my fifties, will that count against me?']) {
    it(`"${said}" weighs an age`, () => expect(ageWeighed(said)).to.equal(true));
  }
  // An age told in a story whose question weighs something else (tester ut34c, fa #1: was "the guide doesn't say anything about age").
  for (const said of ["Hi there :) I'm 41 and I've been a flight attendant for 17 years. I have a bachelor's in communications. I'm great with people in stressful situations and I'm fluent in Spanish. Would those skills matter in care management?", "I'm 50. I've run a kitchen for years. Does that matter?"]) {
    it(`"${said.slice(0, 40)}..." weighs the story, not the age`, () => expect(ageWeighed(said)).to.equal(false));
  }
  for (const said of ['I am 58. Could it be too late for me?', 'at 45 would they hire me without a degree?', "I'm 55 and I'd like to know how long it takes", 'do they work with over 50 clients at once?', 'what do they earn over 50k', 'how long does that take?', 'and for kids?']) {
    it(`"${said}" weighs no age alone`, () => expect(ageWeighed(said)).to.equal(false));
  }
  for (const said of ["we're in australia, does that change anything", "I'm in Ireland, would any of that be different there?", 'we live in canada, does that matter?', 'the first one, is there a UK branch?', 'do they have a chapter in Canada?', 'is there an equivalent in Ireland?']) {
    it(`"${said}" asks whether a place changes it`, () => expect(placeChangesAsked(said, kb)).to.equal(true));
  }
  for (const said of ['does that change anything', 'how long does that take?', 'which one pays more?', 'what about the CMC?', "I'm in Ireland, how long does it take?", 'is there a certification for that?', 'is there an office job version?']) {
    it(`"${said}" asks nothing of a place`, () => expect(placeChangesAsked(said, kb)).to.equal(false));
  }
});

/** Ordinary follow-ups, none of which asks what the guide never says of the job. */
const ORDINARY = ['and for kids?', 'how long does that take?', 'which one pays more?', 'what about the CMC?', 'do they manage meds?', 'do they handle insurance?', 'what are the benefits of certification?', 'how long does it take to get a degree?', 'what do they earn', 'and the vp?'];

describe('what the guide never says of the job, read', () => {
  for (const [said, perk] of [
    ['do they get stock options?', 'stock options'],
    ['do care manager jobs come with childcare help?', 'childcare help'],
    ['any paid time off?', 'paid time off'],
    ['is there a pension', 'pension'],
  ] as const) {
    it(`"${said}" asks of ${perk}`, () => expect(perkAsked(said)).to.equal(perk));
  }
  for (const [said, task] of [
    ['do care managers have to give shots', 'give shots'],
    ['can they pass meds like a cma?', 'pass meds'],
    ['would I be drawing blood?', 'draw blood'],
    ['do they do wound care?', 'do wound care'],
  ] as const) {
    it(`"${said}" asks whether they ${task}`, () => expect(handsOnAsked(said)).to.equal(task));
  }
  for (const said of ['how long does EHR training take?', 'how long would it take to learn that?', 'how long to get good at that?']) {
    it(`"${said}" asks how long learning takes`, () => expect(learningTimeAsked(said)).to.equal(true));
  }
  for (const said of ['how much does a CCO earn?', 'What would a Chief Care Officer be paid?', "what's the chief care officer's salary"]) {
    it(`"${said}" asks the chief care officer's pay`, () => expect(chiefPayAsked(said)).to.equal(true));
  }
  for (const said of [...ORDINARY, 'how long does it take to train for the ccm?', 'what does a chief care officer do', 'how long is the extra training?', 'kids. how long is the extra training?']) {
    it(`"${said}" asks none of these`, () => {
      expect([perkAsked(said), handsOnAsked(said)]).to.deep.equal([null, null]);
      expect([learningTimeAsked(said), chiefPayAsked(said)]).to.deep.equal([false, false]);
    });
  }
});

describe('time added, read as how long it takes', () => {
  for (const [said, read] of [
    ["How much longer does the master's add?", "how long does the master's take?"],
    ["how many extra years would the master's add?", "how long does the master's take?"],
    ["how much extra time does the master's add?", "how long does the master's take?"],
  ] as const) {
    it(`"${said}" is "${read}"`, () => expect(addedTimeAsHowLong(said)).to.equal(read));
  }
  for (const said of ['how much longer?', 'how much do they earn', 'how long does that take?', 'how many more years of experience do I need']) {
    it(`"${said}" is read as typed`, () => expect(addedTimeAsHowLong(said)).to.equal(said));
  }
});

describe('the background said after a question, read apart from it', () => {
  for (const [said, read] of [
    ['which of these would I still need to learn, coming from airlines?', 'which of these would I still need to learn?'],
    ['which ones would be new to me, coming from retail?', 'which ones would be new to me?'],
    ['how long would it take, coming from hospitality?', 'how long would it take?'],
  ] as const) {
    it(`"${said}" asks "${read}"`, () => expect(withoutComingFrom(said)).to.equal(read));
  }
  for (const said of ['and for kids?', 'where do the clients come from?', 'coming from retail?', 'how long does that take?']) {
    it(`"${said}" is read as typed`, () => expect(withoutComingFrom(said)).to.equal(said));
  }
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`out-of-scope turns after an answer, declined (${channelName})`, () => {
    for (const said of ['how do i set that up', 'how would i get clients', 'do they need insurance for that']) {
      it(`"${said}" after working for oneself says the guide gives no steps, never another answer`, async () => {
        const chat = startGuided({ channelId });
        await chat.say('can a care manager work independently');
        const replies = await chat.say(said);
        expectShown(replies, Messages.direct.ownPracticeNotSaid.replace(/ All it says[^]*$/, ''));
        expect(readable(shownText(replies))).not.to.include(readableOpening('coordination'));
        expect(readable(shownText(replies))).not.to.include(readableOpening('care-planning'));
        expectChannelSafe(channelId, replies, said);
      });
    }

    it('"we\'re in australia, does that change anything" after the degrees says the guide names no country, not care planning', async () => {
      const chat = startGuided({ channelId });
      await chat.say('which degree should she study for care management');
      const replies = await chat.say("we're in australia, does that change anything");
      expectShown(replies, Messages.guideOfAPlace.slice(0, 60));
      expect(readable(shownText(replies))).not.to.include(readableOpening('care-planning'));
      expectChannelSafe(channelId, replies, 'place');
    });

    it('"I\'m 63 myself, would being older be an advantage there?" after geriatric care says the guide speaks of no age', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what is geriatric care management');
      const replies = await chat.say("I'm 63 myself, would being older be an advantage there?");
      expectShown(replies, Messages.aspectNotGiven.age.slice(0, 40));
      expect(readable(shownText(replies))).not.to.include(readableOpening('certification-benefits'));
      expectChannelSafe(channelId, replies, 'age');
    });

    for (const [first, said, lead, notShown] of [
      ['what is the top pay level', 'do they get stock options?', Messages.beyondTheJob.perk('stock options'), 'certifications'],
      ['what does a care manager do day to day', 'can they pass meds like a cma?', Messages.beyondTheJob.handsOn('pass meds'), 'cmc'],
      ['what computer skills do care managers need', 'how long does EHR training take?', Messages.beyondTheJob.learningTime, 'how-long'],
      ['what does a chief care officer do?', 'how much does a CCO earn?', Messages.beyondTheJob.chiefPay, 'salary-director'],
    ] as const) {
      it(`"${said}" after "${first}" says what the guide does not say, not the ${notShown} answer`, async () => {
        const chat = startGuided({ channelId });
        await chat.say(first);
        const replies = await chat.say(said);
        // A lead into the answer just shown ("Here is what it says they do day to day:") points at it instead (repair34).
        expectShown(replies, lead.replace(/ Here is what it says[^:]*:$/, ''));
        expect(readable(shownText(replies))).not.to.include(readableOpening(notShown));
        expectChannelSafe(channelId, replies, said);
      });
    }

    it('"how many extra years would the master\'s add?" after the degrees gets the master\'s two more years, not "I don\'t have an answer"', async () => {
      const chat = startGuided({ channelId });
      await chat.say("Do I need a bachelor's or a master's to be a care manager?");
      const replies = await chat.say("how many extra years would the master's add?");
      expect(readable(shownText(replies))).to.include("A master's typically takes about two more years");
      expectChannelSafe(channelId, replies, 'master years');
    });

    it('"which of these would I still need to learn, coming from airlines?" after the skills is answered from the skills, not "outside what I can help with"', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what skills do care managers need');
      const replies = await chat.say('which of these would I still need to learn, coming from airlines?');
      expect(readable(shownText(replies))).to.include(readableOpening('hard-skills'));
      expectChannelSafe(channelId, replies, 'coming from');
    });

    it('ordinary follow-ups after working for oneself keep their answers', async () => {
      const chat = startGuided({ channelId });
      await chat.say('can a care manager work for themselves');
      expect(readable(shownText(await chat.say('where do they work')))).to.include(readableOpening('where-they-work'));
      expect(readable(shownText(await chat.say('and for kids?')))).to.include(readableOpening('pediatric'));
    });
  });
}

describe('the extra training asked how long, counted as declined', () => {
  it('"how long is the extra training?" after how to specialize answers no entry (the guide gives it no time)', async () => {
    const engine = createAnswerEngine(kb);
    const bot = createEvalBot(kb, engine);
    const address = { conversation: 'extra-training', user: 'extra-training' };
    await bot.send(address, 'How do I specialise in a particular area of care management?');
    const { taking } = await bot.send(address, 'how long is the extra training?');
    expect(taking.answered).to.deep.equal([]);
  });
});
