// What the choice between the message alone and the subject in view (dialogs/understanding/inView/stayInView.ts) is fitted
// on, shared by `npm run train-stay` and the test that fails when the committed stayModel.json is not the fit of today's
// data (tests/bot/cli/stayTraining.test.ts). The rotating sets are never read here.
import { createHash } from 'node:crypto';
import { aspectNotGivenInView } from '../../dialogs/understanding/inView/aspectInView';
import { comparedEntries, followUpEntry } from '../../dialogs/understanding/core/followUp';
import { stayFeatures, weighable, withStayModel } from '../../dialogs/understanding/inView/stayInView';
import { missingFact, type AnswerEngine } from '../../knowledge/answerEngine';
import { askedAspect } from '../../knowledge/aspects';
import { seededRandom } from '../../knowledge/classifier';
import { loadLabelledSet } from '../../knowledge/evaluate';
import type { FaqEntry, KnowledgeBase } from '../../knowledge/schema';
import { engineForTheTurn } from '../../knowledge/turnEngine';
import { loadDialogSet } from './dialogEval';
import { DIALOG_EVAL_SETS, EVAL_SETS } from './evalSets';

export interface Example {
  source: string;
  question: boolean;
  say: string;
  last: string;
  stayRight: boolean;
  values: number[];
}

/** How many other answers each labelled question is asked after. */
const LASTS_PER_QUESTION = 4;

/** What the turn would get from the words alone (after the other readings of the context), as an entry id or 'decline'. */
function aloneOutcome(engine: AnswerEngine, kb: KnowledgeBase, text: string, last: FaqEntry, before: FaqEntry | undefined): string {
  const answering = engine.answerAll(text).flatMap((answer) => (answer.kind === 'answer' && answer.entry ? [answer.entry] : []));
  if (askedAspect(text, kb) && aspectNotGivenInView(text, last, before, answering, kb)) return 'decline';
  const compared = comparedEntries(text, last, before, kb);
  return compared[0]?.id ?? answering[0]?.id ?? 'decline';
}

/** What staying on the subject in view gives: its answer, or "the guide doesn't say" for a fact or aspect it lacks. */
function stayOutcome(kb: KnowledgeBase, text: string, last: FaqEntry, before: FaqEntry | undefined): string {
  if (missingFact(text, last)) return 'decline';
  return askedAspect(text, kb) && aspectNotGivenInView(text, last, before, [last], kb) ? 'decline' : last.id;
}

export function examplesOf(kb: KnowledgeBase, engine: AnswerEngine): Example[] {
  return withStayModel(null, () => {
    const examples: Example[] = [];
    const add = (source: string, question: boolean, say: string, expected: string, last: FaqEntry, before: FaqEntry | undefined) => {
      // Each pair is read as one turn of the bot reads it (dialogs/answerTurn.ts): the message's question count once.
      const turn = engineForTheTurn(engine);
      if (followUpEntry(say, last, turn, kb, before) || !weighable(say, last, turn)) return;
      const stayRight = stayOutcome(kb, say, last, before) === expected;
      if (stayRight === (aloneOutcome(turn, kb, say, last, before) === expected)) return;
      examples.push({ source, question, say, last: last.id, stayRight, values: stayFeatures(say, last, turn, kb) });
    };
    for (const [name, set] of Object.entries(DIALOG_EVAL_SETS)) {
      if (set.role !== 'tuning') continue;
      for (const conversation of loadDialogSet(set.file, kb)) {
        let last: FaqEntry | undefined;
        let before: FaqEntry | undefined;
        for (const turn of conversation.turns) {
          if ((turn.expect === 'question' || turn.expect === 'decline') && last && !turn.also) add(name, false, turn.say, turn.id ?? 'decline', last, before);
          const entry = turn.expect === 'question' && turn.id ? kb.faqById.get(turn.id) : undefined;
          if (entry && entry.id !== last?.id) [before, last] = [last, entry];
        }
      }
    }
    const draw = seededRandom(17);
    for (const [name, set] of Object.entries(EVAL_SETS)) {
      if (set.role === 'rotating') continue;
      for (const item of loadLabelledSet(set.file, kb)) {
        const own = item.id ? kb.faqById.get(item.id) : undefined;
        const lasts = new Set<string>((own?.related ?? []).slice(0, 2));
        while (lasts.size < LASTS_PER_QUESTION) lasts.add(kb.faqs[Math.floor(draw() * kb.faqs.length)]!.id);
        for (const id of lasts) if (id !== item.id) add(name, true, item.q, item.id ?? 'decline', kb.faqById.get(id)!, undefined);
      }
    }
    return examples;
  });
}

/** A short hash of the examples: what the committed fit must have been fitted on. */
export function fingerprintOf(examples: readonly Example[]): string {
  return createHash('sha256').update(JSON.stringify(examples.map((example) => [example.source, example.say, example.last, example.stayRight, example.values]))).digest('hex').slice(0, 16);
}
