import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { AnswerEngine } from '../../knowledge/answerEngine';
import type { KnowledgeBase } from '../../knowledge/schema';
import { createRateLimiter } from '../rateLimit';
import { etagOf, sendAsset, type Asset } from '../web/assets';
import { clearedCookie, isAdmin, sameSecret, sessionCookie } from './auth';
import { buildDashboard, FilterError, parseFilter, type Dashboard } from './dashboard';
import { CSV_TABLES, toCsv, type CsvTable } from './csv';
import { createCandidateEngine, readDashboardEvents } from './events';

export const AdminRoutes = Object.freeze({
  page: '/admin',
  login: '/admin/login',
  logout: '/admin/logout',
  data: '/admin/api/dashboard',
  csv: '/admin/export.csv',
  script: '/admin/assets/admin.js',
  styles: '/admin/assets/admin.css',
  chart: '/admin/assets/chart.umd.js',
});

/** Login attempts one address may make a minute: enough for typos, too few to guess a token. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;
const MAX_LOGIN_BODY_BYTES = 4096;

/** The Chart.js browser build, from the chart.js package installed with the dependencies (never committed). */
export function chartBundlePath(): string {
  // The package's "exports" hide dist/; its main entry sits in that same folder.
  return join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
}

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface AdminDeps {
  token: string;
  storage: Storage;
  kb: KnowledgeBase;
  logger: Logger;
  botName: string;
  now?: () => Date;
  /** Tests point at another file. */
  chartPath?: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendHtml(res: Response, status: number, html: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: Response, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

const unauthorised = { error: { code: 'Unauthorized', message: 'The dashboard needs the admin token: sign in at /admin, or send "Authorization: Bearer <ADMIN_TOKEN>".' } };

/** Reads a small urlencoded form body; null when it is too large or unreadable. */
function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_LOGIN_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_LOGIN_BODY_BYTES ? null : new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', () => resolve(null));
  });
}

/**
 * /admin: the dashboard behind ADMIN_TOKEN. Registered only when the token is set, so without it every /admin path is
 * the server's ordinary 404. The token arrives in an Authorization header or once through the login form (POST), which
 * sets an HttpOnly cookie for /admin; it never appears in a URL, so no access log can hold it.
 */
export function registerAdminRoutes(server: Server, deps: AdminDeps): void {
  const now = deps.now ?? (() => new Date());
  const here = __dirname;
  const page = readFileSync(join(here, 'dashboard.html'), 'utf8').replaceAll('{{BOT_NAME}}', escapeHtml(deps.botName));
  const login = readFileSync(join(here, 'login.html'), 'utf8').replaceAll('{{BOT_NAME}}', escapeHtml(deps.botName));
  const assets: Record<string, Asset> = {
    [AdminRoutes.script]: asset(readFileSync(join(here, 'admin.js')), 'text/javascript; charset=utf-8'),
    [AdminRoutes.styles]: asset(readFileSync(join(here, 'admin.css')), 'text/css; charset=utf-8'),
  };
  const chartPath = deps.chartPath ?? chartBundlePath();
  let chart: Asset | null = null;
  const loginLimiter = createRateLimiter(LOGIN_ATTEMPTS_PER_MINUTE);
  let candidates: AnswerEngine | null = null;

  const loginPage = (res: Response, status: number, problem: string) =>
    sendHtml(res, status, login.replace('{{PROBLEM}}', problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : ''));

  async function dashboard(req: Request): Promise<{ ok: true; value: Dashboard } | { ok: false; status: number; message: string }> {
    let filter;
    try {
      filter = parseFilter(req.query ?? {}, now());
    } catch (error) {
      if (error instanceof FilterError) return { ok: false, status: 400, message: error.message };
      throw error;
    }
    try {
      const events = await readDashboardEvents(deps.storage);
      candidates ??= createCandidateEngine(deps.kb);
      return { ok: true, value: buildDashboard({ events, filter, kb: deps.kb, candidates }) };
    } catch (error) {
      deps.logger.error({ err: error }, 'admin dashboard: could not read the feedback store');
      return { ok: false, status: 503, message: 'The feedback store could not be read right now; the server log says why. Try again in a moment.' };
    }
  }

  server.get(AdminRoutes.page, async (req: Request, res: Response) => {
    if (!isAdmin(req, deps.token)) return loginPage(res, 401, '');
    sendHtml(res, 200, page);
  });

  server.post(AdminRoutes.login, async (req: Request, res: Response) => {
    const decision = loginLimiter.check(req.socket.remoteAddress ?? 'unknown');
    if (!decision.allowed) {
      res.header('Retry-After', String(decision.retryAfterSeconds));
      return loginPage(res, 429, `Too many attempts; wait ${decision.retryAfterSeconds} seconds and try again.`);
    }
    const form = await readForm(req);
    const given = form?.get('token') ?? '';
    if (!given || !sameSecret(given, deps.token)) {
      deps.logger.warn({ remoteAddress: req.socket.remoteAddress }, 'admin login refused: wrong token');
      return loginPage(res, 401, 'That is not the admin token. It is the ADMIN_TOKEN setting of this bot.');
    }
    res.writeHead(303, { Location: AdminRoutes.page, 'Set-Cookie': sessionCookie(req, deps.token), 'Cache-Control': 'no-store' });
    res.end();
  });

  server.post(AdminRoutes.logout, async (req: Request, res: Response) => {
    res.writeHead(303, { Location: AdminRoutes.page, 'Set-Cookie': clearedCookie(req), 'Cache-Control': 'no-store' });
    res.end();
  });

  server.get(AdminRoutes.data, async (req: Request, res: Response) => {
    if (!isAdmin(req, deps.token)) return sendJson(res, 401, unauthorised);
    const result = await dashboard(req);
    if (!result.ok) return sendJson(res, result.status, { error: { code: result.status === 400 ? 'BadFilter' : 'StoreUnavailable', message: result.message } });
    sendJson(res, 200, result.value);
  });

  server.get(AdminRoutes.csv, async (req: Request, res: Response) => {
    if (!isAdmin(req, deps.token)) return sendJson(res, 401, unauthorised);
    const table = typeof req.query?.table === 'string' ? req.query.table : 'daily';
    if (!(table in CSV_TABLES)) return sendJson(res, 400, { error: { code: 'BadTable', message: `"table" must be one of ${Object.keys(CSV_TABLES).join(', ')} (got "${table}").` } });
    const result = await dashboard(req);
    if (!result.ok) return sendJson(res, result.status, { error: { code: result.status === 400 ? 'BadFilter' : 'StoreUnavailable', message: result.message } });
    const { from, to, channel } = result.value.filter;
    const body = Buffer.from(toCsv(result.value, table as CsvTable), 'utf8');
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="care-manager-bot-${table}-${from}-to-${to}-${channel}.csv"`,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  });

  for (const [path, file] of Object.entries(assets)) server.get(path, async (req: Request, res: Response) => sendAsset(req, res, file, file.body, 'no-cache'));

  server.get(AdminRoutes.chart, async (req: Request, res: Response) => {
    try {
      chart ??= asset(readFileSync(chartPath), 'text/javascript; charset=utf-8');
    } catch {
      const message = `// Chart.js is missing on this server (${chartPath}). Run npm install in the project folder, then restart.\n`;
      res.writeHead(404, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(message);
      return;
    }
    sendAsset(req, res, chart, chart.body, 'public, max-age=3600');
  });
}

function asset(body: Buffer, type: string): Asset {
  return { body, type, etag: etagOf(body) };
}
