import { expect } from 'chai';
import { CaseWeighedMessages } from '../../dialogs/rendering/person/caseWeighedReplies';
import { caseToldForFit } from '../../dialogs/understanding/person/caseToldForFit';
import { readAboutYou, tellsOfFamilyCare, withoutFamilyCare } from '../../dialogs/understanding/person/aboutYou';
import { knowledge } from './transcript';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 39 (late39a): work told in the same clause as years of caring for one's own family ("I've looked after my
 * disabled daughter for 12 years while working as a truck driver", the case late38a's notes left weak) is still their
 * work, said back without the caring years, beside the guide's silence on family care and who it says the career suits.
 * Made-up phrasings beside the notes' one.
 */
const kb = knowledge();

const CARE_BESIDE_WORK: ReadonlyArray<[said: string, job: string]> = [
  ["I've looked after my disabled daughter for 12 years while working as a truck driver. Could I become a care manager?", 'truck driver'],
  ['Been looking after my son with autism for 10 years whilst working full time in retail. Is this career for me?', 'retail worker'],
  ["I've cared for my elderly mum for 7 years while working as a truck driver. Could I become a care manager?", 'truck driver'],
];

describe('late39a: work told beside family care, readers', () => {
  it('keeps the work told in the same clause as the family care, without the caring years', () => {
    for (const [said, job] of CARE_BESIDE_WORK) {
      expect(tellsOfFamilyCare(said), said).to.equal(true);
      expect(readAboutYou(said, kb).job?.title, said).to.equal(job);
      expect(readAboutYou(said, kb).years, said).to.equal(undefined);
      expect(caseToldForFit(said, kb).years, said).to.equal(undefined);
      expect(withoutFamilyCare(said), said).not.to.match(/\b(?:daughter|son|mum)\b/);
    }
  });

  it('keeps nothing of a family-care clause that tells no work beside it', () => {
    for (const said of ["I've looked after my mum for 6 years while she was ill. Could I become a care manager?", 'I cared for my dad for 3 years while he was having chemo, alongside my brother.']) {
      expect(readAboutYou(said, kb).job, said).to.equal(undefined);
      expect(withoutFamilyCare(said), said).not.to.match(/\b(?:mum|dad)\b/);
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`late39a: work told beside family care, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const [story, job] of CARE_BESIDE_WORK) {
      it(`"${story.slice(0, 60)}...": the job without the caring years, the guide's silence on family care, and who it suits`, async () => {
        const text = await said(story);
        expect(text).to.include(`(${job})`);
        expect(text).not.to.match(/\(\d+ years\)|\d+ years of/);
        expect(text).to.include(readable(CaseWeighedMessages.familyCare));
        expect(text).to.include('genuine wish to help people');
        expect(text).not.to.include(readableOpening('right-for-me'));
      });
    }
  });
}
