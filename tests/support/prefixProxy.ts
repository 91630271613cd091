import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * A reverse proxy that serves the bot under a path prefix, as an nginx `location /carebot/ { proxy_pass ...; }`
 * would: it strips the prefix, rewrites Host to the bot's own address (nginx's default), and says what it did in
 * X-Forwarded-Prefix and X-Forwarded-Host. It passes WebSocket upgrades through. Anything outside the prefix is 404, so
 * a page that builds a URL without the prefix fails visibly.
 */
export interface PrefixProxy {
  /** The public address of the bot, prefix included, ending in "/". */
  url: string;
  /** Paths the proxy received (with the prefix), HTTP and upgrades alike. */
  seen: string[];
  /** Paths of the WebSocket upgrades it passed on. */
  upgrades: string[];
  close(): Promise<void>;
}

export async function startPrefixProxy(target: string, prefix: string): Promise<PrefixProxy> {
  const bot = new URL(target);
  const seen: string[] = [];
  const upgrades: string[] = [];
  const sockets = new Set<Socket>();
  const forwardHeaders = (headers: IncomingHttpHeaders): IncomingHttpHeaders => ({
    ...headers,
    host: bot.host,
    'x-forwarded-host': headers.host ?? '',
    'x-forwarded-prefix': prefix,
    'x-forwarded-proto': 'http',
  });
  const strip = (path: string): string | null => (path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : null);

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push(path);
    const inner = strip(path);
    if (inner === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`outside ${prefix}/`);
      return;
    }
    const upstream = httpRequest({ host: bot.hostname, port: bot.port, method: req.method, path: inner, headers: forwardHeaders(req.headers) }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, client: Socket, head: Buffer) => {
    const path = req.url ?? '/';
    seen.push(path);
    const inner = strip(path);
    if (inner === null) {
      client.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    upgrades.push(path);
    const upstream = connect(Number(bot.port), bot.hostname, () => {
      const headers = forwardHeaders(req.headers);
      const lines = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v) => `${name}: ${v}`) : value === undefined ? [] : [`${name}: ${value}`]));
      upstream.write(`${req.method ?? 'GET'} ${inner} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}/`,
    seen,
    upgrades,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
