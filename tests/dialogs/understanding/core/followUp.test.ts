import { expect } from 'chai';
import { Channels } from 'botbuilder';
import { contextFollowUp, exampleChoices, followUpEntry, ladderFollowUp } from '../../../../dialogs/understanding/core/followUp';
import { GuidedMessages } from '../../../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../../../dialogs/rendering/core/messages';
import { buttonTitles, CHAT_CHANNELS, expectAnswerInView, expectShown, shownText, startGuided } from '../../guidedHarness';
import { knowledge, realEngine } from '../../transcript';
import { engineForTheTurn } from '../../../../knowledge/turnEngine';

describe('follow-ups along the career ladder', () => {
  const kb = knowledge();
  // [last answered entry, the follow-up as people type it, the entry it asks for]
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['salary-entry', 'and senior?', 'salary-senior'],
    ['salary-entry', 'what about mid level', 'salary-mid'],
    ['salary-entry', 'ok and for directors', 'salary-director'],
    ['salary-entry', 'what about the top job?', 'salary-vp'],
    ['salary', 'how about for seniors', 'salary-senior'],
    ['salary', 'What about VPs?', 'salary-vp'],
    ['salary-senior', 'and directors?', 'salary-director'],
    ['salary-director', 'what about juniors', 'salary-entry'],
    ['director-roles', 'and what do they earn', 'salary-director'],
    ['senior-care-manager', 'and the pay?', 'salary-senior'],
    ['senior-care-manager', 'how much do they make', 'salary-senior'],
    ['junior-care-manager', 'what about senior ones', 'senior-care-manager'],
    ['salary-senior', 'and what do they do', 'senior-care-manager'],
    ['salary-director', 'what are their responsibilities', 'director-roles'],
    ['junior-care-manager', 'and what comes after senior?', 'director-roles'],
    ['senior-care-manager', 'what do they do', 'senior-care-manager'],
    ['director-roles', 'how much do they make', 'salary-director'],
    ['salary', 'senior?', 'salary-senior'],
    ['salary-senior', 'and for someone just starting?', 'salary-entry'],
    ['salary-mid', 'and above senior?', 'salary-director'],
    ['salary-entry', 'and after that, mid level?', 'salary-mid'],
    ['salary-entry', 'and after that?', 'salary-mid'],
    ['salary-senior', 'what about the next level up', 'salary-director'],
    // The level keeps its facet unless the message names the other: "jobs" are roles, "the top job" is still pay.
    ['salary-senior', 'and the director jobs?', 'director-roles'],
    // "above" names a rung, so after a role it is the role above ("and after that?" is left to the engine).
    ['senior-care-manager', 'and above that?', 'director-roles'],
    // Pay to start on is the entry level's; reaching a level above entry is moving up.
    ['salary', 'how much do they start on', 'salary-entry'],
    ['salary-vp', 'wow. how do you even get that high up', 'advancing'],
    ['senior-care-manager', 'how would i get there', 'advancing'],
    ['salary-senior', 'and how do I get there?', 'advancing'],
    // The top is the topic's highest rung: the roles end with "Director & beyond".
    ['career-ladder', "what's at the top of that", 'director-roles'],
    ['senior-care-manager', 'and the top job?', 'director-roles'],
    ['salary-entry', "what's at the top of that", 'salary-vp'],
    // A rung named as one, climbed from the level it names, reached by working up, or asked the pay of as "it".
    ['career-ladder', "What's the first rung?", 'junior-care-manager'],
    ['career-ladder', 'whats the level after senior', 'director-roles'],
    ['director-roles', 'how would i work up to that', 'advancing'],
    ['junior-care-manager', 'what does it pay', 'salary-entry'],
    // The other facet of the rung in view, said alone; climbed from a level named in a few words.
    ['director-roles', 'pay?', 'salary-director'],
    ['junior-care-manager', 'the salary then', 'salary-entry'],
    ['salary-senior', 'duties?', 'senior-care-manager'],
    ['career-ladder', 'whats after senior', 'director-roles'],
  ];
  for (const [last, message, expected] of cases) {
    it(`after ${last}, "${message}" asks for ${expected}`, () => {
      expect(ladderFollowUp(message, last)).to.equal(expected);
    });
  }

  // Years of experience: the level whose experience in the guide (careers.yaml) holds them.
  const byYears: ReadonlyArray<readonly [string, string, string | null]> = [
    ['salary', "what about someone who's been doing it 6 or 7 years", 'salary-senior'],
    ['salary-entry', 'and after 3 years?', 'salary-mid'],
    // After five years is more than five: past mid-level's 2-5.
    ['salary-entry', 'and after 5 yrs?', 'salary-senior'],
    ['salary-entry', 'and with 5 years?', 'salary-mid'],
    ['salary-senior', 'what about with one year', 'salary-entry'],
    ['salary', 'I have 3 years in retail, is care management for me', null],
    // "after like 5 yrs", "in a couple yrs": more than that many, a filler between.
    ['salary', 'and after like 5 yrs', 'salary-senior'],
    ['salary-entry', 'and in a couple yrs', 'salary-mid'],
    // The experience a rung calls for, asked of the level named or in view: that level's pay entry, which gives it.
    ['salary-mid', 'how many yrs is mid', 'salary-mid'],
    ['salary-vp', 'how much experience for that', 'salary-vp'],
    ['salary-senior', 'how many yrs to get there', 'salary-senior'],
  ];
  // Climbing the ladder: once the career path or another role was the answer before, "and after that?" is the next rung.
  const climbing: ReadonlyArray<readonly [string, string, string, string | null]> = [
    ['career-ladder', 'senior-care-manager', 'and after that?', 'director-roles'],
    ['junior-care-manager', 'senior-care-manager', 'what comes after that', 'director-roles'],
    ['how-long', 'junior-care-manager', 'and after that?', null],
  ];
  for (const [before, last, message, expected] of climbing) {
    it(`after ${before} and then ${last}, "${message}" asks for ${expected ?? 'nothing on the ladder'}`, () => {
      expect(ladderFollowUp(message, last, kb, before)).to.equal(expected);
    });
  }

  for (const [last, message, expected] of byYears) {
    it(`after ${last}, "${message}" asks for ${expected ?? 'nothing on the ladder'}`, () => {
      expect(ladderFollowUp(message, last, kb)).to.equal(expected);
    });
  }

  // Messages that stand on their own, or a last answer that is not on the ladder: the engine decides.
  const notFollowUps: ReadonlyArray<readonly [string | undefined, string]> = [
    // After a level's pay, the pay said alone is the pay in general.
    ['salary-senior', 'pay?'],
    ['advancing', 'how many years til director'],
    [undefined, 'and senior?'],
    ['stressful', 'and senior?'],
    ['geriatric', 'what about seniors'],
    ['salary-entry', 'how much does a senior care manager earn in a big city compared with a small town'],
    ['salary-entry', 'is it stressful?'],
    ['senior-care-manager', 'and how do I make the move?'],
    ['salary', 'and the mid role?'],
    ['salary-entry', 'pediatric care manager what do they do'],
    ['senior-care-manager', 'pediatric care managers, what do they do'],
    // After a role, "and after that?" is the career path: the engine reads it.
    ['junior-care-manager', 'and after that?'],
  ];
  for (const [last, message] of notFollowUps) {
    it(`after ${last ?? 'nothing'}, leaves "${message}" to the engine`, () => {
      const found = ladderFollowUp(message, last);
      // "and the mid role?" names a place the guide has no role for: nothing to point at.
      expect(found).to.equal(null);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`answers "and senior?" after the entry-level pay with senior pay, in a conversation (${channelId})`, async () => {
      const chat = startGuided({ channelId });
      await chat.say('how much does an entry level care manager earn');
      const replies = await chat.say('and senior?');
      expectShown(replies, kb.faqById.get('salary-senior')!.answer.split('\n')[0]!);
      const next = await chat.say('and what do they do');
      expectShown(next, kb.faqById.get('senior-care-manager')!.answer.split('\n')[0]!);
    });

    it(`in the pay ladder, answers what a senior care manager does with the role, and "and above that?" with the director's (${channelId})`, async () => {
      const chat = startGuided({ channelId });
      await chat.say('show me the pay at each level');
      expectShown(await chat.say('what does a senior care manager do'), kb.faqById.get('senior-care-manager')!.answer.split('\n')[0]!);
      expectShown(await chat.say('and above that?'), kb.faqById.get('director-roles')!.answer.split('\n')[0]!);
      expectShown(await chat.say('what do they earn'), kb.faqById.get('salary-director')!.answer.split('\n')[0]!);
    });

    it(`answers "what's at the top of that" after the career path with the director's role, the top of the roles (${channelId})`, async () => {
      const chat = startGuided({ channelId });
      await chat.say('what does the career path of a care manager look like');
      const top = await chat.say("what's at the top of that");
      expectShown(top, kb.faqById.get('director-roles')!.answer.split('\n')[0]!);
      expect(shownText(top)).not.to.include(kb.faqById.get('career-ladder')!.answer.split('\n')[0]!);
    });
  }
});

describe('follow-ups that lean on the last answer', () => {
  const kb = knowledge();
  // Read as the bot's turns read it: each message's question count read once (knowledge/turnEngine.ts).
  const engine = engineForTheTurn(realEngine());
  const readAfter = (lastId: string, message: string) => contextFollowUp(message, kb.faqById.get(lastId), engine, kb)?.id ?? null;

  // [last answered entry, the follow-up as people type it, the entry it asks for]
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['cmc', 'who offers it', 'cmc'],
    ['ccm', 'and the other one?', 'cmc'],
    ['cmc', 'what about the other one', 'ccm'],
    ['hard-skills', 'and the other one?', 'soft-skills'],
    ['job-outlook', 'why?', 'job-outlook'],
    ['stressful', 'but why is that', 'stressful'],
    ['pediatric', 'does it involve schools?', 'pediatric'],
    ['stressful', 'how do they manage it', 'stressful'],
    ['care-planning', 'who do they make them with?', 'care-planning'],
    ['cmc', 'what are its requirements', 'cmc'],
    ['pediatric', 'and the other ones?', 'specialisations'],
    ['certifications', 'who gives the first one?', 'ccm'],
    ['certifications', 'and the second one', 'cmc'],
    // A pointer that needs the last answer's subject wins over a reading alone that ignored it.
    ['ccm', 'how do i keep them current', 'certification-renewal'],
    ['professional-organizations', 'what do they give you', 'professional-organizations'],
    ['internships', 'where could i do one', 'internships'],
    // The thing's "one" in every form of the verb: "getting one" is the license in view.
    ['licensing', 'what does getting one involve', 'licensing'],
    ['licensing', 'whats involved in getting one', 'licensing'],
    // "the soft ones": one of the last answer's kind.
    ['essential-skills', 'the soft ones specifically', 'soft-skills'],
    ['soft-skills', 'and the technical ones?', 'hard-skills'],
    ['documentation', 'why does that matter so much?', 'documentation'],
    ['psychiatric', 'what does that involve?', 'psychiatric'],
    // "it" or "that" is all the subject there is when the words alone land through a word that names nothing of where
    // they land ("run" is not working for yourself) or cannot be read: the last answer's subject.
    ['cmc', 'who runs it?', 'cmc'],
    ['geriatric', 'what would I be doing in that', 'geriatric'],
    // The subject's kind: "that" after pediatric is a specialisation, so how to get into one is how to specialise.
    ['pediatric', 'how would I get into that', 'how-to-specialise'],
    // Asking why or in what way, with nothing else said: the last answer holds the reasons.
    ['leadership', 'why though?', 'leadership'],
    ['rewarding', 'in what way', 'rewarding'],
    // A question word alone asks an aspect of the last answer's subject.
    ['internships', 'where?', 'internships'],
    ['internships', 'how long for?', 'internships'],
    ['ccm', 'who by?', 'ccm'],
    ['certifications', 'which ones?', 'certifications'],
    // The subject's kind, when the subject's own reading agrees: whether certification is required, after the CCM.
    ['ccm', 'is it required tho', 'certification-required'],
    // The overview of the last answer's kind, also where it does not list that answer (chronic disease) or the two list
    // each other's neighbours (the certifications list the CCM and the CMC).
    ['ccm', 'and the other ones?', 'certifications'],
    ['chronic-disease', 'and the other ones?', 'specialisations'],
    ['chronic-disease', 'how do i get into that one', 'how-to-specialise'],
    // Asked within the subject, in words its own answer says: that answer, not the general one.
    ['pediatric', 'who would I be working with in that', 'pediatric'],
    // A few asking words that say no subject, which the engine cannot place: asked of the subject in view.
    ['chronic-disease', 'examples?', 'chronic-disease'],
    ['certification-renewal', 'how', 'certification-renewal'],
    ['bachelors-or-masters', 'depends on what', 'bachelors-or-masters'],
    // An example of the subject, with no verb of its own.
    ['continuing-development', 'like a doctorate?', 'continuing-development'],
    ['courses', 'like what?', 'courses'],
    // Asked beyond the last answer's subject, named after the word that sets it aside: the rest of its kind.
    ['leadership', 'what else besides leadership?', 'essential-skills'],
    ['ccm', 'any others besides the ccm', 'certifications'],
    // The engine weighed the last answer among its own readings (the courses or which degree): the conversation decides.
    ['courses', 'and what would he study on it', 'courses'],
    // What the follow-up adds is something the subject's own answer says, one word of it particular.
    ['courses', 'any on mental health?', 'courses'],
    ['courses', 'any on family stuff?', 'courses'],
    // A pointer that needs a thing is all the subject there is when the words alone name none of theirs.
    ['internships', 'where would I even do one?', 'internships'],
    ['pediatric', 'who do they work with, schools?', 'pediatric'],
    ['how-long', 'and if i do a masters on top?', 'how-long'],
    // A condition on how long it takes, which that answer speaks of (two more years): how long, not which degree.
    ['how-long', 'and with a masters?', 'how-long'],
    ['daily-duties', 'do they do insurance stuff too', 'daily-duties'],
    // Something added "too", with no verb, that the subject's own answer says: asked of that subject.
    ['daily-duties', 'insurance stuff too?', 'daily-duties'],
    ['team', 'social workers too?', 'team'],
    ['courses', 'mental health too?', 'courses'],
    ['pediatric', 'schools as well?', 'pediatric'],
    // Worth asked with nothing named but the pointer, after a thing one takes or joins: that thing's worth.
    ['professional-organizations', 'worth it?', 'professional-organizations'],
    ['internships', 'is it really worth it tho', 'internships'],
    // "what other options are there" asks for the rest of the subject's kind.
    ['pediatric', 'what other options are there', 'specialisations'],
  ];
  for (const [last, message, expected] of cases) {
    it(`after ${last}, "${message}" asks for ${expected}`, () => {
      expect(readAfter(last, message)).to.equal(expected);
    });
  }

  // Follow-ups the engine now reads right on their own words (session 11's classifier): the follow-up reading leaves
  // them to it (null: the message's own words stand), and the conversation answers the same entry.
  const readAlone: ReadonlyArray<readonly [string, string, string]> = [
    ['ccm', 'who gives it out?', 'ccm'],
    ['care-planning', 'how often do they change it', 'care-planning'],
    // The words hesitate between care planning and compliance; the classifier places it (session 13).
    ['responsibilities', 'tell me more about the care plan part', 'care-planning'],
    // The words placed it unsurely (where care managers work), next to the last answer it was the organisations; the
    // session 13 refit reads it so on its own words.
    ['continuing-development', 'what do the organisations give you', 'professional-organizations'],
    // Words alone with a subject of their own, named by its title or clearly next to the last answer: never pulled
    // back onto the last answer by reading its title into them.
    ['leadership', 'which of those are the soft ones', 'soft-skills'],
    ['chronic-disease', 'how do i get into that area', 'how-to-specialise'],
    ['continuing-development', 'which organisations help with that', 'professional-organizations'],
  ];
  for (const [last, message, expected] of readAlone) {
    it(`after ${last}, "${message}" is ${expected}, read on its own words or with the last answer`, () => {
      expect(readAfter(last, message) ?? engine.answer(message).entry?.id).to.equal(expected);
    });
  }

  // A complete question keeps its own reading, whatever came before: a follow-up never steals it.
  const ownReadings: ReadonlyArray<readonly [string | undefined, string]> = [
    [undefined, 'why?'],
    ['how-long', 'is it stressful?'],
    ['how-long', 'is it hard?'],
    ['how-long', 'is it worth it?'],
    ['how-long', 'does it pay well'],
    ['how-long', 'can I do it online?'],
    ['how-long', 'Does it pay more than nursing does?'],
    ['cmc', 'how long does it take to become a care manager'],
    ['geriatric', 'what about pediatric?'],
    ['geriatric', 'and the other one?'],
    ['salary', 'how much does it cost to get certified'],
    ['how-long', 'ah right, its much clearer now'],
    ['how-long', 'send me the pdf of this'],
    ['care-planning', 'and the paperwork side?'],
    ['what-is-needed', "what about if he doesn't have one"],
    // "it" that is the career, in words that name where they land ("certs", "uni", "9 to 5" is nearly a phrasing).
    ['ccm', 'can i do it without goin to uni'],
    ['pediatric', 'certs worth it?'],
    ['ccm', 'is it 9 to 5'],
    // Words that name few entries' subjects ("uni", "college", coordinating) are the words' own subject, whatever "it"
    // or "this" is, once the engine reads them clearly.
    ['how-long', 'can i do it without goin to uni'],
    ['daily-duties', 'can i skip college n still do this tbh'],
    ['degree-fields', 'cordinating services between providers how does that work'],
    ['professional-organizations', 'communication that important?'],
    // One becomes a person, not a thing; "for this or nah" is the career; a clause before the pointer names its own.
    ['certifications', 'steps to become one?'],
    ['ccm', 'is college even necessary for this or nah'],
    ['salary', 'do certs expire or do i keep them forever'],
    // After the CCM too: the engine's reading (keeping certified) names "certs" and weighs the CCM far below it.
    ['ccm', 'do certs expire or do i keep them forever'],
    // Declined for words the guide never uses: about something else, whatever "it" or "this" is.
    ['ccm', 'will it rain tmrw'],
    ['what-is-needed', 'what time is it in tokyo right now'],
    ['internships', 'best budget phone this year?'],
    ['pediatric', 'where would I work'],
    // "they" is care managers unless the last answer was about people; "all that" and "after that" point at no subject.
    ['stressful', 'fine. what hours do they work?'],
    ['where-they-work', 'can they work for themselves?'],
    ['work-environment', "do they work in people's homes?"],
    ['junior-care-manager', 'and after that?'],
    ['degree-fields', 'how long would all that take him'],
    ['stressful', 'is it worth it'],
    ['salary', 'worth it?'],
    // Complete questions of the question sets, after answers they could lean on: their own words stand.
    ['professional-organizations', 'who do they work with'],
    ['professional-organizations', 'where do they work?'],
    ['internships', 'is it fulfilling'],
    ['care-planning', 'progress reports - who writes them'],
    ['ccm', 'lowkey do u even need uni for this'],
    ['stressful', 'do they work weekends and is it stressful'],
    ['care-planning', '<at>CareBot</at> is case mgmt part of the job?'],
    // A question word alone whose reading with the subject lands nowhere near it: its own words.
    ['salary', 'how often?'],
    ['ccm', 'how much?'],
    // Within the subject, in words its answer does not say: the general answer ("what hours" is working hours).
    ['geriatric', 'what hours would i work in that'],
    ['pediatric', 'is there much paperwork in it'],
    // "this role" is the career, not the last answer's subject.
    ['confidentiality', 'how important is talking to people in this role'],
    // Words every answer says are no subject's own: "they" here are care managers, where they work.
    ['compliance', 'where do they work?'],
    ['stressful', 'who do they work with'],
    // "it" may mean the career: "but is it rewarding" after the stress answer, which speaks of rewards, is the question.
    ['stressful', 'but is it rewarding'],
    // A word that asks nothing is no follow-up.
    ['salary', 'hi'],
  ];
  // "it" asked of the person is the career, not the last answer's subject: read with the career named.
  for (const [last, message] of [['salary-vp', 'is it for me?'], ['ccm', 'is this really for me']] as const) {
    it(`after ${last}, "${message}" is whether the career suits you`, () => {
      expect(readAfter(last, message)).to.equal(null);
      expect(followUpEntry(message, kb.faqById.get(last), engine, kb)?.id).to.equal('right-for-me');
      expect(followUpEntry(message, undefined, engine, kb)?.id).to.equal('right-for-me');
    });
  }

  it('reads a follow-up without its closing word when, with it, the words land nowhere near the subject ("who gives it out tho")', () => {
    expect(followUpEntry('who gives it out tho', kb.faqById.get('ccm'), engine, kb)?.id).to.equal('ccm');
    // With the closing word read, the subject's kind already answers: it is not read again without it.
    expect(followUpEntry('is it required tho', kb.faqById.get('ccm'), engine, kb)?.id).to.equal('certification-required');
  });

  it('reads a thing\'s pointer past a last answer that is no thing: "where would i do one" after the internships, then where they work', () => {
    const [internships, whereTheyWork] = [kb.faqById.get('internships'), kb.faqById.get('where-they-work')];
    expect(followUpEntry('where would i do one', whereTheyWork, engine, kb, internships)?.id).to.equal('internships');
    // "it" may be the career: it does not reach past the last answer.
    expect(followUpEntry('is it stressful', whereTheyWork, engine, kb, internships)?.id ?? null).to.equal(null);
  });

  for (const [last, message] of ownReadings) {
    it(`after ${last ?? 'nothing'}, "${message}" is read on its own words`, () => {
      expect(last ? readAfter(last, message) : contextFollowUp(message, undefined, engine, kb)).to.equal(null);
    });
  }

  const firstLine = (id: string) => kb.faqById.get(id)!.answer.split('\n')[0]!;
  for (const [channelName, channelId] of CHAT_CHANNELS) {
    describe(`in a conversation (${channelName})`, () => {
      it('answers what a follow-up adds from the subject in view, and "is it for me?" about the career', async () => {
        const chat = startGuided({ channelId });
        expectShown(await chat.say('what modules would i study'), firstLine('courses'));
        const again = await chat.say('any on mental health?');
        expectAnswerInView(again, knowledge().faqById.get('courses')!);
        expect(shownText(again)).not.to.include(firstLine('psychiatric'));
        expectShown(await chat.say('what does pediatric care management involve'), firstLine('pediatric'));
        // The part of the pediatric answer that speaks of schools, not the whole answer again.
        const schools = await chat.say('who do they work with, schools?');
        expectAnswerInView(schools, knowledge().faqById.get('pediatric')!);
        expect(shownText(schools)).to.include('schools');
        expectShown(await chat.say('is it for me?'), firstLine('right-for-me'));
      });

      it('answers a question the engine declines only for the padding that closes it', async () => {
        const chat = startGuided({ channelId });
        await chat.say('is it a stressful job');
        expectShown(await chat.say('worth it though?'), firstLine('rewarding'));
        await chat.say('what do i actually need to be a care manager');
        expectShown(await chat.say('do i need a degree for that tho'), firstLine('without-degree'));
      });

      it('climbs the ladder in view: the first rung, the level after senior, and what "it" pays', async () => {
        const chat = startGuided({ channelId });
        await chat.say('whats the career path look like for care managers');
        expectShown(await chat.say("What's the first rung?"), firstLine('junior-care-manager'));
        expectShown(await chat.say('what does it pay'), firstLine('salary-entry'));
        expectShown(await chat.say('and after 5 yrs?'), firstLine('salary-senior'));
      });

      it('answers "who offers it" after the CMC with the line naming its body, and "and the other one?" with the CCM', async () => {
        const chat = startGuided({ channelId });
        expectShown(await chat.say('what do i need for the CMC'), firstLine('cmc'));
        // The line of the CMC's answer that names its body, said to come from that answer.
        expectShown(await chat.say('who offers it'), Messages.partGives('CMC certification'), 'National Academy of Certified Care Managers (NACCM)');
        expectShown(await chat.say('and the other one?'), firstLine('ccm'));
      });

      it('offers the CCM and the CMC to pick from for "and the other one?" after the certifications, which name both', async () => {
        const chat = startGuided({ channelId });
        expectShown(await chat.say('which certifications should I get'), firstLine('certifications'));
        const replies = await chat.say('and the other one?');
        expectShown(replies, Messages.didYouMean);
        expect(buttonTitles(replies)).to.include.members([kb.faqById.get('ccm')!.title, kb.faqById.get('cmc')!.title]);
        expect(shownText(replies)).not.to.include(firstLine('confidentiality'));
      });

      it('reads "them" after the CCM as the certification and "they" after the senior role as seniors, but "they" after the stress answer as care managers', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what is the CCM');
        expectShown(await chat.say('how do i keep them current'), firstLine('certification-renewal'));
        await chat.say('what does a senior care manager do');
        expectAnswerInView(await chat.say('what do they do'), knowledge().faqById.get('senior-care-manager')!);
        expectShown(await chat.say('and what do they earn'), firstLine('salary-senior'));
        await chat.say('is being a care manager stressful');
        const hours = await chat.say('fine. what hours do they work?');
        expectShown(hours, firstLine('work-hours'));
        expect(shownText(hours)).not.to.include(firstLine('stressful'));
      });

      it('reads "it" and "that" as the last answer\'s subject when the words alone name nothing of where they land', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what is the CCM certification');
        expectShown(await chat.say('who gives it out?'), Messages.partGives('CCM certification'), 'offered by the Commission for Case Manager Certification (CCMC)');
        await chat.say('what is pediatric care management');
        expectShown(await chat.say('how would I get into that'), firstLine('how-to-specialise'));
        await chat.say('can I work with elderly people as a care manager');
        expectShown(await chat.say('what would I be doing in that'), firstLine('geriatric'));
        await chat.say('what leadership skills would I need');
        expectAnswerInView(await chat.say('why though?'), knowledge().faqById.get('leadership')!);
        const own = await chat.say('can i do it without goin to uni');
        expectShown(own, firstLine('without-degree'));
      });

      it('keeps the subject the words alone name, and lets the last answer choose between the engine\'s unsure readings', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what leadership skills does a care manager need');
        const soft = await chat.say('which of those are the soft ones');
        expectShown(soft, firstLine('soft-skills'));
        expect(shownText(soft)).not.to.include(firstLine('leadership'));
        await chat.say('what leadership skills does a care manager need');
        expectShown(await chat.say('what else besides leadership?'), firstLine('essential-skills'));
        await chat.say("what's chronic disease management");
        expectShown(await chat.say('how do i get into that area'), firstLine('how-to-specialise'));
        await chat.say('how do care managers keep up their professional development');
        const groups = await chat.say('what do the organisations give you');
        expectShown(groups, firstLine('professional-organizations'));
        expect(shownText(groups)).not.to.include(firstLine('where-they-work'));
      });

      it('answers "why?" with the answer it follows, and a new complete question with its own entry', async () => {
        const chat = startGuided({ channelId });
        await chat.say('is the job market for care managers growing');
        expectAnswerInView(await chat.say('why?'), knowledge().faqById.get('job-outlook')!);
        const next = await chat.say('is it stressful?');
        expectShown(next, firstLine('stressful'));
        expect(shownText(next)).not.to.include(firstLine('job-outlook'));
      });

      it('"and seniors?" inside the salary ladder shows senior pay and counts it answered; "and what do they do" then reads against it', async () => {
        const chat = startGuided({ channelId });
        await chat.say('show me the salary ladder');
        await chat.say('what does mid level mean in years?');
        expectShown(await chat.say('and seniors?'), '$80,000');
        const answered = (await chat.feedback()).questions;
        expect(answered, 'no unanswered question recorded').to.deep.equal([]);
      });

      it('"break down the pay from entry all the way to VP" shows the whole ladder, not one level', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say('break down the pay from entry all the way to vp');
        expectShown(replies, GuidedMessages.salary.question);
        expect(shownText(replies), 'one level shown, then "another level?"').not.to.include(GuidedMessages.salary.more);
      });
    });
  }
});

describe('an example the last answer never speaks of', () => {
  const kb = knowledge();
  const entry = (id: string) => kb.faqById.get(id)!;
  // [the last answer, the message, the entries offered]
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['stressful', 'like a doctorate?', ['bachelors-or-masters', 'continuing-development']],
    ['continuing-development', 'like a doctorate?', []],
    ['stressful', 'like which ones?', []],
    ['stressful', 'like what?', []],
    ['stressful', 'how long does it take?', []],
  ];
  for (const [last, message, expected] of cases) {
    it(`after ${last}, "${message}" offers ${expected.join(' and ') || 'nothing'}`, () => {
      expect(exampleChoices(message, entry(last), kb).map((offered) => offered.id)).to.deep.equal(expected);
    });
  }
});
