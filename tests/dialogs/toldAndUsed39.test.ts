import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { fitAskedLoosely } from '../../dialogs/understanding/person/fitAskedLoosely';
import { startingRolePointedTo, withoutAsidesOfTheIntroduction } from '../../dialogs/understanding/person/besideTheIntroduction';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Session 39 (person39), tester ut39a: what the person told about themselves is heard, kept right and used in the
 * answer. Each for made-up phrasings beside the tester's.
 */
const kb = knowledge();
const OTHER_PART = 'the other part of your question';

describe('told and used: readers (person39)', () => {
  it('keeps an LPN or LVN as a practical nurse, never dropped nor read as a degree (ut39a P08-T1)', () => {
    for (const said of ['hi im an LPN, 7 years in long term care and now doing some hospice', "I'm an LVN for 5 years", 'I work as a licensed practical nurse in a nursing home']) {
      const about = readAboutYou(said, kb);
      expect(about.job?.id, said).to.equal('practical-nurse');
      expect(about.education, said).to.equal(undefined);
    }
  });

  it('reads a degree named in another language as a degree in its field (ut39a P06-T1)', () => {
    expect(readAboutYou('Before in Poland I finish nursing school (licencjat pielęgniarstwo).', kb).education).to.equal('relevant-degree');
    expect(readAboutYou('I have a licenciatura en enfermería from Mexico, 4 years as a caregiver here', kb).education).to.equal('relevant-degree');
    expect(readAboutYou('I did a laurea in economics in Italy', kb).education).to.equal('other-degree');
  });

  it('reads a master\'s that jobs ask for as no master\'s held (ut39a P09-T7)', () => {
    for (const said of [
      'hey so I graduated with a BS in psychology 8 months ago and I literally cannot find a job. everything wants a masters or a license.',
      'I have a BA in English but every job I see requires an MSW',
      "I got my BSW and the jobs all ask for a master's",
    ]) expect(readAboutYou(said, kb).higherDegree, said).to.equal(undefined);
    expect(readAboutYou('I have a masters in psychology', kb).higherDegree).to.equal(true);
    expect(readAboutYou('I have a BA in English but every job I see requires an MSW', kb).education).to.equal('other-degree');
  });

  it('reads college left unfinished as no degree, and years sober as no years of work (ut39a P12-T2)', () => {
    expect(readAboutYou('im 6 years sober. i run a NA group and do peer support at a rehab, part time. never finished college.', kb)).to.deep.equal({ education: 'none' });
    expect(readAboutYou("I didn't finish uni, been a carer 3 years", kb).education).to.equal('none');
    expect(readAboutYou('I dropped out of college after a year, been a CNA for 4 years', kb)).to.include({ education: 'none', years: 4 });
  });

  it('reads "Realistic?" and "would it be an option" closing a story as the fit asked (ut39a P07-T1, P09-T1)', () => {
    for (const said of [
      "Quick one. I'm a 35 y/o CPA, 10 yrs in audit. Burnt out. Thinking of switching. Realistic?",
      'everything wants a masters or a license. would care management be an option or same problem',
      'I teach high school, 12 years. Is this realistic for me?',
      "I'm a paralegal with a BA in history. Would this be a realistic option for me?",
    ]) expect(fitAskedLoosely(said), said).to.deep.equal({ kind: 'fit' });
    for (const said of ['Realistic?', 'is the 6 to 8 years realistic?']) expect(fitAskedLoosely(said), said).to.equal(null);
  });

  it('reads a starting role pointed to, and sets aside greetings and moves abroad (ut39a P08-T1, P11-T1)', () => {
    expect(startingRolePointedTo('my DON keeps telling me i should go into case management')).to.equal('case manager');
    expect(startingRolePointedTo('thinking of moving into care coordination')).to.equal('care coordinator');
    expect(startingRolePointedTo('a case manager helped my mum')).to.equal(null);
    expect(withoutAsidesOfTheIntroduction('Good evening. I am a registered nurse. I am relocating to Toronto, Canada next year with my family.')).to.equal('I am a registered nurse.');
    expect(withoutAsidesOfTheIntroduction('Good morning! I work nights. We are moving to the UK soon.')).to.equal('I work nights.');
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`told and used, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of [
      "Hi. I'm 41, recently divorced, I was a stay at home mum for 14 years and I need to go back to work. Before kids I did a BA in sociology. Honestly I'm terrified and have no idea where to start. Is care management something I could realistically do?",
      "I've got a BA in history and I've been in retail for years. I don't know where to begin. Could someone like me do this?",
    ]) {
      it(`"${message.slice(0, 60)}...": her bachelor's weighed and experience to start on, never "without a degree" (ut39a P03-T1)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.beyond.fitOtherDegree(false))).and.include(readableOpening('gaining-experience'));
        expect(text).not.to.include(readableOpening('without-degree')).and.not.to.include(OTHER_PART);
      });
    }

    it('"35 y/o CPA ... Thinking of switching. Realistic?": who it suits, never "the guide doesn\'t say anything about age" (ut39a P07-T1)', async () => {
      const text = await said("Quick one. I'm a 35 y/o CPA, 10 yrs in audit. Burnt out. Mom's care was a mess last year and a geriatric care manager saved us. Thinking of switching. Realistic?");
      expect(text).to.include(readableOpening('right-for-me')).and.not.to.include(readable(Messages.beyond.ageLead));
    });

    for (const message of [
      'im 6 years sober. i run a NA group and do peer support at a rehab, part time. never finished college. i want to help people like i was helped. can someone like me be a care manager',
      'I work as a support worker in a group home, never finished uni. Could someone like me do this?',
    ]) {
      it(`"${message.slice(0, 60)}...": who it suits beside the route without a degree (ut39a P12-T2)`, async () => {
        const text = await said('hey', message);
        expect(text).to.include(readable(Messages.beyond.fitNoDegree)).and.include(readableOpening('without-degree'));
      });
    }

    it('"im an LPN, 7 years ... should go into case management": LPN kept, and case manager a first job (ut39a P08-T1)', async () => {
      const text = await said('hi im an LPN, 7 years in long term care and now doing some hospice. my DON keeps telling me i should go into case management');
      expect(text).to.include(readable(Messages.introducedTowardsStartingRole('licensed practical nurse (LPN), about 7 years in health or social services', 'case manager')));
    });

    it('"Good evening. I am a registered nurse ... relocating to Toronto": the profile, no random "may be worth a look" (ut39a P11-T1)', async () => {
      const text = await said('Good evening. I am a registered nurse from Nigeria, 9 years experience in Lagos University Teaching Hospital, medical ward. I am relocating to Toronto, Canada next year with my family.');
      expect(text).to.include('nurse, about 9 years').and.not.to.include('may be worth a look');
    });

    it('"... nursing school (licencjat pielęgniarstwo)": the nursing degree kept in the profile (ut39a P06-T1)', async () => {
      const text = await said('Dzien dobry. I am from Poland, work now 3 years as care worker in care home in Glasgow, Scotland. Before in Poland I finish nursing school (licencjat pielęgniarstwo). My english not perfect sorry');
      expect(text).to.include('care worker, a relevant degree, about 3 years');
    });

    it('"BS in psychology ... everything wants a masters": no master\'s in what was told (ut39a P09-T7)', async () => {
      const text = await said(
        'hey so I graduated with a BS in psychology 8 months ago and I literally cannot find a job. everything wants a masters or a license. would care management be an option or same problem',
        'How long would it take me realistically',
      );
      expect(text).to.include("From what you've told me (a degree in another field)").and.not.to.include("a master's degree or higher");
    });
  });
}
