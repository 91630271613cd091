import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { experienceAsked } from '../../dialogs/understanding/person/experienceCounts';
import { tellsOfWorkBesideTheCare } from '../../dialogs/understanding/person/workBesideTheCare';
import { concernInView } from '../../dialogs/understanding/inView/concernInView';
import { kindListAsked } from '../../dialogs/understanding/inView/kindListAsked';
import { nightWorkAsked } from '../../dialogs/understanding/questions/nightWorkAsked';
import { payBasisAsked } from '../../dialogs/understanding/questions/payBasisAsked';
import { CHAT_CHANNELS, entryById, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 38 (tuned38), follow-ups of followupsAX (security guards and night concierges): work at a hospital that is
 * not care weighed as experience, nights asked of the hours, pay by the hour or on a salary, skills picked up on the
 * job. Each for made-up phrasings beside the set's.
 */
const HOSPITALS_YES = 'Yes: the guide names hospitals';

describe('follow-ups of the night desk: readers', () => {
  it('weighs work that keeps a place of care, not its people, as not said', () => {
    for (const said of [
      'does working security at a hospital count?',
      'i have been a night security guard at a hospital for 4 years, does that count as experience?',
      'i clean at a nursing home, would that count?',
      'would cooking in a hospital kitchen count as experience?',
      'does doing maintenance at a clinic count?',
    ]) {
      expect(experienceAsked(said), said).to.equal('not-said');
    }
    for (const said of ['would my job as a hospital porter count?', 'i work in a hospital, does that count?', 'does being a nursing assistant in a care home count?', 'i work at a residential care facility, does that count?']) {
      expect(experienceAsked(said), said).to.equal('care-work');
    }
    expect(tellsOfWorkBesideTheCare('a guard who helps the nurses look after patients')).to.equal(false);
  });

  it('reads night work asked of the job, not one night named or the pay for nights', () => {
    for (const said of ['do they ever work overnight like i do?', 'any night shifts?', 'would i have to do graveyard shifts?', 'do care managers work nights?', 'do they ever work at 3am?']) {
      expect(nightWorkAsked(said), said).to.be.a('string');
    }
    for (const said of ['more stressful than working a door on a friday night?', "what's the night shift differential?", 'do nights pay extra?', 'i work nights at a hotel desk', 'how do i get my manager to stop putting me on nights', 'can i do the course around my night shifts?', 'is anyone else awake at 3am?', 'what are you doing up at midnight lol', 'what does a care manager do?']) {
      expect(nightWorkAsked(said), said).to.equal(null);
    }
  });

  it('reads pay by the hour set against a salary, not the pay asked per hour', () => {
    for (const said of ['is it paid by the hour or a salary?', 'are care managers salaried or hourly?', 'do care managers get paid hourly?', 'salary or hourly wage?']) {
      expect(payBasisAsked(said), said).to.equal(true);
    }
    for (const said of ['how much do they make per hour?', 'what is the salary?', 'how much is that an hour?', 'i get paid hourly at the hotel']) {
      expect(payBasisAsked(said), said).to.equal(false);
    }
  });

  it('reads skills picked up on the job as whether they can be learned', () => {
    const hard = entryById('hard-skills');
    for (const said of ['can i pick those up on the job?', 'could i learn them on the job?', 'can you pick them up as you go?', 'could i pick up those skills at work?']) {
      expect(concernInView(said, hard), said).to.be.an('array').that.is.not.empty;
    }
    expect(concernInView('can i get a job in a hospital?', hard)).to.equal(null);
  });

  it('reads the list of a kind asked for by its kind after an answer that names it without listing it', () => {
    const byId = (id: string) => entryById(id);
    const specialising = entryById('how-to-specialise');
    for (const said of ['what areas are there?', 'so which specialties can i choose from?', 'what are the different areas?', 'what kinds of specializations exist?']) {
      expect(kindListAsked(said, specialising, byId)?.id, said).to.equal('specialisations');
    }
    expect(kindListAsked('what certifications are there?', entryById('certification-required'), byId)?.id).to.equal('certifications');
    // The list itself in view, or an answer that never names the kind: nothing to carry.
    expect(kindListAsked('what areas are there?', entryById('specialisations'), byId)).to.equal(null);
    expect(kindListAsked('what areas are there?', entryById('salary-entry'), byId)).to.equal(null);
    expect(kindListAsked('how do i choose an area?', specialising, byId)).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`follow-ups of the night desk, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [before, question] of [
      ['how do i get experience in health or social services?', 'does working security at a hospital count?'],
      ['how do i get experience in health or social services?', 'i clean at a nursing home, would that count?'],
      ['how do i get experience in health or social services?', 'would cooking in a hospital kitchen count?'],
      ['what is a care manager?', 'i have been a night security guard at a hospital for 4 years. does that count as experience?'],
    ] as const) {
      it(`"${question}": the guide's silence on whether that counts, no yes for the place alone`, async () => {
        const text = await said(before, question);
        expect(text).to.include("The guide doesn't say whether that counts").and.not.to.include(HOSPITALS_YES);
      });
    }

    for (const [before, question, night] of [
      ['what does a care manager do on a normal day?', 'do they ever work overnight like i do?', 'overnight work'],
      ['what is a care manager?', 'would i have to do graveyard shifts?', 'graveyard shifts'],
      ['what does a care manager do on a normal day?', 'any night shifts?', 'night shifts'],
    ] as const) {
      it(`"${question}": no nights said, then the hours (not who they work with)`, async () => {
        const text = await said(before, question);
        expect(text).to.include(readable(Messages.thingNotMentioned(night, entryById('work-hours').title))).and.include(readableOpening('work-hours'));
        expect(text).not.to.include(readableOpening('team'));
      });
    }

    it('"more stressful than working a door on a friday night?": still the stress answer, no hours', async () => {
      const text = await said('is being a care manager a stressful job?', 'more stressful than working a door on a friday night?');
      expect(text).not.to.include("The guide doesn't mention night");
    });

    for (const messages of [
      ["what's a junior care manager?", 'what do they get paid?', 'is it paid by the hour or a salary?'],
      ['are care managers salaried or hourly?'],
      ['how much do care managers make?', 'do they get paid hourly or salary?'],
    ]) {
      it(`"${messages.at(-1)}": the guide's silence on how pay is paid, not the ranges as if that answered it`, async () => {
        const text = await said(...messages);
        expect(text).to.include(readable(Messages.beyondTheJob.payBasis.split(',')[0]!));
      });
    }

    for (const question of ['what areas are there?', 'what kinds of areas are there?']) {
      it(`"${question}" after how to specialize: the four areas (not its line on your chosen area)`, async () => {
        const text = await said('how do i specialize in an area of care management?', question);
        expect(text).to.include(readableOpening('specialisations'));
      });
    }

    for (const question of ['can i pick those up on the job?', 'could i learn them on the job?']) {
      it(`"${question}" after the hard skills: the line on building them (not the rewarding work)`, async () => {
        const text = await said('what hard skills does a care manager need?', question);
        expect(text).to.include('You build them through work experience').and.not.to.include(readableOpening('rewarding'));
      });
    }
  });
}
