import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChatScorer, loadChatSet, scoreChatSet, type ChatItem, type ChatReport, type ChatScorer } from '../../bot/cli/chatEval';
import { CHAT_EVAL_SETS } from '../../bot/cli/evalSets';
import { formatChatReport } from '../../bot/cli/evalChat';
import { readChatFirstScores, readFirstScores, recordFirstScores, type ChatFirstScore, type FirstScore } from '../../bot/cli/firstScores';
import { knowledge, realEngine } from '../dialogs/transcript';

/** The chat evaluation (npm run eval -- --chat): its set format, how it scores a message through the real bot, and what it prints. */

const kb = knowledge();

describe('chat evaluation', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'chat-eval-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  function setFile(name: string, text: string): string {
    const file = join(folder, name);
    writeFileSync(file, text);
    return file;
  }

  describe('the set format', () => {
    it('reads flow mappings with labels as strings: unquoted yes, no and numbers stay as written', () => {
      const file = setFile(
        'ok.yaml',
        [
          '# a comment',
          '- { say: "yup", expect: yes, context: after-answer }',
          '- { say: nah, expect: "no", context: after-answer }',
          '- { say: 4, expect: number, context: fresh }',
          '- { say: "ok thanks, and what does it pay?", expect: question, id: salary, acts: [ok, thanks], context: after-answer }',
        ].join('\n'),
      );
      expect(loadChatSet(file, kb)).to.deep.equal([
        { say: 'yup', expect: 'yes', context: 'after-answer' },
        { say: 'nah', expect: 'no', context: 'after-answer' },
        { say: '4', expect: 'number', context: 'fresh' },
        { say: 'ok thanks, and what does it pay?', expect: 'question', id: 'salary', acts: ['ok', 'thanks'], context: 'after-answer' },
      ]);
    });

    it('names the file, the item, its text and the field for every problem, and the ids the guide does not have', () => {
      const file = setFile(
        'bad.yaml',
        [
          '- { say: "hello", expect: hullo, context: fresh }',
          '- { say: "what does it pay", expect: question, context: fresh }',
          '- { say: "thanks", expect: thanks, context: later }',
          '- { say: "pay?", expect: question, id: no-such-entry, context: fresh }',
          '- { say: "hi, pay?", expect: question, id: salary, acts: [hi], context: fresh }',
        ].join('\n'),
      );
      let message = '';
      try {
        loadChatSet(file, kb);
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).to.include(file).and.to.include('5 problem(s)');
      expect(message).to.match(/item 1 "hello": expect must be one of greeting, /);
      expect(message).to.include('item 2 "what does it pay": id a question needs `id`');
      expect(message).to.include('item 3 "thanks": context must be fresh or after-answer');
      expect(message).to.include('item 4 "pay?": id "no-such-entry" is not an entry of the guide');
      expect(message).to.match(/item 5 "hi, pay\?": acts\.0 must be conversation labels/);
    });

    it('the chat sets in tests/eval load (chatA-C and chatF tune, chatD rotates)', () => {
      expect(CHAT_EVAL_SETS.chatA.role).to.equal('tuning');
      expect(CHAT_EVAL_SETS.chatB.role).to.equal('tuning');
      expect(CHAT_EVAL_SETS.chatC.role).to.equal('tuning');
      expect(CHAT_EVAL_SETS.chatD.role).to.equal('rotating');
      expect(CHAT_EVAL_SETS.chatF.role).to.equal('tuning');
      // Loaded only to check the format: nothing of the rotating set is shown here.
      for (const { file } of Object.values(CHAT_EVAL_SETS)) expect(loadChatSet(file, kb).length).to.be.greaterThan(100);
    });
  });

  describe('scoring through the real bot', () => {
    let scorer: ChatScorer;
    before(() => {
      scorer = createChatScorer(kb, realEngine());
    });

    it('reads each message in its context: an act, a command, a flow, an entry, or nothing from the guide', async () => {
      expect(await scorer.take('thanks', 'after-answer')).to.deep.include({ got: 'thanks', answered: [], flowsStarted: [] });
      expect(await scorer.take('help', 'fresh')).to.deep.include({ got: 'help', answered: [] });
      expect(await scorer.take('walk me through the steps', 'fresh')).to.deep.include({ got: 'walk', flowsStarted: ['careerSteps'] });
      expect(await scorer.take('how much do care managers earn', 'fresh')).to.deep.include({ got: 'question', answered: ['salary'] });
      expect(await scorer.take('thanks! and how much do care managers earn?', 'after-answer')).to.deep.include({ got: 'question', answered: ['salary'], acts: ['thanks'] });
      expect(await scorer.take('what is the capital of peru', 'fresh')).to.deep.include({ got: 'decline', answered: [] });
    });

    it('"say that again" after an answer repeats it, and with nothing answered there is nothing to repeat: both are "again", not an answer', async () => {
      expect(await scorer.take('say that again', 'after-answer')).to.deep.include({ got: 'again', answered: [] });
      expect(await scorer.take('say that again', 'fresh')).to.deep.include({ got: 'again', answered: [] });
    });

    it('scores a set: right, wrong entry, a flow where a decline was expected, per label, confusions and misses', async () => {
      const items: ChatItem[] = [
        { say: 'thanks', expect: 'thanks', context: 'after-answer' },
        { say: 'how much do care managers earn', expect: 'question', id: 'salary', context: 'fresh' },
        { say: 'how much do care managers earn', expect: 'question', id: 'how-long', context: 'fresh' },
        { say: 'what is the capital of peru', expect: 'decline', context: 'fresh' },
        { say: 'walk me through the steps', expect: 'decline', context: 'fresh' },
        { say: 'hi, how much do care managers earn?', expect: 'question', id: 'salary', acts: ['greeting'], context: 'fresh' },
        { say: 'how much do care managers earn?', expect: 'question', id: 'salary', acts: ['thanks'], context: 'fresh' },
      ];
      const report = await scoreChatSet(items, scorer);
      expect(report).to.deep.include({ total: 7, right: 5 });
      expect(report.byLabel).to.deep.equal([
        { label: 'thanks', total: 1, right: 1 },
        { label: 'question', total: 4, right: 3 },
        { label: 'decline', total: 2, right: 1 },
      ]);
      expect(report.misses).to.deep.equal([
        { say: 'how much do care managers earn', context: 'fresh', expected: 'question (how-long)', got: 'question (salary, wrong entry)' },
        { say: 'walk me through the steps', context: 'fresh', expected: 'decline', got: 'walk (started careerSteps)' },
      ]);
      expect(report.confusions).to.deep.equal([
        { expected: 'decline', got: 'walk', count: 1 },
        { expected: 'question', got: 'question (wrong entry)', count: 1 },
      ]);
      expect(report.acts).to.deep.include({ total: 2, right: 1 });
    });
  });

  describe('what it prints', () => {
    const report: ChatReport = {
      total: 2,
      right: 1,
      byLabel: [{ label: 'thanks', total: 2, right: 1 }],
      confusions: [{ expected: 'thanks', got: 'decline', count: 1 }],
      misses: [{ say: 'ta very much', context: 'after-answer', expected: 'thanks', got: 'decline' }],
      acts: { total: 0, right: 0, misses: [] },
    };
    const first: ChatFirstScore = { kind: 'chat', date: '2026-12-03', total: 2, right: 0, byLabel: [{ label: 'thanks', total: 2, right: 0 }] };

    it('a tuning set: counts per label beside the first score, its confusions and its misses', () => {
      const text = formatChatReport('chatA', 'tuning', report, first, true).join('\n');
      expect(text).to.include('right 50.0% (1/2)').and.to.include('first     right 0.0% (0/2)');
      expect(text).to.match(/thanks\s+2\s+1\s+1\s+50\.0%\s+0\.0%/);
      expect(text).to.include('thanks -> decline (1)').and.to.include('"ta very much" expected thanks, got decline');
    });

    it('a rotating set never shows its misses or confusions, even when asked to: only counts per label', () => {
      const text = formatChatReport('chatB', 'rotating', report, first, true).join('\n');
      expect(text).to.match(/thanks\s+2\s+1\s+1/);
      expect(text).not.to.include('ta very much');
      expect(text).not.to.include('->');
    });
  });

  describe('first scores', () => {
    const question: FirstScore = { date: '2026-12-01', inScopeAccuracy: 0.8, answeredOrFirstOffered: 0.85, outOfScopeRejection: 0.9, byKind: [] };
    const chat: ChatFirstScore = { kind: 'chat', date: '2026-12-03', total: 10, right: 6, byLabel: [{ label: 'thanks', total: 10, right: 6 }] };

    it('keeps question and chat sets in one file, each read back on its own, and never replaces a first score', () => {
      const file = join(folder, 'first-scores.json');
      writeFileSync(file, `${JSON.stringify({ blindA: question }, null, 2)}\n`);
      expect(recordFirstScores(file, { chatA: chat })).to.deep.equal(['chatA']);
      expect(recordFirstScores(file, { chatA: { ...chat, right: 9 }, blindA: { ...question, inScopeAccuracy: 1 } })).to.deep.equal([]);
      expect(readFirstScores(file)).to.deep.equal({ blindA: question });
      expect(readChatFirstScores(file)).to.deep.equal({ chatA: chat });
      expect(JSON.parse(readFileSync(file, 'utf8'))).to.have.keys('blindA', 'chatA');
    });

    it('a hand-edited file fails with where and what to do', () => {
      const file = join(folder, 'broken.json');
      writeFileSync(file, JSON.stringify({ chatA: { ...chat, right: 'six' } }));
      expect(() => readChatFirstScores(file)).to.throw(/broken\.json: .*do not edit it by hand/);
    });

    it('the recorded first scores of chatA and chatB are there, taken before any change to the recognisers', () => {
      const recorded = readChatFirstScores(join(__dirname, '../eval/first-scores.json'));
      expect(recorded.chatA).to.include({ total: 232, right: 149, date: '2026-12-03' });
      expect(recorded.chatB).to.include({ total: 232, right: 130, date: '2026-12-03' });
    });
  });
});
