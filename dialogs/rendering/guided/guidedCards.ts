import { ActionTypes, ActivityTypes, CardFactory, MessageFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { CareerLevel, CareerStep, SalaryLevel, Specialisation } from '../../../knowledge/schema';
import { adaptiveCard, TEAMS_LIMITS, teamsMessage, type Channel } from '../core/cards';
import { GuidedButtons, GuidedMessages, MENU_PHRASE } from './guidedMessages';
import { sourceLine, sourcesLine } from '../core/messages';
import { teamsCard, type CardBlock } from '../core/teamsCards';
import { STEP, type PlanStep, type RoadmapPlan } from '../../flows/roadmapPlan';
import type { Recommendation } from '../../understanding/questions/specialisationMatch';

/**
 * Pure card builders for the guided flows: knowledge -> activities, rendered for the channel.
 * Teams drops the line breaks and Markdown of hero-card text, so the cards with long content (a step, the ladder) are
 * Adaptive Cards there, one TextBlock per paragraph and real lists (rendering/core/teamsCards.ts); Web Chat and the rest get
 * hero cards with Markdown. Buttons are messageBack actions whose value names the guided flows,
 * so the turn router hands them to the active flow instead of reading "Stop" as its own cancel command.
 */

/** The `action` of every guided button value; the turn router passes such values to the active flow. */
export const GUIDED_ACTION = 'guided';

export interface GuidedValue {
  action: typeof GUIDED_ACTION;
  choice: string;
  /** The question or walk step the button was shown for, so a button pressed on an old card is recognised as old. */
  for?: string;
}

export function guidedAction(title: string, shownFor?: string): CardAction {
  const value: GuidedValue = { action: GUIDED_ACTION, choice: title, ...(shownFor ? { for: shownFor } : {}) };
  return { type: ActionTypes.MessageBack, title, text: title, displayText: title, value };
}

/** What a step card's buttons say they were shown for. */
export function walkStepTag(step: number): string {
  return `careerSteps.step.${step}`;
}

/**
 * The question or step a pressed guided button was shown for (its value's `for`), or undefined for typed text and
 * buttons that do not say. Channels may deliver the value as an object or as a JSON string.
 */
export function shownForOf(raw: unknown): string | undefined {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null || !('action' in value) || value.action !== GUIDED_ACTION || !('for' in value)) return undefined;
  return typeof value.for === 'string' ? value.for.slice(0, 80) : undefined;
}

/**
 * A button that opens the career steps at a step. It carries the turn router's own "flow" value, so it works whether
 * or not the walk is still running (after "Stop", or clicked again later).
 */
export function stepFlowAction(title: string, step: number): CardAction {
  return { type: ActionTypes.MessageBack, title, text: title, displayText: title, value: { action: 'flow', flow: 'careerSteps', step } };
}

/** A button the turn router handles ("Menu"), for the graceful way out of a flow. */
export function menuAction(): CardAction {
  return { type: ActionTypes.MessageBack, title: GuidedButtons.menu, text: MENU_PHRASE, displayText: GuidedButtons.menu, value: { action: 'command', command: 'menu' } };
}

/** Text with buttons: on Teams one Adaptive Card with both (teamsMessage), elsewhere suggested actions. */
export function withChoices(channel: Channel, text: string, actions: readonly CardAction[], cardTitle = ''): Partial<Activity> {
  if (channel === 'teams') return teamsMessage(text, actions.slice(0, TEAMS_LIMITS.heroCardButtons), cardTitle);
  return actions.length > 0 ? MessageFactory.suggestedActions([...actions], text) : MessageFactory.text(text);
}

/** A question with its options as guided buttons, each saying which question it was shown for. */
export function questionActivity(channel: Channel, question: string, titles: readonly string[], shownFor?: string): Partial<Activity> {
  return withChoices(channel, question, titles.map((title) => guidedAction(title, shownFor)));
}

export function gaveUpActivity(channel: Channel, text: string = GuidedMessages.gaveUp, before: readonly CardAction[] = []): Partial<Activity> {
  return withChoices(channel, text, [...before, menuAction()]);
}

// ---------------------------------------------------------------- safe echo of the user's words

const ECHO_MAX = 80;

/**
 * The user's own words, made safe to show back: one line, at most 80 characters, with Markdown and HTML neutralised.
 * Markdown channels get Markdown's own backslash escapes, never HTML entities: the renderer escapes HTML itself, so an
 * entity written here is escaped twice wherever it is shown as it is ("Children &amp; families"). An ampersand is
 * escaped only where it would start an entity ("&lt;"). Teams text, which does not reliably honour escapes, gets the
 * special characters removed.
 */
export function safeEcho(text: string, channel: Channel): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.length > ECHO_MAX) t = `${t.slice(0, ECHO_MAX - 1).trimEnd()}…`;
  if (channel === 'teams') return t.replace(/[\\`*_~#[\]()<>|{}]/g, '').replace(/&/g, 'and').trim();
  return t.replace(/([\\`*_~#[\]()|{}!<>])/g, '\\$1').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

export function stepCardTitle(step: CareerStep, total: number): string {
  return `${GuidedMessages.steps.heading(step.number, total)}: ${step.title}`;
}

/** A step's text as Markdown: summary, what to do, every tip, the related questions to ask (by their titles) and its guide section. */
export function stepCardText(step: CareerStep, relatedTitles: readonly string[] = []): string {
  const m = GuidedMessages.steps;
  const parts = [step.summary, `**${m.whatToDo}**\n\n${step.todo.map((item) => `- ${item}`).join('\n')}`];
  for (const tip of step.tips) parts.push(`**${m.tip}** ${tip}`);
  if (relatedTitles.length > 0) parts.push(`${m.askAbout} ${relatedTitles.join(', ')}`);
  parts.push(`*${sourceLine(step.section)}*`);
  return parts.join('\n\n');
}

/** The same content as blocks of a Teams card, under the step's title. */
export function stepCardBlocks(step: CareerStep, total: number, relatedTitles: readonly string[] = []): CardBlock[] {
  const m = GuidedMessages.steps;
  const blocks: CardBlock[] = [
    { kind: 'heading', text: stepCardTitle(step, total) },
    { kind: 'text', text: step.summary },
    { kind: 'label', text: m.whatToDo },
    { kind: 'list', items: step.todo },
    ...step.tips.map((tip): CardBlock => ({ kind: 'text', text: `**${m.tip}** ${tip}` })),
  ];
  if (relatedTitles.length > 0) blocks.push({ kind: 'text', text: `${m.askAbout} ${relatedTitles.join(', ')}` });
  blocks.push({ kind: 'note', text: sourceLine(step.section) });
  return blocks;
}

/** One step as one card: "Step N of 10: title", its text (see stepCardText); Next, Back (not on step 1) and Stop. */
export function stepCard(step: CareerStep, total: number, channel: Channel, relatedTitles: readonly string[] = []): Partial<Activity> {
  const actions = stepButtons(step.number);
  const card =
    channel === 'teams'
      ? teamsCard(stepCardBlocks(step, total, relatedTitles), actions)
      : CardFactory.heroCard(stepCardTitle(step, total), stepCardText(step, relatedTitles), [], actions);
  return { type: ActivityTypes.Message, attachments: [card] };
}

/** The step card's buttons: Next, Back (not on step 1) and Stop, each tagged with the step it was shown for. */
function stepButtons(step: number): CardAction[] {
  const titles = [GuidedButtons.next, ...(step > 1 ? [GuidedButtons.back] : []), GuidedButtons.stop];
  return titles.map((title) => guidedAction(title, walkStepTag(step)));
}

/** A line with the step card's buttons again (Next, Back unless on step 1, Stop), for the card still on screen. */
export function stepButtonsActivity(channel: Channel, text: string, step: number): Partial<Activity> {
  return withChoices(channel, text, stepButtons(step));
}

export function continueActivity(channel: Channel, step: number): Partial<Activity> {
  return withChoices(channel, GuidedMessages.steps.continueOffer(step), [
    stepFlowAction(GuidedButtons.continueStep(step), step),
    guidedAction(GuidedButtons.stop),
  ]);
}

/** After stopping: where the user is, and a button to pick up there later. */
export function stoppedActivity(channel: Channel, text: string, step: number, withMenu: boolean): Partial<Activity> {
  const resume = stepFlowAction(GuidedButtons.resumeStep(step), step);
  return withChoices(channel, text, withMenu ? [resume, menuAction()] : [resume]);
}

export function stepListText(steps: readonly CareerStep[]): string {
  return steps.map((step) => `${step.number}. ${step.shortTitle}`).join(', ');
}

// ---------------------------------------------------------------- specialisation

export function recommendationText(rec: Recommendation, channel: Channel): string {
  const m = GuidedMessages.specialisation;
  const audience = rec.audienceWords ? safeEcho(rec.audienceWords, channel) : null;
  const draw = rec.drawWords ? safeEcho(rec.drawWords, channel) : null;
  const picked = rec.pickedWords ? safeEcho(rec.pickedWords, channel) : null;
  const tipped = rec.tippedWords ? safeEcho(rec.tippedWords, channel) : null;
  const reason = tipped
    ? m.reasonTipped(tipped, rec.runnerUp.name)
    : picked
    ? m.reasonPickedWords(picked)
    : audience && draw
      ? m.reasonBoth(audience, draw)
      : audience
        ? m.reasonAudience(audience)
        : draw
          ? m.reasonDraw(draw)
          : m.reasonPicked;
  const other = rec.runnerUpScored ? m.runnerUp(rec.runnerUp.name, rec.runnerUp.serves) : m.alternative(rec.runnerUp.name, rec.runnerUp.serves);
  return [
    `**${m.heading(rec.best.name)}**`,
    reason,
    `**${m.servesLabel}** ${rec.best.serves}`,
    `**${m.workLabel}** ${rec.best.work}`,
    `**${m.trainingLabel}** ${rec.best.training}`,
    other,
    `*${sourceLine(rec.best.section)}*`,
  ].join('\n\n');
}

/** One specialisation described on its own (the runner-up asked about): who it serves, the work and the training. */
export function specialisationText(spec: Specialisation, heading: string): string {
  const m = GuidedMessages.specialisation;
  return [`**${heading}**`, `**${m.servesLabel}** ${spec.serves}`, `**${m.workLabel}** ${spec.work}`, `**${m.trainingLabel}** ${spec.training}`, `*${sourceLine(spec.section)}*`].join('\n\n');
}

/**
 * Two specialisations side by side, as an Adaptive Card: one column each, headed by its name, with each aspect (who
 * you would help, the work, the training) labelled inside the column; the source once, under both. Every side carries
 * its own name and labels, so the card still reads when a narrow screen, a reader or the terminal puts the columns one
 * after the other (a row per aspect across two unlabelled columns did not: session 25).
 */
export function comparisonCard(a: Specialisation, b: Specialisation): Attachment {
  const m = GuidedMessages.specialisation;
  const aspect = (label: string, text: string): object[] => [
    { type: 'TextBlock', text: label, weight: 'Bolder', spacing: 'Medium', wrap: true },
    { type: 'TextBlock', text, wrap: true, spacing: 'Small' },
  ];
  const column = (spec: Specialisation): object => ({
    type: 'Column',
    width: 'stretch',
    items: [
      { type: 'TextBlock', text: spec.name, weight: 'Bolder', size: 'Medium', wrap: true },
      ...aspect(m.servesLabel, spec.serves),
      ...aspect(m.workLabel, spec.work),
      ...aspect(m.trainingLabel, spec.training),
    ],
  });
  return adaptiveCard([
    { type: 'TextBlock', text: m.compareHeading(a.name, b.name), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'ColumnSet', spacing: 'Medium', separator: true, columns: [column(a), column(b)] },
    { type: 'TextBlock', text: sourcesLine([a.section, b.section]), isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' },
  ]);
}

export function comparisonActivity(a: Specialisation, b: Specialisation): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [comparisonCard(a, b)] };
}

// ---------------------------------------------------------------- roadmap

function stepLabel(p: PlanStep): string {
  const line = GuidedMessages.roadmap.stepLine(p.step.number, p.step.title);
  return p.note ? `${line} (${p.note})` : line;
}

/** The plan as one Markdown message: starting point, done, in progress, next, later, time and certifications. */
export function roadmapText(plan: RoadmapPlan, startingPoint: string, aim: string): string {
  const m = GuidedMessages.roadmap;
  const group = (status: PlanStep['status']): PlanStep[] => plan.steps.filter((p) => p.status === status);
  const list = (items: readonly PlanStep[]): string => items.map((p) => `- ${stepLabel(p)}`).join('\n');
  const done = group('done');
  const inProgress = group('in-progress');
  const nextNumbers = new Set(plan.next.map((p) => p.step.number));
  const later = plan.steps.filter((p) => p.status !== 'done' && p.status !== 'in-progress' && !nextNumbers.has(p.step.number));
  const parts = [`**${m.heading}**`, `${m.startingPoint(startingPoint)} ${m.aimLine(aim)}`];
  // Nothing done but steps under way is no fresh start: "everyone starts at step 1" is for those with nothing under way.
  parts.push(`**${m.doneLabel}**\n\n${done.length > 0 ? list(done) : inProgress.length > 0 ? m.doneNoneUnderWay : m.doneNone}`);
  if (inProgress.length > 0) parts.push(`**${m.inProgressLabel}**\n\n${list(inProgress)}`);
  parts.push(`**${m.nextLabel}**\n\n${plan.next.map((p, i) => `${i + 1}. ${stepLabel(p)}: ${p.todo ?? p.step.todo[0] ?? p.step.summary}`).join('\n')}`);
  if (later.length > 0) parts.push(`**${m.laterLabel}** ${later.map((p) => `${p.step.number}. ${p.step.shortTitle}${p.note ? ` (${p.note})` : ''}`).join(', ')}`);
  parts.push(`**${m.timeLabel}** ${capitalise(plan.time)}`);
  if (plan.certifications.length > 0) {
    parts.push(`**${m.certificationsLabel}**\n\n${plan.certifications.map((c) => `- ${c.name}: ${c.fit}`).join('\n')}`);
  }
  return parts.join('\n\n');
}

/** Plain "[x] / [ ]" lines in the guide's order, to copy into notes; in a code block so every channel keeps the lines. */
export function roadmapChecklist(plan: RoadmapPlan): string {
  const certNames = plan.certifications.map((c) => c.name).join(', ');
  return plan.steps
    .map((p) => {
      const box = p.status === 'done' ? '[x]' : '[ ]';
      const chosenArea = p.step.number === STEP.specialise && p.note ? ` (${p.note})` : '';
      const extra = p.step.number === STEP.certification && certNames ? ` (${certNames})` : p.status === 'in-progress' ? ' (in progress)' : chosenArea;
      return `${box} ${p.step.number}. ${p.step.title}${extra}`;
    })
    .join('\n');
}

/** The checklist as a code block (Web Chat adds a copy button to it), after a line saying what it is. */
export function checklistText(plan: RoadmapPlan): string {
  return `${GuidedMessages.roadmap.checklistIntro}\n\n\`\`\`\n${roadmapChecklist(plan)}\n\`\`\``;
}

export function checklistActivity(plan: RoadmapPlan): Partial<Activity> {
  return MessageFactory.text(checklistText(plan));
}

// ---------------------------------------------------------------- salary and career ladder

export function formatUsd(amount: number): string {
  return `$${amount.toLocaleString('en-US')}`;
}

export function salaryRange(level: SalaryLevel): string {
  return `${formatUsd(level.minUsd)}–${formatUsd(level.maxUsd)}${level.openEnded ? '+' : ''}`;
}

/** The ladder from first role to the top, and the guide's pay by level, on one card with a button per level. */
export function ladderCard(ladder: readonly CareerLevel[], salaries: readonly SalaryLevel[], channel: Channel): Partial<Activity> {
  const m = GuidedMessages.salary;
  const ladderLines = ladder.map((level) => `${level.order}. ${level.title}`);
  const salaryLines = salaries.map((level) => `${level.title} (${level.experience}): ${salaryRange(level)}`);
  const buttons = [...salaries.map((level) => level.shortTitle), GuidedButtons.done].slice(0, TEAMS_LIMITS.heroCardButtons).map((title) => guidedAction(title));
  if (channel === 'teams') {
    const blocks: CardBlock[] = [
      { kind: 'heading', text: m.ladderTitle },
      { kind: 'text', text: m.ladderIntro },
      { kind: 'list', items: ladder.map((level) => level.title), ordered: true },
      { kind: 'text', text: m.salaryIntro },
      { kind: 'list', items: salaryLines },
    ];
    return { type: ActivityTypes.Message, attachments: [teamsCard(blocks, buttons)] };
  }
  const text = [m.ladderIntro, ladderLines.join('\n'), m.salaryIntro, salaryLines.map((l) => `- ${l}`).join('\n')].join('\n\n');
  const card = CardFactory.heroCard(m.ladderTitle, text, [], buttons);
  return { type: ActivityTypes.Message, attachments: [card] };
}

/** One salary level: its range, experience and needs, with the ladder role of the same name and its focus when there is one. */
export function salaryLevelText(level: SalaryLevel, role: CareerLevel | null): string {
  const m = GuidedMessages.salary;
  const lines = [`**${m.levelHeading(level.title)}**`, m.rangeLine(salaryRange(level)), m.experienceLine(level.experience), m.needsLine(level.needs)];
  if (role) lines.push(role.summary, roleFocusText(role));
  // The rung's summary and focus come from the career path, so its section is named beside the pay level's.
  lines.push(`*${sourceLine(role ? `${level.section}; ${role.section}` : level.section)}*`);
  return lines.join('\n\n');
}

/**
 * A rung of the ladder the guide gives no pay for under that name (junior care manager, care manager, chief care
 * officer): what it involves and how to do well in it, then the guide's pay levels, said plainly to be named differently.
 */
export function ladderRoleText(role: CareerLevel, salaries: readonly SalaryLevel[]): string {
  const m = GuidedMessages.salary;
  const first = salaries[0];
  const last = salaries[salaries.length - 1];
  const pay = first && last ? m.noSalary(role.title.toLowerCase(), `${first.title.toLowerCase()} (${salaryRange(first)})`, `${last.title.toLowerCase()} (${salaryRange(last)})`) : '';
  return [`**${role.title}**`, role.summary, roleFocusText(role), pay, `*${sourceLine(role.section)}*`].filter((part) => part.length > 0).join('\n\n');
}

function roleFocusText(role: CareerLevel): string {
  return role.focus.length > 0 ? `**${GuidedMessages.salary.focusLabel}**\n\n${role.focus.map((item) => `- ${item}`).join('\n')}` : '';
}

export function levelButtons(salaries: readonly SalaryLevel[]): string[] {
  return [...salaries.map((level) => level.shortTitle), GuidedButtons.done].slice(0, TEAMS_LIMITS.heroCardButtons);
}

function capitalise(text: string): string {
  return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
