import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { createBaselineEngine, evaluate, EVAL_THRESHOLDS, loadLabelledSet } from '../../knowledge/evaluate';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { EVAL_SETS } from '../../bot/cli/evalSets';

const kb = loadKnowledge();
const engine = createAnswerEngine(kb);

describe('answer engine', () => {
  const answers: Array<[string, string]> = [
    ['how lnog does it tak', 'how-long'],
    ['salary?', 'salary'],
    ['ccm cert', 'ccm'],
    ['Can I become a care manager without having a degree?', 'without-degree'],
    ['<at>Care Manager Bot</at> is the job stressful', 'stressful'],
    ['what certifcation should i get', 'certifications'],
  ];
  for (const [question, id] of answers) {
    it(`answers "${question}" with ${id}`, () => {
      const result = engine.answer(question);
      expect(result.kind, JSON.stringify(result.alternatives)).to.equal('answer');
      expect(result.entry?.id).to.equal(id);
      expect(result.score).to.be.within(0, 1);
    });
  }

  const rejected = ['how long does it take to become a lawyer', 'software engineer salary', 'how do I become a pilot', "what's the weather in Paris", 'tell me a joke'];
  for (const question of rejected) {
    it(`does not answer "${question}" with care-manager facts`, () => {
      const result = engine.answer(question);
      expect(result.answered).to.equal(false);
      expect(['out-of-scope', 'no-match']).to.include(result.kind);
    });
  }

  it('treats empty and whitespace-only text as empty', () => {
    expect(engine.answer('').kind).to.equal('empty');
    expect(engine.answer('   \n\t ').kind).to.equal('empty');
    expect(engine.answer('?!...').kind).to.equal('empty');
  });

  it('searches a 20,000-character message on a bounded prefix and still answers', () => {
    const result = engine.answer(`how long does it take to become a care manager ${'blah '.repeat(4000)}`);
    expect(result.entry?.id).to.equal('how-long');
  });

  it('copes with emoji and other scripts without throwing', () => {
    for (const text of ['🙂🙂🙂', 'どうすればケアマネージャーになれますか', 'salary 💰?']) {
      expect(() => engine.answer(text)).to.not.throw();
    }
    expect(engine.answer('salary 💰?').entry?.id).to.equal('salary');
  });

  it('offers close alternatives when a question sits between entries', () => {
    const ambiguous = kb.faqs.some(() => true) && engine.answer('certification');
    expect(ambiguous && (ambiguous.kind === 'ambiguous' || ambiguous.alternatives.length > 0 || ambiguous.answered)).to.equal(true);
  });
});

describe('labelled evaluation', () => {
  for (const [name, file] of Object.entries(EVAL_SETS)) {
    it(`meets the thresholds on the ${name} set and beats plain fuse.js`, () => {
      const questions = loadLabelledSet(file, kb);
      const report = evaluate(engine, questions);
      const baseline = evaluate(createBaselineEngine(kb), questions);
      expect(report.inScope.accuracy, 'top-1 accuracy in scope').to.be.at.least(EVAL_THRESHOLDS.inScopeAccuracy);
      expect(report.outOfScope.rejection, 'out-of-scope rejection').to.be.at.least(EVAL_THRESHOLDS.outOfScopeRejection);
      expect(report.inScope.accuracy - baseline.inScope.accuracy).to.be.greaterThan(0.15);
    });
  }
});

describe('knowledge core', () => {
  it('imports nothing from botbuilder', () => {
    const dir = join(__dirname, '../../knowledge');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8'), file).to.not.match(/from ['"]botbuilder/);
  });
});
