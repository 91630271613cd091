import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { expect } from 'chai';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { createTeamsPackage, writeTeamsPackage } from '../../deploy/teams/buildPackage';
import { checkIcons, createColorIcon, createOutlineIcon, ICON_SIZES } from '../../deploy/teams/icons';
import { buildManifest, bundledSchemaPath, COMMAND_LIMITS, fillTemplate, validateManifest } from '../../deploy/teams/manifest';
import { loadTeamsEnv, TEAMS_DEFAULTS, TeamsPackageError } from '../../deploy/teams/teamsEnv';

const REPO_ROOT = path.join(__dirname, '..', '..');
const APP_ID = '6b7e2c1a-3f4d-4e5a-9b8c-0d1e2f3a4b5c';
const PAGES = Object.freeze({ TEAMS_WEBSITE_URL: 'https://www.contoso.org/careers', TEAMS_PRIVACY_URL: 'https://care-manager-bot.azurewebsites.net/privacy', TEAMS_TERMS_URL: 'https://www.contoso.org/terms' });
const GOOD_ENV = Object.freeze({ MicrosoftAppId: APP_ID, BOT_DOMAIN: 'care-manager-bot.azurewebsites.net', ...PAGES });

async function zipEntry(zip: JSZip, name: string): Promise<Buffer> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is missing from the zip`);
  return entry.async('nodebuffer');
}

function packageError(run: () => unknown): TeamsPackageError {
  try {
    run();
  } catch (error) {
    if (error instanceof TeamsPackageError) return error;
    throw error;
  }
  throw new Error('expected a TeamsPackageError');
}

describe('deploy/teams: environment', () => {
  it('fills the bot id and domain from the environment and keeps the fixed Teams app id', () => {
    const values = loadTeamsEnv({ ...GOOD_ENV });
    expect(values.MicrosoftAppId).to.equal(APP_ID);
    expect(values.BOT_DOMAIN).to.equal('care-manager-bot.azurewebsites.net');
    expect(values.TEAMS_APP_ID).to.equal(TEAMS_DEFAULTS.appId);
  });

  it('lets TEAMS_APP_ID and TEAMS_APP_VERSION override the defaults', () => {
    const values = loadTeamsEnv({ ...GOOD_ENV, TEAMS_APP_ID: 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE', TEAMS_APP_VERSION: '2.3.4' });
    expect(values.TEAMS_APP_ID).to.equal('AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE');
    expect(values.TEAMS_APP_VERSION).to.equal('2.3.4');
  });

  it('names each developer page that is missing, placeholder or not https, and says what it is', () => {
    const error = packageError(() => loadTeamsEnv({ MicrosoftAppId: APP_ID, BOT_DOMAIN: GOOD_ENV.BOT_DOMAIN, TEAMS_PRIVACY_URL: 'http://bot.contoso.org/privacy', TEAMS_TERMS_URL: 'https://www.example.com/terms' }));
    const byName = (name: string) => error.problems.find((problem) => problem.startsWith(`${name}:`)) ?? '';
    expect(error.problems).to.have.length(3);
    expect(byName('TEAMS_WEBSITE_URL')).to.match(/missing/).and.include('websiteUrl');
    expect(byName('TEAMS_PRIVACY_URL')).to.include('https://').and.include('http://bot.contoso.org/privacy');
    expect(byName('TEAMS_TERMS_URL')).to.include('example.com placeholder');
  });

  it('puts the developer pages in the manifest', () => {
    const manifest = buildManifest(loadTeamsEnv({ ...GOOD_ENV }));
    expect(manifest.developer).to.include({ websiteUrl: PAGES.TEAMS_WEBSITE_URL, privacyUrl: PAGES.TEAMS_PRIVACY_URL, termsOfUseUrl: PAGES.TEAMS_TERMS_URL });
  });

  it('names MicrosoftAppId and says what it is when it is missing', () => {
    const error = packageError(() => loadTeamsEnv({ ...GOOD_ENV, MicrosoftAppId: '  ' }));
    expect(error.problems).to.have.length(1);
    expect(error.problems[0]).to.match(/^MicrosoftAppId: missing/);
    expect(error.problems[0]).to.include('client ID');
  });

  it('names MicrosoftAppId and shows the bad value when it is not a GUID', () => {
    const error = packageError(() => loadTeamsEnv({ ...GOOD_ENV, MicrosoftAppId: 'my-bot' }));
    expect(error.problems[0]).to.match(/^MicrosoftAppId: must be a GUID/);
    expect(error.problems[0]).to.include('"my-bot"');
    expect(error.message).to.include('MicrosoftAppId');
  });

  it('rejects a BOT_DOMAIN given as a URL, and reports every bad variable at once', () => {
    const error = packageError(() => loadTeamsEnv({ ...PAGES, MicrosoftAppId: 'x', BOT_DOMAIN: 'https://care-manager-bot.azurewebsites.net/api/messages', TEAMS_APP_VERSION: 'v1' }));
    const names = error.problems.map((p) => p.split(':')[0]);
    expect(names).to.have.members(['MicrosoftAppId', 'BOT_DOMAIN', 'TEAMS_APP_VERSION']);
    expect(error.problems.find((p) => p.startsWith('BOT_DOMAIN'))).to.include('without https://');
  });
});

describe('deploy/teams: manifest', () => {
  it('fills every placeholder and validates offline against the bundled v1.22 schema', async () => {
    expect(existsSync(bundledSchemaPath()), 'the schema must come from the package, not the network').to.equal(true);
    const manifest = buildManifest(loadTeamsEnv({ ...GOOD_ENV }));
    expect(JSON.stringify(manifest)).not.to.include('${{');
    expect(manifest.manifestVersion).to.equal('1.22');
    expect(manifest.bots?.[0]?.botId).to.equal(APP_ID);
    expect(manifest.bots?.[0]?.scopes).to.have.members(['personal', 'team', 'groupChat']);
    expect(manifest.validDomains).to.deep.equal(['care-manager-bot.azurewebsites.net']);
    expect(manifest.name.short.length).to.be.at.most(30);
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).to.deep.equal([]);
    expect(await validateManifest(manifest)).to.deep.equal([]);
  });

  it('is caught by the schema when a field breaks it (the check is not vacuous)', async () => {
    const manifest = buildManifest(loadTeamsEnv({ ...GOOD_ENV }));
    manifest.name.short = 'A name that is far too long for Teams';
    manifest.accentColor = 'teal';
    const problems = await validateManifest(manifest);
    expect(problems.some((p) => p.includes('/name/short'))).to.equal(true);
    expect(problems.some((p) => p.includes('/accentColor'))).to.equal(true);
  });

  it('offers at most 10 commands per scope, each scope in one list, titles within 32 characters', () => {
    const manifest = buildManifest(loadTeamsEnv({ ...GOOD_ENV }));
    const lists = manifest.bots?.[0]?.commandLists ?? [];
    expect(lists.flatMap((list) => list.scopes)).to.have.members(['personal', 'team', 'groupChat']);
    for (const list of lists) {
      expect(list.commands.length).to.be.within(1, COMMAND_LIMITS.commandsPerScope);
      for (const command of list.commands) expect(command.title.length).to.be.at.most(COMMAND_LIMITS.titleLength);
      expect(new Set(list.commands.map((c) => c.title.toLowerCase())).size).to.equal(list.commands.length);
    }
    expect(lists.find((list) => list.scopes.includes('personal'))?.commands.map((c) => c.title)).to.include.members(['help', 'start over']);
  });

  it('reports an eleventh command in a scope', async () => {
    const manifest = buildManifest(loadTeamsEnv({ ...GOOD_ENV }));
    const personal = manifest.bots?.[0]?.commandLists?.find((list) => list.scopes.includes('personal'));
    personal?.commands.push({ title: 'one too many', description: 'x' });
    const problems = await validateManifest(manifest);
    expect(problems.join('\n')).to.match(/commandLists/);
  });

  it('refuses a placeholder it has no value for instead of leaving it empty', () => {
    const values = loadTeamsEnv({ ...GOOD_ENV });
    const error = packageError(() => fillTemplate({ a: ['${{NOT_A_VALUE}}'] }, values));
    expect(error.problems[0]).to.include('${{NOT_A_VALUE}}');
  });
});

describe('deploy/teams: icons', () => {
  it('draws a 192x192 opaque colour icon on the brand colour', () => {
    const png = PNG.sync.read(createColorIcon());
    expect([png.width, png.height]).to.deep.equal([ICON_SIZES.color, ICON_SIZES.color]);
    expect([...png.data.subarray(0, 4)]).to.deep.equal([0x0e, 0x7c, 0x7b, 255]);
    let white = 0;
    for (let offset = 0; offset < png.data.length; offset += 4) {
      expect(png.data[offset + 3]).to.equal(255);
      if (png.data[offset] === 255 && png.data[offset + 1] === 255 && png.data[offset + 2] === 255) white++;
    }
    expect(white, 'the mark is visible').to.be.greaterThan(192 * 192 * 0.1);
  });

  it('draws a 32x32 outline icon of only white and fully transparent pixels, with both present', () => {
    const png = PNG.sync.read(createOutlineIcon());
    expect([png.width, png.height]).to.deep.equal([ICON_SIZES.outline, ICON_SIZES.outline]);
    const kinds = new Set<string>();
    for (let offset = 0; offset < png.data.length; offset += 4) {
      const [r, g, b, a] = png.data.subarray(offset, offset + 4);
      if (a === 0) kinds.add('transparent');
      else if (a === 255 && r === 255 && g === 255 && b === 255) kinds.add('white');
      else kinds.add(`other ${r},${g},${b},${a}`);
    }
    expect([...kinds].sort()).to.deep.equal(['transparent', 'white']);
  });

  it('flags an icon of the wrong size and an outline with grey pixels', () => {
    const grey = new PNG({ width: 32, height: 32 });
    grey.data.fill(128);
    const problems = checkIcons({ color: createOutlineIcon(), outline: PNG.sync.write(grey) });
    expect(problems.some((p) => p.startsWith('color.png: is 32x32'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('outline.png: 1024 pixel(s)'))).to.equal(true);
  });
});

describe('deploy/teams: package zip', () => {
  it('holds exactly manifest.json, color.png and outline.png at its root, the manifest being the validated one', async () => {
    const built = await createTeamsPackage({ ...GOOD_ENV });
    const zip = await JSZip.loadAsync(built.zip);
    expect(Object.keys(zip.files).sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);
    expect(Object.values(zip.files).every((entry) => !entry.dir)).to.equal(true);
    const zipped = JSON.parse((await zipEntry(zip, 'manifest.json')).toString('utf8'));
    expect(zipped).to.deep.equal(JSON.parse(JSON.stringify(built.manifest)));
    expect(await validateManifest(built.manifest)).to.deep.equal([]);
    const icons = { color: await zipEntry(zip, 'color.png'), outline: await zipEntry(zip, 'outline.png') };
    expect(checkIcons(icons)).to.deep.equal([]);
  });

  it('writes the zip to the output folder and builds the same bytes twice', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'teams-package-'));
    try {
      const first = await writeTeamsPackage({ ...GOOD_ENV }, dir);
      expect(first.zipPath).to.equal(path.join(dir, 'care-manager-bot.zip'));
      const onDisk = await readFile(first.zipPath);
      const second = await createTeamsPackage({ ...GOOD_ENV });
      expect(onDisk.equals(second.zip)).to.equal(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('npm run teams:package fails with exit code 1 and a message naming the bad variable, no stack trace', async () => {
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(tsx, ['deploy/teams/package.ts'], { cwd: REPO_ROOT, env: { ...process.env, MicrosoftAppId: 'not-a-guid', BOT_DOMAIN: 'bot.example.com' } }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      });
    });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('MicrosoftAppId: must be a GUID');
    expect(result.stderr).not.to.match(/\n\s+at /);
    expect(result.stdout).to.equal('');
  });
});
