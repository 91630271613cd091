import { indexedAnswer, type FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { clausesOf, clauseActOf } from '../core/clauses';
import { isPadding } from '../core/conversation';
import { normalise, stem } from '../core/textMatch';

/**
 * A remark that says the answer in view back before a new question ("mamma mia 6 to 8 years.. ok. is it stressful like
 * a kitchen?", "40 to 60k, fair enough. what hours would I work?") is about that answer, not about what is asked next:
 * read with the question, its figure or its words pull the question back to the answer just given. The question is
 * read without it.
 */

/** A figure as an answer writes it or a person says it back ("6 to 8 years", "$40,000", "40k", "two"). */
const FIGURE = /\d+(?:[.,]\d+)*k?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/g;

const figuresOf = (text: string): string[] =>
  [...text.toLowerCase().replace(/(\d),(\d{3})\b/g, '$1$2').matchAll(FIGURE)].map(([figure]) => figure.replace(/k$/, '000').replace(/[.,]\d+$/, ''));

const wordsOf = (text: string): string[] => normalise(text).split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !/^\d/.test(word));

/**
 * True when a clause tells back what the answer says: a figure of the answer (every figure the clause gives is one),
 * or words that all come from the answer, acknowledgements aside.
 */
function saysTheAnswerBack(clause: string, answer: FaqEntry): boolean {
  const figures = figuresOf(clause);
  const given = new Set(figuresOf(answer.answer));
  if (figures.length > 0) return figures.every((figure) => given.has(figure));
  const words = wordsOf(clause).filter((word) => !ACKNOWLEDGING.has(word));
  const own = new Set(wordsOf(`${answer.title} ${indexedAnswer(answer)}`).map(stem));
  return words.length > 0 && words.every((word) => own.has(stem(word)));
}

/**
 * The message without the remarks before its question that say the answer in view back ("is it stressful like a
 * kitchen? kitchen is very stressful" of "6 to 8 years.. ok. is it stressful like a kitchen? ..."); null when there is
 * no such remark, nothing is asked after it, or no answer is in view. What follows the question is kept.
 */
export function withoutEchoOfTheAnswer(message: string, last: FaqEntry | undefined): string | null {
  if (!last) return null;
  const clauses = clausesOf(message);
  // The remarks before the question: each an acknowledgement ("ok", "fine") or the answer said back, typed as a
  // statement or with surprise ("8 years??"), and at least one said back.
  const said = clauses.map((clause) => (isAcknowledgement(clause) ? null : saysTheAnswerBack(clause, last)));
  const first = said.findIndex((back) => back === false);
  if (first <= 0 || !said.slice(0, first).some((back) => back === true) || clauseActOf(clauses[first]!) !== 'asks') return null;
  return clauses.slice(first).join(' ');
}

/** Words that only acknowledge what was said ("ok", "fine", "wow", "fair enough"). */
const ACKNOWLEDGING = new Set('ok okay k fine alright right sure cool great wow whoa damn dang geez jeez oof ugh hmm hm fair enough noted gotcha got it i see interesting nice good mamma mia oh ah yikes'.split(' '));

const isAcknowledgement = (clause: string): boolean => {
  const words = normalise(clause).split(' ').filter(Boolean);
  return figuresOf(clause).length === 0 && words.every((word) => ACKNOWLEDGING.has(word) || isPadding(word) || STOP_WORDS.has(word));
};

/** What a reading gives: an answer with an entry, or none. */
interface Read {
  kind: string;
  entry: FaqEntry | null;
}

/**
 * The reading of the message without the remark that says the answer in view back, when read whole it gives that
 * answer again or nothing, and without the remark it gives another answer ("is it stressful?" after "6 to 8 years..
 * ok."); null otherwise, and the whole message's reading stands.
 */
export function readWithoutEcho<T extends Read>(message: string, last: FaqEntry | undefined, read: (text: string) => T[]): T[] | null {
  const cut = last ? withoutEchoOfTheAnswer(message, last) : null;
  if (!cut || !last) return null;
  const elsewhere = (answers: readonly T[]) => answers.some((answer) => answer.kind === 'answer' && answer.entry !== null && answer.entry.id !== last.id);
  if (elsewhere(read(message))) return null;
  const without = read(cut);
  return elsewhere(without) ? without : null;
}
