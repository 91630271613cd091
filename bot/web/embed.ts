import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { AppConfig } from '../config';
import { etagOf, sendAsset, type Asset } from './assets';

/** The launcher other sites load, and what the chat page adds when it runs inside the launcher's panel. */
export const EmbedRoutes = Object.freeze({
  loader: '/embed.js',
  frameScript: '/assets/embed-frame.js',
  frameStyles: '/assets/embed-frame.css',
});

/** The chat page's query when it runs in the launcher's panel. */
export const EMBED_QUERY = 'embed';

/** Where the loader's settings go; the shipped file holds placeholder values so it stays valid JavaScript. */
const SETTINGS_SLOT = /\/\*SETTINGS\*\/[\s\S]*?\/\*END\*\//;

/** The `frame-ancestors` sources for the chat page: the bot's own origin and EMBED_ORIGINS (or any site for `*`). */
export function frameAncestors(config: Pick<AppConfig, 'embedOrigins'>): string {
  if (config.embedOrigins.includes('*')) return '*';
  return ["'self'", ...config.embedOrigins].join(' ');
}

/** True when the chat page was asked for by the launcher's iframe (`/?embed=1`). */
export function isEmbedded(req: Request): boolean {
  return new URL(req.url ?? '/', 'http://local').searchParams.get(EMBED_QUERY) === '1';
}

/** Added to the chat page's <head> inside the panel: its Escape key closes the panel; the panel has its own title bar. */
export const EMBEDDED_PAGE_HEAD = `<link rel="stylesheet" href="assets/embed-frame.css" />\n    <script src="assets/embed-frame.js" defer></script>\n`;

/** The loader with this server's settings written in (allowed origins and the bot's name). */
export function renderLoader(config: Pick<AppConfig, 'embedOrigins' | 'botName'>): string {
  const source = readFileSync(join(__dirname, 'embed.js'), 'utf8');
  // JSON inside a script: "<" escaped so no setting can end the script or open a comment.
  const settings = JSON.stringify({ origins: config.embedOrigins, botName: config.botName }).replace(/</g, '\\u003c');
  return source.replace(SETTINGS_SLOT, settings);
}

/** GET /embed.js (the loader, any site may load it) and the two files the chat page adds inside the panel. */
export function registerEmbedRoutes(server: Server, config: AppConfig): void {
  const asset = (body: Buffer, type: string): Asset => ({ body, type, etag: etagOf(body) });
  const files: Record<string, Asset> = {
    [EmbedRoutes.loader]: asset(Buffer.from(renderLoader(config), 'utf8'), 'text/javascript; charset=utf-8'),
    [EmbedRoutes.frameScript]: asset(readFileSync(join(__dirname, 'embed-frame.js')), 'text/javascript; charset=utf-8'),
    [EmbedRoutes.frameStyles]: asset(readFileSync(join(__dirname, 'embed-frame.css')), 'text/css; charset=utf-8'),
  };
  for (const [path, file] of Object.entries(files)) {
    // Revalidated on each page of the host site (a 304), so a changed EMBED_ORIGINS takes effect at once.
    const handler = async (req: Request, res: Response) => sendAsset(req, res, file, file.body, 'no-cache');
    server.get(path, handler);
    server.head(path, handler);
  }
}
