import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../dialogs/rendering/core/messages';
import { asksToDeleteWhatWasTold } from '../../dialogs/understanding/talk/deletionAsked';
import { lossTold } from '../../dialogs/understanding/person/lossTold';
import { ownEnglishAsked } from '../../dialogs/understanding/person/ownEnglishAsked';
import { answeredBy, CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { allButtons, expectTeamsSafe, knowledge, type Conversation } from './transcript';

const kb = knowledge();

/**
 * Talk read in every place it is said (testers ut29a and ut29b, in our own words): a request to delete what was told,
 * in the person's own words and dialect; a person asked for after a word on the last reply; a question whether one
 * writes to a machine; a death told in passing, met before the answer; "I understand" taken in without thanks; the
 * guide said to be American; an apology for one's English that asks nothing of it. Fresh, after an answer and inside
 * the flows. The real bot, flows, engine and knowledge base, in Web Chat and Teams.
 */

describe('talk read wherever it is said: the readers', () => {
  it('reads a request to delete what was told or kept, in the person\'s words, and not the chat\'s messages or "delete that"', () => {
    for (const said of [
      'could ye wipe aw the stuff I gave ye',
      'please get rid of the details I told you',
      'erase everything you have saved on me pls',
      'can u bin all the info i put in',
      'i want you to remove my details',
      'forget everything I told you',
    ])
      expect(asksToDeleteWhatWasTold(said), said).to.equal(true);
    for (const said of ['can you delete my messages', 'delete that', 'forget it', 'forget what I said about nursing', 'remove the CCM from my roadmap', 'how do I delete my data'])
      expect(asksToDeleteWhatWasTold(said), said).to.equal(false);
  });

  it('reads a death of someone of one\'s own told in passing, and not an exam passed, a job lost or a patient\'s death', () => {
    expect(lossTold('I nursed my husband at home until he passed in March. What do care managers earn?')).to.equal('husband');
    expect(lossTold('since we lost our son I have wanted to help other families')).to.equal('son');
    expect(lossTold('after the death of my mother I sorted all her care')).to.equal('mother');
    expect(lossTold("I'm a widower, 61, is it too late?")).to.equal('partner');
    // A funeral told as work is no loss (tester ut31b: "a licensed funeral director ... Family business, my dad's before me").
    expect(lossTold("my dad's funeral was last week, how do I start?")).to.equal('dad');
    for (const said of [
      'my sister passed her nursing exams',
      'I lost my job in the spring',
      'some of my patients die, is that hard to cope with',
      'my dad has dementia',
      "I've been a licensed funeral director for 24 years. Family business, my dad's before me. Where would I start?",
      'my mum and I run a funeral home, would that count as experience?',
      'my husband is a mortician and I do the paperwork for families',
    ])
      expect(lossTold(said), said).to.equal(null);
  });

  it('reads an apology for one\'s English as no question about it, and a question about it as one', () => {
    expect(ownEnglishAsked('apologies for my grammar. without a degree can I still do this job?')).to.equal(false);
    expect(ownEnglishAsked('excuse my bad english, what do they earn?')).to.equal(false);
    expect(ownEnglishAsked('my english is a bit weak, will that hold me back?')).to.equal(true);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk read wherever it is said (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };
    /** The conversation brought to a place: fresh, after an answer, in the chooser, in the roadmap, in the walk. */
    const places: ReadonlyArray<readonly [string, readonly string[]]> = [
      ['fresh', []],
      ['after an answer', ['what do care managers earn']],
      ['in the specialty chooser', ['help me choose a specialty']],
      ['in the roadmap', ['my roadmap']],
      ['in the career steps walk', ['career steps']],
    ];
    const at = async (before: readonly string[]): Promise<Conversation> => {
      const chat = start();
      for (const said of before) await chat.say(said);
      return chat;
    };

    describe('a request to delete what was told, in the person\'s own words', () => {
      for (const [place, before] of places) {
        it(`"could ye wipe aw the stuff I gave ye" asks to confirm the deletion (${place})`, async () => {
          const chat = await at(before);
          const replies = await chat.say('could ye wipe aw the stuff I gave ye');
          expectShown(replies, Messages.forgetMe.confirm);
          safe(replies, place);
        });
      }

      it('after thanks and a word on what was said, the request is still the request', async () => {
        const chat = start();
        await chat.say("I'm a support worker, 8 years, no degree");
        const replies = await chat.say("cheers, that's given me loads to chew on. now please get rid of the details I told you");
        expectShown(replies, Messages.forgetMe.confirm);
      });

      it('"can you delete my messages" still says what is kept, and asks nothing', async () => {
        const replies = await start().say('can you delete my messages');
        expect(shownText(replies)).not.to.include(Messages.forgetMe.confirm);
      });
    });

    describe('the tester\'s words of session 30 (ut30a), in new words of the same kinds', () => {
      it('"Please forget me, wipe the lot." asks to confirm the deletion', async () => {
        const replies = await start().say('Please forget me, wipe everything.');
        expectShown(replies, Messages.forgetMe.confirm);
      });

      it('"is there an actual human answering me or is it a bot" says it is a bot', async () => {
        const replies = await start().say('is there an actual human answering me or is it a bot');
        expectShown(replies, "I'm a bot");
        expect(shownText(replies)).not.to.include("I don't have an answer");
      });

      it('"could I save all of this to show my tutor?" says what can be kept, with the roadmap to copy', async () => {
        const replies = await start().say('could I save all of this to show my tutor?');
        expectShown(replies, Messages.copyAsked);
        safe(replies, 'copy asked');
      });

      it('"No, I ask about the hours" after another answer is a question, not the privacy statement', async () => {
        const chat = start();
        await chat.say('what do care managers earn');
        const replies = await chat.say('No, I ask about the hours');
        expect(shownText(replies)).not.to.include("I don't keep a record of our chat");
      });
    });

    describe('a person asked for after a word on the last reply, and a question whether one writes to a machine', () => {
      it('"hmm. that is exactly what I asked about. could I speak to an actual person please" says there is no person here', async () => {
        const chat = start();
        await chat.say('is there a cert for the money side of things');
        const replies = await chat.say('hmm. that is exactly what I asked about. could I speak to an actual person please');
        expectShown(replies, Messages.chat.askHuman);
        expect(shownText(replies)).not.to.include("I don't have an answer");
        safe(replies, 'person after a word on the reply');
      });

      for (const [place, before] of places.slice(0, 3)) {
        it(`"am I typing to a machine here? is there someone I can phone" answers both (${place})`, async () => {
          const chat = await at(before);
          const replies = await chat.say('Excuse me, am I typing to a machine here? Is there someone I can phone?');
          // The reply to the person asked for says it is a bot, which answers both.
          const text = shownText(replies);
          expect(text).to.include(Messages.chat.askHuman.slice(0, 60));
          expect(text).to.include("I'm a bot");
          expect(text).not.to.include('outside what I can help with');
        });
      }
    });

    describe('a death told in passing is met before the answer, once', () => {
      it('"I nursed my husband at home until he passed in March" is met, then the pay asked is answered', async () => {
        const replies = await start().say('I nursed my husband at home until he passed in March. What do care managers earn?');
        expect(shownText([replies[0]!])).to.include(Messages.lossHeard('husband'));
        expectShown(replies, answeredBy('how much do care managers earn').section);
        safe(replies, 'loss then pay');
      });

      it('in the roadmap, the loss is met and the roadmap goes on', async () => {
        const chat = start();
        await chat.say('my roadmap');
        const replies = await chat.say('no degree, I looked after my mum until she died last year');
        expectShown(replies, Messages.lossHeard('mum'), GuidedMessages.roadmap.experienceQuestion);
      });

      it('told again later, it is not said again', async () => {
        const chat = start();
        await chat.say('my wife died this spring, is 60 too old to start?');
        const replies = await chat.say('since my wife died I have had time to think. how long does it take?');
        expect(shownText(replies)).not.to.include(Messages.lossHeard('wife'));
      });

      it('an exam passed is no loss', async () => {
        const replies = await start().say('my daughter passed her nursing exams, could she become a care manager?');
        expect(shownText(replies)).not.to.include("I'm so sorry");
      });
    });

    describe('"I understand" takes the answer in, without thanks', () => {
      it('after an answer, "I understand" is not "Glad that helped"', async () => {
        const chat = start();
        await chat.say('what are the working hours like');
        const replies = await chat.say('I understand');
        expect(shownText(replies)).not.to.include('Glad that helped');
      });

      it('"I understand. Now, is there a certification I should get first?" answers the question, not thanked for', async () => {
        const chat = start();
        await chat.say('what are the working hours like');
        const replies = await chat.say('I understand. Now, is there a certification I should get first?');
        expect(shownText(replies)).not.to.include('Glad that helped');
        expect(shownText(replies)).to.include('CCM');
      });
    });

    describe('the guide said to be American', () => {
      it('"it\'s all a bit American tbh" says what the guide ties to a place, fresh', async () => {
        const replies = await start().say("it's all a bit American tbh");
        expectShown(replies, Messages.guideOfAPlace.slice(0, 60));
        safe(replies, 'american');
      });

      it('in the chooser, the same is answered and the question comes back', async () => {
        const chat = start();
        await chat.say('help me choose a specialty');
        const replies = await chat.say('this is all very US centric');
        expectShown(replies, Messages.guideOfAPlace.slice(0, 60), GuidedMessages.specialisation.audienceQuestion);
      });

      it('said before a question to the bot, it is met before the bot answers', async () => {
        const chat = start();
        await chat.say('what do they earn in pounds');
        const replies = await chat.say('Hmm, this is all American. Are you a real person or some website bot?');
        expectShown(replies, Messages.guideOfAPlaceBeside, "I'm a bot");
      });
    });

    describe('another language asked for, in English', () => {
      for (const [place, before] of places.slice(0, 3)) {
        it(`"could you talk to me in German?" says the bot writes English only, not "ask me in English" (${place})`, async () => {
          const chat = await at(before);
          const replies = await chat.say('could you talk to me in German?');
          expectShown(replies, before.length === 0 || place === 'after an answer' ? Messages.writesOnlyEnglish : Messages.writesOnlyEnglishInFlow);
          expect(shownText(replies)).not.to.include(Messages.englishOnly);
          expect((await chat.feedback()).questions).to.deep.equal([]);
        });
      }
    });

    describe('a way of working asked of the job, which the guide never speaks of', () => {
      for (const asked of ['are there many part time care manager jobs?', 'could I work remotely as a care manager']) {
        it(`"${asked}" gets the work's hours and setting nearby, not entries that share a word`, async () => {
          const replies = await start().say(asked);
          expect(allButtons(replies).map((button) => button.title)).to.include(kb.faqById.get('work-hours')!.title);
          expect(shownText(replies)).not.to.include('Is it rewarding?');
        });
      }
    });

    describe('an apology for one\'s English', () => {
      it('"apologies for my grammar. without a degree can I still do this job?" answers the degree, with no word on English', async () => {
        const replies = await start().say('apologies for my grammar. without a degree can I still do this job?');
        expectShown(replies, answeredBy('can I be a care manager without a degree').section);
        expect(shownText(replies)).not.to.include('language level');
      });
    });
  });
}
