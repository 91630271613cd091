import { expect } from 'chai';
import { AsksLeftMessages } from '../../dialogs/rendering/questions/asksLeftBeside';
import { namedIn } from '../../dialogs/rendering/beyond/nearby';
import { DEGREE_ENTRY } from '../../dialogs/understanding/inView/answerInView';
import { associateToldBeside, degreeToldBeside } from '../../dialogs/understanding/person/degreeToldBeside';
import { partRestated } from '../../dialogs/understanding/core/partRestated';
import { joinTimingAsked } from '../../dialogs/understanding/questions/joinTimingAsked';
import { CHAT_CHANNELS, entryById, readable, saidIn } from './guidedHarness';

/**
 * The second ask of a message, which the answer to the first leaves out (tester ut36c, kind 5): when to join the
 * organizations beside their difference (P08 m9), a degree told "if that matters" beside experience weighed (P10 m7).
 * Each for the tester's words and made-up phrasings, and never for ordinary questions.
 */
const named = namedIn(entryById(DEGREE_ENTRY));
const JOIN_LEAD = readable(AsksLeftMessages.joinTiming);
const DEGREE_LEADS = [readable(AsksLeftMessages.degreeNamed('\u0000').split('\u0000')[0]!), readable(AsksLeftMessages.degreeNotNamed('\u0000', named).split('\u0000')[0]!)];

const ORDINARY = [
  'how long does it take to become a care manager?',
  'do I need a degree?',
  'what is the CMSA?',
  'should I join a professional organization?',
  'can I join CMSA without a degree?',
  'how much do care managers make?',
  'does my degree matter?',
  'does that count?',
  'should i wait until im certified to apply for jobs',
  'which degree is best?',
];

describe('an ask beside the question, which its answer leaves out (readers)', () => {
  it('reads when to join asked, in the tester\'s words and others', () => {
    for (const asked of [
      "What's the difference between CMSA and ACMA? Should I join one now or wait until I'm hired?",
      'is it too early to join the CMSA as a student?',
      'when should I join the ACMA?',
      'should i join before im hired',
      'is it worth waiting until i am hired to join cmsa',
    ])
      expect(joinTimingAsked(asked), asked).to.equal(true);
    for (const asked of ORDINARY) expect(joinTimingAsked(asked), asked).to.equal(false);
  });

  it('reads a degree told "if that matters" beside another question, with its field', () => {
    expect(degreeToldBeside("Would 7 years of fostering count as experience? I also have a bachelor's in communications if that matters.")).to.equal('communications');
    expect(degreeToldBeside('I have a nursing degree if that helps')).to.equal('nursing');
    expect(degreeToldBeside('my degree is in biology fwiw. what do care managers do?')).to.equal('biology');
    expect(degreeToldBeside('I have a BA in psychology, does that help?')).to.equal('psychology');
    for (const asked of [...ORDINARY, 'I have a BA in psychology. does the CCM matter?']) expect(degreeToldBeside(asked), asked).to.equal(null);
  });

  it('reads an associate degree told as a worry, and a part that only restates or points at the other', () => {
    for (const told of ['even with my license lapsed though? and I only have my ADN, not a BSN', 'do I need a license? I only have my ADN', 'just an associates in science. does that matter?'])
      expect(associateToldBeside(told), told).to.equal(true);
    for (const asked of [...ORDINARY, 'I have an ADN, would I need a BSN?', 'what is an associate degree?']) expect(associateToldBeside(asked), asked).to.equal(false);
    for (const part of ['I mean am I eligible.', 'ok and the ADN thing?', 'what about the license part', 'i meant the pay']) expect(partRestated(part), part).to.equal(true);
    for (const part of [...ORDINARY, 'do I need a license?', 'and the pay?', 'what does a care manager do']) expect(partRestated(part), part).to.equal(false);
  });
});

for (const [label, channelId] of CHAT_CHANNELS) {
  describe(`an ask beside the question, which its answer leaves out (${label})`, () => {
    const said = saidIn(channelId);

    it('says when to join after the difference between the CMSA and the ACMA (ut36c P08 m9)', async () => {
      const reply = await said("What's the difference between CMSA and ACMA? Should I join one now or wait until I'm hired?");
      expect(reply).to.include('Case Management Society of America');
      expect(reply).to.include(JOIN_LEAD);
    });

    it('says when to join asked alone, with what membership gives', async () => {
      const reply = await said('is it too early to join the CMSA as a student?');
      expect(reply).to.include(JOIN_LEAD);
      expect(reply).to.include('networking');
    });

    it('weighs the communications degree told beside the fostering years (ut36c P10 m7)', async () => {
      const reply = await said("Would 7 years of fostering count as experience? I also have a bachelor's in communications if that matters.");
      expect(reply).to.include(readable(AsksLeftMessages.degreeNotNamed('communications', named)));
      // The experience half is still answered.
      expect(reply).to.include('health or social services');
    });

    it('says the guide names nursing for a nursing degree told beside years asked of', async () => {
      const reply = await said('does my 5 years as a CNA count? I have a nursing degree if that helps');
      expect(reply).to.include(readable(AsksLeftMessages.degreeNamed('nursing')));
    });

    it('weighs the ADN told beside the lapsed license (ut37a P04 m2)', async () => {
      const reply = await said('even with my license lapsed though? and I only have my ADN, not a BSN');
      expect(reply).to.include('You may need a license');
      expect(reply).to.include(readable(AsksLeftMessages.associate));
    });

    for (const [asked, answered] of [
      ['I mean am I eligible. what do you need for the CMC?', 'Care Manager Certified (CMC)'],
      ['ok and the ADN thing? do I need to go back for my BSN', "A bachelor's degree is the usual starting point"],
    ] as const) {
      it(`does not decline a part that only leads into the one answered ("${asked}", ut37a P11 m2, P04 m3)`, async () => {
        const reply = await said(asked);
        expect(reply).to.include(answered);
        expect(reply).not.to.include("doesn't cover the other part of your question");
      });
    }

    it('adds neither line to ordinary questions', async () => {
      for (const asked of ORDINARY) {
        const reply = await said(asked);
        expect(reply, asked).not.to.include(JOIN_LEAD);
        for (const lead of DEGREE_LEADS) expect(reply, asked).not.to.include(lead);
      }
    });
  });
}
