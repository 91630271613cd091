/**
 * `npm run mutate`: breaks central behaviour on purpose, one change at a time, and checks that the tests notice.
 *
 * The repository is copied to a temporary folder (git's tracked and unignored files; node_modules linked), so the
 * working tree is never modified. For each mutation the script replaces an exact piece of source text, runs the tests
 * that guard it, and restores the file. A mutation the tests do not fail on "survived": the suite has a hole there.
 *
 *   npm run mutate                      every mutation
 *   npm run mutate -- --list            names and what each breaks
 *   npm run mutate -- turn-queue rate-limit-refill   only these
 *
 * Exit code 0 only when every mutation was applied and killed (and the unmutated tests passed first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..');

interface Edit {
  file: string;
  /** Exact source text; every occurrence is replaced. */
  find: string;
  replace: string;
}

interface Mutation extends Edit {
  name: string;
  /** What the mutation breaks, as a person would say it. */
  breaks: string;
  /** The same change in other files, made together. */
  also?: Edit[];
  /** Test files (globs as mocha takes them) that must fail. */
  tests: string[];
}

const ENGINE_TESTS = ['tests/knowledge/answerEngine.test.ts'];

const CONTENT_LINT = ['tests/knowledge/contentLint.test.ts'];
const HOW_LONG_OPENING = '      It usually takes **6 to 8 years** to become a care manager, though your own path may be shorter or longer. A common route:';

export const MUTATIONS: readonly Mutation[] = [
  // Issue 16: the answer engine's gates (their tests belong to knowledge/).
  {
    name: 'engine-min-score',
    breaks: 'the answer engine answers however weak the best match is',
    file: 'knowledge/answerEngine.ts',
    find: 'if (top.score < opts.minScore) {',
    replace: 'if (false) {',
    tests: ENGINE_TESTS,
  },
  {
    name: 'engine-off-topic',
    breaks: 'a question closer to an off-topic example than to any entry is answered anyway',
    file: 'knowledge/answerEngine.ts',
    find: 'if (best[offTopicIndex]! > best[top.index]! + opts.offTopicMargin) {',
    replace: 'if (false) {',
    tests: ENGINE_TESTS,
  },
  {
    name: 'engine-personal-context',
    breaks: 'personal questions that are not about the career are answered from the knowledge base',
    file: 'knowledge/answerEngine.ts',
    find: "if (!anchored && personalContext.matches(words) && !mentionsCareer(stems)) return empty('out-of-scope', 'personal');",
    replace: '',
    tests: ENGINE_TESTS,
  },
  {
    name: 'arbiter-answers',
    breaks: 'the arbiter never answers the nearest phrasings\' entry, however strongly they back it',
    file: 'knowledge/arbiter.ts',
    find: 'if (p >= model.answerAbove) {',
    replace: 'if (false) {',
    tests: ['tests/knowledge/arbiter.test.ts'],
  },
  // Issue 16: the runtime.
  {
    name: 'turn-queue',
    breaks: 'two messages of one conversation run at the same time',
    file: 'bot/adapter.ts',
    find: 'this.turns.run(key, () => this.processActivity(authResult, activity, logic))',
    replace: 'this.processActivity(authResult, activity, logic)',
    tests: ['tests/bot/turnQueue.test.ts'],
  },
  {
    name: 'rate-limit-refill',
    breaks: 'the rate limiter never refills: a client is locked out for good',
    file: 'bot/rateLimit.ts',
    find: 'bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * refillPerMs);',
    replace: 'bucket.tokens = Math.min(capacity, bucket.tokens);',
    tests: ['tests/bot/rateLimit.test.ts'],
  },
  {
    name: 'teams-button-cap',
    breaks: 'Teams cards carry more than six buttons (Teams drops the rest silently)',
    file: 'dialogs/rendering/core/cards.ts',
    find: '.slice(0, TEAMS_LIMITS.heroCardButtons)',
    replace: '',
    also: [
      { file: 'dialogs/rendering/guided/guidedCards.ts', find: '.slice(0, TEAMS_LIMITS.heroCardButtons)', replace: '' },
      { file: 'dialogs/rendering/core/teamsCards.ts', find: '.slice(0, TEAMS_CARD_LIMITS.actions)', replace: '' },
    ],
    tests: ['tests/dialogs/rendering/**/*.test.ts'],
  },
  // Issue 13: the hardening.
  {
    name: 'upgrade-router',
    breaks: 'WebSocket upgrade requests get no answer and hold their sockets',
    file: 'bot/upgrades.ts',
    find: "server.on('upgrade',",
    replace: "server.on('upgrade-not-handled',",
    tests: ['tests/bot/upgrades.test.ts'],
  },
  {
    name: 'local-bind',
    breaks: 'without credentials the bot listens on every interface',
    file: 'bot/config.ts',
    find: "(authDisabled ? '127.0.0.1' : undefined)",
    replace: 'undefined',
    tests: ['tests/bot/security.test.ts', 'tests/bot/config.test.ts'],
  },
  {
    name: 'json-only',
    breaks: 'text/plain and form bodies are parsed as activities (a cross-site post needs no preflight)',
    file: 'bot/httpBody.ts',
    find: "if (hasBody(req) && !isJsonContentType(req.headers['content-type'])) {",
    replace: 'if (false) {',
    tests: ['tests/bot/security.test.ts'],
  },
  {
    name: 'service-url-list',
    breaks: 'without credentials the bot posts replies to any serviceUrl',
    file: 'bot/server.ts',
    find: '!serviceUrlAllowed(serviceUrl, config.allowedServiceUrls)',
    replace: 'false',
    tests: ['tests/bot/security.test.ts', 'tests/bot/server.test.ts'],
  },
  {
    name: 'id-length-cap',
    breaks: 'ids of any length reach storage, the rate limiter and the logs',
    file: 'bot/server.ts',
    find: 'export const MAX_ID_LENGTH = 512;',
    replace: 'export const MAX_ID_LENGTH = 10_000_000;',
    tests: ['tests/bot/security.test.ts'],
  },
  {
    name: 'rate-limit-by-address',
    breaks: 'without credentials a new from.id on each request gets around the rate limit',
    file: 'bot/server.ts',
    find: 'return authDisabled ? `ip:${remoteAddress ?? \'unknown\'}` : `user:${activity.from.id}`;',
    replace: 'return `user:${activity.from.id}`;',
    tests: ['tests/bot/security.test.ts'],
  },
  {
    name: 'log-field-cut',
    breaks: 'request fields are logged whole (log amplification)',
    file: 'bot/server.ts',
    find: 'return value === undefined || value.length <= MAX_LOGGED_FIELD ?',
    replace: 'return true ?',
    tests: ['tests/bot/security.test.ts'],
  },
  {
    name: 'forged-token-401',
    breaks: 'tokens that fail verification answer 500 instead of 401',
    file: 'bot/adapter.ts',
    find: 'if (error instanceof Error && TOKEN_VERIFY_ERRORS.has(error.name)) return new TokenRejectedError(`${error.name}: ${message}`);',
    replace: '',
    tests: ['tests/bot/security.test.ts'],
  },
  {
    name: 'user-state-merge',
    breaks: "a user's two conversations at once lose turns on a stale user-state eTag",
    file: 'bot/state.ts',
    find: 'new OptimisticCache(this.storage, true)',
    replace: 'new OptimisticCache(this.storage, false)',
    tests: ['tests/bot/userStateMerge.test.ts'],
  },
  {
    name: 'direct-line-total-bytes',
    breaks: 'the local Direct Line keeps up to 512 KB for every one of 1,000 conversations',
    file: 'bot/directLine/store.ts',
    find: 'trimTotal(conversation);',
    replace: '',
    tests: ['tests/bot/directLineMemory.test.ts'],
  },
  {
    name: 'direct-line-live-kept',
    breaks: 'a flood of new chats evicts a live conversation',
    file: 'bot/directLine/store.ts',
    find: 'if (idle === undefined && now() - conversation.lastActiveAt > limits.activeMs) idle = conversation.id;',
    replace: 'if (idle === undefined) idle = conversation.id;',
    tests: ['tests/bot/directLine.test.ts'],
  },
  {
    name: 'health-probe-cache',
    breaks: '/healthz reads storage on every unauthenticated request',
    file: 'bot/server.ts',
    find: 'const probe = cachedProbe(() => checkStorage(deps.storage));',
    replace: 'const probe = () => checkStorage(deps.storage);',
    tests: ['tests/bot/server.test.ts'],
  },
  {
    name: 'blob-client-kept',
    breaks: 'one failed Blob write rebuilds a working client, and reads fail until writes recover',
    file: 'bot/storage.ts',
    find: '&& !this.innerWorked) this.inner = null;',
    replace: ') this.inner = null;',
    tests: ['tests/bot/storage.test.ts'],
  },
  {
    name: 'visitor-ticket-expiry',
    breaks: 'visitor tickets never expire',
    file: 'bot/directLine/visitor.ts',
    find: 'return age >= 0 && age < lifetimeMs ? userId : null;',
    replace: 'return userId;',
    tests: ['tests/bot/directLineToken.test.ts'],
  },
  {
    name: 'about-you-questions',
    breaks: 'a question ("can I do it without a degree?") is taken as the writer saying they have no degree',
    file: 'dialogs/understanding/person/aboutYou.ts',
    find: '    if (clause.asks) continue;\n',
    replace: '',
    tests: ['tests/dialogs/understanding/person/aboutYou.test.ts'],
  },
  {
    name: 'roadmap-known-facts',
    breaks: 'the roadmap asks again for the job, years, degree and aim the user already gave',
    file: 'dialogs/flows/roadmapDialog.ts',
    find: 'const known = updating ? {} : knownSituation(profile.about);',
    replace: 'const known = {};',
    tests: ['tests/dialogs/flows/remembering.test.ts'],
  },
  {
    name: 'old-card-check',
    breaks: 'a Next pressed on an old step card moves the walk on from the current step',
    file: 'dialogs/flows/careerStepsDialog.ts',
    find: 'if (shownFor !== undefined && shownAt !== n) {',
    replace: 'if (shownFor !== undefined && shownAt !== n && shownFor === "never") {',
    tests: ['tests/dialogs/flows/flowInterplay.test.ts'],
  },
  {
    name: 'paused-flow-offer',
    breaks: 'a flow left for another is never offered back (the walk dropped silently)',
    file: 'dialogs/turnRouter.ts',
    find: '    if (!flows.activeId) await this.offerPausedFlow(context);\n',
    replace: '',
    tests: ['tests/dialogs/flows/flowInterplay.test.ts'],
  },
  {
    name: 'refused-body-drain',
    breaks: 'a refused body is answered at once while the client is still sending, so it sees EPIPE instead of the 413',
    file: 'bot/httpBody.ts',
    find: 'function discardRest(req: IncomingMessage, alreadyRead: number): Promise<void> {',
    replace: 'function discardRest(req: IncomingMessage, alreadyRead: number): Promise<void> {\n  if (alreadyRead >= 0) return Promise.resolve();',
    tests: ['tests/bot/server.test.ts'],
  },
  // Issue 14: the editorial rules hold the content to them (each breaks one answer or card the way the issue found them).
  {
    name: 'content-first-sentence',
    breaks: 'an answer opens with filler instead of the answer (how long it takes, with the years in its second sentence)',
    file: 'knowledge/content/faq.yaml',
    find: HOW_LONG_OPENING,
    replace: HOW_LONG_OPENING.replace('It usually takes', "Everyone's path is different. It usually takes"),
    tests: CONTENT_LINT,
  },
  {
    name: 'content-bold',
    breaks: 'an answer bolds five phrases in about 60 words',
    file: 'knowledge/content/faq.yaml',
    find: "      - about four years for a bachelor's degree in nursing or social work\n",
    replace: "      - about **four years** for a **bachelor's degree** in **nursing** or **social work**\n",
    tests: CONTENT_LINT,
  },
  {
    name: 'content-unsupported-claim',
    breaks: 'an answer ranks the routes, which the guide never does ("the harder route")',
    file: 'knowledge/content/faq.yaml',
    find: HOW_LONG_OPENING,
    replace: HOW_LONG_OPENING.replace('though your own path may be shorter or longer', "and without a degree it's the harder route"),
    tests: CONTENT_LINT,
  },
  {
    name: 'content-copied-run',
    breaks: "an answer copies one of the guide's sentences word for word",
    file: 'knowledge/content/faq.yaml',
    find: "      To specialize, you'll usually need **extra training**, and possibly a certification, in your chosen area.",
    replace: '      To specialize, you will need additional training and possibly certification in your chosen area.',
    tests: CONTENT_LINT,
  },
  {
    name: 'content-step-tips',
    breaks: 'step cards show only the first tip of each step (Markdown and Teams)',
    file: 'dialogs/rendering/guided/guidedCards.ts',
    find: 'for (const tip of step.tips) parts.push(',
    replace: 'for (const tip of step.tips.slice(0, 1)) parts.push(',
    also: [{ file: 'dialogs/rendering/guided/guidedCards.ts', find: '...step.tips.map((tip): CardBlock', replace: '...step.tips.slice(0, 1).map((tip): CardBlock' }],
    tests: ['tests/dialogs/rendering/core/contentFields.test.ts'],
  },
  {
    name: 'content-rung-focus',
    breaks: "a rung's focus (how to do well in it) is shown nowhere",
    file: 'dialogs/rendering/guided/guidedCards.ts',
    find: "return role.focus.length > 0 ? `**${GuidedMessages.salary.focusLabel}**",
    replace: "return role.focus.length < 0 ? `**${GuidedMessages.salary.focusLabel}**",
    tests: ['tests/dialogs/rendering/core/contentFields.test.ts'],
  },
];

function copyTree(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree but not yet committed
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(from, join(to, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
  // The same mocha settings (root hooks, timeouts) without the spec list, so only the named files run.
  const settings = JSON.parse(readFileSync(join(ROOT, '.mocharc.json'), 'utf8')) as Record<string, unknown>;
  delete settings.spec;
  writeFileSync(join(to, '.mocharc.mutate.json'), JSON.stringify({ ...settings, reporter: 'dot' }));
}

function runTests(dir: string, tests: readonly string[]): Promise<{ passed: boolean; seconds: number; tail: string }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--config', '.mocharc.mutate.json', ...tests], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000)));
    child.on('close', (code) => {
      const tail = output.trim().split('\n').filter((line) => /passing|failing|pending|Error/.test(line)).slice(0, 4).join(' | ');
      resolve({ passed: code === 0, seconds: Math.round((Date.now() - started) / 1000), tail });
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const mutation of MUTATIONS) {
      const files = [mutation, ...(mutation.also ?? [])].map((edit) => edit.file).join(', ');
      process.stdout.write(`${mutation.name.padEnd(26)} ${mutation.breaks}\n    ${files}; tests: ${mutation.tests.join(' ')}\n`);
    }
    return;
  }
  const unknown = args.filter((name) => !MUTATIONS.some((mutation) => mutation.name === name));
  if (unknown.length > 0) throw new Error(`No mutation named ${unknown.join(', ')}; npm run mutate -- --list shows them.`);
  const chosen = args.length > 0 ? MUTATIONS.filter((mutation) => args.includes(mutation.name)) : MUTATIONS;

  const dir = mkdtempSync(join(tmpdir(), 'care-bot-mutate-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    copyTree(dir);
    process.stdout.write(`Copied the working tree to ${dir}; the repository itself is never modified.\n`);
    const allTests = [...new Set(chosen.flatMap((mutation) => mutation.tests))];
    const baseline = await runTests(dir, allTests);
    process.stdout.write(`Unmutated: the ${allTests.length} test file(s) ${baseline.passed ? 'pass' : 'FAIL'} (${baseline.seconds} s).\n`);
    if (!baseline.passed) throw new Error(`The tests fail without any mutation, so a mutation run would prove nothing: ${baseline.tail}`);

    const results: Array<{ mutation: Mutation; outcome: 'killed' | 'SURVIVED' | 'NOT APPLIED'; seconds: number; detail: string }> = [];
    for (const mutation of chosen) {
      const edits: Edit[] = [mutation, ...(mutation.also ?? [])];
      const originals = edits.map((edit) => readFileSync(join(dir, edit.file), 'utf8'));
      const missing = edits.filter((edit, i) => !originals[i]!.includes(edit.find));
      if (missing.length > 0) {
        const files = missing.map((edit) => edit.file).join(', ');
        results.push({ mutation, outcome: 'NOT APPLIED', seconds: 0, detail: `the text to change is no longer in ${files}; update the mutation in scripts/mutate.ts` });
      } else {
        // Edits are applied in order, each to the file as the previous ones left it (two may touch one file).
        for (const edit of edits) {
          const path = join(dir, edit.file);
          writeFileSync(path, readFileSync(path, 'utf8').split(edit.find).join(edit.replace));
        }
        const run = await runTests(dir, mutation.tests);
        edits.forEach((edit, i) => writeFileSync(join(dir, edit.file), originals[i]!));
        results.push({ mutation, outcome: run.passed ? 'SURVIVED' : 'killed', seconds: run.seconds, detail: run.tail });
      }
      const last = results[results.length - 1]!;
      process.stdout.write(`${last.outcome.padEnd(11)} ${mutation.name.padEnd(26)} ${String(last.seconds).padStart(4)} s  ${mutation.breaks}\n`);
      if (last.outcome !== 'killed') process.stdout.write(`            ${last.detail}\n`);
    }
    const bad = results.filter((result) => result.outcome !== 'killed');
    process.stdout.write(`\n${results.length - bad.length} of ${results.length} mutations killed by the tests.\n`);
    if (bad.length > 0) {
      process.stdout.write(`Not killed: ${bad.map((result) => `${result.mutation.name} (${result.outcome})`).join(', ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
