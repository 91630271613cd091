import { understandsNow } from './understanding/talk/understoodNow';
import { holdSorryLead } from './rendering/talk/sorryWhenNew';
import type { TurnContext } from 'botbuilder';
import { weighingAsked } from '../knowledge/comparison';
import { speaksOfPay } from '../knowledge/aspects';
import type { FaqEntry } from '../knowledge/schema';
import { placed, sendAnswer } from './answerTurn';
import { sendNumberedItem } from './rendering/inView/inViewReplies';
import { rememberAnswered, sendEntry, sendFollowUp } from './rendering/core/entryReplies';
import { sendWhatIsLeft } from './rendering/person/situationReplies';
import { sendOutsideWorkIntroduced } from './rendering/person/caseWeighedReplies';
import { RepairMessages, sendFigureDoubted, sendMeantNotInGuide, sendMissedNotInGuide, wantedWasAnswered } from './rendering/talk/repairReplies';
import type { DialogDeps, OfferedMenu } from './deps';
import { feedbackUserOf } from './feedbackStore';
import { askButton, channelOf, flowButton, renderChat, renderChatInFlow, renderChatLead, renderNotCovered, renderNothingToPick, renderRated, renderText, topicButtons, withButtons } from './rendering/core/cards';
import { comparisonActivity } from './rendering/guided/guidedCards';
import { renderInShort, renderNoneOfThese } from './rendering/beyond/nearby';
import { Messages } from './rendering/core/messages';
import { startingPoint } from './flows/roadmapPlan';
import { isEmptyAbout, isUnnamedJob, readAboutYou, saysWhereTheyStand, tellsOfCareWork } from './understanding/person/aboutYou';
import { TOLD_JOB_PREFIX } from './understanding/person/jobInTheirWords';
import { shortOfABachelorsTold } from './understanding/person/shortOfABachelorsTold';
import { startingRolePointedTo, withoutAsidesOfTheIntroduction } from './understanding/person/besideTheIntroduction';
import { ownWorkPart, workNamed, type WorkNamed } from './understanding/person/experienceCounts';
import { clausesOf, deniesSomething, readClauses } from './understanding/core/clauses';
import { asksIfAnAi, complainsOfEffort, complainsOfRepeating, complainsOfTheBot, correctsTheAnswer, likesWhatWasDescribed, mainAct, saysGoodbye, turnsItDown, type ChatAct } from './understanding/core/conversation';
import type { Meaning } from './understanding/core/pipeline';
import { asksIfWorthIt } from './understanding/talk/remarks';
import { isPayOnTheLadder } from './understanding/core/followUp';
import { degreeTurnedDown } from './understanding/person/degreeTurnedDown';
import { sendDiscouraged, sendHardGoing, sendWaitComplained } from './rendering/talk/talkReplies';
import { askedInstead, briefAsked, type AskedInstead } from './understanding/talk/correctionAsked';
import { complaintAsksNothing, meantAtTheEnd } from './understanding/talk/repairAsked';
import { normalise } from './understanding/core/textMatch';
import { specialisationById } from './understanding/questions/specialisationMatch';
import { sendIntroducedFirst } from './rendering/person/introReplies';

/** The meanings answered the same way at the root and in the middle of a guided flow. */
export type SharedMeaning = Extract<Meaning, { kind: 'compare' | 'followUp' | 'noneOfThese' | 'chat' | 'number' | 'staleChoice' | 'otherLanguage' | 'question' | 'yesOrNo' | 'empty' }>;

export function isSharedMeaning(meaning: Meaning): meaning is SharedMeaning {
  switch (meaning.kind) {
    case 'compare':
    case 'followUp':
    case 'noneOfThese':
    case 'chat':
    case 'number':
    case 'staleChoice':
    case 'otherLanguage':
    case 'question':
    case 'yesOrNo':
    case 'empty':
      return true;
    default:
      return false;
  }
}

/** How a message was handled: answered (the flow asks its question again), or a question the guide does not answer. */
export type Outcome = 'answered' | 'notCovered';

/** Ratings remembered per conversation, so one person clicking twice counts once. */
const MAX_RATED_PER_CONVERSATION = 100;

/** Where someone who asks for a person can look, from the guide's own entries. */
const PERSON_ENTRY_IDS: readonly string[] = Object.freeze(['professional-organizations']);

/** The entries offered after a remark on the career or on oneself: what helps someone decide, or start. */
const REMARK_ENTRY_IDS: Readonly<Record<'judgesCareer' | 'likesCareer' | 'doubtsSelf' | 'tellsOfDay' | 'remark', readonly string[]>> = Object.freeze({
  judgesCareer: ['right-for-me', 'rewarding', 'stressful'],
  likesCareer: ['what-is-needed', 'how-long', 'right-for-me'],
  doubtsSelf: ['right-for-me', 'essential-skills', 'what-is-needed'],
  tellsOfDay: ['daily-duties', 'stressful', 'right-for-me'],
  remark: ['right-for-me', 'daily-duties', 'what-is-needed'],
});

/** An amount said to be low ("thats nothing", "not much money", "peanuts"), not high ("a lot of money"). */
const SAYS_LOW = /\b(?:not (?:much|a lot|great|loads|very much|very good|good)|nothing|peanuts|low|little|only|is that all|that s all|rubbish|poor|pittance|mid|meh|mediocre|underwhelming|nothing special)\b/;
/** Low said in words, or by asking why anyone would bother (remarks.ts), which doubts the figure as "only that?" does. */
const saysItIsLow = (text: string): boolean => SAYS_LOW.test(normalise(text)) || clausesOf(text).some(asksIfWorthIt);

/** The guide's pay, from entry level up. */
const PAY_ENTRY_ID = 'salary';

/** The entries offered after doubt at a pay figure: how pay grows, what may raise it, and what else the work gives. */
const PAY_DOUBTED_ENTRY_IDS: readonly string[] = Object.freeze(['career-ladder', 'certification-benefits', 'rewarding']);

/** The guide's answer for someone who says they have no degree. */
const NO_DEGREE_ENTRY_ID = 'without-degree';
/** The guide's time for the route: in view, where the person stands told again is counted again. */
const TIMELINE_ENTRY_ID = 'how-long';
/** The guide's answer on gaining experience, whose yes a person may tell their work to earn. */
const EXPERIENCE_ENTRY_ID = 'gaining-experience';

/** The entries offered after a self-introduction from work outside health and social care: where to start. */
const OUTSIDE_FIELD_ENTRY_IDS: readonly string[] = Object.freeze(['what-is-needed', 'gaining-experience']);

/** Doubt or a judgement of the career, which a closing "done" turns into leaving. */
const DOUBTS: ReadonlySet<ChatAct> = new Set(['doubtsAnswer', 'judgesCareer']);
/** A message that ends on being done with the chat: "... done", "... im out", "... over it". */
const CLOSES_ON_DONE = /(?:^|\s)(?:done|done here|done now|i am done|im done|i am out|im out|over it)$/;

/** Acts said on arriving, which an introduction may come with. */
const GREETINGS: ReadonlySet<ChatAct> = new Set(['greeting', 'howAreYou']);

/** The entries offered after a self-introduction with no job that touches on nothing else: what it takes to become one. */
const INTRODUCED_ENTRY_IDS: readonly string[] = Object.freeze(['what-is-needed']);
/** The guide's answer on who the career may suit. */
const FIT_ENTRY_ID = 'right-for-me';
/** The guide's first jobs, one of which a self-introduction may point to ("go into case management"). */
const FIRST_JOBS_ENTRY_ID = 'entry-level-jobs';
/** The career weighed for oneself, told not asked: "got me thinking about it", "thinking about care work", "considering it". */
const CAREER_WEIGHED = /\b(?:thinking (?:about|of) (?:it|this|that|care|doing)|got me thinking|considering (?:it|this|care)|interested in (?:it|this|care))\b/;

export { mainAct };

/** Where a reply is given: with no flow running, or in the middle of a guided flow whose question comes back after it. */
export interface RespondOptions {
  inFlow?: boolean;
  /** The entry the person has in view when it is not the last answer (the walk's step on screen): what "that one" points at. */
  inView?: string;
  /** The entries the last reply offered as buttons instead of an answer: a list "the second one" or "2" picks from. */
  menu?: OfferedMenu;
}

/** Replies to a message that is not a step in a flow: conversation, follow-ups, comparisons and questions for the guide. */
export async function respond(context: TurnContext, deps: DialogDeps, meaning: SharedMeaning, options: RespondOptions = {}): Promise<Outcome> {
  const channel = channelOf(context.activity);
  // "in short?", "tl;dr": the answer in view in fewer words, never "outside what I can help with".
  if (!options.inFlow && briefAsked(context.activity.text ?? '')) {
    const last = await lastEntry(context, deps);
    await context.sendActivity(renderInShort(last, last ? relatedEntries(deps, last) : [], channel));
    return 'answered';
  }
  // "that seems low. our director makes about 160k" after a level's pay: the guide's figure and that it is a median.
  if (!options.inFlow && (meaning.kind === 'chat' || meaning.kind === 'question') && (await sendFigureDoubted(context, deps, await lastEntry(context, deps)))) return 'answered';
  // "I meant high school" after the courses in a degree: the guide's silence on it, not the answer again (repairReplies.ts).
  if (!options.inFlow && (meaning.kind === 'chat' || meaning.kind === 'question') && (await sendMeantNotInGuide(context, deps, await lastEntry(context, deps)))) return 'notCovered';
  // "i meant the money" read as a remark: what was meant is asked, as a correction with the question in it is.
  const meant = !options.inFlow && meaning.kind === 'chat' ? meantAtTheEnd(context.activity.text ?? '') : null;
  if (meant && deps.engine.answer(meant).kind === 'answer') return respond(context, deps, { kind: 'question', text: meant, acts: [] }, options);
  switch (meaning.kind) {
    case 'compare': {
      const pair = [specialisationById(deps.kb, meaning.pair[0]), specialisationById(deps.kb, meaning.pair[1])] as const;
      await context.sendActivity(comparisonActivity(...pair));
      // Both areas stay in view, as two answers side by side do ("which has more jobs?" asks of the two).
      for (const area of pair) await rememberAnswered(context, deps, area.faqId);
      return 'answered';
    }
    case 'followUp':
      await sendFollowUp(context, deps);
      return 'answered';
    case 'noneOfThese': {
      // Typed under suggestions for a question: what the guide covers nearest to it, and how to ask, as the button does.
      const asked = options.menu?.question?.trim();
      if (!asked) {
        await context.sendActivity(withButtons(channel, Messages.noneOfTheseNoQuestion, topicButtons()));
        return 'answered';
      }
      const offered = options.menu?.ids ?? [];
      await deps.feedback.recordNoneOfThese(asked, offered, feedbackUserOf(context.activity), context.activity.channelId);
      await context.sendActivity(renderNoneOfThese(deps.kb, asked, offered, channel));
      return 'answered';
    }
    case 'chat':
      if (options.inFlow) await sendChatInFlow(context, deps, meaning.acts);
      else await sendChat(context, deps, meaning.acts);
      return 'answered';
    case 'number':
      // After an answer that showed a list, "3" picks its third item; in a flow, the flow's own choices are meant.
      if (!options.inFlow && (await sendNumberedItem(context, deps, meaning.value, options.menu?.ids))) return 'answered';
      await context.sendActivity(renderNothingToPick(channel, meaning.value));
      return 'answered';
    case 'staleChoice':
      await context.sendActivity(renderNothingToPick(channel));
      return 'answered';
    case 'otherLanguage':
      // Asked in English to use another language ("can you speak Italian?"): said plainly, not "ask me in English".
      if (meaning.language === 'asked' && options.inFlow) await context.sendActivity(renderText(channel, Messages.writesOnlyEnglishInFlow));
      else await context.sendActivity(withButtons(channel, meaning.language === 'asked' ? Messages.writesOnlyEnglish : Messages.englishOnly, topicButtons()));
      return 'answered';
    case 'question': {
      if (meaning.language !== undefined && !(await readInEnglish(context, deps, meaning.text))) return 'answered';
      // A story with no question that the guide would decline ("I was hotel manager 10 years ... I want change my work
      // to care"): what it tells used, as an introduction is, not "outside what I can help with".
      const told = context.activity.text ?? '';
      if (!options.inFlow && meaning.acts.every((act) => GREETINGS.has(act)) && storyToUse(told, deps)) {
        await sendIntroduction(context, deps, told, await lastEntry(context, deps), meaning.acts.length > 0);
        return 'answered';
      }
      // "no. i ask the STEPS how to start": what was wanted is asked on its own, never the rejected answer again.
      const instead = options.inFlow ? null : askedInstead(told, meaning.text, await lastEntry(context, deps), deps.engine, deps.kb);
      if (instead) return sendInstead(context, deps, instead, meaning.acts, options);
      // A complaint beside words that ask nothing ("not what I asked. anyway thanks, I'll ask at work") is conversation.
      const talk = meaning.toldAgain || meaning.missed ? null : complaintAsksNothing(meaning.acts, meaning.text, told);
      if (talk) return respond(context, deps, { kind: 'chat', acts: talk }, options);
      await sendLead(context, deps, meaning.acts);
      // "you skipped my RRT question": what the guide never mentions is said plainly, not owned as missed (repairReplies.ts).
      if (meaning.missed && (await sendMissedNotInGuide(context, deps, meaning.text, await lastEntry(context, deps)))) return 'notCovered';
      if (meaning.missed) await context.sendActivity(renderText(channelOf(context.activity), await missedLead(context, deps, meaning.text)));
      if (meaning.opinion) await context.sendActivity(renderText(channelOf(context.activity), meaning.opinion === 'view' ? Messages.noViewOfMyOwn : Messages.noPickOfMyOwn));
      // "that's not what i asked, i wanted the hours they work": the question is not asked of the answer just rejected.
      // A correction that says what was not meant rejects it too ("no i mean quicker to become one in the first place, not
      // move up"); one that only narrows the question ("no i meant per hour") is asked of it.
      const said = context.activity.text ?? '';
      // "i said im already in 2nd yr": the answer in view's question asked again with what they told of themselves.
      const last = meaning.toldAgain ? await lastEntry(context, deps) : undefined;
      if (last) return placed(await sendAnswer(context, deps, `${meaning.text}. ${last.question}`, { inView: options.inView, lastRejected: false, menu: options.menu })) ? 'answered' : 'notCovered';
      // "you said that already. what about ...?": the last answer was repeated, not wrong, so it is not set aside.
      const rejected = (meaning.acts.includes('complaint') && !complainsOfRepeating(said)) || (correctsTheAnswer(said) && deniesSomething(said));
      return placed(await sendAnswer(context, deps, meaning.text, { inView: options.inView, lastRejected: rejected, menu: options.menu, inContext: meaning.missed === true || rejected })) ? 'answered' : 'notCovered';
    }
    case 'yesOrNo':
      await sendYesOrNo(context, deps, meaning.acts);
      return 'answered';
    case 'empty': {
      const reason = (context.activity.attachments ?? []).length > 0 ? 'attachments' : 'empty';
      await context.sendActivity(renderNotCovered(reason, channel));
      return 'notCovered';
    }
  }
}

/**
 * A message in another language with the guide's words in English ("y el salario al principio? entry level"): when the
 * guide answers those words (or offers entries for them), the reply says once in the conversation that the bot reads
 * English only and which words it read, and the answer follows (true); when it does not, the bot says it only
 * understands English, as it does to a message with nothing in English, and logs no gap (false).
 */
async function readInEnglish(context: TurnContext, deps: DialogDeps, english: string): Promise<boolean> {
  const channel = channelOf(context.activity);
  const read = deps.engine.answer(english);
  if (!read.answered && read.kind !== 'ambiguous') {
    await context.sendActivity(withButtons(channel, Messages.englishOnly, topicButtons()));
    return false;
  }
  if ((await deps.englishNoted.get(context)) !== true) {
    await context.sendActivity(renderText(channel, Messages.englishPartRead(english)));
    await deps.englishNoted.set(context, true);
  }
  return true;
}

/**
 * A yes or a no asked for on the answer in view: the guide's FAQs never answer with one ("can be stressful at times",
 * "it is possible ... most employers prefer"), so that is said plainly, then what the answer says in its first lines.
 * With no answer in view there is nothing to say yes or no to, and the person is asked what they mean.
 */
async function sendYesOrNo(context: TurnContext, deps: DialogDeps, acts: readonly ChatAct[]): Promise<void> {
  const channel = channelOf(context.activity);
  const last = await lastEntry(context, deps);
  if (!last) {
    await context.sendActivity(withButtons(channel, Messages.yesOrNoOfNothing, topicButtons()));
    return;
  }
  await sendLead(context, deps, acts);
  await context.sendActivity(renderText(channel, Messages.noPlainYesOrNo(last.title, firstLinesOf(last.answer))));
}

/** An answer's first paragraph (its list too, when the paragraph leads into one): what it says, in short. */
function firstLinesOf(answer: string): string {
  return answer.trim().split(/\n\s*\n/)[0]!.trim();
}

/**
 * The lead before a part the person says the last answer left out: sorry for missing it, or, when a recent answer did
 * give it (two answers in one reply, the part under its own heading), that it is above; the part follows either way.
 */
async function missedLead(context: TurnContext, deps: DialogDeps, part: string): Promise<string> {
  const read = deps.engine.answer(part);
  const recent = [await deps.lastAnswered.get(context), await deps.answeredBefore.get(context)];
  return read.kind === 'answer' && read.entry && recent.includes(read.entry.id) ? Messages.missedButAbove(read.entry.title) : Messages.missedPart;
}

/** Remarks that ask nothing: said after thanks ("thank you, this is hard"), the reply answers them too. */
const REMARKS: ReadonlySet<ChatAct> = new Set(['judgesCareer', 'likesCareer', 'doubtsAnswer', 'doubtsSelf', 'tellsOfDay']);

/** The remark said beside thanks, a rating or praise, which the reply answers after a short lead; else undefined. */
function remarkBesideLead(acts: readonly ChatAct[]): { lead: 'thanks' | 'helpful' | 'praise'; remark: ChatAct } | undefined {
  const lead = mainAct(acts);
  const remark = acts.find((act) => REMARKS.has(act));
  return remark && (lead === 'thanks' || lead === 'helpful' || lead === 'praise') ? { lead, remark } : undefined;
}

/**
 * The goodbye to a message that says goodbye after thanks, a rating or a complaint ("thanks thats helpful, bye!",
 * "what? I didn't ask about that. forget it, bye"): those are answered in a few words before it, and a rating or a
 * complaint rates the last answer.
 */
export async function goodbyeTo(context: TurnContext, deps: DialogDeps, acts: readonly ChatAct[]): Promise<string> {
  const act = mainAct(acts.filter((said) => said !== 'bye'));
  if (act === 'helpful' || act === 'complaint') await rateLast(context, deps, act === 'helpful');
  const lead = act in Messages.beforeGoodbye ? `${Messages.beforeGoodbye[act as keyof typeof Messages.beforeGoodbye]} ` : '';
  // "whatever. not for me. bye", "yeah right. im out": no good luck on a path just turned down or doubted.
  return turnsItDown(context.activity.text ?? '') || acts.some((said) => DOUBTS.has(said)) ? `${lead}${Messages.byeTurningDown}` : `${lead}${Messages.chat.bye}`;
}

/** Questions put to the bot about itself or what it keeps: each asks for an answer, whatever is said before it. */
const ASKS_THE_BOT: ReadonlySet<ChatAct> = new Set(['privacy', 'aboutSource', 'areYouHuman', 'whoAreYou', 'howAreYou']);
/** What the bot is and where its answers come from: one answer says it, however many ways it was asked. */
const WHAT_THE_BOT_IS: readonly ChatAct[] = ['aboutSource', 'areYouHuman', 'whoAreYou'];
/** Acts that rank before a question to the bot and would answer alone, said as a short lead before its answer instead. */
const LEADS_BEFORE_ASKED: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise', 'complaint']);

/**
 * The questions to the bot a message asks, each answered once: how it is, what it is (the first way it was asked), and
 * what it keeps, in that order.
 */
function questionsToTheBot(acts: readonly ChatAct[]): ChatAct[] {
  const what = WHAT_THE_BOT_IS.find((act) => acts.includes(act));
  return [...(acts.includes('howAreYou') ? (['howAreYou'] as const) : []), ...(what ? [what] : []), ...(acts.includes('privacy') ? (['privacy'] as const) : [])];
}

/**
 * Questions to the bot that one act's reply would not answer in full: said after thanks, praise or a complaint ("Okay,
 * thank you. May I ask, are you ChatGPT or a real person?"), or more than one ("who built this bot and is anything I
 * type here shared with my employer?"). The act that leads, if any, and the questions; else undefined.
 */
function askedOfTheBot(acts: readonly ChatAct[]): { lead: ChatAct | undefined; asked: ChatAct[] } | undefined {
  if (acts.includes('askHuman')) return undefined;
  const lead = mainAct(acts);
  const asked = questionsToTheBot(acts);
  if (asked.length === 0) return undefined;
  if (LEADS_BEFORE_ASKED.has(lead)) return { lead, asked };
  return asked.length > 1 && ASKS_THE_BOT.has(lead) ? { lead: undefined, asked } : undefined;
}

/**
 * The answer to a question put to the bot (see ASKS_THE_BOT), at the root or in a flow; `closing`, the last of the
 * reply at the root, may invite another question.
 */
function answerAboutTheBot(deps: DialogDeps, asked: ChatAct, said: string, channel: ReturnType<typeof channelOf>, inFlow: boolean, closing = true): string {
  if (asked === 'privacy') return Messages.privacyAnswer(deps.feedbackRetentionDays, channel);
  // "is this like chatgpt?", "are you ChatGPT or a real person": not a general AI, and where the answers come from.
  if (WHAT_THE_BOT_IS.includes(asked) && asksIfAnAi(said)) return inFlow || !closing ? Messages.notAGeneralAiInFlow : Messages.notAGeneralAi;
  return inFlow || !closing ? Messages.chatInFlow[asked] : Messages.chat[asked];
}

/**
 * Questions to the bot, after a lead or several at once: the lead acknowledged in a few words (a rating or a complaint
 * rates the last answer), then each question answered.
 */
async function sendAskedOfTheBot(context: TurnContext, deps: DialogDeps, lead: ChatAct | undefined, asked: readonly ChatAct[], inFlow: boolean): Promise<void> {
  const channel = channelOf(context.activity);
  if (lead === 'helpful' || lead === 'complaint') await rateLast(context, deps, lead === 'helpful');
  const said = context.activity.text ?? '';
  const first = lead !== undefined && lead in Messages.beforeGoodbye ? [Messages.beforeGoodbye[lead as keyof typeof Messages.beforeGoodbye]] : [];
  const answers = asked.map((act, i) => answerAboutTheBot(deps, act, said, channel, inFlow, i === asked.length - 1));
  // The lead runs into the first answer; each further answer is a paragraph of its own.
  const text = [[...first, answers[0]].join(' '), ...answers.slice(1)].join('\n\n');
  const last = asked.at(-1)!;
  await context.sendActivity(inFlow ? renderChatInFlow(last, channel, [], text) : renderChat(last, channel, [], text));
}

/** The reply to conversation: one act answers (a complaint before thanks), and ratings go to the last answer. */
async function sendChat(context: TurnContext, deps: DialogDeps, acts: readonly ChatAct[]): Promise<void> {
  const channel = channelOf(context.activity);
  if (saysGoodbye(acts)) {
    await context.sendActivity(renderChat('bye', channel, [], await goodbyeTo(context, deps, acts)));
    return;
  }
  // "ok thanks. are you a bot?", "who made you, and do you keep my messages?": the thanks said back in a word, and
  // every question to the bot answered (a person asked for is answered before them).
  const asked = askedOfTheBot(acts);
  if (asked) return sendAskedOfTheBot(context, deps, asked.lead, asked.asked, false);
  const beside = remarkBesideLead(acts);
  if (beside) {
    if (beside.lead === 'helpful') await rateLast(context, deps, true);
    return sendRemark(context, deps, beside.remark, `${Messages.chatLead[beside.lead]} `);
  }
  const said = context.activity.text ?? '';
  // "this bot is kinda slow lol but ty": sorry for the wait, the thanks welcomed (talk38, rendering/talk/talkReplies.ts).
  if (await sendWaitComplained(context, acts)) return;
  // "im sorry, its been a hard year": sympathy and time; "ugh this is so confusing": the short version (talk40).
  if (await sendHardGoing(context, deps, acts)) return;
  // "honestly its a bit discouraging. Every answer is 'get a degree'": heard, and the way in without one (talk38).
  if (acts.some((act) => REMARKS.has(act)) && (await sendDiscouraged(context, deps))) return;
  // "lol dream on. done": doubt or a judgement, then done with the chat: a goodbye that does not cheer the path on.
  if (acts.some((act) => DOUBTS.has(act)) && CLOSES_ON_DONE.test(normalise(said))) {
    await context.sendActivity(renderChat('bye', channel, [], Messages.byeTurningDown));
    return;
  }
  // "Hi there! I'm a dental hygienist, 33, 9 years ... Looking at options." first: greeted, and their case answered (intro40).
  if (acts.every((told) => GREETINGS.has(told)) && (await lastEntry(context, deps)) === undefined && (await sendIntroducedFirst(context, deps, said, said))) return;
  // "hi, I'm a barista and thinking about care work": greeted, and what they told used.
  if (acts.includes('remark') && acts.every((told) => told === 'remark' || GREETINGS.has(told)) && introducesOneself(said, deps)) {
    return sendIntroduction(context, deps, said, await lastEntry(context, deps), acts.some((told) => GREETINGS.has(told)));
  }
  // "no way im doing 4 yrs of college, theres gotta be another way in": taken as asking the way in without the degree.
  const withoutDegree = degreeTurnedDown(said) ? deps.kb.faqById.get(NO_DEGREE_ENTRY_ID) : undefined;
  if (withoutDegree && withoutDegree.id !== (await lastEntry(context, deps))?.id) {
    await context.sendActivity(renderText(channel, Messages.takenAsWayWithoutDegree));
    return sendEntry(context, deps, withoutDegree);
  }
  const act = mainAct(acts);
  // A complaint that asks for a person ("this isn't helping. can I speak to someone?"): sorry, and where to find one.
  if (act === 'complaint' && acts.includes('askHuman')) {
    await sendSorryAndPerson(context, deps, false);
    return;
  }
  // Thanks, with the chat said to be hard going: both acknowledged, and the effort noted as a complaint is.
  if ((act === 'thanks' || act === 'helpful' || act === 'praise') && complainsOfEffort(context.activity.text ?? '')) {
    await rateLast(context, deps, false);
    await context.sendActivity(renderChat('thanks', channel, [], Messages.thanksDespiteEffort));
    return;
  }
  // "Ahh i get it now", read as an ok: glad it makes sense, with what is near the answer it came from ("that makes sense
  // now", read as saying it helped, is thanked for as before).
  if (act === 'ack' && understandsNow(said)) {
    const last = await lastEntry(context, deps);
    await context.sendActivity(renderChat(act, channel, last ? relatedEntries(deps, last) : [], Messages.understoodNow));
    return;
  }
  switch (act) {
    case 'helpful': {
      const last = await lastEntry(context, deps);
      await rateLast(context, deps, true);
      await context.sendActivity(renderChat('helpful', channel, last ? relatedEntries(deps, last) : []));
      return;
    }
    case 'complaint': {
      const last = await lastEntry(context, deps);
      await rateLast(context, deps, false);
      // "this bot is pretty limited": about the bot, not one answer; what it can do, and the feedback noted.
      if (complainsOfTheBot(said)) await context.sendActivity(withButtons(channel, Messages.complaintAboutBot, topicButtons()));
      else if (!last) await context.sendActivity(withButtons(channel, Messages.complaintNothingAnswered, topicButtons()));
      // "u already said that": the guide has no more on it, said plainly, with what is near; asking again would not help.
      else if (complainsOfRepeating(said)) await context.sendActivity(renderChat('complaint', channel, relatedEntries(deps, last), Messages.repeatedComplaint(last.title)));
      else await context.sendActivity(renderChat('complaint', channel, relatedEntries(deps, last)));
      return;
    }
    case 'confused': {
      const last = await lastEntry(context, deps);
      await context.sendActivity(renderChat('confused', channel, last ? relatedEntries(deps, last) : []));
      return;
    }
    case 'askHuman':
      await context.sendActivity(renderChat('askHuman', channel, entries(deps, PERSON_ENTRY_IDS)));
      return;
    case 'again': {
      const last = await lastEntry(context, deps);
      if (last) return sendEntry(context, deps, last);
      await context.sendActivity(renderChat('again', channel));
      return;
    }
    case 'privacy':
      await context.sendActivity(renderChat('privacy', channel, [], Messages.privacyAnswer(deps.feedbackRetentionDays, channel)));
      return;
    case 'areYouHuman':
    case 'whoAreYou':
    case 'aboutSource':
      // "is this like chatgpt?", "are you an AI": not a general AI, and where the answers come from.
      await context.sendActivity(renderChat(act, channel, [], answerAboutTheBot(deps, act, said, channel, false)));
      return;
    case 'doubtsAnswer':
    case 'judgesCareer':
    case 'likesCareer':
    case 'doubtsSelf':
    case 'tellsOfDay':
      return sendRemark(context, deps, act);
    case 'remark': {
      // What the remark itself touches on ("he's more of a people person" the soft skills, "i work nights" the hours),
      // when the guide has it plainly and it is not the answer just given; else what the guide has around the last
      // answer, and with none, what helps someone decide.
      const last = await lastEntry(context, deps);
      // Work outside the field told with nothing asked ("zookeeper here, 8 yrs"): said back, where the route starts.
      if (await sendOutsideWorkIntroduced(context, deps, said, last?.id)) return;
      if (introducesOneself(said, deps)) return sendIntroduction(context, deps, said, last);
      // "it's in a hospital though" after the experience the guide describes: the yes it was owed.
      const named = namedAfterExperience(said, last);
      if (named) {
        await context.sendActivity(withButtons(channel, Messages.experienceNamed(named, 'then'), [flowButton('roadmap'), ...entries(deps, ['how-long', 'without-degree']).map(askButton)]));
        return;
      }
      const touched = entryTouchedOn(deps, said, last);
      if (touched) await context.sendActivity(renderChat(act, channel, [touched], Messages.remarkTouchingOn(touched.title)));
      else await context.sendActivity(renderChat(act, channel, last ? relatedEntries(deps, last) : entries(deps, REMARK_ENTRY_IDS.remark)));
      return;
    }
    default:
      await context.sendActivity(renderChat(act, channel));
  }
}

/**
 * What the guide names of the work someone tells with the experience it describes in view ("i work IN a hospital" after
 * "does portering count?"), which earns the yes; null when it names none of it or another answer is in view.
 */
function namedAfterExperience(said: string, last: FaqEntry | undefined): WorkNamed | null {
  return last?.id === EXPERIENCE_ENTRY_ID && tellsOfCareWork(ownWorkPart(said)) ? workNamed(said) : null;
}

/** How sure the guide must be of the entry a remark touches on for it to be offered as the one thing to read next. */
const TOUCHED_ON_CONFIDENCE = 0.6;

/**
 * The entry a remark that asks nothing touches on, read by the answer engine as if it were asked: offered only when
 * the engine places it confidently and it is not the answer the person has just read.
 */
function entryTouchedOn(deps: DialogDeps, said: string, last: FaqEntry | undefined): FaqEntry | undefined {
  const answer = deps.engine.answer(said);
  if (answer.kind !== 'answer' || !answer.entry || answer.score < TOUCHED_ON_CONFIDENCE) return undefined;
  return answer.entry.id === last?.id ? undefined : answer.entry;
}

/**
 * A story that asks nothing and says where the person stands or what they want ("Ex-army medic. 12 yrs. Out now."),
 * which the guide's question reader would decline: every clause tells, and the engine places none of it.
 */
function storyToUse(said: string, deps: DialogDeps): boolean {
  const clauses = readClauses(said);
  if (said.includes('?') || !clauses.every((clause) => clause.act === 'tells' || clause.act === 'wishes')) return false;
  // Two things set against each other ("social worker vs care manager") ask how they differ: a job named there is no one's own.
  if (weighingAsked(said) !== null) return false;
  const about = readAboutYou(said, deps.kb);
  const wishes = clauses.some((clause) => clause.act === 'wishes');
  if (!saysWhereTheyStand(about) && about.aim === undefined && about.specialisation === undefined && !wishes) return false;
  return deps.engine.answer(said).kind !== 'answer';
}

/** True when a remark says where the person stands: their job, education or years in the field. */
function introducesOneself(said: string, deps: DialogDeps): boolean {
  const about = readAboutYou(said, deps.kb);
  return about.job !== undefined || about.education !== undefined || about.years !== undefined;
}

/**
 * A self-introduction that asks nothing ("i'm a social worker with a BSW, 4 yrs in child protection"): where the
 * person stands said back (it is kept for the roadmap), the roadmap offered to start from it, and what the rest of it
 * touches on ("burnt out" the stress of the job) offered beside it.
 */
async function sendIntroduction(context: TurnContext, deps: DialogDeps, said: string, last: FaqEntry | undefined, greeted = false): Promise<void> {
  // Work outside the field with no education told: said back as they put it, with its years (caseWeighedReplies.ts).
  if (await sendOutsideWorkIntroduced(context, deps, said, last?.id)) return;
  const about = readAboutYou(said, deps.kb);
  const channel = channelOf(context.activity);
  const hello = greeted ? `${Messages.introducedGreeting} ` : '';
  // No degree, and no question: what such a person most needs, said as what it was taken to ask, then the guide's answer.
  const withoutDegree = about.education === 'none' ? deps.kb.faqById.get(NO_DEGREE_ENTRY_ID) : undefined;
  if (withoutDegree && withoutDegree.id !== last?.id) {
    await context.sendActivity(renderText(channel, `${hello}${Messages.takenAsNoDegree}`));
    return sendEntry(context, deps, withoutDegree);
  }
  // Years said back only when told: "im a carer" says nothing of how long.
  const years = about.years ?? null;
  const noted = startingPoint({ job: about.job?.id ?? null, education: about.education ?? null, diplomaKind: about.diplomaKind ?? null, working: years === null ? null : (about.working ?? null), years, aim: null });
  // "I dont have bachelor, only CNA certificate ...", "my degree is criminal justice, associates" after the route: noted,
  // and what it means for them, the guide's answer on going without a degree (late38b; ut38a P01-T3, P12-T7).
  const shortOfBachelors = (about.education === 'diploma' || about.education === 'school') && noted && shortOfABachelorsTold(said, last !== undefined) ? deps.kb.faqById.get(NO_DEGREE_ENTRY_ID) : undefined;
  if (shortOfBachelors && shortOfBachelors.id !== last?.id) {
    await context.sendActivity(renderText(channel, `${hello}${Messages.notedShortOfBachelors(noted)}`));
    return sendEntry(context, deps, shortOfBachelors);
  }
  // Work the guide names, told with the experience it describes in view ("i work IN a hospital" after "does portering
  // count?"): the yes it was owed, with the guide's reason, then where they stand.
  const named = namedAfterExperience(said, last);
  if (named) {
    const lead = `${hello}${Messages.experienceNamed(named, 'then')}`;
    await context.sendActivity(withButtons(channel, noted ? `${lead}\n\n${Messages.notedAfterYes(noted)}` : lead, [flowButton('roadmap'), ...entries(deps, ['how-long', 'without-degree']).map(askButton)]));
    return;
  }
  // Their start told again with their time in view ("wait, my 20 years are in real estate, not health care"): counted again.
  if (last?.id === TIMELINE_ENTRY_ID && (await sendWhatIsLeft(context, deps, said, false, `${hello}${Messages.countedAgain}\n\n`))) return;
  // Only a wish told ("I'd like to do this professionally"): where the guide says to start.
  if (noted === '') {
    const first = entries(deps, OUTSIDE_FIELD_ENTRY_IDS).filter((entry) => entry.id !== last?.id);
    await context.sendActivity(withButtons(channel, `${hello}${Messages.introducedWish}`, [...first.map(askButton), flowButton('roadmap')]));
    return;
  }
  // A greeting or a move to another place told ("Good evening.", "relocating to Toronto next year") touches on no answer
  // of the guide (ut39a P11-T1).
  // TODO(late39a): the licenceLeftOpen reader's line on another country aimed at belongs here once it is on main.
  const rest = clausesOf(withoutAsidesOfTheIntroduction(said)).filter((clause) => isEmptyAbout(readAboutYou(clause, deps.kb)));
  // "my DON keeps telling me i should go into case management": the guide names that role among the jobs to start in.
  const role = startingRolePointedTo(said);
  const firstJobs = role ? deps.kb.faqById.get(FIRST_JOBS_ENTRY_ID) : undefined;
  if (role && firstJobs && noted !== '' && about.job?.inField !== false) {
    await context.sendActivity(withButtons(channel, `${hello}${Messages.introducedTowardsStartingRole(noted, role)}`, [askButton(firstJobs), flowButton('roadmap')]));
    return;
  }
  // Read together, then clause by clause: "10 years on wards" beside "burnt out" weakens what the worry touches on.
  const touched = rest.length > 0 ? entryTouchedOn(deps, rest.join(', '), last) ?? (rest.length > 1 ? rest.map((clause) => entryTouchedOn(deps, clause, last)).find((entry) => entry !== undefined) : undefined) : undefined;
  // Work outside health and social care ("I'm a barista"): where the guide's route starts, before the roadmap.
  // A job kept in their words ("I worked as a bus driver") is said back with where the route starts, whatever else is touched on.
  const outside = about.job !== undefined && !about.job.inField && !isUnnamedJob(about.job.id) && (!touched || about.job.id.startsWith(TOLD_JOB_PREFIX));
  // "im a barber, 26 ... kinda got me thinking about it": the career weighed beside the work told, so who it suits too.
  const suits = outside && CAREER_WEIGHED.test(normalise(said)) ? deps.kb.faqById.get(FIT_ENTRY_ID) : undefined;
  if (suits && suits.id !== last?.id) {
    await context.sendActivity(renderText(channel, `${hello}${Messages.introducedOutsideFieldWeighed(noted)}`));
    return sendEntry(context, deps, suits);
  }
  if (outside) {
    const first = entries(deps, OUTSIDE_FIELD_ENTRY_IDS).filter((entry) => entry.id !== last?.id);
    await context.sendActivity(withButtons(channel, `${hello}${Messages.introducedOutsideField(noted)}`, [...first.map(askButton), flowButton('roadmap')]));
    return;
  }
  // With no job and nothing else touched on ("im 17 and finishing school"), what it takes to start from there.
  const start = touched || about.job ? [] : entries(deps, INTRODUCED_ENTRY_IDS).filter((entry) => entry.id !== last?.id);
  const buttons = [...(touched ? [askButton(touched)] : []), flowButton('roadmap'), ...start.map(askButton)];
  await context.sendActivity(withButtons(channel, `${hello}${Messages.introduced(noted, touched?.title)}`, buttons));
}

/** The reply to a remark that asks nothing, after `lead` ("You're welcome! "): what helps someone decide or start. */
async function sendRemark(context: TurnContext, deps: DialogDeps, act: ChatAct, lead = ''): Promise<void> {
  const channel = channelOf(context.activity);
  if (act === 'doubtsAnswer') {
    // Doubt at the last answer: what the guide says around it, never a new figure.
    const last = await lastEntry(context, deps);
    const said = context.activity.text ?? '';
    const pay = deps.kb.faqById.get(PAY_ENTRY_ID);
    // "40k?? thats nothing" after the pay: where pay goes from there, which the guide does say.
    if (last && isPayOnTheLadder(last.id) && saysItIsLow(said)) await context.sendActivity(renderChat(act, channel, entries(deps, PAY_DOUBTED_ENTRY_IDS), `${lead}${Messages.payDoubted}`));
    // "40k?? thats nothing" after the degree, or first: pay doubted with no pay in view, so the guide's pay from entry level up.
    else if (pay && saysItIsLow(said) && speaksOfPay(said)) {
      await context.sendActivity(renderText(channel, `${lead}${Messages.payDoubtedNotInView}`));
      await sendEntry(context, deps, pay);
    } else if (!last) await context.sendActivity(withButtons(channel, `${lead}${Messages.remarkNothingAnswered}`, topicButtons()));
    else await context.sendActivity(renderChat(act, channel, relatedEntries(deps, last), `${lead}${Messages.chat[act]}`));
    return;
  }
  const ids = act === 'judgesCareer' || act === 'likesCareer' || act === 'doubtsSelf' || act === 'tellsOfDay' ? REMARK_ENTRY_IDS[act] : [];
  await context.sendActivity(renderChat(act, channel, entries(deps, ids), `${lead}${Messages.chat[act]}`));
}

/**
 * Conversation in the middle of a guided flow: the reply fits and invites nothing else, and the flow asks its question
 * again after it. "That was helpful" and complaints still rate the last answer, when there was one; a complaint with no
 * answer left to rate is about the flow itself, and says how to go on or leave.
 */
async function sendChatInFlow(context: TurnContext, deps: DialogDeps, acts: readonly ChatAct[]): Promise<void> {
  const channel = channelOf(context.activity);
  const beside = remarkBesideLead(acts);
  if (beside) {
    if (beside.lead === 'helpful') await rateLast(context, deps, true);
    await context.sendActivity(renderChatInFlow(beside.remark, channel, [], `${Messages.chatInFlow[beside.lead]} ${Messages.chatInFlow[beside.remark]}`));
    return;
  }
  const asked = askedOfTheBot(acts);
  if (asked) return sendAskedOfTheBot(context, deps, asked.lead, asked.asked, true);
  const act = mainAct(acts);
  switch (act) {
    case 'helpful':
      await rateLast(context, deps, true);
      break;
    case 'complaint': {
      // Asking for a person too: sorry, and where to find one, before the flow's question comes back.
      if (acts.includes('askHuman')) {
        await sendSorryAndPerson(context, deps, true);
        return;
      }
      // About the last answer when it has not been rated yet; after that, about the flow itself.
      const last = await lastEntry(context, deps);
      if (last && (await rateAnswer(context, deps, last.id, false))) {
        await context.sendActivity(renderChat('complaint', channel, relatedEntries(deps, last)));
        return;
      }
      break;
    }
    case 'privacy':
      await context.sendActivity(renderChatInFlow('privacy', channel, [], Messages.privacyAnswer(deps.feedbackRetentionDays, channel)));
      return;
    case 'again':
      // The flow's question asked again is what was wanted.
      return;
    case 'areYouHuman':
    case 'whoAreYou':
    case 'aboutSource':
      await context.sendActivity(renderChatInFlow(act, channel, [], answerAboutTheBot(deps, act, context.activity.text ?? '', channel, true)));
      return;
    default:
      break;
  }
  await context.sendActivity(renderChatInFlow(act, channel, act === 'askHuman' ? entries(deps, PERSON_ENTRY_IDS) : []));
}

/**
 * Before a question: a short acknowledgement of thanks, praise or a complaint (which also rate the last answer), or of
 * asking for a person.
 */
async function sendLead(context: TurnContext, deps: DialogDeps, acts: readonly ChatAct[]): Promise<void> {
  if (acts.length === 0) return;
  const act = mainAct(acts);
  const channel = channelOf(context.activity);
  // "ok that sounds kinda nice ngl. what would i have to study?": the career liked, not thanks for a helpful answer.
  if (act === 'helpful' && likesWhatWasDescribed(context.activity.text ?? '')) {
    await context.sendActivity(renderChatLead('likesCareer', channel));
    return;
  }
  if (act === 'complaint' || act === 'helpful') await rateLast(context, deps, act === 'helpful');
  if (act === 'complaint' && complainsOfRepeating(context.activity.text ?? '')) await context.sendActivity(renderText(channel, RepairMessages.sorryRepeated));
  // A complaint's "Sorry ... Let me try again" waits for the reply: only before something new (rendering/talk/sorryWhenNew.ts).
  else if (act === 'complaint') holdSorryLead(context, renderChatLead(act, channel));
  else if (act === 'helpful' || act === 'thanks' || act === 'praise') await context.sendActivity(renderChatLead(act, channel));
  // Asked for a person to talk to about the question: there is none here, and where to find one, before the answer.
  if (act === 'askHuman') await context.sendActivity(renderText(channel, Messages.chat.askHuman));
}

/** Counts one rating per answer per conversation; true when it was counted. */
export async function rateAnswer(context: TurnContext, deps: DialogDeps, id: string, helpful: boolean): Promise<boolean> {
  const rated = await deps.rated.get(context, []);
  if (rated.includes(id)) return false;
  await deps.rated.set(context, [...rated, id].slice(-MAX_RATED_PER_CONVERSATION));
  await deps.feedback.recordRating(id, helpful, feedbackUserOf(context.activity), context.activity.channelId);
  return true;
}

/** A rating button: counted once, and thanked. */
export async function rateButton(context: TurnContext, deps: DialogDeps, id: string, helpful: boolean): Promise<void> {
  const channel = channelOf(context.activity);
  const counted = await rateAnswer(context, deps, id, helpful);
  await context.sendActivity(counted ? renderRated(helpful, channel) : renderText(channel, Messages.alreadyRated));
}

/**
 * A complaint that asks for a person: the last answer rated not helpful, then sorry and where to find one (in a flow,
 * the flow's wording, before its question comes back).
 */
async function sendSorryAndPerson(context: TurnContext, deps: DialogDeps, inFlow: boolean): Promise<void> {
  await rateLast(context, deps, false);
  const channel = channelOf(context.activity);
  const people = entries(deps, PERSON_ENTRY_IDS);
  await context.sendActivity(
    inFlow
      ? renderChatInFlow('askHuman', channel, people, `${Messages.sorryNotMoreHelp} ${Messages.chatInFlow.askHuman}`)
      : renderChat('askHuman', channel, people, `${Messages.sorryNotMoreHelp} ${Messages.chat.askHuman}`),
  );
}

/**
 * What a correction said was wanted, asked on its own with the last answer rejected (understanding/talk/correctionAsked.ts):
 * the last answer rated not helpful, the miss owned in a line, then the answer.
 */
async function sendInstead(context: TurnContext, deps: DialogDeps, asked: AskedInstead, acts: readonly ChatAct[], options: RespondOptions): Promise<Outcome> {
  await rateLast(context, deps, false);
  // Sorry only when the last reply did answer something else: what was wanted may be what it answered (repairReplies.ts).
  if (!wantedWasAnswered(deps, asked.text, await lastEntry(context, deps))) await context.sendActivity(renderChatLead(acts.includes('complaint') ? 'complaint' : 'corrected', channelOf(context.activity)));
  return placed(await sendAnswer(context, deps, asked.text, { inView: options.inView, lastRejected: !asked.fresh, menu: options.menu, inContext: true })) ? 'answered' : 'notCovered';
}

async function rateLast(context: TurnContext, deps: DialogDeps, helpful: boolean): Promise<void> {
  const last = await lastEntry(context, deps);
  if (last) await rateAnswer(context, deps, last.id, helpful);
}

async function lastEntry(context: TurnContext, deps: DialogDeps): Promise<FaqEntry | undefined> {
  const id = await deps.lastAnswered.get(context);
  return id ? deps.kb.faqById.get(id) : undefined;
}

function relatedEntries(deps: DialogDeps, entry: FaqEntry): FaqEntry[] {
  return entries(deps, entry.related).filter((related) => related.id !== entry.id);
}

function entries(deps: DialogDeps, ids: readonly string[]): FaqEntry[] {
  return ids.map((id) => deps.kb.faqById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined);
}
