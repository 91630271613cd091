import { expect } from 'chai';
import { Channels } from 'botbuilder';
import { ladderFollowUp } from '../../../dialogs/understanding/followUp';
import { expectShown, startGuided } from '../guidedHarness';
import { knowledge } from '../transcript';

describe('follow-ups along the career ladder', () => {
  // [last answered entry, the follow-up as people type it, the entry it asks for]
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['salary-entry', 'and senior?', 'salary-senior'],
    ['salary-entry', 'what about mid level', 'salary-mid'],
    ['salary-entry', 'ok and for directors', 'salary-director'],
    ['salary-entry', 'what about the top job?', 'salary-vp'],
    ['salary', 'how about for seniors', 'salary-senior'],
    ['salary', 'What about VPs?', 'salary-vp'],
    ['salary-senior', 'and directors?', 'salary-director'],
    ['salary-director', 'what about juniors', 'salary-entry'],
    ['director-roles', 'and what do they earn', 'salary-director'],
    ['senior-care-manager', 'and the pay?', 'salary-senior'],
    ['senior-care-manager', 'how much do they make', 'salary-senior'],
    ['junior-care-manager', 'what about senior ones', 'senior-care-manager'],
    ['salary-senior', 'and what do they do', 'senior-care-manager'],
    ['salary-director', 'what are their responsibilities', 'director-roles'],
  ];
  for (const [last, message, expected] of cases) {
    it(`after ${last}, "${message}" asks for ${expected}`, () => {
      expect(ladderFollowUp(message, last)).to.equal(expected);
    });
  }

  // Messages that stand on their own, or a last answer that is not on the ladder: the engine decides.
  const notFollowUps: ReadonlyArray<readonly [string | undefined, string]> = [
    [undefined, 'and senior?'],
    ['stressful', 'and senior?'],
    ['geriatric', 'what about seniors'],
    ['salary-entry', 'how much does a senior care manager earn in a big city compared with a small town'],
    ['salary-entry', 'is it stressful?'],
    ['senior-care-manager', 'and how do I make the move?'],
    ['salary', 'and the mid role?'],
    ['salary-senior', 'and how do I get there?'],
  ];
  for (const [last, message] of notFollowUps) {
    it(`after ${last ?? 'nothing'}, leaves "${message}" to the engine`, () => {
      const found = ladderFollowUp(message, last);
      // "and the mid role?" names a place the guide has no role for: nothing to point at.
      expect(found).to.equal(null);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`answers "and senior?" after the entry-level pay with senior pay, in a conversation (${channelId})`, async () => {
      const kb = knowledge();
      const chat = startGuided({ channelId });
      await chat.say('how much does an entry level care manager earn');
      const replies = await chat.say('and senior?');
      expectShown(replies, kb.faqById.get('salary-senior')!.answer.split('\n')[0]!);
      const next = await chat.say('and what do they do');
      expectShown(next, kb.faqById.get('senior-care-manager')!.answer.split('\n')[0]!);
    });
  }
});
