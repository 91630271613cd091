import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { salaryRange } from '../../dialogs/rendering/guided/guidedCards';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Small talk as new users wrote it to the bot (session 18's usability testers): thanks with a remark beside it, flat
 * acknowledgements, asking how to use the chat, leaving for the night, a word the spelling reader must not change, and
 * pay asked in the middle of the specialty chooser. Each gets a short reply that fits, in Web Chat and Teams.
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`small talk as people write it (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };
    const helpText = channelId === Channels.Msteams ? Messages.helpTeams : Messages.help;

    it('"thank you, this is hard" is welcomed and the hard part answered; "thats a lot" after the pay doubts the figure', async () => {
      const chat = start();
      await chat.say('what does a care manager do');
      const thanked = await chat.say('thank you, this is hard');
      expectShown(thanked, `${Messages.chatLead.thanks} ${Messages.chat.judgesCareer}`);
      expectNoEntry(thanked, 'thanks and a remark');
      safe(thanked, 'thanks and a remark');
      await chat.say('how much do care managers make');
      const doubted = await chat.say('thats a lot');
      expectShown(doubted, Messages.chat.doubtsAnswer);
      expect(shownText(doubted)).not.to.include(Messages.chat.remark);
    });

    it('"ok whatever" is taken as said, never noted as a question for the guide', async () => {
      const chat = start();
      await chat.say('how long does it take');
      const replies = await chat.say('ok whatever');
      expectShown(replies, Messages.chat.ack);
      expect(shownText(replies)).not.to.include(Messages.noMatch);
    });

    it('"I need some help please" and "Good afternoon dear, is this where I type my question?" say how to use the chat', async () => {
      for (const said of ['I need some help please', 'Good afternoon dear, is this where I type my question?']) {
        const replies = await start().say(said);
        expect(readableText(replies), said).to.include(readableText([{ text: helpText }]).slice(0, 40));
        expectNoEntry(replies, said);
        safe(replies, said);
      }
    });

    it('"off to bed now, bye" says goodbye, not sorry; "Im leaning towards geriatric care" is not read as leaving', async () => {
      const chat = start();
      await chat.say('how long does it take');
      const leaving = await chat.say('off to bed now, bye');
      expectShown(leaving, Messages.chat.bye);
      expect(shownText(leaving)).not.to.include(Messages.chat.complaint);
      expect(shownText(await start().say('Im leaning towards geriatric care'))).not.to.include(Messages.chat.bye);
    });

    it('"which pays better" while comparing two specialties says the guide gives pay by level only, and the chooser goes on', async () => {
      const chat = start();
      let replies = await chat.say('whats the difference between geriatric and pediatric');
      expectShown(replies, GuidedMessages.specialisation.comparePick);
      const ladder = knowledge().salaries;
      const noPayByArea = GuidedMessages.specialisation.noPayByArea(salaryRange(ladder[0]!), salaryRange(ladder.at(-1)!));
      for (const asked of ['which pays better', 'which one earns more']) {
        replies = await chat.say(asked);
        expectShown(replies, noPayByArea);
        expectShown(replies, GuidedMessages.backToQuestion(GuidedMessages.specialisation.comparePick));
        expectNoEntry(replies, asked);
        safe(replies, asked);
      }
      replies = await chat.say('the first one');
      expect(shownText(replies)).to.include('as your choice');
    });
  });
}

/** Text as shown, without Markdown's bold marks (Teams gets the same sentence without them). */
function readableText(replies: readonly Partial<Activity>[]): string {
  return shownText(replies).replace(/\*\*/g, '');
}
