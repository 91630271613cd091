import { expect } from 'chai';
import { certificationTermsAsked, criminalRecordAsked, experienceDemandedTold, studySpecificsAsked } from '../../dialogs/understanding/questions/keyAskRead';
import { mentionChecked } from '../../dialogs/understanding/questions/mentionChecked';
import { firstThingAsked } from '../../dialogs/understanding/questions/firstThingAsked';
import { AT_ROOT, understand } from '../../dialogs/understanding/core/pipeline';
import { knowledge } from './transcript';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, readable, shownText, startGuided } from './guidedHarness';

// Where session 39's branches met on the merged tree: each reader keeps its own ask and leaves its neighbours' alone.
describe('session 39 readers, where the branches met', () => {
  it('a prison or jail named as a workplace is no criminal past; time inside told is', () => {
    for (const said of ['I work in a prison clinic. Is there any specialty like that?', 'i do nights at the county jail infirmary, is that experience?']) expect(criminalRecordAsked(said), said).to.equal(false);
    for (const said of ['I spent two years in prison when I was young, can I still do this?', 'i did time back in 2012, would that stop me', 'does having a record matter? i got a felony']) expect(criminalRecordAsked(said), said).to.equal(true);
  });
  it('years jobs ask for, told, are no pay question; asked of a level the guide gives, they are that level\'s', () => {
    expect(experienceDemandedTold('case manager jobs all want 2 years experience tho')).to.equal(true);
    for (const said of ['do senior roles require 5 years experience?', 'do mid level jobs want 2 years experience?']) expect(experienceDemandedTold(said), said).to.equal(false);
  });
  it('a licence enough to do the work is not the terms of a certification; enough for the certification is', () => {
    expect(certificationTermsAsked('NP student here (FNP, graduating in may). Do I need the CCM or is my NP license enough to do care management?')).to.equal(null);
    expect(certificationTermsAsked('is LPN enough for CCM')?.held).to.equal('LPN');
    expect(certificationTermsAsked('can an RN sit the CMC?')?.held).to.equal('RN');
  });
  it('"the first step" asked of the ladder in view is its rung; "my first step" is the first thing to do', () => {
    expect(firstThingAsked("what's the first step?")).to.equal(false);
    expect(firstThingAsked('what is my very first step?')).to.equal(true);
  });
  it('what they would study asked in detail, never what they had to learn told in a story', () => {
    expect(studySpecificsAsked('I keep thinking someone should do for other families what I had to learn alone. What is a care manager exactly?')).to.equal(false);
    for (const said of ['What would I have to study. Be specific.', 'which courses exactly?', 'what classes would I take, specifically?']) expect(studySpecificsAsked(said), said).to.equal(true);
  });
  it('"the other one you mentioned" points back at the answer in view; it checks nothing in the guide', () => {
    for (const said of ['and the other one you mentioned?', 'the course you mentioned?']) expect(mentionChecked(said), said).to.equal(null);
    expect(mentionChecked('budgeting is mentioned somewhere right?')).to.equal('budgeting');
  });
  it('a sigh, then "ok" and a question asked in detail, is no complaint; a sigh with words against the answer still is', () => {
    const kb = knowledge();
    const actsOf = (said: string) => { const meaning = understand(said, AT_ROOT, kb); return meaning.kind === 'question' ? meaning.acts : ['not a question']; };
    expect(actsOf('ugh. ok what would I have to study. be specific')).not.to.include('complaint');
    expect(actsOf('ugh. what entry level jobs could I apply for right now')).not.to.include('complaint');
    expect(actsOf('ugh. that was useless. what about pay?')).to.include('complaint');
  });
  for (const [channelName, channelId] of CHAT_CHANNELS) {
    it(`another occupation's pay over time, or money outside the job, stays out of scope; the job's own is answered (${channelName})`, async () => {
      for (const said of ['what is the salary progression for a nurse practitioner?', 'financially, should I buy a house or rent?', 'how does pay grow over time for software engineers']) {
        const shown = readable(shownText(await startGuided({ channelId }).say(said)));
        expect(shown, said).not.to.include(readable(Messages.beyond.payOverTime));
        expect(shown, said).not.to.include(readable(Messages.beyond.moneySide));
      }
      expect(readable(shownText(await startGuided({ channelId }).say('what does salary progression look like?')))).to.include(readable(Messages.beyond.payOverTime));
    });
  }
});
