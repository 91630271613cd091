import { expect } from 'chai';
import { bareFitAsked, gapsAsked, jumpToTheRoleAsked, payCutAsked, skillGainedAsked } from '../../dialogs/understanding/person/ownGapAsked';
import { timeOffBesideTheHours } from '../../dialogs/understanding/questions/timeOffAsked';
import { areaRemarked } from '../../dialogs/understanding/talk/areaRemarked';
import { softwareAsked } from '../../dialogs/understanding/questions/softwareNamed';
import { Messages } from '../../dialogs/rendering/core/messages';
import { RecentMessages } from '../../dialogs/rendering/core/recentAnswers';
import { answeredBy, CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * A question about one's own route, gaps or skills is in scope, and a remark naming an area after talk of the areas is
 * that area (session 36, ut35c kind 4: each got "outside what I can help with", "I don't have an answer" or nearby
 * entries beside the point). Each reader is tried on the testers' words, on phrasings made up for it, and on ordinary
 * questions that keep their own replies. The real bot.
 */

const kb = knowledge();
const OUT_OF_SCOPE = 'outside what I can help with';

describe('the jump to the title, what one is missing, a skill gained: read', () => {
  for (const asked of [
    'How do I make the jump to an actual care manager title?',
    'how would i make the move into a real case manager role',
    'what does it take to get the actual care manager title?',
    'how do I go from bedside nurse to an actual care manager?',
  ]) it(`"${asked}" asks the jump to the title`, () => expect(jumpToTheRoleAsked(asked)).to.equal(true));
  for (const asked of ['could I make the jump to care management?', 'how do i move up to director', 'what is a care manager', 'how do I get certified', 'how do i make the jump'])
    it(`"${asked}" does not`, () => expect(jumpToTheRoleAsked(asked)).to.equal(false));

  for (const asked of ['what am i missing? i have no degree', 'what do I lack', "what's missing for me", 'what are my gaps'])
    it(`"${asked}" asks what they are missing`, () => expect(gapsAsked(asked)).to.equal(true));
  for (const asked of ['what is missing from the answer', 'am i missing something', 'what skills are needed'])
    it(`"${asked}" does not`, () => expect(gapsAsked(asked)).to.equal(false));

  for (const [question, said, kind, withoutSchool] of [
    ['how do I get that without going back to nursing school', 'ok so medical knowledge is the gap. how do I get that without going back to nursing school', 'hard', true],
    ['how can I learn that without a degree?', 'computer skills are my weak point. how can I learn that without a degree?', 'hard', true],
    ['how do I improve my communication skills without going back to college?', 'how do I improve my communication skills without going back to college?', 'soft', true],
    ['how would I build those', 'empathy and people skills are my weak spot. how would I build those', 'soft', false],
  ] as const) {
    it(`"${said.slice(0, 60)}" asks how to gain ${kind} skills`, () => expect(skillGainedAsked(question, said)).to.deep.equal({ kind, withoutSchool }));
  }
  for (const [question, said] of [
    ['how do I get that', 'the CCM sounds good. how do I get that'],
    ['how do i get a job', 'how do i get a job'],
    ['how do I get experience without a degree', 'how do I get experience without a degree'],
  ] as const) {
    it(`"${said}" asks no skill`, () => expect(skillGainedAsked(question, said)).to.equal(null));
  }
});

describe('a pay cut, time off beside the hours, a bare "could I?" and the way there: read (ut36a)', () => {
  for (const asked of ["wait so i'd take a pay cut??", 'would I earn less than now?', 'so I would make less money?'])
    it(`"${asked}" weighs a pay cut`, () => expect(payCutAsked(asked)).to.equal(true));
  for (const asked of ['i make 72k, would i take a pay cut?', 'what do care managers earn', 'is the pay less at entry level'])
    it(`"${asked}" does not (a sum of theirs, or pay asked plainly)`, () => expect(payCutAsked(asked)).to.equal(false));
  for (const asked of ["That's not what I asked. I mean vacation, do they work year-round on normal hours?", 'do they get time off or is it full time all year?', 'what about PTO, are the hours normal?'])
    it(`"${asked}" asks time off beside the hours`, () => expect(timeOffBesideTheHours(asked)).to.equal(true));
  for (const asked of ['what hours do they work', 'do they get summers off?'])
    it(`"${asked}" does not`, () => expect(timeOffBesideTheHours(asked)).to.equal(false));
  for (const said of [
    'People keep telling me I should do it for a living. Could I?',
    'My dad has dementia and I handle all his appointments. Everyone says I should do this as a job. Can I?',
    'Friends say I would make a good care manager. could I really?',
  ]) it(`"${said}" asks whether they could`, () => expect(bareFitAsked(said, said)).to.equal(true));
  for (const said of ["I'm a teacher. could I?", 'could I do the CCM first?', 'care managers work weekends. can I choose not to?'])
    it(`"${said}" does not`, () => expect(bareFitAsked(said, said)).to.equal(false));
  for (const asked of ['long term i want to do care management. how do i get there from here', 'I want to be a case manager one day, how can I get there?'])
    it(`"${asked}" asks the way there`, () => expect(jumpToTheRoleAsked(asked)).to.equal(true));
  it('"how do i get there" with the career never named does not', () => expect(jumpToTheRoleAsked('the hospital is downtown. how do i get there from here')).to.equal(false));
});

describe('a system asked of by its brand or as which one: read', () => {
  for (const [asked, brand] of [
    ['do they use epic or some other system', 'Epic'],
    ['would I need to know Cerner?', 'Cerner'],
    ['what software do care managers use?', ''],
    ['which EHR system would they use', ''],
  ] as const) it(`"${asked}" asks of ${brand || 'which system'}`, () => expect(softwareAsked(asked)).to.equal(brand));
  for (const asked of ['I chart in Epic all day', 'what computer skills do I need', 'is the system stressful'])
    it(`"${asked}" does not`, () => expect(softwareAsked(asked)).to.equal(null));
});

describe('an area remarked after talk of the areas: read', () => {
  for (const [said, inView, area] of [
    ['the older folks obviously', 'geriatric', 'geriatric'],
    ['kids, for sure', 'specialisations', 'pediatric'],
    ['mental health probably', 'pediatric', 'psychiatric'],
    ['definitely the elderly', 'how-to-specialise', 'geriatric'],
  ] as const) {
    it(`"${said}" after ${inView} is ${area}`, () => expect(areaRemarked(kb, said, inView)).to.equal(area));
  }
  for (const [said, inView] of [
    ['the older folks obviously', 'salary'],
    ['the older folks obviously', undefined],
    ['what about kids?', 'geriatric'],
    ['is it hard with seniors', 'geriatric'],
    ['kids or older people', 'specialisations'],
    ['I would love to work with older people in a hospital one day', 'geriatric'],
  ] as const) {
    it(`"${said}" after ${inView ?? 'nothing'} is no remark of an area`, () => expect(areaRemarked(kb, said, inView)).to.equal(null));
  }
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`own route, gaps and skills answered from the guide (${channelName})`, function () {
    this.timeout(60_000);
    const said = saidIn(channelId);

    it('"How do I make the jump to an actual care manager title?" from an ADN nurse of 8 years: her route, not "I don\'t have an answer" (ut35a P08 m1)', async () => {
      const reply = await said("I've been a home health RN for 8 years (ADN, no BSN). I basically already do care coordination for my patients - calling the docs, arranging DME, teaching families. How do I make the jump to an actual care manager title?");
      expect(reply).to.include("From what you've told me (nurse, about 8 years").and.include('not associate degrees');
      expect(reply).not.to.include("I don't have an answer");
    });
    it('"what does it take to get the actual care manager title?" with nothing told: the way in and what it takes', async () => {
      const reply = await said('what does it take to get the actual care manager title?');
      expect(reply).to.include(readable(Messages.ownGap.jumpToTheRole)).and.include(readableOpening('what-is-needed'));
    });
    it('"what am i missing? i have no degree, only my interpreter certificate" after the skills: the degree, and doing without one (ut35a P10 m4)', async () => {
      const reply = await said('ok. what skills does the guide list? I want to see what I already have', 'i have medical terminology, confidentiality, cultural competency for sure. what am i missing? i have no degree, only my interpreter certificate');
      expect(reply).to.include(readable(Messages.ownGap.missingNoDegree('no degree'))).and.include(readableOpening('without-degree'));
      expect(reply).not.to.include(OUT_OF_SCOPE);
    });
    it('"I have a high school diploma and work retail. what am I missing?": the same', async () => {
      expect(await said('I have a high school diploma and work retail. what am I missing?')).to.include('the main thing the guide\'s usual route asks for').and.include(readableOpening('without-degree'));
    });
    it('"medical knowledge is the gap. how do I get that without going back to nursing school": the ways the guide names (ut35a P05 m5)', async () => {
      const reply = await said('what skills do they need', 'ok so medical knowledge is the gap. how do I get that without going back to nursing school');
      expect(reply).to.include(readable(Messages.ownGap.skillGained('hard skills', true))).and.include(readableOpening('hard-skills'));
      expect(reply).not.to.include("doesn't cover that");
    });
    it('"does driving count for anything? I do the special needs route, I know alot of the families": what the guide counts, and the families (ut35a P01 m3)', async () => {
      const reply = await said('how long would it take me, I dont have a degree just high school', 'does driving count for anything? I do the special needs route, I know alot of the families');
      expect(reply).to.include(readable(Messages.experienceNotSaid.outside('driving', true))).and.include(readableOpening('gaining-experience'));
      expect(reply).not.to.include('Here is what the guide does say nearby');
    });
    it('"I run my own business, I do the books, scheduling, deal with cranky customers all day. does any of that help?": the skills it names (ut35a P02 m4)', async () => {
      const reply = await said("I run my own business, I do the books, scheduling, deal with cranky customers all day. does any of that help?");
      expect(reply).to.include(readable(Messages.experienceNotSaid.skillsOfTheGuide(['organizational skills', 'communication', 'problem-solving'])));
    });
    it('"I clean offices at night, does that count for anything?" after the time: cleaning is not the work the guide counts', async () => {
      expect(await said('how long does it take', 'I clean offices at night, does that count for anything?')).to.include(readable(Messages.experienceNotSaid.outside('cleaning work')));
    });
    it('"the older folks obviously" after the geriatric answer: that area, named back (ut35a P02 m11)', async () => {
      const reply = await said('what is geriatric care management', 'the older folks obviously');
      expect(reply).to.include(readable(Messages.ownGap.areaInView('geriatric care management')));
      expect(reply).not.to.include(OUT_OF_SCOPE);
    });
    it('"just passed NCLEX!! BSN ... long term i want to do care management. how do i get there from here": the way in, not "I don\'t have an answer" (ut36a P04 m1)', async () => {
      const reply = await said('just passed NCLEX!! BSN, starting on a tele floor in july. long term i want to do care management. how do i get there from here');
      expect(reply).not.to.include("I don't have an answer").and.not.to.include(OUT_OF_SCOPE);
      expect(reply).to.include("From what you've told me (a relevant degree)");
    });
    it('"wait so i\'d take a pay cut??" after the pay: the guide\'s pay, for care managers only (ut36a P04 m7)', async () => {
      const reply = await said("um no i meant experience hours. anyway whats the pay like? my new grad offer is 72k", "wait so i'd take a pay cut??");
      expect(reply).to.include(readable(Messages.ownGap.payCut).replace(/:$/, '')).and.not.to.include(OUT_OF_SCOPE);
    });
    it('"That\'s not what I asked. I mean vacation, do they work year-round on normal hours?": the hours, vacation not given (ut36a P05 m6)', async () => {
      const reply = await said('Do care managers get summers off?', "That's not what I asked. I mean vacation, do they work year-round on normal hours?");
      expect(reply).to.include('The guide says nothing about vacation or time off').and.include(`What it says of the hours ${RecentMessages.justAbove}`);
    });
    it('"whats the fastest way in tho, 6 years is forever": no faster route, and doing it without a degree (ut36a P06 m5)', async () => {
      const reply = await said('how much do they make', 'dang ok. whats the fastest way in tho, 6 years is forever');
      expect(reply).to.include(readable(Messages.ownGap.quickestWay)).and.include(readableOpening('without-degree'));
    });
    it('"... I basically coordinate care as a second job already. People keep telling me I should do it for a living. Could I?": who it suits (ut36a P10 m1)', async () => {
      const reply = await said("Hi! I'm a foster mom to three kids (4, 9 and 15). Between caseworkers, therapists, IEP meetings and pediatricians, I basically coordinate care as a second job already. People keep telling me I should do it for a living. Could I?");
      expect(reply).to.include(readable(Messages.ownGap.fitAsked(true))).and.include(readableOpening('right-for-me'));
    });
    it('"yo. im a barber, 26. my grandpas care manager was a legend, kinda got me thinking about it": who it suits, not "I don\'t have an answer" (ut36a P06 m1)', async () => {
      const reply = await said('yo. im a barber, 26. my grandpas care manager was a legend, kinda got me thinking about it');
      expect(reply).to.include(readableOpening('right-for-me')).and.not.to.include("I don't have an answer");
    });
    it('"RBT here ... thinking about care management instead of going the BCBA route. thoughts?": who it suits (ut36a P12 m1)', async () => {
      const reply = await said('RBT here, 3 yrs doing ABA with autistic kids, BA in psych. thinking about care management instead of going the BCBA route. thoughts?');
      expect(reply).to.include('may be right for you if you have a genuine wish to help people').and.not.to.include("I don't have an answer");
    });
    it('"do they use epic or some other system": no system named, the kinds it names (ut36a P09 m2)', async () => {
      const reply = await said('do they use epic or some other system');
      expect(reply).to.include(readable(Messages.ownGap.softwareNotNamed('Epic')).replace(/:$/, '')).and.include(readableOpening('computer-skills'));
    });
    it('"Do government agencies hire care managers too, or is it mostly hospitals?": where they work, then no shares but where they typically work (ut36a P08 m2)', async () => {
      const reply = await said('Do government agencies hire care managers too, or is it mostly hospitals?');
      expect(reply).to.include(readableOpening('where-they-work')).and.include(readable(Messages.placeShareNotGiven));
      expect(reply).not.to.include("doesn't cover the other part");
    });
    it('"do i need an MSN eventually or is the BSN enough": the two levels as the guide ties them, no "Yes" (ut36a P04 m8)', async () => {
      const reply = await said('do i need an MSN eventually or is the BSN enough');
      expect(reply).to.include(readable(Messages.ownGap.degreeLevel)).and.include(readableOpening('bachelors-or-masters'));
      expect(reply).not.to.match(/^Yes/);
    });
    it('"does 8 yrs of animal care count as experience at all?" after a zookeeper\'s story: not the work the guide counts, no "Yes" (ut36a P02 m10)', async () => {
      const reply = await said('zookeeper here, 8 yrs. thinking of switching from animals to people haha', 'does 8 yrs of animal care count as experience at all? like medication, monitoring, that kind of stuff');
      expect(reply).to.include(readable(Messages.experienceNotSaid.outside('animal care'))).and.not.to.include('Yes:');
    });
    it('"I mostly teach chair yoga in care homes ... Does any of this apply in the UK?": not called work outside health and social services (ut36a P11 m1)', async () => {
      const reply = await said("Hiya! I'm a yoga teacher in London. I mostly teach chair yoga in care homes and see a few private clients recovering from surgery. I've been wondering about care management as a career. Does any of this apply in the UK?");
      expect(reply).not.to.include('coming from outside health and social services');
      expect(reply).to.include("doesn't say which country");
    });
    it('"do they work holidays?" after the hours: holidays not mentioned, the hours said', async () => {
      const reply = await said('what hours do they work', 'do they work holidays?');
      expect(reply).to.include(readable(Messages.beyondTheJob.timeOff('holidays')).replace(/:$/, ''));
    });
    it('"do they get tips?" after the hours: a benefit the guide never gives', async () => {
      expect(await said('what hours do they work', 'do they get tips?')).to.include(readable(Messages.beyondTheJob.perk('tips')).slice(0, 60));
    });
    it('"kids, for sure" after the list of areas: the pediatric answer', async () => {
      expect(await said('what areas can I specialize in', 'kids, for sure')).to.include(readableOpening('pediatric'));
    });
  });
}

describe('ordinary questions keep their own replies', function () {
  this.timeout(60_000);
  const said = saidIn(CHAT_CHANNELS[0]![1]);
  for (const [messages, id] of [
    [['how do I get experience'], answeredBy('how do I get experience').id],
    [['how can I develop the people skills'], 'soft-skills'],
    [['what areas can I specialize in', 'what about kids?'], 'pediatric'],
  ] as const) {
    it(`"${messages.at(-1)}" keeps its answer`, async () => {
      const reply = await said(...messages);
      expect(reply).to.include(readableOpening(id));
      expect(reply).not.to.include('the guide says you build these skills');
    });
  }
});
