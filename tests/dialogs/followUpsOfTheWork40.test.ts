import { expect } from 'chai';
import { peopleOfTheWorkAsked } from '../../dialogs/understanding/questions/peopleOfTheWorkAsked';
import { peersToMeetAsked } from '../../dialogs/understanding/questions/membershipAsked';
import { certificationToStartWithInView } from '../../dialogs/understanding/questions/startWithAsked';
import { rungOnThePath } from '../../dialogs/understanding/core/followUp';
import { CHAT_CHANNELS, readableOpening, saidIn } from './guidedHarness';

/**
 * Session 40 (tuned40), followupsBB kinds: who the job has one talking to, asked in the words of a question about the
 * bot; where to meet others in the field; which certification to start with, asked of the certifications in view; the
 * very top of the ladder in view. Each for made-up phrasings beside the set's.
 */
describe('follow-ups of the work: readers', () => {
  it('reads who one talks with in the work, never who is behind the chat', () => {
    for (const said of ['who am i talking to mostly?', 'who would i be speaking with most days?', 'who will i be dealing with day to day?', 'who do you work with mostly in this job?']) expect(peopleOfTheWorkAsked(said), said).to.equal(true);
    for (const said of ['who am i talking to?', 'who am i chatting with mostly?', 'who are you?', 'who am i talking to, a bot?']) expect(peopleOfTheWorkAsked(said), said).to.equal(false);
  });

  it('reads where to meet others in the field, not clients, patients or a job', () => {
    for (const said of ['where would i meet people like that?', 'how do i network with other care managers?', 'where can i meet professionals in the field?', 'how would i get to know people in the industry?']) expect(peersToMeetAsked(said), said).to.equal(true);
    for (const said of ['where do care managers meet clients?', 'how do i find patients?', 'where do i find a job?', 'how do i meet people who need care?']) expect(peersToMeetAsked(said), said).to.equal(false);
  });

  it('reads which certification to start with only with a certification in view and no other kind of thing named', () => {
    expect(certificationToStartWithInView('which one should i start with?', 'certification-benefits')).to.equal(true);
    expect(certificationToStartWithInView('what should i go for first then?', 'certifications')).to.equal(true);
    expect(certificationToStartWithInView('which of them first?', 'certification-required')).to.equal(true);
    expect(certificationToStartWithInView('which job should i start with?', 'certification-required')).to.equal(false);
    expect(certificationToStartWithInView('which one should i start with?', 'entry-level-jobs')).to.equal(false);
    // What one needs for it, asked beside or with "first" picking one of the list: the requirements answered (fixC).
    for (const said of ['the first one. what do I need to qualify for it?', 'So CCM first? What do I need to qualify for it?']) expect(certificationToStartWithInView(said, 'certifications'), said).to.equal(false);
  });

  it('reads "the very top" as the top rung of the ladder in view', () => {
    expect(rungOnThePath('and at the very top?', 'career-ladder')).to.equal(rungOnThePath('and at the top?', 'career-ladder'));
    expect(rungOnThePath('what about the very top?', 'career-ladder')).to.not.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`follow-ups of the work, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const asked of ['who am i talking to mostly?']) {
      it(`"${asked}" after communication: the job's people, not who the bot is (followupsBB)`, async () => {
        const text = await said('how important is communication for a care manager?', asked);
        expect(text).to.satisfy((shown: string) => shown.includes(readableOpening('communication')) || shown.includes(readableOpening('team')));
        expect(text).not.to.include("I'm a bot").and.not.to.include('Care Manager Career Bot');
      });
    }

    it('"who am i talking to?" alone still asks who the bot is', async () => {
      expect(await said('who am i talking to?')).to.include('Care Manager Career Bot');
    });

    for (const [first, asked] of [
      ['does networking help when looking for a job?', 'where would i meet people like that?'],
      ['how do i find a job as a care manager?', 'how do i network with other care managers?'],
    ] as const) {
      it(`"${asked}": the professional organizations, not where care managers work (followupsBB)`, async () => {
        const text = await said(first, asked);
        expect(text).to.include(readableOpening('professional-organizations')).and.not.to.include(readableOpening('where-they-work'));
      });
    }

    for (const [first, second, asked] of [
      ['is certification required to work as a care manager?', 'so why get one?', 'which one should i start with?'],
      ['what certifications are there?', 'are they worth it?', 'which should i get first?'],
    ] as const) {
      it(`"${asked}" with certification in view: the CCM to start with, not first jobs (followupsBB)`, async () => {
        const text = await said(first, second, asked);
        expect(text).to.include('CCM').and.not.to.include(readableOpening('entry-level-jobs'));
      });
    }

    for (const asked of ['and at the very top?', 'what about the very top?']) {
      it(`"${asked}" after pay: the top pay, not the director's role (followupsBB)`, async () => {
        const text = await said('how much does a care manager earn?', asked);
        expect(text).to.include(readableOpening('salary-vp')).and.not.to.include(readableOpening('director-roles'));
      });
    }
  });
}
