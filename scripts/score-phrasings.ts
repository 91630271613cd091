// `npx tsx scripts/score-phrasings.ts FILE...`: scores knowledge/training/ phrasing files as labelled sets (each entry's
// messages in scope, offTopic to decline) with the engine as built: answered right, right or first "did you mean",
// answered wrong, declined. For a file not yet in the classifier's data, this is an unseen score.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createAnswerEngine } from '../knowledge/answerEngine';
import { evaluate, type LabelledQuestion } from '../knowledge/evaluate';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { PhrasingsFileSchema } from '../knowledge/schema';

const kb = loadKnowledge();
const engine = createAnswerEngine(kb);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;
const all: LabelledQuestion[] = [];
for (const file of process.argv.slice(2)) {
  const data = PhrasingsFileSchema.parse(parse(readFileSync(file, 'utf8')));
  const questions: LabelledQuestion[] = [...Object.entries(data.entries).flatMap(([id, texts]) => texts.map((q) => ({ q, id }))), ...data.offTopic.map((q) => ({ q, id: null }))];
  all.push(...questions);
  report(file, questions);
}
if (process.argv.length > 3) report('together', all);

function report(name: string, questions: readonly LabelledQuestion[]): void {
  const { inScope, outOfScope } = evaluate(engine, questions);
  console.log(`${name}: answered right ${percent(inScope.correct, inScope.total)}, right or first ${(100 * inScope.answeredOrFirstOffered).toFixed(1)}%, answered wrong ${inScope.wrong}, declined ${percent(outOfScope.rejected, outOfScope.total)}`);
}
