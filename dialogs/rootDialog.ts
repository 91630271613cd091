import { ActivityTypes, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { FaqEntry, SpecialisationId } from '../knowledge/schema';
import { sendAnswer, sendEntry, sendFollowUp } from './answerTurn';
import { CareerStepsDialog } from './careerStepsDialog';
import {
  channelOf,
  readCardValue,
  renderHelp,
  renderMenu,
  renderNotCovered,
  renderRated,
  renderStepsOverview,
  renderText,
  renderWelcome,
  topicButtons,
  withButtons,
  type CardValue,
} from './cards';
import { STATE_PROPERTIES, type DialogDeps } from './deps';
import { DialogIds } from './dialogIds';
import { recogniseCommand, recogniseFlow, recogniseFollowUp, recogniseNoneOfThese, type Command, type FlowIntent, type FlowName } from './intents';
import { Messages } from './messages';
import { RoadmapDialog } from './roadmapDialog';
import { SalaryLadderDialog } from './salaryLadderDialog';
import { analyseSmallTalk } from './smallTalk';
import { SpecialisationDialog, type SpecialisationOptions } from './specialisationDialog';
import { comparisonRequest, specialisationById } from './specialisationMatch';
import { comparisonActivity } from './guidedCards';

export const FLOW_DIALOG_IDS: Readonly<Record<FlowName, string>> = Object.freeze({
  careerSteps: DialogIds.careerSteps,
  specialisation: DialogIds.specialisation,
  roadmap: DialogIds.roadmap,
  salaryLadder: DialogIds.salaryLadder,
});

/** What the guide says about a flow's topic, shown if that guided flow is not registered. */
export const FLOW_FALLBACK_FAQ: Readonly<Record<FlowName, string>> = Object.freeze({
  careerSteps: 'what-is-needed',
  specialisation: 'specialisations',
  roadmap: 'how-long',
  salaryLadder: 'career-ladder',
});

/** The guided flows, one line each; the root routes to whichever are registered. */
export function createGuidedFlows(deps: DialogDeps): Dialog[] {
  return [
    new CareerStepsDialog(deps),
    new SpecialisationDialog(deps),
    new RoadmapDialog(deps),
    new SalaryLadderDialog(deps),
  ];
}

/** Ratings remembered per conversation, so one person clicking twice counts once. */
const MAX_RATED_PER_CONVERSATION = 100;

/**
 * The root of every conversation. It never ends: each turn it handles interruptions first (help, menu, cancel,
 * start over, root card buttons), then hands the turn to the active guided flow, else starts a flow the user asked
 * for, else answers the question.
 */
export class RootDialog extends ComponentDialog {
  private readonly rated: StatePropertyAccessor<string[]>;

  /** `flows` replaces the guided flows (tests use stand-ins); by default they are the project's own. */
  constructor(
    private readonly deps: DialogDeps,
    flows: readonly Dialog[] = createGuidedFlows(deps),
  ) {
    super(DialogIds.root);
    this.rated = deps.conversationState.createProperty<string[]>(STATE_PROPERTIES.rated);
    for (const flow of flows) this.addDialog(flow);
  }

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    await this.handleTurn(inner);
    return Dialog.EndOfTurn;
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    await this.handleTurn(inner);
    return Dialog.EndOfTurn;
  }

  /** True when a guided flow is registered for this name. */
  hasFlow(flow: FlowName): boolean {
    return this.findDialog(FLOW_DIALOG_IDS[flow]) !== undefined;
  }

  private async handleTurn(inner: DialogContext): Promise<void> {
    const { activity } = inner.context;
    if (activity.type !== ActivityTypes.Message) {
      if (inner.activeDialog) await inner.continueDialog();
      return;
    }
    const reading = readCardValue(activity.value);
    if (reading.kind === 'root') return this.handleValue(inner, reading.value);
    if (reading.kind === 'invalid') return this.staleButton(inner);
    if (reading.kind === 'foreign') {
      if (inner.activeDialog) {
        await inner.continueDialog();
        return;
      }
      return this.staleButton(inner);
    }

    const text = (activity.text ?? '').trim();
    const { rest } = analyseSmallTalk(text);
    const command = recogniseCommand(text) ?? recogniseCommand(rest);
    if (command) return this.runCommand(inner, command);
    const flow = recogniseFlow(rest || text);
    // Mid-flow, the active flow shows a comparison itself and asks its question again.
    const pair = inner.activeDialog ? null : comparisonRequest(this.deps.kb, rest || text);
    if (pair) return this.compare(inner, pair);
    if (inner.activeDialog) {
      if (flow && FLOW_DIALOG_IDS[flow.flow] !== inner.activeDialog.id) return this.startFlow(inner, flow);
      await inner.continueDialog();
      return;
    }
    if (flow) return this.startFlow(inner, flow);
    if (recogniseNoneOfThese(text)) {
      await inner.context.sendActivity(withButtons(channelOf(activity), Messages.noneOfTheseNoQuestion, topicButtons()));
      return;
    }
    // "Tell me more" after an answer means more on that answer, not a new search.
    if (rest && recogniseFollowUp(rest)) return sendFollowUp(inner.context, this.deps);
    if (!text) {
      const reason = (activity.attachments ?? []).length > 0 ? 'attachments' : 'empty';
      await inner.context.sendActivity(renderNotCovered(reason, channelOf(activity)));
      return;
    }
    await sendAnswer(inner.context, this.deps, text);
  }

  private async handleValue(inner: DialogContext, value: CardValue): Promise<void> {
    const { context } = inner;
    const channel = channelOf(context.activity);
    switch (value.action) {
      case 'command':
        return this.runCommand(inner, value.command);
      case 'flow':
        return this.startFlow(inner, value.step === undefined ? { flow: value.flow } : { flow: value.flow, step: value.step });
      case 'ask': {
        const entry = this.deps.kb.faqById.get(value.id);
        if (!entry) return this.staleButton(inner);
        await sendEntry(context, this.deps, entry);
        break;
      }
      case 'rate': {
        if (!this.deps.kb.faqById.has(value.id)) return this.staleButton(inner);
        const rated = await this.rated.get(context, []);
        if (rated.includes(value.id)) {
          await context.sendActivity(renderText(channel, Messages.alreadyRated));
        } else {
          await this.rated.set(context, [...rated, value.id].slice(-MAX_RATED_PER_CONVERSATION));
          await this.deps.feedback.recordRating(value.id, value.helpful);
          await context.sendActivity(renderRated(value.helpful, channel));
        }
        break;
      }
      case 'none': {
        const offered = value.ids.filter((id) => this.deps.kb.faqById.has(id));
        if (value.question.trim()) await this.deps.feedback.recordNoneOfThese(value.question, offered);
        await context.sendActivity(value.question.trim() ? renderNotCovered('none-of-these', channel) : withButtons(channel, Messages.noneOfTheseNoQuestion, topicButtons()));
        break;
      }
    }
    // The user stepped out of a guided flow for a moment; show where they were.
    if (inner.activeDialog) await inner.repromptDialog();
  }

  private async runCommand(inner: DialogContext, command: Command): Promise<void> {
    const { context } = inner;
    const channel = channelOf(context.activity);
    switch (command) {
      case 'help':
        await context.sendActivity(renderHelp(channel));
        if (inner.activeDialog) await inner.repromptDialog();
        return;
      case 'menu':
        if (inner.activeDialog) await inner.cancelAllDialogs();
        await context.sendActivity(renderMenu(this.deps.kb, channel));
        return;
      case 'cancel': {
        const active = inner.activeDialog !== undefined;
        if (active) await inner.cancelAllDialogs();
        await context.sendActivity(withButtons(channel, active ? Messages.cancelled : Messages.nothingToCancel, topicButtons()));
        return;
      }
      case 'restart':
        if (inner.activeDialog) await inner.cancelAllDialogs();
        await this.rated.delete(context);
        await this.deps.lastAnswered.delete(context);
        await context.sendActivity(renderText(channel, Messages.startOver));
        await context.sendActivity(renderWelcome(this.deps.kb, channel));
        return;
    }
  }

  private async startFlow(inner: DialogContext, intent: FlowIntent): Promise<void> {
    if (!this.hasFlow(intent.flow)) {
      if (intent.flow === 'careerSteps' && this.deps.kb.steps.length > 0) {
        await inner.context.sendActivity(renderStepsOverview(this.deps.kb, channelOf(inner.context.activity)));
        return;
      }
      const entry: FaqEntry | undefined = this.deps.kb.faqById.get(FLOW_FALLBACK_FAQ[intent.flow]);
      const channel = channelOf(inner.context.activity);
      if (!entry) {
        await inner.context.sendActivity(renderMenu(this.deps.kb, channel));
        return;
      }
      await inner.context.sendActivity(renderText(channel, Messages.flowUnavailable));
      await sendEntry(inner.context, this.deps, entry);
      return;
    }
    if (inner.activeDialog) await inner.cancelAllDialogs();
    const options = intent.flow === 'careerSteps' && intent.step !== undefined ? { step: intent.step } : undefined;
    await inner.beginDialog(FLOW_DIALOG_IDS[intent.flow], options);
  }

  /** "Compare geriatric and pediatric": the side-by-side card, and the offer to remember one of the two. */
  private async compare(inner: DialogContext, pair: [SpecialisationId, SpecialisationId]): Promise<void> {
    if (!this.hasFlow('specialisation')) {
      const [a, b] = pair.map((id) => specialisationById(this.deps.kb, id));
      if (a && b) await inner.context.sendActivity(comparisonActivity(a, b));
      return;
    }
    await inner.beginDialog(FLOW_DIALOG_IDS.specialisation, { compare: pair } satisfies SpecialisationOptions);
  }

  private async staleButton(inner: DialogContext): Promise<void> {
    await inner.context.sendActivity(renderNotCovered('stale', channelOf(inner.context.activity)));
    if (inner.activeDialog) await inner.repromptDialog();
  }
}

export function createRootDialog(deps: DialogDeps, flows?: readonly Dialog[]): RootDialog {
  return new RootDialog(deps, flows);
}
