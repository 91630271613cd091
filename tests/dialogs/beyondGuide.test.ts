import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { ageAsked, asksStartingPay, beyondAsked, fitAsked, mostSpelled, placeNamed } from '../../knowledge/beyondGuide';
import { Messages } from '../../dialogs/rendering/core/messages';
import { buttonTitles, CHAT_CHANNELS, expectShown, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, type Conversation } from './transcript';

/**
 * What the guide covers only around its edges (session 24, from the usability testers' "declined" and "answered
 * something else" turns): the country and currency of its pay, qualifications from another country, an age, whether
 * someone with the writer's background could do it, studying again, earlier years counted towards a level. The reply
 * says plainly what the guide does not give, then what it does say; nothing is invented.
 */
describe('what the guide covers only around its edges, read (knowledge/beyondGuide.ts)', () => {
  const kb = knowledge();
  const salary = kb.faqById.get('salary');

  it('pay asked of a place or a currency, after pay or with pay named; not the pay itself asked in dollars or in the US', () => {
    for (const asked of ['are these figures for america?', 'is that in US dollars or what', 'what currency are those in', 'and in Germany?', 'would it be the same in Kenya', 'which state pays the most']) {
      expect(beyondAsked(asked, kb, salary)?.kind, asked).to.equal('pay-place');
    }
    expect(beyondAsked('and in Germany?', kb, salary)).to.deep.equal({ kind: 'pay-place', elsewhere: true });
    expect(beyondAsked('are these figures for america?', kb, salary)).to.deep.equal({ kind: 'pay-place', elsewhere: false });
    for (const asked of ['what do care managers earn in the US', 'what is a senior salary in dollars', 'are there care manager jobs in Canada', 'can you tell us more']) {
      expect(beyondAsked(asked, kb, salary), asked).to.equal(null);
    }
    // With no pay in view, a place alone asks nothing of pay.
    expect(beyondAsked('and in Germany?', kb)).to.equal(null);
  });

  it('a place is one named after a preposition or with a capital; "us" is a pronoun, "US" a country', () => {
    expect(placeNamed('I live in poland', kb)).to.equal('elsewhere');
    expect(placeNamed('tell us more', kb)).to.equal(null);
    expect(placeNamed('is this for the US', kb)).to.equal('home');
    expect(placeNamed('my friend Casey said so', kb)).to.equal(null);
  });

  it('a qualification from another country asked whether it holds; a field of study weighed is not one', () => {
    for (const asked of ['I trained as a nurse in Peru, would my diploma be recognised?', 'is a foreign social work degree accepted?', 'my qualifications are from Nigeria, do they transfer']) {
      expect(beyondAsked(asked, kb)?.kind, asked).to.equal('foreign-qualification');
    }
    expect(beyondAsked('is psychology a related field?', kb)).to.equal(null);
    expect(beyondAsked('does nursing count as a related degree?', kb)).to.equal(null);
  });

  it('whether someone like the writer could do it, asked as the whole question; "could i do it online" asks how', () => {
    for (const asked of ['could a person like me do this job?', 'am I even cut out for this', 'honestly, do i have what it takes']) expect(fitAsked(asked), asked).to.equal(true);
    for (const asked of ['could i do this online', 'could i do this without a degree', 'is it right for me to do a masters first']) expect(fitAsked(asked), asked).to.equal(false);
  });

  it('an age asked about, or given with a doubt; an age in a story that asks something else is not', () => {
    for (const asked of ['am i too old to start at 58?', 'I am 61, can I still retrain?', 'does my age matter']) expect(ageAsked(asked), asked).to.equal(true);
    for (const asked of ['I am 29 and a nurse, how long does it take?', 'how old are most care managers']) expect(ageAsked(asked), asked).to.equal(false);
  });

  it('pay at the start of the career in everyday words; the start alone asks no pay', () => {
    expect(asksStartingPay('what does it pay in your first year')).to.equal(true);
    expect(asksStartingPay('what should I do at the beginning')).to.equal(false);
  });

  it('"number one", "top" or "biggest" before a skill or a quality is read as "most important"', () => {
    expect(mostSpelled("what's the top skill for this job")).to.equal('what is the most important skill for this job');
    expect(mostSpelled('what are the top employers')).to.equal('what are the top employers');
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`what the guide covers only around its edges, said plainly (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };
    const after = async (first: string, asked: string): Promise<Partial<Activity>[]> => {
      const chat = start();
      await chat.say(first);
      return chat.say(asked);
    };

    it('the country or currency of the pay in view: the guide gives dollars and names no country, with the pay answers as buttons', async () => {
      for (const asked of ['are these figures for america?', 'is that in US dollars?']) {
        const replies = await after('what do care managers get paid', asked);
        expectShown(replies, Messages.beyond.payCurrency);
        expect(buttonTitles(replies)).to.include('Salary');
        expect(shownText(replies)).not.to.include(Messages.outOfScope);
        safe(replies, asked);
      }
    });

    it('pay elsewhere after the pay in view ("and in Germany is it more?"): no figures by country, never "no answer"', async () => {
      const replies = await after('entry level salary?', 'and in Germany is it more?');
      expectShown(replies, Messages.payByPlace);
      expect(buttonTitles(replies)).to.include('Entry-level pay');
      expect(shownText(replies)).not.to.include(Messages.noMatch);
      safe(replies, 'and in Germany');
    });

    it('pay asked in another currency ("what would I be paid in pounds"): the guide\'s dollar figures, led by what it does not give', async () => {
      const replies = await start().say('what would a care manager be paid in pounds?');
      expectShown(replies, Messages.beyond.payElsewhereLead, '$40,000–$60,000');
      safe(replies, 'pounds');
    });

    it('a licence asked of a place ("is a licence needed in Ontario"): the guide\'s licensing answer, led by what it does not give', async () => {
      const replies = await start().say('is a licence needed in Ontario?');
      expectShown(replies, Messages.beyond.licencePlace, 'license to practice');
      expect(shownText(replies)).not.to.include(Messages.noMatch);
      safe(replies, 'licence in Ontario');
    });

    it('a degree from another country: the guide does not speak of them, then the field it names and its answer on degrees, not keeping certified', async () => {
      const replies = await start().say('I qualified as a social worker in Brazil. Is my degree valid here?');
      const degree = { field: 'social work', named: true, abroad: true, associate: false, studyAgain: false };
      expectShown(replies, Messages.direct.degreeWeighed(degree, 'social work, nursing or a related field'), 'health care administration');
      expect(shownText(replies)).not.to.include('Yes:');
      expect(shownText(replies)).not.to.match(/continuing education and periodic re-examinations/);
      safe(replies, 'foreign degree');
    });

    it('an age asked about: said plainly before who the career suits, or with the route as buttons when nothing else is asked', async () => {
      const answered = await start().say('I am 58. Could it be too late for me?');
      expectShown(answered, Messages.beyond.ageLead, 'genuine wish to help people');
      safe(answered, 'too late at 58');
      const declined = await start().say("I turned 60 last month and I've only ever driven lorries, am I too old for all this?");
      expectShown(declined, Messages.aspectNotGiven.age);
      expect(buttonTitles(declined)).to.include('Is it right for me?');
      expect(shownText(declined)).not.to.include(Messages.outOfScope);
      safe(declined, 'too old, with a story');
    });

    it('"could someone like me do this" after a story outside care: the background the guide says is usual, then who the career suits', async () => {
      const replies = await start().say("I've been a bank cashier for twelve years and I'm good with people. could someone like me do this?");
      expectShown(replies, Messages.beyond.fitOutside, 'genuine wish to help people');
      expect(shownText(replies)).not.to.match(/\$\d/);
      safe(replies, 'someone like me');
      // After a story of care work, who the career suits, with no line on the background.
      const carer = await start().say("I've worked as a carer in a nursing home for 6 years, could someone like me do this?");
      expect(shownText(carer)).to.include('genuine wish to help people');
      expect(shownText(carer)).not.to.include(Messages.beyond.fitOutside);
    });

    it('"can i do this job" after a story with no degree: the route without one, led by the background the guide says is usual', async () => {
      const replies = await start().say("I've driven buses for 20 years and never went to college. Could I do this job?");
      expectShown(replies, Messages.beyond.fitOutsideNoDegree, "isn't strictly required");
      safe(replies, 'no degree, could i do this');
    });

    it('earlier work that is not care work, asked whether it helps: the guide does not say, then the experience it describes', async () => {
      const replies = await start().say('i worked in a call centre for 5 years, does that help at all');
      expectShown(replies, Messages.experienceCounts['not-said'], 'health or social services');
      safe(replies, 'call centre');
    });

    it('years of care work counted towards a level ("do my years on the ward count towards senior"): the level, led by what the guide does not say', async () => {
      const replies = await start().say('I have been a nurse on a ward for 9 years. do my years count towards senior level?');
      expectShown(replies, Messages.beyond.towardsLevel, '$80,000');
      safe(replies, 'towards senior');
    });

    it('the skill that matters most, asked as "the top skill": the one the guide singles out, never how long it takes', async () => {
      const replies = await start().say("what's the top skill for this job");
      expect(shownText(replies)).to.include('Communication is one of the **most important skills**');
      expect(shownText(replies)).not.to.include('6 to 8 years');
      safe(replies, 'top skill');
    });

    it('pay asked of the start of the career in other words ("what would I earn at the very beginning"): the entry-level pay', async () => {
      const replies = await start().say('what would I earn at the very beginning');
      expect(shownText(replies)).to.include('$40,000–$60,000');
      safe(replies, 'beginning');
    });
  });
}
