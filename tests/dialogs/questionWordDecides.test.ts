import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { gapsAsked } from '../../dialogs/understanding/person/ownGapAsked';
import { skippedWith, stepsSkippedAsked } from '../../dialogs/understanding/person/stepsSkipped';
import { otherJobPaid } from '../../dialogs/understanding/questions/otherJobPaid';
import { areaNearTheStoryAsked } from '../../dialogs/understanding/questions/areaNearTheStory';
import { sourceOfTheClaimAsked } from '../../dialogs/understanding/talk/sourceOfTheClaimAsked';
import { CHAT_CHANNELS, readable, readableOpening, saidIn, startGuided, stepShown } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * The question asked decides the answer, not a neighbour of its keywords (tester ut35c section 4 kind 2, session 35's
 * notes): a story told before "where would someone like me start?" does not pick the answer; "what would I be missing"
 * gets the gaps, not a time; "where does it say that?" asks of the reply, not where care managers work; another job's
 * pay says the guide gives only the care managers'; skipping steps with a background says the guide doesn't say; a
 * degree in a field asked as a related field is weighed; an area close to the work told is not the answer in view's
 * line. Each for made-up phrasings, and none of them for the ordinary question beside it.
 */
describe('the question word decides: readers', () => {
  const kb = knowledge();

  describe('what the writer is missing, asked as gaps', () => {
    for (const said of ['what would I be missing to move into our care mgmt team?', 'what am I lacking?', 'what gaps do I have?', "so what would i still be missing, realistically?"]) {
      it(`"${said}" asks it`, () => expect(gapsAsked(said)).to.equal(true));
    }
    for (const said of ['how long would it take me, and what am I missing?', 'what is left for me?', 'what skills do care managers need?', 'am I missing something about the CCM exam?']) {
      it(`"${said}" does not`, () => expect(gapsAsked(said)).to.equal(false));
    }
  });

  describe('where the guide says what was just said', () => {
    for (const said of ['Where does it say that?', 'wait where did you read that', 'says who?', 'which part of the guide says that?', 'where is that in the guide?']) {
      it(`"${said}" asks it`, () => expect(sourceOfTheClaimAsked(said)).to.equal(true));
    }
    for (const said of ['where do care managers work?', 'where do I start?', 'where does a care manager work day to day?', 'where can I get the CCM?']) {
      it(`"${said}" does not`, () => expect(sourceOfTheClaimAsked(said)).to.equal(false));
    }
  });

  describe("another job's pay", () => {
    for (const [said, job] of [
      ['my friends are nurses. what do they make?', 'nurses'],
      ['what do nurses earn compared to care managers?', 'nurses'],
      ['My wife is a social worker, how much does she earn?', 'social workers'],
      ['how much do RNs make compared with care managers?', 'RNs'],
    ] as const) {
      it(`"${said}" -> ${job}`, () => expect(otherJobPaid(said)).to.equal(job));
    }
    // Asked alone, another job's pay is the guide's silence on its ground (groundOfTheGuide.ts), not this reader's.
    for (const said of ['what do nurses make?', "I'm a nurse. what do they make?", "I'm a nurse making 70k. what do care managers make?", 'my mom is a nurse and says care managers make more. what do they make?', 'what do care managers make?', 'what decisions do they make?']) {
      it(`"${said}" is the care managers' pay or none`, () => expect(otherJobPaid(said)).to.equal(null));
    }
  });

  describe('skipping the steps with a background', () => {
    for (const said of ['does the NP help me skip any steps at all?', 'can I skip some steps with my BSN?', 'would my 10 years let me fast-track?', 'do i still have to start at the bottom even with a master\'s?']) {
      it(`"${said}" asks it`, () => expect(stepsSkippedAsked(said)).to.equal(true));
    }
    for (const said of ['can I skip this one?', 'skip to step 5', 'can I skip step 3?', 'what does a junior care manager do?']) {
      it(`"${said}" does not`, () => expect(stepsSkippedAsked(said)).to.equal(false));
    }
    it('what might let them skip is said back as theirs', () => {
      expect(skippedWith('can I skip some steps with my BSN?')).to.equal('your BSN');
      expect(skippedWith('does the NP help me skip any steps at all?')).to.equal('the NP');
    });
  });

  describe('an area close to the work told', () => {
    for (const said of [
      'So much of what I do now is sitting with dying patients and grieving families. Is there a specialty close to that?',
      'I volunteer at a homeless shelter. Is there an area close to that?',
      'I work in a prison clinic. Is there any specialty like that?',
    ]) {
      it(`"${said}" asks it`, () => expect(areaNearTheStoryAsked(kb, said)).to.equal(true));
    }
    for (const said of ['I work with kids who have autism. is there a specialty close to that?', 'my job is mostly with older people. is there an area like that?', 'is there a specialty for kids?', 'Is there a specialty close to that?']) {
      it(`"${said}" does not`, () => expect(areaNearTheStoryAsked(kb, said)).to.equal(false));
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the question word decides, not a neighbour of its keywords (${channelName})`, () => {
    const said = saidIn(channelId);

    it('"where would someone like me start?" after a story with an age starts the walk, never the guide\'s silence on age (ut35a P03 m1)', async () => {
      for (const message of [
        "Good afternoon. I'm 55 and for the last nine years I've worked as an assistant to the chaplain at a regional hospital. I sit with patients and families, a lot of them facing end of life, and I often end up helping them figure out who to call about home care or paperwork after discharge. A nurse told me I'd make a good care manager. I have an associate's degree in liberal arts. Where would someone like me start?",
        'where would someone like me start?',
        'Where should a person in my position begin?',
      ]) {
        const chat = startGuided({ channelId });
        const replies = await chat.say(message);
        expect(stepShown(replies), message).to.equal(1);
        expect(readable(replies.map((reply) => reply.text ?? '').join(' ')), message).not.to.include("doesn't say anything about age");
      }
    });

    it('"what would I be missing" after a degree told gets the steps ahead, not a time (ut35a P05 m3)', async () => {
      for (const message of [
        "great. I've got a bachelors in communications, no clinical background. I manage 14 agents. what would I be missing to move into our care mgmt team?",
        'I have a BA in business and 3 years as a bank teller. what am I lacking to become a care manager?',
        "I'm a social worker with a BSW, 2 years at a hospital. what gaps do I have?",
      ]) {
        const text = await said(message);
        expect(text, message).to.include("these are the parts of the guide's route you haven't told me you have");
        expect(text, message).not.to.match(/\d to \d years/);
      }
      // The time asked is still the time.
      expect(await said("I'm a social worker with a BSW, 2 years at a hospital. what's left for me?")).not.to.include("you haven't told me you have");
    });

    it('"where does it say that?" asks of the reply, never where care managers work (ut35a P10 m2)', async () => {
      const beside = await said(
        "Hola! I'm a certified medical interpreter, Spanish-English, 47 years old. I interpret at a big hospital system, lots of family meetings and discharge planning. Do care managers need to be bilingual, and would it help me get hired?",
        'Wait, yes they need to be bilingual? Where does it say that?',
      );
      expect(beside).to.include("The guide doesn't mention speaking other languages");
      expect(beside).not.to.include(readableOpening('where-they-work'));
      const alone = await said('how long does it take to become a care manager?', 'where does it say that?');
      expect(alone).to.include(readable(Messages.sourceOfTheAnswer('How long it takes', 'section "FAQs: How long does it take to be a Care Manager?"')));
      expect(alone).not.to.include(readableOpening('where-they-work'));
      expect(await said('what are the licensing rules?', 'where did you read that?')).to.include('comes from the guide');
      // Where care managers work is still that.
      expect(await said('where do care managers work?')).to.include(readableOpening('where-they-work'));
    });

    it("another job's pay says the guide gives only the care managers', then theirs (session 35's notes)", async () => {
      const cases: ReadonlyArray<readonly [readonly string[], string]> = [
        [['how much do care managers make?', 'my friends are nurses. what do they make?'], 'nurses'],
        [['my wife is a social worker, how much does she earn?'], 'social workers'],
        [['what do nurses earn compared to care managers?'], 'nurses'],
      ];
      for (const [messages, jobs] of cases) {
        const text = await said(...messages);
        // Its first sentence: with the pay answer just shown, the reply points at it instead of showing it again.
        expect(text, messages.join(' / ')).to.include(readable(Messages.beyond.otherJobPay(jobs)).split(' Here is')[0]!);
      }
      expect(await said('my friends are nurses. what do they make?')).to.include(readableOpening('salary'));
      for (const message of ["I'm a nurse. what do they make?", 'how much do care managers make?']) {
        expect(await said(message), message).not.to.include('The guide gives pay only for care managers');
      }
    });

    it('skipping steps with a background says the guide does not say, and where most careers start (ut35a P04 m5)', async () => {
      for (const [message, thing] of [
        ['does the NP help me skip any steps at all? like do i still have to start as a junior care manager', 'the NP'],
        ['can I skip some steps with my BSN?', 'your BSN'],
        ["do i still have to start at the bottom even with a master's?", null],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.beyond.stepsSkippedNotSaid(thing)));
        expect(text, message).to.include(readableOpening('junior-care-manager'));
        expect(text, message).not.to.include(readableOpening('how-to-specialise'));
      }
    });

    it('a degree in a field asked as a related field is weighed, with the other half answered (ut35a P09 m2)', async () => {
      const text = await said('Does a master\'s in psychology count as a "related field"? And would I need a license?');
      expect(text).to.include("doesn't say whether psychology counts as one");
      expect(text).to.include(readableOpening('licensing'));
      expect(text).not.to.include(readableOpening('gaining-experience'));
      for (const message of ['would a BA in english count as a relevant degree?', 'is a psych degree a related field?']) {
        expect(await said(message), message).to.match(/doesn't say whether (?:english|psychology) counts as one/);
      }
    });

    it('an area close to the work told, naming none of the four, says the guide describes none close to it (ut35a P03 m7)', async () => {
      const text = await said(
        'Could I get one of those certifications instead of the degree?',
        'CMC certification',
        "So I'd need a degree for that one anyway. Hmm. So much of what I do now is sitting with dying patients and grieving families. Is there a specialty close to that?",
      );
      expect(text).to.include(readable(Messages.direct.noAreaNearTheStory));
      expect(text).to.include(readableOpening('specialisations'));
      expect(text).not.to.include('The part that comes closest');
      expect(await said('I work in a prison clinic. Is there any specialty like that?')).to.include(readable(Messages.direct.noAreaNearTheStory));
      // Work that names an area is that area.
      expect(await said('I work with kids who have autism. is there a specialty close to that?')).to.include(readableOpening('pediatric'));
    });
  });
}
