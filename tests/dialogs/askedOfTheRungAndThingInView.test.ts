import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { ownPracticeInView } from '../../dialogs/understanding/person/ownPracticeAsked';
import { shortOfADegreeAsked } from '../../dialogs/understanding/person/experienceCounts';
import { areaEnteredInView } from '../../dialogs/understanding/inView/areaEntered';
import { linesOfTheWordAsked } from '../../dialogs/understanding/inView/wordOfTheAnswerInView';
import { notGivenInView } from '../../dialogs/understanding/inView/notGivenInView';
import { worthAskedInView } from '../../dialogs/understanding/inView/worthAsked';
import { rungStepped, rungsNamedTogether, yearAskedOfThePay, yearsOfTheRoleInView } from '../../dialogs/understanding/inView/rungStepped';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Follow-ups asked of the rung or the thing in view (session 34, followupsAP). A step along the career ladder said as
 * a step ("and one step up?", "and one step down?", "what's next after that?") moves from the rung in view, and two steps
 * said one after the other both start from the rung first asked of; two levels named together ("and senior and vp?")
 * are both answered; the years of a role in view are its level's ("how many years does that usually take?" after the
 * director role: the guide gives no number, said so); a year offered as the pay's unit ("per hour or per year?") is the
 * answer. Setting up the practice in view ("how would i set that up?" after working independently) is the guide's
 * silence on it, and a high school diploma ("would just my high school diploma be enough?") is the way in without a degree.
 * A short follow-up pointed at the answer in view asks of the thing one of its lines says ("what roles could that lead
 * to?" after moving up, "is that a legal thing?" after confidentiality), not what its words alone read as; "which should i
 * start with?" gets the line that says which; getting into the area in view is how to specialize; and "why bother?"
 * after a thing whose answer says its worth is that answer's lines, not the benefits of certifying. Who pays, a count of
 * people, a fee and an employer the guide never names, asked of the answer in view, are said not to be given.
 */

const kb = knowledge();
const entry = (id: string) => kb.faqById.get(id)!;

describe('follow-ups asked of the rung or the thing in view (session 34)', () => {
  describe('a step along the ladder from the rung in view', () => {
    for (const [id, said, stepped] of [
      ['salary-director', 'and one step up?', 'salary-vp'],
      ['salary-director', 'and one step down?', 'salary-senior'],
      ['salary-senior', 'the level below?', 'salary-mid'],
      ['salary-mid', 'a level higher then?', 'salary-senior'],
      ['salary-entry', 'what about the next level up', 'salary-mid'],
      ['senior-care-manager', "what's next after that?", 'director-roles'],
      ['director-roles', 'and one step down?', 'senior-care-manager'],
      ['senior-care-manager', 'whats next?', 'director-roles'],
      // The care manager level between junior and senior has no answer of its own: the career path names it (session 37).
      ['junior-care-manager', "what's next?", 'career-ladder'],
    ] as const) {
      it(`"${said}" after ${id} is ${stepped}`, () => expect(rungStepped(said, entry(id), kb)?.id).to.equal(stepped));
    }
    it('a step down right after a step up starts from the rung first asked of', () =>
      expect(rungStepped('and one step down?', entry('salary-vp'), kb, entry('salary-director'))?.id).to.equal('salary-senior'));
    it('a second step up after a step up keeps climbing', () => expect(rungStepped('one step up again', entry('salary-director'), kb, entry('salary-senior'))?.id).to.equal('salary-vp'));
    for (const [id, said] of [
      ['salary-vp', 'and one step up?'],
      ['salary-director', 'one step up from senior?'],
      ['where-they-work', 'and one step up?'],
      ['advancing', "what's next?"],
      ['salary-senior', 'how do i step up to director?'],
      ['salary-senior', 'what should i do next to get promoted?'],
    ] as const) {
      it(`"${said}" after ${id} is left to the other rules`, () => expect(rungStepped(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('two levels named together after a pay', () => {
    for (const [id, said, levels] of [
      ['salary-mid', 'and senior and vp?', ['salary-senior', 'salary-vp']],
      ['salary', 'what about entry and mid level?', ['salary-entry', 'salary-mid']],
      ['salary-entry', 'senior, director and vp?', ['salary-senior', 'salary-director', 'salary-vp']],
      ['salary-senior', 'and the directors or the vps?', ['salary-director', 'salary-vp']],
    ] as const) {
      it(`"${said}" after ${id} is ${levels.join(' and ')}`, () => expect(rungsNamedTogether(said, entry(id), kb)?.map((found) => found.id)).to.deep.equal(levels));
    }
    for (const [id, said] of [
      ['salary-mid', 'and senior?'],
      ['salary-mid', 'senior and happy?'],
      ['senior-care-manager', 'and director and vp?'],
      ['salary-mid', 'how do senior and vp differ in what they do?'],
      ['where-they-work', 'senior and vp?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(rungsNamedTogether(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('the years of the role in view', () => {
    it('"how many years does that usually take?" after the director role: the guide gives only words', () =>
      expect(yearsOfTheRoleInView('how many years does that usually take?', entry('director-roles'), kb)).to.include({ numbered: false, years: 'significant experience' }));
    it('"how long to get there?" after the senior role: its 5+ years', () =>
      expect(yearsOfTheRoleInView('how long to get there?', entry('senior-care-manager'), kb)).to.include({ numbered: true, years: '5+ years' }));
    for (const [id, said] of [
      ['director-roles', 'how many years does it take to become a care manager?'.replace('it take', 'it take a senior')],
      ['salary-director', 'how many years does that take?'],
      ['director-roles', 'how long is the working day?'.replace('how long is', 'what is')],
      ['advancing', 'how long does that take?'],
      ['director-roles', 'how many years for senior?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(yearsOfTheRoleInView(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('a year asked as the unit of the pay in view', () => {
    for (const [id, said] of [
      ['salary-entry', 'is that per hour or per year?'],
      ['salary-senior', 'is that yearly?'],
      ['salary', 'annual or monthly?'],
      ['salary-vp', 'a year, right?'],
    ] as const) {
      it(`"${said}" after ${id} is that pay`, () => expect(yearAskedOfThePay(said, entry(id))?.id).to.equal(id));
    }
    for (const [id, said] of [
      ['salary-senior', 'is that per year after tax?'],
      ['salary-senior', 'is that per hour?'],
      ['senior-care-manager', 'is that yearly?'],
      ['certification-renewal', 'is that every year?'],
      ['salary-senior', 'how much would i make in a year with a raise?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(yearAskedOfThePay(said, entry(id))).to.equal(null));
    }
  });

  describe('setting up the practice in view', () => {
    for (const said of ['how would i set that up?', 'how do i go about it?', 'how would i get one started?', 'how do you set it up?']) {
      it(`"${said}" after working independently asks how to set one up`, () => expect(ownPracticeInView(said, 'independent-practice')).to.equal(true));
    }
    for (const [id, said] of [
      ['independent-practice', 'is that common?'],
      ['independent-practice', 'how much would i earn?'],
      ['care-planning', 'how would i set that up?'],
      ['independent-practice', 'set that up for me'],
    ] as const) {
      it(`"${said}" after ${id} does not`, () => expect(ownPracticeInView(said, id)).to.equal(false));
    }
  });

  describe('a high school diploma set against the degree', () => {
    for (const said of ['would just my high school diploma be enough?', 'can i be a care manager with only a GED?', 'is a high school education enough to be a care manager?', 'i only finished high school, is that ok?']) {
      it(`"${said}" is read as short of a degree`, () => expect(shortOfADegreeAsked(said)).to.equal('high school diplomas'));
    }
    for (const said of ['what did you study in high school?', 'do high school students get internships?', 'is a diploma enough?']) {
      it(`"${said}" is not a high school diploma weighed`, () => expect(shortOfADegreeAsked(said)).not.to.equal('high school diplomas'));
    }
  });

  describe('the lines of the answer in view a pointed follow-up asks of', () => {
    for (const [id, said, line] of [
      ['advancing', 'what roles could that lead to?', 'senior care manager'],
      ['advancing', 'what should i get good at to get there?', 'leadership skills'],
      ['care-planning', 'what if things change for the client?', 'circumstances change'],
      ['confidentiality', 'is that a legal thing?', 'privacy laws'],
      ['where-they-work', "so i'd go into people's homes?", "patients' homes"],
      ['continuing-development', 'like what kind of higher degree?', "master's or doctorate"],
      ['finding-a-job', 'what kind of positions should i focus on?', 'care coordinator'],
      ['certification-renewal', 'is that for both the ccm and the cmc?', 'CCM or CMC'],
      ['certifications', 'which should i start with?', 'a good one to start with'],
      ['certifications', 'so which one first?', 'a good one to start with'],
      ['work-environment', 'so it could be at an insurance company?', 'insurance companies'],
      ['geriatric', 'is there a cert for that?', 'possibly a certification'],
    ] as const) {
      it(`"${said}" after ${id} gets the line on ${line}`, () => {
        const lines = linesOfTheWordAsked(said, entry(id));
        expect(lines, said).not.to.equal(null);
        expect(lines!.join(' ')).to.include(line);
        expect(lines!.length).to.be.below(entry(id).answer.split('\n').filter((unit) => unit.trim()).length);
      });
    }
    for (const [id, said] of [
      ['without-degree', 'and how do i get that experience?'],
      ['salary', "the entry level, what's that?"],
      ['where-they-work', 'how much does that pay?'],
      ['salary', 'is that good money?'],
      ['ccm', 'how do i get it?'],
      ['internships', 'are they paid?'],
      ['essential-skills', 'which is most important?'],
      ['where-they-work', 'does the postal service hire them?'],
      ['stressful', 'how do i deal with that?'],
      ['licensing', 'where do i get that?'],
      ['care-planning', 'who writes it?'],
      ['work-environment', 'is it mostly in hospitals?'.replace('hospitals', 'schools')],
      ['advancing', 'what about becoming a care manager?'],
      ['geriatric', 'how would i get into that area?'],
      ['salary', 'what do care managers earn?'],
    ] as const) {
      it(`"${said}" after ${id} is left to the other rules`, () => expect(linesOfTheWordAsked(said, entry(id))).to.equal(null));
    }
  });

  describe('getting into the area in view', () => {
    for (const [id, said] of [
      ['geriatric', 'how would i get into that area?'],
      ['psychiatric', 'how could someone get into it?'],
      ['chronic-disease', 'how do i specialize in that?'],
      ['pediatric', 'how would i train for that?'],
    ] as const) {
      it(`"${said}" after ${id} is how to specialize`, () => expect(areaEnteredInView(said, entry(id), kb)?.id).to.equal('how-to-specialise'));
    }
    for (const [id, said] of [
      ['geriatric', 'how much does it pay?'],
      ['geriatric', 'what do they do all day?'],
      ['where-they-work', 'how would i get into that?'],
      ['geriatric', 'how would i get into pediatric instead?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(areaEnteredInView(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('"why bother?" after a thing whose answer says its worth', () => {
    for (const id of ['internships', 'volunteering', 'professional-organizations', 'continuing-development'] as const) {
      it(`after ${id} is asked of it`, () => expect(worthAskedInView('why bother?', entry(id), kb)?.id).to.equal(id));
    }
    it('after whether certification is required is still the benefits of certifying', () => expect(worthAskedInView('so why bother?', entry('certification-required'), kb)?.id).to.equal('certification-benefits'));
    for (const id of ['stressful', 'salary', 'work-hours'] as const) {
      it(`after ${id} is left to the other rules`, () => expect(worthAskedInView('why bother?', entry(id), kb)).to.equal(null));
    }
  });

  describe('what the guide never gives, asked of the answer in view', () => {
    for (const [id, said, kind] of [
      ['continuing-development', 'does my employer pay for it?', 'who-pays'],
      ['ccm', 'who pays for it?', 'who-pays'],
      ['internships', 'would the hospital cover that?', 'who-pays'],
      ['salary-senior', 'how many people would i be leading?', 'count'],
      ['senior-care-manager', 'how big is the team?', 'count'],
      ['professional-organizations', 'how much are the dues for CMSA?', 'cost'],
      ['professional-organizations', 'what are the membership fees like?', 'cost'],
      ['where-they-work', 'does the postal service hire them?', 'employer'],
      ['where-they-work', 'does the VA hire them?', 'employer'],
      ['work-environment', 'do schools hire them?', 'employer'],
    ] as const) {
      it(`"${said}" after ${id} is ${kind}, not given`, () => expect(notGivenInView(said, entry(id))?.kind).to.equal(kind));
    }
    it('the employer is named as typed', () => expect(notGivenInView('does the VA hire them?', entry('where-they-work'))).to.deep.equal({ kind: 'employer', employer: 'the VA' }));
    for (const [id, said] of [
      ['where-they-work', 'do insurance companies hire them?'],
      ['where-they-work', 'do nursing homes hire them?'],
      ['salary-senior', 'does the job pay well?'],
      ['salary', 'does the hospital pay more?'],
      ['internships', 'are they paid?'],
      ['how-long', 'how many years does it take?'],
      ['certifications', 'how many are there?'],
      ['ccm', 'does the ccmc hire them?'],
      ['essential-skills', 'can they work for themselves?'],
      ['where-they-work', 'can i work from home?'],
      ['where-they-work', 'can i work with kids?'],
      ['where-they-work', 'can they work in mental health?'],
      ['case-management', 'how many clients would i have?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(notGivenInView(said, entry(id))).to.equal(null));
    }
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`in ${name}`, () => {
      it('"and one step up?" then "and one step down?" after the director\'s pay get the vice president\'s and the senior\'s pay, not moving up or the stress', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does a director of care management make');
        const up = await chat.say('and one step up?');
        expectShown(up, answerOpening('salary-vp'));
        expect(readable(shownText(up))).not.to.include(readable(answerOpening('advancing')));
        expectChannelSafe(channelId, up, 'step up');
        const down = await chat.say('and one step down?');
        expectShown(down, answerOpening('salary-senior'));
        expect(readable(shownText(down))).not.to.include(readable(answerOpening('stressful')));
        expectChannelSafe(channelId, down, 'step down');
      });

      it('"what\'s next after that?" after the senior role gets the director role; "how many years does that usually take?" then says the guide gives no number', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does a senior care manager do');
        const next = await chat.say("what's next after that?");
        expectShown(next, answerOpening('director-roles'));
        expect(readable(shownText(next))).not.to.include(readable(answerOpening('certifications')));
        expectChannelSafe(channelId, next, 'next after that');
        const years = await chat.say('how many years does that usually take?');
        expectShown(years, Messages.rungYearsNotGiven('supervisor/director', 'significant experience'));
        expect(readable(shownText(years))).not.to.include('6 to 8 years');
        expectChannelSafe(channelId, years, 'how many years');
      });

      it('"and senior and vp?" after the mid-level pay gets both levels\' pay', async () => {
        const chat = startGuided({ channelId });
        await chat.say("what's the pay for a mid-level care manager");
        const replies = await chat.say('and senior and vp?');
        const shown = readable(shownText(replies));
        expect(shown).to.include('80,000').and.to.include('130,000');
        expectChannelSafe(channelId, replies, 'senior and vp');
      });

      it('"is that per hour or per year?" after the entry-level pay says per year and points at that pay just above, not a decline', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how much do entry level care managers make');
        const replies = await chat.say('is that per hour or per year?');
        // The pay was the last reply: pointed at, not sent again (repair34).
        expectShown(replies, Messages.payByTheYear, Messages.answerAbove);
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('salary-entry')));
        expect(readable(shownText(replies))).not.to.include("so I won't guess");
        expectChannelSafe(channelId, replies, 'per year');
      });

      it('"how would i set that up?" after working independently says the guide gives no steps, not the same answer in short', async () => {
        const chat = startGuided({ channelId });
        await chat.say('can a care manager work independently');
        const replies = await chat.say('how would i set that up?');
        expectShown(replies, Messages.direct.ownPracticeNotSaid.replace(/ All it says[^]*$/, ''));
        expect(readable(shownText(replies))).not.to.include(readable(Messages.allInView(entry('independent-practice').title)));
        expectChannelSafe(channelId, replies, 'set that up');
      });

      it('"what roles could that lead to?" after moving up gets its line on senior and director roles, not the first jobs', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how can i advance my career as a care manager');
        const replies = await chat.say('what roles could that lead to?');
        expectShown(replies, Messages.partGives(entry('advancing').title), 'senior care manager');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('entry-level-jobs')));
        expectChannelSafe(channelId, replies, 'lead to');
      });

      it('"is that a legal thing?" after confidentiality gets its line on privacy laws, not compliance', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how important is confidentiality for a care manager');
        const replies = await chat.say('is that a legal thing?');
        expectShown(replies, Messages.partGives(entry('confidentiality').title), 'follow privacy laws');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('compliance')));
        expectChannelSafe(channelId, replies, 'legal thing');
      });

      it('"what kind of positions should i focus on?" after finding a job gets its line on roles, not a decline', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how do i find a job as a care manager');
        const replies = await chat.say('what kind of positions should i focus on?');
        expectShown(replies, Messages.partGives(entry('finding-a-job').title), 'care coordinator');
        expect(readable(shownText(replies))).not.to.include(readable(Messages.didYouMean));
        expectChannelSafe(channelId, replies, 'positions');
      });

      it('"which should i start with?" after the certifications gets the CCM line, and "who offers the second one?" then the CMC', async () => {
        const chat = startGuided({ channelId });
        await chat.say('which certifications should a care manager get');
        const first = await chat.say('which should i start with?');
        expectShown(first, Messages.partGives(entry('certifications').title), 'a good one to start with');
        expect(readable(shownText(first))).not.to.include(readable(answerOpening('entry-level-jobs')));
        expectChannelSafe(channelId, first, 'start with');
        const second = await chat.say('who offers the second one?');
        expectShown(second, answerOpening('cmc'));
        expectChannelSafe(channelId, second, 'second one');
      });

      it('"how would i get into that area?" after geriatric care gets how to specialize', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what is geriatric care management');
        const replies = await chat.say('how would i get into that area?');
        expectShown(replies, answerOpening('how-to-specialise'));
        expectChannelSafe(channelId, replies, 'into that area');
      });

      it('"why bother?" after the internships gets what they are worth, not the benefits of certifying', async () => {
        const chat = startGuided({ channelId });
        await chat.say('should i do an internship while studying to be a care manager');
        const replies = await chat.say('why bother?');
        expectShown(replies, Messages.partGives(entry('internships').title), 'more attractive candidate');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('certification-benefits')));
        expectChannelSafe(channelId, replies, 'why bother');
      });

      it('"does the postal service hire them?" after where care managers work says the guide does not mention it, not the same list again', async () => {
        const chat = startGuided({ channelId });
        await chat.say('where do care managers work');
        const replies = await chat.say('does the postal service hire them?');
        expectShown(replies, Messages.thingNotMentioned('the postal service', entry('where-they-work').title).replace(/:$/, ''));
        expect(readable(shownText(replies))).not.to.include(readable(Messages.allInView(entry('where-they-work').title)));
        expectChannelSafe(channelId, replies, 'postal service');
      });

      it('"does my employer pay for it?" after continuing development says the guide does not say who pays, not the benefits of certifying', async () => {
        const chat = startGuided({ channelId });
        await chat.say('do care managers keep training after they are hired');
        const replies = await chat.say('does my employer pay for it?');
        expectShown(replies, Messages.notGivenInView['who-pays'](entry('continuing-development').title).replace(/:$/, ''));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('certification-benefits')));
        expectChannelSafe(channelId, replies, 'employer pay');
      });

      it('"how many people would i be leading?" after the senior pay says the guide gives no number, not the leadership skill', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does a senior care manager earn');
        const replies = await chat.say('how many people would i be leading?');
        expectShown(replies, Messages.notGivenInView.count(entry('salary-senior').title).replace(/:$/, ''));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('leadership')));
        expectChannelSafe(channelId, replies, 'how many people');
      });

      it('"how much are the dues for CMSA?" after the professional groups says the guide gives no cost', async () => {
        const chat = startGuided({ channelId });
        await chat.say('which professional organizations should a care manager join');
        const replies = await chat.say('how much are the dues for CMSA?');
        expectShown(replies, Messages.notGivenInView.cost(entry('professional-organizations').title).replace(/:$/, ''));
        expectChannelSafe(channelId, replies, 'dues');
      });

      it('"would just my high school diploma be enough?" after what you need gets the way in without a degree, not high school weighed as a field', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what do i need to become a care manager');
        const replies = await chat.say('would just my high school diploma be enough?');
        expectShown(replies, Messages.direct.shortOfADegree('high school diplomas'), answerOpening('without-degree'));
        expect(readable(shownText(replies))).not.to.include('counts as one');
        expectChannelSafe(channelId, replies, 'high school');
      });
    });
  }
});
