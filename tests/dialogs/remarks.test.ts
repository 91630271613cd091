import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ButtonTitles, FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages, RoadmapWords } from '../../dialogs/rendering/guided/guidedMessages';
import { answeredBy, buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Remarks that ask nothing (dialogs/understanding/talk/remarks.ts), in Web Chat and Teams: an opinion of the career, doubt
 * at a figure in the last answer, worry about oneself. Each gets a sentence that fits and a way on, never the
 * out-of-scope decline; a remark with a question is the question, and one with an off-topic question is still declined.
 */
const titlesOf = (...ids: string[]) => ids.map((id) => knowledge().faqById.get(id)?.title ?? id);

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`remarks on the career, the last answer or oneself (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };
    const expectRemarkReply = (replies: readonly Partial<Activity>[], reply: string, label: string) => {
      expectShown(replies, reply);
      expectNoEntry(replies, label);
      expect(shownText(replies)).not.to.include(Messages.outOfScope);
      safe(replies, label);
    };

    it('"sounds boring tbh" after the role overview: not for everyone, with what helps decide', async () => {
      const chat = start();
      await chat.say('what does a care manager do');
      const replies = await chat.say('sounds boring tbh');
      expectRemarkReply(replies, Messages.chat.judgesCareer, 'sounds boring');
      expect(buttonTitles(replies)).to.include.members(titlesOf('right-for-me', 'rewarding', 'stressful'));
    });

    it('pay said to be low ("that\'s not much money") says how pay rises with experience and role, with no new figure', async () => {
      const chat = start();
      await chat.say('how much do care managers make');
      const replies = await chat.say("that's not much money");
      expectRemarkReply(replies, Messages.payDoubted, 'not much money');
      expect(buttonTitles(replies)).to.include.members(titlesOf('career-ladder', 'rewarding'));
      expect(shownText(replies)).not.to.match(/\$|\d/);
    });

    it('doubt at a figure ("8 years?? wow") offers what the guide says around the last answer, and no new figure', async () => {
      for (const [question, remark] of [['how long does it take to become a care manager', '8 years?? wow']] as const) {
        const chat = start();
        const answer = await chat.say(question);
        const replies = await chat.say(remark);
        expectRemarkReply(replies, Messages.chat.doubtsAnswer, remark);
        expect(buttonTitles(replies).length).to.be.greaterThan(0);
        expect(buttonTitles(answer)).to.include.members(buttonTitles(replies).filter((title) => title !== 'Menu'));
        expect(shownText(replies)).not.to.match(/\$|\d/);
      }
    });

    it('"really?" with nothing said before it asks for a question', async () => {
      expectShown(await start().say('really?'), Messages.remarkNothingAnswered);
    });

    it('worry about oneself gets encouragement and the entries that help; liking the career, where to start', async () => {
      const chat = start();
      await chat.say('what skills do you need');
      const worried = await chat.say("i'm scared i won't be good enough");
      expectRemarkReply(worried, Messages.chat.doubtsSelf, 'worried');
      expect(buttonTitles(worried)).to.include.members(titlesOf('right-for-me', 'essential-skills'));
      const liked = await chat.say('hmm, sounds like my kind of job');
      expectRemarkReply(liked, Messages.chat.likesCareer, 'liked');
      expect(buttonTitles(liked)).to.include.members(titlesOf('what-is-needed', 'how-long'));
    });

    it('how the day went ("i had a rough day at work", "today was hectic at the clinic") gets a word and a way on, not the job\'s daily duties or its stress', async () => {
      for (const said of ['i had a rough day at work', 'today was hectic at the clinic', 'long shift on the ward', 'what a week']) {
        const replies = await start().say(said);
        expectRemarkReply(replies, Messages.chat.tellsOfDay, said);
        expect(buttonTitles(replies)).to.include.members(titlesOf('daily-duties', 'stressful'));
      }
      // Asked, the day is the job's: "what is a typical day like" and "are the shifts long" are the guide's.
      expectShown(await start().say('what is a typical day like'), answeredBy('what is a typical day like').answer.split('\n')[0]!);
      expect(shownText(await start().say('do care managers work long shifts?'))).not.to.include(Messages.chat.tellsOfDay);
    });

    it('a remark with a question is the question; with an off-topic question it is still declined; "is care management boring" is a question', async () => {
      const howLong = answeredBy('how long does it take to become a care manager');
      const asked = await start().say('sounds hard, how long does it take?');
      expectShown(asked, howLong.answer.split('\n')[0]!);
      expect(shownText(asked)).not.to.include(Messages.chat.judgesCareer);
      expectShown(await start().say("sounds boring, what's the weather"), Messages.outOfScope);
      const boring = await start().say('is care management boring');
      expect(shownText(boring)).to.include(Messages.sourcePrefix);
      expect(shownText(boring)).not.to.include(Messages.chat.judgesCareer);
    });

    it('other remarks, read by the act model ("my dad had one after his fall, she was a star", "im bad at talking to people"), are acknowledged with a way on, never answered as a question', async () => {
      const fresh = await start().say('my dad had one after his fall, she was a star');
      expectRemarkReply(fresh, Messages.chat.remark, 'a story');
      expect(buttonTitles(fresh)).to.include.members(titlesOf('right-for-me', 'daily-duties', 'what-is-needed'));
      // After an answer, what the guide has around it.
      const chat = start();
      const answer = await chat.say('what skills do you need');
      const said = await chat.say('i guess my handwriting is awful');
      expectRemarkReply(said, Messages.chat.remark, 'about oneself');
      expect(buttonTitles(answer)).to.include.members(buttonTitles(said).filter((title) => title !== 'Menu'));
      // Session 19: "bad" is no longer read as "band", so "im bad at talking to people" touches on communication.
      const bad = await start().say('im bad at talking to people');
      expectRemarkReply(bad, Messages.remarkTouchingOn(knowledge().faqById.get('communication')!.title), 'about oneself');
    });

    it('a remark that touches on something the guide covers ("he\'s more of a people person tbh", "i work nights") offers that one entry, never answers it', async () => {
      for (const [said, id] of [
        ["he's more of a people person tbh", 'soft-skills'],
        ['i work nights', 'work-hours'],
      ] as const) {
        const title = knowledge().faqById.get(id)!.title;
        const replies = await start().say(said);
        expectRemarkReply(replies, Messages.remarkTouchingOn(title), said);
        expect(buttonTitles(replies)).to.deep.equal([title, 'Menu']);
      }
    });

    it('a self-introduction that asks nothing is said back and kept, with the roadmap offered; a worry beside it offers the entry it touches on', async () => {
      const chat = start();
      await chat.say('what does a care manager do');
      const social = await chat.say("i'm a social worker with a BSW, 4 yrs in child protection");
      expectRemarkReply(social, Messages.introduced(`social worker, ${RoadmapWords.education['relevant-degree']}, ${RoadmapWords.years(4)}`), 'social worker');
      expect(shownText(social)).not.to.include(Messages.notSure);
      expect(buttonTitles(social)).to.deep.equal([ButtonTitles.roadmap]);
      const stress = knowledge().faqById.get('stressful')!.title;
      const nurse = await start().say("I'm a nurse, 10 years on wards, burnt out");
      expectRemarkReply(nurse, Messages.introduced(`nurse, ${RoadmapWords.years(10)}`, stress), 'burnt-out nurse');
      expect(buttonTitles(nurse)).to.deep.equal([stress, ButtonTitles.roadmap]);
      // Only what was told is said back: "im a carer" says nothing of how long.
      expectShown(await start().say('im a carer, 45, worried im too old'), Messages.introduced('care worker'));
    });

    it('the work judged by how much of it there is ("sounds like a lot of paperwork", "ugh so many exams") is not for everyone, never a complaint or a figure doubted', async () => {
      for (const remark of ['sounds like a lot of paperwork', 'ugh so many exams', 'ugh I hate working weekends']) {
        const chat = start();
        await chat.say('what does a care manager do');
        const replies = await chat.say(remark);
        expectRemarkReply(replies, Messages.chat.judgesCareer, remark);
        expect(shownText(replies)).not.to.include(Messages.chat.doubtsAnswer);
      }
      const chat = start();
      await chat.say('how much do care managers make');
      expectRemarkReply(await chat.say('sounds like a lot of money'), Messages.chat.doubtsAnswer, 'a lot of money');
    });

    it('told of oneself, asking nothing ("im 45", "i live in texas"), is thanked for, never declined as a question noted', async () => {
      for (const told of ['im 45', 'i live in texas']) {
        const replies = await start().say(told);
        expectRemarkReply(replies, Messages.chat.remark, told);
        expect(shownText(replies)).not.to.include(Messages.noMatch);
      }
    });

    it('a remark that asks, or wishes, is a question for the guide: "i want to work with kids" is pediatric care', async () => {
      const kids = await start().say('i want to work with kids');
      expect(shownText(kids)).not.to.include(Messages.chat.remark);
      expectShown(kids, answeredBy('i want to work with kids').answer.split('\n')[0]!);
      expect(shownText(await start().say("i've been a carer for years, wondering if that counts"))).not.to.include(Messages.chat.remark);
    });

    it('in a guided flow a remark gets a short reply and the flow asks its question again', async () => {
      const chat = start();
      await chat.say(FlowPhrases.roadmap);
      const replies = await chat.say('seems really hard');
      expectShown(replies, Messages.chatInFlow.judgesCareer, GuidedMessages.roadmap.educationQuestion);
      expectNoEntry(replies, 'in the roadmap');
    });
  });
}
