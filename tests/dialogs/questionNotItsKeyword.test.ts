import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * The question asked, not a keyword's neighbour (tester ut34c section 4 kind 1, ut35a kind 3): pay asked with "it" after
 * a story of oneself, "what do they make", a qualification weighed as a background, being hired without experience, a
 * subject raised across a story, work while studying, an area's fit, the roadmap's first step, a step up, the time
 * asked beside a degree turned down, applying now, whether one could do it, a career change. Each for made-up
 * phrasings, and none of them for the ordinary question beside it.
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the question asked, not a keyword's neighbour (${channelName})`, () => {
    const said = saidIn(channelId);

    it('pay or stress asked with "it" or "they" after a story of oneself is asked of the career, not the story\'s words', async () => {
      for (const message of [
        "I'm 41 and a flight attendant, BA in communications. what does it pay",
        'I have a BA in english and work in marketing. what does it pay?',
        "I'm a bartender with a psychology degree. what do they make?",
      ]) {
        const text = await said(message);
        expect(text, message).to.include(readableOpening('salary'));
        expect(text, message).not.to.include(readableOpening('communication'));
        expect(text, message).not.to.include(readableOpening('degree-fields'));
      }
      // A lack told in the story still leads the pay (the guide gives none by degree).
      expect(await said("I'm a 50 yo mechanic, no degree. what does it pay?")).to.include(readable(Messages.beyond.payWithoutDegree));
      expect(await said('I teach high school english. is it stressful?')).to.include(readableOpening('stressful'));
    });

    it('"what do they make?" asks the pay, never what makes the work rewarding or what the role is', async () => {
      for (const message of ['what do they make?', 'what does a care manager make?', 'what could I make?']) {
        const text = await said(message);
        expect(text, message).to.include(readableOpening('salary'));
        expect(text, message).not.to.include(readableOpening('rewarding'));
      }
      // Making sure of something, or making decisions, is no pay.
      for (const message of ['what do care managers make sure of?', 'what decisions do they make?']) {
        expect(await said(message), message).not.to.include(readableOpening('salary'));
      }
    });

    it('a qualification or title weighed as a field\'s background is asked of education, not answered "Yes" as experience', async () => {
      const cases: ReadonlyArray<readonly [string, string, string, 'nurse' | 'social worker' | null]> = [
        ["Hello, I'm an LPN, 2 years at a family medicine clinic. Does an LPN count as a nursing background for care management or do I need to be an RN first?", 'an LPN', 'nursing', 'nurse'],
        ['would my EMT certificate count as a medical background?', 'your EMT certificate', 'medical', null],
        ['is a CNA a healthcare background or must I be a nurse?', 'a CNA', 'healthcare', 'nurse'],
      ];
      for (const [message, thing, field, mustBe] of cases) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.direct.backgroundNotSaid(thing, field, mustBe)));
        expect(text, message).to.include(readableOpening('what-is-needed'));
        expect(text, message).not.to.include(readable(Messages.experienceCounts['care-work']));
      }
      // Work asked whether it counts is still the experience the guide describes.
      expect(await said('does my hospital volunteering count as experience?')).not.to.include('counts as a');
    });

    it('years told and asked which level they would put one at says the guide ties levels to years', async () => {
      for (const message of ['and pay? would my 2 clinic years put me at mid level or entry?', 'would my 6 years in the ER get me in at senior level?', 'do my 10 hospital years put me at mid level?']) {
        expect(await said(message), message).to.include("doesn't say whether years before care management");
      }
      expect(await said('what do senior care managers make?')).not.to.include("doesn't say whether years before care management");
    });

    it('being hired without experience says what employers ask for and how to gain it, not whether one must be certified', async () => {
      for (const message of ['can I get hired without clinical experience?', 'will anyone hire me with zero hands-on experience?', 'is it possible to land a job with no patient experience?']) {
        const text = await said(message);
        // Said as a gap asked whether it rules them out, it is the "doesn't rule it out" reply (toldReplies.ts): either says
        // what employers ask for and how to gain it.
        const leads = [Messages.direct.hiredWithoutExperience, Messages.direct.experienceGap].map(readable);
        expect(leads.some((lead) => text.includes(lead)), `${message}: ${text.slice(0, 160)}`).to.equal(true);
        expect(text, message).not.to.include(readableOpening('certification-required'));
      }
      expect(await said('can I get hired without certification?')).not.to.include(readable(Messages.direct.hiredWithoutExperience));
      expect(await said('how do I get experience?')).not.to.include(readable(Messages.direct.hiredWithoutExperience));
    });

    it('a subject raised, a story, then a question that names nothing asks of the subject', async () => {
      const text = await said('ok what about internships, I have one more semester. what kind should I look for?');
      expect(text).to.include(readableOpening('internships'));
      expect(text).not.to.include(readableOpening('what-is-needed'));
      expect(await said('what about volunteering, I work weekends. how many hours should I do?')).to.include(readableOpening('volunteering'));
    });

    it('work asked of while studying gets finding a job, which says to start while finishing one\'s education', async () => {
      const cases: ReadonlyArray<readonly [string[], string | null]> = [
        [['how long does it take?', "could I work as a care coordinator while I'm in school? my clinic has one"], 'care coordinator'],
        [['can I get a job while I\'m doing my degree?'], null],
        [['is it possible to get a job as a case manager during my BSN?'], 'case manager'],
      ];
      for (const [messages, role] of cases) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(readable(Messages.direct.workWhileStudying(role)));
        expect(text, messages.join(' / ')).not.to.include("is the one I just gave");
      }
      expect(await said('can I work full time while studying for the CCM?')).not.to.include(readable(Messages.direct.workWhileStudying(null)));
      // Work in general beside study is not a job in the field looked for (the guide's finding a job).
      expect(await said("can I keep working while I'm doing my degree?")).not.to.include(readable(Messages.direct.workWhileStudying(null)));
    });

    it('study and experience asked of together get the guide\'s internships while studying, never a decline or a second answer', async () => {
      for (const messages of [
        ['walk me through the steps', 'go to step 3', "can i do 2 and 3 at the same time? cant afford to quit my job"],
        ['can I get experience and do my degree at the same time?'],
        ['could I do school and volunteering together?'],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(readable(Messages.direct.studyAndExperienceTogether));
        expect(text, messages.join(' / ')).to.include(readableOpening('internships'));
        expect(text, messages.join(' / ')).not.to.include('other part of your question');
      }
      expect(await said('can I do the CCM and CMC at the same time?')).not.to.include(readable(Messages.direct.studyAndExperienceTogether));
    });

    it('their own job kept while gaining experience says the guide speaks of no other job, not whether the work is part time', async () => {
      for (const messages of [
        ['what jobs can I start in?', 'could i keep driving part time while i get experience? i got two kids to feed lol'],
        ['can I stay in my current job while gaining experience?'],
        ['could I still work my day job while I build experience?'],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(readable(Messages.direct.jobKeptWhileGaining));
        expect(text, messages.join(' / ')).not.to.include(readable(Messages.aspectNotGiven.mode));
      }
      expect(await said('can care managers work part time?')).not.to.include(readable(Messages.direct.jobKeptWhileGaining));
    });

    it('skills told and asked whether they matter get each in the guide\'s names, not the one answer a word lands on', async () => {
      const cases: ReadonlyArray<readonly [string, string[], boolean]> = [
        ["Hi there :) I'm 41 and I've been a flight attendant for 17 years. I have a bachelor's in communications. I'm great with people in stressful situations (medical emergencies at 35,000 ft, unruly passengers, you name it) and I'm fluent in Spanish. Would those skills matter in care management?", ['communication', 'resilience (staying calm in high-stress situations)', 'problem-solving (quick decisions and crisis management)'], true],
        ["I manage a team of 12 and I'm super organized, good under pressure. are my skills useful here?", ['resilience (staying calm in high-stress situations)', 'leadership', 'organizational skills'], false],
        ["I'm bilingual and very empathetic. would those qualities help?", ['empathy'], true],
      ];
      for (const [message, skills, language] of cases) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.direct.skillsToldNamed(skills, language)));
        expect(text, message).to.include(readableOpening('essential-skills'));
      }
      expect(await said('what skills do I need?')).not.to.include('among the skills a care manager needs.');
    });

    it('whether an area would suit them gets that area, not whether the career may suit anyone', async () => {
      const cases: ReadonlyArray<readonly [string[], string, string]> = [
        [['vet tech here, wanna switch to humans lol', 'i love our senior pet patients and their owners. would geriatric be a thing for me?'], 'geriatric care management', 'geriatric'],
        [['is pediatric a good fit for someone like me?'], 'pediatric care management', 'pediatric'],
        [['could mental health be my thing?'], 'psychiatric care management', 'psychiatric'],
      ];
      for (const [messages, area, id] of cases) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(readable(Messages.direct.areaFitNotSaid(area)));
        expect(text, messages.join(' / ')).to.include(readableOpening(id));
      }
      expect(await said('is care management right for me?')).to.include(readableOpening('right-for-me'));
    });

    it('which of the roadmap\'s next steps comes first starts the walk at its first next step', async () => {
      for (const question of ['which of those next ones should I do first?', 'which step comes first?', 'which one should I start with first?']) {
        const text = await said('my roadmap', 'none', 'no degree', '2', question);
        expect(text, question).to.include(readable(GuidedMessages.steps.fromRoadmap(1, 'Understand the role')));
      }
    });

    it('a step up or sideways from their work says the guide weighs the career against no other job, with the pay by level', async () => {
      for (const message of [
        'OT here (masters in OT, licensed, 9 yrs in inpatient rehab). Would a care manager job be a step up or sideways for me?',
        "CPS caseworker, BSW, 4 years in. I'm done with investigations. Would care management be a step sideways or a step up?",
        'would it be a promotion from social work?',
      ]) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.direct.stepUpNotSaid));
        expect(text, message).not.to.include(readableOpening('advancing'));
      }
      for (const message of ['how do I step up to director?', 'is there a promotion path?']) {
        expect(await said(message), message).not.to.include(readable(Messages.direct.stepUpNotSaid));
      }
    });

    it('the time asked beside a degree turned down is the time, not the way in without a degree', async () => {
      for (const message of ["realistically how long would this take me at 45? I can't do 8 years of school", "how long would it take? no way I'm doing 4 years of college"]) {
        const text = await said(message);
        expect(text, message).to.include(readableOpening('how-long'));
        expect(text, message).to.include(readable(Messages.direct.durationWithout('a degree')));
        expect(text, message).not.to.include(readable(Messages.takenAsWayWithoutDegree));
      }
      // Another way in asked for keeps the way in.
      expect(await said('8 years?! not doing 4 years of uni at my age, there must be another route in')).to.include(readable(Messages.takenAsWayWithoutDegree));
    });

    it('applying now, after a degree and years told, is answered from what they told', async () => {
      for (const messages of [
        ['OT here (masters in OT, licensed, 9 yrs in inpatient rehab). what cert should I get first?', 'I already HAVE a masters and 9 years. so could I apply now?'],
        ["I'm a social worker with a BSW and 6 years. what cert should I get first?", 'so can I apply now?'],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include('you can aim for care manager roles now');
        expect(text, messages.join(' / ')).not.to.include(readableOpening('bachelors-or-masters'));
      }
    });

    it('whether they could do it, or a career change told, gets who it suits or what is needed, not the ladder or moving up', async () => {
      expect(await said('is this something I could do?')).to.include(readableOpening('right-for-me'));
      // With a job told, their own route comes first, then who the guide says it suits (toldReplies.ts / situationReplies.ts).
      const cop = await said('Hi there. 45, police officer, 20 years on the job. Been thinking about what comes after. Is care manager something a cop could actually do?');
      expect(cop).to.include('may be right for you');
      expect(cop).not.to.include("doesn't cover");
      for (const message of ['hi i own a little hair salon, 2 chairs. thinking about a career change', 'I want a career change']) {
        const text = await said(message);
        expect(text, message).to.include(readableOpening('what-is-needed'));
        expect(text, message).not.to.include(readableOpening('advancing'));
      }
      expect(await said('how do I move up?')).to.include(readableOpening('advancing'));
    });

    it('a health insurance company told as an employer asks of no benefit', async () => {
      const text = await said("hello, I'm a team lead in a call centre for a health insurance company. I keep hearing about our internal care management department. do insurance companies actually hire care managers?");
      expect(text).to.include('insurance companies');
      expect(text).not.to.include('job benefits');
      expect(await said('do care managers get health insurance?')).to.include('job benefits');
    });
  });
}
