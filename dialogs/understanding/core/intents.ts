/**
 * Recognising commands (help, menu, cancel, start over) and phrases that start a guided flow.
 * Patterns are data: tables below, tested row by row in tests/dialogs/understanding/core/intents.test.ts. They read the
 * normalised message (textMatch.normalise: "what's" is "what is", "I'd" is "i would").
 * Commands match the whole message only, so "help me pick a specialty" is not the help command.
 */

import { rememberRecent } from '../../../knowledge/text';
import { normalise, wordMatches } from './textMatch';
import { GROUP_PHRASES, plainWords, withoutHedges, withoutPoliteWords } from './vocabulary';

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
/** One phrase of a group, or several in a row ("nvm forget it", "start again from the beginning"). */
const stacked = (phrases: string): string => `(?:${phrases})(?: (?:${phrases}))*`;
/** Where a person may point: this chat, this bot. */
const thisBot = '(?:this|you|it|this thing|this chat|this bot|the bot|this app|this service)';

export const COMMAND_RULES: ReadonlyArray<{ command: Command; patterns: readonly RegExp[] }> = [
  {
    command: 'help',
    patterns: [
      new RegExp(`^(?:help|help me|i need help|get help|what can you do|what can i ask(?: you)?(?: about)?|what can you help(?: me)? with|what do you know(?: about)?|what do you cover|what do you do|how does ${thisBot} work|how do i use ${thisBot}(?: bot)?|commands|instructions)${please}$`),
      new RegExp(`^what (?:(?:kind|kinds|sort|sorts|type|types) of )?(?:stuff|things|questions|topics)? ?(?:can|could|should|do|may) i ask(?: you)?(?: about)?${please}$`),
      new RegExp(`^(?:what|which) (?:(?:kind|kinds|sort|sorts|type|types) of )?(?:stuff|things|questions|topics|subjects) (?:can|could|do) you (?:help(?: me)? with|answer|cover|know about)${please}$`),
      new RegExp(`^(?:(?:can|could) you help(?: me)?|how (?:can|could|do) you help(?: me)?|what (?:are you able to|can you) (?:do|help with)|what (?:is this|are you) for|what should i ask(?: you)?)${please}$`),
    ],
  },
  {
    command: 'menu',
    patterns: [
      new RegExp(`^(?:show (?:me )?(?:the )?|open (?:the )?|back to (?:the )?|go to (?:the )?)?(?:main )?(?:menu|topics|options)${please}$`),
      /^what topics(?: do you cover| are there| can you help with)?$/,
      new RegExp(`^(?:what are|show me|give me|list|see) (?:the |my |your |all the )?(?:list of )?(?:options|topics|choices|categories|subjects)${please}$`),
      // The list itself, asked to see: "can I see the list of topics", "topic list pls".
      new RegExp(`^(?:(?:can|could|may) i (?:see|have|get|view) |show me |give me |see )?(?:the |a |your |all the )?(?:full |whole |main )?(?:list of (?:the |your |all the )?(?:options|topics|choices|categories|subjects)|(?:topic|topics|option|options|subject|category) list)${please}$`),
      new RegExp(`^(?:(?:go |back )?home|(?:back to |go to )?(?:the )?(?:home|start) (?:screen|page|menu)|categories|what (?:topics|subjects|categories) (?:do you have|have you got|you got|are there|can i choose(?: from)?))${please}$`),
    ],
  },
  {
    command: 'cancel',
    patterns: [new RegExp(`^${stacked(`${GROUP_PHRASES.cancel}|${GROUP_PHRASES.stop}`)}${please}$`)],
  },
  {
    command: 'restart',
    patterns: [new RegExp(`^${stacked(GROUP_PHRASES.restart)}${please}$`)],
  },
];

const careerTopic = '(?:a |an |the |my )?(?:care manager|care management|this career|career(?: in care management)?|path|journey)';
/** The way into the career said after the steps: "to become a care manager", "to get into care management". */
const becoming =
  '(?: (?:to|for|of|into) (?:(?:become|becoming|be)(?: a)? care manager|(?:get|getting|go|going|move|moving|break|breaking|switch|switching)(?: in)?(?: into| to)? care management))?';
/** "I want to become a care manager, where do I start?": the goal said first changes nothing. */
const goalFirst = '(?:(?:i want to|id like to|i would like to|i wanna|i plan to|i am planning to) (?:become|be) (?:a )?care manager(?: so| and)? )?';
/** The writer asked of as someone like them: "where would someone like me start?" is "where do I start?" (tester ut35a, P03 m1). */
const LIKE_ME = '(?:someone|somebody|a person|people|anyone) (?:like me|in my (?:position|situation|shoes))';
/** What may follow "where do I start" and still mean the career as a whole; anything else ("given I'm a nurse") is personal. */
const startTail = `(?: (?:as|in|on|with|towards?|for) ${careerTopic}|${becoming})`;
const payWord = '(?:pay|paid|salary|salaries|earnings|earn|wages?|money|income)';
const eachLevel =
  '(?:each|every|per) (?:level|stage|rung|grade|step|position|band)|(?:level|stage|rung|step|grade) by (?:level|stage|rung|step|grade)|' +
  'from (?:entry(?: level)?|junior) (?:right |all the way )?(?:up )?to (?:the )?(?:vp|vice president|director|executive|chief)|all (?:of )?the (?:levels|stages|rungs|grades|bands)';
/**
 * "One step at a time" asked for ("can we go one step at a time?"), not said as a saying after thanks or with "I guess"
 * ("this is super helpful, thank you!! one step at a time I guess haha").
 */
const ONE_STEP_ASKED = '(?<!\\b(?:thanks?|thank you|thank u|thx|ty|helpful|great|brilliant|amazing|awesome)\\b.*)\\bone step at a time\\b(?! (?:i guess|i suppose|i think|as they say|right|haha\\w*|hah|ha|lol|lmao|hehe)\\b)';
export const FLOW_RULES: ReadonlyArray<{ flow: FlowName; patterns: readonly RegExp[] }> = [
  {
    flow: 'careerSteps',
    patterns: [
      /^(?:the )?(?:10 |ten )?(?:career )?steps$/,
      new RegExp(`^(?:show|list|give|tell)(?: me)? (?:the |all )?(?:10 |ten )?(?:career )?steps${becoming}$`),
      new RegExp(`^what are the (?:10 |ten )?(?:career )?steps${becoming}$`),
      // The steps asked for by name: "can you name all the steps?", "list out the ten steps for me".
      /^(?:(?:can|could|would) (?:you|u) |please |pls )*(?:list|name)(?: me| out)? (?:all )?(?:of )?(?:the |your )?(?:10 |ten )?(?:career )?steps\b/,
      // Through the steps, not through the pay ("walk me through the pay at each level" is the salary ladder).
      new RegExp(`\\b(?:walk|guide|take) (?:me|us) through\\b(?!.*\\b${payWord}\\b)`),
      // A step by step plan or roadmap is the person's own plan (the roadmap), not the walk.
      new RegExp(`\\bstep by step\\b(?! (?:career )?(?:plan|road ?map|action plan|route))|\\bstage by stage\\b|${ONE_STEP_ASKED}|\\btalk me through(?: (?:it|this|the (?:steps|process|stages)|becoming (?:a |one)?.*))?$`),
      /^(?:start|begin) (?:the )?(?:career )?(?:steps|walk ?through)$/,
      // The walk by its name ("walk", "@CareBot walk", "start the steps walk"), as the help and the buttons call it.
      /^(?:(?:start|begin|open|do|resume) )?(?:the |a )?(?:career )?(?:steps? )?walk(?: ?through)?$/,
      // Going through the steps in order: "go through all the steps one by one", "run through the ten steps with me".
      /\b(?:go|going|run|work|get|talk) (?:me )?through (?:(?:all |each of |all of )?(?:the |your |those |these )?(?:10 |ten )?(?:career )?steps|(?:each|every) (?:career )?step)\b/,
      /\b(?:the )?steps one (?:by one|at a time)\b/,
      new RegExp(`^how to (?:get started|start|begin)(?: (?:as|in|on|with|towards?|for) ${careerTopic})?$`),
      new RegExp(`^what is the process${becoming}$`),
      new RegExp(`^${goalFirst}where (?:do|should|can|would|shall) (?:i|${LIKE_ME}) (?:start|begin)${startTail}?$`),
      new RegExp(`^${goalFirst}(?:i (?:dont|do not) know |(?:i am )?not sure |no idea )?where to (?:start|begin)${startTail}?$`),
      new RegExp(`^${goalFirst}how (?:do|can|should|would) i (?:get started|start|begin)(?: (?:as|in|on|with|towards?|for) ${careerTopic})?$`),
      new RegExp(`^(?:what are |show me |give me )?(?:the |my )?first steps?${becoming}$`),
      // The walk asked for with the step to go to: "ok lets do the career steps but jump to step 9" (tester ut36a P12 m8).
      /^(?:(?:ok|okay|so|alright|right|cool)\s+)*(?:lets|let s|let us|can we|could we|i want to|i d like to|id like to|i wanna) (?:do|go through|start|begin|see|walk through|run through) (?:the |your )?(?:10 |ten )?(?:career )?steps\b(?: (?:but|and|then|just))? (?:jump|skip|go|head|move|fast forward)(?: ahead| straight| right)? to (?:step|stage) \S+$/,
      new RegExp(`^${goalFirst}what (?:should|do|must|would|shall) i (?:need to )?do first${becoming}$`),
    ],
  },
  {
    flow: 'specialisation',
    patterns: [
      /\b(?:choose|choosing|pick|picking|select|selecting|find|finding|decide on|deciding on) (?:a |an |my |the right |the best |which )?(?:speciali[sz]ation|specialty|speciality|specialism|niche)\b/,
      // The chooser asked for by name or as a quiz: "let's try the specialty chooser", "is there like a quiz or smth to pick".
      /\b(?:speciali[sz]ation|specialty|speciality|specialism|area|niche) (?:chooser|picker|quiz|finder|matcher|selector|questionnaire)\b/,
      /\b(?:quiz|questionnaire|chooser|picker)\b(?: (?:or|and) (?:smth|something|sth|summat|whatever|anything))?(?: (?:thing|tool))? (?:to|that|which|for|you can use to|i can (?:do|take) to) (?:helps? (?:me |us )?)?(?:pick|choose|decide|picking|choosing|deciding|find(?:ing)? (?:my|the|a)|work out|figure out|match)\b/,
      /\b(?:which|what) (?:speciali[sz]ation|specialty|speciality|specialism|niche)s? (?:suits|fits|would suit|would fit|(?:is|would be) (?:right|best|good|ideal) for|should i (?:choose|pick|go for|go into|do|focus on)|to (?:choose|pick|go for|go into))\b/,
      /\b(?:do not|dont|can not) (?:know|decide|choose) (?:which|what) (?:speciali[sz]ation|specialty|speciality|specialism|niche|area|field) to (?:choose|pick|go for|go into|do)$/,
      // Not knowing what to specialise in, with a request for help or none: "I don't know what to specialise in, can you help".
      /\b(?:do not|dont|can not|cannot) (?:know|decide|choose|work out|figure out) (?:what|which area|which field|where) to speciali[sz]e in\b/,
      // The one helped may be the person or someone they speak for ("could you help her pick one").
      /^help (?:me|us|him|her|them|my (?:son|daughter|child|kid)) (?:pick|choose|decide)\b/,
      // "... help me (or us) choose" after naming the areas, or with an area, specialty or specialising anywhere in the message.
      /\bhelp (?:me|us|him|her|them) (?:to )?(?:pick|choose|decide|work out|figure out)(?: (?:one|which(?: one)?|between them|between the two))?$/,
      /\b(?:speciali[sz]|specialty|speciality|specialism|area|field|niche)\w*\b.*\bhelp (?:me|us|him|her|them) (?:to )?(?:pick|choose|decide|work out|figure out)\b|\bhelp (?:me|us|him|her|them) (?:to )?(?:pick|choose|decide|work out|figure out)\b.*\b(?:speciali[sz]|specialty|speciality|specialism|area|field|niche)/,
      /\bwhat should i speciali[sz]e in\b/,
      // The kind of care management that would suit the person: "which area of care management would suit me".
      /\b(?:which|what) (?:area|field|speciali[sz]ation|specialty|speciality|type|kind)s? of care manage(?:ment|r)s? (?:would |might |could |will )?(?:suits?|fits?|be (?:right|best|good) for) me\b/,
      // An area or field to choose, not to study or work in ("what field should i go into with a psychology degree" stays a question).
      /\b(?:which|what) (?:area|field)s? (?:should i|to|would you (?:recommend|suggest)(?: i)?|do you (?:recommend|suggest)(?: i)?) (?:choose|pick|go for|speciali[sz]e in|focus on)\b/,
      /\bcompare (?:the )?(?:speciali[sz]ations|specialties)\b/,
    ],
  },
  {
    flow: 'roadmap',
    patterns: [
      /^(?:my |a |personal |personali[sz]ed )?(?:career )?road ?map$/,
      /\b(?:my|personal|personali[sz]ed) (?:career )?road ?map\b/,
      /\b(?:make|build|create|give|draw up) (?:me )?a (?:career |personal |personali[sz]ed )?(?:plan|road ?map)\b|\bdo me a (?:career |personal |personali[sz]ed )?(?:plan|road ?map)\b/,
      // Other ways of asking for one, addressed to the person ("map out a route for me"), not how care managers plan.
      /\b(?:make|build|create|give|draw up|map out|plan out|work out|sketch out|lay out|put together|write|show) (?:me (?:out )?(?:a|my) (?:career |personal |personali[sz]ed |step by step )?(?:plan|road ?map|route|pathway|action plan)\b|(?:out )?(?:a|my) (?:career |personal |personali[sz]ed |step by step )?(?:plan|road ?map|route|pathway|action plan) for me\b)/,
      /\b(?:personal|personali[sz]ed) (?:career )?plan\b/,
      // The roadmap wished for or asked to do, by the name its button gives it: "I'd like a roadmap to move into care
      // management", "ok do the roadmap thing", "can I get a roadmap".
      /\b(?:i would like|i want|i wanna|i need|i would love|can i (?:get|have|see|do)|could i (?:get|have|see|do)|may i have|let us do|lets do|let s do|do|start|begin|open|try|get me|give me|show me)(?: (?:a|the|my|me a|me the|that|this|your|one of your|one of those|one of them|one of these))? (?:career |personal |personali[sz]ed )?road ?maps?\b/,
      // Wanted with the "I" left out, as people write in a hurry: "4 yrs in a pharmacy. Want a roadmap to care manager".
      /(?<!\b(?:not|never|dont) )\b(?:want|wanna|need|looking for)(?: (?:a|the|my|me a))? (?:career |personal |personali[sz]ed )?road ?map\b/,
      // The saved one asked for again, as its button says it: "update roadmap", "redo my roadmap".
      /^(?:update|redo|change|edit|refresh|rebuild) (?:my |the )?(?:career )?road ?map$/,
      /\bhelp me (?:make|build|create|put together|map out|plan|draw up) (?:a|my) (?:career )?(?:plan|road ?map|route|path)$|^(?:help me )?plan (?:out )?my (?:career|route|path|next steps|journey)$/,
      /\bplan for me\b/,
      // The plan asked for again, in the fewest words: "Now the plan please", "ok the plan then" (not a client's care plan).
      /^(?:(?:ok|okay|so|and|then|alright|right|fair enough|great|now)\s+)+(?:the|my|that|your)\s+plan(?:\s+(?:please|pls|plz|then|now|thanks|thx))*$|^(?:the|my|that|your)\s+plan\s+(?:please|pls|plz|now)$/,
      // A plan asked for the person's own situation: "a step by step plan for my situation", "draw me up a roadmap for my own circumstances".
      /\b(?<!care )(?:plan|road ?map|route|pathway|action plan) for (?:my (?:own )?|me in my )(?:situation|circumstances|case|background|experience)\b/,
      /\bwhat (?:should|would|could|does|will) my (?:career )?(?:plan|road ?map|route|path|pathway|(?:next |own )?steps?) (?:be|look like|looks like)\b/,
      // The steps asked for the person's own case: "the steps to become a care manager, for someone like me", "what
      // steps from where I am now", "the steps in my situation".
      /\bsteps?\b.*\b(?:for (?:someone|somebody|a person|people|a guy|a man|a woman) like me|(?:from|given) where i (?:am|stand)(?: now| right now| today)?|in my (?:situation|position|shoes|case|circumstances)|for my (?:situation|case|background|circumstances))\b/,
      // With something personal after it ("... given I'm a nurse"); the bare phrase starts the career steps.
      new RegExp(`^where (?:do|should|can|would|shall) i (?:start|begin)(?!${startTail}?$) `),
    ],
  },
  {
    flow: 'salaryLadder',
    patterns: [
      /\b(?:salary|pay|earnings) ladder\b/,
      // Pay asked for level by level: "pay at each level", "salary at every stage", "from junior right up to VP".
      new RegExp(`\\b${payWord}\\b.*\\b(?:${eachLevel})\\b|\\b(?:${eachLevel})\\b.*\\b${payWord}\\b`),
      /\b(?:career|salary|pay) ladder card\b/,
      new RegExp(`\\b${payWord} by (?:level|seniority|stage|grade|rank)$|^what each (?:level|rung|stage|role) (?:earns|pays|makes|gets paid)$`),
      /^(?:show|see|view|open)(?: me)? (?:the )?(?:career |salary |pay )?ladder$/,
      // Every level at once: "show me all the levels", "list all the pay levels", "can you show me all the levels side by side".
      /\b(?:show|see|view|list|give|compare|lay out)(?: me)? (?:all|every one)(?: of)? (?:the )?(?:pay |salary )?levels\b/,
      // The pay levels asked for as a request: "please show pay levels", "can you give me the salary levels".
      /^(?:(?:please|can you|could you|would you)\s+)*(?:show|see|view|list|give)(?: me| us)? (?:the |your )?(?:pay|salary|salaries|wage) (?:levels|bands|ladder|scale)\b/,
      /^(?:the )?(?:career |salary |pay )?ladder$/,
      // The levels or the ladder named as the thing wanted: "the salary levels", "is there the ladder thing".
      /^(?:the |just the )?(?:salary|pay) (?:levels|ladder)(?: (?:please|instead|then))?$|\bladder (?:thing|tool|feature|flow)\b/,
    ],
  },
];

/** The message as patterns read it: normalised, then with informal spellings read as the word meant. */
function readingsOf(text: string): readonly string[] {
  const utterance = normalise(text);
  if (!utterance) return [];
  const plain = plainWords(utterance);
  return [...new Set([utterance, plain, withoutPoliteWords(plain)])].filter(Boolean);
}
// Commands, follow-ups and flows read the same message in turn.
const readings = rememberRecent(readingsOf, 16);

export function recogniseCommand(text: string): Command | null {
  if (text.trim() === '?') return 'help';
  // Hedges change no command ("what can you actually do" is "what can you do"); a flow keeps them ("where do i even start looking for jobs").
  const read = readings(text);
  const candidates = [...read, ...read.map(withoutHedges).filter((reading) => !read.includes(reading))];
  for (const rule of COMMAND_RULES) {
    if (candidates.some((utterance) => rule.patterns.some((pattern) => pattern.test(utterance)))) return rule.command;
  }
  return null;
}

/**
 * "Tell me more" after an answer: more on the same entry, not a new question. Whole message only, so
 * "tell me more about the CCM" is still a question for the guide.
 */
/** What "more" may be about: the last answer ("on that", "about it"). */
const onThat = '(?: (?:on|about|of) (?:it|that|this|this one|that one|(?:the|that|this|your) (?:last |previous )?(?:answer|point|bit|part|one)))?(?: a (?:little|bit)(?: more)?| a little further| further| more)?';
export const FOLLOW_UP_PATTERNS: readonly RegExp[] = [
  new RegExp(`^(?:(?:can|could) you )?(?:tell|show|give) me (?:some |a bit |a little )?more${onThat}${please}$`),
  new RegExp(`^(?:(?:i would like |id like |i want |i need |give me )?(?:some |a bit |a little )?more(?: info| information| details| detail| depth)?${onThat}|and|and then|${GROUP_PHRASES.more}|(?:what|anything|something) else${onThat}|what more|and what else)${please}$`),
  new RegExp(`^(?:(?:can|could) you )?(?:explain|say|elaborate|expand)(?: (?:on|about))?(?: (?:it|that|this))? (?:more|further|a bit more|in more detail)${please}$`),
  new RegExp(`^(?:(?:can|could) you )?(?:elaborate|expand|go into (?:(?:a bit|a little|some|much|a lot|lots) )?(?:more )?detail|go deeper|dig deeper)${onThat}${please}$`),
  new RegExp(`^(?:what else (?:should|do|can|could) (?:i|you) (?:know|tell me)|anything else (?:i should know|to know|you can tell me)|is there (?:anything )?more(?: to it)?|(?:any )?(?:more|further) (?:details|info|information))${onThat}${please}$`),
];

export function recogniseFollowUp(text: string): boolean {
  return readings(text).some((utterance) => FOLLOW_UP_PATTERNS.some((pattern) => pattern.test(utterance)));
}

/** "None of these" typed instead of clicked (or from a client that drops button values). */
const NONE_OF_THESE = /^(?:none of (?:these|them|those)(?: fit| match)?|none|neither|neither of them|not those|none of the above)$/;

export function recogniseNoneOfThese(text: string): boolean {
  return NONE_OF_THESE.test(withoutPoliteWords(normalise(text)));
}

export function recogniseFlow(text: string): FlowIntent | null {
  const candidates = readings(text);
  for (const rule of FLOW_RULES) {
    if (candidates.some((utterance) => rule.patterns.some((pattern) => pattern.test(utterance)))) return { flow: rule.flow };
  }
  const offered = candidates.map(flowOffered).find((flow) => flow !== null);
  if (offered) return { flow: offered };
  if (candidates.some(asksForTheSteps)) return { flow: 'careerSteps' };
  return candidates.some(asksForTheRoadmap) ? { flow: 'roadmap' } : null;
}

/** Each flow as people name it when they point back at it. */
const FLOW_NAMED: ReadonlyArray<readonly [FlowName, string]> = [
  ['roadmap', '(?:(?:career|personal|personali[sz]ed) )?(?:road ?map|plan)'],
  ['careerSteps', '(?:(?:ten|10|career) )?steps(?: one by one| walk ?through)?|(?:step by step|steps) (?:guide|walk ?through|tour)|walk ?through'],
  ['specialisation', '(?:speciali[sz]ation|specialty|speciality) (?:chooser|picker|quiz|finder|questions)|chooser|help (?:to |with )?(?:choosing|picking) (?:a |an )?(?:speciali[sz]ation|specialty|speciality|area)'],
  ['salaryLadder', '(?:salary|pay) (?:ladder|levels)'],
];
/**
 * A flow the bot offered, pointed back at: "earlier you offered me a roadmap", "you mentioned the steps walkthrough a
 * minute ago", "the roadmap you suggested before". The flow named is the object of the offer, with at most when it was
 * said after it: "you said the roadmap takes 6 years" says something of it, and is not this.
 */
const OFFERED_BY_YOU = '(?:you|u) (?:offered|mentioned|suggested|talked about|brought up|said something about|spoke about|promised|recommended)(?: (?:me|to me|to do|to make me|to build me))?';
const WHEN_SAID = '(?: (?:earlier|before|previously|already|above|at the start|at the beginning|just now|a (?:minute|moment|bit|while) ago|a few messages (?:ago|back)|too|as well))*';
const FLOW_OFFERED: ReadonlyArray<readonly [FlowName, RegExp]> = FLOW_NAMED.map(([flow, named]) => [
  flow,
  new RegExp(
    `^(?:(?:earlier|before|ok|okay|so|well|right|hey|oh|and|but|yes|yeah)\\s+)*(?:${OFFERED_BY_YOU} (?:a |an |the |your |that |this |one of (?:your|those|these) )?(?:${named})|(?:the |that |this |your )(?:${named}) (?:that |which )?${OFFERED_BY_YOU})${WHEN_SAID}$`,
  ),
]);

/** The flow a message points back at as offered by the bot, or null. */
function flowOffered(reading: string): FlowName | null {
  return FLOW_OFFERED.find(([, pattern]) => pattern.test(reading))?.[0] ?? null;
}

/** Words that frame a request for the steps and change nothing: "cn u giv me", "ugh", "no i ment", "thing", "pls". */
const STEPS_REQUEST_FRAME: ReadonlySet<string> = new Set(
  ('no nah nope yes yeah yep ok okay ugh urgh argh um umm hmm well oh so and actually sorry hey hi hello yo hiya i meant mean ment mant ' +
    'just can cn could would will you ya please pls plz give giv gimme show shw tell list see send me us them again ' +
    'what wat are were is there go through thru over do want wanna need like get have got lets let thing things stuff bit ' +
    'whole full entire all in into order thanks thx ty to for a an start begin try trying check out open then lol move moving switch switching go going').split(' '),
);
/** Words that name the steps' own subject (the career), typed with a slip or not: "becom a care manger". */
const STEPS_SUBJECT = ['career', 'become', 'becoming', 'care', 'manager', 'managers', 'management', 'guide'] as const;
/** What marks "steps" as the guide's ten ("the steps", "the 10 steps", "career steps") or asked for ("give me steps"). */
// "what is steps", "wat r steps": asked what they are, as people write "what are the steps" in short (ut31b K2).
const STEPS_MARKED = new Set(['the', 'those', 'these', 'your', 'ur', '10', 'ten', 'career', 'give', 'giv', 'gimme', 'show', 'shw', 'list', 'tell', 'send', 'see', 'what', 'wat']);
/** Real words one slip from "steps" that are not it. */
const NOT_STEPS: ReadonlySet<string> = new Set(['stops', 'stems', 'seeps', 'sleeps', 'stepss']);

/**
 * The guide's steps asked for loosely, with typos and framing ("cn u giv me the stpes", "carrer steps pls", "ugh. the
 * 10 steps thing", "no i ment the steps to becom a care manger"): every word frames the request or names the career,
 * and "steps" is there, marked as the guide's ("the", "10", "career") or asked for ("give me"). A message that says
 * anything else ("the steps to get certified", "how many steps", "what steps should I take") is not this.
 */
function asksForTheSteps(reading: string): boolean {
  const said = reading.split(' ');
  let steps = false;
  for (const [at, word] of said.entries()) {
    // "the 10 step thing": the step after the number is the steps.
    const numbered = word === 'step' && (said[at - 1] === '10' || said[at - 1] === 'ten');
    if (numbered || (!NOT_STEPS.has(word) && (word === 'steps' || wordMatches(word, 'steps')))) steps = true;
    else if (!STEPS_REQUEST_FRAME.has(word) && !STEPS_MARKED.has(word) && !STEPS_SUBJECT.some((subject) => wordMatches(word, subject))) return false;
  }
  return steps && said.some((word) => STEPS_MARKED.has(word) || wordMatches(word, 'career'));
}

/** Words that say where the roadmap leads or how soon, and change nothing: "to care manager", "into care management asap". */
const ROADMAP_FRAME: ReadonlySet<string> = new Set(
  ('into in towards toward my own personal personalised personalized quick quickly fast fastest asap soon possible as ' +
    'one some sort kind of be becoming get getting move moving switch switching there it that this here').split(' '),
);
/** Real words one slip from "roadmap" that are not it. */
const NOT_ROADMAP: ReadonlySet<string> = new Set(['roadmaps']);

/**
 * The roadmap asked for in the fewest words, with typos and framing ("roadmap to care manager pls", "quick raodmap into
 * care management?", "ok the roadmap then", "is there a road map"): every word frames the request, says where it leads
 * (the career) or how soon, and "roadmap" is there. A message that says anything else ("why does my roadmap say 6
 * years", "what is on the roadmap for step 5") is not this.
 */
function asksForTheRoadmap(reading: string): boolean {
  const said = reading.replace(/\broad map\b/g, 'roadmap').split(' ');
  let roadmap = false;
  for (const word of said) {
    if (word === 'roadmap' || (!NOT_ROADMAP.has(word) && word.length >= 6 && wordMatches(word, 'roadmap'))) roadmap = true;
    else if (!STEPS_REQUEST_FRAME.has(word) && !STEPS_MARKED.has(word) && !ROADMAP_FRAME.has(word) && !STEPS_SUBJECT.some((subject) => wordMatches(word, subject))) return false;
  }
  return roadmap;
}

const opener = '^(?:(?:ok|okay|so|and|but|well|basically|honestly|just|right|anyway|now)\\s+)*';
const theCareer = '(?:a |an )?(?:care|case) manag\\w*(?: (?:role|roles|job|jobs|position|work))?';
const soon = '(?: (?:as (?:fast|quickly|soon) as (?:i can|possible|poss)|asap|quickly|quick|fast|soon|eventually|one day|someday|in the end|if i can|if possible))*';
const getInto = '(?:get|go|move|step|switch|break|transition|change careers?|become|be)(?: (?:over|up|across|myself))?(?: (?:in|into|to|towards?))?';
/**
 * The way into the career, which the roadmap and the steps answer: the aim said ("get into care management as fast as I
 * can", "I want to become a care manager asap"), or the way asked ("fastest way into care management?", "how do I get
 * there quickly", "what steps do I need to take?", "what should I do first"). How long it would take is not asked here:
 * with a story, the reckoning of what is left for them answers it (answerTurn.ts).
 */
const WAY_IN: readonly RegExp[] = [
  new RegExp(`${opener}(?:i (?:want|wanna|need|would like|would love|hope|plan|am hoping|am planning|am trying|am looking|am keen|really want)(?: to)? )?${getInto} ${theCareer}${soon}$`),
  // The aim told as a thought ("thinking about moving into case management"), before the way asked ("whats the fastest route").
  new RegExp(`${opener}(?:i am |i m |im |i have been |i ve been |ive been |been )?(?:thinking (?:about|of)|considering|looking (?:at|into)|interested in|planning on)(?: maybe| possibly| seriously)?(?: (?:moving|getting|going|switching|stepping|transitioning|changing careers?|becoming|a (?:career )?(?:move|switch|change))(?: (?:over|across))?(?: (?:in|into|to|towards?))?)? ${theCareer}${soon}$`),
  new RegExp(`${opener}(?:what is |whats )?(?:the |my )?(?:fastest|quickest|best|easiest|shortest|most direct|cheapest) (?:way|route|path|road)(?: (?:in|into|to|towards?))?(?: (?:becoming|become|get into|getting into))?(?: ${theCareer}| it| there| the field| this)?(?: for me)?$`),
  new RegExp(`${opener}how (?:do|can|could|would|should|might) i (?:get|go|move|switch|break|transition|become)(?: (?:in|into|to|there|one|it|that))*(?: ${theCareer})?${soon}$`),
  new RegExp(`${opener}what (?:steps|things) (?:do|should|would|must|can|could) i (?:need to |have to |got to |gotta )?(?:take|do)(?: first| next| now| from here)?(?: to (?:get there|become one|get into it|do it|get started))?$`),
  new RegExp(`${opener}what (?:do|should|would|must|can|could) i (?:need to |have to |got to |gotta )?do(?: first| next| from here| to (?:get there|become one|get into it|get started))$`),
];

/** True when a clause says the aim of getting into the career, or asks the way in (the roadmap and the steps answer it). */
export function saysTheWayIn(clause: string): boolean {
  const said = plainWords(normalise(clause));
  return WAY_IN.some((pattern) => pattern.test(said));
}
