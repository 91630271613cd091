import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedButtons, GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages, sourceLine, sourcesLine } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, clickOn, shownText, sideBySide, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge } from './transcript';

/**
 * Two sides side by side, each labelled, with where they come from said once (session 25, testers ut24b and ut25a: in
 * Teams and the terminal the columns came out one after the other with no label, and "From the guide" twice).
 */

const kb = knowledge();
const entry = (id: string) => {
  const found = kb.faqById.get(id);
  if (!found) throw new Error(`the knowledge base has no entry "${id}"`);
  return found;
};

describe('where in the guide an answer comes from, said once', () => {
  it('names each section once, however many answers share it', () => {
    expect(sourcesLine(['Step 9: Specialize; Step 2: Study', 'Step 9: Specialize; Step 2: Study'])).to.equal(`${Messages.sourcePrefix} Step 9: Specialize; Step 2: Study`);
    expect(sourceLine('What Does a Care Manager Do?; Skills; What Does a Care Manager Do?')).to.equal(`${Messages.sourcePrefix} What Does a Care Manager Do?; Skills`);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`two sides side by side, each labelled (${channelName})`, () => {
    const start = () => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelName === 'Teams') replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('"Compare both" in the chooser: each column headed by its area and its aspects labelled, the source once', async () => {
      const chat = start();
      await chat.say(FlowPhrases.specialisation);
      await chat.say('older adults');
      let replies = await chat.say('managing conditions');
      replies = await clickOn(chat, replies, GuidedButtons.compareBoth);
      const m = GuidedMessages.specialisation;
      const { columns, texts } = sideBySide(replies);
      const [a, b] = [kb.specialisations.find((spec) => spec.id === 'geriatric')!, kb.specialisations.find((spec) => spec.id === 'chronic-disease')!];
      expect(columns).to.deep.equal([a, b].map((spec) => [spec.name, m.servesLabel, spec.serves, m.workLabel, spec.work, m.trainingLabel, spec.training]));
      expect(texts.filter((text) => text.startsWith(Messages.sourcePrefix)), 'the source once').to.have.length(1);
      expect(shownText(replies)).to.include(m.comparePick);
      safe(replies, 'compare both');
    });

    it('"senior vs director pay": each column headed by its title, where both come from said once under them', async () => {
      const replies = await start().say('senior vs director pay');
      const { columns, texts } = sideBySide(replies);
      expect(columns.map((column) => column[0])).to.deep.equal([entry('salary-senior').title, entry('salary-director').title]);
      const sources = texts.filter((text) => text.startsWith(Messages.sourcePrefix));
      expect(sources).to.have.length(1);
      expect(sources[0]).to.include(entry('salary-senior').section).and.include(entry('salary-director').section);
      safe(replies, 'senior vs director pay');
    });
  });
}
