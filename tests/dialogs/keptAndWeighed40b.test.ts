import { expect } from 'chai';
import { readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { degreeWeighed } from '../../dialogs/understanding/person/experienceCounts';
import { placeNamed } from '../../knowledge/beyondGuide';
import { knowledge } from './transcript';
import { CHAT_CHANNELS, saidIn } from './guidedHarness';

/**
 * Session 40 (person40b): what the person told is kept right and weighed. A nursing degree from another country asked
 * of (ut39c P06-T2), a degree told by its letters before a numbered "would I need a new degree?" (ut39c P05-T1), a
 * registered nurse spelled out asked as a must (person40's gap), and the profile reader's misreadings intro40 found
 * (a bachelors in business admin, a nursing aide, Firefighter/EMT). Made-up phrasings beside the tester's.
 */
const kb = knowledge();
const abroad = (message: string): boolean => placeNamed(message, kb) === 'elsewhere';

describe('kept and weighed: readers (session 40, person40b)', () => {
  it('reads a nursing aide as a nursing assistant, with no degree read into it (intro40)', () => {
    for (const said of ['im a nursing aide 5 years', "I'm a nursing aide", 'nursing aide in a care home, 4 yrs', 'I work as a nurse aid in a hospital']) {
      const about = readAboutYou(said, kb);
      expect(about.job?.id, said).to.equal('nursing-assistant');
      expect(about.education, said).to.equal(undefined);
    }
  });

  it('reads Firefighter/EMT as EMT work in the field with its years, a firefighter alone as before (ut40a P09-T1)', () => {
    for (const [said, years] of [
      ["Firefighter/EMT here, 22 years on the job, retiring at 50 with a pension. Don't want to sit on the couch. Care management?", 22],
      ['EMT/firefighter, 9 years', 9],
      ["I'm a firefighter and paramedic, 15 yrs", 15],
    ] as const) {
      const about = readAboutYou(said, kb);
      expect(about.job?.inField, said).to.equal(true);
      expect(about.years, said).to.equal(years);
    }
    expect(readAboutYou("I'm a firefighter, 10 years", kb).job?.id).to.equal('fire');
  });

  it('reads a bachelors in business admin as a degree in another field, and kids in school as nobody\'s school of the writer (ut40a P10-T1)', () => {
    const p10 = 'hi, stay at home dad here (36). kids are finally both in school so im thinking about going back to work. used to be a retail store manager, 8 yrs, managed 25 people. bachelors in business admin';
    expect(readAboutYou(p10, kb).education).to.equal('other-degree');
    expect(readAboutYou('my daughter just started school, so I can work again. degree in history', kb).education).to.equal('other-degree');
    expect(readAboutYou("I'm still in school", kb).education).to.equal('school');
    expect(readAboutYou('a degree, right. so my office job doesnt help', kb).education).to.equal(undefined);
  });

  it('weighs "my nursing from Poland" as a nursing degree from abroad (ut39c P06-T2)', () => {
    for (const said of ['I want to be care manager here in UK. My nursing from Poland is ok for this?', 'is my social work training from Nigeria accepted?', 'my nursing school from India, does it count?']) {
      const weighed = degreeWeighed(said, said, abroad);
      expect(weighed?.named, said).to.equal(true);
      expect(weighed?.abroad, said).to.equal(true);
    }
    expect(degreeWeighed('does my nursing experience from Poland count?', undefined, abroad)).to.equal(null);
  });

  it('weighs a degree told by its letters in the story when the question asks of a new one (ut39c P05-T1)', () => {
    const p05 = 'Hello. I am an ASL interpreter, certified. BA in Deaf Studies. would I need a new degree?';
    expect(degreeWeighed('would I need a new degree?', p05)?.field).to.equal('deaf studies');
    expect(degreeWeighed('would I need a new degree?', 'MSc in Linguistics. Would I have to get another degree?')?.field).to.equal('linguistics');
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`kept and weighed, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('answers a nursing degree from another country: named, nothing on degrees from abroad, a license by where they work (ut39c P06-T2)', async () => {
      const first = 'Dzien dobry. I am from Poland, work now 3 years as care worker in care home in Glasgow, Scotland. Before in Poland I finish nursing school (licencjat pielęgniarstwo). My english not perfect sorry';
      for (const message of ['I want to be care manager here in UK. My nursing from Poland is ok for this?', 'is my nursing training from the Philippines accepted?']) {
        const text = await said(first, message);
        expect(text, message).to.include('degrees from other countries').and.to.include('names nursing').and.to.match(/license may be needed/).and.not.to.include("I don't have an answer");
      }
    });

    it('answers a registered nurse spelled out, asked as a must, as the RN is (person40 gap)', async () => {
      for (const message of ['do I have to be a registered nurse first?', 'must I be a registered nurse?', 'do you have to be a registered nurse to do this?']) {
        const text = await said("I'm an LPN, 6 years in long term care.", message);
        expect(text, message).to.include('never sets an RN beside an LPN').and.not.to.include('outside what I can help with');
      }
      const social = await said('must I be a social worker?');
      expect(social).to.include("doesn't say you must be a social worker").and.not.to.include('outside what I can help with');
    });

    it('weighs a BA told before a numbered "would I need a new degree?" against the named fields (ut39c P05-T1)', async () => {
      const p05 = 'Hello. I am an ASL interpreter, certified, 10 years mostly in medical settings (hospitals, doctor appts, mental health sessions). BA in Deaf Studies. I am thinking of switching to care management. Questions: 1) does my interpreting experience count as healthcare experience? 2) would I need a new degree?';
      const text = await said(p05);
      expect(text).to.match(/whether deaf studies counts/i).and.to.include("isn't strictly required");
    });
  });
}
