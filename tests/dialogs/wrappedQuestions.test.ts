import { expect } from 'chai';
import { readWeighing, readWeighingInPassing } from '../../knowledge/comparison';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, shownText, sideBySide, startGuided } from './guidedHarness';
import { NamedInPassingMessages } from '../../dialogs/rendering/questions/namedInPassing';
import { knowledge, realEngine } from './transcript';

/**
 * A question wrapped in other words: talk before it ("alright fair. ngl tho"), the asker's reason after it ("cuz i coach
 * on saturdays"), two questions inside one such message (session 29, read in dialogs/ before the engine: session 28's
 * engine reading was backed out, its arbiter refit lost answers on rotating sets). And a job set against the career
 * that the guide names only in passing ("care coordinator"), never taken for the person's own job. The real bot,
 * engine and knowledge base, in Web Chat and Teams.
 */

const kb = knowledge();

const opening = answerOpening;

const NOT_COVERED = 'outside what I can help with';

describe('a job title the guide names in passing, weighed (knowledge/comparison.ts)', () => {
  it('reads "care coordinator" as a side the guide only names, not as the duty of coordinating care', () => {
    const engine = realEngine();
    const asked = 'care coordinator versus care manager';
    expect(readWeighing(asked, engine, engine.answer(asked), kb)).to.equal(null);
    const read = readWeighingInPassing(asked, engine, engine.answer(asked), kb);
    expect(read?.answered.entry.id).to.equal('role-overview');
    expect(read?.named.lines.map((line) => line.entry.id)).to.include('entry-level-jobs');
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a question wrapped in talk or a reason (${channelName})`, () => {
    for (const [text, ids] of [
      ['alright fair. ngl tho whats the money like and do they work weekends', ['salary', 'work-hours']],
      ['lol ok. bruh how long does it take and is there a lot of paperwork', ['how-long', 'documentation']],
      ['whats the salary like, asking cause my dad wants me to do nursing', ['salary']],
      ['do they work weekends cuz i coach football on saturdays', ['work-hours']],
      ['is it mad stressful tho? paramedics i know are all burnt out', ['stressful']],
    ] as const) {
      it(`"${text}" answers ${ids.join(' and ')}, and declines nothing`, async () => {
        const replies = await startGuided({ channelId }).say(text);
        expectShown(replies, ...ids.map(opening));
        expect(shownText(replies)).not.to.include(NOT_COVERED);
        expectChannelSafe(channelId, replies, text);
      });
    }

    it('"hmm ok. real talk tho is it hard to get into" asks, and is not thanked for as a remark', async () => {
      const replies = await startGuided({ channelId }).say('hmm ok. real talk tho is it hard to get into');
      expect(shownText(replies)).not.to.include('Thanks for sharing');
      expectShown(replies, opening('what-is-needed'));
      expectChannelSafe(channelId, replies, 'hard to get into');
    });
  });

  describe(`a word said in passing does not pick the answer (${channelName})`, () => {
    it('"my shift lead says i should look at care management what do u think" is about the career, not a lead\'s pay or skills', async () => {
      const replies = await startGuided({ channelId }).say('my shift lead says i should look at care management what do u think');
      expectShown(replies, opening('role-overview'));
      expect(shownText(replies)).not.to.include(opening('leadership'));
      expectChannelSafe(channelId, replies, 'shift lead');
    });

    it('"ok cool. how long would it take me, im 20 and just doing barista work rn, no degree yet" is not declined for the barista', async () => {
      const replies = await startGuided({ channelId }).say('ok cool. how long would it take me, im 20 and just doing barista work rn, no uni yet');
      expect(shownText(replies)).not.to.include(NOT_COVERED);
      expectShown(replies, opening('how-long'));
    });

    it('"that nurse was amazing with my grandad, old people with dementia. which area would that be" names geriatric care', async () => {
      const replies = await startGuided({ channelId }).say('that nurse was amazing with my grandad, old people with dementia. which area would that be');
      expect(shownText(replies)).not.to.include(NOT_COVERED);
      expectShown(replies, opening('geriatric'));
      expectChannelSafe(channelId, replies, 'grandad');
    });
  });

  describe(`two things weighed alike, "as ... as" (${channelName})`, () => {
    it('"is the CMC as tough to get as the CCM" is weighed as "tougher than" is: both, side by side', async () => {
      const replies = await startGuided({ channelId }).say('is the CMC as tough to get as the CCM');
      expectShown(replies, "The guide doesn't say which is tougher");
      expect(sideBySide(replies).columns).to.have.length(2);
      expectChannelSafe(channelId, replies, 'as tough as');
    });

    it('"is geriatric care as stressful as ward nursing" says the guide does not say which is more stressful', async () => {
      const replies = await startGuided({ channelId }).say('is geriatric care as stressful as ward nursing');
      expectShown(replies, "The guide doesn't say which is more stressful");
    });
  });

  describe(`a job weighed against the career is not the person's own (${channelName})`, () => {
    for (const [message, side] of [
      ['care coordinator vs. care manager', 'care coordinator'],
      ['social worker versus a care manager', 'social worker'],
    ] as const) {
      it(`"${message}" says the guide does not compare them, and shows where it names ${side}`, async () => {
        const replies = await startGuided({ channelId }).say(message);
        expect(shownText(replies)).not.to.include('Thanks, noted');
        expectShown(replies, "The guide doesn't compare");
        expect(shownText(replies)).to.include(NamedInPassingMessages.whereNamed(side));
        expectChannelSafe(channelId, replies, message);
      });
    }

    it('"im a care coordinator" alone is still noted as where the person stands', async () => {
      const replies = await startGuided({ channelId }).say('im a care coordinator');
      expect(shownText(replies)).to.include('noted');
    });
  });
}
