import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { payCeilingAsked } from '../../dialogs/understanding/questions/payCeilingAsked';
import { questionAfterAside } from '../../dialogs/understanding/core/questionAfterAside';
import { perkAsked } from '../../dialogs/understanding/questions/beyondTheJobAsked';
import { certificationFirstAskedOfTheView } from '../../dialogs/understanding/questions/startWithAsked';
import { withoutCertificatesHeld } from '../../dialogs/understanding/person/certificationHeld';
import { degreeWeighed } from '../../dialogs/understanding/person/experienceCounts';
import { normalise } from '../../dialogs/understanding/core/textMatch';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 40 (misread40), tester ut40a kinds 4, 6 and 8: a keyword no longer wins over the ask. How high pay goes gets
 * the top bands, not moving up; the question after an aside is the one answered; a certificate the person holds asks
 * for no certification; a degree from another country gets no "Yes". Each for made-up phrasings beside the tester's.
 */
describe('misread keywords (misread40): readers', () => {
  it('reads how high pay goes, in words beside pay or a rung, never a limit of something else', () => {
    for (const said of ['And the ceiling if I move up to director?', "what's the most I could ever earn?", 'where does the pay top out?', 'max salary in this field?', 'how high can the salary go?', 'whats the ceiling pay wise'])
      expect(payCeilingAsked(said), said).to.equal(true);
    for (const said of ['is there a cap on caseloads?', 'any age limit?', 'how do i move up to director?', 'what does a director make?', 'whats the highest level', 'top pay as a senior care manager?'])
      expect(payCeilingAsked(said), said).to.equal(false);
  });

  it('reads the question after an aside that sets something aside, never one that points back at the story', () => {
    expect(questionAfterAside("Pay doesn't matter, pension covers me. Is it rewarding?")).to.equal('Is it rewarding?');
    expect(questionAfterAside("Pay doesn't matter much, pension covers me. What matters is I want to be useful. Is it rewarding?")).to.equal('Is it rewarding?');
    expect(questionAfterAside("money isn't a concern for me. what's the day to day like?")).to.equal("what's the day to day like?");
    expect(questionAfterAside('not in it for the money lol. is it stressful')).to.equal('is it stressful');
    for (const said of ["I'm a nurse, 10 years. does that count?", 'pay is important to me. what is the entry salary?', 'Is it rewarding?', "I don't have a degree. can I still do it?"])
      expect(questionAfterAside(said), said).to.equal(null);
  });

  it('reads a perk told in a sentence that asks nothing as no perk asked', () => {
    expect(perkAsked("Pay doesn't matter, pension covers me. Is it rewarding?")).to.equal(null);
    expect(perkAsked('Health insurance is sorted through my husband. Is the work stressful?')).to.equal(null);
    expect(perkAsked('Good pay. Do they get a pension?')).to.equal('pension');
    expect(perkAsked('do they get a pension?')).to.equal('pension');
  });

  it('leaves out a certificate the person holds, keeping a certification asked', () => {
    expect(withoutCertificatesHeld(normalise('do i need a degree,, i only have massage school cert'))).to.equal('do i need a degree');
    expect(withoutCertificatesHeld(normalise('all i have is a CNA certificate, do i need a degree?'))).to.equal('do i need a degree');
    expect(withoutCertificatesHeld(normalise('is there a pediatric certification?'))).to.equal('is there a pediatric certification');
    expect(withoutCertificatesHeld(normalise('which cert do i need for geriatric care?'))).to.equal('which cert do i need for geriatric care');
  });

  it('reads which to take first asked of the CCM and the CMC in view, never of other things or without them in view', () => {
    for (const said of ['Which one should I get first?', 'which first', 'ok which one do i go for first?', 'what should I take first?']) expect(certificationFirstAskedOfTheView(said, ['cmc', 'ccm']), said).to.equal(true);
    expect(certificationFirstAskedOfTheView('which one is better?', ['cmc', 'ccm'])).to.equal(false);
    expect(certificationFirstAskedOfTheView('Which one should I get first?', ['cmc', 'salary'])).to.equal(false);
  });

  it('reads "my Indian MSW ... accepted ... in USA" as a degree from another country', () => {
    expect(degreeWeighed('Kindly tell me whether my Indian MSW will be accepted for care manager position in USA?')?.abroad).to.equal(true);
    expect(degreeWeighed('would my Nigerian BSN be recognized for jobs in the US?')?.abroad).to.equal(true);
    expect(degreeWeighed('will my MSW count?')?.abroad).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`misread keywords (misread40), through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['And the ceiling if I move up to director?', "what's the most I could ever earn in this job?", 'where does the pay top out?']) {
      it(`"${message}": the director's and vice president's pay, not moving up without pay (ut40a P07-T8)`, async () => {
        const text = await said('mid-level salary range?', message);
        expect(text).to.include(readable(Messages.direct.payCeiling)).and.include('$130,000–$200,000');
        expect(text).to.include('$90,000–$130,000').and.not.to.include(readableOpening('advancing'));
      });
    }

    it('"Pay doesn\'t matter much, pension covers me. ... Is it rewarding?": the question after the aside, not the pension (ut40a P09-T5)', async () => {
      const text = await said("Pay doesn't matter much, pension covers me. What matters is I want to be useful. Is it rewarding?");
      expect(text).to.include(readableOpening('rewarding')).and.not.to.include('pension');
      // Made-up asides the bot already read right before this session: kept so the step never takes them elsewhere.
      expect(await said("money's not important to me, I have a pension. Is the work rewarding?")).to.include(readableOpening('rewarding'));
      expect(await said('not in it for the money lol. is it stressful')).to.include(readableOpening('stressful')).and.not.to.include('$40,000');
    });

    it('"do i need a degree,, i only have massage school cert": the degree question, no certification for an area (ut40a P11-T3)', async () => {
      const text = await said('do i need a degree,, i only have massage school cert');
      expect(text).not.to.include('names no certification for');
      expect(text).to.include(readableOpening('without-degree'));
      // A made-up one the bot already read right before this session, kept as a guard.
      expect(await said('all i have is a CNA certificate, do i need a degree?')).to.include(readableOpening('without-degree')).and.not.to.include('names no certification for');
    });

    for (const followUp of ['Which one should I get first?', 'ok so which do i go for first']) {
      it(`"${followUp}" after the CCM and the CMC side by side: the CCM to start with, not first jobs (ut40a P02-T6)`, async () => {
        const text = await said("What's the difference between the CCM and the CMC?", followUp);
        expect(text).to.include(readable(Messages.direct.startWith('CCM'))).and.not.to.include(readableOpening('entry-level-jobs'));
      });
    }

    it('"Kindly tell me whether my Indian MSW will be accepted for care manager position in USA?": no "Yes", the guide\'s silence on degrees from abroad (ut40a P08-T2)', async () => {
      const text = await said('Kindly tell me whether my Indian MSW will be accepted for care manager position in USA?');
      expect(text).to.include("doesn't speak of degrees from other countries").and.not.to.match(/\bYes:/);
    });
  });
}
