import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { commonWordsSpelled } from '../../dialogs/understanding/core/plainQuestion';
import { careKindUnnamedAsked } from '../../dialogs/understanding/questions/careKindUnnamed';
import { guessIn } from '../../dialogs/understanding/questions/guessConfirmed';
import { howToBecomeAsked } from '../../dialogs/understanding/questions/howToBecomeAsked';
import { experienceOfficiallyAsked, shortcutOfTheTimeAsked } from '../../dialogs/understanding/questions/wayInPractical';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 40 (misread40b), tester ut40a kinds 4, 6 and 8: a keyword winning over the ask, and follow-ups losing the
 * thread. Each for made-up phrasings beside the tester's, and phrasings that must not be read so.
 */
describe('misread40b: readers', () => {
  it('reads a kind of care the guide never names, asked whether care managers deal with it', () => {
    expect(careKindUnnamedAsked('Do care managers deal with dental stuff at all?')).to.equal('dental care');
    expect(careKindUnnamedAsked('does a care manager coordinate dental care?')).to.equal('dental care');
    expect(careKindUnnamedAsked('would I handle eye care as a care manager')).to.equal('eye care');
    expect(careKindUnnamedAsked('is physical therapy part of the job?')).to.equal('physical therapy');
    for (const said of ['do care managers deal with stress', 'I am a dental hygienist, does it count?', 'do care managers deal with families?']) expect(careKindUnnamedAsked(said), said).to.equal(null);
  });

  it('reads moving up into the role from below as the way in, not moving up within it', () => {
    for (const said of ['I want to move up, become care manager. How mi do it?', 'how do i move up to care manager', 'How can I progress into care management?', 'i would like to get into care management. how do i do that?']) expect(howToBecomeAsked(said), said).to.equal(true);
    for (const said of ['how do i move up to senior care manager', 'how do I move up as a care manager', 'I am a care manager and want to move up. how do i do it?', 'how do i become a care manager without a degree']) expect(howToBecomeAsked(said), said).to.equal(false);
  });

  it('reads "dat", "dis", "da" and their like as "that", "this" and "the"', () => {
    expect(commonWordsSpelled('and after dat?')).to.equal('and after that?');
    expect(commonWordsSpelled('and afta tht?')).to.equal('and after that?');
    expect(commonWordsSpelled('is dis job stressful')).to.equal('is this job stressful');
    expect(commonWordsSpelled('wat is da pay')).to.equal('wat is the pay');
    expect(commonWordsSpelled('data and discipline')).to.equal('data and discipline');
  });

  it('reads a shortcut asked of the time, not of moving up or a certification', () => {
    for (const said of ["6 to 8?? that's brutal. any shortcut", 'any way to do it in fewer years, a fast track?']) expect(shortcutOfTheTimeAsked(said, undefined), said).to.equal(true);
    for (const said of ['any shortcut', 'is there a faster way?', 'can i speed it up']) expect(shortcutOfTheTimeAsked(said, 'how-long'), said).to.equal(true);
    for (const said of ['any shortcut', 'how do I get promoted faster', 'is there a faster way to get the CCM']) expect(shortcutOfTheTimeAsked(said, said === 'any shortcut' ? undefined : 'how-long'), said).to.equal(false);
  });

  it('reads experience asked how to get officially', () => {
    for (const said of ['how do i get "experience" officially then', 'how do I gain experience that counts?', 'how can i get experience on paper']) expect(experienceOfficiallyAsked(said, undefined), said).to.equal(true);
    expect(experienceOfficiallyAsked('how do i get experience then', 'gaining-experience')).to.equal(true);
    for (const said of ['how do i get experience', 'how do i get experience then']) expect(experienceOfficiallyAsked(said, undefined), said).to.equal(false);
  });

  it('reads a guess put beside a question', () => {
    expect(guessIn('Schools, I assume?')).to.equal('schools');
    expect(guessIn('mostly families right?')).to.equal('families');
    expect(guessIn('I guess hospitals?')).to.equal('hospitals');
    for (const said of ['what about schools?', 'is it hard?', 'schools?']) expect(guessIn(said), said).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`misread40b, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [message, kind] of [
      ['Do care managers deal with dental stuff at all?', 'dental care'],
      ['would I handle eye care as a care manager', 'eye care'],
    ] as const) {
      it(`"${message}": the guide does not name ${kind}, and what care managers coordinate, not stress (ut40a P02-T4)`, async () => {
        const text = await said(message);
        expect(text).to.include(readable(Messages.beyond.careKindUnnamed(kind))).and.include(readableOpening('role-overview'));
        expect(text).not.to.include(readableOpening('stressful'));
      });
    }

    for (const message of ['I want to move up, become care manager. How mi do it?', 'how do i move up to care manager']) {
      it(`"${message}" after a nurse aide's story: what is needed to become one, not Step 10 (ut40a P03-T2)`, async () => {
        const text = await said('Wah gwaan. Mi a nurse aide inna London, from Jamaica, 6 year now inna care home', message);
        expect(text).to.include(readableOpening('what-is-needed')).and.not.to.include(readableOpening('advancing'));
      });
    }

    for (const message of ['and after dat?', 'and afta tht?']) {
      it(`"${message}" after the junior rung: the career ladder (ut40a P03-T7)`, async () => {
        const text = await said('ok. what is a junior care manager', message);
        expect(text).to.include(readableOpening('career-ladder')).and.not.to.include(readableOpening('daily-duties'));
      });
    }

    for (const message of ["6 to 8?? that's brutal. any shortcut", 'can i speed it up']) {
      it(`"${message}" after how long it takes: what varies it and can shorten it, not the number again (ut40a P01-T7)`, async () => {
        const text = await said('ok so realistically how many years before i am employable', message);
        expect(text).to.include(readable(Messages.wayInInPractice.shortcut)).and.include(readableOpening('without-degree'));
      });
    }

    for (const message of ['how do i get "experience" officially then', 'how do I gain experience that counts?']) {
      it(`"${message}" after gaining experience: the practical ways in and the first jobs, not the answer again (ut40a P05-T5)`, async () => {
        const text = await said('how can i gain experience', message);
        expect(text).to.include(readable(Messages.wayInInPractice.experienceOfficially)).and.include(readableOpening('entry-level-jobs'));
      });
    }

    it('"What does a pediatric care manager actually coordinate? Schools, I assume?": "Yes", and the answer once, no decline of the guess (ut40a P04-T3)', async () => {
      const text = await said('What does a pediatric care manager actually coordinate? Schools, I assume?');
      expect(text).to.include(readable(Messages.guessConfirmed('schools'))).and.not.to.include("doesn't cover the other part");
      expect(text.split('It involves coordinating with schools').length).to.be.at.most(2);
    });
  });
}
