// `npx tsx scripts/held-out.ts [--by-source] [--list]`: the whole engine (every step, both parts, the gates) scored
// on the labelled messages (knowledge/training/, first parts, and the tuning and blind sets, as npm run eval reads them) with each source held out of the
// classifier: 9 folds of sources as `npm run train-arbiter` makes them, each message answered by an engine whose
// classifier never saw its source (the arbiter's weights are the shipped ones). It then sets the engine's first part
// beside the held-out classifier's own reading: where the classifier was right and the engine was not, and the reverse,
// by what the engine did and how sure the classifier was. `--list` prints those messages (readable sources only), and
// the messages to decline that the engine answered or offered.
// `--try option=v1,v2` scores the engine with each value of one of its numbers (ENGINE_DEFAULTS), for a sweep.
// The fold weights are kept in the system's temp folder, keyed by the data they were fitted on.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { classifierData, fitOn, loadLabelledMessages, TRAINING_SETS, type LabelledMessage } from '../bot/cli/trainingData';
import { createAnswerEngine, ENGINE_DEFAULTS, type EngineOptions } from '../knowledge/answerEngine';
import { CLASSIFIER_FIT, classify, ClassifierFileSchema, fileOf, weightsOf, type ClassifierWeights } from '../knowledge/classifier';
import { loadKnowledge } from '../knowledge/loadKnowledge';

const FOLDS = 9;
const { values } = parseArgs({ options: { 'by-source': { type: 'boolean' }, list: { type: 'boolean' }, try: { type: 'string' } } });

const kb = loadKnowledge();
const bare = createAnswerEngine(kb, { arbiter: null, classifier: null });
const { unseen: items } = loadLabelledMessages(kb);
const data = classifierData(kb, bare, items, items.map((item) => bare.readings(item.text)));
const sources = [...new Set(items.map((item) => item.source))];
const foldOf = new Map(sources.map((source, i) => [source, i % FOLDS]));

const key = createHash('sha1')
  .update(JSON.stringify([CLASSIFIER_FIT, data.classes, data.index, data.messages, items.map((item) => item.source)]))
  .digest('hex')
  .slice(0, 16);
function foldWeights(fold: number): ClassifierWeights {
  const file = join(tmpdir(), `held-out-${key}-${fold}.json`);
  if (existsSync(file)) return weightsOf(ClassifierFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  const weights = fitOn(data, items, (item) => foldOf.get(item.source) !== fold);
  writeFileSync(file, JSON.stringify(fileOf(weights, '', 0, 3)));
  return weights;
}

type Outcome = 'right' | 'first' | 'offered' | 'wrong' | 'declined';
interface Scored {
  item: LabelledMessage;
  outcome: Outcome;
  got: string | null;
  kind: string;
  classifierTop: string | null;
  classifierP: number;
  /** A labelled set's two-part question or comparison: whether both its parts were answered. */
  both?: boolean;
}
const weightsByFold = Array.from({ length: FOLDS }, (_, fold) => foldWeights(fold));
function score(options: Partial<EngineOptions>): Scored[] {
const scored: Scored[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const weights = weightsByFold[fold]!;
  const engine = createAnswerEngine(kb, { ...options, classifier: weights });
  items.forEach((item, k) => {
    if (foldOf.get(item.source) !== fold) return;
    // A labelled set's message is scored as npm run eval scores it (every part answered must be one its labels name); a
    // training file labels the first part only, so only the first part counts there.
    const all = engine.answerAll(item.text);
    const parts = (TRAINING_SETS as readonly string[]).includes(item.source) ? all : all.slice(0, 1);
    const first = parts[0]!;
    const answered = parts.filter((part) => part.answered && part.entry).map((part) => part.entry!.id);
    const labels = new Set([item.id, item.also ?? item.id]);
    const p = classify(weights, data.messages[k]!.terms);
    const top = p.top !== null && p.probability(p.top) > p.probability(null) ? p.top : null;
    let outcome: Outcome;
    if (item.id === null) outcome = answered.length === 0 && parts.every((part) => part.kind !== 'ambiguous') ? 'declined' : 'wrong';
    else if (answered.length > 0 && answered.every((id) => labels.has(id))) outcome = 'right';
    else if (answered.length > 0) outcome = 'wrong';
    else if (first.alternatives[0] && labels.has(first.alternatives[0].id)) outcome = 'first';
    else if (first.alternatives.some((a) => labels.has(a.id))) outcome = 'offered';
    else outcome = 'declined';
    const both = item.also !== undefined && item.also !== item.id && (TRAINING_SETS as readonly string[]).includes(item.source) ? [item.id!, item.also].every((id) => answered.includes(id)) : undefined;
    scored.push({ item, outcome, got: answered[0] ?? first.alternatives[0]?.id ?? null, kind: first.declined ?? first.kind, classifierTop: top, classifierP: top === null ? p.probability(null) : p.probability(top), ...(both === undefined ? {} : { both }) });
  });
}
return scored;
}
if (values.try) {
  const [name, list] = values.try.split('=') as [keyof EngineOptions, string];
  if (!(name in ENGINE_DEFAULTS)) throw new Error(`--try: ${name} is not one of the engine's numbers (${Object.keys(ENGINE_DEFAULTS).join(', ')})`);
  for (const value of list.split(',').map(Number)) {
    const of = score({ [name]: value });
    console.log(`${name}=${value}: ${line(of)}`);
  }
  process.exit(0);
}
const scored = score({});

const groups = [
  { name: 'training files', of: (s: Scored) => !(TRAINING_SETS as readonly string[]).includes(s.item.source) },
  { name: 'labelled sets (tuning, blind)', of: (s: Scored) => (TRAINING_SETS as readonly string[]).includes(s.item.source) },
  { name: 'all', of: () => true },
];
function line(of: readonly Scored[]): string {
  const inScope = of.filter((s) => s.item.id !== null);
  const out = of.filter((s) => s.item.id === null);
  const count = (o: Outcome, from = inScope) => from.filter((s) => s.outcome === o).length;
  const pc = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  const classifierRight = inScope.filter((s) => s.classifierTop === s.item.id || (s.item.also !== undefined && s.classifierTop === s.item.also)).length;
  const twoPart = of.filter((s) => s.both !== undefined);
  const both = twoPart.length > 0 ? `, both parts ${twoPart.filter((s) => s.both).length}/${twoPart.length}` : '';
  return `answered right ${pc(count('right'), inScope.length)} (${count('right')}/${inScope.length}), right or first ${pc(count('right') + count('first'), inScope.length)} (${count('right') + count('first')}), wrong ${count('wrong')}, declined ${pc(count('declined', out), out.length)} (${count('declined', out)}/${out.length})${both}; classifier alone ${classifierRight}`;
}
console.log('the whole engine, each source held out of the classifier:');
for (const group of groups) console.log(`  ${group.name.padEnd(30)} ${line(scored.filter(group.of))}`);
if (values['by-source']) for (const source of sources) console.log(`  ${source.padEnd(30)} ${line(scored.filter((s) => s.item.source === source))}`);

// The classifier against the engine, in scope: what the engine did where the classifier alone was right and it was not.
const bands = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0];
const band = (p: number) => bands.find((b) => p >= b)!;
const table = new Map<string, number>();
const inScope = scored.filter((s) => s.item.id !== null);
const classifierRightOf = (s: Scored) => s.classifierTop !== null && (s.classifierTop === s.item.id || s.classifierTop === s.item.also);
for (const s of inScope) {
  if (s.outcome === 'right') continue;
  const k = `${classifierRightOf(s) ? 'classifier right' : 'classifier wrong'} | engine ${s.outcome} (${s.kind}) | p>=${band(s.classifierP)}`;
  table.set(k, (table.get(k) ?? 0) + 1);
}
for (const s of inScope) {
  if (s.outcome !== 'right' || classifierRightOf(s)) continue;
  const k = `engine right, classifier ${s.classifierTop === null ? 'declines' : 'elsewhere'} | p>=${band(s.classifierP)}`;
  table.set(k, (table.get(k) ?? 0) + 1);
}
for (const s of scored.filter((x) => x.item.id === null && x.outcome === 'declined' && x.classifierTop !== null)) {
  const k = `out of scope declined (${s.kind}), classifier names an entry | p>=${band(s.classifierP)}`;
  table.set(k, (table.get(k) ?? 0) + 1);
}
console.log('\nin scope, first part: where the engine missed and what the held-out classifier read (count):');
for (const [k, n] of [...table].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  ${String(n).padStart(5)}  ${k}`);
if (values.list) {
  console.log('\nmessages where the classifier was right and the engine was not:');
  for (const s of inScope.filter((x) => x.outcome !== 'right' && classifierRightOf(x)).sort((a, b) => b.classifierP - a.classifierP)) {
    console.log(`  [${s.item.source} ${s.outcome} ${s.kind} got ${s.got ?? '-'}; classifier ${s.classifierP.toFixed(2)}] ${JSON.stringify(s.item.text)} -> ${s.item.id}`);
  }
  console.log('\nmessages to decline that the engine answered or offered:');
  for (const s of scored.filter((x) => x.item.id === null && x.outcome !== 'declined')) {
    console.log(`  [${s.item.source} ${s.kind} got ${s.got ?? '-'}; classifier ${s.classifierTop ?? 'decline'} ${s.classifierP.toFixed(2)}] ${JSON.stringify(s.item.text)}`);
  }
}
