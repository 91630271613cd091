import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { askedAspect } from '../../knowledge/aspects';
import { yearsToPay } from '../../knowledge/beyondGuide';
import { weighedAgainstOther } from '../../dialogs/understanding/inView/aspectInView';
import { picksOneOfThem } from '../../dialogs/understanding/core/followUp';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectShown, readable, shownText, sideBySide, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Follow-ups that ask of the answer in view what the guide does not give, declined in that context rather than
 * answered with the entry again (session 27): which of two is better where neither answer ranks them ("which of them
 * is the better one?" after the certifications: said so, both side by side); two named and ranked ("would nursing or
 * social work be better?"); names the guide never gives ("which software brand do they use?", "which certificate
 * specifically?"); the thing in view set against another job or field ("more rewarding than teaching?"). The real bot.
 */

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

const kb = knowledge();
const firstLineOf = (id: string): string => kb.faqById.get(id)!.answer.split('\n')[0]!.slice(0, 40);

describe('which of the two in view to pick, read', () => {
  for (const said of ['which of them is the better one?', 'which 1 is best for someone starting out', 'so which should I go for?', "which one's better then"]) {
    it(`"${said}" picks one of the two in view`, () => expect(picksOneOfThem(said)).to.equal(true));
  }
  for (const said of ['how do they differ?', 'which is better for someone who wants more money', 'which is easier']) {
    it(`"${said}" picks neither on no criterion of its own`, () => expect(picksOneOfThem(said)).to.equal(false));
  }
});

describe('the answer in view weighed against another thing, read', () => {
  for (const [said, other] of [
    ['is it more tiring than being a teacher?', 'teacher'],
    ['better than retail?', 'retail'],
    ['how does that compare with bar work', 'bar work'],
  ] as const) {
    it(`"${said}" weighs it against "${other}"`, () => expect(weighedAgainstOther(said)?.other).to.equal(other));
  }
  for (const said of ['is the CMC harder than the CCM?', 'do nurses earn more than teachers', 'what is the difference']) {
    it(`"${said}" weighs nothing in view against another`, () => expect(weighedAgainstOther(said)).to.equal(null));
  }
});

describe('a pay range to reach, read as its sum', () => {
  for (const [said, sum] of [
    ["how many years till I'm in the 70 to 90 range?", 70000],
    ['how long before I hit the 85-100k bracket', 85000],
  ] as const) {
    it(`"${said}" asks how long to reach ${sum}`, () => expect(yearsToPay(said)).to.equal(sum));
  }
  it('"how long is the 4 to 6 week course" asks no pay', () => expect(yearsToPay('how long is the 4 to 6 week course')).to.equal(null));
});

describe('names asked, read', () => {
  for (const said of ['which software brand do they use?', 'which certificate specifically?', 'is there a standard template they follow?', 'any course you would recommend?', "what's it called?"]) {
    it(`"${said}" asks for names`, () => expect(askedAspect(said, kb)?.aspect).to.equal('names'));
  }
  for (const said of ['which certifications should I get', 'what courses would they take', 'what is it called when they plan care for someone over a long time']) {
    it(`"${said}" asks no names`, () => expect(askedAspect(said, kb)?.aspect).not.to.equal('names'));
  }
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`follow-ups the guide does not answer, declined in context (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    it('"which one is better then?" after the certifications says the guide does not say, then both side by side', async () => {
      const chat = start();
      await chat.say('what certifications could I get as a care manager?');
      const replies = await chat.say('which one is better then?');
      expectShown(replies, Messages.notRankedSideBySide('better'));
      const { texts } = sideBySide(replies);
      expect(readable(texts.join(' '))).to.include(readable(firstLineOf('cmc')));
      expectChannelSafe(channelId, replies, 'which better');
    });

    it('"which of them is the better one?" after the certifications says the guide does not rank them', async () => {
      const chat = start();
      await chat.say('what certifications could I get as a care manager?');
      const replies = await chat.say('which of them is the better one?');
      expectShown(replies, Messages.direct.notRanked);
      expectChannelSafe(channelId, replies, 'which of them');
    });

    it('two named and ranked ("would nursing or social work be better?") says the guide ranks neither, then what it says', async () => {
      const chat = start();
      await chat.say('what subject should I take at university for this?');
      const replies = await chat.say('would nursing or social work be better?');
      expectShown(replies, Messages.weighing.notRanked('nursing', 'social work'));
      expect(readable(shownText(replies))).not.to.include('social work be');
      expect(readable(shownText(replies))).to.include(readable(firstLineOf('degree-fields')));
      expectChannelSafe(channelId, replies, 'nursing or social work');
    });

    for (const [first, then] of [
      ['how do care managers keep their records?', 'which software brand do they use?'],
      ['how would I specialise in one area?', 'which certificate specifically?'],
    ] as const) {
      it(`"${then}" after "${first}" says the guide gives no names`, async () => {
        const chat = start();
        await chat.say(first);
        const replies = await chat.say(then);
        expectShown(replies, Messages.aspectNotGiven.names);
        expect(shownText(replies)).not.to.include(Messages.sourcePrefix);
        expectChannelSafe(channelId, replies, then);
      });
    }

    for (const [first, then, other] of [
      ['is care management a rewarding job?', 'more rewarding than teaching?', 'teaching'],
      ['what would I earn starting out?', 'is that decent compared to retail?', 'retail'],
    ] as const) {
      it(`"${then}" after "${first}" says the guide compares nothing with ${other}`, async () => {
        const chat = start();
        await chat.say(first);
        const replies = await chat.say(then);
        expectShown(replies, Messages.notComparedWith(other));
        expect(shownText(replies)).not.to.include(Messages.sourcePrefix);
        expectChannelSafe(channelId, replies, then);
      });
    }

    it('"how long does it take to get it?" after the CCM says the guide gives no time for the CCM, never the 6 to 8 years', async () => {
      const chat = start();
      await chat.say('tell me about the CCM certification');
      const replies = await chat.say('how long does it take to get it?');
      const text = readable(shownText(replies));
      expect(text).to.match(/^The guide doesn't .*CCM/);
      expect(text).not.to.match(/^It usually takes 6 to 8 years/);
      expectChannelSafe(channelId, replies, 'how long to get it');
    });

    it('a thing of the same kind is weighed, not declined as another job ("is it harder than pediatric?" after geriatric)', async () => {
      const chat = start();
      await chat.say('what is geriatric care management?');
      const replies = await chat.say('is it harder than pediatric?');
      expect(readable(shownText(replies))).not.to.include(readable(Messages.notComparedWith('pediatric')));
    });
  });
}
