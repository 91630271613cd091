import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { AppConfig, StorageConfig } from '../config';
import { etagOf, sendAsset, type Asset } from './assets';
import { EMBEDDED_PAGE_HEAD, frameAncestors, isEmbedded } from './embed';

/** The Web Chat release scripts/fetch-webchat.cjs installs (a test keeps the two in step). */
export const WEBCHAT_VERSION = '4.18.1';
/** Where scripts/fetch-webchat.cjs puts the bundle: installed with the dependencies, never committed. */
export const DEFAULT_BUNDLE_PATH = join(__dirname, '..', '..', 'node_modules', '.cache', 'webchat', 'webchat.js');
export const FETCH_COMMAND = 'node scripts/fetch-webchat.cjs';

export const WebRoutes = Object.freeze({
  page: '/',
  privacy: '/privacy',
  bundle: '/assets/webchat.js',
  script: '/assets/chat.js',
  styles: '/assets/chat.css',
  icon: '/assets/icon.svg',
});

/** Shown on the page when the server has no Web Chat bundle (HTML; the command is the fix). */
export const BUNDLE_MISSING_NOTICE = `The chat is not available yet: this server has no copy of Microsoft Web Chat. Run <code>${FETCH_COMMAND}</code> in the project folder (it needs the npm registry), then restart the server.`;

export interface WebRouteOptions {
  /** The Web Chat bundle; tests point it elsewhere. */
  bundlePath?: string;
}


interface Bundle extends Asset {
  gzipped: Buffer;
  mtimeMs: number;
  size: number;
}

const PAGE_DIR = __dirname;

function readAsset(file: string, type: string): Asset {
  const body = readFileSync(join(PAGE_DIR, file));
  return { body, type, etag: etagOf(body) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Where the state is kept, in words for the people whose state it is (the privacy page). */
export function storageForPeople(storage: StorageConfig): string {
  switch (storage.kind) {
    case 'sqlite':
      return 'a database file on the server that runs this bot';
    case 'memory':
      return "the server's memory only: everything is gone when the bot restarts";
    case 'blob':
      return "Microsoft Azure Blob Storage, in the Azure account of the people who run this bot";
    case 'cosmos':
      return 'Microsoft Azure Cosmos DB, in the Azure account of the people who run this bot';
  }
}

const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * Web Chat injects its styles with the nonce it is given; scripts come only from this server. The page may be framed
 * by the sites in EMBED_ORIGINS only (`ancestors`, see embed.ts), and Web Chat talks to Azure's Direct Line in production.
 */
export function contentSecurityPolicy(nonce: string, ancestors = "'self'"): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The hash is that of an empty string: Web Chat also inserts one empty <style>, harmless, and otherwise reported.
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob: https:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' https://*.botframework.com wss://*.botframework.com",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/** GET / (the chat page), its script, styles and icon, and the Web Chat bundle with caching headers. */
export function registerWebRoutes(server: Server, config: AppConfig, options: WebRouteOptions = {}): void {
  const bundlePath = options.bundlePath ?? DEFAULT_BUNDLE_PATH;
  const template = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8').replaceAll('{{BOT_NAME}}', escapeHtml(config.botName));
  // What is kept, for how long, how to delete it: filled from the settings that decide it, once.
  const privacyPage = Buffer.from(
    readFileSync(join(PAGE_DIR, 'privacy.html'), 'utf8')
      .replaceAll('{{BOT_NAME}}', escapeHtml(config.botName))
      .replaceAll('{{FEEDBACK_DAYS}}', String(config.feedbackRetentionDays))
      .replaceAll('{{STORAGE}}', escapeHtml(storageForPeople(config.storage))),
    'utf8',
  );
  const assets: Record<string, Asset> = {
    [WebRoutes.script]: readAsset('chat.js', 'text/javascript; charset=utf-8'),
    [WebRoutes.styles]: readAsset('chat.css', 'text/css; charset=utf-8'),
    [WebRoutes.icon]: readAsset('icon.svg', 'image/svg+xml'),
  };
  let bundle: Bundle | null = null;

  /** The bundle, read once and re-read if the file changes (e.g. fetched after the server started); null if missing. */
  function currentBundle(): Bundle | null {
    let stats;
    try {
      stats = statSync(bundlePath);
    } catch {
      bundle = null;
      return null;
    }
    if (!bundle || bundle.mtimeMs !== stats.mtimeMs || bundle.size !== stats.size) {
      const body = readFileSync(bundlePath);
      bundle = { body, gzipped: gzipSync(body), type: 'text/javascript; charset=utf-8', etag: etagOf(body), mtimeMs: stats.mtimeMs, size: stats.size };
    }
    return bundle;
  }

  // HEAD gets the same handlers: Node sends the headers and drops the body by itself.
  const route = (path: string, handler: (req: Request, res: Response) => Promise<void>) => {
    server.get(path, handler);
    server.head(path, handler);
  };

  const ancestors = frameAncestors(config);
  route(WebRoutes.page, async (req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const present = currentBundle() !== null;
    const html = template
      .replace('{{NONCE}}', nonce)
      .replace('{{NOTICE}}', present ? '' : BUNDLE_MISSING_NOTICE)
      .replace('{{WEBCHAT_SCRIPT}}', present ? `<script src="assets/webchat.js?v=${WEBCHAT_VERSION}"></script>` : '')
      .replace('</head>', isEmbedded(req) ? `  ${EMBEDDED_PAGE_HEAD}  </head>` : '</head>');
    const body = Buffer.from(html, 'utf8');
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': contentSecurityPolicy(nonce, ancestors),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  });

  route(WebRoutes.privacy, async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': privacyPage.length,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': contentSecurityPolicy(randomBytes(16).toString('base64')),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(privacyPage);
  });

  for (const [path, asset] of Object.entries(assets)) {
    route(path, async (req: Request, res: Response) => {
      sendAsset(req, res, asset, asset.body, 'no-cache');
    });
  }

  route(WebRoutes.bundle, async (req: Request, res: Response) => {
    const current = currentBundle();
    if (!current) {
      const message = `// The Web Chat bundle is missing on this server. Run ${FETCH_COMMAND} in the project folder, then restart.\n`;
      res.writeHead(404, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(message);
      return;
    }
    // The page asks for ?v=<version>: such a URL never changes content, so browsers may keep it for a year.
    const versioned = new URL(req.url ?? '', 'http://local').searchParams.get('v') === WEBCHAT_VERSION;
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    sendAsset(req, res, current, gzip ? current.gzipped : current.body, versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=3600', gzip);
  });
}
