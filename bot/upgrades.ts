import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** Takes over an upgrade request on a registered path, e.g. with `ws`'s `WebSocketServer({ noServer: true }).handleUpgrade`. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface UpgradeRoute {
  /** An exact path (the query string is ignored) or a pattern tested against the path. */
  path: string | RegExp;
  handle: UpgradeHandler;
  /** Asked once at shutdown to close its connections politely (e.g. a WebSocket close frame, 1001 going away). */
  onShutdown?: () => void;
}

export interface UpgradeRouter {
  register(route: UpgradeRoute): void;
  /** Upgraded connections still open (they count as work in flight during a shutdown). */
  readonly open: number;
  /** New upgrade requests get 503 from now on; routes are asked to close theirs. */
  beginShutdown(): void;
  /** Destroys every upgraded connection still open (the end of the grace period). */
  destroyAll(): void;
}

/** The longest time an upgrade request's socket stays open after it was answered with an error. */
const REFUSAL_LINGER_MS = 1000;

/** Writes a complete HTTP/1.1 error response on a socket that Node handed over raw, then closes it. */
export function refuseUpgrade(socket: Duplex, status: 400 | 404 | 503, code: string, message: string): void {
  const reasons = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' } as const;
  const body = JSON.stringify({ error: { code, message } });
  const head = [
    `HTTP/1.1 ${status} ${reasons[status]}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(status === 503 ? ['Retry-After: 5'] : []),
  ];
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  // A client that never reads its answer must not keep the socket: end() waits for the peer, destroy() does not.
  setTimeout(() => socket.destroy(), REFUSAL_LINGER_MS).unref();
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/**
 * Owns the HTTP server's `upgrade` event. Without it, Node hands upgrade requests (any path, no authentication) to
 * restify, which never answers: each one held a socket forever and kept a shutdown from finishing. Requests on a
 * registered path go to their handler; every other one gets a proper HTTP answer and its socket is closed.
 * `onChange` is told whenever the number of open upgraded connections changes (the server's drain logic counts them).
 */
export function attachUpgradeRouter(server: Server, onChange: () => void = () => {}): UpgradeRouter {
  const routes: UpgradeRoute[] = [];
  const sockets = new Set<Duplex>();
  let shuttingDown = false;

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A socket error after the hand-over would otherwise be an unhandled 'error' event (a crash).
    socket.on('error', () => socket.destroy());
    const path = pathOf(req);
    if (shuttingDown) {
      refuseUpgrade(socket, 503, 'ShuttingDown', 'The bot is restarting; connect again in a few seconds.');
      return;
    }
    const route = routes.find((candidate) => (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path)));
    if (!route) {
      refuseUpgrade(socket, 404, 'NotFound', `There is no ${String(req.headers.upgrade ?? 'upgrade')} endpoint at ${path.slice(0, 200)}.`);
      return;
    }
    sockets.add(socket);
    onChange();
    socket.once('close', () => {
      sockets.delete(socket);
      onChange();
    });
    try {
      route.handle(req, socket, head);
    } catch {
      refuseUpgrade(socket, 400, 'BadUpgrade', 'The upgrade request could not be handled.');
    }
  });

  return {
    register(route) {
      routes.push(route);
    },
    get open() {
      return sockets.size;
    },
    beginShutdown() {
      if (shuttingDown) return;
      shuttingDown = true;
      for (const route of routes) route.onShutdown?.();
    },
    destroyAll() {
      for (const socket of sockets) socket.destroy();
    },
  };
}
