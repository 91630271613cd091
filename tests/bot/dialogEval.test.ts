import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDialogScorer, loadDialogSet, scoreDialogSet, type DialogConversation, type DialogReport, type DialogScorer } from '../../bot/cli/dialogEval';
import { formatDialogReport } from '../../bot/cli/evalDialogs';
import { DIALOG_EVAL_SETS } from '../../bot/cli/evalSets';
import { readChatFirstScores, readDialogFirstScores, readFirstScores, recordFirstScores, type DialogFirstScore } from '../../bot/cli/firstScores';
import { knowledge, realEngine } from '../dialogs/transcript';

/** The conversation evaluation (npm run eval -- --dialogs): its set format, how it plays a conversation through the real bot, and what it prints. */

const kb = knowledge();

describe('conversation evaluation', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'dialog-eval-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  function setFile(name: string, lines: string[]): string {
    const file = join(folder, name);
    writeFileSync(file, lines.join('\n'));
    return file;
  }

  function loadError(file: string): string {
    try {
      loadDialogSet(file, kb);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return '';
  }

  describe('the set format', () => {
    it('reads conversations of turns, with labels as written (unquoted yes, numbers), walk moves, a second question and acts', () => {
      const file = setFile('ok.yaml', [
        '# a comment',
        '- name: "pay, then the walk"',
        '  turns:',
        '    - { say: "hi, what do they earn?", expect: question, id: salary, acts: [greeting] }',
        '    - { say: "and senior?", expect: question, id: salary-senior }  # follow-up',
        '    - { say: "yes", expect: yes }',
        '    - { say: 4, expect: number }',
        '    - { say: "next", expect: next }',
        '    - { say: "ccm or cmc?", expect: question, id: ccm, also: cmc }',
      ]);
      const [conversation] = loadDialogSet(file, kb);
      expect(conversation?.name).to.equal('pay, then the walk');
      expect(conversation?.turns).to.deep.equal([
        { say: 'hi, what do they earn?', expect: 'question', id: 'salary', acts: ['greeting'] },
        { say: 'and senior?', expect: 'question', id: 'salary-senior' },
        { say: 'yes', expect: 'yes' },
        { say: '4', expect: 'number' },
        { say: 'next', expect: 'next' },
        { say: 'ccm or cmc?', expect: 'question', id: 'ccm', also: 'cmc' },
      ]);
    });

    it('names the file, the conversation, the turn and its text, the field and what to write for every problem', () => {
      const file = setFile('bad.yaml', [
        '- name: "first"',
        '  turns:',
        '    - { say: "hello", expect: hullo }',
        '    - { say: "what does it pay", expect: question }',
        '    - { say: "pay?", expect: question, id: no-such-entry }',
        '    - { say: "thanks", expect: thanks, also: cmc }',
        '    - { say: "next", expect: next, context: fresh }',
        '- name: "second"',
        '  turns: []',
        '- turns:',
        '    - { say: "hi", expect: greeting }',
      ]);
      const message = loadError(file);
      expect(message).to.include(file).and.to.include('7 problem(s)');
      expect(message).to.match(/conversation 1 "first", turn 1 "hello": expect must be one of greeting, .*, next, back/);
      expect(message).to.include('conversation 1 "first", turn 2 "what does it pay": id a question needs `id`');
      expect(message).to.include('conversation 1 "first", turn 3 "pay?": id "no-such-entry" is not an entry of the guide');
      expect(message).to.include('conversation 1 "first", turn 4 "thanks": also is the second entry of a question');
      expect(message).to.include('conversation 1 "first", turn 5 "next": turn has `context`, which a turn does not have (a turn has say, expect, id, also, acts)');
      expect(message).to.include('conversation 2 "second": turns has no turns');
      expect(message).to.include('conversation 3 (no name): name Required');
      expect(message).to.include('write each conversation as `- name: "..."` with `turns:`');
    });

    it('a file that is not a list of conversations says what to write', () => {
      expect(loadError(setFile('map.yaml', ['name: "one"', 'turns: []']))).to.match(/map\.yaml: expected a YAML list of conversations; write each conversation as/);
    });

    it('dialogA, written blind for tuning, loads: 40 conversations', () => {
      expect(DIALOG_EVAL_SETS.dialogA.role).to.equal('tuning');
      expect(loadDialogSet(DIALOG_EVAL_SETS.dialogA.file, kb)).to.have.length(40);
    });
  });

  describe('playing a conversation through the real bot', () => {
    let scorer: DialogScorer;
    before(() => {
      scorer = createDialogScorer(kb, realEngine());
    });

    it('resolves a follow-up from the turn before it, and counts it as a follow-up since its words alone do not name its entry', async () => {
      const conversation: DialogConversation = {
        name: 'pay by level',
        turns: [
          { say: 'how much do entry level care managers earn', expect: 'question', id: 'salary-entry' },
          { say: 'and senior?', expect: 'question', id: 'salary-senior' },
          { say: 'thanks', expect: 'thanks' },
        ],
      };
      const [first, followUp, thanks] = await scorer.play(conversation);
      expect(first).to.deep.include({ right: true, followUp: false });
      expect(followUp).to.deep.include({ right: true, followUp: true, got: 'question (salary-senior)' });
      expect(thanks).to.deep.include({ right: true, followUp: false });
    });

    it('scores the walk\'s moves by the step shown: next one on, back one back, a question keeps the place', async () => {
      const scores = await scorer.play({
        name: 'the walk',
        turns: [
          { say: 'walk me through the steps', expect: 'walk' },
          { say: 'next', expect: 'next' },
          { say: 'next', expect: 'next' },
          { say: 'back', expect: 'back' },
          { say: 'how much do care managers earn', expect: 'question', id: 'salary' },
          { say: 'next', expect: 'next' },
          { say: 'next', expect: 'back' },
        ],
      });
      expect(scores.map((score) => score.stepShown)).to.deep.equal([1, 2, 3, 2, null, 3, 4]);
      expect(scores.map((score) => score.right)).to.deep.equal([true, true, true, true, true, true, false]);
      expect(scores[6]?.got).to.equal('walk to step 4 from step 3');
    });

    it('reads the walk\'s own "again" as again, "start over" as restart and "stop" as leaving it (cancel)', async () => {
      const scores = await scorer.play({
        name: 'the walk, left',
        turns: [
          { say: 'walk me through the steps', expect: 'walk' },
          { say: 'next', expect: 'next' },
          { say: 'again', expect: 'again' },
          { say: 'start over', expect: 'restart' },
          { say: 'stop', expect: 'cancel' },
        ],
      });
      expect(scores.map((score) => score.right)).to.deep.equal([true, true, true, true, true]);
    });

    it('each conversation is a new person: a walk left in one is not offered back in the next', async () => {
      await scorer.play({ name: 'leaves at step 3', turns: [{ say: 'walk me through the steps', expect: 'walk' }, { say: 'next', expect: 'next' }, { say: 'next', expect: 'next' }] });
      const [start, next] = await scorer.play({ name: 'starts again', turns: [{ say: 'walk me through the steps', expect: 'walk' }, { say: 'next', expect: 'next' }] });
      expect(start?.stepShown).to.equal(1);
      expect(next).to.deep.include({ stepShown: 2, right: true });
    });

    it('scores a set: turns, per label, follow-ups, conversations right all through, and each miss with the turns before it', async () => {
      const report = await scoreDialogSet(
        [
          { name: 'right all through', turns: [{ say: 'hi', expect: 'greeting' }, { say: 'what does a care manager earn', expect: 'question', id: 'salary' }] },
          { name: 'one miss', turns: [{ say: 'how much do entry level care managers earn', expect: 'question', id: 'salary-entry' }, { say: 'and senior?', expect: 'question', id: 'how-long' }] },
        ],
        scorer,
      );
      expect(report).to.deep.include({ turns: { total: 4, right: 3 }, conversations: { total: 2, right: 1 }, followUps: { total: 1, right: 0 } });
      expect(report.byLabel).to.deep.equal([
        { label: 'greeting', total: 1, right: 1 },
        { label: 'question', total: 3, right: 2 },
      ]);
      expect(report.misses).to.deep.equal([
        {
          conversation: 'one miss',
          turn: 2,
          before: [{ say: 'how much do entry level care managers earn', got: 'question (salary-entry)', right: true }],
          say: 'and senior?',
          expected: 'question (how-long)',
          got: 'question (salary-senior, wrong entry)',
          followUp: true,
        },
      ]);
    });
  });

  describe('what it prints', () => {
    const report: DialogReport = {
      turns: { total: 3, right: 2 },
      byLabel: [
        { label: 'question', total: 2, right: 1 },
        { label: 'next', total: 1, right: 1 },
      ],
      followUps: { total: 1, right: 0 },
      conversations: { total: 1, right: 0 },
      acts: { total: 0, right: 0 },
      misses: [{ conversation: 'pay', turn: 2, before: [{ say: 'what do they earn', got: 'question (salary)', right: true }], say: 'and the top?', expected: 'question (salary-vp)', got: 'decline', followUp: true }],
    };
    const first: DialogFirstScore = { kind: 'dialogs', date: '2026-12-03', turns: { total: 3, right: 1 }, byLabel: [{ label: 'question', total: 2, right: 0 }], followUps: { total: 1, right: 0 }, conversations: { total: 1, right: 0 } };

    it('a tuning set: figures beside the first score, per label, and each miss after the turns before it', () => {
      const text = formatDialogReport('dialogA', 'tuning', report, first, true).join('\n');
      expect(text).to.include('turns right 66.7% (2/3), follow-ups right 0.0% (0/1), conversations right all through 0.0% (0/1)');
      expect(text).to.include('first     turns right 33.3% (1/3)');
      expect(text).to.match(/question\s+2\s+1\s+1\s+50\.0%\s+0\.0%/);
      expect(text).to.include('"pay", turn 2 (follow-up)\n      + "what do they earn" -> question (salary)\n      > "and the top?" expected question (salary-vp), got decline');
    });

    it('a rotating set never shows its misses, even when asked to', () => {
      const text = formatDialogReport('dialogZ', 'rotating', report, first, true).join('\n');
      expect(text).to.match(/question\s+2\s+1\s+1/);
      expect(text).not.to.include('and the top?');
    });
  });

  describe('first scores', () => {
    it('kept beside the question and chat sets\' and read back apart from them; dialogA\'s is on record', () => {
      const file = join(folder, 'first-scores.json');
      const score: DialogFirstScore = { kind: 'dialogs', date: '2026-12-03', turns: { total: 3, right: 1 }, byLabel: [], followUps: { total: 1, right: 0 }, conversations: { total: 1, right: 0 } };
      expect(recordFirstScores(file, { dialogZ: score })).to.deep.equal(['dialogZ']);
      expect(recordFirstScores(file, { dialogZ: { ...score, turns: { total: 3, right: 3 } } })).to.deep.equal([]);
      expect(readDialogFirstScores(file)).to.deep.equal({ dialogZ: score });
      expect(readFirstScores(file)).to.deep.equal({});
      expect(readChatFirstScores(file)).to.deep.equal({});
      const recorded = readDialogFirstScores(join(__dirname, '../eval/first-scores.json'));
      expect(recorded.dialogA).to.deep.include({ turns: { total: 229, right: 176 }, followUps: { total: 22, right: 1 }, conversations: { total: 40, right: 11 } });
    });
  });
});
