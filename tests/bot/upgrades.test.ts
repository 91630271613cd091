import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import type { App } from '../../bot/app';
import { startTestApp } from '../support/http';

/** Sends a WebSocket upgrade request on a raw socket; resolves with what came back and whether the server closed it. */
function rawUpgrade(url: string, path: string): Promise<{ response: string; closedByServer: boolean; socket: Socket }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    let response = '';
    const timer = setTimeout(() => resolve({ response, closedByServer: false, socket }), 3000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (response += chunk));
    socket.on('end', () => {
      clearTimeout(timer);
      resolve({ response, closedByServer: true, socket });
    });
    socket.on('error', reject);
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    );
  });
}

/** Open connections on the app's listening socket (upgraded ones included). */
function openConnections(app: App): Promise<number> {
  return new Promise((resolve, reject) => app.server.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
}

async function eventually(what: string, check: () => Promise<boolean>, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('WebSocket upgrade requests', function () {
  this.timeout(20_000);
  let app: App;

  before(async () => {
    app = await startTestApp();
  });

  after(async () => {
    await app.close();
  });

  it('answers an upgrade on a path with no WebSocket endpoint with 404 and closes the socket', async () => {
    for (const path of ['/healthz', '/api/messages', '/nothing/here?x=1']) {
      const { response, closedByServer, socket } = await rawUpgrade(app.url, path);
      socket.destroy();
      expect(response, path).to.match(/^HTTP\/1\.1 404 Not Found\r\n/);
      expect(response, path).to.contain('"code":"NotFound"');
      expect(closedByServer, `${path}: the server closed the socket`).to.equal(true);
    }
  });

  it('leaves no socket open after 100 refused upgrades (each used to stay open for good)', async () => {
    const before = await openConnections(app);
    const results = await Promise.all(Array.from({ length: 100 }, () => rawUpgrade(app.url, '/healthz')));
    for (const { socket } of results) socket.destroy();
    expect(results.filter((result) => result.closedByServer)).to.have.length(100);
    await eventually('every refused upgrade socket closing', async () => (await openConnections(app)) <= before);
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).to.equal(200);
  });

  it('hands a registered path to its handler (a real WebSocket) and counts the connection as in flight', async () => {
    const wss = new WebSocketServer({ noServer: true });
    wss.on('connection', (ws) => ws.on('message', (data) => ws.send(`echo: ${String(data)}`)));
    app.upgrades.register({ path: '/test/echo-stream', handle: (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)) });
    const client = new WebSocket(`${app.url.replace('http', 'ws')}/test/echo-stream?t=1`);
    await new Promise<void>((resolve, reject) => {
      client.once('open', () => resolve());
      client.once('error', reject);
    });
    expect(app.upgrades.open).to.equal(1);
    const echoed = new Promise<string>((resolve) => client.once('message', (data) => resolve(String(data))));
    client.send('hello');
    expect(await echoed).to.equal('echo: hello');
    client.close();
    await eventually('the closed WebSocket leaving the count', async () => app.upgrades.open === 0);
    wss.close();
  });
});

describe('shutting down with WebSocket connections open', function () {
  this.timeout(20_000);

  it('asks each endpoint to close its connections (1001 going away) and finishes well within the grace period', async () => {
    const app = await startTestApp();
    const wss = new WebSocketServer({ noServer: true });
    app.upgrades.register({
      path: '/test/stream',
      handle: (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
      onShutdown: () => {
        for (const ws of wss.clients) ws.close(1001, 'the bot is restarting');
      },
    });
    const clients = await Promise.all(
      Array.from({ length: 3 }, () => {
        const ws = new WebSocket(`${app.url.replace('http', 'ws')}/test/stream`);
        return new Promise<WebSocket>((resolve, reject) => {
          ws.once('open', () => resolve(ws));
          ws.once('error', reject);
        });
      }),
    );
    const codes = clients.map((ws) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code))));
    const started = Date.now();
    await app.close();
    expect(Date.now() - started, 'ms to close').to.be.below(3000);
    expect(await Promise.all(codes)).to.deep.equal([1001, 1001, 1001]);
    // A new upgrade after the shutdown began finds nobody listening.
    const refused = await new Promise<boolean>((resolve) => {
      const late = new WebSocket(`${app.url.replace('http', 'ws')}/test/stream`);
      late.once('error', () => resolve(true));
      late.once('open', () => resolve(false));
    });
    expect(refused).to.equal(true);
    wss.close();
  });

  it('destroys connections whose endpoint ignores the shutdown once the grace period is over', async () => {
    const app = await startTestApp({}, { shutdownGraceMs: 300 });
    const held: Socket[] = [];
    // An endpoint that takes the socket and never answers or closes it.
    app.upgrades.register({ path: '/test/hold', handle: (_req, socket) => held.push(socket as Socket) });
    const { socket, closedByServer } = await rawUpgrade(app.url, '/test/hold').then(
      (result) => result,
      () => ({ socket: undefined, closedByServer: false }),
    );
    expect(closedByServer, 'held open by the endpoint').to.equal(false);
    expect(app.upgrades.open).to.equal(1);
    const started = Date.now();
    await app.close();
    expect(Date.now() - started, 'ms to close').to.be.within(250, 3000);
    expect(held[0]?.destroyed).to.equal(true);
    socket?.destroy();
  });
});
