import { expect } from 'chai';
import { runInNewContext } from 'node:vm';
import { ConfigError, loadConfig } from '../../bot/config';
import type { App } from '../../bot/app';
import { EmbedRoutes, frameAncestors, renderLoader } from '../../bot/web/embed';
import { startTestApp } from '../support/http';

function configError(env: Record<string, string>): string {
  try {
    loadConfig({ PORT: '0', ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('embedding the chat on other sites (EMBED_ORIGINS, embed.js)', () => {
  describe('EMBED_ORIGINS in the configuration', () => {
    it('takes a comma- or space-separated list of origins, drops a trailing slash and repeats', () => {
      const config = loadConfig({ EMBED_ORIGINS: 'https://www.example.org, https://careers.example.org:8443/ https://www.example.org' });
      expect(config.embedOrigins).to.deep.equal(['https://www.example.org', 'https://careers.example.org:8443']);
    });

    it('lets no other site frame the chat when unset, and any site with "*"', () => {
      expect(loadConfig({}).embedOrigins).to.deep.equal([]);
      expect(loadConfig({ EMBED_ORIGINS: '*' }).embedOrigins).to.deep.equal(['*']);
    });

    const bad: Array<[string, RegExp]> = [
      ['www.example.org', /"www\.example\.org" is not a web origin; write it as https:\/\/www\.example\.org/],
      ['https://www.example.org/careers', /has more than an origin \("\/careers"\); write only https:\/\/www\.example\.org/],
      ['ftp://files.example.org', /is not a web origin/],
      ['https://www.example.org, *', /"\*" \(any site\) cannot be combined/],
      ['https://user:pw@www.example.org', /is not a plain origin; write it as https:\/\/www\.example\.org/],
    ];
    for (const [value, message] of bad) {
      it(`refuses ${JSON.stringify(value)} and says what to write instead`, () => {
        const text = configError({ EMBED_ORIGINS: value });
        expect(text).to.contain('EMBED_ORIGINS');
        expect(text).to.match(message);
      });
    }

    it('puts the bot itself and the listed origins in frame-ancestors', () => {
      expect(frameAncestors({ embedOrigins: [] })).to.equal("'self'");
      expect(frameAncestors({ embedOrigins: ['https://a.example', 'https://b.example'] })).to.equal("'self' https://a.example https://b.example");
      expect(frameAncestors({ embedOrigins: ['*'] })).to.equal('*');
    });
  });

  describe('the loader', () => {
    it('is valid JavaScript with the settings written in, and stays a few KB', () => {
      const source = renderLoader({ embedOrigins: ['https://www.example.org'], botName: 'Bot </script><b>' });
      expect(source).to.contain('{"origins":["https://www.example.org"],"botName":"Bot \\u003c/script>\\u003cb>"}');
      expect(source).to.not.contain('</script>');
      // Runs without a browser: no document.currentScript, so it does nothing and throws nothing.
      expect(() => runInNewContext(source, { document: { currentScript: null }, window: {}, location: { href: 'https://www.example.org/' } })).to.not.throw();
      expect(Buffer.byteLength(source), 'loader bytes').to.be.below(12_000);
    });
  });

  describe('served by the bot', () => {
    let app: App;
    before(async () => {
      app = await startTestApp({ EMBED_ORIGINS: 'https://www.example.org' });
    });
    after(() => app.close());

    it('serves /embed.js to any site, revalidated on each page, with a 304 when unchanged', async () => {
      const first = await fetch(`${app.url}${EmbedRoutes.loader}`);
      expect(first.status).to.equal(200);
      expect(first.headers.get('content-type')).to.match(/^text\/javascript/);
      expect(first.headers.get('cache-control')).to.equal('no-cache');
      expect(first.headers.get('set-cookie')).to.equal(null);
      expect(await first.text()).to.contain('"origins":["https://www.example.org"]');
      const again = await fetch(`${app.url}${EmbedRoutes.loader}`, { headers: { 'If-None-Match': first.headers.get('etag') ?? '' } });
      expect(again.status).to.equal(304);
    });

    it('lets only the bot and EMBED_ORIGINS frame the chat page', async () => {
      const page = await fetch(`${app.url}/`);
      const policy = page.headers.get('content-security-policy') ?? '';
      expect(policy).to.contain("frame-ancestors 'self' https://www.example.org");
    });

    it('adds the Escape bridge and hides the page header only inside the panel (/?embed=1)', async () => {
      const plain = await (await fetch(`${app.url}/`)).text();
      const embedded = await (await fetch(`${app.url}/?embed=1`)).text();
      expect(plain).to.not.contain(EmbedRoutes.frameScript.slice(1));
      expect(embedded).to.contain(`<script src="${EmbedRoutes.frameScript.slice(1)}" defer></script>`);
      expect(embedded).to.contain(`<link rel="stylesheet" href="${EmbedRoutes.frameStyles.slice(1)}" />`);
      for (const path of [EmbedRoutes.frameScript, EmbedRoutes.frameStyles]) expect((await fetch(`${app.url}${path}`)).status, path).to.equal(200);
    });
  });
});
