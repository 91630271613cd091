import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectShown, savedProfile, shownText, startGuided, stepShown } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const steps = GuidedMessages.steps;

/**
 * What a person says inside a guided flow read against what the flow asked last (testers ut27a and ut27b, session 28's
 * brief; the sentences are our own): a bare yes, ok or no in the walk; a remark that the step on screen is already under
 * way; how long the extra training for a specialization takes. The real bot, in Web Chat and Teams.
 */
describe('answers read against what the flow asked', () => {
  for (const [channelName, channelId] of CHAT_CHANNELS) {
    describe(`in the steps walk (${channelName})`, () => {
      it('shows the same step again for a yes to "Shall we carry on with step 4?", and the next one for a yes on a card', async () => {
        for (const yes of ['yes', 'yep', 'ok', 'sure']) {
          const chat = startGuided({ channelId });
          await chat.say('step 4');
          const answered = await chat.say('what does a care coordinator do?');
          expectShown(answered, steps.continueOffer(4));
          expect(stepShown(await chat.say(yes)), `"${yes}" to carrying on with step 4`).to.equal(4);
          expect(stepShown(await chat.say(yes)), `"${yes}" on the card of step 4`).to.equal(5);
        }
      });

      it('takes "ok" on a step just gone back to as read, says how to go on, and moves on at the next "ok"', async () => {
        const chat = startGuided({ channelId });
        await chat.say('step 6');
        expect(stepShown(await chat.say('back'))).to.equal(5);
        const taken = await chat.say('ok');
        expect(stepShown(taken)).to.equal(null);
        expectShown(taken, steps.takeYourTime(5));
        expect(stepShown(await chat.say('okay'))).to.equal(6);
      });

      it('stops at the step for a no to carrying on, its place saved', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('step 3');
        await chat.say('is volunteering any use?');
        const replies = await chat.say('nope');
        expect(stepShown(replies)).to.equal(null);
        expect(shownText(replies)).to.include('stop at step 3');
        expect((await savedProfile(storage, channelId, 'user-1'))?.lastStep).to.equal(3);
      });

      it('marks the step on screen done when told it is under way, and moves on when "next" comes with it', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('step 3');
        const experience = kb.steps[2]!;
        const told = await chat.say("i'm doing this step already at my job in a care home");
        expect(stepShown(told)).to.equal(null);
        expect(shownText(told)).to.include('step 3').and.not.include(Messages.outOfScope);
        expect((await savedProfile(storage, channelId, 'user-1'))?.completedSteps).to.include(experience.number);
        expect(stepShown(await chat.say('yes'))).to.equal(4);
        const movedOn = await chat.say('done that one already :) next');
        expect(stepShown(movedOn)).to.equal(5);
        expect((await savedProfile(storage, channelId, 'user-1'))?.completedSteps).to.include(4);
      });

      it('answers a question about whether a step is done as a question, not as a remark', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('step 2');
        await chat.say('have I done this step already if I have a nursing degree?');
        expect((await savedProfile(storage, channelId, 'user-1'))?.completedSteps ?? []).to.not.include(2);
      });
    });

    describe(`in the specialization chooser (${channelName})`, () => {
      const chooser = GuidedMessages.specialisation;
      const area = (id: string) => kb.specialisations.find((spec) => spec.id === id)!;

      it('compares the two areas named as the ones weighed, asks what would tip it, and keeps to them', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        const opened = await chat.say("help me choose a specialty, it's between psych and geri for me");
        expectShown(opened, chooser.weighing(area('psychiatric').name, area('geriatric').name), chooser.whatTipsIt);
        expect(shownText(opened)).to.not.include(chooser.audienceQuestion);
        const suggested = await chat.say('probably being around older folks, honestly');
        expectShown(suggested, chooser.heading(area('geriatric').name), area('psychiatric').name);
        expect(shownText(suggested)).to.not.include(area('pediatric').name);
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null).to.equal(null);
      });

      it('reads what would tip it against what the guide says each of the two is', async () => {
        const chat = startGuided({ channelId });
        await chat.say("can't decide between peds and psych, help me pick one");
        const suggested = await chat.say('the family side, bringing the parents along');
        expectShown(suggested, chooser.heading(area('pediatric').name), area('psychiatric').name);
        expect(shownText(suggested)).to.not.include(area('geriatric').name);
      });

      it('does not ask again whom they would help when the first message said it with what draws them', async () => {
        const chat = startGuided({ channelId });
        const replies = await chat.say('help me choose an area. what I enjoy is helping people keep their condition under control long term');
        expect(shownText(replies)).to.not.include(chooser.audienceQuestion).and.not.include(chooser.drawQuestion);
        expectShown(replies, chooser.heading(area('chronic-disease').name));
      });
    });

    describe(`said with a goodbye, or instead of what was asked (${channelName})`, () => {
      const chooser = GuidedMessages.specialisation;
      const geriatric = kb.specialisations.find((spec) => spec.id === 'geriatric')!;
      const chronic = kb.specialisations.find((spec) => spec.id === 'chronic-disease')!;

      it('keeps the suggestion on a yes said with thanks and a goodbye, says so, then says goodbye', async () => {
        for (const said of ['yes go on and save it, thanks, bye', 'Yes, please remember it. Many thanks, bless you.']) {
          const storage = new MemoryStorage();
          const chat = startGuided({ channelId, storage });
          await chat.say('help me choose a specialty');
          await chat.say('older adults');
          await chat.say('working with family');
          const replies = await chat.say(said);
          expectShown(replies, chooser.remembered(geriatric.name), 'Goodbye');
          expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation, said).to.equal('geriatric');
        }
      });

      it('keeps the area asked for after turning both shown down ("neither, please remember the chronic one")', async () => {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('help me choose a specialty');
        await chat.say('older adults');
        await chat.say('working with family');
        await chat.say('hmm actually what about long-term illness?');
        expectShown(await chat.say('compare both'), chronic.name, geriatric.name);
        expectShown(await chat.say('neither, please remember the chronic one'), chooser.remembered(chronic.name));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('chronic-disease');
      });

      it('says each word that led to the suggestion once ("the elderly", not "elderly, the elderly")', async () => {
        const chat = startGuided({ channelId });
        await chat.say('help me choose a specialty');
        await chat.say('the elderly mostly');
        const replies = await chat.say('managing conditions');
        expect(shownText(replies)).to.not.include('elderly, the elderly');
      });

      it('begins the walk at the step asked for by its name ("start from the certification one")', async () => {
        const chat = startGuided({ channelId });
        expect(stepShown(await chat.say('walk me through the steps, but start from the certification one'))).to.equal(5);
        expect(stepShown(await chat.say('no, I said start from the job one'))).to.equal(6);
      });

      it('reads "no, the steps to become one" at the roadmap\'s first question as the way in asked for, not as no degree', async () => {
        const chat = startGuided({ channelId });
        await chat.say('make me a roadmap');
        const replies = await chat.say("No, the steps to become one, I'm not one yet");
        expectShown(replies, GuidedMessages.roadmap.planComesAfter, GuidedMessages.roadmap.educationQuestion);
        expect(shownText(replies)).to.not.include(GuidedMessages.roadmap.experienceQuestion);
      });
    });

    describe(`after a specialization is chosen (${channelName})`, () => {
      it('says the guide gives no time for the extra training, then what it says of specialising, not the degree years', async () => {
        const chat = startGuided({ channelId });
        await chat.say('remember pediatric as my choice');
        const replies = await chat.say('and how long is the extra training?');
        const text = shownText(replies);
        expect(text).to.include("doesn't say how long the extra training");
        expect(text).to.not.include('about four years');
        expect(text).to.include(kb.faqById.get('how-to-specialise')!.answer.split(/[.,]/)[0]!);
      });
    });
  }
});
