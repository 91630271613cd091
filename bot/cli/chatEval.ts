import { readFileSync } from 'node:fs';
import { ActivityTypes, Channels, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { parse } from 'yaml';
import { z } from 'zod';
import { mainAct } from '../../dialogs/respond';
import type { ChatAct } from '../../dialogs/understanding/core/conversation';
import type { FlowName } from '../../dialogs/understanding/core/intents';
import { turnMeaning, type Meaning } from '../../dialogs/understanding/core/pipeline';
import type { StepCommand } from '../../dialogs/understanding/core/stepNavigation';
import type { QuestionOutcome, UsageLog } from '../../dialogs/usageLog';
import type { AnswerEngine } from '../../knowledge/answerEngine';
import type { KnowledgeBase } from '../../knowledge/schema';
import { createCareerBot } from '../careerBot';

/**
 * The chat evaluation: labelled messages (tests/eval/chat*.yaml) sent to the real bot, each in its own conversation,
 * in the context it was written for, and scored on what the bot did with it: the act it recognised, the command it
 * ran, the guided flow it started, the entry of the guide it answered with, or nothing from the guide.
 *
 * A set is a YAML list of flow mappings, one a line:
 *   - { say: "cheers that helped loads", expect: helpful, context: after-answer }
 *   - { say: "ok thanks, and what does it pay?", expect: question, id: salary, acts: [ok, thanks], context: after-answer }
 * `context: fresh` is the first message of a conversation; `after-answer` comes right after the bot answered
 * CONTEXT_QUESTION (from the guide), as a reply to that answer.
 */

/** What a message may be expected to be. */
export const CHAT_LABELS = [
  'greeting',
  'how-are-you',
  'thanks',
  'helpful',
  'praise',
  'bye',
  'complaint',
  'confused',
  'sorry',
  'ask-human',
  'about-bot',
  'yes',
  'no',
  'ok',
  'again',
  'more',
  'number',
  'help',
  'menu',
  'cancel',
  'restart',
  'walk',
  'choose-specialty',
  'plan',
  'pay-ladder',
  /** A remark that asks nothing: the career judged or liked, doubt at the last answer, worry about oneself. */
  'remark',
  'question',
  'decline',
] as const;
export type ChatLabel = (typeof CHAT_LABELS)[number];

/** The labels a conversational bit before a question may have. */
const ACT_LABELS = CHAT_LABELS.filter((label) => label !== 'question' && label !== 'decline');

export const CHAT_CONTEXTS = ['fresh', 'after-answer'] as const;
export type ChatContext = (typeof CHAT_CONTEXTS)[number];

/** What the bot is asked, and answers, before an `after-answer` message. */
export const CONTEXT_QUESTION = 'How long does it take to become a care manager?';

const label = z.enum(CHAT_LABELS, { errorMap: () => ({ message: `must be one of ${CHAT_LABELS.join(', ')}` }) });

/** The fields a labelled message has in the chat sets and in the conversation sets (bot/cli/dialogEval.ts). */
export const MESSAGE_FIELDS = Object.freeze({
  say: z.string().min(1, 'is empty'),
  id: z.string().min(1).optional(),
  acts: z.array(z.enum(ACT_LABELS as [string, ...string[]], { errorMap: () => ({ message: `must be conversation labels (${ACT_LABELS.join(', ')})` }) })).optional(),
});

/** A question, and only a question, names the entry that answers it. */
export const QUESTION_HAS_ID = Object.freeze({
  check: (item: { expect: string; id?: string | undefined }) => (item.expect === 'question') === (item.id !== undefined),
  message: { message: 'a question needs `id` (the entry that answers it), and only a question has one', path: ['id'] },
});

// Read with YAML's failsafe schema: every scalar is a string, so `say: 4` and `expect: yes` stay as written.
export const ChatItemSchema = z
  .object({
    say: MESSAGE_FIELDS.say,
    expect: label,
    id: MESSAGE_FIELDS.id,
    acts: MESSAGE_FIELDS.acts,
    context: z.enum(CHAT_CONTEXTS, { errorMap: () => ({ message: `must be ${CHAT_CONTEXTS.join(' or ')}` }) }),
  })
  .strict()
  .refine(QUESTION_HAS_ID.check, QUESTION_HAS_ID.message);
export type ChatItem = z.infer<typeof ChatItemSchema>;

/** Reads and checks a chat set; every problem names the file, the item (1-based, with its text) and the field. */
export function loadChatSet(file: string, kb: KnowledgeBase): ChatItem[] {
  const raw: unknown = parse(readFileSync(file, 'utf8'), { schema: 'failsafe' });
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a YAML list of items like - { say: "thanks", expect: thanks, context: after-answer }`);
  const problems: string[] = [];
  const items: ChatItem[] = [];
  raw.forEach((value: unknown, index) => {
    const parsed = ChatItemSchema.safeParse(value);
    const say = typeof value === 'object' && value !== null && 'say' in value ? JSON.stringify(value.say) : '(no say)';
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`item ${index + 1} ${say}: ${issue.path.join('.') || 'item'} ${issue.message}`);
      return;
    }
    if (parsed.data.id !== undefined && !kb.faqById.has(parsed.data.id)) problems.push(`item ${index + 1} ${say}: id "${parsed.data.id}" is not an entry of the guide`);
    items.push(parsed.data);
  });
  if (problems.length > 0) throw new Error(`${file}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return items;
}

/** What a message was expected to be: a label, and for a question the entry that answers it. */
export interface Expectation {
  expect: ChatLabel;
  id?: string;
}

/** What the bot did with one message. */
export interface ChatTaking {
  /** A label when the reading has one ('question' when the guide answered, 'decline' when nothing from it), else what the bot read (e.g. 'none-of-these'). */
  got: string;
  /** Entries of the guide the reply answered with. */
  answered: readonly string[];
  /** The reply offered entries to pick from ("did you mean", "maybe one of these"). */
  suggested: boolean;
  /** Guided flows the message started. */
  flowsStarted: readonly string[];
  /** The conversational acts recognised, as labels (before a question, or the whole message). */
  acts: readonly string[];
}

/** The label each act of the conversation reader is scored as. */
export const ACT_LABEL: Readonly<Record<ChatAct, ChatLabel>> = Object.freeze({
  greeting: 'greeting',
  howAreYou: 'how-are-you',
  thanks: 'thanks',
  helpful: 'helpful',
  praise: 'praise',
  bye: 'bye',
  complaint: 'complaint',
  confused: 'confused',
  sorry: 'sorry',
  askHuman: 'ask-human',
  whoAreYou: 'about-bot',
  areYouHuman: 'about-bot',
  aboutSource: 'about-bot',
  privacy: 'about-bot',
  ack: 'ok',
  yes: 'yes',
  no: 'no',
  again: 'again',
  // Something the bot cannot do for the person ("apply for jobs for me"): it declines, with nothing from the guide.
  cannotDo: 'decline',
  judgesCareer: 'remark',
  likesCareer: 'remark',
  doubtsAnswer: 'remark',
  doubtsSelf: 'remark',
  tellsOfDay: 'remark',
  remark: 'remark',
});

const FLOW_LABEL: Readonly<Record<FlowName, ChatLabel>> = Object.freeze({
  careerSteps: 'walk',
  specialisation: 'choose-specialty',
  roadmap: 'plan',
  salaryLadder: 'pay-ladder',
});

/** The walk's moves that are a command or a request of the chat labels; the others are moves of the walk. */
const WALK_MOVE_LABEL: Partial<Record<StepCommand['kind'], ChatLabel>> = Object.freeze({ stop: 'cancel', restart: 'restart', repeat: 'again' });

/** What the bot recorded during one turn: questions and how each was handled, flows started, walk steps shown. */
export interface TurnRecord {
  questions: Array<{ outcome: QuestionOutcome; entryId?: string }>;
  flowsStarted: string[];
  walkSteps: number[];
}

/** What the bot did, read from the meaning it gave the message and what it recorded (answers, flows started). */
export function takingOf(meaning: Meaning | undefined, record: TurnRecord, kb: KnowledgeBase): ChatTaking {
  const answered = record.questions.flatMap((q) => (q.outcome === 'answered' && q.entryId ? [q.entryId] : []));
  const base = { answered, suggested: record.questions.some((q) => q.outcome === 'suggested'), flowsStarted: record.flowsStarted, acts: [] as string[] };
  if (!meaning) return { ...base, got: 'unread' };
  switch (meaning.kind) {
    case 'command':
      return { ...base, got: meaning.command };
    case 'restartFlow':
      return { ...base, got: 'restart' };
    case 'flow':
      return { ...base, got: FLOW_LABEL[meaning.intent.flow] };
    case 'navigate':
      // Inside the walk: "stop" leaves it (its place saved, as cancel saves it), "start over" starts it again and "again"
      // shows the same step again; other moves stay in it.
      return { ...base, got: WALK_MOVE_LABEL[meaning.command.kind] ?? 'walk' };
    case 'compare': {
      // Two specialisations side by side answer both of their entries.
      const ids = meaning.pair.flatMap((id) => kb.specialisations.filter((spec) => spec.id === id).map((spec) => spec.faqId));
      return { ...base, answered: [...answered, ...ids], got: 'question' };
    }
    case 'followUp':
      return { ...base, got: 'more' };
    case 'noneOfThese':
      return { ...base, got: 'none-of-these' };
    case 'chat':
      return { ...base, got: ACT_LABEL[mainAct(meaning.acts)], acts: meaning.acts.map((act) => ACT_LABEL[act]) };
    case 'number':
      return { ...base, got: 'number' };
    case 'staleChoice':
      return { ...base, got: 'stale-choice' };
    case 'otherLanguage':
      return { ...base, got: 'other-language' };
    case 'question':
      return { ...base, got: answered.length > 0 ? 'question' : 'decline', acts: meaning.acts.map((act) => ACT_LABEL[act]) };
    case 'yesOrNo':
      return { ...base, got: meaning.acts.length > 0 ? ACT_LABEL[mainAct(meaning.acts)] : 'question', acts: meaning.acts.map((act) => ACT_LABEL[act]) };
    case 'empty':
      return { ...base, got: 'empty' };
  }
}

/**
 * Right when the bot did what the label says: `question`, that entry answered; `decline`, no entry answered and no
 * guided flow started; any other label, that reading and no entry answered.
 */
export function isRight(item: Expectation, taking: ChatTaking): boolean {
  if (item.expect === 'question') return item.id !== undefined && taking.answered.includes(item.id);
  if (item.expect === 'decline') return taking.answered.length === 0 && taking.flowsStarted.length === 0;
  return taking.got === item.expect && taking.answered.length === 0;
}

/** The acts said before a question were all recognised (only for items that list `acts`). */
export function actsRecognised(item: { acts?: readonly string[] }, taking: ChatTaking): boolean {
  return (item.acts ?? []).every((act) => taking.acts.includes(act));
}

export interface ChatScorer {
  /** Sends the message to the bot in a new conversation, in its context, and says what the bot did. */
  take(say: string, context: ChatContext): Promise<ChatTaking>;
}

/** What the bot did in one turn: the meaning it gave the message, and what it recorded. */
export interface EvalTurn {
  meaning: Meaning | undefined;
  record: TurnRecord;
  /** The taking, as the chat evaluation classifies it. */
  taking: ChatTaking;
}

/** Where a message is sent: a conversation, and the person in it (a new person has no saved walk or profile). */
export interface EvalAddress {
  conversation: string;
  user: string;
}

export interface EvalBot {
  /** Sends one message in a conversation and says what the bot did with it. */
  send(address: EvalAddress, text: string): Promise<EvalTurn>;
}

/**
 * The real bot (turn router, guided flows, answer engine, memory storage) behind botbuilder's TestAdapter, on the Web
 * Chat channel, with a usage log that records what each turn did (entries answered, flows started, walk steps shown).
 * The chat and the conversation evaluations both send their messages through it.
 */
export function createEvalBot(kb: KnowledgeBase, engine: AnswerEngine): EvalBot {
  let record: TurnRecord = { questions: [], flowsStarted: [], walkSteps: [] };
  const usage: UsageLog = {
    question: (_activity, outcome, entryId) => {
      record.questions.push(entryId ? { outcome, entryId } : { outcome });
      return Promise.resolve(true);
    },
    flow: (_activity, flow, event) => {
      if (event === 'started') record.flowsStarted.push(flow);
      return Promise.resolve(true);
    },
    walkStep: (_activity, step) => {
      record.walkSteps.push(step);
      return Promise.resolve(true);
    },
    flush: () => Promise.resolve(),
  };
  const bot = createCareerBot({ kb, engine, storage: new MemoryStorage(), logger: pino({ level: 'silent' }), usage });
  const botAccount = { id: 'bot-id', name: 'CareBot' };
  const conversationOf = (id: string) => ({ id, isGroup: false, conversationType: 'personal', name: 'chat-eval' });
  const adapter = new TestAdapter({ channelId: Channels.Webchat, serviceUrl: 'https://chat-eval.example', conversation: conversationOf('chat-eval-0'), user: { id: 'chat-eval-user', name: 'User' }, bot: botAccount, locale: 'en-us' });

  return {
    async send(address, text) {
      record = { questions: [], flowsStarted: [], walkSteps: [] };
      let meaning: Meaning | undefined;
      const from = { id: address.user, name: 'User' };
      const activity: Partial<Activity> = { type: ActivityTypes.Message, text, channelId: Channels.Webchat, from, recipient: botAccount, conversation: conversationOf(address.conversation) };
      await adapter.processActivity(activity, async (context) => {
        await bot.run(context);
        meaning = turnMeaning(context);
      });
      adapter.activityBuffer.splice(0);
      return { meaning, record, taking: takingOf(meaning, record, kb) };
    },
  };
}

/** Each message in a new conversation of the same person; an `after-answer` message follows CONTEXT_QUESTION's answer. */
export function createChatScorer(kb: KnowledgeBase, engine: AnswerEngine): ChatScorer {
  const bot = createEvalBot(kb, engine);
  let conversations = 0;
  return {
    async take(say, context) {
      conversations += 1;
      const address = { conversation: `chat-eval-${conversations}`, user: 'chat-eval-user' };
      if (context === 'after-answer') {
        const before = await bot.send(address, CONTEXT_QUESTION);
        if (!before.record.questions.some((q) => q.outcome === 'answered')) {
          throw new Error(`The context question "${CONTEXT_QUESTION}" was not answered from the guide, so "after-answer" messages cannot be scored: change CONTEXT_QUESTION in bot/cli/chatEval.ts to a question the bot answers.`);
        }
      }
      return (await bot.send(address, say)).taking;
    },
  };
}

export interface ChatMiss {
  say: string;
  context: ChatContext;
  expected: string;
  got: string;
}

export interface ChatReport {
  total: number;
  right: number;
  byLabel: Array<{ label: string; total: number; right: number }>;
  /** Wrong readings, expected -> got, most frequent first. */
  confusions: Array<{ expected: string; got: string; count: number }>;
  misses: ChatMiss[];
  /** Questions that list `acts`: how many had every act recognised. */
  acts: { total: number; right: number; misses: ChatMiss[] };
}

/** How a taking reads in a miss or a confusion: the label, and for a question the entries answered. */
export function describe(item: Expectation, taking: ChatTaking): string {
  if (taking.answered.length > 0) {
    const entries = taking.answered.join(' + ');
    return item.expect === 'question' ? `question (${entries}, wrong entry)` : `question (${entries})`;
  }
  if (item.expect === 'decline' && taking.flowsStarted.length > 0) return `${taking.got} (started ${taking.flowsStarted.join(', ')})`;
  return taking.suggested && taking.got === 'decline' ? 'decline (suggestions)' : taking.got;
}

export async function scoreChatSet(items: readonly ChatItem[], scorer: ChatScorer): Promise<ChatReport> {
  const byLabel = new Map<string, { label: string; total: number; right: number }>(CHAT_LABELS.map((name) => [name, { label: name, total: 0, right: 0 }]));
  const confusions = new Map<string, { expected: string; got: string; count: number }>();
  const misses: ChatMiss[] = [];
  const acts = { total: 0, right: 0, misses: [] as ChatMiss[] };
  let right = 0;
  for (const item of items) {
    const taking = await scorer.take(item.say, item.context);
    const row = byLabel.get(item.expect)!;
    row.total += 1;
    const expected = item.expect === 'question' ? `question (${item.id})` : item.expect;
    if (isRight(item, taking)) {
      right += 1;
      row.right += 1;
    } else {
      const got = describe(item, taking);
      misses.push({ say: item.say, context: item.context, expected, got });
      const pair = { expected: item.expect, got: item.expect === 'question' && taking.answered.length > 0 ? 'question (wrong entry)' : taking.answered.length > 0 ? 'question' : taking.got };
      const key = `${pair.expected}\u0000${pair.got}`;
      const known = confusions.get(key) ?? { ...pair, count: 0 };
      known.count += 1;
      confusions.set(key, known);
    }
    if (item.acts && item.acts.length > 0) {
      acts.total += 1;
      if (actsRecognised(item, taking)) acts.right += 1;
      else acts.misses.push({ say: item.say, context: item.context, expected: item.acts.join(' + '), got: taking.acts.join(' + ') || '(none)' });
    }
  }
  return {
    total: items.length,
    right,
    byLabel: [...byLabel.values()].filter((row) => row.total > 0),
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    misses,
    acts,
  };
}
