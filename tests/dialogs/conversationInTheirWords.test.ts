import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { answeredBy, buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided, stepShown } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * Conversation in people's own words (issue 10, point 3, measured by `npm run eval -- --chat`), in Web Chat and Teams:
 * informal spellings and slips, words that only address the bot, several acts in one message, what is said about the
 * answer or the bot, a leading "@CareBot", commands and flows asked for in other words, and a message in another
 * language. The real bot, flows, engine and knowledge base; none of these phrasings is written in the recognisers.
 */

const QUESTION = 'How long does it take to become a care manager?';
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`conversation in people's own words (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const answered = answeredBy(QUESTION);
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    const afterAnAnswer: ReadonlyArray<readonly [string, string]> = [
      ['thank you o', Messages.chat.thanks],
      ['thnaks a lot mate', Messages.chat.thanks],
      ['that was spot on', Messages.chat.helpful],
      ['ah ok that makes sense now', Messages.chat.helpful],
      ['super helpfull, sorted my question', Messages.chat.helpful],
      ['this bot is class', Messages.chat.praise],
      ['ur the best lol', Messages.chat.praise],
      ['ok im done, bye', Messages.chat.bye],
      ["that's me done for today", Messages.chat.bye],
      ['bro that answer is way too vague', Messages.chat.complaint],
      // Said to repeat itself: the guide has no more on it, said plainly (never "ask it in other words").
      ['you keep saying the same thing', Messages.repeatedComplaint(answered.title)],
      ['wait what', Messages.chat.confused],
      ['that went right over my head', Messages.chat.confused],
      ['soz pressed enter too soon', Messages.chat.sorry],
      ['is there an adviser i can ring', Messages.chat.askHuman],
      ['can someone call me back', Messages.chat.askHuman],
      ['is this AI or what', Messages.chat.areYouHuman],
      ['yes o', Messages.chat.yes],
      ['nope not now', Messages.chat.no],
      ['okie', Messages.chat.ack],
      // Session 6: more of the weak kinds, by word class and structure.
      ['cheers, that really cleared things up', Messages.chat.helpful],
      ['big help, ta', Messages.chat.helpful],
      ['you explained that really well', Messages.chat.helpful],
      ['i gotta head off now, cheers', Messages.chat.bye],
      ["that's all i needed, have a good one", Messages.chat.bye],
      ["i'm all sorted now thanks", Messages.chat.bye],
      ['that makes no sense', Messages.chat.complaint],
      ["that answer doesn't tell me anything new", Messages.chat.complaint],
      ['i already knew that', Messages.chat.complaint],
      ['can i book a call with a careers adviser', Messages.chat.askHuman],
      ['put me in touch with a real person please', Messages.chat.askHuman],
      ['any real people here?', Messages.chat.askHuman],
      ['yes po', Messages.chat.yes],
      ['sign me up for the next course', Messages.chat.cannotDo],
      ['can you write my cover letter', Messages.chat.cannotDo],
      // Session 11: praise as an exclamation or by comparison, "not sure I follow", "okie dokie", "id rather", "no problem".
      ['what a smart little bot', Messages.chat.praise],
      ['your far better than most chatbots', Messages.chat.praise],
      ['not sure i follow you', Messages.chat.confused],
      ['okie dokie', Messages.chat.ack],
      ['id rather talk to a real person', Messages.chat.askHuman],
      ['no problem, bye', Messages.chat.bye],
      ['hiya, first time using this', Messages.chat.greeting],
      ['what does that mean in real life', Messages.chat.confused],
      ['this is not a real answer', Messages.chat.complaint],
      // Session 12: acts by their structure. A remark before the act; a question put to the bot about itself; someone
      // asked for to reach the person, or described by what they know; a question mark that closes the act's question;
      // what happened, told after an apology; a remark after "how are you".
      ["that's a huge range, that doesn't tell me much", Messages.chat.complaint],
      ['honestly too vague, that tells me nothing', Messages.chat.complaint],
      ['are you just guessing', Messages.chat.aboutSource],
      ['did you make that up', Messages.chat.aboutSource],
      ['who built you? are you powered by gpt', Messages.notAGeneralAi],
      ["i'd like a careers adviser to phone me back", Messages.chat.askHuman],
      ['could someone phone me after work? around 6', Messages.chat.askHuman],
      ['can i talk to a person who has done this', Messages.chat.askHuman],
      ['sorry, had to step out for a bit', Messages.chat.sorry],
      ["how's your week going? mine's been mad", Messages.chat.howAreYou],
      ['email me the pay figures', Messages.chat.cannotDo],
      // A figure said back in disbelief, beside a complaint.
      ['$40k?! that is rubbish', Messages.chat.complaint],
      // Session 13: "'s been" is "has been"; being done after "ok" is leaving; a question to the bot keeps a remark
      // after its mark; someone got to reach the person.
      ["that's been useful, thank you", Messages.chat.helpful],
      ["it's been a big help", Messages.chat.helpful],
      ["ok that's all", Messages.chat.bye],
      ["are you a real person? it's 2am", Messages.chat.areYouHuman],
      ['get someone to ring me back please', Messages.chat.askHuman],
      // Session 14: in words no rule holds, read by the learned model (actModel.ts; conversationLearned.test.ts).
      ['you explain stuff way better than the careers website lol', Messages.chat.praise],
      ['you doing alright this morning?', Messages.chat.howAreYou],
      ["that didn't really answer anything", Messages.chat.complaint],
      ['id rather have an actual person help me with this', Messages.chat.askHuman],
    ];
    for (const [text, reply] of afterAnAnswer) {
      it(`"${text}" after an answer gets the reply that fits, not an entry`, async () => {
        const chat = start();
        await chat.say(QUESTION);
        const replies = await chat.say(text);
        expectShown(replies, reply);
        expectNoEntry(replies, text);
        safe(replies, text);
      });
    }

    it('"that was spot on" rates the last answer helpful; "bro that\'s not what i meant" rates it not helpful and offers related entries', async () => {
      const chat = start();
      const answer = await chat.say(QUESTION);
      const rated = await chat.say('that was spot on');
      expect((await chat.feedback()).ratings[answered.id]).to.include({ helpful: 1, notHelpful: 0 });
      // It offers more: the entries next to the answer that helped, as the answer itself offered them.
      expect(buttonTitles(rated).length).to.be.greaterThan(0);
      expect(buttonTitles(answer)).to.include.members(buttonTitles(rated));
      const other = start();
      await other.say(QUESTION);
      const replies = await other.say("bro that's not what i meant");
      expectShown(replies, Messages.chat.complaint);
      expect(buttonTitles(replies).length).to.be.greaterThan(0);
      expect((await other.feedback()).ratings[answered.id]).to.include({ helpful: 0, notHelpful: 1 });
    });

    it('asking it to do something for you ("apply for jobs for me") gets a plain "I can\'t do that", the topics, and nothing from the guide', async () => {
      const chat = start();
      const replies = await chat.say('apply for some care jobs for me in leeds');
      expectShown(replies, Messages.chat.cannotDo);
      expectNoEntry(replies, 'apply for me');
      expect(buttonTitles(replies).length).to.be.greaterThan(0);
      safe(replies, 'apply for me');
      expect((await chat.feedback()).questions, 'recorded as an unanswered question').to.deep.equal([]);
    });

    it('a goodbye with a remark of its own ("gotta go, my shift starts") is a goodbye; a complaint that says what was meant is answered', async () => {
      const chat = start();
      await chat.say(QUESTION);
      expectShown(await chat.say('have to go now, my shift starts soon'), Messages.chat.bye);
      const replies = await chat.say("that's not what i asked, i wanted to know about the salary");
      expectShown(replies, Messages.chatLead.complaint);
      expect(shownText(replies)).not.to.include(Messages.chat.complaint);
    });

    it('"do you keep my messages" says what is kept, for how long, and how to delete it', async () => {
      const chat = start();
      const replies = await chat.say('do you keep my messages');
      expectShown(replies, Messages.privacyAnswer(90, channelId === Channels.Msteams ? 'teams' : 'markdown'));
      expectNoEntry(replies, 'privacy');
      safe(replies, 'privacy');
    });

    it('a leading "@CareBot" typed in the message is not part of it', async () => {
      const chat = start();
      expectShown(await chat.say('@CareBot hello'), Messages.chat.greeting);
      expectShown(await chat.say('@CareBot what kind of stuff can i ask you'), Messages.privacy(90));
    });

    it('an apology and a remark before a question: the question is answered, not swallowed', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say('sorry typo, i meant what certs should i get');
      const certifications = answeredBy('what certifications should I get');
      expectShown(replies, certifications.answer.split('\n')[0]!);
    });

    it('sorry for asking, or a greeting with no mark, before a question: the question is answered', async () => {
      const chat = start();
      const pay = answeredBy('how much do care managers earn');
      expectShown(await chat.say("sorry if this is a daft question but what's the pay like"), pay.answer.split('\n')[0]!);
      const other = start();
      expectShown(await other.say("hi hows the pay"), pay.answer.split('\n')[0]!);
    });

    it('"thanks! now show me the steps" starts the walk, after the thanks', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say('thanks! now show me the steps');
      expect(stepShown(replies)).to.equal(1);
    });

    it('commands in other words: "nvm forget it" cancels, "reset the chat" starts over', async () => {
      const chat = start();
      expectShown(await chat.say('nvm forget it'), Messages.nothingToCancel);
      expectShown(await chat.say('reset the chat'), Messages.startOver);
    });

    it('commands with a hedge or as a list: "what can you really do" is help, "could i see the list of options" and "topics list" the menu', async () => {
      const chat = start();
      const help = await chat.say('what can you really do');
      expectShown(help, Messages.privacy(90));
      expectNoEntry(help, 'help');
      for (const said of ['could i see the list of options', 'topics list', 'what topics are there? list them']) {
        const menu = await chat.say(said);
        expectShown(menu, Messages.menu);
        expectNoEntry(menu, said);
        safe(menu, said);
      }
    });

    it('flows asked for in other words: "show me pay at each level" is the salary ladder, "can you map out a route for me" the roadmap', async () => {
      const ladder = start();
      expectShown(await ladder.say('show me pay at each level'), GuidedMessages.salary.ladderTitle);
      const roadmap = start();
      expectShown(await roadmap.say('can you map out a route for me'), GuidedMessages.roadmap.educationQuestion);
    });

    it('the pay ladder and the chooser by what they hold: "give me the earnings ladder", "list all the levels side by side", "i dont know what to specialise in", "help him choose"', async () => {
      for (const said of ['give me the earnings ladder', 'could you list all the levels side by side']) {
        const ladder = start();
        const replies = await ladder.say(said);
        expectShown(replies, GuidedMessages.salary.ladderTitle);
        safe(replies, said);
      }
      for (const said of ["i dont know what to specialise in tbh", 'can you help him choose one']) {
        const chooser = start();
        const replies = await chooser.say(said);
        expectShown(replies, GuidedMessages.specialisation.audienceQuestion);
        safe(replies, said);
      }
    });

    // A move with a remark is the move ("stop there, she's asleep anyway lol"), not a goodbye.
    for (const said of ['stop the walk through', "stop there, she's asleep anyway lol"]) {
      it(`"${said}" inside the walk leaves it, keeping its place`, async () => {
        const chat = start();
        await chat.say('walk me through the steps');
        await chat.say('next');
        const replies = await chat.say(said);
        expect(stepShown(replies)).to.equal(null);
        expect(shownText(replies)).not.to.include(Messages.chat.bye);
        expectNoEntry(replies, said);
        expect(stepShown(await chat.say('continue'))).to.equal(2);
      });
    }

    it('a plan for the person\'s own situation is the roadmap, even step by step; working out which area to specialise in is the chooser', async () => {
      const roadmap = start();
      expectShown(await roadmap.say('put together a step by step plan for my circumstances'), GuidedMessages.roadmap.educationQuestion);
      const chooser = start();
      expectShown(await chooser.say('can you help me figure out which field to specialise in'), GuidedMessages.specialisation.audienceQuestion);
    });

    it('an answer word before a request is the request ("nah start again"); flows and the menu in other words ("do me a roadmap", "go through each step", "what topics have u got")', async () => {
      const chat = start();
      await chat.say(QUESTION);
      expectShown(await chat.say('nah start again'), Messages.startOver);
      const roadmap = start();
      expectShown(await roadmap.say('can you do me a roadmap'), GuidedMessages.roadmap.educationQuestion);
      const walk = start();
      expect(stepShown(await walk.say('Can you go through each step with me, one at a time?'))).to.equal(1);
      const menu = start();
      const replies = await menu.say('what topics have u got');
      expectShown(replies, Messages.menu);
      expectNoEntry(replies, 'what topics have u got');
      safe(replies, 'what topics have u got');
    });

    it('a message in another language gets a short reply in English, not an entry', async () => {
      const chat = start();
      await chat.say(QUESTION);
      const replies = await chat.say('hola, ¿cuánto gana un gestor de cuidados en España?');
      expectShown(replies, Messages.englishOnly);
      expectNoEntry(replies, 'Spanish');
      safe(replies, 'Spanish');
      expect((await chat.feedback()).questions, 'recorded as an unanswered question').to.deep.equal([]);
    });

    it('English with typos is still English: "do i need a degre to be a car manger" is answered', async () => {
      const chat = start();
      const replies = await chat.say('do i need a degre to be a car manger');
      expect(shownText(replies)).not.to.include(Messages.englishOnly);
    });

    it('a message in another language mid-walk gets the English-only reply, and the walk waits at its step', async () => {
      const chat = start();
      await chat.say(FlowPhrases.careerSteps);
      await chat.say('step 3');
      const replies = await chat.say('wie lange dauert die Ausbildung zum Pflegemanager?');
      expectShown(replies, Messages.englishOnly);
      expect(stepShown(await chat.say('where was I?'))).to.equal(3);
    });
  });
}
