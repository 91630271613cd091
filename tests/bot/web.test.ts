import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import restify from 'restify';
import { z } from 'zod';
import { loadConfig } from '../../bot/config';
import { FETCH_COMMAND, registerWebRoutes, storageForPeople, WEBCHAT_VERSION, WebRoutes, type WebRouteOptions } from '../../bot/web/routes';

interface Site {
  url: string;
  close(): Promise<void>;
}

async function startSite(env: Record<string, string>, options: WebRouteOptions): Promise<Site> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerWebRoutes(server, loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }), options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    async close() {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A raw GET, so compression and conditional requests are seen as the browser sees them. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web chat page routes', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'web-routes-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('with the Web Chat bundle in place', () => {
    let site: Site;
    const bundle = `window.WebChat = { renderWebChat() {} }; // ${'x'.repeat(5000)}\n`;
    before(async () => {
      writeFileSync(join(dir, 'webchat.js'), bundle);
      site = await startSite({ BOT_NAME: 'Care <Manager> & "Co"', DIRECT_LINE_SECRET: 'page-must-not-show-this-secret', FEEDBACK_RETENTION_DAYS: '45', STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'unused.sqlite') }, { bundlePath: join(dir, 'webchat.js') });
    });
    after(() => site.close());

    it('serves an accessible, phone-ready page at / that loads the bundle and the page script', async () => {
      const response = await fetch(`${site.url}/`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).to.match(/<html lang="en">/);
      expect(html).to.contain('<meta name="viewport" content="width=device-width, initial-scale=1');
      expect(html).to.match(/<main[^>]*aria-labelledby="page-heading"/);
      expect(html).to.match(/<h1 id="page-heading" class="visually-hidden">/);
      expect(html).to.match(/role="status" aria-live="polite"><\/div>/);
      expect(html).to.contain(`<script src="assets/webchat.js?v=${WEBCHAT_VERSION}"></script>`);
      expect(html).to.contain('<script src="assets/chat.js"></script>');
      expect(html).to.not.contain(FETCH_COMMAND);
    });

    it('serves a privacy page at /privacy: what is kept, for how long, where, and how to delete it', async () => {
      const response = await fetch(`${site.url}/privacy`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).to.include("script-src 'self'");
      const html = await response.text();
      expect(html).to.match(/<html lang="en">/);
      expect(html).to.contain('<title>Privacy: Care &#60;Manager&#62; &#38; &#34;Co&#34;</title>');
      expect(html).to.contain('<strong>45 days</strong>');
      expect(html).to.contain(storageForPeople({ kind: 'sqlite', path: 'x' }));
      expect(html).to.contain('<strong>forget me</strong>');
      expect(html).not.to.match(/\{\{[A-Z_]+\}\}/);
    });

    it('puts the configured bot name in the title, escaped', async () => {
      const html = await (await fetch(`${site.url}/`)).text();
      expect(html).to.contain('<title>Care &#60;Manager&#62; &#38; &#34;Co&#34;</title>');
      expect(html).to.not.contain('<Manager>');
    });

    it('sends a content security policy with a fresh nonce that the page hands to Web Chat', async () => {
      const [a, b] = await Promise.all([fetch(`${site.url}/`), fetch(`${site.url}/`)]);
      const policy = a.headers.get('content-security-policy') ?? '';
      expect(policy).to.contain("script-src 'self'").and.contain("object-src 'none'");
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
      expect(nonce).to.have.length.above(15);
      expect(await a.text()).to.contain(`data-nonce="${nonce}"`);
      expect(b.headers.get('content-security-policy')).to.not.contain(nonce);
      expect(a.headers.get('cache-control')).to.equal('no-store');
    });

    it('never puts the Direct Line secret in the page or its assets', async () => {
      for (const path of [WebRoutes.page, WebRoutes.script, WebRoutes.styles]) {
        expect(await (await fetch(`${site.url}${path}`)).text(), path).to.not.contain('page-must-not-show-this-secret');
      }
    });

    it('serves the bundle for a year under its versioned URL, gzipped when asked, and 304 when unchanged', async () => {
      const versioned = await rawGet(`${site.url}${WebRoutes.bundle}?v=${WEBCHAT_VERSION}`, { 'accept-encoding': 'gzip, deflate' });
      expect(versioned.status).to.equal(200);
      expect(versioned.headers['content-type']).to.equal('text/javascript; charset=utf-8');
      expect(versioned.headers['cache-control']).to.equal('public, max-age=31536000, immutable');
      expect(versioned.headers['content-encoding']).to.equal('gzip');
      expect(versioned.headers.vary).to.equal('Accept-Encoding');
      expect(gunzipSync(versioned.body).toString('utf8')).to.equal(bundle);
      expect(versioned.body.length).to.be.below(bundle.length);

      const plain = await rawGet(`${site.url}${WebRoutes.bundle}`);
      expect(plain.headers['content-encoding']).to.equal(undefined);
      expect(plain.body.toString('utf8')).to.equal(bundle);
      expect(plain.headers['cache-control']).to.equal('public, max-age=3600');

      const head = await fetch(`${site.url}${WebRoutes.bundle}?v=${WEBCHAT_VERSION}`, { method: 'HEAD' });
      expect(head.status).to.equal(200);
      expect(head.headers.get('etag')).to.equal(plain.headers.etag);

      const etag = String(plain.headers.etag);
      const again = await rawGet(`${site.url}${WebRoutes.bundle}?v=${WEBCHAT_VERSION}`, { 'if-none-match': etag });
      expect(again.status).to.equal(304);
      expect(again.body.length).to.equal(0);
    });

    it('serves the page script, styles and icon with revalidation', async () => {
      for (const [path, type] of [
        [WebRoutes.script, 'text/javascript; charset=utf-8'],
        [WebRoutes.styles, 'text/css; charset=utf-8'],
        [WebRoutes.icon, 'image/svg+xml'],
      ] as const) {
        const first = await rawGet(`${site.url}${path}`);
        expect(first.status, path).to.equal(200);
        expect(first.headers['content-type'], path).to.equal(type);
        expect(first.headers['cache-control'], path).to.equal('no-cache');
        const second = await rawGet(`${site.url}${path}`, { 'if-none-match': String(first.headers.etag) });
        expect(second.status, path).to.equal(304);
      }
    });
  });

  describe('without the Web Chat bundle', () => {
    let site: Site;
    let bundlePath: string;
    before(async () => {
      bundlePath = join(dir, 'missing', 'webchat.js');
      site = await startSite({}, { bundlePath });
    });
    after(() => site.close());

    it('says on the page how to fetch it, and loads no bundle', async () => {
      const html = await (await fetch(`${site.url}/`)).text();
      expect(html).to.contain(`<code>${FETCH_COMMAND}</code>`);
      expect(html).to.not.contain('assets/webchat.js');
      const script = await fetch(`${site.url}${WebRoutes.bundle}`);
      expect(script.status).to.equal(404);
      expect(await script.text()).to.contain(FETCH_COMMAND);
    });

    it('picks the bundle up once it is fetched, without a restart', async () => {
      mkdirSync(join(dir, 'missing'), { recursive: true });
      writeFileSync(bundlePath, 'window.WebChat = {};\n');
      utimesSync(bundlePath, new Date(), new Date(Date.now() + 1000));
      const html = await (await fetch(`${site.url}/`)).text();
      expect(html).to.contain('assets/webchat.js');
      expect(html).to.not.contain(FETCH_COMMAND);
      expect((await fetch(`${site.url}${WebRoutes.bundle}`)).status).to.equal(200);
    });
  });

  describe('scripts/fetch-webchat.cjs', () => {
    const FetchScriptSchema = z.object({
      WEBCHAT_VERSION: z.string(),
      BUNDLE_PATH: z.string(),
      extractFromTarball: z.function().args(z.instanceof(Buffer), z.string()).returns(z.instanceof(Buffer)),
    });
    const script = FetchScriptSchema.parse(createRequire(__filename)('../../scripts/fetch-webchat.cjs'));

    it('installs the Web Chat version the server announces, where the server looks for it', () => {
      expect(script.WEBCHAT_VERSION).to.equal(WEBCHAT_VERSION);
      expect(script.BUNDLE_PATH).to.equal(join(__dirname, '..', '..', 'node_modules', '.cache', 'webchat', 'webchat.js'));
    });

    it('takes exactly dist/webchat.js out of a package tarball', () => {
      const root = mkdtempSync(join(tmpdir(), 'tarball-'));
      try {
        mkdirSync(join(root, 'package', 'dist'), { recursive: true });
        writeFileSync(join(root, 'package', 'package.json'), '{}');
        writeFileSync(join(root, 'package', 'dist', 'webchat-es5.js'), 'not this one');
        writeFileSync(join(root, 'package', 'dist', 'webchat.js'), 'window.WebChat = "the one";');
        execFileSync('tar', ['-czf', join(root, 'pkg.tgz'), '-C', root, 'package']);
        const extracted = script.extractFromTarball(readFileSync(join(root, 'pkg.tgz')), 'package/dist/webchat.js');
        expect(extracted.toString('utf8')).to.equal('window.WebChat = "the one";');
        expect(() => script.extractFromTarball(readFileSync(join(root, 'pkg.tgz')), 'package/dist/absent.js')).to.throw('not in the tarball');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });
});
