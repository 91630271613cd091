import { ActionTypes, type CardAction, type TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from '../dialogClasses';
import { z } from 'zod';
import type { KnowledgeBase, SpecialisationId } from '../../knowledge/schema';
import { askButton, channelOf, flowButton, renderText, toCardAction } from '../rendering/core/cards';
import type { DialogDeps, KnownAboutYou, UserProfile } from '../deps';
import { DialogIds } from '../dialogIds';
import { checklistActivity, checklistText, roadmapText, stepFlowAction, withChoices } from '../rendering/guided/guidedCards';
import { AimButtons, EducationButtons, ExperienceButtons, formatYears, GuidedButtons, GuidedMessages, RoadmapWords } from '../rendering/guided/guidedMessages';
import { readProfile, rememberAboutYou, updateProfile } from './guidedProfile';
import { afterTurningDown, askGuided, createGuidedPrompt, exitGracefully, turnsAllDown } from './guidedPrompt';
import { ASK_EXPERIENCE_FOR, buildRoadmap, doneSteps, EMPTY_SITUATION, situationRecord, startingPoint, STEP, type Situation } from './roadmapPlan';
import { degreeIsOfTheJob, deniesAJob, educationOfJob, isEmptyAbout, isStudentJob, isUnnamedJob, jobById, parseAim, parseStage, parseYears, readAboutYou, yearsBand, type AboutYou, type Aim, type Education } from '../understanding/person/aboutYou';
import { areasNamed, mentionedSpecialisations, specialisationById } from '../understanding/questions/specialisationMatch';
import { asksSomething, clausesOf } from '../understanding/core/clauses';
import { ownWorkPart } from '../understanding/person/experienceCounts';
import { weekStartAsked } from '../understanding/person/weekStartAsked';
import { volunteeredOnly } from '../understanding/person/volunteeredOnly';
import { normalise } from '../understanding/core/textMatch';
import { yearsPutRight } from '../understanding/person/yearsCorrected';
import { saysTheWayIn } from '../understanding/core/intents';

const Ids = Object.freeze({
  main: 'roadmap.main',
  educationPrompt: 'roadmap.educationPrompt',
  educationAgainPrompt: 'roadmap.educationAgainPrompt',
  experiencePrompt: 'roadmap.experiencePrompt',
  experienceAgainPrompt: 'roadmap.experienceAgainPrompt',
  aimPrompt: 'roadmap.aimPrompt',
  aimAgainPrompt: 'roadmap.aimAgainPrompt',
});

/** The situation gathered so far, kept in the waterfall's values and read back through this schema. */
const SituationSchema = z.object({
  job: z.string().max(40).nullable().default(null),
  education: z.enum(['school', 'studying', 'relevant-degree', 'other-degree', 'diploma', 'none']).nullable().default(null),
  working: z.boolean().nullable().default(null),
  years: z.number().min(0).nullable().default(null),
  yearsBand: z.string().max(40).nullable().default(null),
  higherDegree: z.boolean().nullable().default(null),
  volunteered: z.boolean().nullable().default(null),
  diplomaKind: z.enum(['certificate', 'associate']).nullable().default(null),
  aim: z.enum(['become', 'specialise', 'lead']).nullable().default(null),
});

function readSituation(step: WaterfallStepContext): Situation {
  const parsed = SituationSchema.safeParse(step.values);
  return parsed.success ? parsed.data : SituationSchema.parse({});
}

/** Takes what is known into the situation; what `found` does not say stays as it was. */
/**
 * The situation with a job the person says is not theirs taken out ("wait, I'm not a nurse!"): the job told instead,
 * if any, and no years or work read with it; the degree read from the job denied (a nurse's) goes with it, unless the
 * correction tells one. Unchanged when the job denied is not the one held.
 */
function withoutDeniedJob(current: Situation, said: AboutYou): Situation {
  if (current.job === null || said.notJob !== current.job) return current;
  const next: Situation = { ...current, job: said.job?.id ?? null, years: null, yearsBand: null, working: null };
  if (said.education) next.education = said.education;
  // A degree held with the job (a social worker's) or told unnamed beside it (a nurse's "my degree") goes with the job.
  else if (educationOfJob(current.job) === current.education || (degreeIsOfTheJob(current.job ?? '') && current.education === 'relevant-degree')) next.education = null;
  return next;
}

function mergeInto(current: Situation, found: Partial<Situation> | null): Situation {
  const next: Situation = { ...current };
  if (found?.job !== undefined && found.job !== null) next.job = found.job;
  if (found?.education !== undefined && found.education !== null) {
    // A master's goes with the degree it was told with: another education told without it is not one.
    if (found.education !== current.education || found.higherDegree === true) next.higherDegree = found.higherDegree ?? null;
    next.education = found.education;
  }
  if (found?.working !== undefined && found.working !== null) next.working = found.working;
  if (found?.years !== undefined && found.years !== null) {
    // The same years again keep how they were put ("over 5 years").
    if (found.years !== current.years || found.yearsBand) next.yearsBand = found.yearsBand ?? null;
    // Years told again say again whether they were volunteering only.
    next.volunteered = found.volunteered ?? null;
    next.years = found.years;
  }
  if (found?.aim !== undefined && found.aim !== null) next.aim = found.aim;
  if (next.years !== null && next.years > 0) next.working = true;
  return next;
}

function merge(step: WaterfallStepContext, found: Partial<Situation> | null): Situation {
  const next = mergeInto(readSituation(step), found);
  Object.assign(step.values, next);
  return next;
}

/** What the user told about themselves anywhere (their profile), as a roadmap situation. */
function knownSituation(about: KnownAboutYou | undefined, chosen: SpecialisationId | null = null): Partial<Situation> {
  // An area chosen (in the chooser, or told as what they want) is an aim to work in it, when no other aim is told.
  const aim = about?.aim ?? (chosen ? 'specialise' : null);
  if (!about) return aim ? { aim } : {};
  return { job: about.job ?? null, education: about.education ?? null, higherDegree: about.higherDegree ?? null, diplomaKind: about.diplomaKind ?? null, working: about.working ?? null, years: about.years ?? null, aim };
}

/** Where the values keep that the aim came from what the person had told, not from the aim question. */
const AIM_TOLD = 'aimTold';

/** The request for the roadmap itself, taken out of a clause that also says the aim ("roadmap to lead a team"). */
const ROADMAP_REQUEST =
  /\b(?:(?:can|could|would|will) (?:you|u) |please |pls )?(?:(?:show|give|make|build|create|draw up|put together|do|write|get|need|want)\s+)?(?:me\s+)?(?:a |an |my |the )?(?:personal )?(?:road ?map|career plan|plan)\b(?:\s+(?:for me|please|pls))*/g;
/** A clause that says an aim outright, without "I want": "become a care manager asap", "to lead a team one day". */
const AIM_SAID_OUTRIGHT =
  /^(?:(?:to|and|so|ok|okay|just|basically|mainly|hoping to|looking to|trying to)\s+)*(?:become|get into|break into|move into|go into|lead|specialise|specialize|work (?:with|in)|land (?:a|my) first|toward|towards|aimed at|aiming at|to reach|to get to)\b/;

/**
 * The aim said beside the request for the roadmap, where no wish word makes it one ("become a care manager asap,
 * already have BSN + 6 yrs clinical. roadmap?", "roadmap to lead a team"); null when none is said outright.
 */
function aimBesideRequest(text: string, kb: KnowledgeBase): Aim | null {
  for (const clause of clausesOf(text)) {
    const said = normalise(clause).replace(ROADMAP_REQUEST, ' ').replace(/\s+/g, ' ').trim();
    if (AIM_SAID_OUTRIGHT.test(said)) return parseAim(said, kb);
    // The way into the career asked ("quickest route into care management?"): becoming one is the aim.
    if (saysTheWayIn(clause) && CAREER_NAMED.test(said)) return 'become';
  }
  return null;
}

/** The career named: "care manager", "case management". */
const CAREER_NAMED = /\b(?:care|case) manag\w*/;

function needsExperience(situation: Situation): boolean {
  return situation.years === null && (ASK_EXPERIENCE_FOR.has(situation.education ?? '') || jobById(situation.job ?? '')?.inField === true);
}

/** "None", "nothing really", "no" first in an answer to the education question: no degree, whatever follows it. */
const NONE_SAID = /^(?:none|nothing|no|nope|nah|not really|not much|zero|nada)\b(?! (?:idea|clue)\b)/;

/** Saying one has not worked in the field: "I have not worked in health care", "I haven't worked in it". */
const NOT_IN_THE_FIELD =
  /\b(?:not|never|havent|haven t)(?: (?:ever|really|actually|yet))? (?:worked|been|had a job)(?: (?:in|at|with|for))? (?:health|healthcare|care|social|the field|a hospital|hospitals|it|that|there)\b/;

/**
 * Years worked in the field from an answer to the experience question; none when it says it has not worked there,
 * whatever years it gives for other work ("I have not worked in health care. Only insurance, for 7 years").
 */
function yearsInField(text: string): number | null {
  // Only what tells of the person's own work counts: not a relative's years in a care home, caring for their own
  // family, or what may come ("if my mum gets worse I might end up caring for her full time").
  const own = ownWorkPart(text);
  if (own === '') return null;
  const said = normalise(own);
  if (NOT_IN_THE_FIELD.test(said) || ONLY_STUDY.test(said)) return 0;
  // "ok then not yet I suppose": the answer after the words that only lead into it.
  return parseYears(own) ?? (LEAD_IN.test(said) ? parseYears(said.replace(LEAD_IN, '')) : null) ?? settledYears(own);
}

/** Settling on an answer in a clause of its own: "call it none", "say 2 years", "put me down as zero, I guess". */
const SETTLES_ON = /^(?:(?:ok|okay|so|well|then|just|hmm+|um+)\s+)*(?:call it|say|put|let s say|lets say|i d say|id say|put (?:it|me) down as|put (?:it|me) as|count it as|make it|go with)\s+/;
const SETTLED_AFTER = /(?:\s+(?:i guess|i suppose|i think|i reckon|then|for now|really|to be safe|to be honest|tbh))+$/;

/** The years a clause settles on after weighing it ("Depends if police crisis work counts. Call it none, I guess."). */
function settledYears(text: string): number | null {
  for (const clause of [...clausesOf(text)].reverse()) {
    const said = normalise(clause);
    if (!SETTLES_ON.test(said)) continue;
    const years = parseYears(said.replace(SETTLES_ON, '').replace(SETTLED_AFTER, ''));
    if (years !== null) return years;
  }
  return null;
}

/** How the years answered are said back, and whether they were work or volunteering only ("just the volunteering, 2 yrs"). */
function yearsOf(answer: string, years: number): Pick<Situation, 'yearsBand' | 'working' | 'volunteered'> {
  const volunteered = years > 0 && volunteeredOnly(answer);
  return { yearsBand: volunteered ? RoadmapWords.volunteered(years) : ownYearsBand(answer), working: years > 0, volunteered: volunteered || null };
}

/** The band of years said in the part of an answer about the person's own work ("2 to 5 years"), or null. */
function ownYearsBand(text: string): string | null {
  return yearsBand(ownWorkPart(text));
}

/**
 * The experience question's own reply to an answer that tells only of family, a relative's care home or what may come:
 * none of it is the work the guide means, said so, and the question asked again.
 */
function noWorkTold(text: string): string | null {
  return normalise(text) !== '' && ownWorkPart(text) === '' ? GuidedMessages.roadmap.notWorkInTheField : null;
}

/** Words that only lead into an answer: "ok then", "well", "hmm I guess". */
const LEAD_IN = /^(?:(?:ok|okay|then|well|so|hmm+|um+|erm|er|right|fine|yeah|i guess|i suppose|probably|honestly)\s+)+/;
/** Only what a course gives, which is study, not work: "just placements", "only an internship", "placements only". */
const ONLY_STUDY = /\b(?:just|only) (?:my |the |a |an |some )?(?:placements?|internships?|practicums?|practicum|clinicals?)\b|\b(?:placements?|internships?|clinicals?) only\b/;

function parseEducation(text: string): Education | null {
  // "no im not a care coordinator lol im a cook": a no to the job taken, not to a degree.
  return parseStage(text)?.education ?? (NONE_SAID.test(normalise(text)) && !routeAskedInstead(text) && !deniesAJob(text) ? 'none' : null);
}

/** The way to become one asked for: "steps to become one", "a plan to get there", "I'm not one yet". */
const ASKS_THE_ROUTE =
  /\b(?:steps?|plan|roadmap|road map|route|path|way) (?:to|for) (?:become|becoming|get|getting|be|being)\b|\b(?:to become|becoming) (?:one|a care manager|a case manager)\b|\bnot (?:one|a care manager|a case manager) yet\b|\bhow to (?:become|get there)\b/;
/** Words of schooling or a degree: an answer to the education question, whatever else it says. */
const NAMES_SCHOOLING = /\b(?:degree|degrees|school|college|uni|university|diploma|studying|study|studied|course|qualification|qualifications|education|bachelor\w*|master\w*|ged|gcse\w*|a levels?)\b/;

/**
 * "No, steps to BECOME one. I'm not one yet" at the education question: a no to what the person thought was asked,
 * then the way in asked for, which the roadmap is; no answer about their education.
 */
function routeAskedInstead(text: string): boolean {
  const said = normalise(text);
  return ASKS_THE_ROUTE.test(said) && !NAMES_SCHOOLING.test(said);
}

/** The reply to the way in asked for at the education question: this roadmap is it, built from the answers. */
function routeIsThePlan(text: string): string | null {
  return NONE_SAID.test(normalise(text)) && routeAskedInstead(text) ? GuidedMessages.roadmap.planComesAfter : null;
}

/**
 * Builds a personal roadmap. It starts from what the user has said about themselves anywhere in the conversation
 * (their job, years in the field, education, the area they want and their aim, kept in their profile) and asks, in
 * plain words, only for what is still missing. It then returns an ordered plan of the ten steps (done, in progress,
 * next, later), a time estimate read from the guide, the certifications that fit, a checklist to copy, and buttons to go
 * on (the chosen area, or choosing one). Saved to the profile.
 */
export class RoadmapDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.roadmap);
    this.addDialog(
      new WaterfallDialog(Ids.main, [
        (step) => this.begin(step),
        (step) => this.readEducation(step),
        (step) => this.askExperience(step),
        (step) => this.readExperience(step),
        (step) => this.askAim(step),
        (step) => this.readAim(step),
        (step) => this.showPlan(step),
      ]),
    );
    const m = GuidedMessages.roadmap;
    // "What should I do first?" before the roadmap is built is what the roadmap answers: said so, and the question again.
    // "Skip", "I'd rather not say": nothing kept for that question, said so, and the roadmap goes on without it.
    // "No, steps to become one": the roadmap is that, said so, and the question again.
    const educationOptions = { why: m.whyEducation, ownReply: (text: string) => planComesAfter(text) ?? routeIsThePlan(text), skipAs: SKIPPED };
    // Their job and years told instead ("I have been a phlebotomist for 9 years") are kept, and the question asked again.
    // Told beside a question or a remark, the message is answered as before (the work is kept all the same).
    const toldOnly = (text: string) => (text.includes('?') || asksSomething(text) ? null : workTold(text, deps.kb));
    this.addDialog(createGuidedPrompt(Ids.educationPrompt, deps, (text) => parseEducation(text) ?? toldOnly(text), educationOptions));
    this.addDialog(createGuidedPrompt(Ids.educationAgainPrompt, deps, parseEducation, educationOptions));
    // "5" of four options is no answer; "5 years" is.
    const experienceOptions = { why: m.whyExperience, ownReply: (text: string) => planComesAfter(text) ?? noWorkTold(text), skipAs: SKIPPED, numberInWords: formatYears };
    // An aim given here instead of a duration is understood too; asked again, only a duration will do.
    this.addDialog(createGuidedPrompt(Ids.experiencePrompt, deps, (text) => (noWorkTold(text) !== null ? null : (yearsInField(text) ?? parseAim(text, deps.kb))), experienceOptions));
    this.addDialog(createGuidedPrompt(Ids.experienceAgainPrompt, deps, yearsInField, experienceOptions));
    // "What should I do first?" asks for the plan itself, so it is read as an answer here, not sent to the guide.
    // An answer that tells where the user stands instead ("about 3 years as a care assistant") is kept, and the aim
    // asked once more; asked again, only an aim will do.
    this.addDialog(
      createGuidedPrompt(Ids.aimPrompt, deps, (text) => parseAimAnswer(text, deps.kb) ?? standingIn(text, deps.kb, EMPTY_SITUATION), { answersMayBeQuestions: asksForThePlan, why: m.whyAim, ownReply: aimOptions, skipAs: NOT_SURE_YET }),
    );
    this.addDialog(createGuidedPrompt(Ids.aimAgainPrompt, deps, (text) => parseAimAnswer(text, deps.kb), { answersMayBeQuestions: asksForThePlan, why: m.whyAim, ownReply: aimOptions, skipAs: NOT_SURE_YET }));
    this.initialDialogId = Ids.main;
  }

  private async begin(step: WaterfallStepContext<RoadmapOptions>): Promise<DialogTurnResult> {
    const text = step.context.activity.text ?? '';
    // "Redo my roadmap without a specialty", "I didn't say I'd picked pediatric": the area and the aim to specialise
    // are dropped, said so, and the saved roadmap shown again without them.
    if (step.options?.withoutSpecialty === true || DROPS_SPECIALTY.test(normalise(text))) {
      const dropped = await dropSpecialty(step.context, this.deps);
      const saved = savedSituation((await readProfile(step.context, this.deps)).roadmap);
      if (saved) {
        Object.assign(step.values, saved);
        await step.context.sendActivity(dropped ? GuidedMessages.roadmap.specialtyDropped : GuidedMessages.roadmap.noSpecialtyKept);
        await this.sendPlan(step, saved, [guidedUpdateAction()]);
        return step.endDialog({ situation: saved });
      }
    }
    const profile = await readProfile(step.context, this.deps);
    const corrected = step.options?.corrected === true ? savedSituation(profile.roadmap) : null;
    if (corrected) return this.showCorrected(step, corrected, profile, step.options?.areaBefore ?? null);
    const opening = withAimBesideRequest(text, withAimToChange(text, readAboutYou(text, this.deps.kb), this.deps.kb), this.deps.kb);
    if (opening.specialisation && opening.specialisation !== profile.specialisation) await rememberAboutYou(step.context, this.deps, { specialisation: opening.specialisation });
    const saved = savedSituation(profile.roadmap);
    // "Update roadmap" asks everything again, so what was said before is set aside (the job, which it never asks, is
    // kept); otherwise what the user has said (here or earlier) is not asked again. Said with something new ("older
    // people. geriatric. please change my roadmap"), or after saying it ("actually I'd like to focus on children" ...
    // "update my roadmap with that"), it brings the plan up to date with that instead, asking nothing again.
    const changedSince = saved !== null && !sameStanding(mergeInto(saved, knownSituation(profile.about, profile.specialisation)), saved);
    // "Update my roadmap with that" after a correction already taken: the roadmap as it now stands.
    const pointsBack = WITH_THAT.test(normalise(text));
    // An area named ("how do I get chronic disease into the plan?") is kept above: the saved plan shows it, asking nothing.
    const { specialisation: _area, areaAsked: _asked, ...news } = opening;
    const updating = UPDATE_WORDS.test(text) && isEmptyAbout(news) && !changedSince && !pointsBack;
    if (updating && profile.about) await updateProfile(step.context, this.deps, { about: profile.about.job ? { job: profile.about.job } : {} });
    const known = updating ? {} : knownSituation(profile.about, profile.specialisation);
    const fromOpening = mergeInto(EMPTY_SITUATION, { job: opening.job?.id ?? null, education: opening.education ?? null, working: opening.working ?? null, years: opening.years ?? null, aim: opening.aim ?? null });
    const situation = merge(step, mergeInto(mergeInto(EMPTY_SITUATION, known), fromOpening));
    if (situation.aim !== null) Object.assign(step.values, { [AIM_TOLD]: true });
    // "My roadmap" with one saved shows it again (with a button to change it), brought up to date with what was said since.
    if (saved && !updating && isEmptyAbout(news) && (!UPDATE_WORDS.test(text) || pointsBack)) {
      const current = mergeInto(saved, known);
      await this.sendPlan(step, current, [guidedUpdateAction()]);
      return step.endDialog({ situation: current });
    }
    if (situation.education !== null) return step.next();
    return askGuided(step, Ids.educationPrompt, GuidedMessages.roadmap.educationQuestion, Object.values(EducationButtons));
  }

  /**
   * Keeps where the user stands, told with or instead of their education ("no degree. phlebotomist for 9 years"): the
   * years are not asked again. Told instead of it, it is said back and the education asked once more.
   */
  private async readEducation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string' || step.result === SKIPPED) return step.next(step.result);
    const told = workTold(step.result, this.deps.kb);
    if (!told) return step.next(step.result);
    const situation = merge(step, told);
    await this.remember(step);
    if (parseEducation(step.result)) return step.next(step.result);
    const m = GuidedMessages.roadmap;
    return askGuided(step, Ids.educationAgainPrompt, m.educationAgain(startingPoint(situation)), Object.values(EducationButtons), m.educationShort);
  }

  private async askExperience(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === SKIPPED) {
      await step.context.sendActivity(GuidedMessages.roadmap.educationSkipped);
    } else if (typeof step.result === 'string') {
      const education = parseEducation(step.result);
      if (!education) return exitGracefully(step);
      merge(step, { education });
      await this.remember(step);
    }
    const situation = await this.catchUp(step);
    if (!needsExperience(situation)) return step.next();
    // A student nurse is asked how long they have worked in the field, not how long they have been a student.
    return askGuided(step, Ids.experiencePrompt, experienceQuestionFor(situation), Object.values(ExperienceButtons));
  }

  /**
   * "no im not a care coordinator lol im a cook" at a roadmap question: the job taken is not theirs. It is replaced by
   * the one told (or dropped), what the roadmap now has is said back, and the question asked again; null otherwise.
   */
  private async jobPutRight(step: WaterfallStepContext, text: string): Promise<Situation | null> {
    const current = readSituation(step);
    if (current.job === null || !deniesAJob(text)) return null;
    const said = readAboutYou(text, this.deps.kb, { answering: true });
    if (said.notJob !== current.job) return null;
    const next = withoutDeniedJob(current, said);
    Object.assign(step.values, next);
    await rememberAboutYou(step.context, this.deps, said.job ? { job: said.job } : { notJob: said.notJob });
    return next;
  }

  /**
   * Reads how long the user has worked in the field. An answer that says what they aim for instead ("become a care
   * manager") is kept as their aim, and the question asked once more.
   */
  private async readExperience(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next();
    if (step.result === SKIPPED) {
      await step.context.sendActivity(GuidedMessages.roadmap.experienceSkipped);
      return step.next();
    }
    const putRight = await this.jobPutRight(step, step.result);
    if (putRight) {
      const m = GuidedMessages.roadmap;
      return askGuided(step, Ids.experienceAgainPrompt, m.jobPutRight(startingPoint(putRight) || RoadmapWords.notTold, experienceQuestionFor(putRight)), Object.values(ExperienceButtons), m.experienceQuestion);
    }
    const years = yearsInField(step.result);
    if (years !== null) {
      // "I'm a social worker, 10 years, as I said" to "How long have you worked as a care coordinator?": the job told
      // replaces the one the roadmap had, and that is said.
      const told = standingIn(step.result, this.deps.kb, readSituation(step));
      const instead = told?.job !== undefined && told.job !== null && told.job !== readSituation(step).job ? jobById(told.job) : null;
      merge(step, { ...(instead ? { job: instead.id, ...(told?.education ? { education: told.education } : {}) } : {}), years, ...yearsOf(step.result, years) });
      await this.remember(step);
      if (instead) await step.context.sendActivity(GuidedMessages.roadmap.gotIt(instead.title, years > 0 ? (ownYearsBand(step.result) ?? formatYears(years)) : null));
      return step.next();
    }
    const aim = parseAim(step.result, this.deps.kb);
    if (!aim) return exitGracefully(step);
    merge(step, { aim });
    await this.remember(step);
    const m = GuidedMessages.roadmap;
    return askGuided(step, Ids.experienceAgainPrompt, m.experienceAgain(RoadmapWords.aim[aim]), Object.values(ExperienceButtons), m.experienceQuestion);
  }

  private async askAim(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === SKIPPED) {
      await step.context.sendActivity(GuidedMessages.roadmap.experienceSkipped);
    } else if (typeof step.result === 'string') {
      const years = yearsInField(step.result);
      if (years === null) return exitGracefully(step);
      merge(step, { years, ...yearsOf(step.result, years) });
      await this.remember(step);
    }
    const situation = await this.catchUp(step);
    if (situation.aim !== null) return step.next();
    return askGuided(step, Ids.aimPrompt, GuidedMessages.roadmap.aimQuestion, Object.values(AimButtons));
  }

  /**
   * Reads the aim. An answer that tells where the user stands instead (years in the field, their job, their education)
   * is kept, said back, and the aim asked once more.
   */
  private async readAim(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next();
    if (aimAnswered(step.result, this.deps.kb)) return step.next(step.result);
    const standing = standingIn(step.result, this.deps.kb, readSituation(step));
    if (!standing) return exitGracefully(step);
    const situation = merge(step, standing);
    await this.remember(step);
    const noted = startingPoint(situation);
    return askGuided(step, Ids.aimAgainPrompt, GuidedMessages.roadmap.aimAgain(noted), Object.values(AimButtons), GuidedMessages.roadmap.aimQuestion);
  }

  private async showPlan(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { kb } = this.deps;
    if (typeof step.result === 'string') {
      const aim = aimAnswered(step.result, kb) ?? parseAimAnswer(step.result, kb);
      if (!aim) return exitGracefully(step);
      if (aim !== 'undecided') merge(step, { aim });
      // An aim said with where the user stands ("i'm a social worker with a BSW, 4 yrs in child protection") updates
      // the starting point too: what they say now replaces what was said before.
      merge(step, workSaidWithItsYears(standingIn(step.result, kb, readSituation(step))));
      // "Neither", "not sure yet", "skip": no aim and no area is kept (not the one they turn from), and that is said.
      if (aim === 'undecided') await step.context.sendActivity(GuidedMessages.roadmap.noAimSaved);
      // The area the aim names ("a care manager in dementia care", "work with kids") is kept as the user's area.
      const [area, ...others] = aim === 'undecided' ? [] : areasNamed(kb, step.result);
      if (area && others.length === 0) await rememberAboutYou(step.context, this.deps, { specialisation: area });
    }
    const situation = readSituation(step);
    // An aim the person had told (earlier, or with the request) was used, not asked again: said so, with a way to change it.
    const toldAim = Reflect.get(step.values, AIM_TOLD) === true && situation.aim !== null;
    if (toldAim) await step.context.sendActivity(GuidedMessages.roadmap.aimFromBefore(await this.aimWords(step, situation)));
    const { plan, profile } = await this.sendPlan(step, situation, toldAim ? [guidedUpdateAction()] : [], GuidedMessages.roadmap.saved);
    await this.remember(step);
    await updateProfile(step.context, this.deps, {
      roadmap: situationRecord(situation),
      completedSteps: [...profile.completedSteps, ...doneSteps(plan)],
    });
    return step.endDialog({ situation });
  }

  /**
   * The saved roadmap corrected by what the user just said of themselves ("the 6 years were office work"): said so, the
   * plan shown again with it, and the steps the wrong facts had marked done no longer done.
   */
  private async showCorrected(step: WaterfallStepContext, saved: Situation, profile: UserProfile, areaBefore: SpecialisationId | null = null): Promise<DialogTurnResult> {
    const { kb } = this.deps;
    // "Wait, I'm not a nurse!": the job denied, and what was read with it, out of the roadmap too.
    const current = mergeInto(withoutDeniedJob(saved, readAboutYou(step.context.activity.text ?? '', kb)), knownSituation(profile.about, profile.specialisation));
    if (profile.about?.years !== undefined && profile.about.years !== saved.years) current.yearsBand = null;
    Object.assign(step.values, current);
    // What was said is what the roadmap already has (no new area named either): said so, the plan not shown again.
    const areaNamed = readAboutYou(step.context.activity.text ?? '', kb).specialisation;
    if (sameStanding(current, saved) && (!areaNamed || areaNamed === areaBefore)) {
      await step.context.sendActivity(withChoices(channelOf(step.context.activity), GuidedMessages.roadmap.alreadyNoted(areaBefore ? `${startingPoint(current)}; your area: ${specialisationById(kb, areaBefore).name}` : startingPoint(current)), [guidedUpdateAction()]));
      return step.endDialog({ situation: current });
    }
    await step.context.sendActivity(GuidedMessages.roadmap.corrected);
    const { plan } = await this.sendPlan(step, current, [guidedUpdateAction()]);
    await saveCorrected(step.context, this.deps, profile, saved, current, doneSteps(plan));
    return step.endDialog({ situation: current });
  }

  /** What the user said about themselves in an answer ("I studied business and now I'm a care assistant") fills the gaps. */
  private async catchUp(step: WaterfallStepContext): Promise<Situation> {
    const profile = await readProfile(step.context, this.deps);
    const known = knownSituation(profile.about, profile.specialisation);
    const current = readSituation(step);
    // The aim known from before, not asked: said so with the plan.
    if (current.aim === null && known.aim) Object.assign(step.values, { [AIM_TOLD]: true });
    const gaps: Partial<Situation> = {};
    for (const key of ['job', 'education', 'higherDegree', 'working', 'years', 'aim'] as const) {
      if (current[key] === null && known[key] !== undefined && known[key] !== null) Object.assign(gaps, { [key]: known[key] });
    }
    return merge(step, gaps);
  }

  /** Each answer is kept with what the user said elsewhere, so a roadmap left part-way asks only the rest next time. */
  private async remember(step: WaterfallStepContext): Promise<void> {
    const s = readSituation(step);
    const job = s.job ? jobById(s.job) : null;
    await rememberAboutYou(step.context, this.deps, {
      ...(job ? { job } : {}),
      ...(s.education ? { education: s.education } : {}),
      ...(s.working !== null ? { working: s.working } : {}),
      ...(s.years !== null ? { years: s.years } : {}),
      ...(s.aim ? { aim: s.aim } : {}),
    });
  }

  /**
   * The profile, with the area the person asked about for themselves ("would geriatric be a thing for me?") taken as
   * theirs when they aim to specialise and chose none, and that said: the plan names it, never "explore the four areas".
   */
  private async withAreaAsked(step: WaterfallStepContext, situation: Situation): Promise<UserProfile> {
    const profile = await readProfile(step.context, this.deps);
    const asked = profile.about?.areaAsked;
    if (profile.specialisation || situation.aim !== 'specialise' || !asked) return profile;
    await step.context.sendActivity(GuidedMessages.roadmap.areaFromAsked(specialisationById(this.deps.kb, asked).name));
    return updateProfile(step.context, this.deps, { specialisation: asked });
  }

  /** The aim as the plan says it: the area named when one is chosen. */
  private async aimWords(step: WaterfallStepContext, situation: Situation): Promise<string> {
    const chosen = (await readProfile(step.context, this.deps)).specialisation;
    return aimWordsOf(situation, chosen ? specialisationById(this.deps.kb, chosen).name : null);
  }

  /**
   * The plan for a situation, as text and a checklist, and `closing` after them when given; the buttons to go on go on
   * the last message (Web Chat shows suggested actions only under the latest one).
   */
  private async sendPlan(step: WaterfallStepContext, situation: Situation, extra: CardAction[], closing?: string) {
    const { kb } = this.deps;
    const profile = await this.withAreaAsked(step, situation);
    const chosen = profile.specialisation ? specialisationById(kb, profile.specialisation) : null;
    const plan = buildRoadmap(kb, situation, { chosenSpecialisation: chosen?.name ?? null, stepsDone: profile.completedSteps });
    const channel = channelOf(step.context.activity);
    const aim = aimWordsOf(situation, chosen?.name ?? null);
    await step.context.sendActivity(withChoices(channel, roadmapText(plan, startingPoint(situation) || RoadmapWords.notTold, aim), []));
    await this.deps.roadmapShown.set(step.context, true);
    const buttons = [...planButtons(this.deps, situation, profile.specialisation), ...extra];
    if (closing !== undefined) {
      await step.context.sendActivity(checklistActivity(plan));
      await step.context.sendActivity(withChoices(channel, closing, buttons));
    } else {
      await step.context.sendActivity(buttons.length > 0 ? withChoices(channel, checklistText(plan), buttons) : checklistActivity(plan));
    }
    return { plan, profile };
  }
}

/** The aim as the plan says it: "specialize in Geriatric care management", "become a care manager", or none yet. */
function aimWordsOf(situation: Situation, area: string | null): string {
  return situation.aim === 'specialise' && area ? RoadmapWords.specialiseIn(area) : situation.aim ? RoadmapWords.aim[situation.aim] : RoadmapWords.aimUndecided;
}

/**
 * The experience question for where the person stands: of the job in the field told ("How long have you worked as a
 * nurse?"), or of the field, saying a job outside it told is not counted ("Your work as a veterinary nurse is outside it").
 */
function experienceQuestionFor(situation: Situation): string {
  const m = GuidedMessages.roadmap;
  const job = jobById(situation.job ?? '');
  if (job?.inField && !isStudentJob(job.id)) return m.experienceAs(job.title);
  return job && !job.inField && !isUnnamedJob(job.id) ? m.experienceBesides(job.title) : m.experienceQuestion;
}

/** What the opening says of the aim beside the request, when the person's own reading of it does not say one. */
function withAimBesideRequest(text: string, about: AboutYou, kb: KnowledgeBase): AboutYou {
  if (about.aim) return about;
  const aim = aimBesideRequest(text, kb);
  if (!aim) return about;
  const [area, ...others] = areasNamed(kb, text);
  return { ...about, aim, ...(aim === 'specialise' && area && others.length === 0 ? { specialisation: area } : {}) };
}

/**
 * What to do after the plan: with an area chosen, its entry and step 9 of the walk; aiming to specialise without one,
 * the chooser.
 */
function planButtons(deps: DialogDeps, situation: Situation, chosen: SpecialisationId | null): CardAction[] {
  const { kb } = deps;
  if (chosen) {
    const entry = kb.faqById.get(specialisationById(kb, chosen).faqId);
    return [...(entry ? [toCardAction(askButton(entry))] : []), stepFlowAction(GuidedButtons.openStep(STEP.specialise), STEP.specialise)];
  }
  return situation.aim === 'specialise' ? [toCardAction(flowButton('specialisation'))] : [];
}

/**
 * Answers to "what would you like to aim for?" that choose none of the aims: no particular aim ("none", "not sure",
 * "either", "yes"), or a question the plan itself answers ("what's next for me?", "what should I do first?").
 */
const NO_PARTICULAR_AIM = /^(?:none|no|nope|nothing|skip|skip (?:this|it|that)(?: one| question)?|pass|next question|(?:it )?(?:doesn t|does not) matter|(?:i )?(?:don t|do not) mind|not sure|unsure|no idea|dunno|idk|(?:i )?(?:don t|dont|do not) know|(?:i )?(?:have not|haven t|havent) decided|not decided|(?:i m |im |i am )?(?:not sure|undecided|unsure)(?: yet)?|not yet|yes|yeah|yep|ok|okay|sure|any|anything|either|whatever|all|all of them|both|no preference|nothing (?:in )?particular|no particular (?:aim|goal)|just show me|show me)\b/;
const ASKS_FOR_THE_PLAN = /\b(?:(?:what s|whats|what is|what would be|what should be) (?:the |my )?(?:very )?first (?:thing|step|move)(?: (?:i should|i need to|i have to|i must|to|i d|i would|i ll) (?:do|take|make))?|the first thing (?:i should|i need to|to) do|what s next|whats next|what is next|what next|what (?:should|do|can|would) i do (?:first|next|now)|where (?:do|should|would|could|can) i (?:start|begin)|how (?:do|should|would|could) i (?:start|begin)|what are my (?:next )?steps|my next steps?|first steps?|which (?:(?:one|ones|step|steps|thing|things) )?(?:of (?:those|these|them|the|my) )?(?:next |\d+ |three |two )?(?:ones? |steps? |things? )?(?:should|do|would|must|shall|could) i (?:do|start|tackle|focus on|work on|begin|take) (?:with )?first|which (?:one|step|ones|steps) (?:comes? )?first|(?:from|at) where i (?:d|would|will|ll|should|am|m|stand|start|begin) ?(?:start|begin|be|come in|stand)?|from (?:my|where i m at|the) (?:own )?starting point)\b/;

/** A question about where the person stands skipped ("skip", "I'd rather not say"): nothing kept for it. */
const SKIPPED = 'skipped';

/** The aim skipped: no particular aim, the guide's usual route. */
const NOT_SURE_YET = 'not sure yet';

/** Asking what the options mean: "what does each of those mean?", "what's the difference between the first two?". */
const ASKS_WHAT_OPTIONS_MEAN =
  /\bwhat (?:do|does) (?:each|these|those|they|the options|the buttons|the choices)(?: (?:of (?:these|those|them)|options|ones))? (?:mean|stand for)\b|\bdifference between (?:the|these|those) (?:options|choices|buttons|first two|last two|two|three)\b|\bwhat are (?:the|these|those) (?:options|choices)\b|\b(?:explain|describe) (?:the|these|those|each of (?:the|these|those)) (?:options|choices|aims)\b/;

/** The aim question's own reply to what its options mean. */
function aimOptions(text: string): string | null {
  return ASKS_WHAT_OPTIONS_MEAN.test(normalise(text)) ? GuidedMessages.roadmap.aimOptions : null;
}

function asksForThePlan(text: string): boolean {
  return ASKS_FOR_THE_PLAN.test(normalise(text)) || weekStartAsked(text);
}

/** The reply to "what should I do first?" asked before the roadmap can be built: the roadmap will say, once it is. */
function planComesAfter(text: string): string | null {
  // Only the question itself ("hmm. what should I do first?"): a story ending in it is asked of the guide.
  const asksOnlyThat = clausesOf(text).every((clause) => asksForThePlan(clause) || normalise(clause).split(' ').length <= 2);
  return asksOnlyThat && asksForThePlan(text) ? GuidedMessages.roadmap.planComesAfter : null;
}

/** An aim, "undecided" for an answer that names none, or null when the answer cannot be placed. */
function parseAimAnswer(text: string, kb: KnowledgeBase): Aim | 'undecided' | null {
  const declined = declinedAim(text, kb);
  if (declined) return declined;
  const aim = parseAim(text, kb);
  if (aim) return aim;
  const t = normalise(text);
  return NO_PARTICULAR_AIM.test(t) || asksForThePlan(text) ? 'undecided' : null;
}

/** What a reason for turning the options down rules out: "a break from", "not", "don't want". */
const RULES_OUT = /\b(?:not|never|no|nor|without|break from|away from|tired of|sick of|done with|enough of)\b/;

/**
 * The aims all turned down ("Neither for now, I think I need a break from children's services", "none of those, not
 * sure yet"): no aim, and no area from what they turn from; or the aim said instead ("none of those really, I just want
 * my first job"). Null when the answer does not turn them down.
 */
function declinedAim(text: string, kb: KnowledgeBase): Aim | 'undecided' | null {
  if (!turnsAllDown(text)) return null;
  const wanted = clausesOf(afterTurningDown(text)).filter((clause) => !RULES_OUT.test(normalise(clause)));
  return (wanted.length > 0 ? parseAim(wanted.join(', '), kb) : null) ?? 'undecided';
}

/**
 * The aim an answer to "what would you like to aim for?" gives, leaving out an area named only as where the user works
 * ("i'm a social worker with a BSW, 4 yrs in child protection" tells where they stand, not that they want to
 * specialise); said again after the aim is asked once more, the area is their aim (parseAimAnswer).
 */
function aimAnswered(text: string, kb: KnowledgeBase): Aim | 'undecided' | null {
  const aim = parseAimAnswer(text, kb);
  if (aim !== 'specialise') return aim;
  // Read against the question and its choices: "work in mental health area", "working with kids" says the "work in one
  // area" choice in the person's words, with no one said to be working now ("I work in mental health" tells).
  if (saysTheAreaChoice(text, kb)) return aim;
  const told = mergeInto(EMPTY_SITUATION, standingIn(text, kb, EMPTY_SITUATION));
  const elsewhere = clausesOf(text).filter((clause) => standingIn(clause, kb, told) === null);
  return elsewhere.length > 0 ? parseAimAnswer(elsewhere.join(', '), kb) : null;
}

/** Someone said to be doing it now, or to have done it: "I work", "I'm working", "I've been", "currently", "for 3 years". */
const WORK_OF_THEIR_OWN = /\b(?:i|im|i m|ive|i ve|we|my|currently|already|been|was|were|years?|yrs?|months?)\b/;

/**
 * An answer to the aim question that takes its "work in one area" choice in the person's words: work in an area the
 * guide names ("work in mental health area", "working with older people"), with no subject or time that makes it their
 * job now.
 */
function saysTheAreaChoice(text: string, kb: KnowledgeBase): boolean {
  const t = normalise(text);
  if (WORK_OF_THEIR_OWN.test(t) || areasNamed(kb, text).length !== 1) return false;
  const standing = standingIn(text, kb, EMPTY_SITUATION);
  return standing === null || (Object.keys(standing).length === 1 && standing.working === true);
}

/**
 * Where the user stands, read from an answer given to another question ("about 3 years as a care assistant in a
 * nursing home", "I have a high school diploma"): years in the field only with the field named or their job in it
 * known, never an aim or area. Null when it tells none of it.
 */
function standingIn(text: string, kb: KnowledgeBase, known: Situation): Partial<Situation> | null {
  const about = readAboutYou(text, kb, { answering: true, worksInField: jobById(known.job ?? '')?.inField === true, jobHasDegree: degreeIsOfTheJob(known.job ?? '') });
  const found: Partial<Situation> = {};
  if (about.job) found.job = about.job.id;
  if (about.education) found.education = about.education;
  if (about.working !== undefined) found.working = about.working;
  if (about.years !== undefined) {
    found.years = about.years;
    found.yearsBand = yearsBand(text);
  }
  return Object.keys(found).length > 0 ? found : null;
}

/** A job or years in the field told at the education question (the education itself is read apart); null when neither. */
function workTold(text: string, kb: KnowledgeBase): Partial<Situation> | null {
  const standing = standingIn(text, kb, EMPTY_SITUATION);
  if (!standing || (standing.job === undefined && standing.years === undefined)) return null;
  const { education: _education, ...work } = standing;
  return work;
}

/**
 * Where the user stands, as told beside the aim: work counts only with its years or a job in the field ("work in one
 * area" aims, and "my nan was in a care home" tells of no work of theirs).
 */
function workSaidWithItsYears(standing: Partial<Situation> | null): Partial<Situation> | null {
  if (!standing || standing.working !== true || standing.years !== undefined || jobById(standing.job ?? '')?.inField === true) return standing;
  const { working: _working, ...rest } = standing;
  return rest;
}

/** True when two situations hold the same facts (how the years were put aside). */
function sameStanding(a: Situation, b: Situation): boolean {
  return a.job === b.job && a.education === b.education && a.working === b.working && a.years === b.years && a.aim === b.aim;
}

/**
 * What a request to change the roadmap says of the aim, when the person's own reading of it does not: "older people.
 * geriatric. please change my roadmap" names the area to aim for.
 */
function withAimToChange(text: string, about: AboutYou, kb: KnowledgeBase): AboutYou {
  if (about.aim || !UPDATE_WORDS.test(text)) return about;
  const aim = parseAim(text, kb);
  if (!aim) return about;
  const [area, ...others] = areasNamed(kb, text);
  return { ...about, aim, ...(aim === 'specialise' && area && others.length === 0 ? { specialisation: area } : {}) };
}

/** Pointing back at what was just said: "update my roadmap with that". */
const WITH_THAT = /\bwith (?:that|this|it|those|these)\b/;

/** Words that ask for a new roadmap rather than the saved one ("update my roadmap", "a new roadmap"). */
const UPDATE_WORDS = /\b(?:update|change|redo|new|edit|again|fresh)\b/i;

/** The roadmap saved in the profile, read back; null when there is none or it no longer reads. */
function savedSituation(record: Record<string, string> | null): Situation | null {
  if (!record || Object.keys(record).length === 0) return null;
  const parsed = SituationSchema.safeParse({
    job: record['job'] ?? null,
    education: record['education'] ?? null,
    working: record['working'] === undefined ? null : record['working'] === 'true',
    years: record['years'] === undefined ? null : Number(record['years']),
    yearsBand: record['yearsBand'] ?? null,
    higherDegree: record['higherDegree'] === 'true' ? true : null,
    volunteered: record['volunteered'] === 'true' ? true : null,
    aim: record['aim'] ?? null,
  });
  return parsed.success ? parsed.data : null;
}

/** Asking why a step has its place in the plan: "why is step 9 left for later?", "how come certification is next". */
const ASKS_WHY_PLACED = /^(?:(?:so|and|but|ok|okay|wait|hmm|um|just wondering|quick question)\s+)*(?:why|how come)\b/;
const STEP_NUMBER = /\b(?:step|stage|no|number) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Words that name a step without its number ("why is certification next?"). */
const STEP_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bspeciali[sz]\w*/, STEP.specialise],
  [/\b(?:advanc\w*|moving up|move up|leading|lead a team)\b/, STEP.advance],
  [/\bcertif\w*|\bccm\b|\bcmc\b/, STEP.certification],
  [/\borgani[sz]ations?\b|\bjoin\w*\b/, STEP.organisations],
  [/\b(?:keep learning|continuing education|learning)\b/, STEP.learning],
  [/\b(?:find a job|job|employment)\b/, STEP.job],
  [/\bskills?\b/, STEP.skills],
  [/\bexperience\b/, STEP.experience],
  [/\b(?:education|degree)\b/, STEP.education],
];

/** The steps a question about the plan names, in the order said: by number ("step 9") or by subject ("specialising"). */
function stepsAskedOf(said: string): number[] {
  const found: Array<{ at: number; n: number }> = [];
  for (const match of said.matchAll(new RegExp(STEP_NUMBER.source, 'g'))) {
    const number = match[1]!;
    const n = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS.indexOf(number) + 1;
    if (n >= 1 && n <= 10) found.push({ at: match.index, n });
  }
  for (const [words, n] of STEP_WORDS) {
    const match = words.exec(said);
    if (match) found.push({ at: match.index, n });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((one) => one.n))];
}

/** Asking about the order itself: "why is step 7 next and not certification", "why before", "shouldn't it come first". */
const ASKS_THE_ORDER = /\b(?:and not|instead|before|after|first|order|ahead of|rather than)\b/;

/**
 * The roadmap's own answer to why it puts a step where it does ("Why is step 9 left for later?"), from the saved
 * roadmap the person is asking about; null when the message asks no such thing or no roadmap is saved. Two steps
 * named ("why is step 7 next and not certification?") are both placed, after what the guide says of its order: it
 * numbers the steps and gives no reason for it.
 */
export function explainsPlanStep(kb: KnowledgeBase, text: string, profile: UserProfile | undefined): string | null {
  const said = normalise(text);
  if (!ASKS_WHY_PLACED.test(said) || !/\b(?:later|next|done|in progress|left for|so late|so early|not yet)\b/.test(said)) return null;
  const situation = savedSituation(profile?.roadmap ?? null);
  const numbers = stepsAskedOf(said).slice(0, 2);
  if (!situation || numbers.length === 0) return null;
  const chosen = profile?.specialisation ? specialisationById(kb, profile.specialisation).name : null;
  const plan = buildRoadmap(kb, situation, { chosenSpecialisation: chosen, stepsDone: profile?.completedSteps ?? [] });
  const w = RoadmapWords.whyPlaced;
  const lines = numbers.flatMap((number) => {
    const placed = plan.steps.find((p) => p.step.number === number);
    if (!placed) return [];
    // The step the person aims for closes the list of what comes next, whatever its own status.
    const status = plan.next.includes(placed) ? 'next' : placed.status;
    const reason =
      status === 'later' ? (w.later[number] ?? w.laterOther) : status === 'next' ? (w.next[number] ?? w.nextOther) : status === 'in-progress' ? (w.inProgress[number] ?? w.inProgressOther) : w.done;
    // The roadmap's own note on the step ("possible without one, but most employers prefer ...") goes with it.
    const note = placed.note !== null && number !== STEP.specialise ? ` ${w.noted(placed.note)}` : '';
    return [`${w.line(number, placed.step.title, w.status[status], reason)}${note}`];
  });
  if (lines.length === 0) return null;
  return (lines.length > 1 || ASKS_THE_ORDER.test(said) ? [w.order, ...lines] : lines).join('\n\n');
}

/**
 * The step a saved roadmap puts first among what comes next, for "what should I do first?" asked after it; null when
 * the message asks no such thing or no roadmap is saved.
 */
export function roadmapFirstStep(kb: KnowledgeBase, text: string, profile: UserProfile): PlanStepShown | null {
  return asksForThePlan(text) ? planFirstStep(kb, profile) : null;
}

/** The step a saved roadmap puts first among what comes next; null when no roadmap is saved or nothing is left. */
export function planFirstStep(kb: KnowledgeBase, profile: UserProfile): PlanStepShown | null {
  const situation = savedSituation(profile.roadmap);
  if (!situation) return null;
  const chosen = profile.specialisation ? specialisationById(kb, profile.specialisation).name : null;
  const first = buildRoadmap(kb, situation, { chosenSpecialisation: chosen, stepsDone: profile.completedSteps }).next[0];
  return first ? { number: first.step.number, title: first.step.title } : null;
}

/**
 * "Where do I start?" with no roadmap saved, from someone who told a relevant degree and work in the field ("I qualified
 * as a social worker ... worked for six years ... Where do I start?"): the step their roadmap would put first, with where
 * they stand and the time left, never step 1 as for anyone (testers ut32c P3).
 */
export function toldFirstStep(kb: KnowledgeBase, text: string, profile: UserProfile): (PlanStepShown & { noted: string; time: string; behind: number[] }) | null {
  const about = profile.about;
  // No degree (or one below a bachelor's) with years in a field job counts too: a school nurse of 19 years with an ADN is
  // not at step 1 (tester ut36c P05.1).
  const degree = about?.education === 'relevant-degree' || about?.education === 'other-degree';
  const workedInField = (about?.education === 'none' || about?.education === 'diploma') && about.job !== undefined && jobById(about.job)?.inField === true && !isStudentJob(about.job) && (about.years ?? 0) > 0;
  if (savedSituation(profile.roadmap) || !about || !(degree || workedInField) || !asksForThePlan(text)) return null;
  const years = about.years ?? null;
  if (years === null ? about.working !== true : years <= 0) return null;
  const situation: Situation = { job: about.job ?? null, education: about.education ?? null, working: true, years, aim: about.aim ?? null };
  const chosen = profile.specialisation ? specialisationById(kb, profile.specialisation).name : null;
  const plan = buildRoadmap(kb, situation, { chosenSpecialisation: chosen, stepsDone: profile.completedSteps });
  const first = plan.next[0];
  // The steps their case has done already: said, so they know which of the ten are behind them (ut40a P07-T10).
  const behind = first ? plan.steps.filter((shown) => shown.status === 'done').map((shown) => shown.step.number) : [];
  return first ? { number: first.step.number, title: first.step.title, noted: startingPoint(situation), time: plan.time, behind } : null;
}

/** A step of the plan as a reply names it. */
export interface PlanStepShown {
  number: number;
  title: string;
}

/** How the root begins the roadmap: `corrected`, with what the user just said correcting the saved one. */
export interface RoadmapOptions {
  corrected?: boolean;
  /** With `corrected`: the area saved before the message, which may have named a new one ("and I said chronic disease"). */
  areaBefore?: SpecialisationId | null;
  /** The saved area and the aim to specialise taken out: the person said they never chose one. */
  withoutSpecialty?: boolean;
}

/** A roadmap asked for without the area: "redo it without a specialty", "no specialty please", "leave the area out". */
const DROPS_SPECIALTY =
  /\b(?:without|no|leave out|leave off|drop|remove|take out|minus|skip)(?: (?:a|the|an[y]|my|that))? (?:specialty|speciality|specialization|specialisation|specialism|specific area|area|niche)\b|\bleave (?:the|my) (?:specialty|speciality|specialization|specialisation|area) out\b/;
/** Saying an area was never chosen: "I didn't say I'd picked pediatric", "I never chose that", "I'm still deciding", "I said neither, don't save it". */
const DENIES_THE_AREA =
  /\b(?:did not|didnt|never|have not|havent|not) (?:say (?:that )?i (?:would |had |have |d )?|say (?:that )?i was |really |actually |even |yet )?(?:choose|chose|chosen|pick|picked|select|selected|decided|decide|settled|go for|going for)\b|\b(?:still|not yet) (?:deciding|decided|choosing|sure|thinking)\b|\bundecided\b|\bnot my (?:choice|pick|aim)\b|\b(?:do not|dont|don t) (?:save|remember|keep|store|record|pick|choose)\b|\bi said (?:neither|none|no)\b/;
/** Words that make a denial about the area: its name, or "specialty", "area", "that", "it". */
const NAMES_THE_AREA = /\b(?:speciali[sz]\w*|specialty|speciality|area|field|niche|that|it|this|one)\b/;

/**
 * True when a message says the area saved as the person's choice was never chosen ("wait I didn't say I'd picked
 * pediatric, I'm still deciding"), naming it, or pointing at it right after the roadmap that showed it.
 */
export function deniesTheArea(kb: KnowledgeBase, text: string, saved: SpecialisationId, roadmapShown: boolean): boolean {
  const said = normalise(text);
  if (!DENIES_THE_AREA.test(said)) return false;
  return mentionedSpecialisations(kb, text).includes(saved) || (roadmapShown && NAMES_THE_AREA.test(said));
}

/** The saved area and an aim to specialise taken out of the profile and the saved roadmap; true when there was one. */
export async function dropSpecialty(context: TurnContext, deps: DialogDeps): Promise<boolean> {
  const profile = await readProfile(context, deps);
  const { aim: _aim, ...about } = profile.about ?? {};
  const record = profile.roadmap ? Object.fromEntries(Object.entries(profile.roadmap).filter(([key, value]) => !(key === 'aim' && value === 'specialise'))) : null;
  const had = profile.specialisation !== null || profile.about?.aim === 'specialise' || profile.roadmap?.['aim'] === 'specialise';
  await updateProfile(context, deps, { specialisation: null, about: profile.about?.aim === 'specialise' ? about : (profile.about ?? {}), roadmap: record });
  return had;
}

/** Words that correct what was said back: "that's not right", "wrong", "I never said that", "isn't my aim". */
const CORRECTS = /\b(?:not right|wrong|fix (?:it|that|this|my roadmap|the roadmap)|incorrect|not true|not correct|not what i said|i never said|i did not say|i meant|actually|correction|mistake|mixed up|not my (?:aim|goal|plan)|is not my|isn t my|(?:is|was) (?:that|this|it|my|the) (?:roadmap |plan )?(?:really |actually |even )?(?:right|correct|accurate) for me|hold on|(?:have|got|put|listed|marked|wrote) me (?:down )?(?:as|at|for)|you (?:still )?(?:have|think|said) (?:i am|i m|im|me as)|as i said|like i said|i already said|i told you|wait|i only have|i just have|i do not have|i don t have)\b/;

/**
 * True when a message corrects the saved roadmap: it says it is correcting ("that's not right", "actually") and what it
 * says of the person differs from what the roadmap was built on.
 */
export function correctsRoadmap(text: string, said: AboutYou, record: Record<string, string> | null, savedArea: SpecialisationId | null = null): boolean {
  const saved = savedSituation(record);
  // "Wait, I'm not a nurse!" of the job the roadmap holds corrects it, though it tells nothing new.
  if (saved !== null && saved.job !== null && said.notJob === saved.job) return true;
  const facts = aboutTheRoadmap(said);
  if (!saved || isEmptyAbout(facts)) return false;
  // Said as a correction, or told without asking and unlike the roadmap ("whoa, my 15 years are in bars! zero care
  // experience").
  // "Why is gain experience in progress, I haven't got experience" disputes the roadmap with a fact of its own: a
  // correction too.
  // An area named as theirs that the roadmap does not have ("I said chronic disease management") is said as a correction.
  const differs = !sameStanding(mergeInto(saved, aboutAsSituation(facts)), saved);
  const areaPutRight = facts.specialisation !== undefined && facts.specialisation !== savedArea && SAID_BEFORE.test(normalise(text));
  // "You still have 4 years, it's 7": a figure of the roadmap's put right.
  return CORRECTS.test(normalise(text)) || yearsPutRight(text) !== null || areaPutRight || (differs && (!asksSomething(text) || ASKS_WHY_PLACED.test(normalise(text))));
}

/**
 * A correction of the roadmap said beside a question ("you have me down as a care coordinator, I'm a social worker.
 * anyway - geriatric or chronic disease?"): the roadmap saved with it and that said in a line, so that the question is
 * answered next; false when the message asks nothing (the roadmap is then shown again, corrected).
 */
export async function correctedBesideAQuestion(context: TurnContext, deps: DialogDeps, text: string): Promise<boolean> {
  // A question of the roadmap itself ("can you change it?", "why is step 3 in progress?") wants the roadmap shown again.
  const asking = clausesOf(text).filter((clause) => asksSomething(clause));
  if (asking.length === 0 || asking.some((clause) => OF_THE_ROADMAP.test(normalise(clause)))) return false;
  const profile = await readProfile(context, deps);
  const saved = savedSituation(profile.roadmap);
  if (!saved) return false;
  const current = mergeInto(withoutDeniedJob(saved, readAboutYou(text, deps.kb)), knownSituation(profile.about, profile.specialisation));
  const chosen = profile.specialisation ? specialisationById(deps.kb, profile.specialisation).name : null;
  await saveCorrected(context, deps, profile, saved, current, doneSteps(buildRoadmap(deps.kb, current, { chosenSpecialisation: chosen, stepsDone: [] })));
  await context.sendActivity(renderText(channelOf(context.activity), GuidedMessages.roadmap.correctedBeside(startingPoint(current))));
  return true;
}

/** Saying it was said before: "I said", "I told you", "I mentioned". */
const SAID_BEFORE = /\bi (?:already |just )?(?:said|told you|mentioned)\b/;

/** Words of a question asked of the roadmap itself, not of the guide. */
const OF_THE_ROADMAP = /\b(?:roadmap|road map|plan|it|that|this|fix|change|update|right|correct|wrong|why|how come|steps?)\b/;

/** What a message says of the person, as a roadmap situation. */
function aboutAsSituation(about: AboutYou): Partial<Situation> {
  return { job: about.job?.id ?? null, education: about.education ?? null, working: about.working ?? null, years: about.years ?? null, aim: about.aim ?? null };
}

/** What a message says of the facts a roadmap is built on: years, education, aim and job. */
function aboutTheRoadmap(said: AboutYou): AboutYou {
  const { years, education, aim, job, specialisation } = said;
  return {
    ...(years !== undefined ? { years } : {}),
    ...(education ? { education } : {}),
    ...(aim ? { aim } : {}),
    ...(job ? { job } : {}),
    ...(specialisation ? { specialisation } : {}),
  };
}

/** The corrected roadmap saved, and the steps the wrong facts had marked done no longer done. */
async function saveCorrected(context: TurnContext, deps: DialogDeps, profile: UserProfile, saved: Situation, current: Situation, now: readonly number[]): Promise<void> {
  const chosen = profile.specialisation ? specialisationById(deps.kb, profile.specialisation).name : null;
  const before = doneSteps(buildRoadmap(deps.kb, saved, { chosenSpecialisation: chosen, stepsDone: profile.completedSteps }));
  await updateProfile(context, deps, {
    roadmap: situationRecord(current),
    completedSteps: [...new Set([...profile.completedSteps.filter((n) => !before.includes(n)), ...now])],
  });
}

/**
 * "I'm not a nurse!" said away from the roadmap: the job denied, and what was read with it, taken out of the saved
 * roadmap too, so that "my roadmap" no longer shows it.
 */
export async function forgetDeniedJob(context: TurnContext, deps: DialogDeps, said: AboutYou): Promise<void> {
  const profile = await readProfile(context, deps);
  const saved = savedSituation(profile.roadmap);
  if (!saved) return;
  const current = withoutDeniedJob(saved, said);
  if (current === saved) return;
  const chosen = profile.specialisation ? specialisationById(deps.kb, profile.specialisation).name : null;
  await saveCorrected(context, deps, profile, saved, current, doneSteps(buildRoadmap(deps.kb, current, { chosenSpecialisation: chosen, stepsDone: [] })));
}

/** "Update roadmap": starts the roadmap again with its questions (the turn router's own flow value). */
export function guidedUpdateAction(): CardAction {
  const title = GuidedButtons.updateRoadmap;
  return { type: ActionTypes.MessageBack, title, text: GuidedButtons.updateRoadmapPhrase, displayText: title, value: { action: 'flow', flow: 'roadmap' } };
}

export function createRoadmapDialog(deps: DialogDeps): RoadmapDialog {
  return new RoadmapDialog(deps);
}
