import { expect } from 'chai';
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { AnswerEngine } from '../../knowledge/answerEngine';
import { ButtonTitles, Messages } from '../../dialogs/rendering/core/messages';
import { renderHelp } from '../../dialogs/rendering/core/cards';
import { AdaptiveSchema, BOT_ACCOUNT, allButtons, button, expectTeamsSafe, knowledge, realEngine, startConversation } from '../dialogs/transcript';
import { expectShown } from '../dialogs/guidedHarness';

/** The real engine, remembering what it was asked. */
function spyEngine(): AnswerEngine & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    answer(question: string) {
      asked.push(question);
      return realEngine().answer(question);
    },
    answerAll(message: string) {
      asked.push(message);
      return realEngine().answerAll(message);
    },
  };
}

const mention = (name: string, id: string) => ({ type: 'mention', mentioned: { id, name }, text: `<at>${name}</at>` });

describe('CareerBot', () => {
  const howLong = knowledge().faqById.get('how-long');
  if (!howLong) throw new Error('the knowledge base has no "how-long" entry');

  describe('Teams group chats and channels', () => {
    const places = ['channel', 'groupChat'] as const;
    for (const conversationType of places) {
      it(`removes the bot's @mention in a ${conversationType} before searching`, async () => {
        const engine = spyEngine();
        const c = startConversation({ channelId: 'msteams', conversationType, engine });
        const replies = await c.say({
          text: '<at>CareBot</at> how long does it take to become a care manager?',
          entities: [mention(BOT_ACCOUNT.name, BOT_ACCOUNT.id)],
        });
        // Every search the turn made saw the question without the mention (the answer may weigh it more than once).
        expect(engine.asked).to.not.be.empty;
        expect([...new Set(engine.asked)]).to.deep.equal(['how long does it take to become a care manager?']);
        expectShown(replies, howLong.answer.split('\n')[0]!);
      });
    }

    it('treats "@bot help" as the help command', async () => {
      const c = startConversation({ channelId: 'msteams', conversationType: 'channel' });
      const replies = await c.say({ text: '<at>CareBot</at> help', entities: [mention(BOT_ACCOUNT.name, BOT_ACCOUNT.id)] });
      // In a channel the reply addresses the person who asked: help has buttons, so it is one card with the mention on top.
      const card = AdaptiveSchema.parse(replies[0]?.attachments?.[0]?.content);
      expect(card.body[0]?.text).to.equal('<at>User</at>');
      expect(card.msteams?.entities[0]?.mentioned.id).to.equal('user-1');
      expectShown(replies, Messages.helpTeams);
      expect(JSON.stringify(card.body.slice(1))).to.equal(JSON.stringify(AdaptiveSchema.parse(renderHelp('teams').attachments?.[0]?.content).body));
    });

    it('ignores a mention-only message politely', async () => {
      const c = startConversation({ channelId: 'msteams', conversationType: 'channel' });
      const replies = await c.say({ text: '<at>CareBot</at>', entities: [mention(BOT_ACCOUNT.name, BOT_ACCOUNT.id)] });
      expectShown(replies, Messages.empty);
    });
  });

  describe('Teams rendering', () => {
    it('keeps every reply of a whole conversation within the Teams limits', async () => {
      const c = startConversation({ channelId: 'msteams' });
      const seen: Array<[string, Partial<Activity>]> = [];
      const record = (label: string, replies: Partial<Activity>[]) => {
        expect(replies.length, `${label}: replies`).to.be.greaterThan(0);
        for (const reply of replies) seen.push([label, reply]);
        return replies;
      };
      const welcome = record('install', await c.say({ type: ActivityTypes.InstallationUpdate, action: 'add' }));
      const script = [
        'hi',
        'How long does it take to become a care manager?',
        'what is the salary of a senior care manager',
        'how do I become a pilot',
        'who are you',
        'help',
        'menu',
        'walk me through the steps',
        'next',
        'is certification required?',
        'stop',
        'help me pick a specialty',
        'older people',
        'cancel',
        'my roadmap',
        'start over',
      ];
      for (const text of script) record(text, await c.say(text));
      record('salary button', await c.click(button(welcome, ButtonTitles.salaryLadder)));
      for (const [label, activity] of seen) expectTeamsSafe(activity, label);
      expect(seen.length).to.be.greaterThan(script.length);
    });

    it('answers in a personal chat with one message: related questions as suggested actions, Teams\' own feedback control, no card', async () => {
      const c = startConversation({ channelId: 'msteams' });
      const replies = await c.say('How long does it take to become a care manager?');
      expect(replies).to.have.length(1);
      expect(replies[0]?.attachments ?? []).to.have.length(0);
      expect(replies[0]?.channelData).to.deep.equal({ feedbackLoop: { type: 'default' } });
      const related = howLong.related.map((id) => knowledge().faqById.get(id)!);
      expect(allButtons(replies).map((b) => [b.place, b.title, b.text])).to.deep.equal(related.map((entry) => ['suggested', entry.title, entry.question]));
      // Each suggested action sends the entry's own question, which is answered with that entry.
      for (const [i, suggestion] of allButtons(replies).entries()) expectShown(await c.click(suggestion), related[i]!.answer.split('\n')[0]!);
    });

    for (const conversationType of ['groupChat', 'channel'] as const) {
      it(`answers in a ${conversationType} with one Adaptive Card: the answer, related questions as its buttons, Teams' feedback control`, async () => {
        const c = startConversation({ channelId: 'msteams', conversationType });
        const replies = await c.say({ text: '<at>CareBot</at> how long does it take to become a care manager?', entities: [mention(BOT_ACCOUNT.name, BOT_ACCOUNT.id)] });
        expect(replies).to.have.length(1);
        expect(replies[0]?.attachments?.map((a) => a.contentType)).to.deep.equal([CardFactory.contentTypes.adaptiveCard]);
        expect(replies[0]?.suggestedActions).to.equal(undefined);
        expect(replies[0]?.channelData).to.deep.equal({ feedbackLoop: { type: 'default' } });
        const related = howLong.related.map((id) => knowledge().faqById.get(id)!);
        expect(allButtons(replies).map((b) => b.value)).to.deep.equal(related.map((entry) => ({ action: 'ask', id: entry.id, text: entry.question })));
        expectShown(await c.click(allButtons(replies)[0]!), related[0]!.answer.split('\n')[0]!);
      });
    }
  });

  describe('the real guided flows under the root', () => {
    it('walks the steps, answers help mid-walk and leaves on cancel', async () => {
      const c = startConversation();
      const walk = await c.say('walk me through the steps');
      expect(allButtons(walk).length).to.be.greaterThan(0);
      const help = await c.say('help');
      expect(help[0]?.text).to.equal(renderHelp('markdown').text);
      expect(help.length).to.be.greaterThan(1);
      expect((await c.say('cancel'))[0]?.text).to.equal(Messages.walkCancelled(1));
      expect((await c.say('How long does it take to become a care manager?'))[0]?.text).to.include(howLong.answer.split('\n')[0]);
    });

    it('starts the salary ladder from the welcome "Salary" button', async () => {
      const c = startConversation();
      const welcome = await c.join();
      const replies = await c.click(button(welcome, ButtonTitles.salaryLadder));
      expect(replies.length).to.be.greaterThan(0);
      expect(replies[0]?.text).not.to.equal(Messages.staleButton);
      expect((await c.say('menu'))[0]?.text).to.equal(Messages.menu);
    });
  });
});
