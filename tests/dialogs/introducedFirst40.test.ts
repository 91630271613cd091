import { expect } from 'chai';
import { goodWithPeopleTold, introductionTold } from '../../dialogs/understanding/person/introductionTold';
import { firstIntroduction, IntroMessages } from '../../dialogs/rendering/person/introReplies';
import { AsksLeftMessages } from '../../dialogs/rendering/questions/asksLeftBeside';
import { CaseWeighedMessages } from '../../dialogs/rendering/person/caseWeighedReplies';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 40 (intro40), tester ut40a kind 3: a first message that tells who the person is (job, age, years, degree)
 * gets what they told said back in one line and the guide's answer for a case like theirs, never a plain greeting, a
 * "no answer" or a stock card alone. Made-up phrasings beside the tester's.
 */
const PLAIN_GREETING = 'I can help you find your way to a career in care management. What would you like to know?';
const NO_ANSWER = "I don't have an answer to that in the guide";

describe('who they are, told first: readers', () => {
  it('reads the job as they put it, with its years, never an age', () => {
    expect(introductionTold("Hi there! I'm a dental hygienist, 33, been doing it 9 years and my wrists are killing me. Looking at options.")).to.deep.include({ job: 'dental hygienist', years: 9 });
    expect(introductionTold('Wah gwaan. Mi a nurse aide inna London, from Jamaica, 6 year now inna care home')).to.deep.include({ job: 'nurse aide', years: 6 });
    expect(introductionTold('Firefighter/EMT here, 22 years on the job, retiring at 50 with a pension. Care management?')).to.deep.include({ job: 'Firefighter/EMT', years: 22 });
    expect(introductionTold('hey im a pharmacy tech, 27, 5 yrs at cvs')).to.deep.include({ job: 'pharmacy tech', years: 5 });
    expect(introductionTold("I'm a bus driver, 41. Been thinking about a change.")).to.deep.include({ job: 'bus driver', years: null });
    expect(introductionTold('hi, stay at home dad here (36). used to be a retail store manager, 8 yrs. bachelors in business admin')).to.deep.include({ job: 'retail store manager', degreeNamed: true });
  });

  it('reads no introduction where no job of their own is told beside something else of theirs', () => {
    for (const said of ["im curious about care management, 5 years from now", 'how many years does it take?', "I'm thinking about it, 30 years old", "I'm a bit lost", 'what does a nurse aide earn after 5 years?']) expect(introductionTold(said), said).to.equal(null);
  });

  it('takes the introduction only when the rest asks nothing but the career itself', () => {
    expect(firstIntroduction('Firefighter/EMT here, 22 years on the job. Care management?')).not.to.equal(null);
    expect(firstIntroduction("I'm a paramedic, 12 years. What about care management?")).not.to.equal(null);
    expect(firstIntroduction("I'm a paramedic, 12 years. How much do care managers earn?")).to.equal(null);
  });

  it('reads being good with people told, never its denial or a question about it', () => {
    for (const said of ["my mom says i should do care management bc i'm good w people", "I'm a people person", 'i am great with others, always have been']) expect(goodWithPeopleTold(said), said).to.equal(true);
    for (const said of ["i'm not good with people", 'what people skills do i need?', 'how many people do they manage?']) expect(goodWithPeopleTold(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`who they are, told first, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [message, job] of [
      ["Hi there! I'm a dental hygienist, 33, been doing it 9 years and my wrists are killing me. Looking at options.", 'dental hygienist, 9 years'],
      ['hello, optician here, 52, 20 yrs in the same shop. looking at a change', 'optician, 20 years'],
    ] as const) {
      it(`"${message.slice(0, 50)}...": said back with the route and the education asked, not a plain greeting (ut40a P02-T1)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(IntroMessages.heard(job.split(',')[0]!, Number(job.split(', ')[1]!.split(' ')[0])))).and.include(readable(CaseWeighedMessages.askEducation));
        expect(text).to.include('Hello!').and.not.to.include(PLAIN_GREETING);
      });
    }

    for (const message of ['Wah gwaan. Mi a nurse aide inna London, from Jamaica, 6 year now inna care home', 'wah gwaan, mi a home health aide inna Brooklyn, 4 year now']) {
      it(`"${message}": a background, not a question the guide can't answer (ut40a P03-T1)`, async () => {
        const text = await said(message);
        expect(text).not.to.include(NO_ANSWER);
        expect(text).to.include('health or social services');
      });
    }

    it('"Mi a nurse aide ... inna care home": the care home weighed as the experience the guide describes (ut40a P03-T1)', async () => {
      expect(await said('Wah gwaan. Mi a nurse aide inna London, from Jamaica, 6 year now inna care home')).to.include(readable(IntroMessages.careSetting));
    });

    it('"a high school counselor, 45, M.Ed., 16 years ... curious about pediatric care management": the counselor line, then the pediatric card (ut40a P04-T1)', async () => {
      const text = await said("Hello. I'm a high school counselor, 45, with an M.Ed. in school counseling and 16 years in a public district. I'm curious about pediatric care management as a second career.");
      expect(text).to.include(readable(IntroMessages.startingJob('counselor', 'counseling'))).and.include(readableOpening('pediatric'));
    });

    for (const message of ['Firefighter/EMT here, 22 years on the job, retiring at 50 with a pension. Don\'t want to sit on the couch. Care management?', "I'm a paramedic, 12 years on the road. What about care management?"]) {
      it(`"${message.slice(0, 45)}...": their work weighed honestly, not the stock role card (ut40a P09-T1)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(CaseWeighedMessages.education.untold)).and.not.to.include(readableOpening('role-overview'));
      });
    }

    it('"stay at home dad ... retail store manager, 8 yrs, managed 25 people. bachelors in business admin": retail weighed, leading people, the degree (ut40a P10-T1)', async () => {
      const text = await said('hi, stay at home dad here (36). kids are finally both in school so im thinking about going back to work. used to be a retail store manager, 8 yrs, managed 25 people. bachelors in business admin');
      expect(text).to.include('leadership and organizational skills').and.include(readable(CaseWeighedMessages.education.other)).and.not.to.include(readableOpening('what-is-needed'));
    });

    for (const message of ["dropped out of college after 1 semester lol. 19. my mom says i should do care management bc i'm good w people", "never finished my degree but everyone says i'm a people person. can i still do this?"]) {
      it(`"${message.slice(0, 45)}...": the way in without a degree, and the skills the guide names (ut40a P06-T2)`, async () => {
        const text = await said(message);
        expect(text).to.include(readableOpening('without-degree')).and.include(readable(AsksLeftMessages.peopleSkills));
      });
    }
  });
}
