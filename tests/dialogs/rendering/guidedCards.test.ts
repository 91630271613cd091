import { CardFactory } from 'botbuilder';
import { expect } from 'chai';
import { z } from 'zod';
import { comparisonCard, formatUsd, ladderCard, roadmapChecklist, safeEcho, salaryRange, stepCard, stepCardText } from '../../../dialogs/rendering/guidedCards';
import { AimButtons, AudienceButtons, DrawButtons, ExperienceButtons, GuidedButtons, EducationButtons } from '../../../dialogs/rendering/guidedMessages';
import { buildRoadmap } from '../../../dialogs/flows/roadmapPlan';
import { knowledge } from '../transcript';

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

  it('escapes knowledge text for the HTML of Teams hero cards', () => {
    const step = { ...kb.steps[0]!, summary: 'Pay <b>attention</b> & care' };
    expect(stepCardText(step, 'teams')).to.include('Pay &lt;b&gt;attention&lt;/b&gt; &amp; care');
  });

  it("shows the user's words back safely: escaped for Markdown, stripped for Teams, one line, at most 80 characters", () => {
    expect(safeEcho('**bold** [link](http://x) <img src=x>', 'markdown')).to.equal('\\*\\*bold\\*\\* \\[link\\]\\(http://x\\) &lt;img src=x&gt;');
    expect(safeEcho('**bold** [link](http://x) <img src=x>', 'teams')).to.equal('bold linkhttp://x img src=x');
    expect(safeEcho('line one\nline two', 'markdown')).to.equal('line one line two');
    expect(safeEcho('word '.repeat(40), 'teams').length).to.be.at.most(80);
  });

  it('puts two specialisations side by side in an Adaptive Card with two columns', () => {
    const [a, b] = [kb.specialisations[0]!, kb.specialisations[1]!];
    const card = comparisonCard(a, b);
    expect(card.contentType).to.equal(CardFactory.contentTypes.adaptiveCard);
    const body = z.object({ body: z.array(z.object({ type: z.string(), columns: z.array(z.unknown()).optional() }).passthrough()) }).parse(card.content).body;
    expect(body.find((element) => element.type === 'ColumnSet')?.columns).to.have.length(2);
    expect(JSON.stringify(card.content)).to.include(a.training).and.include(b.work);
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
    expect(lines[0]).to.equal(`[x] 1. ${kb.steps[0]!.title}`);
    expect(lines[2]).to.equal(`[ ] 3. ${kb.steps[2]!.title} (in progress)`);
    for (const line of lines) expect(line).to.match(/^\[[x ]\] \d+\. /);
  });
});
