import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ButtonTitles, Messages } from '../../dialogs/rendering/messages';
import { RoadmapWords } from '../../dialogs/rendering/guidedMessages';
import { answeredBy, buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * The act of a turn and the question inside it are two readings, and the reply answers both (session 20, from the
 * usability testers' conversations on the final bot): a complaint that names what was wanted gets the apology and the
 * answer, not the apology alone; thanks after what the person sums up is thanked, not searched as a question; and a
 * school student's introduction after a greeting is said back, not declined.
 */
const titleOf = (id: string): string => knowledge().faqById.get(id)?.title ?? id;
const firstLine = (question: string): string => answeredBy(question).answer.split('\n')[0]!;

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the act of a turn and the question in it, both answered (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('a complaint that names what was wanted ("this is useless. SALARY PER YEAR", "rubbish answer. certification requirements") apologises and answers it', async () => {
      for (const [before, complaint, asked] of [
        ['whats the hourly rate for care managers', 'this is useless. SALARY PER YEAR', 'how much do care managers earn'],
        ['what does a care manager do', 'rubbish answer. certification requirements', 'certification requirements'],
      ] as const) {
        const chat = start();
        await chat.say(before);
        const replies = await chat.say(complaint);
        expectShown(replies, Messages.chatLead.complaint, firstLine(asked));
        expect(shownText(replies)).not.to.include(Messages.complaintNothingAnswered);
        safe(replies, complaint);
      }
    });

    it('a thing settled for after a complaint ("ugh fine, the CMC then") is that thing, answered after the apology', async () => {
      const chat = start();
      await chat.say('how long does it take');
      const replies = await chat.say('ugh fine, the CMC then');
      expectShown(replies, Messages.chatLead.complaint, firstLine('what is the CMC'));
      safe(replies, 'the CMC then');
    });

    it('thanks after what the person sums up ("a degree, right. so my office job doesnt help there. ok thank you") is thanked, with no degree noted', async () => {
      for (const closing of ['a degree, right. so my office job doesnt help there. ok thank you, this was useful', 'ok so the CCM needs an exam. great, thanks']) {
        const chat = start();
        await chat.say('what would I need to get the CMC?');
        const replies = await chat.say(closing);
        expectNoEntry(replies, closing);
        expect(shownText(replies)).to.match(/welcome|Glad that helped/);
        expect(shownText(replies)).not.to.include('noted:');
        safe(replies, closing);
      }
    });

    it('a school student introducing themselves after a greeting is said back with where to start, never declined', async () => {
      const replies = await start().say('hey im 17 and finishing school next year, my careers teacher said i should look at care manager jobs');
      expectShown(replies, Messages.introduced(RoadmapWords.education.school));
      expect(shownText(replies)).not.to.include(Messages.outOfScope);
      expect(buttonTitles(replies)).to.include.members([ButtonTitles.roadmap, titleOf('what-is-needed')]);
      safe(replies, 'school student');
    });
  });
}
