import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { learnedFromTheThing, thingOfTheAnswerAsked } from '../../dialogs/understanding/inView/thingInView';
import { CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, realEngine, type Conversation } from './transcript';

/**
 * Short follow-ups on a thing the answer in view names (session 29): "would a doctorate be an option?" after continuing
 * development is its line on a further degree, not "outside what I can help with"; "what would that teach me?" after
 * gaining experience is what the work shows you, not what the courses teach, and after the first jobs the guide's lines
 * on what experience teaches, said to be from there; a level asked after the pay and the hours answered together is
 * that level's pay; "what background do those people have?" after a level's pay is who holds it. A question that asks
 * for something else of the thing ("which school is best for that?", "how much is it?") is not read so.
 */

const kb = knowledge();
const engine = realEngine();
const entry = (id: string) => kb.faqById.get(id)!;
const firstLine = (id: string) => entry(id).answer.split('\n')[0]!.slice(0, 50);

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

describe('a thing the answer in view names, asked of', () => {
  // [the answer in view, the message, a word the line given says]
  for (const [lastId, said, word] of [
    ['continuing-development', 'could I go for a doctorate?', 'doctorate'],
    ['continuing-development', 'is having a mentor a good idea?', 'mentor'],
    ['bachelors-or-masters', 'and a doctorate one day?', 'doctorate'],
    ['work-hours', 'so on call sometimes?', 'on call'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" gives its line on ${word}`, () => {
      const lines = thingOfTheAnswerAsked(said, entry(lastId), engine, kb);
      expect(lines?.join(' ')).to.include(word);
    });
  }
  for (const [lastId, said] of [
    ['continuing-development', 'what about a masters degree?'],
    ['professional-organizations', 'how much does joining cost?'],
    ['courses', 'which college has the best program for it?'],
    ['continuing-development', 'is the job stressful?'],
    ['gaining-experience', 'what about volunteering?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is not read so`, () => expect(thingOfTheAnswerAsked(said, entry(lastId), engine, kb)).to.equal(null));
  }
});

describe('something the answer in view says, asked for with a pointer at it', () => {
  // [the answer in view, the message, words the lines given say]
  for (const [lastId, said, words] of [
    ['certification-required', 'which one is best to start with?', 'to start with is the CCM'],
    ['leadership', 'who do they lead?', 'leading a team'],
    ['leadership', 'lead who exactly?', 'leading a team'],
    ['team', 'who do they lead?', 'often lead teams'],
    ['right-for-me', 'what does it demand?', 'strong communication'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" gives the lines that say it`, () => {
      const lines = thingOfTheAnswerAsked(said, entry(lastId), engine, kb);
      expect(readable(lines?.join(' ') ?? '')).to.include(words);
    });
  }
  for (const [lastId, said] of [
    ['certification-required', 'which degree should I start with?'],
    ['care-planning', 'how do they tell whether it is working?'],
    ['leadership', 'which jobs are the best first step?'],
    ['salary', 'which one pays the most?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is not read so`, () => expect(thingOfTheAnswerAsked(said, entry(lastId), engine, kb)).to.equal(null));
  }
});

describe('a thing the answer in view gives as a choice, left out', () => {
  for (const said of ["what if I skipped the master's?", "and if I don't get a master's at all?", "could I skip the master's?"]) {
    it(`"${said}" after how long it takes gives its line on the master's, which it gives as a choice`, () => {
      expect(thingOfTheAnswerAsked(said, entry('how-long'), engine, kb)?.join(' ')).to.include('if the roles you want ask for one');
    });
  }
  it('"what if I skip the degree?" after how long it takes is not read so: the degree is no choice there', () => {
    expect(thingOfTheAnswerAsked('what if I skip the degree?', entry('how-long'), engine, kb)).to.equal(null);
  });
});

describe('what doing the thing in view teaches, asked', () => {
  for (const [lastId, said, answered] of [
    ['gaining-experience', 'what would doing that teach me?', 'gaining-experience'],
    ['gaining-experience', 'what skills would I get from it?', 'gaining-experience'],
    ['entry-level-jobs', 'what would I pick up doing those?', 'gaining-experience'],
    ['volunteering', 'what will I learn from it?', 'volunteering'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is what ${entry(answered).title} says it teaches`, () => expect(learnedFromTheThing(said, entry(lastId), kb)?.entry.id).to.equal(answered));
  }
  for (const [lastId, said] of [
    ['continuing-development', 'what would I get out of it?'],
    ['gaining-experience', 'what would I learn in the degree?'],
    ['gaining-experience', 'what skills do I need for that?'],
  ] as const) {
    it(`"${said}" after "${entry(lastId).title}" is not read so`, () => expect(learnedFromTheThing(said, entry(lastId), kb)).to.equal(null));
  }
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a thing the answer in view names, asked of (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('"is a doctorate on the cards?" after continuing development gives its line on a further degree, from that answer', async () => {
      const chat = start();
      await chat.say('once I am working, how do I keep developing professionally?');
      const replies = await chat.say('is a doctorate an option at some point?');
      expectShown(replies, Messages.partGives(entry('continuing-development').title), 'doctorate level');
      expect(readable(shownText(replies))).not.to.include(readable(Messages.chat.confused));
      expectChannelSafe(channelId, replies, 'doctorate');
    });

    it('"what would that teach me?" after gaining experience is what the work shows you, not the courses', async () => {
      const chat = start();
      await chat.say('how do I build up experience before applying?');
      const replies = await chat.say('what would that teach me?');
      expectShown(replies, Messages.partGives(entry('gaining-experience').title), 'handling emergencies');
      expect(readable(shownText(replies))).not.to.include(readable(firstLine('courses')));
      expectChannelSafe(channelId, replies, 'teach me');
    });

    it('"what would I learn doing those?" after the first jobs is what experience teaches, said to be from there', async () => {
      const chat = start();
      await chat.say('which jobs could I start in?');
      const replies = await chat.say('what would I learn doing those?');
      expectShown(replies, Messages.saidUnder(entry('gaining-experience').title), 'handling emergencies');
      expectChannelSafe(channelId, replies, 'learn doing those');
    });

    it('a level asked after the pay and the hours together is that level\'s pay', async () => {
      const chat = start();
      await chat.say('what do care managers earn, and what hours do they keep?');
      const replies = await chat.say('and the directors?');
      expectShown(replies, firstLine('salary-director'));
      expect(readable(shownText(replies))).not.to.include(readable(firstLine('director-roles')));
      expectChannelSafe(channelId, replies, 'directors');
    });

    it('"what background do those people have?" after the entry-level pay is who holds that level', async () => {
      const chat = start();
      await chat.say('what would I earn starting out?');
      const replies = await chat.say('what background do those people have?');
      expectShown(replies, "bachelor's in nursing");
      expectChannelSafe(channelId, replies, 'background');
    });
  });
}
