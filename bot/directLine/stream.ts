import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { Conversation, DirectLineStore, StreamActivity } from './store';

/**
 * The Direct Line 3.0 WebSocket stream, as Azure's Direct Line and DirectLineJS (Web Chat's client) speak it:
 * - starting or reconnecting to a conversation returns a `streamUrl`, pre-authorised by a short-lived ticket in its
 *   query (`t=`), so the browser needs no Authorization header (it cannot set one on a WebSocket);
 * - the server sends `{ "activities": [...], "watermark": "N" }` frames: first what came after the URL's watermark,
 *   then every activity as it is added; typing activities are streamed but never kept (polling never sees them);
 * - the server sends an empty frame now and then so the connection stays alive; the client sends empty frames as
 *   pings, which are ignored.
 */

export interface StreamLimits {
  /** A streamUrl must be used within this time (Azure: 60 s); each ticket works once. */
  ticketTtlMs: number;
  /** Open streams at once, over all conversations; past it a new stream is refused. */
  maxStreams: number;
  /** Open streams per conversation (tabs of one page); the oldest is closed when a new one comes. */
  maxStreamsPerConversation: number;
  /** How often an empty frame (and a ping to spot dead peers) goes to each open stream. */
  keepAliveMs: number;
}

export const DEFAULT_STREAM_LIMITS: Readonly<StreamLimits> = Object.freeze({
  ticketTtlMs: 60_000,
  maxStreams: 2000,
  maxStreamsPerConversation: 4,
  keepAliveMs: 20_000,
});

/** WebSocket close codes sent to the client, with a reason a person can read in the browser's network panel. */
export const StreamClose = Object.freeze({
  goingAway: { code: 1001, reason: 'The server is restarting; reconnect in a few seconds.' },
  denied: { code: 1008, reason: 'The stream URL is not valid or has expired; get a new one with GET /v3/directline/conversations/{id}.' },
  ended: { code: 1000, reason: 'The conversation has ended or expired.' },
  collision: { code: 1008, reason: 'collision: too many streams for this conversation; the oldest was closed.' },
  busy: { code: 1013, reason: 'Too many open streams on this server; try again later.' },
});

/** What the browser sends is only ever an empty ping; anything bigger than this closes the stream (1009). */
const MAX_CLIENT_FRAME_BYTES = 1024;
/** Tickets kept per conversation at once; Web Chat asks for one per (re)connect. */
const MAX_TICKETS_PER_CONVERSATION = 8;

interface Ticket {
  conversationId: string;
  /** Replay activities after this watermark; undefined replays nothing already sent (a plain reconnect). */
  watermark: number | undefined;
  expiresAt: number;
}

export interface DirectLineStream {
  /** The path pattern of stream URLs, to register with the server's upgrade router. */
  readonly path: RegExp;
  /**
   * A fresh stream URL for the conversation. `publicBase` is the page's view of this server (ws:// or wss://, host and
   * any path prefix up to /v3/directline). `watermark` as Direct Line: replay after it; 'all' from the start; omitted,
   * only what comes from now on.
   */
  streamUrl(conversation: Conversation, publicBase: string, watermark: number | 'all' | undefined): string;
  /** Sends an activity to the conversation's open streams (the store calls this as activities are added). */
  publish(conversation: Conversation, activity: StreamActivity, watermark: number | undefined): void;
  /** Closes the conversation's streams (it expired or was forgotten). */
  end(conversationId: string): void;
  /** Takes over an upgrade request whose path matched `path`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Open streams right now. */
  readonly open: number;
  /** Closes every stream with 1001 (going away) and stops the keep-alive timer. */
  close(): void;
}

export interface StreamDeps {
  store: DirectLineStore;
  logger: Logger;
  limits?: Partial<StreamLimits>;
  now?: () => number;
}

/** `/v3/directline/conversations/<id>/stream`, with any prefix a proxy left in front. */
export const STREAM_PATH = /\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;

export function createDirectLineStream(deps: StreamDeps): DirectLineStream {
  const limits: StreamLimits = { ...DEFAULT_STREAM_LIMITS, ...deps.limits };
  const now = deps.now ?? Date.now;
  const tickets = new Map<string, Ticket>();
  const ticketsByConversation = new Map<string, string[]>();
  const streams = new Map<string, Set<WebSocket>>();
  const alive = new WeakSet<WebSocket>();
  let open = 0;
  let closed = false;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME_BYTES, perMessageDeflate: false, clientTracking: false });

  function issueTicket(conversationId: string, watermark: number | undefined): string {
    const ticket = randomBytes(24).toString('base64url');
    tickets.set(ticket, { conversationId, watermark, expiresAt: now() + limits.ticketTtlMs });
    const list = (ticketsByConversation.get(conversationId) ?? []).filter((old) => tickets.has(old));
    list.push(ticket);
    while (list.length > MAX_TICKETS_PER_CONVERSATION) tickets.delete(list.shift() ?? '');
    ticketsByConversation.set(conversationId, list);
    return ticket;
  }

  /** The ticket's grant, used up; undefined when missing, unknown, expired or for another conversation. */
  function redeem(ticket: string | null, conversationId: string): Ticket | undefined {
    if (!ticket) return undefined;
    const grant = tickets.get(ticket);
    tickets.delete(ticket);
    if (!grant || grant.conversationId !== conversationId || now() >= grant.expiresAt) return undefined;
    return grant;
  }

  function send(socket: WebSocket, frame: string): void {
    if (socket.readyState === socket.OPEN) socket.send(frame);
  }

  function attach(conversation: Conversation, socket: WebSocket, grant: Ticket): void {
    let set = streams.get(conversation.id);
    if (!set) streams.set(conversation.id, (set = new Set()));
    while (set.size >= limits.maxStreamsPerConversation) {
      const oldest = set.values().next().value;
      if (!oldest) break;
      set.delete(oldest);
      oldest.close(StreamClose.collision.code, StreamClose.collision.reason);
    }
    set.add(socket);
    open += 1;
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
    // Client frames are empty pings (DirectLineJS sends "" every 20 s); nothing in them is acted on.
    socket.on('message', () => alive.add(socket));
    socket.on('error', () => socket.terminate());
    socket.once('close', () => {
      open -= 1;
      const current = streams.get(conversation.id);
      current?.delete(socket);
      if (current?.size === 0) streams.delete(conversation.id);
    });
    // Replayed in the same tick as the socket joins the set: nothing appended in between can be missed.
    if (grant.watermark !== undefined) {
      const backlog = deps.store.since(conversation, grant.watermark);
      if (backlog.activities.length > 0) send(socket, JSON.stringify(backlog));
    }
  }

  const keepAlive = setInterval(() => {
    for (const set of streams.values()) {
      for (const socket of set) {
        if (!alive.has(socket)) {
          socket.terminate();
          continue;
        }
        alive.delete(socket);
        socket.ping();
        send(socket, '');
      }
    }
  }, limits.keepAliveMs);
  keepAlive.unref();

  function closeAll(how: { code: number; reason: string }, conversationId?: string): void {
    const sets = conversationId === undefined ? [...streams.values()] : [streams.get(conversationId) ?? new Set<WebSocket>()];
    for (const set of sets) for (const socket of [...set]) socket.close(how.code, how.reason);
  }

  return {
    path: STREAM_PATH,

    streamUrl(conversation, publicBase, watermark) {
      const from = watermark === 'all' ? 0 : watermark === undefined ? conversation.seq : watermark;
      const ticket = issueTicket(conversation.id, from);
      const query = new URLSearchParams({ watermark: String(from), t: ticket });
      return `${publicBase.replace(/\/$/, '')}/conversations/${encodeURIComponent(conversation.id)}/stream?${query.toString()}`;
    },

    publish(conversation, activity, watermark) {
      const set = streams.get(conversation.id);
      if (!set || set.size === 0) return;
      const frame = JSON.stringify(watermark === undefined ? { activities: [activity] } : { activities: [activity], watermark: String(watermark) });
      for (const socket of set) send(socket, frame);
    },

    end(conversationId) {
      closeAll(StreamClose.ended, conversationId);
      for (const ticket of ticketsByConversation.get(conversationId) ?? []) tickets.delete(ticket);
      ticketsByConversation.delete(conversationId);
    },

    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://local');
      const conversationId = STREAM_PATH.exec(url.pathname)?.[1] ?? '';
      const grant = redeem(url.searchParams.get('t'), conversationId);
      const conversation = grant ? deps.store.get(conversationId) : undefined;
      wss.handleUpgrade(req, socket, head, (ws) => {
        if (closed) {
          ws.close(StreamClose.goingAway.code, StreamClose.goingAway.reason);
        } else if (!grant || !conversation) {
          deps.logger.info({ conversation: conversationId.slice(0, 8) }, 'local Direct Line: stream refused (no valid ticket)');
          ws.close(StreamClose.denied.code, StreamClose.denied.reason);
        } else if (open >= limits.maxStreams) {
          ws.close(StreamClose.busy.code, StreamClose.busy.reason);
        } else {
          attach(conversation, ws, grant);
        }
      });
    },

    get open() {
      return open;
    },

    close() {
      closed = true;
      clearInterval(keepAlive);
      closeAll(StreamClose.goingAway);
      tickets.clear();
      ticketsByConversation.clear();
    },
  };
}
