import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { leadInOf, leadToAnswerJustAbove, RecentMessages } from '../../dialogs/rendering/core/recentAnswers';
import { WholeCaseMessages } from '../../dialogs/rendering/person/wholeCaseReplies';
import { areaCertificationAsked } from '../../dialogs/understanding/questions/areaCertificationAsked';
import { areaMostAsked } from '../../dialogs/understanding/questions/areaMostAsked';
import { pickAskedOfTheBot } from '../../dialogs/understanding/questions/pickAsked';
import { gapsAsked } from '../../dialogs/understanding/person/ownGapAsked';
import { createNearbyIndex } from '../../dialogs/rendering/beyond/nearby';
import { answerOpening, CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Session 37 (join37): one reader per concern, and replies that read as one voice (tester ut36c sections 3-4). An area's
 * certification and the person's gaps are each read once, whatever the words two branches read them in; a lead over an
 * answer just read points at it in one sentence, never "On hours, it says: see the answer just above"; a choice asked
 * of the bot ("if you were me ...") says the guide picks neither, with the usual routes; a correction ("no i mean ...")
 * gets the answer in full; declines carry only what is about the question.
 */
describe('one reader per concern, one voice: readers', () => {
  const kb = knowledge();

  it('reads a certification asked for an area in the words of both branches, and none of the CCM or CMC', () => {
    for (const [said, area] of [
      ['is there a pediatric certification?', 'pediatric'],
      ['do I need a special certification to work with kids?', 'pediatric'],
      ['which certification do I need to specialize in geriatric care?', 'geriatric'],
      ['any credential for mental health care management?', 'psychiatric'],
      ['is there a certification for specializing?', null],
    ] as const) {
      expect(areaCertificationAsked(kb, said), said).to.deep.equal({ area });
    }
    expect(areaCertificationAsked(kb, 'any certification for that area?', 'specialisations')).to.deep.equal({ area: null });
    for (const said of ['is the CCM good for pediatric care?', 'which certifications should I get?', 'do i need a certification to specialize?', 'what does a pediatric care manager do?', 'is a certified case manager paid more in geriatric care?']) {
      expect(areaCertificationAsked(kb, said), said).to.equal(null);
    }
  });

  it('reads the gaps asked in the words of both branches, never a time', () => {
    for (const said of ['what would I be missing to move into our care mgmt team?', 'what am i missing? i have no degree', 'what are my gaps', "what's missing for me", 'where am I falling short?']) {
      expect(gapsAsked(said), said).to.equal(true);
    }
    for (const said of ['how long would it take me, and what am I missing?', 'am i missing something', 'what skills do care managers need?']) expect(gapsAsked(said), said).to.equal(false);
  });

  it('reads a choice asked of the bot as which of the two is better, and nothing else', () => {
    expect(pickAskedOfTheBot('ok if you were me would you do nursing or social work')).to.equal('which is better, nursing or social work?');
    expect(pickAskedOfTheBot('nursing or social work, what would you do?')).to.equal('which is better, nursing or social work?');
    expect(pickAskedOfTheBot('what do you recommend, a BSN or a BSW?')).to.equal('which is better, a BSN or a BSW?');
    for (const said of ['should I study nursing or social work?', 'what would you do if you were me', 'would you recommend the CCM?', 'is nursing or social work more common?']) expect(pickAskedOfTheBot(said), said).to.equal(null);
  });

  it('reads which area has the most of something, never pay or a quality', () => {
    expect(areaMostAsked('Which specialty deals with the most Medicaid clients, do you know?')).to.equal('Medicaid clients');
    expect(areaMostAsked('which area has the most jobs?')).to.equal('jobs');
    expect(areaMostAsked('what specialization sees the most veterans')).to.equal('veterans');
    for (const said of ['which specialty pays the most?', 'which area is the most stressful?', 'which field do most care managers work in?', 'what are the specializations?']) expect(areaMostAsked(said), said).to.equal(null);
  });

  it('finds nothing near in words that say how much or doing in general ("deals with the most")', () => {
    const near = createNearbyIndex(kb).near('Which specialty deals with the most Medicaid clients, do you know?').map((entry) => entry.id);
    expect(near).not.to.include('stressful');
  });

  it('turns a lead-in over an answer just read into one sentence', () => {
    expect(leadInOf('The guide says nothing about vacation, so I won\'t guess. On hours, it says:')).to.deep.equal({ said: "The guide says nothing about vacation, so I won't guess.", leadIn: 'On hours, it says' });
    expect(leadInOf('What it says on "Is it right for me?":')).to.deep.equal({ said: '', leadIn: 'What it says on "Is it right for me?"' });
    expect(leadToAnswerJustAbove("The guide says nothing about vacation, so I won't guess. On hours, it says:")).to.equal(`The guide says nothing about vacation, so I won't guess. What it does say ${RecentMessages.justAbove}`);
    expect(leadToAnswerJustAbove('The guide doesn\'t give a number for that. What it says on "Senior pay":')).to.equal(`The guide doesn't give a number for that. What it says on "Senior pay" ${RecentMessages.justAbove}`);
    expect(leadToAnswerJustAbove('The guide gives pay only for care managers. Its medians rise with experience:')).to.equal(`The guide gives pay only for care managers. Its medians rise with experience. What it does say ${RecentMessages.justAbove}`);
    expect(leadToAnswerJustAbove("The guide doesn't say, so I won't guess.")).to.equal(`The guide doesn't say, so I won't guess. ${Messages.answerAbove}`);
    expect(leadToAnswerJustAbove("The guide doesn't describe an area for hospice. The areas it describes for specializing are these:")).to.equal(`The guide doesn't describe an area for hospice. What it does say ${RecentMessages.justAbove}`);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`one voice, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('a lead over the hours just shown points at them in one sentence, never "it says: see the answer just above"', async () => {
      const text = await said('Do care managers get summers off?', "That's not what I asked. I mean vacation, do they work year-round on normal hours?");
      expect(text).to.include(readable(`${Messages.beyondTheJob.timeOff('vacation or time off').replace(/ What it says of the hours:$/, '')} What it says of the hours ${RecentMessages.justAbove}`));
      expect(text).not.to.match(/: see the answer just above/);
    });

    it('a lead over an answer two turns back drops its lead-in, not leaving "What it says of specializing." alone', async () => {
      const text = await said('how do i specialize?', 'what does a care manager earn?', 'is there a certification for specializing?');
      expect(text).to.include(readable(WholeCaseMessages.noAreaCertification(null).replace(/ What it says of specializing:$/, '')));
      expect(text).not.to.include('What it says of specializing.');
    });

    it('"is there a pediatric certification?" and "which certificate would i need for that exactly?" after how to specialize say the same, in one voice', async () => {
      expect(await said('is there a pediatric certification?')).to.include(readable(WholeCaseMessages.noAreaCertification('Pediatric care management'))).and.include(readableOpening('certifications'));
      const exactly = await said('tell me about psychiatric care management', 'how do i get into that?', 'which certificate would i need for that exactly?');
      expect(exactly).to.include(readable(WholeCaseMessages.noAreaCertification(null).replace(/:$/, '')));
    });

    it('"if you were me would you do nursing or social work" after the degrees: the guide picks neither, and its usual routes (ut36c P02.4)', async () => {
      const text = await said('zookeeper here, 8 yrs. thinking of switching from animals to people haha', 'do i need to go back to school? i have a BS in biology', 'ok if you were me would you do nursing or social work');
      expect(text).to.include(readable(Messages.weighing.notPicked('nursing', 'social work'))).and.include('usually social work, nursing or a related field');
      expect(text).not.to.include(readable(Messages.sameAnswerAbove('Which degree')));
    });

    it('"no i mean become a care manager at all without a degree" right after that answer gets it in full, not a pointer (ut36c P09.8)', async () => {
      const text = await said('ER unit clerk, 35, been here 9 yrs. no degree.', 'real talk tho, could i get there without going back to school', 'no i mean become a care manager at all without a degree');
      expect(text).to.include(readable(Messages.sameAnswerMeant('Without a degree'))).and.include(readableOpening('without-degree'));
      expect(text).not.to.include('the one I just gave');
    });

    it('"How long does the CCM take to obtain, and what does it cost?": the CCM\'s answer, not the 6 to 8 years (ut36c P03.3)', async () => {
      const text = await said('How long does the CCM take to obtain, and what does it cost?');
      expect(text).to.include(readable(Messages.direct.durationNotSaid('the CCM'))).and.include(readableOpening('ccm'));
      expect(text).not.to.include(readable(answerOpening('how-long')));
    });

    it('"Which specialty deals with the most Medicaid clients, do you know?": no numbers by area, the four areas, nothing on stress (ut36c P08.6)', async () => {
      const text = await said('Which specialty deals with the most Medicaid clients, do you know?');
      expect(text).to.include(readable(Messages.beyond.areaMostNotGiven('Medicaid clients'))).and.include(readableOpening('specialisations'));
      expect(text).not.to.include('Is it stressful?').and.not.to.include('Soft skills');
    });
  });
}
