/**
 * The clause reader: a message split into its clauses, and whether they ask. Every reader of conversation asks the
 * same two things of a message with a story, a remark or thanks around a question ("im 30 and work in a call centre,
 * where do i start"): where its clauses begin, and whether a clause asks something of the guide.
 */
import { looksLikeQuestion, normalise } from './textMatch';

/** A message's clauses: its sentences, and the parts of a sentence between commas or dashes. */
export const CLAUSE_BREAK = /(?<=[.?!;])\s+|\s*[,;]\s+|\s+[-\u2013\u2014]+\s+/;

/** The clauses of a message as typed, trimmed, without the empty ones (a lone mark). */
export function clausesOf(raw: string): string[] {
  return raw
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => normalise(clause) !== '');
}

/** Worded as asking, by its order or its words: a statement ("that's a massive range") says "is a" but asks nothing. */
const ASKS_IN_WORDS = /\b(?:what|how|why|when|where|which|who|whether|wonder|wondering|tell me|(?:want|like|need) to know)\b/;

/** A clause worded as a question, by its order or a question word in it. */
export const clauseAsks = (clause: string): boolean => looksLikeQuestion(clause) || ASKS_IN_WORDS.test(normalise(clause));

/** A request, after words that lead into it: "now show me the steps", "please tell me more". */
export const ASKS_FOR_SOMETHING = /^(?:(?:now|then|so|please|pls|just|ok|okay|can you|could you)\s+)*(?:show|tell|give|explain|list|send|walk|take|help|describe|compare|find|start|open|go)\b/;

/** Asking in other words than a question's: "i was wondering ...", "not sure if i should ...". */
const ASKS_INDIRECTLY = /\b(?:wonder|wondering|(?:want|like|need) to know|curious|an[y] idea|tell me|whether|if (?:i|you|it|there|they|we) (?:should|could|can|need|would|will|have to|must|am|is|are))\b/;

/**
 * True when a message the model reads as a remark asks something after all: a clause worded as a question, a request,
 * or asking indirectly ("i'm a nurse, how do i switch"; "been a carer for years, wondering if that counts"). Statements
 * about oneself say "i have", "i am a" and "when she was", so the broader test of asksSomething would refuse them.
 */
export function remarkAsks(raw: string): boolean {
  return raw.split(CLAUSE_BREAK).some((clause) => {
    const text = normalise(clause);
    return looksLikeQuestion(clause) || ASKS_FOR_SOMETHING.test(text) || ASKS_INDIRECTLY.test(text);
  });
}

/** Worded as a question somewhere: a question mark, a question word, a verb asking ("should i", "can you"), or one asked indirectly ("wondering if"). */
const ASKING = /\b(?:what|how|why|when|where|which|who|whom|whose|if|whether|wonder|wondering|curious|an[y] idea)\b|\b(?:want|like|need) to know\b|\b(?:do you know|tell me)\b|\b(?:can|could|should|would|will|do|does|did|is|are|am|was|were|have|has|must|may|might|shall) (?:i|you|we|they|he|she|it|there|care|a|an|the|my|your|this|that|one|someone|anyone)\b/;
/** A request: "show me the steps", "tell me about the CCM". */
const REQUESTING = /^(?:please |pls |kindly |can you |could you )?(?:show|tell|give|explain|list|send|walk|take|help|describe|compare|find|what|how)\b/;
export const asksSomething = (text: string): boolean => text.includes('?') || ASKING.test(normalise(text)) || REQUESTING.test(normalise(text));

/** Where a clause begins: after a full stop, comma, semicolon, colon or exclamation mark, or "and" / "so" / "but". */
const CLAUSES = /[.,;!:]+\s*|\s+(?:and|so|but)\s+/;

/**
 * A clause that asks: a question word with a verb after it ("where do i start", "how long is it") or a verb and who
 * it is about ("do i need a degree", "is it hard"). A clause that only tells ("where i helped patients", "who had
 * dementia") does not ask.
 */
const ASKING_CLAUSE =
  /^(?:(?:and|so|but|also|then|ok|okay|well|oh|um|hmm|actually|just|now)\s+)*(?:(?:what|how|why|when|where|which|who)\s+(?:do|does|did|is|are|was|were|can|could|should|would|will|have|has|much|many|long|far|old|kind|sort|type|else)\b|(?:do|does|did|is|are|can|could|should|would|will|am|have|has)\s+(?:i|you|they|it|there|we|he|she|this|that|these|those|care|my|a|an|the)\b)/;

/**
 * Worded as a question, as a whole or in a clause after the first: "im 30 and work in a call centre, where do i start"
 * asks, though it opens with a story. A message that asks nothing ("blue", "my mum, who had dementia") is the
 * question's to re-prompt.
 */
export function asksInAClause(text: string): boolean {
  return looksLikeQuestion(text) || text.split(CLAUSES).slice(1).some((clause) => ASKING_CLAUSE.test(normalise(clause)));
}
