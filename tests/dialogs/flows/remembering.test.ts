import { Channels, MemoryStorage, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { jobById } from '../../../dialogs/understanding/person/aboutYou';
import { AimButtons, EducationButtons, GuidedButtons, GuidedMessages, RoadmapWords } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases } from '../../../dialogs/rendering/core/messages';
import { buttonTitles, expectShown, savedProfile, shownText, startGuided } from '../guidedHarness';
import { expectTeamsSafe, knowledge } from '../transcript';

const kb = knowledge();
const m = GuidedMessages.roadmap;
const geriatric = kb.specialisations.find((spec) => spec.id === 'geriatric')!;
const geriatricEntry = kb.faqById.get(geriatric.faqId)!;
const ABOUT_ME = "I've been a healthcare assistant for six years, no degree, and I want to work with older people with dementia";
const QUESTIONS = [m.educationQuestion, m.experienceQuestion, m.experienceAs('healthcare assistant'), m.aimQuestion];

for (const channelId of [Channels.Webchat, Channels.Msteams]) {
  describe(`flows that remember what the user said (${channelId})`, () => {
    const check = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('builds the roadmap from what was said earlier, asks none of it again, and names the chosen area at step 9 with buttons after it', async () => {
      const storage = new MemoryStorage();
      const chat = startGuided({ channelId, storage });
      await chat.say(ABOUT_ME);
      const profile = await savedProfile(storage, channelId, 'user-1');
      expect(profile?.specialisation).to.equal('geriatric');

      const replies = await chat.say(FlowPhrases.roadmap);
      check(replies, 'roadmap');
      const shown = shownText(replies);
      for (const question of QUESTIONS) expect(shown, 'asked again').to.not.include(question);
      expectShown(replies, m.heading, jobById('healthcare-assistant')!.title, RoadmapWords.education.none, RoadmapWords.years(6));
      expectShown(replies, m.aimLine(RoadmapWords.specialiseIn(geriatric.name)), RoadmapWords.notes.specialiseChosen(geriatric.name));
      // Step 9's line names the chosen area, not the four the guide lists.
      const stepNine = shown.split('\n').find((line) => line.includes(m.stepLine(9, kb.steps[8]!.title)));
      expect(stepNine, 'step 9 is in the plan').to.be.a('string');
      expect(stepNine).to.include(geriatric.name);
      expect(stepNine).to.not.match(/pediatric|psychiatric/i);
      expect(buttonTitles(replies)).to.include.members([geriatricEntry.title, GuidedButtons.openStep(9)]);
      expect(shown).to.include(m.saved);
    });

    it('asks only for what is still missing, in plain words, and takes what is said in an answer too', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a care worker and I'd love to lead a team one day");
      let replies = await chat.say(FlowPhrases.roadmap);
      check(replies, 'education question');
      expectShown(replies, m.educationQuestion);
      expect(buttonTitles(replies)).to.deep.equal(Object.values(EducationButtons));
      // The answer to the education question also says how long: the years are not asked for.
      replies = await chat.say("I don't have a degree, I've done it for 3 years");
      check(replies, 'plan');
      expect(shownText(replies)).to.not.include(m.experienceAs('care worker'));
      expect(shownText(replies)).to.not.include(m.aimQuestion);
      expectShown(replies, m.heading, RoadmapWords.years(3), m.aimLine(RoadmapWords.aim.lead));
      expect(buttonTitles(replies)).to.not.include(AimButtons.lead);
    });

    it('asks how long the user has done the job they named, when that is what is missing', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a support worker with a degree in history");
      const replies = await chat.say(FlowPhrases.roadmap);
      expectShown(replies, m.experienceAs('care worker'));
      expect(shownText(replies)).to.not.include(m.educationQuestion);
    });

    it('takes a new introduction at the aim question as the starting point, and an area named as where they work as no aim', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a nurse with a BSN, 10 years on wards, burnt out, would this be calmer?");
      expectShown(await chat.say(FlowPhrases.roadmap), m.aimQuestion);
      let replies = await chat.say("i'm a social worker with a BSW, 4 yrs in child protection");
      check(replies, 'aim asked again');
      expectShown(replies, m.aimAgain(`${jobById('social-worker')!.title}, ${RoadmapWords.education['relevant-degree']}, ${RoadmapWords.years(4)}`));
      expect(shownText(replies)).to.not.include(m.heading);
      replies = await chat.say('lead and move up');
      expectShown(replies, m.heading, jobById('social-worker')!.title, RoadmapWords.years(4), m.aimLine(RoadmapWords.aim.lead));
      expect(shownText(replies)).to.not.match(/\bnurse\b|10 years/);
    });

    it('changes only what is said when the roadmap is asked to change: the aim named with the request, or said just before it', async () => {
      const build = async () => {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.roadmap);
        await chat.say('history degree');
        await chat.say('3 years');
        expectShown(await chat.say('become a care manager'), m.aimLine(RoadmapWords.aim.become));
        return chat;
      };
      const geriatricName = kb.specialisations.find((spec) => spec.id === 'geriatric')!.name;
      let chat = await build();
      let replies = await chat.say('older people. geriatric. please change my roadmap');
      check(replies, 'changed with the request');
      expectShown(replies, m.heading, RoadmapWords.years(3), m.aimLine(RoadmapWords.specialiseIn(geriatricName)));
      expect(shownText(replies)).to.not.include(m.educationQuestion);
      chat = await build();
      // Said as a correction right after the plan, the change is taken at once, and "with that" shows it again.
      const pediatricAim = m.aimLine(RoadmapWords.specialiseIn(kb.specialisations.find((spec) => spec.id === 'pediatric')!.name));
      expectShown(await chat.say("actually I've changed my mind, I'd like to focus on children. can you change it?"), m.corrected, m.heading, RoadmapWords.years(3), pediatricAim);
      replies = await chat.say('update my roadmap with that please');
      expectShown(replies, m.heading, RoadmapWords.years(3), pediatricAim);
      expect(shownText(replies)).to.not.include(m.educationQuestion);
      // With nothing new said, "update my roadmap" asks everything again.
      expectShown(await chat.say('update my roadmap'), m.educationQuestion);
    });

    it('offers the chooser after a plan that aims to specialise with no area chosen', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a nurse with a BSN and 2 years experience and I want to specialise");
      const replies = await chat.say(FlowPhrases.roadmap);
      expectShown(replies, m.heading, m.aimLine(RoadmapWords.aim.specialise));
      expect(buttonTitles(replies).some((title) => /special/i.test(title))).to.equal(true);
    });
  });
}
