import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { GuidedButtons, GuidedMessages, RoadmapWords } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../dialogs/rendering/core/messages';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectShown, savedProfile, shownText, startGuided, stepShown, type Conversation } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const spec = (id: string) => kb.specialisations.find((s) => s.id === id)!;
const chooser = GuidedMessages.specialisation;
const steps = GuidedMessages.steps;
const why = RoadmapWords.whyPlaced;

/**
 * The guided flows as people use them (the usability testers of session 22, and phrasings of our own): a story told
 * with a question word in it answers the chooser's question; a question after "done" with letters typed for words is
 * answered after the flow is closed; the steps asked for by name are listed, the walk offered; which area fits an
 * interest is answered; a roadmap for a student assumes no work and says what the guide says of its order.
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the guided flows as people say it (${channelName})`, () => {
    it('takes an answer told with a story as the answer, not a question ("I saw how much the family needed")', async () => {
      for (const said of [
        'probably kids? my little brother has autism and I saw how much the family needed someone to sort things out',
        'kids i think, i know how hard it is for families with a disabled child',
        'children. we learned what it takes when my cousin was ill',
      ]) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.specialisation);
        const replies = await chat.say(said);
        expectShown(replies, chooser.drawQuestion);
        const text = shownText(replies);
        expect(text, said).not.to.include('$40,000');
        expect(text, said).not.to.include(GuidedMessages.backToQuestion('').trim());
      }
    });

    it('closes the chooser on "done" and answers what follows, typed as people text ("done. wat about pay for that")', async () => {
      for (const said of ['done. wat about pay for that', 'nah. wot do they earn', 'not now, n what does it pay?']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('mental health');
        await chat.say('navigating treatment');
        const replies = await chat.say(said);
        const text = shownText(replies);
        expect(text, said).to.include(chooser.notSaved(spec('psychiatric').name));
        expect(text, said).to.include('$40,000');
        expect(text, said).not.to.include(GuidedMessages.backToQuestion('').trim());
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('lists the ten steps asked for by name, and goes through them on "yes" ("list the steps")', async () => {
      for (const said of ['list the steps', 'what are the 10 steps to become a care manager', 'can you name all the steps?', 'hi, what are the steps?']) {
        const chat = startGuided({ channelId });
        const replies = await chat.say(said);
        expect(stepShown(replies), said).to.equal(null);
        expectShown(replies, `5. ${kb.steps[4]!.title}`, `10. ${kb.steps[9]!.title}`, steps.walkOffer);
        expect(buttonTitles(replies), said).to.include(GuidedButtons.goThroughSteps);
        expect(stepShown(await chat.say('yes')), said).to.equal(1);
      }
      const chat = startGuided({ channelId });
      const replies = await chat.say('list the steps');
      expect(stepShown(await clickOn(chat, replies, GuidedButtons.goThroughSteps))).to.equal(1);
    });

    it('still walks the steps when that is what is asked ("walk me through the steps", "step by step")', async () => {
      for (const said of ['walk me through the steps', 'what are the steps, step by step', 'go through the ten steps one by one']) {
        const chat = startGuided({ channelId });
        expect(stepShown(await chat.say(said)), said).to.equal(1);
      }
    });

    it('lists the steps when asked again in other words after the list ("no i want all 10 in a list")', async () => {
      const chat = startGuided({ channelId });
      await chat.say('list the steps');
      const replies = await chat.say('no i want all 10 in a list, just the names');
      expect(stepShown(replies)).to.equal(null);
      expectShown(replies, `5. ${kb.steps[4]!.title}`);
    });

    it('answers which area fits an interest with the area, not the chooser\'s first question ("which specialism fits mental health?")', async () => {
      for (const [said, id] of [
        ["ok. I'm really into mental health, which specialism fits that?", 'psychiatric'],
        ['which specialisation suits someone who loves kids?', 'pediatric'],
        ['which specialty fits working with old people?', 'geriatric'],
      ] as const) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        const replies = await chat.say(said);
        expectShown(replies, chooser.heading(spec(id).name), chooser.afterQuestion(spec(id).name));
        expect(shownText(replies), said).not.to.include(chooser.audienceQuestion);
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('asks its questions when the person asks which suits them ("which specialty would suit me? I love kids")', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say('which specialty would suit me? I love kids');
      expectShown(replies, chooser.drawQuestion);
    });

    /** The roadmap asked for, then each answer said in turn; the replies to the last. */
    const roadmapAfter = async (chat: Conversation, ...answers: string[]) => {
      let replies = await chat.say('my roadmap');
      for (const answer of answers) replies = await chat.say(answer);
      return replies;
    };
    /** A care assistant of 4 years with no degree, aiming to lead: step 2 comes first among what is next. */
    const careAssistantRoadmap = async (chat: Conversation) => {
      await chat.say("I'm a care assistant, 4 years now. can you make me a plan");
      await chat.say('no degree');
      await chat.say('lead and move up');
    };

    /** A nursing student with no work, aiming at chronic disease: the roadmap. */
    const studentRoadmap = async (chat: Conversation) => {
      await chat.say("I'm a second year nursing student");
      await chat.say('can you do me a roadmap');
      await chat.say("I'm not working, I'm a student. placements only");
      return chat.say('work in one area, the chronic disease one');
    };

    it('marks no work in progress for a student with none ("I\'m not working, I\'m a student")', async () => {
      const chat = startGuided({ channelId });
      const replies = await studentRoadmap(chat);
      expectShown(replies, GuidedMessages.roadmap.heading, RoadmapWords.notes.experienceStudyingTodo);
      const text = shownText(replies);
      expect(text).not.to.include(RoadmapWords.notes.experienceWorking);
      expect(text).not.to.include(RoadmapWords.notes.jobWorking);
      expect(text).not.to.include('How long have you worked as a student nurse');
    });

    it('says the guide gives no reason for its order, and places both steps asked about ("why is step 7 next and not certification?")', async () => {
      const chat = startGuided({ channelId });
      await studentRoadmap(chat);
      const replies = await chat.say('why is step 7 later and not certification?');
      expectShown(replies, why.order, why.later[7]!, why.later[5]!);
      expect(shownText(replies)).not.to.include('covers the steps before it');
    });

    it('says why a step is next in what the guide says, not "what you told me covers the steps before it"', async () => {
      const chat = startGuided({ channelId });
      await roadmapAfter(chat, 'nursing degree', '3 years', 'become a care manager');
      const replies = await chat.say('why is certification next?');
      expectShown(replies, why.next[5]!);
      expect(shownText(replies)).not.to.include('covers the steps before it');
    });

    it('corrects the roadmap when a question about it disputes a fact ("why is experience in progress, I havent got any")', async () => {
      const chat = startGuided({ channelId });
      await roadmapAfter(chat, 'no degree', '2 years', 'become a care manager');
      const replies = await chat.say("why is gain experience in progress? I don't work");
      expectShown(replies, GuidedMessages.roadmap.corrected, RoadmapWords.years(0));
    });

    it('takes the correction in the message after it said why ("but I don\'t work. can you fix it")', async () => {
      const chat = startGuided({ channelId });
      await roadmapAfter(chat, 'no degree', '2 years', 'become a care manager');
      expectShown(await chat.say('why is step 3 in progress?'), why.inProgress[3]!);
      const replies = await chat.say("but I haven't started a job yet and I don't work. can you fix it");
      expectShown(replies, GuidedMessages.roadmap.corrected, RoadmapWords.years(0));
    });

    it('opens the walk at the roadmap\'s first next step, not step 1 again ("ok what should I do first then?")', async () => {
      for (const said of ['ok what should i do first then?', 'where do i start?', 'so what are my next steps']) {
        const chat = startGuided({ channelId });
        await careAssistantRoadmap(chat);
        const replies = await chat.say(said);
        expectShown(replies, steps.fromRoadmap(2, kb.steps[1]!.title));
        expect(stepShown(replies), said).to.equal(2);
      }
    });

    it('says the roadmap\'s own note on a step asked about ("why is step 2 next, i cant afford uni")', async () => {
      const chat = startGuided({ channelId });
      await careAssistantRoadmap(chat);
      const replies = await chat.say('and why is step 2 next, i cant afford uni');
      expectShown(replies, why.next[2]!, why.noted(RoadmapWords.notes.educationNone));
    });

    it('calls an area said as a wish "your area", not "you chose" ("older people i think")', async () => {
      const chat = startGuided({ channelId });
      const replies = await roadmapAfter(chat, 'studying for one', 'work in one area. older people i think');
      expectShown(replies, RoadmapWords.notes.specialiseChosen(spec('geriatric').name));
      expect(shownText(replies)).not.to.include('you chose');
    });

    it('names the step whose time it gives when it is not the one on screen ("how long is the degree?" at step 1)', async () => {
      const chat = startGuided({ channelId });
      await chat.say('walk me through the steps');
      const replies = await chat.say('how long is the degree?');
      const text = shownText(replies);
      expect(text).to.include('That is step 2 alone');
      expect(text).not.to.include('this step');
    });

    it('goes back to a flow named ("ok seen enough, back to the steps", "stop. back to money", "yep back to roadmap")', async () => {
      const chat = startGuided({ channelId });
      await chat.say('walk me through the steps');
      await chat.say('next');
      await chat.say('what does it pay at each level?');
      expect(stepShown(await chat.say('ok seen enough, back to the steps'))).to.equal(2);
      const toPay = await chat.say('stop. back to money');
      expectShown(toPay, Messages.walkPaused(2), GuidedMessages.salary.question);
      expect(stepShown(await chat.say('back to step 4'))).to.equal(4);
      expectShown(await chat.say('yep back to roadmap'), Messages.walkPaused(4), GuidedMessages.roadmap.educationQuestion);
    });

    it('reads the walk\'s moves and questions typed as texted ("nxt", "wat degre do i ned for this step")', async () => {
      const chat = startGuided({ channelId });
      await chat.say('walk me through the steps');
      expect(stepShown(await chat.say('nxt'))).to.equal(2);
      const replies = await chat.say('wat degre do i ned for this step');
      expect(shownText(replies)).not.to.include("I couldn't find a step");
      expectShown(replies, steps.continueOffer(2));
    });

    it('starts the salary ladder asked for after a word about oneself ("i am from poland ... please show pay levels")', async () => {
      const chat = startGuided({ channelId });
      expectShown(await chat.say('good morning, i am from poland, working in hospital kitchen. please show pay levels'), GuidedMessages.salary.question);
    });

    it('takes "ok then not yet I suppose" and "just placements" as no years in the field', async () => {
      for (const said of ['ok then not yet I suppose', 'skip that, just placements', 'well none, only my clinicals']) {
        const chat = startGuided({ channelId });
        await chat.say('my roadmap');
        await chat.say('no degree');
        expectShown(await chat.say(said), GuidedMessages.roadmap.aimQuestion);
      }
    });

    it('says the guide does not speak of combining areas ("could I combine both somehow?")', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('mental health');
      await chat.say('navigating treatment');
      expectShown(await chat.say('hmm could I combine both somehow?'), chooser.noCombining, chooser.afterQuestion(spec('psychiatric').name));
    });

    it('moves up or down the pay levels from the one shown or named ("and the one after that?", "the one ABOVE senior")', async () => {
      const level = (id: string) => kb.salaries.find((candidate) => candidate.id === id)!;
      const chat = startGuided({ channelId });
      await chat.say('show me the salary ladder');
      await chat.say('what about senior');
      expectShown(await chat.say('and the one after that?'), level('director').title);
      expectShown(await chat.say('no the one ABOVE senior'), level('director').title);
      expectShown(await chat.say('what comes before director?'), level('senior').title);
      expectShown(await chat.say('the one below entry level'), GuidedMessages.salary.bottomReached);
    });

    it('keeps an area asked for after the chooser, and says whether one is kept ("ok remember geriatric as my choice")', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('older adults');
      await chat.say('the family side of it');
      await chat.say('not now');
      expectShown(await chat.say('did you save it or not?'), chooser.undoneNone);
      expectShown(await chat.say('ok remember geriatric as my choice'), chooser.remembered(spec('geriatric').name));
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('geriatric');
      expectShown(await chat.say('is it saved?'), chooser.savedNow(spec('geriatric').name));
    });
  });
}
