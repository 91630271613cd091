import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { placeDifferenceAsked } from '../../dialogs/understanding/questions/guideOfAPlace';
import { CHAT_CHANNELS, expectChannelSafe, expectShown, readable, shownText, startGuided } from './guidedHarness';

/**
 * The guide gives its pay in dollars and names two certifying bodies, and says a license depends on your location and
 * the role; it gives no rule of a country or place. The pay, licensing and certification replies say no such rule
 * ("pay varies from country to country" was counted wrong by the judge of session 32), and a question whether pay or a
 * rule differs from place to place gets what the guide does not give, said plainly, then what it does say.
 */
const PLACE_RULE = /\b(?:vary|varies|differs?)\b[^.]*\b(?:country|countries|place to place|state to state)\b/i;

describe('pay, a license or certification asked whether it differs from place to place (dialogs/understanding/questions/guideOfAPlace.ts)', () => {
  it('reads the question with no place named, by what is asked of', () => {
    const asked: Array<[string, string]> = [
      ['does pay differ by state?', 'pay-place'],
      ['would my salary change if I moved to another country', 'pay-place'],
      ['does the pay depend on where you live', 'pay-place'],
      ['does location affect salary', 'pay-place'],
      ['do license requirements differ from state to state', 'licence-place'],
      ['do I need a different license in each state', 'licence-place'],
      ['is certification the same in every country?', 'certification-place'],
      ['does the CCM vary by country', 'certification-place'],
      ['is the salary different in different states', 'pay-place'],
      ['does the pay vary across regions', 'pay-place'],
      ['do the certification rules change between countries', 'certification-place'],
      ['is a license needed in every state', 'licence-place'],
      ['do I need a license where I live?', 'licence-place'],
    ];
    for (const [message, kind] of asked) expect(placeDifferenceAsked(message)?.kind, message).to.equal(kind);
  });

  it('reads nothing into ordinary questions of pay, licensing, certification or work settings', () => {
    for (const message of [
      'does pay change with experience?',
      'how much does a care manager make',
      "what's the difference between CCM and CMC",
      'do I need a license',
      'where do care managers work',
      'can I change careers at 45',
      'is the salary different for a director?',
      'do care managers work in different locations',
      'how do pay levels differ',
      "is a care manager's pay the same as a nurse's",
      'how does certification change my pay',
      'is the CMC different from the CCM',
      'can I work in different settings',
      'do I need a license for every job',
    ]) {
      expect(placeDifferenceAsked(message), message).to.equal(null);
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`pay, licensing and certification replies say no rule of a country the guide does not give (${channelName})`, () => {
    /** The replies to a first message, checked to say no rule of a place and to be safe in the channel. */
    const ask = async (message: string): Promise<{ replies: Partial<Activity>[]; text: string }> => {
      const replies = await startGuided({ channelId }).say(message);
      expectChannelSafe(channelId, replies, message);
      const text = readable(shownText(replies));
      expect(text, message).not.to.match(PLACE_RULE);
      return { replies, text };
    };

    it('"what does it pay": the guide\'s median ranges in dollars and what certification may do, nothing of countries', async () => {
      const { text } = await ask('what does it pay');
      expect(text).to.include('$40,000–$60,000').and.include('$130,000–$200,000+').and.include('Certification may help you earn more.');
    });

    it('"how much does a senior care manager make": the senior range, according to the guide', async () => {
      const { text } = await ask('how much does a senior care manager make');
      expect(text).to.include('A senior care manager earns a median salary of $80,000–$100,000 a year, according to the guide.');
    });

    it('"do I need a license": it depends on where you work and the role, as the guide says', async () => {
      const { text } = await ask('do I need a license');
      expect(text).to.include('it depends on where you work and on the specific role').and.include('Find out what applies where you plan to work.');
    });

    it('"which certification should I get": the CCM and CMC and the bodies the guide names', async () => {
      const { text } = await ask('which certification should I get');
      expect(text).to.include('CCM (Certified Case Manager)').and.include('These are the bodies the guide names.');
    });

    it('"what is the CCM" and "is certification required": the body the guide names, no rule of a country', async () => {
      expect((await ask('what is the CCM')).text).to.include('The CCMC is the body the guide names.');
      expect((await ask('is certification required to be a care manager?')).text).to.include('is another valuable one.');
    });

    it('"is confidentiality a big deal": follow privacy laws and learn the ones that apply where you work, nothing of countries', async () => {
      const { text } = await ask('is confidentiality a big deal');
      expect(text).to.include('critical part').and.include('Learn the privacy laws that apply where you work.');
    });

    it('"is the CCM recognised in the UK?": the guide says nothing of where they are recognized, then what it says', async () => {
      const { replies } = await ask('is the CCM recognised in the UK?');
      expectShown(replies, Messages.beyond.certificationPlace, 'These are the bodies the guide names.');
    });

    it('"does pay differ by state?": the guide gives no figures for a state or country, then its dollar ranges; never "no answer"', async () => {
      for (const message of ['does pay differ by state?', 'is the salary the same everywhere?']) {
        const { replies } = await ask(message);
        expectShown(replies, Messages.beyond.payElsewhereLead, '$40,000–$60,000');
        expect(shownText(replies), message).not.to.include(Messages.noMatch);
      }
    });

    it('"do licensing rules vary by country?" or "is a license needed in every state": the guide gives no rules of a place, then its licensing answer', async () => {
      for (const message of ['do licensing rules vary by country?', 'is a license needed in every state']) {
        const { replies } = await ask(message);
        expectShown(replies, Messages.beyond.licencePlace, 'license to practice');
        expect(shownText(replies), message).not.to.include(Messages.noMatch);
      }
    });
  });
}
