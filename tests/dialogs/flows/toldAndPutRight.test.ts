import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStorage } from '../../../bot/sqliteStorage';
import { readAboutYou } from '../../../dialogs/understanding/person/aboutYou';
import { GuidedMessages, RoadmapWords } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases } from '../../../dialogs/rendering/core/messages';
import { expectShown, savedProfile, shownText, startGuided } from '../guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from '../transcript';

/**
 * The roadmap and the profile remember what the person said in their own words and take their corrections (ut34c
 * section 4, kind 3): an area named as theirs, years put right ("it's 7"), a job put right at a roadmap question, a
 * degree above a bachelor's, leading as the aim. State is kept in SQLite and read by a new bot, as after a restart.
 */
const kb = knowledge();
const m = GuidedMessages.roadmap;
const area = (id: string): string => kb.specialisations.find((spec) => spec.id === id)!.name;
const EXPLORE_ALL = 'Explore the four areas';
const NURSE = "Hi! I'm an RN (BSN) doing telehealth triage for an insurer's nurse line, about 7 years now. I'd like to move into care management.";

for (const channelId of [Channels.Webchat, Channels.Msteams]) {
  describe(`what was told, kept and put right (${channelId})`, () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'told-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const say = async (chat: Conversation, text: string): Promise<Partial<Activity>[]> => {
      const replies = await chat.say(text);
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${text} #${i}`));
      return replies;
    };

    it('saves an area named as theirs in free text, and the roadmap uses it, after a restart too', async () => {
      const cases: Array<[string, string]> = [
        ['great, save chronic disease as my specialty and make me a plan', 'chronic-disease'],
        ['make geriatric care my focus and build me a roadmap', 'geriatric'],
        ['ok chronic disease is my area. make me a plan', 'chronic-disease'],
        ["I'm going with pediatric, make me a roadmap", 'pediatric'],
      ];
      for (const [i, [said, id]] of cases.entries()) {
        const file = join(dir, `${channelId}-${i}.sqlite`);
        const first = new SqliteStorage(file);
        const chat = startGuided({ channelId, storage: first });
        await say(chat, NURSE);
        const replies = await say(chat, said);
        expectShown(replies, m.heading, RoadmapWords.notes.specialiseChosen(area(id)));
        expect(shownText(replies), said).to.not.include(EXPLORE_ALL);
        first.close();
        // A new bot on the same file, as after a restart: the area is still theirs.
        const second = new SqliteStorage(file);
        const again = startGuided({ channelId, storage: second });
        expect((await savedProfile(second, channelId, 'user-1'))?.specialisation, said).to.equal(id);
        const shown = await say(again, FlowPhrases.roadmap);
        expectShown(shown, RoadmapWords.notes.specialiseChosen(area(id)));
        second.close();
      }
    });

    it('takes the figure after "it\'s", never the one it said, and an area said before ("you still have 4 years, it\'s 7. and I said chronic disease")', async () => {
      for (const said of ["you still have 4 years, it's 7. and I said chronic disease management", 'not 4 years, 7', "it says 4 yrs but it's actually 7", 'the roadmap says 4 years, should be 7']) {
        const chat = startGuided({ channelId });
        await say(chat, "I'm a nurse with a BSN, 4 years on a cardiac unit");
        await say(chat, 'make me a plan');
        await say(chat, 'become a care manager');
        const replies = await say(chat, said);
        expectShown(replies, m.corrected, RoadmapWords.years(7));
        expect(shownText(replies), said).to.not.include(RoadmapWords.years(4));
        if (said.includes('chronic')) expectShown(replies, RoadmapWords.notes.specialiseChosen(area('chronic-disease')));
      }
    });

    it('says back what the roadmap already has when the figure put right is the one it holds', async () => {
      const chat = startGuided({ channelId });
      await say(chat, NURSE);
      await say(chat, 'make me a plan');
      expectShown(await say(chat, "you still have 4 years, it's 7"), m.alreadyNoted('').slice(0, 30), RoadmapWords.years(7));
    });

    it('replaces the job at the roadmap\'s question and says so ("I\'m a social worker, 10 years, as I said")', async () => {
      for (const said of ["I'm a social worker, 10 years, as I said", 'no, social worker. 10 years like i said', 'I am a social worker and have been for 10 years']) {
        const chat = startGuided({ channelId });
        await say(chat, "I'm a care coordinator with a BSW");
        expectShown(await say(chat, 'build me a roadmap'), m.experienceAs('care coordinator'));
        const replies = await say(chat, said);
        expectShown(replies, m.gotIt('social worker', '10 years'));
        const plan = await say(chat, 'become a care manager');
        expectShown(plan, 'social worker, a relevant degree, about 10 years');
        expect(shownText(plan), said).to.not.include('care coordinator, a relevant degree');
      }
    });

    it('takes "you have me down as a care coordinator" beside a question as a correction, then answers the question', async () => {
      const chat = startGuided({ channelId });
      await say(chat, "I'm a care coordinator with a BSW, 10 years");
      await say(chat, 'build me a roadmap');
      await say(chat, 'become a care manager');
      const replies = await say(chat, "you have me down as a care coordinator, I'm a social worker. anyway - most of my discharges are elderly with heart failure or COPD. geriatric or chronic disease?");
      expectShown(replies, m.correctedBeside('social worker, a relevant degree, about 10 years in health or social services'));
      expect(shownText(replies)).to.include('Chronic disease management is a specialty');
      expect((await chat.say(FlowPhrases.roadmap)).map((reply) => reply.text ?? '').join('\n')).to.include('Starting point: social worker');
    });

    it('builds a roadmap toward director without asking the aim, with the next steps in the guide\'s terms', async () => {
      for (const said of ['fine. build me a roadmap toward director', 'make me a plan towards a director role', 'a roadmap towards director please']) {
        const chat = startGuided({ channelId });
        await say(chat, "I'm an LCSW with an MSW, 10 years as a hospital social worker doing discharge planning. I basically do care coordination already.");
        const replies = await say(chat, said);
        expect(shownText(replies), said).to.not.include(m.aimQuestion);
        expectShown(replies, m.aimLine(RoadmapWords.aim.lead), 'social worker', RoadmapWords.time.toLead.trim().slice(0, 40));
        expect(shownText(replies), said).to.not.include('care coordinator,');
      }
    });

    it("never calls a master's a degree in another field, and never tells someone with a degree and years to choose one", async () => {
      const chat = startGuided({ channelId });
      await say(chat, 'OT here (masters in OT, licensed, 9 yrs in inpatient rehab). I do a lot of discharge recs and family training already.');
      const replies = await say(chat, 'just make me a roadmap');
      await say(chat, 'become a care manager');
      const text = shownText([...replies, ...(await say(chat, FlowPhrases.roadmap))]);
      expect(text).to.include(RoadmapWords.higherDegree).and.not.include(RoadmapWords.education['other-degree']);
      expect(text).to.not.include('Choose a degree');
      const business = startGuided({ channelId });
      await say(business, "I studied business and I've been a care assistant for 3 years");
      await say(business, 'make me a roadmap');
      const plan = shownText(await say(business, 'become a care manager'));
      expect(plan).to.include(RoadmapWords.notes.educationOtherTodo.slice(0, 40)).and.not.include('Choose a degree');
    });

    it('says how an area gets into the plan, and puts it there ("how do I get chronic disease into the plan?")', async () => {
      for (const said of ['how do I get chronic disease into the plan?', 'can you get geriatric into my roadmap?', 'how do i have pediatric in my plan']) {
        const chat = startGuided({ channelId });
        await say(chat, NURSE);
        await say(chat, 'make me a plan');
        await say(chat, 'work in one area');
        const replies = await say(chat, said);
        const id = said.includes('chronic') ? 'chronic-disease' : said.includes('geriatric') ? 'geriatric' : 'pediatric';
        expectShown(replies, GuidedMessages.specialisation.remembered(area(id)), RoadmapWords.notes.specialiseChosen(area(id)));
      }
      const kept = startGuided({ channelId });
      await say(kept, NURSE);
      await say(kept, 'save chronic disease as my specialty and make me a plan');
      expectShown(await say(kept, 'how do I get chronic disease into the plan?'), GuidedMessages.specialisation.alreadyInPlan(area('chronic-disease')));
    });

    it('takes an associate degree said at the education question and asks it no more ("associates in vet tech like i said")', async () => {
      for (const said of ['associates in vet tech like i said', 'an associates in vet tech', 'asociates degree in vet tech']) {
        const chat = startGuided({ channelId });
        await say(chat, 'vet tech here, wanna switch to humans lol');
        expectShown(await say(chat, 'ok make me a roadmap'), m.educationQuestion);
        const replies = await say(chat, said);
        expect(shownText(replies), said).to.not.include(m.educationQuestion);
        expectShown(replies, m.experienceQuestion);
      }
    });

    it('keeps a credential of theirs named in a question about it, and the roadmap asks it no more ("does my vet tech asociates count?")', async () => {
      for (const said of ['does my vet tech asociates count for anything? i know medical terminalogy, meds, dosing, all that', 'would my associates degree count for anything?']) {
        const chat = startGuided({ channelId });
        await say(chat, 'vet tech here, wanna switch to humans lol');
        await say(chat, said);
        const replies = await say(chat, 'ok make me a roadmap');
        expect(shownText(replies), said).to.not.include(m.educationQuestion);
      }
    });

    it('says an ADN is an associate degree, never a relevant degree, and takes "wait, i only have an ADN" as a correction', async () => {
      for (const [story, correction] of [
        ['I have been a home health RN for 8 years (ADN, no BSN). I basically already do care coordination for my patients.', 'wait, i only have an ADN not a bachelors. does that change it?'],
        ['RN with an ASN, 5 years on a med-surg floor', 'i only have an associate degree, not a BSN'],
      ]) {
        const chat = startGuided({ channelId });
        await say(chat, story!);
        await say(chat, 'ok make me a roadmap');
        const plan = shownText(await say(chat, 'become a care manager'));
        expect(plan, story).to.include(`nurse, ${RoadmapWords.education.diploma}`).and.not.include('care coordinator,').and.not.include('you have covered the guide');
        const replies = await say(chat, correction!);
        expect(shownText(replies), correction).to.include(RoadmapWords.education.diploma).and.not.include('a way in without the degree');
      }
    });

    it('puts in the area asked about for themselves when they aim to specialise and chose none, and says so', async () => {
      const salon = startGuided({ channelId });
      await say(salon, 'most of my regulars are older ladies and honestly i love them. is there a version of this job working with seniors?');
      await say(salon, 'ok can you help me make a plan');
      await say(salon, 'no degree');
      await say(salon, 'none');
      expectShown(await say(salon, 'work in one area'), m.areaFromAsked(area('geriatric')), RoadmapWords.notes.specialiseChosen(area('geriatric')));
      const chat = startGuided({ channelId });
      await say(chat, 'i love our senior pet patients and their owners. would geriatric be a thing for me?');
      await say(chat, 'make me a roadmap');
      await say(chat, 'no degree');
      await say(chat, 'not yet');
      const replies = await say(chat, 'work in one area');
      expectShown(replies, m.areaFromAsked(area('geriatric')), RoadmapWords.notes.specialiseChosen(area('geriatric')));
      expect(shownText(replies)).to.not.include(EXPLORE_ALL);
    });
  });
}

describe('what was told, as the reader reads it (understanding/person)', () => {
  it('reads the area named as theirs, the years put right, a master\'s, and work told as an activity', () => {
    expect(readAboutYou('great, save chronic disease as my specialty and make me a plan', kb).specialisation).to.equal('chronic-disease');
    expect(readAboutYou('no I said geriatric', kb).specialisation).to.equal('geriatric');
    expect(readAboutYou("you still have 4 years, it's 7", kb, { worksInField: true }).years).to.equal(7);
    expect(readAboutYou('you said I have 4 years of experience', kb, { worksInField: true }).years).to.equal(undefined);
    expect(readAboutYou('OT here (masters in OT, licensed, 9 yrs in inpatient rehab). I do a lot of discharge recs.', kb).higherDegree).to.equal(true);
    const msw = readAboutYou("I'm an LCSW with an MSW, 10 years as a hospital social worker doing discharge planning. I basically do care coordination already.", kb);
    expect(msw.job?.id).to.equal('social-worker');
    expect(msw.years).to.equal(10);
  });

  it('reads nothing of that from ordinary questions and remarks', () => {
    for (const said of [
      'what is chronic disease management?',
      'is pediatric care management hard?',
      'Could I work with older people without a degree?',
      'why geriatric? i said teens earlier lol. whats the one for kids',
      'I am 45 years old',
      'it takes 4 years for a degree, right?',
      'which specialty pays best?',
      'how do I save my progress?',
      'what does a care coordinator do?',
      'my mom has MS',
      'can I finish my degree online?',
      'what should my degree be in?',
    ]) {
      const about = readAboutYou(said, kb);
      expect(about.specialisation, said).to.equal(undefined);
      expect(about.years, said).to.equal(undefined);
      expect(about.higherDegree, said).to.equal(undefined);
      expect(about.education, said).to.equal(undefined);
    }
  });
});
