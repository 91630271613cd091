/**
 * One understanding pipeline for every message, at the root and inside every guided flow: an ordered list of
 * interpreters that each read the same message and return the same kind of result (a Meaning). The first that
 * recognises the message decides; the last one makes it a question for the guide. Handlers act on the Meaning
 * (turnRouter.ts at the root, respond.ts for the replies shared with the flows, the flows for their own answers).
 *
 * The result is computed once per turn and kept on the turn, so the router, a flow's question and the walk read the
 * message the same way.
 */
import { toldBeforeItsEnd } from '../talk/tellingEnded';
import { asksPay } from '../../../knowledge/aspects';
import type { TurnContext } from 'botbuilder';
import { weighingAsked } from '../../../knowledge/comparison';
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { GuidedButtons } from '../../rendering/guided/guidedMessages';
import { ButtonTitles } from '../../rendering/core/messages';
import { CHAT_ACTS, claimToCheck, correctsTheAnswer, meaningAskedFor, missedPart, missedWhether, readChat, remarkMayGo, saysItMissed, saysWhatWasMeant, withPlainRequest, type ChatAct, type ChatContext, type ChatReading } from './conversation';
import { actModel, sureAct } from './actModel';
import { commonWordsSpelled, inPlainWords } from './plainQuestion';
import { askedDespiteALack, askedOfTheCareer, subjectAskedAcrossAStory } from '../person/storyLeans';
import { namesASkill } from '../questions/skillNamed';
import { peopleOfTheWorkAsked } from '../questions/peopleOfTheWorkAsked';
import { askedOfTheThingSaid, askingPart, asksSomething, CLAUSE_BREAK, clauseActOf, clauseAsks, clausesOf, questionAmongTelling, readClauses, requests, sentencesOf, statesAWish, weighedWithThan, withoutDenied, withoutHowMuch, withoutLeadIn, withoutOpeningTalk, withoutReasonGiven, withoutWhoSaidIt } from './clauses';
import { readAboutYou, saysWhereTheyStand } from '../person/aboutYou';
import { englishPartOf, otherLanguageOf } from './language';
import { guideAskedOfAPlace } from '../questions/guideOfAPlace';
import { asksIfWorthIt, remarkOf, withoutInterjections, worriesAboutATopic } from '../talk/remarks';
import { tellsOfOwnLife } from '../talk/smallTalkOfLife';
import { discouragementOf } from '../talk/discouraged';
import { askedForSomeoneElse } from '../person/financeOrSomeoneElse';
import { saysNoOnly } from '../talk/noSaid';
import { asksAfterTelling, hoursLeftBehind } from '../talk/askedAfterLeaving';
import { stepsAskedAfterStory } from '../person/stepsAfterStory';
import { asksWhyGetIt } from '../inView/worthAsked';
import { recogniseCommand, recogniseFlow, recogniseFollowUp, recogniseNoneOfThese, saysTheWayIn, type Command, type FlowIntent, type FlowName } from './intents';
import { comparisonRequest, weighedPair } from '../questions/specialisationMatch';
import { correctionMeaning } from '../talk/correctionAsked';
import { parseStepCommand, type StepCommand } from './stepNavigation';
import { namesOwnQuestion } from '../talk/repairAsked';
import { normalise, phraseFinder, readNumber } from './textMatch';
import { payCausedInView } from '../inView/notGivenInView';
import { groupAction, isGroup, plainWords, type Place } from './vocabulary';

/** What one message means, in the place it arrived. */
export type Meaning =
  /** help, menu, cancel, a fresh start. */
  | { kind: 'command'; command: Command }
  /** "start over" inside a guided flow other than the walk: that flow from its first question. */
  | { kind: 'restartFlow' }
  /** Start a guided flow (the walk at a step, when one is named). */
  | { kind: 'flow'; intent: FlowIntent }
  /** A move in the career steps walk. */
  | { kind: 'navigate'; command: StepCommand }
  /** Two specialisations side by side. */
  | { kind: 'compare'; pair: [SpecialisationId, SpecialisationId] }
  /** "tell me more": more on the last answer. */
  | { kind: 'followUp' }
  /** "none of these" typed. */
  | { kind: 'noneOfThese' }
  /** Conversation, not a question: thanks, a complaint, asking for a person ... (conversation.ts). */
  | { kind: 'chat'; acts: readonly ChatAct[] }
  /** A bare number with no list to pick from. */
  | { kind: 'number'; value: number }
  /** A guided button's words ("Compare both", "Not sure yet") when no question asks for them. */
  | { kind: 'staleChoice' }
  /** Written in another language (its ISO 639-1 code, "und" when unknown): the bot says it only understands English. */
  | { kind: 'otherLanguage'; language: string }
  /**
   * A question for the guide, with any acts said before it ("thanks! and how long does it take?"); `language` when the
   * message is in another language and `text` is the English it mixes in ("y el salario al principio? entry level");
   * `missed` when the message says the last answer left out the part asked now ("u missed the stress bit mate");
   * `toldAgain` when it says again what the person told of themselves, which the last answer did not use ("i said im
   * already in 2nd yr"): `text` is what they told, and the answer in view's question is asked again with it.
   */
  | { kind: 'question'; text: string; acts: readonly ChatAct[]; language?: string; missed?: true; toldAgain?: true; opinion?: 'pick' | 'view' }
  /** A yes or a no asked for, on the answer in view and naming nothing else ("yes or no?", "you not answer me yes or no :("). */
  | { kind: 'yesOrNo'; acts: readonly ChatAct[] }
  | { kind: 'empty' };

/** Where the message arrived: the place, and the guided flow in progress. */
export interface Situation {
  place: Place;
  flow: FlowName | null;
}

export const AT_ROOT: Situation = Object.freeze({ place: 'root', flow: null });

/** The hours care managers work, asked in the guide's words (talk38). */
const HOURS_ASKED = 'What hours do care managers work?';

/** One message, read once: as typed, and normalised. */
export interface Message {
  raw: string;
  text: string;
}

export type Interpreter = (message: Message, situation: Situation, kb: KnowledgeBase) => Meaning | null;

/** Guided button titles that only answer a guided question; typed or clicked later, nothing asks for them. */
const GUIDED_ONLY_TITLES: ReadonlySet<string> = new Set(
  [GuidedButtons.compareBoth, GuidedButtons.notSure, GuidedButtons.fromStepOne, GuidedButtons.neither].map((title) => normalise(title)),
);
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** help, menu, cancel and "start over", with the walk's own stop and restart left to the walk. */
function commands(message: Message, situation: Situation): Meaning | null {
  const steering = groupAction(message.text, situation.place);
  if (steering?.action === 'restartFlow') return { kind: 'restartFlow' };
  if (situation.place === 'walk' && (steering?.action === 'stop' || steering?.action === 'restart')) return null;
  // "let's stop there" ends a flow as cancel does (at the root it is a goodbye, read by the conversation reader).
  if (steering?.action === 'cancel') return { kind: 'command', command: 'cancel' };
  const command = recogniseCommand(message.raw);
  return command ? { kind: 'command', command } : null;
}

/**
 * Steps: in the walk every move; elsewhere "next", "continue" or "where was I" bring the walk back, and a message
 * that names a step ("what's step 5", "skip to the certification step") opens the walk there. "go on" with no walk
 * running is more on the last answer.
 */
function navigation(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  if (situation.place === 'walk') {
    const command = parseStepCommand(message.raw, kb.steps);
    return command ? { kind: 'navigate', command } : null;
  }
  const steering = groupAction(message.text, situation.place);
  if (steering?.action === 'walk') return { kind: 'flow', intent: { flow: 'careerSteps' } };
  if (steering?.action === 'resumeWalk') return { kind: 'flow', intent: { flow: 'careerSteps', resume: true } };
  if (steering?.action === 'followUp') return { kind: 'followUp' };
  // "number 4" with no walk running names no step: a bare number ("step 4" opens the walk there).
  if (BARE_NUMBERED.test(message.text)) return null;
  const named = parseStepCommand(message.raw, kb.steps, true);
  if (named?.kind === 'goto') return { kind: 'flow', intent: { flow: 'careerSteps', step: named.step } };
  return null;
}

/** "number 4", "no. 2": a number said as a number. */
const BARE_NUMBERED = /^(?:number|no|num|nr) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/;

function flows(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  // Two areas weighed, with no flow running ("torn between peds and psych"): the chooser, which sets them side by side
  // and asks what would tip it (it reads the two from the message).
  const intent =
    recogniseFlow(message.raw) ??
    (situation.place === 'root' && weighedPair(kb, message.raw) ? ({ flow: 'specialisation' } as const) : stepsAskedAfterStory(message.raw) ? ({ flow: 'careerSteps' } as const) : null);
  // "pay at each level for nurses" asks about another job: the guide's question reader declines it, not the ladder.
  // "will pay go up because of that?" asks whether the thing in view raises pay, not the ladder (inView/notGivenInView.ts).
  if (intent?.flow === 'salaryLadder' && (mentionsAny(kb.lexicon.otherOccupations, message.raw) || payCausedInView(message.raw))) return null;
  if (intent?.flow !== 'careerSteps') return intent ? { kind: 'flow', intent } : null;
  // The step asked for with the walk is carried over: "show me career steps, step 9" opens it at step 9.
  const step = stepNamedIn(message.raw, kb);
  return { kind: 'flow', intent: step === null ? intent : { ...intent, step } };
}

/** "step 9", "the certification step" said in one clause of a longer message (the walk asked for in another). */
function stepNamedIn(raw: string, kb: KnowledgeBase): number | null {
  for (const clause of clausesOf(raw)) {
    const said = STEP_SAID.exec(normalise(clause))?.[0] ?? clause;
    const named = parseStepCommand(said, kb.steps, true);
    if (named?.kind === 'goto') return named.step;
  }
  return null;
}

/** A step named by its number inside a clause: "career steps from step 9", "the walk at step four". */
const STEP_SAID = /\b(?:step|stage) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/;

function comparisons(message: Message, _situation: Situation, kb: KnowledgeBase): Meaning | null {
  // Their pay weighed ("geriatric vs pediatric - pay difference?") is a question: the guide gives pay by level only.
  const pair = asksPay(message.text) ? null : comparisonRequest(kb, message.raw);
  return pair ? { kind: 'compare', pair } : null;
}

/** The lexicon's lists ("care plan", "salary", "ccm"; "nurse", "lawyer"), each read once into a finder. */
const findersOf = new WeakMap<readonly string[], (text: string) => boolean>();

/** True when a text names a subject of the guide (typos forgiven in longer words): it is then never just conversation. */
export function namesTopic(kb: KnowledgeBase, text: string): boolean {
  // The skills the lexicon knows by no name people give them ("cultural competency") are subjects too.
  return mentionsAny(kb.lexicon.topicWords, text) || namesASkill(text);
}

/** True when a text contains one of the phrases (a list of the knowledge base's lexicon, read into words once). */
function mentionsAny(phrases: readonly string[], text: string): boolean {
  let finder = findersOf.get(phrases);
  if (!finder) {
    finder = phraseFinder(phrases);
    findersOf.set(phrases, finder);
  }
  return finder(text);
}

/** Each knowledge base's entries as people name them in a few words: titles and short alternates ("working hours"). */
const entryNamesOf = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
/** The most words an entry's name may have to be read as naming it when typed alone. */
const MAX_ENTRY_NAME_WORDS = 3;

/** True when a text is, whole, an entry's name ("working hours" after "nope, not helpful."): what was wanted. */
function namesAnEntry(kb: KnowledgeBase, text: string): boolean {
  let names = entryNamesOf.get(kb);
  if (!names) {
    const named = kb.faqs.flatMap((entry) => [entry.title, ...entry.alternates]).map(normalise);
    names = new Set(named.filter((name) => name !== '' && name.split(' ').length <= MAX_ENTRY_NAME_WORDS));
    entryNamesOf.set(kb, names);
  }
  return names.has(normalise(text).replace(/^(?:the|a|an|your) /, ''));
}

/** What the conversation reader is told of the guide: a remark that names a subject of it, or an entry, is a question. */
function chatContext(kb: KnowledgeBase): ChatContext {
  return { namesTopic: (text) => namesTopic(kb, text) || namesAnEntry(kb, text), introduces: (text) => saysWhereTheyStand(readAboutYou(text, kb)) };
}

/** Each message's conversation, read once: the conversation reader and then the question reader both need it. */
const chatReadings = new WeakMap<Message, ChatReading>();

function chatOf(message: Message, kb: KnowledgeBase): ChatReading {
  let reading = chatReadings.get(message);
  if (!reading) {
    reading = readChat(message.raw, chatContext(kb));
    chatReadings.set(message, reading);
  }
  return reading;
}

/**
 * A question put to the bot about itself, in its own words: "are you chatgpt underneath?", "are you just making it
 * up", "is this AI or a person typing". Worded to "you" (or to this chat as a bot) about what it is or how it answers,
 * and naming no subject of the guide; asking it for something ("are you able to ...") is not about it.
 */
const TO_THE_BOT =
  /^(?:(?:so|and|but|ok|okay|hey|wait|hmm|honestly|seriously|be honest)\s+)*(?:(?:are|were) you|is (?:this|it|that) (?:just |really |actually )?(?:like|similar to|the same as|based on|built on|powered by|running on|using) (?:a |an )?(?:chatgpt|chat gpt|gpt|openai|ai|a i|bot|chatbot|chat bot|robot|siri|alexa)(?= or |$)|is (?:this|it|that) (?:just |really |actually )?(?:a |an )?(?:bot|chatbot|chat bot|ai|a i|robot|machine|computer|program|person|human|real|automated|chatgpt|gpt)|(?:do|did) you (?:just |really |actually )?(?:make (?:it|that|this|these|them|things|stuff) up|invent|guess|copy|google))\b/;
const ASKS_FOR_A_SERVICE = /\b(?:are|were) you (?:\w+ )?(?:able|allowed|going|gonna|willing|available|free)\b/;
const MAX_BOT_QUESTION_WORDS = 12;

function questionToTheBot(message: Message, kb: KnowledgeBase): boolean {
  const text = plainWords(message.text);
  if (text.split(' ').length > MAX_BOT_QUESTION_WORDS || !TO_THE_BOT.test(text) || ASKS_FOR_A_SERVICE.test(text)) return false;
  return !namesTopic(kb, message.raw);
}

/** A message with a complaint in it or in one of its clauses ("so discouraging, useless bot"): the complaint's (talk38). */
function complainsToo(message: Message, kb: KnowledgeBase): boolean {
  return [message.raw, ...clausesOf(message.raw)].some((part) => chatOf({ raw: part, text: normalise(part) }, kb).acts.includes('complaint'));
}

/** Acts said as sounds around a remark ("ugh", "meh"): with a remark, the message is the remark. */
const AROUND_A_REMARK: ReadonlySet<ChatAct> = new Set(['complaint']);

/** Conversation in context: follow-ups, "none of these", thanks, complaints, a bare number, a stale button. */
function conversation(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  if (recogniseNoneOfThese(message.raw)) return { kind: 'noneOfThese' };
  if (recogniseFollowUp(message.raw)) return { kind: 'followUp' };
  if (GUIDED_ONLY_TITLES.has(message.text)) return { kind: 'staleChoice' };
  const said = BARE_NUMBERED.exec(message.text)?.[1] ?? message.text;
  if (/^\d{1,4}$/.test(said) || NUMBER_WORD.test(said)) {
    const value = readNumber(said);
    if (value !== null) return { kind: 'number', value };
  }
  const chat = chatOf(message, kb);
  // A sound of frustration around a remark is the remark's: "ugh so many exams" judges the work, not the answer
  // ("this is way too much text" still complains: its words, not a sound, are the complaint).
  const aroundARemark =
    chat.acts.length > 0 && chat.acts.every((act) => AROUND_A_REMARK.has(act)) && readChat(withoutInterjections(message.raw), chatContext(kb)).acts.length === 0;
  // "ugh. honestly I just want to sleep at night again haha": small talk of their life, no complaint (smallTalkOfLife.ts).
  if (tellsOfOwnLife(message.raw)) return { kind: 'chat', acts: chat.acts.some((act) => act !== 'complaint') ? chat.acts.filter((act) => act !== 'complaint') : ['remark'] };
  if (chat.acts.length > 0 && !chat.rest && !aroundARemark) return { kind: 'chat', acts: chat.acts };
  // One clause only: in a longer message each clause is read on its own (actsInClauses), so "are you kidding, that's it?" asks.
  if (chat.acts.length === 0 && !CLAUSE_BREAK.test(message.raw) && questionToTheBot(message, kb)) return { kind: 'chat', acts: ['aboutSource'] };
  // A remark that asks nothing: "sounds boring tbh", "that's not much money", "i'm scared i won't be good enough".
  const remark = chat.acts.length === 0 || aroundARemark ? remarkOf(message.raw, (text) => namesTopic(kb, text), situation.place !== 'root') : null;
  if (remark) return { kind: 'chat', acts: [remark] };
  return aroundARemark && !chat.rest ? { kind: 'chat', acts: chat.acts } : null;
}

/**
 * Conversation said in clauses, in whatever order: "that's a massive range, that doesn't tell me anything" is a
 * complaint with a remark before it; "where do your answers come from? are you just making it up" two questions
 * about the bot. Every clause is conversation, or a remark that asks nothing and names nothing of the career, and at
 * least one is conversation.
 */
function actsInClauses(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  // Words in quotes are mentioned, not said ("translate 'good morning, how are you' to tagalog").
  if (!CLAUSE_BREAK.test(message.raw) || QUOTES.test(message.raw)) return null;
  const clauses = clausesOf(message.raw);
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES) return null;
  const acts: ChatAct[] = [];
  let remarks = false;
  let echoed = false;
  let introduced = false;
  for (const clause of clauses) {
    const part: Message = { raw: clause, text: normalise(clause) };
    const chat = chatOf(part, kb);
    let remark: ReturnType<typeof remarkOf> = null;
    if (chat.acts.length > 0 && !chat.rest) acts.push(...chat.acts);
    // "that doesn't quite answer whether I can skip, but thanks": the answer said to miss, whatever it names, complains.
    else if (saysItMissed(clause)) acts.push('complaint');
    else if (questionToTheBot(part, kb)) acts.push('aboutSource');
    else if ((remark = remarkOf(clause, (text) => namesTopic(kb, text), situation.place !== 'root'))) acts.push(remark);
    else if (ECHOED_FIGURE.test(clause.trim())) echoed = true;
    // "40k?? thats nothing. why would anyone bother": whether it is worth it, after doubt, is the doubt said again.
    else if (acts.some((act) => DOUBTING.has(act)) && asksIfWorthIt(clause)) continue;
    else if (clauseAsks(clause) || namesTopic(kb, clause) || namesAnEntry(kb, clause) || OPENS_A_QUESTION.test(part.text) || saysWhatWasMeant(clause)) return null;
    // A request ("thanks! now show me the steps") is no remark.
    else if (requests(clause) || interpret(clause, situation, kb, INTERPRETERS, part)) return null;
    else {
      remarks = true;
      introduced ||= saysWhereTheyStand(readAboutYou(clause, kb));
    }
  }
  // "hi, I'm a barista and thinking about care work": a greeting with where the person stands is an introduction.
  if (introduced && acts.every((act) => GREETING_ACTS.has(act))) return null;
  // A remark goes with thanks, an apology, a rating, a goodbye, a complaint or asking for a person, not with "ok":
  // "right. and for someone just starting out" asks about someone starting out.
  // A figure said back goes with doubt of it ("40k? seriously?"), as a remark does with the acts above.
  const remarked = remarks || (echoed && !acts.every((act) => DOUBTING.has(act)));
  return acts.length > 0 && (!remarked || remarkMayGo(acts)) ? { kind: 'chat', acts } : null;
}

/** Acts said on arriving, which an introduction may follow. */
const GREETING_ACTS: ReadonlySet<ChatAct> = new Set(['greeting', 'howAreYou']);

/** Remarks that doubt the answer or judge the career, which "why would anyone bother" after them only says again. */
const DOUBTING: ReadonlySet<ChatAct> = new Set(['doubtsAnswer', 'judgesCareer']);

/** Acts that close a conversation or a thread of it: thanks, a rating, praise, a goodbye. */
const CLOSING_ACTS: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise', 'bye']);
/** The most clauses a message that tells and then thanks is read in. */
const MAX_CLOSED_CLAUSES = 6;

/**
 * Thanks after what the person tells, asking nothing: "a degree, right. so my office job doesnt help there. ok thank
 * you, this was useful". The message closes on its last clauses, which are all conversation and thank, rate or say
 * goodbye; every clause before them tells (clauses.ts), whatever it names of the career (it sums up what was read). The
 * reply answers the thanks, not the words told before it as a question for the guide.
 */
function closedAfterTelling(message: Message, kb: KnowledgeBase): Meaning | null {
  if (!CLAUSE_BREAK.test(message.raw) || message.raw.includes('?') || QUOTES.test(message.raw)) return null;
  const clauses = clausesOf(message.raw);
  if (clauses.length < 2 || clauses.length > MAX_CLOSED_CLAUSES) return null;
  let at = clauses.length;
  const closing: ChatAct[] = [];
  while (at > 0) {
    const clause = clauses[at - 1]!;
    const chat = chatOf({ raw: clause, text: normalise(clause) }, kb);
    if (chat.acts.length === 0 || chat.rest) break;
    closing.unshift(...chat.acts);
    at--;
  }
  // Every clause conversation is read as such (conversation(), learnedMeaning()).
  if (at === clauses.length || at === 0 || !closing.some((act) => CLOSING_ACTS.has(act))) return null;
  const told = clauses.slice(0, at);
  return told.every((clause) => clauseActOf(clause) === 'tells' && !saysWhatWasMeant(clause)) ? { kind: 'chat', acts: closing } : null;
}

/**
 * Told, then thanks and a goodbye ("healthcare assistant sounds doable. thanks, gonna call my aunt!"): the person is
 * leaving, whatever the learned model makes of what they told first.
 */
function leftAfterTelling(message: Message, kb: KnowledgeBase): Meaning | null {
  const closed = closedAfterTelling(message, kb);
  return closed?.kind === 'chat' && closed.acts.includes('bye') ? closed : null;
}

/** A figure said back in disbelief ("6 to 8 years??", "$40k?!"): a reaction to the answer, not a question of its own. */
const ECHOED_FIGURE = /^(?:only |just |like )?[$\u00a3\u20ac]?\d[\d,.]*\s*(?:k|%)?(?:\s*(?:-|to|or)\s*[$\u00a3\u20ac]?\d[\d,.]*\s*(?:k|%)?)?(?:\s+(?:years?|yrs?|months?|weeks?|hours?|dollars|pounds|grand|a year|per year))?\s*(?:\?\s*){1,}!*$/i;
/** A quotation mark opening quoted words. */
const QUOTES = /(?:^|\s)['"\u2018\u201c]/;
/** A clause that opens as a question does, with no question word: "and for someone just starting out". */
const OPENS_A_QUESTION = /^(?:and|but|also|so|or|what about|how about|for|if)\b/;

const MAX_CLAUSES = 4;
/** The most words a command or "more on that" takes ("could you go into a bit more detail on that please"). */
const MAX_REQUEST_WORDS = 12;

/**
 * "No" in a clause of its own in the walk, beside more: stops it as a move does ("no, never mind", "no, that's it" are
 * then read whole). Alone, "no" is an answer the walk reads against what it asked (careerStepsDialog.ts).
 */
function noBesideAMove(part: Message): Meaning | null {
  return isGroup(part.text, 'no') ? { kind: 'navigate', command: { kind: 'stop' } } : null;
}

/**
 * A request said with a remark around it: "Please stop, I don't want to carry on with this", "How does this work?
 * I've never used one of these before", "Could you elaborate on that? I'd like to understand it better". One clause
 * is a command or "more on that", and every other clause is conversation or a remark that asks nothing and names
 * nothing of the career; a clause that asks or names a subject makes the message a question.
 */
function requestInClauses(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  if (!CLAUSE_BREAK.test(message.raw)) return null;
  const byClause = clausesOf(message.raw);
  // A start told in fragments before the way asked ("ICU RN, 6 years, BSN. ... whats the fastest route"): read by sentence.
  const clauses = byClause.length > MAX_CLAUSES ? sentencesOf(message.raw) : byClause;
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES) return null;
  // The request first (requests are short): most messages have none, and the other clauses are then not read.
  let request: Meaning | null = null;
  let at = -1;
  for (const [index, clause] of clauses.entries()) {
    const part: Message = { raw: clause, text: normalise(clause) };
    if (part.text.split(' ').length > MAX_REQUEST_WORDS) continue;
    // In the walk its own moves are requests too: "stop there, she's asleep anyway lol" stops the walk.
    const steering =
      commands(part, situation) ?? (situation.place === 'walk' ? (navigation(part, situation, kb) ?? noBesideAMove(part)) : null) ?? (recogniseFollowUp(clause) ? { kind: 'followUp' as const } : null) ?? flows(part, situation, kb);
    if (!steering) continue;
    // Leaving one flow for another ("stop. is there the ladder thing ..."): the flow asked for, which ends the first.
    if (request && steering.kind === 'flow' && leaves(request)) request = null;
    else if (request && request.kind === 'flow' && leaves(steering)) continue;
    if (request) return null;
    request = steering;
    at = index;
  }
  if (!request) return null;
  const remarksOnly = clauses.every((clause, index) => {
    if (index === at) return true;
    // Before a flow asked for outright ("please show pay levels"), what the person tells of themselves is theirs to use
    // ("working in hospital kitchen"), not a question; "..., where do i start" still asks it of their own case.
    if (request.kind === 'flow' && asksOutright(clauses[at]!) && clauseActOf(clause) === 'tells') return true;
    // Beside the roadmap or the steps, the aim said or the way in asked ("get into care management as fast as I can",
    // "fastest way in?") is what they answer.
    if (request.kind === 'flow' && LEADS_IN.has(request.intent.flow) && saysTheWayIn(clause)) return true;
    // Before the way in asked ("whats the fastest route"), what they tell of where they stand is the roadmap's to use.
    if (request.kind === 'flow' && request.intent.flow === 'roadmap' && saysTheWayIn(clauses[at]!) && clauseActOf(clause) === 'tells') return true;
    // In the walk, a step asked for beside what the person tells of themselves ("I've already got the degree and the
    // experience, can we jump to step 5?"): the telling is why they skip, not a question.
    if (request.kind === 'navigate' && request.command.kind === 'goto' && clauseActOf(clause) === 'tells' && OF_ONESELF.test(normalise(clause).replace(/^(?:i ve|ive|i m|im|i d|id)\b/, 'i'))) return true;
    const chat = chatOf({ raw: clause, text: normalise(clause) }, kb);
    return (chat.acts.length > 0 && !chat.rest) || POINTS_AT_THE_REQUEST.test(normalise(clause)) || !(asksSomething(clause) || namesTopic(kb, clause));
  });
  if (!remarksOnly) return null;
  // The walk, with its step in a clause of its own ("show me career steps, step 9"): the walk at that step.
  if (request.kind !== 'flow' || request.intent.flow !== 'careerSteps' || request.intent.step !== undefined) return request;
  const step = stepNamedIn(message.raw, kb);
  return step === null ? request : { kind: 'flow', intent: { ...request.intent, step } };
}

/** The flows that answer the way into the career. */
const LEADS_IN: ReadonlySet<FlowName> = new Set(['roadmap', 'careerSteps']);
/** The most words a flow named with nothing else takes ("roadmap pls", "the career steps please"). */
const MAX_NAMED_FLOW_WORDS = 4;

/** A flow asked for outright: worded as a request, or named in a few words with nothing else ("roadmap pls"). */
function asksOutright(clause: string): boolean {
  return clauseActOf(clause) === 'requests' || (normalise(clause).split(' ').length <= MAX_NAMED_FLOW_WORDS && !clauseAsks(clause));
}

/** A request that only leaves what is running: "stop", "cancel". */
function leaves(meaning: Meaning): boolean {
  return (meaning.kind === 'navigate' && meaning.command.kind === 'stop') || (meaning.kind === 'command' && meaning.command === 'cancel');
}

/** An answer word or a hesitation before a request, with no mark between them: "nah start again", "no take me through the steps". */
const ANSWER_FIRST = /^(?:(?:no|nah|nope|naw|yes|yeah|yep|yea|ok|okay|alright|right|well|hmm+|actually|um+|erm+|oh)\s+)+/;

/**
 * A request after an answer word ("nah start again"): the request, as "nah, start again" already was. Only a request
 * of a command, a move or a flow; not help ("no help at all" complains).
 */
function requestAfterAnswer(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  const rest = message.text.replace(ANSWER_FIRST, '');
  if (rest === message.text || rest === '') return null;
  const part: Message = { raw: rest, text: rest };
  const request = commands(part, situation) ?? navigation(part, situation, kb) ?? flows(part, situation, kb);
  return request && !(request.kind === 'command' && request.command === 'help') ? request : null;
}

/** A clause that only says the request again, pointing at it: "what are the options? show them". */
const POINTS_AT_THE_REQUEST =
  /^(?:please |pls |go on |ok |okay )?(?:show|list|give|tell|send)(?: (?:me|us))?(?: (?:them|those|these|it|that|all|all of them))?(?: please| pls| then)?$|^(?:(?:ok|okay|yes|yeah|so|then|alright|right|well)\s+)*(?:(?:let us|let|can we|could we|shall we|i would like to|i will) (?:try|do|start|have|give|go with|take)|i would like|i will take)(?: (?:it|that|this|that one|this one|one))?(?: (?:a go|a try|a shot))?(?: (?:then|now|please|again|after all|instead))*$/;

/**
 * Letters typed for words, as people text: "y" for why where a question opens ("y tho", "so y get one"; not "gen y"),
 * "n" for and ("n the pay?", "pay n hours?"; a lone "n" is no question), "r" and "wat": the follow-up readers know the
 * words, not these ("u" stays: the engine reads "do u get paid" as asked of the work, "do you get paid" of the bot).
 * Read so only in what is already a question for the guide.
 */
const LETTER_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=^\s*|\b(?:so|but|and|n|ok|okay|then|hmm|oh|well)\s+)y(?=$|[\s?!,])/gi, 'why'],
  [/(?<=^|\s)n(?=\s+[a-z])/gi, 'and'],
  [/(?<=^|\s)r(?=\s+[a-z])/gi, 'are'],
  [/(?<=^|\s)(?:wat|wot|wut)(?=$|[\s?!,])/gi, 'what'],
  [/(?<=^|\s)(?:wats|wots|wuts)(?=$|[\s?!,])/gi, 'whats'],
];

/** The question with the letters people type for words spelled out ("n the pay?" is "and the pay?"). */
export function spelledOut(question: string): string {
  let text = question;
  for (const [letter, word] of LETTER_WORDS) text = text.replace(letter, word);
  return text;
}

/** Everything else is a question for the guide; acts said before it are acknowledged first. */
function questions(message: Message, situation: Situation, kb: KnowledgeBase): Meaning {
  const chat = chatOf(message, kb);
  // Acts the conversation reader knows ("huh? so what is ...") are read as before; a remark otherwise.
  const remarked = chat.acts.length === 0 ? afterRemarks(message, kb) : null;
  if (remarked) return questions({ raw: remarked.rest, text: normalise(remarked.rest) }, situation, kb);
  if (chat.acts.length > 0 && chat.rest) {
    // What follows the acts may itself be a command or a flow ("thanks! now show me the steps").
    const after = interpret(chat.rest, situation, kb, BEFORE_QUESTIONS);
    if (after && after.kind !== 'chat') return after;
    // "lol no, I meant YOU, the chatbot. are you AI?": what follows the acts asks only about the bot itself.
    const ofTheBot = askedOfTheBotOnly(chat.rest, situation, kb);
    if (ofTheBot) return { kind: 'chat', acts: [...new Set([...chat.acts, ...ofTheBot])] };
    // "no i mean quicker to become one in the first place, not move up": what was meant, without what was not.
    const rest = correctsTheAnswer(message.raw) ? withoutDenied(chat.rest) : chat.rest;
    // "Thank you. But specifically, is public health ...": thanks said on the way to an objection wants no "You're welcome!".
    const acts = objects(message.text, chat.rest) ? chat.acts.filter((act) => !COURTESIES.has(act)) : chat.acts;
    return { kind: 'question', text: spelledOut(unwrapped(meaningAskedFor(rest) ?? whatIsAsked(rest, kb))), acts };
  }
  return { kind: 'question', text: spelledOut(unwrapped(meaningAskedFor(message.raw) ?? whatIsAsked(message.raw, kb))), acts: [] };
}

/**
 * What the guide is asked of a question wrapped in other words: without a label that announces it ("Quick q's:"), the
 * talk that opens it ("ok fair. real talk tho hows the pay"), the asker's reason after it ("cause i drive now") and who said what it is about ("my supervisor says
 * ..."), words that only say how much ("mad stressful"); two things weighed alike ("as stressful as") in the words of a
 * comparison. Those words tell of the person; the whole message is still read for their story (answerTurn.ts). Then a
 * side word put in the words people mean by it (plainQuestion.ts: "a specific degree", "the route to director").
 */
const unwrapped = (question: string): string => inPlainWords(withoutHowMuch(weighedWithThan(withoutReasonGiven(withoutOpeningTalk(withoutWhoSaidIt(thingInPlace(withoutLeadIn(question))))))));

/** One question said in two sentences ("I'm curious about the CCM. What do I need to sit it?"), asked with the thing in place. */
const thingInPlace = (question: string): string => askedOfTheThingSaid(question) ?? question;

/** A word that objects to what came before it: "but", "however". */
const OBJECTING = /\b(?:but|however|though|yet)\b/;

/** True when the part after a message's acts is said as an objection to them ("thank you. but ..."; "but" reads as padding). */
function objects(text: string, rest: string): boolean {
  const at = text.indexOf(normalise(rest));
  return OBJECTING.test(at > 0 ? text.slice(0, at) : normalise(rest).split(' ')[0] ?? '');
}
/** Acts of courtesy, which an objection after them turns into a way of speaking. */
const COURTESIES: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise']);

/** Said to the bot: "you", "your", "u", "ur". */
const TO_YOU = /\b(?:you|your|yours|yourself|u|ur)\b/i;

/**
 * The questions the part after a message's acts puts to the bot about itself, when it asks nothing else ("Hi there!
 * Quick one before I start - what exactly are you? Like who made you and where do your answers come from?"): each
 * clause that asks is a question to the bot (read as a message of its own), and the clauses that tell name nothing of
 * the guide. Null otherwise. (Read after acts only: a message that opens with the question is the rules' and the
 * learned model's to read, as the act model's data is read.)
 */
function askedOfTheBotOnly(raw: string, situation: Situation, kb: KnowledgeBase): ChatAct[] | null {
  if (!TO_YOU.test(raw)) return null;
  const ofTheBot = (meaning: Meaning): meaning is Extract<Meaning, { kind: 'chat' }> => meaning.kind === 'chat' && meaning.acts.length > 0 && meaning.acts.every((act) => ASKED_OF_THE_BOT.has(act));
  // The part after the acts is shorter than the message, so reading it as a message of its own ends.
  const whole = understand(raw, situation, kb);
  if (ofTheBot(whole)) return [...whole.acts];
  const clauses = clausesOf(raw);
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES) return null;
  const acts: ChatAct[] = [];
  for (const clause of clauses) {
    if (!clauseAsks(clause)) {
      if (namesTopic(kb, clause) || namesAnEntry(kb, clause)) return null;
      continue;
    }
    // A clause with breaks of its own is never read again here: each one read is shorter than the message.
    if (CLAUSE_BREAK.test(clause)) return null;
    const read = understand(clause, situation, kb);
    if (!ofTheBot(read)) return null;
    acts.push(...read.acts);
  }
  return acts.length > 0 ? [...new Set(acts)] : null;
}

/** Words that point back at something said before: a question with one leans on what it follows. */
const POINTS_BACK = /\b(?:it|its|that|this|they|them|those|these|she|he|her|him|his|one|ones|so)\b/;
/** An open question about what else it takes ("what else do I need then"), which a guess after it narrows. */
const OPEN_NEED = /\bwhat (?:else|more)\b|\bwhat (?:do|would|will|should|must) (?:i|you|we|one) (?:need|have to (?:get|have|do))\b/;
/** The career named: "care manager", "case management". */
const NAMES_THE_CAREER = /\b(?:care|case) (?:manager|managers|management|managing|mgr|mgmt)\b/;
/** The most words a guess added to a question takes ("certificates?", "a master's?"). */
const MAX_GUESS_WORDS = 3;

/**
 * What a question asks, when its words say more than that: a guess after an open question narrows it ("ok so what else
 * do I need then, certificates?" asks whether certificates are needed, not what it takes); a complete question after a
 * story asks itself ("one more thing, my aunt works with old people mostly. what other areas are there?"), when it points
 * at nothing in the story, whose words would only pull the search elsewhere. The story is still kept for the roadmap
 * (turnRouter.ts reads the whole message).
 */
function whatIsAsked(raw: string, kb: KnowledgeBase): string {
  const clauses = clausesOf(raw);
  const guess = clauses.at(-1);
  const open = clauses.at(-2);
  if (clauses.length >= 2 && guess && open && raw.trim().endsWith('?') && OPEN_NEED.test(normalise(open))) {
    const guessed = normalise(guess);
    if (guessed.split(' ').length <= MAX_GUESS_WORDS && !POINTS_BACK.test(guessed) && namesTopic(kb, guessed)) return `do I need ${guessed}?`;
  }
  const across = subjectAskedAcrossAStory(clauses, clauseActOf, (text) => namesTopic(kb, text));
  if (across) return across;
  const asked = askingPart(raw) ?? questionAmongTelling(raw);
  // A story that names the career gives the question its subject: "drafting a job ad for a care manager. what do candidates need?"
  const story = asked ? raw.slice(0, raw.lastIndexOf(asked)) : '';
  // A pointer leans on the story before it ("so can i do it?"); told only after the question, the story is the asker's
  // ("is it stressful like the kitchen? kitchen is very stress"): "it" there is the career.
  // Pay or stress asked with "it" after a story of oneself asks of the career (storyLeans.ts askedOfTheCareer).
  const leans = normalise(story) !== '' && POINTS_BACK.test(normalise(asked ?? '')) && !ACKNOWLEDGED.test(normalise(story)) && !askedOfTheCareer(story, asked);
  return asked && !leans && !askedDespiteALack(story, asked) && !checksTheStory(asked, kb) && !NAMES_THE_CAREER.test(normalise(story)) && !subjectSaidFirst(story, asked, kb) ? asked : raw.trim();
}

/**
 * What came before a question, closed by saying it was taken in ("ok so nursing OR social work, got it."): the last
 * answer said back, not a story a pointer after it leans on ("how much do they make" asks of care managers).
 */
const ACKNOWLEDGED = /\b(?:got it|gotcha|got you|makes sense|that makes sense|noted|understood|i see|fair enough|understand)$/;

/** A bare check of what was told, asking whether it is so ("is ok?", "enough?", "would that work?"). */
const CHECKS = /^(?:is|its|it s|are|am|does|do|would|will|can|could|that|this|ok|okay|alright|enough|fine|possible|good|right|still)\b/;

/**
 * A question of a few words that names nothing and only checks what the person told before it ("i dont have college.
 * only finish high school. is ok?"): it asks of the story, which is read with it.
 */
function checksTheStory(asked: string, kb: KnowledgeBase): boolean {
  const text = normalise(asked);
  return text.split(' ').length <= MAX_BARE_QUESTION_WORDS && CHECKS.test(text) && !namesTopic(kb, text);
}

/** The most words of a subject said before a bare question ("you skipped the pay part. numbers?"), and of the question. */
const MAX_SUBJECT_WORDS = 5;
const MAX_BARE_QUESTION_WORDS = 3;

/**
 * A subject said in a few words, then a bare question that names nothing ("salary. how much", "you skipped the pay
 * part. numbers?"): the question is asked of that subject, and the two are read together.
 */
function subjectSaidFirst(story: string, asked: string, kb: KnowledgeBase): boolean {
  const words = (text: string) => normalise(text).split(' ').filter((word) => word !== '').length;
  return words(story) <= MAX_SUBJECT_WORDS && words(asked) <= MAX_BARE_QUESTION_WORDS && namesTopic(kb, story) && !namesTopic(kb, asked);
}

/**
 * A question after a remark that asks nothing ("sounds hard, how long does it take?"): the question is what is asked,
 * and the remark's words ("hard") would only pull the search towards another entry.
 */
function afterRemarks(message: Message, kb: KnowledgeBase): { rest: string } | null {
  // A laugh before a question ends the remark's clause: "thats forever lol why so long".
  const said = message.raw.replace(LAUGH_BEFORE_A_QUESTION, '$1, ');
  if (!CLAUSE_BREAK.test(said) || QUOTES.test(said)) return null;
  const clauses = clausesOf(said);
  let remarks = 0;
  while (remarks < clauses.length - 1 && remarkOf(clauses[remarks]!, (text) => namesTopic(kb, text))) remarks++;
  if (remarks === 0) return null;
  // The question as typed, from its first clause on.
  let at = 0;
  for (const clause of clauses.slice(0, remarks)) at = said.indexOf(clause, at) + clause.length;
  const rest = said.slice(at).replace(/^[\s,;.!?\u2013\u2014-]+/, '');
  return clauseAsks(rest) ? { rest } : null;
}

/**
 * A laugh or an aside said between a remark and a question word ("lol", "tbh"), with no mark after it; not before a tag
 * that asks the remark itself ("sounds stressful lol is it").
 */
const LAUGH_BEFORE_A_QUESTION = /\b(lol|lmao|haha+|hehe|tbh|ngl|smh)\s+(?=(?:why|how|what|when|where|which|who)\b)/gi;

/** The interpreters in the order they are asked; the first to recognise the message decides. */
export const INTERPRETERS: ReadonlyArray<readonly [string, Interpreter]> = Object.freeze([
  ['commands', commands],
  ['navigation', navigation],
  ['flows', flows],
  ['comparisons', comparisons],
  ['conversation', conversation],
] as const);
const BEFORE_QUESTIONS = INTERPRETERS;

function interpret(raw: string, situation: Situation, kb: KnowledgeBase, interpreters: typeof INTERPRETERS, message: Message = { raw, text: normalise(raw) }): Meaning | null {
  if (!message.text && raw.trim() !== '?') return null;
  for (const [, read] of interpreters) {
    const meaning = read(message, situation, kb);
    if (meaning) return meaning;
  }
  return null;
}

/**
 * Who a message is addressed to is not part of it: a leading "@CareBot" typed in Web Chat, or a Teams "<at>..</at>"
 * left in the text (the runtime removes real mentions), with the comma or colon after it.
 */
export function withoutAddress(raw: string): string {
  return raw.replace(/^\s*(?:(?:<at>[^<]{0,100}<\/at>|@[^\s,:;!?]{1,60})[\s,:;!?-]*)+/i, '');
}

/** A message of no words: "??" (after a mention too) says the last reply was not understood ("?" alone asks for help, intents.ts). */
function onlyMarks(typed: string): Meaning {
  return /\?\s*\?/.test(typed) ? { kind: 'chat', acts: ['confused'] } : { kind: 'empty' };
}

/** What a message means in a place. */
export function understand(typed: string, situation: Situation, kb: KnowledgeBase): Meaning {
  // "and after dat?": the common words in their usual spelling, read before anything else (plainQuestion.ts).
  const raw = commonWordsSpelled(withPlainRequest(withoutAddress(typed)));
  if (!raw.trim()) return onlyMarks(typed);
  const pressed = situation.place === 'root' ? flowButtonSaid(raw) : null;
  if (pressed) return { kind: 'flow', intent: { flow: pressed } };
  // "I've got an associates in fire science and EMT-B. That's it.": the closer ends the telling, not the chat (talk40).
  const toldWhole = situation.place === 'root' ? toldBeforeItsEnd(raw) : null;
  if (toldWhole) return understand(toldWhole, situation, kb);
  const message: Message = { raw, text: normalise(raw) };
  // Someone else's claim about a subject of the guide, checked ("my aunt says the money is rubbish to start with, is that
  // true?"): asked of the guide, not a question about the bot's own reliability.
  const claim = claimToCheck(raw);
  if (claim && !SAID_OF_THE_BOT.test(normalise(claim))) return { kind: 'question', text: spelledOut(claim), acts: [] };
  const missed = missedSubject(message, kb);
  if (missed) return missed;
  const corrected = situation.place === 'root' ? correctionMeaning(raw, (wanted) => understand(wanted, situation, kb)) : null;
  if (corrected) return corrected;
  const yesOrNo = yesOrNoAsked(message, kb);
  if (yesOrNo) return yesOrNo;
  const opinion = opinionAsked(message, kb);
  if (opinion) return opinion;
  // "My husband is asking if he can also do it, he is an accountant": a question put for someone else, never small talk (talk39).
  if (askedForSomeoneElse(raw)) return { kind: 'question', text: raw, acts: [] };
  // "Ok. Thanks. Brutally honest, would you do it?": no view of its own, then what the guide says of the work (talk39).
  if (botsViewAsked(raw)) return { kind: 'question', text: CAREER_JUDGED, acts: /\b(?:thanks|thank you|thx|ty|cheers)\b/.test(message.text) ? ['thanks'] : [], opinion: 'view' };
  if (asksForALanguage(message.text)) return { kind: 'otherLanguage', language: 'asked' };
  // "it's all a bit American tbh": a word on the guide as a whole, which the guide's reply on places answers (no remark).
  if (!CLAUSE_BREAK.test(message.raw) && guideAskedOfAPlace(message.raw, kb)) return { kind: 'question', text: message.raw, acts: [] };
  const reported = reportedQuestion(message, situation, kb);
  if (reported) return reported;
  const toldAgain = situation.place === 'root' ? saidAgainOfOneself(message) : null;
  if (toldAgain) return toldAgain;
  // talk38: discouragement told, asking nothing ("honestly its a bit discouraging. Every answer is 'get a degree'"): a remark.
  if (discouragementOf(raw) && !complainsToo(message, kb)) return { kind: 'chat', acts: ['doubtsSelf'] };
  // talk38: "no i havent", "No, I haven't decided yet", "nah im good": a no, never a question for the guide.
  if (situation.place === 'root' && saysNoOnly(raw, (text) => namesTopic(kb, text))) return { kind: 'chat', acts: ['no'] };
  // talk38: "I'm sick of night shifts. what else is there": the hours care managers work.
  if (situation.place === 'root' && hoursLeftBehind(raw)) return { kind: 'question', text: HOURS_ASKED, acts: [] };
  // A request with a remark around it is looked for only when no conversation opens the message (questions() reads that).
  // In the walk, a move with a remark is the move, before the remark's conversation ("stop there, she's asleep anyway").
  const meaning =
    (situation.place === 'walk' ? requestInClauses(message, situation, kb) : null) ??
    interpret(raw, situation, kb, INTERPRETERS, message) ??
    (chatOf(message, kb).acts.length === 0 ? (requestInClauses(message, situation, kb) ?? requestAfterAnswer(message, situation, kb)) : null) ??
    actsInClauses(message, situation, kb) ??
    // A request after a sound or thanks, in a clause of its own: "ugh. update roadmap".
    (chatOf(message, kb).acts.length > 0 ? requestInClauses(message, situation, kb) : null);
  if (meaning) return (situation.flow === null || FAREWELL.test(message.text) ? goodbyeAfterLeaving(meaning, message, kb) : null) ?? meaning;
  // Before searching the guide: a message in another language would only find an answer by accident.
  const language = otherLanguageOf(raw, kb);
  if (language) {
    // The guide's words said in English among the others are read: what can be read is answered.
    const english = englishPartOf(raw, kb);
    return english ? { kind: 'question', text: english, acts: [], language } : { kind: 'otherLanguage', language };
  }
  if (!message.text) return onlyMarks(raw);
  const career = careerNotKnown(message);
  if (career) return career;
  return (
    personAskedWithDetails(message) ??
    personAskedAtTheEnd(message, situation, kb) ??
    personAskedBeside(message, situation, kb) ??
    (situation.place === 'root' ? (leftAfterTelling(message, kb) ?? learnedMeaning(message, kb) ?? reportedClaim(message, kb) ?? closedAfterTelling(message, kb) ?? toldOfOneself(message, kb) ?? introducesOneself(message, kb)) : (askedOfTheConversation(message, kb) ?? closedAfterTelling(message, kb))) ??
    thanksAfter(sighNoComplaint(questions(message, situation, kb), message, kb), message, kb)
  );
}

/** A sound of weariness said on its own before a question: "ugh", "sigh", "argh", "oof", "meh", "welp" ("ugh fine, the CMC then" settles after a complaint). */
const SIGH = /^(?:u+g+h+|u+r+g+h+|a+r+g+h+|sigh+|\*sigh\*|oo+f+|meh+|welp|oh (?:man|boy)|man|geez|jeez|yikes|hmph|pff+t?)$/;

/** Acts a sigh may run into before a question and still be a sigh: "ugh ok", "sigh fine", "ugh alright then". */
const SETTLING: ReadonlySet<ChatAct> = new Set(['ack', 'yes']);

/** A sigh with an ok after it in one clause ("ugh ok, what would I have to study?"): weariness, then settling to ask. */
function sighThenOk(clause: string, kb: KnowledgeBase): boolean {
  const [first, ...rest] = clause.split(' ');
  if (!first || rest.length === 0 || !SIGH.test(first)) return false;
  const after = rest.join(' ');
  const chat = chatOf({ raw: after, text: after }, kb);
  return chat.acts.length > 0 && !chat.rest && chat.acts.every((act) => SETTLING.has(act));
}

/**
 * "ugh. what entry level jobs could I apply for right now": a sigh before a question is weariness with the search, not
 * a complaint about the last answer (tester ut39a P09-T4), so no "Sorry about that" and the answer in view is not set
 * aside. Only when every clause but the question is a sound.
 */
function sighNoComplaint(meaning: Meaning, message: Message, kb: KnowledgeBase): Meaning {
  if (meaning.kind !== 'question' || !meaning.acts.includes('complaint')) return meaning;
  const clauses = clausesOf(message.raw).map((clause) => normalise(clause)).filter((clause) => clause !== '' && clause !== normalise(meaning.text));
  // "ugh. ok what would I have to study. be specific": the sound is the only complaint said; the rest goes on to the question.
  // A sigh run into an ok settles to ask only before a question asked ("ugh ok, what would I have to study?"); before a
  // thing settled for ("ugh fine, the CMC then") it is resignation after an answer that missed, a complaint (fixB).
  const settlesToAsk = clauseActOf(meaning.text) !== 'tells';
  const others = clauses.filter((clause) => !SIGH.test(clause) && !(settlesToAsk && sighThenOk(clause, kb)));
  if (others.length === clauses.length || others.some((clause) => chatOf({ raw: clause, text: clause }, kb).acts.includes('complaint'))) return meaning;
  return { ...meaning, acts: meaning.acts.filter((act) => act !== 'complaint') };
}

/** Acts said after a question that only thank: "thanks btw this is actually useful". */
const THANKING_AFTER: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise']);

/**
 * A question with thanks said after it ("would i need extra training for that? thanks btw this is actually useful"):
 * the thanks is acknowledged as thanks said before it is, and the question asked without it.
 */
function thanksAfter(meaning: Meaning, message: Message, kb: KnowledgeBase): Meaning {
  if (meaning.kind !== 'question' || meaning.language !== undefined || !CLAUSE_BREAK.test(message.raw)) return meaning;
  const clauses = clausesOf(meaning.text);
  const thanked: ChatAct[] = [];
  let at = clauses.length;
  while (at > 1) {
    const chat = chatOf({ raw: clauses[at - 1]!, text: normalise(clauses[at - 1]!) }, kb);
    if (chat.acts.length === 0 || chat.rest || !chat.acts.every((act) => THANKING_AFTER.has(act))) break;
    thanked.unshift(...chat.acts);
    at--;
  }
  if (thanked.length === 0 || !clausesOf(meaning.text).slice(0, at).some(clauseAsks)) return meaning;
  const asked = meaning.text.slice(0, meaning.text.indexOf(clauses[at]!)).replace(/[\s,;.!-]+$/, '').trim();
  return asked ? { ...meaning, text: asked, acts: [...new Set([...meaning.acts, ...thanked])] } : meaning;
}

/**
 * The last answer said to have left out a subject of the guide, named ("u missed the stress bit mate", "you didnt say if
 * it needs a degree", "your answer skipped the part about hours lol"): that subject asked, not a complaint answered with
 * "ask it in other words". The part is named in the first clause; a clause after it that asks or names a subject of the
 * guide makes the message something else ("you missed the point, i'm already a nurse" complains).
 */
function missedSubject(message: Message, kb: KnowledgeBase): Meaning | null {
  const clauses = clausesOf(message.raw);
  // Most messages name no missed part at all: they are let go before any clause's conversation is read.
  if (!clauses.some((clause) => missedPart(clause) !== null)) return null;
  // Thanks or "ok" before it are only said on the way: "Thank you, but you did not answer about part-time work".
  const said = clauses.findIndex((clause) => {
    const chat = chatOf({ raw: clause, text: normalise(clause) }, kb);
    return chat.acts.length === 0 || chat.rest !== '' || !chat.acts.every((act) => SAID_ON_THE_WAY.has(act));
  });
  const [first, ...rest] = said < 0 ? [] : clauses.slice(said);
  const part = first === undefined ? null : missedPart(first);
  // A part named after "about" is asked of the guide whatever it is ("about part-time work"): the guide answers or says
  // it does not cover it; otherwise it must name a subject of the guide ("you missed the point" complains).
  const named = part !== null && first !== undefined && (ABOUT_PART.test(normalise(first)) || namesOwnQuestion(first)) && !GENERIC_PART.test(part);
  // A part the guide gives nothing on ("you did not tell the exam fees") is asked too: the guide says it does not give it.
  // A part asked as a yes or a no ("you didnt say if its aussie dollars") is asked of the guide whatever it names, as one after "about" is.
  const whether = part !== null && first !== undefined && missedWhether(first);
  if (!part || !(named || whether || namesTopic(kb, part) || namesAnEntry(kb, part) || mentionsAny(kb.lexicon.notCovered, part))) return null;
  // "you missed the stress bit, I asked that too": what follows may say more of it, not ask something else.
  if (rest.some((clause) => clauseAsks(clause) || namesTopic(kb, clause))) return null;
  return { kind: 'question', text: `${spelledOut(whether ? askedWhether(part) : part)}?`, acts: [], missed: true };
}

/** "its aussie dollars", "i can do it online": the thing said to be missed, asked as the yes or no it was ("is it ..."). */
function askedWhether(part: string): string {
  return part.replace(/^(it|that|this|there|they)(?: is| s|s)\b/, 'is $1').replace(/^(it|that|this|there|they) (?:are|re)\b/, 'are $1').replace(/^(i|you|it|they|we) (can|could|would|will|should|need to|have to|must)\b/, '$2 $1');
}

/**
 * The bot's own pick asked between things weighed: "which one would you pick?", "which would you go for if you were
 * me", "what would you do?", "what's your pick". As asked, it names nothing of its own: which one is better.
 */
const BOTS_PICK =
  /\b(?:which(?: one| of (?:them|the two|those|these|the 2|both))?(?: (?:would|do|should|will)) (?:you|u)(?: (?:personally|honestly))? (?:pick|choose|go for|go with|take|do|recommend|suggest|prefer|vote for)|what would (?:you|u) (?:personally |honestly )?(?:do|pick|choose|go for|go with|recommend|suggest)(?= (?:if|in|then|now|here)\b|$)|(?:what is |whats |what s )?your (?:own )?(?:pick|choice|favourite|favorite|vote|recommendation|preference)|if (?:you|u) (?:were|was) me|in my (?:shoes|place|position))\b/;
/** True when a message asks the bot's own pick ("which would you go for?", "what would you do in my shoes?"). */
export function asksBotsPick(text: string): boolean {
  return BOTS_PICK.test(normalise(text));
}

/** What the bot's view of the career is asked as: whether the work is rewarding (the guide's answer says demanding too). */
const CAREER_JUDGED = 'is care management a rewarding career?';

/** The asking words and what is said around them, that ask nothing more ("Yes but", "I really can't decide!"). */
const AROUND_THE_PICK = /\b(?:yes|yeah|ok|okay|but|so|and|then|well|honestly|personally|tbh|lol|please|pls|hmm|i (?:really )?(?:can ?not|cant|can t|do not|dont|don t) (?:decide|choose|pick)|i m torn|im torn|i am torn|torn|between the two|help me)\b/g;

/**
 * The bot's pick asked ("Yes but which one would you pick? I really can't decide!"): asked as which one is better, with
 * the lead that the bot has no pick of its own. Only when the asking names nothing else: "which certification would you
 * pick" asks the guide about certifications.
 */
function opinionAsked(message: Message, kb: KnowledgeBase): Meaning | null {
  if (!asksBotsPick(message.raw)) return null;
  const asking = clausesOf(message.raw).map((clause) => normalise(clause));
  const rest = asking.map((clause) => clause.replace(BOTS_PICK, ' ').replace(AROUND_THE_PICK, ' ').replace(/\b(?:which|one|would|you|u|if|were|me|what|do|of|them|the|two|both|is|your|a|an|to|i|it)\b/g, ' ').trim()).filter((left) => left !== '');
  if (rest.some((left) => namesTopic(kb, left) || namesAnEntry(kb, left) || left.split(/\s+/).length > 3)) return null;
  // "what would you do first if you were me" asks where to start, not a pick between two (tester ut32a).
  if (rest.some((left) => /\b(?:first|start|begin|next)\b/.test(left))) return { kind: 'question', text: 'what should I do first?', acts: [], opinion: 'pick' };
  return { kind: 'question', text: 'which one is better?', acts: [], opinion: 'pick' };
}

/**
 * The bot's own view of the career asked: "brutally honest, would you do it?", "would you recommend this job?", "in your
 * opinion is it worth it?", "what do you honestly think of it". The bot has none: said plainly, then what the guide says
 * of the work (demanding, rewarding), asked as whether it is rewarding. Not a pick between two (opinionAsked).
 */
const BOTS_VIEW =
  /^(?:(?:so|but|and|ok|okay|well|then|honestly|tbh|be honest|brutally honest|real talk|seriously) )*(?:would|will|do|did|could) (?:you|u)(?: (?:personally|honestly|really|yourself))? (?:do|choose|pick|take|recommend|go for|go into|get into|try|want|like|enjoy|suggest)(?: it| this| that| the job| this job| that job| this career| it yourself| this yourself| care management| being a care manager)(?: (?:yourself|personally|honestly|then|tho|though|if you (?:were|was) (?:human|a person|me)))*$|\b(?:in your (?:honest )?(?:opinion|view) (?:is it|is this|would it be|is care management) (?:worth it|a good (?:job|career|choice|idea|move))$|what do (?:you|u) (?:honestly |really |personally )?(?:think|reckon) (?:of|about) (?:it|this|that|the job|this job|this career|care management)(?: honestly| really)?$|(?:do|would) (?:you|u) (?:honestly |really |personally )?(?:think|reckon|say) (?:it s|its|it is|this is|it d be|it would be) (?:worth it|a good (?:job|career|choice|idea|move)))/;
/** What is said around the asking that asks nothing more: "brutally honest", "ok", "be honest", "real talk". */
const AROUND_THE_VIEW = /^(?:(?:ok|okay|so|but|and|well|honestly|brutally honest|be (?:brutally )?honest|real talk|seriously|lol|tbh|then|last question|one more thing|quick one)[\s,]*)*$/;

/** The bot's own view of the career asked, in a clause of its own after words that ask nothing else; else null. */
export function botsViewAsked(raw: string): boolean {
  const clauses = clausesOf(raw).map((clause) => normalise(clause));
  const asking = clauses.findIndex((clause) => BOTS_VIEW.test(clause));
  return asking >= 0 && clauses.every((clause, at) => at === asking || AROUND_THE_VIEW.test(clause) || chatOnlyThanks(clause));
}
/** A clause that only thanks or agrees: "thanks", "ok thanks", "ty". */
const chatOnlyThanks = (clause: string): boolean => /^(?:(?:ok|okay|thanks|thank you|thx|ty|cheers|cool|great|got it)\s*)+$/.test(clause);

/** Languages by their English names and their own. */
const LANGUAGE_NAMES =
  '(?:italian|italiano|spanish|espanol|castellano|french|francais|portuguese|portugues|german|deutsch|polish|polski|arabic|hindi|urdu|tagalog|filipino|chinese|mandarin|cantonese|japanese|korean|russian|turkish|dutch|romanian|greek|vietnamese|thai|swahili|yoruba|igbo|hausa|bengali|punjabi|tamil|ukrainian|persian|farsi|somali|amharic|nepali|malay|indonesian|my (?:own )?language|another language|other languages?)';
/**
 * Asking the bot to use another language: "puoi parlare italiano?", "can you answer in Spanish", "do you speak French",
 * "en español por favor". Not "does speaking Spanish help?" (the person's own language, weighed for the job).
 */
const LANGUAGE_ASKED = new RegExp(
  `\\b(?:(?:can|could|do|will|would) (?:you|u) (?:also )?(?:speak|talk|write|answer|reply|respond|chat|understand|use)(?: me| to me)?|(?:speak|talk|write|answer|reply|respond) (?:to me )?(?:in )?(?=${LANGUAGE_NAMES}\\b(?: (?:please|pls|instead|too|as well))?$)|` +
    `puoi parlare|parli|parla|parlez|parles|hablas|habla|puedes hablar|hablar en|falas|fala|pode falar|sprichst|sprechen sie|mowisz|mówisz|en (?=espanol|francais)|em (?=portugues))(?: in| en| em)? ${LANGUAGE_NAMES}\\b`,
);

/** True when a message asks the bot to write in another language; the reply says it reads and writes only English. */
function asksForALanguage(text: string): boolean {
  return LANGUAGE_ASKED.test(text);
}

/** A question reported as already asked: "I only asked whether you are a real person", "i just wanted to know if it pays well". */
const ASKED_BEFORE = /^(?:(?:but|no|so|well|look|sorry|ok|okay|again)\s+)*i (?:only |just |simply |was only |was just )?(?:asked|was asking|wanted to know|want to know|asked you)(?: you)? (?:whether|if) (.+)$/;

/**
 * A question reported as asked, after a reply that missed it: asked again as the question it was ("I only asked whether
 * you are a real person": "are you a real person"), with a complaint said, not taken as a remark to thank for.
 */
function reportedQuestion(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  const said = ASKED_BEFORE.exec(plainWords(message.text));
  if (!said) return null;
  const asked = asQuestion(said[1]!.trim());
  const meaning = understand(asked, situation, kb);
  if (meaning.kind === 'chat') return { kind: 'chat', acts: [...new Set<ChatAct>(['complaint', ...meaning.acts])] };
  return meaning.kind === 'question' ? { ...meaning, acts: [...new Set<ChatAct>(['complaint', ...meaning.acts])] } : null;
}

/** "you are a real person", "it pays well", "i can do it online": said as the yes or no asked ("are you a real person?"). */
function asQuestion(said: string): string {
  const inverted = said
    .replace(/^(you|we|they) (are|were|can|could|would|will|should|have to|need to)\b/, '$2 $1')
    .replace(/^(it|that|this|there|he|she) (is|was|can|could|would|will|should)\b/, '$2 $1')
    .replace(/^(i) (am|can|could|would|will|should|need to|have to|must)\b/, '$2 $1');
  return `${inverted}?`;
}

/** Asking for a yes or a no: "yes or no?", "y/n", "is that a yes or a no". */
const YES_OR_NO = /\b(?:yes or no|yes or not|a yes or (?:a )?no|y or n|y n|yay or nay)\b/;
/** Words around the asking that ask nothing more: "so", "just tell me", "you not answer me", "simple", "is it". */
const AROUND_YES_OR_NO =
  /\b(?:so|just|simply|please|pls|plz|then|ok|okay|well|and|but|or|tell me|say|give me|answer(?: me)?|you|u|not|did not|do not|does not|is it|is that|was it|it is|its|a|an|simple|plain|straight|only|question|my|me|i want|i need|i asked|lol|haha|tho|though|mate|really|still|again|(?:an)?other question|one more (?:thing|question))\b/g;

/**
 * A yes or a no asked for and nothing else asked ("yes or no?", "so is it a yes or a no", "You not answer me yes or no
 * :("): asked of the answer in view, with any complaint said. With a question or a subject of the guide beside it ("is
 * it stressful - yes or no", "the CCM, yes or no?") that is the question, the asking words left out (their "no" would be
 * read as "without").
 */
function yesOrNoAsked(message: Message, kb: KnowledgeBase): Meaning | null {
  if (!YES_OR_NO.test(message.text)) return null;
  const acts: ChatAct[] = [];
  const asked: string[] = [];
  for (const clause of clausesOf(message.raw)) {
    const text = normalise(clause);
    if (YES_OR_NO.test(text)) {
      const around = text.replace(YES_OR_NO, ' ').replace(AROUND_YES_OR_NO, ' ').trim();
      const said = chatOf({ raw: clause, text }, kb);
      if (said.acts.length > 0) acts.push(...said.acts);
      if (NOT_ASKED.test(text) || /\b(?:not|did not|do not|does not) answer/.test(text)) acts.push('complaint');
      if (around === '' || said.acts.length > 0) continue;
      asked.push(clause.replace(/\b(?:yes or no|yes or not|a yes or (?:a )?no|y or n|y\/n|yay or nay)\b\W*/gi, '').trim());
      continue;
    }
    const said = chatOf({ raw: clause, text }, kb);
    if (said.acts.length > 0 && !said.rest) acts.push(...said.acts);
    else asked.push(clause);
  }
  const unique = [...new Set(acts)];
  const question = asked.filter((part) => normalise(part) !== '').join(', ');
  // A thing only named, of no subject of the guide ("Criminal justice, yes or no?" after the degrees) is the answer in
  // view asked again for a yes or a no.
  return question && (asksSomething(question) || namesTopic(kb, question)) ? { kind: 'question', text: question, acts: unique } : { kind: 'yesOrNo', acts: unique };
}

/** Saying one has said it already: "i said", "i told you", "like i said", "i literally just told you". */
const SAID_ALREADY =
  /^(?:(?:bro|dude|man|mate|omg|um+|uh|but|no|nah|so|ok|okay|lol|wait|hey|again|yeah|yes|well|erm|hmm)\s+)*(?:i (?:already |just |literally |literally just |did )?(?:said|told you|mentioned|wrote|explained)|like i (?:said|told you|mentioned)|as i (?:said|told you|mentioned))(?: (?:that|before|earlier|already|above))*\s+/;
/** What the person tells of themselves: "im already in 2nd yr", "i have a degree", "my degree is in biology". */
const TELLS_OF_ONESELF = /^(?:that )?(?:i am|im|i m|i have|i ve|ive|i work|i worked|i was|i study|i studied|i did|i finished|i m already|my)\b/;
/** The doubt said after it, of the figure or answer given: "wdym 6-8 years", "so why 4 years", "how is that right". */
const DOUBT_AFTER = /\s+(?:so |then |and )?(?:wdym|what do you mean|what you mean|why|how come|how is that|where did you get|lol|smh|bruh|bro)\b.*$/;

/**
 * What the person told of themselves, said again because the last answer did not use it ("bro i said im already in 2nd
 * yr wdym 6-8 years", "like I said, I have a bachelor's already"): a correction of the answer, whose question is asked
 * again with what they told, not thanks for sharing. What they tell must be of themselves; "i said children" (a
 * choice) and "i told you that's wrong" are other things.
 */
function saidAgainOfOneself(message: Message): Meaning | null {
  const said = SAID_ALREADY.exec(message.text);
  if (!said) return null;
  const told = message.text.slice(said[0].length).replace(DOUBT_AFTER, '').trim();
  if (!TELLS_OF_ONESELF.test(told) || asksSomething(told) || told.split(' ').length > MAX_STATEMENT_WORDS) return null;
  return { kind: 'question', text: told, acts: ['complaint'], toldAgain: true };
}

/** Acts said on the way to what the message is about: "thank you, but ...", "ok so ...". */
const SAID_ON_THE_WAY: ReadonlySet<ChatAct> = new Set(['thanks', 'ack', 'helpful', 'praise', 'yes', 'no']);
/** A missed part named after "about": "you did not answer about part-time work". */
const ABOUT_PART = /\b(?:about|regarding|re) [a-z]/;
/** What a complaint calls what it missed without naming a subject: "the point", "my question", "anything". */
const GENERIC_PART = /^(?:point|points|question|questions|query|it|that|this|anything|everything|something|stuff|me|what i (?:asked|said|meant|wanted))\b/;

/**
 * Not knowing what a thing is, said or asked, with the thing only pointed at or named as the career: "idk what it even
 * is", "no clue what that job is", "not sure what care management is", "what even is that".
 */
const NOT_KNOWN = [
  /\b(?:idk|dunno|(?:i )?(?:do not|dont) know|(?:i (?:have|got) )?(?:no|zero) (?:idea|clue)|not (?:sure|certain)|unsure)(?: (?:like|tbh|honestly|really))? what (?:it|that|this|they|one|the (?:job|role|career)|that (?:job|role)|(?:a )?care manager|care managers|care management)(?: (?:even|actually|exactly|really|tbh))? (?:is|are|does|do|means|involves)\b/,
  /^(?:(?:so|ok|okay|but|and|um+|erm+|wait|hmm+|sorry)\s+)*what (?:even|actually|exactly) (?:is|are) (?:it|that|this|they|(?:a )?care manager|care management)(?: (?:even|actually|exactly|tbh|lol|ngl))*$/,
];
/** "i asked what it IS", "i wanted to know what it is": what the thing is, asked again after an answer that missed it. */
const ASKED_WHAT_IT_IS = /\bi (?:asked|was asking|wanted to know|meant|said) what (?:it|that|this|a care manager|care management)(?: (?:even|actually|exactly|really))? (?:is|was|means)\b/;
/** A clause that asks something else with a question word: "is it good money tho", "how long does it take". */
const ASKS_SOMETHING_ELSE = /^(?:(?:and|but|so|ok|okay|also|like)\s+)*(?:what|how|why|when|where|which|who|is|are|do|does|can|could|should|would|will)\b/;
const MAX_NOT_KNOWN_WORDS = 40;

/**
 * What the career is, not known and said so in the person's own words, in a message that names the career ("my
 * counselor said i should look at care manager?? idk what it even is"), asking nothing else: what a care manager is,
 * whatever else the message names (a counselor, college). "no i asked what it IS lol" after an answer that missed:
 * the same question asked again, with the complaint (answerTurn.ts reads "it" as the career the person came to ask
 * about).
 */
function careerNotKnown(message: Message): Meaning | null {
  const words = message.text.split(' ').length;
  if (words > MAX_NOT_KNOWN_WORDS) return null;
  if (ASKED_WHAT_IT_IS.test(message.text) && words <= MAX_ASKED_AGAIN_WORDS) return { kind: 'question', text: message.raw, acts: ['complaint'] };
  const clauses = clausesOf(message.raw);
  const notKnown = clauses.filter((clause) => NOT_KNOWN.some((pattern) => pattern.test(normalise(clause))));
  if (notKnown.length === 0 || !NAMES_THE_CAREER.test(message.text)) return null;
  const others = clauses.filter((clause) => !notKnown.includes(clause));
  return others.some((clause) => ASKS_SOMETHING_ELSE.test(normalise(clause))) ? null : { kind: 'question', text: WHAT_THE_CAREER_IS, acts: [] };
}
const MAX_ASKED_AGAIN_WORDS = 10;
/** The question the reply answers when the career itself is not known. */
const WHAT_THE_CAREER_IS = 'what is a care manager';

/** Assent before a button's title ("yes salary please", "ok, career steps"): the button, as if pressed. */
const ASSENT_THEN = /^(?:yes|yeah|yea|yep|yup|sure|ok|okay|alright|please|pls)\b[\s,!.]*(.+)$/;
const POLITE_CLOSE = /(?:\s+(?:please|pls|plz|thanks|thank you|then))+$/;
/** The flows whose buttons the menu and the welcome offer, by their titles as typed. */
const FLOW_BUTTONS: ReadonlyArray<readonly [string, FlowName]> = [
  [normalise(ButtonTitles.careerSteps), 'careerSteps'],
  [normalise(ButtonTitles.specialisation), 'specialisation'],
  [normalise(ButtonTitles.roadmap), 'roadmap'],
  [normalise(ButtonTitles.salaryLadder), 'salaryLadder'],
];

/**
 * A flow button's title said after assent ("yes salary please" after the welcome's buttons): that button pressed, not
 * the assent alone. The title must be all that follows (with "please" or "thanks"); "yes, salary for nurses" asks.
 */
function flowButtonSaid(raw: string): FlowName | null {
  const rest = ASSENT_THEN.exec(normalise(raw))?.[1]?.replace(POLITE_CLOSE, '').trim();
  return rest ? (FLOW_BUTTONS.find(([title]) => title === rest)?.[1] ?? null) : null;
}

/** A question of a few words that opens with a question word ("what sort of things?", "what do i get out of it?"). */
const A_SHORT_QUESTION = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:what|which|how|who|where)\b(?:\s+\S+){1,6}$/;
/** Words said to the bot or of the reply itself: "what do you mean", "what can I ask", "how does this work". */
const SAID_TO_THE_BOT = /\b(?:you|u|ur|your|yours|bot|chat|this thing|ask|help|mean|meant|means|explain|say|said|repeat|again|simpler|confus\w*|lost|understand|work)\b/;
/** "you" for anyone, doing what the thing in view takes or gives ("what do you need to get it?", "what do u get from them"). */
const ANYONE_YOU = /\b(?:do|does|would|will|can|could|should|did) (?:you|u) (?:need|get|gain|earn|learn|have to|study|take)\b/;
/** "you" of the bot itself ("what do you get from me", "what do you need from me"): said to the bot, whatever the verb. */
const OF_THE_BOT = /\b(?:from|to|for|with) (?:me|us)\b/;

/**
 * With an answer in view, a short question that says nothing to the bot and is read as asking for help or saying one
 * is confused ("what sort of things?" after what care managers teach families, "what decides it?" after the degrees):
 * a question asked of that answer. Any other meaning is kept.
 */
export function askedOfTheAnswerInView(meaning: Meaning, typed: string): Meaning {
  const readAsHelp = meaning.kind === 'command' && meaning.command === 'help';
  const readAsConfused = meaning.kind === 'chat' && meaning.acts.length === 1 && meaning.acts[0] === 'confused';
  if (!readAsHelp && !readAsConfused) return meaning;
  const text = normalise(typed);
  const toTheBot = ANYONE_YOU.test(text) && !OF_THE_BOT.test(text) ? SAID_TO_THE_BOT.test(text.replace(/\b(?:you|u)\b/g, ' ')) : SAID_TO_THE_BOT.test(text);
  if (!A_SHORT_QUESTION.test(text) || toTheBot || recogniseCommand(text) !== null) return meaning;
  return { kind: 'question', text: typed.trim(), acts: [] };
}

/** A claim about this chat, not the career: "my friend says you're just chatgpt". */
const SAID_OF_THE_BOT = /\b(?:you are|you re|youre|ur|this (?:bot|chat|thing|app)|the bot|chatgpt|chat gpt|a bot|an ai|ai|robot)\b/;

/** Saying the last answer was not what was asked, in the past: "I didn't ask about computers". */
const NOT_ASKED = /\b(?:did not|never) ask(?:ed)? (?:about|for)\b/;

/**
 * A farewell in so many words ("bye", "see ya", "take care"): in a flow, leaving with one is a goodbye; "I'll stop here"
 * or "I'll come back later" only leave the flow.
 */
const FAREWELL = /\b(?:bye|byee+|goodbye|bye bye|see (?:you|ya)|cya|take care|ciao|cheerio|adios|tschuss|laters|ttyl|farewell|good ?night|hasta (?:luego|pronto|manana|la vista)|nos vemos|tchau|au revoir)\b/;

/**
 * "never mind. bye", "what? I didn't ask about computers. forget it, bye": a goodbye, with what it says before it (a
 * complaint, thanks). With no flow running "forget it" has nothing to stop; in a flow, with a farewell said in so many
 * words ("never mind. thanks for the help, bye!" in the walk), the goodbye ends it as every goodbye does, the walk's place
 * said.
 */
function goodbyeAfterLeaving(meaning: Meaning, message: Message, kb: KnowledgeBase): Meaning | null {
  if (!leaves(meaning) || !CLAUSE_BREAK.test(message.raw)) return null;
  const clauses = clausesOf(message.raw);
  const last = clauses.at(-1);
  if (clauses.length < 2 || !last || !chatOf({ raw: last, text: normalise(last) }, kb).acts.includes('bye')) return null;
  const acts: ChatAct[] = [];
  for (const clause of clauses) {
    const text = normalise(clause);
    const chat = chatOf({ raw: clause, text }, kb);
    if (chat.acts.length > 0 && !chat.rest) acts.push(...chat.acts);
    else if (NOT_ASKED.test(text)) acts.push('complaint');
  }
  return { kind: 'chat', acts: [...new Set(acts)] };
}

/** The remarks read by their shape (remarks.ts); the model learns remarks as one class, 'remark'. */
const MODEL_LEAVES: ReadonlySet<ChatAct> = new Set(['judgesCareer', 'likesCareer', 'doubtsAnswer', 'doubtsSelf', 'tellsOfDay']);

/** What the learned model's classes mean; a class not listed here ("more") is never taken from it. */
const LEARNED_MEANINGS: Readonly<Record<string, Meaning>> = Object.freeze({
  ...Object.fromEntries(CHAT_ACTS.filter((act) => !MODEL_LEAVES.has(act)).map((act) => [act, { kind: 'chat', acts: [act] } satisfies Meaning])),
  help: { kind: 'command', command: 'help' },
  menu: { kind: 'command', command: 'menu' },
  cancel: { kind: 'command', command: 'cancel' },
  restart: { kind: 'command', command: 'restart' },
  walk: { kind: 'flow', intent: { flow: 'careerSteps' } },
  'choose-specialty': { kind: 'flow', intent: { flow: 'specialisation' } },
  plan: { kind: 'flow', intent: { flow: 'roadmap' } },
  'pay-ladder': { kind: 'flow', intent: { flow: 'salaryLadder' } },
});

/** Acts that are said, not asked: "evenings as well?" asks about evenings, it greets nobody. */
const SAID_NOT_ASKED: ReadonlySet<ChatAct> = new Set(['greeting', 'thanks', 'helpful', 'praise', 'bye', 'sorry', 'ack', 'yes', 'no', 'remark']);

/**
 * Questions put to the bot about itself, which may name the career's words ("do you save what I type? my manager ...").
 * Not asking for a person: "is there someone I can talk to about the CCM exam fees?" asks about the CCM.
 */
const ASKED_OF_THE_BOT: ReadonlySet<ChatAct> = new Set(['privacy', 'aboutSource', 'areYouHuman', 'whoAreYou']);

/** A command or a flow changes what happens next, so the model must be surer of it than of an act the reply only answers. */
const SURER_FOR_STEERING = 0.75;

/**
 * A message the rules leave as a question, read by the learned model (actModel.ts): taken only when the model is sure
 * it is conversation, a command or a flow. A question is never taken from the rules: not when the rules read acts
 * before a part that asks or says what was meant ("I don't understand. what is a CMC?"), and not when the message
 * asks about a subject of the guide ("the advocacy one, what does that mean"), unless the model reads a flow or a
 * question put to the bot about itself, which people ask in the guide's words ("salary for each career stage?"); not
 * when it opens as a follow-up does ("and the pay at that stage?"), and not as thanks, a greeting or another act that
 * is said, when it is asked.
 */
function learnedMeaning(message: Message, kb: KnowledgeBase): Meaning | null {
  const model = actModel();
  if (!model) return null;
  const chat = chatOf(message, kb);
  if (chat.acts.length > 0 && chat.rest && (asksSomething(chat.rest) || saysWhatWasMeant(chat.rest) || restatesAfterComplaint(chat, kb))) return askedOfTheConversation(message, kb);
  // "and the pay at that stage?" leans on the last answer, "then why get it?" asks its worth: follow-ups, for the question reader.
  if (OPENS_A_QUESTION.test(message.text) || asksWhyGetIt(message.text)) return null;
  const reading = sureAct(model, message.raw);
  const meaning = reading ? LEARNED_MEANINGS[reading.label] : undefined;
  if (!reading || !meaning) return null;
  // "who am i talking to mostly?": the job's people, asked in the words of a question about the bot (tuned40).
  if (meaning.kind === 'chat' && meaning.acts.some((act) => ASKED_OF_THE_BOT.has(act)) && peopleOfTheWorkAsked(message.raw)) return null;
  if (meaning.kind === 'chat') {
    // talk38: "I'm sick of night shifts. what else is there": done with a kind of work, then asking; no goodbye.
    if (meaning.acts.includes('bye') && asksAfterTelling(message.raw)) return null;
    // "can someone with just an associates do this at all" asks of such a person, not for one (ut36a P07 m4).
    if (meaning.acts.includes('askHuman') && SOMEONE_OF_A_KIND.test(message.text) && !REACHED.test(message.text)) return null;
    // A remark may name the career ("my mum had a care manager, she was great"), and never asks; a wish ("i want to
    // work with kids") asks where it leads, and the guide answers or declines it, as it does a thing settled for
    // ("yearly then") and worry about a subject of the guide ("i'm worried about the stress").
    if (meaning.acts.includes('remark')) {
      const reported = reportedOfATopic(message, kb);
      if (reported) return { kind: 'question', text: spelledOut(reported), acts: [] };
      // Read with the letters people text for words: "like wat job title tho" asks.
      const asked = spelledOut(message.raw);
      return asksSomething(asked) || statesAWish(asked) || saysWhatWasMeant(asked) || worriesAboutATopic(asked, (text) => namesTopic(kb, text)) ? null : meaning;
    }
    if (!meaning.acts.some((act) => ASKED_OF_THE_BOT.has(act)) && asksSomething(message.raw) && namesTopic(kb, message.raw)) return personAskedAbout(message, meaning, kb);
    const asked = meaning.acts.some((act) => MISSED_ACTS.has(act)) ? askedAfterMissing(message, model) : null;
    if (asked) return asked;
    return meaning.acts.some((act) => SAID_NOT_ASKED.has(act)) && message.raw.includes('?') ? null : meaning;
  }
  if (reading.probability < SURER_FOR_STEERING) return null;
  // As the flow rules read it: "dietitian pay at each level" asks about another job.
  return meaning.kind === 'flow' && meaning.intent.flow === 'salaryLadder' && (mentionsAny(kb.lexicon.otherOccupations, message.raw) || payCausedInView(message.raw)) ? null : meaning;
}

/** Someone of a kind asked of, whether they could do the work: "someone with just an associates", "a person without a degree". */
const SOMEONE_OF_A_KIND =
  /\b(?:someone|somebody|anyone|anybody|a person|people|a guy|a woman|a man) (?:with|without|who (?:has|have|is|are|only has|doesn t have|does not have)|that (?:has|have|is)|having|holding)\b.*\b(?:do|become|be|get|work|make|handle|qualify|start|go)\b/;
/** Reaching the person: "talk to me", "call me", "help me" (asking for someone, whoever they are). */
const REACHED = /\b(?:talk|speak|chat|call|ring|phone|email|contact|text|reach|help me|get back to|get in touch)\b/;
/** Words that report what someone else says of a thing ("she says", "my friend told me"), not one's own ("i reckon"). */
const REPORTED = /\b(?:says|said|told me|tells me|heard|apparently|reckons|thinks|warned me|(?:people|they|everyone|others|folks) say|i hear)\b/;

/**
 * What someone says of a subject of the guide, reported ("she says it's quite stressful though", "my friend says it's
 * really stressful"): the words reported, asked of the guide, whose answer the person wants to weigh them against, not
 * thanks for sharing; null when nothing of the guide but the career is reported ("she says she loves it").
 */
function reportedOfATopic(message: Message, kb: KnowledgeBase): string | null {
  const found = REPORTED.exec(message.raw.toLowerCase());
  const reported = found ? message.raw.slice(found.index + found[0].length).trim() : '';
  return reported !== '' && namesTopic(kb, reported) && !NAMES_THE_CAREER.test(normalise(reported)) ? reported : null;
}

/**
 * What someone says of a subject of the guide, told with no question ("my friend says it's really stressful"), however
 * sure the learned model is of it: asked of the guide, as a remark the model reads is.
 */
function reportedClaim(message: Message, kb: KnowledgeBase): Meaning | null {
  const reported = message.raw.includes('?') ? null : reportedOfATopic(message, kb);
  return reported ? { kind: 'question', text: spelledOut(reported), acts: [] } : null;
}

/** Acts that say the last reply missed: what follows them and names a subject of the guide is what was asked again. */
const MISSED_ACTS: ReadonlySet<ChatAct> = new Set(['complaint', 'confused']);

/**
 * A complaint followed by the subject wanted, unworded as a question: "this is useless. SALARY PER YEAR". The subject is
 * the question asked again, and the reply answers it after the apology, not the apology alone.
 */
function restatesAfterComplaint(chat: ChatReading, kb: KnowledgeBase): boolean {
  return chat.acts.some((act) => MISSED_ACTS.has(act)) && namesTopic(kb, chat.rest);
}

/**
 * A complaint the learned model hears, with a clause after it that asks: "that not really answer. which one is better
 * for me?". The clauses before the asking one are the complaint (the model reads them so alone, whatever their
 * grammar); the rest is the question, answered after the apology, never swallowed by it.
 */
function askedAfterMissing(message: Message, model: NonNullable<ReturnType<typeof actModel>>): Meaning | null {
  const clauses = clausesOf(message.raw);
  const at = clauses.findIndex((clause, index) => index > 0 && clauseActOf(clause) === 'asks');
  if (at < 1 || clauses.slice(0, at).some(clauseAsks)) return null;
  const before = sureAct(model, clauses.slice(0, at).join('. '));
  const acts = before ? LEARNED_MEANINGS[before.label] : undefined;
  if (acts?.kind !== 'chat' || !acts.acts.includes('complaint')) return null;
  // What is asked after it may itself be talk ("can you say it simpler?"): the model reads that too, and keeps it talk.
  const asked = clauses.slice(at).join(', ');
  return sureAct(model, asked) ? null : { kind: 'question', text: spelledOut(asked), acts: ['complaint'] };
}

/** What a person is asked for to talk about: "... someone human I can chat to about switching careers?". */
const TALK_ABOUT = /\babout\s+(.+)$/i;

/**
 * Asking for a person to talk to about a subject of the guide ("is there someone human I can chat to about switching
 * careers?", "is there someone I can talk to about the CCM exam fees?"): two readings, both answered. The reply says
 * there is no person here and where to find one, and then answers the subject; without a subject said after "about",
 * the question for the guide.
 */
function personAskedAbout(message: Message, meaning: Meaning, kb: KnowledgeBase): Meaning | null {
  const subject = meaning.kind === 'chat' && meaning.acts.includes('askHuman') ? TALK_ABOUT.exec(message.raw)?.[1]?.trim() : undefined;
  // "about it", "about this" point back at the talk so far: no subject to answer.
  if (!subject || POINTS_AT_THE_TALK.test(normalise(subject))) return null;
  // A subject that names nothing of the guide ("about switching", after "thats me mostly except the medical part"):
  // the ask for a person alone, no question to decline.
  return namesTopic(kb, subject) ? { kind: 'question', text: spelledOut(subject), acts: ['askHuman'] } : meaning;
}

/** What "about ..." says when it only points back: "about this", "about all that", "about it please". */
const POINTS_AT_THE_TALK = /^(?:(?:all|any of|some of)\s+)?(?:this|it|that|these|those|them|things|stuff|this stuff|my options|my situation|my case|me)(?:\s+(?:please|pls|plz|stuff|too|as well|properly|more|further|in person))*$/;

/**
 * Asking for a person in the last clause, after clauses that ask nothing ("Ok geriatric. Is possible to talk with real
 * person in Ireland about this?", "great, pediatric then. is there a human i can ask about it"): the ask for a person,
 * read as that clause alone is, whatever the clauses before it name (an area chosen, thanks). Null otherwise.
 */
function personAskedAtTheEnd(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  if (!CLAUSE_BREAK.test(message.raw) || !ASKS_FOR_SOMEONE.test(message.text)) return null;
  const clauses = clausesOf(message.raw);
  const last = clauses.at(-1);
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES || !last) return null;
  // Before it, talk or a few words said of the talk so far ("Ok geriatric", "great, pediatric then", "thanks"), never a
  // question or a story ("my mum says it's stressful" is asked of the guide).
  const before = clauses.slice(0, -1);
  // A story told first ("I've been a bank cashier for twelve years. could someone like me do this?") asks of the guide.
  // So is a word on the last reply or the bot ("wow ok. that is literally about becoming a care manager. can I just talk
  // to a real person please"): it tells nothing of the person and asks nothing of the guide.
  const saidOnTheWay = (clause: string) => {
    const chat = chatOf({ raw: clause, text: normalise(clause) }, kb);
    return (chat.acts.length > 0 && !chat.rest) || normalise(clause).split(' ').length <= MAX_SAID_BEFORE_WORDS || (clauseActOf(clause) === 'tells' && OF_THE_REPLY.test(normalise(clause)));
  };
  if (before.some((clause) => clauseAsks(clause) || !saidOnTheWay(clause))) return null;
  // The last clause is shorter than the message, so reading it as a message of its own ends.
  const asked = understand(last, situation, kb);
  const forAPerson = (asked.kind === 'chat' || asked.kind === 'question') && asked.acts.includes('askHuman');
  return forAPerson ? asked : null;
}

/** Someone like the writer, asked of: "could someone like me do this", "do people like me get hired". */
const SOMEONE_LIKE_ME = /\b(?:someone|somebody|anyone|anybody|people|person|a person) (?:like|such as) (?:me|myself|us)\b/;

/** Words that join a sentence to the one before it and are no part of it: "and", "also", "please". */
const JOINING_A_SENTENCE = /^(?:(?:and|also|plus|but|so|oh|ok|okay|please|pls)[\s,]+)+/i;

/**
 * Asking for a person in a sentence of its own beside a question for the guide ("how long is the CCM valid for? also is
 * there someone real i could call about it?"), or after sentences that only tell ("wow ok. that is literally about
 * becoming a care manager. can I just talk to a real person please"): where to find a person, and the question asked
 * too, never dropped; what only tells is no question to decline. Null otherwise.
 */
function personAskedBeside(message: Message, situation: Situation, kb: KnowledgeBase): Meaning | null {
  if (!ASKS_FOR_SOMEONE.test(message.text)) return null;
  const sentences = sentencesOf(message.raw).map((sentence) => sentence.trim());
  if (sentences.length < 2 || sentences.length > MAX_CLAUSES) return null;
  // Each sentence is shorter than the message, so reading it as a message of its own ends.
  const forAPerson = (sentence: string) => {
    // "could someone like me do this?" asks of the guide whether the person could do the work.
    if (!ASKS_FOR_SOMEONE.test(normalise(sentence)) || SOMEONE_LIKE_ME.test(normalise(sentence))) return false;
    const read = understand(sentence.replace(JOINING_A_SENTENCE, ''), situation, kb);
    return read.kind === 'chat' && read.acts.includes('askHuman');
  };
  const at = sentences.findIndex(forAPerson);
  if (at < 0) return null;
  const others = sentences.filter((_, i) => i !== at);
  const asking = others.filter((sentence) => clauseAsks(sentence));
  if (asking.length === 0) return others.every((sentence) => readClauses(sentence).every((clause) => clause.act === 'tells')) ? { kind: 'chat', acts: ['askHuman'] } : null;
  const raw = asking.join(' ').replace(JOINING_A_SENTENCE, '');
  const asked = questions({ raw, text: normalise(raw) }, situation, kb);
  return asked.kind === 'question' ? { ...asked, acts: [...new Set<ChatAct>([...asked.acts, 'askHuman'])] } : null;
}

/** Said after asking for a person, and no part of what is asked: where ("in Ireland", "here in Lagos") and "about this". */
const PLACE_SAID = /\s+(?:here\s+|over\s+|out\s+)?(?:in|from|near|around|based in|living in|located in)\s+(?!person\b)[a-z]+(?:\s+[a-z]+)?$/;
const POINTING_ABOUT = /\s+(?:about|regarding|on)\s+(?:(?:all|any of|some of)\s+)?(?:this|it|that|these|those|them|things|this stuff|my options|my situation|my case|this topic)$/;
const POLITE_END = /\s+(?:please|pls|plz|maybe|if possible|possible)$/;
/** "is possible to talk ...", as people write "is it possible to" in other languages' grammar. */
const IS_POSSIBLE = /^(?:is|its|it is) (?:possible|ok|okay)(?: to)? (?=talk|speak|chat|contact|call|meet)/;

/**
 * Asking for a person with where and what about said after it ("Is possible speak with real person in Canada about
 * it?", "can I talk to an adviser here in Leeds about this please"): the ask, read without them. The subject said
 * after "about" ("about the CCM fees") is left to be answered as well (personAskedAbout).
 */
function personAskedWithDetails(message: Message): Meaning | null {
  if (!ASKS_FOR_SOMEONE.test(message.text)) return null;
  let text = message.text.replace(IS_POSSIBLE, 'can i ');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(POLITE_END, '').replace(POINTING_ABOUT, '').replace(PLACE_SAID, '');
  }
  if (text === message.text || text === '') return null;
  const chat = readChat(text, { namesTopic: () => false, introduces: () => false });
  return chat.acts.includes('askHuman') && !chat.rest ? { kind: 'chat', acts: chat.acts } : null;
}

/** A clause said of the last reply or of the bot: "that is literally about ...", "you keep saying that", "this is useless". */
const OF_THE_REPLY = /^(?:(?:but|and|so|well|ok|okay|wow|like|i mean)\s+)*(?:that|this|it|you|your)\b/;

/** The most words of a clause said before asking for a person that is not talk ("ok pediatric sounds nice"). */
const MAX_SAID_BEFORE_WORDS = 4;

/** A word for someone to talk to, which an ask for a person has. */
const ASKS_FOR_SOMEONE = /\b(?:human|humans|person|people|someone|somebody|anyone|anybody|adviser|advisor|agent|staff|counsellor|counselor|expert|representative|operator)\b/;

/** A clause about oneself: "im 45", "i live in texas", "my mum is a nurse". */
const OF_ONESELF = /^(?:(?:oh|well|so|ok|okay|also|btw|fyi|and|but)\s+)*(?:i|my|me|myself)\b/;
/** The most words a statement about oneself takes before it is a story with a question in it for the guide. */
const MAX_STATEMENT_WORDS = 20;

/**
 * Told of oneself, asking nothing and naming nothing of the guide ("im 45", "i live in texas"): a remark, thanked for,
 * not a question the guide declines with "I've noted your question". Every clause tells (clauses.ts).
 */
function toldOfOneself(message: Message, kb: KnowledgeBase): Meaning | null {
  if (message.raw.includes('?') || message.text.split(' ').length > MAX_STATEMENT_WORDS || !OF_ONESELF.test(message.text)) return null;
  const clauses = readClauses(message.raw);
  return clauses.length > 0 && clauses.every((clause) => clause.act === 'tells') && !namesTopic(kb, message.raw) ? { kind: 'chat', acts: ['remark'] } : null;
}

/** The most words a self-introduction takes before it is a story the guide's question reader should see. */
const MAX_INTRODUCTION_WORDS = 30;

/**
 * A self-introduction that asks nothing ("i'm a social worker with a BSW, 4 yrs in child protection", "nurse, 10
 * years on the wards"): every clause tells (clauses.ts) and it says where the person stands (their job or years in the
 * field, aboutYou.ts). A remark, said back and kept for the roadmap, not a question the guide half-places.
 */
function introducesOneself(message: Message, kb: KnowledgeBase): Meaning | null {
  // Said after a greeting too: "hey im 17 and finishing school next year, my careers teacher said i should look at it".
  const chat = chatOf(message, kb);
  const told = chat.acts.length > 0 && chat.rest && chat.acts.every((act) => act === 'greeting' || act === 'howAreYou') ? chat.rest : message.raw;
  if (told.includes('?') || normalise(told).split(' ').length > MAX_INTRODUCTION_WORDS) return null;
  // Two things set against each other ("care coordinator vs care manager") weigh them: a job named there is no one's own.
  if (weighingAsked(told) !== null) return null;
  // Letters typed for words read as meant: "wat even is a care manager" asks.
  if (!readClauses(spelledOut(told)).every((clause) => clause.act === 'tells')) return null;
  // A job or years said, or being at school, not only studies: "tips for my first year as a junior care mgr" asks for
  // tips.
  const about = readAboutYou(message.raw, kb);
  // Said after a greeting, the greeting is kept: the reply greets and uses what was told (respond.ts).
  const greeted = told === message.raw ? [] : chat.acts;
  return about.job !== undefined || about.years !== undefined || about.education === 'school' ? { kind: 'chat', acts: [...greeted, 'remark'] } : null;
}

/** Acts that ask something of the conversation itself, not of the guide: "can u say it simpler", "can i speak to someone". */
const ASKED_OF_THE_CONVERSATION: ReadonlySet<ChatAct> = new Set(['again', 'confused', 'askHuman']);

/**
 * Acts followed by a part that asks ("sorry im lost, can u say it simpler"), in every place: conversation when the
 * learned model is sure the message asks for the last reply again or simpler, or for a person, and the part names
 * nothing of the guide; help when it is surer still that the part asks how to use the chat ("Good afternoon dear, is
 * this where I type my question?"); else a question.
 */
function askedOfTheConversation(message: Message, kb: KnowledgeBase): Meaning | null {
  const model = actModel();
  const chat = chatOf(message, kb);
  if (!model || chat.acts.length === 0 || !chat.rest || !asksSomething(chat.rest) || namesTopic(kb, chat.rest)) return null;
  // The part the rules left is read alone first: the acts they read before it ("Good afternoon dear, ...") would
  // otherwise pull the model toward themselves and away from what the part asks; then the whole message.
  for (const read of [chat.rest, message.raw]) {
    const reading = sureAct(model, read);
    const meaning = reading ? LEARNED_MEANINGS[reading.label] : undefined;
    if (!reading || !meaning) continue;
    if (meaning.kind === 'command' && meaning.command === 'help' && reading.probability >= SURER_FOR_STEERING) return meaning;
    if (meaning.kind === 'chat' && meaning.acts.every((act) => ASKED_OF_THE_CONVERSATION.has(act))) return { kind: 'chat', acts: [...new Set([...chat.acts, ...meaning.acts])] };
  }
  return null;
}

const TURN_KEY = Symbol('understanding');

interface TurnReading {
  raw: string;
  place: Place;
  meaning: Meaning;
}

/**
 * The meaning of this turn's message, read once: the router reads it where the message arrived, and the flow that
 * then handles the turn gets the same result. `fallback` is the place to assume when the router did not read it.
 */
export function understandTurn(context: TurnContext, kb: KnowledgeBase, situation?: Situation, fallback: Situation = AT_ROOT): Meaning {
  const raw = (context.activity.text ?? '').trim();
  const kept: unknown = context.turnState.get(TURN_KEY);
  if (isTurnReading(kept) && kept.raw === raw && (!situation || kept.place === situation.place)) return kept.meaning;
  const where = situation ?? fallback;
  const meaning = understand(raw, where, kb);
  context.turnState.set(TURN_KEY, { raw, place: where.place, meaning } satisfies TurnReading);
  return meaning;
}

/** The meaning this turn's message was given, when it was read (the chat evaluation reads it after the turn). */
/** The turn's meaning read again with what the conversation holds (the answer in view): kept as the turn's reading. */
export function rereadTurn(context: TurnContext, meaning: Meaning): Meaning {
  const kept: unknown = context.turnState.get(TURN_KEY);
  if (isTurnReading(kept)) context.turnState.set(TURN_KEY, { ...kept, meaning } satisfies TurnReading);
  return meaning;
}

export function turnMeaning(context: TurnContext): Meaning | undefined {
  const kept: unknown = context.turnState.get(TURN_KEY);
  return isTurnReading(kept) ? kept.meaning : undefined;
}

function isTurnReading(value: unknown): value is TurnReading {
  return typeof value === 'object' && value !== null && 'raw' in value && 'place' in value && 'meaning' in value;
}
