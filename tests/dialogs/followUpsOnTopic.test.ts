import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { areasForABackground, carriedFromAsSkills, countsAsAsked, experiencePointedAt, licenseKeptAsNeeded, modeWithoutWorkKept, shiftsAsHours, yearsFigureAsSalary, inPlainWords } from '../../dialogs/understanding/core/plainQuestion';
import { aspectCarriedOver } from '../../dialogs/understanding/inView/aspectCarried';
import { correctedArea } from '../../dialogs/understanding/talk/areaCorrected';
import { asksWhichAreaServes } from '../../dialogs/understanding/questions/specialisationMatch';
import { recogniseFlow } from '../../dialogs/understanding/core/intents';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { askedDespiteALack } from '../../dialogs/understanding/person/storyLeans';
import { modeEntriesInView, STUDY_MODE_ENTRIES, WORK_MODE_ENTRIES } from '../../dialogs/understanding/questions/workModeAsked';
import { answerOpening, CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';
import { knowledge, realEngine } from './transcript';

/**
 * Short follow-ups attached to the topic asked, and on-topic questions never turned down flat (session 33, tester C's
 * replay of ut32a): a shift pattern asked as nurses say it ("12s or M-F?") is the hours, not the workplaces; a license
 * kept up is licensing, not keeping a certification; "the annual figure" is the salary; a way of working asked beside
 * the job the person keeps ("part time while still translating") is that way of working, with the work's answers near
 * it; skills carried from a job before are the skills; a sum asked after volunteering is the career's pay.
 */

const kb = knowledge();
const engine = realEngine();

describe('follow-ups read as the topic asked (session 33)', () => {
  const readings: ReadonlyArray<readonly [string, (raw: string) => string, ReadonlyArray<readonly [string, string]>]> = [
    ['a shift pattern', shiftsAsHours, [
      ['Do care managers work 12s or M-F?', 'Do care managers work long shifts or business hours?'],
      ['are care managers on twelve-hour shifts?', 'are care managers on long shifts?'],
      ['is it mon-fri?', 'is it business hours?'],
      ['do they work 12 hr shifts or monday to friday', 'do they work long shifts or business hours'],
      // Hours counted, and a time said, are left.
      ['how many hours a week?', 'how many hours a week?'],
      ['could I finish in 12 months?', 'could I finish in 12 months?'],
    ]],
    ['a license kept up', licenseKeptAsNeeded, [
      ['Would I have to keep my nursing license active?', 'Would I have to have a nursing license?'],
      ['do I need to maintain my RN licence?', 'do I need to have a RN license?'],
      ['should I keep my license current?', 'should I have a license?'],
      // A certification kept up is left to the guide's answer on keeping certified.
      ['how do I keep my CCM active?', 'how do I keep my CCM active?'],
    ]],
    ["the year's figure", yearsFigureAsSalary, [
      ['Then what is the annual figure, roughly?', 'Then what is the annual salary, roughly?'],
      ['and the yearly number?', 'and the annual salary?'],
      ['whats the per year amount', 'whats the annual salary'],
      ['how many years does it take?', 'how many years does it take?'],
    ]],
    ['skills carried from a job before', carriedFromAsSkills, [
      ['what skills would transfer from marketing', 'what skills would transfer'],
      ['which skills carry over from retail work?', 'which skills carry over?'],
      ['what skills translate from teaching', 'what skills translate'],
      // Not skills: left.
      ['can I transfer from nursing', 'can I transfer from nursing'],
    ]],
    ['a way of working beside the job kept', modeWithoutWorkKept, [
      ['could i do it part time while still translating', 'could i do it part time'],
      ['can I work remotely while I keep my nursing job?', 'can I work remotely?'],
      ['could I do it part-time alongside my teaching', 'could I do it part-time'],
      // No way of working asked: left.
      ['while I study, can I volunteer?', 'while I study, can I volunteer?'],
    ]],
    ['the areas asked to fit a background', areasForABackground, [
      ['any specialties that fit a med-surg background?', 'what specialties are there?'],
      ['any specialties that would fit someone with ICU experience?', 'what specialties are there?'],
      ['which area suits a nursing background best?', 'what specialties are there?'],
      // Who the person wants to help is the chooser's; a background alone asks no area.
      ['Which specialty would suit someone who wants to help older people?', 'Which specialty would suit someone who wants to help older people?'],
      ['does my nursing background fit?', 'does my nursing background fit?'],
    ]],
    ['experience lacking, asked for as "some"', experiencePointedAt, [
      ['i have zero healthcare experience tho, just coffee lol. how do i get some', 'how do I gain experience?'],
      ['no experience at all in care. how can i get some?', 'how do I gain experience?'],
      ["I've got no experience. how would I gain some", 'how do I gain experience?'],
      // Nothing lacking, or nothing asked for.
      ['I have 5 years of experience. how do i get some certifications', 'I have 5 years of experience. how do i get some certifications'],
      ['no experience. is that a problem?', 'no experience. is that a problem?'],
    ]],
    ['whether a field counts, in reported words', countsAsAsked, [
      ['what? I asked if a bachelors in business administration counts as a related field', 'does a bachelors in business administration count as a related field'],
      ['I was asking whether psychology counts as a related field', 'does psychology count as a related field'],
      ['i wanted to know if my nutrition degree qualifies as relevant', 'does my nutrition degree count as relevant'],
      ['does psychology count as a related field?', 'does psychology count as a related field?'],
    ]],
  ];
  for (const [what, read, rows] of readings) {
    for (const [message, plain] of rows) {
      it(`reads ${what} in "${message}"`, () => expect(read(message)).to.equal(plain));
    }
  }

  for (const [message, id] of [
    ['Do care managers work 12s or M-F?', 'work-hours'],
    ['are care managers on twelve-hour shifts?', 'work-hours'],
    ['Would I have to keep my nursing license active?', 'licensing'],
    ['do I need to maintain my RN licence?', 'licensing'],
    ['Then what is the annual figure, roughly?', 'salary'],
    ['and the yearly number?', 'salary'],
    ['what skills would transfer from marketing', 'essential-skills'],
    ['what skills transfer from retail work', 'essential-skills'],
    // Unchanged: the guide's own answers.
    ['how do I keep my CCM active?', 'certification-renewal'],
    ['what skills do I need', 'essential-skills'],
    ['is it a 9 to 5?', 'work-hours'],
  ] as const) {
    it(`answers "${message}" with ${id}`, () => {
      const answer = engine.answer(inPlainWords(message));
      expect(answer.kind === 'answer' ? answer.entry?.id : answer.kind).to.equal(id);
    });
  }

  describe('the answers near a way of working asked of the answer in view', () => {
    const entry = (id: string) => kb.faqById.get(id)!;
    for (const [said, inView, ids] of [
      ['can care managers work from home? i like remote work', 'bachelors-or-masters', WORK_MODE_ENTRIES],
      ['could i do it part time', 'job-outlook', WORK_MODE_ENTRIES],
      ['is it remote?', 'salary', WORK_MODE_ENTRIES],
      ['Can it be done part time? I don\'t want 50-hour weeks again.', 'geriatric', WORK_MODE_ENTRIES],
      ['can I do the degree online?', 'salary', STUDY_MODE_ENTRIES],
    ] as const) {
      it(`"${said}" after ${inView}: ${ids.join(', ')}`, () => expect(modeEntriesInView(said, entry(inView))).to.deep.equal(ids));
    }
    for (const [said, inView] of [
      ['can I do it part time?', 'degree-fields'],
      ['can I do it online?', 'ccm'],
      ['can i do it online', 'how-long'],
    ] as const) {
      it(`"${said}" after ${inView} keeps that answer's own`, () => expect(modeEntriesInView(said, entry(inView))).to.equal(null));
    }
  });

  describe('the same asked of the other of two, after a decline that offered several', () => {
    const offered = { ids: ['certifications', 'ccm', 'cmc'], about: 'certifications', question: 'how much does the CMC exam cost' };
    for (const said of ['and the CCM?', 'what about the CCM', 'same for the CCM?']) {
      it(`"${said}" carries the cost from the CMC, the one the question named, to the CCM`, () => {
        const carried = aspectCarriedOver(said, offered, kb);
        expect([carried?.about.id, carried?.other.id, carried?.asked.aspect]).to.deep.equal(['cmc', 'ccm', 'cost']);
      });
    }
    it('a question that names none of the offered carries nothing', () => {
      expect(aspectCarriedOver('and the CCM?', { ids: ['certifications', 'ccm', 'cmc'], question: 'how much does it cost' }, kb)).to.equal(null);
    });
  });

  describe('a question asked in spite of a lack told before it', () => {
    for (const [story, asked] of [
      ["I don't have a degree, just some college.", 'can I still move up?'],
      ['No degree, only a GED.', 'Could I still do this?'],
      ['I never finished college.', 'Is it possible anyway?'],
    ] as const) {
      it(`"${story} ${asked}" leans on the story`, () => expect(askedDespiteALack(story, asked)).to.equal(true));
    }
    for (const [story, asked] of [
      ['I have a degree in nursing.', 'can I still move up?'],
      ["I don't have a degree.", 'how long does it take?'],
      ['my aunt works with old people mostly.', 'what other areas are there?'],
    ] as const) {
      it(`"${story} ${asked}" does not`, () => expect(askedDespiteALack(story, asked)).to.equal(false));
    }
  });

  describe('a change of mind in the chooser put as a doubt', () => {
    for (const [said, area] of [
      ['hmm actually most of my clients are over 65, maybe older adults makes more sense?', 'geriatric'],
      ['actually kids might be better?', 'pediatric'],
      ['wait, mental health sounds better?', 'psychiatric'],
    ] as const) {
      it(`"${said}" takes ${area}`, () => expect(correctedArea(kb, said)).to.equal(area));
    }
    for (const said of ['actually what about mental health?', 'actually is mental health hard?', 'would older adults make sense?']) {
      it(`"${said}" takes nothing`, () => expect(correctedArea(kb, said)).to.equal(null));
    }
  });

  describe('the plan asked for again in few words, and an area asked for a condition', () => {
    for (const said of ['Fair enough. Now the plan please', 'ok the plan then', 'the plan please']) {
      it(`"${said}" starts the roadmap`, () => expect(recogniseFlow(said)?.flow).to.equal('roadmap'));
    }
    for (const said of ['what is a care plan', 'the plan', 'how do care managers plan?']) {
      it(`"${said}" does not`, () => expect(recogniseFlow(said)?.flow).not.to.equal('roadmap'));
    }
    for (const said of ['is there a specialty for people with chronic lung disease like COPD?', 'are there specialties for kids?', 'any area that deals with addiction?']) {
      it(`"${said}" asks which area serves someone`, () => expect(asksWhichAreaServes(said)).to.equal(true));
    }
    for (const said of ['is there a specialty exam?', 'are there specialties?', 'is there a fee for the CCM?']) {
      it(`"${said}" does not`, () => expect(asksWhichAreaServes(said)).to.equal(false));
    }
  });

  for (const [name, channelId] of CHAT_CHANNELS) {
    describe(`in ${name}`, () => {
      it('"Do care managers work 12s or M-F?" gets the working hours, not the workplaces', async () => {
        const chat = startGuided({ channelId });
        await chat.say("I'm an RN, 3 yrs med-surg. I'm done with bedside.");
        const replies = await chat.say('Do care managers work 12s or M-F?');
        expectShown(replies, answerOpening('work-hours'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('where-they-work')));
        expectChannelSafe(channelId, replies, '12s');
      });

      it('"Would I have to keep my nursing license active?" after the CCM gets licensing, not keeping certified', async () => {
        const chat = startGuided({ channelId });
        await chat.say('what are the eligibility requirements for the CCM exam');
        const replies = await chat.say('Would I have to keep my nursing license active?');
        expectShown(replies, answerOpening('licensing'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('certification-renewal')));
        expectChannelSafe(channelId, replies, 'license');
      });

      it('"What does it pay per hour?" after volunteering, then "the annual figure", get the pay, never a decline', async () => {
        const chat = startGuided({ channelId });
        await chat.say('Could I volunteer first to see if I like it?');
        const hourly = await chat.say('What does it pay per hour?');
        expectShown(hourly, answerOpening('salary'));
        expect(readable(shownText(hourly))).not.to.include(readable(Messages.noFigure));
        const annual = await chat.say('Then what is the annual figure, roughly?');
        // The pay by level was the last reply: the unit said and that answer pointed at, not sent again.
        expectShown(annual, Messages.payByTheYear, Messages.answerAbove);
        expect(readable(shownText(annual))).not.to.include(readable(Messages.outOfScope));
        expectChannelSafe(channelId, annual, 'annual figure');
      });

      it('"could i do it part time while still translating" says the guide does not say, with the hours and the setting', async () => {
        const chat = startGuided({ channelId });
        await chat.say('whats the job outlook');
        const replies = await chat.say('could i do it part time while still translating');
        expectShown(replies, Messages.aspectNotGiven.mode, kb.faqById.get('work-hours')!.title);
        expect(readable(shownText(replies))).not.to.include(readable(Messages.outOfScope));
        expectChannelSafe(channelId, replies, 'part time');
      });

      it('"can care managers work from home?" after a degree answer is offered the work, not degree facts', async () => {
        const chat = startGuided({ channelId });
        await chat.say('i have a BA in linguistics. is that a related field?');
        const replies = await chat.say('can care managers work from home? i like remote work');
        expectShown(replies, Messages.aspectNotGiven.mode, kb.faqById.get('work-environment')!.title);
        expect(readable(shownText(replies))).not.to.include(kb.faqById.get('degree-fields')!.title);
        expectChannelSafe(channelId, replies, 'from home');
      });

      it('"and the CCM?" after no CMC exam cost, asked after the certifications, says the guide gives none for the CCM either', async () => {
        const chat = startGuided({ channelId });
        await chat.say('which certification would help me most');
        await chat.say('how much does the CMC exam cost');
        const replies = await chat.say('and the CCM?');
        expectShown(replies, Messages.notGivenEither('the CCM certification'));
        expect(readable(shownText(replies))).not.to.include('transition management');
        expectChannelSafe(channelId, replies, 'and the CCM');
      });

      it('"I don\'t have a degree, just some college. can I still move up?" gets the way in without a degree, not moving up after years as a care manager', async () => {
        const chat = startGuided({ channelId });
        await chat.say('is case manager the same thing as care manager?');
        const replies = await chat.say("I don't have a degree, just some college. can I still move up?");
        expectShown(replies, answerOpening('without-degree'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('advancing')));
        expectChannelSafe(channelId, replies, 'still move up');
      });

      it('"any specialties that fit a med-surg background?" after the pay gets the areas, not the pay again', async () => {
        const chat = startGuided({ channelId });
        await chat.say('how does the pay compare to what I make on the floor');
        const replies = await chat.say('any specialties that fit a med-surg background?');
        expectShown(replies, answerOpening('specialisations'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('salary')));
        expectChannelSafe(channelId, replies, 'specialties that fit');
      });

      it('"any specialties that would fit someone with ICU experience?" after the pay gets the four areas, not a decline', async () => {
        const chat = startGuided({ channelId });
        await chat.say('whats the salary');
        const replies = await chat.say('any specialties that would fit someone with ICU experience?');
        expectShown(replies, answerOpening('specialisations'));
        expect(readable(shownText(replies))).not.to.include(readable(Messages.noMatch));
        expectChannelSafe(channelId, replies, 'ICU');
      });

      for (const said of ['ok what would you do first if you were me', 'what would you do next in my shoes?', 'if you were me where would you start']) {
        it(`"${said}" after the starting pay says the bot has no pick, then where to start, not a salary picker`, async () => {
          const chat = startGuided({ channelId });
          await chat.say('whats the pay for somone starting');
          const replies = await chat.say(said);
          expectShown(replies, Messages.noPickOfMyOwn, answerOpening('entry-level-jobs'));
          expect(readable(shownText(replies))).not.to.include(readable(Messages.whichTwo));
          expectChannelSafe(channelId, replies, 'if you were me');
        });
      }

      it('"hmm actually ... maybe older adults makes more sense?" at the second question suggests geriatric care, not the first answer', async () => {
        const chat = startGuided({ channelId });
        await chat.say('choose a specialty');
        await chat.say('Long-term illness');
        const replies = await chat.say('hmm actually most of my clients are over 65, maybe older adults makes more sense?');
        expectShown(replies, GuidedMessages.specialisation.heading('Geriatric care management'));
        expect(shownText(replies)).not.to.include(GuidedMessages.specialisation.heading('Chronic disease management'));
        expectChannelSafe(channelId, replies, 'older adults makes more sense');
      });

      it('"i have zero healthcare experience tho, just coffee lol. how do i get some" gets how to gain experience, not moving up', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say('i have zero healthcare experience tho, just coffee lol. how do i get some');
        expectShown(replies, answerOpening('gaining-experience'));
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('advancing')));
        expectChannelSafe(channelId, replies, 'get some');
      });

      it('"what? I asked if a bachelors in business administration counts as a related field" weighs the field, not "outside what I can help with"', async () => {
        const chat = startGuided({ channelId });
        await chat.say('and the business degree?');
        const replies = await chat.say('what? I asked if a bachelors in business administration counts as a related field');
        expectShown(replies, 'business administration');
        expect(readable(shownText(replies))).not.to.include(readable(Messages.outOfScope));
        expectChannelSafe(channelId, replies, 'business administration');
      });

      it('"Fair enough. Now the plan please" starts the roadmap, not a client\'s care plan', async () => {
        const chat = startGuided({ channelId });
        await chat.say("I'm not doing 6 years of school at 63, I'll tell you that.");
        const replies = await chat.say('Fair enough. Now the plan please');
        expectShown(replies, GuidedMessages.roadmap.educationQuestion);
        expect(readable(shownText(replies))).not.to.include(readable(answerOpening('care-planning')));
      });

      it('"is there a specialty for people with chronic lung disease like COPD?" gets chronic disease management, not a decline', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say('is there a specialty for people with chronic lung disease like COPD?');
        expectShown(replies, 'Chronic disease management');
        expect(readable(shownText(replies))).not.to.include(readable(Messages.noMatch));
        expectChannelSafe(channelId, replies, 'COPD');
      });

      it('"what skills would transfer from marketing" gets the skills, not "outside what I can help with"', async () => {
        const chat = startGuided({ channelId });
        await chat.say('marketing coordinator here, 28. thinking of switching to healthcare. is care manager a good fit?');
        const replies = await chat.say('what skills would transfer from marketing');
        expectShown(replies, answerOpening('essential-skills'));
        expect(readable(shownText(replies))).not.to.include(readable(Messages.outOfScope));
        expectChannelSafe(channelId, replies, 'marketing');
      });
    });
  }
});
