import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { askedOfTheRung } from '../../dialogs/understanding/core/followUp';
import { withoutNarrowing } from '../../dialogs/understanding/core/plainQuestion';
import { weighedAgainstOther, rankingAsked } from '../../dialogs/understanding/inView/aspectInView';
import { notGivenInView } from '../../dialogs/understanding/inView/notGivenInView';
import { certificationNeededInView } from '../../dialogs/understanding/inView/requirementInView';
import { payLevelsAsked, rungStepped } from '../../dialogs/understanding/inView/rungStepped';
import { linesOfTheWordAsked } from '../../dialogs/understanding/inView/wordOfTheAnswerInView';
import { areaNotDescribed } from '../../dialogs/understanding/questions/areaAsked';
import { perkAsked } from '../../dialogs/understanding/questions/beyondTheJobAsked';
import { movingUpAsked } from '../../dialogs/understanding/questions/movingUpAsked';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Follow-ups read with the answer in view (session 35, followupsAR: daycare workers, nursery and preschool teachers).
 * A level pointed at in a clause of its own ("how much experience do you need to be at that level?") is that level's;
 * two levels named in one question of pay are both answered; a thing the answer in view names, asked as part of it
 * ("could i go as far as a doctorate?", "does reading journals count too?"), gets its line; "why do they make you do
 * that?" is the answer in view; climbing to a level named ("how do i move up to a director role?") is moving up. What the
 * guide never gives is said plainly: a course or school by name, which of two areas has more jobs (both areas stay in
 * view after they are set side by side), pay raised by the demand in view, an office of one's own, the work in view
 * weighed against one's own ("more stressful than running a preschool room?"), an exact number of years of experience.
 * "working in a daycare" is work told, not a job benefit; "the nursing degree part" is the degree.
 */

const kb = knowledge();
const entry = (id: string) => kb.faqById.get(id)!;

describe('follow-ups read with the answer in view (session 35)', () => {
  describe('a level pointed at in a clause of its own', () => {
    for (const [id, said, asked] of [
      ['salary-senior', 'how much experience do you need to be at that level?', 'salary-senior'],
      ['salary-entry', 'what degree do you need to start at that level', 'salary-entry'],
      ['salary-director', 'what kind of background do you need for that role?', 'salary-director'],
      ['salary-mid', 'what qualifications would i need to get to that level?', 'salary-mid'],
    ] as const) {
      it(`"${said}" after ${id} is ${asked}`, () => expect(askedOfTheRung(said, id)).to.equal(asked));
    }
    for (const [id, said] of [
      ['salary-senior', 'how much experience do you need to be a care manager?'],
      ['salary-senior', 'where would i work at that level?'],
      ['where-they-work', 'how much experience do you need to be at that level?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(askedOfTheRung(said, id)).to.equal(null));
    }
  });

  describe('two levels named in one question of pay', () => {
    for (const [said, levels] of [
      ['what do entry-level and senior care managers earn?', ['salary-entry', 'salary-senior']],
      ['how much do mid level and director care managers make', ['salary-mid', 'salary-director']],
      ['whats the salary for junior, senior and vp care managers?', ['salary-entry', 'salary-senior', 'salary-vp']],
      ['what is the pay for senior or director level', ['salary-senior', 'salary-director']],
    ] as const) {
      it(`"${said}" is ${levels.join(' and ')}`, () => expect(payLevelsAsked(said, kb)?.map((found) => found.id)).to.deep.equal(levels));
    }
    for (const said of ['what do senior care managers earn?', 'do senior care managers earn more than entry level ones?', 'how much do senior and director care managers make after tax', 'how long from entry level to senior?', 'what do senior care managers do and what do they earn']) {
      it(`"${said}" is not`, () => expect(payLevelsAsked(said, kb)).to.equal(null));
    }
  });

  describe('climbing to a level named', () => {
    for (const said of ['how do i move up to a director role in care management?', 'how can i get promoted to senior care manager?', 'what does it take to advance to a director position?', 'how would someone work their way up to the vp level?']) {
      it(`"${said}" asks how to move up`, () => expect(movingUpAsked(said)).to.equal(true));
    }
    for (const said of ['how do i become a director of care management', 'what does a director of care management do', 'how do i move up in care management', 'how do i become a care manager', 'how much does a director make?']) {
      it(`"${said}" does not`, () => expect(movingUpAsked(said)).to.equal(false));
    }
  });

  describe('what the guide never gives, asked of the answer in view', () => {
    for (const [id, said, kind] of [
      ['job-outlook', 'will pay go up because of that?', 'pay-cause'],
      ['job-outlook', 'does that mean higher salaries?', 'pay-cause'],
      ['job-outlook', 'will that push wages up?', 'pay-cause'],
      ['work-environment', 'would i get my own office?', 'workspace'],
      ['daily-duties', 'do they get a desk?', 'workspace'],
    ] as const) {
      it(`"${said}" after ${id} is ${kind}`, () => expect(notGivenInView(said, entry(id))?.kind).to.equal(kind));
    }
    for (const [id, said] of [
      ['salary-senior', 'will pay go up?'],
      ['job-outlook', 'why is demand growing?'],
      ['work-environment', 'do they work in an office?'],
    ] as const) {
      it(`"${said}" after ${id} is none of these`, () => expect(notGivenInView(said, entry(id))).to.equal(null));
    }
    it('"which has more jobs?" ranks on openings', () => expect(rankingAsked('which has more jobs?')).to.equal('the one with the most jobs'));
    it('"which one has more demand?" ranks on demand', () => expect(rankingAsked('which one has more demand?')).to.equal('the one with the most demand'));
    it('"which has more responsibility?" is left to the other readers', () => expect(rankingAsked('which has more responsibility?')).to.equal(null));
    for (const [said, named] of [
      ['more stressful than running a preschool room?', 'running a preschool room'],
      ['is it harder than teaching a kindergarten class?', 'teaching a kindergarten class'],
      ['is that more than managing a daycare?', 'managing a daycare'],
    ] as const) {
      it(`"${said}" weighs the answer in view against "${named}"`, () => expect(weighedAgainstOther(said)?.named).to.equal(named));
    }
  });

  describe('a certification in view, asked whether one is needed at all', () => {
    for (const [id, said] of [
      ['certifications', 'do i actually need one to get hired?'],
      ['ccm', 'is it required to get a job?'],
      ['cmc', 'do i really need one though?'],
      ['certification-benefits', 'do people need to be certified?'],
    ] as const) {
      it(`"${said}" after ${id} asks whether certification is required`, () => expect(certificationNeededInView(said, entry(id))).to.equal('certification-required'));
    }
    for (const [id, said] of [
      ['cmc', 'do i need a degree for it?'],
      ['salary', 'do i actually need one to get hired?'],
      ['ccm', 'how do i get one?'],
    ] as const) {
      it(`"${said}" after ${id} does not`, () => expect(certificationNeededInView(said, entry(id))).to.equal(null));
    }
  });

  describe('an area asked of the four in view', () => {
    for (const [id, said, area] of [
      ['specialisations', 'none of those is hospice or palliative though?', 'hospice or palliative'],
      ['specialisations', 'is there one for hospice?', 'hospice'],
      ['specialisations', 'so nothing for end of life care?', 'end of life care'],
      ['geriatric', 'is there one for palliative care then?', 'palliative care'],
    ] as const) {
      it(`"${said}" after ${id} asks of "${area}"`, () => expect(areaNotDescribed(kb, said, id)).to.equal(area));
    }
    for (const [id, said] of [
      ['specialisations', 'is there one for older people?'],
      ['specialisations', 'is there one for mental health then?'],
      ['salary', 'is there one for hospice?'],
      ['specialisations', 'none of those is about money though?'],
    ] as const) {
      it(`"${said}" after ${id} does not`, () => expect(areaNotDescribed(kb, said, id)).to.equal(null));
    }
  });

  describe('words that only place the question', () => {
    it('"working in a daycare" is no job benefit', () => expect(perkAsked('does working in a daycare count too?')).to.equal(null));
    it('"do they offer daycare?" still asks a benefit', () => expect(perkAsked('do they offer daycare?')).to.equal('offer daycare'));
    it('"on site daycare" still asks a benefit', () => expect(perkAsked('is there on site daycare?')).to.equal('on site daycare'));
    for (const [said, plain] of [
      ['how long is the nursing degree part if i want to be a care manager?', 'how long is the nursing degree if i want to be a care manager?'],
      ['how long is the experience bit?', 'how long is the experience?'],
      ["and the master's stage?", "and the master's?"],
      ['is the degree part of the route?', 'is the degree part of the route?'],
      ['could I do my training part-time?', 'could I do my training part-time?'],
      ['can i do the degree part time?', 'can i do the degree part time?'],
    ] as const) {
      it(`"${said}" reads as "${plain}"`, () => expect(withoutNarrowing(said)).to.equal(plain));
    }
    it('"and from there?" after the first jobs is its line on where they lead', () =>
      expect(linesOfTheWordAsked('and from there?', entry('entry-level-jobs'))?.join(' ')).to.include('From there you can work your way up'));
    it('"and from there?" after an answer that says nothing of it is left alone', () => expect(linesOfTheWordAsked('and from there?', entry('stressful'))).to.equal(null));
    it('"and after that?" after the senior role is the director role', () => expect(rungStepped('and after that?', entry('senior-care-manager'), kb)?.id).to.equal('director-roles'));
    it('"and after that?" after the mid-level pay is the senior pay', () => expect(rungStepped('and after that?', entry('salary-mid'), kb)?.id).to.equal('salary-senior'));
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`through the bot (${name})`, () => {
      it('"how much experience do you need to be at that level?" after the senior pay gets its 5+ years, then "and what do they actually do?" the senior role', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how much does a senior care manager make?');
        const years = await chat.say('how much experience do you need to be at that level?');
        expectShown(years, '5+ years');
        expect(readable(shownText(years))).not.to.include(readable(answerOpening('gaining-experience')));
        expectChannelSafe(channelId, years, 'at that level');
        const work = await chat.say('and what do they actually do?');
        expectShown(work, answerOpening('senior-care-manager'));
        expectChannelSafe(channelId, work, 'what they do');
      });

      it('"how many years would i need to get to that level?" after the mid-level pay never leads with the entry level\'s years', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does a mid-level care manager earn');
        const replies = await chat.say('how many years would i need to get to that level?');
        expect(readable(shownText(replies))).not.to.include('0–2 years');
        expect(readable(shownText(replies))).not.to.include('6 to 8 years');
        expectChannelSafe(channelId, replies, 'mid years');
      });

      it('"what do entry-level and senior care managers earn?" gets both levels\' pay', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say('what do entry-level and senior care managers earn?');
        expect(readable(shownText(replies))).to.include('40,000').and.to.include('80,000');
        expect(readable(shownText(replies))).not.to.include('Did you mean');
        expectChannelSafe(channelId, replies, 'two levels');
      });

      it('"how do i move up to a director role?" gets moving up, and "what training would help?" its line', async () => {
        const chat = startGuided({ channelId });
        const up = await chat.say('how do i move up to a director role in care management?');
        expectShown(up, answerOpening('advancing'));
        expect(readable(shownText(up))).not.to.include(readable(answerOpening('director-roles')));
        expectChannelSafe(channelId, up, 'move up');
        const training = await chat.say('what training would help?');
        expectShown(training, Messages.partGives('Moving up'), 'training in healthcare administration or leadership');
        expectChannelSafe(channelId, training, 'training');
      });

      it('"is there a specific course you\'d recommend?" after how to specialize says the guide names none', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what is psychiatric care management?');
        await chat.say('how would i get into that?');
        const replies = await chat.say("is there a specific course you'd recommend?");
        expectShown(replies, Messages.aspectNotGiven.names);
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('degree-fields')));
        expectChannelSafe(channelId, replies, 'specific course');
      });

      it('"could i go as far as a doctorate?" and "does reading journals count too?" after continuing development get what it says', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how do care managers keep developing professionally?');
        const doctorate = await chat.say('could i go as far as a doctorate?');
        expectShown(doctorate, 'doctorate level');
        expect(readable(shownText(doctorate))).not.to.include('outside what I can help with');
        expectChannelSafe(channelId, doctorate, 'doctorate');
        const journals = await chat.say('does reading journals count too?');
        expectShown(journals, 'reading journals and articles');
        expect(readable(shownText(journals))).not.to.include("I don't have an answer");
        expectChannelSafe(channelId, journals, 'journals');
      });

      it('"why do they make you do that?" after keeping certified is that answer, not whether the work is rewarding', async () => {
        const chat = startGuided({ channelId });
        await chat.say("once i'm certified as a care manager, how do i keep it up to date?");
        const replies = await chat.say('why do they make you do that?');
        expectShown(replies, 'continuing education and periodic re-examinations');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('rewarding')));
        expectChannelSafe(channelId, replies, 'why');
      });

      it('"which has more jobs?" after two areas side by side says the guide doesn\'t say', async () => {
        const chat = startGuided({ channelId });
        await chat.say("what's the difference between geriatric and pediatric care management?");
        const replies = await chat.say('which has more jobs?');
        expectShown(replies, Messages.notRanked('the one with the most jobs'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('case-management')));
        expectChannelSafe(channelId, replies, 'more jobs');
      });

      it('"will pay go up because of that?" after the job outlook says the guide doesn\'t say, and starts no pay ladder', async () => {
        const chat = startGuided({ channelId });
        await chat.say('is there much demand for care managers?');
        const replies = await chat.say('will pay go up because of that?');
        expectShown(replies, Messages.notGivenInView['pay-cause']('Job outlook').replace(/:$/, ''));
        expect(readable(shownText(replies))).not.to.include('Which level would you like');
        expectChannelSafe(channelId, replies, 'pay cause');
      });

      it('"would i get my own office?" after the work environment says the guide doesn\'t say, not working independently', async () => {
        const chat = startGuided({ channelId });
        await chat.say("what's the work environment like for a care manager?");
        const replies = await chat.say('would i get my own office?');
        expectShown(replies, Messages.notGivenInView.workspace('Work environment').replace(/:$/, ''));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('independent-practice')));
        expectChannelSafe(channelId, replies, 'office');
      });

      it('"more stressful than running a preschool room?" after the stress says the guide compares nothing with it', async () => {
        const chat = startGuided({ channelId });
        await chat.say('is care management a stressful job?');
        const replies = await chat.say('more stressful than running a preschool room?');
        expectShown(replies, Messages.notComparedWith('running a preschool room'));
        expectChannelSafe(channelId, replies, 'preschool');
      });

      it('"how long is the nursing degree part?" gets the degree\'s four years, and "how many years of experience exactly?" no exact figure', async () => {
        const chat = startGuided({ channelId });
        const degree = await chat.say('how long is the nursing degree part if i want to be a care manager?');
        expectShown(degree, 'about four years');
        expect(readable(shownText(degree))).not.to.include("I don't have an answer");
        expectChannelSafe(channelId, degree, 'degree part');
        const exactly = await chat.say('how many years of experience exactly?');
        expectShown(exactly, Messages.aspectNotGiven['exact-figure']);
        expectChannelSafe(channelId, exactly, 'exactly');
      });

      it('"does working in a daycare count too?" after gaining experience weighs the work, never job benefits', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how do i gain experience');
        const replies = await chat.say('does working in a daycare count too?');
        expect(readable(shownText(replies))).not.to.include('job benefits');
        expectShown(replies, "doesn't say whether that counts");
        expectChannelSafe(channelId, replies, 'daycare');
      });

      it('"do i actually need one to get hired?" after the certifications side by side says whether certification is required', async () => {
        const chat = startGuided({ channelId });
        await chat.say('which certifications should i get to be a care manager?');
        await chat.say('which of the two is better?');
        const replies = await chat.say('do i actually need one to get hired?');
        expectShown(replies, answerOpening('certification-required'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('what-is-needed')));
        expectChannelSafe(channelId, replies, 'need one');
      });

      it('"none of those is hospice or palliative though?" after the four areas says the guide describes no such area (tester ut35a, P03 m9)', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what specialties are there?');
        const replies = await chat.say('none of those is hospice or palliative though?');
        expectShown(replies, Messages.direct.areaNotDescribed('hospice or palliative').replace(/ The areas it describes[^]*$/, ''));
        expect(readable(shownText(replies))).not.to.include('outside what I can help with');
        expectChannelSafe(channelId, replies, 'hospice');
      });

      it('"and from there?" after the first jobs gets its line on where they lead; "and after that?" after the senior role the director role', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what jobs can i start in on the way to becoming a care manager?');
        const there = await chat.say('and from there?');
        expectShown(there, 'From there you can work your way up to a care manager role');
        expect(readable(shownText(there))).not.to.include("I don't have an answer");
        expectChannelSafe(channelId, there, 'from there');
        await chat.say('what does a senior care manager do');
        const after = await chat.say('and after that?');
        expectShown(after, answerOpening('director-roles'));
        expect(readable(shownText(after))).not.to.include(readable(answerOpening('salary-mid')));
        expectChannelSafe(channelId, after, 'after that');
      });
    });
  }
});
