import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { halfAsked } from '../../dialogs/understanding/questions/halfAsked';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 40 (halves40), tester ut40a kind 2: the key ask is answered, not left while a related card is shown. Each kind
 * for made-up phrasings beside the tester's.
 */
const kindOf = (said: string): string | null => halfAsked(said)?.kind ?? null;

describe('the key ask a related card would leave half-answered: readers', () => {
  it('reads pay after years on the edge of two levels, never a range or years of other work', () => {
    expect(halfAsked('Thanks, last thing - what do care managers earn after like 5 years?')).to.deep.equal({ kind: 'band-edge', years: 5 });
    expect(halfAsked('how much would I make with two years in?')).to.deep.equal({ kind: 'band-edge', years: 2 });
    expect(halfAsked("what's the salary at around 5 yrs")).to.deep.equal({ kind: 'band-edge', years: 5 });
    for (const said of ['what do care managers earn with 2-5 years?', 'pay for more than 5 years?', 'what would I make after 5 years as a nurse?', 'what do they earn after 10 years?']) expect(kindOf(said), said).to.not.equal('band-edge');
  });

  it('reads a condition the guide never names, asked as an area', () => {
    expect(halfAsked("I'm thinking care management for COPD patients specifically. Is that a specialization?")).to.deep.include({ kind: 'condition-area', condition: 'COPD' });
    expect(halfAsked('could I specialise in asthma patients?')).to.deep.include({ kind: 'condition-area', condition: 'asthma' });
    expect(halfAsked('is kidney disease its own specialty?')).to.deep.include({ kind: 'condition-area', condition: 'kidney disease' });
    expect(kindOf('my dad has COPD, how much do care managers earn?')).to.equal(null);
  });

  it('reads employers asked for one area', () => {
    expect(halfAsked('What kind of employers hire for chronic disease care management?')).to.deep.equal({ kind: 'area-employers', area: 'chronic disease management' });
    expect(halfAsked('who hires geriatric care managers?')).to.deep.equal({ kind: 'area-employers', area: 'geriatric care management' });
    expect(halfAsked('which companies employ pediatric care managers')).to.deep.equal({ kind: 'area-employers', area: 'pediatric care management' });
    expect(kindOf('what employers hire care managers?')).to.equal(null);
  });

  it('reads an internship asked on a student visa', () => {
    for (const said of ['Ok. Can international student do internship in care management?', "I'm on an F-1 visa, am I allowed to do a practicum?", 'can foreign students get internships?']) expect(kindOf(said), said).to.equal('visa-internship');
    for (const said of ['can I do an internship?', 'do I need a visa to work in the US?']) expect(kindOf(said), said).to.equal(null);
  });

  it('reads the one skill asked for above the rest, not the list', () => {
    for (const said of ['Which skills is most important among all?', "what's the number one skill?", 'if I could only work on one skill which one matters most', 'which quality counts the most?']) expect(kindOf(said), said).to.equal('top-skill');
    for (const said of ['what skills do I need?', 'what are the key skills?', 'which certification is most important?']) expect(kindOf(said), said).to.equal(null);
  });

  it('reads nursing not wanted or asked as required', () => {
    for (const said of ['would I need to go back for nursing or social work? i really dont want to do nursing', "I'd rather not become a nurse, is there another way?", 'not interested in nursing, what else could I study?']) expect(kindOf(said), said).to.equal('nursing-not-wanted');
    for (const said of ['I am a nurse, what next?', 'how long is a nursing degree?', 'is nursing an ok degree for it', 'do I need to be an RN first?', 'I was not in nursing, does my work count?']) expect(kindOf(said), said).to.equal(null);
  });

  it('reads the sameness of care and case manager, and of one\'s own work told', () => {
    for (const said of ['Is "care manager" the same thing as what we\'d call a case manager here?', 'is a case manager basically a care manager?', 'are care management and case management the same?']) expect(kindOf(said), said).to.equal('same-as-case-manager');
    for (const said of ['is that the same kinda work a care manger does??', 'is what I do similar to the work of a care manager?', 'would that be the same as what care managers do?']) expect(kindOf(said), said).to.equal('same-as-own-work');
    for (const said of ['what does a case manager do?', 'is the pay the same for all care managers?']) expect(kindOf(said), said).to.equal(null);
  });

  it('reads one\'s own place on the ladder asked, and the senior level set against the care manager', () => {
    for (const said of ['OK. Setting Ireland aside - at my level, where would I sit on the career ladder?', 'where would I fit on the levels?', 'which rung would I be on?']) expect(kindOf(said), said).to.equal('place-on-ladder');
    for (const said of ["What does a senior care manager do that a care manager doesn't?", "what's the difference between a care manager and a senior care manager?", 'senior care manager vs care manager']) expect(kindOf(said), said).to.equal('senior-beside-care-manager');
    for (const said of ['what does a senior care manager do?', 'where do care managers work?']) expect(kindOf(said), said).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the key ask a related card would leave half-answered, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['what do care managers earn after like 5 years?', 'what would I be paid at about 5 yrs?']) {
      it(`"${message}": the mid and senior levels both (ut40a P02-T9)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.halves.bandEdge(5, 'mid level', 'senior level'))).and.include('$60,000–$80,000').and.include('$80,000–$100,000');
      });
    }

    for (const [message, condition] of [['care management for COPD patients, a specialization?', 'COPD'], ['could I specialise in asthma?', 'asthma']] as const) {
      it(`"${message}": chronic disease, said as the nearest (ut40a P07-T2)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.direct.conditionNotNamed(condition, 1))).and.include('Chronic disease');
      });
    }

    for (const message of ['What employers hire for chronic disease care management?', 'who hires geriatric care managers?']) {
      it(`"${message}": the places in general, none for the area (ut40a P07-T5)`, async () => {
        const text = await said(message);
        expect(text).to.include("doesn't say which employers hire for").and.include(readableOpening('where-they-work'));
      });
    }

    for (const message of ['Can international student do internship?', "I'm on an F-1 visa, can I do a practicum?"]) {
      it(`"${message}": internships, and the guide's silence on visas (ut40a P08-T5)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.halves.visaInternship)).and.include(readableOpening('internships'));
      });
    }

    for (const message of ['Which skills is most important among all?', 'what is the number one skill?']) {
      it(`"${message}": communication, the one the guide puts first (ut40a P08-T7)`, async () => {
        expect(await said(message)).to.include(readable(Messages.direct.singledOutNextDoor('communication'))).and.include(readableOpening('communication'));
      });
    }

    for (const message of ['go back for nursing or social work? really dont want nursing', "I'd rather not be a nurse, what else could I study?"]) {
      it(`"${message}": no, nursing is not required (ut40a P10-T3)`, async () => {
        expect(await said(message)).to.include(readable(Messages.halves.nursingNotWanted)).and.include(readableOpening('degree-fields'));
      });
    }

    it('"is that the same kinda work a care manger does??" after telling her work: partly, and what the job adds (ut40a P11-T2)', async () => {
      const text = await said('im a massage therapist, licensed 12 yrs, i coordinate with my clients PTs and chiros', 'is that the same kinda work a care manger does??');
      expect(text).to.include(readable(Messages.halves.sameAsOwnWork)).and.include(readableOpening('role-overview'));
    });

    for (const message of ['Is "care manager" the same as what we\'d call a case manager here?', 'is a case manager basically a care manager?']) {
      it(`"${message}": partly, case management as part of the work (ut40a P12-T2)`, async () => {
        expect(await said(message)).to.include(readable(Messages.halves.sameAsCaseManager)).and.include(readableOpening('case-management'));
      });
    }

    it('"at my level, where would I sit on the career ladder?" after 7 years told: entry level, the safe reading (ut40a P12-T5)', async () => {
      const text = await said("Hi, I'm a medical social worker, masters in social work, about 7 years in discharge planning.", 'at my level, where would I sit on the career ladder?');
      expect(text).to.include(readable(Messages.halves.placeOnLadder(7)));
    });

    for (const message of ["What does a senior care manager do that a care manager doesn't?", 'difference between a care manager and a senior care manager?']) {
      it(`"${message}": both levels, side by side in words (ut40a P12-T6)`, async () => {
        expect(await said(message)).to.include(readable(Messages.halves.seniorBesideCareManager)).and.include(readableOpening('senior-care-manager'));
      });
    }
  });
}
