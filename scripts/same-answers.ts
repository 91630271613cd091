// `npx tsx scripts/same-answers.ts save FILE` writes what the engine answers (answer and answerAll) for every message
// of every labelled set and knowledge/training/; `... compare FILE` says which differ now. For checking that a change
// meant to be cheaper changes no answer. The rotating sets are kept as hashes only and reported as counts, never texts.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAnswerEngine, type Answer } from '../knowledge/answerEngine';
import { loadLabelledSet } from '../knowledge/evaluate';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { EVAL_SETS, type EvalSetName } from '../bot/cli/evalSets';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'compare') || !file) {
  console.error('usage: tsx scripts/same-answers.ts save|compare FILE');
  process.exit(2);
}

const kb = loadKnowledge();
const engine = createAnswerEngine(kb);
const shown = (answer: Answer) => ({ ...answer, entry: answer.entry?.id ?? null });
const hash = (text: string) => createHash('sha1').update(text).digest('hex');

const sources: Array<{ name: string; hidden: boolean; texts: string[] }> = [];
for (const name of Object.keys(EVAL_SETS) as EvalSetName[]) {
  sources.push({ name, hidden: EVAL_SETS[name].role === 'rotating', texts: loadLabelledSet(EVAL_SETS[name].file, kb).map((item) => item.q) });
}
const trainingDir = join(__dirname, '../knowledge/training');
for (const name of ['phrasings-g', 'phrasings-h', 'phrasings-i', 'phrasings-j']) {
  const parsed = parse(readFileSync(join(trainingDir, `${name}.yaml`), 'utf8')) as { entries: Record<string, string[]>; offTopic: string[] };
  sources.push({ name, hidden: false, texts: [...Object.values(parsed.entries).flat(), ...parsed.offTopic] });
}

const now: Record<string, Array<{ key: string; value: string }>> = {};
for (const source of sources) {
  now[source.name] = source.texts.map((text) => {
    const value = JSON.stringify({ one: shown(engine.answer(text)), all: engine.answerAll(text).map(shown) });
    return source.hidden ? { key: hash(text), value: hash(value) } : { key: text, value };
  });
}

if (mode === 'save') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`saved ${Object.values(now).reduce((sum, list) => sum + list.length, 0)} messages' answers to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as typeof now;
  let differ = 0;
  let total = 0;
  for (const source of sources) {
    const old = before[source.name] ?? [];
    const list = now[source.name]!;
    let changed = 0;
    list.forEach((item, i) => {
      total += 1;
      if (old[i]?.key === item.key && old[i]?.value === item.value) return;
      changed += 1;
      if (!source.hidden) console.log(`  ${source.name}: ${JSON.stringify(item.key)}\n    before ${old[i]?.value}\n    after  ${item.value}`);
    });
    if (changed > 0) console.log(`${source.name}: ${changed} of ${list.length} differ`);
    differ += changed;
  }
  console.log(`${differ} of ${total} messages answered differently`);
  process.exit(differ > 0 ? 1 : 0);
}
