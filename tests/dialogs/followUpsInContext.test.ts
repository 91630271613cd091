import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { clientsAsked } from '../../dialogs/understanding/questions/clientsAsked';
import { itemsSayingEach } from '../../dialogs/understanding/inView/itemsAsked';
import { relatedAskedInstead } from '../../dialogs/understanding/inView/relatedInstead';
import { thingNotMentioned } from '../../dialogs/understanding/inView/thingInView';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge, realEngine } from './transcript';

/**
 * Follow-ups that lean on the answer just given (session 31, the follow engineer's known weak replies and tester ut31a):
 * a thing only the answer's tags name is said to be one the guide does not mention ("any nights?" after the hours); a
 * pick of the item that says something, where both say it, gets what the guide says of each ("which one has an exam?");
 * who the clients are gets whom the guide says care managers serve; a follow-up that reads as the answer just given but
 * asks what a related answer is named for gets that answer ("what kind of places should I apply to?"); the family asked
 * of the answer in view gets its lines on them; what a credential needs, asked beside it with a pointer, gets what the
 * guide says of that credential's requirements, not the career's needs.
 */

const kb = knowledge();
const engine = realEngine();
const entry = (id: string) => kb.faqById.get(id)!;

describe('follow-ups read against the answer in view (session 31)', () => {
  describe('a thing only the answer names for people who ask, which the guide never says', () => {
    for (const said of ['any nights?', 'do they ever do night shifts?', 'do they work nights?', 'night work?']) {
      it(`"${said}" after the hours is a thing the guide does not mention`, () => {
        expect(thingNotMentioned(said, entry('work-hours'), kb)).to.match(/^night/);
      });
    }
    for (const said of ['weekends too?', 'what about evenings?', 'how many hours a week?']) {
      it(`"${said}" after the hours names nothing unsaid`, () => {
        expect(thingNotMentioned(said, entry('work-hours'), kb)).to.equal(null);
      });
    }
    it('"is that good money?" after the pay is said in other words (pay), not unmentioned', () => {
      expect(thingNotMentioned('is that good money?', entry('salary'), kb)).to.equal(null);
    });
  });

  describe('which item says a thing, where more than one says it', () => {
    it('"which one has an exam?" after the certifications gives each with its lines: the CMC asks for a pass, both have re-exams', () => {
      const each = itemsSayingEach('which one has an exam?', entry('certifications'), engine, kb);
      expect(each?.map((item) => item.entry.id)).to.deep.equal(['ccm', 'cmc']);
      expect(each?.[1]?.lines.join(' ')).to.include('a pass in its exam');
    });
    it('"which one covers legal issues?" is one item, not each', () => {
      expect(itemsSayingEach('which one covers legal issues?', entry('certifications'), engine, kb)).to.equal(null);
    });
  });

  describe('who the clients are', () => {
    for (const said of ['what sort of people are their clients?', 'who do they help?', 'what kind of patients do care managers work with?', 'who are the clients?', 'who would I be helping?']) {
      it(`"${said}" asks who the clients are`, () => expect(clientsAsked(said)).to.equal(true));
    }
    for (const said of ['who do care managers work with?', 'what kind of people become care managers?', 'how do they advocate for clients?', 'who do they work for?']) {
      it(`"${said}" does not`, () => expect(clientsAsked(said)).to.equal(false));
    }
  });

  describe('a related answer named for what the follow-up asks', () => {
    it('"what kind of places should I apply to?" after where they work is finding a job', () => {
      expect(relatedAskedInstead('what kind of places should I apply to?', entry('where-they-work'), kb)?.id).to.equal('finding-a-job');
    });
    it('"which places are there?" after where they work asks nothing beyond it', () => {
      expect(relatedAskedInstead('which places are there?', entry('where-they-work'), kb)).to.equal(null);
    });
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`in ${name}`, () => {
      it('"any nights?" after the hours says the guide does not mention nights, with what it says of the hours', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what are the work hours?');
        const replies = await chat.say('any nights?');
        expectShown(replies, Messages.thingNotMentioned('nights', entry('work-hours').title), 'standard business hours', 'evenings or weekends');
        expectChannelSafe(channelId, replies, 'nights');
      });

      it('"which one has an exam?" after the certifications says what the guide says of each', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what certifications are there?');
        const replies = await chat.say('which one has an exam?');
        expectShown(replies, Messages.eachItemSays, `${entry('ccm').title}: You keep it through continuing education and periodic re-exams.`, `${entry('cmc').title}: To earn it you need a pass in its exam.`);
        expectChannelSafe(channelId, replies, 'exam');
      });

      it('"what sort of people are their clients?" after what care managers do gets whom they serve and the four areas', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what do care managers do?');
        const replies = await chat.say('what sort of people are their clients?');
        expectShown(replies, Messages.whoTheClientsAre, answerOpening('specialisations'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('client-advocacy')));
        expectChannelSafe(channelId, replies, 'clients');
      });

      it('"do the families get involved?" after what care managers do gets its lines on the family', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what do care managers do?');
        const replies = await chat.say('do the families get involved?');
        expectShown(replies, Messages.partGives(entry('role-overview').title), 'emotional support and counseling to clients and families');
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('client-education')));
        expectChannelSafe(channelId, replies, 'families');
      });

      it('"do relatives get a say?" after what care managers do, and "and the parents?" after pediatric care, get the lines on the family', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what do care managers do?');
        expectShown(await chat.say('do relatives get a say?'), Messages.partGives(entry('role-overview').title), 'counseling to clients and families');
        await chat.say('what do pediatric care managers do?');
        const replies = await chat.say('and the parents?');
        expectShown(replies, Messages.partGives(entry('pediatric').title), 'children and their families');
        expectChannelSafe(channelId, replies, 'parents');
      });

      it('"what kind of places should I apply to?" after where they work gets finding a job, not "nothing more"', async () => {
        const chat = startGuided({ channelId });
        await chat.say('where do care managers work?');
        const replies = await chat.say('what kind of places should I apply to?');
        expectShown(replies, Messages.relatedInstead(entry('where-they-work').title, entry('finding-a-job').title), answerOpening('finding-a-job'));
        expectChannelSafe(channelId, replies, 'apply');
      });

      for (const said of ['So CCM first? What do I need to qualify for it?', 'What about the CCM certification? Could I qualify for that?']) {
        it(`"${said}" says the guide lists nothing for the CCM, not the career's needs`, async () => {
          const chat = startGuided({ channelId });
          await chat.say('what certifications are there?');
          const replies = await chat.say(said);
          expectShown(replies, "The guide doesn't list what you need for the CCM certification.");
          expect(readable(shownText(replies))).not.to.include(readable(answerOpening('what-is-needed')));
          expectChannelSafe(channelId, replies, 'qualify');
        });
      }
    });
  }
});
