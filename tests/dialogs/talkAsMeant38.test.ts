import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { TalkMessages } from '../../dialogs/rendering/talk/talkReplies';
import { readChat } from '../../dialogs/understanding/core/conversation';
import { remarkOf } from '../../dialogs/understanding/talk/remarks';
import { complainsOfTheWait } from '../../dialogs/understanding/talk/waitComplained';
import { discouragementOf } from '../../dialogs/understanding/talk/discouraged';
import { saysNoOnly } from '../../dialogs/understanding/talk/noSaid';
import { hoursLeftBehind } from '../../dialogs/understanding/talk/askedAfterLeaving';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 38 (talk38), tester ut38a kind 5 and what session 37 left: small talk and remarks read as people mean them.
 * A blessing on arriving greets; slang "mid" is a so-so remark; "slow but ty" thanks and is sorry for the wait;
 * discouragement is heard; a no with a few words is a no; fed up with night shifts asks the hours. Each for made-up
 * phrasings beside the tester's.
 */
const nothing = (): boolean => false;
const namesADegree = (text: string): boolean => /\b(?:degree|healthcare|nursing)\b/i.test(text);

describe('small talk read as meant: readers', () => {
  it('reads a blessing said on arriving as part of the greeting, not a goodbye or thanks (ut38a P04-T1)', () => {
    for (const said of ['Good morning, and God bless. I hope you are well today.', 'hello and god bless', 'Good evening! God bless you', 'morning all, stay blessed']) {
      const acts = readChat(said).acts;
      expect(acts, said).to.include('greeting').and.not.include('bye');
      expect(acts, said).not.to.include('thanks');
    }
    expect(readChat('god bless').acts).to.deep.equal(['bye']);
    expect(readChat('thanks, god bless').acts).to.include('bye').and.include('thanks');
    expect(readChat('hi, thank you for this, god bless').acts).to.include('thanks');
  });

  it('reads slang "mid" with a subject, a word before it or an aside as a so-so remark, a bare "mid" still as the level (ut38a P02-T8)', () => {
    for (const said of ['ok thats kinda mid ngl', 'lowkey mid fr', 'the pay is kinda mid', 'mid ngl', "that's mid lol", 'pretty underwhelming tbh']) expect(remarkOf(said, nothing), said).to.equal('doubtsAnswer');
    for (const said of ['mid', 'mid?', 'mid level', 'and mid level pay', 'what about mid']) expect(remarkOf(said, nothing), said).to.equal(null);
  });

  it('reads the bot said to be slow, not the career (ut38a P08-T8)', () => {
    for (const said of ['this bot is kinda slow lol but ty', 'ur so slow', 'took ages to answer but thanks', 'slow af lol', 'thanks but your replies take forever']) expect(complainsOfTheWait(said), said).to.equal(true);
    for (const said of ['the progression seems slow', 'is career progression slow?', 'slow and steady i guess', 'this bot is pretty limited']) expect(complainsOfTheWait(said), said).to.equal(false);
  });

  it('reads discouragement told, and whether the degree is what weighs, never a question (ut38a P10-T5)', () => {
    for (const said of ['honestly its a bit discouraging. Every answer is "get a degree"', 'this is so disheartening, its all degree degree degree', 'kinda demoralizing that every reply says go to college lol']) expect(discouragementOf(said), said).to.deep.equal({ degree: true });
    for (const said of ['feeling kinda defeated ngl', 'ugh that is discouraging']) expect(discouragementOf(said), said).to.deep.equal({ degree: false });
    for (const said of ['is it discouraging work?', 'how do I not get discouraged', 'feeling discouraged, can I talk to someone', 'this is discouraging, show me the steps', 'what a great answer']) expect(discouragementOf(said), said).to.equal(null);
  });

  it('reads a no with words that only say it again as a no; a no that tells or asks something stays so (session 37)', () => {
    for (const said of ['nope, not really', 'no i havent', "No, I haven't decided yet", 'nah im good', 'no, never', 'no not yet', "no i don't think so", 'nope i wasnt']) expect(saysNoOnly(said, namesADegree), said).to.equal(true);
    for (const said of ["no i don't have a degree", 'no not quite', 'nope, not exactly', 'no, i havent worked in healthcare', 'no i mean the pay', 'no. what about pay', 'no?', 'not really sure what to ask']) expect(saysNoOnly(said, namesADegree), said).to.equal(false);
  });

  it('reads hours one is fed up with, then asking, as the hours asked (session 37)', () => {
    for (const said of ["I'm sick of night shifts. what else is there", 'so tired of working weekends, what are my options', 'sick of 12 hour shifts lol what else could i do']) expect(hoursLeftBehind(said), said).to.equal(true);
    for (const said of ['i work nights', "I'm sick of night shifts", 'what are the hours like', 'sick of retail. what else is there']) expect(hoursLeftBehind(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`small talk read as meant, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['Good morning, and God bless. I hope you are well today.', 'hello and god bless']) {
      it(`"${message}": a hello, never a goodbye (ut38a P04-T1)`, async () => {
        const text = await said(message);
        expect(text).not.to.include(readable(Messages.chat.bye));
        expect(text).to.satisfy((shown: string) => shown.includes(readable(Messages.chat.howAreYou)) || shown.includes(readable(Messages.chat.greeting)));
      });
    }

    for (const message of ['ok thats kinda mid ngl', 'lowkey mid fr']) {
      it(`"${message}" after the entry-level pay: pay rises with experience, not the mid-level card (ut38a P02-T8)`, async () => {
        const text = await said('how much do they make starting out', message);
        expect(text).to.include(readable(Messages.payDoubted)).and.not.include(readableOpening('salary-mid'));
      });
    }

    it('"this bot is kinda slow lol but ty": thanks welcomed and sorry for the wait, not "sorry it feels limited" (ut38a P08-T8)', async () => {
      const text = await said('do rehab centers hire care managers', 'this bot is kinda slow lol but ty');
      expect(text).to.include(readable(TalkMessages.thanksDespiteWait)).and.not.include('feels limited');
    });

    it('"ur so slow": sorry for the wait', async () => {
      const text = await said('how long does it take to become a care manager', 'ur so slow');
      expect(text).to.include(readable(TalkMessages.sorryForTheWait)).and.not.include('feels limited');
    });

    it('"honestly its a bit discouraging. Every answer is \'get a degree\'": heard, and the way in without one, not "Did you mean" (ut38a P10-T5)', async () => {
      const text = await said('i have a bachelors in supply chain management, is that related enough?', 'honestly its a bit discouraging. Every answer is "get a degree"');
      expect(text).to.include(readable(TalkMessages.discouragedByDegree)).and.include(readableOpening('without-degree'));
      expect(text).not.to.include(readable(Messages.notSure));
    });

    it('"feeling kinda defeated ngl": heard, with where to look next', async () => {
      const text = await said('how long does it take to become a care manager', 'feeling kinda defeated ngl');
      expect(text).to.include(readable(TalkMessages.discouraged)).and.not.include(Messages.sourcePrefix);
    });

    for (const message of ['no i havent', "No, I haven't decided yet", 'nah im good', 'no, never']) {
      it(`"${message}" after an answer: a no, never an answer from the guide (session 37)`, async () => {
        const text = await said('how long does it take to become a care manager', message);
        expect(text).to.include(readable(Messages.chat.no)).and.not.include(Messages.sourcePrefix);
      });
    }

    it('"I\'m sick of night shifts. what else is there": the hours care managers work, not a goodbye (session 37)', async () => {
      const text = await said("I'm sick of night shifts. what else is there");
      expect(text).to.include(readableOpening('work-hours')).and.not.include(readable(Messages.chat.bye));
    });
  });
}
