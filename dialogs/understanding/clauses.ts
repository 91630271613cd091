/**
 * The one clause reader: a message split into its clauses, and what each clause does. Every reader of conversation
 * asks the same two things of a message with a story, a remark or thanks around a question ("im 30 and work in a
 * call centre, where do i start"): where its clauses begin, and whether a clause asks something of the guide.
 *
 * A clause asks when it is worded as a question (a question mark, a question word with a verb after it, a verb before
 * who it is about) or asks in other words ("wondering if", "not sure which"); it requests when it opens with a verb
 * of asking for something ("show me", "tell me about"); it states a wish when it says what the person wants ("i'd love
 * to work with kids"); anything else tells. A question word alone does not ask: "my mum, who had dementia", "when i
 * was 20" and "that's what i needed" tell.
 */
import { normalise } from './textMatch';

/** What one clause does. */
export type ClauseAct = 'asks' | 'requests' | 'wishes' | 'tells';

export interface Clause {
  /** The clause as typed. */
  readonly raw: string;
  readonly act: ClauseAct;
}

/** A message's clauses: its sentences, and the parts of a sentence between commas or dashes. */
export const CLAUSE_BREAK = /(?<=[.?!;])\s+|\s*[,;]\s+|\s+[-\u2013\u2014]+\s+/;

/** The clauses of a message as typed, trimmed, without the empty ones (a lone mark). */
export function clausesOf(raw: string): string[] {
  return raw
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => normalise(clause) !== '');
}

/** Words that lead into a clause and change nothing of what it does: "and", "ok so", "hmm actually". */
const LEAD = '(?:(?:and|but|so|also|then|ok|okay|well|right|oh|um|erm|hmm|actually|just|now|roughly|approximately|sorry|honestly|basically|like|yeah|yes|no)\\s+)*';
/** The verbs a question puts before who it is about ("do i", "is it", "can you"). */
const AUXILIARY = '(?:do|does|did|is|are|was|were|am|can|could|should|would|will|have|has|may|might|must|shall)';

/**
 * A verb that opens a question with no one named after it: "is psychology a good degree", "does experience count",
 * "would volunteering help". A modal before a plain verb has only left its "I" out ("will come back later", "could use
 * a break"), and "was on shift" and "have to go" tell.
 */
const OPENS_WITH_A_VERB = '(?:(?:is|are|am|do|does|did) (?!(?:not|be)\\b)[a-z]|(?:can|could|should|would|will) [a-z]+ing\\b)';
/** Who or what a question is about, after its verb. */
const SUBJECT = '(?:i|you|u|they|it|there|we|he|she|this|that|these|those|care|my|your|a|an|the|someone|anyone|people)\\b';
/** A question word with a verb or an amount after it: "where do i start", "how long", "what qualifications do i need", "why not". */
const BY_QUESTION_WORD =
  `(?:what|how|why|when|where|which|who|whom|whose)(?: (?!(?:i|you|he|she|we|they|it|my|me)\\b)[a-z]+){0,2} ${AUXILIARY}\\b|` +
  '(?:what|how|why|when|where|which|who)(?: (?:about|if|else|much|many|long|far|old|often|soon|come|so|not|exactly|kind|sort|type|one|ones|to)\\b|$)';
/** Laughter typed as a word ends what came before it as a full stop would: "sounds stressful lol is it" asks. */
const LAUGH = '(?:lol|lmao|lmfao|haha+|hehe+|rofl)';
/**
 * Worded as a question: at the clause's start, a question word with a verb after it or a verb first ("would
 * volunteering help", "was it"); after "and", "but" or "so" the same, with the verb before who it is about ("... and is it
 * hard"). "when i was 20", "who had dementia" and "... and has dementia" tell.
 */
const QUESTION_FORM = new RegExp(
  `^${LEAD}(?:${BY_QUESTION_WORD}|${OPENS_WITH_A_VERB}|${AUXILIARY} ${SUBJECT})|` +
    `\\b(?:and|but|so|or|${LAUGH}) ${LEAD}(?:${BY_QUESTION_WORD}|${AUXILIARY} ${SUBJECT})`,
);
/**
 * A question asked inside a story, after what was told: "im 30 can i still do it", "basically is there an age limit".
 */
const QUESTION_WITHIN = /\b(?:(?:can|could|should|would|will|do|did|am|must) (?:i|we)|(?:do|can|could|would|will) you|(?:is|are) there)\b/;
/**
 * What someone saw, knew or felt, told before a question word: "i saw how much the family needed", "we learned what it
 * takes", "she knows how hard it is". The question word there opens what was seen, not a question.
 */
const SEEN_BY_SOMEONE =
  '(?<!\\b(?:i|we|he|she|they)(?: (?:ve|have|had|d|s|has|just|really|also|always|never|all|soon|quickly|finally|then|both))* (?:saw|seen|see|watched|noticed|realised|realized|learned|learnt|knew|know|knows|remember|remembered|understand|understood|heard|felt|love|loved|admire|admired|appreciate|appreciated|experienced|found out|find out) )';
/**
 * A question word that asks wherever it stands ("been a carer for years where do i start", "not sure which one"),
 * unless who it is about follows it: then it tells ("exactly what i needed", "when i was 20", "what my son is getting
 * into"), or it opens what someone saw or knew ("i saw how much they needed"). "who" mostly tells of someone ("my
 * sister who was asking"): it asks only where a clause opens with it.
 */
const QUESTION_WORD = new RegExp(`${SEEN_BY_SOMEONE}\\b(?:what|how|why|when|where|which)\\b(?! (?:i|you|he|she|we|they|it|my|your|his|her|our|their|me)\\b)`);
/** Asking in other words than a question's: "i was wondering ...", "not sure which ...", "don't follow what you mean by ...". */
const ASKS_INDIRECTLY =
  /\b(?:wonder|wondering|(?:want|like|need) to know|curious|an[y] idea|tell me|do you know|(?:not sure|unsure|know|knowing|ask|asking|check|see|doubt|decide|deciding|figure out|work out|tell|confused about|help me (?:understand|decide|figure out)|no idea|no clue|idk)(?: [a-z]+)? (?:whether|if (?:i|you|it|there|they|we|this|that) (?:should|could|can|need|would|will|have to|must|am|is|are))|(?:not sure|unsure|do not know|dont know|idk|no idea|no clue|confused about|help me (?:understand|decide|figure out)) (?:what|how|which|where|when|why|who)|what (?:you|they) means? by|what is meant by)\b/;
/** Asking for something, after the words that lead into it: "now show me the steps", "please tell me more", "can you explain". */
const REQUEST = /^(?:(?:now|then|so|please|pls|kindly|just|ok|okay|can you|could you|would you|will you)\s+)*(?:show|tell|give|explain|list|send|walk|take|help|describe|compare|find|start|open|go|update|redo|rebuild)\b/;
/** A wish said of oneself: "i want to", "i'd love to", "would like to work with kids", "interested in". */
const WISH = /^(?:i )?would (?:love|like|prefer)\b|\bi (?:really )?(?:want|wanna|would like|d like|would love|d love|am interested|m interested|hope|plan|am planning|m planning|am thinking|m thinking)\b/;

/** What a clause does: asks, requests, states a wish or tells. */
export function clauseActOf(clause: string): ClauseAct {
  const text = normalise(clause);
  if (REQUEST.test(text)) return 'requests';
  if (clause.includes('?') || ASKS_INDIRECTLY.test(text)) return 'asks';
  if (WISH.test(text)) return 'wishes';
  return QUESTION_FORM.test(text) || QUESTION_WITHIN.test(text) || QUESTION_WORD.test(text) ? 'asks' : 'tells';
}

/** A message read clause by clause. */
export function readClauses(raw: string): Clause[] {
  return clausesOf(raw).map((clause) => ({ raw: clause, act: clauseActOf(clause) }));
}

/** True when a clause asks or requests something. */
export const clauseAsks = (clause: string): boolean => {
  const act = clauseActOf(clause);
  return act === 'asks' || act === 'requests';
};

/** True when some clause of a message asks or requests something ("i'm a nurse, how do i switch"). */
export const asksSomething = (raw: string): boolean => clausesOf(raw).some(clauseAsks);

/** True when a clause opens by asking for something ("now show me the steps"). */
export const requests = (clause: string): boolean => REQUEST.test(normalise(clause));

/** True when a message says what the person wants ("i want to work with kids"). */
export const statesAWish = (raw: string): boolean => WISH.test(normalise(raw));

/** The part of a message that asks: its last sentence, when every sentence before it tells ("i deal with angry guests all day. what are the hard ones"). */
export function askingPart(text: string): string | null {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => normalise(sentence) !== '');
  const last = sentences.at(-1);
  if (sentences.length < 2 || !last) return null;
  if (clauseActOf(last) !== 'asks' || sentences.slice(0, -1).some((sentence) => clauseActOf(sentence) !== 'tells')) return null;
  return last;
}

/**
 * The question of a message that opens with it and closes with a remark ("mid level pay? less than my night shift pay
 * prob"): its first sentence, when it asks with a question mark and every sentence after it tells. Null otherwise.
 */
export function questionBeforeRemark(text: string): string | null {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => normalise(sentence) !== '');
  const [first, ...rest] = sentences;
  if (!first || rest.length === 0 || !first.trim().endsWith('?')) return null;
  return rest.every((sentence) => clauseActOf(sentence) === 'tells') ? first : null;
}

/**
 * The question of a message that opens with it and goes on to tell ("how long would it take me, im 20 and doing barista
 * work, no uni yet"): its first clause, when it asks and every clause after it tells. Null otherwise.
 */
export function questionBeforeStory(text: string): string | null {
  const [first, ...rest] = readClauses(text);
  if (!first || rest.length === 0 || first.act !== 'asks') return null;
  return rest.every((clause) => clause.act === 'tells') ? first.raw : null;
}

/**
 * What was not meant, said in a clause after what was ("quicker to become one in the first place, not move up"): the
 * clause names the answer being corrected, and would only pull the search back to it.
 */
const DENIED = /[,;]\s*(?:and\s+|but\s+)?(?:not|rather than|instead of)\s+[^,;.?!]{1,40}[?!.]*\s*$/i;

/** A correction's question without the clause that says what was not meant. */
export const withoutDenied = (text: string): string => text.replace(DENIED, '').trim() || text;

/** True when a message ends in a clause that says what was not meant ("..., not move up"). */
export const deniesSomething = (text: string): boolean => DENIED.test(text);

/** Words that open a question of its own after "and" or "or" ("... and how many years is it", "or would I need an MSW"). */
const OPENS_A_QUESTION = /^(?:how|hows|what|whats|wat|wats|is|are|do|does|did|can|could|should|would|will|which|where|who|when|why|am|have|has)\b/;
/** What joins a second question to the first inside one sentence. */
const QUESTION_JOINT = /\s+(?:and also|and then|and|or|also|plus|&|\+)\s+/g;
/** Words that lead a second question and are no part of it. */
const JOINING_WORDS = /^(?:(?:and|or|also|plus|but|so|ok|okay)\s+)+/i;

/**
 * The two questions of a message asked one after the other, each a question of its own: two sentences that each ask
 * ("does my BSW count toward it? or would I need an MSW too"), or one sentence joined by "and" or "or" before a
 * question word ("wat do i major in and how many yrs of school is it"). Sentences that only tell around them ("ok thats
 * lowkey cool.") are left out. Null when the message asks one thing, or more than two.
 */
export function twoQuestionsAsked(raw: string): [string, string] | null {
  const sentences = raw.split(/(?<=[.?!])\s+/).map((sentence) => sentence.trim()).filter((sentence) => normalise(sentence) !== '');
  const asking = sentences.filter((sentence) => clauseActOf(sentence) === 'asks');
  if (asking.length === 2) {
    const [first, second] = asking as [string, string];
    const rest = second.replace(JOINING_WORDS, '');
    return words(first) >= 2 && words(rest) >= 3 && (rest.includes('?') || QUESTION_FORM.test(normalise(rest))) ? [first, rest] : null;
  }
  if (asking.length !== 1) return null;
  const sentence = asking[0]!;
  const joints = [...sentence.matchAll(QUESTION_JOINT)];
  const found = joints.flatMap((joint) => {
    const head = sentence.slice(0, joint.index).trim();
    const tail = sentence.slice(joint.index! + joint[0].length).trim();
    return words(head) >= 3 && words(tail) >= 3 && OPENS_A_QUESTION.test(normalise(tail)) && clauseActOf(head) === 'asks' ? [[head, tail] as [string, string]] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

const words = (text: string): number => normalise(text).split(' ').filter(Boolean).length;

/**
 * A check of what the person takes to follow, put as a statement with a question mark ("Associate's won't cut it
 * then?", "so no degree needed then?"): the answer to the question beside it answers it too.
 */
export function checksAnInference(part: string): boolean {
  const text = normalise(part);
  return /\?\s*$/.test(part.trim()) && /\b(?:then|right|yeah|correct|huh)$/.test(text) && !QUESTION_FORM.test(text) && !/^(?:what|how|why|when|where|which|who)\b/.test(text);
}
