import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ButtonTitles, Messages } from '../../dialogs/rendering/core/messages';
import { RoadmapWords } from '../../dialogs/rendering/guided/guidedMessages';
import { answeredBy, buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * The act of a turn and the question inside it are two readings, and the reply answers both (session 20, from the
 * usability testers' conversations on the final bot): a complaint that names what was wanted gets the apology and the
 * answer, not the apology alone; thanks after what the person sums up is thanked, not searched as a question; and a
 * school student's introduction after a greeting is said back, not declined.
 */
const titleOf = (id: string): string => knowledge().faqById.get(id)?.title ?? id;
const firstLine = (question: string): string => answeredBy(question).answer.split('\n')[0]!;

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the act of a turn and the question in it, both answered (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('a complaint that names what was wanted ("this is useless. SALARY PER YEAR", "rubbish answer. certification requirements") apologises and answers it', async () => {
      for (const [before, complaint, asked] of [
        ['whats the hourly rate for care managers', 'this is useless. SALARY PER YEAR', 'how much do care managers earn'],
        ['what does a care manager do', 'rubbish answer. certification requirements', 'certification requirements'],
      ] as const) {
        const chat = start();
        await chat.say(before);
        const replies = await chat.say(complaint);
        expectShown(replies, Messages.chatLead.complaint, firstLine(asked));
        expect(shownText(replies)).not.to.include(Messages.complaintNothingAnswered);
        safe(replies, complaint);
      }
    });

    it('a thing settled for after a complaint ("ugh fine, the CMC then") is that thing, answered after the apology', async () => {
      const chat = start();
      await chat.say('how long does it take');
      const replies = await chat.say('ugh fine, the CMC then');
      expectShown(replies, Messages.chatLead.complaint, firstLine('what is the CMC'));
      safe(replies, 'the CMC then');
    });

    it('thanks after what the person sums up ("a degree, right. so my office job doesnt help there. ok thank you") is thanked, with no degree noted', async () => {
      for (const closing of ['a degree, right. so my office job doesnt help there. ok thank you, this was useful', 'ok so the CCM needs an exam. great, thanks']) {
        const chat = start();
        await chat.say('what would I need to get the CMC?');
        const replies = await chat.say(closing);
        expectNoEntry(replies, closing);
        expect(shownText(replies)).to.match(/welcome|Glad that helped/);
        expect(shownText(replies)).not.to.include('noted:');
        safe(replies, closing);
      }
    });

    it('a school student introducing themselves after a greeting is said back with where to start, never declined', async () => {
      const replies = await start().say('hey im 17 and finishing school next year, my careers teacher said i should look at care manager jobs');
      expectShown(replies, Messages.introduced(RoadmapWords.education.school));
      expect(shownText(replies)).not.to.include(Messages.outOfScope);
      expect(buttonTitles(replies)).to.include.members([ButtonTitles.roadmap, titleOf('what-is-needed')]);
      safe(replies, 'school student');
    });

    it('a goodbye after thanks, a rating or praise ("thanks thats helpful, bye!", "cheers m8 bye") says goodbye, with thanks', async () => {
      for (const [closing, lead] of [
        ['thanks thats helpful, bye!', Messages.beforeGoodbye.helpful],
        ['cheers m8 bye', Messages.beforeGoodbye.thanks],
        ["Thank you, you've been very patient with me. Goodbye.", Messages.beforeGoodbye.praise],
      ] as const) {
        const chat = start();
        await chat.say('is it a stressful job');
        const replies = await chat.say(closing);
        expectShown(replies, `${lead} ${Messages.chat.bye}`);
        expect(buttonTitles(replies)).to.deep.equal([]);
        safe(replies, closing);
      }
    });

    it('"never mind. bye" with nothing running is a goodbye, and a complaint before it is apologised for', async () => {
      const chat = start();
      await chat.say('what computer skills do I need');
      expectShown(await chat.say('never mind. bye'), Messages.chat.bye);
      const other = start();
      await other.say('what computer skills do I need');
      const replies = await other.say("what? I didn't ask about computers. forget it, bye");
      expectShown(replies, `${Messages.beforeGoodbye.complaint} ${Messages.chat.bye}`);
      expect(shownText(replies)).not.to.include(Messages.nothingToCancel);
      safe(replies, 'forget it, bye');
    });

    it('asking for a person to talk to about a subject says there is none here, and answers the subject', async () => {
      const replies = await start().say('is there someone I can talk to about the CCM exam fees?');
      expectShown(replies, Messages.chat.askHuman);
      expect(shownText(replies)).to.match(/The guide doesn't give a (?:cost|figure)/);
      expect(shownText(replies)).not.to.include(Messages.outOfScope);
      safe(replies, 'someone about the CCM fees');
    });

    it('whether something counts as experience: care work counts; of other work and family caring the guide says nothing, then what it counts', async () => {
      const experience = firstLine('how do I gain experience');
      for (const [asked, lead] of [
        ['so 20 years as a sparky counts for nothing then', Messages.experienceNotSaid.outside('electrical work')],
        // Managing people: the leadership and budgeting the guide names, said too (session 26).
        ['would my supervisor experience count for anything?', Messages.experienceNotSaid.managing],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, lead, experience);
        safe(replies, asked);
      }
      // Caring for one's own family: the guide never speaks of it (session 25).
      for (const asked of ['does looking after my mum count as experience?', 'would caring for mum count as experience?', 'does looking after elderly parents count as experience?']) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.experienceCounts['family-care'], experience);
        safe(replies, asked);
      }
      expectShown(await start().say("I've been an HCA in a care home for 5 years, does that count?"), Messages.experienceNamed({ place: 'nursing homes and residential care facilities', job: 'healthcare assistant' }));
      // What the guide says counts is answered as it is.
      expect(shownText(await start().say('does volunteering count?'))).not.to.include(Messages.experienceCounts['not-said']);
    });

    it('pay going up, asked of the pay in view ("how long until it goes up?", "does it go up quick"), is the next level\'s pay, not how long it takes to become one', async () => {
      for (const [pay, rise, next] of [
        ['what do entry level care managers earn', "that's less than I'm on now tbh. how long until it goes up?", 'what does a mid level care manager earn'],
        ['how much do care managers make', 'does it go up quick', 'what does a mid level care manager earn'],
      ] as const) {
        const chat = start();
        await chat.say(pay);
        const replies = await chat.say(rise);
        expectShown(replies, firstLine(next));
        expect(shownText(replies)).not.to.include(firstLine('how long does it take to become a care manager'));
        safe(replies, rise);
      }
      // Weighed against another job, or risen with a certificate, it is not the next level.
      const chat = start();
      await chat.say('what do entry level care managers earn');
      expect(shownText(await chat.say('does pay go up with certification'))).not.to.include(firstLine('what does a mid level care manager earn'));
    });

    it('the thing a follow-up names or points at is what it is about: a specialisation\'s work, pay of specialisations, pay from a certification', async () => {
      const opening = (id: string): string => knowledge().faqById.get(id)!.answer.split('\n')[0]!;
      // A specialisation named with the work asked of it is that area's work, not the career's day to day.
      for (const [before, asked, area] of [
        ['is there extra training to specialise in psychiatric care management?', 'what does the psychiatric one actually involve day to day', 'psychiatric'],
        ['what are the specialisations', 'what do pediatric care managers actually do', 'pediatric'],
        ['hi', "what's the day to day like for a geriatric care manager", 'geriatric'],
      ] as const) {
        const chat = start();
        await chat.say(before);
        const replies = await chat.say(asked);
        expectShown(replies, opening(area));
        expect(shownText(replies)).not.to.include(opening('daily-duties'));
        safe(replies, asked);
      }
      // Pay of specialisations, named or in view: the guide gives pay by level only, and shows the levels.
      const areas = start();
      await areas.say('tell me about psychiatric care management');
      await areas.say('and for pediatric?');
      for (const [chat, asked] of [
        [areas, 'which of those pays more'],
        [start(), 'do mental health care managers get paid more?'],
        [start(), 'is geriatric better paid than pediatric'],
      ] as const) {
        const replies = await chat.say(asked);
        expectShown(replies, 'The guide gives no pay for', 'Entry-level $40,000–$60,000');
        expect(shownText(replies)).not.to.include(opening('salary-director'));
        safe(replies, asked);
      }
      // Pay or a level asked of a certification, named or in view: it may lead to higher pay, with no figure and no level.
      for (const [before, asked] of [
        ['what is the CCM certification', 'does it increase pay'],
        ['what is the CCM certification', "that didn't answer my question. does it increase pay"],
        ['hi', 'does a CCM bump you up a level?'],
        ['hi', 'would getting my CCM mean a pay rise?'],
      ] as const) {
        const chat = start();
        await chat.say(before);
        const replies = await chat.say(asked);
        expectShown(replies, Messages.certificationPay, opening('certification-benefits'));
        expect(shownText(replies)).not.to.include(Messages.noFigure);
        safe(replies, asked);
      }
      expect(shownText(await start().say('is the CCM exam more money than the CMC'))).not.to.include(Messages.certificationPay);
    });

    it('a question after a remark ("i deal with angry guests all day lol. what are the hard ones") is read alone against the answer in view', async () => {
      const chat = start();
      await chat.say('what soft skills do you need');
      const replies = await chat.say('i deal with angry guests all day so i guess i have the calm part lol. what are the hard ones');
      expectShown(replies, firstLine('what are the hard skills'));
      safe(replies, 'the hard ones');
    });

    it('thanks with the chat said to be hard going is welcomed and the effort owned; a complaint that names an entry gets the apology and that entry', async () => {
      for (const said of ['ok thanks, this bot is kinda hard work but got there', 'thanks I guess. this was a bit of a runaround', 'cheers, that was a bit of a struggle but i got there']) {
        const chat = start();
        await chat.say('how do i gain experience');
        const replies = await chat.say(said);
        expectShown(replies, Messages.thanksDespiteEffort);
        safe(replies, said);
      }
      expectShown(await start().say('thanks, that was useful'), Messages.chat.helpful);
      for (const said of ['nope, not helpful. working hours', 'useless. the hours']) {
        const chat = start();
        await chat.say('will there be jobs');
        const replies = await chat.say(said);
        expectShown(replies, Messages.chatLead.complaint, firstLine('what hours do care managers work'));
        safe(replies, said);
      }
    });

    it('who wrote the guide and its source ("which guide. who wrote it", "says who? source?"), the bot asked what it is, and a complaint about the bot', async () => {
      for (const said of ['which guide. who wrote it', 'says who? source?', 'who wrote the guide']) {
        const replies = await start().say(said);
        expectShown(replies, Messages.chat.aboutSource);
        expectNoEntry(replies, said);
        safe(replies, said);
      }
      // ChatGPT named: no general AI, and where the answers come from.
      expectShown(await start().say('ok what are you exactly? chatgpt?'), Messages.notAGeneralAi);
      expectShown(await start().say('what are you, some kind of AI?'), Messages.chat.whoAreYou);
      const chat = start();
      await chat.say('how long does it take');
      expect(shownText(await chat.say('this bot is not very smart is it'))).not.to.include(Messages.chat.praise);
      expectShown(await start().say('Danke schön, tschüss!'), Messages.chat.bye);
    });

    it('years of caring for one\'s own family are not noted as years in health or social services', async () => {
      const replies = await start().say("hello. my mum has dementia and ive been looking after her for 3 years. people keep telling me i'd be good at doing this as a job");
      expect(shownText(replies)).not.to.include(RoadmapWords.years(3));
    });
  });
}
