#!/usr/bin/env node
// Takes Microsoft Web Chat's browser bundle (dist/webchat.js) out of the npm package at install time, so third-party code
// stays out of the repository and the full package (about 485 MB of dependencies) is never installed.
// Runs as the `postinstall` script; run it by hand with `node scripts/fetch-webchat.cjs`.
// It never fails the install: on a problem it says what went wrong and how to retry, and the web page says the same.
'use strict';

const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const WEBCHAT_VERSION = '4.18.1';
const PACKAGE_SPEC = `botframework-webchat@${WEBCHAT_VERSION}`;
const ENTRY_IN_TARBALL = 'package/dist/webchat.js';
// The bundle's SHA-256 as published in 4.18.1: a changed file means a tampered or different package.
const EXPECTED_SHA256 = '0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff';
const PROJECT_ROOT = path.resolve(__dirname, '..');
const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'webchat');
const BUNDLE_PATH = path.join(CACHE_DIR, 'webchat.js');
const MARKER_PATH = path.join(CACHE_DIR, 'webchat.json');
const RETRY_HINT = 'Retry with `node scripts/fetch-webchat.cjs` (it needs access to the npm registry).';

function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

/** True when the bundle is in place, of the pinned version and unchanged. */
function isInstalled() {
  try {
    const marker = JSON.parse(fs.readFileSync(MARKER_PATH, 'utf8'));
    if (marker.version !== WEBCHAT_VERSION || marker.sha256 !== EXPECTED_SHA256) return false;
    return sha256(fs.readFileSync(BUNDLE_PATH)) === EXPECTED_SHA256;
  } catch {
    return false;
  }
}

/** Runs `npm pack` for the pinned version into `dir` and returns the tarball's path. */
function packTarball(dir) {
  // Inside an npm lifecycle script, npm_execpath is the npm that runs us: reuse it rather than whatever `npm` is on PATH.
  const npmCli = process.env.npm_execpath;
  const useCli = typeof npmCli === 'string' && /\.c?js$/.test(npmCli);
  const command = useCli ? process.execPath : process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = [...(useCli ? [npmCli] : []), 'pack', PACKAGE_SPEC, '--json', '--pack-destination', dir];
  const output = execFileSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: !useCli && process.platform === 'win32',
    timeout: 120_000,
  });
  const packed = JSON.parse(output);
  const filename = Array.isArray(packed) && packed[0] && packed[0].filename;
  if (typeof filename !== 'string') throw new Error(`npm pack printed no tarball name (output: ${output.slice(0, 200)})`);
  // npm names scoped tarballs differently from its JSON on some versions; take whatever .tgz landed in the folder.
  const candidates = [filename, ...fs.readdirSync(dir).filter((name) => name.endsWith('.tgz'))];
  const found = candidates.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
  if (!found) throw new Error(`npm pack reported ${filename} but no tarball is in ${dir}`);
  return found;
}

/** Reads one regular file out of a gzipped tar (ustar, with pax or GNU long names) without the system `tar`. */
function extractFromTarball(tgz, wanted) {
  const tar = zlib.gunzipSync(tgz);
  let offset = 0;
  let longName = null;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    longName = null;
    if (type === 'x') {
      const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (match) longName = match[1];
    } else if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
    } else if ((type === '0' || type === '\0') && name === wanted) {
      return Buffer.from(body);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} is not in the tarball`);
}

function install() {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fetch-webchat-'));
  try {
    const tarball = packTarball(tempDir);
    const bundle = extractFromTarball(fs.readFileSync(tarball), ENTRY_IN_TARBALL);
    const digest = sha256(bundle);
    if (digest !== EXPECTED_SHA256) {
      throw new Error(`${ENTRY_IN_TARBALL} has SHA-256 ${digest}, expected ${EXPECTED_SHA256}; the package is not the published ${WEBCHAT_VERSION}`);
    }
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Write to a temporary name and rename, so a server never serves half a file.
    const partial = `${BUNDLE_PATH}.${process.pid}.tmp`;
    fs.writeFileSync(partial, bundle);
    fs.renameSync(partial, BUNDLE_PATH);
    fs.writeFileSync(MARKER_PATH, `${JSON.stringify({ version: WEBCHAT_VERSION, sha256: digest, license: 'MIT', source: PACKAGE_SPEC }, null, 2)}\n`);
    return bundle.length;
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

/** One line on why it failed: npm's own error summary when `npm pack` printed one, else the error message. */
function describeFailure(error) {
  const stdout = error && typeof error === 'object' && typeof error.stdout === 'string' ? error.stdout : '';
  try {
    const parsed = JSON.parse(stdout);
    if (parsed && parsed.error && parsed.error.summary) return `npm pack failed: ${parsed.error.summary}`;
  } catch {
    // not JSON: fall through to the message
  }
  const message = error && error.message ? String(error.message) : String(error);
  return message.split('\n')[0];
}

function main() {
  const shown = path.relative(process.cwd(), BUNDLE_PATH) || BUNDLE_PATH;
  if (isInstalled()) {
    console.log(`fetch-webchat: Web Chat ${WEBCHAT_VERSION} is already in ${shown}; nothing to do.`);
    return 0;
  }
  try {
    const bytes = install();
    console.log(`fetch-webchat: Web Chat ${WEBCHAT_VERSION} bundle written to ${shown} (${(bytes / 1e6).toFixed(1)} MB).`);
  } catch (error) {
    const reason = describeFailure(error);
    console.error(`fetch-webchat: could not get the Web Chat ${WEBCHAT_VERSION} bundle: ${reason}`);
    console.error(`fetch-webchat: the install goes on, but the web chat page at / will not work until the bundle is in place. ${RETRY_HINT}`);
  }
  return 0;
}

module.exports = { WEBCHAT_VERSION, EXPECTED_SHA256, BUNDLE_PATH, MARKER_PATH, extractFromTarball, isInstalled };

if (require.main === module) {
  process.exitCode = main();
}
