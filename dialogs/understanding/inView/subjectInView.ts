import type { TurnEngine } from '../../../knowledge/turnEngine';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { isNounPhrase } from '../core/followUp';
import { experienceOfTheAnswerInView } from './experienceInView';
import { requirementOfTheThing } from './requirementInView';
import { answerUnits, commonWords } from './listInView';
import { normalise, stem } from '../core/textMatch';

/**
 * A short question that leaves its subject out and points at the thing in view ("how long does that take" after the
 * CCM, "do i need it", "what do u need to get it" after the CMC, "do i need a degree for those" after the first jobs):
 * its subject is that thing. The engine reads the words alone as the career's question (how long it takes to become a
 * care manager, what is needed), an answer the person has not asked for. Read with the thing named, the question is
 * the thing's own entry or one next to it; when it lands nowhere near it, the guide does not answer it for that
 * thing, and the honest reply says so for that thing, offering the career's answer beside it.
 */
export type SubjectInView = { kind: 'entry'; entry: FaqEntry } | { kind: 'notGiven'; subject: FaqEntry; general: FaqEntry; said: SaidOfTheSubject };

/**
 * What the guide does say of the thing when it answers the question only for the career: the thing's own lines that
 * speak to the question ("possibly a certification, in this area" for "do i need a certification for it" after mental
 * health care), and the career's answer's lines that name the thing ("about four years for a bachelor's degree" for
 * "how long does that take" after the degree). Both empty when the guide says nothing of it.
 */
export interface SaidOfTheSubject {
  own: readonly string[];
  inGeneral: readonly string[];
}

/** A short question: one with its subject left out says little else. */
const MAX_WORDS = 9;
/** A reading with the thing named is taken when it lands on it, or next to it, this surely. */
const CLEAR = 0.75;

/**
 * Words that point at a thing: a demonstrative after a verb or a preposition or at the end ("how long does that take",
 * "for that", "do i need a degree for those", "that job"), and "it" as the object of having, needing, getting or
 * studying ("do i need it", "study for it"), or with what is said of a thing ("is it required", "how long is it valid",
 * "does it expire"). Not "all that", "after that", "like that" (the next in a sequence, everything said), and not the
 * "it" of "how long does it take", "is it stressful" or "can i do it", which as often mean the career.
 */
const POINTS_AT_A_THING = new RegExp(
  [
    String.raw`\b(?:is|are|was|does|do|did|for|of|about|with|on|in|into|to|from|get|need|needs|take|use|pass|study|keep|renew|apply|earn|have|got|getting|taking|offer|offers|requires?|involve|involves|cost|costs) (?:that|this|those|these|them)\b`,
    String.raw`\b(?:that|this|those|these) (?:one|ones|job|jobs|role|roles|cert|certification|course|courses|area|level|exam|thing|things|program|programme|kind|type)\b`,
    String.raw`\b(?:for|of|about|with|on|in|into|get|gets|getting|got|need|needs|needed|have|having|keep|keeping|renew|renewing|use|using|pass|passing|study|studying|apply|earn|earning|take|taking) it$`,
    String.raw`\b(?:for|of|about|with|get|need|needs|have|keep|renew|pass|study|apply|earn) it\b(?! (?:take|takes|all)\b)`,
    String.raw`\b(?:is|are) (?:it|they|that|this|those) (?:\w+ )?(?:required|needed|necessary|mandatory|compulsory|obligatory|valid|recogni[sz]ed|accredited|essential)\b`,
    String.raw`\b(?:does|do|will|would|can) (?:it|they|that|this) (?:ever )?(?:last|expire|run out|lapse)\b`,
  ].join('|'),
);
/**
 * "all that", "after that", "like that", "than that": no thing in view; "which of those", "some of them": a part of it,
 * which the message's own words pick ("which of those are the soft ones" after leadership is the soft skills).
 */
const NOT_A_POINTER = /\b(?:all|after|before|like|than|then) (?:that|this)\b|\bthat (?:much|many|long|far|high|hard|good|bad)\b|\b(?:which|what|how many|some|any|one|none|all|each|most|both) of (?:those|these|them|that|this|it)\b/;
/** A name for the career itself: a question that says it has its subject. */
const NAMES_THE_CAREER = /\b(?:care|case) (?:manag|coordinat)|\bthis (?:job|role|career|field|profession)\b|\b(?:a|an) (?:\w+ )?(?:career|profession|job|field)\b/;
/**
 * Words that ask about a thing without naming one: how long, what is needed, whether it is required or valid, a cost,
 * and words for "a thing" ("that job", "this one"). A message of these and a pointer has left its subject out.
 */
const ASKING_WORDS = new Set(
  'how long take takes taking took need needs needed require requires required requirement requirements necessary mandatory compulsory valid validity last lasts expire expires get gets getting got do does doing did study studying cost costs much many often why where when who what which would could should can will job jobs one ones thing things role kind type even actually really'
    .split(' '),
);
/** The pointers, to put the thing's name in their place. */
const POINTER = /\b(?:that|this|those|these|them|it)\b/;

/** The answers on what the work itself is: a question pointing at them asks of the career (session 36, followupsAT). */
const THE_WORK_ITSELF: ReadonlySet<string> = new Set(['role-overview', 'daily-duties', 'responsibilities']);

const near = (last: FaqEntry, entry: FaqEntry): boolean => entry.id === last.id || last.related.includes(entry.id) || entry.related.includes(last.id);

/**
 * What a short question that points at the thing in view asks, when its words alone land away from that thing: the
 * entry it lands on read with the thing named (when that is the thing or next to it), or that the guide does not
 * answer it for the thing; null when the message has its own subject, points at nothing, or already follows on.
 */
export function subjectInView(message: string, last: FaqEntry | undefined, engine: TurnEngine, kb: KnowledgeBase): SubjectInView | null {
  if (!last || !isNounPhrase(last.title)) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS || NAMES_THE_CAREER.test(text)) return null;
  const free = text.replace(NOT_A_POINTER, ' ');
  if (!POINTS_AT_A_THING.test(free) || !leavesItsSubjectOut(free, last) || engine.questionsIn(message) > 1) return null;
  // "what experience do they want for that?" after moving up, which says which: the thing's own answer.
  if (experienceOfTheAnswerInView(message, last, kb) || requirementOfTheThing(message, last)) return { kind: 'entry', entry: last };
  const alone = engine.answer(message);
  const general = alone.kind === 'answer' ? alone.entry : null;
  // Declined alone, already on the thing or next to it, or on an entry its words name ("what subjects will i study in
  // that" after the degree levels: the courses and subjects): the turn's other readers decide.
  // The work itself in view ("where do they do that?" after the day-to-day duties): the career's own answer is the thing's.
  if (!general || near(last, general) || THE_WORK_ITSELF.has(last.id)) return null;
  // "which certification for that one" after mental health care names the career's entry, and the thing's own answer
  // speaks to it ("possibly a certification, in this area"): both, tied to the thing.
  if (saysTitleOf(free, general)) {
    const said = saidOfTheSubject(free, last, general, kb);
    return said.own.length > 0 ? { kind: 'notGiven', subject: last, general, said } : null;
  }
  const subject = last.title.toLowerCase();
  const landed = (reading: string) => {
    const inContext = engine.answer(reading);
    return inContext.kind === 'answer' && inContext.entry && inContext.score >= CLEAR ? inContext.entry : null;
  };
  let itself = false;
  for (const reading of [free.replace(POINTER, subject), `${text} ${subject}`]) {
    const entry = landed(reading);
    if (entry?.id === last.id) itself = true;
    else if (entry && near(last, entry)) return { kind: 'entry', entry };
  }
  // Read with the thing's kind ("is certification required" for "is it required" after the CCM): an entry of the kind's
  // own, next to an entry next to the thing (whether certification is required, beside the certifications).
  const kind = normalise(last.title).split(' ').at(-1);
  const ofTheKind = kind && kind !== normalise(last.title) ? landed(free.replace(POINTER, kind)) : null;
  if (ofTheKind && ofTheKind.id !== last.id && ofTheKind.id !== general.id && nearBy(last, ofTheKind, kb)) return { kind: 'entry', entry: ofTheKind };
  return itself ? { kind: 'entry', entry: last } : { kind: 'notGiven', subject: last, general, said: saidOfTheSubject(free, last, general, kb) };
}

/**
 * The lines of the thing's own answer that say a word the question names (not its asking or pointing words), and the
 * lines of the career's answer that say a word of the thing's title that few of the guide's answers say.
 */
function saidOfTheSubject(text: string, subject: FaqEntry, general: FaqEntry, kb: KnowledgeBase): SaidOfTheSubject {
  const asked = new Set(namingWords(text).map(stem));
  const common = commonWords(kb);
  const titled = new Set(normalise(subject.title).split(' ').filter((word) => word && !STOP_WORDS.has(word) && !ASKING_WORDS.has(word)).map(stem).filter((word) => !common.has(word)));
  const saying = (entry: FaqEntry, words: ReadonlySet<string>) => answerUnits(entry).filter((unit) => normalise(unit).split(' ').some((word) => words.has(stem(word))));
  return { own: asked.size > 0 ? saying(subject, asked) : [], inGeneral: titled.size > 0 ? saying(general, titled) : [] };
}

/** The words of a message that neither ask nor point. */
const namingWords = (text: string): string[] =>
  text.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !ASKING_WORDS.has(word) && !POINTER.test(word));

/** True when the message names a word of the entry's title ("subjects" of "Courses & subjects"). */
function saysTitleOf(text: string, entry: FaqEntry): boolean {
  const title = new Set(normalise(entry.title).split(' ').map(stem));
  return namingWords(text).some((word) => title.has(stem(word)));
}

/**
 * True when the message says nothing but what asks and points, or words of the thing's own answer: "best degree for
 * it", "do certs expire or do i keep them" or "can i skip college n still do this" name a subject of their own.
 */
function leavesItsSubjectOut(text: string, last: FaqEntry): boolean {
  const own = new Set(normalise(`${last.title} ${indexedAnswer(last)}`).split(' ').map(stem));
  return namingWords(text).every((word) => own.has(stem(word)));
}

/** The entry is the thing, next to it, or next to an entry next to it. */
function nearBy(last: FaqEntry, entry: FaqEntry, kb: KnowledgeBase): boolean {
  return near(last, entry) || last.related.some((id) => {
    const between = kb.faqById.get(id);
    return between !== undefined && near(between, entry);
  });
}
