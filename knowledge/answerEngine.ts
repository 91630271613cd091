import Fuse from 'fuse.js';
import { createArbiter, wideLeader, type ArbiterModel, type Reading } from './arbiter';
import { classifierTerms, compileClassifier, type Classified, type ClassifierWeights } from './classifier';
import { indexedAnswer, type FaqEntry, type KnowledgeBase, type Lexicon } from './schema';
import { createNearestPhrasings, NEAREST_VOTERS, type PhrasingVote } from './nearestPhrasings';
import { cityNames, countryNames } from './places';
import { createSpellCorrector, editDistance, type SpellCorrector } from './spelling';
import { MAX_QUESTION_CHARS, normaliseText, rememberRecent, STOP_WORDS, stemToken, stripMarkup, tokenise } from './text';

/** A close candidate, offered as "did you mean". */
export interface Alternative {
  id: string;
  title: string;
  score: number;
}

/**
 * What the engine says about one question.
 * - answer: `entry` answers it.
 * - ambiguous: two or more entries are close; offer `alternatives` as "did you mean" (entry is null).
 * - out-of-scope: the question is about something else (another job, the weather); say so honestly.
 * - no-match: on topic, but nothing in the knowledge base answers it.
 * - empty: nothing searchable in the text.
 */
export type AnswerKind = 'answer' | 'ambiguous' | 'out-of-scope' | 'no-match' | 'empty';

/**
 * Why a question was not answered, for logs, the report and tests: another job; a topic the guide does not cover
 * (fees, taxes, named employers); someone in the user's life rather than the career; closer to a message to decline
 * than to an entry; too few words the knowledge base knows; nothing scored high enough; a sum to work out; a figure
 * (a count, a price) the entry it would be does not give; a task to do, or the user's own workplace now.
 */
export type DeclineReason = 'other-job' | 'not-covered' | 'no-figure' | 'task' | 'personal' | 'like-declined-example' | 'unknown-words' | 'weak-match' | 'arithmetic' | 'other-subject';

export interface Answer {
  question: string;
  kind: AnswerKind;
  /** Set when the engine declined (kind out-of-scope or no-match). */
  declined?: DeclineReason;
  answered: boolean;
  entry: FaqEntry | null;
  /** Confidence in [0, 1] that `entry` (or the best alternative) answers the question. */
  score: number;
  alternatives: Alternative[];
  /**
   * An answer placed by its words: the leading entries by the words alone, best first with their word scores (the
   * answered entry among them). The arbiter ranks them with the nearest phrasings' entries.
   */
  ranked?: Alternative[];
  /** Set on each side of a message read as two things weighed against each other: the reply shows them side by side. */
  compared?: boolean;
}

export interface AnswerEngine {
  /** The one answer for a message: its best-placed question. */
  answer(question: string): Answer;
  /**
   * One answer per question the message asks, in the order asked: two for "how long does it take and is it stressful"
   * or "senior vs director pay", one for almost everything else. When one part is answered and another is not, the
   * unanswered part comes back too (its kind says why), so the reply can say which part it does not cover.
   */
  answerAll(message: string): Answer[];
}

/** The engine as built, which can also show how it reads a message before the arbiter decides. */
export interface InspectableAnswerEngine extends AnswerEngine {
  /**
   * The parts answerAll reads, each as the engine's words placed it with the nearest phrasings' reading of the same
   * text, before the arbiter decides between them: what `npm run train-arbiter` fits the arbiter on.
   */
  readings(message: string): Reading[];
  /** The terms the classifier reads a text on (knowledge/classifier.ts): its words spelled right and its stems. */
  termsOf(text: string): string[];
}

/** Besides the tunable numbers: the arbiter's model (the knowledge base's by default; null reads without one). */
export interface EngineSetup extends Partial<EngineOptions> {
  arbiter?: ArbiterModel | null;
  /** The classifier's weights (the knowledge base's by default; null reads without the classifier). */
  classifier?: ClassifierWeights | null;
}

/** The engine's tunable numbers, set by a grid search on tests/eval/dev.yaml (bot/cli/tune.ts); never on the holdout set. */
export interface EngineOptions {
  /** Weight of the best single phrasing match against the whole-entry match. */
  phrasingWeight: number;
  /** How much a word found only in an entry's answer counts, against one in its questions. */
  answerTermWeight: number;
  /** Below this share of known words (weighted by rarity) the question is about something else. */
  minCoverage: number;
  /** Below this score nothing answers the question. */
  minScore: number;
  /** Above this score the best entry is answered even when another is close. */
  confidentScore: number;
  /** Entries within this score of the best make the question ambiguous. */
  ambiguityMargin: number;
  /** How many "did you mean" alternatives at most. */
  maxAlternatives: number;
  /** Weight of fuse.js's character-level match when re-ranking the leading candidates. */
  fuseWeight: number;
  /** How many leading candidates fuse.js re-ranks. */
  rerankDepth: number;
  /** fuse.js re-ranks only when the two best are this close. */
  rerankMargin: number;
  /** How much a word the knowledge base never uses weighs against coverage, as a share of the rarest known word. */
  unknownWordWeight: number;
  /** Messages with at least this many words are also tried sentence by sentence. */
  sentenceSplitWords: number;
  /** A question this much closer to an off-topic example than to the best entry's phrasing is off topic. */
  offTopicMargin: number;
  /** The nearest phrasing must be at least this similar (characters) for its entry to answer what the words could not place. */
  nearMinSimilarity: number;
  /** ...and the closest phrasings must agree on it at least this much. */
  nearMinAgreement: number;
  /** Below this word-match score, the nearest phrasings are weighed in before answering. */
  nearOverruleBelow: number;
  /** A word-match answer below nearOverruleBelow is declined when the nearest phrasings are messages to decline this similar. */
  nearDeclineSimilarity: number;
  /** How much the nearest phrasings' vote adds to a word-match candidate's score when the two disagree (0: not at all). */
  nearBlend: number;
  /** For a message that names one of the career's subjects, the nearest phrasings may place it at this similarity... */
  nearTopicalSimilarity: number;
  /** ...and this agreement. */
  nearTopicalAgreement: number;
  /** How much the wider circle of nearest phrasings (its share for an entry, 0-1) adds to a word-match candidate's score. */
  wideBlend: number;
  /** An entry with at least this share of the wider circle competes even when its words did not rank it among the leaders. */
  wideCandidateShare: number;
  /** When at least this share of the wider circle of nearest phrasings are messages to decline... */
  declineShare: number;
  /** ...and the best candidate has less than this share, the message is declined. */
  declineEntryShare: number;
  /** The classifier's belief from which it places a part of a message (see classifiedPart). */
  partClassified: number;
  /** The classifier's belief in "decline" from which a weakly placed short message is declined (see declinedByClassifier). */
  declineSure: number;
  /** ...and, for a message of over 6 words that tells a story around its question, of the message and of the sentence that asks, both. */
  declineSureLong: number;
  /** ...where the words placed it under this score. */
  declineBelow: number;
  /** The classifier's belief from which it answers a message the words could not place (see placedByClassifier); above 1: never. */
  classifierPlaces: number;
}

export const ENGINE_DEFAULTS: Readonly<EngineOptions> = Object.freeze({
  phrasingWeight: 0.5,
  answerTermWeight: 0.35,
  minCoverage: 0.7,
  minScore: 0.4,
  confidentScore: 0.62,
  ambiguityMargin: 0.01,
  maxAlternatives: 3,
  fuseWeight: 0.1,
  rerankDepth: 2,
  rerankMargin: 0.08,
  offTopicMargin: 0.1,
  sentenceSplitWords: 14,
  unknownWordWeight: 1,
  nearMinSimilarity: 0.45,
  nearMinAgreement: 0.75,
  nearOverruleBelow: 0.9,
  nearDeclineSimilarity: 0.45,
  nearBlend: 1.5,
  nearTopicalSimilarity: 0.3,
  nearTopicalAgreement: 0.6,
  wideBlend: 0,
  wideCandidateShare: 0.25,
  declineShare: 0.5,
  declineEntryShare: 0.3,
  partClassified: 0.8,
  declineSure: 0.95,
  declineSureLong: 0.5,
  declineBelow: 0.62,
  classifierPlaces: 0.9,
});

/**
 * fuse.js's bitap costs grow with pattern length (one pass per 32 characters, one scan per allowed error): a re-rank of a
 * 56-character question costs ~250 us. Past this length the word match alone decides (same accuracy on the tuning sets).
 */
const FUSE_MAX_CHARS = 48;
/** Words, stop words aside, a sentence of a long message needs before it is tried on its own. */
const MIN_SENTENCE_WORDS = 3;
/** How many phrasings of each entry fuse.js compares against (besides the canonical question); each costs a bitap search. */
const FUSE_PHRASINGS = 2;

/** The rungs of the career ladder: a question that names one asks about that rung. */
const CAREER_LEVELS = ['junior', 'entry-level', 'mid-level', 'senior', 'director', 'chief care officer', 'vice president'];

/** Words that tie a question to this career whatever else it names ("do care managers work with doctors"). */
const CARE_ANCHORS: ReadonlyArray<readonly string[]> = [
  ['care', 'manag'],
  ['case', 'manag'],
  ['care', 'coordin'],
  ['ccm'],
  ['cmc'],
  ['ccmc'],
  ['naccm'],
  ['cmsa'],
  ['acma'],
];

/**
 * A wish to work with the people or in the area of a specialty ("I've been a healthcare assistant for six years, no
 * degree, and I want to work with older people with dementia", "id love to help kids with disabilities one day"): the
 * story around it (a job, years, no degree) reads like the messages to decline, but the wish is this career's aim.
 */
const WORK_WISH = /\b(?:want|wanna|would like|d like|love|hope|hoping|keen|looking|plan|planning|aim|aiming) to (?:work|help|support|care|specialise|specialize|focus)\b/;
/** Extra pay asked for a part of the work: "do you get paid extra for on call", "is there extra pay for weekends". */
const PAID_EXTRA = /\b(?:paid|pay) (?:extra|more) (?:for|when|if)\b|\bextra (?:pay|money) (?:for|when|if)\b/;
/** "Do I need to be a nurse?" asks whether a role the guide names is required for this career, not how to become one. */
const REQUIREMENT_QUESTION = /^(?:do|does) (?:i|you|one|someone|a person) (?:need|have) to (?:be|have been) (?:a|an) |^(?:must|should) (?:i|you) be (?:a|an) |^is it (?:necessary|required|essential) to be (?:a|an) /;
/**
 * Words that make a role the guide names a step on the way ("should I be a social worker first?", "is nursing a good
 * start"), not another career, matched on stems.
 */
const PATH_CUES: ReadonlyArray<readonly string[]> = [
  ...['first', 'before', 'step', 'stepping', 'route', 'springboard'].map((word) => [stemToken(word)]),
  ...['good', 'great', 'better', 'best', 'decent', 'way', 'place'].map((before) => [stemToken(before), stemToken('start')]),
];
/**
 * "start as a nurse", "starting out in social work": a start on the way, matched on the words as written (their small
 * words are stop words); "start" followed by when or how old ("if you start at 35", "start now") or alone ("what does a
 * surgical tech make starting out") is the user's own start.
 */
const START_CUES: ReadonlyArray<readonly string[]> = ['start', 'starting', 'started'].flatMap((word) =>
  ['as', 'in', 'with', 'by'].flatMap((next) => [[word, next], [word, 'out', next], [word, 'off', next]]),
);

interface Phrasing {
  entryIndex: number;
  norm: number;
}

interface Prepared {
  stems: readonly string[];
  /** Distinct stems with their weights. */
  weights: Map<string, number>;
}

/** Turns text into lexicon-canonical, spell-corrected, stemmed words, the same way for content and questions. */
interface Analyzer {
  analyse(text: string, correctSpelling: boolean): string[];
  /** The same, for words already normalised and split (a question is normalised once). */
  analyseTokens(words: readonly string[], correctSpelling: boolean): string[];
  /**
   * The words without the lexicon's fillers, which read as no word at all ("natural", "tbh", "at the end of the day"), as
   * typed: the classifier then reads what the words read, and "a natural communicator" is no "natural leader".
   */
  withoutFillers(words: readonly string[]): readonly string[];
}

/** A word as `createAnalyzer` reads it: its form after short forms and spelling, its synonym group, its stem (null: a stop word). */
interface WordRead {
  token: string;
  key: string;
  stem: string | null;
}

/** Word forms remembered per analyser before the memory is emptied (a long-running bot meets new typos for ever). */
const MAX_WORDS_READ = 50_000;

function createAnalyzer(lexicon: Lexicon, contentWords: ReadonlySet<string>, speller: () => SpellCorrector | null): Analyzer {
  // Inside a phrase, one-word synonyms stand for each other ("what credentials" is "what certification", and so is the
  // typo "what certifcation"), so the lexicon lists each phrase once.
  const wordGroup = new Map<string, string>();
  lexicon.synonyms.forEach((group, index) => {
    for (const word of group) {
      const tokens = tokenise(normaliseText(word));
      if (tokens.length === 1 && !wordGroup.has(tokens[0]!)) wordGroup.set(tokens[0]!, `#${index}`);
    }
  });
  const keyOf = (word: string | undefined) => (word === undefined ? undefined : wordGroup.get(word) ?? word);
  // Phrases indexed by their first word, longest first, so matching costs one map read per word.
  const phrasesByFirst = new Map<string, Array<{ tokens: string[]; keys: string[]; replacement: string[] }>>();
  const addPhrase = (from: string, to: string) => {
    const tokens = tokenise(normaliseText(from));
    const replacement = tokenise(normaliseText(to));
    if (tokens.length === 0 || tokens.join(' ') === replacement.join(' ')) return;
    const keys = tokens.map((token) => keyOf(token)!);
    const list = phrasesByFirst.get(keys[0]!) ?? [];
    if (list.some((phrase) => phrase.keys.join(' ') === keys.join(' '))) return;
    list.push({ tokens, keys, replacement });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    phrasesByFirst.set(keys[0]!, list);
  };
  for (const group of lexicon.synonyms) {
    const [canonical, ...variants] = group;
    if (canonical === undefined) continue;
    for (const variant of variants) addPhrase(variant, canonical);
  }
  // A one-word short form (yrs, mgmt) is spelled out before phrases are matched, so "how many yrs" meets "how many years"
  // and "care mgmt" meets "care management" (which the anchors and the other lists are written with).
  const wordExpansions = new Map<string, string>();
  // An abbreviation written as a plural ("RNs", "GPs", "CNAs") is the abbreviation, unless that plural is a word itself.
  const pluralAbbreviations = new Map<string, string>();
  for (const abbreviation of Object.keys(lexicon.abbreviations)) {
    const plural = `${abbreviation}s`;
    if (!abbreviation.includes(' ') && !(plural in lexicon.abbreviations) && !contentWords.has(plural) && !STOP_WORDS.has(plural)) pluralAbbreviations.set(plural, abbreviation);
  }
  // An abbreviation the content itself uses (CCM, CMSA) is the form both sides meet in; others are spelled out (MSW).
  for (const [abbreviation, expansion] of Object.entries(lexicon.abbreviations)) {
    const expanded = tokenise(normaliseText(expansion));
    if (expanded.length === 1 && !abbreviation.includes(' ')) wordExpansions.set(abbreviation, expanded[0]!);
    else if (contentWords.has(abbreviation)) addPhrase(expansion, abbreviation);
    else addPhrase(abbreviation, expansion);
  }

  /** One word as the analysis reads it: short forms spelled out, typos corrected (with a corrector), and its stem (null for a stop word). */
  function readWord(word: string, corrector: SpellCorrector | null): WordRead {
    const token = pluralAbbreviations.get(word) ?? word;
    const corrected = corrector && !STOP_WORDS.has(token) && !/\d/.test(token) ? corrector.correct(token) ?? token : token;
    // A sum in thousands ("70k", "45k a year") is a salary figure; a 401k is a pension plan.
    const form = /^[1-9]\d{0,2}k$/.test(corrected) && corrected !== '401k' ? 'salary' : wordExpansions.get(corrected) ?? corrected;
    return { token: form, key: keyOf(form)!, stem: STOP_WORDS.has(form) ? null : stemToken(form) };
  }
  // The words read so far, with and without spelling correction (the corrector exists only once the index is built).
  const plainWords = new Map<string, WordRead>();
  let correctedWords: Map<string, WordRead> | undefined;
  /** Each word as read, looked up once per word form. */
  function readAll(words: readonly string[], corrector: SpellCorrector | null): WordRead[] {
    const read = corrector ? (correctedWords ??= new Map()) : plainWords;
    if (read.size > MAX_WORDS_READ) read.clear();
    const wordsRead: WordRead[] = [];
    for (const word of words) {
      let known = read.get(word);
      if (known === undefined) read.set(word, (known = readWord(word, corrector)));
      wordsRead.push(known);
    }
    return wordsRead;
  }

  return {
    analyse(text, correctSpelling) {
      return this.analyseTokens(tokenise(normaliseText(text)), correctSpelling);
    },
    analyseTokens(words, correctSpelling) {
      // Each word as read (spelled right or not), its synonym group and its stem.
      const wordsRead = readAll(words, correctSpelling ? speller() : null);
      const out: string[] = [];
      for (let i = 0; i < wordsRead.length; ) {
        const candidates = phrasesByFirst.get(wordsRead[i]!.key);
        const phrase = candidates && phraseAt(candidates, wordsRead, i);
        if (phrase) {
          for (const token of phrase.replacement) if (!STOP_WORDS.has(token)) out.push(stemToken(token));
          i += phrase.tokens.length;
        } else {
          const stem = wordsRead[i++]!.stem;
          if (stem !== null) out.push(stem);
        }
      }
      return out;
    },
    withoutFillers(words) {
      const wordsRead = readAll(words, speller());
      let kept: string[] | undefined;
      for (let i = 0; i < wordsRead.length; ) {
        const candidates = phrasesByFirst.get(wordsRead[i]!.key);
        const phrase = candidates && phraseAt(candidates, wordsRead, i);
        const length = phrase ? phrase.tokens.length : 1;
        if (phrase && phrase.replacement.every((token) => STOP_WORDS.has(token)) && phrase.tokens.some((token) => !STOP_WORDS.has(token))) kept ??= words.slice(0, i);
        else kept?.push(...words.slice(i, i + length));
        i += length;
      }
      return kept ?? words;
    },
  };
}

/** The first of the phrases (longest first) whose words, by synonym group, start at `at`. */
function phraseAt<P extends { tokens: string[]; keys: string[] }>(phrases: readonly P[], words: readonly WordRead[], at: number): P | undefined {
  for (const phrase of phrases) {
    const last = phrase.keys.length - 1;
    let k = 0;
    while (k <= last && (words[at + k]?.key === phrase.keys[k] || (k > 0 && k === last && isPlural(words[at + k]?.token, phrase.tokens[k]!)))) k++;
    if (k > last) return phrase;
  }
  return undefined;
}

/** Whether `sequence` starts at `at` in `words`. */
function startsAt(words: readonly string[], at: number, sequence: readonly string[]): boolean {
  for (let k = 0; k < sequence.length; k++) if (words[at + k] !== sequence[k]) return false;
  return true;
}

/** A phrase's last word may be plural ("best things" for "best thing"): the lexicon lists one form of most phrases. */
function isPlural(word: string | undefined, singular: string): boolean {
  return word !== undefined && word.length > 3 && word === `${singular}s`;
}

/**
 * The job a question asks about, in the frames people use for any job: "how much does a X earn", "X salary", "is X
 * stressful", "how long is X school", "how do I get into X", "to become a X". Whatever job fills the slot is then checked
 * against this career's own words, so a job no list names ("sommelier", "radiography") is still another job.
 */
const JOB_FRAMES: readonly RegExp[] = [
  /\b(?:how much|what) (?:do|does|would|will|can|could) (?:a |an |the )?([a-z' -]{2,40}?) (?:earn|make|get paid|take home|bring in)\b/,
  /^(?:what is |whats )?(?:the |a |an )?([a-z' -]{2,30}?) (?:salary|salaries|pay|wage|wages|earnings)\b/,
  /^(?:is|are) (?:being |becoming |working as )?(?:a |an )?([a-z' -]{2,30}?) (?:a |an )?(?:really |that |very |too )?(?:stressful|hard|difficult|demanding|good|well paid|rewarding)\b/,
  /\bhow (?:long|many years) (?:is|does|do|would|will|could) ([a-z' -]{2,30}?) school\b/,
  /\b(?:get into|break into|a career in|degree (?:do (?:i|you|u) need )?for|qualifications? (?:do (?:i|you|u) need )?for|to become|becoming)(?: a| an)? ([a-z' -]{2,30}?)(?:$| in | at | with | if | and | or | as | from | now | because | since | but | when | what | how |\?)/,
  /\b(?:qualifications? (?:do (?:i|you) need )?to be|(?:re)?train(?:ing)? (?:as|to be)|to be) (?:a|an) ([a-z' -]{2,30}?)(?:$| in | at | with | if | and | or | as | from |\?)/,
  // The job as the one who needs, does or earns something: "do home health aides need to be certified", "what does a CNA do".
  // These slots hold one to four words and no pronoun, so the asker ("do i legit need a cert") is never the job.
  /^(?:do|does|must|should|can|will) (?:a |an |the |all )?(?!(?:i|you|u|we|they|people|one|someone|it|this|that|my|your)\b)((?:[a-z'-]+ ){0,3}[a-z'-]+) (?:need|needs|have to|has to|require|requires|get|gets|work|works|earn|earns)\b/,
  /^(?:what|how much) (?:do|does) (?:a |an |the )?(?!(?:i|you|u|we|they|people|one|someone|it|this|that|my|your)\b)((?:[a-z'-]+ ){0,3}[a-z'-]+) (?:actually |really |even |usually |typically )?(?:do|doing)\b/,
  /^(?:how|just how) (?:stressful|hard|difficult|demanding|tough|rewarding|competitive) (?:is|are) (?:it to be |being |working as )?(?:a |an )?(?!(?:i|you|u|we|they|it|this|that)\b)((?:[a-z'-]+ ){0,2}[a-z'-]+)(?:$| really| actually| as a| in | at | compared|\?)/,
  // The job's hours: "what hours do ambulance crews work", "what shifts does a paramedic do".
  /^(?:what|which) (?:hours|shifts|days|schedule|rota) (?:do|does) (?:a |an |the )?(?!(?:i|you|u|we|they|people|one|someone|it|this|that|my|your)\b)((?:[a-z'-]+ ){0,3}[a-z'-]+) (?:work|do|have|get|usually work)\b/,
  // The job's own papers, schooling and prospects: "cna certification", "how long is nursing school", "outlook for pharmacists".
  /^(?:how (?:long|much) (?:does|is|do|will|would) (?:a |an |the |it take to get (?:a |an |the )?)?|(?:what is|whats|what are|is|are) (?:the |a |an )?)?(?!(?:i|you|u|we|they|it|this|that|my|your|the|a|an|do|does|how|what)\b)((?:[a-z'-]+ ){0,3}[a-z'-]+) (?:certification|certificate|cert|certs|license|licence|licensing|school|training|program|programme|course|bridge|outlook|shift|shifts)\b/,
  /\b(?:job )?(?:outlook|prospects|demand|career path|job market) (?:for|of) (?:a |an |the )?((?:[a-z'-]+ ){0,2}[a-z'-]+)(?:$| in | like|\?)/,
  // "can u become an RN without a degree", "how do i go from CNA to LPN": the job someone asks to become.
  /^(?:can|could|do|does|should|would|how (?:do|can|could|would|should)) (?:i|you|u|one|someone|a person|people|we) (?:become|get to be|qualify as|train as|go from (?:[a-z'-]+ ){0,2}[a-z'-]+ to) (?:a |an )?((?:[a-z'-]+ ){0,2}[a-z'-]+)(?:$| without | with | in | at | if | and | or | as | from | by |\?)/,
];

/** Words a job slot may hold and still mean this career: its own titles and levels, and words that point back to it. */
const THIS_CAREER_WORDS = new Set(
  (
    'care case manager managers management coordinator coordinators director directors senior seniors junior juniors entry level mid middle ' +
    'vp vice president chief officer supervisor supervisors lead leader job jobs role roles career careers position positions field profession ' +
    'one ones this that it they them these those someone person people you i we geriatric pediatric paediatric psychiatric chronic disease ' +
    'specialist certified new starting average avg typical annual yearly hourly median base top highest lowest starting first beginner experienced ' +
    'qualified newly graduate graduates grad grads really actually even cm cms mgr mgrs mgmt ' +
    // How good the pay or the job is ("decent pay?", "a livable salary"): a judgement, never a job.
    'decent good great nice fair reasonable competitive solid livable liveable ok okay bad poor low high realistic normal'
  ).split(' '),
);

/** This career's titles: a slot within two typing slips of one ("car manger") is this career, whatever its words are. */
const THIS_CAREER_TITLES = ['care manager', 'care managers', 'case manager', 'case managers', 'care management', 'case management', 'care coordinator'];

/** Whether two words in a row are this career's title, within two typing slips ("car manger", "case managr"). */
function namesThisCareer(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (isThisCareerTitle(words[i]!, words[i + 1]!)) return true;
  return false;
}

/**
 * Whether two words are this career's title, as typed: within two typing slips of it together ("car manger"), or each
 * within two of its word ("cair manger": three slips in all, but "cair" is near "care" and "manger" near "manager").
 * Typing slips rarely hit a word's first letter: only "c.. m.."-like pairs are measured.
 */
function isThisCareerTitle(first: string, second: string): boolean {
  if (!/^[ck]/.test(first) || !/^[mc]/.test(second)) return false;
  const pair = `${first} ${second}`;
  if (pair.length < 9 || pair.length > 19) return false;
  return THIS_CAREER_TITLES.some((title) => {
    if (editDistance(pair, title, 3) <= 2) return true;
    const [titleFirst, titleSecond] = title.split(' ') as [string, string];
    return first.length >= 3 && editDistance(first, titleFirst, 3) <= 2 && editDistance(second, titleSecond, 3) <= 2;
  });
}

/** The words filling a job frame's slot, if the question uses one (stop words and this career's own words left out). */
function jobSlotWords(normalised: string): string[] {
  for (const frame of JOB_FRAMES) {
    const slot = frame.exec(normalised)?.[1];
    if (!slot) continue;
    const slotWords = slot.trim().split(/\s+/);
    if (THIS_CAREER_TITLES.some((title) => editDistance(slot.trim(), title, 3) <= 2) || (slotWords.length === 2 && isThisCareerTitle(slotWords[0]!, slotWords[1]!))) return [];
    const words = slot.split(/[\s-]+/).filter((word) => word.length > 0 && !STOP_WORDS.has(word) && !THIS_CAREER_WORDS.has(word.replace(/'s$/, '')));
    // A slot of only this career's words and stop words says nothing: another frame may still name a job.
    if (words.length > 0) return words;
  }
  return [];
}

/** Question words as a slot may hold them typed short: "whts the pay like" is no job called "whts". */
const QUESTION_WORDS = ['what', 'whats', 'which', 'where', 'wheres', 'whos', 'hows'];

/** Whether a word is a question word within one typing slip ("whts", "wht", "wich"). */
function isQuestionWordTyped(word: string): boolean {
  return word.length >= 3 && QUESTION_WORDS.some((question) => editDistance(word, question, 2) <= 1);
}

/** The stem of "experience", which the guide's experience entries share. */
const EXPERIENCE_STEM = stemToken('experience');

/** Words that introduce the people someone works with ("work with doctors", "alongside nurses"). */
const COMPANY_WORDS = new Set(['with', 'alongside']);
/** How many words after one of them name those people ("with social workers", "with registered nurses"). */
const COMPANY_SPAN = 3;

/** The words without the people named after "with" or "alongside". */
function withoutCompany(words: readonly string[]): readonly string[] {
  const at = words.findIndex((word) => COMPANY_WORDS.has(word));
  if (at < 0) return words;
  return [...words.slice(0, at), ...withoutCompany(words.slice(at + 1 + COMPANY_SPAN))];
}

/** Where people study, and words that name what they study there. */
const STUDY_PLACES = new Set(['uni', 'university', 'college']);
const STUDY_CHOICES = new Set(['course', 'courses', 'degree', 'degrees', 'subject', 'subjects', 'programme', 'programmes', 'program', 'programs', 'major']);

/**
 * "Which uni course" asks what to study, not which institution ("which uni"): the place is left out before the words are
 * compared with the topics the guide does not cover.
 */
function withoutStudyPlaces(words: readonly string[]): readonly string[] {
  if (!words.some((word, i) => STUDY_PLACES.has(word) && STUDY_CHOICES.has(words[i + 1] ?? ''))) return words;
  return words.filter((word, i) => !(STUDY_PLACES.has(word) && STUDY_CHOICES.has(words[i + 1] ?? '')));
}

/**
 * A sum or an equation: numbers (or a variable) joined by +, *, =, ×, ÷ or ^, or a percentage of an amount ("15% of 80",
 * "a 15% tip on $64"). "24/7" and "9-5" (hours) are not sums.
 */
const ARITHMETIC = /(?:\d|\b[a-z]|\d[a-z])\s*[+*=×÷^]\s*\(?\s*[\d$£€]|\d\s*%\s*(?:of|tip|on)\b|\b(?:solve|simplify|factori[sz]e)\b[^.?!]*\d|\d\s*(?:times|plus|minus|divided by|multiplied by|over|squared|cubed|to the power of)(?:\s+\d|\s*[?.!]*$)|\b(?:square root|cube root|log|sin|cos|tan) (?:of )?\d/i;

/**
 * Someone looking for a care manager's services rather than the career: asked of the bot ("find me a care manager",
 * "can you recommend a case manager") or for someone ("get a care manager for my dad", "a care manager near me").
 */
const SEEKING = /\b(?:find|recommend|hire|book|get|need|want|looking for|look for|search for|contact|connect (?:me|us) (?:with|to)|refer (?:me|us) to)\s+(?:me |us |him |her |them )?(?:a |an |one |the )?(?:good |private |local |reliable |decent |great |trusted |nearby )?(?:(?:geriatric|pediatric|paediatric|psychiatric|elder|elderly|aged) )?(?:care|case) (?:manager|coordinator)\b(?! (?:job|jobs|role|roles|position|positions|career|careers|vacancy|vacancies|opening|openings|post|posts|qualification|license|licence|certification|degree)\b)(.*)$/;
const FOR_SOMEONE = /^\s*(?:for (?:my|our|him|her|them|a (?:family member|relative|parent|loved one)|an? (?:elderly|older|disabled))|near (?:me|us|here)|in (?:my|our) (?:area|town|city))\b/;
const ASKED_OF_THE_BOT = /^(?:(?:can|could|would|will) you |please |pls |help me )?(?:find|recommend|book|get|connect|refer|search)\b/;

/** `forSomeone`: the message names someone in the user's life ("my dad has dementia, how do i get a care manager assigned to him"). */
function seeksACareManager(normalised: string, forSomeone: boolean): boolean {
  const seeking = SEEKING.exec(normalised);
  return seeking !== null && (forSomeone || FOR_SOMEONE.test(seeking[1] ?? '') || ASKED_OF_THE_BOT.test(normalised));
}

/**
 * Study materials and products the guide recommends none of ("which books", "a study guide", "practice tests", "an app",
 * "which software is best to learn", "which journals should i read"): the guide names kinds, never a title or a brand.
 */
const STUDY_MATERIALS =
  /\b(?:(?:what|which|good|best|an[y]|some|recommended|the|a) (?:study |prep |review |text)?books?|textbooks?|study (?:guides?|materials?|books?)|prep (?:course|courses|class|classes|books?)|practice (?:tests?|exams?|questions)|flashcards?|(?:best|good|online|free) (?:bachelors |masters |degree |certificate )?(?:programs?|programmes?) (?:for|in|to)|(?:an[y]?|which|what|good|best|free) apps?|podcasts?|youtube (?:channel|channels|videos?))\b|\b(?:which|what|best|good|recommended?)\s+(?:[a-z]+\s+){0,2}(?:software|softwares|journals?|magazines?|websites?|blogs?|newsletters?)\s+(?:should|do you recommend|is best|are best|is better|are better|is the best|are the best|to (?:read|buy|follow|subscribe))\b/;
/** Words without one of which STUDY_MATERIALS cannot match. */
const SCHOOL_LINKS = new Set(['of', 'at', 'from']);
/** Words that rank a programme ("the best online program"), one word or none before it. */
const RANKING_WORDS = new Set(['best', 'good', 'online', 'free']);
const PROVIDER_CUES = new Set(['book', 'books', 'textbook', 'textbooks', 'study', 'prep', 'practice', 'flashcard', 'flashcards', 'app', 'apps', 'podcast', 'podcasts', 'youtube', 'software', 'softwares', 'journal', 'journals', 'magazine', 'magazines', 'website', 'websites', 'blog', 'blogs', 'newsletter', 'newsletters']);
/** A school named: "the university of X", "the program at X" (X a name or a place). */
const SCHOOL_WORDS = new Set(['university', 'universities', 'college', 'colleges', 'institute', 'uni']);
const STUDY_NOUNS = new Set(['program', 'programs', 'programme', 'programmes', 'course', 'courses', 'degree', 'degrees', 'school', 'schools']);

/** A clipped job name has at least this many letters ("physio") and lacks at least CLIPPED_REST of the job's word. */
const MIN_CLIPPED = 5;
const CLIPPED_REST = 4;

/**
 * A task asked of the bot: a verb of doing, said to it ("can you", "please" or the bare imperative), with an object
 * ("update the care plan", "draft an email", "book me a room"). Verbs that are also nouns of the career ("record",
 * "document", "schedule" alone) need the object, so "record keeping" and "schedule?" stay questions.
 */
const TASK_REQUEST =
  /^(?:(?:can|could|would|will) (?:you|u) (?:please |pls |just )?|please |pls |kindly )?(?:update|draft|write|send|email|e mail|book|schedule|reschedule|cancel|print|fill in|fill out|submit|assign|delete|remove|arrange|notify|remind) (?:me |us |him |her |them )?(?:a|an|the|my|our|this|that|his|her|their|all|some|these|those)\b(?! (?:info|information|details|answer|answers|salary|pay|figures|steps|link|links)\b)/;
/** A name the message is addressed to, typed as text ("@CareBot can you ..."). */
const ADDRESSED_TO = /^\s*@\S+[\s,:]*/;
/** The user's own workplace here and now ("who's on call tonight", "who is working this shift"): no guide knows it. */
const HERE_AND_NOW = /\b(?:who|whos|who is|which|what|where)\b.*\b(?:tonight|today|tomorrow|this (?:morning|afternoon|evening|shift|week|weekend)|next shift|on shift)\b/;

/** What a place changes and the guide does not give by place: pay, hiring, becoming one and working, licences, rules and schools. */
const PLACE_BOUND = new Set(
  (
    'earn earns earning make makes salary salaries pay paid wage wages income money hire hiring hired jobs openings vacancies ' +
    'license licence licensed licensing registration registered regulated regulation regulations rules law laws legal ' +
    'become becoming qualify work working practise practice requirement requirements required uni unis university universities college colleges course courses program programs programme programmes'
  ).split(' '),
);

/** Words before a place that ends a question ("... in chicago", "near leeds"). */
const PLACE_WORDS = new Set(['in', 'around', 'near', 'across']);
/** Whether an employer hires or pays: "does bupa hire care managers", "is humana hiring". */
const EMPLOYER_FRAME = /^(?:does|do|is|are|will|would|can) (?:the )?([a-z]+(?: [a-z]+)?) (?:hire|hires|hiring|employ|employs|recruit|recruits|recruiting|take on|pay|pays)\b/;

/** Words that introduce what a user does or did ("i am a", "i work as", "10 years as", "former"), not what they ask about. */
const BACKGROUND_CUES: ReadonlyArray<readonly string[]> = [
  ['i', 'am'],
  ['i', 'work', 'as'],
  ['i', 'was'],
  ['i', 'have', 'been'],
  ['used', 'to', 'be'],
  // "10 years as a healthcare assistant", "experience as a carer", "having worked as": what they did, not what they ask
  ['years', 'as'],
  ['year', 'as'],
  ['experience', 'as'],
  ['worked', 'as'],
  ['time', 'as'],
  ['currently'],
  ['former'],
  ['formerly'],
  ['retired'],
];
const BACKGROUND_SPAN = 4;
/** Words that ask something of the background just told ("does it count", "would that help", "is it enough"). */
const ASKED_OF_BACKGROUND = new Set(
  'count counts counted help helps matter matters enough worth transfer transfers'.split(' '),
);
/** After a background cue, a word of wondering opens what is asked, not who asks ("I was wondering whether ..."). */
const WONDERING = new Set(['wondering', 'wonder', 'curious', 'thinking', 'hoping', 'asking', 'unsure', 'confused', 'trying', 'keen', 'interested']);

/**
 * Who is asking, said as the one who would move into this career: "can a registered nurse become a care manager", "as
 * an LPN, how do I get into care management", "from nurse to care manager". That job is background, like "I'm a nurse".
 */
const CHANGER_FRAMES: readonly RegExp[] = [
  /^(?:(?:so|ok|okay|hi|hey|quick question) )?(?:can|could|would|should|does|do|will|how (?:can|could|does|do|would|should|might)|is it (?:possible|easy|hard|realistic|difficult|common|normal|too late) for|what does it take for|what would it take for) (?:a |an |someone who is (?:a |an )?|someone working as (?:a |an )?|people who are )?([a-z' -]{2,40}?) (?:become|becoming|move|moving|switch|switching|transition|transitioning|go into|get into|change to|change into|retrain|cross over|step into|step up|progress|make the (?:move|switch|jump|leap))\b(?=.*\b(?:care|case) manag)/d,
  /^as (?:a |an )([a-z' -]{2,40}?)(?= (?:can|could|how|what|is|do|does|should|would|will|i|am)\b)(?=.*\b(?:care|case) manag)/d,
  /\bfrom (?:being )?(?:a |an )?([a-z' -]{2,30}?) (?:to|into) (?:a |an |being (?:a |an )?)?(?:care|case) manag/d,
];

/** The word positions [from, to) of the job someone moving into this career has now, if the question says it that way. */
function changerSlot(words: readonly string[], isJob: (slot: readonly string[]) => boolean): [number, number] | null {
  const text = words.join(' ');
  // Every frame names this career: most messages skip the frames on one substring search.
  if (!text.includes('manag')) return null;
  for (const frame of CHANGER_FRAMES) {
    const span = frame.exec(text)?.indices?.[1];
    if (!span) continue;
    const from = span[0] === 0 ? 0 : text.slice(0, span[0]).trimEnd().split(' ').length;
    const to = from + text.slice(span[0], span[1]).split(' ').length;
    if (isJob(words.slice(from, to))) return [from, to];
  }
  return null;
}

/** Splits the words into what the user asks about and the few words after each background cue. */
function splitBackground(words: readonly string[], changer: [number, number] | null = null): { subject: string[]; background: string[] } {
  const subject: string[] = [];
  const background: string[] = [];
  for (let i = 0; i < words.length; ) {
    if (changer && i === changer[0]) {
      background.push(...words.slice(changer[0], changer[1]));
      i = changer[1];
      continue;
    }
    const cue = BACKGROUND_CUES.find((sequence) => startsAt(words, i, sequence));
    if (cue && !WONDERING.has(words[i + cue.length] ?? '')) {
      // The span ends where the question about it starts ("20 years as a sparky counts for nothing").
      const from = i + cue.length;
      let to = from;
      while (to < Math.min(words.length, from + BACKGROUND_SPAN) && !(to > from && ASKED_OF_BACKGROUND.has(words[to]!))) to++;
      background.push(...words.slice(from, to));
      i = to;
    } else subject.push(words[i++]!);
  }
  return { subject, background };
}

/** Finds any of many word sequences in a text, indexed by first word so a question costs one map read per word. */
interface PhraseMatcher {
  matches(words: readonly string[]): boolean;
}

function createPhraseMatcher(sequences: ReadonlyArray<readonly string[]>): PhraseMatcher {
  const byFirst = new Map<string, Array<readonly string[]>>();
  for (const sequence of sequences) {
    if (sequence.length === 0) continue;
    byFirst.set(sequence[0]!, [...(byFirst.get(sequence[0]!) ?? []), sequence]);
  }
  return {
    matches(words) {
      for (let i = 0; i < words.length; i++) {
        const candidates = byFirst.get(words[i]!);
        if (candidates) for (const sequence of candidates) if (startsAt(words, i, sequence)) return true;
      }
      return false;
    },
  };
}

export function createAnswerEngine(kb: KnowledgeBase, setup: EngineSetup = {}): InspectableAnswerEngine {
  const { arbiter: model = kb.arbiter, classifier = kb.classifier, ...options } = setup;
  const opts: EngineOptions = { ...ENGINE_DEFAULTS, ...options };
  let corrector: SpellCorrector | null = null;
  const contentWords = new Set(kb.faqs.flatMap((entry) => [entry.question, ...entry.alternates, indexedAnswer(entry)].flatMap(contentTokens)));
  const analyzer = createAnalyzer(kb.lexicon, contentWords, () => corrector);
  const analyseContent = (text: string) => analyzer.analyseTokens(contentTokens(text), false);

  // Surface vocabulary for spelling: every word the knowledge base and lexicon use, weighted by how often.
  const surface = new Map<string, number>();
  const countWords = (text: string, weight = 1) => {
    for (const token of contentTokens(text)) if (!/\d/.test(token)) surface.set(token, (surface.get(token) ?? 0) + weight);
  };
  const entries = kb.faqs;
  for (const entry of entries) {
    for (const text of [entry.question, ...entry.alternates, entry.title, ...entry.tags]) countWords(text, 3);
    countWords(indexedAnswer(entry));
  }
  for (const step of kb.steps) countWords([step.title, step.summary, ...step.todo, ...step.tips, ...(step.indexWords === undefined ? [] : [step.indexWords]), ...step.keywords].join(' '));
  for (const spec of kb.specialisations) countWords([spec.name, spec.serves, spec.work, spec.training, ...spec.keywords].join(' '));
  for (const group of kb.lexicon.synonyms) group.forEach((word) => countWords(word, 2));
  for (const [abbreviation, expansion] of Object.entries(kb.lexicon.abbreviations)) countWords(`${abbreviation} ${expansion}`, 2);
  for (const text of [...kb.lexicon.otherOccupations, ...kb.lexicon.otherOccupationsAsWritten, ...kb.lexicon.topicWords, ...kb.lexicon.notCovered, ...kb.lexicon.notCoveredAsWritten]) countWords(text, 2);
  for (const text of kb.offTopic) countWords(text);
  for (const word of STOP_WORDS) surface.set(word, (surface.get(word) ?? 0) + 1);
  corrector = rememberCorrections(keepingEverydayWords(createSpellCorrector(surface), kb.english.words));

  // Every way of asking the knowledge base holds, each labelled with its entry (or null: a message to decline).
  const nearest = createNearestPhrasings([
    ...entries.flatMap((entry) => [entry.question, ...entry.alternates, ...(kb.phrasings.entries.get(entry.id) ?? [])].map((text) => ({ text, id: entry.id }))),
    ...[...kb.offTopic, ...kb.phrasings.offTopic].map((text) => ({ text, id: null })),
  ]);
  // A long message is read whole, again without its story, and sentence by sentence: each text is voted on once.
  const entryIndexById = new Map(entries.map((entry, index) => [entry.id, index]));
  const voteOn = rememberRecent((text: string) => nearest.vote(text), 32);
  // A normalised text's stems, spelled right: the words read them, and the classifier again for the same text.
  const stemsOf = rememberRecent((normalised: string): readonly string[] => analyzer.analyseTokens(tokenise(normalised), true), 32);
  // The classifier's terms as numbers, built once (a message's terms are then found without a string per term).
  const compiledClassifier = classifier ? compileClassifier(classifier) : null;
  const declineClass = classifier ? classifier.classes.indexOf(null) : -1;

  // Index: each phrasing is a document; each entry also has a bag of its question words and (weaker) answer words.
  const phrasingStems: string[][] = [];
  const phrasings: Phrasing[] = [];
  const questionBags: Set<string>[] = [];
  const answerBags: Set<string>[] = [];
  const df = new Map<string, number>();
  entries.forEach((entry, entryIndex) => {
    const bag = new Set<string>();
    for (const text of [entry.question, ...entry.alternates, entry.title]) {
      const stems = analyzer.analyse(text, false);
      phrasingStems.push(stems);
      phrasings.push({ entryIndex, norm: 0 });
      stems.forEach((s) => bag.add(s));
    }
    for (const tag of entry.tags) analyzer.analyse(tag, false).forEach((s) => bag.add(s));
    questionBags.push(bag);
    answerBags.push(new Set(analyseContent(indexedAnswer(entry))));
    for (const s of bag) df.set(s, (df.get(s) ?? 0) + 1);
  });
  const entryCount = entries.length;
  // Off-topic examples are phrasings of one more, pseudo entry at index entryCount: "none of the above".
  const offTopicIndex = entryCount;
  for (const text of kb.offTopic) {
    phrasingStems.push(analyzer.analyse(text, false));
    phrasings.push({ entryIndex: offTopicIndex, norm: 0 });
  }
  const idf = (stem: string) => Math.log(1 + entryCount / (df.get(stem) ?? 0.5));
  const maxIdf = idf('\u0000');

  const known = new Set<string>(df.keys());
  answerBags.forEach((bag) => bag.forEach((s) => known.add(s)));
  for (const text of [...kb.lexicon.topicWords]) analyzer.analyse(text, false).forEach((s) => known.add(s));
  for (const step of kb.steps) analyseContent([step.title, step.summary, ...step.todo, ...step.keywords].join('\n')).forEach((s) => known.add(s));
  for (const spec of kb.specialisations) analyseContent([spec.serves, spec.work, ...spec.keywords].join('\n')).forEach((s) => known.add(s));
  // Doctors, nurses and social workers are also who care managers work with: naming them is only off topic as a career.
  const occupations = kb.lexicon.otherOccupations
    .map((text) => ({ stems: analyzer.analyse(text, false), colleague: tokenise(normaliseText(text)).every((word) => contentWords.has(word)) }))
    .filter((occupation) => occupation.stems.length > 0);
  const phrasesOf = (texts: readonly string[]) => texts.map((text) => analyzer.analyse(text, false)).filter((stems) => stems.length > 0);
  const notCovered = createPhraseMatcher(phrasesOf(kb.lexicon.notCovered));
  const notCoveredAsWritten = createPhraseMatcher(kb.lexicon.notCoveredAsWritten.map((text) => tokenise(normaliseText(text))));
  const otherSubjects = createPhraseMatcher(kb.lexicon.otherSubjects.map((text) => tokenise(normaliseText(text))));
  const personalContext = createPhraseMatcher(kb.lexicon.personalContext.map((text) => tokenise(normaliseText(text))));
  const careerWords = createPhraseMatcher(phrasesOf(kb.lexicon.careerWords));
  const mentionsCareer = (stems: readonly string[]) => careerWords.matches(stems);
  const careAnchors = createPhraseMatcher(CARE_ANCHORS);
  // The career's own subjects (pay, degree, certification, hospital...): a message that names one is on topic, however
  // many slang words around it the knowledge base does not know ("is the money decent or nah").
  const topical = createPhraseMatcher(phrasesOf([...kb.lexicon.topicWords, ...kb.lexicon.careerWords]));
  const pathCueStems = createPhraseMatcher(PATH_CUES);
  const startCues = createPhraseMatcher(START_CUES);
  /** Whether a message names another role as a step on the way (`PATH_CUES`, `START_CUES`). */
  const pathCues = { matches: (stems: readonly string[], words: readonly string[]) => pathCueStems.matches(stems) || startCues.matches(words) };
  const occupationStems = new Set(occupations.flatMap((o) => o.stems));
  // One-word jobs ("cook", "coach"): a word that is such a job with -ed is a verb ("am i cooked", "i coached
  // football"), not the job, and is left out where a message is read for another job.
  const oneWordJobStems = new Set(occupations.filter((o) => o.stems.length === 1).map((o) => o.stems[0]));
  const withoutJobVerbs = (words: readonly string[]): readonly string[] => {
    const kept = words.filter((word) => !(word.endsWith('ed') && oneWordJobStems.has(analyzer.analyseTokens([word], false)[0] ?? '')));
    return kept.length === words.length ? words : kept;
  };
  const titleStems = new Set(entries.flatMap((entry) => analyzer.analyse(entry.title, false)));
  /** Whether words name a job: a listed occupation, or a word of one that is not one of the guide's own subjects. */
  const namesJob = (words: readonly string[]): boolean => {
    const stems = analyzer.analyseTokens(words, true);
    return strangerOccupations.matches(stems) || colleagueOccupations.matches(stems) || strangerWritten.matches(words) || colleagueWritten.matches(words) || stems.some((stem) => occupationStems.has(stem) && !titleStems.has(stem));
  };
  const strangerOccupations = createPhraseMatcher(occupations.filter((o) => !o.colleague).map((o) => o.stems));
  /** The guide's lowest pay level, offered where pay is asked of a job the guide names but gives no pay for. */
  const lowestPay = [...kb.salaries].sort((a, b) => a.minUsd - b.minUsd)[0];
  const lowestPayEntry = lowestPay ? kb.faqById.get(lowestPay.faqId) : undefined;
  const firstPay: Alternative | undefined = lowestPayEntry && { id: lowestPayEntry.id, title: lowestPayEntry.title, score: 0 };
  const colleagueOccupations = createPhraseMatcher(occupations.filter((o) => o.colleague).map((o) => o.stems));
  // "nurse" is matched as written: its stem is also "nursing", a degree and a workplace the guide names.
  const writtenOccupations = kb.lexicon.otherOccupationsAsWritten.map((text) => tokenise(normaliseText(text)));
  const strangerWritten = createPhraseMatcher(writtenOccupations.filter((words) => !words.every((word) => contentWords.has(word))));
  const colleagueWritten = createPhraseMatcher(writtenOccupations.filter((words) => words.every((word) => contentWords.has(word))));

  // Bag postings: stem -> entries whose questions (or, weaker, answer) use it.
  const bagPostings = new Map<string, Array<{ entryIndex: number; inQuestions: boolean }>>();
  for (let entryIndex = 0; entryIndex < entryCount; entryIndex++) {
    const inQuestions = questionBags[entryIndex]!;
    for (const s of new Set([...inQuestions, ...answerBags[entryIndex]!])) {
      const list = bagPostings.get(s) ?? [];
      list.push({ entryIndex, inQuestions: inQuestions.has(s) });
      bagPostings.set(s, list);
    }
  }

  // Postings: stem -> phrasings that contain it, so a question touches only the phrasings it shares a word with.
  const postings = new Map<string, number[]>();
  phrasingStems.forEach((stems, index) => {
    const unique = new Set(stems);
    let norm = 0;
    for (const s of unique) {
      const w = idf(s);
      norm += w * w;
      const list = postings.get(s);
      if (list) list.push(index);
      else postings.set(s, [index]);
    }
    phrasings[index]!.norm = Math.sqrt(norm);
  });
  // The same index as typed arrays for the per-question loops, which then allocate nothing and stay monomorphic.
  const phrasingPostings = new Map<string, Int32Array>();
  for (const [s, list] of postings) phrasingPostings.set(s, Int32Array.from(list));
  const phrasingEntry = Int32Array.from(phrasings, (phrasing) => phrasing.entryIndex);
  const phrasingNorm = Float64Array.from(phrasings, (phrasing) => phrasing.norm);
  const entryPostings = new Map<string, { entries: Int32Array; factors: Float64Array }>();
  for (const [s, list] of bagPostings) {
    entryPostings.set(s, { entries: Int32Array.from(list, (p) => p.entryIndex), factors: Float64Array.from(list, (p) => (p.inQuestions ? 1 : opts.answerTermWeight)) });
  }
  const touched = new Int32Array(phrasings.length);

  // fuse.js re-ranks the leading candidates on characters, which catches what word matching misses (split or run-on words).
  const fuseByEntry = entries.map(
    (entry) =>
      new Fuse(
        // The canonical question and the shortest phrasings: character matching is for short, typo-laden questions.
        [entry.question, ...[...entry.alternates].sort((a, b) => a.length - b.length).slice(0, FUSE_PHRASINGS)].map((text) => normaliseText(text)),
        { includeScore: true, ignoreLocation: true, threshold: 0.6, minMatchCharLength: 2 },
      ),
  );

  const phrasingScores = new Float64Array(phrasings.length);
  // Per-question scratch, cleared at the start of each question (answerOne never runs inside itself).
  const bestOfEntry = new Float64Array(entryCount + 1);
  const coveredOfEntry = new Float64Array(entryCount);
  /** Candidates kept per question: enough for the re-rank, then "did you mean" and runners-up behind it. */
  const leadingKept = opts.rerankDepth + opts.maxAlternatives + 1;

  // The words of the other jobs the lexicon lists that the knowledge base never uses ("physiotherapist", "pharmacist").
  const strangerJobWords = [...new Set([...kb.lexicon.otherOccupations, ...kb.lexicon.otherOccupationsAsWritten].flatMap((text) => tokenise(normaliseText(text))))].filter(
    (word) => !contentWords.has(word) && !known.has(stemToken(word)),
  );
  /**
   * A job's clipped name ("physio", "pharm", "chiro"): a word the knowledge base does not know that starts a listed job's
   * word with at least CLIPPED_REST letters to spare, so ordinary words that only lack an ending ("account") are not jobs,
   * and starts none of the knowledge base's own words ("psych" is also psychiatric care management).
   */
  function namesClippedJob(words: readonly string[]): boolean {
    return words.some(
      (word) =>
        word.length >= MIN_CLIPPED &&
        !contentWords.has(word) &&
        clippedJobNames.has(word) &&
        !known.has(stemToken(word)) &&
        !contentWordList.some((own) => own.startsWith(word)),
    );
  }
  const contentWordList = [...contentWords];
  const clippedJobNames = new Set(strangerJobWords.flatMap((job) => Array.from({ length: Math.max(0, job.length - CLIPPED_REST - MIN_CLIPPED + 1) }, (_, i) => job.slice(0, MIN_CLIPPED + i))));

  /**
   * A job frame ("how much does a X earn", "is X stressful") whose slot holds a job this career does not name: a word
   * the knowledge base never uses (sommelier, radiography), even spelled right, or another occupation.
   */
  function asksAboutAnotherJob(normalised: string, stems: readonly string[]): boolean {
    if (REQUIREMENT_QUESTION.test(normalised) || pathCues.matches(stems, tokenise(normalised))) return false;
    // Spelled right first, so "manger" and "directers" are this career's words, not unknown jobs.
    // A question word typed short ("whts the pay like") is no job either.
    const slot = jobSlotWords(normalised).filter((word) => !THIS_CAREER_WORDS.has(corrector?.correct(word) ?? word) && !isQuestionWordTyped(word));
    // The slot is read as one phrase, so chat fillers the lexicon drops ("real talk, salary?", "lowkey") name no job.
    const slotStems = analyzer.analyseTokens(slot, true);
    // A word the knowledge base never uses is a job it does not cover ("sommelier"), and so is a word of a listed job
    // ("nursing school", "social work"), unless it names one of the guide's own subjects: "client" of "customer service
    // representative" is also client advocacy ("what does a client advocate do").
    return slotStems.some((stem) => !known.has(stem) || (occupationStems.has(stem) && !titleStems.has(stem))) || strangerOccupations.matches(slotStems) || strangerWritten.matches(slot);
  }

  /**
   * The job frames read sentence by sentence, for a message of several: normalising drops the full stop, so in one run
   * of words a frame's slot would carry on into the next sentence ("... retrain as a nurse. How long would ...").
   */
  function sentencesAskAboutAnotherJob(question: string, stems: readonly string[]): boolean {
    if (typeof question !== 'string' || !/[.?!;]\s+\S/.test(question)) return false;
    const sentences = sentencesOf(stripMarkup(question.slice(0, MAX_QUESTION_CHARS)));
    return sentences.length > 1 && sentences.some((sentence) => asksAboutAnotherJob(normaliseText(sentence.text), stems));
  }

  /**
   * A capitalised word mid-sentence that the knowledge base does not know (Kaiser, Epic, HIPAA) names something the guide
   * does not cover, unless it only says who the user is (`background`: "I'm a carer in Manchester, could I move into this?").
   */
  function namesUnknownEntity(question: string, background: ReadonlySet<string>): boolean {
    const bounded = stripMarkup(question.slice(0, MAX_QUESTION_CHARS));
    // A capital after a space, which every name read below has (the sentences that ask keep their spaces): most messages have none.
    if (!/\s[A-Z]/.test(bounded)) return false;
    const text = askedPart(bounded);
    for (const match of text.matchAll(/(?<=[A-Za-z0-9,;:'"()-]\s+)[A-Z][A-Za-z]+/g)) {
      const word = match[0].toLowerCase();
      if (word.length < 3 || STOP_WORDS.has(word) || known.has(stemToken(word)) || word in kb.lexicon.abbreviations || background.has(word)) continue;
      // An unknown acronym (NHS, HIPAA) is a name, never a typo.
      if (match[0] === match[0].toUpperCase() || corrector?.correct(word) == null) return true;
    }
    return false;
  }

  /**
   * A name written in lower case in the sentences that ask, for something the guide never mentions: an insurer, a law,
   * an agency, a product ("what do care managers earn at unitedhealthcare", "do i need ndis registration to work as a
   * care manager", "epic or cerner?"). Such a word is no everyday English word (knowledge/content/english.txt), unknown
   * to the knowledge base and no typo of its words, and the classifier never learned it as part of a question it
   * answers (slang it saw, "smth", is not a name), nor a part of an everyday word (dictation cuts words: "sir
   * tifications"). It names a thing when the classifier leans to declining the message (`NAMED_DECLINE`, where a
   * message without such a word needs `declineSure`), or when it is long and no typo of an everyday word (slang is
   * short, "enuf", "tryna") nor a name a person may have ("jerry attic care": geriatric). Most messages have no word
   * unknown to the dictionary, and skip reading which sentences ask. A name in the story is who asks.
   */
  function namesUnknownThing(words: readonly string[], question: string, background: ReadonlySet<string>): boolean {
    if (!words.some((word) => !kb.english.words.has(word) && isUnknownWord(word))) return false;
    const asked = tokenise(normaliseText(askedPart(stripMarkup(question.slice(0, MAX_QUESTION_CHARS)))));
    const names = asked.filter((word) => !background.has(word) && !kb.english.words.has(word) && isName(word) && !learnedInAnswers(word) && !(word.length >= CUT_WORD && partOfAWord(word)));
    if (names.length === 0) return false;
    return names.some((word) => word.length >= LONG_NAME && !kb.english.names.has(word) && !oneEditFrom(word, kb.english.words)) || (compiledClassifier !== null && classifiedOf(question).probability(null) >= NAMED_DECLINE);
  }

  /**
   * Whether a word is part of an everyday word: a word cut in two, as dictation does ("sir tifications"). A word with a
   * run of CUT_WORD letters that no everyday word has is part of none (`everydayRuns`, built on first use); the few
   * others are searched for in the words as one text. A message of long made-up words took a tenth of a second when
   * each was compared with every word. A word of the dictionary itself never gets here.
   */
  function partOfAWord(word: string): boolean {
    everydayRuns ??= runsOf(kb.english.words);
    for (let start = 0; start + CUT_WORD <= word.length; start++) if (!hasRun(everydayRuns, word, start)) return false;
    everydayText ??= [...kb.english.words].join('\n');
    return everydayText.includes(word);
  }
  let everydayRuns: Uint8Array | undefined;
  let everydayText: string | undefined;

  /** Whether the classifier learned a word as part of questions it answers: its heaviest class is an entry. */
  function learnedInAnswers(word: string): boolean {
    const row = classifier?.terms.get(`w:${word}`);
    if (row === undefined) return false;
    let best = 0;
    for (let k = 2; k < row.length; k += 2) if (row[k + 1]! > row[best + 1]!) best = k;
    return row[best] !== declineClass;
  }

  /** A word the knowledge base does not know and that is no typo of one it knows: a name ("chicago", "bupa"). */
  function isName(word: string): boolean {
    return isUnknownWord(word) && corrector?.correct(word) == null;
  }

  /**
   * Whether an employer hires or pays ("does bupa hire care managers", "is humana hiring"), named by words the knowledge
   * base does not know: the guide names no employers. An employer in what the user says they do is background.
   */
  function namesAnEmployer(question: string, words: readonly string[], told: ReadonlySet<string>): boolean {
    const asked = words.join(' ');
    const employer = EMPLOYER_FRAME.exec(asked)?.[1]?.split(' ');
    if (employer === undefined || employer.some((word) => told.has(word))) return false;
    if (employer.length > 0 && employer.every((word) => isName(word) && !told.has(word))) return true;
    const unknown = employer.every((word) => !contentWords.has(word) && !known.has(stemToken(word)));
    // A name the corrector would make a word of ("does humana hire": human), asked of it with no article, as a name is;
    // or an acronym as typed ("does the VA hire"), which no typo makes.
    return unknown && (/^(?:does|is) (?!the )/.test(asked) || (employer.length === 1 && new RegExp(`\\b${employer[0]!.toUpperCase()}\\b`).test(question)));
  }

  /**
   * A place named in the sentences that ask, whatever is asked of it: a country, state or province by name (the
   * runtime's region names, the lexicon's `places`), or a name the knowledge base does not know after "in", "near",
   * "around" or "across" ("which unis in melbourne", "could I become a care manager in galway", "salary in nyc?"). The
   * guide holds no place but its own country ("the salary range in the US"), so one rule a user can predict: a named
   * place is declined, with what the guide says nearby. Read in the sentences that ask, so a place in the story ("I'm a
   * nurse in Ireland. What jobs ...?") or in what the user says they do ("I'm a carer in leeds") is who asks.
   */
  function asksOfAPlace(question: string, byFrame: boolean): boolean {
    const text = askedPart(stripMarkup(question.slice(0, MAX_QUESTION_CHARS)));
    const words = tokenise(normaliseText(text));
    const told = new Set(splitBackground(words, changerSlot(words, namesJob)).background);
    for (let at = 0; at < words.length; at++) {
      const length = placeLengthAt(words, at) || (byFrame ? namedPlaceLengthAt(words, at, text) : 0);
      if (length > 0 && !words.slice(at, at + length).every((word) => told.has(word))) return true;
    }
    return false;
  }

  /**
   * How many words from `at` name a place by their frame, after a place word ("in melbourne", "near the Gold Coast"): a
   * city the runtime names a time zone after, or one or two names written with a capital that the knowledge base does
   * not know ("near Leeds"). A lower-case word the guide does not know is not enough: "in trouble" is no place.
   */
  function namedPlaceLengthAt(words: readonly string[], at: number, original: string): number {
    const before = words[at - 1] === 'the' ? words[at - 2] : words[at - 1];
    if (before === undefined || !PLACE_WORDS.has(before)) return 0;
    for (const city of citiesByFirst.get(words[at]!) ?? []) if (startsAt(words, at, city)) return city.length;
    // Written in lower case, a word no typo makes of the guide's is a name where what a place changes is asked ("how
    // much do care managers make in galway"): elsewhere it may be everyday English the guide never uses ("get in trouble").
    const placeBound = words.some((word) => PLACE_BOUND.has(word));
    return namesPlaceAfterWord(words[at], placeBound, original) ? (namesPlaceAfterWord(words[at + 1], placeBound, original) ? 2 : 1) : 0;
  }

  /** Whether a word after a place word names a place: unknown to the knowledge base, and no typo where a place is asked for, or written with a capital. */
  function namesPlaceAfterWord(word: string | undefined, placeBound: boolean, original: string): boolean {
    return word !== undefined && isUnknownWord(word) && ((placeBound && corrector?.correct(word) == null) || new RegExp(`\\b${word[0]!.toUpperCase()}${word.slice(1)}\\b`).test(original));
  }

  /** A word the knowledge base neither uses nor knows the stem of, nor lists as a short form (no stop word, no number). */
  function isUnknownWord(word: string): boolean {
    return word.length >= 3 && !STOP_WORDS.has(word) && !/\d/.test(word) && !contentWords.has(word) && !known.has(stemToken(word)) && !(word in kb.lexicon.abbreviations);
  }

  /**
   * Study materials and named schools, which the guide neither names nor ranks: "what books should i use for the CCM
   * exam", "a study guide", "the best online bachelors program", "is the program at ucla good", "does the university
   * of limerick do a course" (a name the knowledge base does not know, or a place). Read in the sentences that ask: a
   * school in the story ("a degree from Monash. ... How do I get experience?") is who asks.
   */
  function namesAProvider(question: string, told: ReadonlySet<string>): boolean {
    const words = tokenise(normaliseText(askedPart(stripMarkup(question.slice(0, MAX_QUESTION_CHARS)))));
    const text = words.join(' ');
    if (STUDY_MATERIALS.test(text)) return true;
    for (let i = 0; i + 2 < words.length; i++) {
      const names = (SCHOOL_WORDS.has(words[i]!) && words[i + 1] === 'of') || (STUDY_NOUNS.has(words[i]!) && (words[i + 1] === 'at' || words[i + 1] === 'from'));
      if (!names) continue;
      const at = words[i + 2] === 'the' ? i + 3 : i + 2;
      const name = words[at];
      // Here a word the knowledge base does not know is a name, even one the corrector would make a word of ("leeds").
      const unknown = name !== undefined && name.length >= 3 && !STOP_WORDS.has(name) && !contentWords.has(name) && !known.has(stemToken(name));
      if (name !== undefined && !told.has(name) && (unknown || placeLengthAt(words, at) > 0)) return true;
    }
    return false;
  }

  /** Whether a message has a word a study material starts with, or a school word before "of", "at" or "from": most have none. */
  function namesProviderWord(words: readonly string[]): boolean {
    return words.some((word, i) => PROVIDER_CUES.has(word) || ((SCHOOL_WORDS.has(word) || STUDY_NOUNS.has(word)) && SCHOOL_LINKS.has(words[i + 1] ?? '')) || (RANKING_WORDS.has(word) && (STUDY_NOUNS.has(words[i + 1] ?? '') || STUDY_NOUNS.has(words[i + 2] ?? ''))));
  }

  /** Whether a place may be named anywhere in the message, by the list or by a place word before a word the knowledge base does not know: most name none, and skip reading which sentences ask. */
  function namesAPlace(words: readonly string[], question: string, byFrame: boolean): boolean {
    for (let at = 0; at < words.length; at++) {
      if (placesByFirst.has(words[at]!) && placeLengthAt(words, at) > 0) return true;
      if (byFrame && namedPlaceLengthAt(words, at, question) > 0) return true;
    }
    return false;
  }

  /** How many words from `at` name a place (the longest, "new south wales" before "new"), 0 for none or the guide's own country. */
  function placeLengthAt(words: readonly string[], at: number): number {
    for (const place of placesByFirst.get(words[at] ?? '') ?? []) if (startsAt(words, at, place.words)) return place.home ? 0 : place.words.length;
    return 0;
  }

  /** Normalised words with their typos corrected against the knowledge base's vocabulary, as one text. */
  function spelledRight(words: readonly string[]): string {
    return spelledWords(words).join(' ');
  }

  /** Normalised words with their typos corrected, word for word. */
  function spelledWords(words: readonly string[]): string[] {
    return words.map((word) => (STOP_WORDS.has(word) || /\d/.test(word) ? word : corrector?.correct(word) ?? word));
  }

  function termsOf(text: string): string[] {
    const words = tokenise(normaliseText(text));
    return classifierTerms(tokenise(spelledRight(analyzer.withoutFillers(words))), analyzer.analyseTokens(words, true));
  }

  /**
   * The classifier's reading of a text, on the terms `termsOf` names, found without building them as strings; its stems
   * are those the words' reading took for the same text.
   */
  function classifiedOf(text: string): Classified {
    const normalised = normaliseText(text);
    return compiledClassifier!.classify(spelledWords(analyzer.withoutFillers(tokenise(normalised))), stemsOf(normalised));
  }

  function prepare(normalised: string): Prepared {
    const stems = stemsOf(normalised);
    const weights = new Map<string, number>();
    for (const s of stems) {
      // "n", "w", "ya": chat shorthand the knowledge base does not use carries no meaning either way.
      if (s.length <= 2 && !known.has(s)) continue;
      weights.set(s, known.has(s) ? idf(s) : maxIdf * opts.unknownWordWeight);
    }
    return { stems, weights };
  }

  /**
   * One question as the nearest phrasings read it: spelled right, as the words do ("a degre to be a car manger"), and
   * without what the user says they do now ("I'm a paramedic - is this job stressful?" is not like "is being a paramedic
   * stressful"). The vote is taken at most once, when a step asks for it. (Plain functions over this record rather than
   * closures made per question: the runtime names every closure it makes, which costs more than the rest of a short question.)
   */
  interface QuestionView {
    question: string;
    words: readonly string[];
    subject: readonly string[];
    background: readonly string[];
    onTopic: boolean;
    vote: PhrasingVote | undefined;
  }

  function near(view: QuestionView): PhrasingVote {
    return (view.vote ??= voteOn(spelledRight(view.background.length > 0 ? view.subject : view.words)));
  }

  /** The entry the nearest phrasings place the question in, when they are close and agree enough. */
  function nearlyPlaced(view: QuestionView): FaqEntry | null {
    const v = near(view);
    const [similarity, agreement] = view.onTopic ? [opts.nearTopicalSimilarity, opts.nearTopicalAgreement] : [opts.nearMinSimilarity, opts.nearMinAgreement];
    return v.id !== null && v.nearest >= similarity && v.agreement >= agreement ? kb.faqById.get(v.id) ?? null : null;
  }

  /**
   * The entries the nearest phrasings point to, best first: what to offer when the question itself is not placed. For a
   * story that ends in a question, the question's own phrasings count as much as the whole message's, whose story words
   * pull elsewhere, each read in the wider circle (20), which is steadier over two texts than the closest five (on the
   * readable sets, right entry first among the suggestions: right or first 3,519 -> 3,527 of 3,635).
   */
  function nearbyEntries(view: QuestionView): Alternative[] {
    const v = near(view);
    // The closest five all messages to decline ("is kaiser hiring care managers"): nothing to suggest.
    if (![...v.votes.keys()].some((id) => id !== null)) return [];
    const asked = askedPart(view.question);
    let shares: Map<string | null, number>;
    let circles = 1;
    if (asked === view.question) {
      shares = new Map([...v.votes].map(([id, votes]) => [id, votes / NEAREST_VOTERS]));
    } else {
      shares = new Map(v.wideShares);
      for (const [id, share] of voteOnText(asked).wideShares) shares.set(id, (shares.get(id) ?? 0) + share);
      circles = 2;
    }
    const ranked = [...shares].filter((share): share is [string, number] => share[0] !== null).sort((a, b) => b[1] - a[1]);
    const best = ranked[0]?.[1] ?? 0;
    // Only entries close to the best: a lone phrasing that shares a few letters is no suggestion.
    return ranked
      .filter(([, share]) => share >= best / 2)
      .slice(0, opts.maxAlternatives)
      .map(([id, share]) => ({ id, title: kb.faqById.get(id)?.title ?? id, score: round(share / circles) }));
  }

  /** The nearest phrasings' entry when they place the question, else `fallback`. */
  function placedOr(view: QuestionView, fallback: Answer): Answer {
    const entry = nearlyPlaced(view);
    return entry ? { question: view.question, kind: 'answer', answered: true, entry, score: round(Math.max(opts.minScore, near(view).nearest)), alternatives: [] } : fallback;
  }

  function toAlternative(c: { index: number; score: number }): Alternative {
    return { id: entries[c.index]!.id, title: entries[c.index]!.title, score: round(c.score) };
  }

  function rankedOf(scored: ReadonlyArray<{ index: number; score: number }>): Alternative[] {
    return scored.slice(0, RANKED_KEPT).map(toAlternative);
  }

  /**
   * `storyWords`: stems from sentences that only tell; those the knowledge base never uses are left out of the match.
   * `message`: the whole message a sentence comes from, whose other sentences may name who a care manager is sought for
   * ("my dad has dementia, how do i get a care manager assigned to him").
   */
  function answerOne(question: string, storyWords?: ReadonlySet<string>, message: string = question): Answer {
    const normalised = typeof question === 'string' ? normaliseText(question) : '';
    if (normalised === '') return notAnswered(question, 'empty');
    const words = tokenise(normalised);
    const { stems, weights } = prepare(normalised);
    // A story's names and events (mum, stroke, Monday) say nothing about what is asked: they do not count against coverage.
    if (storyWords) for (const s of storyWords) if (!known.has(s)) weights.delete(s);
    // "I'm a teacher, how long would it take me?": the job a user has now is background, not what they ask about.
    const changer = changerSlot(words, namesJob);
    const { subject, background } = splitBackground(words, changer);
    // Nor does what they did, in words the knowledge base never uses ("20 years as a sparky", "as a sommelier").
    for (const s of analyzer.analyseTokens(background, false)) if (!known.has(s)) weights.delete(s);
    // The job they have now ("as a nurse", "can a social worker become ...") says who asks, not what about, unless the
    // question uses its words too ("as a licensed practical nurse" is not licensing; "as a nurse how do I get into care
    // management" is not where nurses work, nor who care managers work with).
    if (changer) {
      const asked = new Set(analyzer.analyseTokens(subject, true));
      for (const s of analyzer.analyseTokens(words.slice(changer[0], changer[1]), true)) if (!asked.has(s)) weights.delete(s);
    }
    if (weights.size === 0) return notAnswered(question, 'no-match', 'unknown-words');

    const anchored = careAnchors.matches(stems) || namesThisCareer(words);
    const onTopic = anchored || topical.matches(stems);
    const jobSubject = withoutJobVerbs(subject);
    const subjectStems = analyzer.analyseTokens(jobSubject, false);
    // The guide's colleagues named as the people one works with ("work with doctors?") are colleagues, not a career.
    const notWorkedWith = withoutCompany(jobSubject);
    const namesOccupation =
      strangerOccupations.matches(subjectStems) ||
      strangerWritten.matches(jobSubject) ||
      ((colleagueOccupations.matches(notWorkedWith === jobSubject ? subjectStems : analyzer.analyseTokens(notWorkedWith, false)) || colleagueWritten.matches(notWorkedWith)) &&
        mentionsCareer(stems) &&
        !pathCues.matches(stems, words) &&
        !REQUIREMENT_QUESTION.test(normalised));
    if (!anchored && (namesOccupation || namesClippedJob(subject) || asksAboutAnotherJob(normalised, stems) || sentencesAskAboutAnotherJob(question, stems))) {
      // Pay asked of a job the guide itself names, a first job on the way ("healthcare assistant sounds doable. does that
      // pay ok?"): the guide gives no figure for it, and its lowest pay level is the figure nearest to it.
      const namesGuideJob = !strangerOccupations.matches(subjectStems) && !strangerWritten.matches(jobSubject) && (colleagueOccupations.matches(subjectStems) || colleagueWritten.matches(jobSubject));
      if (namesGuideJob && firstPay && PAY_ASKED.test(normalised)) return { ...notAnswered(question, 'no-match', 'no-figure'), alternatives: [firstPay] };
      return notAnswered(question, 'out-of-scope', 'other-job');
    }
    // A sum or an equation to work out ("solve 3x + 7 = 22", "15% tip on $64") is homework, whatever words come with it.
    if (!anchored && ARITHMETIC.test(question)) return notAnswered(question, 'out-of-scope', 'arithmetic');
    // A task to do rather than a question ("can you update the care plan for bed 12", "draft an email to a patient's
    // family"), or the user's own workplace here and now ("who's on call tonight"): not what a career guide answers.
    // A leading "@CareBot" typed as text names who is asked, not what.
    const addressed = ADDRESSED_TO.test(question) ? normaliseText(question.replace(ADDRESSED_TO, '')) : normalised;
    if (TASK_REQUEST.test(addressed) || HERE_AND_NOW.test(addressed)) return notAnswered(question, 'out-of-scope', 'task');
    // A subject of its own (programming, mathematics, ...), named by its own words ("center a div in css", "derivative
    // of x squared"): another field's question, even when a word of it is also one of the guide's ("center").
    if (!anchored && otherSubjects.matches(words)) return notAnswered(question, 'out-of-scope', 'other-subject');
    // Past the hard gates (other jobs, topics the guide does not cover), what the words cannot place, the nearest
    // phrasings may: slang, typos and words the answers never use ("is the money decent or nah").
    // What the nearest phrasings say is read only when a step below asks (most questions never need it).
    const view: QuestionView = { question, words, subject, background, onTopic, vote: undefined };
    // A topic the guide does not cover, asked about this career: declined, with what the guide says nearby to offer.
    // The lexicon's topics are the career's own ("can i do this part time"), so what is nearby is offered even when the
    // message names no subject of the career; a name or a place is offered for only when it does.
    const uncoveredTopic = notCovered.matches(stems) || notCoveredAsWritten.matches(withoutStudyPlaces(words));
    // Who asks, as a set: what a name in it says is background, not what is asked.
    const told: ReadonlySet<string> = new Set(background);
    if (uncoveredTopic || seeksACareManager(normalised, personalContext.matches(message === question ? words : tokenise(normaliseText(message)))) || namesUnknownEntity(question, told) || namesUnknownThing(words, question, told) || namesAnEmployer(question, words, told) || (namesAPlace(words, question, onTopic) && asksOfAPlace(question, onTopic)) || (namesProviderWord(words) && namesAProvider(question, told))) {
      return { ...notAnswered(question, 'no-match', 'not-covered'), alternatives: onTopic || uncoveredTopic ? nearbyEntries(view) : [] };
    }
    // "my" is a stop word, so personal context is read from the words before stemming.
    // Someone in the user's life as the user's own experience ("does looking after my mum count as experience") is the
    // career's question.
    if (!anchored && personalContext.matches(words) && !mentionsCareer(stems) && !stems.includes(EXPERIENCE_STEM)) return notAnswered(question, 'out-of-scope', 'personal');

    let total = 0;
    let knownWeight = 0;
    let queryNorm = 0;
    for (const [s, w] of weights) {
      total += w;
      if (!known.has(s)) continue;
      // Words the knowledge base never uses cannot favour one entry: they count in coverage, not in the match.
      queryNorm += w * w;
      knownWeight += w;
    }
    if (knownWeight === 0) return placedOr(view, notAnswered(question, anchored ? 'no-match' : 'out-of-scope', 'unknown-words'));
    const coverage = knownWeight / total;
    // A message naming the career's own subjects is on topic, so its unknown words (slang, typos) do not rule it out.
    if (!anchored && !onTopic && coverage < opts.minCoverage) return placedOr(view, notAnswered(question, 'out-of-scope', 'unknown-words'));
    queryNorm = Math.sqrt(queryNorm);

    let touchedCount = 0;
    for (const [s, w] of weights) {
      const list = phrasingPostings.get(s);
      if (!list) continue;
      const ww = w * w;
      for (let i = 0; i < list.length; i++) {
        const index = list[i]!;
        if (phrasingScores[index] === 0) touched[touchedCount++] = index;
        phrasingScores[index] += ww;
      }
    }
    const best = bestOfEntry.fill(0);
    for (let t = 0; t < touchedCount; t++) {
      const index = touched[t]!;
      const dot = phrasingScores[index]!;
      phrasingScores[index] = 0;
      const entryIndex = phrasingEntry[index]!;
      const cosine = dot / (queryNorm * phrasingNorm[index]!);
      if (cosine > best[entryIndex]!) best[entryIndex] = cosine;
    }
    const covered = coveredOfEntry.fill(0);
    for (const [s, w] of weights) {
      const list = entryPostings.get(s);
      if (!list) continue;
      const { entries: listed, factors } = list;
      // A factor of 1 for question words multiplies exactly, so the sums are the same as adding w itself.
      for (let i = 0; i < listed.length; i++) covered[listed[i]!] += w * factors[i]!;
    }
    // Only the leading few are ever read (re-rank, "did you mean", runners-up): keep those, in the order a stable sort
    // by score would give them, instead of sorting every entry the question touched.
    const scored: Array<{ index: number; score: number }> = [];
    for (let e = 0; e < entryCount; e++) {
      const raw = opts.phrasingWeight * best[e]! + (1 - opts.phrasingWeight) * (covered[e]! / knownWeight);
      if (raw <= 0) continue;
      const score = raw * (0.5 + 0.5 * coverage);
      if (scored.length === leadingKept && scored[leadingKept - 1]!.score >= score) continue;
      let at = scored.length;
      while (at > 0 && scored[at - 1]!.score < score) at--;
      scored.splice(at, 0, { index: e, score });
      if (scored.length > leadingKept) scored.pop();
    }
    if (scored.length === 0) return placedOr(view, notAnswered(question, 'no-match', 'weak-match'));

    // fuse.js breaks near ties on characters; clear winners skip it, which keeps a question to microseconds.
    // Only short questions: character matching is what catches their typos, and fuse.js gets slow on long patterns.
    if (opts.fuseWeight > 0 && normalised.length <= FUSE_MAX_CHARS && scored.length > 1 && scored[0]!.score - scored[1]!.score <= opts.rerankMargin) {
      const head = scored.slice(0, opts.rerankDepth);
      for (const candidate of head) {
        const hit = fuseByEntry[candidate.index]!.search(normalised, { limit: 1 })[0];
        const fuseScore = hit ? 1 - (hit.score ?? 1) : 0;
        candidate.score = (1 - opts.fuseWeight) * candidate.score + opts.fuseWeight * fuseScore;
      }
      head.sort((a, b) => b.score - a.score);
      scored.splice(0, head.length, ...head);
    }

    const top = scored[0]!;
    if (best[offTopicIndex]! > best[top.index]! + opts.offTopicMargin) {
      return placedOr(view, { question, kind: 'out-of-scope', declined: 'like-declined-example', answered: false, entry: null, score: round(top.score), alternatives: [] });
    }
    if (top.score < opts.minScore) {
      // On topic but placed by nothing with confidence: its best candidates become suggestions ("maybe one of these?").
      const fromWords = scored.filter((c) => c.score >= opts.minScore * SUGGESTION_SHARE).map(toAlternative);
      const suggestions = onTopic ? [...nearbyEntries(view), ...fromWords].filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i).slice(0, opts.maxAlternatives) : [];
      return placedOr(view, { question, kind: 'no-match', declined: 'weak-match', answered: false, entry: null, score: round(top.score), alternatives: suggestions });
    }
    const close = scored.slice(1).filter((c) => top.score - c.score <= opts.ambiguityMargin);
    if (close.length > 0 && top.score < opts.confidentScore) {
      // Close on words: the nearest phrasings break the tie when they agree on one of the two.
      const placed = nearlyPlaced(view);
      const tie = [top, ...close].find((c) => entries[c.index]!.id === placed?.id);
      if (tie) return { question, kind: 'answer', answered: true, entry: entries[tie.index]!, score: round(tie.score), alternatives: [top, ...close].filter((c) => c !== tie).slice(0, opts.maxAlternatives).map(toAlternative), ranked: rankedOf(scored) };
      return {
        question,
        kind: 'ambiguous',
        answered: false,
        entry: null,
        score: round(top.score),
        alternatives: [top, ...close].slice(0, opts.maxAlternatives).map(toAlternative),
      };
    }
    // A word-match answer that is not sure weighs the nearest phrasings too: they may favour another candidate, or say decline.
    if (top.score < opts.nearOverruleBelow) {
      const v = near(view);
      const wordScoreOf = (index: number) => (opts.phrasingWeight * best[index]! + (1 - opts.phrasingWeight) * (covered[index]! / knownWeight)) * (0.5 + 0.5 * coverage);
      // Both views count: the word score plus the nearest phrasings' vote for the same entry, the closest few and the wider circle.
      const blended = (index: number, wordScore: number) =>
        wordScore + opts.nearBlend * ((v.votes.get(entries[index]!.id) ?? 0) / NEAREST_VOTERS) + opts.wideBlend * (v.wideShares.get(entries[index]!.id) ?? 0);
      const candidates = [...scored];
      // An entry the wider circle favours competes even when its words ranked it below the leading few.
      for (const [id, share] of v.wideShares) {
        const index = id === null ? -1 : entryIndexById.get(id) ?? -1;
        if (index >= 0 && share >= opts.wideCandidateShare && !candidates.some((c) => c.index === index)) candidates.push({ index, score: wordScoreOf(index) });
      }
      const ranked = candidates.map((c) => ({ ...c, blended: blended(c.index, c.score) })).sort((a, b) => b.blended - a.blended);
      const winner = ranked[0]!;
      const share = v.wideShares.get(entries[winner.index]!.id) ?? 0;
      // Most of the wider circle are messages to decline, and hardly any ask for the winner: declined, with what the
      // guide says nearby when the message is about this career ("is kaiser hiring care managers").
      if ((v.wideShares.get(null) ?? 0) >= opts.declineShare && share < opts.declineEntryShare) {
        return onTopic || anchored ? { ...notAnswered(question, 'no-match', 'weak-match'), alternatives: nearbyEntries(view) } : { ...notAnswered(question, 'out-of-scope', 'like-declined-example'), score: round(top.score) };
      }
      if (opts.nearBlend > 0 && winner !== ranked.find((c) => c.index === top.index)) {
        return { question, kind: 'answer', answered: true, entry: entries[winner.index]!, score: round(winner.score), alternatives: [toAlternative(top)], ranked: rankedOf(scored) };
      }
      if (!anchored && v.id === null && v.nearest >= opts.nearDeclineSimilarity && v.agreement >= opts.nearTopicalAgreement) {
        return { question, kind: 'out-of-scope', declined: 'like-declined-example', answered: false, entry: null, score: round(top.score), alternatives: [] };
      }
    }
    const runnersUp = scored.slice(1, 1 + opts.maxAlternatives).filter((c) => c.score >= opts.minScore && top.score - c.score <= opts.ambiguityMargin * 3);
    return { question, kind: 'answer', answered: true, entry: entries[top.index]!, score: round(top.score), alternatives: runnersUp.map(toAlternative), ranked: rankedOf(scored) };
  }

  /**
   * A long message often buries its question among context ("I'm 34, I work in retail ... what do I need to become a
   * care manager? I have two kids"): each sentence is tried too, and the most confident answer wins.
   */
  function answerMessage(question: string): Answer {
    let whole = answerOne(question);
    // A message answered with confidence as a whole keeps that answer; its sentences are for when it is not.
    if (typeof question !== 'string' || (whole.answered && whole.score >= opts.confidentScore)) return whole;
    const bounded = question.slice(0, MAX_QUESTION_CHARS * 2);
    if (!/[.?!,;\n]|\s-\s/.test(bounded) || tokenise(normaliseText(bounded)).length < opts.sentenceSplitWords) return whole;
    const sentences = sentencesOf(bounded);
    // The whole message again with its telling sentences' unknown words left out ("When my mum had her stroke ... What is that job?").
    if (sentences.some((sentence) => sentence.asks) && sentences.some((sentence) => !sentence.asks)) {
      const asked = new Set(sentences.filter((sentence) => sentence.asks).flatMap((sentence) => analyzer.analyse(sentence.text, true)));
      const story = new Set(sentences.filter((sentence) => !sentence.asks).flatMap((sentence) => analyzer.analyse(sentence.text, true)).filter((s) => !asked.has(s)));
      const focused = story.size > 0 ? answerOne(question, story) : whole;
      if (focused.answered && (!whole.answered || focused.score > whole.score)) whole = focused;
      if (whole.answered && whole.score >= opts.confidentScore) return whole;
    }
    // A sentence that asks something beats one that only tells ("I'm 41 so going back to study isn't realistic").
    let best = whole;
    let bestAsks = false;
    for (const { text: sentence, asks } of sentences) {
      // A sentence too short to carry a topic ("is that on the care manager?") leans on the rest of the message.
      // A question that names the career itself carries its topic in two words ("What is a care manager, actually?").
      const contentWords = tokenise(normaliseText(sentence)).filter((word) => !STOP_WORDS.has(word));
      if (contentWords.length < (asks && careAnchors.matches(analyzer.analyseTokens(contentWords, false)) ? 2 : MIN_SENTENCE_WORDS)) continue;
      // When the message asks something, a sentence that only tells is its context, not its question ("HR here, we're hiring a director. What's the pay?").
      if (!asks && sentences.some((other) => other.asks)) continue;
      const result = answerOne(sentence, undefined, question);
      if (!result.answered) continue;
      // ...unless it is less sure than the whole message: then it likely leans on the rest ("do they liaise with schools too?").
      const outranks = asks && !bestAsks && (!whole.answered || result.score >= whole.score);
      if (!best.answered || outranks || (asks === bestAsks && result.score > best.score)) {
        best = result;
        bestAsks = asks;
      }
    }
    return best === whole ? whole : { ...best, question };
  }

  /** Whether the wider circle of nearest phrasings puts this entry first, with a real share: the word match is not alone. */
  function supportedByPhrasings(text: string, id: string): boolean {
    const shares = voteOn(spelledRight(tokenise(normaliseText(text)))).wideShares;
    let topId: string | null = null;
    let top = 0;
    for (const [candidate, share] of shares) if (share > top) [topId, top] = [candidate, share];
    return topId === id && top >= SUPPORTED_SHARE;
  }

  /** Whether two entries are things of one kind, as the content relates them (each other, a shared tag or a shared related entry). */
  function ofOneKind(a: FaqEntry | null | undefined, b: FaqEntry | null | undefined): boolean {
    if (!a || !b) return false;
    if (a.related.includes(b.id) || b.related.includes(a.id)) return true;
    const tags = new Set(a.tags.map((tag) => tag.toLowerCase()));
    return b.tags.some((tag) => tags.has(tag.toLowerCase())) || a.related.some((id) => b.related.includes(id));
  }

  /**
   * Whether two words joined by a bare "or" name two things the content tells apart ("CCM or CMC": each is the tag of
   * an entry that does not carry the other), not two answers to one question ("required or optional" are both tags of
   * whether certification is required; "or nah" names nothing).
   */
  function namesTwoThings(a: string, b: string): boolean {
    const [x, y] = [a, b].map((word) => spelledRight([word]));
    if (!x || !y || x === y) return false;
    const tagged = (word: string, entry: FaqEntry) => tagWords.get(entry.id)!.has(word);
    return entries.some((entry) => tagged(x, entry) && !tagged(y, entry)) && entries.some((entry) => tagged(y, entry) && !tagged(x, entry));
  }
  const tagWords = new Map(entries.map((entry) => [entry.id, new Set(entry.tags.map((tag) => spelledRight(tokenise(normaliseText(tag)))))]));

  /**
   * A part of a message as the classifier reads it too, where it is sure: the words read a part cut from its message
   * with little to go on ("will there be jobs" is the role overview by its words, the job outlook by the classifier's),
   * so a part the classifier places with most of its belief is that entry, and one it agrees on is as sure as it is.
   * A part a gate declined (another job, a topic the guide does not cover) stays declined.
   */
  function classifiedPart(read: Answer): Answer {
    if (!classifier || typeof read.question !== 'string' || (!read.answered && read.kind !== 'ambiguous' && read.declined !== 'unknown-words' && read.declined !== 'weak-match')) return read;
    const classified = classifiedOf(read.question);
    const top = classified.top;
    const sure = top === null ? 0 : classified.probability(top);
    if (top === null || sure < opts.partClassified) return read;
    const entry = kb.faqById.get(top);
    // As in the classifier's challenge: a rung of the ladder the part names keeps its entry ("how does junior pay" is
    // entry-level pay, not pay in general), and so does pay asked for.
    const reading = readingOf(read);
    if (!entry || (read.answered && read.entry?.id !== top && (reading.keepsEngineOver?.(top) || reading.keepsAskedOver?.(top)))) return read;
    const placed: Answer = read.answered && read.entry?.id === top ? { ...read, score: Math.max(read.score, sure) } : { ...read, kind: 'answer', answered: true, entry, score: sure, alternatives: read.alternatives.filter((a) => a.id !== top) };
    surelyClassified.add(placed);
    return placed;
  }
  /** The answers classifiedPart placed (the classifier sure of them). */
  const surelyClassified = new WeakSet<Answer>();

  /** The parts of a message as the engine reads them, before the arbiter weighs the nearest phrasings' reading. */
  function readParts(message: string): Answer[] {
    const whole = answerMessage(message);
    if (typeof message !== 'string') return [whole];
    // What the classifier reads the whole message as, where it is sure: a split that answers it keeps what the message
    // asks as much as one that answers the words' reading ("what do i need to get into it and which certs shud i get").
    // Read only when a split needs it.
    const classifiedWhole = readOnce(() => classifiedPart(whole));
    // A mention ("<at>CareBot</at> how do I ... and what ...") or a link is no part of either question.
    const bounded = stripMarkup(message.slice(0, MAX_QUESTION_CHARS)).trim();
    const splits = questionParts(bounded);
    // Readings share parts ("senior pay" in several comparison splits): each text is answered once per message.
    const answerPart = readEachOnce(answerMessage);
    const classifiedAlone = readEachOnce((text) => classifiedPart(answerPart(text)));
    let chosen: Answer[] | null = null;
    let chosenScore = 0;
    // Whether pay is asked: read only for a reading that weighs two things (most messages have none).
    const asksPay = readOnce(() => [ASKS_FOR_PAY, WEIGHS_PAY, PAY_GAP].some((asks) => asks.test(normaliseText(bounded))));
    // Weighed against another job ("does it pay more than nursing?"): the guide has one side only, so no comparison.
    const againstWords = tokenise(normaliseText(thanSide(bounded) ?? ''));
    const againstAJob = againstWords.length > 0 && namesJob(againstWords) && !againstWords.some((word) => STUDY_CHOICES.has(word));
    const comparisons = againstAJob ? [] : comparisonReadings(bounded, namesTwoThings);
    const pairs = topicPairs(bounded);
    const candidates = [...comparisons, ...splits, ...pairs];
    let bareTried = false;
    const bare: string[][] = [];
    for (let k = 0; ; k++) {
      // Two rungs weighed on pay, alone, without the question they close ("which pays better, senior or director"), only
      // when no reading with the question's words answers both. (Other things read alone lose what the question asks
      // of them: tried for every comparison, it answered more wrongly than it answered both.)
      if (k === candidates.length && !chosen && !bareTried && !againstAJob) {
        const sides = comparisonReadings(bounded, namesTwoThings, true);
        if (sides.length > 0 && asksPay()) {
          bareTried = true;
          bare.push(...sides);
          comparisons.push(...bare);
          candidates.push(...bare);
        }
      }
      const parts = candidates[k];
      // Nothing scores above 1: a reading that sure is not bettered by the rest.
      if (!parts || chosenScore >= 1) break;
      const answers: Answer[] = [];
      let sureOfEach = true;
      for (const [i, part] of parts.entries()) {
        // Each part is read by the classifier too, one that points back as well ("and how do i keep it once i have it"
        // after the CCM is the renewal, "what do the senior ones make" senior pay): its words alone read such a part
        // weakly, and the classifier learned what the question asks from its verbs. It is also read with the part before.
        const alone = classifiedAlone(part);
        const before = answers[i - 1];
        // A part that points back is read with the part before: "what do they earn" after "what does a senior care
        // manager do" is senior pay, and "what does it show" after "who awards the CCM" is still the CCM (one question).
        // Only a question people ask word for word on its own stands alone ("is it stressful").
        const inContext = i > 0 && BACK_REFERENCE.test(part) ? answerPart(`${part} ${parts[i - 1]}`) : null;
        // ...unless read with it, it only repeats the part before while alone it is confidently a question of its own
        // ("how long does it take and what does it pay": the pay, not the time again).
        const repeatsBefore = inContext?.answered && inContext.entry?.id === before?.entry?.id;
        const standsAlone = alone.answered && alone.entry?.id !== before?.entry?.id && alone.score >= opts.confidentScore && ((inContext?.answered && alone.score - inContext.score >= SURER_ALONE) || supportedByPhrasings(part, alone.entry!.id));
        let resolved = inContext?.answered && !(repeatsBefore && standsAlone) && (inContext.entry?.id !== before?.entry?.id || alone.score < EXACT_PHRASING) ? inContext : alone;
        // The same entry both ways: the surer reading counts ("is it stressful" is not weaker for the hours before it).
        // People pointed back to after a rung was named are that rung ("what does a director earn and what do they do
        // all day"): read alone, the part would be about every care manager.
        const pointsToRung = PEOPLE_REFERENCE.test(part) && levelsOf(analyzer.analyse(parts[i - 1] ?? '', true)).length > 0;
        if (resolved === inContext && !pointsToRung && alone.answered && alone.entry?.id === inContext.entry?.id && alone.score > inContext.score) resolved = alone;
        // ...so when such a part is read as every care manager's, it is read again with the rung in place of the people
        // ("what do they do all day" after a director's pay: what directors do).
        // It is asked so from here on, so the arbiter and the classifier read the rung too (as a rung's pay side is).
        let askedAs = part;
        if (pointsToRung && resolved.answered && !levelsByEntry.get(resolved.entry!.id)?.length) {
          const rungs = levelsOf(analyzer.analyse(parts[i - 1] ?? '', true));
          const withRung = part.replace(PEOPLE_REFERENCE, CAREER_LEVELS[rungs[0]!]!);
          const read = answerPart(withRung);
          if (read.answered && read.score >= opts.confidentScore - 0.02 && levelsByEntry.get(read.entry!.id)?.includes(rungs[0]!)) {
            resolved = read;
            askedAs = withRung;
          }
        }
        // A part that only points back ("and if so which one") is read with the thing the part before named in place
        // of its pointer ("which degree"), when neither reading placed it apart from the part before and that reading
        // is sure and asks something the part before did not ("how would I get into one": into a specialisation). A
        // part read as outside the guide stays declined.
        const unplaced = resolved.answered ? resolved.score < opts.confidentScore || resolved.entry?.id === before?.entry?.id : resolved.kind === 'no-match' || resolved.kind === 'ambiguous';
        // "what about certification?" after "do I need a licence": the question before, asked of the thing it names.
        const about = i > 0 ? aboutInPlace(part, parts[i - 1]!) : [];
        if (i > 0 && before) {
          let surest: Answer | null = null;
          for (const named of about.length > 0 ? about : namedInPlace(part, parts[i - 1]!)) {
            const read = answerPart(named);
            if (read.answered && read.score >= SURE_IN_PLACE && read.entry?.id !== before.entry?.id && read.score > (surest?.score ?? 0)) surest = read;
          }
          // A pointer to a thing the part before named ("is certification required and is it worth it") reads as that
          // thing, even when the part alone is a question people ask of the career ("is it worth it"), when the two
          // readings are things of one kind.
          if (surest && (unplaced || about.length > 0 || (surest.entry?.id !== resolved.entry?.id && ofOneKind(surest.entry, before.entry)))) {
            resolved = surest;
            askedAs = part;
          }
        }
        // Each side must be confidently its own question: a weak part is usually half of one question cut in two.
        if (resolved.score < opts.confidentScore - 0.02) break;
        sureOfEach &&= surelyClassified.has(resolved);
        answers.push({ ...resolved, question: askedAs });
      }
      if (answers.length < parts.length) continue;
      // Pay weighed between two rungs of the ladder ("senior care manager or director, which one pays more") is each
      // rung's pay: a side read as a rung's role is that rung's pay level, its sibling in the guide's pay levels.
      if (comparisons.includes(parts) && asksPay()) answers.forEach((answer, i) => (answers[i] = payOfRung(answer)));
      // Read alone, the two things are two rungs' pay levels, or two things the guide gives no pay for, which the plain
      // "no figure" reply then offers ("which one pays more, CCM or CMC?"); a thing with pay of its own was misread.
      if (bare.includes(parts) && !answers.every(isRungPay) && !answers.every(hasNoPay)) continue;
      // The two sides of a comparison are things of one kind: entries the guide relates, or that share a tag or a
      // related entry (two pay levels, two certifications, two specialisations), not "paid work" read as the pay.
      if (comparisons.includes(parts) && !ofOneKind(answers[0]?.entry, answers[1]?.entry)) continue;
      // ...while two topics that are one thing in two words ("roles and responsibilities") are one question.
      if (pairs.includes(parts) && whole.answered && whole.score >= opts.confidentScore && ofOneKind(answers[0]?.entry, answers[1]?.entry)) continue;
      // A message confidently read whole as one entry asks that entry in one of its parts: a split that answers
      // neither part with it has misread a part ("do I need a degree for this and if so which one").
      // Unless the classifier is sure of every part: two views then read each part alike, and the whole is a blend.
      if (!comparisons.includes(parts) && whole.answered && whole.score >= opts.confidentScore && !sureOfEach && !answers.some((a) => a.entry?.id === whole.entry?.id || (classifiedWhole() !== whole && a.entry?.id === classifiedWhole().entry?.id))) continue;
      const distinct = new Set(answers.filter((a) => a.answered).map((a) => a.entry!.id));
      if (distinct.size === answers.length) {
        const weakest = Math.min(...answers.map((a) => a.score));
        if (weakest > chosenScore) {
          chosen = comparisons.includes(parts) ? answers.map((answer) => ({ ...answer, compared: true })) : answers;
          chosenScore = weakest;
        }
      }
    }
    if (chosen) return chosen;
    // One part answered and one the guide does not cover ("how long does it take and how much is the exam fee"):
    // both come back, so the reply answers one and says plainly what it cannot answer.
    for (const parts of splits) {
      const answers = parts.map((part) => ({ ...answerPart(part), question: part }));
      const placed = answers.filter((a) => a.answered);
      const declined = answers.filter((a) => !a.answered && (a.kind === 'no-match' || a.kind === 'out-of-scope'));
      if (placed.length === 1 && placed[0]!.score >= opts.confidentScore && declined.length === answers.length - 1 && (!whole.answered || placed[0]!.entry!.id === whole.entry!.id)) {
        // ...unless the answered part comes after one the guide does not cover and points back to the thing it named:
        // "how many questions are on the CMC exam and how long is it" asks the exam's length, which the guide does not
        // give either. "They" points back to care managers ("... and how do they keep the case files"), and a part that
        // names the career ("how long does it take to become a care manager") asks about the career.
        const i = answers.indexOf(placed[0]!);
        const words = tokenise(normaliseText(parts[i] ?? ''));
        const namesCareer = careAnchors.matches(analyzer.analyseTokens(words, true)) || namesThisCareer(words);
        // Another job's part carries its job into the next one, unless that names this career: "how do i become a
        // crna and whats the pay" asks a nurse anaesthetist's pay. A terse part leans on the one before too ("does
        // kaiser hire care managers and whats their pay", "how many questions on the CCM exam and how long do u get").
        const declinedBefore = i > 0 ? answers[i - 1]!.declined : undefined;
        const leansOnBefore = words.length <= TERSE_PART_WORDS || (THING_REFERENCE.test(parts[i]!) && !answerPart(`${parts[i]} ${parts[i - 1]}`).answered);
        const asksAboutUncovered = !namesCareer && (declinedBefore === 'other-job' || ((declinedBefore === 'not-covered' || declinedBefore === 'no-figure') && leansOnBefore));
        if (asksAboutUncovered) return [whole.answered ? { ...answers[i - 1]!, question: bounded } : whole];
        return answers;
      }
    }
    return [whole];
  }

  /**
   * The nearest phrasings' reading of a text, as the engine reads it (spelled right, without the user's own job). When
   * a message tells a story and then asks, and its question read alone backs the engine's entry, the question's reading
   * stands: the story's words are many and would outvote it ("My supervisor keeps telling me to go for the CCM. ... Who
   * offers the CCM and what does it show?" is not about supervisors' pay).
   */
  function voteFor(text: string, entryId: string | undefined): PhrasingVote {
    const whole = voteOnText(text);
    const asked = askedPart(text);
    if (asked === text || entryId === undefined || wideLeader(whole) === entryId) return whole;
    // ...unless the question leans on the story for its subject ("is there a specialty for that?"): then the story counts.
    if (POINTS_BACK.test(asked.split(CLAUSE_BREAK)[0] ?? asked)) return whole;
    const question = voteOnText(asked);
    return wideLeader(question) === entryId ? question : whole;
  }

  function voteOnText(text: string): PhrasingVote {
    const words = tokenise(normaliseText(text));
    const { subject, background } = splitBackground(words, changerSlot(words, namesJob));
    return voteOn(spelledRight(background.length > 0 ? subject : words));
  }

  /**
   * A part as the arbiter reads it. The vote, the classifier and whether it points back are taken only when read: the
   * arbiter leaves declines and short messages alone without them. (A class: its getters are shared, where an object
   * written with getters makes them anew for every part.)
   */
  class PartReading implements Reading {
    readonly words: number;
    private voted: PhrasingVote | undefined;
    private read: Classified | undefined;
    private pointing: boolean | undefined;
    constructor(
      readonly answer: Answer,
      readonly part: number,
    ) {
      this.words = tokenise(normaliseText(answer.question)).length;
    }
    get pointsBack(): boolean {
      return (this.pointing ??= pointsBack(this.answer.question));
    }
    get vote(): PhrasingVote {
      return (this.voted ??= voteFor(this.answer.question, this.answer.entry?.id));
    }
    get classified(): Classified | undefined {
      return compiledClassifier ? (this.read ??= classifiedOf(this.answer.question)) : undefined;
    }
    get asksWordForWord(): boolean {
      const { question, entry } = this.answer;
      if (this.words <= POINTING_WORDS || !entry) return false;
      const asked = askedPart(question);
      // A sentence that points back ("what does that kind of care manager do?") is asked of the story.
      if (asked === question || BACK_REFERENCE.test(asked)) return false;
      const alone = answerOne(asked);
      return alone.answered && alone.entry?.id === entry.id && alone.score >= EXACT_PHRASING;
    }
    keepsEngineOver(phrasings: string): boolean {
      const own = this.answer.entry ? levelsByEntry.get(this.answer.entry.id) : undefined;
      if (!own?.length || levelsByEntry.get(phrasings)?.length) return false;
      const asked = levelsOf(analyzer.analyse(askedPart(this.answer.question), true));
      return asked.some((level) => own.includes(level));
    }
    keepsAskedOver(other: string): boolean {
      const id = this.answer.entry?.id;
      if (!id) return false;
      const asked = askedPart(this.answer.question);
      if (givesMoney.has(id) && !givesMoney.has(other) && PAY_ASKED.test(normaliseText(asked))) return true;
      const own = levelsByEntry.get(id);
      if (!own?.length || levelsByEntry.get(other)?.length) return false;
      return levelsOf(analyzer.analyse(asked, true)).length > 0;
    }
  }

  function readingOf(answer: Answer, part = 0): Reading {
    return new PartReading(answer, part);
  }

  // The rungs each entry's own question names ("What does a senior care manager do?"), for keepsEngineOver.
  const levelMatchers = CAREER_LEVELS.map((level) => createPhraseMatcher([analyzer.analyse(level, false)]));
  const levelsOf = (stems: readonly string[]) => levelMatchers.flatMap((matcher, level) => (matcher.matches(stems) ? [level] : []));
  const levelsByEntry = new Map(entries.map((entry) => [entry.id, levelsOf(analyzer.analyse(`${entry.question} ${entry.title}`, false))]));

  // Places by their first word, longest first: the countries by name (from the runtime's own region names), the
  // lexicon's states, provinces and short forms, and the guide's own country, which is no other place.
  const placesByFirst = new Map<string, Array<{ words: string[]; home: boolean }>>();
  const addPlace = (name: string, home: boolean) => {
    // "The Caribbean" is found as "caribbean": the article is read past, and a message with "the" names no place by it.
    const words = tokenise(normaliseText(name)).filter((word, i) => i > 0 || word !== 'the');
    if (words.length === 0) return;
    const list = placesByFirst.get(words[0]!) ?? [];
    const existing = list.find((place) => place.words.join(' ') === words.join(' '));
    if (existing) existing.home ||= home;
    else list.push({ words, home });
    list.sort((a, b) => b.words.length - a.words.length);
    placesByFirst.set(words[0]!, list);
  };
  for (const name of countryNames()) addPlace(name, false);
  // Cities by the runtime's time zone names ("Australia/Melbourne"), read after a place word only ("in melbourne"), and
  // not when the knowledge base uses every word of one ("center").
  const citiesByFirst = new Map<string, string[][]>();
  for (const name of cityNames()) {
    const words = tokenise(normaliseText(name));
    if (words.length === 0 || !words.some((word) => isUnknownWord(word))) continue;
    citiesByFirst.set(words[0]!, [...(citiesByFirst.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  for (const name of kb.lexicon.places) addPlace(name, false);
  for (const name of kb.lexicon.homePlaces) addPlace(name, true);

  const arbiter = model ? createArbiter(model, kb.faqById) : null;
  const arbitrate = (answer: Answer, part = 0): Answer => {
    const reading = readingOf(answer, part);
    return declinedByClassifier(withoutMissingFigure(placedByClassifier(arbiter ? arbiter.decide(reading) : answer, reading), reading), reading);
  };
  /**
   * A message the words could not place (a "did you mean", or a decline for too few known words, a weak match or a
   * likeness to messages to decline) that the classifier reads as one entry with most of its belief is that entry: the
   * words weigh every word of a long story alike, where the classifier learned which words tell the entries apart. The
   * entries the words offered stay offered beside it. A gate's decline (another job, a topic or figure the guide does
   * not cover, someone in the user's life) stands: those are facts about the question the classifier does not weigh.
   * The first part only (the classifier was fitted on first parts); a short message that points back leaves its
   * subject to the conversation.
   */
  function placedByClassifier(answer: Answer, reading: Reading): Answer {
    if (!classifier || answer.answered || (reading.part ?? 0) > 0 || typeof answer.question !== 'string') return answer;
    if ((answer.kind !== 'ambiguous' && !(answer.declined !== undefined && PLACEABLE_DECLINES.has(answer.declined))) || reading.pointsBack) return answer;
    const top = reading.classified?.top ?? null;
    const sure = top === null ? 0 : reading.classified!.probability(top);
    const entry = top === null ? undefined : kb.faqById.get(top);
    if (!entry || sure < opts.classifierPlaces) return answer;
    return { ...answer, kind: 'answer', answered: true, entry, score: sure, alternatives: answer.alternatives.filter((a) => a.id !== entry.id), declined: undefined };
  }
  /**
   * A message the words place only weakly (an answer or a "did you mean") that the classifier reads, with nearly all
   * of its belief, as one to decline is declined: the classifier learned the messages to decline as a class of their
   * own (other jobs, other subjects, topics the guide does not cover), which the words and the nearest phrasings only
   * see as a few shared words. The first part only, as the classifier was fitted on first parts; a short part that
   * points back leaves its subject to the conversation.
   */
  function declinedByClassifier(answer: Answer, reading: Reading): Answer {
    if (!classifier || (answer.kind !== 'answer' && answer.kind !== 'ambiguous') || (reading.part ?? 0) > 0 || reading.answer.score >= opts.declineBelow || reading.pointsBack) return answer;
    // One reading must be nearly sure: a message may lean on the conversation, which the classifier cannot see ("how long
    // is the masters" after a degree reads 0.93 to decline; "do u get paid extra for on call" after the working hours).
    // A message of over 6 words that tells a story around its question is read twice, whole and by the sentence that
    // asks, and two readings that agree decline on their majority: the story alone (an age, a town, the job the user does
    // now: "I'm 36, from Leeds, and I work twelve-hour shifts in a care home. What's the typical schedule for a care
    // manager?") reads like the messages to decline where the question does not.
    const normalised = normaliseText(answer.question);
    const words = tokenise(normalised);
    const whole = reading.classified?.probability(null) ?? 0;
    const asked = askedPart(answer.question);
    const story = reading.words > POINTING_WORDS && asked !== answer.question;
    if (whole < (story ? opts.declineSureLong : opts.declineSure)) return answer;
    // A sentence that asks of what the story names ("got an offer from Humana ... is their salary competitive") is no
    // question of its own: the whole message is its reading.
    if (story && !ASKED_OF_THE_STORY.test(asked) && classifiedOf(asked).probability(null) < opts.declineSureLong) return answer;
    // Three things the classifier cannot see, where the engine's own reading decides: another job asked for as this
    // career's requirement ("do i need to be a nurse" reads to it like a nurse's own question), a wish to work with the
    // people of a specialty after a story, and this career's title misspelled ("a car manger": it knows no such words).
    if (REQUIREMENT_QUESTION.test(normalised) || WORK_WISH.test(normalised) || (namesThisCareer(words) && !THIS_CAREER_TITLES.some((title) => normalised.includes(title)))) return answer;
    // Extra pay asked for a part of the work the words placed ("do u get paid extra for on call" after the working
    // hours): the classifier reads pay for something of its own as another job's; the reply says the guide gives none.
    if (answer.kind === 'answer' && PAID_EXTRA.test(normalised)) return answer;
    // The words' weak reading is no offer of what the guide says nearby: the plain reply, "not covered" about this career.
    const aboutCareer = careAnchors.matches(analyzer.analyseTokens(words, true)) || namesThisCareer(words);
    return { ...notAnswered(answer.question, aboutCareer ? 'no-match' : 'out-of-scope', aboutCareer ? 'not-covered' : 'like-declined-example'), score: answer.score };
  }

  // The figures each entry gives: counts (a number in digits or words) and sums of money.
  const givesCount = new Set(entries.filter((entry) => COUNT_IN_TEXT.test(entry.answer)).map((entry) => entry.id));
  const givesRoughCount = new Set(entries.filter((entry) => ROUGH_COUNT_IN_TEXT.test(entry.answer)).map((entry) => entry.id));
  const speaksOfPay = new Set(entries.filter((entry) => PAY_IN_TEXT.test(entry.answer)).map((entry) => entry.id));
  const givesMoney = new Set(entries.filter((entry) => MONEY_IN_TEXT.test(entry.answer)).map((entry) => entry.id));
  /**
   * Two things weighed on pay that the guide gives no pay for ("does the kids one pay more than the elderly one": the
   * specialisations name no pay): the sides are read without the weighing words, so the message as a whole is declined.
   */
  function withoutMissingPayFigure(message: string, parts: Answer[]): Answer[] {
    const answered = parts.filter((part) => part.answered && part.entry);
    // A rung of the ladder has its pay in the guide ("senior or director, which pays more"): a misread side, not a missing figure.
    // Two things read as a comparison are weighed on pay only where the guide gives a figure for them ("which one pays
    // more, CCM or CMC": the certifications speak of better pay, never of one paying more than the other).
    const compared = parts.some((part) => part.compared);
    if (parts.length < 2 || answered.length === 0 || !(WEIGHS_PAY.test(normaliseText(message)) || (compared && PAY_GAP.test(normaliseText(message)))) || answered.some((part) => givesPayElsewhere(part.entry!.id, compared))) return parts;
    // The things weighed are offered, then the guide's pay overview.
    const offers = [...answered.map((part) => part.entry!), ...(payEntry ? [payEntry] : [])].filter((entry, i, all) => all.findIndex((other) => other.id === entry.id) === i);
    return [{ ...notAnswered(message, 'no-match', 'no-figure'), alternatives: offers.slice(0, opts.maxAlternatives).map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  /** An answer that is a rung's pay level. */
  function isRungPay(answer: Answer): boolean {
    return answer.entry !== null && givesMoney.has(answer.entry.id) && (levelsByEntry.get(answer.entry.id)?.length ?? 0) > 0;
  }
  /** An answer whose entry gives no pay: no figure of money, no rung of the ladder. */
  function hasNoPay(answer: Answer): boolean {
    return answer.entry !== null && !givesMoney.has(answer.entry.id) && !levelsByEntry.get(answer.entry.id)?.length;
  }
  /** Whether the guide gives pay for an entry: a rung of the ladder, or (weighed as a comparison) a figure, else words on pay. */
  function givesPayElsewhere(id: string, compared: boolean): boolean {
    return (levelsByEntry.get(id)?.length ?? 0) > 0 || (compared ? givesMoney.has(id) : speaksOfPay.has(id));
  }
  /** A rung's pay level for an answer that is the rung's role (senior care manager: Senior pay); other answers as they are. */
  function payOfRung(answer: Answer): Answer {
    if (!answer.entry || givesMoney.has(answer.entry.id)) return answer;
    const rungs = levelsByEntry.get(answer.entry.id) ?? [];
    const pay = entries.find((entry) => givesMoney.has(entry.id) && levelsByEntry.get(entry.id)?.includes(rungs[0]!));
    if (rungs.length === 0 || !pay) return answer;
    // The side is asked as its pay from here on, so the arbiter and the classifier read it so too.
    return { ...answer, entry: pay, question: ASKS_FOR_PAY.test(normaliseText(answer.question)) ? answer.question : `${answer.question} pay` };
  }
  /** Parts the arbiter settled on one entry ask one thing: it is answered once, where first asked. */
  function onceEach(parts: Answer[]): Answer[] {
    if (parts.length < 2) return parts;
    const seen = new Set<string>();
    return parts.filter((part) => {
      if (!part.answered || !part.entry) return true;
      if (seen.has(part.entry.id)) return false;
      seen.add(part.entry.id);
      return true;
    });
  }
  /** The first entry with pay figures: the guide's pay overview. */
  const payEntry = entries.find((entry) => givesMoney.has(entry.id));
  /**
   * A question that asks for a figure its entry does not give ("how many patients on a caseload, like a number" is case
   * management, which gives no count; "how much does the online course cost" is the courses, which name no price) is
   * declined as not covered, with that entry offered as what the guide says nearby. "Several clients at once" answers
   * a plain "how many cases at once", not a typical or exact number.
   */
  function withoutMissingFigure(answer: Answer, reading?: Reading): Answer {
    if (answer.kind === 'ambiguous') return withoutMissingFigureOffered(answer);
    if (!answer.answered || !answer.entry || typeof answer.question !== 'string') return answer;
    const whole = normaliseText(answer.question);
    const asksDateOrPlace = ASKS_FOR_DATE.test(whole) || ASKS_WHERE_EXAMINED.test(whole);
    if (!ASKS_FOR_COUNT.test(whole) && !asksForPrice(whole) && !ASKS_FOR_PAY.test(whole) && !asksDateOrPlace) return answer;
    const asked = normaliseText(askedPart(answer.question));
    // A date or a place the entry does not give ("when is the next CCM exam", "where do i sit it"): not in the guide,
    // with that entry offered as what it says on the subject.
    if ((ASKS_FOR_DATE.test(asked) && !DATE_IN_TEXT.test(answer.entry.answer)) || ASKS_WHERE_EXAMINED.test(asked)) {
      return { ...notAnswered(answer.question, 'no-match', 'not-covered'), score: answer.score, alternatives: [{ id: answer.entry.id, title: answer.entry.title, score: answer.score }] };
    }
    const counted = ASKS_FOR_COUNT.exec(asked)?.[1];
    if (counted !== undefined && KINDS_COUNTED.test(counted)) return answer;
    // What is counted ("patients", "years") must be something the answer speaks of: how long it takes gives years, not patients.
    const unit = counted ? analyzer.analyse(counted, true) : [];
    const countsIt = unit.length === 0 || unit.some((stem) => answerBags[entryIndexById.get(answer.entry!.id) ?? -1]?.has(stem));
    // A figure asked of a thing another entry is about and this one never speaks of ("how many years before you have to
    // renew the ccm": renewal, not how long it takes to become one) is that thing's figure, which the guide does not give.
    const other = thingOfAnotherEntry(asked, answer, unit);
    const countMissing = counted !== undefined && (!countsIt || (!givesCount.has(answer.entry.id) && (ASKS_FOR_EXACT.test(asked) || !givesRoughCount.has(answer.entry.id))));
    const payMissing = ASKS_FOR_PAY.test(asked) && !speaksOfPay.has(answer.entry.id);
    if (!other && !countMissing && !payMissing && !(asksForPrice(asked) && !givesMoney.has(answer.entry.id))) return answer;
    // The entry is offered when it speaks of what was asked (the caseload is case management), not when it was a
    // misreading; pay the entry never speaks of gets the guide's pay figures instead.
    const about = other ?? (payMissing ? payEntry : countsIt ? answer.entry : undefined);
    const offered = about ? [{ id: about.id, title: about.title, score: answer.score }] : [];
    // The nearest phrasings' reading of the subject is offered too where it is another entry: the words and the phrasings
    // read "can i use my gi bill to pay for a care management degree" as the certifications and the degrees.
    const leader = about && reading ? wideLeader(reading.vote) : null;
    const nearby = leader === null || leader === about?.id ? undefined : kb.faqById.get(leader);
    if (nearby) offered.push({ id: nearby.id, title: nearby.title, score: reading!.vote.wideShares.get(nearby.id) ?? 0 });
    return { ...notAnswered(answer.question, 'no-match', 'no-figure'), score: answer.score, alternatives: offered };
  }

  /**
   * A "did you mean" for a price, a date or an exam's place that none of the offered entries gives ("can i use my gi bill
   * to pay for a care management degree"): not one of them answers it, so the guide's "no figure" (or "not covered")
   * reply stands, with the same entries offered as what it says nearby.
   */
  function withoutMissingFigureOffered(answer: Answer): Answer {
    if (typeof answer.question !== 'string' || answer.alternatives.length === 0) return answer;
    const asked = normaliseText(askedPart(answer.question));
    const offered = answer.alternatives.map((alternative) => kb.faqById.get(alternative.id)).filter((entry): entry is FaqEntry => entry !== undefined);
    const price = asksForPrice(asked) && offered.every((entry) => !givesMoney.has(entry.id));
    const dateOrPlace = (ASKS_FOR_DATE.test(asked) && offered.every((entry) => !DATE_IN_TEXT.test(entry.answer))) || ASKS_WHERE_EXAMINED.test(asked);
    if (!price && !dateOrPlace) return answer;
    return { ...notAnswered(answer.question, 'no-match', price ? 'no-figure' : 'not-covered'), score: answer.score, alternatives: answer.alternatives };
  }

  // What each entry is about, in the content's own words (its id, title and question), and for each of those stems the
  // entries it names: "certification-renewal" is about renewal.
  const subjectOwners = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const stem of new Set(analyzer.analyse(`${entry.id.replace(/-/g, ' ')} ${entry.title} ${entry.question}`, false))) subjectOwners.set(stem, [...(subjectOwners.get(stem) ?? []), index]);
  });
  /**
   * The entry a question's words name as its subject when the answered entry never speaks of them: a stem of at most
   * SUBJECT_SHARED entries' ids, titles and questions (a subject of its own, not "care" or "job"), that the answered
   * entry's questions and answer never use, and whose entry the engine offered beside the answer as a close candidate.
   */
  function thingOfAnotherEntry(asked: string, answer: Answer, unit: readonly string[]): FaqEntry | undefined {
    const entryIndex = entryIndexById.get(answer.entry?.id ?? '') ?? -1;
    if (entryIndex < 0) return undefined;
    const weighed = new Set(answer.alternatives.map((candidate) => entryIndexById.get(candidate.id) ?? -1));
    for (const stem of analyzer.analyse(asked, true)) {
      const owners = subjectOwners.get(stem);
      if (!owners || owners.length > SUBJECT_SHARED || unit.includes(stem) || owners.includes(entryIndex)) continue;
      if (questionBags[entryIndex]!.has(stem) || answerBags[entryIndex]!.has(stem)) continue;
      const owner = owners.find((index) => weighed.has(index));
      if (owner !== undefined) return entries[owner];
    }
    return undefined;
  }

  return {
    answer: (question) => (typeof question === 'string' ? arbitrate(answerMessage(question)) : answerMessage(question)),
    answerAll: (message) => (typeof message === 'string' ? withoutMissingPayFigure(message, onceEach(readParts(message).map((answer, part) => arbitrate(answer, part)))) : readParts(message)),
    readings: (message) => readParts(message).map((answer, part) => readingOf(answer, part)),
    termsOf,
  };
}

/** A word that names more entries' subjects than this is shared ground ("care", "job"), not one entry's subject. */
const SUBJECT_SHARED = 2;

/**
 * A text's reading, computed at most once per message (readings of one message share parts). Made by a function rather
 * than written as a named closure in the reading: tsx names every such closure as it is made, which costs more than
 * the look-up it saves.
 */
function readEachOnce(read: (text: string) => Answer): (text: string) => Answer {
  const done = new Map<string, Answer>();
  return (text) => {
    let result = done.get(text);
    if (!result) done.set(text, (result = read(text)));
    return result;
  };
}

/** A reading made only when first asked for, then kept (see readEachOnce). */
function readOnce<T extends NonNullable<unknown>>(read: () => T): () => T {
  let result: T | undefined;
  return () => (result ??= read());
}

/** Corrections already looked up are kept (a bounded few thousand): the classifier's terms and the words read each word again. */
/**
 * An everyday English word the knowledge base never uses stays itself rather than become the nearest word it does use:
 * "how do i get taller" is no question about a talker, "a felony" no "feloni", "keen to understand" no "keep", "for my
 * mom" no "mon", "can i lift patients" no "list". Read as the knowledge base's word, such a word made off-topic
 * messages from second-language writers and slang fragments look like questions the guide answers, and misread
 * questions it does answer ("how bad is the stress" as a band). Another form of the same word ("looks", "recognised")
 * still becomes the form the knowledge base uses.
 */
function keepingEverydayWords(corrector: SpellCorrector, everyday: ReadonlySet<string>): SpellCorrector {
  return {
    has: (token) => corrector.has(token),
    correct(token) {
      const corrected = corrector.correct(token);
      if (corrected === null || corrected === token || !everyday.has(token)) return corrected;
      return stemToken(corrected) === stemToken(token) ? corrected : token;
    },
  };
}

function rememberCorrections(corrector: SpellCorrector): SpellCorrector {
  const known = new Map<string, string | null>();
  return {
    has: (token) => corrector.has(token),
    correct(token) {
      let corrected = known.get(token);
      if (corrected === undefined) {
        corrected = corrector.correct(token);
        if (known.size >= REMEMBERED_CORRECTIONS) known.clear();
        known.set(token, corrected);
      }
      return corrected;
    },
  };
}
const REMEMBERED_CORRECTIONS = 5000;

/** Words with which a story's sentence that asks asks of what the story named: "their salary", "what are its hours". */
const ASKED_OF_THE_STORY = /\b(?:their|its)\b/i;

/** Up to this many words, a message that points back ("who offers it", "does it involve schools?") leans on what came before. */
const POINTING_WORDS = 6;

/**
 * "this job", "this career", "this line of work": in a bot about one career, the career itself, named, not a pointer to
 * something said before ("could i do this job" asks whether it suits them; "could i do that job" after a rung points back).
 */
const THIS_CAREER = /\bthis (?:job|jobs|career|work|role|field|profession|occupation|path|line of work|kind of work|type of work|sort of work)\b/g;

/** A short message that points back at something it does not name: its subject is in the conversation, not its words. */
function pointsBack(question: string): boolean {
  const normalised = normaliseText(question);
  return tokenise(normalised).length <= POINTING_WORDS && BACK_REFERENCE.test(normalised.replace(THIS_CAREER, ' '));
}

/** A count asked for ("how many clients", "every how many years"), not a count of kinds the guide lists ("how many types"). */
const ASKS_FOR_COUNT = /\bhow many\s+(?:more\s+|different\s+|extra\s+|of\s+(?:the\s+)?)?([a-z]+)/;
/** Kinds the guide lists rather than counts ("how many types of certification are there"). */
const KINDS_COUNTED = /^(?:kinds?|types?|sorts?|ways?|areas?|options?|steps?|paths?|routes?|fields?|specialt\w*|speciali[sz]\w*|certific\w*|certs?|roles?|levels?|things|skills?)$/;
/** A price asked for ("how much does it cost", "the exam fee", "cheapest course"). */
const ASKS_FOR_PRICE = /\bhow much (?:does|do|would|will|is|are|did|will)\b.*\bcosts?\b|\bwhat (?:does|do|would|will) (?:it|that|this|the \w+|an? \w+) cost\b|\bcost of\b|\b(?:fee|fees|price|prices|pricing)\b|\btuition (?:fee|fees|cost|costs)\b|\bcheapest\b|\bhow (?:expensive|pricey)\b|\bhow much (?:is|are|was|will be) (?:it|(?:the|that|this|a|an) (?:[a-z]+ ){0,2}(?:exam|exams|test|course|courses|degree|program|programme|certification|cert|membership|license|licence|masters|bachelors|training|renewal|application))\b|\b(?:expensive|cheap|cheaper|pricey|pricy|overpriced|affordable)\b|\bafford (?:the|a|an|it|this|that)\b|\b(?:i|you|u|we) (?:be |am |are )?(?:paying|spending|spend) (?:for|on)\b|\bset (?:me|you|u|us) back\b|\bhow much (?:money|cash) (?:do|would|will|should|does) (?:i|you|u|we|it|one) (?:need|have to|save|spend|take)\b|\bpa(?:y|ys|ying|id) for (?:a |an |the |my |your |their )?(?:[a-z]+ ){0,2}(?:degree|degrees|course|courses|exam|exams|test|masters|bachelors|training|certification|certifications|cert|certs|program|programs|programme|programmes|school|tuition|studies|study|uni|university|college|renewal|membership)\b|\b(?:scholarships?|bursary|bursaries|student (?:loan|loans|finance|debt)|financial aid|gi bill|fafsa|(?:grant|grants|funding|funded|sponsorship) (?:for|to (?:study|pay|cover)))\b/;
/**
 * A word or part of one that each form of ASKS_FOR_PRICE has (cost, fee, price, cheap, afford, pay, how much, spend,
 * back, scholarship, ...): testing it first spares most messages the long expression, about 2.5 us a test.
 */
const PRICE_CUE = /cost|fee|pric|tuition|cheap|expensive|how much|afford|spend|back|pay|paid|scholarship|bursar|student|financial aid|gi bill|fafsa|grant|fund|sponsorship/;

/** Whether a normalised text asks for a price (ASKS_FOR_PRICE). */
function asksForPrice(text: string): boolean {
  return PRICE_CUE.test(text) && ASKS_FOR_PRICE.test(text);
}

/** A date or a timetable asked for ("when is the next CCM exam", "what date is the exam", "how often is it held"). */
const ASKS_FOR_DATE = /\bwhen (?:is|are|does|do|will|can (?:i|you|u) (?:sit|take|do|book|apply))\b[^?.!]*\b(?:exam|exams|test|tests|deadline|deadlines|intake|intakes|sitting|sittings|window|application|applications|registration|enrolment|enrollment|term|semester)\b|\bwhat (?:date|dates|day|month)\b|\bdeadlines?\b|\bhow often (?:is|are|does|do) (?:the |it |they )?(?:[a-z]+ )?(?:exam|exams|test|tests|held|run|offered|sat)\b|\bnext (?:exam|test|sitting|intake|window)\b/;
/** Which body gives, runs or regulates something ("who gives it?", "who issues the licence"): a name is asked for. */
const ASKS_WHO_GIVES = /\bwho (?:gives|give|awards|award|issues|issue|offers|offer|runs|run|grants|grant|certifies|certify|regulates|regulate|hands out|oversees|accredits|licenses|licences)\b/;
/** A body named in an entry's answer: an acronym ("CCMC", "NACCM") or a name of three capitalised words ("Case Management Society"). */
const BODY_IN_TEXT = /\b[A-Z]{3,}\b|\b[A-Z][a-z]+ (?:(?:of|for|and) )?[A-Z][a-z]+ (?:(?:of|for|and) )?[A-Z][a-z]+/;

/**
 * A fact a follow-up asks of the entry it was resolved to that the entry does not hold, as its own text shows: a date
 * or an exam's place, or the body that gives or runs something (not covered: "who gives it?" after licensing, which
 * names no body), or a price (no figure). The engine holds its own answers to the same facts (`withoutMissingFigure`),
 * but not "who": read alone, "who runs it?" has no subject to hold it to.
 */
export function missingFact(question: string, entry: FaqEntry): 'no-figure' | 'not-covered' | null {
  const asked = normaliseText(askedPart(question));
  if ((ASKS_FOR_DATE.test(asked) && !DATE_IN_TEXT.test(entry.answer)) || ASKS_WHERE_EXAMINED.test(asked) || (ASKS_WHO_GIVES.test(asked) && !BODY_IN_TEXT.test(entry.answer))) return 'not-covered';
  if (asksForPrice(asked) && !MONEY_IN_TEXT.test(entry.answer)) return 'no-figure';
  return null;
}

/** A date in an entry's answer: a month, a year, or how often ("every 5 years", "each year"). */
const DATE_IN_TEXT = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:19|20)\d\d\b|\b(?:every|each) (?:\d+ |two |three |four |five |ten )?(?:year|years|month|months)\b|\bannually\b/i;
/** Where an exam is sat ("where do i sit the CCM exam", "exam centres"): the guide names no place for one. */
const ASKS_WHERE_EXAMINED = /\bwhere (?:do|can|would|will|should|does|is|are) (?:i|you|u|one|people|the (?:[a-z]+ )?(?:exam|exams|test|tests))(?: (?:sit|take|do|write|held|run))?\b[^?.!]*\b(?:exam|exams|test|tests|held)\b|\b(?:exam|test|testing) (?:centre|center|centres|centers|location|locations|venue|venues|site|sites)\b/;
/** A number in an entry's answer, in digits or words ("one" is mostly a pronoun: "each one is a case"). */
const COUNT_IN_TEXT = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen)\b/i;
/** A rough count in an entry's answer ("several clients at once"). */
const ROUGH_COUNT_IN_TEXT = /\b(?:several|a few|a handful|many|dozens|hundreds)\b/i;
/** A count asked for as a figure: typical, exact, a limit ("how many patients on a typical caseload, like a number"). */
const ASKS_FOR_EXACT = /\b(?:exact|exactly|typical|typically|usual|usually|average|normally|roughly|approximately|number|max|maximum|minimum|limit|legally|allowed)\b/;
/** Pay asked about ("does it pay more than the elderly one", "what would I make"), not paid work. */
const ASKS_FOR_PAY = /\b(?:pays?|paid|earns?|earning|makes?) (?:more|less|better|worse)\b(?! (?:sense|of|use|time|difference))|\b(?:salary|salaries|wages?|income)\b|\bhow much (?:do|does|would|will|could|can|did|might) [^?.!]*\b(?:earn|make|get paid|be paid|take home)\b|\bwhat (?:do|does|would|will|could|might) [^?.!]*\bearn\b|\b(?:better|best|well|higher|highest|lower) paid\b|\bpay (?:like|rate|rates|scale|band|bands)\b/;
/** Two things weighed on pay ("which pays more", "is X better paid than Y"). */
const WEIGHS_PAY = /\b(?:pays?|paid|earns?|makes?) (?:more|less|better|worse)\b(?! (?:sense|of|use|time|difference))|\b(?:better|worse|higher|lower) paid\b|\b(?:better|higher|lower) (?:pay|salary|wages)\b/;
/** Pay spoken of in an entry's answer. */
/** A word that asks for pay ("highest paying care manager job", "the salary"): an entry that gives a sum of money answers it. */
const PAY_ASKED = /\b(?:pay|pays|paying|paid|salary|salaries|wage|wages|earn|earns|earning|earnings|income|compensation)\b/;
const PAY_IN_TEXT = /[$£€]\s?\d|\b(?:pay|paid|earn|earns|salary|salaries|wage|wages|income)\b/i;
/** A sum of money in an entry's answer. */
const MONEY_IN_TEXT = /[$£€]\s?\d/;

/** How much more one thing pays than another ("how much more does the vp make"): pay weighed, for a comparison's sides. */
const PAY_GAP = /\bhow much (?:more|less|extra)\b[^?.!]*\b(?:earn|earns|make|makes|paid|pay|pays|get)\b/;

/** Question words and auxiliaries that open a second question after "and", "also" or "plus". */
const SECOND_QUESTION = /^(?:how|hows|what|whats|is|are|do|does|can|could|should|would|will|which|where|who|when|why)\b/i;

/** How many leading entries by the words an answer carries for the arbiter. */
const RANKED_KEPT = 4;

/** A candidate scoring at least this share of the minimum score is worth suggesting for an on-topic question. */
const SUGGESTION_SHARE = 0.6;

/** The share of the wider circle of nearest phrasings that makes their first entry a supported reading of a text. */
const SUPPORTED_SHARE = 0.2;

/**
 * A part that points back but reads alone as its own question this much more surely than with the part before is its
 * own question ("what do they earn" after "how's the job outlook": the pay, not the outlook again).
 */
const SURER_ALONE = 0.2;

/** A part matched this closely is a question people ask on its own, whatever it points back to ("is it stressful"). */
const EXACT_PHRASING = 0.99;

/** Words that point back to a thing the first question named ("and how long is it"), not to people. */
const THING_REFERENCE = /\b(?:it|its|that|this)\b/i;

/** A second part this short has no subject of its own ("whats the pay", "how long do u get"): it asks about the part before's. */
const TERSE_PART_WORDS = 5;

/** Words that point back to people ("what do they earn"). */
const PEOPLE_REFERENCE = /\b(?:they|them|their)\b/i;

/** Words that point back to something the first question named ("and what does it show", "what do they earn", "how long to get there"); not "there" that only says something exists ("will there be jobs"). */
const BACK_REFERENCE = /\b(?:it|its|they|them|their|that|this|those|these|one|ones|he|she)\b|(?<!\b(?:is|are|was|were|will|would|could|can|be) )\bthere\b(?! (?:is|are|was|were|be|will|would|going|an[y]|many|much|still|enough|lots|plenty|a lot)\b)/i;

/** A part read with a guessed word in place of its pointer must match this closely: the guess is not the user's words. */
const SURE_IN_PLACE = 0.9;

/** Declines for what the words could not read, which the classifier may place (see placedByClassifier); a gate's stand. */
const PLACEABLE_DECLINES: ReadonlySet<DeclineReason> = new Set(['unknown-words', 'weak-match', 'like-declined-example']);

/** Words a second question points back with, replaceable by the thing the first question named ("which one"). */
const POINTER_WORD = /\b(?:it|one)\b/i;

/** Words of a question that never name its thing (question words and everyday verbs): never what a pointer stands for. */
const NOT_A_THING = new Set(['whats', 'hows', 'where', 'when', 'do', 'does', 'need', 'needed', 'get', 'take', 'make', 'exactly']);

/**
 * A part read with its pointer word replaced by each word of substance in the part before, last first ("which one"
 * after "do I need a degree": "which degree"); none when the part points at nothing. The caller keeps the surest.
 */
export function namedInPlace(part: string, before: string): string[] {
  if (!POINTER_WORD.test(part)) return [];
  const words = before.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase());
  const things = [...new Set(words.filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !NOT_A_THING.has(word)))].reverse();
  return things.slice(0, MAX_THINGS).map((thing) => part.replace(POINTER_WORD, thing));
}

/** A part that asks the question before of another thing ("and what about certification?", "how about the CMC"). */
const WHAT_ABOUT = /^(?:(?:and|but|so|also)\s+)?(?:what|how)\s+about\s+(.+?)[?.!]*$/i;

/**
 * The part before with each of its words of substance (last first) in place of the thing a "what about X" part names:
 * "do I need a licence" + "what about certification" reads "do I need a certification". None for other parts.
 */
export function aboutInPlace(part: string, before: string): string[] {
  const thing = WHAT_ABOUT.exec(part.trim())?.[1]?.replace(/^(?:the|a|an)\s+/i, '');
  if (!thing) return [];
  const words = before.replace(/[?!.]+\s*$/, '').split(/\s+/);
  const at = words.map((word, i) => ({ word: word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''), i })).filter(({ word }) => word.length > 1 && !STOP_WORDS.has(word) && !NOT_A_THING.has(word));
  return at.reverse().slice(0, MAX_THINGS).map(({ i }) => [...words.slice(0, i), thing, ...words.slice(i + 1)].join(' '));
}

/** How many words of the part before are tried in place of a pointer (each costs one reading). */
const MAX_THINGS = 4;

/** What each split questionParts makes needs: a question mark before a space, a joining word, "&", a comma or a semicolon. */
const PART_JOINT = /\?\s|[&;,]|\b(?:and|also|plus|as well as|n)\b/i;

/**
 * The ways a message may hold two questions: split at a question mark with more after it, or at "and", "also",
 * "plus" or a semicolon that opens another question ("how long does it take and is it stressful").
 */
export function questionParts(message: string): string[][] {
  const readings: string[][] = [];
  // Every split below needs a question mark before a space, a joining word, "&", a comma or a semicolon: most messages have none.
  if (!PART_JOINT.test(message)) return readings;
  const sentences = message.split(/(?<=\?)\s+/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (sentences.length === 2 && sentences.every((s) => asksSomething(s))) readings.push(sentences);
  // "n" and "&" are how many people type "and" in chat ("how long does it take n how much do u make").
  // A comma joins two questions when a question word follows it ("how long does it take, is it stressful").
  const joint = /\s*(?:[,;]\s*)?(?:\b(?:and also|and then|and|also|plus|as well as|n)\b|&)\s+|\s*;\s*|\s*,\s*(?=(?:how|hows|what|whats|is|are|do|does|can|could|should|would|will|which|where|who|when|why)\b)/gi;
  for (const match of message.matchAll(joint)) {
    const head = message.slice(0, match.index).trim();
    const tail = message.slice(match.index + match[0].length).trim();
    if (head.split(/\s+/).length < 2 || tail.split(/\s+/).length < 2) continue;
    // "and if so which one", "and if not, which degree": the condition is the first question's answer, the rest is the question.
    const asked = tail.replace(/^if (?:so|not|yes|no|it is|it isn'?t|i do|i don'?t)\b,?\s*/i, '');
    if (asked.split(/\s+/).length < 2 || !SECOND_QUESTION.test(asked) || !asksSomething(head)) continue;
    readings.push([head, asked]);
  }
  return readings;
}

/** Each side of a terse pair of topics ("hours and pay?") has at most this many words. */
const TERSE_TOPIC_WORDS = 3;

/**
 * Two topics named tersely and joined by "and" ("good prospects and decent pay?", "hours and pay?"): a reading as two
 * questions when neither side is a question of its own (those are questionParts').
 */
export function topicPairs(message: string): string[][] {
  if (!/\s(?:and|&|n|plus)\s/i.test(message)) return [];
  const text = message.trim();
  const and = /\s+(?:and|&|n|plus)\s+/gi;
  const matches = [...text.matchAll(and)];
  if (matches.length !== 1) return [];
  const head = text.slice(0, matches[0]!.index).trim();
  const tail = text.slice(matches[0]!.index! + matches[0]![0].length).trim();
  const sizes = [head, tail].map((side) => side.split(/\s+/).length);
  if (sizes.some((size) => size > TERSE_TOPIC_WORDS) || /[,;]/.test(text) || [head, tail].some((side) => SECOND_QUESTION.test(side))) return [];
  return [[head, tail]];
}

/**
 * A closing clause that only asks for the comparison itself ("ccm vs cmc, what's the difference"); one that names what
 * both sides are compared on stays ("senior vs director, what's the difference in pay").
 */
const COMPARISON_TALK =
  /(?:\s*[,:;-]\s*|\s+)(?:(?:so |and |but )?(?:what(?:'s|s| is| are)? (?:the )?(?:main |real |actual |big |key )?(?:difference|differences|diff)|how (?:do|does) (?:they|it|these|those|the two) (?:differ|compare)|what changes|how big is the (?:jump|gap|difference)|how do they stack up)|(?:the )?(?:difference|differences|diff))(?:\s+(?:between (?:them|the two|those|these|both)|in (?:the |a |an )?(?:actual |day to day )?(?:[a-z']+ ){0,3}(?:job|role|work)|exactly|really))?\s*$/i;

/**
 * A comparison ("senior vs director pay", "difference between the CCM and the CMC") read as its two sides, each with
 * the words the two share: every split of the words around "vs" is a reading, and the engine keeps the one whose two
 * sides it answers best with two different entries.
 */
export function comparisonReadings(message: string, distinctThings?: (a: string, b: string) => boolean, bare = false): string[][] {
  // What a comparison asks of its two sides ("what's the difference", "how big is the jump") is said by answering both.
  const talk = message.replace(/[?!.]+\s*$/, '').replace(COMPARISON_TALK, '');
  const text = talk.replace(ASKER_CONTEXT, '');
  // Each form below ("than", "between", "vs", "or", "different from", "the same as") has one of these words.
  if (!COMPARISON_CUE.test(text) || text.split(/\s+/).length > MAX_COMPARISON_WORDS) return [];
  const form = weighingForm(text, message, distinctThings);
  if (!form) return [];
  const { lead, before, after } = form;
  if (form.weighed) {
    // "is a senior paid more than a junior": the two sides without the words that weigh them ("more"); what those words
    // name for both ("better paid": paid) is read first with each side, then left out.
    const weighed = form.weighed.filter((word) => !COMPARING_WORDS.has(word.toLowerCase()) && !COMPARATIVE.test(word) && !STOP_WORDS.has(word.toLowerCase()));
    return [...(weighed.length > 0 ? sideReadings(lead, before, after, weighed, bare) : []), ...sideReadings(lead, before, after, [], bare)];
  }
  // A closing clause that asks about the two ("geriatric or chronic disease, which fits a CNA better", "CCM vs CMC
  // which one is better") is the comparison itself: the sides are read first with only what it names that both
  // share ("how big is the pay gap": pay), then without it, then with it whole. Readings that score the same keep
  // that order.
  const clause = after.findIndex((word, i) => i > 0 && (/,$/.test(after[i - 1]!) ? CLAUSE_OPENER : CHOICE_OPENER).test(word));
  const readings: string[][] = [];
  if (clause > 0) {
    const sides = after.slice(0, clause).map((word, i) => (i === clause - 1 ? word.replace(/,$/, '') : word));
    const shared = after.slice(clause).filter((word) => !STOP_WORDS.has(word.toLowerCase()) && !COMPARING_WORDS.has(word.toLowerCase()) && !CLAUSE_OPENER.test(word));
    if (shared.length > 0) readings.push(...sideReadings(lead, before, sides, shared, bare));
    readings.push(...sideReadings(lead, before, sides, [], bare));
  }
  readings.push(...sideReadings(lead, before, after, [], bare));
  return readings;
}

/**
 * Verbs that only say a thing is got or gone into ("harder to get than", "easier to get into than", "tougher to pass than"):
 * they weigh the two sides on nothing of their own. A verb that names a topic ("easier to renew than") is not one, and
 * its message stays the topic's question.
 */
const GETTING_VERB = String.raw`(?:get|gain|obtain|earn|achieve|attain|pass|land|secure|complete|finish|qualify|become|break|do|start|enter|join|reach|move|switch|go|work|speciali[sz]e|train|study)`;

/**
 * "than" after the words that weigh two things ("paid more than", "more intense than", "better paid than", "harder
 * than"); not "other than" or "rather than", nor than a number ("more than 2 years" weighs no two things).
 */
const THAN = new RegExp(String.raw`\s+((?:(?:much|far|way|a lot|a bit|even) )?(?:(?:more|less|better|worse) (?!to\b)[a-z'-]+|[a-z'-]+ (?:more|less)|more|less|better|worse|(?!(?:other|rather|either|neither|whether|never|ever|over|under|after|together|however|whatever|prefer)\b)[a-z'-]{3,}er))(?:\s+to\s+${GETTING_VERB}(?:\s+(?:into|in|through|for|on|in to))?)?\s+than\s+(?!\d|one\b|a year\b|a couple\b|a few\b)`, 'i');

/** The words of a comparison in their places: before and after what sets them against each other, and any lead ("what is the"). */
interface WeighingForm {
  lead: string[];
  before: string[];
  after: string[];
  /** The words that weigh the two in a "than" comparison ("better paid" in "is a senior better paid than a junior"). */
  weighed?: string[];
}

/**
 * Where a comparison sets two things against each other, in any of its forms: "X harder (to get) than Y", "the difference
 * between X and Y", "X vs Y", "X compared to Y", "X or Y" (a bare "or" only when the message weighs, or opens with two
 * things `distinctThings` tells apart). `message` is the text as sent, for the words that say a bare "or" weighs.
 */
function weighingForm(text: string, message: string, distinctThings?: (a: string, b: string) => boolean): WeighingForm | null {
  const words = (part: string) => part.split(/\s+/).filter(Boolean);
  const between = /\b(?:difference|differences|compare|comparing|comparison)\s+(?:between|of)?\s*(.+?)\s+(?:and|&|with|to)\s+(.+)$/i.exec(text);
  const than = THAN.exec(text);
  if (than && !between) {
    const [before, after] = [words(text.slice(0, than.index)), words(text.slice(than.index + than[0].length))];
    return before.length === 0 || after.length === 0 ? null : { lead: [], before, after, weighed: words(than[1]!) };
  }
  if (between) return { lead: words(text.slice(0, between.index)), before: words(between[1]!), after: words(between[2]!) };
  const versus = VERSUS.exec(text);
  if (!versus) return null;
  if (/\bor\b/i.test(versus[0]) && !/\b(?:which|better|best|more|less|difference|compare|pay more|harder|easier)\b/i.test(message) && !opensWithTwoThings(text, versus, distinctThings)) return null;
  return { lead: [], before: words(text.slice(0, versus.index)), after: words(text.slice(versus.index + versus[0].length)) };
}

/**
 * The two halves of a message that weighs one thing against another, as the engine's comparison readings split it ("is
 * the cmc harder to get than the ccm": "is the cmc" and "the ccm"; "geriatric or psychiatric, which suits me":
 * "geriatric" and "psychiatric, which suits me"); null when it weighs nothing.
 */
export function weighedSides(message: string, distinctThings?: (a: string, b: string) => boolean): [string, string] | null {
  const text = message.replace(/[?!.]+\s*$/, '').replace(COMPARISON_TALK, '').replace(ASKER_CONTEXT, '');
  if (!COMPARISON_CUE.test(text)) return null;
  const form = weighingForm(text, message, distinctThings);
  return form && form.before.length > 0 && form.after.length > 0 ? [[...form.lead, ...form.before].join(' '), form.after.join(' ')] : null;
}

/** What a "than" comparison weighs the first thing against ("a junior" in "is a senior paid more than a junior"), if it is one. */
export function thanSide(message: string): string | null {
  if (!/\sthan\s/i.test(message)) return null;
  const than = THAN.exec(message.replace(/[?!.]+\s*$/, ''));
  return than ? message.slice(than.index + than[0].length).replace(/[?!.]+\s*$/, '') : null;
}

/** A comparative adjective or adverb ("harder", "higher", "easier"): weighs, names nothing. */
const COMPARATIVE = /^(?:[a-z'-]{3,}(?:ier|er)|more|less|better|worse|much|far|way)$/i;

/**
 * A bare "or" sets two things against each other only when the message opens with the first ("CCM or CMC for someone
 * coming from nursing?") and the content tells the two apart (`distinctThings`); elsewhere "or" joins two answers to
 * one question ("required or optional", "or nah", "do I need a degree or is experience enough").
 */
function opensWithTwoThings(text: string, versus: RegExpExecArray, distinctThings?: (a: string, b: string) => boolean): boolean {
  const before = text.slice(0, versus.index);
  return before.split(/\s+/).filter(Boolean).length <= MAX_SIDE_WORDS && distinctThings !== undefined && distinctThings(lastWord(before), firstWord(text.slice(versus.index + versus[0].length)));
}

const lastWord = (text: string): string => text.trim().split(/\s+/).pop()?.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '') ?? '';
const firstWord = (text: string): string => text.trim().replace(/^(?:the|a|an)\s+/i, '').split(/\s+/)[0]?.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '') ?? '';

/** Who asks, after the two sides ("CCM or CMC for someone coming from nursing", "... for a former teacher"): not a side. */
const ASKER_CONTEXT = /,?\s+(?:for|as)\s+(?:me|someone|somebody|anyone|people|a|an|my)\b(?![^,]*\b(?:care|case) manag)[^,]*$/i;

/**
 * A clause opener that needs no comma before it to start a clause about the two ("CCM vs CMC which one is better",
 * "senior vs director what changes", "care planning vs case management arent they the same").
 */
const CHOICE_OPENER = /^(?:which|what|whats|what's|how|hows|how's|are|arent|aren't|is|isnt|isn't)\b/i;

/** A word every comparison form (THAN, VERSUS, "difference between") has. */
const COMPARISON_CUE = /\b(?:than|vs|v|versus|or|same|differ\w*|compar\w*)\b/i;

/**
 * The words that set two sides against each other ("senior vs director", "nursing or social work", "how does X compare
 * to Y", "how is X different from Y", "is X the same thing as Y").
 */
const VERSUS = /\s+(?:vs\.?|v\.?|versus|compared? (?:to|with)|compares (?:to|with)|(?:(?:very|really|much|that|so|an[y]) )?different (?:from|to|than)|differs? (?:from|to)|the same (?:thing |job |role )?as|or)\s+/i;

/** A clause after the second side that asks about the two rather than naming more of the second ("..., which suits me"). */
const CLAUSE_OPENER = /^(?:which|who|whos|who's|are|is|what|whats|what's|how|hows|how's|does|do|aren't|arent|isnt|isn't|same)\b/i;

/** Words that weigh two things against each other and name neither ("how big is the gap", "which suits me better"). */
const COMPARING_WORDS = new Set(
  'big bigger gap jump difference differences differ different similar same better best worse more less most least suit suits suited fit fits change changes count counts matter matters each pick choose go option options worth main real actually really overall balance'.split(' '),
);

/** How many words a side may have, besides all the words on its side of the connector: the things compared are short ("chronic disease"). */
const MAX_SIDE_WORDS = 3;

/** The lengths a side of `words` may take: one to MAX_SIDE_WORDS, and all of them ("senior care manager responsibilities"). */
const sideLengths = (words: readonly string[]): number[] => [...new Set([...Array.from({ length: Math.min(MAX_SIDE_WORDS, words.length) }, (_, i) => i + 1), ...(words.length <= MAX_WHOLE_SIDE_WORDS ? [words.length] : [])])];

/** A side may be all the words on its side of the connector up to this many; past it, that side is a story, not a thing. */
const MAX_WHOLE_SIDE_WORDS = 6;

/** A message this long is a story that may weigh things ("... or is it more than that?"), not a comparison of two. */
const MAX_COMPARISON_WORDS = 24;

/**
 * Every reading of "before vs after" as two sides: the first side is the end of what comes before (or its start, when
 * the shared words follow it: "director of care management vs VP"), the second the start of what follows, each read
 * with the words the two share (and `shared`, words a closing clause names for both). A side must name something (not
 * only "the" or "a").
 */
function sideReadings(lead: readonly string[], before: readonly string[], after: readonly string[], shared: readonly string[] = [], bare = false): string[][] {
  if (bare) return bareSideReadings(before, after, shared);
  const readings: string[][] = [];
  for (const right of sideLengths(after)) {
    const sideB = after.slice(0, right);
    if (!names(sideB)) continue;
    const tail = [...after.slice(right), ...shared];
    for (const left of sideLengths(before)) {
      const ends = [before.length - left, ...(left < before.length ? [0] : [])];
      for (const at of ends) {
        const sideA = before.slice(at, at + left);
        if (!names(sideA) || (at > 0 && givesTheSource(before, at))) continue;
        const other = [...before.slice(0, at), ...sideB, ...before.slice(at + left)];
        readings.push([[...lead, ...before, ...tail].join(' '), [...lead, ...other, ...tail].join(' ')]);
      }
    }
  }
  return readings;
}

/** Who gives or awards a thing ("the CCM from the CCMC", "the CMC by NACCM"): what follows names its source, not a side. */
const SOURCE_PREPOSITION = /^(?:from|by|through|thru|via)$/i;

/**
 * Whether the words of `before` from `at` on say where the thing before them comes from ("is the ccm from the ccmc harder
 * than ...": "the ccmc" and "from the ccmc" are the CCM's source, not the first thing weighed).
 */
function givesTheSource(before: readonly string[], at: number): boolean {
  let i = SOURCE_PREPOSITION.test(before[at]!) ? at : at - 1;
  while (i >= 0 && i < at && /^(?:the|a|an)$/i.test(before[i]!)) i--;
  if (i < 1 || !SOURCE_PREPOSITION.test(before[i]!)) return false;
  // ...after a thing, not after a move ("coming from nursing", "moving from social work", "get in through volunteering"):
  // there it is a route, which is a side.
  const thing = before[i - 1]!;
  return !/(?:ing|ed)$/i.test(thing) && !MOVING_VERB.test(thing) && !STOP_WORDS.has(thing.toLowerCase());
}

/** Verbs of coming into the career by a route ("come from nursing", "switch from retail", "get in through volunteering"). */
const MOVING_VERB = /^(?:come|comes|came|go|goes|went|get|gets|got|in|into|move|moves|switch|switches|change|changes|transfer|transfers|transition|transitions|start|starts|apply|applies|qualify|qualifies|train|trains|retrain|retrains)$/i;

/** Whether words name something (not only "the" or "a"). */
const names = (words: readonly string[]): boolean => words.some((word) => !STOP_WORDS.has(word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '')));

/**
 * The two things alone, without the question they close ("which pays better, senior or director": "senior" and
 * "director"), each with the words after the second: the first side is the end of what comes before.
 */
function bareSideReadings(before: readonly string[], after: readonly string[], shared: readonly string[]): string[][] {
  const readings: string[][] = [];
  for (const right of sideLengths(after)) {
    const sideB = after.slice(0, right);
    const tail = [...after.slice(right), ...shared];
    for (const left of sideLengths(before).filter((length) => length < before.length)) {
      const sideA = before.slice(before.length - left);
      if (names(sideA) && names(sideB)) readings.push([[...sideA, ...tail].join(' '), [...sideB, ...tail].join(' ')]);
    }
  }
  return readings;
}

/** A word that points outside the sentence, when it comes before the sentence names anything ("is there a course for that"). */
const POINTS_BACK = /\b(?:it|its|that|this|those|these|one|them|they|he|she|her|his)\b/i;
/** Where a question's first clause ends ("who offers the CCM | and what does it show"). */
const CLAUSE_BREAK = /,|\band\b|\bor\b/i;

/** What every split `sentencesOf` makes needs (a mark or a line break, a dash between spaces, a comma or semicolon before a clause). */
const SENTENCE_BREAK = /[.?!]\s|\n|\s-\s|[,;]\s/;

/** A message's sentences (and a leading clause that only tells, split from its question), each marked if it asks. */
function sentencesOf(text: string): Array<{ text: string; asks: boolean }> {
  return text
    .split(/(?<=[.?!])\s+|\n+|\s+-\s+/)
    .flatMap(splitLeadingContext)
    .map((sentence) => ({ text: sentence, asks: asksSomething(sentence) }));
}

/** What a message asks, without the sentences that only tell: the whole text when it does not mix the two. */
function askedPart(text: string): string {
  // No break between sentences and no comma or semicolon before a clause: one sentence, nothing to leave out.
  if (!SENTENCE_BREAK.test(text)) return text;
  const sentences = sentencesOf(text.slice(0, MAX_QUESTION_CHARS * 2));
  const asked = sentences.filter((sentence) => sentence.asks);
  return asked.length > 0 && asked.length < sentences.length ? asked.map((sentence) => sentence.text).join(' ') : text;
}

/** A clause that only tells, then a comma and a question, is context and question ("I'm a social worker with 3 years experience, what should I do next?"). */
function splitLeadingContext(sentence: string): string[] {
  const comma = /[,;]\s+(?=(?:what|how|can|should|could|would|which|where|is|are|do|does)\b)/i.exec(sentence);
  if (!comma) return [sentence];
  const head = sentence.slice(0, comma.index);
  return asksSomething(head) ? [sentence] : [head, sentence.slice(comma.index + comma[0].length)];
}

/** A sentence asks when it ends in a question mark or opens with a question word; a lead-in word does not stop it ("Roughly what do care managers earn"). */
function asksSomething(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || /^\s*((so|and|but|ok|okay|also|roughly|honestly|basically|realistically),?\s+)?(what|whats|how|hows|is|are|can|do|does|should|would|which|where|who|why|will)\b/i.test(sentence);
}

/** Content is normalised sentence by sentence: normaliseText keeps only a question-sized prefix of what it is given. */
function contentTokens(text: string): string[] {
  return text.split(/\n+|(?<=[.!?;:])\s+/).flatMap((piece) => tokenise(normaliseText(piece)));
}

/** A word the dictionary does not know of this many letters or more names a thing: chat slang is short ("enuf", "tryna"). */
const LONG_NAME = 10;

/** A word the dictionary does not know of this many letters or more, found inside one of its words, is a word cut in two. */
const CUT_WORD = 7;

/** The classifier's belief in declining from which a message with a name the guide never mentions is declined. */
const NAMED_DECLINE = 0.5;

/** The size of the bit table of letter runs (a run marks one bit, found by its hash; two runs may share one). */
const RUN_TABLE_BITS = 1 << 23;

/** The hash of the CUT_WORD letters of `text` from `start`, as a bit of the run table. */
function runBit(text: string, start: number): number {
  let hash = 0;
  for (let i = start; i < start + CUT_WORD; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0) & (RUN_TABLE_BITS - 1);
}

/** A bit table of every run of CUT_WORD letters in `words`: a run whose bit is clear is in none of them. */
function runsOf(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(RUN_TABLE_BITS / 8);
  for (const word of words) {
    for (let start = 0; start + CUT_WORD <= word.length; start++) {
      const bit = runBit(word, start);
      table[bit >>> 3]! |= 1 << (bit & 7);
    }
  }
  return table;
}

/** Whether the run of CUT_WORD letters of `word` from `start` may be in the words of `table` (never wrong when not). */
function hasRun(table: Uint8Array, word: string, start: number): boolean {
  const bit = runBit(word, start);
  return (table[bit >>> 3]! & (1 << (bit & 7))) !== 0;
}

/** Whether a word is one typo (a letter left out, added, changed, or two swapped) from a word of `words`. */
function oneEditFrom(word: string, words: ReadonlySet<string>): boolean {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0 && words.has(head + tail.slice(1))) return true;
    if (tail.length > 1 && words.has(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of letters) {
      if (tail.length > 0 && letter !== tail[0] && words.has(head + letter + tail.slice(1))) return true;
      if (words.has(head + letter + tail)) return true;
    }
  }
  return false;
}

/** An answer that answers nothing: declined (with why) or empty. */
function notAnswered(question: string, kind: AnswerKind, declined?: DeclineReason): Answer {
  return { question, kind, answered: false, entry: null, score: 0, alternatives: [], ...(declined ? { declined } : {}) };
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
