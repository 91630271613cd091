import type { Activity, TurnContext } from 'botbuilder';
import type { DialogTurnResult, PromptOptions, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { TextPrompt } from '../dialogClasses';
import { channelOf, type Channel } from '../rendering/core/cards';
import type { DialogDeps } from '../deps';
import { gaveUpActivity, questionActivity, shownForOf } from '../rendering/guided/guidedCards';
import { GuidedMessages } from '../rendering/guided/guidedMessages';
import { isSharedMeaning, respond, type Outcome } from '../respond';
import type { ChatAct } from '../understanding/core/conversation';
import { turnMeaning, understandTurn, type Meaning, type Situation } from '../understanding/core/pipeline';
import { asksSomething, clauseActOf, clauseAsks, clausesOf } from '../understanding/core/clauses';
import { guideAskedOfAPlace } from '../understanding/questions/guideOfAPlace';
import { looksLikeQuestion, normalise, readNumber } from '../understanding/core/textMatch';

/** At most this many re-prompts in a row; the next answer that cannot be placed ends the flow gracefully. */
export const MAX_REPROMPTS = 2;

/** Reads an answer; null when it cannot be placed. */
export type AnswerParser<T> = (text: string) => T | null;

const MISSES = 'guidedMisses';

function missesIn(state: object): number {
  return MISSES in state && typeof state[MISSES] === 'number' ? state[MISSES] : 0;
}

export interface GuidedPromptOptions {
  /** The parser reads comparisons itself (the specialisation flow's "compare the two?" question). */
  parsesComparisons?: boolean;
  /**
   * Answers may be worded as questions ("what would I earn as a director?"), so the parser goes first: always, or for
   * the texts the function accepts.
   */
  answersMayBeQuestions?: boolean | ((text: string) => boolean);
  /**
   * The flow's own reply to a message about its question that is not an answer ("what did you suggest?" before the
   * chooser has suggested anything), or null: sent, then the question asked again.
   */
  ownReply?: (text: string) => string | null;
  /**
   * The flow's own answer to a question about its options ("what's the difference between working with family and
   * navigating treatment?"), or null: read before the message could count as an answer, sent, then the question again.
   */
  explains?: (text: string) => Explanation | null;
  /** Why the flow asks this question, sent when asked ("why do you need to know that?"), then the question again. */
  why?: string;
  /**
   * The answer that ends the flow ("Done"), taken from thanks said at this question ("fine. thanks I guess", "great,
   * cheers"): the person has what they came for.
   */
  thanksEnds?: string;
  /**
   * The answer thanks with a yes gives ("yes please, cheers"), when it differs from `thanksEnds`: thanks alone is no
   * yes to "Shall I remember it?".
   */
  yesWithThanks?: string;
  /** Whether thanks comes with a yes in words the act reader does not hear as one ("remember it, thanks"). */
  saysYes?: (text: string) => boolean;
  /** The answer a request to skip the question gives ("can we skip this question?"): the option for not being sure. */
  skipAs?: string;
  /** How to give a number past the options as an answer in words ("5 years"), said with "there's no option 5". */
  numberInWords?: (n: number) => string;
}

/** The bare number typed ("5") when it is past the options shown (four), else null. */
function numberBeyondTheOptions(meaning: Meaning, count: number): number | null {
  return meaning.kind === 'number' && count > 0 && meaning.value > count ? meaning.value : null;
}

/** The flow's answer to what its options mean, and the options it explained. */
export interface Explanation {
  reply: string;
  /** The options explained, as their buttons say them: one alone is what "that one" next picks. */
  options: readonly string[];
}

/** Where the prompt keeps that it has asked its question again after something said beside it (see saidAside). */
const REMINDED = 'guidedReminded';

function remindedIn(state: object): boolean {
  return REMINDED in state && state[REMINDED] === true;
}

/**
 * Talk that reacts to the question itself ("ok", "what?", "say that again", "this isn't helping", "hello?"): the
 * question always comes back after it.
 */
const REACTS_TO_THE_QUESTION: ReadonlySet<ChatAct> = new Set(['ack', 'yes', 'no', 'again', 'confused', 'complaint', 'sorry', 'greeting', 'howAreYou']);

/**
 * True when a message answered in the middle of a guided question was said beside it: a question for the guide, a
 * comparison, thanks, a question to the bot, a remark. Asking the question again after each of those nags.
 */
export function saidAside(meaning: Meaning): boolean {
  return meaning.kind !== 'chat' || meaning.acts.some((act) => !REACTS_TO_THE_QUESTION.has(act));
}

/** Where the option explained last is kept in the prompt's state, for "ok that one" on the next turn. */
const EXPLAINED = 'guidedExplained';

function explainedIn(state: object): string | null {
  return EXPLAINED in state && typeof state[EXPLAINED] === 'string' ? state[EXPLAINED] : null;
}

/** Pointing back at the option just explained: "ok that one", "that sounds like me", "yes that then". */
const POINTS_BACK =
  /^(?:(?:ok|okay|yes|yeah|yep|sure|right|then|so|fine|alright|oh)\s+)*(?:that|this|that one|this one|the one|go with that(?: one)?|i ll take that(?: one)?|that sounds (?:good|right|like me)|sounds (?:good|like me))(?:\s+(?:one|then|please|thanks))*$/;

/**
 * Asking to skip the question: "can we skip this question?", "pass on this one", "skip pls", "can we skip", "next
 * question", "I'd rather not say".
 */
const SKIPS =
  /\b(?:skip|pass on) (?:this|that|it|the question|this question|this one|that one)\b|^(?:(?:hmm+|um+|erm|ok|okay|oh|so|well|just)\s+)*(?:(?:can|could) (?:we|i|u|you) (?:just )?|let s |lets |i ll |i will )?(?:pass|skip)(?:\s+(?:pls|plz|please|for now|thanks|thx|ty))*$|\bnext question\b|\b(?:rather|prefer) not (?:to )?(?:say|answer)\b/;

/** True when the message asks to skip the question: a guided question that takes skips reads it as its answer. */
export function asksToSkip(text: string): boolean {
  return SKIPS.test(normalise(text));
}

/**
 * A first clause that turns every option down or puts the question off: "neither", "none of those", "not for now",
 * "nothing yet", "no aim really".
 */
const ALL_TURNED_DOWN =
  /^(?:(?:no|nah|nope|ok|okay|hmm+|um+|erm|honestly|actually|well|so|oh)\s+)*(?:neither|none|neither one|neither of (?:them|those|these|the two)|none of (?:them|those|these|the above|the options|the three)|not now|not yet|not for now|not right now|maybe later|nothing|nothing yet|nothing in particular|no aim|no goal|no preference)(?: (?:for now|right now|at the moment|just now|yet|really|thanks|thank you|i think|tbh|honestly|to be honest|sorry))*$/;

/**
 * True when the answer turns every option down, in so many words or in a first clause of its own before the reason
 * ("Neither for now, I think I need a break from children's services"): nothing is chosen, whatever the reason names.
 * A question after it ("neither. so you dont know the pay?") is the question's own to answer, not a reason.
 */
export function turnsAllDown(text: string): boolean {
  const [first, ...rest] = clausesOf(text);
  return first !== undefined && ALL_TURNED_DOWN.test(normalise(first)) && rest.every((clause) => clauseActOf(clause) !== 'asks');
}

/** The clauses after the first: the reason given for turning the options down, or what is wanted instead. */
export function afterTurningDown(text: string): string {
  return clausesOf(text).slice(1).join(', ');
}

/** Acts that close: thanks, saying it helped, praise, and the "ok" or "fine" around them. */
const CLOSING: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise', 'ack', 'yes']);
const THANKING: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise']);

/** True when this turn's message thanks ("done, thanks", "cheers"): a flow ending on it thanks back first. */
export function thanks(context: TurnContext): boolean {
  const said = turnMeaning(context);
  return said?.kind === 'chat' && said.acts.some((act) => THANKING.has(act));
}

/** True when a message only thanks (with an "ok" or "fine" around it). */
function onlyThanks(meaning: Meaning): boolean {
  return meaning.kind === 'chat' && meaning.acts.every((act) => CLOSING.has(act)) && meaning.acts.some((act) => THANKING.has(act));
}

/** Asking why the flow asks: "why do you need to know that?", "what's that got to do with it?", "why does it matter". */
const ASKS_WHY =
  /\b(?:why (?:do|would|does|did|should) (?:you|u|it|that|this) (?:need|want|ask|care|matter|have to know)|why (?:are|r) (?:you|u) asking|why (?:ask|asking)(?: (?:me|that|this))?$|what (?:do|would) (?:you|u) need (?:that|this|it|to know that) for|what (?:is|s) (?:that|this|it) (?:for|got to do with (?:it|anything))|what does (?:that|this|it) (?:matter|change)|why (?:is|s) (?:that|this) (?:needed|important|relevant|necessary)|does (?:that|this|it) (?:matter|make a difference))\b/;

/** The flow's own reply to why it asks, when the question says and the message asks. */
function whyReply(options: GuidedPromptOptions, text: string): string | null {
  return options.why !== undefined && ASKS_WHY.test(normalise(text)) ? options.why : null;
}

/**
 * A question answered by a button or in the user's own words. The prompt ends when `parse` can place the answer.
 * A message that interrupts instead (a comparison, small talk, a question for the guide, even one the parser could
 * misread, like "do I need a degree?") is answered and the question asked again, briefly; anything else is re-prompted
 * with the options, at most MAX_REPROMPTS times in a row. After that the prompt ends anyway and the next waterfall
 * step, finding nothing it can parse, ends the flow with `exitGracefully`.
 */
export function createGuidedPrompt<T>(id: string, deps: DialogDeps, parse: AnswerParser<T>, options: GuidedPromptOptions = {}): GuidedPrompt {
  const mayBeQuestion = (text: string): boolean =>
    typeof options.answersMayBeQuestions === 'function' ? options.answersMayBeQuestions(text) : options.answersMayBeQuestions === true;
  const reads = (text: string): boolean => parse(text) !== null || (options.skipAs !== undefined && asksToSkip(text));
  return new GuidedPrompt(id, reads, mayBeQuestion, (text) => options.ownReply?.(text) ?? null, async (prompt: PromptValidatorContext<string>) => {
    // A button from an earlier question (another flow's, or a step card of the walk) is out of date here: said so,
    // and this question asked again. It does not count as a miss.
    const shownFor = shownForOf(prompt.context.activity.value);
    if (shownFor !== undefined && shownFor !== id) {
      await prompt.context.sendActivity(GuidedMessages.staleButton);
      await resend(prompt, backPrompt(prompt.options) ?? prompt.options.prompt);
      return false;
    }
    const text = (prompt.recognized.value ?? '').trim();
    // "Ok that one" after one option was explained: that option.
    const pointedAt = explainedIn(prompt.state);
    Reflect.deleteProperty(prompt.state, EXPLAINED);
    if (pointedAt !== null && POINTS_BACK.test(normalise(text)) && parse(pointedAt) !== null) {
      prompt.recognized.value = pointedAt;
      return true;
    }
    const meaning = understandTurn(prompt.context, deps.kb, undefined, IN_A_FLOW);
    // A bare number past the options ("5" of four) was meant for another list: never read as an answer ("5" as 5 years).
    const beyond = numberBeyondTheOptions(meaning, choicesOf(prompt.options).length);
    if (beyond !== null) {
      await prompt.context.sendActivity(GuidedMessages.numberNotOffered(beyond, choicesOf(prompt.options).length, options.numberInWords?.(beyond)));
      await resend(prompt, backPrompt(prompt.options) ?? prompt.options.prompt);
      return false;
    }
    const parsed = text ? parse(text) !== null : false;
    if (options.thanksEnds !== undefined && onlyThanks(meaning)) {
      const saysYes = (meaning.kind === 'chat' && meaning.acts.includes('yes')) || options.saysYes?.(text) === true;
      prompt.recognized.value = saysYes && options.yesWithThanks !== undefined ? options.yesWithThanks : options.thanksEnds;
      return true;
    }
    if (options.skipAs !== undefined && !parsed && asksToSkip(text)) {
      prompt.recognized.value = options.skipAs;
      return true;
    }
    const asksToCompare = meaning.kind === 'compare';
    // "What about psychiatric vs chronic disease?" is worded as a question but is an answer here.
    if (parsed && asksToCompare && options.parsesComparisons) return true;
    const comparison = asksToCompare && !options.parsesComparisons;
    const question = !mayBeQuestion(text) && meaning.kind === 'question' && asksOfItsOwn(text) && guideAnswers(deps, meaning.text);
    // "Why does that matter?" asks about the question, whatever word of it an answer could be read in ("matter" as "master").
    const why = whyReply(options, text);
    // "What's the difference between working with family and navigating treatment?" names two options, picks neither.
    const explained = options.explains !== undefined && asksOfItsOwn(text) ? options.explains(text) : null;
    if (parsed && !comparison && !question && why === null && explained === null) return true;
    if (explained !== null && explained.options.length === 1) Object.assign(prompt.state, { [EXPLAINED]: explained.options[0] });
    const own = why ?? explained?.reply ?? (parsed ? null : (options.ownReply?.(text) ?? null));
    if (own !== null) {
      await prompt.context.sendActivity(own);
      await resend(prompt, backPrompt(prompt.options) ?? prompt.options.prompt);
      return false;
    }
    // A number typed for an option, or its place said ("the second one"): the option with that place in the list shown,
    // whatever numbers its buttons carried (shown again after an answer, they go on from the answer's), or the numbers on
    // offer.
    const choices = choicesOf(prompt.options);
    const place = meaning.kind === 'number' ? meaning.value : placeSaid(text, choices.length);
    if (place !== null && choices.length > 0) {
      const picked = choices[place - 1];
      if (picked !== undefined && parse(picked) !== null) {
        prompt.recognized.value = picked;
        return true;
      }
      await prompt.context.sendActivity(GuidedMessages.numberNotOffered(place, choices.length));
      await resend(prompt, backPrompt(prompt.options) ?? prompt.options.prompt);
      return false;
    }
    const outcome = await interject(prompt, deps, meaning, text, inViewOf(prompt.options));
    if (outcome === 'answered') {
      // After something said beside the question (another question, thanks, a question to the bot), the question comes
      // back once; a second such message has moved on, and is answered without it (the buttons shown still answer).
      const aside = saidAside(meaning);
      if (!aside || !remindedIn(prompt.state)) await resend(prompt, backPrompt(prompt.options) ?? prompt.options.prompt);
      if (aside) Object.assign(prompt.state, { [REMINDED]: true });
      return false;
    }
    if (parsed) return true;
    const misses = missesIn(prompt.state);
    if (misses >= MAX_REPROMPTS) return true;
    Object.assign(prompt.state, { [MISSES]: misses + 1 });
    // After an honest "not covered" reply the question itself is the clearest re-prompt.
    const again = outcome === 'notCovered' ? (backPrompt(prompt.options) ?? prompt.options.prompt) : (prompt.options.retryPrompt ?? prompt.options.prompt);
    await resend(prompt, again);
    return false;
  });
}

/**
 * A guided question that can say whether it reads a message as its answer, so the turn router lets it read its own
 * answers first ("where do I start?" at the roadmap's aim question is an answer, not a request for the walk).
 */
export class GuidedPrompt extends TextPrompt {
  constructor(
    id: string,
    private readonly reads: (text: string) => boolean,
    private readonly readsQuestions: (text: string) => boolean,
    private readonly ownReplyTo: (text: string) => string | null,
    validator: (prompt: PromptValidatorContext<string>) => Promise<boolean>,
  ) {
    super(id, validator);
  }

  /**
   * The flow's own reply to a question about what it shows (pay asked of the areas on screen), or null: kept for the
   * question after an offer turned down ("neither. so you dont know the pay?"), which the flow answers best.
   */
  replyOf(text: string): string | null {
    const said = text.trim();
    return said === '' ? null : this.ownReplyTo(said);
  }

  /**
   * True when the text is an answer this question can place; with `asRequest`, only when the question also takes
   * answers worded as requests or questions ("what should I do first?"), which would otherwise start another flow.
   */
  readsAsAnswer(text: string, asRequest = false): boolean {
    const said = text.trim();
    return said !== '' && this.reads(said) && (!asRequest || this.readsQuestions(said));
  }
}

/** Where a guided question's messages arrive, when the router did not say (a flow run on its own). */
const IN_A_FLOW: Situation = Object.freeze({ place: 'flow', flow: null });

/**
 * A message that is not an answer to the question: conversation, a comparison or a question for the guide is
 * answered (the shared handlers, as at the root); anything else ("blue") is left to the re-prompt.
 */
async function interject(prompt: PromptValidatorContext<string>, deps: DialogDeps, meaning: Meaning, text: string, inView: string | undefined): Promise<Outcome | 'none'> {
  if (!isSharedMeaning(meaning)) return 'none';
  // A word on the guide as a whole ("this is all very American tbh") asks nothing, but is answered as at the root.
  if (meaning.kind === 'question' && meaning.acts.length === 0 && !asksSomething(text) && !guideAskedOfAPlace(text, deps.kb)) return 'none';
  if (meaning.kind === 'empty') return 'none';
  return respond(prompt.context, deps, meaning, { inFlow: true, ...(inView ? { inView } : {}) });
}

/** Asking to be told about something, in a clause of its own: "tell me chronic disease management please", "explain that one". */
const TELL_ME = /^(?:(?:ok|okay|so|and|but|please|pls|just|now|first|can you|could you|would you)\s+)*(?:tell me|explain|describe)\b/;

/** True when a clause asks to be told about something: an option named so is asked about, not picked. */
function asksToBeTold(text: string): boolean {
  return clausesOf(text).some((clause) => TELL_ME.test(normalise(clause)));
}

/**
 * True when a message is worded as a question beyond its question marks, or asks to be told: "what does geriatric
 * involve?" asks, but "not sure, maybe mental health? or teens" answers, tentatively, and "5 years?" too.
 */
function asksOfItsOwn(text: string): boolean {
  if (asksToBeTold(text)) return true;
  if (!text.includes('?')) return looksLikeQuestion(text);
  return clausesOf(text).some((clause) => {
    const unmarked = clause.replace(/\?+/g, ' ').trim();
    const goesOn = clause.includes('?') && GOES_ON_ASKING.test(normalise(unmarked));
    return unmarked !== '' && (looksLikeQuestion(unmarked) || clauseAsks(unmarked) || goesOn);
  });
}

/** A question going on from the one before, by its opening words: "and psychiatric?", "like diabetes and stuff?". */
const GOES_ON_ASKING = /^(?:and|also|so|but|plus|what about|how about|like|same for|or what about|as in|meaning)\b/;

/** True when the guide has a confident answer to the text (nothing is sent). */
export function guideAnswers(deps: DialogDeps, text: string): boolean {
  return text !== '' && deps.engine.answer(text).kind === 'answer';
}

/** The short way to ask the question again after an interjection, kept in the prompt options' `validations`. */
function backPrompt(options: PromptOptions): Partial<Activity> | undefined {
  const validations: unknown = options.validations;
  if (typeof validations !== 'object' || validations === null || !('back' in validations)) return undefined;
  const back: unknown = validations.back;
  return typeof back === 'object' && back !== null ? { ...back } : undefined;
}

/** The options of a guided question in the order shown, kept in the prompt options' `validations`. */
function choicesOf(options: PromptOptions): readonly string[] {
  const validations: unknown = options.validations;
  if (typeof validations !== 'object' || validations === null || !('choices' in validations)) return [];
  const choices: unknown = validations.choices;
  return Array.isArray(choices) ? choices.filter((choice): choice is string => typeof choice === 'string') : [];
}

/** A place in a list said in words: "the second one", "first option", "I'll take the last one"; null otherwise. */
const PLACE_SAID =
  /^(?:(?:ok|okay|um+|erm|hmm+|so|yes|yeah|maybe)\s+)*(?:(?:i will|i ll|i would|i d|let us|lets|let s)?\s*(?:take|go with|pick|choose|have|like)\s+)?(?:the\s+)?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last|top|bottom)(?:\s+(?:one|option|choice|answer|button))?(?:\s+(?:please|thanks|thank you))?$/;

function placeSaid(text: string, count: number): number | null {
  const word = PLACE_SAID.exec(normalise(text))?.[1];
  if (word === undefined) return null;
  if (word === 'last' || word === 'bottom') return count;
  return word === 'top' ? 1 : readNumber(word);
}

/** The entry in view at a guided question (the area just chosen), kept in the prompt options' `validations`. */
function inViewOf(options: PromptOptions): string | undefined {
  const validations: unknown = options.validations;
  if (typeof validations !== 'object' || validations === null || !('inView' in validations)) return undefined;
  return typeof validations.inView === 'string' ? validations.inView : undefined;
}

/**
 * Set in the turn while the question is held back to be asked last (TurnRouter.answerThenAsk: the answer to it, then a
 * question said beside it): the question is not asked again after the reply to that question.
 */
export const QUESTION_HELD = Symbol('guidedQuestionHeld');

async function resend(prompt: PromptValidatorContext<string>, activity: string | Partial<Activity> | undefined): Promise<void> {
  if (activity !== undefined && prompt.context.turnState.get(QUESTION_HELD) !== true) await prompt.context.sendActivity(activity);
}

/**
 * Prompt options for a guided question: the question, the re-prompt with the options, the short way back to it, and
 * the entry in view there, if any (what "that" means in a question asked meanwhile).
 */
export function guidedPromptOptions(channel: Channel, prompt: Partial<Activity>, shortQuestion: string, options: readonly string[], shownFor?: string, inView?: string): PromptOptions {
  return {
    prompt,
    retryPrompt: questionActivity(channel, GuidedMessages.reprompt(shortQuestion), options, shownFor),
    validations: { back: questionActivity(channel, GuidedMessages.backToQuestion(shortQuestion), options, shownFor), choices: [...options], ...(inView ? { inView } : {}) },
  };
}

/**
 * Asks a guided question: the options as buttons, and a re-prompt that repeats them (with `shortQuestion`, when the
 * question comes with a long lead-in that should not be repeated); `inView`, the entry a question asked there is about
 * when it says "that" (the area just chosen).
 */
export async function askGuided(
  step: WaterfallStepContext,
  promptId: string,
  question: string,
  options: readonly string[],
  shortQuestion: string = question,
  inView?: string,
): Promise<DialogTurnResult> {
  const channel = channelOf(step.context.activity);
  return step.prompt(promptId, guidedPromptOptions(channel, questionActivity(channel, question, options, promptId), shortQuestion, options, promptId, inView));
}

/** The way out after too many answers that could not be placed: say so, offer the menu, end the flow. */
export async function exitGracefully(step: WaterfallStepContext, text?: string): Promise<DialogTurnResult> {
  await step.context.sendActivity(gaveUpActivity(channelOf(step.context.activity), text));
  return step.endDialog({ gaveUp: true });
}
