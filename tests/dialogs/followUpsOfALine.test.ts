import { expect } from 'chai';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { Messages } from '../../dialogs/rendering/core/messages';
import { rungOnThePath } from '../../dialogs/understanding/core/followUp';
import { acronymAsked } from '../../dialogs/understanding/inView/acronymAsked';
import { rankingAsked } from '../../dialogs/understanding/inView/aspectInView';
import { concernInView } from '../../dialogs/understanding/inView/concernInView';
import { exampleChecked } from '../../dialogs/understanding/inView/exampleChecked';
import { rungStepped } from '../../dialogs/understanding/inView/rungStepped';
import { softwareAsked } from '../../dialogs/understanding/questions/softwareNamed';
import { staffMovedAsked } from '../../dialogs/understanding/questions/staffMovedAsked';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided, stepShown } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Follow-ups answered by a line of the answer in view, and what the guide never says of it (session 37, followupsAV):
 * an example checked ("like a care coordinator?" after the first jobs), a short form spelled out ("what does the first
 * one stand for?" after the professional groups), what employers make of the thing in view, whether it can be learned
 * and whether one must keep up with it; where the career path starts and the step after the junior role; a system
 * asked for by name, the best place to start and staff moved on by their employer, which the guide never says.
 */

const kb = knowledge();
const engine = createAnswerEngine(kb);
const entry = (id: string) => kb.faqById.get(id)!;

describe('follow-ups answered by a line of the answer in view (session 37)', () => {
  describe('an example checked against the answer in view', () => {
    for (const [id, said, line] of [
      ['continuing-development', 'like going back for a doctorate?', 'doctorate'],
      ['continuing-development', 'you mean like reading journals?', 'journals'],
      ['entry-level-jobs', 'like a care coordinator?', 'care coordinator'],
      ['entry-level-jobs', 'such as a counselor?', 'counselor'],
      ['where-they-work', 'you mean in a hospital?', 'hospitals'],
      ['where-they-work', 'like insurance companies?', 'insurance companies'],
    ] as const) {
      it(`"${said}" after ${id} is its line on "${line}"`, () => expect(exampleChecked(said, entry(id), engine)?.join(' ')).to.include(line));
    }
    for (const [id, said] of [
      ['entry-level-jobs', 'like a nurse?'],
      ['entry-level-jobs', 'like what?'],
      ['where-they-work', 'like how much do they pay?'],
      ['salary', 'like per year?'],
      ['continuing-development', 'what about a doctorate?'],
      ['continuing-development', 'I like the idea of a doctorate'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(exampleChecked(said, entry(id), engine)).to.equal(null));
    }
  });

  describe('a short form the answer in view spells out', () => {
    for (const [id, said, short, name] of [
      ['professional-organizations', 'what does the first one stand for?', 'CMSA', 'Case Management Society of America'],
      ['professional-organizations', 'whats the second one short for', 'ACMA', 'American Case Management Association'],
      ['professional-organizations', 'what does ACMA stand for?', 'ACMA', 'American Case Management Association'],
      ['certifications', "what's CCM short for?", 'CCM', 'Certified Case Manager'],
      ['computer-skills', 'what does EHR mean?', 'EHR', 'electronic health records'],
      ['computer-skills', 'what does it stand for?', 'EHR', 'electronic health records'],
    ] as const) {
      it(`"${said}" after ${id} is the ${short}`, () => expect(acronymAsked(said, entry(id))).to.include({ short, name }));
    }
    for (const [id, said] of [
      ['professional-organizations', 'what does it mean?'],
      ['professional-organizations', 'what does membership mean for me?'],
      ['certifications', 'what do the letters stand for?'],
      ['salary', 'what does the first one stand for?'],
      ['professional-organizations', 'what is the first one?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(acronymAsked(said, entry(id))).to.equal(null));
    }
  });

  describe('employers, learning and keeping up, asked of the thing in view', () => {
    for (const [id, said, line] of [
      ['without-degree', 'do employers mind?', 'most employers prefer'],
      ['without-degree', 'would employers mind if i had no degree?', 'most employers prefer'],
      ['without-degree', 'will hiring managers accept that?', 'most employers prefer'],
      ['internships', 'would it actually help me get hired?', 'attractive candidate'],
      ['internships', 'does it make you more employable?', 'attractive candidate'],
      ['internships', 'will it help me land a job?', 'attractive candidate'],
      ['soft-skills', 'can that be learned?', 'strengthen them'],
      ['soft-skills', 'is it something you can learn?', 'strengthen them'],
      ['hard-skills', 'can those be taught?', 'build them'],
      ['compliance', 'do i have to keep up with changes to them?', 'keeping up to date'],
      ['compliance', 'do i need to stay up to date on the laws?', 'keeping up to date'],
      ['continuing-development', 'do i have to keep up with the research?', 'latest research'],
    ] as const) {
      it(`"${said}" after ${id} is its line on "${line}"`, () => expect(concernInView(said, entry(id))?.join(' ')).to.include(line));
    }
    for (const [id, said] of [
      ['internships', 'how do i get hired?'],
      ['internships', 'do employers pay interns?'],
      ['salary', 'do employers care?'],
      ['work-hours', 'do employers mind?'],
      ['volunteering', 'would it help me get hired?'],
      ['courses', 'can i learn it online?'],
      ['soft-skills', 'can i learn it at uni?'],
      ['work-hours', 'do i need to stay late?'],
      ['compliance', 'does it change a lot?'],
    ] as const) {
      it(`"${said}" after ${id} is not`, () => expect(concernInView(said, entry(id))).to.equal(null));
    }
  });

  describe('where the career path starts, and the step after the junior role', () => {
    for (const said of ['where do i start?', 'so where would i begin?', 'how do i start then?']) {
      it(`"${said}" after the career path is the junior role`, () => expect(rungOnThePath(said, 'career-ladder')).to.equal('junior-care-manager'));
      it(`"${said}" after the pay is not`, () => expect(rungOnThePath(said, 'salary')).to.equal(null));
    }
    it('"and the step after that?" after the junior role is the career path, which names the care manager level', () => {
      expect(rungStepped('and the step after that?', entry('junior-care-manager'), kb, entry('career-ladder'))?.id).to.equal('career-ladder');
    });
    it('"and one step down?" after the senior role is the career path', () => expect(rungStepped('and one step down?', entry('senior-care-manager'), kb)?.id).to.equal('career-ladder'));
    it('"and one step up?" after the senior role is still the director', () => expect(rungStepped('and one step up?', entry('senior-care-manager'), kb)?.id).to.equal('director-roles'));
    it('"and the step after that?" after the entry-level pay is still the mid-level pay', () => expect(rungStepped('and the step after that?', entry('salary-entry'), kb)?.id).to.equal('salary-mid'));
  });

  describe('what the guide never says', () => {
    for (const said of ['which EHR system specifically?', 'what software exactly?', 'which case management program in particular?']) {
      it(`"${said}" after the computer skills asks for a system by name`, () => expect(softwareAsked(said, 'computer-skills')).to.equal(''));
      it(`"${said}" with the kinds not in view is left to the other readers`, () => expect(softwareAsked(said, 'hard-skills')).to.equal(null));
    }
    for (const said of ['what kind of software do they keep them in?', 'what computer skills do i need?', 'which skills exactly?']) {
      it(`"${said}" does not`, () => expect(softwareAsked(said, 'computer-skills')).to.equal(null));
    }
    for (const said of ['which of those places is best to start in?', 'which setting is best for a beginner?', "where's the best place to start out?"]) {
      it(`"${said}" asks a ranking of places`, () => expect(rankingAsked(said)).to.equal('the best place to start'));
    }
    for (const said of ['which one is best to start with?', "what's the best way to start?", 'which certification is best to start with?']) {
      it(`"${said}" does not`, () => expect(rankingAsked(said)).to.equal(null));
    }
    for (const said of ['do hospitals move their kitchen staff into those roles?', 'would my nursing home promote an aide to care manager?', 'can employers train their own staff up into care management?']) {
      it(`"${said}" asks whether employers move their staff on`, () => expect(staffMovedAsked(said)).to.equal(true));
    }
    for (const said of ['do hospitals hire care managers?', 'how do i move into care management?', 'do care managers move up quickly?', 'can i move to a hospital later?']) {
      it(`"${said}" does not`, () => expect(staffMovedAsked(said)).to.equal(false));
    }
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`through the bot (${name})`, () => {
      it('"like going back for a doctorate?" after continuing development is its line, not advocacy', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how do care managers keep developing professionally');
        const replies = await chat.say('like going back for a doctorate?');
        expectShown(replies, Messages.partGives('Keep learning'), "at master's or doctorate level");
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('client-advocacy')));
        expectChannelSafe(channelId, replies, 'doctorate');
      });

      it('"like a care coordinator?" after the first jobs is that job, not coordinating services', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what jobs can i start in before becoming a care manager');
        const replies = await chat.say('like a care coordinator?');
        expectShown(replies, Messages.partGives('First jobs'), 'care coordinator or case manager');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('coordination')));
        expectChannelSafe(channelId, replies, 'care coordinator');
      });

      it('"what does the first one stand for?" after the professional groups spells out the CMSA', async () => {
        const chat = startGuided({ channelId });
        await chat.say('which organisations should i join as a care manager');
        const replies = await chat.say('what does the first one stand for?');
        expectShown(replies, Messages.shortFormStandsFor('CMSA', 'Case Management Society of America'));
        expect(readable(shownText(replies))).not.to.include('Number 1 of the 4');
        expectChannelSafe(channelId, replies, 'stand for');
      });

      it('"would it actually help me get hired?" after internships is its line on employers, not finding a job', async () => {
        const chat = startGuided({ channelId });
        await chat.say('should i do an internship while i study');
        const replies = await chat.say('would it actually help me get hired?');
        expectShown(replies, Messages.partGives('Internships'), 'a more attractive candidate to employers');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('finding-a-job')));
        expectChannelSafe(channelId, replies, 'hired');
      });

      it('"do employers mind?" after the route without a degree is what employers prefer, not where care managers work', async () => {
        const chat = startGuided({ channelId });
        await chat.say('can i be a care manager with no degree');
        const replies = await chat.say('do employers mind?');
        expectShown(replies, Messages.partGives('Without a degree'), "most employers prefer a bachelor's");
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('where-they-work')));
        expectChannelSafe(channelId, replies, 'employers mind');
      });

      it('"can that be learned?" after the soft skills is how to build them, not the courses', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what soft skills does a care manager need');
        const replies = await chat.say('can that be learned?');
        expectShown(replies, Messages.partGives('Soft skills'), 'help you strengthen them');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('courses')));
        expectChannelSafe(channelId, replies, 'learned');
      });

      it('"do i have to keep up with changes to them?" after compliance and its laws is keeping up to date', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does compliance mean for a care manager');
        await chat.say('which laws exactly?');
        const replies = await chat.say('do i have to keep up with changes to them?');
        expectShown(replies, 'keeping up to date with the laws');
        expect(readable(shownText(replies))).not.to.include('Did you mean');
        expectChannelSafe(channelId, replies, 'keep up');
      });

      it('"where do i start?" after the career path is the junior role, then "and the step after that?" the path, not senior', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what does the career path of a care manager look like');
        const start = await chat.say('where do i start?');
        expectShown(start, answerOpening('junior-care-manager'));
        expect(stepShown(start)).to.equal(null);
        expectChannelSafe(channelId, start, 'where do i start');
        const after = await chat.say('and the step after that?');
        expectShown(after, 'care manager: more complex cases');
        expect(readable(shownText(after))).not.to.include(readable(answerOpening('senior-care-manager')));
        expectChannelSafe(channelId, after, 'step after');
      });

      it('"where do i start?" with nothing in view still starts the walk', async () => {
        const chat = startGuided({ channelId });
        expect(stepShown(await chat.say('where do i start?'))).to.equal(1);
      });

      it('"which EHR system specifically?" after the computer skills says the guide names no system', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what records does a care manager keep');
        await chat.say('what kind of software do they keep them in?');
        const replies = await chat.say('which EHR system specifically?');
        expectShown(replies, 'The guide names no particular system.');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('hard-skills')));
        expectChannelSafe(channelId, replies, 'EHR');
      });

      it('"which of those places is best to start in?" after where they work says the guide ranks none', async () => {
        const chat = startGuided({ channelId });
        await chat.say("what's a care manager and where do they work?");
        const replies = await chat.say('which of those places is best to start in?');
        expectShown(replies, Messages.notRanked('the best place to start'));
        expectChannelSafe(channelId, replies, 'best place');
      });

      it('"do hospitals move their kitchen staff into those roles?" after the first jobs says the guide doesn\'t say', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what jobs can i start in before becoming a care manager');
        const replies = await chat.say('do hospitals move their kitchen staff into those roles?');
        expectShown(replies, Messages.direct.staffMovedNotSaid.replace(/ What it says of the jobs to start in:$/, ''));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('where-they-work')));
        expectChannelSafe(channelId, replies, 'kitchen staff');
      });
    });
  }
});
