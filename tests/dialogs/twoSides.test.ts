import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { asksWhichIsBetter, directAsk } from '../../knowledge/aspects';
import { beyondAsked } from '../../knowledge/beyondGuide';
import { linesNaming, readWeighing, readWeighingInPassing, weighingAsked } from '../../knowledge/comparison';
import { CHAT_CHANNELS, expectNamedInPassing, expectShown, readableOpening, shownText, sideBySide, startGuided } from './guidedHarness';
import { NamedInPassingMessages } from '../../dialogs/rendering/questions/namedInPassing';
import { expectTeamsSafe, knowledge, realEngine } from './transcript';

/**
 * Session 25 (issue 10 point 4, testers ut24 and ut24b): a remark before a question, two questions of which one asks
 * what the guide covers only at its edges, and two things weighed that the guide never weighs (how two sides look side
 * by side: tests/dialogs/sideBySide.test.ts). The sentences are written for these tests, in the testers' manner.
 */

const kb = knowledge();
const entry = (id: string) => {
  const found = kb.faqById.get(id);
  if (!found) throw new Error(`the knowledge base has no entry "${id}"`);
  return found;
};
const firstLine = (text: string): string => text.split('\n')[0] ?? '';

describe('which is better, read once (knowledge/aspects.ts asksWhichIsBetter)', () => {
  it('reads which is better asked with no criterion of its own, in the ways people ask it', () => {
    for (const asked of [
      'which one is better, the ccm or the cmc?',
      "is a nursing degree better than a social work one",
      'nursing or social work, which should i study',
      'should i go for geriatric or pediatric',
      "what's the smarter choice for me, ccm or cmc",
      'which would you recommend, a bachelors or going straight to work',
      'social work vs nursing for this, which one?',
      'ccm or cmc which to get first',
      'which one should i pick',
    ]) {
      expect(asksWhichIsBetter(asked), asked).to.equal(true);
    }
  });

  it('leaves alone a best way, what is required, what pays better, and a pick among what is not named', () => {
    for (const asked of [
      'what is the best way to get experience, volunteering or an internship',
      'which is required, a degree or a licence',
      'which pays better, senior or director',
      'which certification should I get',
      'which one do i need for geriatric',
    ]) {
      expect(asksWhichIsBetter(asked), asked).to.equal(false);
    }
  });

  it('is what the direct answer and the weighing both read: a ranking asked of two named things', () => {
    const asked = 'psychiatric or chronic disease, which one would you recommend?';
    expect(directAsk(asked)).to.deep.equal({ kind: 'better' });
    expect(weighingAsked(asked)?.asks).to.equal('better');
  });
});

describe('two things weighed that the guide never weighs, read (knowledge/comparison.ts)', () => {
  it('reads the two sides and what is asked of them: which is better, or whether they are the same', () => {
    expect(weighingAsked('whats the better degree to do: social work or nursing?')).to.deep.equal({ asks: 'better', sides: ['social work', 'nursing'] });
    expect(weighingAsked('should i study nursing or social work')).to.deep.equal({ asks: 'better', sides: ['nursing', 'social work'] });
    expect(weighingAsked('psych degree vs nursing degree for this job, which one')).to.deep.equal({ asks: 'better', sides: ['psych degree', 'nursing degree'] });
    expect(weighingAsked('is a care coordinator the same thing as a case manager?')).to.deep.equal({ asks: 'same', sides: ['care coordinator', 'case manager'] });
    expect(weighingAsked('are care managers and case managers the same thing')).to.deep.equal({ asks: 'same', sides: ['care managers', 'case managers'] });
  });

  it('reads what sets two apart: what one has that the other lacks, or the difference asked after the two', () => {
    expect(weighingAsked("what does the CCM test that the CMC doesn't?")).to.deep.equal({ asks: 'difference', sides: ['ccm', 'cmc'] });
    expect(weighingAsked('geriatric and pediatric care management: whats the difference')).to.deep.equal({ asks: 'difference', sides: ['geriatric', 'pediatric care management'] });
  });

  it('leaves alone what weighs on a criterion of its own, a choice of answers, or more than two things', () => {
    for (const message of [
      'which pays better, senior or director',
      'is the cmc easier than the ccm',
      'do i need a degree or is experience enough',
      'senior vs director pay',
      'geriatric or pediatric or psychiatric, which is best',
      'how long does it take and is it stressful',
    ]) {
      expect(weighingAsked(message), message).to.equal(null);
    }
  });

  it('reads each side as the guide answers it, and keeps the engine\'s reading when the whole asks something else', () => {
    const engine = realEngine();
    const degrees = 'should i study nursing or social work';
    expect(readWeighing(degrees, engine, engine.answer(degrees))?.entries.map((found) => found.id)).to.deep.equal(['degree-fields', 'degree-fields']);
    const roles = 'is a case manager the same as a care manager';
    expect(readWeighing(roles, engine, engine.answer(roles))?.entries.map((found) => found.id)).to.deep.equal(['case-management', 'role-overview']);
    // The whole read surely as another answer than either side's: the engine's reading stands.
    expect(readWeighing(degrees, engine, { ...engine.answer('how much do they earn'), question: degrees })).to.equal(null);
  });
});

describe('two things set apart, one of them only named by the guide (knowledge/comparison.ts)', () => {
  it('reads a difference asked between two, two set against each other bare, and how one differs from the other', () => {
    expect(weighingAsked('hi, whats the actual difference between a counselor and a care manager?')).to.deep.equal({ asks: 'difference', sides: ['counselor', 'care manager'] });
    expect(weighingAsked('care coordinator versus care manager')).to.deep.equal({ asks: 'difference', sides: ['care coordinator', 'care manager'] });
    expect(weighingAsked('in what ways is a nurse different from a care manager')).to.deep.equal({ asks: 'difference', sides: ['nurse', 'care manager'] });
    expect(weighingAsked('should i train as a social worker or a care manager first?')).to.deep.equal({ asks: 'better', sides: ['social worker', 'care manager'] });
  });

  it('finds where the guide names a thing it has no answer on: a trade by its name and by its field of study', () => {
    const named = linesNaming('a social worker', kb);
    const ids = named.map((line) => line.entry.id);
    expect(ids).to.include.members(['degree-fields', 'entry-level-jobs']);
    expect(named.find((line) => line.entry.id === 'entry-level-jobs')?.line).to.match(/^Jobs you can start in include: social worker$/);
    expect(linesNaming('astronaut', kb)).to.deep.equal([]);
  });

  it('reads the side the guide answers and the side it only names, and nothing when both or neither are answered', () => {
    const engine = realEngine();
    const asked = 'social worker vs care manager?';
    const read = readWeighingInPassing(asked, engine, engine.answer(asked), kb);
    expect(read?.answered.entry.id).to.equal('role-overview');
    expect(read?.named.side).to.equal('social worker');
    const both = 'is the ccm different from the cmc, how?';
    expect(readWeighingInPassing(both, engine, engine.answer(both), kb)).to.equal(null);
  });
});

describe('a certification asked of a country, read (knowledge/beyondGuide.ts)', () => {
  it('reads a country\'s own certificate or one asked of a place; not the guide\'s own, nor a certificate of another kind', () => {
    for (const asked of ['is there a french certificate for this?', 'can I get certified in Spain?', 'is there a polish certification']) {
      expect(beyondAsked(asked, kb)?.kind, asked).to.equal('certification-place');
    }
    for (const asked of ['is the american certification the only one?', 'which certification should i get', 'do i need a medical certificate']) {
      expect(beyondAsked(asked, kb)?.kind, asked).not.to.equal('certification-place');
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`two sides and two parts in one message (${channelName})`, () => {
    const start = () => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelName === 'Teams') replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };


    it('"is a care manager the same as a case manager??": partly, case management as part of the work and case manager a first job (ut40a P12-T2, halves40)', async () => {
      const message = 'is a care manager the same as a case manager??';
      const replies = await start().say(message);
      expectShown(replies, Messages.halves.sameAsCaseManager);
      safe(replies, message);
    });

    it('"so what does the ccm cover that the cmc does not?": the guide sets them against nothing, then both side by side', async () => {
      const message = 'so what does the ccm cover that the cmc does not?';
      const replies = await start().say(message);
      expectShown(replies, Messages.weighing.apart);
      const { columns, texts } = sideBySide(replies);
      expect(columns.map((column) => column[0])).to.deep.equal([entry('ccm').title, entry('cmc').title]);
      expect(texts.filter((text) => text.startsWith(Messages.sourcePrefix)), 'the source once').to.have.length(1);
      safe(replies, message);
    });

    it('"how is a social worker different from a care manager?": no comparison of duties or pay, the role beside where social work is named', async () => {
      const message = 'how is a social worker different from a care manager?';
      const replies = await start().say(message);
      expectShown(replies, Messages.weighing.inPassing('care manager', 'social worker'));
      const text = expectNamedInPassing(replies, 'care manager', 'social worker');
      expect(text).to.include(entry('entry-level-jobs').title).and.include(readableOpening('role-overview').slice(0, 40));
      safe(replies, message);
    });

    it('the same asked after a story, or after saying the last answer missed: the weighing read in its own sentence', async () => {
      for (const message of [
        "I've done two years of a social work degree and I volunteer at a day centre. How is a care manager different from a social worker?",
        'ugh not what I meant 🙄 social worker versus care manager?',
      ]) {
        const chat = start();
        await chat.say('how much do directors earn');
        const replies = await chat.say(message);
        expect(shownText(replies), message).to.include('The guide doesn\'t compare');
        expect(shownText(replies), message).to.include(NamedInPassingMessages.whereNamed('social worker'));
        safe(replies, message);
      }
    });

    it('"should I get a masters or the ccm": the guide ranks neither, then what it says of each side by side', async () => {
      const message = 'should I get a masters or the ccm';
      const replies = await start().say(message);
      expectShown(replies, Messages.weighing.notRanked('masters', 'ccm'), Messages.weighing.ofEach);
      const { columns } = sideBySide(replies);
      expect(columns.map((column) => column[0])).to.deep.equal([entry('bachelors-or-masters').title, entry('ccm').title]);
      safe(replies, message);
    });

    it('"how many years till senior and what does a director make": each half answered, the years read of senior alone', async () => {
      const message = 'how many years till senior and what does a director make';
      const replies = await start().say(message);
      expectShown(replies, 'Senior care managers usually have 5+ years of experience.', '$90,000–$130,000');
      expect(shownText(replies)).not.to.match(/doesn't say how long/);
      safe(replies, message);
    });

    it('a remark before a question ("omg sounds like alot of driving around lol. do u need a license for this??"): the question wins', async () => {
      const question = 'do u need a license for this??';
      const replies = await start().say(`omg sounds like alot of driving around lol. ${question}`);
      const alone = realEngine().answer(question);
      expect(alone.kind).to.equal('answer');
      expectShown(replies, firstLine(alone.entry!.answer));
      safe(replies, question);
    });

    it('two questions, one of pay abroad: "what would i earn in Ireland? and how long does the CCM last" answers both parts', async () => {
      const replies = await start().say('what would i earn in Ireland? and how long does the CCM last');
      const second = realEngine().answer('how long does the CCM last');
      expect(second.kind).to.equal('answer');
      expectShown(replies, Messages.payByPlace, firstLine(second.entry!.answer));
      safe(replies, 'pay abroad and the CCM');
    });

    it('two questions, both at the guide\'s edges: pay abroad and a country\'s certificate, neither dropped', async () => {
      const replies = await start().say("What's the pay like in Spain? and is there a spanish certification or only the american ones?");
      expectShown(replies, Messages.payByPlace, Messages.beyond.certificationPlace, firstLine(entry('certifications').answer));
      safe(replies, 'pay and certificate abroad');
    });

    it('two questions, the second asked of the first\'s thing abroad: "which certification would I need? and is it recognised in France" answers both', async () => {
      const replies = await start().say('which certification would I need? and is it recognised in France');
      expectShown(replies, firstLine(entry('certifications').answer), Messages.beyond.foreignQualification);
      safe(replies, 'certification and France');
    });

  });
}
