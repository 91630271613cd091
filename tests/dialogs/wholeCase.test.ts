import { expect } from 'chai';
import { WholeCaseMessages } from '../../dialogs/rendering/person/wholeCaseReplies';
import { careerChangeFromOtherWork, skillsLackedAsked } from '../../dialogs/understanding/person/careerChangeTold';
import { levelOfDegreeAsked } from '../../dialogs/understanding/person/levelOfDegreeAsked';
import { readAboutYou, saysDegreeTersely } from '../../dialogs/understanding/person/aboutYou';
import { degreeAndYearsAsked, experienceLeftAsked, ownSumTold, ownTimeAsked, timeWithNoDegreeButYears, windowTold, yearsTold } from '../../dialogs/understanding/person/yearsBesideTheAsk';
import { areaCertificationAsked } from '../../dialogs/understanding/questions/areaCertificationAsked';
import { CHAT_CHANNELS, readable, saidIn } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * The whole message and the person's own case, not the generic half (tester ut35c, kind 1): a message with two asks
 * gets both; what the person told (a degree, years, a job, a window) is used where the guide says something of it.
 * Each kind for the tester's words and three made-up phrasings, and never for ordinary questions.
 */
const kb = knowledge();
/** The words of a lead up to where what was told goes in. */
const upTo = (said: string): string => readable(said.split('\u0000')[0]!);

const LEVEL_LEAD = upTo(WholeCaseMessages.levelBesideTheirs('\u0000'));
const AREA_LEAD = upTo(WholeCaseMessages.noAreaCertification('\u0000'));
const TIME_LEAD = upTo(WholeCaseMessages.timeWithoutDegree('\u0000', 'other'));
const BOTH_COUNT = upTo(WholeCaseMessages.degreeAndYears('\u0000', '', 'field'));
const SKILLS_LEAD = upTo(WholeCaseMessages.skillsLacked(false));
const CHANGE_LEAD = upTo(WholeCaseMessages.careerChange);
const LEADS = [LEVEL_LEAD, AREA_LEAD, TIME_LEAD, BOTH_COUNT, SKILLS_LEAD, CHANGE_LEAD, 'The guide sets no dates'];

/** Ordinary questions none of these readers may take. */
const ORDINARY = [
  'how long does it take to become a care manager?',
  'do I need a degree?',
  'which certifications should I get?',
  'what skills do care managers need?',
  'how much do care managers make?',
  'what does a pediatric care manager do?',
  'what degree do I need?',
  'can I be a care manager without a degree?',
  'what is the CCM?',
  'do I need a license?',
  'what are the specializations?',
  'what does a care manager do all day?',
];

describe('readers of the whole message and the own case (understanding/person, understanding/questions)', () => {
  it('reads the level of degree asked, and not its pay or time', () => {
    for (const text of ['do i need an MSW or is the BSW enough?', 'is a BSW enough or do I need an MSN?', 'do I have to go back for a masters?', 'would my bachelors be enough', 'do I need a master\'s or is a bachelor\'s fine?']) {
      expect(levelOfDegreeAsked(text), text).to.equal(true);
    }
    for (const text of ['do MSWs get paid more?', 'how long is a masters?', 'what is an MSW?', 'should I study nursing or social work?']) expect(levelOfDegreeAsked(text), text).to.equal(false);
  });

  it('reads a certification asked for one of the four areas, never the CCM or CMC', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['is there a pediatric certification?', 'pediatric'],
      ['do I need a special certification to work with kids?', 'pediatric'],
      ['is there a mental health certification?', 'psychiatric'],
      ['what certification do geriatric care managers need?', 'geriatric'],
    ];
    for (const [text, area] of cases) expect(areaCertificationAsked(kb, text), text).to.deep.equal({ area });
    for (const text of ['is the CMC good for geriatric care?', 'which certifications should I get?', 'what does a pediatric care manager do?']) expect(areaCertificationAsked(kb, text), text).to.equal(null);
  });

  it('reads the time asked with no degree and years of work, never an age', () => {
    expect(timeWithNoDegreeButYears('realistically how long would it take me with no degree but 12 years interpreting?')).to.deep.equal({ years: 12, work: 'of interpreting' });
    expect(timeWithNoDegreeButYears("I don't have a degree, 10 yrs as a receptionist at a clinic. how long until I could be a care manager?")).to.deep.equal({ years: 10, work: 'as a receptionist' });
    expect(timeWithNoDegreeButYears('how many years would it take with no college? I\'ve done 15 years in retail')).to.deep.equal({ years: 15, work: 'in retail' });
    expect(timeWithNoDegreeButYears("I'm 45 years old with no degree, how long?")).to.equal(null);
    expect(timeWithNoDegreeButYears('how long would it take me with no degree?')).to.equal(null);
    expect(yearsTold('would my BSN plus 3 years in a hospital get me hired?')).to.deep.equal({ years: 3, work: 'in a hospital' });
  });

  it('reads a degree and years asked together whether they get one in', () => {
    for (const text of ["I'm asking if my BSW and CPS years get me in the door", 'does my nursing degree and 5 years of experience qualify me?', "I've got a BSN and 3 years in a hospital, does that get me in the door?"]) {
      expect(degreeAndYearsAsked(text), text).to.equal(true);
    }
    for (const text of ['does my degree count?', 'how many years of experience do I need?', 'do I need a degree to get in?']) expect(degreeAndYearsAsked(text), text).to.equal(false);
  });

  it('reads skills asked of as lacking, and a career change from other work', () => {
    for (const text of ["what skills do they need that I probably don't have", 'what skills am I missing?', 'which skills would be my gaps?', 'what skills would I need to learn coming from retail?']) {
      expect(skillsLackedAsked(text), text).to.equal(true);
    }
    expect(skillsLackedAsked("I don't have a degree, what skills do I need?")).to.equal(false);
    for (const text of ['hi i own a little hair salon, 2 chairs. thinking about a career change', "I'm a bartender and I want to switch careers. could I do this?", 'i run a food truck, looking for a new career']) {
      expect(careerChangeFromOtherWork(text), text).to.equal(true);
    }
    for (const text of ["I'm a nurse thinking about a career change", 'thinking about a career change, what does it pay?']) expect(careerChangeFromOtherWork(text), text).to.equal(false);
  });

  it('reads a window of their own ("im out in 4 months")', () => {
    expect(windowTold('im out in 4 months. whats the first thing i should do')).to.equal('4 months');
    expect(windowTold('I graduate in a couple of months')).to.equal('a couple of months');
    expect(windowTold('whats the first thing i should do')).to.equal(null);
  });

  it('reads a degree told tersely, never one asked or weighed', () => {
    expect(saysDegreeTersely('just passed NCLEX!! BSN, starting on a tele floor in july.')).to.equal(true);
    expect(saysDegreeTersely('no degree btw. high school and some forklift certs lol')).to.equal(true);
    expect(saysDegreeTersely('RBT here, 3 yrs doing ABA with autistic kids, BA in psych.')).to.equal(true);
    for (const text of ['BSN or BSW?', 'BA in nursing or social work, which is better?', 'is a BSN enough?']) expect(saysDegreeTersely(text), text).to.equal(false);
    expect(readAboutYou('no degree btw. high school and some forklift certs lol', kb).education).to.equal('none');
    expect(readAboutYou('just passed NCLEX!! BSN, starting on a tele floor in july. how do i get there from here', kb).education).to.equal('relevant-degree');
  });

  it('reads pay told as their own, the time asked of themselves and experience checked as all that is left', () => {
    expect(ownSumTold('whats the pay like? my new grad offer is 72k')).to.equal(72);
    expect(ownSumTold('i clear about 58k now with OT')).to.equal(58);
    expect(ownSumTold('i need 60k to live')).to.equal(null);
    expect(ownSumTold("I'm on £38k")).to.equal(null);
    expect(ownTimeAsked('how many years on the floor before i can apply for a care manager job')).to.equal(true);
    expect(ownTimeAsked('how long would it take me?')).to.equal(true);
    expect(ownTimeAsked('how long does a masters take?')).to.equal(false);
    expect(experienceLeftAsked('so its just the experience part left?')).to.equal(true);
    expect(experienceLeftAsked('what experience do I need?')).to.equal(false);
  });

  it('takes none of twelve ordinary questions', () => {
    for (const text of ORDINARY) {
      const read = [levelOfDegreeAsked(text), areaCertificationAsked(kb, text) !== null, timeWithNoDegreeButYears(text) !== null, degreeAndYearsAsked(text), skillsLackedAsked(text), careerChangeFromOtherWork(text), ownSumTold(text) !== null, experienceLeftAsked(text)];
      expect(read, text).to.deep.equal([false, false, false, false, false, false, false, false]);
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the whole message and the own case, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('the level of degree beside a BSW or BSN: that the guide names it, its answer on the level, and the other ask too (ut35a P12 m3)', async () => {
      const text = await said('do i need an MSW or is the BSW enough? and do I need to be licensed');
      expect(text).to.match(/The guide (?:names|ties that to the employer and the role)/).and.include("A bachelor's degree is the usual starting point").and.include('license to practice');
      expect(text).not.to.include("It doesn't say whether you would need to study again");
      for (const message of ['I have a BSN. is it enough or do I need an MSN?', "my degree is a BSW, would I need a master's too?", "I'm a nurse with a BSN, do I have to go back for a masters, and how much do care managers make?"]) {
        const reply = await said(message);
        expect(reply, message).to.match(/The guide (?:names|ties that to the employer and the role)/).and.include("A bachelor's degree is the usual starting point");
        expect(reply, message).not.to.match(/^Yes:/);
      }
      expect(await said("I'm a nurse with a BSN, do I have to go back for a masters, and how much do care managers make?")).to.include('$40,000');
    });

    it('a certification asked for an area: the guide names none for it, the CCM and the CMC, with the other ask answered (ut35a P07 m4)', async () => {
      const text = await said('im an SLPA, work in schools w kids. thinking pediatric care mangement?', 'you said that already lol. ok how much do they make, and is there a pediatric certification?');
      expect(text).to.include(`${AREA_LEAD} pediatric care management in particular`).and.include('$40,000');
      for (const message of ['is there a mental health certification?', 'do I need a certification for chronic disease management?', 'what certification do geriatric care managers need?']) {
        expect(await said(message), message).to.include(AREA_LEAD).and.include('the CCM and the CMC');
      }
    });

    it('the time with no degree but years of work: no time for that route, what it says, and whether their years count (ut35a P10 m8)', async () => {
      const text = await said('Gracias! Last thing, realistically how long would it take me with no degree but 12 years interpreting?');
      expect(text).to.include(TIME_LEAD).and.include("It doesn't say whether your 12 years of interpreting count as that.").and.include('6 to 8 years');
      for (const message of ['I have no degree but 15 years in retail. how long would it take me?', "how long would it take me with no degree, I've done 8 years as a receptionist", 'no degree, 20 years of teaching, how long would it take?']) {
        expect(await said(message), message).to.include(TIME_LEAD).and.match(/your \d+ years (?:in|as|of) \w+/);
      }
    });

    it('a degree and years asked whether they get one in: both weighed (ut35a P12 m2)', async () => {
      const text = await said('CPS caseworker, BSW, 4 years in. I\'m done with investigations. Would care management be a step sideways or a step up?', "I'm not a care manager yet. I'm asking if my BSW and CPS years get me in the door");
      expect(text).to.include(BOTH_COUNT).and.include('your 4 years as a case worker are work in health or social services');
      expect(await said("I've got a BSN and 3 years in a hospital, does that get me in the door?")).to.include(BOTH_COUNT).and.include('3 years in a hospital');
      expect(await said('does my social work degree plus my 5 years experience qualify me?')).to.include('count as the experience it describes if they were in health or social services');
      expect(await said('does my BSW and 6 years in retail get me in the door?')).to.include("It doesn't say whether your 6 years in retail count");
    });

    it('skills asked of as lacking: the hard skills, said to be the likely gaps, and no answer to "I didn\'t ask how long" (ut35a P05 m4)', async () => {
      const text = await said('great. I\'ve got a bachelors in communications, no clinical background. what would I be missing?', "I didn't ask how long. what skills do they need that I probably don't have");
      expect(text).to.include(SKILLS_LEAD).and.include('case management software');
      expect(text).not.to.include('6 to 8 years');
      for (const message of ['what skills am I missing?', 'which skills would be my gaps?', 'what skills would I need to learn coming from retail?']) expect(await said(message), message).to.include(SKILLS_LEAD);
      // No clinical work told: said as theirs, not as an if (the reader's pattern once opened with a stray control character).
      for (const message of ['no clinical background here. what skills am I missing?', 'no healthcare experience. which skills would be my gaps?']) expect(await said(message), message).to.include(readable('The guide doesn\'t weigh anyone\'s skills against its list. Coming from work outside health care'));
    });

    it('a career change from other work: where the route starts for newcomers, then what is needed (ut35a P02 m1)', async () => {
      for (const message of ['hi i own a little hair salon, 2 chairs. thinking about a career change', 'i do nails for a living, thinking about changing careers', "I run a small bakery and I'm looking for a second career"]) {
        expect(await said(message), message).to.include(CHANGE_LEAD).and.include('To become a care manager you usually need');
      }
    });

    it('the first thing to do right after the roadmap, with a window told: the roadmap\'s first step, and what the guide says of dates (ut35a P06 m9)', async () => {
      const text = await said('army medic, 68W, getting out in 4 months. what do i need', 'roger. make me a plan', 'no degree. some college credits from JST', 'told you, 6 years as a medic', '1', 'im out in 4 months. whats the first thing i should do');
      expect(text).to.include('Your roadmap puts step 2').and.include('The guide sets no dates for its steps, so your 4 months don\'t change their order.');
      expect(text).not.to.include('Jobs you can start in include');
    });

    it('pay asked with their own pay told: the guide\'s levels set against it (ut36a P04 m6, P01 m5)', async () => {
      for (const [message, sum] of [
        ['um no i meant experience hours. anyway whats the pay like? my new grad offer is 72k', '72,000'],
        ['how much do care managers pay starting out? i clear about 58k now with OT so i cant drop to nothing', '58,000'],
        ["whats the salary like, I'm on 50k now", '50,000'],
      ] as const) {
        expect(await said(message), message).to.include(`If your ${sum} is in dollars`);
      }
    });

    it('the time and what is left asked by someone with a BSN told tersely: after the degree, not the 6 to 8 years from zero (ut36a P04 m2, m3)', async () => {
      const start = 'just passed NCLEX!! BSN, starting on a tele floor in july. long term i want to do care management. how do i get there from here';
      expect(await said(start, 'how many years on the floor before i can apply for a care manager job')).to.include('The guide gives no separate time for someone who already has a degree');
      // Asked as their own time to the role, the own route's reply counts from the degree kept (never from zero).
      expect(await said('BSN, new grad.', 'how long until i could be a care manager?')).to.include('From what you\'ve told me (a relevant degree');
      expect(await said(start, 'i already have the bsn tho. so its just the experience part left?')).to.include(upTo(WholeCaseMessages.experienceLeft));
      expect(await said('I have a BSW. so only experience left then?')).to.include(upTo(WholeCaseMessages.experienceLeft));
    });

    it('ordinary questions get none of these leads', async () => {
      for (const message of ORDINARY) {
        const reply = await said(message);
        for (const lead of LEADS) expect(reply, `${message} / ${lead}`).not.to.include(lead);
      }
    });
  });
}
