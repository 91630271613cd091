import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases } from '../../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectShown, savedProfile, shownText, startGuided, stepShown } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const spec = (id: string) => kb.specialisations.find((s) => s.id === id)!;
const chooser = GuidedMessages.specialisation;
const roadmap = GuidedMessages.roadmap;

/**
 * Inside a flow, people answer in their own words and ask about what is on screen (session 24's testers, and wordings
 * of our own): a condition or "long term" health names the long-term illness area; options are asked about by their
 * place; why the other area is there is said; a draw said again saves nothing; a misspelt level is read; "go back to
 * it" takes the offered flow up; the roadmap counts no family care, relative's care home or work that may come, and
 * answers "what should I do first?" within itself.
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the flows in people's own words (${channelName})`, () => {
    it('reads a condition or long-term health as the people to help ("folks with COPD or heart failure")', async () => {
      for (const said of ['mostly folks with COPD or heart failure', 'people with ongoing health problems i guess', 'that long-term health stuff, like my uncle has']) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.specialisation);
        expectShown(await chat.say(said), chooser.drawQuestion);
        expectShown(await chat.say('managing conditions'), spec('chronic-disease').name);
      }
    });

    it('explains the options named by their place ("how do the first and second options differ?")', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      let replies = await chat.say('how do the first and second options differ?');
      expectShown(replies, spec('geriatric').name, spec('pediatric').name, GuidedMessages.backToQuestion(chooser.audienceQuestion));
      expect(shownText(replies)).not.to.include(spec('psychiatric').name);
      await chat.say('older people');
      replies = await chat.say('what do the 3rd and 4th one mean?');
      expectShown(replies, spec('psychiatric').name, spec('chronic-disease').name, GuidedMessages.backToQuestion(chooser.drawQuestion));
    });

    it('says why the other area is there when asked, saving nothing ("how come geriatric is the other one?")', async () => {
      for (const said of ['how come geriatric is the other one?', 'why is the other one there?']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('kids');
        await chat.say('working with schools');
        const replies = await chat.say(said);
        const [best, other] = [spec('pediatric').name, spec('geriatric').name];
        const text = shownText(replies);
        expect(text.includes(chooser.whyRunnerUp(other, best)) || text.includes(chooser.whyAlternative(other)), said).to.equal(true);
        expectShown(replies, chooser.keepOrSwitch(best, other));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
    });

    it('saves nothing when a draw is said again at "Shall I remember it?", and saves it when chosen in words', async () => {
      for (const said of ['navigating treatment', 'hmm the treatment side']) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.specialisation);
        await chat.say('older people');
        await chat.say('working with family');
        const replies = await chat.say(said);
        expectShown(replies, chooser.keepOrSwitch(spec('geriatric').name, spec('psychiatric').name));
        expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation ?? null, said).to.equal(null);
      }
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('older people');
      await chat.say('working with family');
      await chat.say("actually i'd rather do the treatment side");
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('psychiatric');
    });

    it('reads a misspelt level on the ladder ("the directer one", "supervisr")', async () => {
      for (const said of ['the directer one', 'supervisr pay?']) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.salaryLadder);
        expectShown(await chat.say(said), '$90,000');
      }
    });

    it('takes the offered flow up when pointed back to ("yeah go back to it", "ok take me back there please")', async () => {
      for (const said of ['yeah go back to it', 'ok take me back there please', "sure, let's pick up where we left off"]) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.careerSteps);
        await chat.say('next');
        await chat.say(FlowPhrases.salaryLadder);
        expectShown(await chat.say('done'), GuidedMessages.backTo.walk(2));
        expect(stepShown(await chat.say(said)), said).to.equal(2);
      }
    });

    it('counts no family care, relative\'s care home or work that may come as years in the field', async () => {
      for (const said of [
        "I've been looking after my dad for 3 years, and if he gets worse I may have to give up work to care for him",
        'if my sister needs more help I might end up caring for her full time',
        "my grandad's nursing home, I pop in there every week and have done for 2 years",
      ]) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.roadmap);
        await chat.say('no degree');
        const replies = await chat.say(said);
        expectShown(replies, roadmap.notWorkInTheField, GuidedMessages.backToQuestion(roadmap.experienceQuestion));
        expect(shownText(replies), said).not.to.include(roadmap.aimQuestion);
        // Asked again, the answer is the person's own: none yet, and the roadmap says so.
        await chat.say('not yet then');
        await chat.say('become one');
        expect((await savedProfile(storage, channelId, 'user-1'))?.roadmap?.['years'], said).to.equal('0');
      }
    });

    it("takes the person's own years beside a relative's or a maybe ('none really, my gran has lived in a care home 5 years')", async () => {
      for (const [said, years] of [
        ['none really, my gran has lived in a care home 5 years', 0],
        ['4 years as a support worker in a care home, if that counts', 4],
      ] as const) {
        const storage = new MemoryStorage();
        const chat = startGuided({ channelId, storage });
        await chat.say(FlowPhrases.roadmap);
        await chat.say('no degree');
        expectShown(await chat.say(said), roadmap.aimQuestion);
        await chat.say('become one');
        expect((await savedProfile(storage, channelId, 'user-1'))?.roadmap?.['years'], said).to.equal(String(years));
      }
    });

    it('reads more of how people name the people to help, and what they set below another ("more than therapy")', async () => {
      for (const [said, area] of [
        ['I enjoy older patients who take lots of different tablets', 'geriatric'],
        ['adults with bipolar or schizophrenia mostly', 'psychiatric'],
      ] as const) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.specialisation);
        expectShown(await chat.say(said), chooser.drawQuestion);
        expectShown(await chat.say('not sure'), spec(area).name);
      }
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('mental health');
      const replies = await chat.say('adults with serious mental illness, and I like the coordinating more than therapy');
      expectShown(replies, spec('psychiatric').name);
      expect(shownText(replies)).not.to.include('therapy');
    });

    it('opens the flow asked for in a longer message ("plumber, 45, not sure where to begin. show me the career steps")', async () => {
      for (const said of ['plumber, 45, not sure where to begin. show me the career steps', "ok let's try the career steps thing", 'hi. i drive buses. can we check out the career steps']) {
        const chat = startGuided({ channelId });
        expect(stepShown(await chat.say(said)), said).to.equal(1);
      }
      // A question beside the request stays a question.
      const chat = startGuided({ channelId });
      expect(stepShown(await chat.say('how long does it take? show me the career steps')), 'question beside').to.equal(null);
    });

    it('puts the area in the plan when asked ("can you add it to my roadmap?", "pediatrik is missing, not in my plan, add it")', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('kids');
      await chat.say('working with schools');
      await chat.say('can you add it to my roadmap?');
      expect((await savedProfile(storage, channelId, 'user-1'))?.specialisation).to.equal('pediatric');
      const other = new MemoryStorage();
      const second = startGuided({ channelId, storage: other });
      await second.say(FlowPhrases.roadmap);
      await second.say('a nursing degree');
      await second.say('3 years');
      await second.say('become one');
      const replies = await second.say('psichiatric is not in my plan, please add it');
      expectShown(replies, chooser.remembered(spec('psychiatric').name), spec('psychiatric').name);
      expect((await savedProfile(other, channelId, 'user-1'))?.specialisation).to.equal('psychiatric');
    });

    it('does not mark a step done on "next" when it was opened from the roadmap', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await chat.say(FlowPhrases.roadmap);
      await chat.say('a nursing degree');
      await chat.say('3 years');
      await chat.say('become one');
      const before = (await savedProfile(storage, channelId, 'user-1'))?.completedSteps ?? [];
      const first = stepShown(await chat.say('so what should I do first?'));
      expect(first).to.be.a('number');
      expect(before).not.to.include(first);
      expect(stepShown(await chat.say('next'))).to.equal(first! + 1);
      expect((await savedProfile(storage, channelId, 'user-1'))?.completedSteps).not.to.include(first);
      // Walked to from there, a step is gone through as before.
      await chat.say('next');
      expect((await savedProfile(storage, channelId, 'user-1'))?.completedSteps).to.include(first! + 1);
    });

    it('answers "what should I do first?" within the roadmap, and carries on with its questions', async () => {
      for (const said of ['what should I do first?', 'where should I begin?']) {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.roadmap);
        const replies = await chat.say(said);
        expect(stepShown(replies), said).to.equal(null);
        expectShown(replies, roadmap.planComesAfter, GuidedMessages.backToQuestion(roadmap.educationQuestion));
        expectShown(await chat.say('a nursing degree'), roadmap.experienceQuestion);
      }
    });
  });
}
