import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_FEEDBACK_RETENTION_DAYS } from '../dialogs/feedbackStore';

/** Defaults in one frozen place; the environment overrides them. */
export const CONFIG_DEFAULTS = Object.freeze({
  port: 3978,
  logLevel: 'info',
  storage: 'sqlite',
  /** SQLite file (STORAGE=sqlite) relative to the project folder; data/ is git-ignored and created on first start. */
  sqlitePath: 'data/bot-state.sqlite',
  blobContainer: 'care-manager-bot-state',
  cosmosDatabase: 'care-manager-bot',
  cosmosContainer: 'bot-state',
  localDirectLine: 'auto',
  directLineTokenTtlSeconds: 1800,
  directLineIdleMinutes: 30,
  rateLimitPerMinute: 120,
  feedbackRetentionDays: DEFAULT_FEEDBACK_RETENTION_DAYS,
  maxBodyBytes: 256 * 1024,
  botName: 'Care Manager Career Bot',
});

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());
const port = z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).optional());
const positiveInt = z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional());

/** The environment variables the bot reads. `.env.example` documents each one. */
export const EnvSchema = z.object({
  PORT: port,
  HOST: optionalText,
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  BOT_NAME: optionalText,
  MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).optional()),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  STORAGE: z.preprocess(emptyToUndefined, z.enum(['sqlite', 'memory', 'blob', 'cosmos']).optional()),
  SQLITE_PATH: optionalText,
  BLOB_CONNECTION_STRING: optionalText,
  // Azure's container naming rules, checked at start instead of failing on the first turn.
  BLOB_CONTAINER: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'must be 3 to 63 lower-case letters, digits and single dashes (Azure container naming rules)')
      .optional(),
  ),
  COSMOS_ENDPOINT: z.preprocess(emptyToUndefined, z.string().url().optional()),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: optionalText,
  COSMOS_CONTAINER: optionalText,
  LOCAL_DIRECT_LINE: z.preprocess(emptyToUndefined, z.enum(['auto', 'on', 'off']).optional()),
  DIRECT_LINE_SECRET: optionalText,
  RATE_LIMIT_PER_MINUTE: positiveInt,
  FEEDBACK_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).optional()),
  ALLOWED_SERVICE_URLS: optionalText,
  EMBED_ORIGINS: optionalText,
  ADMIN_TOKEN: optionalText,
});
export type Env = z.infer<typeof EnvSchema>;

export type StorageConfig =
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'blob'; connectionString: string; container: string }
  | { kind: 'cosmos'; endpoint: string; key: string; database: string; container: string };

/** A base URL replies may go to without credentials; port '*' is any port (the Emulator picks a new one each launch). */
export interface ServiceUrlPattern {
  protocol: 'http:' | 'https:';
  hostname: string;
  port: string;
  /** The path the serviceUrl must have exactly, without a trailing slash ('' for the root). */
  path: string;
}

/** Without credentials: the Bot Framework Emulator's form, a loopback address with any port and no path. */
export const DEFAULT_SERVICE_URLS = 'http://localhost:*,http://127.0.0.1:*,http://[::1]:*';

export interface AppConfig {
  port: number;
  /** The interface to listen on; undefined means all of them. Without credentials the default is 127.0.0.1. */
  host: string | undefined;
  logLevel: string;
  botName: string;
  /** Bot Framework credentials, under Bot Framework's own names; all empty means local, unauthenticated. */
  auth: {
    MicrosoftAppType: string;
    MicrosoftAppId: string;
    MicrosoftAppPassword: string;
    MicrosoftAppTenantId: string;
  };
  /** True when no MicrosoftAppId is set: the Emulator and the local Direct Line can talk to the bot without a token. */
  authDisabled: boolean;
  storage: StorageConfig;
  directLine: {
    /** The in-process Direct Line for the web page: on only without credentials, unless LOCAL_DIRECT_LINE=on. */
    localEnabled: boolean;
    /** A real Direct Line secret: the page then gets a token exchanged by the server; the secret never reaches the browser. */
    secret: string | undefined;
    tokenTtlSeconds: number;
    idleMinutes: number;
  };
  rateLimitPerMinute: number;
  maxBodyBytes: number;
  /** Feedback records older than this many days are deleted (users are told the number in the welcome and help). */
  feedbackRetentionDays: number;
  /** Without credentials, the only serviceUrls replies may be posted to (expectReplies needs none). */
  allowedServiceUrls: readonly ServiceUrlPattern[];
  /** Sites that may show the chat (embed.js, or an iframe of the page): exact origins, or ['*'] for any; [] for none. */
  embedOrigins: readonly string[];
  /** The /admin dashboard's token; undefined means the dashboard is off (its routes do not exist). */
  adminToken: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The bot cannot start: ${problems.length} setting(s) need fixing (in the environment or .env; see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(valueAt(env, issue.path))})`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const appId = e.MicrosoftAppId ?? '';
  const appType = e.MicrosoftAppType ?? (appId ? 'SingleTenant' : 'MultiTenant');
  if (appId && appType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set (unless MicrosoftAppType=UserAssignedMSI)');
  }
  if (appId && appType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant');
  }
  const storageKind = e.STORAGE ?? CONFIG_DEFAULTS.storage;
  let storage: StorageConfig = { kind: 'memory' };
  if (storageKind === 'sqlite') {
    storage = { kind: 'sqlite', path: sqlitePath(e.SQLITE_PATH) };
  } else if (storageKind === 'blob') {
    if (!e.BLOB_CONNECTION_STRING) problems.push('BLOB_CONNECTION_STRING: required when STORAGE=blob');
    storage = { kind: 'blob', connectionString: e.BLOB_CONNECTION_STRING ?? '', container: e.BLOB_CONTAINER ?? CONFIG_DEFAULTS.blobContainer };
  } else if (storageKind === 'cosmos') {
    if (!e.COSMOS_ENDPOINT) problems.push('COSMOS_ENDPOINT: required when STORAGE=cosmos');
    if (!e.COSMOS_KEY) problems.push('COSMOS_KEY: required when STORAGE=cosmos');
    storage = {
      kind: 'cosmos',
      endpoint: e.COSMOS_ENDPOINT ?? '',
      key: e.COSMOS_KEY ?? '',
      database: e.COSMOS_DATABASE ?? CONFIG_DEFAULTS.cosmosDatabase,
      container: e.COSMOS_CONTAINER ?? CONFIG_DEFAULTS.cosmosContainer,
    };
  }
  const serviceUrls = parseServiceUrlPatterns(e.ALLOWED_SERVICE_URLS ?? DEFAULT_SERVICE_URLS);
  if (typeof serviceUrls === 'string') problems.push(`ALLOWED_SERVICE_URLS: ${serviceUrls}`);
  const embedOrigins = parseEmbedOrigins(e.EMBED_ORIGINS, problems);
  if (e.ADMIN_TOKEN !== undefined && e.ADMIN_TOKEN.length < ADMIN_TOKEN_MIN_CHARS) {
    problems.push(
      `ADMIN_TOKEN: must be at least ${ADMIN_TOKEN_MIN_CHARS} characters (got ${e.ADMIN_TOKEN.length}); make one with \`node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))"\`, or leave it empty to turn /admin off`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const authDisabled = appId === '';
  const localMode = e.LOCAL_DIRECT_LINE ?? CONFIG_DEFAULTS.localDirectLine;
  return Object.freeze({
    port: e.PORT ?? CONFIG_DEFAULTS.port,
    // Without credentials anyone who reaches the port can use the bot: only this machine, unless HOST says otherwise.
    host: e.HOST === '*' ? undefined : (e.HOST ?? (authDisabled ? '127.0.0.1' : undefined)),
    logLevel: e.LOG_LEVEL ?? CONFIG_DEFAULTS.logLevel,
    botName: e.BOT_NAME ?? CONFIG_DEFAULTS.botName,
    auth: {
      MicrosoftAppType: appType,
      MicrosoftAppId: appId,
      MicrosoftAppPassword: e.MicrosoftAppPassword ?? '',
      MicrosoftAppTenantId: e.MicrosoftAppTenantId ?? '',
    },
    authDisabled,
    storage,
    directLine: {
      localEnabled: localMode === 'on' || (localMode === 'auto' && authDisabled),
      secret: e.DIRECT_LINE_SECRET,
      tokenTtlSeconds: CONFIG_DEFAULTS.directLineTokenTtlSeconds,
      idleMinutes: CONFIG_DEFAULTS.directLineIdleMinutes,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? CONFIG_DEFAULTS.rateLimitPerMinute,
    maxBodyBytes: CONFIG_DEFAULTS.maxBodyBytes,
    feedbackRetentionDays: e.FEEDBACK_RETENTION_DAYS ?? CONFIG_DEFAULTS.feedbackRetentionDays,
    allowedServiceUrls: typeof serviceUrls === 'string' ? [] : serviceUrls,
    embedOrigins,
    adminToken: e.ADMIN_TOKEN,
  });
}

/** A guessable admin token is no lock. */
export const ADMIN_TOKEN_MIN_CHARS = 16;

/**
 * EMBED_ORIGINS: a comma- or space-separated list of origins (scheme, host and optional port, nothing after), or `*`
 * for any site. Each bad item is named with what to write instead.
 */
function parseEmbedOrigins(setting: string | undefined, problems: string[]): readonly string[] {
  if (setting === undefined) return Object.freeze([]);
  const items = setting.split(/[\s,]+/).filter((item) => item !== '');
  if (items.includes('*')) {
    if (items.length > 1) problems.push(`EMBED_ORIGINS: "*" (any site) cannot be combined with other origins (got ${JSON.stringify(setting)})`);
    return Object.freeze(['*']);
  }
  const origins: string[] = [];
  for (const item of items) {
    let url: URL | null = null;
    try {
      url = new URL(item);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin === 'null') {
      problems.push(`EMBED_ORIGINS: "${item}" is not a web origin; write it as https://www.example.org (scheme and host, optional :port)`);
      continue;
    }
    if (url.username || url.password || item.slice(0, url.origin.length).toLowerCase() !== url.origin.toLowerCase()) {
      problems.push(`EMBED_ORIGINS: "${item}" is not a plain origin; write it as ${url.origin}`);
      continue;
    }
    const rest = item.slice(url.origin.length);
    if (rest !== '' && rest !== '/') {
      problems.push(`EMBED_ORIGINS: "${item}" has more than an origin ("${rest}"); write only ${url.origin}`);
      continue;
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return Object.freeze(origins);
}

/** "http://localhost:*,https://example.org:8443/bot" -> patterns; "none" -> none; a sentence naming a bad entry otherwise. */
export function parseServiceUrlPatterns(list: string): ServiceUrlPattern[] | string {
  if (list.trim().toLowerCase() === 'none') return [];
  const patterns: ServiceUrlPattern[] = [];
  for (const entry of list.split(',').map((item) => item.trim()).filter(Boolean)) {
    const wildcard = /^(https?:\/\/[^/]+):\*(\/.*)?$/.exec(entry);
    let url: URL;
    try {
      url = new URL(wildcard ? `${wildcard[1]}${wildcard[2] ?? ''}` : entry);
    } catch {
      return `"${entry}" is not a URL; give base URLs such as http://localhost:* (any port) or https://host:8443/path, comma-separated, or "none"`;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username) {
      return `"${entry}" must be a plain http(s) base URL without query, fragment or user name`;
    }
    patterns.push({ protocol: url.protocol, hostname: url.hostname, port: wildcard ? '*' : url.port, path: url.pathname.replace(/\/+$/, '') });
  }
  return patterns;
}

/** True when replies to this serviceUrl are allowed by one of the patterns (exact path, port or any port). */
export function serviceUrlAllowed(serviceUrl: string, patterns: readonly ServiceUrlPattern[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  const path = url.pathname.replace(/\/+$/, '');
  return patterns.some(
    (pattern) => pattern.protocol === url.protocol && pattern.hostname === url.hostname && (pattern.port === '*' || pattern.port === url.port) && pattern.path === path,
  );
}

/** The project folder: the default SQLite file sits in its data/ whatever the working directory. */
const PROJECT_ROOT = join(__dirname, '..');

/** SQLITE_PATH as an absolute path: a relative one is taken from the working directory, the default from the project. */
function sqlitePath(setting: string | undefined): string {
  if (setting === undefined) return join(PROJECT_ROOT, CONFIG_DEFAULTS.sqlitePath);
  // SQLite's own name for a database that lives and dies with the process.
  if (setting === ':memory:') return setting;
  return isAbsolute(setting) ? setting : resolve(setting);
}

function valueAt(env: Record<string, string | undefined>, path: ReadonlyArray<string | number>): unknown {
  const key = path[0];
  return typeof key === 'string' ? env[key] : undefined;
}
