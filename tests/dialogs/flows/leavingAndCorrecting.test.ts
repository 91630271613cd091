import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { GuidedButtons, GuidedMessages, RoadmapWords } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, clickOn, expectShown, savedProfile, shownText, startGuided, type Conversation } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const spec = (id: string) => kb.specialisations.find((s) => s.id === id)!;
const entryStart = (faqId: string): string => kb.faqById.get(faqId)!.answer.split('\n')[0]!.replace(/\*\*/g, '').slice(0, 40);
const steps = GuidedMessages.steps;
const chooser = GuidedMessages.specialisation;
const roadmap = GuidedMessages.roadmap;

/**
 * A person in a guided flow leaves it, turns its offer down, asks about the flow itself and corrects it, in their own
 * words (the usability testers on session 19's final bot, and phrasings of our own).
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`leaving, turning down and correcting the guided flows (${channelName})`, () => {
    const toTheSuggestion = async (chat: Conversation) => {
      await chat.say(FlowPhrases.specialisation);
      await chat.say('people with depression');
      const replies = await chat.say('navigating treatment');
      expectShown(replies, chooser.afterQuestion(spec('psychiatric').name));
    };

    it('stops the walk on "ok cheers, ill stop here for today" and "ok ill pick this up tomorrow", the place saved', async () => {
      for (const said of ['ok cheers, ill stop here for today', 'ok ill pick this up tomorrow', 'thanks, lets carry on another day', 'no more, thanks', "I've had enough for tonight, thanks"]) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.careerSteps);
        await chat.say('step 4');
        const replies = await chat.say(said);
        // Stopped, or said goodbye to, with the place saved.
        expect(shownText(replies), said).to.match(/step 4\. I've saved your place|saved at step 4/);
        expect(shownText(replies), said).not.to.include(steps.continueOffer(4).slice(0, 20));
      }
    });

    it('stops the walk and answers the question after "done." in the same message', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.careerSteps);
      await chat.say('step 4');
      const replies = await chat.say('done. how much do senior care managers earn?');
      expectShown(replies, steps.stopped(4, FlowPhrases.careerSteps).slice(0, 25), '$80,000');
    });

    it('opens the walk at the step asked for when leaving another flow for it ("forget it. show me career steps, step 9")', async () => {
      for (const [said, step] of [
        ['forget it. show me career steps, step 9', 9],
        ['never mind that, take me through the steps from step 5', 5],
      ] as const) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('older people');
        const replies = await chat.say(said);
        expectShown(replies, `Step ${step} of ${kb.steps.length}`);
      }
    });

    it('takes "no compare" as no, saves nothing, and answers the question asked with it', async () => {
      for (const [said, area] of [
        ['no compare. what is the chronic one?', 'chronic-disease'],
        ["nah don't compare them, what does the geriatric one involve?", 'geriatric'],
        ['nope, no comparison needed. what is pediatric care management?', 'pediatric'],
      ] as const) {
        const chat = startGuided({ channelId });
        await toTheSuggestion(chat);
        const replies = await chat.say(said);
        expectShown(replies, chooser.notSaved(spec('psychiatric').name), entryStart(spec(area).faqId));
        expect(shownText(replies), said).not.to.include(chooser.compareHeading(spec('psychiatric').name, spec('geriatric').name));
      }
    });

    it('compares the pair the person asks for, not the one offered ("why geriatric? I\'d rather compare pediatric with the mental health one")', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('kids and their families');
      await chat.say('working with schools');
      const replies = await chat.say("why geriatric? I'd rather compare pediatric with the mental health one");
      expectShown(replies, chooser.compareHeading(spec('pediatric').name, spec('psychiatric').name));
    });

    it('explains an area asked about at "which should I remember?" instead of remembering it', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await toTheSuggestion(chat);
      await chat.say(GuidedButtons.compareBoth);
      const replies = await chat.say('i said no compare!! tell me chronic disease management please');
      expectShown(replies, entryStart(spec('chronic-disease').faqId), chooser.comparePick);
      expect(shownText(replies)).not.to.include(chooser.remembered(spec('chronic-disease').name));
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null).to.equal(null);
    });

    it('says why the roadmap asks, then asks again ("why do you need to know that?")', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.roadmap);
      // Not read as an answer either ("matter" is one letter from "master").
      expectShown(await chat.say('why does that matter?'), roadmap.whyEducation.slice(0, 40), roadmap.educationQuestion);
      await chat.say("I have a bachelor's in business administration");
      for (const said of ['why do you need to know that?', 'what does that matter?']) {
        const replies = await chat.say(said);
        expectShown(replies, roadmap.whyExperience.slice(0, 40), roadmap.experienceQuestion);
      }
    });

    it('reads "none - I\'ve been an office administrator for 6 years" as no years in health or social care', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.roadmap);
      await chat.say("I have a bachelor's in business administration");
      await chat.say("odd answer. none - I've been an office administrator for 6 years");
      const replies = await chat.say('become a care manager');
      expectShown(replies, roadmap.heading, 'no work experience in the field yet');
      expect(shownText(replies)).not.to.match(/6 years in health/);
    });

    it('takes the aim for now, not one put off ("my first care manager job for now, maybe leadership down the line")', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a registered nurse, 8 years on the wards, with my BSN. can you put together a roadmap for me?");
      const replies = await chat.say('honestly just getting my first care manager job for now, maybe leadership down the line');
      expectShown(replies, roadmap.aimLine(RoadmapWords.aim.become));
    });

    it('ends the chooser and the salary ladder on thanks, thanking back, instead of asking again', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await toTheSuggestion(chat);
      // Thanks is no yes to "Shall I remember it?": nothing saved, said so, one tap to keep it.
      let replies = await chat.say('perfect, thank you');
      expectShown(replies, Messages.chatInFlow.thanks, chooser.notSavedYet(spec('psychiatric').name));
      expect(shownText(replies)).not.to.include(chooser.afterQuestion(spec('psychiatric').name));
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null).to.equal(null);
      replies = await clickOn(chat, replies, GuidedButtons.rememberIt);
      expectShown(replies, chooser.remembered(spec('psychiatric').name));
      await chat.say(FlowPhrases.salaryLadder);
      await chat.say('senior');
      replies = await chat.say('great, cheers');
      expectShown(replies, Messages.chatInFlow.thanks, GuidedMessages.salary.finished);
      expect(shownText(replies)).not.to.include(GuidedMessages.salary.question);
    });

    it('starts the chooser on "I\'d like help choosing a specialty" said with an introduction', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say("Hi. I'm a social worker (MSW, 4 yrs in child protection). I'd like help choosing a specialty");
      expectShown(replies, chooser.drawQuestion);
    });

    it('reads years said of work outside the field as none ("15 years but in bars"), and takes a correction told without asking', async () => {
      const chat = startGuided({ channelId });
      await chat.say('I have a degree in business, 15 years in bars and restaurants. can you make me a roadmap?');
      await chat.say('become a care manager');
      let replies = await chat.say('15 years but in bars');
      expectShown(replies, roadmap.heading, 'no work experience in the field yet');
      const other = startGuided({ channelId });
      await other.say('I have a degree in business. can you make me a roadmap?');
      await other.say('15 years');
      await other.say('become a care manager');
      replies = await other.say("whoa, my 15 years are in bars not health care! I've got zero care experience");
      expectShown(replies, roadmap.corrected, roadmap.heading, 'no work experience in the field yet');
    });

    it('does not count looking after a parent as years in health or social care', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say("hello. my mum has dementia and ive been looking after her for 3 years. people keep telling me i'd be good at doing this as a job");
      expect(shownText(replies)).not.to.match(/3 years in health/);
      await chat.say('can you make me a roadmap');
      expectShown(await chat.say('another degree'), roadmap.experienceQuestion);
    });

    it('takes "move up to care manager" as becoming one, and "not sure yet tbh" as not sure', async () => {
      const chat = startGuided({ channelId });
      await chat.say('hca for 6 years in a nursing home, no degree. want to move up to care manager');
      expectShown(await chat.say('can you make me a roadmap'), roadmap.aimLine(RoadmapWords.aim.become));
      const choosing = startGuided({ channelId });
      await choosing.say(FlowPhrases.specialisation);
      expectShown(await choosing.say('not sure yet tbh'), chooser.drawQuestion);
    });

    it('takes a question skipped as not sure, and a change of mind after the suggestion as the new choice', async () => {
      for (const said of ['hmm can we skip this question?', 'can we skip that', 'pass on this one', 'skip pls', "I'd rather not say"]) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.specialisation);
        const replies = await chat.say(said);
        expectShown(replies, chooser.drawQuestion);
        expect(shownText(replies), said).not.to.include(Messages.help.slice(0, 30));
      }
      const storage = new MemoryStorage();
      const other = startGuided({ channelId, storage });
      await toTheSuggestion(other);
      expectShown(await other.say("actually I'd prefer kids, can you change it?"), chooser.remembered(spec('pediatric').name));
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('pediatric');
    });

    it('says what the aims mean when asked at the aim question, then asks it again', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a social worker with a BSW, 8 years in child protection. can you make me a roadmap?");
      const replies = await chat.say('hmm, what does each of those mean?');
      expectShown(replies, roadmap.aimOptions.slice(0, 40), roadmap.aimQuestion);
    });

    it('says sorry when a complaint stops the walk ("forget it, this thing is useless")', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.careerSteps);
      expectShown(await chat.say('forget it, this thing is useless'), Messages.sorryStopping, Messages.walkCancelled(1));
    });

    it('corrects the roadmap just shown and says so, or says it already has what was said', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a registered nurse, 8 years on the wards, with my BSN. can you put together a roadmap for me?");
      expectShown(await chat.say('lead and move up'), roadmap.aimLine(RoadmapWords.aim.lead));
      let replies = await chat.say("wait, leadership isn't my aim right now, I mainly want to land my first care manager role");
      expectShown(replies, roadmap.corrected, roadmap.heading, roadmap.aimLine(RoadmapWords.aim.become));
      // Told without a word of correcting: "hang on, I don't want to be a director or anything".
      const other = startGuided({ channelId });
      await other.say("I'm a registered nurse, 8 years on the wards, with my BSN. can you put together a roadmap for me?");
      await other.say('lead and move up');
      expectShown(await other.say("hang on, I don't want to be a director or anything, I just want to be a care manager"), roadmap.corrected, roadmap.aimLine(RoadmapWords.aim.become));
      replies = await chat.say("that's wrong, I want to become a care manager");
      expectShown(replies, 'Your roadmap already has that');
      expect(shownText(replies)).not.to.include(Messages.chat.complaint.slice(0, 20));
    });

    it('corrects the roadmap only right after it: a job named turns later, or asked of the bot, changes nothing', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await chat.say("I'm a registered nurse, 8 years on the wards, with my BSN. can you put together a roadmap for me?");
      expectShown(await chat.say('lead and move up'), roadmap.heading);
      const saved = (await savedProfile(storage, channelId, 'user-1'))?.roadmap;
      await chat.say('how much do care managers earn?');
      for (const said of ['write me a poem about nurses', 'write my cover letter for a care coordinator job', 'I was a care coordinator for 2 years']) {
        const replies = await chat.say(said);
        expect(shownText(replies), said).not.to.include(roadmap.corrected);
        expect(shownText(replies), said).not.to.include(roadmap.heading);
      }
      expect((await savedProfile(storage, channelId, 'user-1'))?.roadmap).to.deep.equal(saved);
      // Right after the roadmap, a request of the bot is not a correction either.
      const other = startGuided({ channelId });
      await other.say("I'm a registered nurse, 8 years on the wards, with my BSN. can you put together a roadmap for me?");
      await other.say('lead and move up');
      expect(shownText(await other.say('write me a poem about nurses'))).not.to.include(roadmap.corrected);
    });
  });
}
