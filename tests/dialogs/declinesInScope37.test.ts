import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { otherJobAside } from '../../dialogs/understanding/questions/otherJobAside';
import { ownSumTold } from '../../dialogs/understanding/person/yearsBesideTheAsk';
import { careerGapAsked } from '../../dialogs/understanding/person/careerGapAsked';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 37 (join37), tester ut37a kinds D and S: no "outside what I can help with" where a sentence of the message
 * asks what the guide answers; work kept alongside set aside; one's own pay set against the guide's in one plain
 * sentence. Each for made-up phrasings beside the tester's.
 */
const OUT_OF_SCOPE = 'That is outside what I can help with';

describe('declines in scope, and one\'s own pay: readers', () => {
  it('sets aside work kept alongside at the end of a question', () => {
    expect(otherJobAside('wait could i do an internship while still bartending nights')).to.deep.equal({ asked: 'wait could i do an internship?', against: null, alongside: 'still bartending nights' });
    expect(otherJobAside('can I volunteer while working full time?')?.alongside).to.equal('working full time');
    for (const said of ['could i do an internship?', 'what do care managers do while on call?', 'is it stressful while you study?']) expect(otherJobAside(said)?.alongside, said).to.equal(undefined);
  });

  it('reads a gap in one\'s working life weighed, never a gap between levels or in pay', () => {
    for (const said of ["honestly I'm nervous. it's been 10 years. is that gap going to hurt me?", "I've been out of nursing for 8 years, does that count against me?", 'will my time away from work be a problem?', 'would a 5 year gap in my resume look bad?']) expect(careerGapAsked(said), said).to.equal(true);
    for (const said of ['is there a gap between entry level and mid level pay?', 'does the pay gap matter?', 'what is the gap between CCM and CMC?', 'I took a gap year, what should I study?']) expect(careerGapAsked(said), said).to.equal(false);
  });

  it('reads one\'s own pay told as "i pull 55k"', () => {
    expect(ownSumTold('lol i pull like 55k. so id probably take a pay cut at first huh')).to.equal(55);
    expect(ownSumTold('i pull in about 60k')).to.equal(60);
    expect(ownSumTold('i pull weeds for a living')).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`declines in scope, and one's own pay, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [message, opening] of [
      ['I meant pay. director pay', 'salary-director'],
      ['cuanto pagan? like starting out', 'salary-entry'],
      ['sorry, wrong words. what do directors earn', 'salary-director'],
    ] as const) {
      it(`"${message}": the pay its last sentence asks, not "outside what I can help with" (ut37a P03 m7, P07 m8)`, async () => {
        const text = await said(message);
        expect(text).to.include(readableOpening(opening)).and.not.to.include(OUT_OF_SCOPE);
      });
    }

    it('"wait could i do an internship while still bartending nights": internships, and the guide\'s silence on fitting it around work (ut37a P05 m9)', async () => {
      const text = await said('wait could i do an internship while still bartending nights');
      expect(text).to.include(readable(Messages.beyond.alongsideWork('bartending nights'))).and.include(readableOpening('internships'));
      expect(text).not.to.include(OUT_OF_SCOPE);
    });

    it('"honestly I\'m nervous. it\'s been 10 years. is that gap going to hurt me?": the guide\'s silence on gaps, and keeping current (ut37a P04 m9)', async () => {
      const text = await said("honestly I'm nervous. it's been 10 years. is that gap going to hurt me?");
      expect(text).to.include(readable(Messages.beyond.careerGapNotSaid)).and.include(readableOpening('gaining-experience'));
      expect(text).not.to.include(OUT_OF_SCOPE);
    });

    it('"what would I make starting out? I make about 42k now": set against the entry level in one sentence, no currency hedge (ut37a P01 m8)', async () => {
      const text = await said('what would I make starting out? I make about 42k now');
      expect(text).to.include(readable(Messages.beyond.payAgainstOwnUntold('42,000', '$40,000–$60,000', 'around')));
      expect(text).not.to.include('in another currency').and.not.to.include('for no particular country');
    });

    it('"lol i pull like 55k. so id probably take a pay cut at first huh": weighed against the entry level (ut37a P05 m4)', async () => {
      const text = await said('lol i pull like 55k. so id probably take a pay cut at first huh');
      expect(text).to.include(readable(Messages.beyond.payAgainstOwnUntold('55,000', '$40,000–$60,000', 'around')));
    });
  });
}
