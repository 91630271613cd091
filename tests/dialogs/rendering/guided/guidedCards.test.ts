import { CardFactory } from 'botbuilder';
import { expect } from 'chai';
import { z } from 'zod';
import { comparisonCard, formatUsd, GUIDED_ACTION, ladderCard, roadmapChecklist, safeEcho, salaryRange, stepCard, stepCardText, walkStepTag } from '../../../../dialogs/rendering/guided/guidedCards';
import { AimButtons, AudienceButtons, DrawButtons, EducationButtons, ExperienceButtons, GuidedButtons, GuidedMessages } from '../../../../dialogs/rendering/guided/guidedMessages';
import { buildRoadmap } from '../../../../dialogs/flows/roadmapPlan';
import { Messages } from '../../../../dialogs/rendering/core/messages';
import { AdaptiveSchema, knowledge } from '../../transcript';

const kb = knowledge();
const HeroSchema = z.object({ title: z.string(), text: z.string(), buttons: z.array(z.object({ title: z.string(), type: z.string() })) });

describe('guided cards', () => {
  it('keeps every fixed button title of the guided flows within the Teams limit of 20 characters', () => {
    const fixed: string[] = [
      ...Object.values(GuidedButtons).flatMap((value) => (typeof value === 'string' ? [value] : [])),
      ...Object.values(AudienceButtons),
      ...Object.values(DrawButtons),
      ...Object.values(EducationButtons),
      ...Object.values(ExperienceButtons),
      ...Object.values(AimButtons),
    ];
    for (const title of fixed) expect(title.length, title).to.be.at.most(20);
  });

  it('builds one hero card per step with messageBack buttons, and no Back on step 1', () => {
    for (const step of kb.steps) {
      const card = stepCard(step, kb.steps.length, 'markdown').attachments?.[0];
      expect(card?.contentType).to.equal(CardFactory.contentTypes.heroCard);
      const hero = HeroSchema.parse(card?.content);
      expect(hero.title).to.equal(`Step ${step.number} of ${kb.steps.length}: ${step.title}`);
      expect(hero.buttons.map((b) => b.title)).to.deep.equal(step.number === 1 ? ['Next', 'Stop'] : ['Next', 'Back', 'Stop']);
      expect(hero.buttons.every((b) => b.type === 'messageBack')).to.equal(true);
    }
  });

  it('lays a step out on Teams as an Adaptive Card: title, one TextBlock per paragraph, the to-dos as a list, guided buttons', () => {
    for (const step of kb.steps) {
      const card = stepCard(step, kb.steps.length, 'teams').attachments?.[0];
      expect(card?.contentType).to.equal(CardFactory.contentTypes.adaptiveCard);
      const content = AdaptiveSchema.parse(card?.content);
      const texts = content.body.map((block) => block.text);
      expect(texts[0]).to.equal(`Step ${step.number} of ${kb.steps.length}: ${step.title}`);
      expect(texts).to.include(step.summary);
      expect(texts).to.include(step.todo.map((item) => `- ${item}`).join('\r'));
      expect(content.body.every((block) => block.type === 'TextBlock' && block.wrap === true)).to.equal(true);
      expect(content.actions.map((action) => action.title)).to.deep.equal(step.number === 1 ? ['Next', 'Stop'] : ['Next', 'Back', 'Stop']);
      expect(content.actions.map((action) => action.data)).to.deep.equal(
        content.actions.map((action) => ({ action: GUIDED_ACTION, choice: action.title, for: walkStepTag(step.number), text: action.title })),
      );
    }
  });

  it('writes the Web Chat step text in Markdown', () => {
    const step = kb.steps[0]!;
    expect(stepCardText(step)).to.include(`**${GuidedMessages.steps.whatToDo}**`);
  });

  it("shows the user's words back safely: escaped for Markdown, stripped for Teams, one line, at most 80 characters", () => {
    expect(safeEcho('**bold** [link](http://x) <img src=x>', 'markdown')).to.equal('\\*\\*bold\\*\\* \\[link\\]\\(http://x\\) \\<img src=x\\>');
    // No HTML entity: the renderer escapes HTML itself, so one written here would show ("Children &amp; families").
    expect(safeEcho('Children & families', 'markdown')).to.equal('Children & families');
    expect(safeEcho('fish &amp; chips', 'markdown')).to.equal('fish \\&amp; chips');
    expect(safeEcho('**bold** [link](http://x) <img src=x>', 'teams')).to.equal('bold linkhttp://x img src=x');
    expect(safeEcho('line one\nline two', 'markdown')).to.equal('line one line two');
    expect(safeEcho('word '.repeat(40), 'teams').length).to.be.at.most(80);
  });

  it('puts two specialisations side by side in an Adaptive Card: a column each, headed by its name, its aspects labelled, the source once', () => {
    const [a, b] = [kb.specialisations[0]!, kb.specialisations[1]!];
    const card = comparisonCard(a, b);
    expect(card.contentType).to.equal(CardFactory.contentTypes.adaptiveCard);
    const Text = z.object({ type: z.literal('TextBlock'), text: z.string() }).passthrough();
    const Columns = z.object({ type: z.literal('ColumnSet'), columns: z.array(z.object({ items: z.array(Text) }).passthrough()).length(2) }).passthrough();
    const body = z.object({ body: z.array(z.union([Text, Columns])) }).parse(card.content).body;
    const sets = body.flatMap((element) => (element.type === 'ColumnSet' && 'columns' in element ? [element.columns.map((column) => column.items.map((item) => item.text))] : []));
    expect(sets, 'one set of two columns').to.have.length(1);
    // Read one after the other (a phone, a screen reader, the terminal), each side still says whose it is and what each part is.
    const m = GuidedMessages.specialisation;
    const side = (spec: typeof a) => [spec.name, m.servesLabel, spec.serves, m.workLabel, spec.work, m.trainingLabel, spec.training];
    expect(sets[0]).to.deep.equal([side(a), side(b)]);
    // Where it comes from, once for both (the two areas share their sections).
    const said = JSON.stringify(card.content);
    expect(said.split(Messages.sourcePrefix)).to.have.length(2);
    for (const section of [a.section, b.section].flatMap((both) => both.split('; '))) expect(said).to.include(section);
  });

  it('writes salary ranges from the content, with "+" where the guide leaves the top open', () => {
    expect(formatUsd(130000)).to.equal('$130,000');
    const open = kb.salaries.find((level) => level.openEnded)!;
    expect(salaryRange(open)).to.equal(`${formatUsd(open.minUsd)}–${formatUsd(open.maxUsd)}+`);
    const card = HeroSchema.parse(ladderCard(kb.ladder, kb.salaries, 'markdown').attachments?.[0]?.content);
    expect(card.buttons.length).to.be.at.most(6);
  });

  it('writes the checklist as plain "[x]" and "[ ]" lines, one per step', () => {
    const plan = buildRoadmap(kb, { job: null, education: 'relevant-degree', working: true, years: 1, aim: 'become' }, { chosenSpecialisation: null });
    const lines = roadmapChecklist(plan).split('\n');
    expect(lines).to.have.length(kb.steps.length);
    expect(lines[0]).to.equal(`[ ] 1. ${kb.steps[0]!.title} (in progress)`);
    expect(lines[2]).to.equal(`[ ] 3. ${kb.steps[2]!.title} (in progress)`);
    for (const line of lines) expect(line).to.match(/^\[[x ]\] \d+\. /);
  });
});
