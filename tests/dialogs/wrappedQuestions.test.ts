import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/messages';
import { readWeighing, readWeighingInPassing } from '../../knowledge/comparison';
import { CHAT_CHANNELS, expectShown, shownText, sideBySide, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, realEngine } from './transcript';

/**
 * A question wrapped in other words (tester B of session 27, in new words of the same kinds): a remark before it ("ok
 * fair. real talk tho"), the asker's reason after it ("cause i drive a cab now"), and two questions inside one such
 * message; and a job set against the career that the guide names only in passing ("care coordinator"), never taken
 * for the person's own job. The real bot, engine and knowledge base, in Web Chat and Teams.
 */

const kb = knowledge();

/** The first sentence of an entry's answer, as a person would read it in the reply. */
function opening(id: string): string {
  const entry = kb.faqById.get(id);
  if (!entry) throw new Error(`the knowledge base has no entry "${id}"`);
  return entry.answer.replace(/\*\*/g, '').split(/(?<=[.:])\s/)[0]!;
}

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

const NOT_COVERED = 'outside what I can help with';

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a question wrapped in other words (${channelName})`, () => {
    for (const [text, ids] of [
      ['alright fair. ngl tho hows the pay and is the work really stressful', ['salary', 'stressful']],
      ['hmm ok. so basically how long does it take and what hours do they work', ['how-long', 'work-hours']],
      ['yeah tho whats the pay like', ['salary']],
      ['what would i earn starting out cause i make 55k driving a cab now', ['salary-entry']],
    ] as const) {
      it(`"${text}" answers ${ids.join(' and ')}, and declines nothing`, async () => {
        const replies = await startGuided({ channelId }).say(text);
        expectShown(replies, ...ids.map(opening));
        expect(shownText(replies)).not.to.include(NOT_COVERED);
        expect(shownText(replies)).not.to.include(Messages.notAGeneralAi);
        expectChannelSafe(channelId, replies, text);
      });
    }
  });
}

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
  describe(`a job weighed against the career is not the person's own (${channelName})`, () => {
    for (const [message, side] of [
      ['care coordinator vs. care manager', 'care coordinator'],
      ['social worker versus a care manager', 'social worker'],
    ] as const) {
      it(`"${message}" says the guide does not compare them, and shows where it names ${side}`, async () => {
        const replies = await startGuided({ channelId }).say(message);
        expect(shownText(replies)).not.to.include('Thanks, noted');
        expectShown(replies, "The guide doesn't compare");
        expect(sideBySide(replies).columns[1]![0]).to.equal(Messages.weighing.namedHeading(side));
        expectChannelSafe(channelId, replies, message);
      });
    }

    it('"im a care coordinator" alone is still noted as where the person stands', async () => {
      const replies = await startGuided({ channelId }).say('im a care coordinator');
      expect(shownText(replies)).to.include('noted');
    });
  });
}
