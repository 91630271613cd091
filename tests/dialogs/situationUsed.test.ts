import { expect } from 'chai';
import { CaseWeighedMessages } from '../../dialogs/rendering/person/caseWeighedReplies';
import { caseToldForFit, weighsAsACase } from '../../dialogs/understanding/person/caseToldForFit';
import { CHAT_CHANNELS, readable, saidIn, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * A person's situation used, not a stock block (tester ut36c, section 4 item 1): an opening that tells a whole
 * situation gets a reply that uses what they said that the guide speaks to, and answers the question at the end. Each
 * kind for the tester's words and three made-up people (other jobs, other degrees), and never for ordinary questions.
 */
const kb = knowledge();
const upTo = (said: string): string => readable(said.split('\u0000')[0]!);
const OPENING = readable(CaseWeighedMessages.opening);
const INTRODUCED = upTo(CaseWeighedMessages.introducedFromOutside('\u0000', 'x'));
const STOCK_FIT = 'A career in care management may be right for you if';
const STOCK_TIME = 'It usually takes 6 to 8 years to become a care manager';

/** Ordinary questions the case readers may not take. */
const ORDINARY = [
  'what is the CMC?',
  'what are the ten steps?',
  'what does a director of care management earn?',
  'is it stressful?',
  'where do care managers work?',
  'how do I move up to senior?',
  'what courses should I take?',
  'do care managers work weekends?',
  'what is geriatric care management?',
  'should I join the CMSA?',
];

describe('the case told beside a fit question (understanding/person/caseToldForFit)', () => {
  it('reads work outside the field, its years, leading people, age, body, benefits and education', () => {
    const warehouse = caseToldForFit('hey. 44, i run second shift at a distribution warehouse, about 30 people under me. my back is done and i want something where i actually help people. is care manager realistic for me?', kb);
    expect(warehouse).to.include({ outsideWork: 'warehouse work', managing: true, age: true, body: true, helpWish: true });
    const driver = caseToldForFit('i drive for doordash at night. got an associates in general studies. i want an actual career with benefits.', kb);
    expect(driver).to.include({ outsideWork: 'driving', benefits: true, education: 'diploma', associate: true });
    expect(caseToldForFit("I'm 50, been a truck driver 20 years, bad knees, no degree.", kb)).to.include({ outsideWork: 'driving', years: 20, age: true, body: true, education: 'none' });
    expect(caseToldForFit('I work retail, 6 yrs, BA in english.', kb)).to.include({ outsideWork: 'retail work', years: 6, education: 'other-degree' });
  });

  it('weighs no case for work in a care setting, for care work, or for ordinary questions', () => {
    for (const text of ["Hiya! I'm a yoga teacher. I mostly teach chair yoga in care homes. Does any of this apply?", "I'm a nurse with 10 years and a BSN. is this realistic for me?", ...ORDINARY]) {
      expect(weighsAsACase(caseToldForFit(text, kb)), text).to.equal(false);
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a person's situation used, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('the things told are a list a chat window shows one to a line, not bullets run into one paragraph', async () => {
      const replies = await startGuided({ channelId }).say('44, i run second shift at a warehouse, about 30 people under me. no degree. is care manager realistic for me?');
      const text = shownText(replies);
      expect(text).to.match(/:\n+- Warehouse work[^\n\r]*[\r\n]+- /);
      expect(text).not.to.include('•');
    });

    it('"is care manager realistic for me?" after a story from outside the field weighs what they told (ut36c P01.1)', async () => {
      const text = await said('hey. 44, i run second shift at a distribution warehouse, about 30 people under me. my back is done and i want something where i actually help people. is care manager realistic for me?');
      expect(text).to.include(OPENING).and.include("Warehouse work isn't work in health or social services").and.include('leadership and organizational skills');
      expect(text).to.include('The guide says nothing about age or how physically demanding the work is.').and.include('You say you want to help people');
      expect(text).to.include(readable(CaseWeighedMessages.askEducation));
      expect(text).not.to.include(STOCK_FIT);
      const others: ReadonlyArray<readonly [string, readonly string[]]> = [
        ["I'm 50, been a truck driver 20 years, bad knees, no degree. could I realistically become a care manager?", ["Driving (20 years) isn't work", 'nothing about age', readable(CaseWeighedMessages.education.none)]],
        ['I work retail, 6 yrs, BA in english. is care management a realistic option for me?', ["Retail work (6 years) isn't work", 'gives no list of related fields']],
        ['bartender 10 years, 38, want to help people. could i do this?', ["Bar work (10 years) isn't work", 'You say you want to help people', readable(CaseWeighedMessages.education.untold)]],
      ];
      for (const [message, parts] of others) {
        const reply = await said(message);
        expect(reply, message).to.include(OPENING);
        for (const part of parts) expect(reply, message).to.include(part);
      }
    });

    it('a story with no question mark ending "could i realistically do or am i dreaming" is weighed too (ut36c P07.1)', async () => {
      const text = await said(
        "single dad, 2 kids (7 and 10). i drive for doordash at night after they're asleep and my mom watches them. got an associates in general studies from way back. i want an actual career with benefits. is care management something i could realistically do or am i dreaming",
      );
      expect(text).to.include("Driving isn't work in health or social services").and.include('job benefits such as health insurance').and.include(readable(CaseWeighedMessages.education.associate));
      expect(text).not.to.include(STOCK_FIT);
    });

    it('"where do I start?" from a nurse of 19 years with an ADN starts past step 1 (ut36c P05.1)', async () => {
      const text = await said("Hello. I've been a school nurse for 19 years (RN, associate degree). I'm 52. I'm tired of lice checks and sports physicals and I'd like to move into something like pediatric care management. Where do I start?");
      expect(text).to.include("From what you've told me (nurse").and.include('about 19 years').and.include("So let's start at step 2").and.include('Step 2 of 10');
      expect(text).not.to.include('Step 1 of 10');
      for (const message of ["I've been a CNA for 4 years, high school only. where should i begin?", "I'm a paramedic, 10 years, associate degree. where do i start?", "I've worked as a healthcare assistant for 6 years, no degree. Where do I start?"]) {
        const reply = await said(message);
        expect(reply, message).to.include("From what you've told me").and.include("let's start at step");
        expect(reply, message).not.to.include('Step 1 of 10');
      }
    });

    it('how long, asked after a degree in another field was told, counts only what is ahead (ut36c P12.6)', async () => {
      const text = await said('RBT here, 3 yrs doing ABA with autistic kids, BA in psych. thinking about care management instead of going the BCBA route. thoughts?', 'if i start applying now, how long til im an actual care manager');
      expect(text).to.include("From what you've told me (a degree in another field)").and.include('if your degree counts as a related field');
      expect(text).not.to.include(STOCK_TIME);
      for (const [first, second] of [
        ['I have a BA in history.', 'how long til im a care manager?'],
        ['I have a bachelors in business.', 'how long would it take me?'],
        ['I have a degree in english literature.', 'how long before i could become a care manager?'],
      ] as const) {
        const reply = await said(first, second);
        expect(reply, second).to.include('a degree in another field');
        expect(reply, second).not.to.include(STOCK_TIME);
      }
    });

    it('"X here, N years, thinking of switching" gets X said back and where the route starts from it (ut36c P02.1)', async () => {
      const text = await said('zookeeper here, 8 yrs. thinking of switching from animals to people haha');
      expect(text).to.include(`${INTRODUCED} 8 years as a zookeeper.`).and.include("Animal care isn't work in health or social services");
      expect(text).not.to.include('Thanks for sharing that');
      for (const [message, work] of [
        ['plumber here 15 years, thinking about a change', '15 years as a plumber'],
        ['warehouse guy here lol, 12 yrs, want out', '12 years as a warehouse guy'],
        ['electrician here, 9 yrs. thinking of switching', '9 years as an electrician'],
        ['bartender here, 6 yrs. thinking of switching', '6 years as a bartender'],
      ] as const) {
        const reply = await said(message);
        expect(reply, message).to.include(work);
        expect(reply, message).not.to.include('Thanks for sharing that');
      }
    });

    it('hours, skills of the work and age told beside "realistic for me?" are weighed too (ut37a P01-1, P03-1)', async () => {
      const auditor = await said("hi there. I'm 38 and I've been a night auditor at a hotel for 11 years. balancing the books at 3am, dealing with drunk guests, that kind of thing. I'm tired of nights and want something where I actually help people. is care management realistic for me?");
      expect(auditor).to.include("Hotel work (11 years) isn't work").and.include(readable(CaseWeighedMessages.hours)).and.include('nothing about age').and.include(readable(CaseWeighedMessages.budgeting));
      expect(auditor).not.to.include(STOCK_FIT);
      const navy = await said('Retired Navy. 26 yrs, Chief Petty Officer, logistics. Not a corpsman. 58 yrs old. Can I do this job?');
      expect(navy).to.include("Military service (26 years) isn't work").and.include('organizational skills').and.include('nothing about age');
      for (const message of ["I'm 45, did 20 years in the army as a mechanic. could I become a care manager?", "I'm 33, hotel front desk for 7 years, sick of nights. is care management realistic for me?", "I do scheduling for a trucking company, 9 years, sick of weekends. could I do this job?"]) {
        expect(await said(message), message).to.include(OPENING);
      }
    });

    it('"would a chaplain make a good care manager?" weighs that work, not the stock reply (ut37a P02-3)', async () => {
      const text = await said('ok simpler: would a chaplain make a good care manager?');
      expect(text).to.include(readable(CaseWeighedMessages.jobAsAFit.faith('chaplain'))).and.include(readable(CaseWeighedMessages.jobAsAFit.route));
      expect(text).not.to.include(STOCK_FIT);
      const others: ReadonlyArray<readonly [string, string]> = [
        ['do nurses make good care managers?', readable(CaseWeighedMessages.jobAsAFit.field('nurse'))],
        ['can a barber be a good case manager?', "Salon work isn't work in health or social services"],
        ['would a pastor make a decent care manager', readable(CaseWeighedMessages.jobAsAFit.faith('pastor'))],
      ];
      for (const [message, lead] of others) expect(await said(message), message).to.include(lead);
      // Words that name no job ("a 50 year old") are asked of no job.
      expect(await said('can a 50 year old become a care manager?')).not.to.include(readable(CaseWeighedMessages.jobAsAFit.route));
    });

    it('"how do i become a care manager" gets what it takes, not who it suits (ut37a P07-2)', async () => {
      for (const message of ['huh?? how do i become a care manager', 'how do i become a care manager', 'How can I become one?', 'so how would i become a case manager']) {
        const reply = await said(message);
        expect(reply, message).to.include('To become a care manager you usually need');
        expect(reply, message).not.to.include(STOCK_FIT);
      }
    });

    it('ordinary questions get none of these replies', async () => {
      for (const question of ORDINARY) {
        const reply = await said(question);
        expect(reply, question).not.to.include(OPENING);
        expect(reply, question).not.to.include(INTRODUCED);
        expect(reply, question).not.to.include(readable(CaseWeighedMessages.jobAsAFit.route));
      }
    });
  });
}
