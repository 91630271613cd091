import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { directAsk } from '../../knowledge/aspects';
import { Messages } from '../../dialogs/rendering/core/messages';
import { answeredBy, buttonTitles, CHAT_CHANNELS, expectNoEntry, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, type Conversation } from './transcript';

/**
 * A question asks something of its subject (is it hard, which is better, does this field count, is it physical): when
 * the answer's entry does not give it, the reply says so first, in one plain line, then what the guide does say
 * (session 21, from both usability testers' "on topic but missing the point" turns). Nothing is invented: a field the
 * guide names is a yes, one it does not name is "it doesn't say", and where the guide weighs the job it is quoted.
 */
const firstLine = (question: string): string => answeredBy(question).answer.split('\n')[0]!;

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`what a question asks of its subject, said first (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    /** The replies to a message said right after another, in a new conversation. */
    const after = async (first: string, asked: string): Promise<Partial<Activity>[]> => {
      const chat = start();
      await chat.say(first);
      return chat.say(asked);
    };
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('how hard a thing the guide never weighs is ("how hard is the CCM exam", "is the ccm hard"): not said, then the CCM', async () => {
      for (const [asked, thing] of [
        ['how hard is the CCM exam', 'the CCM exam'],
        ['is the ccm hard?', 'the CCM'],
        ['how tough is the cmc', 'the CMC'],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.hardThing(thing));
        expect(shownText(replies)).to.match(/Certified Case Manager|Care Manager Certified/);
        safe(replies, asked);
      }
    });

    it('how hard the job or becoming one is: the guide\'s own words, never a line saying it does not say', async () => {
      const becoming = await start().say('is it hard to become a care manager?');
      expect(shownText(becoming)).not.to.include(Messages.direct.hardIt);
      const job = await start().say('how difficult is the job');
      expect(shownText(job)).not.to.match(/doesn't say how hard/);
      safe(job, 'how difficult is the job');
    });

    it('which of two is better, where the guide ranks neither ("which is better, CCM or CMC", "nursing or social work, which one is better"): it says so first', async () => {
      for (const [asked, lead, shown] of [
        ['which is better, CCM or CMC', Messages.direct.notRanked, 'CCM (Certified Case Manager)'],
        // Two named that one answer covers: the two as the person named them (session 27).
        ['nursing or social work, which one is better for this', Messages.weighing.notRanked('nursing', 'social work'), firstLine('which degree should I study')],
        // Which first: the guide says to start with the CCM (tester ut31a, session 32).
        ['should i go for the cmc or the ccm first?', Messages.direct.startWith('CCM'), 'CCM'],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, lead, shown);
        safe(replies, asked);
      }
    });

    it('a field of study the guide does not name ("is psychology a related field", "could I do this with a psych degree"): it says which it names, and that it does not say', async () => {
      for (const asked of ['is psychology a related field?', 'could I do this with a psych degree', 'would my business degree count?', 'can i become a care manager with a degree in english', 'my degree is in criminology, is that relevant?']) {
        const field = directAsk(asked);
        expect(field?.kind, asked).to.equal('field');
        const replies = await start().say(asked);
        expect(shownText(replies)).to.match(/The guide names social work, nursing or a related field, and gives no list of related fields, so it doesn't say whether (psychology|business|english|criminology) counts as one\./);
        expect(shownText(replies)).to.include(Messages.sourcePrefix);
        safe(replies, asked);
      }
    });

    it('a field the guide names ("is nursing an ok degree for it", "would my social work degree count"): yes, first', async () => {
      for (const [asked, field] of [
        ['is nursing an ok degree for it', 'nursing'],
        ['would my social work degree count?', 'social work'],
        ['my nursing degree count as relevant degree?', 'nursing'],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.fieldNamed(field));
        safe(replies, asked);
      }
    });

    it('the physical side of the work ("is the job physically demanding", "is it physical work? lifting and that"): on topic, not said, with the work it describes', async () => {
      for (const asked of ['is the job physically demanding', 'is it physical work? lifting and that', 'would I be on my feet all day in this job?']) {
        const replies = await start().say(asked);
        expect(shownText(replies)).to.include("The guide doesn't say how physically demanding the work is");
        expect(shownText(replies)).not.to.include(Messages.outOfScope);
        expect(buttonTitles(replies)).to.include('Work environment');
        safe(replies, asked);
      }
      // A body's own trouble, or another job's, is not asked of this work.
      const other = await start().say("what's a good stretch for lower back pain from lifting");
      expect(shownText(other)).not.to.include('physically demanding');
      expectNoEntry(other, 'a stretch for back pain');
    });

    it('the physical side asked right after another answer ("is it physical work" after the no-degree route) is of the work, not that answer again', async () => {
      const chat = start();
      await chat.say('could I do this without a degree?');
      const replies = await chat.say('is it physical work');
      expect(shownText(replies)).to.include("The guide doesn't say how physically demanding the work is");
      expect(shownText(replies)).not.to.include('is all the guide says on that');
      expect(buttonTitles(replies)).to.include('Work environment');
      safe(replies, 'is it physical work, after an answer');
    });

    it('how long a part of the route takes ("how many years of uni is it", "how much time does the masters add"): the guide\'s lines on it first, then the rest', async () => {
      for (const [asked, line] of [
        ['how many years of uni is it', "A **bachelor's** in nursing, social work or a related field takes about four years"],
        ['How many years is the study?', "A **master's** typically takes about two more years."],
        ['how much time does the masters add', "A **master's** typically takes about two more years."],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.durationSaid, line, Messages.direct.durationRest, 'It usually takes **6 to 8 years**');
        safe(replies, asked);
      }
      // The career's own time leads its answer already: no line before it.
      const career = await start().say('how long does it take to become a care manager');
      expect(shownText(career)).not.to.include(Messages.direct.durationSaid);
      expect(firstLine('how long does it take to become a care manager')).to.include('6 to 8 years');
    });

    it('how long till a level above care manager: the years the guide ties to it and the way up, not the time to become one (tester ut35a, P04 m4)', async () => {
      const replies = await start().say('how long till i could be a director');
      expectShown(replies, 'no number of years for the supervisor/director level', Messages.wayUpYears);
      expect(shownText(replies)).not.to.include('6 to 8 years');
      safe(replies, 'how long till director');
    });

    it('how long it takes without a degree, asked or in view: the guide gives no time for it, says what it says of that route, then its time', async () => {
      const asked = await start().say('how long does it take if i dont have a degree');
      expectShown(asked, Messages.direct.durationWithout('a degree'), 'can make up for less formal education', Messages.direct.durationRoute, 'It usually takes **6 to 8 years**');
      safe(asked, 'without a degree');
      const chat = start();
      await chat.say('could i do it with no degree?');
      const then = await chat.say('how long would it take me then');
      expectShown(then, Messages.direct.durationWithout('a degree'), 'It usually takes **6 to 8 years**');
      // The route just shown is not quoted again.
      expect(shownText(then)).not.to.include(Messages.direct.durationOnRoute);
      safe(then, 'how long then, after the no-degree route');
    });

    it('how long it takes for someone who already has a degree ("if I have a nursing degree already how many more years"): the rest of the route first', async () => {
      for (const asked of ['if I have a nursing degree already how many more years', "i've got a bachelors in social work, how long will it take me"]) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.durationHaving('a degree'), 'a few more years of relevant work experience', "about two more years for a master's", Messages.direct.durationRest);
        safe(replies, asked);
      }
      // Right after the no-degree answer, a degree the person has is not the route without one.
      const chat = start();
      await chat.say('could i do it with no degree?');
      const having = await chat.say('how long would it take me then, with the degree I already have');
      expectShown(having, Messages.direct.durationHaving('a degree'));
      expect(shownText(having)).not.to.include(Messages.direct.durationWithout('a degree'));
    });

    it('how long a thing takes that the guide gives no time for ("how long does it take to get the CCM?"): said first', async () => {
      const replies = await start().say('how long does it take to get the CCM?');
      expectShown(replies, Messages.direct.durationNotSaid('the CCM'));
      safe(replies, 'how long for the CCM');
    });

    it('two things weighed on what the guide never weighs them on ("is pediatric care more stressful than geriatric care"): it says so first; two names for one thing ("a placement or an internship") are no ranking', async () => {
      for (const [asked, criterion] of [
        ['is geriatric care harder than pediatric', 'harder'],
        ['is pediatric care more stressful than geriatric care', 'more stressful'],
        ['is the cmc easier than the ccm', 'easier'],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.notWeighed(criterion));
        safe(replies, asked);
      }
      for (const asked of ['should i do a placement or internship', 'should I do a practicum or an internship?']) {
        const replies = await start().say(asked);
        expect(shownText(replies), asked).not.to.include(Messages.direct.notRanked);
        expect(shownText(replies), asked).to.include('practicum');
      }
    });

    it('two things weighed where the words alone read as one of them ("is the cmc harder to get than the ccm"), or typed with slips ("nursing or social work wich is beter"): said so, then both', async () => {
      for (const [asked, lead] of [
        ['is the cmc harder to get than the ccm', Messages.direct.notWeighed('harder')],
        ['which is quicker to get, ccm or cmc', Messages.direct.notWeighed('quicker')],
        ['is the ccm tougher to pass than the cmc?', Messages.direct.notWeighed('tougher')],
        ['would the CMC through NACCM be easier to earn than the CCM', Messages.direct.notWeighed('easier')],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, lead, 'Care Manager Certified', 'Certified Case Manager');
        safe(replies, asked);
      }
      for (const asked of ['nursing or social work wich is beter', 'social work or nursing, whch one is bettr']) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.notRanked, firstLine('which degree should I study'));
        safe(replies, asked);
      }
    });

    it('where, asked of an answer that does not say it, is said from the answer beside it that does ("healthcare assistant, where would i do that" after the first jobs)', async () => {
      for (const asked of ['healthcare assistant, where would i do that', 'counselor, where can i do that', 'ok the healthcare assistant one, where do i do it']) {
        const replies = await after('what jobs could i start in', asked);
        expectShown(replies, "The guide doesn't say where for", 'In its answer on gaining experience, it says:', 'hospitals or nursing homes', 'social service agencies');
        expect(buttonTitles(replies), asked).to.include('Gaining experience');
        safe(replies, asked);
      }
    });

    it('where, asked of an answer that says it ("where do i find one" after internships): that part, never "I don\'t have an answer"', async () => {
      for (const [first, asked, title, line] of [
        ['tell me about internships', 'where do i find one', 'Internships', 'at healthcare facilities'],
        ['volunteering', 'where could i do it', 'Volunteering', 'at healthcare facilities or social service organizations'],
      ] as const) {
        const replies = await after(first, asked);
        expectShown(replies, Messages.aspectInAnswer('where', title), line);
        expect(shownText(replies), asked).not.to.include(Messages.noMatch);
        safe(replies, asked);
      }
    });

    it('how long, asked of an answer in view: no line that contradicts the answer under it', async () => {
      const taken = await after('wat do i need to study to be a care manger', 'how long does that take');
      expect(shownText(taken)).not.to.include("doesn't say how long");
      expectShown(taken, 'It usually takes **6 to 8 years**');
      const entry = await after('how much do care managers earn', 'and for the entry level, how many years experience?');
      expectShown(entry, '0–2 years of experience');
      expect(shownText(entry)).not.to.include('a few more years of relevant work experience');
      const years = await after('what does a senior care manager earn', 'how many years to get there');
      expectShown(years, Messages.partGives('Senior pay'), '5+ years of experience');
      expect(shownText(years)).not.to.include("won't guess");
      safe(years, 'how many years to get there');
    });

    it('what one needs for a credential whose answer lists none ("what do I need to qualify for it" after the CCM): said so, then what the guide lists for the CMC, then the CCM', async () => {
      for (const [first, asked] of [
        ['what certifications are there', 'the first one. what do I need to qualify for it?'],
        ['what is the ccm', 'what are the requirements'],
        ['what is the ccm', 'ok CCM. what is need for get CCM?'],
      ] as const) {
        const replies = await after(first, asked);
        expectShown(replies, Messages.direct.requirementsNotSaid('the CCM certification'), Messages.direct.requirementsNextDoor('the CMC certification'), 'a relevant degree', 'Certified Case Manager (CCM)');
        expect(shownText(replies), asked).not.to.include('background in healthcare or social work');
        safe(replies, asked);
      }
      // The CMC's own answer lists them: no line before it.
      const cmc = await start().say('what do i need for the cmc');
      expect(shownText(cmc)).not.to.include("doesn't list what you need");
    });

    it('which one matters most ("whats the most important skill"): the line of the guide that singles one out, then the answer', async () => {
      for (const asked of ['ok so whats the most important skill', "what's the main skill you need", 'which skill is the most important']) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.singledOutNextDoor('communication'), 'Communication is one of the **most important skills**');
        safe(replies, asked);
      }
      // Asked of the skills in view with a pointer, not declined as outside the guide.
      for (const [first, asked] of [
        ['what skills matter', "what's the single most important one"],
        ['soft skills', 'which one is the most important'],
      ] as const) {
        const replies = await after(first, asked);
        expectShown(replies, Messages.direct.singledOutNextDoor('communication'));
        expect(shownText(replies), asked).not.to.include(Messages.noMatch);
      }
    });

    it('how long getting a thing takes that the guide gives no time for ("how long does it take to get the CCM"): said so, then that thing, not the career\'s 6 to 8 years', async () => {
      for (const [asked, thing, shown] of [
        ['how long does it take to get the CCM', 'the CCM', 'Certified Case Manager (CCM)'],
        ['how long does the cmc take to get', 'the CMC', 'Care Manager Certified (CMC)'],
      ] as const) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.direct.durationNotSaid(thing), shown);
        expect(shownText(replies), asked).not.to.include('6 to 8 years');
        safe(replies, asked);
      }
      const master = await start().say("with my master's already done, how long till I could be a care manager?");
      expectShown(master, Messages.direct.durationHaving("a master's"), 'a few more years of relevant work experience');
      expect(master[0]?.text ?? '').not.to.include('four years');
    });

    it('a count the guide gives no figure for, asked of the answer in view ("how many hours?" after the CMC): said so, with its words, not the working hours', async () => {
      const replies = await after('what is the cmc', 'how many hours?');
      expectShown(replies, Messages.noFigure, Messages.noFigureSaid('CMC certification'), 'a certain number of hours of supervised experience');
      expect(buttonTitles(replies)).not.to.include('Working hours');
      safe(replies, 'how many hours?');
    });

    it('the same asked of the answer in view ("is it hard?" after the CCM) is not the same answer with nothing on what was asked', async () => {
      const chat = start();
      await chat.say('what is the CCM');
      const replies = await chat.say('is it hard to get?');
      expect(shownText(replies)).to.match(/doesn't say how hard/);
      safe(replies, 'is it hard to get');
    });
  });
}
