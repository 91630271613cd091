// No Docker engine runs here, so the image is never built in tests; these checks keep the Dockerfile in step with the
// files and scripts it relies on, which is how it would silently break.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

const REPO_ROOT = path.join(__dirname, '..', '..');
const read = (relative: string) => readFileSync(path.join(REPO_ROOT, relative), 'utf8');
const DOCKERFILE = read('deploy/Dockerfile');
const IGNORE_LINES = read('deploy/Dockerfile.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/** Instructions with backslash continuations joined. */
const INSTRUCTIONS = DOCKERFILE.replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

describe('deploy/Dockerfile (not built here)', () => {
  it('builds on node:22-slim (Node 22 LTS) in two stages', () => {
    expect(DOCKERFILE).to.match(/^ARG NODE_IMAGE=node:22-slim$/m);
    expect(INSTRUCTIONS.filter((line) => line.startsWith('FROM ${NODE_IMAGE}'))).to.have.length(2);
  });

  it('copies only files that exist and that the ignore file lets into the build context', () => {
    const sources = INSTRUCTIONS.filter((line) => line.startsWith('COPY ') && !line.includes('--from=')).flatMap((line) => {
      const parts = line.split(/\s+/).slice(1);
      return parts.slice(0, -1);
    });
    expect(sources).to.include.members(['package.json', 'package-lock.json', 'scripts/fetch-webchat.cjs', 'bot', 'dialogs', 'knowledge']);
    expect(IGNORE_LINES[0], 'the ignore file starts by excluding everything').to.equal('**');
    for (const source of sources) {
      expect(existsSync(path.join(REPO_ROOT, source)), `${source} exists`).to.equal(true);
      expect(IGNORE_LINES, `${source} is re-included by the ignore file`).to.include(`!${source}`);
    }
    expect(IGNORE_LINES.some((line) => line.startsWith('!') && line.includes('.env')), '.env never enters the context').to.equal(false);
  });

  it('fetches the Web Chat bundle where the fetch script writes it, and fails the build without it', () => {
    expect(INSTRUCTIONS).to.include('RUN node scripts/fetch-webchat.cjs && test -s node_modules/.cache/webchat/webchat.js');
    const script = read('scripts/fetch-webchat.cjs');
    expect(script).to.match(/'node_modules',\s*'\.cache',\s*'webchat'/);
    expect(script).to.match(/'webchat\.js'/);
  });

  it('installs the tsx version the lockfile pins and starts the same entry point as npm start', () => {
    const lock: unknown = JSON.parse(read('package-lock.json'));
    const tsxVersion =
      lock !== null && typeof lock === 'object' && 'packages' in lock && lock.packages !== null && typeof lock.packages === 'object' && 'node_modules/tsx' in lock.packages
        ? lock.packages['node_modules/tsx']
        : undefined;
    expect(tsxVersion, 'package-lock.json pins tsx').to.have.property('version').that.is.a('string');
    expect(DOCKERFILE).to.include("require('./package-lock.json').packages['node_modules/tsx'].version");

    const start: unknown = JSON.parse(read('package.json'));
    const startScript = start !== null && typeof start === 'object' && 'scripts' in start && start.scripts !== null && typeof start.scripts === 'object' && 'start' in start.scripts ? start.scripts.start : undefined;
    expect(startScript).to.be.a('string').that.matches(/^node .*--require tsx\/cjs .*bot\/index\.ts$/);
    expect(INSTRUCTIONS).to.include(`CMD ${JSON.stringify(String(startScript).split(/\s+/))}`.replace(/","/g, '", "'));
    // tsx is installed outside the app's tree; `--require tsx/cjs` finds it through NODE_PATH.
    expect(INSTRUCTIONS.some((line) => /^ENV .*NODE_PATH=\/opt\/tsx\/node_modules\b/.test(line))).to.equal(true);
    expect(DOCKERFILE).to.include('npm install --prefix /opt/tsx');
    expect(existsSync(path.join(REPO_ROOT, 'bot', 'index.ts'))).to.equal(true);
  });

  it('builds the SQLite driver the default storage needs, and gives the node user a data folder for it', () => {
    expect(INSTRUCTIONS.some((line) => line.includes('npm rebuild better-sqlite3'))).to.equal(true);
    expect(INSTRUCTIONS).to.include('RUN mkdir -p /app/data && chown node:node /app/data');
    expect(INSTRUCTIONS.indexOf('RUN mkdir -p /app/data && chown node:node /app/data')).to.be.below(INSTRUCTIONS.indexOf('USER node'));
  });

  it('caps glibc at two malloc arenas, as the App Service settings do (less resident memory for the same work)', () => {
    expect(INSTRUCTIONS.some((line) => /^ENV .*\bMALLOC_ARENA_MAX=2\b/.test(line))).to.equal(true);
    expect(read('deploy/azure/main.bicep')).to.match(/name:\s*'MALLOC_ARENA_MAX'\s*\n\s*value:\s*'2'/);
  });

  it('runs as the unprivileged node user with a health check on /healthz', () => {
    expect(INSTRUCTIONS).to.include('USER node');
    expect(DOCKERFILE).to.match(/HEALTHCHECK[\s\S]*\/healthz/);
  });
});
