import { ActivityHandler, ConversationState, MessageFactory, UserState, type Storage, type TurnContext } from 'botbuilder';
import { ComponentDialog, runDialog, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { AppConfig } from '../bot/config';
import { createAdapter } from '../bot/adapter';
import { createServer } from '../bot/server';
import { createStorage } from '../bot/storage';

/** The baseline for the HTTP benchmark: no state, no dialogs, no search; it repeats the text back. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text ?? ''}`));
      await next();
    });
  }
}

export function createEchoBot(): EchoBot {
  return new EchoBot();
}

/**
 * A second, informative baseline: the echo plus what every dialog bot pays per turn on this framework (conversation and
 * user state loaded and saved, runDialog through a component dialog with a prompt loop), and none of our own code.
 */
export class DialogEchoBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;

  constructor(storage: Storage) {
    super();
    this.conversationState = new ConversationState(storage);
    this.userState = new UserState(storage);
    const dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    const turns = this.userState.createProperty<number>('turns');
    const root = new ComponentDialog('root');
    // One echo per turn: step 1 echoes this turn's text and waits; the reply moves to step 2, which loops back to step 1.
    root.addDialog(
      new WaterfallDialog('echo', [
        async (step) => {
          await turns.set(step.context, (await turns.get(step.context, 0)) + 1);
          await step.context.sendActivity(MessageFactory.text(`Echo: ${step.context.activity.text ?? ''}`));
          return step.prompt('text', {});
        },
        (step) => step.replaceDialog('echo'),
      ]),
    );
    root.addDialog(new TextPrompt('text'));
    this.onMessage(async (context, next) => {
      await runDialog(root, context, dialogState);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

export function createDialogEchoBot(storage: Storage): DialogEchoBot {
  return new DialogEchoBot(storage);
}

export interface EchoServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface EchoOptions {
  /** The echo plus conversation/user state and a dialog loop (DialogEchoBot). */
  withDialog?: boolean;
  /** Our adapter's client reuse (bot/adapter.ts ClientCachingAuthentication); off, the adapter is stock CloudAdapter. */
  reuseClients?: boolean;
}

/**
 * The echo bot behind the very same route stack as ours (bot/server.ts: body limit, activity check, rate limit,
 * CareerAdapter with its per-conversation queue), so the benchmark compares only what the bot itself does. By default
 * its adapter creates clients per turn as stock CloudAdapter does, i.e. without our adapter's client reuse.
 */
export async function startEchoServer(config: AppConfig, logger: Logger, options: EchoOptions = {}): Promise<EchoServer> {
  const storage = createStorage({ kind: 'memory' });
  const adapter = createAdapter(config, logger, { storage, reuseClients: options.reuseClients ?? false });
  const bot = options.withDialog ? createDialogEchoBot(storage) : createEchoBot();
  const http = createServer({ config, adapter, bot, storage, logger, knowledgeEntries: 0, version: 'echo' });
  const { server } = http;
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    port,
    async close() {
      http.beginShutdown();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await stopped;
    },
  };
}
