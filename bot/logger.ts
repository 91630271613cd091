import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  /** Where the JSON lines go; stdout by default. Tests pass a memory stream. */
  destination?: DestinationStream;
}

/** Fields that hold credentials, wherever they appear in a log object (top level or one level down). */
const SECRET_FIELDS = [
  'MicrosoftAppPassword',
  'password',
  'authorization',
  'Authorization',
  'connectionString',
  'key',
  'authKey',
  'secret',
  'token',
  'DIRECT_LINE_SECRET',
  'COSMOS_KEY',
  'BLOB_CONNECTION_STRING',
];

/** Fields that may hold what a user typed: people share personal situations, so only debug and trace keep them. */
const USER_TEXT_FIELDS = ['text', 'userText', 'question', 'value'];

const VERBOSE_LEVELS = new Set(['debug', 'trace']);

function paths(fields: readonly string[]): string[] {
  return fields.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);
}

/** Structured JSON logs; secrets are always redacted, user text is redacted unless the level is debug or trace. */
export function createLogger(options: LoggerOptions): Logger {
  const keepUserText = VERBOSE_LEVELS.has(options.level);
  const redact = paths(keepUserText ? SECRET_FIELDS : [...SECRET_FIELDS, ...USER_TEXT_FIELDS]);
  return pino(
    {
      level: options.level,
      base: { service: 'care-manager-bot' },
      redact: { paths: redact, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination ?? pino.destination(1),
  );
}

/** A logger that writes nothing: the default for tests. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
