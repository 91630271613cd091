import { rememberRecent } from '../../knowledge/text';
import { normaliseUtterance } from './intents';
import type { Messages } from '../rendering/messages';

/**
 * Small talk people try with a bot. Only a whole message counts as small talk: a greeting in front of a
 * real question is stripped and the question is answered ("hi, how long does it take?").
 */
export type SmallTalkKind = keyof (typeof Messages)['smallTalk'];

export const SMALL_TALK_RULES: ReadonlyArray<{ kind: SmallTalkKind; patterns: readonly RegExp[] }> = [
  {
    kind: 'greeting',
    patterns: [/^(?:hi|hello|hey|hiya|howdy|yo|hallo|greetings|good (?:morning|afternoon|evening|day))(?: there| bot| carebot| care bot| everyone| all)?$/],
  },
  {
    kind: 'thanks',
    patterns: [
      /^(?:ok |okay |great |cool )?(?:thanks|thank you|thank u|thx|ty|cheers|many thanks|much appreciated|appreciate it|that helps|that helped|that was helpful)(?: (?:a lot|so much|very much|a bunch))?(?: (?:bot|again))?$/,
    ],
  },
  {
    kind: 'bye',
    patterns: [/^(?:ok |okay )?(?:bye|goodbye|bye bye|see you|see ya|cya|later|good night|farewell|that's all|that is all|i'm done|im done|i am done)(?: (?:now|for now|then|thanks|thank you))?$/],
  },
  {
    kind: 'whoAreYou',
    patterns: [/^(?:who are you|what are you|what is your name|what's your name|whats your name|who am i (?:talking|speaking|chatting) (?:to|with)|introduce yourself|tell me about yourself)$/],
  },
  {
    kind: 'areYouHuman',
    patterns: [
      /^(?:are you|r u|are u|you are|you're) (?:a |an )?(?:real )?(?:human|person|human being|bot|robot|ai|machine|chatbot|chat bot|computer|real)$/,
      /^(?:am i (?:talking|speaking|chatting) (?:to|with)|is this) (?:a |an )?(?:real )?(?:human|person|bot|robot|ai|machine)$/,
    ],
  },
  {
    kind: 'howAreYou',
    patterns: [/^(?:how are you|how are you doing|how r u|how're you|how's it going|hows it going|how do you do|how are things|what's up|whats up|sup)(?: today)?$/],
  },
  {
    kind: 'ack',
    patterns: [/^(?:ok|okay|k|kk|cool|great|nice|good|alright|all right|got it|i see|sounds good|perfect|awesome|fine|understood|noted|lol|hmm|wow)$/],
  },
];

/**
 * A bare yes or no outside a guided flow: not a question to search (the engine would guess) nor one to record.
 * Kept out of SMALL_TALK_RULES so a guided question that expects yes or no still reads them as answers.
 */
export type YesNo = 'yes' | 'no';

export const YES_NO_RULES: ReadonlyArray<{ kind: YesNo; patterns: readonly RegExp[] }> = [
  {
    kind: 'yes',
    patterns: [/^(?:ok |okay )?(?:yes|yeah|yea|yep|yup|ya|sure|sure thing|of course|absolutely|definitely|i do|yes i do)(?: please| pls| thanks| thank you)?$/],
  },
  {
    kind: 'no',
    patterns: [/^(?:no|nope|nah|not really|not now|not yet|not at the moment|i don't|i dont|no i don't|no i dont)(?: thanks| thank you| not really)?$/],
  },
];

export function recogniseYesNo(text: string): YesNo | null {
  const utterance = normaliseUtterance(text);
  if (!utterance) return null;
  return YES_NO_RULES.find((rule) => rule.patterns.some((pattern) => pattern.test(utterance)))?.kind ?? null;
}

/** A greeting or thanks in front of something else: "Hi, ...", "hello there! ...", "thanks. ...". */
const LEADING_PLEASANTRY =
  /^\s*(?:(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))(?: there)?(?:\s*[,.!:;-]+\s*|\s+)|(?:thanks|thank you|ok|okay)\s*[,.!:;-]+\s*)/i;

export interface SmallTalkAnalysis {
  /** Set when the whole message is small talk. */
  readonly kind: SmallTalkKind | null;
  /** The message without a leading greeting: what to search for. */
  readonly rest: string;
}

/** The router and the answer both analyse the same message in one turn. */
const analyseRecent = rememberRecent(analyseUncached, 4);

export function analyseSmallTalk(text: string): SmallTalkAnalysis {
  return analyseRecent(text);
}

function analyseUncached(text: string): SmallTalkAnalysis {
  const whole = matchSmallTalk(text);
  if (whole) return { kind: whole, rest: '' };
  let rest = text;
  for (let i = 0; i < 2; i++) {
    const stripped = rest.replace(LEADING_PLEASANTRY, '');
    if (stripped === rest) break;
    rest = stripped;
  }
  rest = rest.trim();
  if (rest === text.trim()) return { kind: null, rest };
  const inner = matchSmallTalk(rest);
  if (inner || normaliseUtterance(rest) === '') return { kind: inner ?? 'greeting', rest: '' };
  return { kind: null, rest };
}

function matchSmallTalk(text: string): SmallTalkKind | null {
  const utterance = normaliseUtterance(text);
  if (!utterance) return null;
  for (const rule of SMALL_TALK_RULES) {
    if (rule.patterns.some((pattern) => pattern.test(utterance))) return rule.kind;
  }
  return null;
}
