import { expect } from 'chai';
import { readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { jobInTheirWords } from '../../dialogs/understanding/person/jobInTheirWords';
import { RoadmapWords } from '../../dialogs/rendering/guided/guidedMessages';
import { CaseWeighedMessages } from '../../dialogs/rendering/person/caseWeighedReplies';
import { CHAT_CHANNELS, readable, saidIn } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Session 38 (profile38), tester ut38a kind 1: the profile takes a job, degree or level only when the person says they
 * have it (not a job they compare their own to, people they deal with, a degree they ask about, a role they play for
 * family); a later education replaces the earlier; a job the readers do not know is kept in the person's words. Each
 * with made-up phrasings beside the tester's.
 */
const kb = knowledge();
const FROM_WHAT_TOLD = "From what you've told me";

describe('the profile as told: readers', () => {
  it('reads no job from one the writer only compares their work to (ut38a P12 m1)', () => {
    for (const said of [
      'CO for 9 yrs at a state prison. burnt out. honestly I end up doing half the social workers job anyway',
      'I basically do the nurses job on my wing',
      'feels like im doing a social worker\'s job for a guard\'s pay',
    ]) {
      const about = readAboutYou(said, kb);
      expect(about.job?.id, said).not.to.be.oneOf(['social-worker', 'nurse']);
      expect(about.education, said).to.equal(undefined);
    }
    // Held, the job is still read.
    expect(readAboutYou('I have a social worker job at the council', kb).job?.id).to.equal('social-worker');
  });

  it('reads the people dealt with, named in the plural, as no job of the writer\'s (ut38a P10 m1)', () => {
    for (const said of [
      "i handle his schools, doctors, insurance, therapists. my actual job is in logistics",
      'I spend my days chasing nurses, counselors and case workers for my mum',
    ]) expect(readAboutYou(said, kb).job?.inField, said).not.to.equal(true);
    expect(readAboutYou("I'm a nurse and I work with therapists", kb).job?.id).to.equal('nurse');
  });

  it('reads "CO" at a prison or jail as a correctional officer, outside the field, with no years in it', () => {
    for (const said of ['CO for 9 yrs at a state prison', "I've been a CO at the county jail for 6 years", 'prison officer 10 years']) {
      const about = readAboutYou(said, kb);
      expect(about.job, said).to.deep.equal({ id: 'corrections', title: 'correctional officer', inField: false });
      expect(about.years, said).to.equal(undefined);
    }
    expect(readAboutYou('my co-worker is a nurse and I work in retail', kb).job?.id).to.equal('retail');
  });

  it('reads an associate degree named after the degree, and a certificate as a certificate (ut38a P12 m7, P01 m3)', () => {
    expect(readAboutYou('my degree is criminal justice, associates', kb)).to.include({ education: 'diploma', diplomaKind: 'associate' });
    expect(readAboutYou("I've got a degree in business, an associate's", kb)).to.include({ education: 'diploma', diplomaKind: 'associate' });
    expect(readAboutYou('I dont have bachelor. I have CNA certificate and some college credit', kb)).to.include({ education: 'diploma', diplomaKind: 'certificate' });
    expect(readAboutYou('I have a phlebotomy certificate, no degree', kb).diplomaKind).to.not.equal('associate');
    // A bachelor's beside it is the degree held.
    expect(readAboutYou('I have an associates and a bachelors in psychology', kb).education).to.equal('other-degree');
    // A sales associate is a job, not a degree.
    expect(readAboutYou("I'm a sales associate with a degree in marketing", kb).education).to.equal('other-degree');
  });

  it("reads no master's from one asked about beside one's own degree (ut38a P07 m8)", () => {
    for (const said of ["Would I need a master's, or would my teaching degree count?", 'do I need a masters or is my english degree enough?']) {
      const about = readAboutYou(said, kb);
      expect(about.higherDegree, said).to.equal(undefined);
    }
    expect(readAboutYou('I have a masters in social work', kb).higherDegree).to.equal(true);
  });

  it('keeps a job the readers do not know in the person\'s words, and no quality or family role as a job', () => {
    expect(jobInTheirWords('hi, im a crane operator'.split(', ')[1]!)).to.equal('crane operator');
    expect(jobInTheirWords("I've been a forklift driver for 12 years")).to.equal('forklift driver');
    expect(jobInTheirWords('welder here')).to.equal('welder');
    expect(jobInTheirWords('my actual job is in logistics')).to.equal('logistics worker');
    expect(jobInTheirWords('I work in finance')).to.equal('finance worker');
    for (const said of ["I'm a fast learner", "I'm a single dad", "I'm a people person", "I'm a bit lost", "I'm a mother of three", "I'm a registered dietitian", "I'm a hospital chaplain", 'I work in a hospital', 'I work in healthcare', "I'm a project manager"]) {
      expect(jobInTheirWords(said), said).to.equal(null);
    }
    const about = readAboutYou('hi, im a crane operator, 15 yrs. thinking of switching', kb);
    expect(about.job).to.deep.equal({ id: 'told:crane operator', title: 'crane operator', inField: false });
    expect(about.years).to.equal(undefined);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the profile as told, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('a correctional officer who does "half the social workers job" is noted as told, and no relevant degree is claimed later (ut38a P12 m1, m2)', async () => {
      const first = await said('CO for 9 yrs at a state prison. burnt out. honestly I end up doing half the social workers job anyway');
      expect(first).to.include('correctional officer').and.not.to.include('social worker, a relevant degree');
      const later = await said('CO for 9 yrs at a state prison. honestly I end up doing half the social workers job anyway', 'how long would it take me?');
      expect(later).not.to.include('relevant degree').and.not.to.include('you have covered the guide');
    });

    it('"would my CO experience count?" gets no unsupported yes (ut38a P12 m3)', async () => {
      const text = await said('CO for 9 yrs at a state prison, I end up doing half the social workers job', 'would my CO experience count or is that not healthcare');
      expect(text).not.to.match(/^Yes/);
      expect(text).to.include("doesn't name work as a correctional officer");
    });

    it('an associate degree told later replaces what was read before, and is said back as one (ut38a P12 m7, m8)', async () => {
      const text = await said('prison officer for 10 years', 'my degree is criminal justice, associates', 'how long would it take me then');
      expect(text).to.include(`${FROM_WHAT_TOLD} (correctional officer, ${RoadmapWords.diplomaOfKind.associate})`);
      expect(text).not.to.include('a degree in another field');
    });

    it('a CNA certificate is said back as a certificate, not a diploma or associate degree (ut38a P01 m3)', async () => {
      const text = await said('I dont have bachelor. I have CNA certificate and some college credit');
      expect(text).to.include(RoadmapWords.diplomaOfKind.certificate).and.not.to.include(RoadmapWords.education.diploma);
    });

    it("a master's asked about is not said back as held (ut38a P07 m8, m9)", async () => {
      const text = await said("Would I need a master's, or would my teaching degree count?", 'How long would the whole thing take from where I am now?');
      expect(text).not.to.include("a master's degree or higher");
      expect(text).to.include(`${FROM_WHAT_TOLD} (${RoadmapWords.education['other-degree']})`);
    });

    it("a dad who is his son's care manager, working in logistics, is no counselor and his family years are not his job's (ut38a P10 m1)", async () => {
      const text = await said("long story but ive been my son's care manager for 9 years basically. he has autism and cerebral palsy, i handle his schools, doctors, insurance, therapists. my actual job is in logistics. could i do this as a job?");
      expect(text).not.to.include('counselor').and.not.to.include('Your work in the field').and.not.to.include('(9 years)');
      expect(text).to.include(readable(CaseWeighedMessages.familyCare));
    });

    for (const message of ['hi, im a crane operator, 15 yrs. thinking of switching', "I've been a forklift operator for 12 years and want a change"]) {
      it(`"${message}": the job said back as told, work outside health and social services, with the route`, async () => {
        const text = await said(message);
        expect(text).to.match(/crane operator|forklift operator/).and.include("isn't work in health or social services");
      });
    }
  });
}
