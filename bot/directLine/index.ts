// PLACEHOLDER owned by the Direct Line helper: replaced with the real local Direct Line 3.0 subset.
import type { Server } from 'restify';
import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';

export interface DirectLineDeps {
  config: AppConfig;
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** The server's own base URL once listening, e.g. http://127.0.0.1:3978 (replies come back to it). */
  baseUrl: () => string;
}

export interface DirectLineHandle {
  /** Stops timers (idle expiry) so the process can exit. */
  close(): void;
}

export function registerDirectLine(_server: Server, _deps: DirectLineDeps): DirectLineHandle {
  return { close() {} };
}
