import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { followUpEntry } from '../../dialogs/understanding/core/followUp';
import { partInView } from '../../dialogs/understanding/inView/listInView';
import { Messages } from '../../dialogs/rendering/core/messages';
import { engineForTheTurn } from '../../knowledge/turnEngine';
import { CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, realEngine, type Conversation } from './transcript';

/**
 * A follow-up that asks for a part the answer in view gives, pointing at the thing that answer is about (session 28):
 * "what skills should I work on for that?" after moving up is its line on leadership skills, not the key skills of the
 * career; "is a degree needed for it?" after the CMC is the CMC's degree; "do they run any certification?" after the
 * professional groups is what the groups offer; "who hands that one out?" after the CCM is the body that line names.
 * "what do those orgs really give you" is what membership gives; "how much money to sit the CCM exam" a cost the guide
 * does not give, said so; "what salary do care managers get, is it higher than a staff nurse gets?" the pay, then
 * that the guide compares nothing with a staff nurse. After an answer about the career as a whole, "for that" is the
 * career, and the general answer stands.
 */

const kb = knowledge();
const engine = engineForTheTurn(realEngine());
const entry = (id: string) => kb.faqById.get(id)!;

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

describe('a part of the thing in view asked for, read', () => {
  for (const [lastId, said] of [
    ['advancing', 'what kind of skills should I build for that?'],
    ['advancing', 'which experience should I be getting for that?'],
    ['cmc', 'is a degree needed for it?'],
    ['professional-organizations', 'do they run any certification?'],
    ['ccm', 'who issues it?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" asks of it`, () => expect(followUpEntry(said, entry(lastId), engine, kb)?.id).to.equal(lastId));
  }
  for (const [lastId, said] of [
    ['daily-duties', 'what skills do you need for that?'],
    ['role-overview', 'which skills would I need for that?'],
    ['chronic-disease', 'what training do I need for it?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is not asked of it`, () => expect(followUpEntry(said, entry(lastId), engine, kb)?.id).not.to.equal(lastId));
  }
});

describe('the part of the answer in view that gives what was asked', () => {
  it('"who hands it out?" after the CMC is the line naming its body, and gives it', () => {
    const part = partInView('who hands it out?', entry('cmc'), kb);
    expect(part.lines.join(' ')).to.include('NACCM');
    expect(part.gives).to.equal(true);
  });
  it('"how often are the re-exams?" after the CMC comes closest without giving it', () => {
    const part = partInView('how often are the re-exams?', entry('cmc'), kb);
    expect(part.gives).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a part of the thing in view asked for (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('"what skills should I work on for that?" after moving up gives its line on leadership skills, said plainly', async () => {
      const chat = start();
      await chat.say("how do i move up once i'm a care manager?");
      const replies = await chat.say('what skills should I work on for that?');
      expectShown(replies, Messages.partGives(entry('advancing').title), 'management and leadership skills');
      expect(readable(shownText(replies))).not.to.include(readable(entry('essential-skills').answer.split('\n')[0]!));
      expectChannelSafe(channelId, replies, 'skills for that');
    });

    it('"who hands that one out?" after the CCM names the body that awards it', async () => {
      const chat = start();
      await chat.say('tell me about the CCM');
      const replies = await chat.say('who hands that one out?');
      expectShown(replies, Messages.partGives(entry('ccm').title), 'Commission for Case Manager Certification');
      expectChannelSafe(channelId, replies, 'who hands it out');
    });

    it('"is a degree needed for it?" after the CMC says what the CMC asks for', async () => {
      const chat = start();
      await chat.say('what does the CMC involve?');
      const replies = await chat.say('is a degree needed for it?');
      expectShown(replies, 'a relevant degree');
      expectChannelSafe(channelId, replies, 'degree for it');
    });

    it('"what do i get out of it?" after the professional groups is what membership gives, not a confused reader', async () => {
      const chat = start();
      await chat.say('are there any groups for care managers I could join?');
      const replies = await chat.say('what do i get out of it?');
      expectShown(replies, Messages.partGives(entry('professional-organizations').title), 'networking with peers');
      expect(shownText(replies)).not.to.include(Messages.chat.confused);
      expectChannelSafe(channelId, replies, 'get out of it');
    });

    it('"what do you need to get it?" after the CMC is what it asks for; "what do you need from me?" is still said to the bot', async () => {
      const chat = start();
      await chat.say('what is the care manager certified credential?');
      expectShown(await chat.say('what do you need to get it?'), 'a relevant degree');
      expectShown(await chat.say('what do you need from me?'), Messages.chat.confused);
    });

    it('"what are my options?" after how to specialise is the areas, not the menu; with nothing of it in view, the menu', async () => {
      const chat = start();
      await chat.say('how would I go about specialising?');
      const replies = await chat.say('what are my options?');
      expectShown(replies, entry('specialisations').answer.split('\n')[0]!.slice(0, 50));
      expectChannelSafe(channelId, replies, 'options');
      await chat.say('menu');
      expectShown(await start().say('what are my options?'), Messages.menu);
    });

    it('"what do those orgs really give you" after the professional groups is what membership gives; "what do the certifications give you?" is their benefits', async () => {
      const chat = start();
      await chat.say('should a care manager join any professional bodies?');
      const replies = await chat.say('what do those orgs really give you');
      expectShown(replies, Messages.partGives(entry('professional-organizations').title), 'networking with peers');
      expectChannelSafe(channelId, replies, 'orgs give');
      expectShown(await chat.say('and what do the certifications give you?'), entry('certification-benefits').answer.split('\n')[0]!);
    });

    it('"how much money to sit the CCM exam" after the CCM says the guide gives no cost; "how much money for a care manager" is the pay', async () => {
      const chat = start();
      await chat.say('what is the CCM credential?');
      const replies = await chat.say('how much money to sit the CCM exam');
      expectShown(replies, Messages.aspectNotGiven.cost);
      expectChannelSafe(channelId, replies, 'exam money');
      expectShown(await chat.say('how much money for a care manager'), entry('salary').answer.split('\n')[0]!.slice(0, 50));
    });

    it('a question that weighs the answer against a job the guide never describes is said so beside the answer, not answered with another entry', async () => {
      const chat = start();
      const pay = await chat.say("what salary do care managers get, is it higher than a staff nurse gets?");
      expectShown(pay, entry('salary').answer.split('\n')[0]!.slice(0, 50), Messages.notComparedWith('a staff nurse'));
      expectChannelSafe(channelId, pay, 'pay vs staff nurse');
      const stress = await chat.say('is the job stressful? is it worse than being a paramedic?');
      expectShown(stress, Messages.notComparedWith('being a paramedic'));
      expect(readable(shownText(stress))).not.to.include(readable(entry('degree-fields').answer.split('\n')[0]!));
    });

    it('"what skills do you need for that?" after the day to day is the key skills', async () => {
      const chat = start();
      await chat.say('what does a care manager do all day?');
      const replies = await chat.say('what skills do you need for that?');
      expectShown(replies, entry('essential-skills').answer.split('\n')[0]!.slice(0, 50));
      expectChannelSafe(channelId, replies, 'skills after duties');
    });
  });
}
