import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { RecentMessages } from '../../dialogs/rendering/core/recentAnswers';
import { holdingBoth } from '../../dialogs/rendering/core/sidesDiffer';
import { sideAsNamed, timedThing } from '../../dialogs/rendering/core/sideLabels';
import { AreaClosestMessages } from '../../dialogs/rendering/questions/areaClosest';
import { SorryMessages } from '../../dialogs/rendering/talk/sorryWhenNew';
import { fitAskedLoosely } from '../../dialogs/understanding/person/fitAskedLoosely';
import { firstJobPaid } from '../../dialogs/understanding/questions/firstJobPaid';
import { FirstJobPayMessages } from '../../dialogs/rendering/questions/firstJobPayReplies';
import { buttonTitles, CHAT_CHANNELS, clickOn, entryById, expectChannelSafe, expectNamedInPassing, readable, readableOpening, shownText, startGuided } from './guidedHarness';

/**
 * No block twice in a few turns (tester ut35c section 4, kinds 3 and 5): an answer the person read a turn or two ago is
 * pointed at in a line, with the part of it that speaks to the new question, never sent again word for word; the whole
 * answer stays one tap away. "could someone like me even do this?" is asked whether they could do it (who the career
 * suits), not the last answer again. The real bot, in Web Chat and Teams.
 */

/** The last line of an answer as read: shown only when the whole answer is. */
const lastLineOf = (id: string): string => readable(entryById(id).answer.trim().split('\n').at(-1)!);

describe('no repeats: readers', () => {
  describe('words quoted back without the asking words caught in them (ut36a P03 m3, P12 m3)', () => {
    for (const [thing, named] of [['the CCM take to obtain', 'the CCM'], ['the CMC take', 'the CMC'], ['a masters', 'a masters'], ['getting certified', 'getting certified']] as const) {
      it(`"${thing}" -> "${named}"`, () => expect(timedThing(thing)).to.equal(named));
    }
    for (const [side, named] of [['pediatric fit me', 'pediatric'], ['geriatric suit me better', 'geriatric'], ['nursing for me', 'nursing'], ['mental health', 'mental health'], ['social work', 'social work']] as const) {
      it(`"${side}" -> "${named}"`, () => expect(sideAsNamed(side)).to.equal(named));
    }
  });

  describe('pay asked of a job the guide names as a way in', () => {
    for (const [said, job] of [
      ['care coordinator sounds good. what does the pay look like for that', 'care coordinator'],
      ['what does a care coordinator earn?', 'care coordinator'],
      ['whats the salary for a care coordinator', 'care coordinator'],
      ['do healthcare assistants get paid well?', 'healthcare assistant'],
    ] as const) {
      it(`"${said}" -> ${job}`, () => expect(firstJobPaid(said)).to.equal(job));
    }
    for (const said of [
      'how much do care managers make',
      'im a social worker, what would i earn as a care manager',
      'i am a counselor making 50k. is the pay better?',
      'I work as a care coordinator and make 45k, would I earn more?',
      'what does a counselor make compared to a care manager',
      'what does a care coordinator do?',
      'is care coordinator a good first job?',
      'what is the pay like',
      'how do i become a care coordinator',
      'do care coordinators need a degree?',
    ]) {
      it(`"${said}" does not ask it`, () => expect(firstJobPaid(said)).to.equal(null));
    }
  });

  describe('a side by side only when the sides differ', () => {
    it('the pay ladder holds each level', () => {
      for (const level of ['salary-entry', 'salary-mid', 'salary-senior']) expect(holdingBoth(entryById(level), entryById('salary'))?.id, level).to.equal('salary');
      expect(holdingBoth(entryById('salary'), entryById('salary-entry'))?.id).to.equal('salary');
    });
    for (const [a, b] of [['salary-senior', 'salary-director'], ['ccm', 'cmc'], ['salary-entry', 'salary-mid'], ['how-long', 'salary']] as const) {
      it(`${a} and ${b} each add their own`, () => expect(holdingBoth(entryById(a), entryById(b))).to.equal(null));
    }
  });

  describe('whether someone like them could do it, with a word of emphasis', () => {
    for (const said of ['could someone like me even do this?', 'could someone like me actually do this job?', 'honestly, could someone like me really do it?', 'can someone like me even become a care manager?']) {
      it(`"${said}" asks it`, () => expect(fitAskedLoosely(said)).to.deep.equal({ kind: 'fit' }));
    }
    for (const said of [
      'could someone like me do this?',
      'what do i even need to become one',
      'how long does it actually take?',
      'is the pay really that low?',
      'where could someone like me even work?',
      'do care managers actually work weekends?',
      'what is a care manager',
      'can i really do it part time?',
      'how do i even get experience',
      'which certification should i get',
    ]) {
      it(`"${said}" does not (asked plainly, or asks something else)`, () => expect(fitAskedLoosely(said)).to.equal(null));
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`no repeats (${channelName})`, () => {
    const start = () => startGuided({ channelId });

    describe('a lead over an answer shown two turns before points at it (ut35c P01 m6)', () => {
      for (const said of ['could i keep my current job part time while i get experience?', 'could i keep driving part time while i get experience? i got two kids to feed lol']) {
        it(`"${said}" after gaining experience and the first jobs`, async () => {
          const chat = start();
          await chat.say('how do I get experience?');
          await chat.say('what jobs could I start in?');
          const replies = await chat.say(said);
          const text = readable(shownText(replies));
          expect(text).to.include(readable(RecentMessages.ledAbove(entryById('gaining-experience').title)));
          expect(text).not.to.include(lastLineOf('gaining-experience'));
          expect(buttonTitles(replies)).to.include(Messages.seeItAgain);
          expectChannelSafe(channelId, replies, said);
        });
      }
    });

    describe('an answer asked of again in other words gives the part that speaks to it (ut35c P07 m3)', () => {
      for (const said of ['ok. and for kids specificaly, what would i coordinate? like with who', 'who would I coordinate with for kids?']) {
        it(`"${said}" after pediatric care and the degrees`, async () => {
          const chat = start();
          await chat.say('tell me about pediatric care management');
          await chat.say('is a psychology degree a related field?');
          const replies = await chat.say(said);
          const text = readable(shownText(replies));
          expect(text).to.include(readable(RecentMessages.partAbove(entryById('pediatric').title)));
          expect(text).to.include('coordinating with schools');
          expect(text).not.to.include(lastLineOf('pediatric'));
          expectChannelSafe(channelId, replies, said);
        });
      }

      it('"Show it again" shows the whole answer', async () => {
        const chat = start();
        await chat.say('tell me about pediatric care management');
        await chat.say('is a psychology degree a related field?');
        const pointed = await chat.say('who would I coordinate with for kids?');
        const replies = await clickOn(chat, pointed, Messages.seeItAgain);
        expect(readable(shownText(replies))).to.include(lastLineOf('pediatric'));
      });
    });

    describe('the same answer asked for again a turn later is given in brief, with its list (ut35c P02 m3)', () => {
      it('"what do i need to become one" after what you need and who the career suits', async () => {
        const chat = start();
        await chat.say('hi i own a little hair salon, 2 chairs. what do i need to become a care manager?');
        await chat.say('no i mean im not a care manager yet. i do hair. could someone like me even do this?');
        const replies = await chat.say('what do i need to become one');
        const text = readable(shownText(replies));
        expect(text).to.include(readable(RecentMessages.sameAbove(entryById('what-is-needed').title)));
        expect(text).to.include("a bachelor's degree in nursing, social work or a similar subject; work experience");
        expect(text).not.to.include(Messages.sourcePrefix);
        expect(buttonTitles(replies)).to.include(Messages.seeItAgain);
      });

      it('"how much do care managers make?" after the pay and the entry level', async () => {
        const chat = start();
        await chat.say('what does a care manager earn?');
        await chat.say('what about entry level?');
        const replies = await chat.say('how much do care managers make?');
        const text = readable(shownText(replies));
        expect(text).to.include(readable(RecentMessages.sameAbove(entryById('salary').title)));
        expect(text).to.include('vice president');
      });
    });

    describe('pay starting out against later is the one ladder, not the entry level twice side by side (ut35c P01 m7)', () => {
      for (const said of ['ok whats the pay starting out vs later', 'starting salary vs later on?', 'how does entry level pay compare to the pay later in the career?']) {
        it(`"${said}"`, async () => {
          const chat = start();
          const replies = await chat.say(said);
          const text = readable(shownText(replies));
          expect(text).to.include('vice president');
          expect(text).not.to.include('side by side');
          expect(text.split('$40,000–$60,000').length - 1, 'the entry figure said at most twice, in the ladder').to.be.at.most(2);
          expectChannelSafe(channelId, replies, said);
        });
      }

      it('"senior vs director pay?" stays side by side', async () => {
        const chat = start();
        expect(readable(shownText(await chat.say('senior vs director pay?')))).to.include(Messages.sideBySide(entryById('salary-senior').title, entryById('salary-director').title));
      });
    });

    describe('pay asked of a first job says the guide gives none, with the entry-level pay, never "Did you mean" (ut35c P06 m10)', () => {
      for (const said of ['care coordinator sounds good. what does the pay look like for that', 'what does a care coordinator earn?', 'whats the salary for a care coordinator']) {
        it(`"${said}"`, async () => {
          const chat = start();
          const replies = await chat.say(said);
          const text = readable(shownText(replies));
          expect(text).to.include(readable(FirstJobPayMessages.notGiven('care coordinator')));
          expect(text).to.include(readableOpening('salary-entry'));
          expect(text).not.to.include(readable(Messages.didYouMean));
          expectChannelSafe(channelId, replies, said);
        });
      }
    });

    describe('care manager against case manager, chat-sized (ut35c P06 m4, ut36a P12 m4)', () => {
      for (const said of ['whats the diff between care manager and case manager? the VA job postings say case manager', 'whats the difference between a case manager and a care manager anyway? job postings use both']) {
        it(`"${said}"`, async () => {
          const replies = await start().say(said);
          const text = expectNamedInPassing(replies, 'care manager', 'case manager');
          expect(text).to.include('care coordinator or case manager').and.include('Certified Case Manager');
          expect(text).not.to.include('In practice that means');
          expect(text).not.to.include(Messages.sourcePrefix);
          expectChannelSafe(channelId, replies, said);
        });
      }
    });

    describe('"Sorry ... Let me try again" only before something new (ut34a pharma #11, ut35c P11 m4)', () => {
      it('"I said specialty not cert. ... pay difference?" after the specialties\' pay: no sorry, no second copy', async () => {
        const chat = start();
        const first = readable(shownText(await chat.say('which specialty pays best?')));
        const replies = await chat.say('I said specialty not cert. geriatric vs pediatric vs psych vs chronic disease - pay difference?');
        const text = readable(shownText(replies));
        expect(text).not.to.include(readable(Messages.chatLead.complaint));
        expect(text).to.include(readable(SorryMessages.sameAsAbove));
        expect(text).not.to.include(first.slice(0, 60));
        expectChannelSafe(channelId, replies, 'specialty not cert');
      });

      it('"ugh. fastest way ... with no healthcare experience?" asked again: no sorry before saying it is the answer just given', async () => {
        const chat = start();
        await chat.say('i manage 60 people, do scheduling, budgets, inventory, deal w vendors. zero healthcare tho. whats my fastest way in');
        const text = readable(shownText(await chat.say('ugh. fastest way to become a care manager with no healthcare experience?')));
        expect(text).not.to.include(readable(Messages.chatLead.complaint));
        expect(text).not.to.include(lastLineOf('gaining-experience'));
      });

      it('"that is wrong. how much do they make?" after the time still says sorry before the pay', async () => {
        const chat = start();
        await chat.say('how long does it take?');
        const text = readable(shownText(await chat.say('that is wrong. how much do they make?')));
        expect(text).to.include(readable(Messages.chatLead.complaint));
        expect(text).to.include('vice president');
      });
    });

    describe('quoted back cleanly, and an area narrowed to a group the guide never names (ut36a P03 m3, P12 m3, P10 m6)', () => {
      it('"How long does the CCM take to obtain, and what does it cost?" says how long the CCM takes, not "the CCM take to obtain takes"', async () => {
        const text = readable(shownText(await start().say('How long does the CCM take to obtain, and what does it cost?')));
        expect(text).to.include(readable(Messages.direct.durationNotSaid('the CCM')));
        expect(text).not.to.include('take to obtain takes');
      });

      it('"would mental health or pediatric fit me better" names the two sides as asked', async () => {
        const text = readable(shownText(await start().say('would mental health or pediatric fit me better')));
        expect(text).to.include(readable(Messages.weighing.notRanked('mental health', 'pediatric')));
        expect(text).not.to.include('fit me"');
      });

      for (const [said, group, area] of [
        ['Is there a specialty for kids in foster care specifically?', 'foster care', 'pediatric'],
        ['is there an area for kids with autism specifically?', 'autism', 'pediatric'],
      ] as const) {
        it(`"${said}" says the guide names no area for ${group}, then the closest`, async () => {
          const replies = await start().say(said);
          const text = readable(shownText(replies));
          expect(text).to.include(readable(AreaClosestMessages.notNamed(group)));
          expect(text).to.include(readableOpening(area));
          expectChannelSafe(channelId, replies, said);
        });
      }

      it('"which area works with older people specifically?" is geriatric care, said plainly', async () => {
        const text = readable(shownText(await start().say('which area works with older people specifically?')));
        expect(text).to.include(readableOpening('geriatric'));
        expect(text).not.to.include("doesn't describe an area");
      });
    });

    describe('in the walk, a lead over the step on screen points at it (ut36a P03 m8)', () => {
      it('"Does my flying count as relevant experience ...?" on step 3 is weighed, then pointed at the step, not its block again', async () => {
        const chat = start();
        await chat.say('walk me through the career steps');
        await chat.say('next');
        await chat.say('next');
        const replies = await chat.say('Does my flying count as relevant experience in any way? Crew resource management is essentially team coordination under pressure.');
        const text = readable(shownText(replies));
        expect(text).to.include(readable(RecentMessages.stepAbove));
        expect(text).not.to.include(lastLineOf('gaining-experience'));
        expect(text).to.include('step 3');
      });
    });

    describe('"could someone like me even do this?" gets who the career suits, not the answer just given (ut35c P02 m2)', () => {
      for (const said of ['no i mean im not a care manager yet. i do hair. could someone like me even do this?', 'ok but honestly could someone like me actually do this job?']) {
        it(`"${said}"`, async () => {
          const chat = start();
          await chat.say('what do i need to become a care manager?');
          const replies = await chat.say(said);
          const text = readable(shownText(replies));
          expect(text).to.include(readableOpening('right-for-me'));
          expect(text).not.to.include(lastLineOf('what-is-needed'));
          expectChannelSafe(channelId, replies, said);
        });
      }
    });
  });
}
