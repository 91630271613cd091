import { ActionTypes, type CardAction } from 'botbuilder';
import { expect } from 'chai';
import { TEAMS_LIMITS, withButtons, type Button } from '../../../../dialogs/rendering/core/cards';
import { ladderCard, levelButtons, withChoices } from '../../../../dialogs/rendering/guided/guidedCards';
import { teamsCard } from '../../../../dialogs/rendering/core/teamsCards';
import type { SalaryLevel } from '../../../../knowledge/schema';
import { buttonsOf, expectTeamsSafe, knowledge } from '../../transcript';

/**
 * Teams shows at most six buttons on a hero card and drops the rest silently, so every card builder cuts the list
 * itself, keeping the first six in order. Each builder gets more than six here; Web Chat keeps them all.
 */

const kb = knowledge();
const MANY = 9;
const titles = Array.from({ length: MANY }, (_, i) => `Option ${i + 1}`);
const buttons: Button[] = titles.map((title) => ({ title, text: title, value: { action: 'command', command: 'help' } }));
const actions: CardAction[] = titles.map((title) => ({ type: ActionTypes.MessageBack, title, text: title, value: { action: 'guided', choice: title } }));
const level = kb.salaries[0]!;
const manyLevels: SalaryLevel[] = titles.map((title, i) => ({ ...level, id: `${level.id}-${i}`, title, shortTitle: title }));
const firstSix = titles.slice(0, TEAMS_LIMITS.heroCardButtons);

describe('the Teams six-button cap', () => {
  it('is six', () => expect(TEAMS_LIMITS.heroCardButtons).to.equal(6));

  const cards: ReadonlyArray<readonly [string, () => string[]]> = [
    ['withButtons (answers, menus, conversation replies)', () => buttonsOf(withButtons('teams', 'text', buttons)).map((b) => b.title)],
    ['withChoices (guided questions)', () => buttonsOf(withChoices('teams', 'text', actions)).map((b) => b.title)],
    ['ladderCard (the salary ladder)', () => buttonsOf(ladderCard(kb.ladder, manyLevels, 'teams')).map((b) => b.title)],
    ['levelButtons (the level question)', () => levelButtons(manyLevels)],
    ['teamsCard (Teams step, ladder and group-chat answer cards)', () => buttonsOf({ attachments: [teamsCard([{ kind: 'text', text: 'text' }], actions)] }).map((b) => b.title)],
  ];
  for (const [builder, shown] of cards) {
    it(`${builder} keeps the first six buttons on Teams`, () => expect(shown()).to.deep.equal(firstSix));
  }

  it('keeps every button for Web Chat, where suggested actions have no such limit', () => {
    expect(buttonsOf(withButtons('markdown', 'text', buttons)).map((b) => b.title)).to.deep.equal(titles);
    expect(buttonsOf(withChoices('markdown', 'text', actions)).map((b) => b.title)).to.deep.equal(titles);
  });

  it('is checked on every Teams reply the transcript tests look at', () => {
    const uncut = { attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: { buttons: actions } }] };
    expect(() => expectTeamsSafe(uncut, 'nine buttons')).to.throw(/card buttons/);
  });
});
