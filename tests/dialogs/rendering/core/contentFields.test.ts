import { expect } from 'chai';
import { comparisonCard, ladderCard, ladderRoleText, levelButtons, recommendationText, salaryLevelText, salaryRange, stepCard, stepCardTitle, stepCardText, stepListText } from '../../../../dialogs/rendering/guided/guidedCards';
import { sourceLine } from '../../../../dialogs/rendering/core/messages';
import { CareerLevelSchema, CareerStepSchema, SalaryLevelSchema, SpecialisationSchema } from '../../../../knowledge/schema';
import { knowledge } from '../../transcript';

const kb = knowledge();

/**
 * Every field of steps.yaml and careers.yaml is either shown to users (and rendered here) or data the code reads to
 * match and link (named here). A new field fails the first check until it is put in one list or the other.
 */
const STEP_FIELDS = { shown: ['number', 'title', 'shortTitle', 'summary', 'todo', 'tips', 'related', 'section'], data: ['id', 'keywords', 'indexWords'] };
const LADDER_FIELDS = { shown: ['order', 'title', 'summary', 'focus', 'section'], data: ['id'] };
const SALARY_FIELDS = { shown: ['title', 'shortTitle', 'minUsd', 'maxUsd', 'openEnded', 'experience', 'needs', 'section'], data: ['id', 'order', 'faqId'] };
const SPECIALISATION_FIELDS = { shown: ['name', 'title', 'serves', 'work', 'training', 'section'], data: ['id', 'keywords', 'faqId'] };

function expectAll(text: string, fragments: readonly string[], where: string): void {
  for (const fragment of fragments) expect(text, `${where} does not show "${fragment}"`).to.include(fragment);
}

describe('every field of the steps and careers content reaches users', () => {
  it('classifies every schema field as shown or data', () => {
    expect(Object.keys(CareerStepSchema.shape)).to.have.members([...STEP_FIELDS.shown, ...STEP_FIELDS.data]);
    expect(Object.keys(CareerLevelSchema.shape)).to.have.members([...LADDER_FIELDS.shown, ...LADDER_FIELDS.data]);
    expect(Object.keys(SalaryLevelSchema.innerType().shape)).to.have.members([...SALARY_FIELDS.shown, ...SALARY_FIELDS.data]);
    expect(Object.keys(SpecialisationSchema.shape)).to.have.members([...SPECIALISATION_FIELDS.shown, ...SPECIALISATION_FIELDS.data]);
  });

  it('shows each step card with its number, title, summary, every to-do, every tip, related questions and section', () => {
    for (const step of kb.steps) {
      const related = step.related.map((id) => kb.faqById.get(id)!.title);
      const fields = [step.summary.slice(0, 40), ...step.todo.map((t) => t.slice(0, 40)), ...step.tips.map((t) => t.slice(0, 40)), ...related, step.section];
      expectAll(stepCardText(step, related), fields, `markdown step ${step.number}`);
      const teamsCard = stepCard(step, kb.steps.length, 'teams', related).attachments?.[0]?.content;
      expectAll(JSON.stringify(teamsCard), fields.map((field) => JSON.stringify(field).slice(1, -1)), `Teams step ${step.number}`);
      expect(JSON.stringify(stepCard(step, kb.steps.length, 'markdown', related))).to.include(JSON.stringify(stepCardTitle(step, kb.steps.length)).slice(1, -1));
      expect(stepCardTitle(step, kb.steps.length)).to.include(`Step ${step.number} of ${kb.steps.length}`).and.include(step.title);
    }
    expect(stepListText(kb.steps)).to.include(kb.steps.map((s) => `${s.number}. ${s.shortTitle}`).join(', '));
  });

  it('shows each rung of the ladder in order, and its summary, focus and section when the user names it', () => {
    const card = JSON.stringify(ladderCard(kb.ladder, kb.salaries, 'markdown'));
    for (const rung of kb.ladder) {
      expect(card).to.include(`${rung.order}. ${rung.title}`);
      expect(rung.focus.length, rung.id).to.be.above(0);
      expectAll(ladderRoleText(rung, kb.salaries), [rung.title, rung.summary, ...rung.focus, sourceLine(rung.section)], `rung ${rung.id}`);
    }
  });

  it('shows each pay level: title, button, range, experience, needs and section', () => {
    const card = JSON.stringify(ladderCard(kb.ladder, kb.salaries, 'markdown'));
    expect(levelButtons(kb.salaries)).to.include.members(kb.salaries.map((s) => s.shortTitle));
    for (const level of kb.salaries) {
      expect(card).to.include(salaryRange(level)).and.include(level.title);
      expectAll(salaryLevelText(level, null), [level.title, salaryRange(level), level.experience, level.needs, sourceLine(level.section)], `pay level ${level.id}`);
    }
  });

  it('names the rung\'s section beside the pay level\'s when a pay level is shown with its rung', () => {
    for (const level of kb.salaries) {
      const rung = kb.ladder.find((r) => r.title.toLowerCase() === level.title.toLowerCase());
      if (!rung) continue;
      expect(salaryLevelText(level, rung), level.id).to.include(rung.summary).and.include(sourceLine(`${level.section}; ${rung.section}`));
    }
  });

  it('shows each specialization: who it serves, the work, the training and its sections, suggested and compared', () => {
    for (const [i, spec] of kb.specialisations.entries()) {
      const other = kb.specialisations[(i + 1) % kb.specialisations.length]!;
      const fields = [spec.name, spec.serves, spec.work, spec.training, sourceLine(spec.section)];
      const rec = { best: spec, runnerUp: other, runnerUpScored: false, tippedWords: null, audienceWords: null, drawWords: null, pickedWords: null };
      expectAll(recommendationText(rec, 'markdown'), fields, `suggested ${spec.id}`);
      expectAll(JSON.stringify(comparisonCard(spec, other).content), fields.map((field) => JSON.stringify(field).slice(1, -1)), `compared ${spec.id}`);
    }
  });
});
