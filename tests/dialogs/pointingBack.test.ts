import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { TEAMS_CARD_LIMITS } from '../../dialogs/rendering/core/teamsCards';
import { comparablePairs, comparedEntries } from '../../dialogs/understanding/core/followUp';
import { understand, type Situation } from '../../dialogs/understanding/core/pipeline';
import { parseStepCommand } from '../../dialogs/understanding/core/stepNavigation';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectAnswerInView, expectShown, saysAnswerInView, shownText, startGuided, stepShown } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Messages that point back at what is in view (issue 10, point 3): "which is better?" after two answers, "the second
 * one", "is that one required?" on a step of the walk, "and after that?" in the walk, "the top one" in the pay ladder,
 * and a goodbye said for the evening. The real bot, flows, engine and knowledge base, in Web Chat and Teams.
 */

const kb = knowledge();
const entry = (id: string) => kb.faqById.get(id)!;
const firstLine = (id: string) => entry(id).answer.split('\n')[0]!;
const IN_THE_WALK: Situation = Object.freeze({ place: 'walk', flow: 'careerSteps' });

describe('what "which is better?" compares', () => {
  // [the answer before, the last answer, the message, the entries compared]
  const cases: ReadonlyArray<readonly [string | undefined, string, string, readonly string[]]> = [
    ['geriatric', 'chronic-disease', 'which is better?', ['geriatric', 'chronic-disease']],
    ['ccm', 'cmc', 'thanks, which one should I choose', ['ccm', 'cmc']],
    [undefined, 'certifications', "ok and what's the difference between the two?", ['ccm', 'cmc']],
    [undefined, 'bachelors-or-masters', 'which is better', ['bachelors-or-masters']],
    [undefined, 'how-long', 'which is better?', []],
    ['geriatric', 'chronic-disease', 'which is better paid, nursing or this?', []],
    // Only two of a kind: after the CCM and keeping it current, the pair the last answer names, never CCM vs renewal.
    ['ccm', 'certification-renewal', 'which is better?', ['ccm', 'cmc']],
    ['how-long', 'ccm', 'which one should I go for', ['ccm', 'cmc']],
    ['salary-entry', 'salary-senior', 'how do they compare', ['salary-entry', 'salary-senior']],
    ['junior-care-manager', 'director-roles', 'which is better', ['junior-care-manager', 'director-roles']],
    ['hard-skills', 'soft-skills', "what's the difference", ['hard-skills', 'soft-skills']],
    ['geriatric', 'stressful', 'which is better?', []],
    ['salary', 'salary-mid', 'which is better?', []],
  ];
  for (const [before, last, message, expected] of cases) {
    it(`after ${before ? `${before} and ` : ''}${last}, "${message}" compares ${expected.join(' and ') || 'nothing'}`, () => {
      const found = comparedEntries(message, entry(last), before ? entry(before) : undefined, kb).map((compared) => compared.id);
      expect(found).to.deep.equal(expected);
    });
  }
});

describe('which two "which is better?" offers when nothing in view makes a pair', () => {
  // [the answer before, the last answer, the pairs offered]
  const cases: ReadonlyArray<readonly [string | undefined, string, ReadonlyArray<readonly [string, string]>]> = [
    ['geriatric', 'stressful', [['geriatric', 'pediatric'], ['geriatric', 'psychiatric'], ['geriatric', 'chronic-disease']]],
    ['salary', 'salary-mid', [['salary-mid', 'salary-entry'], ['salary-mid', 'salary-senior'], ['salary-mid', 'salary-director']]],
    [undefined, 'how-long', []],
    ['stressful', 'how-long', []],
  ];
  for (const [before, last, expected] of cases) {
    it(`after ${before ? `${before} and ` : ''}${last}: ${expected.map((pair) => pair.join(' vs ')).join(', ') || 'none'}`, () => {
      const pairs = comparablePairs('which is better?', entry(last), before ? entry(before) : undefined, kb).map(([a, b]) => [a.id, b.id]);
      expect(pairs).to.deep.equal(expected);
    });
  }
  it('offers nothing for a message that does not compare', () => {
    expect(comparablePairs('is it stressful?', entry('stressful'), entry('geriatric'), kb)).to.deep.equal([]);
  });
});

describe('moves of the walk said as a follow-up', () => {
  for (const said of ['ok and after that?', 'and after that', 'what comes next?', 'then what', 'and then?', 'what then']) {
    it(`"${said}" in the walk is the next step`, () => {
      expect(parseStepCommand(said, kb.steps)).to.deep.equal({ kind: 'next' });
    });
  }
  it('"go back one" in the walk is the step before', () => {
    expect(parseStepCommand('go back one', kb.steps)).to.deep.equal({ kind: 'back' });
  });
  it('"and after that?" at the root is not a move of the walk', () => {
    expect(understand('and after that?', { place: 'root', flow: null }, kb).kind).to.equal('question');
  });
  it('"ok we\'re done for tonight, bye" in the walk is a goodbye', () => {
    const meaning = understand("ok we're done for tonight, bye", IN_THE_WALK, kb);
    expect(meaning.kind === 'chat' && meaning.acts.includes('bye')).to.equal(true);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`pointing back at what is in view (${channelName})`, () => {
    it('shows the last two answers side by side for "which is better?", and "the second one" is the later', async () => {
      const chat = startGuided({ channelId });
      await chat.say("what's geriatric care management");
      await chat.say('what is chronic disease management');
      expectShown(await chat.say('which is better?'), Messages.sideBySide(entry('geriatric').title, entry('chronic-disease').title), firstLine('geriatric'), firstLine('chronic-disease'));
      expectShown(await chat.say('is the second one hard to get into?'), firstLine('chronic-disease'));
    });

    it('compares the CCM and the CMC for "what\'s the difference between the two?" after the certifications', async () => {
      const chat = startGuided({ channelId });
      await chat.say('which certifications should I get');
      expectShown(await chat.say("ok and what's the difference between the two?"), Messages.sideBySide(entry('ccm').title, entry('cmc').title));
      expectShown(await chat.say('is the second one hard to get?'), firstLine('cmc'));
    });

    it('compares the CCM with the CMC, not with keeping certified, for "which is better?" after the CCM and then renewal', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what is the CCM certification');
      await chat.say('how do I keep my certification current');
      const replies = await chat.say('which is better?');
      expectShown(replies, Messages.sideBySide(entry('ccm').title, entry('cmc').title), firstLine('ccm'), firstLine('cmc'));
      expect(shownText(replies)).not.to.include(entry('certification-renewal').title);
    });

    it('asks which two, with buttons, when the last answer has no pair of its own, and a button shows that pair side by side', async () => {
      const chat = startGuided({ channelId });
      await chat.say("what's geriatric care management");
      await chat.say('is it stressful?');
      const replies = await chat.say('which is better?');
      expectShown(replies, Messages.whichTwo);
      expect(shownText(replies)).not.to.include(firstLine('stressful'));
      const titles = buttonTitles(replies);
      expect(titles).to.have.length(3);
      for (const title of titles) expect(title.length).to.be.at.most(TEAMS_CARD_LIMITS.title);
      const shown = await clickOn(chat, replies, titles[0]!);
      expectShown(shown, Messages.sideBySide(entry('geriatric').title, entry('pediatric').title), firstLine('geriatric'), firstLine('pediatric'));
      expectShown(await chat.say('is the second one hard to get into?'), firstLine('pediatric'));
    });

    it('answers "which is better" after the bachelor\'s-or-master\'s answer with that answer again', async () => {
      const chat = startGuided({ channelId });
      await chat.say('does my son need a bachelors or a masters to be a care manager');
      expectAnswerInView(await chat.say('which is better'), entry('bachelors-or-masters'));
    });

    it('in the walk, "ok and after that?" moves on, "is that one required?" on the certifications step asks about certification, and a goodbye for the evening saves the place', async () => {
      const chat = startGuided({ channelId });
      await chat.say('walk me through the steps');
      expect(stepShown(await chat.say('ok and after that?'))).to.equal(2);
      expect(stepShown(await chat.say('go back one'))).to.equal(1);
      expect(stepShown(await chat.say('next'))).to.equal(2);
      expect(stepShown(await chat.say('next again'))).to.equal(3);
      expect(stepShown(await chat.say('back again'))).to.equal(2);
      expect(stepShown(await chat.say('step 5'))).to.equal(5);
      const required = await chat.say('is that one required?');
      expectShown(required, firstLine('certification-required'));
      expect(saysAnswerInView(required)).to.equal(false);
      expectShown(await chat.say("ok we're done for tonight, bye"), Messages.chat.bye, Messages.walkPaused(5));
    });

    it('"tell me more about the care plan part" after the responsibilities is care planning, and "and after that?" after entry-level pay is mid-level pay', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what are the main responsibilities of a care manager');
      expectShown(await chat.say('tell me more about the care plan part'), firstLine('care-planning'));
      await chat.say('how much does an entry level care manager earn');
      expectShown(await chat.say('and after that?'), firstLine('salary-mid'));
    });

    it('offers the entries next to keeping certified for "and the other ones?", which no overview answers, instead of a guess', async () => {
      const chat = startGuided({ channelId });
      await chat.say('how do I keep my certification current');
      const replies = await chat.say('and the other ones?');
      expectShown(replies, Messages.didYouMean);
      expect(buttonTitles(replies)).to.include.members([entry('ccm').title, entry('cmc').title]);
    });

    it('answers "and the other ones?" after the CCM with the certifications, and "is it required tho" with whether certification is required', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what is the CCM');
      expectShown(await chat.say('and the other ones?'), firstLine('certifications'));
      await chat.say('what is the CCM');
      const required = await chat.say('is it required tho');
      expectShown(required, firstLine('certification-required'));
      expect(saysAnswerInView(required)).to.equal(false);
    });

    it('reads a question word alone with the last answer\'s subject: "where?" after internships, "how do i get into that one" after chronic disease', async () => {
      const chat = startGuided({ channelId });
      await chat.say('should i do an internship');
      expectAnswerInView(await chat.say('where?'), entry('internships'));
      await chat.say('what is chronic disease management');
      expectShown(await chat.say('how do i get into that one'), firstLine('how-to-specialise'));
    });

    it('answers within a specialisation from its own answer: "who would I be working with in that" after pediatric care; "like a doctorate?" after continuing development is that answer', async () => {
      const chat = startGuided({ channelId });
      await chat.say('can i work with kids as a care manager');
      const within = await chat.say('who would I be working with in that');
      expectAnswerInView(within, entry('pediatric'));
      expect(shownText(within)).not.to.include(firstLine('team'));
      await chat.say('how do care managers keep learning once qualified');
      const example = await chat.say('like a doctorate?');
      // The part of that answer that speaks of a doctorate, not the whole answer again.
      expectAnswerInView(example, entry('continuing-development'));
      expectShown(example, entry('continuing-development').answer.split('\n').find((line) => line.includes('doctorate'))!.replace(/^- /, ''));
      expect(shownText(example)).not.to.include(firstLine('team'));
    });

    it('reads a message that already follows on in its own words as it stands, and offers an example the last answer never speaks of', async () => {
      const chat = startGuided({ channelId });
      await chat.say('my daughter is great with little ones, is there a care manager job working with children');
      const specialise = await chat.say('how would she specialise in that');
      expectShown(specialise, firstLine('how-to-specialise'));
      expect(saysAnswerInView(specialise)).to.equal(false);
      await chat.say('how long does it take and is it stressful');
      const example = await chat.say('like a doctorate?');
      expectShown(example, Messages.didYouMean);
      expect(buttonTitles(example)).to.include.members([entry('bachelors-or-masters').title, entry('continuing-development').title]);
      expect(saysAnswerInView(example)).to.equal(false);
      expect(shownText(example)).not.to.include(firstLine('stressful'));
      expect(shownText(example)).not.to.include(firstLine('team'));
      for (const title of buttonTitles(example)) expect(title.length).to.be.at.most(TEAMS_CARD_LIMITS.title);
    });

    it('climbs the ladder: after the career path and the senior role, "and after that?" is the director\'s role and "what do they earn" its pay', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what does the career path look like');
      await chat.say('what does a senior care manager do');
      expectShown(await chat.say('and after that?'), firstLine('director-roles'));
      expectShown(await chat.say('what do they earn'), firstLine('salary-director'));
      expectShown(await chat.say('and how do you get that high up?'), firstLine('advancing'));
    });

    it('in the pay ladder, "what about the top one?" is the vice president\'s pay', async () => {
      const chat = startGuided({ channelId });
      await chat.say('show me the pay at every level');
      const top = await chat.say('what about the top one?');
      expectShown(top, '$');
      expect(shownText(top)).not.to.include(firstLine('director-roles'));
      expect(shownText(top).toLowerCase()).to.include('vice president');
    });
  });
}
