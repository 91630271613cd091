import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/messages';
import { CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge } from './transcript';

/**
 * A question wrapped in other words (tester B of session 27, in new words of the same kinds): a remark before it ("ok
 * fair. real talk tho"), the asker's reason after it ("cause i drive a cab now"), and two questions inside one such
 * message. The real bot, engine and knowledge base, in Web Chat and Teams.
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
