// `npm run chat`: a terminal conversation with the real bot (same dialogs, same cards shown as text), no server.
// Buttons are numbered; type the number to press one; "exit" or "quit" (or Ctrl-D) leaves. `-- --teams` renders as
// Microsoft Teams would get it.
// Works piped too: printf 'hi\nsalary?\n' | npm run --silent chat
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ActionTypes, ActivityTypes, CardFactory, Channels, TestAdapter, type Activity, type CardAction } from 'botbuilder';
import { ListableMemoryStorage } from '../listing';
import pino from 'pino';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { KnowledgeLoadError, loadKnowledge } from '../../knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../knowledge/schema';
import { createCareerBot } from '../careerBot';

export interface ChatOptions {
  input: NodeJS.ReadableStream;
  write: (text: string) => void;
  /** 'msteams' renders as Teams; anything else renders as Web Chat (Markdown and suggested actions). */
  channelId?: string;
  /** Show a prompt and don't echo what was typed (a terminal echoes it already). */
  interactive?: boolean;
  /** Draw Markdown bold and italics with terminal escapes (a terminal); otherwise the marks are only removed. */
  ansi?: boolean;
  kb?: KnowledgeBase;
}

const USER = Object.freeze({ id: 'terminal-user', name: 'You' });
const BOT = Object.freeze({ id: 'care-manager-bot', name: 'Care Manager Career Bot' });
const INDENT = '     ';

interface ShownButton {
  title: string;
  text: string | undefined;
  value: unknown;
}

/** Typed alone on a line, these end the chat (Ctrl-D too). */
export const LEAVE_WORDS: readonly string[] = Object.freeze(['exit', 'quit', '/exit', '/quit', ':q']);
export const GOODBYE = 'Goodbye! Run npm run chat again any time.';

const ANSI = Object.freeze({ bold: ['\x1b[1m', '\x1b[22m'], italic: ['\x1b[3m', '\x1b[23m'] });

/**
 * Markdown as a terminal shows it: **bold** and *italics* drawn (or just unmarked without `ansi`), "- " items as
 * bullets, headers as bold lines, [links](url) as "links (url)", code fences dropped around their lines.
 */
export function markdownForTerminal(markdown: string, ansi: boolean): string {
  const wrap = (kind: keyof typeof ANSI, text: string) => (ansi ? `${ANSI[kind][0]}${text}${ANSI[kind][1]}` : text);
  return markdown
    .split('\n')
    .filter((line) => !/^\s*```/.test(line))
    .map((line) => {
      const header = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (header) return wrap('bold', header[1] ?? '');
      return line
        .replace(/^(\s*)[-*+]\s+/, '$1• ')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_m, a: string | undefined, b: string | undefined) => wrap('bold', a ?? b ?? ''))
        .replace(/(^|[^\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, (_m, before: string, text: string) => `${before}${wrap('italic', text)}`)
        .replace(/(^|\W)_(?!\s)([^_]+?)_(?!\w)/g, (_m, before: string, text: string) => `${before}${wrap('italic', text)}`)
        // Markdown's backslash escapes (the user's words said back) show as the character, as Web Chat shows them.
        .replace(/\\([\\`*_~#[\]()|{}!<>&])/g, '$1');
    })
    .join('\n');
}

/**
 * The small HTML subset Teams messages use (an answer next to suggested actions, see teamsHtml) as the Markdown it
 * came from: paragraphs, list items, bold and italics; other tags dropped, entities decoded.
 */
export function teamsHtmlAsMarkdown(text: string): string {
  if (!/<\/?(p|ul|ol|li|b|i|br)\b[^>]*>/i.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*/gi, '\n\n')
    .replace(/<li>/gi, '- ')
    .replace(/<\/li>\s*/gi, '\n')
    .replace(/<\/(ul|ol)>\s*/gi, '\n')
    .replace(/<b>(.*?)<\/b>/gi, '**$1**')
    .replace(/<i>(.*?)<\/i>/gi, '*$1*')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One reply as terminal text; its buttons are numbered from `firstNumber`. */
export function renderForTerminal(activity: Partial<Activity>, firstNumber: number, ansi = false): { text: string; buttons: ShownButton[] } {
  const lines: string[] = [];
  const buttons: ShownButton[] = [];
  const addButtons = (actions: readonly CardAction[]) => {
    for (const action of actions) {
      // imBack (Teams' suggested actions) sends its value as the text, and no value.
      if (action.type === ActionTypes.ImBack) buttons.push({ title: action.title, text: typeof action.value === 'string' ? action.value : action.title, value: undefined });
      else buttons.push({ title: action.title, text: typeof action.text === 'string' ? action.text : undefined, value: action.value });
      lines.push(`  [${firstNumber + buttons.length - 1}] ${action.title}`);
    }
  };
  // Card text has line breaks of its own: split everything so every line gets the same indent.
  const addText = (text: string) => lines.push(...markdownForTerminal(text.replace(/<br\s*\/?>/gi, '\n').replace(/\r\n/g, '\n'), ansi).split('\n'));
  if (activity.text) addText(teamsHtmlAsMarkdown(activity.text));
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType === CardFactory.contentTypes.adaptiveCard) {
      const blocks = adaptiveText(withoutSideBySideHeading(attachment.content));
      // A card that now starts with its first column starts with that column's title, not a blank line.
      if (blocks[0] === '' && lines.length === 0) blocks.shift();
      if (blocks.length > 0) blocks.forEach((block) => addText(block.replace(/\r/g, '\n')));
      else lines.push(`(${attachment.contentType} attachment)`);
      addButtons(adaptiveActions(attachment.content));
      continue;
    }
    if (attachment.contentType !== CardFactory.contentTypes.heroCard) {
      lines.push(`(${attachment.contentType} attachment)`);
      continue;
    }
    const card: unknown = attachment.content;
    const field = (name: string): unknown => (typeof card === 'object' && card !== null && name in card ? Reflect.get(card, name) : undefined);
    const title = field('title');
    const text = field('text');
    const cardButtons = field('buttons');
    if (typeof title === 'string' && title) lines.push(`[${title}]`);
    if (typeof text === 'string' && text) addText(text);
    if (Array.isArray(cardButtons)) addButtons(cardButtons.filter(isCardAction));
  }
  addButtons(activity.suggestedActions?.actions ?? []);
  return { text: lines.map((line, i) => (i === 0 ? `bot> ${line}` : `${INDENT}${line}`)).join('\n'), buttons };
}

/** The text blocks of an Adaptive Card in reading order (columns one after the other), bold ones in brackets. */
function adaptiveText(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(adaptiveText);
  if (typeof node !== 'object' || node === null) return [];
  const field = (name: string): unknown => Reflect.get(node, name);
  if (field('type') === 'TextBlock') {
    const text = field('text');
    if (typeof text !== 'string' || !text) return [];
    return [field('weight') === 'Bolder' ? `[${text}]` : text];
  }
  if (field('type') === 'Column') return ['', ...adaptiveText(field('items'))];
  return ['body', 'columns', 'items'].flatMap((name) => adaptiveText(field(name)));
}

/**
 * A two-column card without its heading ("Entry-level pay and Salary, side by side"): in a terminal the columns come one
 * after the other, each under its own title, so the heading says what the reader does not see (tester ut35c).
 */
function withoutSideBySideHeading(card: unknown): unknown {
  if (typeof card !== 'object' || card === null) return card;
  const body: unknown = Reflect.get(card, 'body');
  if (!Array.isArray(body)) return card;
  const typeOf = (element: unknown): unknown => (typeof element === 'object' && element !== null ? Reflect.get(element, 'type') : undefined);
  const [heading, columns] = body;
  if (typeOf(heading) !== 'TextBlock' || typeOf(columns) !== 'ColumnSet') return card;
  return { ...card, body: body.slice(1) };
}

/** An Adaptive Card's Action.Submit buttons, as the buttons of a hero card: pressing one sends its data as the value. */
function adaptiveActions(card: unknown): CardAction[] {
  const actions: unknown = typeof card === 'object' && card !== null ? Reflect.get(card, 'actions') : undefined;
  if (!Array.isArray(actions)) return [];
  return actions.flatMap((action: unknown): CardAction[] => {
    if (typeof action !== 'object' || action === null || Reflect.get(action, 'type') !== 'Action.Submit') return [];
    const title: unknown = Reflect.get(action, 'title');
    return typeof title === 'string' ? [{ type: 'Action.Submit', title, value: Reflect.get(action, 'data') }] : [];
  });
}

function isCardAction(value: unknown): value is CardAction {
  return typeof value === 'object' && value !== null && 'title' in value && typeof value.title === 'string' && 'type' in value;
}

/** Runs the conversation until the input ends. */
export async function runChat(options: ChatOptions): Promise<void> {
  const kb = options.kb ?? loadKnowledge();
  const channelId = options.channelId ?? Channels.Webchat;
  const bot = createCareerBot({ kb, engine: createAnswerEngine(kb), storage: new ListableMemoryStorage(), logger: pino({ level: 'silent' }) });
  const conversation = { id: 'terminal', isGroup: false, conversationType: 'personal', name: 'terminal' };
  const adapter = new TestAdapter({ channelId, serviceUrl: 'http://localhost', conversation, user: USER, bot: BOT, locale: 'en-us' });
  let shown: ShownButton[] = [];

  const turn = async (activity: Partial<Activity>) => {
    adapter.activityBuffer.splice(0);
    await adapter.processActivity({ channelId, from: USER, recipient: BOT, conversation, ...activity }, (context) => bot.run(context));
    const buttons: ShownButton[] = [];
    for (const reply of adapter.activityBuffer.splice(0)) {
      if (reply.type !== ActivityTypes.Message) continue;
      const rendered = renderForTerminal(reply, buttons.length + 1, options.ansi === true);
      buttons.push(...rendered.buttons);
      options.write(`${rendered.text}\n`);
    }
    // A reply without buttons (a thank-you) leaves the previous numbers usable.
    if (buttons.length > 0) shown = buttons;
  };

  await turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [BOT, USER] });
  const lines = createInterface({ input: options.input, terminal: false });
  if (options.interactive) options.write('you> ');
  for await (const raw of lines) {
    const line = raw.trim();
    if (!options.interactive) options.write(`you> ${line}\n`);
    if (LEAVE_WORDS.includes(line.toLowerCase())) {
      options.write(`bot> ${GOODBYE}\n`);
      lines.close();
      return;
    }
    const number = /^\d{1,2}$/.test(line) ? Number(line) : NaN;
    const picked = shown[number - 1];
    if (picked) {
      // A button press: the same text and value a real client sends for a messageBack button.
      if (options.interactive) options.write(`${INDENT}(${picked.title})\n`);
      await turn({ type: ActivityTypes.Message, text: picked.text ?? picked.title, value: picked.value });
    } else {
      await turn({ type: ActivityTypes.Message, text: line });
    }
    if (options.interactive) options.write('you> ');
  }
  if (options.interactive) options.write('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { teams: { type: 'boolean' } } });
  // `npm run chat | head`: the reader has gone, so there is nobody left to talk to; leave quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  try {
    await runChat({
      input: process.stdin,
      write: (text) => process.stdout.write(text),
      channelId: values.teams ? Channels.Msteams : Channels.Webchat,
      interactive: process.stdin.isTTY === true,
      ansi: process.stdout.isTTY === true && !process.env['NO_COLOR'],
    });
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeLoadError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`chat stopped: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
