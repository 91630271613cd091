// No Bicep compiler runs here (no az, no network, none on npm that works offline), so these tests read main.bicep's
// structure themselves: balanced brackets, every parameter used, secrets only as @secure() parameters, API versions,
// and app settings that bot/config.ts actually reads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { EnvSchema } from '../../bot/config';

const AZURE_DIR = path.join(__dirname, '..', '..', 'deploy', 'azure');
const SOURCE = readFileSync(path.join(AZURE_DIR, 'main.bicep'), 'utf8');

/** The source with comments and string contents blanked (same length, newlines kept); `${...}` code inside strings stays. */
function maskBicep(source: string): string {
  const out = source.split('');
  const blank = (i: number) => {
    if (out[i] !== '\n') out[i] = ' ';
  };
  // Each frame is a string, or an interpolation with its own brace depth.
  const stack: Array<{ kind: 'string' } | { kind: 'interp'; depth: number }> = [];
  let i = 0;
  while (i < source.length) {
    const top = stack[stack.length - 1];
    const c = source[i];
    const next = source[i + 1];
    if (top?.kind === 'string') {
      if (c === '\\') {
        blank(i);
        blank(i + 1);
        i += 2;
      } else if (c === '$' && next === '{') {
        stack.push({ kind: 'interp', depth: 0 });
        i += 2;
      } else if (c === "'") {
        stack.pop();
        i += 1;
      } else {
        blank(i);
        i += 1;
      }
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') blank(i++);
    } else if (c === '/' && next === '*') {
      while (i < source.length && !(source[i] === '*' && source[i + 1] === '/')) blank(i++);
      blank(i);
      blank(i + 1);
      i += 2;
    } else if (c === "'") {
      stack.push({ kind: 'string' });
      i += 1;
    } else if (top?.kind === 'interp' && c === '}' && top.depth === 0) {
      stack.pop();
      i += 1;
    } else {
      if (top?.kind === 'interp' && c === '{') top.depth++;
      if (top?.kind === 'interp' && c === '}') top.depth--;
      i += 1;
    }
  }
  if (stack.length > 0) throw new Error('main.bicep: a string or interpolation is not closed');
  return out.join('');
}

const MASKED = maskBicep(SOURCE);

interface Declaration {
  keyword: string;
  name: string;
  decorators: string[];
  /** Raw text of the declaration, decorators excluded. */
  text: string;
}

/** Splits top-level statements (a new one starts on a line at bracket depth 0) and attaches decorators to the next one. */
function declarations(): Declaration[] {
  const rawLines = SOURCE.split('\n');
  const maskedLines = MASKED.split('\n');
  const items: string[] = [];
  let depth = 0;
  maskedLines.forEach((masked, index) => {
    const raw = rawLines[index] ?? '';
    // Blank and comment-only lines between statements belong to none of them.
    if (depth === 0 && masked.trim() !== '') items.push(raw);
    else if (depth > 0 && items.length > 0) items[items.length - 1] += `\n${raw}`;
    for (const ch of masked) {
      if ('{[('.includes(ch)) depth++;
      if ('}])'.includes(ch)) depth--;
    }
  });
  const result: Declaration[] = [];
  let pending: string[] = [];
  for (const item of items) {
    const trimmed = item.trim();
    if (trimmed.startsWith('@')) {
      pending.push(trimmed);
      continue;
    }
    const match = /^(\w+)\s+(\w+)/.exec(trimmed);
    result.push({ keyword: match?.[1] ?? '', name: match?.[2] ?? '', decorators: pending, text: trimmed });
    pending = [];
  }
  return result;
}

const DECLS = declarations();
const PARAMS = DECLS.filter((d) => d.keyword === 'param');
const isSecure = (d: Declaration) => d.decorators.some((dec) => dec.startsWith('@secure()'));
const allowedValues = (d: Declaration): string[] | undefined => {
  const allowed = d.decorators.find((dec) => dec.startsWith('@allowed('));
  return allowed ? [...allowed.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '') : undefined;
};
const param = (name: string): Declaration => {
  const found = PARAMS.find((p) => p.name === name);
  if (!found) throw new Error(`main.bicep has no param ${name}`);
  return found;
};

describe('deploy/azure: main.bicep structure (not compiled here)', () => {
  it('has balanced brackets outside strings and comments', () => {
    const open: string[] = [];
    const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
    MASKED.split('').forEach((ch, index) => {
      if ('{[('.includes(ch)) open.push(ch);
      const want = pairs[ch];
      if (want !== undefined) {
        const line = MASKED.slice(0, index).split('\n').length;
        expect(open.pop(), `closing ${ch} on line ${line}`).to.equal(want);
      }
    });
    expect(open).to.deep.equal([]);
  });

  it('uses every parameter somewhere besides its own declaration', () => {
    expect(PARAMS.length).to.be.greaterThan(10);
    for (const p of PARAMS) {
      const elsewhere = DECLS.filter((d) => d !== p).map((d) => maskBicep(d.text)).join('\n');
      expect(new RegExp(`\\b${p.name}\\b`).test(elsewhere), `param ${p.name} is never used`).to.equal(true);
    }
  });

  it('takes secrets only as @secure() parameters with no default value', () => {
    const secretLike = PARAMS.filter((p) => /password|secret|key/i.test(p.name));
    expect(secretLike.map((p) => p.name)).to.have.members(['microsoftAppPassword', 'directLineSecret']);
    for (const p of secretLike) {
      expect(isSecure(p), `${p.name} must be @secure()`).to.equal(true);
      expect(p.text, `${p.name} must not carry a default secret`).to.match(/=\s*''\s*$|^param\s+\w+\s+string\s*$/);
    }
  });

  it('contains no literal secret: keys come from listKeys, no GUIDs or keys written out', () => {
    const strings = [...SOURCE.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1] ?? '');
    for (const s of strings.filter((text) => !/^Microsoft\.\w+\//.test(text))) {
      expect(s, 'a GUID literal').not.to.match(/[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}/i);
      expect(s, 'a base64 key literal').not.to.match(/[A-Za-z0-9+/]{40,}={0,2}/);
    }
    const accountKey = /AccountKey=([^;']*)/.exec(SOURCE);
    expect(accountKey?.[1]).to.equal('${storageAccount.listKeys().keys[0].value}');
    expect(SOURCE).to.include('cosmosAccount.listKeys().primaryMasterKey');
    const outputs = DECLS.filter((d) => d.keyword === 'output');
    for (const o of outputs) expect(o.text, `output ${o.name} leaks a secret`).not.to.match(/listKeys|Password|Secret|KEY/);
  });

  it('pins an API version on every resource and declares the expected resource types', () => {
    const resources = DECLS.filter((d) => d.keyword === 'resource');
    const types = resources.map((r) => {
      const match = /^resource\s+\w+\s+'([\w./]+)@(\d{4}-\d{2}-\d{2}(?:-preview)?)'/.exec(r.text);
      expect(match, `resource ${r.name} has no 'Type@apiVersion'`).to.not.equal(null);
      return match?.[1] ?? '';
    });
    expect(new Set(types)).to.deep.equal(
      new Set([
        'Microsoft.ManagedIdentity/userAssignedIdentities',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Storage/storageAccounts/blobServices',
        'Microsoft.Storage/storageAccounts/blobServices/containers',
        'Microsoft.DocumentDB/databaseAccounts',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
      ]),
    );
  });

  it('offers SingleTenant and UserAssignedMSI only, F0/S1, Node 22 LTS by default (no end-of-life Node), blob or cosmos', () => {
    expect(allowedValues(param('appType'))).to.have.members(['SingleTenant', 'UserAssignedMSI']);
    expect(allowedValues(param('botSku'))).to.have.members(['F0', 'S1']);
    expect(allowedValues(param('stateStore'))).to.have.members(['blob', 'cosmos']);
    expect(param('nodeVersion').text).to.match(/=\s*'NODE\|22-lts'$/);
    expect(allowedValues(param('nodeVersion'))).to.have.members(['NODE|22-lts', 'NODE|24-lts']);
    expect(SOURCE).to.match(/linuxFxVersion:\s*nodeVersion/);
  });

  it('enables the Teams and Direct Line channels and points the bot at /api/messages on the web app', () => {
    expect(SOURCE).to.match(/channelName:\s*'MsTeamsChannel'/);
    expect(SOURCE).to.match(/channelName:\s*'DirectLineChannel'/);
    expect(SOURCE).to.include("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    expect(SOURCE).to.match(/msaAppMSIResourceId:\s*botIdentity\.id/);
    expect(SOURCE).to.match(/'\$\{botIdentity\.id\}': \{\}/);
  });

  it('creates the Cosmos DB container serverless with partition key /id', () => {
    expect(SOURCE).to.match(/name:\s*'EnableServerless'/);
    expect(SOURCE).to.match(/paths:\s*\[\s*'\/id'\s*\]/);
  });

  it('sets only app settings that bot/config.ts reads (plus the App Service build switch and the allocator cap), covering each store', () => {
    const settingNames = [...SOURCE.matchAll(/name:\s*'([A-Za-z_][A-Za-z0-9_]*)'\s*\n\s*value:/g)].map((m) => m[1] ?? '');
    const known = new Set([...Object.keys(EnvSchema.shape), 'SCM_DO_BUILD_DURING_DEPLOYMENT', 'MALLOC_ARENA_MAX']);
    expect(settingNames.filter((name) => !known.has(name))).to.deep.equal([]);
    expect(settingNames).to.include.members([
      'MicrosoftAppType',
      'MicrosoftAppId',
      'MicrosoftAppTenantId',
      'MicrosoftAppPassword',
      'STORAGE',
      'BLOB_CONNECTION_STRING',
      'BLOB_CONTAINER',
      'COSMOS_ENDPOINT',
      'COSMOS_KEY',
      'COSMOS_DATABASE',
      'COSMOS_CONTAINER',
      'DIRECT_LINE_SECRET',
      'MALLOC_ARENA_MAX',
    ]);
    expect(SOURCE, 'glibc keeps two malloc arenas, as in deploy/Dockerfile').to.match(/name:\s*'MALLOC_ARENA_MAX'\s*\n\s*value:\s*'2'/);
  });

  it('has an example parameters file with no secrets and only declared, allowed values', () => {
    const file: unknown = JSON.parse(readFileSync(path.join(AZURE_DIR, 'main.parameters.example.json'), 'utf8'));
    expect(file).to.have.property('$schema').that.matches(/deploymentParameters\.json#$/);
    const parameters = file !== null && typeof file === 'object' && 'parameters' in file ? file.parameters : undefined;
    expect(parameters).to.be.an('object');
    for (const [name, entry] of Object.entries(parameters ?? {})) {
      const declared = param(name);
      expect(isSecure(declared), `${name} is secure and must not be in a file`).to.equal(false);
      const value: unknown = entry !== null && typeof entry === 'object' && 'value' in entry ? entry.value : undefined;
      const allowed = allowedValues(declared);
      if (allowed && typeof value === 'string') expect(allowed, `${name}=${value}`).to.include(value);
    }
  });
});
