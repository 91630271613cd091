import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { thingNamed } from '../../dialogs/rendering/beyond/nearby';
import { besidesInView, linesBesidesInView } from '../../dialogs/understanding/inView/besidesInView';
import { experienceOfTheAnswerInView } from '../../dialogs/understanding/inView/experienceInView';
import { oneOfTheList } from '../../dialogs/understanding/inView/oneOfTheList';
import { requirementOfTheThing } from '../../dialogs/understanding/inView/requirementInView';
import { rungKeptInView } from '../../dialogs/understanding/inView/rungInView';
import { worthAskedInView } from '../../dialogs/understanding/inView/worthAsked';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Follow-ups asked of what the answer in view itself says (session 33, followupsAN: schedulers and staffing
 * coordinators at home health agencies). Which experience, asked after an answer that says which ("what experience
 * counts?" after what you need), gets that answer's line, not how to gain experience in general. A level named only as
 * whom the people in view act on ("how do they help the juniors?" after the senior role) keeps the rung in view, and
 * "the job" asked after a level's pay is that level's role. The rest of a list asked for beside one of its items ("what
 * else besides insurance?" after where care managers work) is the answer in view without that item. Why one would get a
 * thing at all ("then why get it?" after whether certification is required) is the benefits of getting certified, and
 * what it proves is the line of the answer in view that says what it shows. A requirement asked of a thing whose answer
 * lists what it requires ("do i need a degree for it?" after the CMC) is that line, not the degree in general, and a
 * thing asked to be one of those listed ("is organization one?" after the key skills) the line that names it.
 */

const kb = knowledge();
const entry = (id: string) => kb.faqById.get(id)!;

describe('follow-ups asked of what the answer in view says (session 33)', () => {
  describe('which experience, after an answer that says which', () => {
    for (const [id, said] of [
      ['without-degree', 'so what kind of experience makes up for it?'],
      ['without-degree', 'which experience, though?'],
      ['what-is-needed', 'what experience counts?'],
      ['advancing', 'what experience do they want for that?'],
      ['cmc', 'what type of experience?'],
      ['senior-care-manager', 'what experience do they need?'],
    ] as const) {
      it(`"${said}" after ${id} is asked of it`, () => expect(experienceOfTheAnswerInView(said, entry(id), kb)?.id).to.equal(id));
    }
    for (const [id, said] of [
      ['without-degree', 'how do i get that experience?'],
      ['without-degree', 'where can i gain experience?'],
      ['what-is-needed', "i've been scheduling for 6 years, what experience counts?"],
      ['what-is-needed', 'does my experience count?'],
      ['what-is-needed', 'what kind of experience do i need?'],
      ['without-degree', 'what experience do i need for the CCM?'],
      ['soft-skills', 'what kind of experience?'],
      ['licensing', 'what experience?'],
      ['what-is-needed', 'how long does it take?'],
      ['without-degree', 'which degree is best?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(experienceOfTheAnswerInView(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('the rung in view kept', () => {
    for (const [id, said, kept] of [
      ['senior-care-manager', 'how do they help the juniors?', 'senior-care-manager'],
      ['senior-care-manager', 'do they train the new ones?', 'senior-care-manager'],
      ['director-roles', 'do they supervise juniors too?', 'director-roles'],
      ['salary-mid', "and what do they take on that entry level don't?", 'salary-mid'],
      ['salary-senior', "what do they handle that juniors don't?", 'salary-senior'],
      ['salary-director', "what's the job like?", 'director-roles'],
      ['salary-senior', 'what does the role involve?', 'senior-care-manager'],
      ['salary-entry', 'what is the job all about?', 'junior-care-manager'],
    ] as const) {
      it(`"${said}" after ${id} is ${kept}`, () => expect(rungKeptInView(said, entry(id), kb)?.id).to.equal(kept));
    }
    for (const [id, said] of [
      ['senior-care-manager', 'and the juniors?'],
      ['salary-mid', 'what about entry level?'],
      ['senior-care-manager', 'how do juniors learn the job?'],
      ['salary-director', 'do they earn more than seniors?'],
      ['salary', "what's the job like?"],
      ['salary-mid', "what's the job like?"],
      ['salary-entry', "what's the senior job like?"],
      ['daily-duties', "what's the job like?"],
      ['senior-care-manager', 'how much?'],
      ['salary-senior', 'lol i didnt ask about pay, what does the job involve day to day?'],
    ] as const) {
      it(`"${said}" after ${id} is left to the other rules`, () => expect(rungKeptInView(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('the rest of the list in view, beside an item of it', () => {
    for (const [id, said] of [
      ['where-they-work', 'what else besides insurance?'],
      ['where-they-work', 'anywhere else apart from hospitals?'],
      ['gaining-experience', 'any other places other than nursing homes?'],
      ['essential-skills', 'what else besides communication?'],
      ['hard-skills', 'anything else apart from software?'],
    ] as const) {
      it(`"${said}" after ${id} asks for the rest of it`, () => expect(besidesInView(said, entry(id))?.id).to.equal(id));
    }
    for (const [id, said] of [
      ['where-they-work', 'what else do they do?'],
      ['where-they-work', 'what about hospitals?'],
      ['essential-skills', 'what else besides care management?'],
      ['essential-skills', 'what else besides skills?'],
      ['hard-skills', 'what else besides dancing?'],
      ['salary', 'what else besides pay?'],
    ] as const) {
      it(`"${said}" after ${id} does not`, () => expect(besidesInView(said, entry(id))).to.equal(null));
    }
    it('the key skills beside communication leave out the communication line only', () => {
      const rest = linesBesidesInView('what else besides communication?', entry('essential-skills'))!;
      expect(rest.some((line) => /communication/i.test(line))).to.equal(false);
      expect(rest.length).to.equal(entry('essential-skills').answer.split('\n').filter((line) => /^\s*- /.test(line)).length - 1);
    });
  });

  describe('the worth of the thing in view', () => {
    for (const [id, said, worth] of [
      ['certification-required', 'then why get it?', 'certification-benefits'],
      ['certification-required', 'so why bother?', 'certification-benefits'],
      ['cmc', "what's the point of getting one?", 'certification-benefits'],
      ['ccm', 'why would i bother getting it then?', 'certification-benefits'],
      ['ccm', 'what does it prove?', 'ccm'],
      ['certification-benefits', 'what would it show employers?', 'certification-benefits'],
      ['ccm', 'what does that demonstrate?', 'ccm'],
    ] as const) {
      it(`"${said}" after ${id} is ${worth}`, () => expect(worthAskedInView(said, entry(id), kb)?.id).to.equal(worth));
    }
    for (const [id, said] of [
      ['volunteering', 'why do it?'],
      ['professional-organizations', 'why join them?'],
      ['stressful', 'why bother?'],
      ['certification-required', 'why?'],
      ['ccm', 'why is it needed?'],
      ['ccm', 'what does it cover?'],
      ['work-hours', 'what does it prove?'],
    ] as const) {
      it(`"${said}" after ${id} is left to the other rules`, () => expect(worthAskedInView(said, entry(id), kb)).to.equal(null));
    }
  });

  describe('a requirement of the thing in view', () => {
    for (const said of ['do i need a degree for it?', 'does it require an exam?', 'is a degree needed to get that?', 'would i need supervised hours for it too?']) {
      it(`"${said}" after the CMC is asked of the CMC`, () => expect(requirementOfTheThing(said, entry('cmc'))?.id).to.equal('cmc'));
    }
    for (const [id, said] of [
      ['cmc', 'do i need a license for it?'],
      ['cmc', 'who gives it out?'],
      ['ccm', 'do i need a degree for it?'],
      ['cmc', 'do i need a degree?'],
      ['without-degree', 'do i need a degree for it?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(requirementOfTheThing(said, entry(id))).to.equal(null));
    }
  });

  describe('a thing asked to be one of those listed', () => {
    for (const [id, said] of [
      ['essential-skills', 'is organization one? i juggle 40 aides a day'],
      ['essential-skills', 'is empathy one of them?'],
      ['soft-skills', 'does patience count as one?'],
      ['hard-skills', 'are healthcare laws on the list too?'],
    ] as const) {
      it(`"${said}" after ${id} is asked of it`, () => expect(oneOfTheList(said, entry(id))?.id).to.equal(id));
    }
    for (const [id, said] of [
      ['essential-skills', 'is coding one?'],
      ['essential-skills', 'is organization important?'],
      ['soft-skills', 'which one matters most?'],
      ['essential-skills', 'is it one?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(oneOfTheList(said, entry(id))).to.equal(null));
    }
  });

  describe('a title named in a sentence', () => {
    it('"What you need" is "what you need", never "the you need"', () => expect(thingNamed('What you need')).to.equal('what you need'));
    it('"Which degree" is still "the degree"', () => expect(thingNamed('Which degree')).to.equal('the degree'));
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`in ${name}`, () => {
      it('"so what kind of experience makes up for it?" after the way in without a degree gets its line on experience, not how to gain experience', async () => {
        const chat = startGuided({ channelId });
        await chat.say("can i become a care manager without a degree? i've been scheduling home health visits for 6 years");
        const replies = await chat.say('so what kind of experience makes up for it?');
        expectShown(replies, Messages.partGives(entry('without-degree').title), 'plenty of experience in delivering care or in case management');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('gaining-experience')));
        expectChannelSafe(channelId, replies, 'experience makes up');
      });

      it('"what experience do they want for that?" after moving up gets its line on experience, with no general answer after it', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how do i move up to a higher level as a care manager');
        const replies = await chat.say('what experience do they want for that?');
        expectShown(replies, Messages.partGives(entry('advancing').title), 'experience in strategic planning, program development and budgeting');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('gaining-experience')));
        expectChannelSafe(channelId, replies, 'experience for that');
      });

      it('"how do they help the juniors?" after the senior role gets its line on mentoring, not the junior role; "how much?" then is senior pay', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does a senior care manager do');
        const replies = await chat.say('how do they help the juniors?');
        expectShown(replies, 'mentor junior care managers');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('junior-care-manager')));
        expectChannelSafe(channelId, replies, 'help the juniors');
        const pay = await chat.say('how much?');
        expectShown(pay, answerOpening('salary-senior'));
        expectChannelSafe(channelId, pay, 'how much');
      });

      it('"and what do they take on that entry level don\'t?" after the mid-level pay gets what mid-level takes on, not the entry-level pay', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does a mid level care manager earn');
        const replies = await chat.say("and what do they take on that entry level don't?");
        expectShown(replies, 'take on more complex work in care coordination');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('salary-entry')));
        expectChannelSafe(channelId, replies, 'take on');
      });

      it('"what\'s the job like?" after the director\'s pay is the director role, not where care managers work', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how much does a director of care management make');
        const replies = await chat.say("what's the job like?");
        expectShown(replies, answerOpening('director-roles'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('work-environment')));
        expectChannelSafe(channelId, replies, 'the job');
      });

      it('"what else besides insurance?" after where care managers work gets the places without insurance companies, not guesses', async () => {
        const chat = startGuided({ channelId });
        await chat.say('can care managers work at insurance companies');
        const replies = await chat.say('what else besides insurance?');
        expectShown(replies, Messages.placesLeftOut(['insurance companies']), 'rehabilitation centers');
        expect(readable(shownText(replies))).not.to.include('insurance companies and').and.not.to.include(readable(Messages.didYouMean));
        expectChannelSafe(channelId, replies, 'besides insurance');
      });

      it('"what else besides communication?" after the key skills gets the other skills, not a decline', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what are the key skills');
        const replies = await chat.say('what else besides communication?');
        expectShown(replies, Messages.partGives(entry('essential-skills').title), 'thinking on your feet');
        expect(readable(shownText(replies))).not.to.include('communication').and.not.to.include('outside what I can help with');
        expectChannelSafe(channelId, replies, 'besides communication');
      });

      it('"then why get it?" after whether certification is required gets the benefits of certifying, not "I may not have been clear"', async () => {
        const chat = startGuided({ channelId });
        await chat.say('is certification required to work as a care manager');
        const replies = await chat.say('then why get it?');
        expectShown(replies, answerOpening('certification-benefits'));
        expect(readable(shownText(replies))).not.to.include(readable(Messages.chat.confused));
        expectChannelSafe(channelId, replies, 'why get it');
      });

      it('"what does it prove?" after the CCM gets its line on what it shows, not a decline', async () => {
        const chat = startGuided({ channelId });
        await chat.say('tell me about the Certified Case Manager cert');
        const replies = await chat.say('what does it prove?');
        expectShown(replies, Messages.partGives(entry('ccm').title), 'It shows you can provide these services');
        expect(readable(shownText(replies))).not.to.include("I don't have an answer to that");
        expectChannelSafe(channelId, replies, 'prove');
      });

      it('"do i need a degree for it?" after the CMC gets its "a relevant degree" line, not the degree for the career', async () => {
        const chat = startGuided({ channelId });
        await chat.say('who gives out the CMC certification');
        const replies = await chat.say('do i need a degree for it?');
        expectShown(replies, Messages.partGives(entry('cmc').title), 'a relevant degree');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('degree-fields')));
        expectChannelSafe(channelId, replies, 'degree for it');
      });

      it('"does it require an exam?" after the CMC gets its exam line, not the same answer in short', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what is the cmc');
        const replies = await chat.say('does it require an exam?');
        expectShown(replies, Messages.partGives(entry('cmc').title), 'a pass in its exam');
        expectChannelSafe(channelId, replies, 'require an exam');
      });

      it('"is organization one? i juggle 40 aides a day" after the key skills gets the line that names organization, not the professional groups', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what skills do i need to be a care manager');
        const replies = await chat.say('is organization one? i juggle 40 aides a day');
        expectShown(replies, Messages.partGives(entry('essential-skills').title), 'organization, keeping records');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('professional-organizations')));
        expectChannelSafe(channelId, replies, 'organization one');
      });

      it('"where would i get that experience?" after the way in without a degree is still how to gain experience', async () => {
        const chat = startGuided({ channelId });
        await chat.say('can i become a care manager without a degree?');
        const replies = await chat.say('where would i get that experience?');
        expectShown(replies, answerOpening('gaining-experience'));
        expectChannelSafe(channelId, replies, 'get that experience');
      });
    });
  }
});
