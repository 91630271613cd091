import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Short messages asked of the answer in view (session 24's testers and new phrasings of the same needs), in Web Chat and
 * Teams: a role's pay asked in a few words is that rung's pay; getting certified has no time in the guide; whether a
 * thing counts is read against the answer in view; an item of the list in view asked of by its name; a ranking the guide
 * never makes; what the people at a pay level have; who one works with in a specialisation; a part added to the route's
 * time; something sought in the answer. The real bot, flows, engine and knowledge base.
 */

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

const kb = knowledge();
const answerOf = (id: string): string => kb.faqById.get(id)!.answer;
const SIX_TO_EIGHT = '**6 to 8 years**';

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`questions asked of the answer in view (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    for (const [role, asked, figure] of [
      ['what do care management directors do', "and what's the pay for that?", '$90,000–$130,000'],
      ['what does a senior care manager do all day', 'is the pay good?', '$80,000–$100,000'],
      ['what does the career path look like', 'figures?', '$40,000–$60,000'],
    ] as const) {
      it(`"${asked}" after "${role}" gives that rung's pay`, async () => {
        const chat = start();
        await chat.say(role);
        const replies = await chat.say(asked);
        expectShown(replies, figure);
        expectChannelSafe(channelId, replies, asked);
      });
    }

    it('"what do internships pay?" after a role asks of internships, not of the role', async () => {
      const chat = start();
      await chat.say('what does a junior care manager do');
      const replies = await chat.say('what do internships pay?');
      expect(shownText(replies)).not.to.include('$40,000–$60,000');
    });

    it('"how long will it take me to get certified" says the guide gives no time, with the certifications, not the 6 to 8 years', async () => {
      const chat = start();
      const replies = await chat.say('how long will it take me to get certified');
      expectShown(replies, Messages.direct.durationNotSaid('getting certified'));
      expect(shownText(replies)).to.include(answerOf('certifications').split('\n')[0]!.slice(0, 40));
      expect(shownText(replies)).not.to.include(SIX_TO_EIGHT);
      expectChannelSafe(channelId, replies, 'certified');
    });

    it('"and biology, would that count?" after the degree asks of a field of study, not of experience', async () => {
      const chat = start();
      await chat.say('which degree should i study');
      const replies = await chat.say('and biology, would that count?');
      expectShown(replies, Messages.direct.fieldNotNamed('biology', 'social work, nursing or a related field'));
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
      expect(shownText(replies)).not.to.include(Messages.experienceNamed({ place: 'X' }).split(' X ')[0]!);
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['not-said']);
    });

    it('"what about asthma, would that count?" after chronic disease is no question of experience', async () => {
      const chat = start();
      await chat.say('tell me about chronic disease management');
      const replies = await chat.say('what about asthma, would that count?');
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
      expect(shownText(replies)).not.to.include(Messages.experienceNamed({ place: 'X' }).split(' X ')[0]!);
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['not-said']);
      expect(shownText(replies)).not.to.include(Messages.sourcePrefix);
    });

    it('"is counselor on the list?" after the jobs to start in shows that item, not another answer', async () => {
      const chat = start();
      await chat.say('which jobs could i begin in');
      const replies = await chat.say('is counselor on the list?');
      expectShown(replies, '- counselor');
      expect(shownText(replies)).not.to.include(Messages.sourcePrefix);
      expectChannelSafe(channelId, replies, 'counselor');
    });

    it('"is pediatric the one with the most openings?" says the guide does not rank them, then what it says of pediatric', async () => {
      const chat = start();
      await chat.say('what areas can i specialise in');
      const replies = await chat.say('is pediatric the one with the most openings?');
      expectShown(replies, "The guide doesn't say which is the one with the most openings.");
      expect(shownText(replies)).to.include(answerOf('pediatric').split('\n')[0]!.slice(0, 40));
    });

    it('"what qualifications do they tend to hold?" after the entry-level pay gives the degrees that level holds', async () => {
      const chat = start();
      await chat.say('what do care managers earn starting out');
      const replies = await chat.say('what qualifications do they tend to hold?');
      expectShown(replies, Messages.partInView('Entry-level pay'), "They may have a bachelor's in nursing");
      expect(readable(shownText(replies))).not.to.include(readable('$40,000–$60,000'));
    });

    it('"who would I liaise with?" after pediatric care stays with pediatric care, which says who', async () => {
      const chat = start();
      await chat.say('what is pediatric care management');
      const replies = await chat.say('who would I liaise with?');
      expectShown(replies, 'schools');
    });

    it('"what if I add a master\'s?" after how long it takes gives the master\'s two years, not the degrees', async () => {
      const chat = start();
      await chat.say('how long does it take to become a care manager');
      const replies = await chat.say("what if I add a master's?");
      expectShown(replies, "about two more years for a master's");
      expect(shownText(replies)).not.to.include(answerOf('bachelors-or-masters').split('\n')[0]!.slice(0, 40));
    });

    it('"and if i dont have a degree at all?" after how long it takes is the route without one', async () => {
      const chat = start();
      await chat.say('how long does it take to become a care manager');
      const replies = await chat.say('and if i dont have a degree at all?');
      expect(shownText(replies)).to.include(answeredBy('can i become a care manager without a degree').answer.split('\n')[0]!.slice(0, 40));
    });

    it('"more money?" after why to certify is the certification\'s pay, not the pay levels', async () => {
      const chat = start();
      await chat.say('why should i get certified');
      const replies = await chat.say('more money?');
      expectShown(replies, Messages.certificationPay);
      expect(shownText(replies)).not.to.include('$40,000–$60,000');
    });

    it('"which is the highest job?" after the career path is the top rung\'s role', async () => {
      const chat = start();
      await chat.say('how does the career path go');
      const replies = await chat.say('what is the top role?');
      expect(shownText(replies)).to.include(answerOf('director-roles').split('\n')[0]!.slice(0, 40));
    });

    it('"what sort of experience?" after what you need gives the line on experience', async () => {
      const chat = start();
      await chat.say('what do i need to become a care manager');
      const replies = await chat.say('what sort of experience?');
      expectShown(replies, Messages.partGives('What you need'), 'work experience, which employers often ask for');
    });

    it('"and for psychiatric?" after the areas is that area\'s own answer', async () => {
      const chat = start();
      await chat.say('what areas can i specialise in');
      const replies = await chat.say('and for psychiatric?');
      expect(shownText(replies)).to.include(answerOf('psychiatric').split('\n')[0]!.slice(0, 40));
    });

    it('"yeah choose a specialty please" after the welcome presses that button', async () => {
      const chat = start();
      await chat.say('hello');
      const replies = await chat.say('yeah choose a specialty please');
      expect(shownText(replies)).to.include(GuidedMessages.specialisation.audienceQuestion);
    });

    it('"is there anything on gerontology in there?" after the courses points at that course', async () => {
      const chat = start();
      await chat.say('what courses would i take');
      const replies = await chat.say('is there anything on gerontology in there?');
      expectShown(replies, 'gerontology (the study of aging)');
    });
  });
}
