import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { TalkMessages } from '../../dialogs/rendering/talk/talkReplies';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { AT_ROOT, understand } from '../../dialogs/understanding/core/pipeline';
import { mentionChecked, whereMentioned } from '../../dialogs/understanding/questions/mentionChecked';
import { askedForSomeoneElse, financeSkillsWeighed } from '../../dialogs/understanding/person/financeOrSomeoneElse';
import { firstThingAsked } from '../../dialogs/understanding/questions/firstThingAsked';
import { careerGapAsked } from '../../dialogs/understanding/person/careerGapAsked';
import { discouragementOf } from '../../dialogs/understanding/talk/discouraged';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 39 (talk39), tester ut39a: false declines where the guide answers in part (a mention checked, finance skills,
 * the first thing to do, a career gap, the career asked for someone else), and talk read as meant (a sigh before a
 * question, a low feeling, the bot's own view asked). Each for made-up phrasings beside the tester's.
 */
const NO_ANSWER = "I don't have an answer to that in the guide";
const OUT_OF_SCOPE = 'That is outside what I can help with';
const SORRY = 'Sorry about that';

describe('talk39: readers', () => {
  const kb = loadKnowledge();

  it('reads a check of whether the guide mentions a thing, and finds where it does', () => {
    for (const [said, thing] of [
      ['budgeting is mentioned somewhere right?', 'budgeting'],
      ['does the guide mention networking?', 'networking'],
      ['is strategic planning covered in the guide?', 'strategic planning'],
      ['Does the guide say anything about Canada or internationally educated nurses?', 'canada or internationally educated nurses'],
      ['is there anything in the guide about burnout?', 'burnout'],
    ] as const) expect(mentionChecked(said), said).to.equal(thing);
    for (const said of ['is it mentioned?', 'what does the guide say about budgeting', 'how much do they make?', 'is that covered']) expect(mentionChecked(said), said).to.equal(null);
    expect(whereMentioned('budgeting', kb).found.map((entry) => entry.id)).to.deep.equal(['advancing']);
    expect(whereMentioned('canada or internationally educated nurses', kb)).to.deep.include({ found: [], missing: ['canada', 'internationally educated nurses'] });
  });

  it('reads finance skills weighed, and the career asked for someone else', () => {
    for (const said of ['Would my finance skills help anywhere in this field', "I'm an accountant, is that useful at all?", 'would my accounting background count for anything']) expect(financeSkillsWeighed(said), said).to.equal(true);
    for (const said of ['do care managers do budgeting?', 'my finance job is boring']) expect(financeSkillsWeighed(said), said).to.equal(false);
    expect(askedForSomeoneElse('My husband is asking if he can also do it, he is an accountant')).to.deep.equal({ who: 'husband', finance: true });
    expect(askedForSomeoneElse('my friend wants to know whether she could become one too')).to.deep.equal({ who: 'friend', finance: false });
    expect(askedForSomeoneElse('my husband says I should do it')).to.equal(null);
  });

  it('reads the first thing to do, for now', () => {
    for (const said of ["What's the first thing I should actually do, like this week?", 'what can I do today to get started?', 'what is my very first step?']) expect(firstThingAsked(said), said).to.equal(true);
    for (const said of ['what do care managers do today?', 'what is the first step of the CMC exam?', 'what should I study?']) expect(firstThingAsked(said), said).to.equal(false);
  });

  it('reads a gap said as years since working, weighed against one\'s chances', () => {
    for (const said of ["It's been 14 years since I worked. Is that gap going to kill my chances?", "I haven't worked in 12 years, will that ruin my chances?"]) expect(careerGapAsked(said), said).to.equal(true);
    expect(careerGapAsked('what are my chances')).to.equal(false);
  });

  it('reads a sigh before a question as no complaint, and a low feeling as discouragement', () => {
    for (const said of ['ugh. what entry level jobs could I apply for right now that lead to care manager', 'sigh. how long does it take']) {
      const meaning = understand(said, AT_ROOT, kb);
      expect(meaning.kind === 'question' ? meaning.acts : ['not a question'], said).not.to.include('complaint');
    }
    const complaint = understand('useless. what do they earn', AT_ROOT, kb);
    expect(complaint.kind === 'question' ? complaint.acts : []).to.include('complaint');
    for (const said of ['this is depressing honestly', 'honestly this is getting me down']) expect(discouragementOf(said), said).not.to.equal(null);
  });

  it('reads the bot\'s own view of the career asked, never a pick between two', () => {
    for (const said of ['Ok. Thanks. Brutally honest, would you do it?', 'would you recommend this job?', 'in your opinion is it worth it']) {
      const meaning = understand(said, AT_ROOT, kb);
      expect(meaning.kind === 'question' ? meaning.opinion : undefined, said).to.equal('view');
    }
    for (const said of ['in your opinion which certification is best', 'would you recommend the CCM?']) {
      const meaning = understand(said, AT_ROOT, kb);
      expect(meaning.kind === 'question' ? meaning.opinion : undefined, said).not.to.equal('view');
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk39: through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['budgeting is mentioned somewhere right?', 'does the guide mention strategic planning?']) {
      it(`"${message}": yes, where, and what it says (ut39a P07-T8)`, async () => {
        const text = await said(message);
        expect(text).to.include('Yes: the guide mentions').and.include(readableOpening('advancing')).and.not.include(NO_ANSWER);
      });
    }

    it('"Does the guide say anything about Canada or internationally educated nurses?": no, and the license that depends on where (ut39a P11-T3)', async () => {
      const text = await said('Does the guide say anything about Canada or internationally educated nurses?');
      expect(text).to.include(readable(Messages.mentionOfAPlaceMissing('Canada or internationally educated nurses'))).and.include(readableOpening('licensing')).and.not.include(OUT_OF_SCOPE);
    });

    for (const message of ['Would my finance skills help anywhere in this field', 'would my bookkeeping skills help anywhere in this job?']) {
      it(`"${message}": the budgeting and planning of higher roles (ut39a P07-T7)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.financeSkillsNear)).and.include(readableOpening('advancing')).and.not.include(NO_ANSWER);
      });
    }

    for (const [message, who, finance] of [
      ['My husband is asking if he can also do it, he is an accountant', 'husband', true],
      ['my friend wants to know whether she could become one too', 'friend', false],
    ] as const) {
      it(`"${message}": the route without a relevant degree, for them (ut39a P11-T8)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.forSomeoneElse(who, finance))).and.include(readableOpening('without-degree')).and.not.include('Thanks for sharing');
      });
    }

    for (const message of ["What's the first thing I should actually do, like this week?", 'what can I do today to get started?']) {
      it(`"${message}": the first steps and the walk offered (ut39a P03-T4)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.firstThing)).and.not.include(OUT_OF_SCOPE);
      });
    }

    it('"It\'s been 14 years since I worked. Is that gap going to kill my chances?": the silence on gaps, then building experience (ut39a P03-T3)', async () => {
      const text = await said("It's been 14 years since I worked. Is that gap going to kill my chances?");
      expect(text).to.include(readable(Messages.beyond.careerGapNotSaid)).and.include(readableOpening('gaining-experience')).and.not.include(NO_ANSWER);
    });

    it('"ugh. what entry level jobs ...": the first jobs, with no apology for a complaint never made (ut39a P09-T4)', async () => {
      const text = await said('how long does it take?', 'ugh. what entry level jobs could I apply for right now that lead to care manager');
      expect(text).to.include(readableOpening('entry-level-jobs')).and.not.include(SORRY);
    });

    it('"this is depressing honestly": the feeling heard, the growing demand and ways to build experience (ut39a P09-T8)', async () => {
      const text = await said('do I need a license?', 'this is depressing honestly');
      expect(text).to.include(readable(TalkMessages.discouraged)).and.not.include("It isn't for everyone");
    });

    for (const message of ['Ok. Thanks. Brutally honest, would you do it?', 'would you recommend this job?']) {
      it(`"${message}": no view of its own, then what the guide says of the work (ut39a P07-T9)`, async () => {
        const text = await said('what does a director make?', message);
        expect(text).to.include(readable(Messages.noViewOfMyOwn)).and.include(readableOpening('rewarding')).and.not.include('is all the guide says');
      });
    }
  });
}
