import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, CHAT_CHANNELS, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Follow-ups and corrections on the answer in view (the usability testers of sessions 22 and 23, and new phrasings of the
 * same needs), in Web Chat and Teams: doubt at the pay with "why would anyone bother" is the doubt, not a question about
 * certification; a subject of study weighed alone ("would psychology count as related though?") is asked of the degree;
 * "how long does that take" says what the guide gives of the thing in view, or nothing first when it is the career's
 * time; a quicker route is asked of the route in view, and a correction ("no i mean ...", "wrong. salary. how much")
 * goes back past the answer rejected; what someone else said of a subject ("she says it's quite stressful") asks it; the
 * walk reads "how long" as the answers do. The real bot, flows, engine and knowledge base.
 */

const HOW_LONG = 'How long does it take to become a care manager?';

function expectChannelSafe(channelId: string, replies: readonly Partial<Activity>[], label: string): void {
  if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`follow-ups on the answer in view (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    for (const text of ['40k?? thats nothing. why would anyone bother', '40k? seriously? why would anyone bother', 'wow not much money. is it even worth it?', "that's peanuts, what's the point"]) {
      it(`"${text}" after the pay says how pay rises and that the work rewards, not why to get certified`, async () => {
        const chat = start();
        await chat.say('how much do care managers earn at the start');
        const replies = await chat.say(text);
        expectShown(replies, Messages.payDoubted);
        expect(shownText(replies)).not.to.include(answeredBy('why get certified').answer.split('\n')[0]!.slice(0, 40));
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const [text, field] of [
      ['would psychology count as related though?', 'psychology'],
      ['does sociology count as relevant', 'sociology'],
    ] as const) {
      it(`"${text}" after the degree says the guide doesn't say whether ${field} counts, with the degree it names`, async () => {
        const chat = start();
        await chat.say('what degree do i need');
        const replies = await chat.say(text);
        expectShown(replies, Messages.direct.fieldNotNamed(field, 'social work, nursing or a related field'));
        expect(shownText(replies)).not.to.include(Messages.experienceCounts['not-said']);
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const asked of ['what do i need to become a care manager', 'is it right for me']) {
      it(`"how long does that take" after "${asked}" gives the career's time, with no "doesn't say" first`, async () => {
        const chat = start();
        await chat.say(asked);
        const replies = await chat.say('how long does that take');
        expect(readable(shownText(replies))).not.to.include(readable(Messages.direct.durationNotSaid('that')));
        expectShown(replies, 'It usually takes **6 to 8 years**');
        expectChannelSafe(channelId, replies, asked);
      });
    }

    it('"how long does that take" after gaining experience leads with the guide\'s years of experience', async () => {
      const chat = start();
      await chat.say('how do i get experience');
      const replies = await chat.say('how long would that take');
      expectShown(replies, Messages.direct.durationSaid, 'a few more years of relevant work experience');
      expect(readable(shownText(replies))).not.to.include(readable(Messages.direct.durationNotSaid('that')));
    });

    it('"and for the entry level, how many years experience?" after the pay leads with the entry level\'s own years', async () => {
      const chat = start();
      await chat.say('what is the salary');
      const replies = await chat.say('and for the entry level, how many years experience?');
      expectShown(replies, Messages.direct.durationSaid, 'Entry-level care managers usually have 0–2 years of experience');
      expect(shownText(replies)).not.to.include('a few more years of relevant work experience');
    });

    it('"how long does that take" after why to certify still says the guide gives no time for it', async () => {
      const chat = start();
      await chat.say('why get certified');
      expectShown(await chat.say('how long does that take'), Messages.direct.durationNotSaid('that'));
    });

    for (const text of ['oh wow 6 to 8 years, that\'s a lot. I\'m 31. Is there no quicker way?', 'any faster way to get qualified?']) {
      // Session 40 (misread40b): the guide names no shortcut, then what varies the time and the route with less schooling.
      it(`"${text}" after the time it takes says the guide names no shortcut and what varies the time, not how to move up`, async () => {
        const chat = start();
        await chat.say(HOW_LONG);
        const replies = await chat.say(text);
        expectShown(replies, Messages.wayInInPractice.shortcut);
        expect(shownText(replies)).not.to.include(answeredBy('how do i move up').answer.slice(0, 40));
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ['no i mean quicker to become one in the first place, not move up', 'nah I meant a faster way to get qualified, not promotions']) {
      it(`"${text}" after a missed answer goes back to the time it takes: no faster route, not the miss again`, async () => {
        const chat = start();
        await chat.say(HOW_LONG);
        await chat.say('how do i move up');
        const replies = await chat.say(text);
        expectShown(replies, Messages.aspectNotGiven.shortcut);
        expect(shownText(replies)).not.to.include(answeredBy('how do i move up').answer.slice(0, 40));
        expectChannelSafe(channelId, replies, text);
      });
    }

    for (const text of ["ah that's not bad. she says it's quite stressful though", "my friend says it's really stressful"]) {
      it(`"${text}" gets what the guide says of the stress, not thanks for sharing`, async () => {
        const chat = start();
        await chat.say('how much do care managers make');
        const replies = await chat.say(text);
        expectShown(replies, answeredBy('is it stressful').answer.slice(0, 40));
        expectChannelSafe(channelId, replies, text);
      });
    }

    it('"my aunt is a care manager, she says she loves it" is still a remark, not a question', async () => {
      const chat = start();
      await chat.say(HOW_LONG);
      expect(shownText(await chat.say('my aunt is a care manager, she says she loves it'))).not.to.include(Messages.sourcePrefix);
    });

    // This session's usability tester (ut23) on the first bot, and new phrasings of the same needs.
    it('"6 to 8 years?? thats forever lol why so long" after the time it takes explains the route, not a decline', async () => {
      const chat = start();
      await chat.say('what degree do i need');
      const replies = await chat.say('6 to 8 years?? thats forever lol why so long');
      expectShown(replies, 'about four years for a bachelor');
      expect(shownText(replies)).not.to.include(Messages.outOfScope.slice(0, 30));
    });

    for (const text of ['wrong. salary. how much', 'thats not it. salary, how much?', 'wrong answer. pay?']) {
      it(`"${text}" after another answer gives the pay, not the answer rejected again`, async () => {
        const chat = start();
        await chat.say(HOW_LONG);
        const replies = await chat.say(text);
        expectShown(replies, '$40,000');
        expect(shownText(replies)).not.to.include('6 to 8 years');
        expectChannelSafe(channelId, replies, text);
      });
    }

    it('"sounds stressful lol is it" asks the remark itself, not the answer in view', async () => {
      const chat = start();
      await chat.say('wat do they do all day');
      expectShown(await chat.say('sounds stressful lol is it'), answeredBy('is it stressful').answer.slice(0, 40));
    });

    it('"no i meant per hour" after the senior pay narrows the question: the guide gives yearly pay only', async () => {
      const chat = start();
      await chat.say('how much do senior care managers make');
      expectShown(await chat.say('no i meant per hour'), Messages.aspectNotGiven['pay-unit']);
    });

    for (const [text, yes] of [
      ['would ICU experience be valued?', Messages.experienceCounts['care-work']],
      ['would my nursing home experience be useful?', Messages.experienceNamed({ place: 'nursing homes' })],
    ] as const) {
      it(`"${text}" says such work is the experience the guide describes`, async () => {
        const chat = start();
        await chat.say('what does a care manager do');
        expectShown(await chat.say(text), yes);
      });
    }

    it('"hey im 17 and finishing school next yr, wat even is a care manager" is answered, not only noted', async () => {
      const chat = start();
      const replies = await chat.say('hey im 17 and finishing school next yr, wat even is a care manager');
      expectShown(replies, answeredBy('what is a care manager').answer.slice(0, 40));
    });

    // One reader of "how long" (knowledge/aspects.ts asksDuration) for the answers and the walk: "how much longer",
    // "how soon" and "how many more years" of the step on screen get its own time, as "how long" did.
    for (const text of ['how much longer does this step take', 'how soon can i finish this step', 'how many more years is this step']) {
      it(`"${text}" at step 2 gives the step's own time first, then the whole route`, async () => {
        const chat = start();
        await chat.say('step 2');
        const replies = await chat.say(text);
        const step = knowledge().steps[1]!;
        expect(shownText(replies)).to.include(GuidedMessages.steps.stepTime(2, step.title, '').slice(0, 40));
        expectShown(replies, 'about four years for a bachelor', GuidedMessages.steps.continueOffer(2));
        expectChannelSafe(channelId, replies, text);
      });
    }
  });
}
