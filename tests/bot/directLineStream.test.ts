import { expect } from 'chai';
import { ActivityHandler, ActivityTypes } from 'botbuilder';
import WebSocket from 'ws';
import { StreamClose } from '../../bot/directLine';
import { TYPING } from '../../bot/typing';
import { startPrefixProxy } from '../support/prefixProxy';
import { publicStreamBase } from '../../bot/directLine/index';
import { ActivitySetSchema, directLineClient, request, startDirectLine, TEST_WELCOME, testReply, userMessage, type Harness, type StreamActivity } from './directLineHarness';

/** One frame as the stream sent it: an activity set, or '' (a keep-alive). */
type Frame = { kind: 'set'; activities: StreamActivity[]; watermark: string | undefined } | { kind: 'keep-alive' };

const FrameSchema = ActivitySetSchema.partial({ watermark: true });
const WAIT_MS = 5000;

/** A WebSocket client that keeps every frame and lets a test wait for the next ones. */
interface StreamClient {
  frames: Frame[];
  /** Resolves once `count` frames that are activity sets have arrived (in total). */
  sets(count: number): Promise<Extract<Frame, { kind: 'set' }>[]>;
  waitFor(test: (frames: Frame[]) => boolean): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  socket: WebSocket;
}

function openStream(url: string): Promise<StreamClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const frames: Frame[] = [];
    const waiters = new Set<() => void>();
    const closed = new Promise<{ code: number; reason: string }>((done) => socket.once('close', (code, reason) => done({ code, reason: reason.toString() })));
    socket.on('message', (data) => {
      const text = data.toString();
      if (text === '') {
        frames.push({ kind: 'keep-alive' });
      } else {
        const set = FrameSchema.parse(JSON.parse(text));
        frames.push({ kind: 'set', activities: set.activities, watermark: set.watermark });
      }
      for (const wake of [...waiters]) wake();
    });
    const waitFor = (test: (all: Frame[]) => boolean) =>
      new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`stream frames so far: ${JSON.stringify(frames).slice(0, 600)}`)), WAIT_MS);
        const check = () => {
          if (!test(frames)) return;
          clearTimeout(timer);
          waiters.delete(check);
          done();
        };
        waiters.add(check);
        check();
      });
    const setsOf = (all: Frame[]) => all.filter((frame): frame is Extract<Frame, { kind: 'set' }> => frame.kind === 'set');
    socket.once('open', () =>
      resolve({
        frames,
        socket,
        closed,
        waitFor,
        async sets(count) {
          await waitFor((all) => setsOf(all).length >= count);
          return setsOf(frames);
        },
      }),
    );
    socket.once('error', reject);
  });
}

const texts = (sets: Extract<Frame, { kind: 'set' }>[]) => sets.flatMap((set) => set.activities.map((activity) => activity.text ?? `(${activity.type})`));

describe('local Direct Line (WebSocket stream)', () => {
  describe('with default limits', () => {
    let harness: Harness;
    let client: ReturnType<typeof directLineClient>;
    const sockets: WebSocket[] = [];
    const open = async (url: string) => {
      const stream = await openStream(url);
      sockets.push(stream.socket);
      return stream;
    };

    before(async () => {
      harness = await startDirectLine();
      client = directLineClient(harness.url);
    });
    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.terminate();
    });
    after(() => harness.close());

    it('returns a pre-authorised streamUrl on this host when the conversation starts, and replays the welcome on it', async () => {
      const page = await client.pageToken();
      const started = await client.start(page.token);
      const streamUrl = started.body.streamUrl ?? '';
      const host = new URL(harness.url).host;
      expect(streamUrl).to.match(new RegExp(`^ws://${host.replace(/\./g, '\\.')}/v3/directline/conversations/${started.body.conversationId}/stream\\?watermark=0&t=[A-Za-z0-9_-]{32}$`));
      const stream = await open(streamUrl);
      const [first] = await stream.sets(1);
      expect(first?.activities.map((a) => a.text)).to.deep.equal([TEST_WELCOME]);
      expect(first?.watermark).to.equal('1');
    });

    it('behind a proxy that serves the bot under /carebot/, gives a streamUrl under that prefix and the stream works through it', async () => {
      const proxy = await startPrefixProxy(harness.url, '/carebot');
      try {
        const viaProxy = directLineClient(proxy.url.replace(/\/$/, ''));
        const started = await viaProxy.start((await viaProxy.pageToken()).token);
        const streamUrl = started.body.streamUrl ?? '';
        const publicHost = new URL(proxy.url).host;
        expect(streamUrl.startsWith(`ws://${publicHost}/carebot/v3/directline/conversations/${started.body.conversationId}/stream?`), streamUrl).to.equal(true);
        const stream = await open(streamUrl);
        const [first] = await stream.sets(1);
        expect(first?.activities.map((a) => a.text)).to.deep.equal([TEST_WELCOME]);
        expect(proxy.upgrades).to.have.length(1);
        stream.socket.terminate();
      } finally {
        await proxy.close();
      }
    });

    it('pushes the user echo and the reply as they are added, each with the next watermark', async () => {
      const page = await client.pageToken();
      const started = await client.start(page.token);
      const stream = await open(started.body.streamUrl ?? '');
      await stream.sets(1);
      const posted = await client.post(page.token, started.body.conversationId, userMessage('hello there', 'client-42'));
      expect(posted.status).to.equal(200);
      const sets = await stream.sets(3);
      expect(texts(sets)).to.deep.equal([TEST_WELCOME, 'hello there', testReply('hello there')]);
      expect(sets.map((set) => set.watermark)).to.deep.equal(['1', '2', '3']);
      expect(sets[1]?.activities[0]?.channelData?.clientActivityID).to.equal('client-42');
      expect(sets[2]?.activities[0]?.replyToId).to.equal(sets[1]?.activities[0]?.id);
    });

    it('honours each stream URL once; a second connection with it is closed as not authorised', async () => {
      const { body } = await client.start((await client.pageToken()).token);
      const url = body.streamUrl ?? '';
      await open(url);
      const again = await open(url);
      expect(await again.closed).to.deep.equal(StreamClose.denied);
    });

    it('refuses a stream URL taken to another conversation, and one without a ticket', async () => {
      const a = await client.start((await client.pageToken()).token);
      const b = await client.start((await client.pageToken()).token);
      const stolen = (a.body.streamUrl ?? '').replace(a.body.conversationId, b.body.conversationId);
      expect(await (await open(stolen)).closed).to.deep.equal(StreamClose.denied);
      const bare = (b.body.streamUrl ?? '').replace(/&t=.*$/, '');
      expect(await (await open(bare)).closed).to.deep.equal(StreamClose.denied);
    });

    it('reconnects with GET /conversations/:id: after the watermark given, or only new activities without one', async () => {
      const page = await client.pageToken();
      const { body } = await client.start(page.token);
      await client.post(page.token, body.conversationId, userMessage('one'));
      const replay = await request(`${harness.url}/v3/directline/conversations/${body.conversationId}?watermark=1`, 'GET', page.token);
      expect(replay.status).to.equal(200);
      const fromOne = await open(String((replay.json as { streamUrl?: string }).streamUrl));
      expect(texts(await fromOne.sets(1))).to.deep.equal(['one', testReply('one')]);

      const fresh = await request(`${harness.url}/v3/directline/conversations/${body.conversationId}`, 'GET', page.token);
      const onlyNew = await open(String((fresh.json as { streamUrl?: string }).streamUrl));
      await client.post(page.token, body.conversationId, userMessage('two'));
      expect(texts(await onlyNew.sets(2))).to.deep.equal(['two', testReply('two')]);

      const bad = await request(`${harness.url}/v3/directline/conversations/${body.conversationId}?watermark=x`, 'GET', page.token);
      expect(bad.status).to.equal(400);
    });

    it('closes the oldest of too many streams on one conversation with "collision"', async () => {
      const page = await client.pageToken();
      const { body } = await client.start(page.token);
      const reconnect = async () => {
        const result = await request(`${harness.url}/v3/directline/conversations/${body.conversationId}`, 'GET', page.token);
        return open(String((result.json as { streamUrl?: string }).streamUrl));
      };
      const first = await reconnect();
      for (let i = 0; i < 4; i += 1) await reconnect();
      expect(await first.closed).to.deep.equal(StreamClose.collision);
    });
  });

  describe('typing, keep-alives and endings', () => {
    let harness: Harness;
    let clock = 1_000_000;
    const sockets: WebSocket[] = [];

    /** Replies after a pause long enough for the typing indicator; says "typing" itself on request. */
    class SlowBot extends ActivityHandler {
      constructor() {
        super();
        this.onMessage(async (context, next) => {
          if (context.activity.text === 'typing') await context.sendActivity({ type: ActivityTypes.Typing });
          else await new Promise((resolve) => setTimeout(resolve, TYPING.delayMs + 250));
          await context.sendActivity(testReply(context.activity.text ?? ''));
          await next();
        });
      }
    }

    before(async () => {
      harness = await startDirectLine({ bot: new SlowBot(), now: () => clock, limits: { idleMs: 120_000 }, streamLimits: { keepAliveMs: 60 } });
    });
    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.terminate();
    });
    after(() => harness.close());

    async function started() {
      const client = directLineClient(harness.url);
      const page = await client.pageToken();
      const { body } = await client.start(page.token);
      const stream = await openStream(body.streamUrl ?? '');
      sockets.push(stream.socket);
      return { client, token: page.token, conversationId: body.conversationId, stream };
    }

    it('streams "typing" while a slow reply is being prepared, then the reply; polling never sees the typing', async () => {
      const { client, token, conversationId, stream } = await started();
      await client.post(token, conversationId, userMessage('slow question'));
      const sets = await stream.sets(3);
      expect(sets.map((set) => set.activities[0]?.type)).to.deep.equal(['message', 'typing', 'message']);
      expect(sets[1]?.watermark, 'typing is not kept, so it moves no watermark').to.equal(undefined);
      expect(sets[1]?.activities[0]?.from.role).to.equal('bot');
      const polled = await client.activities(token, conversationId);
      expect(polled.activities.map((a) => a.type)).to.deep.equal(['message', 'message']);
    });

    it('sends no typing for a reply that comes at once', async () => {
      const { client, token, conversationId, stream } = await started();
      await client.post(token, conversationId, userMessage('typing'));
      // The bot's own typing, then its reply: nothing from the indicator, which waits TYPING.delayMs.
      const sets = await stream.sets(3);
      await new Promise((resolve) => setTimeout(resolve, TYPING.delayMs + 100));
      const types = stream.frames.flatMap((frame) => (frame.kind === 'set' ? frame.activities.map((a) => a.type) : []));
      expect(types).to.deep.equal(['message', 'typing', 'message']);
      expect(texts(sets)[2]).to.equal(testReply('typing'));
    });

    it('sends empty keep-alive frames and ignores the empty pings Web Chat sends', async () => {
      const { stream } = await started();
      stream.socket.send('');
      await stream.waitFor((frames) => frames.filter((frame) => frame.kind === 'keep-alive').length >= 2);
      expect(stream.socket.readyState).to.equal(WebSocket.OPEN);
    });

    it('closes a stream whose client sends more than a ping', async () => {
      const { stream } = await started();
      stream.socket.send('x'.repeat(5000));
      // ws answers an oversized frame with close code 1009 and ends the connection at once; on a loaded machine the
      // client can see the connection end (1006) before it reads that close frame. Either way the stream is closed.
      expect([1009, 1006]).to.include((await stream.closed).code);
      expect(stream.socket.readyState).to.equal(WebSocket.CLOSED);
    });

    it('closes the stream when the conversation expires, and refuses a stream URL after its minute', async () => {
      const { client, token, stream } = await started();
      const page = await client.pageToken();
      const { body } = await client.start(page.token);
      clock += 61_000;
      const late = await openStream(body.streamUrl ?? '');
      sockets.push(late.socket);
      expect(await late.closed).to.deep.equal(StreamClose.denied);
      clock += 180_000;
      // The conversation is now idle: the next check of its token forgets it.
      await client.refresh(token);
      expect(await stream.closed).to.deep.equal(StreamClose.ended);
    });
  });

  it('takes the public host and path prefix from a proxy\'s headers only when they are a host name and a plain path', () => {
    const base = (headers: Record<string, string>) => publicStreamBase({ headers, socket: { localPort: 3978 } });
    expect(base({ host: 'bot.internal:3978' })).to.equal('ws://bot.internal:3978/v3/directline');
    expect(base({ host: '127.0.0.1:3978', 'x-forwarded-host': 'www.example.org', 'x-forwarded-prefix': '/carebot/', 'x-forwarded-proto': 'https' })).to.equal(
      'wss://www.example.org/carebot/v3/directline',
    );
    expect(base({ host: 'h', 'x-forwarded-prefix': '/apps/care-bot, /other' })).to.equal('ws://h/apps/care-bot/v3/directline');
    for (const bad of ['carebot', '/../admin', '/a?b=1', '//evil.example', '/a b', '/ok/..']) {
      expect(base({ host: 'h', 'x-forwarded-prefix': bad }), bad).to.equal('ws://h/v3/directline');
    }
    expect(base({ host: 'h', 'x-forwarded-host': 'evil.example/path' })).to.equal('ws://h/v3/directline');
  });

  it('offers no streamUrl when the server cannot take upgrades, so Web Chat polls', async () => {
    const harness = await startDirectLine({ stream: false });
    try {
      const client = directLineClient(harness.url);
      const { body } = await client.start((await client.pageToken()).token);
      expect(body.streamUrl).to.equal(undefined);
    } finally {
      await harness.close();
    }
  });
});
