import type { CareerStep } from '../../knowledge/schema';
import { containsWords, looksLikeQuestion, normalise, readNumber, words } from './textMatch';

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

const POLITE = /^(?:(?:ok|okay|please|pls|alright|right|so|now|and|then|can you|could you|can we|let's|lets|let us|i want to|i'd like to|id like to)\s+)+|\s+(?:please|pls|thanks|thank you|now)$/g;

const EXACT: ReadonlyArray<readonly [StepCommand['kind'], RegExp]> = [
  ['next', /^(?:next|next one|next step|next please|forward|go forward|go on|move on|onwards?|keep going|carry on|got it|yes|yep|yeah|sure|ok|okay|k|>|>>|skip|skip this|skip it|skip this step)$/],
  ['back', /^(?:back|go back|step back|previous|prev|previous step|previous one|the previous step|back one|one back|<|<<)$/],
  ['repeat', /^(?:repeat|repeat that|repeat this|repeat it|repeat the step|repeat this step|again|say that again|say it again|show again|show it again|show me again|one more time|this step|same step|where was i|where am i|where are we|(?:what|which) step (?:am i on|are we on|am i at|is this|is it|are we at))$/],
  [
    'restart',
    /^(?:restart|restart the steps|restart steps|start over|start again|start from the beginning|from the beginning|from the start|begin again|back to the start|back to the beginning|go to the beginning|go to the start|start from scratch|from scratch|start at the beginning|first step|the first step|back to step one|back to step 1)$/,
  ],
  ['stop', /^(?:stop|stop here|stop it|stop the steps|quit|exit|end|done|i'm done|im done|that's enough|thats enough|enough|pause|later|not now|finish|leave|no thanks|no|nope)$/],
  ['continue', /^(?:continue|resume|continue the steps|resume the steps|where was i|pick up where i left off|keep going from here|back to the steps|continue where i left off)$/],
  [
    'overview',
    /^(?:(?:list|show|show me|give me|tell me|see|what are)(?: all)?(?: the)?(?: (?:10|ten))?(?: career)? steps(?: again)?|all(?: the)?(?: (?:10|ten))? steps|(?:the )?(?:10|ten) steps|(?:steps )?overview|(?:the )?(?:full|whole) list(?: of steps)?)$/,
  ],
];

const MOVE_VERB = '(?:go|jump|skip|move|take me|bring me|show me|show|open|get me|head|continue|resume|back|go back|return)';
const TO_STEP_NUMBER = new RegExp(`^(?:${MOVE_VERB}(?: back| ahead| forward| straight)?(?: to| at| on)?(?: the)? )?(?:step|stage|number|no)\\s*#?\\s*(\\S+)$`);
const BARE_NUMBER = /^#?(\d{1,2})$/;
/** "what's step 5", "tell me about step five": a question, but only about where to go. */
const ASK_STEP_NUMBER = /^(?:what(?:'s| is| does| about)?|whats|how about|tell me(?: more)? about|explain|describe)(?: the)? (?:step|stage) #?(\S+)(?: about| say| involve| mean)?$/;
/** "what's the fifth step", "what is the last step", "the 3rd step". */
const ORDINAL_STEP = /^(?:(?:what(?:'s| is| about)?|whats|how about|tell me(?: more)? about|explain|describe|show me|go to|skip to|jump to|take me to) )?(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d{1,2}(?:st|nd|rd|th)) (?:step|stage)$/;
const TO_NAMED_STEP = new RegExp(`^${MOVE_VERB}(?: back| ahead| forward| straight)?(?: to| at| on)(?: the)? (.+?)(?: step| stage| part| section| bit)?$`);
const NAMED_STEP = /^(?:the )?(.+?) (?:step|stage)$/;

const STOPWORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'and', 'or', 'for', 'your', 'my', 'care', 'manager', 'step', 'area', 'level', 'higher', 'relevant']);

/** Reads a navigation command from free text or a button; null when the text is something else (a question). */
export function parseStepCommand(text: string, steps: readonly CareerStep[]): StepCommand | null {
  const t = normalise(text).replace(POLITE, '').replace(POLITE, '').trim();
  if (!t) return null;
  for (const [kind, pattern] of EXACT) {
    if (pattern.test(t)) return simple(kind);
  }
  const ordinal = ORDINAL_STEP.exec(t)?.[1];
  if (ordinal === 'last' || ordinal === 'final') return { kind: 'goto', step: steps.length };
  const numbered = TO_STEP_NUMBER.exec(t) ?? BARE_NUMBER.exec(t) ?? ASK_STEP_NUMBER.exec(t) ?? (ordinal ? [t, ordinal] : null);
  if (numbered) {
    const n = readNumber(numbered[1]!);
    if (n !== null && Number.isInteger(n)) return n >= 1 && n <= steps.length ? { kind: 'goto', step: n } : { kind: 'outOfRange', number: n };
  }
  // "the certification step" moves there; "what is the certification step?" is a question to answer.
  const named = TO_NAMED_STEP.exec(t) ?? (looksLikeQuestion(text) ? null : NAMED_STEP.exec(t));
  if (named) {
    const wanted = named[1]!;
    const step = findStepByName(wanted, steps);
    return step ? { kind: 'goto', step: step.number } : { kind: 'unknownStep', wanted };
  }
  return null;
}

function simple(kind: StepCommand['kind']): StepCommand {
  switch (kind) {
    case 'next':
    case 'back':
    case 'repeat':
    case 'restart':
    case 'stop':
    case 'continue':
    case 'overview':
      return { kind };
    default:
      return { kind: 'repeat' };
  }
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
