import { sendFlowUnderWay } from './rendering/talk/repairReplies';
import { ownPayTold } from './understanding/person/ownPayTold';
import { faithCareTold } from './understanding/person/experienceCounts';
import { licencePlaceInView } from './understanding/inView/licencePlaceInView';
import { ActivityTypes, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Dialog, DialogContext, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { ComponentDialog, DialogSet, DialogTurnStatus } from './dialogClasses';
import type { FaqEntry, KnowledgeBase, SpecialisationId } from '../knowledge/schema';
import { keepAnswerShown, rememberAnswered, sendEntry, sendSideBySide } from './rendering/core/entryReplies';
import { isSharedConversation, type DialogDeps, type PausedFlow } from './deps';
import { DialogIds } from './dialogIds';
import { feedbackUserOf } from './feedbackStore';
import { asksForTheStepList, CareerStepsDialog, stepListActivity, type CareerStepsOptions } from './flows/careerStepsDialog';
import { handleForgetMe } from './flows/forgetMe';
import { asksToSkip, GuidedPrompt, QUESTION_HELD } from './flows/guidedPrompt';
import { rememberAboutYou, updateProfile } from './flows/guidedProfile';
import { sendStrayAfterPlan } from './flows/roadmapStray';
import { putsSelfRight } from './understanding/talk/selfCorrected';
import { correctedBesideAQuestion, correctsRoadmap, deniesTheArea, dropSpecialty, explainsPlanStep, forgetDeniedJob, RoadmapDialog, roadmapFirstStep, type RoadmapOptions } from './flows/roadmapDialog';
import { SalaryLadderDialog } from './flows/salaryLadderDialog';
import { parseLevelChoice } from './flows/salaryLevels';
import { choiceKept, SpecialisationDialog, type SpecialisationOptions } from './flows/specialisationDialog';
import { goodbyeTo, rateButton, respond } from './respond';
import { actsOfWords, chatWords, saysGoodbye, withPlainRequest, type ChatAct } from './understanding/core/conversation';
import { addressTo, channelOf, flowButton, readCardValue, renderHelp, renderMenu, renderNotCovered, renderStepsOverview, renderText, renderWelcome, topicButtons, withButtons, type CardValue, type Channel } from './rendering/core/cards';
import { renderNoneOfThese } from './rendering/beyond/nearby';
import { comparisonActivity } from './rendering/guided/guidedCards';
import { GuidedButtons, GuidedMessages } from './rendering/guided/guidedMessages';
import { Messages } from './rendering/core/messages';
import { sendOwnStart } from './rendering/person/routeReplies';
import { FLOW_NAMES, saysTheWayIn, type Command, type FlowIntent, type FlowName } from './understanding/core/intents';
import { degreeIsOfTheJob, isEmptyAbout, jobById, readAboutYou, saysWhereTheyStand } from './understanding/person/aboutYou';
import { askedOfTheAnswerInView, AT_ROOT, rereadTurn, spelledOut, understand, understandTurn, withoutAddress, type Meaning, type Situation } from './understanding/core/pipeline';
import { menuAskedOfTheAnswerInView, rungAskedAsAStep, rungOnThePath } from './understanding/core/followUp';
import { listInView, pickedFromList } from './understanding/inView/listInView';
import { isGroup, withoutPoliteWords, wordGroupOf, type WordGroup } from './understanding/core/vocabulary';
import { normalise, readNumber } from './understanding/core/textMatch';
import { matchAreas, mentionedSpecialisations, refusesComparison, specialisationById } from './understanding/questions/specialisationMatch';
import { asksSomething, clauseActOf, clausesOf, requests } from './understanding/core/clauses';
import { parseStepCommand } from './understanding/core/stepNavigation';
import { lossTold } from './understanding/person/lossTold';
import { copyAsked } from './understanding/talk/copyAsked';
import { guideAskedOfAPlace } from './understanding/questions/guideOfAPlace';

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

/** The guided flow a dialog id belongs to. */
export function flowNameOf(dialogId: string | undefined): FlowName | null {
  return FLOW_NAMES.find((flow) => FLOW_DIALOG_IDS[flow] === dialogId) ?? null;
}

/** Where a message arrives, from the flow in progress: the root, the career steps walk, or another flow's question. */
export function situationOf(activeId: string | undefined): Situation {
  const flow = flowNameOf(activeId);
  if (!activeId) return AT_ROOT;
  return { place: flow === 'careerSteps' ? 'walk' : 'flow', flow };
}

/** The id the root had when it was a ComponentDialog; conversations saved then keep their flows inside its frame. */
export const LEGACY_ROOT_DIALOG_ID = 'rootDialog';

/**
 * A conversation saved while the root was a ComponentDialog has one frame, the root's, with the flows' stack inside
 * it (ComponentDialog keeps it under "dialogs"). Lifting that stack out lets someone mid-walk carry on after a deploy.
 */
export function liftLegacyRootFrame(state: DialogState): void {
  const [only, ...others] = state.dialogStack;
  if (!only || others.length > 0 || only.id !== LEGACY_ROOT_DIALOG_ID) return;
  const frame: unknown = only.state;
  const inner: unknown = typeof frame === 'object' && frame !== null && 'dialogs' in frame ? frame.dialogs : undefined;
  const stack: unknown = typeof inner === 'object' && inner !== null && 'dialogStack' in inner ? inner.dialogStack : undefined;
  state.dialogStack = Array.isArray(stack) ? stack : [];
}

/**
 * The guided flows of one conversation during one turn. The dialog machinery (a DialogContext with its memory scopes)
 * is built only when the turn needs a flow, so a question asked with no flow running never pays for it.
 */
export interface FlowStack {
  /** The id of the flow in progress, read from the saved stack. */
  readonly activeId: string | undefined;
  begin(id: string, options?: object): Promise<void>;
  /** Hands the turn to the flow in progress. */
  continue(): Promise<void>;
  cancelAll(): Promise<void>;
  /** The flow in progress asks its question again. */
  reprompt(): Promise<void>;
  /**
   * True when the flow in progress is asking a guided question that reads the text as its answer (with `asRequest`,
   * one that takes answers worded as requests: see GuidedPrompt.readsAsAnswer).
   */
  readsAsAnswer(text: string, asRequest?: boolean): boolean;
  /** The flow's own reply to a question about what its question shows (see GuidedPrompt.replyOf), or null. */
  ownReply(text: string): string | null;
}

/** A flow that ended on its own (not cancelled, not stopped part-way, not given up on) was finished. */
export function finishedFlow(result: DialogTurnResult): boolean {
  if (result.status !== DialogTurnStatus.complete) return false;
  const value: unknown = result.result;
  return !(typeof value === 'object' && value !== null && ('gaveUp' in value || 'stoppedAt' in value));
}

/** The dialog at the top of the innermost stack (a flow's question), found through the flows' own dialog sets. */
function innermostDialog(dialogs: DialogSet, state: DialogState): Dialog | undefined {
  const outer = state.dialogStack.at(-1);
  let dialog = outer ? dialogs.find(outer.id) : undefined;
  let instanceState: unknown = outer?.state;
  while (dialog instanceof ComponentDialog) {
    const top = topOfInnerStack(instanceState);
    if (!top) return dialog;
    dialog = dialog.findDialog(top.id);
    instanceState = top.state;
  }
  return dialog;
}

/** The top instance of the stack a component dialog keeps in its state (`dialogs.dialogStack`), or null. */
function topOfInnerStack(state: unknown): { id: string; state: unknown } | null {
  if (typeof state !== 'object' || state === null) return null;
  const inner: unknown = Reflect.get(state, 'dialogs');
  if (typeof inner !== 'object' || inner === null) return null;
  const stack: unknown = Reflect.get(inner, 'dialogStack');
  const top: unknown = Array.isArray(stack) ? stack.at(-1) : undefined;
  if (typeof top !== 'object' || top === null) return null;
  const id: unknown = Reflect.get(top, 'id');
  return typeof id === 'string' ? { id, state: Reflect.get(top, 'state') } : null;
}

class LazyFlowStack implements FlowStack {
  private context: Promise<DialogContext> | undefined;

  constructor(
    private readonly dialogs: DialogSet,
    private readonly turn: TurnContext,
    private readonly state: DialogState,
    private readonly usage: DialogDeps['usage'],
  ) {}

  /** Flows started and finished, for the dashboard. */
  private note(flow: FlowName | null, result: DialogTurnResult, started: boolean): void {
    if (!flow) return;
    if (started) void this.usage.flow(this.turn.activity, flow, 'started');
    if (finishedFlow(result)) void this.usage.flow(this.turn.activity, flow, 'finished');
  }

  get activeId(): string | undefined {
    return this.state.dialogStack.at(-1)?.id;
  }

  private dialogContext(): Promise<DialogContext> {
    this.context ??= this.dialogs.createContext(this.turn);
    return this.context;
  }

  async begin(id: string, options?: object): Promise<void> {
    const result = await (await this.dialogContext()).beginDialog(id, options);
    this.note(flowNameOf(id), result, true);
  }

  async continue(): Promise<void> {
    const flow = flowNameOf(this.activeId);
    const result = await (await this.dialogContext()).continueDialog();
    this.note(flow, result, false);
  }

  async cancelAll(): Promise<void> {
    await (await this.dialogContext()).cancelAllDialogs();
  }

  readsAsAnswer(text: string, asRequest = false): boolean {
    const question = innermostDialog(this.dialogs, this.state);
    return question instanceof GuidedPrompt && question.readsAsAnswer(text, asRequest);
  }

  ownReply(text: string): string | null {
    const question = innermostDialog(this.dialogs, this.state);
    return question instanceof GuidedPrompt ? question.replyOf(text) : null;
  }

  async reprompt(): Promise<void> {
    await (await this.dialogContext()).repromptDialog();
  }
}

/**
 * The root of every conversation, run for every message: it handles interruptions first (help, menu, cancel, start
 * over, root card buttons), then hands the turn to the guided flow in progress, else starts a flow the user asked
 * for, else answers the question. The guided flows are dialogs on a stack kept in conversation state; the router
 * itself is not one, so a plain question costs one state read, the search and one state write.
 */
export class TurnRouter {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  /** `flows` replaces the guided flows (tests use stand-ins); by default they are the project's own. */
  constructor(
    private readonly deps: DialogDeps,
    flows: readonly Dialog[] = createGuidedFlows(deps),
  ) {
    this.dialogState = deps.dialogState;
    this.dialogs = new DialogSet(this.dialogState);
    for (const flow of flows) this.dialogs.add(flow);
  }

  /** True when a guided flow is registered for this name. */
  hasFlow(flow: FlowName): boolean {
    return this.dialogs.find(FLOW_DIALOG_IDS[flow]) !== undefined;
  }

  /** Handles one turn's message (other activities go to the flow in progress, if any). */
  async handleTurn(context: TurnContext): Promise<void> {
    const state = await this.dialogState.get(context, { dialogStack: [] });
    liftLegacyRootFrame(state);
    const flows = new LazyFlowStack(this.dialogs, context, state, this.deps.usage);
    const { activity } = context;
    if (activity.type !== ActivityTypes.Message) {
      if (flows.activeId) await flows.continue();
      return;
    }
    if (channelOf(activity) === 'teams' && isSharedConversation(activity)) addressRepliesToSender(context);
    // Privacy first: "forget me" and its confirmation, whatever flow is running (dialogs/flows/forgetMe.ts).
    if (await handleForgetMe(context, this.deps)) return;
    await this.meetLoss(context);
    // "I make 55k with tips": their pay now, kept for a later "would I earn more?" (rendering/questions/payReplies.ts).
    if (ownPayTold(context.activity.text ?? '')) await this.deps.payTold.set(context, context.activity.text ?? '');
    // "youth pastor ... crisis counseling with teens": kept, so a later "would my counseling count?" is weighed as that (ut39c P10-T3).
    if (faithCareTold(context.activity.text ?? '')) await this.deps.faithCareTold.set(context, true);
    await this.routeMessage(context, flows);
    // A flow started inside another has ended: the first is offered back.
    if (!flows.activeId) await this.offerPausedFlow(context);
  }

  /**
   * A death of someone close told in passing ("my wife had MS ... before she passed in the spring. Is 56 too old?") is
   * met before whatever the message asks, in every place, once in a conversation (understanding/person/lossTold.ts).
   */
  private async meetLoss(context: TurnContext): Promise<void> {
    const kin = lossTold(context.activity.text ?? '');
    if (kin === null || (await this.deps.lossHeard.get(context)) === true) return;
    await this.deps.lossHeard.set(context, true);
    await context.sendActivity(renderText(channelOf(context.activity), Messages.lossHeard(kin)));
  }

  private async routeMessage(context: TurnContext, flows: FlowStack): Promise<void> {
    const { activity } = context;
    const offered = await this.deps.offeredFlow.get(context);
    if (offered) await this.deps.offeredFlow.delete(context);
    // The buttons the last reply offered instead of an answer are a list for this message only ("the second one").
    const menu = await this.deps.offeredEntries.get(context);
    if (menu) await this.deps.offeredEntries.delete(context);
    // The roadmap in view is for this message only: a job named a day later ("write me a poem about nurses") corrects
    // nothing.
    const roadmapShown = (await this.deps.roadmapShown.get(context)) === true;
    if (roadmapShown) await this.deps.roadmapShown.delete(context);
    // So is the chooser's suggestion just turned down: "the old ppl one" next is the area chosen instead.
    const suggestionLeft = (await this.deps.suggestionLeft.get(context)) === true;
    if (suggestionLeft) await this.deps.suggestionLeft.delete(context);
    // The answer the last reply showed is for this message only: it is never sent again word for word (answerTurn.ts).
    await keepAnswerShown(context, this.deps);
    const reading = readCardValue(activity.value);
    if (reading.kind === 'root') return this.handleValue(context, flows, reading.value, roadmapShown);
    if (reading.kind === 'invalid') return this.staleButton(context, flows, roadmapShown);
    if (reading.kind === 'foreign') {
      if (flows.activeId) return flows.continue();
      return this.staleButton(context, flows, roadmapShown);
    }

    // "Yes" (or "next", "continue") to "Back to step 3 of the walk?" takes the offer up; anything else lets it go.
    if (offered && !flows.activeId && takesUpOffer(activity.text ?? '')) {
      return this.startFlow(context, flows, offered.flow === 'careerSteps' && offered.step !== undefined ? { flow: offered.flow, step: offered.step } : { flow: offered.flow });
    }

    // What people say about themselves anywhere (their job, years, degree, the area they want) is kept for the roadmap.
    const before = await this.deps.profile.get(context);
    const known = before?.about;
    const said = readAboutYou(activity.text ?? '', this.deps.kb, { worksInField: jobById(known?.job ?? '')?.inField === true, jobHasDegree: degreeIsOfTheJob(known?.job ?? '') });
    if (!isEmptyAbout(said)) await rememberAboutYou(context, this.deps, said);
    // "I am not a care coordinator, it is my aunty that is": said back as taken out, before the rest is answered.
    const takenBack = said.notJob !== undefined && said.job === undefined && known?.job === said.notJob ? jobById(said.notJob) : null;
    // "That's not right, the 6 years were office work" right after the roadmap: the roadmap is corrected and shown
    // again (a job taken out is said in that reply).
    if (roadmapShown && !flows.activeId && this.hasFlow('roadmap') && correctsRoadmap(activity.text ?? '', said, before?.roadmap ?? null, before?.specialisation ?? null)) {
      // Said beside a question, the correction is kept in a line and the question answered.
      if (!(await correctedBesideAQuestion(context, this.deps, activity.text ?? ''))) return flows.begin(FLOW_DIALOG_IDS.roadmap, { corrected: true, areaBefore: before?.specialisation ?? null } satisfies RoadmapOptions);
    }
    if (takenBack) await forgetDeniedJob(context, this.deps, said);
    if (takenBack) await context.sendActivity(renderText(channelOf(activity), Messages.notTheirJob(takenBack.title)));
    // "you have me down as a care coordinator, I'm a social worker. anyway - ...?": the new job said back, then the rest.
    const putRight = !takenBack && !flows.activeId && said.job !== undefined && known?.job !== undefined && known.job !== said.job.id && putsSelfRight(activity.text ?? '') ? said.job : null;
    if (putRight) await context.sendActivity(renderText(channelOf(activity), Messages.jobPutRight(putRight.title)));
    // "Wait, I didn't say I'd picked pediatric, I'm still deciding": the area saved is taken out (and the roadmap just
    // shown, shown again without it).
    const savedArea = before?.specialisation ?? null;
    if (savedArea && !flows.activeId && deniesTheArea(this.deps.kb, activity.text ?? '', savedArea, roadmapShown)) {
      if (roadmapShown && this.hasFlow('roadmap')) return flows.begin(FLOW_DIALOG_IDS.roadmap, { withoutSpecialty: true } satisfies RoadmapOptions);
      await dropSpecialty(context, this.deps);
      await context.sendActivity(renderText(channelOf(activity), GuidedMessages.specialisation.undoneNone));
      return;
    }
    // "Ok remember geriatric as my choice", "did you save it or not?" after the chooser has ended: kept, or said which.
    const kept = !flows.activeId ? choiceKept(this.deps.kb, activity.text ?? '', savedArea, suggestionLeft) : null;
    if (kept) {
      if (kept.save) await updateProfile(context, this.deps, { specialisation: kept.save });
      // The area kept is what "it" means next ("Ask me anything about it"): "what would that look like day to day?".
      if (kept.save) await rememberAnswered(context, this.deps, specialisationById(this.deps.kb, kept.save).faqId);
      // Asked to go into the roadmap, the saved roadmap is shown again with it.
      if (kept.save && kept.toPlan === true && before?.roadmap && this.hasFlow('roadmap')) {
        await context.sendActivity(renderText(channelOf(activity), kept.reply));
        return flows.begin(FLOW_DIALOG_IDS.roadmap);
      }
      await context.sendActivity(renderText(channelOf(activity), kept.reply));
      return;
    }
    // "Why is step 9 left for later?" asks about the saved roadmap: the roadmap says why, not the nearest entry.
    const whyPlaced = !flows.activeId && this.hasFlow('roadmap') ? explainsPlanStep(this.deps.kb, activity.text ?? '', before) : null;
    if (whyPlaced !== null) {
      await context.sendActivity(renderText(channelOf(activity), whyPlaced));
      // The roadmap is still what the next message is about: "but I don't work. can you fix it" corrects it.
      await this.deps.roadmapShown.set(context, true);
      return;
    }

    const situation = situationOf(flows.activeId);
    const understood = understandTurn(context, this.deps.kb, situation);
    // "what sort of things?" after an answer is asked of it, not a request for help (pipeline.ts).
    const asked = flows.activeId ? understood : ((await this.menuAskedOfTheAnswerInView(context, understood)) ?? (await this.pickAskedOfTheListInView(context, understood)) ?? (await this.placeAskedOfTheLicenceInView(context, understood)) ?? askedOfTheAnswerInView(understood, activity.text ?? ''));
    const read = asked !== understood && (await this.deps.lastAnswered.get(context)) ? rereadTurn(context, asked) : understood;
    // "electrician here, 40, no idea where to start. show me the career steps": the flow asked for in a clause of its
    // own, the rest only telling of the person or of not knowing where to start, which the flow answers.
    const meaning = read.kind === 'question' ? (flowAskedAmongClauses(activity.text ?? '', this.deps.kb, situation) ?? read) : read;
    if (roadmapShown && !flows.activeId && meaning.kind === 'number' && this.hasFlow('roadmap')) return sendStrayAfterPlan(context, this.deps, meaning.value);
    // "So what are my next steps?" right after the roadmap: the walk at its first next step (CareerStepsDialog).
    if (roadmapShown && !flows.activeId && meaning.kind === 'question' && this.hasFlow('careerSteps') && before && roadmapFirstStep(this.deps.kb, activity.text ?? '', before) !== null) {
      return this.startFlow(context, flows, { flow: 'careerSteps' });
    }
    // "ok seen enough, back to the steps" in the ladder, "stop. back to money" in the walk: that flow, this one left.
    const backTo = backToFlow(activity.text ?? '');
    if (backTo && this.hasFlow(backTo.flow)) return this.backTo(context, flows, backTo);
    // In the walk, a move read in the whole message may have a question after it ("go to step 5. how much is the CCM?").
    const movesInTheWalk = meaning.kind === 'navigate' && flows.activeId === FLOW_DIALOG_IDS.careerSteps;
    if (flows.activeId && (!STEERS.has(meaning.kind) || movesInTheWalk) && (await this.answerThenAsk(context, flows))) return;
    // "No, I want all 10 in a list, just the names" with no flow running: the list, as when asked for by name.
    if (!flows.activeId && meaning.kind === 'question' && this.hasFlow('careerSteps') && asksForTheStepList(activity.text ?? '')) return this.listSteps(context, flows);
    // "Is there a way I can print all this out to show my manager?": nothing is printed or sent; the roadmap's checklist is offered.
    if ((meaning.kind === 'question' || meaning.kind === 'chat') && copyAsked(activity.text ?? '')) {
      await context.sendActivity(withButtons(channelOf(activity), Messages.copyAsked, flows.activeId ? [] : [flowButton('roadmap')]));
      if (flows.activeId) await flows.reprompt();
      return;
    }
    // "This is aw American intit. Whit are ye anyway?": the guide said to be of one country beside other talk is met first.
    if (meaning.kind === 'chat' && saysTheGuideIsOfOnePlace(activity.text ?? '', this.deps.kb)) await context.sendActivity(renderText(channelOf(activity), Messages.guideOfAPlaceBeside));
    switch (meaning.kind) {
      case 'command':
        // "hmm can we skip this question?" asks for no help: the guided question that takes skips reads it.
        if (flows.activeId && meaning.command === 'help' && asksToSkip(activity.text ?? '') && flows.readsAsAnswer(activity.text ?? '')) return flows.continue();
        // With no flow running, no question of the bot's waits to be skipped: saying so is all the help wanted.
        if (!flows.activeId && meaning.command === 'help' && asksToSkip(activity.text ?? '')) {
          await context.sendActivity(withButtons(channelOf(activity), Messages.nothingToSkip, topicButtons()));
          return;
        }
        return this.runCommand(context, flows, meaning.command);
      case 'restartFlow': {
        const flow = flowNameOf(flows.activeId);
        if (flow) return this.startFlow(context, flows, { flow });
        return this.runCommand(context, flows, 'restart');
      }
      case 'flow':
        // A flow's question reads its own answers first: "where do I start?" at the roadmap's aim question; and it says
        // its own reply to the walk asked for in words it answers itself ("what should I do first?" at the roadmap's
        // education question). Another flow asked for by name ("salary ladder" in the chooser) is that flow.
        if (flows.activeId && flows.readsAsAnswer(activity.text ?? '', true)) return flows.continue();
        if (flows.activeId && meaning.intent.flow === 'careerSteps' && flows.ownReply(activity.text ?? '') !== null) return flows.continue();
        // "No, a plan for my career. A roadmap." at the roadmap's own question: said to be under way, never its question alone again.
        if (flows.activeId && FLOW_DIALOG_IDS[meaning.intent.flow] === flows.activeId && meaning.intent.step === undefined) {
          const again = this.asksToBeginAgain(meaning.intent.flow, activity.text ?? '');
          if (again || !flows.readsAsAnswer(activity.text ?? '')) await sendFlowUnderWay(context, meaning.intent.flow);
          if (!again) return flows.continue();
        }
        // "List the steps", "what are the 10 steps?": the ten names answer it, and the walk is offered.
        if (meaning.intent.flow === 'careerSteps' && meaning.intent.step === undefined && !meaning.intent.resume && this.hasFlow('careerSteps') && asksForTheStepList(activity.text ?? '')) {
          return this.listSteps(context, flows);
        }
        // "Where would someone like me start? I am 54." once they told of themselves: where they start, then the steps offered (late38b).
        if (!flows.activeId && meaning.intent.flow === 'careerSteps' && meaning.intent.step === undefined && (await sendOwnStart(context, this.deps, activity.text ?? '', (await this.deps.profile.get(context)) ?? undefined))) return;
        return this.startFlow(context, flows, meaning.intent);
      case 'compare':
        // Mid-flow, the active flow shows a comparison itself and asks its question again.
        if (flows.activeId) return flows.continue();
        return this.compare(context, flows, meaning.pair);
      case 'chat':
        // "Yes, please remember it. Thank you, God bless": what the flow asked is answered first, then goodbye.
        if (flows.activeId && (saysGoodbye(meaning.acts) || thanksInClosing(meaning.acts, activity.text ?? '')) && (await this.answerThenClose(context, flows, meaning.acts, situation))) return;
        // "bye" in the middle of a flow is goodbye: the flow ends, the walk's place saved.
        if (flows.activeId && saysGoodbye(meaning.acts) && !flows.readsAsAnswer(activity.text ?? '')) return this.sayGoodbye(context, flows, meaning.acts);
        // "Thank you baby you been a big help" at a flow's question: thanks that close the conversation are a goodbye,
        // not an aside after which the question is asked again (a flow that reads the words as its answer keeps them, and
        // the salary ladder, all on screen already, ends on thanks of its own).
        if (flows.activeId && flows.activeId !== FLOW_DIALOG_IDS.salaryLadder && thanksInClosing(meaning.acts, activity.text ?? '') && !flows.readsAsAnswer(activity.text ?? '')) {
          return this.sayGoodbye(context, flows, [...meaning.acts, 'bye']);
        }
        if (flows.activeId) return flows.continue();
        await respond(context, this.deps, meaning);
        return;
      default:
        // Everything else mid-flow is the flow's to read first (its question's answer, the walk's moves).
        if (flows.activeId) return flows.continue();
        if (meaning.kind === 'navigate') return this.startFlow(context, flows, { flow: 'careerSteps' });
        await respond(context, this.deps, meaning, menu ? { menu } : {});
    }
  }

  /**
   * The flow's offer turned down or its question answered by finishing ("no compare. what is the chronic one?", "done.
   * so where do I start without a degree?", "nah I'm good, how long does the CCM take?"), or the flow left ("forget it,
   * what does a CMC need?"), with a question or a request after it: the flow reads its answer (or is left), then the
   * rest is understood as a message of its own, at the root when the flow has ended. False when the message is not so.
   */
  private async answerThenAsk(context: TurnContext, flows: FlowStack): Promise<boolean> {
    const text = context.activity.text ?? '';
    const walking = flows.activeId === FLOW_DIALOG_IDS.careerSteps;
    const reads = (said: string): boolean => (walking ? parseStepCommand(said, this.deps.kb.steps)?.kind === 'stop' : flows.readsAsAnswer(said));
    // "pediatric. but how long does the extra training take?": the answer to the flow's question, then a question; in
    // the walk, a move and then a question ("Next. Does pharmacy count for the experience step?"): the move is made.
    const moves = (said: string): boolean => MOVES_ON.has(parseStepCommand(said, this.deps.kb.steps)?.kind ?? '');
    const answered = walking ? answeredFirst(text, moves, true) : answeredFirst(text, reads);
    const split = turnedDownFirst(text) ?? answered;
    if (!split) return false;
    const group = wordGroupOf(split.head);
    const leaving = group !== null && LEAVES_THE_FLOW.has(group);
    // A whole message the flow reads is its answer ("no - pediatric vs psychiatric please"), unless its first words
    // turn down what the rest names, or answer before a question of their own.
    if (!leaving && split !== answered && (!reads(split.head) || (reads(text) && !refusesComparison(normalise(split.head))))) return false;
    if (leaving) {
      const savedStep = await this.leaveFlows(context, flows);
      await context.sendActivity(renderText(channelOf(context.activity), savedStep !== null ? Messages.walkCancelled(savedStep) : Messages.leftForQuestion));
    } else {
      // The flow's own reply to the question, read while its question is on screen: "neither. so you dont know the
      // pay?" is pay asked of the two areas just compared.
      const own = flows.ownReply(split.rest);
      context.activity.text = split.head;
      // The flow's next question waits until the question said beside the answer is answered ("Maybe long-term
      // illness, like diabetes?"): asked once, last, not before the answer and again after it.
      const held = walking || own !== null ? null : holdReplies(context);
      const asking = flows.activeId;
      await flows.continue();
      if (held && (!flows.activeId || flows.activeId !== asking || !held.asks())) await held.release();
      if (own !== null) {
        await context.sendActivity(renderText(channelOf(context.activity), own));
        return true;
      }
      if (held?.holding()) {
        context.activity.text = split.rest;
        const stillAsking = flows.activeId;
        held.pause();
        context.turnState.set(QUESTION_HELD, true);
        await this.routeMessage(context, flows);
        context.turnState.set(QUESTION_HELD, false);
        if (flows.activeId === stillAsking) await held.release();
        else held.drop();
        return true;
      }
    }
    context.activity.text = split.rest;
    await this.routeMessage(context, flows);
    return true;
  }

  private async handleValue(context: TurnContext, flows: FlowStack, value: CardValue, roadmapShown = false): Promise<void> {
    const channel = channelOf(context.activity);
    switch (value.action) {
      case 'command':
        return this.runCommand(context, flows, value.command);
      case 'flow':
        // A step's button under the roadmap opens it as a thing to do, not one gone through.
        return this.startFlow(context, flows, value.step === undefined ? { flow: value.flow } : { flow: value.flow, step: value.step }, roadmapShown && value.step !== undefined);
      case 'ask': {
        const entry = this.deps.kb.faqById.get(value.id);
        if (!entry) return this.staleButton(context, flows);
        await sendEntry(context, this.deps, entry);
        break;
      }
      case 'compare': {
        const [a, b] = value.ids.map((id) => this.deps.kb.faqById.get(id));
        if (!a || !b) return this.staleButton(context, flows);
        await sendSideBySide(context, this.deps, a, b);
        break;
      }
      case 'rate': {
        if (!this.deps.kb.faqById.has(value.id)) return this.staleButton(context, flows);
        await rateButton(context, this.deps, value.id, value.helpful);
        break;
      }
      case 'none': {
        const offered = value.ids.filter((id) => this.deps.kb.faqById.has(id));
        if (value.question.trim()) await this.deps.feedback.recordNoneOfThese(value.question, offered, feedbackUserOf(context.activity), context.activity.channelId);
        await context.sendActivity(value.question.trim() ? renderNoneOfThese(this.deps.kb, value.question, offered, channel) : withButtons(channel, Messages.noneOfTheseNoQuestion, topicButtons()));
        break;
      }
    }
    // The user stepped out of a guided flow for a moment; show where they were.
    if (flows.activeId) await flows.reprompt();
  }

  /** "what are my options?" read as the menu after how to specialise: a question of what that answer leads to (followUp.ts). */
  /**
   * "what if i live in california" after the licensing answer: read as talk by the learned act model (which knows nothing
   * of the answer in view), it asks the license of that place, which the guide gives no rules for (silenceReplies.ts).
   */
  private async placeAskedOfTheLicenceInView(context: TurnContext, meaning: Meaning): Promise<Meaning | null> {
    if (meaning.kind !== 'chat' || meaning.acts.some((act) => act === 'bye' || act === 'thanks')) return null;
    const typed = (context.activity.text ?? '').trim();
    return licencePlaceInView(typed, await this.deps.lastAnswered.get(context), this.deps.kb) ? { kind: 'question', text: typed, acts: [] } : null;
  }

  private async menuAskedOfTheAnswerInView(context: TurnContext, meaning: Meaning): Promise<Meaning | null> {
    if (meaning.kind !== 'command' || meaning.command !== 'menu') return null;
    const typed = (context.activity.text ?? '').trim();
    const lastId = await this.deps.lastAnswered.get(context);
    const last = lastId ? this.deps.kb.faqById.get(lastId) : undefined;
    return menuAskedOfTheAnswerInView(typed, last, this.deps.engine, this.deps.kb) ? { kind: 'question', text: typed, acts: [] } : null;
  }

  /**
   * "what happens at the second step?" after the career path: read as the walk (by the learned act model, which knows
   * nothing of the answer in view), it picks an item of the list in view by its place or words, and the list answers it.
   * A walk asked for at a step ("go to step 2") or by its name ("show me the steps") picks nothing and stays the walk.
   */
  private async pickAskedOfTheListInView(context: TurnContext, meaning: Meaning): Promise<Meaning | null> {
    if (meaning.kind !== 'flow' || meaning.intent.flow !== 'careerSteps' || meaning.intent.resume) return null;
    const typed = (context.activity.text ?? '').trim();
    if (asksForTheStepList(typed)) return null;
    const lastId = await this.deps.lastAnswered.get(context);
    // "what's the first step?" after the career path asks its first rung, not the walk's step 1 (followUp.ts rungAskedAsAStep).
    if (meaning.intent.step !== undefined) return rungAskedAsAStep(typed, lastId) !== null ? { kind: 'question', text: typed, acts: [] } : null;
    const beforeId = await this.deps.answeredBefore.get(context);
    const byId = (id: string | undefined) => (id ? this.deps.kb.faqById.get(id) : undefined);
    const list = listInView(byId(lastId), byId(beforeId), this.deps.engine, this.deps.kb);
    // "where do I start?" after the career path asks where the path starts, not for the walk (followUp.ts rungOnThePath).
    return (list && pickedFromList(typed, list, this.deps.engine, this.deps.kb)) || rungOnThePath(typed, lastId) !== null ? { kind: 'question', text: typed, acts: [] } : null;
  }

  private async runCommand(context: TurnContext, flows: FlowStack, command: Command): Promise<void> {
    const channel = channelOf(context.activity);
    switch (command) {
      case 'help':
        await context.sendActivity(renderHelp(channel, this.deps.feedbackRetentionDays));
        if (flows.activeId) await flows.reprompt();
        return;
      case 'menu': {
        const savedStep = await this.leaveFlows(context, flows);
        if (savedStep !== null) await context.sendActivity(renderText(channel, Messages.walkPaused(savedStep)));
        await context.sendActivity(renderMenu(this.deps.kb, channel));
        return;
      }
      case 'cancel': {
        const active = flows.activeId !== undefined;
        const savedStep = await this.leaveFlows(context, flows);
        const leavingHere = !active && isGroup(withoutAddress(context.activity.text ?? ''), 'leaveHere');
        const said = savedStep !== null ? Messages.walkCancelled(savedStep) : active ? Messages.cancelled : leavingHere ? Messages.stoppedHere : Messages.nothingToCancel;
        const sorry = this.complainsToo(context.activity.text ?? '') ? `${Messages.sorryStopping} ` : '';
        await context.sendActivity(withButtons(channel, `${sorry}${said}`, topicButtons()));
        return;
      }
      case 'restart':
        await this.deps.pausedFlows.delete(context);
        if (flows.activeId) await flows.cancelAll();
        await this.deps.rated.delete(context);
        await this.deps.lastAnswered.delete(context);
        await this.deps.answeredBefore.delete(context);
        await context.sendActivity(renderText(channel, Messages.startOver));
        await context.sendActivity(renderWelcome(this.deps.kb, channel, this.deps.feedbackRetentionDays));
        return;
    }
  }

  /** True when a clause of a longer message complains ("forget it, this thing is useless"). */
  private complainsToo(text: string): boolean {
    const clauses = clausesOf(withoutAddress(text));
    return clauses.length > 1 && clauses.some((clause) => {
      const meaning = understand(clause, AT_ROOT, this.deps.kb);
      return meaning.kind === 'chat' && meaning.acts.includes('complaint');
    });
  }

  /**
   * A closing message whose words before the thanks or goodbye answer the flow's question ("yes please save it,
   * thanks, bye"): the flow reads that answer (and does what was agreed), then the goodbye. False when the message has
   * no such answer.
   */
  private async answerThenClose(context: TurnContext, flows: FlowStack, acts: readonly ChatAct[], situation: Situation): Promise<boolean> {
    const text = context.activity.text ?? '';
    const head = beforeClosing(text);
    if (head === null || !flows.readsAsAnswer(head)) return false;
    context.activity.text = head;
    await flows.continue();
    context.activity.text = text;
    // The turn is remembered as the whole message said (what the evaluation and the usage log read).
    understandTurn(context, this.deps.kb, situation);
    await this.sayGoodbye(context, flows, saysGoodbye(acts) ? acts : [...acts, 'bye']);
    return true;
  }

  private async sayGoodbye(context: TurnContext, flows: FlowStack, acts: readonly ChatAct[]): Promise<void> {
    const channel = channelOf(context.activity);
    const goodbye = await goodbyeTo(context, this.deps, acts);
    const savedStep = await this.leaveFlows(context, flows);
    const saved = savedStep !== null ? `\n\n${Messages.walkPaused(savedStep)}` : '';
    await context.sendActivity(renderText(channel, `${goodbye}${saved}`));
  }

  /** Ends whatever flow is running, and any it was started inside; when it was the steps walk, returns the step saved for "continue". */
  private async leaveFlows(context: TurnContext, flows: FlowStack): Promise<number | null> {
    await this.deps.pausedFlows.delete(context);
    if (!flows.activeId) return null;
    const walking = flows.activeId === FLOW_DIALOG_IDS.careerSteps;
    await flows.cancelAll();
    const step = walking ? (await this.deps.profile.get(context))?.lastStep : null;
    return typeof step === 'number' ? step : null;
  }

  /**
   * Asking for the flow that is running ("help me choose a specialty" at the chooser's "which of the two should I
   * remember?") starts it from its first question, unless the message also carries an answer the flow can read (an area
   * for the chooser, a level for the ladder) or it is the walk, which keeps its step. What people say about themselves
   * is already kept, so the roadmap begun again asks only what it does not know.
   */
  private asksToBeginAgain(flow: FlowName, text: string): boolean {
    const { kb } = this.deps;
    if (flow === 'careerSteps') return false;
    if (flow === 'specialisation') return mentionedSpecialisations(kb, text).length === 0 && matchAreas(kb, text, true).length === 0;
    if (flow === 'salaryLadder') return parseLevelChoice(kb, text) === null;
    return true;
  }

  private async startFlow(context: TurnContext, flows: FlowStack, intent: FlowIntent, fromRoadmap = false): Promise<void> {
    if (!this.hasFlow(intent.flow)) {
      if (intent.flow === 'careerSteps' && this.deps.kb.steps.length > 0) {
        await context.sendActivity(renderStepsOverview(this.deps.kb, channelOf(context.activity)));
        return;
      }
      const entry: FaqEntry | undefined = this.deps.kb.faqById.get(FLOW_FALLBACK_FAQ[intent.flow]);
      const channel = channelOf(context.activity);
      if (!entry) {
        await context.sendActivity(renderMenu(this.deps.kb, channel));
        return;
      }
      await context.sendActivity(renderText(channel, Messages.flowUnavailable));
      await sendEntry(context, this.deps, entry);
      return;
    }
    if (flows.activeId) {
      // The flow in progress is kept to offer back when the new one ends ("salary ladder" mid-walk).
      const current = flowNameOf(flows.activeId);
      if (current && current !== intent.flow) await this.pause(context, current);
      await flows.cancelAll();
    }
    // Going back to a flow that was left ("continue" mid-ladder to the walk) takes it off the list to offer back.
    const paused = await this.deps.pausedFlows.get(context);
    if (paused?.some((earlier) => earlier.flow === intent.flow)) await this.deps.pausedFlows.set(context, paused.filter((earlier) => earlier.flow !== intent.flow));
    const options: CareerStepsOptions | undefined =
      intent.flow !== 'careerSteps' ? undefined : intent.step !== undefined ? { step: intent.step, ...(fromRoadmap ? { fromRoadmap } : {}) } : intent.resume ? { resume: true } : undefined;
    await flows.begin(FLOW_DIALOG_IDS[intent.flow], options);
  }

  /**
   * Back to a flow by its name: the flow in progress (and each it was started inside) is left, the walk's place said
   * when it was the walk, and the flow named taken up where it was (the walk at its saved step, the roadmap asking only
   * what it still needs). Named while it runs, it asks its question again.
   */
  private async backTo(context: TurnContext, flows: FlowStack, intent: FlowIntent): Promise<void> {
    if (flows.activeId === FLOW_DIALOG_IDS[intent.flow] && intent.flow !== 'careerSteps') return flows.reprompt();
    const savedStep = flows.activeId === FLOW_DIALOG_IDS[intent.flow] ? null : await this.leaveFlows(context, flows);
    if (savedStep !== null) await context.sendActivity(renderText(channelOf(context.activity), Messages.walkPaused(savedStep)));
    return this.startFlow(context, flows, intent);
  }

  /** The ten steps listed, the walk offered ("yes" takes it up); a flow in progress asks its question again after. */
  private async listSteps(context: TurnContext, flows: FlowStack): Promise<void> {
    await context.sendActivity(stepListActivity(this.deps.kb, channelOf(context.activity)));
    if (flows.activeId) return flows.reprompt();
    await this.deps.offeredFlow.set(context, { flow: 'careerSteps' });
  }

  /** Keeps a flow being left for another, innermost last; the same flow once, and at most three. */
  private async pause(context: TurnContext, flow: FlowName): Promise<void> {
    const step = flow === 'careerSteps' ? (await this.deps.profile.get(context))?.lastStep : undefined;
    const paused: PausedFlow = typeof step === 'number' ? { flow, step } : { flow };
    const kept = (await this.deps.pausedFlows.get(context, [])).filter((earlier) => earlier.flow !== flow);
    await this.deps.pausedFlows.set(context, [...kept, paused].slice(-MAX_PAUSED_FLOWS));
  }

  /** Offers back the flow most recently left for another (which has now ended), with a button that resumes it. */
  private async offerPausedFlow(context: TurnContext): Promise<void> {
    const paused = await this.deps.pausedFlows.get(context);
    if (!paused || paused.length === 0) return;
    const last = paused.at(-1)!;
    const rest = paused.slice(0, -1);
    if (rest.length > 0) await this.deps.pausedFlows.set(context, rest);
    else await this.deps.pausedFlows.delete(context);
    if (!this.hasFlow(last.flow)) return;
    await context.sendActivity(pausedFlowOffer(channelOf(context.activity), last));
    await this.deps.offeredFlow.set(context, last);
  }

  /** "Compare geriatric and pediatric": the side-by-side card, and the offer to remember one of the two. */
  private async compare(context: TurnContext, flows: FlowStack, pair: [SpecialisationId, SpecialisationId]): Promise<void> {
    if (!this.hasFlow('specialisation')) {
      const [a, b] = pair.map((id) => specialisationById(this.deps.kb, id));
      if (a && b) await context.sendActivity(comparisonActivity(a, b));
      return;
    }
    await flows.begin(FLOW_DIALOG_IDS.specialisation, { compare: pair } satisfies SpecialisationOptions);
  }

  private async staleButton(context: TurnContext, flows: FlowStack, roadmapShown = false): Promise<void> {
    // An old button of the roadmap's questions, pressed after it was built: its first step, not the topics.
    if (roadmapShown && !flows.activeId && this.hasFlow('roadmap')) return sendStrayAfterPlan(context, this.deps, null);
    await context.sendActivity(renderNotCovered('stale', channelOf(context.activity)));
    if (flows.activeId) await flows.reprompt();
  }
}

const MAX_PAUSED_FLOWS = 3;

/** Acts of thanks: thanks, saying it helped, praise. */
const THANKING: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise']);
/** Acts that may go with thanks in closing: "ok", "yes". */
const BESIDE_THANKS: ReadonlySet<ChatAct> = new Set(['ack', 'yes']);
/**
 * Words that thank for the whole conversation, as people do when they leave: the help looked back on ("you've been a big
 * help", "you helped me more than you know", "you been so kind"), all that was needed had ("that's everything I
 * needed"), a wish for the rest of the day ("have a lovely day"), a blessing.
 */
const CLOSING_WORDS =
  /\b(?:you (?:have |ve )?(?:been|helped|were)\b(?! (?:asking|saying|telling))|you (?:have|ve) (?:really |truly )?(?:helped|been)|that (?:is|s) (?:all|everything) i (?:needed|wanted|need)|(?:have|enjoy) (?:a |the )?(?:lovely|nice|good|great|blessed|wonderful) (?:day|evening|night|weekend|rest of (?:your|the) day)|god bless|bless you|i feel (?:so |much |a lot |way )*better)\b/;

/** Acts that only close a conversation: thanks, saying it helped, praise, goodbye. */
const CLOSING_ACTS: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise', 'bye']);

/**
 * The words before the closing ones ("Yes, please remember it." of "Yes, please remember it. Thank you, God bless
 * you."): the clauses left when those at the end that only thank or say goodbye are taken off; null when none are, or
 * nothing is left.
 */
function beforeClosing(text: string): string | null {
  const clauses = clausesOf(text);
  let end = clauses.length;
  while (end > 0) {
    const acts = chatActsOf(clauses[end - 1]!);
    if (acts === null || acts.length === 0 || !acts.every((act) => CLOSING_ACTS.has(act))) break;
    end -= 1;
  }
  if (end === clauses.length || end === 0) return null;
  // Where the last clause kept ends in the text, found clause by clause from the start.
  const upTo = clauses.slice(0, end).reduce((at, clause) => {
    const found = text.indexOf(clause, at);
    return found < 0 ? at : found + clause.length;
  }, 0);
  return text.slice(0, upTo).trim() || null;
}

/** The conversational acts a clause is made of, or null when it is more than acts. */
function chatActsOf(clause: string): ChatAct[] | null {
  return actsOfWords(chatWords(withPlainRequest(clause)));
}

/** True when a message is only thanks (or praise, or saying it helped) in words that close the conversation. */
function thanksInClosing(acts: readonly ChatAct[], text: string): boolean {
  return acts.some((act) => THANKING.has(act)) && acts.every((act) => THANKING.has(act) || BESIDE_THANKS.has(act)) && CLOSING_WORDS.test(normalise(text));
}

/** Readings that already steer (a command, a flow asked for): the pipeline has read the request in the message. */
const STEERS: ReadonlySet<string> = new Set(['command', 'flow', 'restartFlow', 'navigate']);

/** Word groups that turn an offer down or finish: no, not really, done. */
const TURNS_DOWN: ReadonlySet<WordGroup> = new Set(['no', 'notReally', 'done']);
/** Word groups that leave the flow: forget it, stop, let's leave it there. */
const LEAVES_THE_FLOW: ReadonlySet<WordGroup> = new Set(['cancel', 'stop', 'leaveHere']);
/** The most words the turning down takes: "nah I'm good thanks", "no need to compare them". */
const MAX_TURNING_DOWN_WORDS = 6;

/**
 * A message that opens by turning down, finishing or leaving (its first clause) and then asks or requests something
 * (the clauses after): the two parts as typed; null otherwise.
 */
function turnedDownFirst(text: string): { head: string; rest: string } | null {
  const clauses = clausesOf(text);
  // The clauses that turn down, finish or leave, from the first on ("nope, no comparison needed, ...").
  let end = 0;
  let turned = 0;
  while (turned < clauses.length - 1 && (turnsDown(clauses[turned]!) || (turned > 0 && THANKS_ONLY.test(normalise(clauses[turned]!))))) {
    end = text.indexOf(clauses[turned]!, end) + clauses[turned]!.length;
    turned++;
  }
  if (turned === 0) return null;
  const head = text.slice(0, end).trim();
  const rest = text.slice(end).replace(/^[\s,;.!?\u2013\u2014-]+/, '');
  return asksOfItsOwn(rest) || requests(rest) ? { head, rest } : null;
}

/** True when the part after an answer asks something, read with the letters people text for words ("wat about pay"). */
function asksOfItsOwn(rest: string): boolean {
  return asksSomething(spelledOut(rest)) && !BOTH_OF_THE_ANSWER.test(normalise(rest));
}

/** "both?", "can i do both?" after an answer naming two things: asked of the answer, which the flow reads whole. */
const BOTH_OF_THE_ANSWER = /^(?:(?:so|and|or|but|maybe|honestly)\s+)*(?:(?:can|could|may|would|should) i (?:do|have|pick|choose|go for|combine|work with) )?(?:both|the two|both of them)(?: (?:maybe|honestly|then|too))?$/;

/** The most words an answer before a question takes: "pediatric", "the first one", "older people i think". */
const MAX_ANSWER_FIRST_WORDS = 5;

/**
 * A message that opens with a short answer the flow's question reads ("pediatric.", "older people i think,") and then
 * asks something of its own: the two parts as typed; null otherwise. `requested`: the answer may be worded as a request
 * (a move of the walk: "go to step 5").
 */
function answeredFirst(text: string, reads: (said: string) => boolean, requested = false): { head: string; rest: string } | null {
  const [first, ...others] = clausesOf(text);
  if (!first || others.length === 0 || normalise(first).split(' ').length > MAX_ANSWER_FIRST_WORDS || (!requested && asksSomething(first)) || !reads(first)) return null;
  const end = text.indexOf(first) + first.length;
  const rest = text.slice(end).replace(/^[\s,;.!?\u2013\u2014-]+/, '');
  return asksOfItsOwn(rest) ? { head: text.slice(0, end).trim(), rest } : null;
}

/** Going back to a flow by its name: "back to the steps", "yep back to roadmap", "can we go back to the pay levels". */
const BACK_TO_FLOW =
  /^(?:(?:ok|okay|so|now|right|and|yep|yes|yeah|yup|sure|please|can we|could we|let s|lets|let us|i want to|i would like to)\s+)*(?:go |get |take me |going |come |head )?back to (?:the |my |your |our )?(.+?)(?: (?:please|now|then|thanks|thank you))*$/;
/** The words that name each flow after "back to". */
const FLOW_WORDS: ReadonlyArray<readonly [FlowName, RegExp]> = [
  ['careerSteps', /^(?:(?:career |ten |10 )?steps?(?: walk)?|walk(?: ?through)?|step (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))$/],
  ['roadmap', /^(?:road ?map|plan)$/],
  ['specialisation', /^(?:choosing(?: (?:a|my) (?:specialty|speciality|specialism|area))?|(?:the )?chooser|specialt(?:y|ies)|speciality|specialism|speciali[sz]ations?)$/],
  ['salaryLadder', /^(?:(?:the )?(?:salary|salaries|pay|money|wages?)(?: (?:levels?|ladder))?|(?:the )?ladder|levels)$/],
];
/** True when a clause of a longer message, not asking for anything else, says the guide is of one country. */
function saysTheGuideIsOfOnePlace(text: string, kb: KnowledgeBase): boolean {
  const clauses = clausesOf(text);
  return clauses.length > 1 && clauses.some((clause) => guideAskedOfAPlace(clause, kb));
}

/** The most words a remark beside "back to ..." takes: "ok seen enough", "stop". */
const MAX_BESIDE_BACK = 4;

/**
 * A message that asks to go back to a flow by its name, with at most a short remark beside it ("ok seen enough, back
 * to the steps", "stop. back to money"): the flow (the walk at the step named, or where it was left); null otherwise.
 */
function backToFlow(text: string): FlowIntent | null {
  const clauses = clausesOf(withoutAddress(text));
  let found: FlowIntent | null = null;
  for (const clause of clauses) {
    const said = normalise(clause);
    const named = BACK_TO_FLOW.exec(said)?.[1];
    const flow = named === undefined ? undefined : FLOW_WORDS.find(([, words]) => words.test(named))?.[0];
    if (flow !== undefined && found === null) {
      // "Back to step 3" is that step; "back to the steps" the step where the walk was left.
      const step = flow === 'careerSteps' ? readNumber(/^step (\S+)$/.exec(named!)?.[1] ?? '') : null;
      found = flow !== 'careerSteps' ? { flow } : step !== null ? { flow, step } : { flow, resume: true };
      continue;
    }
    if (asksSomething(clause) || said.split(' ').length > MAX_BESIDE_BACK) return null;
  }
  return found;
}

/** Not knowing where to start, which a flow asked for beside it answers: "no idea where to start", "where do i begin". */
const WHERE_TO_START = /\b(?:where|how) (?:to|do i|should i|would i|can i|could i|do you) (?:start|begin|get started)\b|\bwhat (?:to do|should i do|do i do) first\b/;
/** The most clauses a message asking for a flow among what it tells may have. */
const MAX_TELLING_CLAUSES = 6;

/**
 * A flow asked for in one clause of a longer message ("electrician here, 40, no idea where to start. show me the career
 * steps"), when every other clause tells (of the person, not of a subject asked) or says they don't know where to start:
 * that flow; null otherwise, or when two flows are asked for. A question beside the request stays a question.
 */
function flowAskedAmongClauses(text: string, kb: KnowledgeBase, situation: Situation): Meaning | null {
  const clauses = clausesOf(withoutAddress(text));
  if (clauses.length < 2 || clauses.length > MAX_TELLING_CLAUSES) return null;
  let asked: Meaning | null = null;
  let wayIn = false;
  for (const clause of clauses) {
    const act = clauseActOf(clause);
    if (act === 'requests') {
      const meaning = understand(clause, situation, kb);
      if (meaning.kind !== 'flow' || asked !== null) return null;
      asked = meaning;
    } else if (saysTheWayIn(clause) || WHERE_TO_START.test(normalise(clause))) wayIn = true;
    else if (act !== 'tells' && !(act === 'wishes' && NAMES_THE_CAREER.test(normalise(clause)))) return null;
  }
  if (asked !== null || situation.place !== 'root' || !wayIn) return asked;
  // "I've been a carer 5 years and I'd like to move into care management. what steps do I need to take?": the way in
  // asked after telling where they stand is asked of their own case, which the roadmap answers.
  return saysWhereTheyStand(readAboutYou(text, kb)) ? { kind: 'flow', intent: { flow: 'roadmap' } } : null;
}

/** The career named: "care manager", "case management". */
const NAMES_THE_CAREER = /\b(?:care|case) (?:manager|managers|management|managing)\b/;

/** The walk's moves to another step, which a question after them in the same message does not undo. */
const MOVES_ON: ReadonlySet<string> = new Set(['next', 'back', 'goto']);

/** Thanks after turning down ("no more, thanks"): part of it. */
const THANKS_ONLY = /^(?:thanks|thank you|thx|ty|cheers|ta)(?: (?:a lot|so much|very much|anyway))?$/;

/** A clause that turns an offer down, finishes or leaves: "nope", "done", "no comparison needed", "forget it". */
function turnsDown(clause: string): boolean {
  const said = normalise(clause);
  if (said.split(' ').length > MAX_TURNING_DOWN_WORDS) return false;
  const group = wordGroupOf(said);
  return (group !== null && (TURNS_DOWN.has(group) || LEAVES_THE_FLOW.has(group))) || refusesComparison(said) || NEITHER.test(said);
}

/** Neither of the options offered: "neither", "none of them", "no, neither". */
const NEITHER = /^(?:(?:no|nah|nope|um+|hmm+)\s+)?(?:neither|none)(?: of (?:them|those|these|the two|both))?(?: (?:thanks|thank you|really|tbh))?$/;

/** Word groups that take up a flow just offered back: yes, ok, continue, next, go on, back. */
const TAKES_UP_OFFER: ReadonlySet<WordGroup> = new Set(['yes', 'okay', 'resume', 'next', 'more', 'back']);

/** Words that say yes before the way back is named: "yeah", "ok so", "sure". */
const YES_FIRST = /^(?:(?:yes|yeah|yea|yep|yup|ok|okay|sure|alright|right|fine|great|cool|so|then|and|please|definitely|absolutely)\s+)+/;
/**
 * Going back to what was left, pointed at rather than named: "go back to it", "take me back there", "let's get back to
 * that", "continue with it", "carry on from there".
 */
const BACK_TO_IT =
  /^(?:(?:let s|lets|let us|let|can we|could we|i(?: d| would) like to|i want to|i will|i ll)\s+)?(?:(?:go|get|take me|take us|head|going|come|jump|hop)\s+)?(?:(?:back (?:to|into|onto|on)|continue (?:with|from|on)|carry on (?:with|from)|resume|pick up|return to) (?:it|that|there|them|those|this|where (?:i|we) (?:was|were|left off|stopped)|(?:the |my )?(?:step|walk|steps|one|last one|previous one|thing))|back there)(?: (?:then|now|please|thanks|again))*$/;

/** True when a message says yes to the flow just offered back ("yes", "sure, go on", "next", "yeah go back to it"). */
function takesUpOffer(text: string): boolean {
  const said = withoutPoliteWords(normalise(withoutAddress(text)));
  const group = wordGroupOf(said);
  if (group !== null && TAKES_UP_OFFER.has(group)) return true;
  const rest = said.replace(YES_FIRST, '');
  if (rest !== said && rest !== '' && wordGroupOf(rest) !== null && TAKES_UP_OFFER.has(wordGroupOf(rest)!)) return true;
  return BACK_TO_IT.test(rest);
}

/** "Back to step 4 of the walk?" with the button that takes the user there. */
function pausedFlowOffer(channel: Channel, paused: PausedFlow): Partial<Activity> {
  const back = GuidedMessages.backTo;
  switch (paused.flow) {
    case 'careerSteps': {
      const step = paused.step ?? 1;
      return withButtons(channel, back.walk(step), [{ title: GuidedButtons.backToStep(step), value: { action: 'flow', flow: 'careerSteps', step }, text: GuidedButtons.backToStep(step) }]);
    }
    case 'roadmap':
      return withButtons(channel, back.roadmap, [{ ...flowButton('roadmap'), title: GuidedButtons.backToRoadmap }]);
    case 'specialisation':
      return withButtons(channel, back.specialisation, [{ ...flowButton('specialisation'), title: GuidedButtons.backToChoosing }]);
    case 'salaryLadder':
      return withButtons(channel, back.salaryLadder, [{ ...flowButton('salaryLadder'), title: GuidedButtons.backToSalaries }]);
  }
}

/** In a Teams group chat or channel, the turn's first message reply @mentions the person who wrote. */
/** Replies held back in a turn, to be sent later in it (TurnRouter.answerThenAsk). */
interface HeldReplies {
  /** True while replies are being held. */
  holding(): boolean;
  /** Stops holding, keeping what was held to be released. */
  pause(): void;
  /** True when what was held asks a guided question (its buttons or its words). */
  asks(): boolean;
  /** Stops holding and sends what was held, in order. */
  release(): Promise<void>;
  /** Stops holding and sends nothing. */
  drop(): void;
}

/** Holds every reply sent from now on in this turn until released or dropped. */
function holdReplies(context: TurnContext): HeldReplies {
  const held: Partial<Activity>[] = [];
  let on = true;
  context.onSendActivities(async (_context, activities, next) => {
    if (!on) return next();
    held.push(...activities);
    return activities.map(() => ({ id: '' }));
  });
  const stop = (): Partial<Activity>[] => {
    on = false;
    return held.splice(0);
  };
  return {
    holding: () => on,
    pause: () => {
      on = false;
    },
    asks: () => held.some((activity) => activity.type === ActivityTypes.Message),
    release: async () => {
      const replies = stop();
      if (replies.length > 0) await context.sendActivities(replies);
    },
    drop: () => void stop(),
  };
}

function addressRepliesToSender(context: TurnContext): void {
  const person = context.activity.from;
  let addressed = false;
  context.onSendActivities(async (_context, activities, next) => {
    if (!addressed && person) {
      const first = activities.findIndex((activity) => activity.type === ActivityTypes.Message);
      if (first >= 0) {
        activities[first] = { ...activities[first], ...addressTo(activities[first]!, person) };
        addressed = true;
      }
    }
    return next();
  });
}

export function createTurnRouter(deps: DialogDeps, flows?: readonly Dialog[]): TurnRouter {
  return new TurnRouter(deps, flows);
}
