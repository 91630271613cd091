import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Short messages that lean on the answer in view (session 25): a thing added with an opener that the answer names
 * ("what about patience?" after the key skills) gets that line, not a decline; one another answer is named for gets
 * that answer; "what sort of things?" and "what decides that?" are asked of the answer, not a request for help or a
 * confused reader; "what training would help?" gets the line that names training (a thing another answer is named
 * for, as the skills, is that answer); "who else would they work with?" after a specialisation stays on it; something
 * only another answer speaks of is shown from there; a certificate asked of a specialisation, which only mentions one,
 * gets that mention and the certifications. The real bot.
 */

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

const kb = knowledge();
const firstLineOf = (id: string): string => kb.faqById.get(id)!.answer.split('\n')[0]!.slice(0, 40);
/** The reply does not show the words, in either channel's rendering. */
const expectNotShown = (replies: readonly Partial<Activity>[], fragment: string): void => {
  expect(readable(shownText(replies))).not.to.include(readable(fragment));
};

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a thing added to the answer in view (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('"what about patience?" after the key skills gives the line that names it, not a decline', async () => {
      const chat = start();
      await chat.say('what skills does a care manager need?');
      const replies = await chat.say('what about patience?');
      expectShown(replies, Messages.partGives('Key skills'), 'empathy, patience');
      expectNotShown(replies, "I don't have an answer");
      expectChannelSafe(channelId, replies, 'patience');
    });

    it('"and insurance?" after the day-to-day stays on the day-to-day, not case management', async () => {
      const chat = start();
      await chat.say('what does a care manager do each day?');
      const replies = await chat.say('and insurance?');
      expectShown(replies, Messages.partGives('Day-to-day duties'), 'insurance matters');
      expectNotShown(replies, firstLineOf('case-management'));
    });

    it('"what about communication?" after the key skills is the communication answer, which another title names', async () => {
      const chat = start();
      await chat.say('what skills does a care manager need?');
      const replies = await chat.say('what about communication?');
      expectShown(replies, firstLineOf('communication'));
    });

    it('"what kind of stuff?" after teaching families lists what they teach; the same as a first message is help', async () => {
      const chat = start();
      await chat.say('what do care managers teach families?');
      const replies = await chat.say('what kind of stuff?');
      expectShown(replies, Messages.partGives('Educating clients'), 'health conditions');
      const first = await start().say('what sort of things?');
      expectNotShown(first, 'health conditions');
      expect(shownText(first)).to.include('menu');
    });

    it('"what decides that?" after the degrees is asked of them; "what do you mean?" is still said to be unclear', async () => {
      const chat = start();
      await chat.say("should I get a bachelor's or a master's?");
      const replies = await chat.say('what decides that?');
      expectShown(replies, 'depends on the employer');
      const other = start();
      await other.say('what is a care manager?');
      const unclear = await other.say('what do you mean?');
      expectNotShown(unclear, firstLineOf('role-overview'));
    });

    it('"what training would help?" after moving up gives the line that names it; "what skills do I need?" after the fit is the key skills', async () => {
      const chat = start();
      await chat.say('how do I move up?');
      expectShown(await chat.say('what training would help?'), Messages.partGives('Moving up'), 'training in healthcare administration');
      const other = start();
      await other.say('is this career a good match for me?');
      expectShown(await other.say('what skills do I need?'), firstLineOf('essential-skills'));
    });

    it('"who else would they work with?" after pediatric care stays on it, not the team in general', async () => {
      const chat = start();
      await chat.say('what is pediatric care management?');
      const replies = await chat.say('who else would they work with?');
      expectShown(replies, 'schools');
      expectNotShown(replies, firstLineOf('team'));
    });

    it('"would they ever work alongside schools?" after the team shows where the guide speaks of schools', async () => {
      const chat = start();
      await chat.say('who do care managers work with?');
      const replies = await chat.say('would they ever work alongside schools?');
      expectShown(replies, Messages.saidUnder('Pediatric care'), 'coordinating with schools');
      expectNotShown(replies, Messages.allInView('Who they work with'));
      expectChannelSafe(channelId, replies, 'schools');
    });

    it('"is there a special certificate for working with the elderly?" after geriatric care: what it says of one, then the certifications', async () => {
      const chat = start();
      await chat.say('what is geriatric care management?');
      const replies = await chat.say('is there a special certificate for working with the elderly?');
      expectShown(replies, 'possibly a certification', 'CCM', 'CMC');
      expectNotShown(replies, firstLineOf('geriatric'));
      expectChannelSafe(channelId, replies, 'certificate');
    });

    it('"which certificate is needed for psychiatric care management then?" after it names the CCM and the CMC', async () => {
      const chat = start();
      await chat.say('what is psychiatric care management?');
      const replies = await chat.say('which certificate is needed for psychiatric care management then?');
      expectShown(replies, 'possibly a certification', 'CCM', 'CMC');
    });

    it('"do they work with lawyers?" after the team, which no answer speaks of, is not sent to another answer', async () => {
      const chat = start();
      await chat.say('who do care managers work with?');
      const replies = await chat.say('do they work with lawyers?');
      expectNotShown(replies, 'but the guide does, under');
    });
  });
}
