import { ActionTypes, type CardAction, type TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from '../dialogClasses';
import { z } from 'zod';
import { SpecialisationIdSchema, type KnowledgeBase, type SpecialisationId } from '../../knowledge/schema';
import { channelOf } from '../rendering/core/cards';
import { rememberAnswered, sendEntry } from '../rendering/core/entryReplies';
import type { DialogDeps } from '../deps';
import { DialogIds } from '../dialogIds';
import { askedAspect, asksWhichIsBetter } from '../../knowledge/aspects';
import { comparisonActivity, recommendationText, safeEcho, salaryRange, specialisationText, withChoices } from '../rendering/guided/guidedCards';
import { namesALevel } from '../understanding/core/followUp';
import { findSalaryLevel } from './salaryLevels';
import { AudienceButtons, DrawButtons, GuidedButtons, GuidedMessages } from '../rendering/guided/guidedMessages';
import { Messages, sourceLine } from '../rendering/core/messages';
import { updateProfile } from './guidedProfile';
import { correctedArea, correctionOf } from '../understanding/talk/areaCorrected';
import { askGuided, asksToSkip, createGuidedPrompt, exitGracefully, thanks, turnsAllDown, type Explanation } from './guidedPrompt';
import {
  areaAsked,
  areasNamed,
  closerByDescription,
  matchDraws,
  choosingPart,
  closestAreas,
  comparisonRequest,
  isNotSure,
  matchAreas,
  mentionedSpecialisations,
  parseComparison,
  pickSpecialisation,
  recommend,
  refusesComparison,
  saysALiking,
  scoreAnswers,
  specialisationById,
  type SpecialisationAnswers,
} from '../understanding/questions/specialisationMatch';
import { clauseActOf, clausesOf } from '../understanding/core/clauses';
import { normalise, readNumber } from '../understanding/core/textMatch';
import { asksBotsPick } from '../understanding/core/pipeline';

/** How the root begins the flow: with a pair to compare side by side, or (without) the short conversation. */
export interface SpecialisationOptions {
  compare?: [SpecialisationId, SpecialisationId];
  /** The two areas the person is weighing: the questions then suggest one of them, the other as the runner-up. */
  among?: SpecialisationId[];
  /** Begun again to change the first answer: the message is that answer, not two areas weighed. */
  again?: boolean;
}

const Ids = Object.freeze({
  choose: 'specialisation.choose',
  after: 'specialisation.after',
  compare: 'specialisation.compare',
  audiencePrompt: 'specialisation.audiencePrompt',
  drawPrompt: 'specialisation.drawPrompt',
  pickPrompt: 'specialisation.pickPrompt',
  afterPrompt: 'specialisation.afterPrompt',
  comparePickPrompt: 'specialisation.comparePickPrompt',
  torn: 'specialisation.torn',
  tipPrompt: 'specialisation.tipPrompt',
});

const NOT_SURE = 'not-sure';

/** What the conversation has gathered so far, kept in the waterfall's values and read back through this schema. */
const ValuesSchema = z.object({
  audience: z.string().nullable().default(null),
  draw: z.string().nullable().default(null),
  closest: z.array(SpecialisationIdSchema).default([]),
  best: SpecialisationIdSchema.nullable().default(null),
  runnerUp: SpecialisationIdSchema.nullable().default(null),
  pair: z.array(SpecialisationIdSchema).default([]),
  /** The two areas named at the start as the ones weighed ("torn between peds and psych"). */
  among: z.array(SpecialisationIdSchema).default([]),
});
type Values = z.infer<typeof ValuesSchema>;

function readValues(step: WaterfallStepContext): Values {
  const parsed = ValuesSchema.safeParse(step.values);
  return parsed.success ? parsed.data : ValuesSchema.parse({});
}

function writeValues(step: WaterfallStepContext, change: Partial<Values>): void {
  Object.assign(step.values, change);
}

function resultText(step: WaterfallStepContext): string {
  return typeof step.result === 'string' ? step.result : '';
}

type AfterChoice =
  | { kind: 'compare' }
  | { kind: 'runnerUp' }
  /** Why the other area is there, naming it or not: "why geriatric as the other one?". */
  | { kind: 'whyRunnerUp'; named: SpecialisationId | null }
  | { kind: 'comparePair'; pair: [SpecialisationId, SpecialisationId] }
  /** One area set against the suggestion in view: "maybe long-term illness is better for me? what is the difference". */
  | { kind: 'compareWith'; id: SpecialisationId }
  | { kind: 'done' }
  | { kind: 'accept' }
  | { kind: 'about'; id: SpecialisationId; whyOf: SpecialisationId | null }
  /** A day in the work asked, of the area in view or of the one named ("what would I do all day in geriatric care"). */
  | { kind: 'day'; id: SpecialisationId | null }
  | { kind: 'undo' }
  | { kind: 'pick'; id: SpecialisationId }
  /** What draws them said again, pointing to an area: no choice made. */
  | { kind: 'drawn'; id: SpecialisationId };

const COMPARE_WORDS = /^(?:compare|compare both|compare them|compare the two|side by side|both|show me)$/;
/** Words that only acknowledge (or ask politely), before an answer: "ok yeah remember it", "yes, please remember it". */
const ACKNOWLEDGED_FIRST = /^(?:(?:ok|okay|yeah|yes|yep|yup|sure|alright|right|cool|great|fine|good|perfect|please|pls)\b\s*)+/;
/** Polite words after an answer: "remember it please". */
const POLITE_LAST = /(?:\s+(?:please|pls|thanks|thank you|then))+$/;
/** Saying yes to "Shall I remember it as your choice?": only then is the suggestion saved. */
const ACCEPT_WORDS =
  /^(?:yes|yes please|yeah|yep|yup|sure|ok|okay|ok then|okay then|alright|fine|good|great|perfect|sounds good|sounds great|keep it|remember it|save it|please do|do it|go on then|go with it|go with that|that one|that is the one|thats the one|that s the one|i will take it|i ll take it|lets go with it|let s go with it|yes remember it|yes save it|yes that one)$/;
/** Asking for the suggestion to be kept: "save it", "remember that one", "keep this". */
const KEEP_THE_SUGGESTION = /\b(?:remember|save|keep|store|note down) (?:it|that|this|that one|this one|the suggestion)\b/;
/** Asking why: "why geriatric as the other one?", "how come", "what made you pick". */
const ASKS_WHY_OF = /^(?:(?:so|and|but|ok|okay|wait|hmm|um|lol)\s+)*(?:why|how come|what made you)\b/;
/** Asking for an area to go into the plan: "can you put it in my plan?", "add that to my roadmap", "include it in the plan". */
const INTO_THE_PLAN = /\b(?:put|add|include|save|keep|use|stick|write|get|have)\b(?: \w+){0,3} (?:in|into|to|on|onto|in to) (?:my|the|our) (?:plan|roadmap|road map|profile)\b/;
/** An area said to be missing from the plan, and to be added: "psychiatric is not in the plan. please add it". */
const MISSING_FROM_PLAN = /\bnot (?:in|on|part of) (?:my|the) (?:plan|roadmap|road map)\b/;
const ADD_IT = /\b(?:add|include|put)(?: (?:it|that|this|them))?\b/;
/** Words that point at the runner-up after a suggestion ("what about the other one?"). */
const RUNNER_UP_WORDS = /\b(?:the other one|the other|other one|runner up|runnerup|second one|the second|2nd one|the alternative|other option)\b/;
/** A change of mind after the suggestion: "actually I'd prefer kids", "can you change it to older people", "switch to mental health". */
const CHANGES_MIND = /\b(?:prefer|rather|instead|change (?:it|that|my choice|the choice)|switch|swap|go with|i ll take|i will take)\b/;
/** Words that point at the first or the second of two areas on screen ("I'll go with the first one"). */
const FIRST_WORDS = /\b(?:the first|first one|1st one|the former|the top one)\b/;
const SECOND_WORDS = /\b(?:the second|second one|2nd one|the latter|the other one|the bottom one|the runner up)\b/;
/** "Done" before a suggestion is made: leave the chooser. */
const LEAVE_WORDS = /^(?:done|i am done|im done|i m done|stop|stop it|quit|leave it|leave it there|not now|forget it|never mind|nevermind|no thanks|that is enough|thats enough|that s enough|enough)$/;
const LEAVE = 'leave';
/**
 * Going back to change an earlier answer: "can I change my first answer?", "go back", "wait, back to the first
 * question". The chooser starts again from its first question, reading what the message says as that answer.
 */
const GOES_BACK = /\b(?:go(?:ing)? back|back to the (?:first|last|previous|other) (?:question|one|answer)|change (?:my|the|that) (?:first |last |previous |earlier |other )?(?:answer|choice|question)|(?:answer|redo) the first (?:question|one) again)\b/;
const BACK = 'back';

function goesBack(text: string): boolean {
  return GOES_BACK.test(normalise(text));
}

function leaves(text: string): boolean {
  return LEAVE_WORDS.test(normalise(text));
}
/** "What did you suggest for me?" */
const ASKS_SUGGESTION = /\b(?:what|which)\b.*\b(?:you|u)\s+(?:suggest|recommend|pick|choose|chose|advise)\w*|\b(?:your|my)\s+(?:suggestion|recommendation)s?\b/;

/** The flow's own reply before a suggestion is made: "what did you suggest?" has no answer yet. */
function beforeSuggestion(text: string): string | null {
  return ASKS_SUGGESTION.test(normalise(text)) ? GuidedMessages.specialisation.noSuggestionYet : null;
}

/** Money named: "which of the two makes more money". */
const NAMES_PAY = /\b(?:money|pay|pays|paid|earn|earns|earning|earnings|salary|salaries|wage|wages|income)\b/;
/** Two things set against each other: "do they pay the same", "what's the difference in salary", "more than". */
const SETS_AGAINST = /\b(?:more|less|better|worse|same|differ|difference|different|each|both|either|vs|versus|compare|compared|than)\b/;

/**
 * The flow's own reply to pay asked of the two areas in view ("which pays better", "do they pay the same"): the guide
 * gives pay by career level only, which a flat decline or the pay of one level would not say. Pay asked plainly ("what
 * does it pay?") is payOfAnArea's; pay of a level ("what do senior ones earn") is a question for the guide.
 */
function payOfAreas(kb: KnowledgeBase, text: string): string | null {
  const asked = askedAspect(text, kb);
  const said = normalise(text);
  const ofPay = (asked?.aspect === 'ranking' && asked.criterion === 'better paid') || (NAMES_PAY.test(said) && SETS_AGAINST.test(said));
  if (!ofPay || findSalaryLevel(kb, text)) return null;
  const [first, last] = [kb.salaries[0], kb.salaries.at(-1)];
  return first && last ? GuidedMessages.specialisation.noPayByArea(salaryRange(first), salaryRange(last)) : null;
}

/**
 * The flow's own reply to pay asked plainly of the area in view ("what does it pay?" after the suggestion): the guide
 * gives no pay per specialization, only its median pay by level, which it lists. Pay of a level is a question for it.
 */
function payOfAnArea(kb: KnowledgeBase, text: string): string | null {
  const said = normalise(text);
  if (!NAMES_PAY.test(said) || SETS_AGAINST.test(said) || namesALevel(text) || findSalaryLevel(kb, text)) return null;
  const ordered = [...kb.salaries].sort((a, b) => a.order - b.order);
  const sections = [...new Set(ordered.map((level) => level.section.split(':')[0]!.trim()))];
  const levels = ordered.map((level) => `${level.shortTitle} ${salaryRange(level)}`);
  return `${GuidedMessages.specialisation.noPayPerArea(levels.join('; '))}\n\n*${sourceLine(sections.join('; '))}*`;
}

/** Asking to do two areas at once: "could I combine both somehow?", "can I do a bit of both". */
const COMBINES = /\b(?:combine|combining|combination|mix|blend|both at once|do both|a bit of both|bit of each|two at once)\b/;

/** "both?", "or both", "can I do both": the person asks whether the two areas they named go together. */
const BOTH_ASKED = /\bboth\b(?=[^.!]*\?)|\b(?:or|do|want|like) both\b/i;

/** Two areas an answer names and asks about together, with the words that named them; null otherwise. */
function bothAsked(kb: KnowledgeBase, text: string): { words: string; names: [string, string] } | null {
  if (!BOTH_ASKED.test(text) && !COMBINES.test(normalise(text))) return null;
  const [a, b] = matchAreas(kb, text);
  if (!a || !b) return null;
  const said = text.toLowerCase();
  const spans = [...a.spans, ...b.spans].sort((x, y) => said.indexOf(x.toLowerCase()) - said.indexOf(y.toLowerCase()));
  return { words: spans.join(', '), names: [specialisationById(kb, a.id).name.toLowerCase(), specialisationById(kb, b.id).name.toLowerCase()] };
}

/** The flow's own reply to combining areas: the guide describes each on its own and says nothing of combining them. */
function combining(text: string): string | null {
  return COMBINES.test(normalise(text)) ? GuidedMessages.specialisation.noCombining : null;
}

/** An answer that leaves the chooser, or what `parse` reads. */
function orLeave<T>(parse: (text: string) => T | null): (text: string) => T | typeof LEAVE | null {
  return (text) => (leaves(text) ? LEAVE : parse(text));
}

/** An answer that leaves the chooser or goes back to its first question, or what `parse` reads. */
function orLeaveOrBack<T>(parse: (text: string) => T | null): (text: string) => T | typeof LEAVE | typeof BACK | null {
  return (text) => (goesBack(text) ? BACK : orLeave(parse)(text));
}

/** Saying the choice saved was never made: "wait i didnt choose that", "I never picked it", "that's not my choice". */
const DENIES_CHOOSING =
  /\b(?:did not|didnt|didn t|never|have not|havent|haven t|not) (?:really |actually |even )?(?:choose|chose|chosen|pick|picked|select|selected|want|wanted|ask for|asked for|agree to|agreed to)\b(?! (?:between|from|yet)\b)|\bnot my (?:choice|pick)\b|\bi (?:just|only) asked\b/;

/** True when a message says the choice saved was never made. */
function deniesChoosing(text: string): boolean {
  return DENIES_CHOOSING.test(normalise(text));
}

const DONE_WORDS = /^(?:done|no|no thanks|no thank you|nah|nah thanks|naw|not really|no need|no more|nope|that is it|thats it|that is all|all good|finish|i am done|im done|neither|none|not now|not yet|maybe later|later|not sure|not sure yet|i am not sure|i m not sure|still deciding|i am still deciding|i m still deciding)$/;

/** The suggestion in view turned down by pointing at it: "nah not that one", "no, not this one thanks". */
const NOT_THAT_ONE = /^(?:(?:no|nah|nope|naw|hmm+|um+|erm)\s+)*not (?:that|this|it)(?: one)?(?:\s+(?:thanks|thank you|thx|please|pls|sorry))*$/;

/**
 * True when the answer turns the choice down: in so many words ("no thanks", "not now"), or in a first clause of its own
 * before the reason ("Neither for now, I think I need a break from children's services"): an area named in the reason
 * is what they turn from, not a pick.
 */
function turnsDown(text: string): boolean {
  return DONE_WORDS.test(normalise(text)) || turnsAllDown(text);
}

/** Weighing words said of one area: "is X better for me?", "how does X compare", "what's the difference", "X instead?". */
const WEIGHS_ONE = /\b(?:compare|compared|comparing|comparison|versus|vs|difference|differences|differ|different|side by side|better|suit me better|fit me better)\b/;

/**
 * One area named and set against the suggestion in view ("maybe long-term illness is better for me? what is the
 * difference", "how does mental health compare?"): that area, to show beside the suggestion. Null when it names none,
 * or two (a pair of its own), or does not weigh it.
 */
function comparedWithOne(kb: KnowledgeBase, text: string): SpecialisationId | null {
  const t = normalise(text);
  // A choice said beside it ("yes keep it, it suits me better than peds", "I'd rather do chronic") is the choice.
  if (!WEIGHS_ONE.test(t) || refusesComparison(t) || NAMES_PAY.test(t) || CHANGES_MIND.test(t) || KEEPS_IT.test(t)) return null;
  const named = mentionedSpecialisations(kb, text);
  return named.length === 1 ? named[0]! : null;
}

export function parseAfterChoice(kb: KnowledgeBase, text: string): AfterChoice | null {
  const t = normalise(text);
  if (deniesChoosing(text)) return { kind: 'undo' };
  // "Actually no, I think mental health": the suggestion turned down for the area named, which is the choice.
  const corrected = correctedArea(kb, text);
  if (corrected) return { kind: 'pick', id: corrected };
  // "no compare", "don't compare them": the offer turned down, as "no" does.
  if (refusesComparison(t)) return { kind: 'done' };
  const pair = parseComparison(kb, text);
  if (pair && pair[0] !== pair[1]) return { kind: 'comparePair', pair };
  const against = comparedWithOne(kb, text);
  if (against) return { kind: 'compareWith', id: against };
  if (COMPARE_WORDS.test(t) || /\bcompare\b/.test(t)) return { kind: 'compare' };
  // "Can you put it in my plan?", "add psychiatric to my roadmap": kept, the area named or the suggestion.
  if (INTO_THE_PLAN.test(t)) {
    const named = pickSpecialisation(kb, text, undefined, false);
    return named ? { kind: 'pick', id: named } : { kind: 'accept' };
  }
  // "ok yeah remember it", "yes please", "yeah not now": the answer after the words that only acknowledge.
  const core = t.replace(ACKNOWLEDGED_FIRST, '').replace(POLITE_LAST, '');
  if (turnsDown(text) || (core !== t && DONE_WORDS.test(core)) || NOT_THAT_ONE.test(t)) return { kind: 'done' };
  if (ACCEPT_WORDS.test(t) || core === '' || ACCEPT_WORDS.test(core)) return { kind: 'accept' };
  // "yes go on and save it", "ok, you can keep that one": asked to keep it, in more words.
  if (KEEP_THE_SUGGESTION.test(t) && !/\b(?:not|dont|don t|never|no)\b/.test(t) && mentionedSpecialisations(kb, text).length === 0) return { kind: 'accept' };
  // "Why geriatric as the other one?", "how come the other one is there?": why the runner-up came second, not only it.
  if (RUNNER_UP_WORDS.test(t) && ASKS_WHY_OF.test(t)) return { kind: 'whyRunnerUp', named: areaAsked(kb, text)?.id ?? null };
  if (RUNNER_UP_WORDS.test(t)) return { kind: 'runnerUp' };
  // "What's the one for kids?", "why geriatric?": a question about an area, answered by the chooser, choosing nothing.
  const day = dayAsked(kb, text);
  if (day) return day;
  const asked = areaAsked(kb, text);
  if (asked) return { kind: 'about', ...asked };
  // Only what the person chooses is a pick: "what's the one for kids?" asks about an area, it does not choose it.
  const chosen = choosingPart(text);
  const named = pickSpecialisation(kb, chosen, undefined, false);
  if (named) return { kind: 'pick', id: named };
  // What draws them, said again ("navigating treatment") answers no "Shall I remember it?": the area it points to is
  // shown beside the suggestion, and nothing saved, unless they choose it in so many words ("I'd rather do treatment").
  const drawn = pickSpecialisation(kb, chosen);
  if (!drawn) return null;
  return CHANGES_MIND.test(t) ? { kind: 'pick', id: drawn } : { kind: 'drawn', id: drawn };
}

/**
 * Helps the user choose a specialisation in two or three questions (who they want to help, what draws them, and
 * only if it is close, which of the closest appeals more), answered by button or in their own words. Recommends one
 * with the reason in the user's words, the work and training it takes and the runner-up, can compare two side by side,
 * and remembers the choice in the user's profile.
 */
export class SpecialisationDialog extends ComponentDialog<SpecialisationOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.specialisation);
    const kb = deps.kb;
    this.addDialog(
      new WaterfallDialog<SpecialisationOptions>(Ids.choose, [
        (step) => this.start(step),
        (step) => this.askDraw(step),
        (step) => this.askPick(step),
        (step) => this.recommend(step),
      ]),
    );
    // After the suggestion: asked again after each question about it, until the person chooses or leaves.
    this.addDialog(new WaterfallDialog<Values>(Ids.after, [(step) => this.askAfter(step), (step) => this.afterRecommendation(step), (step) => this.savePick(step)]));
    this.addDialog(new WaterfallDialog<SpecialisationOptions>(Ids.compare, [(step) => this.showComparison(step), (step) => this.savePick(step)]));
    this.addDialog(new WaterfallDialog<SpecialisationOptions>(Ids.torn, [(step) => this.showWeighed(step), (step) => this.tipped(step)]));
    const why = GuidedMessages.specialisation.whyAsked;
    // "kids with diabetes, can i do both?" answers who they would help, worded as a question.
    const early = { ownReply: beforeSuggestion, why, skipAs: GuidedButtons.notSure, explains: (text: string) => optionsExplained(kb, text, 'audience'), answersMayBeQuestions: (text: string) => bothAsked(kb, text) !== null };
    // Pay asked of the two areas, or plainly of the one in view (the suggestion, or the area just chosen).
    const payAsked = (text: string) => payOfAreas(kb, text) ?? payOfAnArea(kb, text) ?? combining(text);
    const pickAsked = (text: string): string | null => (asksBotsPick(text) || asksWhichIsBetter(text) ? GuidedMessages.specialisation.noPickOfMyOwn : null);
    const payOrEarly = { ownReply: (text: string) => beforeSuggestion(text) ?? payOfAnArea(kb, text), why, skipAs: GuidedButtons.notSure };
    this.addDialog(createGuidedPrompt(Ids.audiencePrompt, deps, orLeave((text) => (isNotSure(text) ? NOT_SURE : matchAreas(kb, text).length > 0 ? text : null)), early));
    // Asked to change an earlier answer, even as a question ("can I change my first answer?"), the chooser goes back.
    const backOrPayOrEarly = { ...payOrEarly, answersMayBeQuestions: goesBack, explains: (text: string) => optionsExplained(kb, text, 'draw') };
    // "Actually no, I think mental health" at the second question takes back the first answer: the area it names.
    this.addDialog(createGuidedPrompt(Ids.drawPrompt, deps, orLeaveOrBack((text) => (isNotSure(text) ? NOT_SURE : correctedArea(kb, text) !== null || matchAreas(kb, text, true).length > 0 ? text : null)), backOrPayOrEarly));
    this.addDialog(createGuidedPrompt(Ids.pickPrompt, deps, orLeaveOrBack((text) => (picksNone(text) ? GuidedButtons.notSure : (correctedArea(kb, text) ?? pickSpecialisation(kb, text)))), backOrPayOrEarly));
    // "What about the other one?" is worded as a question, but here it asks for the runner-up.
    // "Actually I'd prefer kids, can you change it?" is worded as a question, but here it changes the choice.
    // "What's the one for kids?" is a question the chooser answers itself: the area described, beside its suggestion.
    const asksForRunnerUpOrChanges = (text: string): boolean =>
      RUNNER_UP_WORDS.test(normalise(text)) || INTO_THE_PLAN.test(normalise(text)) || (CHANGES_MIND.test(normalise(text)) && pickSpecialisation(kb, text) !== null) || areaAsked(kb, text) !== null || dayAsked(kb, text) !== null || deniesChoosing(text) || comparedWithOne(kb, text) !== null;
    this.addDialog(createGuidedPrompt(Ids.afterPrompt, deps, (text) => parseAfterChoice(kb, text), { parsesComparisons: true, answersMayBeQuestions: asksForRunnerUpOrChanges, ownReply: payAsked, thanksEnds: GuidedButtons.notNow, yesWithThanks: GuidedButtons.rememberIt, saysYes: keepsIt }));
    this.addDialog(
      createGuidedPrompt(
        Ids.comparePickPrompt,
        deps,
        (text) =>
          keptInstead(kb, text) ??
          (turnsDown(text) || deniesChoosing(text) ? GuidedButtons.neither : (comparisonRequest(kb, text) ?? pickNamed(kb, choosingPart(text)) ?? placeNamed(text) ?? (COMPARE_WORDS.test(normalise(text)) ? COMPARE_THEM : null))),
        // Another pair asked for here is compared next, in place of the one on screen. Asked which one the bot would
        // pick, or which is better, it says the guide ranks none.
        { parsesComparisons: true, ownReply: (text) => payAsked(text) ?? pickAsked(text) },
      ),
    );
    // "What would tip it?" between the two weighed: one of them named, what draws them or whom they would help, or not sure.
    this.addDialog(
      createGuidedPrompt(
        Ids.tipPrompt,
        deps,
        (text) => (turnsDown(text) || deniesChoosing(text) ? GuidedButtons.neither : isNotSure(text) ? NOT_SURE : (pickNamed(kb, choosingPart(text)) ?? placeNamed(text) ?? (matchAreas(kb, text, true).length > 0 ? text : null))),
        { ownReply: (text) => payAsked(text) ?? pickAsked(text), skipAs: GuidedButtons.notSure },
      ),
    );
    this.initialDialogId = Ids.choose;
  }

  private async start(step: WaterfallStepContext<SpecialisationOptions>): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const opening = step.context.activity.text ?? '';
    const among = step.options?.among ?? [];
    if (among.length === 2) writeValues(step, { among });
    // Two areas asked side by side ("compare peds and psych"); two only named, as the ones weighed ("help me pick, I'm
    // torn between peds and psych"): those two side by side, and what would tip it.
    const pair = step.options?.compare ?? comparisonRequest(kb, opening);
    if (pair && pair[0] !== pair[1]) return step.replaceDialog(Ids.compare, { compare: pair } satisfies SpecialisationOptions);
    const weighed = among.length === 2 || step.options?.again === true ? [] : areasNamed(kb, opening);
    if (weighed.length === 2) return step.replaceDialog(Ids.torn, { among: weighed } satisfies SpecialisationOptions);
    // "Which specialisation suits someone who loves kids?" already answers the first question.
    const told = matchAreas(kb, opening);
    // What draws them said too, pointing where the people named do ("older people and their families"): suggested now.
    const drawn = matchDraws(kb, opening);
    if (told.length > 0 && among.length < 2 && drawn[0] === told[0]!.id) {
      writeValues(step, { audience: opening, draw: opening });
      return this.suggest(step, { audience: opening, draw: opening, picked: null, pickedText: null });
    }
    // Only what draws them said ("what I like is helping patients manage their condition"): kept, and who they would
    // help is all that is asked.
    if (told.length === 0 && drawn.length > 0) {
      writeValues(step, { draw: opening });
      const words = matchAreas(kb, opening, true).find((area) => area.id === drawn[0])?.spans ?? [];
      const m = GuidedMessages.specialisation;
      if (words.length > 0) await step.context.sendActivity(m.startedFromDraw(safeEcho(words.join(', '), channelOf(step.context.activity))));
      const options = [...kb.specialisations.map((spec) => AudienceButtons[spec.id]), GuidedButtons.notSure];
      return askGuided(step, Ids.audiencePrompt, m.audienceQuestion, options);
    }
    // "Which specialism fits mental health?" asks, and the guide answers it: the area suggested straight away.
    if (told.length === 1 && asksWhichFits(opening)) {
      writeValues(step, { audience: opening });
      return this.suggest(step, { audience: opening, draw: null, picked: null, pickedText: null });
    }
    if (told.length > 0) {
      writeValues(step, { audience: opening });
      // Said what it took from the message, so the next question does not seem to come from nowhere.
      const words = [...new Set(told.flatMap((area) => area.spans))].join(', ');
      await step.context.sendActivity(GuidedMessages.specialisation.startedFrom(safeEcho(words, channelOf(step.context.activity))));
      return step.next(opening);
    }
    const options = [...kb.specialisations.map((spec) => AudienceButtons[spec.id]), GuidedButtons.notSure];
    // "...suits someone who likes planning and numbers?": the guide matches no area to that, said before its question.
    if (told.length === 0 && drawn.length === 0 && saysALiking(opening)) await step.context.sendActivity(GuidedMessages.specialisation.likingNotMatched);
    return askGuided(step, Ids.audiencePrompt, GuidedMessages.specialisation.audienceQuestion, options);
  }

  private async askDraw(step: WaterfallStepContext<SpecialisationOptions>): Promise<DialogTurnResult> {
    const text = resultText(step);
    const kb = this.deps.kb;
    if (leaves(text)) return leaveEarly(step);
    if (!isNotSure(text) && matchAreas(kb, text).length === 0) return exitGracefully(step);
    writeValues(step, { audience: isNotSure(text) ? null : text });
    // "teens with mental health stuff honestly. both?": the two areas it touches named, and that the guide keeps them apart.
    const both = isNotSure(text) ? null : bothAsked(kb, text);
    if (both) await step.context.sendActivity(GuidedMessages.specialisation.bothAreas(safeEcho(both.words, channelOf(step.context.activity)), both.names[0], both.names[1]));
    // What draws them was said at the start: not asked again.
    const drawSaid = readValues(step).draw;
    if (drawSaid !== null) return step.next(drawSaid);
    // The area the answer points to is in view at the next question: "what does that involve?" is asked of it.
    const [area] = isNotSure(text) ? [] : matchAreas(kb, text);
    const inView = area ? specialisationById(kb, area.id).faqId : undefined;
    const options = [...kb.specialisations.map((spec) => DrawButtons[spec.id]), GuidedButtons.notSure];
    const question = GuidedMessages.specialisation.drawQuestion;
    return askGuided(step, Ids.drawPrompt, question, options, question, inView);
  }

  /** The third question, only when the answers leave two or more areas level. */
  private async askPick(step: WaterfallStepContext<SpecialisationOptions>): Promise<DialogTurnResult> {
    const text = resultText(step);
    const kb = this.deps.kb;
    if (goesBack(text)) return goBack(step);
    if (leaves(text)) return leaveEarly(step);
    // A correction of who they would help ("wait, not kids, older people"): the area it names is suggested.
    const corrected = correctionOf(kb, text);
    if (corrected) {
      writeValues(step, { audience: corrected.said, draw: null });
      return this.suggest(step, { audience: corrected.said, draw: null, picked: corrected.id, pickedText: null });
    }
    if (!isNotSure(text) && matchAreas(kb, text, true).length === 0) return exitGracefully(step);
    const values = readValues(step);
    const draw = isNotSure(text) ? null : text;
    writeValues(step, { draw });
    // Between two areas weighed, only those two are closest.
    const closest = closestAreas(kb, { audience: values.audience, draw }).filter((id) => values.among.length < 2 || values.among.includes(id));
    if (closest.length < 2) return step.next();
    writeValues(step, { closest });
    const titles = closest.map((id) => specialisationById(kb, id).title);
    const m = GuidedMessages.specialisation;
    const question = closest.length === 2 ? m.tiebreakQuestion(specialisationById(kb, closest[0]!).name, specialisationById(kb, closest[1]!).name) : m.openQuestion;
    return askGuided(step, Ids.pickPrompt, question, titles);
  }

  private async recommend(step: WaterfallStepContext<SpecialisationOptions>): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const values = readValues(step);
    let picked: SpecialisationId | null = null;
    if (goesBack(resultText(step))) return goBack(step);
    if (leaves(resultText(step))) return leaveEarly(step);
    // "Neither", "skip", "not sure" at the last question: nothing picked, nothing saved, and said so.
    if (values.closest.length >= 2 && picksNone(resultText(step))) {
      await step.context.sendActivity(GuidedMessages.specialisation.noneSaved);
      return step.endDialog({ specialisation: null });
    }
    if (values.closest.length >= 2) {
      // A pick outside the closest areas still counts: the user knows what they want.
      picked = correctedArea(kb, resultText(step)) ?? pickSpecialisation(kb, resultText(step), values.closest) ?? pickSpecialisation(kb, resultText(step));
      if (!picked) return exitGracefully(step);
    }
    return this.suggest(step, { audience: values.audience, draw: values.draw, picked, pickedText: picked ? resultText(step) : null });
  }

  /** The suggestion from the answers, then "Shall I remember it as your choice?". */
  private async suggest(step: WaterfallStepContext<SpecialisationOptions>, answers: SpecialisationAnswers): Promise<DialogTurnResult> {
    const rec = recommend(this.deps.kb, answers, readValues(step).among);
    // The suggestion is only a suggestion: it is saved as the choice when the person says so (afterRecommendation).
    writeValues(step, { best: rec.best.id, runnerUp: rec.runnerUp.id });
    const channel = channelOf(step.context.activity);
    await step.context.sendActivity(withChoices(channel, recommendationText(rec, channel), []));
    return step.replaceDialog(Ids.after, readValues(step));
  }

  /** "Shall I remember it as your choice?", the suggestion in view: "what does it pay?" is asked of it. */
  private askAfter(step: WaterfallStepContext<Values>): Promise<DialogTurnResult> {
    writeValues(step, ValuesSchema.parse(step.options ?? {}));
    const { best, runnerUp, pair } = readValues(step);
    if (!best) return exitGracefully(step);
    const spec = specialisationById(this.deps.kb, best);
    // The two were just shown side by side (weighed at the start, or compared): no offer to compare them again.
    const compared = runnerUp !== null && pair.includes(best) && pair.includes(runnerUp);
    const m = GuidedMessages.specialisation;
    const question = compared ? m.afterQuestionCompared(spec.name) : m.afterQuestion(spec.name);
    const options = compared ? [GuidedButtons.rememberIt, GuidedButtons.notNow] : [GuidedButtons.rememberIt, GuidedButtons.compareBoth, GuidedButtons.notNow];
    return askGuided(step, Ids.afterPrompt, question, options, question, spec.faqId);
  }

  private async afterRecommendation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const choice = parseAfterChoice(kb, resultText(step));
    if (!choice) return exitGracefully(step);
    const values = readValues(step);
    const m = GuidedMessages.specialisation;
    if (choice.kind === 'done') {
      // Thanks is no yes: "thanks!! v helpful" ends the chooser with nothing saved, said so, and one tap to keep it.
      const thanked = thanks(step.context);
      if (thanked) await step.context.sendActivity(Messages.chatInFlow.thanks);
      if (!values.best) {
        await step.context.sendActivity(m.finished);
      } else {
        const best = specialisationById(kb, values.best);
        const keep = thanked ? [rememberAction(best.name)] : [];
        await this.deps.suggestionLeft.set(step.context, true);
        await step.context.sendActivity(withChoices(channelOf(step.context.activity), `${thanked ? m.notSavedYet(best.name) : m.notSaved(best.name)} ${m.finished}`, keep));
      }
      return step.endDialog({ specialisation: null });
    }
    if (choice.kind === 'accept') {
      if (!values.best) return exitGracefully(step);
      // "perfect, thank you" takes the suggestion, thanked back.
      if (thanks(step.context)) await step.context.sendActivity(Messages.chatInFlow.thanks);
      await this.remember(step.context, values.best);
      return step.endDialog({ specialisation: values.best });
    }
    if (choice.kind === 'undo') return this.undoSuggestion(step, values);
    if (choice.kind === 'pick') {
      await this.remember(step.context, choice.id);
      return step.endDialog({ specialisation: choice.id });
    }
    if (choice.kind === 'comparePair') return this.compareAndAsk(step, choice.pair);
    if (!values.best || !values.runnerUp) return exitGracefully(step);
    // Set against the suggestion itself, the area is the one in view: said so, not compared with itself.
    if (choice.kind === 'compareWith') return choice.id === values.best ? this.describeAndAsk(step, choice.id, choice.id, values) : this.compareAndAsk(step, [values.best, choice.id]);
    if (choice.kind === 'about') return this.describeAndAsk(step, choice.id, choice.whyOf, values);
    // The suggestion's own draw said again is why it was suggested; another area's is that area, beside the suggestion.
    if (choice.kind === 'drawn') return this.describeAndAsk(step, choice.id, choice.id === values.best ? choice.id : null, values);
    if (choice.kind === 'whyRunnerUp') {
      // The area named is the one asked why of, and the reason is said when it is the runner-up.
      const asked = choice.named ?? values.runnerUp;
      return this.describeAndAsk(step, asked, asked, values);
    }
    if (choice.kind === 'day') return this.describeAndAsk(step, choice.id ?? values.best, null, values, true);
    if (choice.kind === 'runnerUp') {
      // The runner-up described on its own, then the same choice as after a comparison: which of the two to keep.
      const [best, other] = [specialisationById(kb, values.best), specialisationById(kb, values.runnerUp)];
      writeValues(step, { pair: [best.id, other.id] });
      await step.context.sendActivity(withChoices(channelOf(step.context.activity), specialisationText(other, m.runnerUpHeading(other.name)), []));
      return askGuided(step, Ids.comparePickPrompt, m.comparePick, [best.title, other.title, GuidedButtons.neither]);
    }
    return this.compareAndAsk(step, [values.best, values.runnerUp]);
  }

  /**
   * An area asked about after the suggestion ("what's the one for kids", "why geriatric?"): why the runner-up was
   * there when asked, the area described, then which of it and the suggestion to remember (nothing is saved meanwhile).
   */
  private async describeAndAsk(step: WaterfallStepContext, id: SpecialisationId, whyOf: SpecialisationId | null, values: Values, dayAsked = false): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const m = GuidedMessages.specialisation;
    const best = specialisationById(kb, values.best ?? id);
    const lines: string[] = [];
    if (whyOf !== null && whyOf === values.runnerUp) {
      const scored = (scoreAnswers(kb, { audience: values.audience, draw: values.draw }).get(whyOf) ?? 0) > 0;
      const other = specialisationById(kb, whyOf).name;
      lines.push(scored ? m.whyRunnerUp(other, best.name) : m.whyAlternative(other));
    }
    if (id === best.id) {
      // "Why psychiatric?" says why; "what does it involve day to day?" is not told the card above again: the guide
      // has no more on the area itself, and a day in it is a care manager's day, which the guide describes.
      const day = dayAsked || (whyOf !== id && ASKS_THE_DAY.test(normalise(step.context.activity.text ?? ''))) ? kb.faqById.get(DAY_FAQ_ID) : undefined;
      lines.push(whyOf === id ? m.stillSuggested(best.name) : m.allSaidAbove(best.name));
      if (day) lines.push(m.dayInGeneral);
      await step.context.sendActivity(withChoices(channelOf(step.context.activity), lines.join('\n\n'), []));
      if (day) await sendEntry(step.context, this.deps, day);
      return step.replaceDialog(Ids.after, values);
    }
    const other = specialisationById(kb, id);
    writeValues(step, { pair: [best.id, other.id] });
    const text = [...lines, specialisationText(other, m.aboutHeading(other.name))].join('\n\n');
    await step.context.sendActivity(withChoices(channelOf(step.context.activity), text, []));
    return askGuided(step, Ids.comparePickPrompt, m.keepOrSwitch(best.name, other.name), [best.title, other.title, GuidedButtons.neither]);
  }

  /** The two areas weighed side by side, then what would tip it. */
  private async showWeighed(step: WaterfallStepContext<SpecialisationOptions>): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const among = step.options?.among ?? [];
    if (among.length !== 2) return exitGracefully(step);
    const [a, b] = [specialisationById(kb, among[0]!), specialisationById(kb, among[1]!)];
    writeValues(step, { among: [a.id, b.id], pair: [a.id, b.id] });
    const m = GuidedMessages.specialisation;
    await step.context.sendActivity(m.weighing(a.name, b.name));
    await step.context.sendActivity(comparisonActivity(a, b));
    return askGuided(step, Ids.tipPrompt, m.whatTipsIt, [a.title, b.title, GuidedButtons.notSure], m.whatTipsItShort);
  }

  /**
   * What would tip it: an area named is the choice, remembered; whom they would help or what draws them is a suggestion
   * between the two (the other as the runner-up); not sure, the chooser's questions, kept to the two.
   */
  private async tipped(step: WaterfallStepContext<SpecialisationOptions>): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const text = resultText(step);
    const values = readValues(step);
    const m = GuidedMessages.specialisation;
    if (text === GuidedButtons.neither || turnsDown(text) || deniesChoosing(text)) {
      await step.context.sendActivity(`${m.keptNone} ${m.finished}`);
      return step.endDialog({ specialisation: null });
    }
    if (isNotSure(text) || asksToSkip(text)) {
      await step.context.sendActivity(m.thenAsk);
      return step.replaceDialog(Ids.choose, { among: values.among } satisfies SpecialisationOptions);
    }
    const place = placeNamed(text);
    const named = pickNamed(kb, choosingPart(text)) ?? (place === null ? null : (values.pair[place] ?? null));
    if (named) {
      await this.remember(step.context, named);
      return step.endDialog({ specialisation: named });
    }
    // The words read for the two only, then against what the guide says each is ("the family side": children and
    // their families); words that fit neither are the person's, and the suggestion follows them.
    const within = pickSpecialisation(kb, text, values.among) ?? closerByDescription(kb, text, values.among);
    if (!within && matchAreas(kb, text, true).length === 0) return exitGracefully(step);
    if (!within) writeValues(step, { among: [] });
    writeValues(step, { audience: text, draw: text });
    return this.suggest(step, { audience: text, draw: text, picked: within, pickedText: null, ...(within ? { tippedText: text } : {}) });
  }

  private async showComparison(step: WaterfallStepContext<SpecialisationOptions>): Promise<DialogTurnResult> {
    const pair = step.options?.compare;
    if (!pair) return exitGracefully(step);
    return this.compareAndAsk(step, pair);
  }

  /** Sends the side-by-side card and asks which of the two to remember. */
  private async compareAndAsk(step: WaterfallStepContext, pair: readonly [SpecialisationId, SpecialisationId]): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const [a, b] = [specialisationById(kb, pair[0]), specialisationById(kb, pair[1])];
    writeValues(step, { pair: [a.id, b.id] });
    await step.context.sendActivity(comparisonActivity(a, b));
    // Both areas stay in view for a question asked instead of picking ("which has more jobs?").
    for (const area of [a, b]) await rememberAnswered(step.context, this.deps, area.faqId);
    return askGuided(step, Ids.comparePickPrompt, GuidedMessages.specialisation.comparePick, [a.title, b.title, GuidedButtons.neither]);
  }

  private async savePick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const kb = this.deps.kb;
    const text = resultText(step);
    const m = GuidedMessages.specialisation;
    // "Neither, please remember the chronic one": neither of the two shown, and the one asked for kept.
    const instead = keptInstead(kb, text);
    if (instead) {
      await this.remember(step.context, instead);
      return step.endDialog({ specialisation: instead });
    }
    // "Compare both" with the two on screen (the suggestion and the area just described): side by side.
    const onScreen = readValues(step).pair;
    if (COMPARE_WORDS.test(normalise(text)) && onScreen.length === 2) return step.replaceDialog(Ids.compare, { compare: [onScreen[0]!, onScreen[1]!] } satisfies SpecialisationOptions);
    // "I never picked that, I just asked" after an area described: nothing was changed, and it is said so.
    if (turnsDown(text) || deniesChoosing(text)) {
      await step.context.sendActivity(`${m.keptNone} ${m.finished}`);
      return step.endDialog({ specialisation: null });
    }
    // "... but never mind, I'll stick with the chronic one": the choice said last, not the comparison given up on.
    const settled = settledOn(kb, text);
    if (settled) {
      await this.remember(step.context, settled);
      return step.endDialog({ specialisation: settled });
    }
    const another = comparisonRequest(kb, text);
    if (another) return step.replaceDialog(Ids.compare, { compare: another } satisfies SpecialisationOptions);
    const pair = readValues(step).pair;
    // After a comparison only a named area is a pick (see pickNamed), or its place ("the first one"); after the
    // questions, what draws them counts too.
    const place = placeNamed(text);
    const byPlace = place === null ? undefined : pair[place];
    const chosen = choosingPart(text);
    const id = pair.length === 2 ? (pickSpecialisation(kb, chosen, pair, false) ?? pickNamed(kb, chosen) ?? byPlace ?? null) : pickSpecialisation(kb, chosen);
    if (!id) return exitGracefully(step);
    await this.remember(step.context, id);
    return step.endDialog({ specialisation: id });
  }

  /** "Wait, I didn't choose that": the suggestion was never saved, and the choice made before it (if any) stays. */
  private async undoSuggestion(step: WaterfallStepContext, values: Values): Promise<DialogTurnResult> {
    const m = GuidedMessages.specialisation;
    const kb = this.deps.kb;
    const before = (await this.deps.profile.get(step.context))?.specialisation ?? null;
    const taken = values.best ? specialisationById(kb, values.best).name : null;
    const kept = before ? m.undoneKept(specialisationById(kb, before).name) : m.undoneNone;
    await step.context.sendActivity(taken ? `${m.undone(taken)} ${kept}` : kept);
    return step.endDialog({ specialisation: before });
  }

  private async remember(context: TurnContext, id: SpecialisationId): Promise<void> {
    const spec = specialisationById(this.deps.kb, id);
    await updateProfile(context, this.deps, { specialisation: id });
    // The area kept is what "it" means next ("Ask me anything about it").
    await rememberAnswered(context, this.deps, spec.faqId);
    const m = GuidedMessages.specialisation;
    await context.sendActivity(`${m.remembered(spec.name)} ${m.finished}`);
  }
}

/** A yes or a request to keep the suggestion, said with thanks: "yes remember it! thanks", "save that one, cheers". */
const KEEPS_IT =
  /^(?:(?:ok|okay|oh|great|perfect|cool|awesome|brilliant|lovely)\s+)*(?:yes|yeah|yep|yup|sure|yes please)\b|\b(?:remember|save|keep|store|note down) (?:it|that|this|that one|this one|the suggestion)\b/;

/** True when thanks after the suggestion comes with a yes to keeping it; thanks alone is no yes. */
function keepsIt(text: string): boolean {
  return KEEPS_IT.test(normalise(text));
}

/** Asking for the two on screen side by side, read by the prompt after an area is described. */
const COMPARE_THEM = 'compare';

/** Keeping an area asked for in so many words: "remember the chronic one", "save pediatric", "go with mental health". */
const KEEP_ASKED = /\b(?:remember|save|keep|store|go with|go for|pick|choose|i ll take|i will take|prefer|rather)\b/;

/**
 * The area asked to be kept after the two shown were turned down ("neither, please remember the chronic one"); null
 * when the message turns both down with no other area asked for ("neither for now, I need a break from kids").
 */
function keptInstead(kb: KnowledgeBase, text: string): SpecialisationId | null {
  if (!turnsDown(text) && !turnsAllDown(clausesOf(text)[0] ?? '')) return null;
  const rest = clausesOf(text).slice(1).join(', ');
  return rest !== '' && KEEP_ASKED.test(normalise(rest)) ? pickNamed(kb, rest) : null;
}

/** Settling on an area in so many words: "i'll stick with the chronic one", "never mind, go with peds", "keep geriatric". */
const SETTLES = /\b(?:stick with|stick to|stay with|settle on|settle for|go with|go for|i ll take|i will take|keep)\b/;
const NOT_SETTLED = /\b(?:not|dont|don t|do not|never|shouldn t|shouldnt)\b/;

/**
 * The area a clause settles on ("i meant vs the mental health one but never mind, i'll stick with the chronic disease
 * one"): the last such clause naming one area wins over a comparison asked before it; null when none does.
 */
function settledOn(kb: KnowledgeBase, text: string): SpecialisationId | null {
  for (const clause of [...clausesOf(text)].reverse()) {
    const said = normalise(clause);
    if (!SETTLES.test(said) || NOT_SETTLED.test(said)) continue;
    const named = mentionedSpecialisations(kb, clause);
    if (named.length === 1) return named[0]!;
  }
  return null;
}

/** An answer to "which sounds closest?" that picks none: "neither", "none of them", "not sure", "skip". */
function picksNone(text: string): boolean {
  return isNotSure(text) || turnsAllDown(text) || normalise(text) === normalise(GuidedButtons.notSure);
}

/** "Remember it" after the chooser has ended: sends the words the root reads as keeping that area (choiceKept). */
function rememberAction(name: string): CardAction {
  const title = GuidedButtons.rememberIt;
  return { type: ActionTypes.MessageBack, title, text: GuidedButtons.rememberPhrase(name), displayText: title, value: undefined };
}

/** Asking for an area to be kept as the choice: "ok remember geriatric as my choice", "save pediatric please". */
const REMEMBER_AREA = /^(?:(?:ok|okay|yes|yeah|yep|then|so|please|can you|could you|just|actually)\s+)*(?:remember|save|keep|store|record|note down)\b/;
/** Asking whether the choice was kept: "did you save it or not?", "is that saved?", "what is my choice now?". */
const ASKS_SAVED =
  /\b(?:did|have|has) (?:you|it|that) (?:(?:actually|really) )?(?:save|saved|remember|remembered|keep|kept|store|stored|record|recorded|note|noted)\b|\b(?:is|was) (?:it|that|my choice) (?:saved|remembered|stored|kept)\b|\bwhat (?:is|s) (?:saved as )?my (?:choice|specialty|speciality|area)\b/;

/**
 * The reply to an area asked to be kept outside the chooser ("ok remember geriatric as my choice": kept, and said so)
 * or to whether one is kept ("did you save it or not?": which, or none); null when the message asks neither. `save`
 * keeps the area in the profile.
 */
export function choiceKept(kb: KnowledgeBase, text: string, saved: SpecialisationId | null, suggestionLeft = false): { reply: string; save: SpecialisationId | null; toPlan?: boolean } | null {
  const said = normalise(text);
  const named = mentionedSpecialisations(kb, text);
  const m = GuidedMessages.specialisation;
  // Right after the suggestion was turned down, an area said as a choice ("the old ppl one", "ok geriatric then") is it.
  const pickedAfter = suggestionLeft ? areaChosenAlone(kb, text) : null;
  if (pickedAfter) return { reply: `${m.remembered(specialisationById(kb, pickedAfter).name)} ${m.finished}`, save: pickedAfter };
  // "Psychiatric is not in the plan. please add it", "add pediatric to my roadmap": kept, and the plan shown with it.
  const toPlan = INTO_THE_PLAN.test(said) || (MISSING_FROM_PLAN.test(said) && ADD_IT.test(said));
  if ((REMEMBER_AREA.test(said) || toPlan) && named.length === 1) {
    // "How do I get chronic disease into the plan?" with it already kept: said so, and the plan shown with it.
    const remembered = (toPlan && saved === named[0] ? m.alreadyInPlan : m.remembered)(specialisationById(kb, named[0]!).name);
    return { reply: toPlan ? remembered : `${remembered} ${m.finished}`, save: named[0]!, toPlan };
  }
  if (!ASKS_SAVED.test(said)) return null;
  return { reply: saved ? m.savedNow(specialisationById(kb, saved).name) : m.undoneNone, save: null };
}

/** Words around an area said as a choice: "ok", "then", "I guess", "the ... one". */
const CHOICE_FILLER = /\b(?:ok|okay|hmm+|um+|well|then|so|maybe|actually|i|guess|think|d|say|the|that|one|please|pls|instead|after all|yes|yeah|sure|go with|i ll take|take|pick)\b/g;

/**
 * The one area a short message says as a choice and nothing more ("the old ppl one", "ok geriatric then", "mental
 * health I guess"); null for a question, a turning down, or other words beside it.
 */
function areaChosenAlone(kb: KnowledgeBase, text: string): SpecialisationId | null {
  if (text.includes('?') || /\b(?:not|no|nah|dont|don t|never|neither)\b/.test(normalise(text))) return null;
  const named = matchAreas(kb, text);
  if (named.length !== 1) return null;
  // Beside the fillers, no more words than the area's own (a word more for a spelling of its own: "old ppl").
  const rest = normalise(text).replace(CHOICE_FILLER, ' ').split(/\s+/).filter(Boolean);
  const own = Math.max(...named[0]!.spans.map((span) => span.split(/\s+/).length));
  return rest.length <= own + 1 ? named[0]!.id : null;
}

/** A clause asking which area fits: "which specialism fits that?", "what area would suit someone who loves kids". */
const WHICH_FITS = /^(?:(?:so|and|but|ok|okay|then|hmm|um|just)\s+)*(?:which|what)\b/;
/** The person themselves in the question: "which would suit me" asks for help choosing, which the chooser gives. */
const OF_THE_PERSON = /\b(?:me|i|my|myself)\b/;

/**
 * True when a message asks which area fits the interest it names ("ok. I'm really into mental health, which specialism
 * fits that?", "which specialisation suits someone who loves kids"), not which suits the person ("which specialty would
 * suit me?") nor for help choosing ("help me pick one, I like kids"): the chooser asks its questions for those.
 */
function asksWhichFits(text: string): boolean {
  return clausesOf(text).some((clause) => clauseActOf(clause) === 'asks' && WHICH_FITS.test(normalise(clause)) && !OF_THE_PERSON.test(normalise(clause)));
}

/** A day in the work asked: "what does it involve day to day", "what would I do all day", "what is a typical day". */
const ASKS_THE_DAY = /\b(?:day to day|daily|all day|typical day|a day|every day|everyday|on a day|involve|involves|do they do|would i do|will i do|is it like)\b/;
/** The guide's entry on a care manager's day. */
const DAY_FAQ_ID = 'daily-duties';
/** Words of a question about the area's pay, study or entry, which the guide answers: not a day in the work. */
const ASKS_AN_ASPECT = /\b(?:pay|pays|paid|salary|money|earn|earns|wage|degree|study|course|courses|training|certif\w*|qualif\w*|license|licence|how long|years|stress\w*|hours)\b/;

/**
 * A day in the work asked after the suggestion ("so what would I actually do all day in geriatric care", "what's it
 * like day to day?"): of the area it names, or (naming none) of the one in view; null when it asks something else.
 */
function dayAsked(kb: KnowledgeBase, text: string): { kind: 'day'; id: SpecialisationId | null } | null {
  const said = normalise(text);
  if (!ASKS_THE_DAY.test(said) || ASKS_AN_ASPECT.test(said) || !(text.includes('?') || /^(?:(?:so|and|but|ok|okay|hmm|um)\s+)*(?:what|how|tell me)\b/.test(said))) return null;
  const areas = matchAreas(kb, text);
  return areas.length <= 1 ? { kind: 'day', id: areas[0]?.id ?? null } : null;
}

/** The place of the area an answer points at among the two on screen: 0 for "the first one", 1 for "the second". */
function placeNamed(text: string): 0 | 1 | null {
  const t = normalise(text);
  if (FIRST_WORDS.test(t)) return 0;
  return SECOND_WORDS.test(t) ? 1 : null;
}

/** "Done" before a suggestion: the chooser ends, saying how to come back to it. */
/** Back to the first question to change an answer; what the message names is read as that answer (start). */
async function goBack(step: WaterfallStepContext): Promise<DialogTurnResult> {
  await step.context.sendActivity(GuidedMessages.specialisation.goingBack);
  return step.replaceDialog(Ids.choose, { again: true } satisfies SpecialisationOptions);
}

async function leaveEarly(step: WaterfallStepContext): Promise<DialogTurnResult> {
  await step.context.sendActivity(GuidedMessages.specialisation.leftEarly);
  return step.endDialog({ specialisation: null });
}

/** Asking what options mean or how they differ: "what's the difference between ...", "what does that mean". */
const ASKS_MEANING = /\b(?:difference|differences|differ|vs|versus|mean|means|meant|meaning|explain|involve|involves|what is|what s|what are|what do|what does|which is|tell me)\b/;
/** The words that name each option of the chooser's second question ("Working with family", "Navigating treatment"). */
const DRAW_OPTION_WORDS: Readonly<Record<SpecialisationId, RegExp>> = Object.freeze({
  geriatric: /\bfamil(?:y|ies)\b/,
  pediatric: /\bschools?\b/,
  psychiatric: /\btreatments?\b/,
  'chronic-disease': /\bconditions?\b/,
});

/**
 * The chooser's own answer to what its options mean ("what's the difference between working with family and navigating
 * treatment?"): a line for each option the message names, from the guide's description of the area it points to; null
 * when the message does not ask what options mean or names none.
 */
function optionsExplained(kb: KnowledgeBase, text: string, question: 'audience' | 'draw'): Explanation | null {
  // The clauses that ask what options mean name them: "long-term illness is close to home. what is chronic disease
  // management?" answers the question and asks of the area by its name.
  const said = clausesOf(text)
    .map((clause) => normalise(clause))
    .filter((clause) => ASKS_MEANING.test(clause))
    .join(' ');
  if (said === '') return null;
  const m = GuidedMessages.specialisation;
  // At the first question only an option's own words ("long-term illness") ask what it means: an area asked by its
  // name ("what's psychiatric care management") is a question for the guide.
  // Or by their place among the buttons ("the second one and the third one"), which list the areas in the guide's order.
  const places = optionPlaces(said);
  const named = kb.specialisations.filter(
    (spec, index) => places.has(index + 1) || (question === 'draw' ? DRAW_OPTION_WORDS[spec.id].test(said) : said.includes(normalise(AudienceButtons[spec.id]))),
  );
  if (named.length === 0) return null;
  const lines = named.map((spec) => (question === 'draw' ? m.drawMeans(DrawButtons[spec.id], spec.work, spec.name) : m.audienceMeans(AudienceButtons[spec.id], spec.serves, spec.name)));
  return { reply: lines.join('\n\n'), options: named.map((spec) => (question === 'draw' ? DrawButtons[spec.id] : AudienceButtons[spec.id])) };
}

/** An option named by its place: "the second one", "the 3rd", "4th option", "option 2"; not "what is it first". */
const OPTION_PLACE =
  /\b(?:the (first|second|third|fourth|1st|2nd|3rd|4th)|(first|second|third|fourth|1st|2nd|3rd|4th) (?:one|option|choice|button)s?|(?:option|number|choice) (\d))\b/g;

/** The places (from 1) of the options a clause names by their place. */
function optionPlaces(said: string): Set<number> {
  return new Set([...said.matchAll(OPTION_PLACE)].flatMap((found) => readNumber(found[1] ?? found[2] ?? found[3] ?? '') ?? []));
}

/** The area an answer names by its name, title or keywords (not by what draws people to it); null if none or several. */
function pickNamed(kb: KnowledgeBase, text: string): SpecialisationId | null {
  return pickSpecialisation(kb, text, undefined, false);
}

export function createSpecialisationDialog(deps: DialogDeps): SpecialisationDialog {
  return new SpecialisationDialog(deps);
}
