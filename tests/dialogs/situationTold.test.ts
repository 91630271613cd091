import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { directAsk } from '../../knowledge/aspects';
import { ageAsked, beyondAsked, levelPast, ownPayWeighed, payLevels, payWithoutDegree, yearsToPay } from '../../knowledge/beyondGuide';
import { Messages } from '../../dialogs/rendering/messages';
import { experienceAsked, experienceWayNamed } from '../../dialogs/understanding/experienceCounts';
import { buttonTitles, CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * Answers that fit what the person said of themselves (session 25, from the usability testers' "generic answer that
 * ignores the situation" turns): their pay weighed against the guide's, a sum they want to reach, study skipped,
 * family caring, counseling work, a field of study typed without its auxiliary, their own age.
 */
describe('what the person says of their situation, read', () => {
  const kb = knowledge();

  it('their own pay weighed against the guide: the sum they earn, typed in any of the usual ways', () => {
    expect(ownPayWeighed('I earn 55k at the moment, would this mean a pay cut?')).to.equal(55000);
    expect(ownPayWeighed("I'm on $71,000 as a bank clerk. would I make less?")).to.equal(71000);
    expect(ownPayWeighed('making 48 grand now, would I be better off?')).to.equal(48000);
    // A sum in another currency is not set against the guide's dollars.
    expect(ownPayWeighed("I'm on £41k in sales, would I take a cut?")).to.equal(null);
    // A sum that is no pay, or pay asked with nothing of their own.
    expect(ownPayWeighed('I look after 30 residents, would I earn less?')).to.equal(null);
    expect(ownPayWeighed('would i take a pay cut going into this?')).to.equal(null);
    expect(ownPayWeighed('I make 62k. what hours would I work?')).to.equal(null);
  });

  it('a sum to reach asked how long it takes; the level whose median range first goes past it', () => {
    expect(yearsToPay('how long before I earn over 75k again')).to.equal(75000);
    expect(yearsToPay('how many years until I make 90k')).to.equal(90000);
    expect(yearsToPay('what would I earn after 3 years')).to.equal(null);
    expect(yearsToPay('I make 62k, how long does the degree take?')).to.equal(null);
    expect(levelPast(kb, 60000)?.entry.id).to.equal('salary-mid');
    expect(levelPast(kb, 85000)?.entry.id).to.equal('salary-senior');
    expect(levelPast(kb, 500000)?.entry.id).to.equal('salary-vp');
    expect(payLevels(kb).map((level) => [level.low, level.high])[0]).to.deep.equal([40000, 60000]);
  });

  it('study skipped, in other words than "without a degree", is the route without one', () => {
    for (const asked of ['how long would it take if I skipped uni altogether', 'how many years without going to college', 'how long is it if i never go to university']) {
      const read = directAsk(asked);
      expect(read?.kind === 'duration' ? read.without : undefined, asked).to.equal('a degree');
    }
  });

  it('a field told as one\'s study, then asked whether it counts, is that field', () => {
    expect(directAsk("I'm studying criminology in my second year. would my degree count?")).to.deep.equal({ kind: 'field', field: 'criminology' });
  });

  it('pay asked without a degree; the currency typed with a slip; "still at school" is no doubt about an age', () => {
    expect(payWithoutDegree('what would the salary be if i have no degree')).to.equal(true);
    expect(payWithoutDegree('can i do this with no degree')).to.equal(false);
    expect(beyondAsked('are those doller amounts?', kb, kb.faqById.get('salary'))?.kind).to.equal('pay-place');
    expect(ageAsked("i'm 16 and still at school, what subjects should i take?")).to.equal(false);
    expect(ageAsked("i'm 59, is it too late to start?")).to.equal(true);
  });

  it('a field of study asked without its auxiliary ("so sociology count as related?"), or "is possible to ... with a X degree"', () => {
    expect(directAsk('so sociology count as a related field?')).to.deep.equal({ kind: 'field', field: 'sociology' });
    expect(directAsk('is possible to be care manager with biology degree?')).to.deep.equal({ kind: 'field', field: 'biology' });
    expect(directAsk('so volunteering count as relevant experience?')).to.equal(null);
  });

  it('experience: family caring is its own kind, unpaid is no pay asked, counseling and medic work count', () => {
    expect(experienceAsked('does nursing my grandad at home count as experience? I was not paid for it')).to.equal('family-care');
    expect(experienceAsked('I took care of my aunt for two years, does that count as experience?')).to.equal('family-care');
    expect(experienceAsked('my placement was on a dementia ward, does it count or does it have to be a paid job?')).to.equal('care-work');
    expect(experienceWayNamed('my placement was on a dementia ward, does it count?')).to.equal('internships');
    // One's study weighed is no experience asked ("does my study count, or should I do social work?").
    expect(experienceAsked('does my study count, or should I switch to social work?')).to.equal(null);
    expect(experienceAsked('would three years of counseling at a youth charity count?')).to.equal('care-work');
    // A medic's years are left to the guide's own words: it names no military work (dialogS, rotating, read it so).
    expect(experienceAsked('I was a combat medic for 6 years, does that count as experience?')).to.equal('not-said');
    expect(experienceAsked('does my nursing experience count towards my salary?')).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`answers that fit what the person said of themselves (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('their pay told and a cut feared: the entry-level range against their sum, then the entry level', async () => {
      const replies = await start().say('I work in a warehouse and make around 66k. Would switching mean a big drop in pay?');
      expectShown(replies, Messages.beyond.payAgainstOwn('$66,000', '$40,000–$60,000', 'below'), '0–2 years');
      expect(shownText(replies)).not.to.include(Messages.noMatch);
      safe(replies, 'pay cut');
      const lower = await start().say("I'm on 35k in retail, would I earn more doing this?");
      expectShown(lower, Messages.beyond.payAgainstOwn('$35,000', '$40,000–$60,000', 'above'));
    });

    it('a sum to get back to, asked how long: the level whose range goes past it and its years, not the 6 to 8 years', async () => {
      const chat = start();
      await chat.say('what do you earn at the start');
      const replies = await chat.say('ok so how long until I am earning over 70k again?');
      expectShown(replies, Messages.beyond.yearsToPay('$70,000'), '$60,000–$80,000', '2–5 years');
      expect(shownText(replies)).not.to.include('6 to 8 years');
      safe(replies, 'years to 70k');
    });

    it('how long if they skip college: the guide gives no time for that route, then what it says of it', async () => {
      const replies = await start().say('how long does it take to become one if I skip college completely');
      expectShown(replies, Messages.direct.durationWithout('a degree'), "isn't strictly required");
      safe(replies, 'skip college');
    });

    it('caring for their own family, unpaid, asked whether it counts: the guide does not speak of it, then the experience it names', async () => {
      const replies = await start().say('would nursing my nan through her last years count as experience? it was unpaid obviously');
      expectShown(replies, Messages.experienceCounts['family-care'], 'health or social services');
      expect(buttonTitles(replies)).to.include('Volunteering');
      safe(replies, 'family caring');
    });

    it('counseling work asked whether it counts: yes, the experience the guide describes (it names counseling)', async () => {
      for (const asked of ['would 5 years doing addiction counselling count as experience?', 'does my counseling job at a youth center count?']) {
        const replies = await start().say(asked);
        expectShown(replies, Messages.experienceCounts['care-work']);
        expect(shownText(replies)).not.to.include(Messages.experienceCounts['not-said']);
        safe(replies, asked);
      }
    });

    it('their own age after the pay: the guide says nothing of age, with the route into the career, not the pay in view', async () => {
      const chat = start();
      await chat.say('how much do care managers make');
      const replies = await chat.say("I'm 57, am I too old to start?");
      expectShown(replies, Messages.aspectNotGiven.age);
      expect(buttonTitles(replies)).to.include.members(['Is it right for me?', 'Without a degree']);
      expect(buttonTitles(replies)).not.to.include('Entry-level pay');
      safe(replies, 'age after pay');
    });

    it('pay asked by someone without a degree: the guide gives none by degree, then its figures by level', async () => {
      const replies = await start().say("what would I get paid as a care manager if I don't have a degree?");
      expectShown(replies, Messages.beyond.payWithoutDegree, '$40,000–$60,000');
      safe(replies, 'pay without a degree');
    });

    it('caring for a grandparent, told as "took care of", asked whether it counts: not a yes', async () => {
      const replies = await start().say('I took care of my granddad at home for years, does that count as experience?');
      expectShown(replies, Messages.experienceCounts['family-care']);
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
    });

    it('a placement in care asked whether it counts: yes, with the answer on internships and placements', async () => {
      const replies = await start().say('I did a six-week placement in a care home on my course, does that count as experience?');
      expectShown(replies, Messages.experienceCounts['care-work'], 'practicum');
      safe(replies, 'placement');
    });

    it('a study told in the story, then "does my study count": the field answer, not care work', async () => {
      const replies = await start().say("I'm studying criminology at university. Does my study count, or do I have to study social work?");
      expectShown(replies, 'criminology', 'social work, nursing or a related field');
      expect(shownText(replies)).not.to.include(Messages.experienceCounts['care-work']);
      safe(replies, 'criminology');
    });

    it('a field of study asked without its auxiliary: the guide does not name it, with the fields it does name', async () => {
      const replies = await start().say('so anthropology count as related field or not');
      expectShown(replies, 'social work, nursing or a related field');
      expect(shownText(replies)).to.include('anthropology');
      safe(replies, 'anthropology');
    });
  });
}
