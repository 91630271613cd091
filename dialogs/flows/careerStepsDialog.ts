import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { noteStepOnScreen } from '../rendering/core/recentAnswers';
import { ComponentDialog, TextPrompt, WaterfallDialog } from '../dialogClasses';
import type { Activity } from 'botbuilder';
import type { CareerStep, FaqEntry, KnowledgeBase } from '../../knowledge/schema';
import { sendEntry } from '../rendering/core/entryReplies';
import { isSharedMeaning, respond } from '../respond';
import { channelOf, flowButton, renderStepsOverview, renderText, topicButtons, withButtons, type Channel } from '../rendering/core/cards';
import type { DialogDeps } from '../deps';
import { DialogIds } from '../dialogIds';
import { continueActivity, safeEcho, shownForOf, stepButtonsActivity, stepCard, stepListText, stoppedActivity, walkStepTag, withChoices } from '../rendering/guided/guidedCards';
import { GuidedButtons, GuidedMessages, stepNumbersText } from '../rendering/guided/guidedMessages';
import { readProfile, updateProfile } from './guidedProfile';
import { askGuided, createGuidedPrompt, exitGracefully, MAX_REPROMPTS, saidAside } from './guidedPrompt';
import { roadmapFirstStep, toldFirstStep } from './roadmapDialog';
import { windowTold } from '../understanding/person/yearsBesideTheAsk';
import { WholeCaseMessages } from '../rendering/person/wholeCaseReplies';
import { stepTimeAsked } from './stepTime';
import { understandTurn, type Meaning, type Situation } from '../understanding/core/pipeline';
import { FlowPhrases, Messages } from '../rendering/core/messages';
import { parseStepCommand, type StepCommand } from '../understanding/core/stepNavigation';
import { looksLikeQuestion, normalise } from '../understanding/core/textMatch';
import { clausesOf } from '../understanding/core/clauses';
import { pickSpecialisation, specialisationById } from '../understanding/questions/specialisationMatch';
import { isThankedAcknowledgement, withoutPoliteWords, wordGroupOf, type WordGroup } from '../understanding/core/vocabulary';
import { lastSentence, stepsAskedAfterStory } from '../understanding/person/stepsAfterStory';
import { skipAsked, startStepNamed } from '../understanding/core/walkAsked';

/** How the root begins the walk: at a given step, or (without one) offering to resume where the user stopped. */
export interface CareerStepsOptions {
  step?: number;
  /** Straight back to the step saved last time, without offering to start again ("where was I?"). */
  resume?: boolean;
  /** The step was opened from the roadmap, where it is a thing to do: "next" on it moves on without marking it done. */
  fromRoadmap?: boolean;
}

/** One turn of the walk: the step shown, whether we are waiting for "continue" after a question, and misses in a row. */
interface WalkOptions {
  step: number;
  paused?: boolean;
  misses?: number;
  /** The step was opened from the roadmap (see CareerStepsOptions.fromRoadmap), kept while the walk stays on it. */
  fromRoadmap?: boolean;
  /** Paused again by a second message said beside the walk: the offer to carry on, made once already, is not repeated. */
  reminded?: boolean;
  /** The step was reached by going back: "ok" on it takes it in, it does not move on. */
  cameBack?: boolean;
  /** The step is on screen already and the walk has said what comes next: it waits, saying nothing again. */
  quiet?: boolean;
  /** The walk has just asked for a step by its number (the list of steps, "pick a number from 1 to 10"): "3" is step 3. */
  numberAsked?: boolean;
}

type ResumeChoice = { kind: 'resume' } | { kind: 'restart' } | { kind: 'goto'; step: number };

const Ids = Object.freeze({
  start: 'careerSteps.start',
  walk: 'careerSteps.walk',
  resumePrompt: 'careerSteps.resumePrompt',
  walkPrompt: 'careerSteps.walkPrompt',
});

/** A number typed alone ("3"). */
const BARE_NUMBER = /^(\d{1,2})$/;

/** "From step 1" and the restart words start again; yes, ok, continue and carry on pick up at the saved step. */
const FROM_STEP_ONE = /^(?:from step (?:1|one)|step (?:1|one)|start from step (?:1|one)|the beginning|beginning)$/;
const RESUME_WORDS: ReadonlySet<WordGroup> = new Set(['resume', 'yes', 'okay', 'more', 'next']);
const RESTART_WORDS: ReadonlySet<WordGroup> = new Set(['restart', 'no']);
const RESUME_PHRASES = /^(?:resume step \d+|pick up|where i left off)$/;

/** Reads the answer to "resume where you left off, or start from step 1?". */
export function parseResumeChoice(text: string, steps: readonly CareerStep[]): ResumeChoice | null {
  const t = withoutPoliteWords(normalise(text));
  const group = wordGroupOf(t);
  if (FROM_STEP_ONE.test(t) || (group && RESTART_WORDS.has(group))) return { kind: 'restart' };
  if ((group && RESUME_WORDS.has(group)) || RESUME_PHRASES.test(t)) return { kind: 'resume' };
  const command = parseStepCommand(text, steps);
  if (command?.kind === 'goto') return command.step === 1 ? { kind: 'restart' } : { kind: 'goto', step: command.step };
  return null;
}

/**
 * Walks the user through the guide's ten steps, one card per step. Buttons or words move around (next, back,
 * "go to step 7", "skip to the certification step", repeat, from the beginning, stop); anything else is answered as a
 * question and the walk offers to continue at the same step. Progress is saved in user state on every move, so a new
 * conversation offers to resume.
 */
/** The step on education, which someone without a degree is told the route without one at. */
const EDUCATION_STEP = 'pursue-education';

export class CareerStepsDialog extends ComponentDialog<CareerStepsOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.careerSteps);
    this.addDialog(new WaterfallDialog<CareerStepsOptions>(Ids.start, [(step) => this.chooseStart(step), (step) => this.afterResume(step)]));
    this.addDialog(new WaterfallDialog<WalkOptions>(Ids.walk, [(step) => this.show(step), (step) => this.move(step)]));
    this.addDialog(createGuidedPrompt(Ids.resumePrompt, deps, (text) => parseResumeChoice(text, deps.kb.steps)));
    this.addDialog(new TextPrompt(Ids.walkPrompt));
    this.initialDialogId = Ids.start;
  }

  private get total(): number {
    return this.deps.kb.steps.length;
  }

  private stepAt(n: number): CareerStep {
    const step = this.deps.kb.steps[n - 1];
    if (!step) throw new Error(`The knowledge base has no step ${n}; steps.yaml must list steps 1 to ${this.total}.`);
    return step;
  }

  private isStep(n: unknown): n is number {
    return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= this.total;
  }

  private async chooseStart(step: WaterfallStepContext<CareerStepsOptions>): Promise<DialogTurnResult> {
    // "Walk me through the steps? start with skills": the step named, when the request names one.
    const asked = step.options?.step ?? startStepNamed(step.context.activity.text ?? '', this.deps.kb.steps) ?? undefined;
    if (this.isStep(asked)) return step.replaceDialog(Ids.walk, { step: asked, ...(step.options?.fromRoadmap === true ? { fromRoadmap: true } : {}) } satisfies WalkOptions);
    const profile = await readProfile(step.context, this.deps);
    if (step.options?.resume && this.isStep(profile.lastStep)) return step.replaceDialog(Ids.walk, { step: profile.lastStep } satisfies WalkOptions);
    // "What should I do first?" with a roadmap saved: the roadmap's first next step, not step 1 again.
    const planned = roadmapFirstStep(this.deps.kb, step.context.activity.text ?? '', profile);
    if (planned && this.isStep(planned.number)) {
      // A window of their own told with it ("im out in 4 months"): what the guide says of it, in the same line.
      const window = windowTold(step.context.activity.text ?? '');
      await step.context.sendActivity(`${GuidedMessages.steps.fromRoadmap(planned.number, planned.title)}${window ? ` ${WholeCaseMessages.windowNotDated(window)}` : ''}`);
      return step.replaceDialog(Ids.walk, { step: planned.number, fromRoadmap: true } satisfies WalkOptions);
    }
    // "Where do I start?" from someone who told a degree and work in the field: where they stand, and the step for them.
    const told = roadmapFirstStep(this.deps.kb, step.context.activity.text ?? '', profile) ? null : toldFirstStep(this.deps.kb, step.context.activity.text ?? '', profile);
    if (told && this.isStep(told.number)) {
      await step.context.sendActivity(GuidedMessages.steps.fromWhatYouTold(told.noted, told.time, told.number, told.title, told.behind));
      return step.replaceDialog(Ids.walk, { step: told.number, fromRoadmap: true } satisfies WalkOptions);
    }
    if (this.isStep(profile.lastStep) && profile.lastStep > 1) {
      const last = this.stepAt(profile.lastStep);
      const m = GuidedMessages.steps;
      return askGuided(step, Ids.resumePrompt, m.resumeOffer(last.number, last.title), resumeTitles(last.number), m.resumeQuestion);
    }
    return step.replaceDialog(Ids.walk, { step: 1 } satisfies WalkOptions);
  }

  private async afterResume(step: WaterfallStepContext<CareerStepsOptions>): Promise<DialogTurnResult> {
    const choice = parseResumeChoice(typeof step.result === 'string' ? step.result : '', this.deps.kb.steps);
    if (!choice) return exitGracefully(step);
    const profile = await readProfile(step.context, this.deps);
    switch (choice.kind) {
      case 'resume':
        return step.replaceDialog(Ids.walk, { step: this.isStep(profile.lastStep) ? profile.lastStep : 1 } satisfies WalkOptions);
      case 'restart':
        // Steps marked done (by the walk or the roadmap) stay done: starting over only moves the place.
        return step.replaceDialog(Ids.walk, { step: 1 } satisfies WalkOptions);
      case 'goto':
        return step.replaceDialog(Ids.walk, { step: choice.step } satisfies WalkOptions);
    }
  }

  /** Shows the step card (saving the user's place), or after a question, the offer to continue at the same step. */
  private async show(step: WaterfallStepContext<WalkOptions>): Promise<DialogTurnResult> {
    const channel = channelOf(step.context.activity);
    const n = this.isStep(step.options.step) ? step.options.step : 1;
    if (step.options.paused) return step.prompt(Ids.walkPrompt, step.options.reminded === true ? {} : { prompt: continueActivity(channel, n) });
    if (step.options.quiet) return step.prompt(Ids.walkPrompt, {});
    await updateProfile(step.context, this.deps, { lastStep: n });
    void this.deps.usage.walkStep(step.context.activity, n);
    const shown = this.stepAt(n);
    const related = shown.related.flatMap((id) => this.deps.kb.faqById.get(id)?.title ?? []);
    // The education step for someone who said they have no degree ("how do i become one without going uni"): the route
    // without one said first, not only the bachelor's.
    if (shown.id === EDUCATION_STEP && (await readProfile(step.context, this.deps)).about?.education === 'none') {
      await step.context.sendActivity(renderText(channel, GuidedMessages.steps.withoutADegree));
    }
    return step.prompt(Ids.walkPrompt, { prompt: stepCard(shown, this.total, channel, related) });
  }

  private async move(step: WaterfallStepContext<WalkOptions>): Promise<DialogTurnResult> {
    const n = this.isStep(step.options.step) ? step.options.step : 1;
    const paused = step.options.paused === true;
    // A button from the card of another step (an old card further up the chat) says so instead of moving from here.
    const shownFor = shownForOf(step.context.activity.value);
    const shownAt = this.deps.kb.steps.find((candidate) => walkStepTag(candidate.number) === shownFor)?.number;
    if (shownFor !== undefined && shownAt !== n) {
      const pressed = safeEcho(step.context.activity.text ?? '', channelOf(step.context.activity));
      await step.context.sendActivity(shownAt === undefined ? GuidedMessages.staleButton : GuidedMessages.steps.staleCard(pressed, shownAt, n));
      return step.replaceDialog(Ids.walk, { step: n } satisfies WalkOptions);
    }
    const said = step.context.activity.text ?? '';
    // A bare number no button shown has ("3" beside Next and Stop) is no step unless the walk asked for one.
    const typed = BARE_NUMBER.exec(said.trim());
    const buttons = paused ? 2 : n > 1 ? 3 : 2;
    if (typed && step.options.numberAsked !== true && Number(typed[1]) > buttons) return this.numberNotShown(step, Number(typed[1]), n, paused);
    const answer = yesOrNoSaid(said);
    if (answer !== null) return this.answered(step, answer, n, paused);
    if (saysStepUnderWay(said)) return this.underWay(step, n, said);
    if (n < this.total && skipAsked(said, this.stepAt(n), this.deps.kb.steps)) return this.skip(step, n);
    const meaning = understandTurn(step.context, this.deps.kb, undefined, IN_THE_WALK);
    if (meaning.kind === 'navigate') return this.navigate(step, meaning.command, n, paused);
    // The steps asked for while walking them ("what are the 10 steps", "all 10 in a list, just the names"): the list.
    const walkAsked = meaning.kind === 'flow' && meaning.intent.flow === 'careerSteps' && meaning.intent.step === undefined;
    if (walkAsked || LIST_ASKED.test(normalise(step.context.activity.text ?? ''))) return this.navigate(step, { kind: 'overview' }, n, paused);
    return this.answerQuestion(step, meaning, n);
  }

  /** "There's no 3 here" and the buttons shown again: the step card's, or the offer to carry on. */
  private async numberNotShown(step: WaterfallStepContext<WalkOptions>, typed: number, n: number, paused: boolean): Promise<DialogTurnResult> {
    const channel = channelOf(step.context.activity);
    const note = GuidedMessages.steps.numberNotShown(typed, this.isStep(typed));
    if (paused) {
      await step.context.sendActivity(renderText(channel, note));
      return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), paused: true, reminded: false } satisfies WalkOptions);
    }
    await step.context.sendActivity(stepButtonsActivity(channel, note, n));
    return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), quiet: true } satisfies WalkOptions);
  }

  /**
   * "Can I skip this one since I'm going the no-degree way?": where the guide lets the step go, said so and the next
   * step shown (the skipped one not marked done); else that it doesn't say, and the walk waits on the step.
   */
  private async skip(step: WaterfallStepContext<WalkOptions>, n: number): Promise<DialogTurnResult> {
    const channel = channelOf(step.context.activity);
    const allowed = GuidedMessages.steps.skipAllowed(n, this.stepAt(n).id);
    await step.context.sendActivity(renderText(channel, allowed ?? GuidedMessages.steps.skipNotSaid(n)));
    return step.replaceDialog(Ids.walk, (allowed === null ? { ...onStep(step.options, n), quiet: true } : { step: n + 1 }) satisfies WalkOptions);
  }

  private async navigate(step: WaterfallStepContext<WalkOptions>, command: StepCommand, n: number, paused: boolean): Promise<DialogTurnResult> {
    const channel = channelOf(step.context.activity);
    const m = GuidedMessages.steps;
    const go = (to: number): Promise<DialogTurnResult> => step.replaceDialog(Ids.walk, (to === n ? onStep(step.options, n) : { step: to }) satisfies WalkOptions);
    switch (command.kind) {
      case 'continue':
        // "continue" after a question means the same step; on a card it means the next one.
        if (paused) return go(n);
        return this.forward(step, n);
      case 'next':
        return this.forward(step, n);
      case 'back':
        if (n <= 1) {
          await step.context.sendActivity(m.atFirstStep);
          return go(1);
        }
        return step.replaceDialog(Ids.walk, { step: n - 1, cameBack: true } satisfies WalkOptions);
      case 'goto':
        return go(command.step);
      case 'repeat':
        return go(n);
      case 'restart':
        return go(1);
      case 'stop':
        await updateProfile(step.context, this.deps, { lastStep: n });
        await step.context.sendActivity(stoppedActivity(channel, m.stopped(n, FlowPhrases.careerSteps), n, false));
        return step.endDialog({ stoppedAt: n });
      case 'overview':
        await step.context.sendActivity(renderStepsOverview(this.deps.kb, channel));
        return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), paused: true, numberAsked: true } satisfies WalkOptions);
      case 'outOfRange':
        await step.context.sendActivity(m.outOfRange(command.number, this.total));
        return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), paused: true, numberAsked: true } satisfies WalkOptions);
      case 'unknownStep':
        await step.context.sendActivity(m.unknownStep(safeEcho(command.wanted, channel), stepListText(this.deps.kb.steps)));
        return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), paused: true, numberAsked: true } satisfies WalkOptions);
    }
  }

  /**
   * A bare yes, ok or no, read against what the walk asked last: after "Shall we carry on with step 3?" yes is step 3
   * again and no stops there; on a step's card (Next, Stop) yes is the next step, and no stops; "ok" on a step just
   * gone back to only takes it in, and the walk says how to go on.
   */
  private async answered(step: WaterfallStepContext<WalkOptions>, answer: YesOrNo, n: number, paused: boolean): Promise<DialogTurnResult> {
    if (answer === 'no') return this.navigate(step, { kind: 'stop' }, n, paused);
    if (paused) return this.navigate(step, { kind: 'continue' }, n, paused);
    if (answer === 'okay' && step.options.cameBack === true && n < this.total) {
      await step.context.sendActivity(GuidedMessages.steps.takeYourTime(n));
      return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), quiet: true } satisfies WalkOptions);
    }
    return this.forward(step, n);
  }

  /**
   * "This step I do already", "done that one": the step on screen is marked done and said so; with a move beside it
   * ("... :) next") the walk moves on, else it says how to.
   */
  private async underWay(step: WaterfallStepContext<WalkOptions>, n: number, said: string): Promise<DialogTurnResult> {
    const shown = this.stepAt(n);
    const profile = await readProfile(step.context, this.deps);
    const m = GuidedMessages.steps;
    if (!profile.completedSteps.includes(n)) await updateProfile(step.context, this.deps, { completedSteps: [...profile.completedSteps, n] });
    const movesOn = MOVES_ON_AFTER.test(normalise(said)) || clausesOf(said).some((clause) => parseStepCommand(clause, this.deps.kb.steps)?.kind === 'next');
    if (movesOn || n >= this.total) {
      await step.context.sendActivity(m.markedDone(n, shown.title));
      return this.forward(step, n);
    }
    await step.context.sendActivity(`${m.markedDone(n, shown.title)} ${m.howToGoOn(n)}`);
    return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), quiet: true } satisfies WalkOptions);
  }

  /** Next from step n: marks it done (unless it was opened from the roadmap); after the last step, congratulates and ends. */
  private async forward(step: WaterfallStepContext<WalkOptions>, n: number): Promise<DialogTurnResult> {
    const profile = await readProfile(step.context, this.deps);
    const completedSteps = step.options.fromRoadmap === true || profile.completedSteps.includes(n) ? profile.completedSteps : [...profile.completedSteps, n];
    if (n >= this.total) {
      await updateProfile(step.context, this.deps, { completedSteps, lastStep: n });
      // Only a walk that went through every step (or had them marked done) is congratulated on going through them all.
      const skipped = this.deps.kb.steps.map((s) => s.number).filter((number) => !completedSteps.includes(number));
      const m = GuidedMessages.steps;
      const said = skipped.length > 0 ? m.finishedSkipped(this.total, stepNumbersText(skipped), skipped[0]!) : m.finished(this.total);
      await step.context.sendActivity(withChoices(channelOf(step.context.activity), said, []));
      return step.endDialog({ finished: true });
    }
    await updateProfile(step.context, this.deps, { completedSteps });
    return step.replaceDialog(Ids.walk, { step: n + 1 } satisfies WalkOptions);
  }

  /**
   * On the step about specialising, "which one would suit me if I like old people?" asks which of its areas fits: the
   * area the words point to (the chooser's own reading), or null when the text asks something else or points to none.
   */
  private areaSuited(n: number, text: string): FaqEntry | null {
    const { kb } = this.deps;
    if (!this.stepAt(n).related.includes(SPECIALISATIONS_FAQ_ID) || !WHICH_FITS.test(normalise(text))) return null;
    const id = pickSpecialisation(kb, text);
    return id ? (kb.faqById.get(specialisationById(kb, id).faqId) ?? null) : null;
  }

  /** Not navigation: answer it, then offer to continue at the same step. Unplaceable messages count towards the limit. */
  private async answerQuestion(step: WaterfallStepContext<WalkOptions>, meaning: Meaning, n: number): Promise<DialogTurnResult> {
    // The walk answers anything that is not navigation, worded as a question or not.
    // On a step's card, "is that one required?" is about the step's subject (its first related entry); after an answer, about that answer.
    const inView = step.options.paused ? undefined : this.stepAt(n).related[0];
    const suited = this.areaSuited(n, step.context.activity.text ?? '');
    if (suited) {
      await sendEntry(step.context, this.deps, suited);
      return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), paused: true, ...this.remindedAfter(step.options, meaning) } satisfies WalkOptions);
    }
    // "How long does this step take": the step's own time first, then the whole route, not the whole route alone.
    const timed = meaning.kind === 'question' ? stepTimeAsked(this.deps.kb, meaning.text, n, !step.options.paused) : null;
    if (timed) {
      const { number, title } = timed.step;
      const said = timed.lines.length > 0 ? GuidedMessages.steps.stepTime(number, title, timed.lines.join('; and ')) : GuidedMessages.steps.noStepTime(number, title);
      await step.context.sendActivity(renderText(channelOf(step.context.activity), said));
      await sendEntry(step.context, this.deps, timed.entry);
      void this.deps.usage.question(step.context.activity, 'answered', timed.entry.id);
      return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), paused: true, ...this.remindedAfter(step.options, meaning) } satisfies WalkOptions);
    }
    // The step on screen is never sent again under a lead as if it were new (rendering/core/recentAnswers.ts).
    noteStepOnScreen(step.context, inView);
    const outcome = isSharedMeaning(meaning) ? await respond(step.context, this.deps, meaning, { inFlow: true, ...(inView ? { inView } : {}) }) : 'notCovered';
    const misses = outcome === 'answered' ? 0 : (step.options.misses ?? 0) + 1;
    if (misses > MAX_REPROMPTS) {
      await updateProfile(step.context, this.deps, { lastStep: n });
      await step.context.sendActivity(stoppedActivity(channelOf(step.context.activity), GuidedMessages.steps.tooManyMisses(n, FlowPhrases.careerSteps), n, true));
      return step.endDialog({ stoppedAt: n, gaveUp: true });
    }
    const reminded = outcome === 'answered' ? this.remindedAfter(step.options, meaning) : {};
    return step.replaceDialog(Ids.walk, { ...onStep(step.options, n), paused: true, misses, ...reminded } satisfies WalkOptions);
  }

  /**
   * A message said beside the walk and answered, after the walk already offered to carry on (see saidAside): the offer
   * is not made again. A message it could not place is re-prompted as before.
   */
  private remindedAfter(options: WalkOptions, meaning: Meaning): Pick<WalkOptions, 'reminded'> {
    return options.paused === true && saidAside(meaning) ? { reminded: true } : {};
  }
}

/**
 * The steps asked for by name, with no wish to go through them: "list the steps", "what are the 10 steps to become a
 * care manager", "can you name all the steps". "Walk me through the steps" or "step by step" asks for the walk.
 */
const LIST_OF_STEPS =
  /^(?:(?:can|could|would) (?:you|u) |please |pls |just |ok |okay |so |now |and |but |hi |hey |hello )*(?:(?:list|name)(?: me| out)? (?:all )?(?:of )?(?:the |your )?(?:10 |ten )?(?:career )?steps\b|wh?at (?:are|r|is|s) (?:all )?(?:the |your )?(?:10 |ten )?(?:career )?steps\b)/;
const WALKS_THEM = /\b(?:step by step|one by one|one at a time|through|thru|walk|guide)\b/;

/** True when a message asks for the steps as a list: the ten names answer it, with the walk offered. */
export function asksForTheStepList(text: string): boolean {
  // Asked after telling of oneself ("im 52, foreman 30 yrs. wife say try care work. what is steps"): the last sentence.
  const said = normalise(stepsAskedAfterStory(text) ? lastSentence(text) : text);
  return (LIST_OF_STEPS.test(said) || (LIST_ASKED.test(said) && NAMES_THE_STEPS.test(said))) && !WALKS_THEM.test(said);
}

/** The steps named, or their count: "all 10 in a list" is the steps, "the pay levels in a list" is not. */
const NAMES_THE_STEPS = /\b(?:steps?|10|ten)\b/;

/** The ten steps as a list, with the walk offered ("yes" or its button starts it). */
export function stepListActivity(kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  const steps = kb.steps.map((step) => `${step.number}. ${step.title}`).join('\n');
  const others = topicButtons().filter((button) => button.value.action !== 'flow' || button.value.flow !== 'careerSteps');
  return withButtons(channel, `${Messages.stepsOverview}\n\n${steps}\n\n${GuidedMessages.steps.walkOffer}`, [{ ...flowButton('careerSteps'), title: GuidedButtons.goThroughSteps }, ...others]);
}

/** The steps asked for as a list: "all 10 in a list", "just the names", "a list of the steps". */
const LIST_ASKED = /\b(?:in a list|as a list|a list of (?:the |all )?(?:steps|names)|list of (?:the |all )?(?:steps|names)|just the names|(?:the )?names of (?:the |all )?(?:the )?(?:10 |ten )?steps)\b/;

/** "Which one would suit me", "which is best for me": asks which of the areas on screen fits. */
const WHICH_FITS = /\b(?:which|what)\b.*\b(?:suit|suits|fit|fits|best|right|good|should i|for me|match)\b/;

/** Where the walk's messages arrive, when the router did not say (the walk run on its own). */
/** The guide's overview of its specialisations: the step that lists it among its related entries is about specialising. */
const SPECIALISATIONS_FAQ_ID = 'specialisations';

const IN_THE_WALK: Situation = Object.freeze({ place: 'walk', flow: 'careerSteps' });

/** A bare answer to the walk: yes, ok (which after "back" only takes the step in), or no. */
type YesOrNo = 'yes' | 'okay' | 'no';

/** The yes, ok or no a whole message is ("yes please", "okay then", "nope"), or null. */
function yesOrNoSaid(text: string): YesOrNo | null {
  // "got it thanks" is thanks, thanked back by the walk's reply to conversation.
  if (isThankedAcknowledgement(text)) return null;
  const group = wordGroupOf(withoutPoliteWords(normalise(text)));
  return group === 'yes' || group === 'okay' || group === 'no' ? group : null;
}

/** The step on screen pointed at: "this step", "that one", "this part". */
const THIS_STEP = /\b(?:this|that) (?:step|one|part|bit|stage)\b/;
/** Said to be done or under way: "i do already", "done", "i'm doing", "covered", "ticked off". */
const UNDER_WAY = /\b(?:already|done|did|doing|completed|finished|covered|sorted|ticked off|i do|i have|i ve got)\b/;
/** Said of the step with no word for it: "i already do this", "already done that", "did that already", "done it". */
const UNDER_WAY_OF_IT =
  /\balready (?:do|doing|done|did|have|got|completed|finished|working on|work on)(?: (?:on|with))? (?:this|that|it)\b|\b(?:done|did|finished|completed|covered) (?:this|that|it)(?: already)?\b|\b(?:this|that|it) (?:is|s) (?:already )?(?:done|covered|sorted)\b/;

/** A move on said last, after a remark: "... :) next", "... so next one please", "... lets move on". */
const MOVES_ON_AFTER = /\b(?:next(?: step| one)?|move on|go on|on to the next(?: one| step)?)(?: (?:please|pls|plz|then))?$/;

/**
 * True when a message says the step on screen is done or under way ("this step i do already", "I already do this",
 * "done that one"), as a remark: a question about it ("have I done this step?") is for the guide.
 */
export function saysStepUnderWay(text: string): boolean {
  const said = normalise(text);
  if (looksLikeQuestion(text)) return false;
  return (THIS_STEP.test(said) && UNDER_WAY.test(said)) || UNDER_WAY_OF_IT.test(said);
}

/** The walk staying on step n, still marked as opened from the roadmap when it was. */
function onStep(options: WalkOptions, n: number): WalkOptions {
  return options.fromRoadmap === true ? { step: n, fromRoadmap: true } : { step: n };
}

function resumeTitles(n: number): string[] {
  return [GuidedButtons.resumeStep(n), GuidedButtons.fromStepOne];
}

export function createCareerStepsDialog(deps: DialogDeps): CareerStepsDialog {
  return new CareerStepsDialog(deps);
}
