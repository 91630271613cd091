import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AnswerEngine } from '../../knowledge/answerEngine';
import type { KnowledgeBase } from '../../knowledge/schema';
import { actsRecognised, CHAT_LABELS, createEvalBot, describe, isRight, MESSAGE_FIELDS, QUESTION_HAS_ID, type ChatLabel, type ChatTaking, type EvalBot } from './chatEval';

/**
 * The conversation evaluation: whole labelled conversations (tests/eval/dialog*.yaml) played turn by turn through the
 * real bot, each in ONE conversation of a new person, and scored at every turn with the chat evaluation's reading of
 * what the bot did (bot/cli/chatEval.ts), plus two moves of the ten-steps walk: `next` (the walk showed the step after
 * the one it was at) and `back` (the step before; at step 1, step 1 again).
 *
 * A set is a YAML list of conversations:
 *   - name: "retail worker asks about pay"
 *     turns:
 *       - { say: "how much do care managers earn", expect: question, id: salary }
 *       - { say: "and the senior ones?", expect: question, id: salary-senior }
 *       - { say: "next", expect: next }
 * A question turn names its entry (`id`), a second one when it asks two things (`also`), and the conversational bits
 * said before it (`acts`).
 *
 * A follow-up is a question turn, after the first, whose words alone do not bring its entry: the scorer sends it once
 * more on its own, as the first message of a new person's conversation, and when that does not answer with its entry
 * (or both entries), the turn is taken to lean on what came before it. Follow-ups are scored like every question turn
 * and counted apart. The test reads the bot, not the words: a question the bot misses on its own (a hard one, not a
 * follow-up) counts as one too, so the follow-up figure is a little pessimistic and its count moves with the engine.
 */

export const DIALOG_LABELS = [...CHAT_LABELS, 'next', 'back'] as const;
export type DialogLabel = (typeof DIALOG_LABELS)[number];

const WALK_MOVES = ['next', 'back'] as const;
type WalkMove = (typeof WALK_MOVES)[number];
const isWalkMove = (label: DialogLabel): label is WalkMove => (WALK_MOVES as readonly string[]).includes(label);

// Read with YAML's failsafe schema: every scalar is a string, so `say: 4` and `expect: yes` stay as written.
const DialogTurnFields = z
  .object({
    say: MESSAGE_FIELDS.say,
    expect: z.enum(DIALOG_LABELS, { errorMap: () => ({ message: `must be one of ${DIALOG_LABELS.join(', ')}` }) }),
    id: MESSAGE_FIELDS.id,
    also: z.string().min(1).optional(),
    acts: MESSAGE_FIELDS.acts,
  })
  .strict();
export const DialogTurnSchema = DialogTurnFields.refine(QUESTION_HAS_ID.check, QUESTION_HAS_ID.message)
  .refine((turn) => turn.also === undefined || (turn.id !== undefined && turn.also !== turn.id), { message: 'is the second entry of a question: only a question has it, beside a different `id`', path: ['also'] });
export type DialogTurn = z.infer<typeof DialogTurnSchema>;

export interface DialogConversation {
  name: string;
  turns: DialogTurn[];
}

const ConversationShape = z.object({ name: z.string().min(1, 'is empty'), turns: z.array(z.unknown()).min(1, 'has no turns') }).strict();

/** How a set is written, for the error messages. */
const HOW_TO_WRITE =
  'write each conversation as `- name: "..."` with `turns:`, a list of `- { say: "...", expect: LABEL }`; a question turn adds `id: ENTRY`, and may add `also: ENTRY` (a second question) and `acts: [LABEL, ...]` (conversation before it)';

/** One problem, in words: the field and what is wrong with it; a field the format does not have, with the ones it has. */
function issueText(issue: z.ZodIssue, what: string, fields: readonly string[]): string {
  if (issue.code === 'unrecognized_keys') return `${what} has ${issue.keys.map((key) => `\`${key}\``).join(', ')}, which a ${what} does not have (a ${what} has ${fields.join(', ')})`;
  return `${issue.path.join('.') || what} ${issue.message}`;
}

/** Reads and checks a conversation set; every problem names the file, the conversation, the turn (1-based, with its text) and the field. */
export function loadDialogSet(file: string, kb: KnowledgeBase): DialogConversation[] {
  const raw: unknown = parse(readFileSync(file, 'utf8'), { schema: 'failsafe' });
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a YAML list of conversations; ${HOW_TO_WRITE}`);
  const problems: string[] = [];
  const conversations: DialogConversation[] = [];
  raw.forEach((value: unknown, index) => {
    const shape = ConversationShape.safeParse(value);
    const name = typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' ? JSON.stringify(value.name) : '(no name)';
    const where = `conversation ${index + 1} ${name}`;
    if (!shape.success) {
      for (const issue of shape.error.issues) problems.push(`${where}: ${issueText(issue, 'conversation', Object.keys(ConversationShape.shape))}`);
      return;
    }
    const turns: DialogTurn[] = [];
    shape.data.turns.forEach((turnValue, turnIndex) => {
      const parsed = DialogTurnSchema.safeParse(turnValue);
      const say = typeof turnValue === 'object' && turnValue !== null && 'say' in turnValue ? JSON.stringify(turnValue.say) : '(no say)';
      const at = `${where}, turn ${turnIndex + 1} ${say}`;
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${at}: ${issueText(issue, 'turn', Object.keys(DialogTurnFields.shape))}`);
        return;
      }
      for (const id of [parsed.data.id, parsed.data.also]) {
        if (id !== undefined && !kb.faqById.has(id)) problems.push(`${at}: id "${id}" is not an entry of the guide (the entries are in knowledge/content/)`);
      }
      turns.push(parsed.data);
    });
    conversations.push({ name: shape.data.name, turns });
  });
  if (problems.length > 0) throw new Error(`${file}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}\n(${HOW_TO_WRITE})`);
  return conversations;
}

/** What happened at one turn of a conversation. */
export interface DialogTurnScore {
  turn: DialogTurn;
  taking: ChatTaking;
  /** The step of the walk shown at this turn (the last one, when several), if any. */
  stepShown: number | null;
  /** The step the walk was at before this turn (the last step shown so far in the conversation). */
  stepBefore: number | null;
  right: boolean;
  /** A question turn whose words alone do not bring its entry. */
  followUp: boolean;
  /** What the bot did, as a miss shows it. */
  got: string;
}

export interface DialogScorer {
  /** Plays a conversation through the bot, in one conversation of a new person, and scores each turn. */
  play(conversation: DialogConversation): Promise<DialogTurnScore[]>;
}

/** A question turn is answered right when its entry, and the second one it asks for, are among the answers. */
function questionRight(turn: DialogTurn, taking: ChatTaking): boolean {
  return isRight({ expect: 'question', ...(turn.id ? { id: turn.id } : {}) }, taking) && (turn.also === undefined || taking.answered.includes(turn.also));
}

/** The walk moved one step on (`next`), or one back (`back`; at the first step, it stays there). */
function walkMoveRight(move: WalkMove, before: number | null, shown: number | null, taking: ChatTaking): boolean {
  if (before === null || shown === null || taking.answered.length > 0) return false;
  return move === 'next' ? shown === before + 1 : shown === Math.max(1, before - 1);
}

function describeWalk(before: number | null, shown: number | null, taking: ChatTaking): string {
  if (taking.answered.length > 0) return `question (${taking.answered.join(' + ')})`;
  if (shown === null) return before === null ? `${taking.got} (no walk)` : `${taking.got} (walk stayed at step ${before}, no step shown)`;
  return `walk to step ${shown}${before === null ? '' : ` from step ${before}`}`;
}

function scoreTurn(turn: DialogTurn, taking: ChatTaking, stepBefore: number | null, stepShown: number | null, followUp: boolean): DialogTurnScore {
  const base = { turn, taking, stepShown, stepBefore, followUp };
  const { expect: label } = turn;
  if (isWalkMove(label)) {
    return { ...base, right: walkMoveRight(label, stepBefore, stepShown, taking), got: describeWalk(stepBefore, stepShown, taking) };
  }
  const expectation = { expect: label as ChatLabel, ...(turn.id ? { id: turn.id } : {}) };
  const right = label === 'question' ? questionRight(turn, taking) : isRight(expectation, taking);
  // A question answered right reads as what it answered ("wrong entry" is for the misses).
  const got = right && label === 'question' ? `question (${taking.answered.join(' + ')})` : describe(expectation, taking);
  return { ...base, right, got };
}

/**
 * The real bot, as the chat evaluation runs it (createEvalBot). Each conversation is a new conversation of a new
 * person, so no walk or profile saved by an earlier one carries over.
 */
export function createDialogScorer(kb: KnowledgeBase, engine: AnswerEngine, bot: EvalBot = createEvalBot(kb, engine)): DialogScorer {
  let played = 0;
  const alone = new Map<string, boolean>();

  /** True when the turn, sent on its own as a new person's first message, is answered with its entries. */
  async function answeredAlone(turn: DialogTurn): Promise<boolean> {
    const key = `${turn.say}\u0000${turn.id ?? ''}\u0000${turn.also ?? ''}`;
    const known = alone.get(key);
    if (known !== undefined) return known;
    played += 1;
    const { taking } = await bot.send({ conversation: `dialog-eval-alone-${played}`, user: `dialog-eval-alone-${played}` }, turn.say);
    const right = questionRight(turn, taking);
    alone.set(key, right);
    return right;
  }

  return {
    async play(conversation) {
      played += 1;
      const address = { conversation: `dialog-eval-${played}`, user: `dialog-eval-user-${played}` };
      const scores: DialogTurnScore[] = [];
      let step: number | null = null;
      for (const turn of conversation.turns) {
        const { taking, record } = await bot.send(address, turn.say);
        const shown = record.walkSteps.at(-1) ?? null;
        const followUp = turn.expect === 'question' && scores.length > 0 && !(await answeredAlone(turn));
        scores.push(scoreTurn(turn, taking, step, shown, followUp));
        if (shown !== null) step = shown;
      }
      return scores;
    },
  };
}

export interface DialogMiss {
  conversation: string;
  /** 1-based. */
  turn: number;
  /** The turns before the miss: what was said, what the bot did, and whether that was right. */
  before: Array<{ say: string; got: string; right: boolean }>;
  say: string;
  expected: string;
  got: string;
  followUp: boolean;
}

export interface DialogReport {
  turns: { total: number; right: number };
  byLabel: Array<{ label: string; total: number; right: number }>;
  /** Question turns whose words alone do not bring their entry. */
  followUps: { total: number; right: number };
  /** Conversations with every turn right. */
  conversations: { total: number; right: number };
  /** Question turns that list `acts`: how many had every act recognised. */
  acts: { total: number; right: number };
  misses: DialogMiss[];
}

function expectedText(turn: DialogTurn): string {
  if (turn.expect !== 'question') return turn.expect;
  return `question (${[turn.id, turn.also].filter((id) => id !== undefined).join(' + ')})`;
}

export async function scoreDialogSet(conversations: readonly DialogConversation[], scorer: DialogScorer): Promise<DialogReport> {
  const byLabel = new Map<string, { label: string; total: number; right: number }>(DIALOG_LABELS.map((name) => [name, { label: name, total: 0, right: 0 }]));
  const report: DialogReport = { turns: { total: 0, right: 0 }, byLabel: [], followUps: { total: 0, right: 0 }, conversations: { total: 0, right: 0 }, acts: { total: 0, right: 0 }, misses: [] };
  for (const conversation of conversations) {
    const scores = await scorer.play(conversation);
    report.conversations.total += 1;
    if (scores.every((score) => score.right)) report.conversations.right += 1;
    scores.forEach((score, index) => {
      const { turn } = score;
      const row = byLabel.get(turn.expect)!;
      row.total += 1;
      report.turns.total += 1;
      if (score.followUp) report.followUps.total += 1;
      if (score.right) {
        row.right += 1;
        report.turns.right += 1;
        if (score.followUp) report.followUps.right += 1;
      } else {
        const before = scores.slice(0, index).map((earlier) => ({ say: earlier.turn.say, got: earlier.got, right: earlier.right }));
        report.misses.push({ conversation: conversation.name, turn: index + 1, before, say: turn.say, expected: expectedText(turn), got: score.got, followUp: score.followUp });
      }
      if (turn.acts && turn.acts.length > 0) {
        report.acts.total += 1;
        if (actsRecognised(turn, score.taking)) report.acts.right += 1;
      }
    });
  }
  report.byLabel = [...byLabel.values()].filter((row) => row.total > 0);
  return report;
}
