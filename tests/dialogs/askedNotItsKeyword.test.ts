import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { clauseActOf } from '../../dialogs/understanding/core/clauses';
import { experienceAsked } from '../../dialogs/understanding/person/experienceCounts';
import { perkAsked } from '../../dialogs/understanding/questions/beyondTheJobAsked';
import { inTheGuidesWords } from '../../dialogs/understanding/questions/guidesWordsOfTheAsk';
import { moveIntoAsked } from '../../dialogs/understanding/questions/moveIntoAsked';
import { otherJobAside } from '../../dialogs/understanding/questions/otherJobAside';
import { ownWorkplaceNamed } from '../../dialogs/understanding/questions/ownWorkplaceNamed';
import { workplaceAsked } from '../../dialogs/understanding/questions/workplaceAsked';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * The question, not its keyword; the guide's silence said plainly where it is silent, its answer where it has one
 * (session 37, from the earlier testers' people replayed on main): a uniform or a dress code ("do care managers wear a
 * uniform?" was "I don't have an answer", "what do care managers wear to work" the stress answer), a car or travel;
 * "does any of that carry over" after a supervisor's duties (was the records answer, for "paperwork"); "less stressful
 * than the ICU at least?" (was declined); "Could I become a case manager ... without going to nursing school?" (was
 * declined); "at my own hospital" (was working for oneself); "... and I'm curious. do insurance companies actually hire
 * care managers?" (was what a care manager is, for "curious"). Each for made-up phrasings, and none for the ordinary
 * questions beside them.
 */
describe('the question, not its keyword (session 37): readers', () => {
  describe('a uniform, a dress code, a car or travel, asked of the job', () => {
    for (const said of ['do care managers wear a uniform?', 'is there a dress code', 'do they wear scrubs or normal clothes', 'what do care managers wear to work', 'would I have to dress up for this job?', 'can you have visible tattoos as a care manager?']) {
      it(`"${said}" asks what care managers wear`, () => expect(workplaceAsked(said)).to.equal('dress'));
    }
    for (const said of ['do i need a car for this job', 'do care managers travel a lot?', 'is there a lot of driving?', 'would I have to drive to clients homes?']) {
      it(`"${said}" asks of a car or travel`, () => expect(workplaceAsked(said)).to.equal('travel'));
    }
    for (const said of [
      'what is the work environment like?',
      'what are the hours like?',
      'where do care managers work?',
      'does driving count for anything? I do the special needs route',
      'I drive a truck for a living. could I become a care manager?',
      'is the job stressful?',
      'does it wear you out?',
      'do they work from home?',
      'how long does it take to become a care manager?',
      'what do care managers do day to day?',
      'which certification should I get?',
      'can I become a care manager without a degree?',
    ]) {
      it(`"${said}" asks neither`, () => expect(workplaceAsked(said)).to.equal(null));
    }
  });

  describe('other work asked whether it carries over', () => {
    for (const said of [
      'ok. i was a shift supervisor, ran a crew of 20 guys, did safety paperwork, scheduling. does any of that carry over',
      'I ran a restaurant kitchen for 10 years, ordering, rotas, training staff. would any of that transfer?',
      "i've been a bank teller 6 years, handling complaints and paperwork. does that carry over at all?",
    ]) {
      it(`"${said}" asks whether the work told counts`, () => expect(experienceAsked(said, said)).to.equal('not-said'));
    }
    it('care work told counts', () => expect(experienceAsked('I worked as a home health aide for 3 years. does that carry over?', 'I worked as a home health aide for 3 years. does that carry over?')).to.equal('care-work'));
    for (const said of ['what do care managers carry with them?', 'do certifications transfer between states?', 'does the CCM carry over if I move?']) {
      it(`"${said}" asks of no work told`, () => expect(experienceAsked(said, said)).to.equal(null));
    }
  });

  describe('another workplace weighed against, one\'s own workplace, nursing school not wanted, a curious remark', () => {
    it('a workplace weighed against, a hedge after it left out', () => {
      expect(otherJobAside('is it less stressful than the ICU at least?')).to.deep.equal({ asked: 'is it less stressful?', against: 'the ICU' });
      expect(otherJobAside('is the job calmer than the ER tho?')).to.deep.equal({ asked: 'is the job calmer?', against: 'the ER' });
      expect(otherJobAside('how stressful is it compared to bedside nursing honestly')).to.deep.equal({ asked: 'how stressful is it?', against: 'bedside nursing' });
      expect(otherJobAside('is it less stressful than I expected?')).to.equal(null);
      expect(otherJobAside('is a care manager paid more than a case manager?')).to.equal(null);
    });
    it('"my own hospital" is the writer\'s employer', () => {
      expect(ownWorkplaceNamed('could I do this at my own hospital or is it mostly home visits / insurance companies?')).to.equal('could i do this at my hospital or is it mostly home visits insurance companies');
      expect(ownWorkplaceNamed('does my own employer hire care managers?')).to.equal('does my employer hire care managers');
      expect(ownWorkplaceNamed('what would it take to start my own agency?')).to.equal(null);
      expect(ownWorkplaceNamed('could I open my own clinic one day?')).to.equal(null);
      expect(ownWorkplaceNamed('could i stay on at our own clinic?')).to.equal('could i stay on at our clinic');
      expect(ownWorkplaceNamed('can I open my own practice?')).to.equal(null);
      expect(ownWorkplaceNamed('can I start my own business?')).to.equal(null);
      expect(ownWorkplaceNamed('where do care managers work?')).to.equal(null);
    });
    it('becoming one without nursing school is the route without a degree', () => {
      const withoutDegree = 'can I become a care manager without a degree?';
      expect(moveIntoAsked('Could I become a case manager on the insurance side without going to nursing school?')).to.equal(withoutDegree);
      expect(moveIntoAsked('could I work as a care manager at a hospital without being a nurse?')).to.equal(withoutDegree);
      expect(moveIntoAsked('can i become a case manager in home health without going back to school?')).to.equal(withoutDegree);
      expect(moveIntoAsked(withoutDegree)).to.equal(null);
      expect(moveIntoAsked('can I become a care manager with a nursing degree?')).to.equal(null);
      expect(moveIntoAsked('how long does nursing school take?')).to.equal(null);
    });
    it('older people and children named in Spanish are put in the guide\'s words (ut37a P07 m5)', () => {
      expect(inTheGuidesWords('my mom says i should work with viejitos like her clients, whats that called')).to.equal('my mom says i should work with older people like her clients, whats that called');
      expect(inTheGuidesWords('I want to work with ancianos')).to.equal('I want to work with older people');
      expect(inTheGuidesWords('could I help niños with diabetes?')).to.equal('could I help children with diabetes?');
      expect(inTheGuidesWords('which specialty works with older people?')).to.equal(null);
      expect(inTheGuidesWords('what do care managers do?')).to.equal(null);
    });
    it('a pension told as one\'s own is no benefit asked (ut37a P03 m5); one asked of the job is', () => {
      expect(perkAsked('pay? I got a pension so not critical, just curious')).to.equal(null);
      expect(perkAsked("what's the pay like? I'm on my army pension already")).to.equal(null);
      expect(perkAsked('do care managers get a pension?')).to.equal('pension');
      expect(perkAsked('is there a pension with these jobs?')).to.equal('pension');
    });
    it('what to do to make the switch is asked of their route (ut37a P08 m1)', () => {
      expect(moveIntoAsked("What's different and what should I be doing to make the switch?")).to.equal('what is left for me?');
      expect(moveIntoAsked('what do I do to make the move?')).to.equal('what is left for me?');
      expect(moveIntoAsked('what should I be doing to stay healthy?')).to.equal(null);
    });
    it('"I\'m curious." alone asks nothing; curious about something still asks', () => {
      expect(clauseActOf("I keep hearing about our internal care management department and I'm curious.")).to.equal('tells');
      expect(clauseActOf("I've heard about care managers at my hospital and I'm curious")).to.equal('tells');
      expect(clauseActOf("I'm curious whether I could do it")).to.equal('asks');
      expect(clauseActOf('just curious how much they make')).to.equal('asks');
    });
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the question, not its keyword, session 37 (${channelName})`, () => {
    const said = saidIn(channelId);

    it('a uniform or dress code gets the guide\'s silence and its work environment, never a stress answer or "I don\'t have an answer"', async () => {
      for (const message of ['do care managers wear a uniform?', 'is there a dress code', 'what do care managers wear to work', 'do they wear scrubs or normal clothes']) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.beyondTheJob.workplace('dress')));
        expect(text, message).to.include(readableOpening('work-environment'));
        expect(text, message).not.to.include(readableOpening('stressful'));
        expect(text, message).not.to.include(readable(Messages.noMatch));
      }
      expect(await said('what is the work environment like?')).not.to.include('uniform');
    });

    it('a uniform asked after another answer is still the guide\'s silence on it', async () => {
      const text = await said('what are the hours like?', 'do they have to wear scrubs?');
      expect(text).to.include(readable(Messages.beyondTheJob.workplace('dress')));
    });

    it('a car or travel gets the guide\'s silence and its work environment', async () => {
      for (const message of ['do i need a car for this job', 'do care managers travel a lot?']) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.beyondTheJob.workplace('travel')));
        expect(text, message).to.include(readableOpening('work-environment'));
      }
      expect(await said('does driving count for anything? I do the special needs route, I know alot of the families')).not.to.include('need a car');
    });

    it('"does any of that carry over" after a supervisor\'s duties weighs the work, never the records answer (ut33a P04 m4)', async () => {
      for (const message of [
        'ok. i was a shift supervisor, ran a crew of 20 guys, did safety paperwork, scheduling. does any of that carry over',
        'I ran a restaurant kitchen for 10 years, ordering, rotas, training staff. would any of that transfer?',
      ]) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.experienceNotSaid.managing));
        expect(text, message).not.to.include(readableOpening('documentation'));
      }
    });

    it('"less stressful than the ICU at least?" gets the stress answer, saying the guide compares nothing with the ICU (ut33a P07 m4)', async () => {
      const text = await said('is it less stressful than the ICU at least?');
      expect(text).to.include(readable(Messages.notWeighedAgainst('the ICU')));
      expect(text).to.include(readableOpening('stressful'));
      expect(text).not.to.include(readable(Messages.noMatch));
      const hectic = await said('is it less hectic than the ICU though?');
      expect(hectic).to.include(readable(Messages.notWeighedAgainst('the ICU')));
      expect(hectic).to.include(readableOpening('stressful'));
    });

    it('becoming one without nursing school gets the route without a degree, never "I don\'t have an answer" (ut33a P09 m1)', async () => {
      for (const message of [
        "I'm a workers' comp claims adjuster for an insurance carrier, 8 years. I work with nurse case managers on almost every file. I'm not a nurse (BA in business). Could I become a case manager on the insurance side without going to nursing school?",
        'could I work as a care manager at a hospital without being a nurse?',
      ]) {
        const text = await said(message);
        expect(text, message).to.include(readableOpening('without-degree'));
        expect(text, message).not.to.include(readable(Messages.noMatch));
      }
    });

    it('"at my own hospital" is where care managers work, never working for oneself (ut33a P05 m9)', async () => {
      const text = await said('never mind. could I do this at my own hospital or is it mostly home visits / insurance companies?');
      expect(text).to.include(readableOpening('where-they-work'));
      expect(text).not.to.include(readableOpening('independent-practice'));
      expect(await said('can I open my own practice?')).to.include(readableOpening('independent-practice'));
    });

    it('older people named in Spanish get geriatric care, never pediatric (ut37a P07 m5)', async () => {
      const text = await said('my mom says i should work with viejitos like her clients, whats that called');
      expect(text).to.include(readableOpening('geriatric'));
      expect(text).not.to.include(readableOpening('pediatric'));
    });

    it('pay asked beside a pension of one\'s own is the pay, not the guide\'s silence on benefits (ut37a P03 m5)', async () => {
      const text = await said('what does a care manager do?', 'pay? I got a pension so not critical, just curious');
      expect(text).to.include(readableOpening('salary'));
      expect(text).not.to.include('job benefits such as pension');
      expect(await said('do care managers get a pension?')).to.include('job benefits such as pension');
    });

    it('"... and I\'m curious. do insurance companies actually hire care managers?" is where they work, never what the role is (ut35a P05 m1)', async () => {
      const text = await said(
        "hello, I'm a team lead in a call centre for a health insurance company. my team handles member calls - claims, prior auths, finding in-network providers. I keep hearing about our internal care management department and I'm curious. do insurance companies actually hire care managers?",
      );
      expect(text).to.include(readableOpening('where-they-work'));
      expect(text).not.to.include(readableOpening('role-overview'));
    });
  });
}
