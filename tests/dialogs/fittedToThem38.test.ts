import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { areaNeedAsked, skillsLackedAsked, studyAskedOfThem } from '../../dialogs/understanding/person/needFittedAsked';
import { neededAsked } from '../../dialogs/understanding/person/gapWeighed';
import { readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { heldDegreeField } from '../../dialogs/understanding/person/experienceCounts';
import { knowledge } from './transcript';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 38 (context38), tester ut38a kind 2: the answer fitted to what the person told (their job, years, degree or
 * the area they want), leading with what the guide says for them, never the stock answer for anyone alone. Each for
 * made-up phrasings beside the tester's.
 */
describe('the answer fitted to what they told: readers', () => {
  it('reads what to study asked of the writer, not what care managers study', () => {
    for (const said of ['What would I need to study? I have a BS in CS', 'what should i study, i have a degree in marketing', 'which courses would I need to take?', 'what would i have to go back to school for']) expect(studyAskedOfThem(said), said).to.equal(true);
    for (const said of ['what do care managers study', 'what courses are in the degree?', 'how long would I study for?']) expect(studyAskedOfThem(said), said).to.equal(false);
  });

  it('reads the skills the writer lacks, not the skills anyone needs', () => {
    for (const said of ["What skills do I need that I probably haven't got as a support worker?", 'which skills would I be missing?', 'skills i dont have yet?', 'what skills am I lacking coming from aged care']) expect(skillsLackedAsked(said), said).to.equal(true);
    for (const said of ['what skills do care managers need', 'what skills do I need?', 'I have good people skills, is that enough?']) expect(skillsLackedAsked(said), said).to.equal(false);
  });

  it('reads "what I need?" without "do" as what it takes (second-language English)', () => {
    for (const said of ['I am CNA in nursing home 6 years now. what I need?', 'ok what i need to do then', 'what i need for this job']) expect(neededAsked(said), said).to.equal(true);
    for (const said of ['what I need to know about pay', 'tell me what I need for the CCM']) expect(neededAsked(said), said).to.equal(false);
  });

  it('reads a therapist\'s aide as a job in the field, not the therapist, and not someone else\'s', () => {
    const kb = knowledge();
    for (const said of ['im a PT aide at an outpatient clinic, 24, thinking abt my next move', 'I work as a physical therapy assistant, 3 years', 'occupational therapy assistant here, 2 yrs in a nursing home']) expect(readAboutYou(said, kb).job?.id, said).to.equal('therapy-aide');
    expect(readAboutYou('I am a physical therapist', kb).job?.id).to.equal('allied-health');
    expect(readAboutYou('my mom is a PT aide', kb).job).to.equal(undefined);
  });

  it('weighs both degrees told when one is a short form outside the guide\'s fields ("a BA in biology and an MBA")', () => {
    expect(heldDegreeField('I have a BA in biology and an MBA. Enough education?')).to.equal('biology or business administration');
    expect(heldDegreeField('I have an MBA, is that enough?')).to.equal('business administration');
    expect(heldDegreeField('I have a degree in psychology and an MSW')).to.equal('social work');
    expect(heldDegreeField('I have a BSN and an MSN')).to.equal('nursing');
    // A degree asked of as one to get beside them: the short form asked of is weighed alone, as before.
    expect(heldDegreeField("My first degree is a BSc in Economics. Must I do a whole new bachelor's in nursing, or is my MBA enough?")).to.equal('business administration');
    expect(heldDegreeField('I have a BA in biology and an MBA, do I need a new degree?')).to.equal('business administration');
    expect(heldDegreeField('BS in chemistry and an MBA. Would I have to get a BSN or is that enough?')).to.equal('business administration');
  });

  it('reads the needs of one area named, not pay or a certification asked of it', () => {
    const kb = knowledge();
    expect(areaNeedAsked(kb, "I'd want to do chronic disease management. Anything specific I'd need?")).to.equal('chronic-disease');
    expect(areaNeedAsked(kb, 'i really want to work with kids. anything special i would need?')).to.equal('pediatric');
    expect(areaNeedAsked(kb, "Anything specific I'd need?", "I'd love to go into geriatric care. Anything specific I'd need?")).to.equal('geriatric');
    expect(areaNeedAsked(kb, 'what would I need?', 'I work with the elderly in a care home. what would I need?')).to.equal(null);
    expect(areaNeedAsked(kb, 'what does a geriatric care manager earn?')).to.equal(null);
    expect(areaNeedAsked(kb, 'what would I need for the CCM?')).to.equal(null);
    expect(areaNeedAsked(kb, 'anything specific I would need?')).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the answer fitted to what they told, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [messages, years, place] of [
      [['I am CNA in nursing home 6 years now in Houston. what I need?'], '6 years', 'nursing homes'],
      [['I work as a healthcare assistant in a hospital, 4 years.', 'what I need?'], '4 years', null],
    ] as const) {
      it(`"${messages.join(' / ')}": their years in the field first, then the usual degree (ut38a P01-T2)`, async () => {
        const work = messages[0].includes('CNA') ? 'a nursing assistant' : 'a healthcare assistant';
        const text = await said(...messages);
        expect(text).to.include(readable(Messages.direct.neededWithWork(work, false, years, place))).and.include(readableOpening('what-is-needed'));
      });
    }

    for (const messages of [['What would I need to study? I have a BS in computer science.'], ['I have a degree in marketing', 'what should i study then?']]) {
      it(`"${messages.join(' / ')}": the degree they hold weighed, then what a relevant degree teaches (ut38a P03-T3)`, async () => {
        const text = await said(...messages);
        expect(text).to.include("You have a degree already").and.include("doesn't say whether yours counts").and.include(readableOpening('courses'));
      });
    }

    for (const messages of [['I have a degree in marketing', 'what should i study at uni for this'], ['I have a degree in marketing', 'what should I study in college to do this job?']]) {
      it(`"${messages.join(' / ')}": a degree still to do asked of (at uni, in college), the guide's degree fields, not the kept degree weighed`, async () => {
        const text = await said(...messages);
        expect(text).to.include(readableOpening('degree-fields'));
        expect(text).not.to.include('You have a degree already');
      });
    }

    for (const messages of [["I'm a disability support worker, 5 years.", "What skills do I need that I probably haven't got as a support worker?"], ['I have been a care worker in a care home for 3 years. which skills would I be missing?']]) {
      it(`"${messages.join(' / ')}": the hard skills their hands-on work may not give, not all fifteen (ut38a P09-T5)`, async () => {
        const text = await said(...messages);
        expect(text).to.include(readable(Messages.fitted.skillsLacked('care worker'))).and.include(readableOpening('hard-skills'));
        expect(text).not.to.include(readableOpening('essential-skills'));
      });
    }

    for (const message of ['im a PT aide at an outpatient clinic, 24, thinking abt my next move', 'I work as a rehab aide at a hospital, 3 years now']) {
      it(`"${message}": the job noted back, not a bare "thanks for sharing" (ut38a P08-T1)`, async () => {
        expect(await said(message)).to.include('therapy aide');
      });
    }

    for (const message of ['BA in biology and an MBA. Enough education?', "I've got a BS in chemistry and an MBA, does that count?"]) {
      it(`"${message}": both degrees weighed, not the MBA alone (ut38a P11-T5)`, async () => {
        const text = await said(message);
        expect(text).to.match(/doesn't say whether (?:biology|chemistry) or business administration counts/);
      });
    }

    for (const [message, area, name] of [
      ["I'd want to do chronic disease management, I sold cardiology and diabetes drugs for 15 years. Anything specific I'd need?", 'chronic-disease', 'chronic disease management'],
      ['i really want to work with kids. anything special i would need?', 'pediatric', 'pediatric care management'],
    ] as const) {
      it(`"${message}": that area's training, not the hard skills for anyone (ut38a P11-T6)`, async () => {
        const text = await said(message);
        expect(text).to.include(readableOpening(area)).and.not.to.include(readableOpening('hard-skills'));
        expect(text.toLowerCase()).to.include(readable(Messages.fitted.areaNeeds(name)).toLowerCase());
      });
    }
  });
}
