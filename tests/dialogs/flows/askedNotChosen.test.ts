import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages, RoadmapWords } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases } from '../../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectShown, savedProfile, shownText, startGuided, type Conversation } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const spec = (id: string) => kb.specialisations.find((s) => s.id === id)!;
const chooser = GuidedMessages.specialisation;
const roadmap = GuidedMessages.roadmap;

/**
 * In every flow a turn is read first against what the flow asked: a tentative answer is an answer, a question about an
 * option is answered and chooses nothing, an offer turned down with a question after it is closed before the question
 * is answered, and a first message that asks for a flow and tells about the person starts it with what it told (the
 * usability tester on session 20's final bot, and phrasings of our own).
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a guided flow reads what it asked first (${channelName})`, () => {
    /** The chooser's suggestion of psychiatric care management, pediatric the runner-up. */
    const toTheSuggestion = async (chat: Conversation) => {
      await chat.say(FlowPhrases.specialisation);
      await chat.say('mental health or teens');
      const replies = await chat.say('navigating treatment');
      expectShown(replies, chooser.heading(spec('psychiatric').name), chooser.afterQuestion(spec('psychiatric').name));
    };

    it('describes the area asked about after the suggestion and saves nothing ("whats the one for kids")', async () => {
      for (const said of [
        'why geriatric? i said teens earlier lol. whats the one for kids',
        'what is the one for older people?',
        'hmm what about the one for long term illness',
        'tell me about the geriatric one',
      ]) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await toTheSuggestion(chat);
        const replies = await chat.say(said);
        const text = shownText(replies);
        expect(text, said).not.to.match(/I'll remember (?!Psychiatric)/);
        expect(text, said).to.include(chooser.keepOrSwitch(spec('psychiatric').name, '').slice(0, 30));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('says why an area shown only to consider was there ("why geriatric?")', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('kids');
      await chat.say('schools');
      const replies = await chat.say('why geriatric?');
      // Pediatric suggested from kids and schools; geriatric was only another area to consider.
      expectShown(replies, chooser.whyAlternative(spec('geriatric').name), spec('geriatric').serves);
    });

    it('takes a tentative answer as an answer ("not sure, maybe mental health? or teens")', async () => {
      for (const said of ['not sure, maybe mental health? or teens', 'older people? i think', 'hmm kids maybe?']) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.specialisation);
        const replies = await chat.say(said);
        expectShown(replies, chooser.drawQuestion);
        expect(shownText(replies), said).not.to.include('Back to my question');
      }
    });

    it('quotes the words that led to the suggestion, not the whole message ("ok schools then")', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('not sure');
      const replies = await chat.say('ok schools then');
      expectShown(replies, chooser.reasonDraw('schools'));
    });

    it('closes the offer turned down before answering the question after it, and does not ask it again', async () => {
      for (const [said, fragment] of [
        ['no thanks. does my social work degree count?', 'social work'],
        ['nah. what does it pay?', chooser.noPayPerArea('').slice(0, 40)],
      ] as const) {
        const chat = startGuided({ channelId });
        await toTheSuggestion(chat);
        const replies = await chat.say(said);
        expectShown(replies, chooser.notSaved(spec('psychiatric').name), fragment);
        expect(shownText(replies), said).not.to.include(chooser.afterQuestion('').slice(0, 20));
      }
    });

    it('takes "neither" after a comparison and answers the pay asked with it from the areas compared', async () => {
      const chat = startGuided({ channelId });
      await chat.say('compare pediatric and psychiatric');
      const replies = await chat.say('neither. so you dont know the pay?');
      expectShown(replies, chooser.keptNone, chooser.noPayPerArea('').slice(0, 40));
      expect(shownText(replies)).not.to.include(chooser.comparePick);
    });

    it('turns both down when "neither" comes first and the reason after it names an area ("a break from kids")', async () => {
      for (const said of ['Neither for now, to be honest I could do with a break from kids for a while', 'none of them tbh, I am tired of working with children', 'not now, maybe when I have had some time away from teenagers']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('compare pediatric and psychiatric');
        const replies = await chat.say(said);
        expectShown(replies, chooser.keptNone);
        expect(shownText(replies), said).not.to.include(chooser.remembered(spec('pediatric').name));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('still takes an area picked after a comparison in a few words ("kids I think")', async () => {
      for (const [said, id] of [['mental health i guess', 'psychiatric'], ['kids I think', 'pediatric']] as const) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('compare pediatric and psychiatric');
        expectShown(await chat.say(said), chooser.remembered(spec(id).name));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(id);
      }
    });

    it('takes a saved area out when told not to save it ("I said neither, don\'t keep pediatric")', async () => {
      for (const said of ["No! I said neither. Don't keep pediatric please.", 'please do not save pediatric, I never wanted it']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say('compare pediatric and psychiatric');
        await chat.say('pediatric');
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null).to.equal('pediatric');
        expectShown(await chat.say(said), chooser.undoneNone);
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('says the suggestion was not saved when the person says they never chose it', async () => {
      for (const said of ['wait i didnt choose that', "hang on, I never picked that one", "that's not my choice"]) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await toTheSuggestion(chat);
        const replies = await chat.say(said);
        expectShown(replies, chooser.undone(spec('psychiatric').name), chooser.undoneNone);
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('changes nothing when an area asked about was never chosen ("i never picked that. i just asked what it is")', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await toTheSuggestion(chat);
      await chat.say('what is the geriatric one');
      const replies = await chat.say('i never picked that. i just asked what it is');
      expectShown(replies, chooser.keptNone);
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null).to.equal(null);
    });

    it('says why the saved roadmap puts a step where it does ("Why is step 9 left for later?")', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a social worker with an MSW and 6 years in adult services. I'd like a roadmap, ideally leading a team eventually.");
      const w = RoadmapWords.whyPlaced;
      for (const [said, step, status] of [
        ['Why is step 9 left for later?', 9, 'later'],
        ['how come certification is next?', 5, 'next'],
        ['why is step 3 marked done?', 3, 'done'],
      ] as const) {
        const replies = await chat.say(said);
        const title = kb.steps.find((s) => s.number === step)!.title;
        expectShown(replies, w.line(step, title, w.status[status], '').slice(0, 30));
      }
    });

    it('explains the options asked about at its questions and picks neither ("what\'s the difference between working with family and navigating treatment?")', async () => {
      for (const said of [
        "hmm what's the difference between working with family and navigating treatment?",
        'what does managing conditions mean',
        'schools vs treatment? not sure what those mean',
      ]) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('older people');
        const replies = await chat.say(said);
        expectShown(replies, 'points to', chooser.drawQuestion);
        expect(shownText(replies), said).not.to.include(chooser.afterQuestion('').slice(0, 20));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('takes "ok that one" after one option was explained as that option', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      expectShown(await chat.say('what do you mean by long-term illness?'), 'points to', chooser.audienceQuestion);
      expectShown(await chat.say('ok that one'), chooser.drawQuestion);
    });

    it('reads "I haven\'t worked in it" at the roadmap\'s experience question as no years in the field, whatever years follow', async () => {
      for (const said of ["I haven't worked in it, just caring for my son for 9 years", 'I have not worked in health care. Only insurance, for 7 years.']) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.roadmap);
        await chat.say('no degree');
        await chat.say(said);
        const replies = await chat.say('become a care manager');
        expectShown(replies, roadmap.heading);
        expect(shownText(replies), said).not.to.match(/about \d+ years in health or social services/);
      }
    });

    it('says what it took from a first message that starts the chooser', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say('Hi, I look after old people in a care home. Which specialty would suit me?');
      expectShown(replies, chooser.startedFrom('old people'), chooser.drawQuestion);
    });

    it('starts the roadmap from a first message that wishes for one and tells about the person', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say("Good morning. I'm a nurse with a BSN and 3 years on a hospital ward. I'd like a roadmap into care management.");
      // Only the aim is asked: the education and the years were told.
      expectShown(replies, roadmap.aimQuestion);
      expect(shownText(replies)).not.to.include(roadmap.educationQuestion);
      expectShown(await chat.say('lead a team one day'), roadmap.heading, 'nurse', '3 years');
    });

    it('starts the roadmap when asked for in other words ("ok do the roadmap thing", "can I get a roadmap")', async () => {
      for (const said of ['ok do the roadmap thing', 'can I get a roadmap?', 'i want a roadmap please', 'can i get one of those roadmaps']) {
        const chat = startGuided({ channelId });
        const replies = await chat.say(said);
        expectShown(replies, roadmap.educationQuestion);
      }
    });

    it('reads "none" first at the education question as no degree ("none, left after collage")', async () => {
      for (const said of ['none, left after collage', 'nothing really', 'no, i left school at 16']) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.roadmap);
        const replies = await chat.say(said);
        expect(shownText(replies), said).not.to.include(roadmap.educationQuestion);
      }
    });
  });
}
