// `npm run chat`: a terminal conversation with the real bot (same dialogs, same cards shown as text), no server.
// Buttons are numbered; type the number to press one. `-- --teams` renders as Microsoft Teams would get it.
// Works piped too: printf 'hi\nsalary?\n' | npm run --silent chat
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ActivityTypes, CardFactory, Channels, TestAdapter, type Activity, type CardAction } from 'botbuilder';
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

/** One reply as terminal text; its buttons are numbered from `firstNumber`. */
export function renderForTerminal(activity: Partial<Activity>, firstNumber: number): { text: string; buttons: ShownButton[] } {
  const lines: string[] = [];
  const buttons: ShownButton[] = [];
  const addButtons = (actions: readonly CardAction[]) => {
    for (const action of actions) {
      buttons.push({ title: action.title, text: typeof action.text === 'string' ? action.text : undefined, value: action.value });
      lines.push(`  [${firstNumber + buttons.length - 1}] ${action.title}`);
    }
  };
  // Card text has line breaks of its own: split everything so every line gets the same indent.
  const addText = (text: string) => lines.push(...text.replace(/<br\s*\/?>/gi, '\n').split(/\r?\n/));
  if (activity.text) addText(activity.text);
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType === CardFactory.contentTypes.adaptiveCard) {
      const blocks = adaptiveText(attachment.content);
      if (blocks.length > 0) blocks.forEach(addText);
      else lines.push(`(${attachment.contentType} attachment)`);
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
      const rendered = renderForTerminal(reply, buttons.length + 1);
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
  try {
    await runChat({
      input: process.stdin,
      write: (text) => process.stdout.write(text),
      channelId: values.teams ? Channels.Msteams : Channels.Webchat,
      interactive: process.stdin.isTTY === true,
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
