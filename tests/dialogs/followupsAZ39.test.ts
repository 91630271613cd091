import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { rungAskedAsAStep } from '../../dialogs/understanding/core/followUp';
import { rungStepped } from '../../dialogs/understanding/inView/rungStepped';
import { ownEnoughWeighed } from '../../dialogs/understanding/person/ownThingWeighed';
import { gainOfTheCertificationAsked } from '../../dialogs/understanding/questions/worthPayingAsked';
import { CHAT_CHANNELS, entryById, readable, readableOpening, saidIn } from './guidedHarness';
import { loadKnowledge } from '../../knowledge/loadKnowledge';

/**
 * Session 39 (tuned39), the kinds of miss in followupsAZ: a rung of the career path asked as a step of it ("what's the
 * first step?"), the rung before the pay in view ("and before that?"), and one's own work or way with people weighed
 * as enough ("would ten years as a mortgage clerk be enough?"). Each for made-up phrasings beside the set's.
 */
const kb = loadKnowledge();
const PATH = 'career-ladder';

describe('followupsAZ kinds: readers', () => {
  it('reads a rung of the career path asked as a step of it, never a move to the walk\'s step', () => {
    for (const said of ["what's the first step?", 'which is the first level?', 'and the bottom rung?', 'what is the first stage?', 'and the bottom?']) expect(rungAskedAsAStep(said, PATH), said).to.equal('junior-care-manager');
    for (const said of ['and the last step?', "what's the final rung?", 'and the top?']) expect(rungAskedAsAStep(said, PATH), said).to.equal('director-roles');
    for (const said of ['go to the first step', 'skip to the last step', 'back to the first step']) expect(rungAskedAsAStep(said, PATH), said).to.equal(null);
    expect(rungAskedAsAStep("what's the first step?", 'salary')).to.equal(null);
  });

  it('reads "before that" as the rung below the one in view', () => {
    const stepped = (said: string, last: string) => rungStepped(said, kb.faqById.get(last), kb)?.id ?? null;
    expect(stepped('and before that?', 'salary-mid')).to.equal('salary-entry');
    expect(stepped('what comes before that?', 'salary-senior')).to.equal('salary-mid');
    expect(stepped('the one before it?', 'salary-director')).to.equal('salary-senior');
    expect(stepped('and before that?', 'salary-entry')).to.equal(null);
    expect(stepped('and before that?', 'how-long')).to.equal(null);
  });

  it('reads one\'s own work or way with people weighed as enough, never a degree, a credential or years asked of a level', () => {
    const inView = entryById('without-degree');
    for (const said of ['would ten years as a mortgage clerk be enough?', "I'm good with customers at the bank, is that enough?", "I've worked in retail for 8 years, is that enough?", 'is my time at the bank sufficient?', "I'm patient with angry clients, would that be enough?"]) expect(ownEnoughWeighed(said, inView), said).to.equal(true);
    for (const said of ['is 5 years enough for senior?', "I have a bachelor's in finance, is that enough?", 'I have the CCM, is that enough?', 'is a bachelor enough?', 'is that enough?', "I have enough CPD in my current job already, honestly. how do care managers keep developing after they qualify?"]) expect(ownEnoughWeighed(said, inView), said).to.equal(false);
    expect(ownEnoughWeighed('would ten years as a mortgage clerk be enough?', undefined)).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`followupsAZ kinds, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [asked, rung] of [
      ["what's the first step?", 'junior-care-manager'],
      ['what is the first stage?', 'junior-care-manager'],
      ['and the last step?', 'director-roles'],
    ] as const) {
      it(`"${asked}" after the career path: that rung, not the walk`, async () => {
        const text = await said('what does the career path of a care manager look like?', asked);
        expect(text).to.include(readableOpening(rung)).and.not.to.include('Step 1 of 10');
      });
    }

    it('"and the top?" after the first rung: the top of the path', async () => {
      const text = await said('what does the career path of a care manager look like?', "what's the first step?", 'and the top?');
      expect(text).to.include(readableOpening('director-roles'));
    });

    for (const [first, before, rung] of [
      ['how much does a mid-level care manager make?', 'and before that?', 'salary-entry'],
      ['how much does a senior care manager make?', 'what comes before that?', 'salary-mid'],
    ] as const) {
      it(`"${before}" after a pay: the pay a rung below`, async () => {
        const text = await said(first, before);
        expect(text).to.include(readableOpening(rung));
      });
    }

    for (const [first, weighed, title] of [
      ['can I become a care manager without a degree?', 'would ten years as a mortgage clerk be enough?', 'without-degree'],
      ['can I become a care manager without a degree?', "I've sold houses for 8 years, is that enough?", 'without-degree'],
      ['what soft skills does a care manager need?', "I'm good with customers at the bank, is that enough?", 'soft-skills'],
      ['what soft skills does a care manager need?', "I'm really patient with upset clients, would that be enough?", 'soft-skills'],
    ] as const) {
      it(`"${weighed}": the guide weighs no one's own, and the answer in view, not the degrees`, async () => {
        const text = await said(first, weighed);
        expect(text).to.include(readable(Messages.ownEnoughNotWeighed(entryById(title).title).split('.')[0]!));
        expect(text).not.to.include(readableOpening('bachelors-or-masters'));
      });
    }
  });
}

describe('followupsAZ kinds: what a certification gives, read', () => {
  it('reads what a certification in view gives, asked in plain words, and nothing else', () => {
    for (const said of ['what do they get me then?', "what's in it for me?", 'what would I get out of it?', "what's the point of getting one then?", 'what good would it do me?', 'what does the CMC actually do for me?']) expect(gainOfTheCertificationAsked(said, 'certification-required'), said).to.equal(true);
    for (const said of ['what do they cover?', 'who offers it?', 'what do I get paid?', 'how do I get it?']) expect(gainOfTheCertificationAsked(said, 'ccm'), said).to.equal(false);
    expect(gainOfTheCertificationAsked("what's in it for me?", 'professional-organizations')).to.equal(false);
    expect(gainOfTheCertificationAsked("what's in it for me?", undefined)).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`followupsAZ kinds, what a certification gives, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);
    for (const [first, asked] of [
      ['is certification required to work as a care manager?', 'what do they get me then?'],
      ['which certifications should I get as a care manager?', "what's in it for me?"],
      ['what is the CMC?', 'what good would it do me?'],
    ] as const) {
      it(`"${asked}" after "${first}": what certification brings`, async () => {
        const text = await said(first, asked);
        expect(text).to.include(readableOpening('certification-benefits'));
      });
    }
  });
}
