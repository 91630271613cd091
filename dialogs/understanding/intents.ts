/**
 * Recognising commands (help, menu, cancel, start over) and phrases that start a guided flow.
 * Patterns are data: tables below, tested row by row in tests/dialogs/understanding/intents.test.ts.
 * Commands match the whole message only, so "help me pick a specialty" is not the help command.
 */

import { rememberRecent } from '../../knowledge/text';

export const FLOW_NAMES = ['careerSteps', 'specialisation', 'roadmap', 'salaryLadder'] as const;
export type FlowName = (typeof FLOW_NAMES)[number];

export const COMMANDS = ['help', 'menu', 'cancel', 'restart'] as const;
export type Command = (typeof COMMANDS)[number];

export interface FlowIntent {
  flow: FlowName;
  /** For the career steps walk: start at this step (1..10). */
  step?: number;
}

/** Every recogniser of a turn normalises the same message: it is done once. */
const normaliseRecent = rememberRecent(normaliseUncached, 16);

/** Lower case, curly quotes straightened, punctuation turned into spaces, single spaces. */
export function normaliseUtterance(text: string): string {
  return normaliseRecent(text);
}

function normaliseUncached(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9'\s]+/g, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const please = "(?: please| pls| now| thanks| thank you)?";

export const COMMAND_RULES: ReadonlyArray<{ command: Command; patterns: readonly RegExp[] }> = [
  {
    command: 'help',
    patterns: [
      new RegExp(`^(?:help|help me|i need help|get help|what can you do|what can i ask(?: you)?|what do you do|how does this work|how do i use (?:this|you)(?: bot)?|commands|instructions)${please}$`),
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
    patterns: [new RegExp(`^(?:cancel|stop|quit|exit|abort|never ?mind|forget it|stop (?:it|this|that)|cancel (?:it|this|that))${please}$`)],
  },
  {
    command: 'restart',
    patterns: [new RegExp(`^(?:start over|start again|start afresh|restart|reset|begin again|from the (?:top|start)|let's start over)${please}$`)],
  },
];

const careerTopic = '(?:a |an |the |my )?(?:care manager|care management|this career|career(?: in care management)?|path|journey)';
const becoming = '(?: (?:to|for|of) (?:become|becoming|be) (?:a )?care manager)?';
/** "I want to become a care manager, where do I start?": the goal said first changes nothing. */
const goalFirst = "(?:(?:i want to|i'd like to|id like to|i would like to|i wanna|i plan to|i'm planning to) (?:become|be) (?:a )?care manager(?: so| and)? )?";
/** What may follow "where do I start" and still mean the career as a whole; anything else ("given I'm a nurse") is personal. */
const startTail = `(?: (?:as|in|on|with|towards?|for) ${careerTopic}|${becoming})`;
const stepWords: Readonly<Record<string, number>> = Object.freeze({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, last: 10,
});

/** "step 7", "go to step seven", "show me the fifth step": the walk, starting there. */
const STEP_NUMBER_PATTERNS: readonly RegExp[] = [
  /^(?:show (?:me )?|go to |open |start (?:at |from )|jump to |skip to |take me to )?step (\d{1,2}|[a-z]+)$/,
  /^(?:show (?:me )?|go to |open |start (?:at |from )|jump to |skip to |take me to )?the (\w+) step$/,
];

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
      new RegExp(`^(?:what's|what is|whats) the process${becoming}$`),
      new RegExp(`^${goalFirst}where (?:do|should|can|would|shall) i (?:start|begin)${startTail}?$`),
      new RegExp(`^${goalFirst}(?:i (?:don't|dont|do not) know |(?:i'm |im |i am )?not sure |no idea )?where to (?:start|begin)${startTail}?$`),
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
  const utterance = normaliseUtterance(text);
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
  new RegExp(`^(?:(?:i'd like |id like |i want |give me )?(?:some )?more(?: info| information| details| detail| on (?:it|that|this))?|and|and then|go on|keep going|carry on|what else|anything else|what more|and what else)${please}$`),
  new RegExp(`^(?:(?:can|could) you )?(?:explain|say|elaborate)(?: (?:it|that|this))? (?:more|further|a bit more|in more detail)${please}$`),
  new RegExp(`^(?:(?:can|could) you )?elaborate${please}$`),
];

export function recogniseFollowUp(text: string): boolean {
  const utterance = normaliseUtterance(text);
  return utterance !== '' && FOLLOW_UP_PATTERNS.some((pattern) => pattern.test(utterance));
}

/**
 * "next", "back" or "continue" with no guided flow running: the steps walk is the only thing they can mean, so they
 * bring it back (at the saved step for someone who has walked before). "go on" and "carry on" are follow-ups instead.
 */
const WALK_NAVIGATION =
  /^(?:next|next step|the next step|next one|previous|previous step|the previous step|back|go back|one step back|continue|resume|continue the steps|resume the steps|continue the walk|back to the steps|where was i|where did i leave off|pick up where i left off|continue where i left off)$/;

export function recogniseWalkNavigation(text: string): boolean {
  return WALK_NAVIGATION.test(normaliseUtterance(text));
}

/** "that was helpful" / "not helpful" typed instead of pressing 👍 or 👎 under an answer. */
const TYPED_HELPFUL =
  /^(?:(?:thanks|thank you|cheers|great|ok|okay|perfect)\s+)?(?:that was |thats |that's |it was |that's really |very |really |super )?(?:helpful|useful|(?:that |it |this )?helped(?: a lot)?|great answer|good answer)(?:\s+(?:thanks|thank you|cheers))?$/;
const TYPED_NOT_HELPFUL =
  /^(?:(?:that was |thats |that's |it was |that is |this is |this was )?(?:not|wasn't|wasnt|isn't|isnt|not very|not really) (?:very |really )?(?:helpful|useful)|(?:that |it |this )?(?:didn't|didnt|did not|doesn't|doesnt|does not) help|unhelpful|not what i (?:asked|meant|wanted)|(?:bad|wrong|useless) answer|that's wrong|thats wrong|wrong)$/;

/** A typed rating: true for helpful, false for not helpful, null when the text is not one. */
export function recogniseTypedRating(text: string): boolean | null {
  const utterance = normaliseUtterance(text);
  if (TYPED_HELPFUL.test(utterance)) return true;
  if (TYPED_NOT_HELPFUL.test(utterance)) return false;
  return null;
}

/** "None of these" typed instead of clicked (or from a client that drops button values). */
const NONE_OF_THESE = /^(?:none of (?:these|them|those)(?: fit| match)?|none|neither|neither of them|not those|none of the above)$/;

export function recogniseNoneOfThese(text: string): boolean {
  return NONE_OF_THESE.test(normaliseUtterance(text));
}

export function recogniseFlow(text: string): FlowIntent | null {
  const utterance = normaliseUtterance(text);
  if (!utterance) return null;
  for (const pattern of STEP_NUMBER_PATTERNS) {
    const match = pattern.exec(utterance);
    const word = match?.[1];
    if (!word) continue;
    const step = /^\d+$/.test(word) ? Number(word) : stepWords[word];
    if (step !== undefined && step >= 1 && step <= 10) return { flow: 'careerSteps', step };
  }
  for (const rule of FLOW_RULES) {
    if (rule.patterns.some((pattern) => pattern.test(utterance))) return { flow: rule.flow };
  }
  return null;
}
