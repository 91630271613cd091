import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, EnvSchema, loadConfig, serviceUrlAllowed } from '../../bot/config';
import { createStorage } from '../../bot/storage';

const ROOT = join(__dirname, '..', '..');

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs locally with no settings: SQLite in the project\'s data/ folder, no authentication, port 3978', () => {
    const config = loadConfig({});
    expect(config.port).to.equal(3978);
    expect(config.storage).to.deep.equal({ kind: 'sqlite', path: join(ROOT, 'data', 'bot-state.sqlite') });
    expect(config.authDisabled).to.equal(true);
    expect(config.directLine.localEnabled).to.equal(true);
  });

  it('listens on 127.0.0.1 without credentials, on all interfaces with them, and where HOST says', () => {
    const credentials = { MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: 't' };
    expect(loadConfig({}).host).to.equal('127.0.0.1');
    expect(loadConfig(credentials).host).to.equal(undefined);
    expect(loadConfig({ HOST: '*' }).host).to.equal(undefined);
    expect(loadConfig({ HOST: '0.0.0.0' }).host).to.equal('0.0.0.0');
    expect(loadConfig({ ...credentials, HOST: '127.0.0.1' }).host).to.equal('127.0.0.1');
  });

  it('reads ALLOWED_SERVICE_URLS as base URLs with an exact path, port * for any port, or none', () => {
    const allowed = (list: string | undefined, url: string) => serviceUrlAllowed(url, loadConfig(list === undefined ? {} : { ALLOWED_SERVICE_URLS: list }).allowedServiceUrls);
    expect(allowed(undefined, 'http://localhost:53124')).to.equal(true);
    expect(allowed(undefined, 'http://127.0.0.1:9/')).to.equal(true);
    expect(allowed(undefined, 'http://127.0.0.1:9/any/path')).to.equal(false);
    expect(allowed(undefined, 'https://example.com/')).to.equal(false);
    expect(allowed('none', 'http://localhost:53124')).to.equal(false);
    expect(allowed('https://relay.example:8443/bot', 'https://relay.example:8443/bot/')).to.equal(true);
    expect(allowed('https://relay.example:8443/bot', 'https://relay.example:8443/other')).to.equal(false);
    expect(allowed('https://relay.example:8443/bot', 'https://relay.example:9443/bot')).to.equal(false);
  });

  for (const [env, variable] of [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ STORAGE: 'disk' }, 'STORAGE'],
    [{ STORAGE: 'blob' }, 'BLOB_CONNECTION_STRING'],
    [{ STORAGE: 'cosmos', COSMOS_KEY: 'k' }, 'COSMOS_ENDPOINT'],
    [{ COSMOS_ENDPOINT: 'not a url' }, 'COSMOS_ENDPOINT'],
    [{ MicrosoftAppId: '00000000-0000-0000-0000-000000000001' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'Everyone' }, 'MicrosoftAppType'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ LOCAL_DIRECT_LINE: 'maybe' }, 'LOCAL_DIRECT_LINE'],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'Bot_State' }, 'BLOB_CONTAINER'],
    [{ BLOB_CONTAINER: 'ab' }, 'BLOB_CONTAINER'],
    [{ ALLOWED_SERVICE_URLS: 'ftp://localhost:21' }, 'ALLOWED_SERVICE_URLS'],
    [{ ALLOWED_SERVICE_URLS: 'http://localhost:*,not a url' }, 'ALLOWED_SERVICE_URLS'],
  ] as const) {
    it(`names ${variable} when ${JSON.stringify(env)}`, () => {
      const problems = problemsOf(env);
      expect(problems.join('\n')).to.contain(variable);
    });
  }

  it('documents every variable of the schema in .env.example, each with a comment, and no real secret', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const lines = example.split('\n');
    for (const name of Object.keys(EnvSchema.shape)) {
      const index = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(index, `${name} in .env.example`).to.be.at.least(0);
      expect(lines[index - 1] ?? '', `comment above ${name}`).to.match(/^#\s*\S/);
    }
    const assigned = lines.filter((line) => /^[A-Za-z_]+=/.test(line));
    for (const line of assigned) {
      const [name, value = ''] = line.split(/=(.*)/s);
      if (/PASSWORD|KEY|SECRET|CONNECTION_STRING/i.test(name ?? '')) expect(value, `${name} must be empty in the example`).to.equal('');
    }
    // The example, loaded as an environment, is a valid local configuration.
    const env: Record<string, string> = {};
    for (const line of assigned) {
      const separator = line.indexOf('=');
      env[line.slice(0, separator)] = line.slice(separator + 1);
    }
    expect(() => loadConfig(env)).not.to.throw();
  });

  it('names BLOB_CONNECTION_STRING when the storage client cannot parse it', () => {
    const config = loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'AccountName=x;AccountKey=y' });
    expect(() => createStorage(config.storage)).to.throw(ConfigError, /BLOB_CONNECTION_STRING/);
  });

  it('stops `npm start` with exit code 1 and a message naming the variable, without a stack trace', function () {
    this.timeout(35_000);
    const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'bot', 'index.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PORT: 'not-a-port', STORAGE: 'blob' },
      encoding: 'utf8',
      // Generous: a busy 2-core machine can take 10 s to load the TypeScript.
      timeout: 30_000,
    });
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain('PORT');
    expect(result.stderr).not.to.match(/\n\s+at /);
    expect(result.stdout).to.equal('');
  });
});
