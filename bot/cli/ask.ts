// `npm run ask -- "question"`: the engine's answer as a person would read it; `--json` prints one JSON object per line.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createAnswerEngine, type Answer } from '../../knowledge/answerEngine';
import { loadKnowledge } from '../../knowledge/loadKnowledge';

export function toJsonLine(result: Answer): string {
  return JSON.stringify({
    question: result.question,
    answered: result.answered,
    kind: result.kind,
    id: result.entry?.id ?? null,
    answer: result.entry?.answer ?? null,
    score: result.score,
    alternatives: result.alternatives.map(({ id, title, score }) => ({ id, title, score })),
  });
}

export function toReadable(result: Answer): string {
  const lines = [`Q: ${result.question}`];
  if (result.entry && result.answered) {
    lines.push(`\n${result.entry.title} (${result.entry.id}, confidence ${result.score.toFixed(2)})`, '', result.entry.answer.trim(), '', `From the guide: ${result.entry.section}`);
  } else if (result.kind === 'ambiguous') {
    lines.push(`\nNot sure which you mean (confidence ${result.score.toFixed(2)}). Did you mean:`);
  } else {
    lines.push(`\nNo answer (${result.kind}): the knowledge base does not cover this.`);
  }
  if (result.alternatives.length > 0) {
    if (result.answered) lines.push('', 'Close alternatives:');
    lines.push(...result.alternatives.map((a) => `  - ${a.title} (${a.id}, ${a.score.toFixed(2)})`));
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean' } }, allowPositionals: true });
  const engine = createAnswerEngine(loadKnowledge());
  const print = (question: string) => console.log(values.json ? toJsonLine(engine.answer(question)) : toReadable(engine.answer(question)));
  if (positionals.length > 0) {
    positionals.forEach((question, i) => {
      if (!values.json && i > 0) console.log('\n---');
      print(question);
    });
    return 0;
  }
  if (process.stdin.isTTY && !values.json) {
    console.error('Usage: npm run ask -- "how long does it take?"   or   printf "q1\\nq2\\n" | npm run --silent ask -- --json');
    return 2;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    // In JSON mode every input line gets its output line, so the two can be zipped.
    if (line.trim() === '' && !values.json) continue;
    print(line);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
