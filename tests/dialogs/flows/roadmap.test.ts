import { Channels, MemoryStorage, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { AimButtons, ExperienceButtons, GuidedButtons, GuidedMessages, RoadmapWords, EducationButtons } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases } from '../../../dialogs/rendering/core/messages';
import { timelineFromKb } from '../../../dialogs/flows/roadmapPlan';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectShown, savedProfile, shownText, startGuided, type Conversation } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();
const m = GuidedMessages.roadmap;
const timeline = timelineFromKb(kb)!;

/** The lines of the copyable checklist in a reply. */
function checklist(replies: readonly Partial<Activity>[]): string[] {
  const block = /```\n([\s\S]*?)\n```/.exec(shownText(replies));
  return block ? block[1]!.split('\n') : [];
}

function ticked(lines: readonly string[]): number[] {
  return lines.filter((line) => line.startsWith('[x]')).map((line) => Number(/\] (\d+)\./.exec(line)![1]));
}

/** The numbers of the steps listed under "Next:". */
function nextSteps(replies: readonly Partial<Activity>[]): number[] {
  const section = /\*\*Next:\*\*\n\n([\s\S]*?)\n\n\*\*/.exec(shownText(replies));
  return section ? [...section[1]!.matchAll(/^\d+\. Step (\d+):/gm)].map((match) => Number(match[1])) : [];
}

async function answerAll(chat: Conversation, answers: readonly string[]): Promise<Partial<Activity>[]> {
  let replies: Partial<Activity>[] = await chat.say(FlowPhrases.roadmap);
  for (const answer of answers) replies = await chat.say(answer);
  return replies;
}

describe('my roadmap', () => {
  it('asks, in plain words, for the education, the years in the field and the aim, with buttons of at most 20 characters', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    let replies = await chat.say(FlowPhrases.roadmap);
    expectShown(replies, m.educationQuestion);
    expect(buttonTitles(replies)).to.deep.equal(Object.values(EducationButtons));
    replies = await clickOn(chat, replies, EducationButtons.nursingDegree);
    expectShown(replies, m.experienceQuestion);
    expect(buttonTitles(replies)).to.deep.equal(Object.values(ExperienceButtons));
    replies = await clickOn(chat, replies, ExperienceButtons.twoToFive);
    expectShown(replies, m.aimQuestion);
    expect(buttonTitles(replies)).to.deep.equal(Object.values(AimButtons));
    for (const title of [...Object.values(EducationButtons), ...Object.values(ExperienceButtons), ...Object.values(AimButtons)]) {
      expect(title.length, title).to.be.at.most(20);
      // Plain words: no slashes or abbreviations such as "Nursing/SW".
      expect(title, title).to.not.match(/\/|\bSW\b/);
    }
  });

  it('plans the whole route for a school student: nothing done, understand the role and study next, the full 6 to 8 years', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await answerAll(chat, [EducationButtons.school, AimButtons.become]);
    expectShown(replies, m.heading, m.doneNone, `${timeline.totalMin} to ${timeline.totalMax} years`, `${timeline.bachelorYears} years`);
    expect(nextSteps(replies)).to.deep.equal([1, 2]);
    expect(ticked(checklist(replies))).to.deep.equal([]);
  });

  it('plans from a nursing degree without experience: experience, a job and organizations next, 2 to 4 more years', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await answerAll(chat, [EducationButtons.nursingDegree, ExperienceButtons.none, AimButtons.become]);
    // Understanding the role is under way, never ticked from a degree: only what the person says marks a step done.
    expect(ticked(checklist(replies))).to.deep.equal([2]);
    expect(nextSteps(replies)).to.deep.equal([3, 6, 7]);
    const rest = `${timeline.totalMin - timeline.bachelorYears} to ${timeline.totalMax - timeline.bachelorYears} years`;
    expectShown(replies, rest);
  });

  it('plans for an experienced nurse in her own words: experience covered, certification next, CMC fits now', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    let replies = await chat.say(FlowPhrases.roadmap);
    replies = await chat.say("I'm a nurse with a BSN and I've worked in a hospital for 6 years");
    // Degree and experience are both in that answer, so only the aim is asked.
    expectShown(replies, m.aimQuestion);
    replies = await chat.say('I want to lead a team one day');
    expect(ticked(checklist(replies))).to.deep.equal([2, 3]);
    expect(nextSteps(replies)).to.include.members([5, 10]);
    expectShown(replies, GuidedMessages.roadmap.heading, 'Care Manager Certified (CMC): when you have what it asks for');
    expect(shownText(replies)).to.include('you have covered the guide');
    const profile = await savedProfile(storage, Channels.Webchat, 'user-1');
    expect(profile?.roadmap).to.deep.equal({ job: 'nurse', education: 'relevant-degree', working: 'true', years: '6', aim: 'lead' });
    expect(profile?.completedSteps).to.deep.equal([2, 3]);
  });

  it('plans for a career changer with another degree: check the degree counts, certification next, advance as the aim', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await answerAll(chat, ["I studied business and now I'm a care assistant", 'about a year', 'lead']);
    expect(ticked(checklist(replies))).to.deep.equal([]);
    expect(nextSteps(replies)).to.deep.equal([2, 5, 7, 10]);
    expectShown(replies, 'check that your degree counts as a related field', 'If your degree counts as a related field');
  });

  it("plans without a degree, with the guide's own words on working without one", async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await answerAll(chat, [EducationButtons.noDegree, '3 years', AimButtons.specialise]);
    expect(nextSteps(replies)).to.include.members([2, 9]);
    expectShown(replies, 'plenty of experience in care delivery or case management can in some cases make up for it (you have 3 years)', RoadmapWords.notes.educationNone);
  });

  it('plans for a nursing student: education in progress, experience and job hunting next', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await answerAll(chat, [EducationButtons.studying, AimButtons.specialise]);
    expectShown(replies, 'Step 2: Get the right education (finish your degree');
    expect(nextSteps(replies)).to.deep.equal([3, 6, 9]);
  });

  it('gives different plans to different situations', async () => {
    const school = checklist(await answerAll(startGuided({ channelId: Channels.Webchat }), [EducationButtons.school, AimButtons.become]));
    const nurse = checklist(await answerAll(startGuided({ channelId: Channels.Webchat }), [EducationButtons.nursingDegree, ExperienceButtons.overFive, AimButtons.lead]));
    const changer = checklist(await answerAll(startGuided({ channelId: Channels.Webchat }), [EducationButtons.otherDegree, ExperienceButtons.none, AimButtons.become]));
    expect(new Set([school.join('\n'), nurse.join('\n'), changer.join('\n')]).size).to.equal(3);
  });

  it('offers the plan as a copyable checklist: ten plain "[x]" / "[ ]" lines in the guide\'s order', async () => {
    const replies = await answerAll(startGuided({ channelId: Channels.Msteams }), [EducationButtons.nursingDegree, ExperienceButtons.underTwo, AimButtons.become]);
    const lines = checklist(replies);
    expect(lines).to.have.length(kb.steps.length);
    lines.forEach((line, i) => expect(line).to.match(new RegExp(`^\\[(x| )\\] ${i + 1}\\. ${kb.steps[i]!.title}`)));
  });

  it('mentions the specialisation the user chose earlier, taking it as the aim without asking, and says so', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say(FlowPhrases.specialisation);
    await chat.say('kids');
    await chat.say('schools');
    await chat.say(GuidedButtons.rememberIt);
    const replies = await answerAll(chat, [EducationButtons.nursingDegree, ExperienceButtons.twoToFive]);
    const pediatric = kb.specialisations.find((s) => s.id === 'pediatric')!.name;
    expectShown(replies, m.aimFromBefore(RoadmapWords.specialiseIn(pediatric)), `your area: ${pediatric}`);
    expect(shownText(replies)).not.to.include(m.aimQuestion);
  });

  it('answers a question asked mid-way and asks again; re-prompts at most twice, then leaves offering the menu', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.roadmap);
    let replies = await chat.say('how long does it take?');
    expectShown(replies, m.educationQuestion);
    replies = await chat.say('purple elephants');
    expectShown(replies, GuidedMessages.reprompt(m.educationQuestion));
    expect(buttonTitles(replies)).to.include(EducationButtons.school);
    replies = await chat.say('zzz qqq');
    expectShown(replies, GuidedMessages.reprompt(m.educationQuestion));
    replies = await chat.say('bleep');
    expectShown(replies, GuidedMessages.gaveUp);
    expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.menu]);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the roadmap in a person's words (${channelName})`, () => {
    it('says back "2 to 5 years" as given, and states no time the guide does not give', async () => {
      const chat = startGuided({ channelId });
      const replies = await answerAll(chat, ['nursing degree', '2 to 5 years', 'work in one area']);
      expectShown(replies, RoadmapWords.years(2, '2 to 5 years'), RoadmapWords.education['relevant-degree']);
      const text = shownText(replies);
      expect(text).not.to.include('about 2 years in health').and.not.to.include('up to 2 years').and.not.to.include('nursing or social work degree');
    });

    // Each answers the aim question without choosing an aim: the plan follows the usual route, and says so.
    for (const said of ['none', 'not sure', "don't know", "haven't decided", 'yes', "what's next for me", 'what should i do first', 'what do I do now?']) {
      it(`takes "${said}" at the aim question as no particular aim and shows the plan`, async () => {
        const chat = startGuided({ channelId });
        const replies = await answerAll(chat, [EducationButtons.nursingDegree, ExperienceButtons.none, said]);
        expectShown(replies, m.heading, m.aimLine(RoadmapWords.aimUndecided));
        expect(shownText(replies)).not.to.include(m.aimQuestion);
      });
    }

    // The roadmap states no fact about the person that they did not give (usability test try18, conv10, 25 and 30).
    it('reads "i have a high school diploma" as no degree, not "still at school", and asks about experience', async () => {
      const chat = startGuided({ channelId });
      let replies = await chat.say(FlowPhrases.roadmap);
      replies = await chat.say('i have a high school diploma');
      expectShown(replies, m.experienceQuestion);
      replies = await chat.say('about 3 years as a care assistant in a nursing home');
      expectShown(replies, m.aimQuestion);
      replies = await chat.say('i want to become a care manager in dementia care');
      expectShown(replies, RoadmapWords.education.none, RoadmapWords.years(3), 'Geriatric care management');
      expect(shownText(replies)).not.to.include(RoadmapWords.education.school).and.not.to.include(m.doneNone);
    });

    it('keeps years in the field given at the aim question, says them back, and asks the aim again', async () => {
      const chat = startGuided({ channelId });
      let replies = await answerAll(chat, [EducationButtons.studying, 'about 3 years as a care assistant in a nursing home']);
      expectShown(replies, 'Noted:', 'would you like to aim for?', RoadmapWords.years(3));
      expect(shownText(replies)).not.to.include(m.heading).and.not.to.include(GuidedMessages.reprompt(m.aimQuestion));
      replies = await chat.say(AimButtons.become);
      expectShown(replies, m.heading, RoadmapWords.years(3));
    });

    it('names the area an aim names in the person\'s words at step 9 ("work with kids": pediatric care)', async () => {
      const chat = startGuided({ channelId });
      const replies = await answerAll(chat, [EducationButtons.noDegree, '2 years', 'work with kids']);
      expectShown(replies, 'Pediatric care management');
      expect(shownText(replies)).not.to.include('Explore the four areas');
    });

    it('does not count 25 years of teaching as years in health or social care: it asks, and ticks no experience', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm 52, taught primary school for 25 years, have a BA in education");
      let replies = await chat.say(FlowPhrases.roadmap);
      replies = await chat.say(EducationButtons.otherDegree);
      expectShown(replies, m.experienceQuestion);
      replies = await chat.say('none');
      replies = await chat.say('none');
      expect(shownText(replies)).not.to.include('25 years');
      expect(ticked(checklist(replies))).to.not.include(3);
    });

    it('takes "the fifth one" and "the last one" as the options in those places', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.roadmap);
      let replies = await chat.say('the fifth one');
      expectShown(replies, m.experienceQuestion);
      replies = await chat.say('the last one');
      expectShown(replies, m.aimQuestion);
      replies = await chat.say('the first one');
      expectShown(replies, m.heading, RoadmapWords.education.none, RoadmapWords.aim.become);
    });

    it('still answers a question for the guide at the aim question, and asks it again', async () => {
      const chat = startGuided({ channelId });
      const replies = await answerAll(chat, [EducationButtons.nursingDegree, ExperienceButtons.none, 'how long does it take?']);
      expectShown(replies, m.aimQuestion, `${timeline.totalMin} to ${timeline.totalMax} years`);
      expect(shownText(replies)).not.to.include(m.heading);
    });
  });
}
