import type { Answer, AnswerEngine } from './answerEngine';
import { asksWhichIsBetter } from './aspects';
import type { FaqEntry, KnowledgeBase } from './schema';
import { normaliseText, stemToken } from './text';

/**
 * A question that weighs two things the guide never weighs against each other: which is better ("what is better to
 * study: nursing or social work?", "nursing degree vs social work degree, which one?") or whether they are the same
 * ("is a case manager the same as a care manager?"). The engine reads such a message as one answer (the degrees, the
 * role), which says nothing of the weighing. Read here as its two sides, each as the guide answers it, so the reply can
 * say plainly that the guide does not rank them (or say they are the same) and show what it says of both. Pure
 * reading; dialogs/answerTurn.ts decides what is shown.
 */
export interface Weighing {
  /** What is asked of the two: which is better, whether they are the same thing, or what sets them apart. */
  asks: 'better' | 'same' | 'difference';
  /** The two sides as the person named them, in their order ("nursing", "social work"). */
  sides: [string, string];
  /** The entry each side alone is answered with: one entry for both when the guide names them in one answer. */
  entries: [FaqEntry, FaqEntry];
}

/** Whether two things are one: "the same as", "the same thing", "any different from". */
const ASKS_SAME = /\bsame (?:thing|job|role|as)\b|\b(?:different|differ) (?:from|to|than)\b|\bthe same$/;
/** A criterion of its own, which the reply would not answer by saying "better": pay, time, difficulty, demand. */
const OWN_CRITERION =
  /\b(?:pays?|paid|paying|salary|salaries|money|earn\w*|wages?|more|less|higher|lower|easier|harder|quicker|faster|longer|shorter|cheaper|stressful|difficult|demand|jobs)\b|\b[a-z]+ier\b/;
/** What sets the two sides against each other. */
const SPLIT = /\s+(?:vs\.?|v\.?|versus|or|compared (?:to|with)|(?:the )?same (?:thing |job |role )?as|(?:any |very |really )?different (?:from|to|than)|differs? from)\s+/;
/** "are X and Y the same (thing)?", "is X and Y different": the two sides before what is asked of them. */
const BOTH_THEN_ASKED = /^(?:so |but |and |ok |okay |wait )*(?:is|are|isnt|arent|is not|are not) (.+?) (?:and|&) (.+?) (?:basically |really |actually |just )?(?:the same|one and the same|different|any different|similar)\b/;
/**
 * What one thing has that another has not: "what does the CMC cover that the CCM doesn't", "what do you get with X that
 * you don't with Y". The two sides stand before and after "that".
 */
const HAS_THAT_THE_OTHER_LACKS =
  /^(?:so |and |but |ok |okay )*(?:what|which \w+) (?:does|do|would|will|can) (.+?) (?:cover|covers|have|has|include|includes|offer|offers|give|gives|need|require|teach|do|test|ask for)(?: you)? that (.+?) (?:does not|doesnt|do not|dont|wont|will not|cannot|cant|can not|isnt|is not)\b/;
/** "X and Y, what is the difference", "X and Y: whats the difference between them": the two sides before the difference asked. */
const BOTH_THEN_DIFFERENCE = /^(.+?) (?:and|&) (.+?)[,:;-]+ (?:so )?(?:what is|whats|what are|what s) (?:the )?(?:main |real |big )?(?:difference|differences|diff)\b/;

/** "what's the difference between X and Y", "difference between X and Y?": the two sides after "between". */
const DIFFERENCE_BETWEEN =
  /^(?:(?:so|and|but|ok|okay|hi|hello|hey)[,!.]? )*(?:(?:what|whats|what s) (?:is|are) |whats |what s |is there (?:a |any )?)?(?:the |a |any )?(?:main |real |big |actual )?(?:difference|differences|diff) between (.+?) (?:and|&|vs\.?|versus) (.+)$/;
/** "how is X different from Y", "how does X differ from Y": what sets them apart, not whether they are one. */
const HOW_DIFFERENT = /^(?:so |and |but |ok |okay )*(?:how|in what way|in what ways) (?:is|are|does|do) /;
/** A weighing with no ask of its own ("care manager vs social worker"): what sets the two apart. */
const BARE_AGAINST = /\s+(?:vs\.?|v\.?|versus|compared (?:to|with))\s+/;

/** Where a second side ends: a mark, or words that say what is asked of it or for whom ("for care manager", "which one"). */
const SIDE_END = /\s*[,;:?!.(]|\s+-+(?:\s|$)|\s+(?:for|which|what|when|if|because|since|cause|as|to|in terms of|is|are|the better|better|best|would|should|do|does|first|then|now|later|be (?:better|best|the better|the best|a better|smarter|wiser))\b/;
/** Words before the first side that lead into the question ("what is better to study:", "is", "should i do"). */
const LEAD_WORD =
  /^(?:so|and|but|ok|okay|well|hmm|hey|what|whats|which|who|how|in what ways?|is|are|was|isnt|arent|would|should|could|do|does|did|i|u|you|to|it|its|better|best|study|studying|studied|do|doing|pick|picking|choose|choosing|get|getting|take|taking|go|going|into|for|me|my|more|useful|there|difference|between|the|a|an|one|think|say|would you|recommend|be|become|becoming|being|work as|train as)\s+/;
/** Words before the second side that name nothing of it ("just being a therapist", "working as a nurse"). */
const SECOND_SIDE_LEAD = /^(?:(?:just|simply|only|like|even|being|becoming|working as|doing|a|an|the)\s+)+/;
/** Words that close a question and name nothing of the side before them ("a therapist tho"). */
const CLOSING_WORDS = /(?:\s+(?:tho|though|lol|haha|tbh|ngl|really|exactly|anyway|too|then|honestly))+$/;
/** Words of a side that name nothing of it. */
const EMPTY_SIDE = /^(?:it|this|that|one|the other|other|them|both|either|neither|not|nah|no|yes|something else|anything else)$/;
/** Sides this long are a clause of a question, not a thing named. */
const MAX_SIDE_WORDS = 4;
/** Messages this long tell a story around a question: the engine reads those. */
const MAX_WORDS = 24;
/** A side alone must be read this surely to stand for what the guide says of it. */
const SURE_SIDE = 0.6;

/** Lower case, the marks a side ends at kept: the words of a message as this reader splits them. */
function plain(message: string): string {
  return message
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'(?:s|re|ve|ll|d|m)\b/g, (contraction) => (contraction === "'s" ? 's' : ` ${contraction.slice(1)}`))
    .replace(/n't\b/g, 'nt')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The thing a side names, without what leads into it or follows it; null when it names nothing a word or four long. */
function sideOf(text: string, first: boolean, pointerAsCareer = false): string | null {
  let side = text;
  if (first) {
    // The first side is what follows the last mark before the split ("what is better to study: nursing").
    side = side.split(/[,;:]/).at(-1) ?? side;
    let before = '';
    while (before !== side) {
      before = side;
      side = side.trim().replace(LEAD_WORD, '');
    }
  } else {
    const end = SIDE_END.exec(side);
    if (end) side = side.slice(0, end.index);
  }
  side = side.replace(/[^a-z0-9' -]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:a|an|the) /, '');
  // "just being a therapist tho": the thing, without what leads into it or closes the question.
  if (!first) side = side.replace(SECOND_SIDE_LEAD, '').replace(/^(?:a|an|the) /, '').replace(CLOSING_WORDS, '');
  if (first && pointerAsCareer && POINTS_AT_THE_CAREER.test(side)) return THE_CAREER_SIDE;
  const words = side.split(' ').filter(Boolean);
  return words.length === 0 || words.length > MAX_SIDE_WORDS || EMPTY_SIDE.test(side) ? null : side;
}

/** Where one sentence of a message ends and the next begins: a full stop, question or exclamation mark, or an emoji. */
const SENTENCE_BREAK = /[.!?]+\s+|\s*\p{Extended_Pictographic}+\s*/u;

/**
 * The part of a message that weighs two things: the whole message, or else its last sentence ("lol I didn't ask
 * about salary 😅 care manager vs social worker, what's the difference?", a story before the question); null when
 * neither weighs anything.
 */
export function weighedPart(message: string, pointerAsCareer = false): string | null {
  if (weighingIn(message, pointerAsCareer)) return message;
  const last = message.split(SENTENCE_BREAK).filter((sentence) => /\w/.test(sentence)).at(-1)?.trim();
  return last && last !== message.trim() && weighingIn(last, pointerAsCareer) ? last : null;
}

/**
 * The two sides a message (or its last sentence) weighs and what it asks of them; null when it weighs nothing so.
 * `pointerAsCareer`: a first side that points at the career ("how is this different from ...") is the career.
 */
export function weighingAsked(message: string, pointerAsCareer = false): Pick<Weighing, 'asks' | 'sides'> | null {
  const part = weighedPart(message, pointerAsCareer);
  return part === null ? null : weighingIn(part, pointerAsCareer);
}

/**
 * A first side that points at the career itself ("how is this different from being a therapist", "is this job the same
 * as a nurse"): read as the career when the other side is a thing the guide has no answer on.
 */
const POINTS_AT_THE_CAREER = /^(?:this|this job|this role|this career|this work|this line of work|being one|doing this)$/;

/** A side that names the career itself: "care manager", "a care manager", "care management", "being a care manager". */
const IS_THE_CAREER = /^(?:(?:a|an|the|being|becoming|working as|work as) )*(?:care (?:managers?|management|mgr)|this (?:job|role|career))$/;

/** The career, as a side the guide answers. */
const THE_CAREER_SIDE = 'care manager';

/**
 * The two sides a message weighs and what it asks of them, before reading them; null when it weighs nothing so.
 * `pointerAsCareer`: a first side that points at the career ("how is this different from ...") is the career.
 */
function weighingIn(message: string, pointerAsCareer = false): Pick<Weighing, 'asks' | 'sides'> | null {
  const text = plain(message).replace(/[?!.\s]+$/, '');
  if (text.split(' ').length > MAX_WORDS) return null;
  const apart = HAS_THAT_THE_OTHER_LACKS.exec(text) ?? BOTH_THEN_DIFFERENCE.exec(text) ?? DIFFERENCE_BETWEEN.exec(text);
  if (apart) {
    const [a, b] = [sideOf(apart[1]!, true), sideOf(apart[2]!, false)];
    return a && b && a !== b ? { asks: 'difference', sides: [a, b] } : null;
  }
  const same = ASKS_SAME.test(text);
  const better = !same && asksWhichIsBetter(text);
  // Two things set against each other with nothing asked of them but how they differ ("care manager vs social worker").
  const against = !same && !better && BARE_AGAINST.test(text);
  if (!same && ((!better && !against) || OWN_CRITERION.test(text))) return null;
  const asks = same ? (HOW_DIFFERENT.test(text) ? 'difference' : 'same') : better ? 'better' : 'difference';
  const both = BOTH_THEN_ASKED.exec(text);
  if (both) {
    const [a, b] = [sideOf(both[1]!, true), sideOf(both[2]!, false)];
    return a && b && a !== b ? { asks: 'same', sides: [a, b] } : null;
  }
  const split = (against ? BARE_AGAINST : SPLIT).exec(text);
  if (!split) return null;
  // Only one "or": "nursing or social work or psychology" weighs more than two.
  if (/\s(?:or|vs|versus)\s/.test(text.slice(split.index + split[0].length))) return null;
  const [a, b] = [sideOf(text.slice(0, split.index), true, pointerAsCareer), sideOf(text.slice(split.index + split[0].length), false)];
  return a && b && a !== b ? { asks, sides: [a, b] } : null;
}

/**
 * The weighing a message asks and what the guide answers for each side, when the guide answers both and the engine's
 * reading of the whole message is one of them (or none): "nursing or social work" both the degrees; "a case manager"
 * case management and "a care manager" the role. Null when a side is read weakly or as nothing, or when the whole
 * message is surely another answer than either side's (it asks something besides the weighing).
 */
export function readWeighing(message: string, engine: AnswerEngine, whole: Answer, kb?: KnowledgeBase): Weighing | null {
  const asked = weighingAsked(message);
  if (!asked) return null;
  const read = asked.sides.map((side) => engine.answer(side));
  const entries = read.flatMap((answer, i) => (answer.kind === 'answer' && answer.entry && answer.score >= SURE_SIDE && !(kb && titleNamedElsewhere(asked.sides[i]!, answer.entry, kb)) ? [answer.entry] : []));
  const [a, b] = entries;
  if (!a || !b || entries.length !== 2) return null;
  if (whole.kind === 'answer' && whole.entry && whole.entry.id !== a.id && whole.entry.id !== b.id) return null;
  return { ...asked, entries: [a, b] };
}

/** A line of the guide's answers that names a thing it has no answer of its own on, and the answer it is in. */
export interface NamedLine {
  entry: FaqEntry;
  /** The sentence or list item that names it, with the sentence a list item belongs to ("Jobs you can start in include: social worker"). */
  line: string;
}

/**
 * A weighing one of whose sides the guide answers and the other only names in passing: "care manager vs social worker"
 * (the guide gives no duties or pay of a social worker; it names social work as a degree, social worker as a job to
 * start in, social workers as people care managers work with). The reply says the guide does not compare them, then
 * what it says of the one and where it names the other.
 */
export interface WeighingInPassing {
  asks: Weighing['asks'];
  sides: [string, string];
  /** The side the guide answers, and its answer. */
  answered: { side: string; entry: FaqEntry };
  /** The side it only names, and the lines that name it. */
  named: { side: string; lines: NamedLine[] };
}

/** Lines naming a thing in passing shown at most: enough to see where the guide names it, not every mention. */
const MAX_NAMED_LINES = 4;
/** Words of a side that name no thing ("a", "the"). */
const SIDE_FILLER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'some']);

/**
 * The sentences and list items of an answer, each list item with the sentence that leads into it, without Markdown
 * marks: "Jobs you can start in include: social worker".
 */
function linesOf(entry: FaqEntry): string[] {
  const lines: string[] = [];
  let lead = '';
  for (const raw of entry.answer.replace(/\*\*/g, '').split('\n')) {
    const text = raw.trim();
    if (text === '') continue;
    const item = /^[-*]\s+(.*)$/.exec(text);
    if (item) {
      lines.push(lead ? `${lead} ${item[1]}` : item[1]!);
      continue;
    }
    const sentences = text.split(/(?<=[.!?:])\s+(?=[A-Z])/);
    lead = sentences.at(-1)!.endsWith(':') ? sentences.at(-1)! : '';
    lines.push(...sentences.filter((sentence) => !sentence.endsWith(':')));
  }
  return lines;
}

/**
 * How a line names the side's words (stemmed, in order): as they are ('exact'), or a trade's name by its field
 * ("social worker" in "social work": 'field'); null when it does not.
 */
function naming(line: string, side: readonly string[]): 'exact' | 'field' | null {
  const words = normaliseText(line).split(' ').map(stemToken);
  const at = (same: (word: string, wanted: string) => boolean) => words.some((_word, start) => side.every((wanted, i) => words[start + i] !== undefined && same(words[start + i]!, wanted)));
  if (at((word, wanted) => word === wanted)) return 'exact';
  return at((word, wanted) => word === wanted || `${word}er` === wanted) ? 'field' : null;
}

/**
 * The guide's lines that name a thing, at most one per answer and never from `besides`: as it is and by its field in
 * turn, the briefest first; shown in the guide's order. Empty when it names it nowhere.
 */
export function linesNaming(side: string, kb: KnowledgeBase, besides?: FaqEntry): NamedLine[] {
  const wanted = normaliseText(side).split(' ').filter((word) => word && !SIDE_FILLER.has(word)).map(stemToken);
  if (wanted.length === 0) return [];
  const found: Array<NamedLine & { exact: boolean; order: number }> = [];
  kb.faqs.forEach((entry, order) => {
    if (entry.id === besides?.id) return;
    const named = linesOf(entry)
      .map((line) => ({ line, how: naming(line, wanted) }))
      .filter(({ how }) => how !== null)
      .sort((a, b) => Number(b.how === 'exact') - Number(a.how === 'exact') || a.line.length - b.line.length)[0];
    if (named && !found.some((other) => other.line === named.line)) found.push({ entry, line: named.line, exact: named.how === 'exact', order });
  });
  // As it is and by its field in turn, the briefest of each first: a trade named as a job and as a field of study.
  const briefest = (exact: boolean) => found.filter((one) => one.exact === exact).sort((a, b) => a.line.length - b.line.length);
  const [asItIs, byField] = [briefest(true), briefest(false)];
  const taken = asItIs.flatMap((one, i) => [one, ...(byField[i] ? [byField[i]] : [])]).concat(byField.slice(asItIs.length));
  return taken
    .slice(0, MAX_NAMED_LINES)
    .sort((a, b) => a.order - b.order)
    .map(({ entry, line }) => ({ entry, line }));
}

/** A job title's last word ("coordinator", "worker", "nurse", "assistant"): a person, not a duty. */
const TITLE_WORD = /(?:or|er|ist|ian|worker|nurse|aide|assistant)s?$/;

/**
 * Whether a side is a job title the guide names word for word in another answer's lines but not in the entry it was read
 * as ("care coordinator": a job to start in, read as the duty of coordinating care). Such a side is one the guide only
 * names in passing; its reading is the words', not the guide's.
 */
function titleNamedElsewhere(side: string, entry: FaqEntry, kb: KnowledgeBase): boolean {
  const words = normaliseText(side).split(' ').filter((word) => word && !SIDE_FILLER.has(word));
  if (words.length < 2 || !TITLE_WORD.test(words.at(-1)!)) return false;
  // The entry must name the title itself, not only its field ("case management" is no "case manager").
  if (linesOf(entry).some((line) => namesAsTyped(line, words))) return false;
  return kb.faqs.some((other) => other.id !== entry.id && linesOf(other).some((line) => namesAsTyped(line, words)));
}

/** A word without its plural "s" ("managers" is "manager"), where stemming would make a trade its field. */
const singular = (word: string): string => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/** Whether a line names the words as they are typed, in order, a plural read as one ("care coordinators"). */
function namesAsTyped(line: string, side: readonly string[]): boolean {
  const words = normaliseText(line).split(' ').map(singular);
  const wanted = side.map(singular);
  return words.some((_word, start) => wanted.every((word, i) => words[start + i] === word));
}

/**
 * The weighing a message asks when the guide answers one side surely and has no answer of its own on the other, which
 * it names in passing; the engine's reading of the whole message must be that one side's answer, one that names the
 * other, or none. Null otherwise (readWeighing reads two sides the guide answers).
 */
export function readWeighingInPassing(message: string, engine: AnswerEngine, whole: Answer, kb: KnowledgeBase): WeighingInPassing | null {
  const asked = weighingAsked(message, true);
  if (!asked) return null;
  const read = asked.sides.map((side) => engine.answer(side));
  // A job title the guide names in passing, read as an answer that does not name it ("care coordinator" as the duty of
  // coordinating care), is a side the guide only names.
  const onlyNamed = read.map((answer, i) => answer.kind === 'answer' && answer.entry !== null && titleNamedElsewhere(asked.sides[i]!, answer.entry, kb));
  const sure = read.map((answer, i) => (answer.kind === 'answer' && answer.entry && answer.score >= SURE_SIDE && !onlyNamed[i] ? answer.entry : null));
  const index = sure.findIndex((entry) => entry !== null);
  const entry = sure[index];
  const other = read[1 - index];
  if (!entry || sure[1 - index] !== null || other === undefined || (other.kind === 'answer' && !onlyNamed[1 - index])) return null;
  const side = asked.sides[1 - index]!;
  const lines = linesNaming(side, kb, entry);
  // The whole read as an answer that only names the other side ("who they work with", for social workers) reads that mention.
  // A side that is the career itself ("a care manager and a hospital manager") is what is asked of: the whole's reading
  // of the two together ("manager" as speaking up for clients) asks nothing besides.
  const readsAside = !IS_THE_CAREER.test(asked.sides[index]!) && whole.kind === 'answer' && whole.entry && whole.entry.id !== entry.id && !lines.some((named) => named.entry.id === whole.entry?.id);
  // A side the guide never names ("care manager vs a nurse practitioner"): no lines, the side it answers alone.
  return readsAside ? null : { ...asked, answered: { side: asked.sides[index]!, entry }, named: { side, lines } };
}
