import type { IncomingMessage } from 'node:http';

/**
 * A refused body is still read (and thrown away) up to this many bytes before the answer goes out. Answering while
 * the client is still sending, on a connection we then close, resets it: the client sees EPIPE instead of our 413.
 * Past this bound the connection is closed at once; whoever sends that much is not waiting for an answer.
 */
export const DISCARD_LIMIT_BYTES = 8 * 1024 * 1024;

export type BodyFailure = { ok: false; status: 400 | 413 | 415; code: string; message: string };
export type BodyResult = { ok: true; value: unknown } | BodyFailure | { ok: false; status: 0 };

export interface ReadBodyOptions {
  /** An empty body is fine (value undefined) instead of a 400. */
  optional?: boolean;
}

/**
 * True for application/json and the `+json` types. Anything else is refused: a web page on another origin can send
 * text/plain or form bodies without a CORS preflight, but not JSON, so this keeps such pages from driving the bot.
 */
export function isJsonContentType(header: string | undefined): boolean {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function hasBody(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length']);
  return (Number.isFinite(length) && length > 0) || req.headers['transfer-encoding'] !== undefined;
}

/** Resolves once the rest of the body has been read and dropped (or at once when it is larger than the discard bound). */
function discardRest(req: IncomingMessage, alreadyRead: number): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded || req.complete) {
      resolve();
      return;
    }
    let read = alreadyRead;
    const finish = () => {
      req.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > DISCARD_LIMIT_BYTES) {
        req.pause();
        finish();
      }
    };
    req.on('data', onData);
    req.once('end', finish);
    req.once('error', finish);
    req.once('close', finish);
    req.resume();
  });
}

/**
 * Reads and parses a JSON body of at most maxBytes without buffering more than that. Refusals (413 too large, 415 not
 * JSON, 400 empty or malformed) resolve after the body was read through, up to DISCARD_LIMIT_BYTES, so the client is
 * listening when the answer comes. `{ ok: false, status: 0 }`: the client went away; there is nobody to answer.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number, options: ReadBodyOptions = {}): Promise<BodyResult> {
  const tooLarge: BodyFailure = {
    ok: false,
    status: 413,
    code: 'PayloadTooLarge',
    message: `The request body is larger than ${maxBytes} bytes, the most this route accepts.`,
  };
  if (hasBody(req) && !isJsonContentType(req.headers['content-type'])) {
    await discardRest(req, 0);
    const given = String(req.headers['content-type'] ?? 'none').slice(0, 100);
    return { ok: false, status: 415, code: 'UnsupportedMediaType', message: `The body must be JSON with Content-Type: application/json (got ${given}).` };
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    if (declared <= DISCARD_LIMIT_BYTES) await discardRest(req, 0);
    return tooLarge;
  }
  const read = await new Promise<{ text: string } | { overBy: number } | null>((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: { text: string } | { overBy: number } | null) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        chunks.length = 0;
        settle({ overBy: received });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => settle({ text: Buffer.concat(chunks).toString('utf8') }));
    req.once('error', () => settle(null));
    req.once('aborted', () => settle(null));
  });
  if (read === null) return { ok: false, status: 0 };
  if ('overBy' in read) {
    await discardRest(req, read.overBy);
    return tooLarge;
  }
  if (read.text.trim() === '') {
    if (options.optional) return { ok: true, value: undefined };
    return { ok: false, status: 400, code: 'EmptyBody', message: 'The request body is empty; send a Bot Framework activity as JSON.' };
  }
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message.slice(0, 200) : 'unreadable';
    return { ok: false, status: 400, code: 'MalformedJson', message: `The request body is not valid JSON (${detail}); send it as JSON.` };
  }
}
