import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { askedAspect } from '../../knowledge/aspects';
import { areaHardAsked } from '../../dialogs/understanding/questions/areaHardAsked';
import { wayAtAPlaceNotNamed } from '../../dialogs/understanding/person/experienceCounts';
import { ownPracticeAsked } from '../../dialogs/understanding/person/ownPracticeAsked';
import { ownTraitAsked } from '../../dialogs/understanding/person/ownTraitAsked';
import { Messages } from '../../dialogs/rendering/core/messages';
import { RecentMessages } from '../../dialogs/rendering/core/recentAnswers';
import { CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Follow-ups the guide has no answer to, said plainly in context (session 31) rather than answered with the nearest
 * entry as if it answered: a trait of the person asked whether it stands in the way ("I'm an introvert, would that hold
 * me back?"), how hard the area in view is ("is it tough?" after pediatric), how to set up a practice of one's own,
 * volunteering at a place the guide never names ("at the public library"), and a course or program asked to be recommended
 * by name. Each says what the guide does not say, then what it does. The real bot.
 */

const kb = knowledge();
const firstLineOf = (id: string): string => kb.faqById.get(id)!.answer.split('\n')[0]!.slice(0, 40);

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

describe('a trait of the person asked whether it stands in the way, read', () => {
  for (const [said, trait, nearest] of [
    ["I'm an introvert, would that hold me back?", 'being an introvert', 'communication'],
    ['i get really anxious on the phone, is that an issue for this job', 'getting anxious', 'communication'],
    ['I have ADHD, could I still become one?', 'having ADHD', 'right-for-me'],
    ["I'm not great with computers... is that a deal breaker?", 'not being great with computers', 'computer-skills'],
    ['im bad with computers, does that matter?', 'being bad with computers', 'computer-skills'],
  ] as const) {
    it(`"${said}" asks of ${trait}`, () => {
      const asked = ownTraitAsked(said);
      expect(asked?.trait).to.equal(trait);
      expect(asked?.nearest).to.equal(nearest);
    });
  }
  for (const said of ['I am shy', 'is communication important?', 'I am a nurse, is that a problem?']) {
    it(`"${said}" asks of no trait`, () => expect(ownTraitAsked(said)).to.equal(null));
  }
});

describe('how hard the area in view is, read', () => {
  const pediatric = kb.faqById.get('pediatric');
  for (const said of ['is that tough?', 'is it stressful work?', 'sounds demanding, is it?', 'is the job emotionally heavy?']) {
    it(`"${said}" after pediatric asks how hard that area is`, () => expect(areaHardAsked(said, pediatric, kb)?.area).to.equal('pediatric care management'));
  }
  for (const said of ['is it harder than geriatric?', 'is it hard to get into?', 'is it hard to find a job as one']) {
    it(`"${said}" after pediatric is another question`, () => expect(areaHardAsked(said, pediatric, kb)).to.equal(null));
  }
  it('"is it hard?" after the daily duties asks of no area', () => expect(areaHardAsked('is it hard?', kb.faqById.get('daily-duties'), kb)).to.equal(null));
});

describe('setting up on one\'s own, and volunteering at a place the guide never names, read', () => {
  for (const said of ['what would it take to start my own agency?', 'how does someone go about opening their own private practice', 'steps to go freelance?']) {
    it(`"${said}" asks how to set up on one's own`, () => expect(ownPracticeAsked(said)).to.equal(true));
  }
  it('"can I have my own practice?" asks no how', () => expect(ownPracticeAsked('can I have my own practice?')).to.equal(false));
  for (const said of ['does helping out at the public library as a volunteer count?', 'I volunteer at my local church, would that count?', 'would an internship in an office count']) {
    it(`"${said}" names a way at a place the guide never names`, () => expect(wayAtAPlaceNotNamed(said)).to.equal(true));
  }
  for (const said of ['would volunteering at a hospital count?', 'does volunteering in my spare time count?']) {
    it(`"${said}" names no such place`, () => expect(wayAtAPlaceNotNamed(said)).to.equal(false));
  }
  for (const said of ['what management course do you recommend?', 'which leadership training would you suggest']) {
    it(`"${said}" asks for names`, () => expect(askedAspect(said, kb)?.aspect).to.equal('names'));
  }
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`follow-ups the guide has no answer to, said plainly in context (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('"I\'m an introvert, would that hold me back?" after whether it is right for them says the guide does not speak of it, then communication', async () => {
      const chat = start();
      await chat.say('would care management suit me?');
      const replies = await chat.say("I'm an introvert, would that hold me back?");
      expectShown(replies, Messages.direct.traitNotSpoken('being an introvert'), firstLineOf('communication'));
      expectChannelSafe(channelId, replies, 'introvert');
    });

    it('"is that tough?" after pediatric care management says the guide does not say how hard that area is, then the stress answer', async () => {
      const chat = start();
      await chat.say('tell me about working with children as a care manager');
      const replies = await chat.say('is that tough?');
      expectShown(replies, Messages.direct.areaHardNotSaid('pediatric care management'), firstLineOf('stressful'));
      expectChannelSafe(channelId, replies, 'tough');
    });

    it('"what would it take to start my own agency?" after working for oneself says the guide gives no steps, then points at that answer just shown', async () => {
      const chat = start();
      await chat.say('could I be self-employed as a care manager?');
      const replies = await chat.say('what would it take to start my own agency?');
      expectShown(replies, Messages.direct.ownPracticeNotSaid.replace(/ All it says[^]*$/, ''), RecentMessages.justAbove);
      expectChannelSafe(channelId, replies, 'own agency');
    });

    it('"does helping out at the public library as a volunteer count?" after volunteering says the guide does not say, not yes', async () => {
      const chat = start();
      await chat.say('is volunteering useful for getting into care management?');
      const replies = await chat.say('does helping out at the public library as a volunteer count?');
      // Library work is said plainly not to be the experience the guide describes (situation31), never a yes.
      expectShown(replies, "isn't work in health or social services, so it isn't the experience the guide describes");
      expect(readable(shownText(replies))).not.to.include(readable(Messages.experienceCounts.way));
      expect(shownText(replies)).not.to.match(/^Yes/m);
      expectChannelSafe(channelId, replies, 'library');
    });

    it('"which leadership training would you suggest?" after moving up says the guide gives no names', async () => {
      const chat = start();
      await chat.say('how do care managers move up in their career?');
      const replies = await chat.say('which leadership training would you suggest?');
      expectShown(replies, Messages.aspectNotGiven.names);
      expectChannelSafe(channelId, replies, 'course named');
    });
  });
}
