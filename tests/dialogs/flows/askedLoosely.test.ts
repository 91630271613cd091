import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { recogniseFlow } from '../../../dialogs/understanding/core/intents';
import { CHAT_CHANNELS, expectShown, savedProfile, shownText, startGuided, stepShown } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const howLong = kb.faqById.get('how-long')!;
const steps = GuidedMessages.steps;

/**
 * The walk asked for loosely reaches it, and a question of time in the walk is answered for the step in view (the
 * usability testers on session 21's bots: "cn u giv me the stpes", "how long does this step take" at step 5; and
 * phrasings of our own).
 */
describe('the steps asked for loosely', () => {
  const asks = [
    'cn u giv me the stpes',
    'carrer steps pls',
    'ugh. the 10 steps thing',
    'no i ment the steps to becom a care manger',
    'gimme the steps again',
    'could you show me the setps please',
    'ok the ten steps to becoming a care manager then',
    'the carer steps thing',
    'yo whats the 10 step thing u have',
  ];
  for (const text of asks) it(`"${text}" starts the walk`, () => expect(recogniseFlow(text)).to.deep.equal({ flow: 'careerSteps' }));

  // Questions that only mention steps, or name something else, stay questions for the guide.
  const questions = [
    'steps to becom a care manager',
    'What steps should I take to become a care manager?',
    'what are the steps to get certified',
    'how many steps',
    'career path steps?',
    'career ladder steps?',
    'steps to start?',
    'what steps did i finish',
    'the stops',
  ];
  for (const text of questions) it(`"${text}" is not asking for the walk`, () => expect(recogniseFlow(text)).to.equal(null));
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the walk reached and asked in a person's words (${channelName})`, () => {
    it('opens at step 1 for "cn u giv me the stpes" and "no i ment the steps to becom a care manger"', async () => {
      for (const said of ['cn u giv me the stpes', 'no i ment the steps to becom a care manger', 'ugh. the 10 steps thing']) {
        const chat = startGuided({ channelId });
        expect(stepShown(await chat.say(said)), said).to.equal(1);
      }
    });

    it("gives the step's own time first when asked how long it takes, then the whole route", async () => {
      const chat = startGuided({ channelId });
      await chat.say('step 2');
      let replies = await chat.say('how long does a degree like that take?');
      const text = shownText(replies);
      expect(text).to.include(steps.stepTime(2, kb.steps[1]!.title, '').slice(0, 40));
      expect(text).to.include('about four years for a bachelor');
      expect(text).to.include('about two more years for a master');
      expect(text.indexOf('about four years')).to.be.lessThan(text.indexOf('6 to 8 years'));
      expectShown(replies, steps.continueOffer(2));
      replies = await chat.say('how long is step 3');
      expect(shownText(replies)).to.include('a few more years of relevant work experience');
    });

    it('says the guide gives no time for a step that has none, and that the time shown is the whole route', async () => {
      const chat = startGuided({ channelId });
      await chat.say('go to step 5');
      const replies = await chat.say('how long does this step take');
      expectShown(replies, steps.noStepTime(5, kb.steps[4]!.title), howLong.answer.split('\n')[0]!.slice(0, 40), steps.continueOffer(5));
    });

    it('lists the ten steps when they are asked for while walking them ("all 10 in a list, just the names")', async () => {
      for (const said of ['no i want all 10 in a list, just the names', 'what are the 10 steps to become a care manager', 'gimme the steps']) {
        const chat = startGuided({ channelId });
        await chat.say('walk me through the steps');
        const replies = await chat.say(said);
        expect(stepShown(replies), said).to.equal(null);
        expectShown(replies, `5. ${kb.steps[4]!.title}`, steps.continueOffer(1));
      }
    });

    it('still answers the whole route when that is what is asked mid-walk', async () => {
      const chat = startGuided({ channelId });
      await chat.say('go to step 5');
      const replies = await chat.say('how long does it take to become a care manager?');
      expectShown(replies, howLong.answer.split('\n')[0]!.slice(0, 40), steps.continueOffer(5));
      expect(shownText(replies)).not.to.include(steps.noStepTime(5, kb.steps[4]!.title));
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the chooser saves a choice only when the person chooses (${channelName})`, () => {
    const chooser = GuidedMessages.specialisation;
    const geriatric = kb.specialisations.find((area) => area.id === 'geriatric')!;
    const toTheSuggestion = async (chat: ReturnType<typeof startGuided>) => {
      await chat.say('help me pick a specialty');
      await chat.say('the elderly mostly');
      const replies = await chat.say('being there for the family');
      expectShown(replies, chooser.heading(geriatric.name), chooser.afterQuestion(geriatric.name));
      expect(shownText(replies)).not.to.include(chooser.remembered(geriatric.name));
    };

    it('saves the suggestion on "yes" or "sounds good", and not on "not now" or "still deciding"', async () => {
      for (const [said, saved] of [
        ['yes', 'geriatric'],
        ['sounds good', 'geriatric'],
        ['ok yeah remember it', 'geriatric'],
        ['yeah not now', null],
        ['not now', null],
        ["i'm still deciding", null],
      ] as const) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await toTheSuggestion(chat);
        const replies = await chat.say(said);
        expectShown(replies, saved ? chooser.remembered(geriatric.name) : chooser.notSaved(geriatric.name));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(saved);
      }
    });

    it('takes an answer said before a question, then answers the question ("pediatric. but how long ...?")', async () => {
      const pediatric = kb.specialisations.find((area) => area.id === 'pediatric')!;
      for (const said of ['pediatric. but actually how long does the extra training take?', 'the first one, and does it pay more?']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('compare pediatric and geriatric');
        const replies = await chat.say(said);
        expectShown(replies, chooser.remembered(pediatric.name));
        expect(shownText(replies), said).not.to.include(chooser.comparePick);
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation, said).to.equal('pediatric');
      }
      const chat = startGuided({ channelId });
      await chat.say('choose a specialty');
      const replies = await chat.say('older people i think. what does that involve though?');
      expectShown(replies, chooser.drawQuestion, kb.faqById.get(geriatric.faqId)!.answer.split('\n')[0]!.slice(0, 40));
    });

    it('takes "I said pediatric" said to the question asked again as the choice', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await chat.say('compare pediatric and geriatric');
      await chat.say('hmm');
      const replies = await chat.say('I said pediatric');
      expectShown(replies, chooser.remembered(kb.specialisations.find((area) => area.id === 'pediatric')!.name));
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('pediatric');
    });

    it('answers a question about the suggested area without the card again, and saves nothing', async () => {
      for (const said of ['what does geriatric care management involve day to day', 'so what would i actually do all day in geriatric care']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await toTheSuggestion(chat);
        const replies = await chat.say(said);
        const text = shownText(replies);
        expectShown(replies, chooser.allSaidAbove(geriatric.name), chooser.dayInGeneral, kb.faqById.get('daily-duties')!.answer.split('\n')[0]!.slice(0, 40));
        expect(text, said).not.to.include(geriatric.work.slice(0, 40));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the roadmap takes out an area the person never chose (${channelName})`, () => {
    const roadmap = GuidedMessages.roadmap;
    const pediatric = kb.specialisations.find((area) => area.id === 'pediatric')!;
    const toTheRoadmap = async (chat: ReturnType<typeof startGuided>) => {
      await chat.say("I'm a nurse with a BSN and 3 years on a children's ward. I think I'd like to work with kids.");
      const replies = await chat.say('my roadmap');
      expectShown(replies, pediatric.name);
    };

    it('drops the area when told it was never picked, and shows the roadmap again without it', async () => {
      for (const said of ["wait I didn't say I'd picked pediatric, I'm still deciding", "hold on, I haven't decided on that yet", 'i never chose pediatric']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await toTheRoadmap(chat);
        const replies = await chat.say(said);
        expectShown(replies, roadmap.specialtyDropped, roadmap.heading);
        expect(shownText(replies), said).not.to.include(pediatric.name);
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('redoes the roadmap without a specialty when asked so', async () => {
      for (const said of ['can you redo my roadmap then, without a specialty', 'update my roadmap, no specialty please']) {
        const chat = startGuided({ channelId });
        await toTheRoadmap(chat);
        const replies = await chat.say(said);
        expectShown(replies, roadmap.heading);
        expect(shownText(replies), said).not.to.include(pediatric.name);
      }
    });

    it('says nothing of work experience it was not told ("a student, no work experience yet" never said)', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm in my second year of a nursing degree");
      await chat.say('can you make me a roadmap?');
      const replies = await chat.say('not sure yet');
      expectShown(replies, roadmap.heading, 'studying');
      expect(shownText(replies)).not.to.include('no work experience');
    });
  });
}
