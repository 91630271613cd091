import { ActivityTypes, type Activity } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from '../dialogClasses';
import { channelOf, renderText } from '../rendering/core/cards';
import { Messages } from '../rendering/core/messages';
import { rememberAnswered, sendEntry } from '../rendering/core/entryReplies';
import type { FaqEntry, KnowledgeBase, SalaryLevel } from '../../knowledge/schema';
import { ladderFollowUp } from '../understanding/core/followUp';
import type { DialogDeps } from '../deps';
import { DialogIds } from '../dialogIds';
import { ladderCard, ladderRoleText, levelButtons, salaryLevelText, withChoices } from '../rendering/guided/guidedCards';
import { GuidedButtons, GuidedMessages } from '../rendering/guided/guidedMessages';
import { askGuided, createGuidedPrompt, exitGracefully, guidedPromptOptions, thanks } from './guidedPrompt';
import { asksForEveryLevel, ladderRoleFor, parseLevelChoice, type LevelChoice } from './salaryLevels';
import { normalise } from '../understanding/core/textMatch';
import { withoutPoliteWords, wordGroupOf, type WordGroup } from '../understanding/core/vocabulary';

/** How the root begins the flow: with the question that named a level, or (without) the ladder card. */
export interface SalaryLadderOptions {
  question?: string;
}

interface LoopOptions {
  /** True once a level has been shown, so the next question is "another level?". */
  shown: boolean;
  /** The place (`order`) of the salary level shown last, which "next" goes on from. */
  level?: number;
  /** The entry the ladder last counted as answered (or the last answer when it began): another answer since then was asked in it. */
  lastShown?: string | null;
}

const Ids = Object.freeze({
  start: 'salaryLadder.start',
  loop: 'salaryLadder.loop',
  levelPrompt: 'salaryLadder.levelPrompt',
  firstLevelPrompt: 'salaryLadder.firstLevelPrompt',
});

/** "Next", "go on", "the next one up": the level after the one shown, or the first when none has been. */
const MOVES_ON_GROUPS: ReadonlySet<WordGroup> = new Set(['next', 'more', 'resume']);
const MOVES_ON = /^(?:(?:and |ok |okay )?(?:the )?next(?: one| level)?(?: up)?|(?:one |a level )?(?:up|higher)|go up|start|begin|start at the (?:bottom|beginning|start)|from the (?:bottom|beginning|start)|what (?:is|comes) next)$/;

function movesOn(text: string): boolean {
  const t = withoutPoliteWords(normalise(text));
  const group = wordGroupOf(t);
  return (group !== null && MOVES_ON_GROUPS.has(group)) || MOVES_ON.test(t);
}

const NEXT = 'next';

/** A level found from another: one up or down from a level named, or from the one shown (`from` null). */
interface RelativeLevel {
  kind: 'relative';
  delta: 1 | -1;
  from: number | null;
}

/** One up or down from what follows: "the one after that", "no the one ABOVE senior", "what comes before director". */
const RELATIVE = /\b(?:(after|above|higher than|up from|beyond)|(before|below|under|lower than|down from))\s+(.+)$/;
/** The level shown, pointed at: "that", "this one", "it". */
const THE_ONE_SHOWN = /^(?:that|this|it|that one|this one|the one (?:you )?(?:just )?showed|there)\b/;

/**
 * A level asked for by its place beside another ("and the one after that?", "the one above senior"); null otherwise,
 * and for times ("after 5 years" is the years of a level, read by parseLevelChoice).
 */
function relativeLevel(kb: KnowledgeBase, text: string): RelativeLevel | null {
  const match = RELATIVE.exec(normalise(text).replace(/\?+$/, ''));
  if (!match || /\d/.test(match[3]!)) return null;
  const delta = match[1] ? 1 : -1;
  if (THE_ONE_SHOWN.test(match[3]!)) return { kind: 'relative', delta, from: null };
  const named = parseLevelChoice(kb, match[3]!);
  return named?.kind === 'salary' ? { kind: 'relative', delta, from: named.level.order } : null;
}

/** A level named, "next" (the level after the one shown), or a level beside another. */
function parseLadderAnswer(kb: KnowledgeBase, text: string): LevelChoice | RelativeLevel | typeof NEXT | null {
  return relativeLevel(kb, text) ?? parseLevelChoice(kb, text) ?? (movesOn(text) ? NEXT : null);
}

/** A question that points at a level when none has been chosen yet: "how long does it take to get there?", "what do they do at that level?". */
const POINTS_AT_A_LEVEL = /\b(?:that|this|the same) (?:level|one|role|rung|stage|position|job)\b|\b(?:get|getting|go|reach|reaching) there\b/;

/**
 * The career ladder from junior care manager to chief care officer and the guide's salary levels, as a card; a level
 * named by button or question ("what would I earn as a senior care manager?") gets its range and what it needs.
 */
export class SalaryLadderDialog extends ComponentDialog<SalaryLadderOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.salaryLadder);
    this.addDialog(new WaterfallDialog<SalaryLadderOptions>(Ids.start, [(step) => this.start(step)]));
    this.addDialog(new WaterfallDialog<LoopOptions>(Ids.loop, [(step) => this.ask(step), (step) => this.handle(step)]));
    this.addDialog(createGuidedPrompt(Ids.levelPrompt, deps, (text) => parseLadderAnswer(deps.kb, text), { answersMayBeQuestions: true, thanksEnds: GuidedButtons.done }));
    // Before a level is chosen, "that level" and "there" point at none: which one is asked, with the experience each needs.
    const whichLevel = (text: string): string | null => (POINTS_AT_A_LEVEL.test(normalise(text)) ? GuidedMessages.salary.whichLevel(experienceBands(deps.kb.salaries).join('; ')) : null);
    // The ladder and every level's pay are on screen already: thanks at its first question ("thank you, you've been a big
    // help") is done, as at the later ones, not a reason to ask which level again.
    this.addDialog(createGuidedPrompt(Ids.firstLevelPrompt, deps, (text) => parseLadderAnswer(deps.kb, text), { answersMayBeQuestions: true, ownReply: whichLevel, thanksEnds: GuidedButtons.done }));
    this.initialDialogId = Ids.start;
  }

  private async start(step: WaterfallStepContext<SalaryLadderOptions>): Promise<DialogTurnResult> {
    const question = step.options?.question ?? step.context.activity.text ?? '';
    const choice = asksForEveryLevel(question) ? null : parseLevelChoice(this.deps.kb, question);
    if (choice && choice.kind !== 'done') {
      await this.sendLevel(step, choice);
      return step.replaceDialog(Ids.loop, { shown: true, lastShown: (await this.deps.lastAnswered.get(step.context)) ?? null } satisfies LoopOptions);
    }
    return step.replaceDialog(Ids.loop, { shown: false, lastShown: (await this.deps.lastAnswered.get(step.context)) ?? null } satisfies LoopOptions);
  }

  private async ask(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const { kb } = this.deps;
    const m = GuidedMessages.salary;
    if (step.options.shown) return askGuided(step, Ids.levelPrompt, m.more, levelButtons(kb.salaries), m.question);
    const channel = channelOf(step.context.activity);
    const card: Partial<Activity> = { ...ladderCard(kb.ladder, kb.salaries, channel), type: ActivityTypes.Message, text: m.question };
    return step.prompt(Ids.firstLevelPrompt, guidedPromptOptions(channel, card, m.question, levelButtons(kb.salaries)));
  }

  private async handle(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const { kb } = this.deps;
    const text = typeof step.result === 'string' ? step.result : '';
    const answer = parseLadderAnswer(kb, text);
    if (!answer) return exitGracefully(step);
    // "And above that?" after a role's work (no level shown since): the role above, read as a follow-up on the role.
    const fromTheRole = answer !== NEXT && answer.kind === 'relative' && answer.from === null && step.options.level === undefined ? await this.roleLeanedOn(step, text) : null;
    if (fromTheRole) return this.showRole(step, fromTheRole);
    if (answer === NEXT || answer.kind === 'relative') {
      // The first level when none has been shown; past the top (or below the first), said so and asked again.
      const delta = answer === NEXT ? 1 : answer.delta;
      const order = ((answer === NEXT ? null : answer.from) ?? step.options.level ?? 0) + delta;
      const level = kb.salaries.find((candidate) => candidate.order === order);
      if (!level) {
        await step.context.sendActivity(delta > 0 ? GuidedMessages.salary.topReached : GuidedMessages.salary.bottomReached);
        return step.replaceDialog(Ids.loop, { ...step.options, shown: true } satisfies LoopOptions);
      }
      await this.sendLevel(step, { kind: 'salary', level, role: ladderRoleFor(kb, level) });
      return step.replaceDialog(Ids.loop, { shown: true, level: order, lastShown: (await this.deps.lastAnswered.get(step.context)) ?? null } satisfies LoopOptions);
    }
    const choice = answer;
    if (choice.kind === 'done') {
      // "thanks" ends the ladder too: thanked back first.
      if (thanks(step.context)) await step.context.sendActivity(renderText(channelOf(step.context.activity), Messages.chatInFlow.thanks));
      await step.context.sendActivity(GuidedMessages.salary.finished);
      return step.endDialog();
    }
    // A role's work asked about in the ladder ("what does the senior one actually do") changes the aspect: "and the
    // director" next is the director's role, as it would be outside the ladder, not the director's pay.
    const role = await this.roleLeanedOn(step, text);
    if (role) return this.showRole(step, role);
    await this.sendLevel(step, choice);
    const level = choice.kind === 'salary' ? choice.level.order : choice.kind === 'compare' ? choice.levels.at(-1)?.order : step.options.level;
    return step.replaceDialog(Ids.loop, { shown: true, ...(level !== undefined ? { level } : {}), lastShown: (await this.deps.lastAnswered.get(step.context)) ?? null } satisfies LoopOptions);
  }

  /** A role's entry, answered in the ladder, which then asks for another level. */
  private async showRole(step: WaterfallStepContext<LoopOptions>, role: FaqEntry): Promise<DialogTurnResult> {
    await sendEntry(step.context, this.deps, role);
    void this.deps.usage.question(step.context.activity, 'answered', role.id);
    return step.replaceDialog(Ids.loop, { shown: true, lastShown: role.id } satisfies LoopOptions);
  }

  /**
   * The role a follow-up asks for when the last answer, given inside the ladder, was a role's work: the ladder's own
   * levels are pay, so the aspect is kept only when something else was answered since the ladder last showed a level.
   */
  private async roleLeanedOn(step: WaterfallStepContext<LoopOptions>, text: string): Promise<FaqEntry | null> {
    const last = await this.deps.lastAnswered.get(step.context);
    if (!last || last === step.options.lastShown) return null;
    const id = ladderFollowUp(text, last, this.deps.kb);
    const entry = id ? this.deps.kb.faqById.get(id) : undefined;
    return entry && !this.deps.kb.salaries.some((level) => level.faqId === entry.id) ? entry : null;
  }

  private async sendLevel(step: WaterfallStepContext, choice: Exclude<LevelChoice, { kind: 'done' }>): Promise<void> {
    const { kb } = this.deps;
    const channel = channelOf(step.context.activity);
    if (choice.kind === 'salary') {
      await step.context.sendActivity(withChoices(channel, salaryLevelText(choice.level, choice.role), []));
      await this.shown(step, choice.level.faqId);
      return;
    }
    if (choice.kind === 'compare') {
      // Side by side: each level with its own rung, one message, in the ladder's order.
      const texts = choice.levels.map((level) => salaryLevelText(level, ladderRoleFor(kb, level)));
      await step.context.sendActivity(withChoices(channel, [GuidedMessages.salary.sideBySide, ...texts].join('\n\n'), []));
      for (const level of choice.levels) await this.shown(step, level.faqId);
      return;
    }
    await step.context.sendActivity(withChoices(channel, ladderRoleText(choice.role, kb.salaries), []));
  }

  /** A level or role shown is the guide's answer on it: "and seniors?" next is read against it, and it counts as answered. */
  private async shown(step: WaterfallStepContext, faqId: string): Promise<void> {
    await rememberAnswered(step.context, this.deps, faqId);
    void this.deps.usage.question(step.context.activity, 'answered', faqId);
  }
}

/** The experience each pay level calls for, as the guide gives it ("Entry-level: 0–2 years"). */
function experienceBands(levels: readonly SalaryLevel[]): string[] {
  return [...levels].sort((a, b) => a.order - b.order).map((level) => `${level.shortTitle}: ${level.experience}`);
}

export function createSalaryLadderDialog(deps: DialogDeps): SalaryLadderDialog {
  return new SalaryLadderDialog(deps);
}
