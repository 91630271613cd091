import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ListableMemoryStorage } from '../../bot/listing';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { CardFactory } from 'botbuilder';
import { GOODBYE, markdownForTerminal, renderForTerminal, runChat } from '../../bot/cli/chat';
import { comparisonActivity } from '../../dialogs/rendering/guided/guidedCards';
import { formatReport, REPORT_TEXT, runReport } from '../../bot/cli/report';
import { createFeedbackStore } from '../../dialogs/feedbackStore';
import { ButtonTitles, Messages } from '../../dialogs/rendering/core/messages';
import { startAzurite, type Azurite } from '../support/azurite';
import { button, knowledge, scriptedEngine, startConversation } from '../dialogs/transcript';

const ROOT = join(__dirname, '..', '..');

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in the project folder with `input` piped to stdin. */
function run(command: string, args: string[], input: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

async function chatInProcess(lines: string[], channelId?: string): Promise<string> {
  const input = new PassThrough();
  let output = '';
  const done = runChat({ input, write: (text) => (output += text), ...(channelId ? { channelId } : {}) });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return output;
}

describe('command-line tools', () => {
  const kb = knowledge();
  const salary = kb.faqById.get('salary');
  if (!salary) throw new Error('the knowledge base has no "salary" entry');
  const helpfulNumber = Math.min(3, salary.related.length) + 1;

  describe('npm run chat', () => {
    it('talks with the same bot when piped: welcome, small talk, an answer, a numbered button', async function () {
      this.timeout(60_000);
      const result = await run('npm', ['run', '--silent', 'chat'], `hi\nsalary?\n${helpfulNumber}\n`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
      const out = result.stdout;
      expect(out).to.include(Messages.welcome.slice(0, 60));
      expect(out).to.include(`[1] ${ButtonTitles.careerSteps}`);
      expect(out).to.include('you> hi').and.include(Messages.chat.greeting);
      expect(out).to.include(markdownForTerminal(salary.answer.split('\n')[0]!, false));
      expect(out).to.include(`[${helpfulNumber}] ${ButtonTitles.helpful}`);
      expect(out.indexOf(Messages.ratedHelpful)).to.be.greaterThan(out.indexOf(`you> ${helpfulNumber}`));
    });

    it('leaves quietly when whoever reads its output stops reading (`npm run chat | head -1`)', async function () {
      this.timeout(60_000);
      const result = await new Promise<RunResult>((resolve, reject) => {
        const child = spawn('npx', ['tsx', 'bot/cli/chat.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        // Read the first chunk (the welcome), then close the pipe, as `head -1` does; the questions after it still get replies to write.
        child.stdout.once('data', () => child.stdout.destroy());
        child.once('error', reject);
        child.once('close', (code) => resolve({ code, stdout: '', stderr }));
        child.stdin.end(`${'salary?\n'.repeat(20)}`);
      });
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
    });

    it('shows Teams cards as text with --teams', async () => {
      const out = await chatInProcess(['How long does it take to become a care manager?', '1', 'career steps', '1'], 'msteams');
      const howLong = knowledge().faqById.get('how-long')!;
      const related = knowledge().faqById.get(howLong.related[0]!)!;
      // The answer's HTML shown as text, its related questions as numbered buttons; no rating buttons (Teams has its own).
      expect(out).to.include(markdownForTerminal(howLong.answer.split('\n')[0]!, false)).and.not.include('<p>');
      expect(out).to.include(`[1] ${related.title}`).and.not.include(ButtonTitles.notHelpful);
      expect(out.split('you> 1')[1]).to.include(markdownForTerminal(related.answer.split('\n')[0]!, false));
      // The step card's Adaptive Card buttons are numbered too, and Next moves on.
      expect(out.split('you> career steps')[1]).to.include('[1] Next');
      expect(out.split('you> career steps')[1]!.split('you> 1')[1]).to.include('Step 2 of');
    });

    it('sends a typed number that is not a button as text', async () => {
      const out = await chatInProcess(['hi', '99']);
      expect(out.split('you> 99')[1]).to.include(Messages.numberWithoutList(99));
    });

    for (const word of ['exit', 'quit', 'QUIT']) {
      it(`leaves on "${word}": says goodbye and reads nothing after it`, async () => {
        const out = await chatInProcess(['hi', word, 'salary?']);
        expect(out).to.include(`you> ${word}\nbot> ${GOODBYE}`);
        expect(out).to.not.include('you> salary?');
        expect(out).to.not.include(Messages.nothingToCancel);
      });
    }

    it('shows Markdown as a terminal does: bold and italics drawn with escapes, list items as bullets, no marks left', async () => {
      expect(markdownForTerminal('It takes **6 to 8 years**:\n- a degree\n* experience\n_From the guide_', true)).to.equal(
        'It takes \x1b[1m6 to 8 years\x1b[22m:\n• a degree\n• experience\n\x1b[3mFrom the guide\x1b[23m',
      );
      expect(markdownForTerminal('## Steps\nSee [the guide](https://example.org) *now*', false)).to.equal('Steps\nSee the guide (https://example.org) now');
      const out = await chatInProcess(['How long does it take to become a care manager?']);
      const answer = out.split('you> How long')[1] ?? '';
      expect(answer).to.not.match(/\*\*|^\s*- /m);
      expect(answer).to.include('• ');
    });

    it('goes into a guided flow and out again by numbered buttons', async () => {
      const out = await chatInProcess(['1', 'menu']);
      expect(out).to.include('you> 1');
      expect(out.split('you> menu')[1]).to.include(Messages.menu);
    });
  });

  describe('npm run report', () => {
    it('says so clearly when nothing was recorded', () => {
      expect(formatReport({ questions: [], noneOfThese: [], ratings: {} })).to.equal(REPORT_TEXT.nothing);
    });

    it('prints what a real conversation recorded: unanswered most frequent first, none-of-these picks, ratings', async () => {
      const storage = new ListableMemoryStorage();
      const engine = scriptedEngine({
        license: {
          kind: 'ambiguous',
          answered: false,
          entry: null,
          score: 0.5,
          alternatives: [{ id: 'licensing', title: 'Licensing', score: 0.5 }, { id: 'certifications', title: 'Certifications', score: 0.4 }],
        },
        'exam fees': { kind: 'no-match', answered: false, entry: null, score: 0.1, alternatives: [] },
        'how do I become a pilot': { kind: 'out-of-scope', answered: false, entry: null, score: 0, alternatives: [] },
      });
      const c = startConversation({ storage, engine });
      await c.say('exam fees');
      await c.say('how do I become a pilot');
      await c.say('How do I become a pilot?');
      await c.say('how do I become a pilot');
      await c.click(button(await c.say('license'), ButtonTitles.noneOfThese));
      await c.click(button(await c.say('How long does it take to become a care manager?'), ButtonTitles.notHelpful));

      let out = '';
      const code = await runReport({ env: {}, storage, write: (text) => (out += text), titles: new Map([['how-long', 'How long it takes']]) });
      expect(code).to.equal(0);
      const lines = out.split('\n');
      const at = (text: string) => lines.findIndex((line) => line.includes(text));
      expect(at(REPORT_TEXT.unanswered)).to.be.greaterThan(-1);
      expect(lines[at(REPORT_TEXT.unanswered) + 1]).to.match(/^\s+3\s+how do i become a pilot\s+\(off topic 3;/);
      expect(lines[at(REPORT_TEXT.unanswered) + 2]).to.match(/^\s+1\s+exam fees\s+\(not in the guide 1;/);
      expect(lines[at(REPORT_TEXT.ambiguous) + 1]).to.match(/^\s+1\s+license\s/);
      expect(lines[at(REPORT_TEXT.noneOfThese) + 1]).to.include('license').and.include('offered: licensing, certifications');
      expect(lines[at(REPORT_TEXT.ratings) + 1]).to.equal('  how-long (How long it takes): not helpful 1, helpful 0');
    });

    it('names the setting to fix when the configuration is wrong', async () => {
      let out = '';
      const code = await runReport({ env: { STORAGE: 'blob' }, write: (text) => (out += text) });
      expect(code).to.equal(2);
      expect(out).to.include('BLOB_CONNECTION_STRING');
    });

    it('explains that memory storage cannot be reported on from another process', async () => {
      const result = await run(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bot/cli/report.ts'], '', { STORAGE: 'memory' });
      expect(result.code).to.equal(0);
      expect(result.stdout).to.include(REPORT_TEXT.memoryNote).and.include(REPORT_TEXT.nothing);
    });

    describe('on Azure Blob storage (Azurite)', () => {
      let azurite: Azurite | null = null;
      before(async function () {
        this.timeout(30_000);
        azurite = await startAzurite();
      });
      after(async () => {
        await azurite?.dispose();
      });

      it('reads what the bot recorded in the configured storage', async function () {
        this.timeout(60_000);
        if (!azurite) throw new Error('Azurite did not start');
        const container = `feedback-${randomUUID().slice(0, 8)}`;
        const store = createFeedbackStore(new BlobsStorage(azurite.connectionString, container));
        for (const question of ['what does the ccm exam cost', 'what does the ccm exam cost', 'pilot school']) {
          expect(await store.recordQuestion(question, question === 'pilot school' ? 'out-of-scope' : 'no-match', 'u1')).to.equal(true);
        }
        await store.recordRating('salary', true, 'u1');
        const result = await run(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bot/cli/report.ts'], '', {
          STORAGE: 'blob',
          BLOB_CONNECTION_STRING: azurite.connectionString,
          BLOB_CONTAINER: container,
        });
        expect(result.stderr).to.equal('');
        expect(result.code).to.equal(0);
        const out = result.stdout;
        expect(out).to.include(`container "${container}"`);
        expect(out.indexOf('what does the ccm exam cost')).to.be.greaterThan(-1).and.lessThan(out.indexOf('pilot school'));
        expect(out).to.match(/salary \([^)]+\): not helpful 0, helpful 1/);
      });
    });
  });

  describe('chat rendering', () => {
    const CASES: ReadonlyArray<{ name: string; activity: Parameters<typeof renderForTerminal>[0] }> = [
      { name: 'message text', activity: { text: 'first\nsecond\n\n- third' } },
      { name: 'hero card text', activity: { text: 'Question?', attachments: [CardFactory.heroCard('Title', 'line one\nline two\n- line three')] } },
      { name: 'Teams hero card text with <br>', activity: { attachments: [CardFactory.heroCard('Title', 'line one<br>line two<br/>line three')] } },
    ];
    for (const { name, activity } of CASES) {
      it(`indents every line of ${name} under the first`, () => {
        const lines = renderForTerminal(activity, 1).text.split('\n');
        expect(lines[0]).to.match(/^bot> /);
        expect(lines.length).to.be.greaterThan(2);
        for (const line of lines.slice(1)) expect(line, JSON.stringify(line)).to.match(/^ {5}/);
        expect(lines.join('\n')).not.to.include('<br');
      });
    }

    it('shows the text of an adaptive card (the side-by-side comparison), not just its type', () => {
      const kb = knowledge();
      const [a, b] = [kb.specialisations[0]!, kb.specialisations[1]!];
      const text = renderForTerminal(comparisonActivity(a, b), 1).text;
      expect(text).to.include(a.name).and.include(b.name).and.include(a.serves).and.include(b.training);
      expect(text).not.to.include('attachment)');
    });

    it('leaves out a side-by-side heading the terminal cannot show side by side; each side keeps its title (ut35c)', () => {
      const kb = knowledge();
      const [a, b] = [kb.specialisations[0]!, kb.specialisations[1]!];
      const text = renderForTerminal(comparisonActivity(a, b), 1).text;
      expect(text).not.to.include('side by side');
      expect(text).to.include(`[${a.name}]`).and.include(`[${b.name}]`);
    });
  });
});
