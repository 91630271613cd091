import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ButtonTitles, Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Fallbacks near what was asked, and pushback met plainly (testers ut28a and ut28b, in new words of the same kinds): a
 * part said to be missed is asked of the guide even when it names nothing of it, and is never "outside what I can help
 * with"; the bot's own pick asked between two things says it has none and what the guide says; a suggestion is shown
 * only when it shares a word saying what the question is about; "None of these" says what the guide covers nearest and
 * how to ask. The real bot, flows, engine and knowledge base, in Web Chat and Teams.
 */

const kb = knowledge();
const title = (id: string): string => kb.faqById.get(id)!.title;

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`fallbacks near what was asked (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    describe('a part said to be missed', () => {
      it('"omg you never said whether its canadian dollars" after the pay says what the guide gives its pay in', async () => {
        const chat = start();
        await chat.say('how much does a care manager make');
        const replies = await chat.say('omg you never said whether its canadian dollars');
        expectShown(replies, Messages.missedPart, 'in dollars');
        expect(shownText(replies)).not.to.include(Messages.chat.complaint);
        safe(replies, 'currency missed');
      });

      it('"you didnt answer about my accent" after the skills says the guide has no answer, with the skills nearby, never "outside what I can help with"', async () => {
        const chat = start();
        await chat.say('what skills do I need');
        const replies = await chat.say('you didnt answer about my accent');
        expectShown(replies, Messages.missedPart, Messages.noMatch, title('essential-skills'));
        expect(shownText(replies)).not.to.include(Messages.outOfScope);
        safe(replies, 'accent missed');
      });

      it('"you missed the point" is still a complaint: it names nothing asked', async () => {
        const chat = start();
        await chat.say('what skills do I need');
        const replies = await chat.say('you missed the point');
        expect(shownText(replies)).not.to.include(Messages.missedPart);
        expect(shownText(replies)).to.match(/sorry/i);
      });
    });

    describe("the bot's own pick asked", () => {
      it('"ok but which would you go for?" after nursing or social work says the bot has no pick, not how to specialise', async () => {
        const chat = start();
        await chat.say('should I study nursing or social work?');
        const replies = await chat.say('ok but which would you go for?');
        expectShown(replies, Messages.noPickOfMyOwn, "doesn't say which is better");
        expect(shownText(replies)).not.to.include(kb.faqById.get('how-to-specialise')!.answer.split('\n')[0]!.slice(0, 40));
        safe(replies, 'which would you go for');
      });

      it('"what would you do in my shoes?" after two areas compared in the chooser says the guide ranks none, and asks again', async () => {
        const chat = start();
        await chat.say('compare pediatric and chronic disease care management');
        const replies = await chat.say('what would you do in my shoes?');
        expectShown(replies, GuidedMessages.specialisation.noPickOfMyOwn, GuidedMessages.specialisation.comparePick);
        safe(replies, 'in my shoes');
      });

      it('"which certification would you pick" names its subject and is asked of the guide, with no word of a pick', async () => {
        const replies = await start().say('which certification would you pick');
        expect(shownText(replies)).not.to.include(Messages.noPickOfMyOwn);
        expectShown(replies, 'CCM');
      });
    });

    describe('suggestions and "None of these"', () => {
      const ASKED = "Can someone who isn't a nurse take the CCM exam, and when?";

      it('offers only suggestions that share what the question is about', async () => {
        const replies = await start().say(ASKED);
        expectShown(replies, Messages.notSure);
        const titles = buttonTitles(replies);
        expect(titles).to.include(title('ccm'));
        expect(titles).not.to.include.members([title('independent-practice'), title('soft-skills')]);
        safe(replies, ASKED);
      });

      it('after "None of these" says what the guide covers nearest, not offered before, and how to ask', async () => {
        const chat = start();
        const offered = await chat.say(ASKED);
        const replies = await clickOn(chat, offered, ButtonTitles.noneOfThese);
        expectShown(replies, Messages.noneOfTheseReply, Messages.noneOfTheseNearest, 'To ask again');
        const titles = buttonTitles(replies);
        expect(titles.length).to.be.greaterThan(0);
        expect(titles).not.to.include(title('ccm'));
        expect((await chat.feedback()).noneOfThese).to.have.length(1);
        safe(replies, 'none of these');
      });

      it('a typed "none of these" does the same', async () => {
        const chat = start();
        await chat.say(ASKED);
        const replies = await chat.say('none of these');
        expectShown(replies, Messages.noneOfTheseReply, Messages.noneOfTheseNearest);
      });
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the guide asked whether it holds in a place (${channelName})`, () => {
    for (const asked of ['Is this guide only for the US? Does any of it apply in Ireland?', 'does all this info apply in New Zealand', 'is the guide written for Americans only?']) {
      it(`"${asked}" says what the guide ties to a place, never "I don't have an answer" and the menu`, async () => {
        const replies = await startGuided({ channelId }).say(asked);
        expectShown(replies, Messages.guideOfAPlace, kb.faqById.get('licensing')!.title);
        expect(shownText(replies)).not.to.include(Messages.noMatch).and.not.include(Messages.outOfScope);
        if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${asked} #${i}`));
      });
    }

    it('"do care managers work in Scotland" is asked of the guide, not taken as the guide weighed', async () => {
      const replies = await startGuided({ channelId }).say('do care managers work in Scotland');
      expect(shownText(replies)).not.to.include(Messages.guideOfAPlace);
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk about the bot asked in other ways (${channelName})`, () => {
    for (const asked of ['parli italiano? is more easy for me', 'could you answer me in Spanish instead']) {
      it(`"${asked}" says the bot writes only English, and logs no gap in the guide`, async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say(asked);
        expectShown(replies, Messages.writesOnlyEnglish);
        expect(shownText(replies)).not.to.include(Messages.noMatch);
        expect((await chat.feedback()).questions).to.deep.equal([]);
        if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${asked} #${i}`));
      });
    }

    it('"does speaking Polish help in the job?" is a question about the job, not a request to write Polish', async () => {
      const replies = await startGuided({ channelId }).say('does speaking Polish help in the job?');
      expect(shownText(replies)).not.to.include(Messages.englishOnly);
      expect(shownText(replies)).not.to.include(Messages.writesOnlyEnglish);
    });

    it('"I just asked if you are a human" after another reply says sorry and answers it, never "Thanks for sharing"', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what do care managers earn');
      const replies = await chat.say('I just asked if you are a human');
      expectShown(replies, Messages.chat.complaint.split('.')[0]!, "I'm a bot");
      expect(shownText(replies)).not.to.include('Thanks for sharing');
    });

    it('"i only wanted to know if it is stressful" asks whether it is stressful', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what do care managers earn');
      const replies = await chat.say('i only wanted to know if it is stressful');
      expectShown(replies, 'stressful at times');
    });
  });
}
