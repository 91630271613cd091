import type { CareerStep } from '../../../knowledge/schema';
import { asksSomething } from './clauses';
import { containsWords, looksLikeQuestion, normalise, readNumber, stem, words } from './textMatch';
import { groupAction, isThankedAcknowledgement, withoutPoliteWords, type GroupAction } from './vocabulary';

/** What a message means while walking the career steps; null when it is not navigation (then it is a question). */
export type StepCommand =
  | { kind: 'next' }
  | { kind: 'back' }
  | { kind: 'goto'; step: number }
  | { kind: 'repeat' }
  | { kind: 'restart' }
  | { kind: 'stop' }
  | { kind: 'continue' }
  /** "list the steps": all ten at a glance, then the same step. */
  | { kind: 'overview' }
  /** "go to step 12": a number, but not one of the steps. */
  | { kind: 'outOfRange'; number: number }
  /** "skip to the astronaut step": a request to move, to a step we cannot find. */
  | { kind: 'unknownStep'; wanted: string };

/** The walk's moves for each word group (vocabulary.ts), in the walk. */
const WALK_MOVES: Partial<Record<GroupAction, StepCommand>> = Object.freeze({
  next: { kind: 'next' },
  back: { kind: 'back' },
  repeat: { kind: 'repeat' },
  restart: { kind: 'restart' },
  stop: { kind: 'stop' },
  continue: { kind: 'continue' },
  overview: { kind: 'overview' },
});

/** Ways back to the first step that name it ("first step", "back to step one"): the walk's restart. */
const FIRST_STEP = /^(?:first step|the first step|back to step (?:one|1))$/;
/**
 * In the walk, "and after that?", "what comes next?", "and then?": the step after this one (at the root, "after that" is
 * a rung up the ladder).
 */
const AFTER_THIS_STEP = /^(?:and )?(?:then )?(?:what(?: is| comes| happens)? )?(?:after (?:that|this)|next)(?: then)?$|^(?:and )?then(?: what)?$|^what then$/;
/** Arrows on a keyboard button or typed: next and back. */
const ARROWS = /^\s*(?:(>>?)|(<<?))\s*$/;

const MOVE_VERB = '(?:go|jump|skip|move|take me|bring me|show me|show|open|get me|head|continue|resume|back|go back|return)';
const TO_STEP_NUMBER = new RegExp(`^(?:${MOVE_VERB}(?: back| ahead| forward| straight)?(?: to| at| on)?(?: the)? )?(?:step|stage|number|no)\\s*(\\S+)$`);
const BARE_NUMBER = /^(\d{1,2})$/;
/** "what's step 5", "tell me about step five", "what was step 5 again": a question, but only about where to go. */
const ASK_STEP_NUMBER = /^(?:what(?: is| was| does| did| about)?|how about|tell me(?: more)? about|remind me(?: of| about)?|explain|describe)(?: the)? (?:step|stage) (\S+)(?: about| say| said| involve| mean)?$/;
/** "what's the fifth step", "what is the last step", "the 3rd step". */
const ORDINAL_STEP = /^(?:(?:what(?: is| was| about)?|remind me(?: of| about)?|how about|tell me(?: more)? about|explain|describe|show me|go to|skip to|jump to|take me to) )?(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d{1,2}(?:st|nd|rd|th)) (?:step|stage)$/;
const TO_NAMED_STEP = new RegExp(`^${MOVE_VERB}(?: back| ahead| forward| straight)?(?: to| at| on)(?: the)? (.+?)(?: step| stage| part| section| bit)?$`);
const NAMED_STEP = /^(?:the )?(.+?) (?:step|stage)$/;
/** Where to begin the walk: "start from the certification one", "begin at step 5", "start with the job bit". */
const START_AT = /^(?:(?:but|and|so|then|please|can we|could we|can you|could you|let s|lets|let us|i want to|i d like to|i would like to)\s+)*(?:start|begin|starting|beginning|start off|pick up)(?: (?:it|them|the walk|the steps|off))? (?:from|at|with|on) (?:the )?(.+?)(?: (step|stage|part|section|bit|one))?$/;
/** Said again, with what was asked before: "i said start from ...", "no, i meant ...". */
const SAID_AGAIN = /^(?:(?:no|nah|but|i said|i meant|i mean|like i said|as i said|i asked (?:you )?to)\s+)+/;

const STOPWORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'and', 'or', 'for', 'your', 'my', 'care', 'manager', 'step', 'area', 'level', 'higher', 'relevant'].map(stem));

/**
 * What may open a move asked for as a question or with a second thought: "actually can I skip to ...", "wait, could we
 * go back to ...", "hmm may I jump to ...". The move after it is the move.
 */
const ASKED_LEAD_IN = /^(?:(?:actually|wait|hmm+|oh|um+|uh+|so|ok|okay|right|can i|could i|may i|can we|could we|can you|could you|i d like to|id like to|i would like to|i want to|i wanna|let me|lets|let s)\s+)+/;

/** A step said as one: asked as a question ("can I go back to my job?"), only a step named so is a move. */
const SAID_AS_A_STEP = /\b(?:step|stage|part|section|bit|one)\b/;

/** Going back to one's own day: "back to studying", "back to work", "back to bed", "back to my shift". */
const BACK_TO_ONES_DAY = /\bback to (?:\w+ing|work|bed|sleep|class|classes|my|reality|real life|the grind|the books)\b/;

/** Said again after a move: "back again", "next once more". */
const AGAIN_AFTER = /\s+(?:again|once more|one more time)$/;

/**
 * Reads a navigation command from free text or a button, as the walk understands it; null when the text is something
 * else (a question). `explicitOnly` keeps to commands that name a step ("step 5", "the certification step"), which is
 * all a step question means with no walk running.
 */
export function parseStepCommand(text: string, steps: readonly CareerStep[], explicitOnly = false): StepCommand | null {
  const arrow = ARROWS.exec(text);
  if (arrow && !explicitOnly) return arrow[1] ? { kind: 'next' } : { kind: 'back' };
  const t = withoutPoliteWords(withoutPoliteWords(normalise(text)));
  if (!t || isThankedAcknowledgement(text)) return null;
  if (!explicitOnly) {
    // A move said again ("back again", "next once more") is the move.
    const move = groupAction(t, 'walk') ?? groupAction(t.replace(AGAIN_AFTER, ''), 'walk');
    const known = move ? WALK_MOVES[move.action] : undefined;
    if (known) return known;
    if (FIRST_STEP.test(t)) return { kind: 'restart' };
    if (AFTER_THIS_STEP.test(t) || AFTER_THIS_STEP.test(normalise(text))) return { kind: 'next' };
  }
  // "what was step 5 again" asks for step 5 as "what was step 5" does.
  const asked = t.replace(AGAIN_AFTER, '');
  const ordinal = ORDINAL_STEP.exec(asked)?.[1];
  if (ordinal === 'last' || ordinal === 'final') return { kind: 'goto', step: steps.length };
  const bare = explicitOnly ? null : BARE_NUMBER.exec(t);
  const moved = asked.replace(ASKED_LEAD_IN, '');
  const numbered = TO_STEP_NUMBER.exec(asked) ?? TO_STEP_NUMBER.exec(moved) ?? bare ?? ASK_STEP_NUMBER.exec(asked) ?? (ordinal ? [t, ordinal] : null);
  if (numbered) {
    const n = readNumber(numbered[1]!);
    if (n !== null && Number.isInteger(n)) return n >= 1 && n <= steps.length ? { kind: 'goto', step: n } : { kind: 'outOfRange', number: n };
  }
  // "Start from the certification one", "I said start at step 5": where to begin, a step named by its number or words.
  // With no walk running, only a step said as one ("start from the certification one"): "I'd like to start with a
  // nursing degree" tells a plan.
  const start = START_AT.exec(t.replace(SAID_AGAIN, ''));
  if (start && (!explicitOnly || start[2] !== undefined || /^(?:step|stage) /.test(start[1]!))) {
    const wanted = start[1]!;
    const n = readNumber(/^(?:step |stage |number )?(\S+)$/.exec(wanted)?.[1] ?? '');
    if (n !== null && Number.isInteger(n)) return n >= 1 && n <= steps.length ? { kind: 'goto', step: n } : { kind: 'outOfRange', number: n };
    const step = findStepByName(wanted, steps);
    if (step) return { kind: 'goto', step: step.number };
  }
  // "the certification step" moves there; "what is the certification step?" is a question to answer.
  if (explicitOnly && !/\b(?:step|stage)\b/.test(t)) return null;
  // "back to studying pharm", "back to work for me": the person's own day, not a step (unless one is said as one).
  if (BACK_TO_ONES_DAY.test(t) && !SAID_AS_A_STEP.test(t)) return null;
  // "wat degre do i ned for this step" asks, typed as texted: a question to answer, not a step to find.
  const named = TO_NAMED_STEP.exec(t) ?? (SAID_AS_A_STEP.test(t) ? TO_NAMED_STEP.exec(t.replace(ASKED_LEAD_IN, '')) : null) ?? (looksLikeQuestion(text) || asksSomething(text) ? null : NAMED_STEP.exec(t));
  if (named) {
    const wanted = named[1]!;
    const step = findStepByName(wanted, steps);
    return step ? { kind: 'goto', step: step.number } : { kind: 'unknownStep', wanted };
  }
  return null;
}

/**
 * Finds the step a few words point to ("certification", "join a professional organisation"), from the step's keywords,
 * short title and title. The longest matching phrase wins; a tie between steps is no match rather than a guess.
 */
export function findStepByName(wanted: string, steps: readonly CareerStep[]): CareerStep | null {
  const wantedWords = words(wanted).filter((word) => !STOPWORDS.has(word));
  if (wantedWords.length === 0) return null;
  let best: CareerStep | null = null;
  let bestScore = 0;
  let tie = false;
  for (const step of steps) {
    const score = stepScore(wantedWords, step);
    if (score > bestScore) {
      best = step;
      bestScore = score;
      tie = false;
    } else if (score > 0 && score === bestScore) {
      tie = true;
    }
  }
  return tie ? null : best;
}

function stepScore(wantedWords: readonly string[], step: CareerStep): number {
  let score = 0;
  for (const phrase of [...step.keywords, step.shortTitle, step.title]) {
    const phraseWords = words(phrase).filter((word) => !STOPWORDS.has(word));
    // A phrase counts when all its words are among the wanted words (3 points a word) ...
    if (phraseWords.length > 0 && containsWords(wantedWords, phraseWords)) score = Math.max(score, phraseWords.length * 3);
  }
  // ... or, more weakly, when the wanted words name single words of the title ("certification" in "Acquire Certifications").
  const titleWords = new Set(words(`${step.title} ${step.shortTitle}`).filter((word) => !STOPWORDS.has(word) && word.length >= 4));
  const loose = wantedWords.filter((word) => [...titleWords].some((titleWord) => containsWords([word], [titleWord]))).length;
  return Math.max(score, loose);
}
