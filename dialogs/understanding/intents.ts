/**
 * Recognising commands (help, menu, cancel, start over) and phrases that start a guided flow.
 * Patterns are data: tables below, tested row by row in tests/dialogs/understanding/intents.test.ts. They read the
 * normalised message (textMatch.normalise: "what's" is "what is", "I'd" is "i would").
 * Commands match the whole message only, so "help me pick a specialty" is not the help command.
 */

import { normalise } from './textMatch';
import { GROUP_PHRASES, withoutPoliteWords } from './vocabulary';

export const FLOW_NAMES = ['careerSteps', 'specialisation', 'roadmap', 'salaryLadder'] as const;
export type FlowName = (typeof FLOW_NAMES)[number];

export const COMMANDS = ['help', 'menu', 'cancel', 'restart'] as const;
export type Command = (typeof COMMANDS)[number];

export interface FlowIntent {
  flow: FlowName;
  /** For the career steps walk: start at this step (1..10). */
  step?: number;
  /** For the career steps walk: straight back to the step saved last time ("where was I?"), without asking. */
  resume?: boolean;
}

const please = "(?: please| pls| now| thanks| thank you)?";

export const COMMAND_RULES: ReadonlyArray<{ command: Command; patterns: readonly RegExp[] }> = [
  {
    command: 'help',
    patterns: [
      new RegExp(`^(?:help|help me|i need help|get help|what can you do|what can i ask(?: you)?(?: about)?|what can you help(?: me)? with|what do you know(?: about)?|what do you cover|what do you do|how does this work|how do i use (?:this|you)(?: bot)?|commands|instructions)${please}$`),
    ],
  },
  {
    command: 'menu',
    patterns: [
      new RegExp(`^(?:show (?:me )?(?:the )?|open (?:the )?|back to (?:the )?|go to (?:the )?)?(?:main )?(?:menu|topics|options)${please}$`),
      /^what topics(?: do you cover| are there| can you help with)?$/,
    ],
  },
  {
    command: 'cancel',
    patterns: [new RegExp(`^(?:${GROUP_PHRASES.cancel}|${GROUP_PHRASES.stop})${please}$`)],
  },
  {
    command: 'restart',
    patterns: [new RegExp(`^(?:${GROUP_PHRASES.restart})${please}$`)],
  },
];

const careerTopic = '(?:a |an |the |my )?(?:care manager|care management|this career|career(?: in care management)?|path|journey)';
const becoming = '(?: (?:to|for|of) (?:become|becoming|be) (?:a )?care manager)?';
/** "I want to become a care manager, where do I start?": the goal said first changes nothing. */
const goalFirst = '(?:(?:i want to|id like to|i would like to|i wanna|i plan to|i am planning to) (?:become|be) (?:a )?care manager(?: so| and)? )?';
/** What may follow "where do I start" and still mean the career as a whole; anything else ("given I'm a nurse") is personal. */
const startTail = `(?: (?:as|in|on|with|towards?|for) ${careerTopic}|${becoming})`;
export const FLOW_RULES: ReadonlyArray<{ flow: FlowName; patterns: readonly RegExp[] }> = [
  {
    flow: 'careerSteps',
    patterns: [
      /^(?:the )?(?:10 |ten )?(?:career )?steps$/,
      new RegExp(`^(?:show|list|give|tell)(?: me)? (?:the |all )?(?:10 |ten )?(?:career )?steps${becoming}$`),
      new RegExp(`^what are the (?:10 |ten )?(?:career )?steps${becoming}$`),
      /\b(?:walk|guide|take) me through\b/,
      /\bstep by step\b/,
      /^(?:start|begin) (?:the )?(?:career )?(?:steps|walk ?through)$/,
      new RegExp(`^how to (?:get started|start|begin)(?: (?:as|in|on|with|towards?|for) ${careerTopic})?$`),
      new RegExp(`^what is the process${becoming}$`),
      new RegExp(`^${goalFirst}where (?:do|should|can|would|shall) i (?:start|begin)${startTail}?$`),
      new RegExp(`^${goalFirst}(?:i (?:dont|do not) know |(?:i am )?not sure |no idea )?where to (?:start|begin)${startTail}?$`),
      new RegExp(`^${goalFirst}how (?:do|can|should|would) i (?:get started|start|begin)(?: (?:as|in|on|with|towards?|for) ${careerTopic})?$`),
      new RegExp(`^(?:what are |show me |give me )?(?:the |my )?first steps?${becoming}$`),
      new RegExp(`^${goalFirst}what (?:should|do|must|would|shall) i (?:need to )?do first${becoming}$`),
    ],
  },
  {
    flow: 'specialisation',
    patterns: [
      /\b(?:choose|pick|select|find|decide on) (?:a |an |my |the right |the best |which )?(?:speciali[sz]ation|specialty|speciality|specialism|niche)\b/,
      /\bwhich (?:speciali[sz]ation|specialty|speciality|area|field) (?:suits|fits|would suit|would fit|is right for|is best for|should i (?:choose|pick|go for))\b/,
      /^help me (?:pick|choose|decide)\b/,
      /\bwhat should i speciali[sz]e in\b/,
      /\bcompare (?:the )?(?:speciali[sz]ations|specialties)\b/,
    ],
  },
  {
    flow: 'roadmap',
    patterns: [
      /^(?:my |a |personal |personali[sz]ed )?(?:career )?road ?map$/,
      /\b(?:my|personal|personali[sz]ed) (?:career )?road ?map\b/,
      /\b(?:make|build|create|give|draw up) (?:me )?a (?:career |personal |personali[sz]ed )?(?:plan|road ?map)\b/,
      /\b(?:personal|personali[sz]ed) (?:career )?plan\b/,
      /\bplan for me\b/,
      // With something personal after it ("... given I'm a nurse"); the bare phrase starts the career steps.
      new RegExp(`^where (?:do|should|can|would|shall) i (?:start|begin)(?!${startTail}?$) `),
    ],
  },
  {
    flow: 'salaryLadder',
    patterns: [
      /\bsalary ladder\b/,
      /\b(?:career|salary|pay) ladder card\b/,
      /^(?:show|see|view|open)(?: me)? (?:the )?(?:career |salary |pay )?ladder$/,
      /^(?:the )?(?:career |salary |pay )?ladder$/,
    ],
  },
];

export function recogniseCommand(text: string): Command | null {
  if (text.trim() === '?') return 'help';
  const utterance = normalise(text);
  if (!utterance) return null;
  for (const rule of COMMAND_RULES) {
    if (rule.patterns.some((pattern) => pattern.test(utterance))) return rule.command;
  }
  return null;
}

/**
 * "Tell me more" after an answer: more on the same entry, not a new question. Whole message only, so
 * "tell me more about the CCM" is still a question for the guide.
 */
export const FOLLOW_UP_PATTERNS: readonly RegExp[] = [
  new RegExp(`^(?:(?:can|could) you )?(?:tell|show) me (?:some )?more(?: about (?:it|that|this|this one|that one))?${please}$`),
  new RegExp(`^(?:(?:i would like |id like |i want |give me )?(?:some )?more(?: info| information| details| detail| on (?:it|that|this))?|and|and then|${GROUP_PHRASES.more}|what else|anything else|what more|and what else)${please}$`),
  new RegExp(`^(?:(?:can|could) you )?(?:explain|say|elaborate)(?: (?:it|that|this))? (?:more|further|a bit more|in more detail)${please}$`),
  new RegExp(`^(?:(?:can|could) you )?elaborate${please}$`),
];

export function recogniseFollowUp(text: string): boolean {
  const utterance = normalise(text);
  return utterance !== '' && FOLLOW_UP_PATTERNS.some((pattern) => pattern.test(utterance));
}

/** "None of these" typed instead of clicked (or from a client that drops button values). */
const NONE_OF_THESE = /^(?:none of (?:these|them|those)(?: fit| match)?|none|neither|neither of them|not those|none of the above)$/;

export function recogniseNoneOfThese(text: string): boolean {
  return NONE_OF_THESE.test(withoutPoliteWords(normalise(text)));
}

export function recogniseFlow(text: string): FlowIntent | null {
  const utterance = normalise(text);
  if (!utterance) return null;
  for (const rule of FLOW_RULES) {
    if (rule.patterns.some((pattern) => pattern.test(utterance))) return { flow: rule.flow };
  }
  return null;
}
