import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { withoutEchoOfTheAnswer } from '../../dialogs/understanding/inView/echoOfTheAnswer';
import { everyItemAsked, itemSayingAsked } from '../../dialogs/understanding/inView/itemsAsked';
import { CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, realEngine } from './transcript';

/**
 * Questions asked of the items of a list that each have an answer of their own (session 30, testers ut29a, ut29c and
 * ut30a): "go through both certifications for me" gets what each one is, covers and asks for, not the list that only
 * names them; "which one deals with the legal side?" gets the item whose own answer says so (the CMC). And a remark that
 * says the answer in view back before a new question ("8 years?? ok. is the job stressful?") leaves that answer: the
 * question is read on its own.
 */

const kb = knowledge();
const engine = realEngine();
const entry = (id: string) => kb.faqById.get(id)!;
const firstLine = (id: string) => entry(id).answer.split('\n')[0]!.replace(/\*\*/g, '').slice(0, 50);

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

describe('every item of a list asked of together', () => {
  // [the answer in view, or none, the message, the answers given]
  for (const [lastId, said, ids] of [
    ['certifications', 'go through both of them for me', ['ccm', 'cmc']],
    ['certifications', 'ok, describe each one', ['ccm', 'cmc']],
    [undefined, 'can you explain the two certifications in detail?', ['ccm', 'cmc']],
    [undefined, 'what are CMC and CCM exactly?', ['ccm', 'cmc']],
  ] as const) {
    it(`"${said}"${lastId ? ` after "${entry(lastId).title}"` : ''} gives ${ids.join(' and ')}`, () => {
      expect(everyItemAsked(said, lastId ? entry(lastId) : undefined, engine, kb)?.map((item) => item.id)).to.deep.equal([...ids]);
    });
  }
  for (const [lastId, said] of [
    ['certifications', 'which of the two is better?'],
    ['certifications', 'what is the difference between them?'],
    ['certifications', 'explain the two degrees'],
    ['specialisations', 'tell me about both'],
    ['certifications', 'do I need both?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is not read so`, () => expect(everyItemAsked(said, entry(lastId), engine, kb)).to.equal(null));
  }
});

describe('the item whose own answer says what is asked', () => {
  for (const [lastId, said, id] of [
    ['certifications', 'so which one deals with the legal side?', 'cmc'],
    [undefined, 'what certification includes financial topics?', 'cmc'],
    ['certifications', 'and which of them covers transition management?', 'ccm'],
    ['specialisations', 'which area involves schools?', 'pediatric'],
  ] as const) {
    it(`"${said}"${lastId ? ` after "${entry(lastId).title}"` : ''} is the ${entry(id).title}`, () => {
      expect(itemSayingAsked(said, lastId ? entry(lastId) : undefined, engine, kb)?.id).to.equal(id);
    });
  }
  for (const [lastId, said] of [
    ['certifications', 'which one has an exam?'],
    ['certifications', 'which one covers more topics?'],
    ['certifications', 'which degree covers legal issues?'],
    ['salary', 'which one covers legal issues?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is not read so`, () => expect(itemSayingAsked(said, entry(lastId), engine, kb)).to.equal(null));
  }
});

describe('a remark saying the answer in view back before a new question', () => {
  for (const [lastId, said, left] of [
    ['how-long', '8 years?? ok. is the job stressful?', 'is the job stressful?'],
    ['salary', '$40,000 to start, fine. what hours would I work?', 'what hours would I work?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is read as "${left}"`, () => expect(withoutEchoOfTheAnswer(said, entry(lastId))).to.equal(left));
  }
  for (const [lastId, said] of [
    ['how-long', 'I am 45. how long would it take me?'],
    ['how-long', 'ok. is it stressful?'],
    ['salary', 'I make 30k now. is that more?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is kept whole`, () => expect(withoutEchoOfTheAnswer(said, entry(lastId))).to.equal(null));
  }
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`items of a list asked of, and an echo before a new question (${channelName})`, () => {
    it('"go through both of them" after the certifications shows what each one covers and asks for', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what certifications are there for care managers?');
      const replies = await chat.say('go through both of them for me');
      expectShown(replies, 'transition management', 'supervised experience');
      expectChannelSafe(channelId, replies, 'both');
    });

    it('"which one deals with the legal side?" after the certifications is the CMC, said to be that one', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what certifications are there for care managers?');
      const replies = await chat.say('so which one deals with the legal side?');
      expectShown(replies, Messages.itemSaying(entry('cmc').title), 'legal and ethical issues');
      expect(readable(shownText(replies))).not.to.include(readable(firstLine('ccm')));
      expectChannelSafe(channelId, replies, 'legal side');
    });

    it('"do they ever do night shifts?" after the hours is the hours answer, said to leave night shifts unmentioned, not a decline', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what kind of hours do care managers keep?');
      const replies = await chat.say('do they ever do night shifts?');
      expectShown(replies, Messages.thingNotMentioned('night shifts', entry('work-hours').title), 'standard business hours');
      expectChannelSafe(channelId, replies, 'overnight');
    });

    it('"8 years?? ok. is the job stressful?" after how long it takes is the stress, not the years again', async () => {
      const chat = startGuided({ channelId });
      await chat.say('how many years does it take to become a care manager?');
      const replies = await chat.say('8 years?? ok. is the job stressful?');
      expectShown(replies, firstLine('stressful'));
      expect(readable(shownText(replies))).not.to.include(readable(firstLine('how-long')));
      expectChannelSafe(channelId, replies, 'stressful');
    });
  });
}
