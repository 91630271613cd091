import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { certificationHeldAsked } from '../../dialogs/understanding/person/certificationHeld';
import { levelToLeadAsked } from '../../dialogs/understanding/person/levelToLeadAsked';
import { jobToGetAsked } from '../../dialogs/understanding/questions/firstJobAsked';
import { yesOfTheList } from '../../dialogs/understanding/questions/yesOfTheList';
import { CHAT_CHANNELS, entryById, readable, saidIn } from './guidedHarness';

/**
 * Session 37 (ut37a kind G, yes/no and the person's own background): a yes/no question gets its yes first, not a list
 * with the answer in bullet five; a background outside the field is weighed against the guide's skills; someone who
 * holds the CCM or a bachelor's is not told of them as a beginner. Each for the tester's words, three made-up phrasings,
 * and never for ordinary questions.
 */
const YES_LEAD = readable(Messages.yesOfTheList('\u0000', '').split('\u0000')[0]!);
const HELD_LEAD = 'You have the';
const EXPERT_LEAD = readable(Messages.masterToLead).slice(0, 40);
const LEADS = [YES_LEAD, readable(Messages.firstJobsYes), HELD_LEAD, EXPERT_LEAD];

/** Ordinary questions none of these readers may take. */
const ORDINARY = [
  'do care managers need a degree?',
  'how long does it take to become a care manager?',
  'what does a care manager do?',
  'where do care managers work?',
  'which certifications should I get?',
  'what is the CCM?',
  'do care managers make good money?',
  'can I work part time?',
  'do I need a master\'s?',
  'what skills do care managers need?',
];

describe('readers of a yes/no question, a certification held and a master\'s to lead (session 37)', () => {
  it('finds the one line of the list that says yes, only for what care managers do or where one could work', () => {
    const duties = entryById('daily-duties');
    const places = entryById('where-they-work');
    expect(yesOfTheList('do care managers handle insurance?', duties)?.line).to.include('insurance matters');
    expect(yesOfTheList('Could I work for an insurance company? I know that world a bit', places)?.line).to.include('insurance companies');
    expect(yesOfTheList('can you work in a nursing home?', places)?.line).to.include('nursing homes');
    expect(yesOfTheList('does a care manager arrange equipment?', duties)?.line).to.include('equipment');
    for (const text of ['do care managers need insurance?', 'could I work for an insurance company or a hospital?', 'do care managers not work in hospitals?', 'how do care managers handle insurance?', 'where do care managers work?', 'could I work for a bank?']) {
      expect(yesOfTheList(text, text.includes('work') ? places : duties), text).to.equal(null);
    }
  });

  it('reads a job to get now asked yes or no, and not its pay', () => {
    for (const text of ["yikes, I'd be 46. is there some job I could get now to start getting experience while I figure out school?", 'is there a role I could take now to get experience?', 'is there any work I could do now to get a foot in?', 'are there jobs you can get without experience?']) {
      expect(jobToGetAsked(text), text).to.equal(true);
    }
    for (const text of ['is there a job that pays well?', 'is there some job I could get that pays 60k?', ...ORDINARY]) expect(jobToGetAsked(text), text).to.equal(false);
  });

  it('reads a certification held beside a question about certification, never one only asked about', () => {
    expect(certificationHeldAsked('I already have my CCM. is it worth also getting the CMC?')).to.deep.equal({ held: 'ccm', other: 'cmc' });
    expect(certificationHeldAsked('got my CMC last year, what other certs should I get?')).to.deep.equal({ held: 'cmc', other: 'ccm' });
    expect(certificationHeldAsked("I'm CCM certified, should I do the CMC too?")).to.deep.equal({ held: 'ccm', other: 'cmc' });
    for (const text of ['can I sit for the CCM with my background?', 'what do I need to get the CCM?', 'I have my CCM exam next week', 'I have my CCM.', ...ORDINARY]) expect(certificationHeldAsked(text), text).to.equal(null);
  });

  it('reads a master\'s asked for a role that leads, in the part or the message around it', () => {
    expect(levelToLeadAsked("would I need a master's for that?", "long term I'd like to lead a department. would I need a master's for that?")).to.equal(true);
    for (const text of ["do I need a master's to become a director?", 'would I have to go back for an MSN to manage a team?', "do I need a master's to move up?"]) expect(levelToLeadAsked(text), text).to.equal(true);
    for (const text of ["do I need a master's?", 'I have a BSN. is it enough or do I need an MSN?', ...ORDINARY]) expect(levelToLeadAsked(text), text).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`yes/no questions, a background weighed and the expert, through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    it('a yes/no question one line of a list answers: the yes and that line first, not the whole list (ut37a P06-4, P06-7)', async () => {
      const insurance = await said('do care managers handle insurance?');
      expect(insurance).to.match(new RegExp(`^${YES_LEAD}`)).and.include('handling insurance matters');
      expect(insurance).not.to.include('being the main link');
      const cases: ReadonlyArray<readonly [string, string]> = [
        ['Could I work for an insurance company? I know that world a bit', 'insurance companies'],
        ['do care managers work in hospitals?', 'hospitals and nursing homes'],
        ['can I work for a government agency?', 'government agencies'],
        ['does a care manager arrange equipment?', 'arranging equipment'],
      ];
      for (const [message, line] of cases) expect(await said(message), message).to.match(new RegExp(`^${YES_LEAD}`)).and.include(line);
    });

    it('a job to get now asked yes or no: yes, and the first jobs the guide names (ut37a P01-5)', async () => {
      for (const message of ["yikes, I'd be 46. is there some job I could get now to start getting experience while I figure out school?", 'is there a role I could take now to get experience?', 'is there any work I could do now to get a foot in?']) {
        expect(await said(message), message).to.match(new RegExp(`^${readable(Messages.firstJobsYes)}`)).and.include('healthcare assistant');
      }
    });

    it('a background outside the field weighed against the guide\'s skills, not only "doesn\'t say whether that counts" (ut37a P09-2, P03-4)', async () => {
      for (const message of ['cool. and does my IT background help at all?', 'does my tech support job count for anything?', 'I work on a help desk, would that help?']) {
        expect(await said(message), message).to.include('computer skills').and.include('electronic health records').and.not.include("The guide doesn't say whether that counts");
      }
      for (const message of ['I led 40 sailors and ran supply for a carrier. that count for anything here?', 'I ran a crew of 12 on a building site. does that help?', 'I supervised 30 drivers for years, does that count?']) {
        expect(await said(message), message).to.include('leadership and organizational skills').and.not.include("The guide doesn't say whether that counts");
      }
    });

    it('a certification held: the other one, never the held one "to start with" (ut37a P08-5)', async () => {
      const ccm = await said('I already have my CCM. is it worth also getting the CMC?');
      expect(ccm).to.include('You have the CCM already').and.include('Care Manager Certified (CMC) is a certification').and.not.include('a good one to start with');
      expect(await said("I'm CCM certified, should I do the CMC too?")).to.include('You have the CCM already').and.include('supervised experience');
      expect(await said('got my CMC last year, what other certs should I get?')).to.include('You have the CMC already').and.include('Certified Case Manager (CCM)');
    });

    it('a master\'s asked for leading by someone with a bachelor\'s: the route up, not the four years of a bachelor\'s (ut37a P08-7)', async () => {
      const nurse = await said(
        "I'm an RN, BSN, 45, and I've been a utilization review / case management nurse at a health insurer for 7 years. I have my CCM. I want to move to a hospital care management role. What's different and what should I be doing to make the switch?",
        "long term I'd like to lead a department. would I need a master's for that?",
      );
      expect(nurse).to.include(EXPERT_LEAD).and.include('healthcare administration or leadership').and.not.include('takes about four years');
      for (const message of ["I have a BSW. do I need a master's to become a director?", "I've got a bachelor's in nursing, would I need an MSN to manage a team?"]) {
        expect(await said(message), message).to.include(EXPERT_LEAD).and.include('strategic planning');
      }
      // With no bachelor's told, the guide's answer on the level as before.
      expect(await said("would I need a master's to lead a team?")).not.to.include(EXPERT_LEAD);
    });

    it('ordinary questions get none of these leads', async () => {
      for (const message of ORDINARY) {
        const reply = await said(message);
        for (const lead of LEADS) expect(reply.startsWith(lead) || reply.includes(`${lead} `), `${message}: ${lead}`).to.equal(false);
      }
    });
  });
}
