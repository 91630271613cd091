import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.join(__dirname, '..', '..');
const SOURCE_DIRS = ['bot', 'dialogs', 'knowledge', 'bench', 'scripts', 'deploy'];

/**
 * APIs that production's Node (22 LTS, and 24) no longer has, or that throw there, while Node 20 (these machines)
 * still runs them: the suite on Node 20 would not notice a use of one.
 */
const REMOVED: ReadonlyArray<{ api: string; pattern: RegExp }> = [
  { api: 'crypto.createCipher / createDecipher (removed in Node 22)', pattern: /\bcreate(De)?cipher\(/ },
  { api: 'import assertions `assert { type: ... }` (removed in Node 22; use `with`)', pattern: /\bfrom\s+['"][^'"]+['"]\s+assert\s*\{/ },
  { api: 'util.is* type checks (removed in Node 23)', pattern: /\butil\.is(Array|Boolean|Buffer|Date|Error|Function|Null|NullOrUndefined|Number|Object|Primitive|RegExp|String|Symbol|Undefined)\(/ },
  { api: 'util._extend / util.log (removed in Node 23)', pattern: /\butil\.(_extend|log)\(/ },
  { api: 'new Buffer() (throws a deprecation in Node 22 tooling; use Buffer.from / Buffer.alloc)', pattern: /\bnew Buffer\(/ },
  { api: 'fs.rmdir(..., { recursive }) (removed in Node 23; use fs.rm)', pattern: /\brmdir(Sync)?\([^)]*recursive/ },
  { api: 'tls.createSecurePair (removed in Node 24)', pattern: /\bcreateSecurePair\(/ },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'build' || entry.name === 'results' ? [] : sourceFiles(relative);
    return /\.(ts|cjs|js|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

describe('production Node version (22 LTS)', () => {
  it('declares Node 22 or later in package.json engines', () => {
    const pkg: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const engines = typeof pkg === 'object' && pkg !== null && 'engines' in pkg ? pkg.engines : undefined;
    expect(engines).to.deep.equal({ node: '>=22' });
  });

  it('uses no Node API that Node 22 or 24 removed', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles);
    expect(files.length).to.be.above(20);
    const uses = files.flatMap((file) => {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      return REMOVED.filter(({ pattern }) => pattern.test(text)).map(({ api }) => `${file}: ${api}`);
    });
    expect(uses).to.deep.equal([]);
  });

  it('names Node 22 where people install or deploy it, and never an end-of-life Node 20 image or runtime', () => {
    for (const file of ['deploy/Dockerfile', 'deploy/azure/main.bicep', 'deploy/azure/main.parameters.example.json']) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      expect(text, file).not.to.match(/node:20|NODE\|20/);
    }
  });
});
