import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { channelOf } from '../rendering/cards';
import type { DialogDeps } from '../deps';
import { DialogIds } from '../dialogIds';
import { checklistActivity, roadmapText, withChoices } from '../rendering/guidedCards';
import { AimButtons, ExperienceButtons, GuidedMessages, RoadmapWords, StageButtons } from '../rendering/guidedMessages';
import { readProfile, updateProfile } from './guidedProfile';
import { askGuided, createGuidedPrompt, exitGracefully } from './guidedPrompt';
import { buildRoadmap, doneSteps, parseAim, parseStage, parseYears, situationRecord, type Situation } from './roadmapPlan';
import { specialisationById } from '../understanding/specialisationMatch';

const Ids = Object.freeze({
  main: 'roadmap.main',
  stagePrompt: 'roadmap.stagePrompt',
  educationPrompt: 'roadmap.educationPrompt',
  experiencePrompt: 'roadmap.experiencePrompt',
  experienceAgainPrompt: 'roadmap.experienceAgainPrompt',
  aimPrompt: 'roadmap.aimPrompt',
});

/** The situation gathered so far, kept in the waterfall's values and read back through this schema. */
const SituationSchema = z.object({
  education: z.enum(['school', 'studying', 'relevant-degree', 'other-degree', 'none']).nullable().default(null),
  working: z.boolean().nullable().default(null),
  years: z.number().min(0).nullable().default(null),
  aim: z.enum(['become', 'specialise', 'lead']).nullable().default(null),
});

function readSituation(step: WaterfallStepContext): Situation {
  const parsed = SituationSchema.safeParse(step.values);
  return parsed.success ? parsed.data : SituationSchema.parse({});
}

function merge(step: WaterfallStepContext, found: Partial<Situation> | null): Situation {
  const current = readSituation(step);
  const next: Situation = { ...current };
  if (found?.education !== undefined && found.education !== null) next.education = found.education;
  if (found?.working !== undefined && found.working !== null) next.working = found.working;
  if (found?.years !== undefined && found.years !== null) next.years = found.years;
  if (found?.aim !== undefined && found.aim !== null) next.aim = found.aim;
  if (next.years !== null && next.years > 0) next.working = true;
  Object.assign(step.values, next);
  return next;
}

function resultText(step: WaterfallStepContext): string {
  return typeof step.result === 'string' ? step.result : '';
}

/** Degrees and no degree: the people whose plan depends on how long they have worked in the field. */
const ASK_EXPERIENCE_FOR: ReadonlySet<string> = new Set(['relevant-degree', 'other-degree', 'none']);

/**
 * Builds a personal roadmap: asks where the user stands (school, studying, a degree, working in the field and for
 * how long, no degree) and what they aim for, then returns an ordered plan of the ten steps (done, in progress, next,
 * later), a time estimate read from the guide, the certifications that fit, and a checklist to copy. Saved to the profile.
 */
export class RoadmapDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.roadmap);
    this.addDialog(
      new WaterfallDialog(Ids.main, [
        (step) => this.askStage(step),
        (step) => this.askEducation(step),
        (step) => this.askExperience(step),
        (step) => this.readExperience(step),
        (step) => this.askAim(step),
        (step) => this.showPlan(step),
      ]),
    );
    this.addDialog(createGuidedPrompt(Ids.stagePrompt, deps, parseStage));
    this.addDialog(createGuidedPrompt(Ids.educationPrompt, deps, (text) => parseStage(text)?.education ?? null));
    // An aim given here instead of a duration is understood too; asked again, only a duration will do.
    this.addDialog(createGuidedPrompt(Ids.experiencePrompt, deps, (text) => parseYears(text) ?? parseAim(text, deps.kb)));
    this.addDialog(createGuidedPrompt(Ids.experienceAgainPrompt, deps, parseYears));
    this.addDialog(createGuidedPrompt(Ids.aimPrompt, deps, (text) => parseAim(text, deps.kb)));
    this.initialDialogId = Ids.main;
  }

  private async askStage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // "I'm a nurse with 3 years' experience, make me a roadmap" already says where the user stands.
    const opening = parseStage(step.context.activity.text ?? '');
    if (opening) return step.next(step.context.activity.text ?? '');
    return askGuided(step, Ids.stagePrompt, GuidedMessages.roadmap.stageQuestion, Object.values(StageButtons));
  }

  private async askEducation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const found = parseStage(resultText(step));
    if (!found) return exitGracefully(step);
    const situation = merge(step, found);
    if (situation.education !== null) return step.next();
    return askGuided(step, Ids.educationPrompt, GuidedMessages.roadmap.educationQuestion, [
      StageButtons.relevantDegree,
      StageButtons.otherDegree,
      StageButtons.noDegree,
      StageButtons.studying,
    ]);
  }

  private async askExperience(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const education = parseStage(step.result)?.education ?? null;
      if (!education) return exitGracefully(step);
      merge(step, { education });
    }
    const situation = readSituation(step);
    if (situation.years !== null || !ASK_EXPERIENCE_FOR.has(situation.education ?? '')) return step.next();
    return askGuided(step, Ids.experiencePrompt, GuidedMessages.roadmap.experienceQuestion, Object.values(ExperienceButtons));
  }

  /**
   * Reads how long the user has worked in the field. An answer that says what they aim for instead ("become a care
   * manager") is kept as their aim, and the question asked once more.
   */
  private async readExperience(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next();
    const years = parseYears(step.result);
    if (years !== null) {
      merge(step, { years, working: years > 0 });
      return step.next();
    }
    const aim = parseAim(step.result, this.deps.kb);
    if (!aim) return exitGracefully(step);
    merge(step, { aim });
    const m = GuidedMessages.roadmap;
    return askGuided(step, Ids.experienceAgainPrompt, m.experienceAgain(RoadmapWords.aim[aim]), Object.values(ExperienceButtons), m.experienceQuestion);
  }

  private async askAim(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const years = parseYears(step.result);
      if (years === null) return exitGracefully(step);
      merge(step, { years, working: years > 0 });
    }
    const situation = readSituation(step);
    if (situation.aim !== null) return step.next();
    return askGuided(step, Ids.aimPrompt, GuidedMessages.roadmap.aimQuestion, Object.values(AimButtons));
  }

  private async showPlan(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { kb } = this.deps;
    if (typeof step.result === 'string') {
      const aim = parseAim(step.result, kb);
      if (!aim) return exitGracefully(step);
      merge(step, { aim });
    }
    const situation = readSituation(step);
    const profile = await readProfile(step.context, this.deps);
    const chosen = profile.specialisation ? specialisationById(kb, profile.specialisation).name : null;
    const plan = buildRoadmap(kb, situation, { chosenSpecialisation: chosen });
    const channel = channelOf(step.context.activity);
    await step.context.sendActivity(withChoices(channel, roadmapText(plan, startingPoint(situation), RoadmapWords.aim[situation.aim ?? 'become']), []));
    await step.context.sendActivity(checklistActivity(plan));
    await updateProfile(step.context, this.deps, {
      roadmap: situationRecord(situation),
      completedSteps: [...profile.completedSteps, ...doneSteps(plan)],
    });
    await step.context.sendActivity(GuidedMessages.roadmap.saved);
    return step.endDialog({ situation });
  }
}

function startingPoint(situation: Situation): string {
  const parts: string[] = [];
  if (situation.education) parts.push(RoadmapWords.education[situation.education]);
  if (situation.working || (situation.years !== null && ASK_EXPERIENCE_FOR.has(situation.education ?? ''))) {
    parts.push(RoadmapWords.years(situation.years ?? 0));
  }
  return parts.join(', ');
}

export function createRoadmapDialog(deps: DialogDeps): RoadmapDialog {
  return new RoadmapDialog(deps);
}
