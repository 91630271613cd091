/**
 * The short words people steer a conversation with (yes, no, stop, start over, continue, next, back ...), each group
 * written once, with what it means in each place a message can arrive. Every reader of a message takes its words and
 * its meaning from here, so "start over" cannot mean one thing to the router and another to the walk.
 *
 * Patterns read the normalised message (textMatch.normalise): lower case, no punctuation, contractions expanded
 * ("I'm done" is "i am done", "that's it" is "that is it", "let's" is "let"), and match the whole message.
 */
import { rememberRecent } from '../../../knowledge/text';
import { normalise } from './textMatch';

/** Where a message arrives: no guided flow running, the career steps walk, or another guided flow's question. */
export type Place = 'root' | 'walk' | 'flow';

export const WORD_GROUPS = ['yes', 'okay', 'ack', 'no', 'notReally', 'cancel', 'leaveHere', 'stop', 'done', 'restart', 'resume', 'next', 'more', 'back', 'again', 'whereAmI', 'overview'] as const;
export type WordGroup = (typeof WORD_GROUPS)[number];

/**
 * What a word group does in each place.
 * - chat: a short reply that fits (conversation.ts), never a search.
 * - followUp: more on the last answer.
 * - cancel: leave the flow in progress (saying where the walk was saved); with none, say there is nothing to stop.
 * - restartAll: a fresh start (the welcome). restartFlow: the flow in progress from its first question.
 * - walk: the career steps walk (offering to resume); resumeWalk: straight back to the saved step.
 * - next / back / repeat / restart / stop / continue / overview: the walk's own moves (stepNavigation.ts).
 * - answer: the flow's question reads it as its answer; if it cannot, it is understood as at the root.
 */
export type GroupAction =
  | 'chat'
  | 'followUp'
  | 'cancel'
  | 'restartAll'
  | 'restartFlow'
  | 'walk'
  | 'resumeWalk'
  | 'next'
  | 'back'
  | 'repeat'
  | 'restart'
  | 'stop'
  | 'continue'
  | 'overview'
  | 'answer';

export const GROUP_MEANINGS: Readonly<Record<WordGroup, Readonly<Record<Place, GroupAction>>>> = Object.freeze({
  /**
   * "yes": at the root, "what would you like to know?"; a flow's question reads it; in the walk, an answer read against
   * what the walk asked last (careerStepsDialog.ts: the step again after "shall we carry on with step 3?", the next one
   * on a card).
   */
  yes: { root: 'chat', walk: 'chat', flow: 'answer' },
  /** "ok", "got it": an acknowledgement at the root; in the walk, as "yes" is (and after "back", only taken in). */
  okay: { root: 'chat', walk: 'chat', flow: 'answer' },
  /** "cool", "great", "I see": an acknowledgement everywhere (the walk then offers to carry on). */
  ack: { root: 'chat', walk: 'chat', flow: 'answer' },
  /** "no", "not now": at the root, "no problem"; in the walk an answer too, which stops it there (the place is saved). */
  no: { root: 'chat', walk: 'chat', flow: 'answer' },
  /** "not really", "not yet": at the root, "no problem"; in the walk the same reply, and the walk waits at its step. */
  notReally: { root: 'chat', walk: 'chat', flow: 'answer' },
  /** "cancel", "never mind": leave whatever runs. */
  cancel: { root: 'cancel', walk: 'cancel', flow: 'cancel' },
  /** "let's stop there", "call it a day": the walk stops and saves its place, a flow ends; with nothing running, "OK, we'll leave it there". */
  leaveHere: { root: 'cancel', walk: 'stop', flow: 'cancel' },
  /** "stop", "quit": the walk stops and saves its place; elsewhere it is cancel. */
  stop: { root: 'cancel', walk: 'stop', flow: 'cancel' },
  /** "done", "I'm done", "that's it": at the root a goodbye or an acknowledgement; the walk stops; a flow's question may end on it. */
  done: { root: 'chat', walk: 'stop', flow: 'answer' },
  /** "start over": at the root a fresh start; in the walk back to step 1 (steps done stay done); a flow asks again from its first question. */
  restart: { root: 'restartAll', walk: 'restart', flow: 'restartFlow' },
  /** "continue": at the root the walk at the saved step; in the walk the same step after a question, else the next. */
  resume: { root: 'resumeWalk', walk: 'continue', flow: 'answer' },
  /** "next": at the root the walk at the saved step; in the walk the next step. */
  next: { root: 'walk', walk: 'next', flow: 'answer' },
  /** "go on", "carry on": at the root more on the last answer; in the walk the next step. */
  more: { root: 'followUp', walk: 'next', flow: 'answer' },
  /** "back": at the root the walk at the saved step; in the walk the step before. */
  back: { root: 'walk', walk: 'back', flow: 'answer' },
  /** "say that again": at the root the last answer again; in the walk the same step. */
  again: { root: 'chat', walk: 'repeat', flow: 'answer' },
  /** "where was I", "what step am I on": at the root the walk at the saved step; in the walk the same step. */
  whereAmI: { root: 'resumeWalk', walk: 'repeat', flow: 'answer' },
  /** "list the steps": the ten steps (at the root, by starting the walk). */
  overview: { root: 'walk', walk: 'overview', flow: 'answer' },
});

/**
 * Stopping at a point, to come back another time ("let's stop there for today", "I'll leave it here", "call it a day"):
 * the time said after it is a polite ending (withoutPoliteWords). Said inside a longer goodbye, the conversation reader
 * takes it as one ("thanks, I'll stop here").
 */
export const STOPPING_HERE =
  '(?:(?:i will|i am going to|i think i will|we can|i think we can|i would like to) )?(?:stop|leave it|leave things|leave this|end|pause|finish|wrap up|wrap it up|call it)(?: (?:it|this|that|things|the steps|the walk))? (?:here|there|at that|at this point)|' +
  '(?:i will |we can )?call it a day|that is enough(?: (?:here|there|at that))?|(?:i have |i ve )?had enough(?: for (?:now|today|tonight|the day))|' +
  // Going on another time: "I'll pick this up tomorrow", "let's carry on another day", "can we finish this later".
  '(?:(?:i will|i can|we can|let|i am going to|i will have to|can we|could we) )?(?:pick (?:this|it|things) (?:up|back up)|carry on|continue|finish|do the rest|come back to (?:this|it|the rest))(?: (?:with )?(?:this|it|the rest))? (?:later|tomorrow|another (?:time|day)|some other time|next time|on another day)';

/** The phrases of each group, as regular expression alternatives over the normalised message. */
export const GROUP_PHRASES: Readonly<Record<WordGroup, string>> = Object.freeze({
  yes: 'yes|yeah|yea|yep|yup|ya|yes i do|i do|sure|sure thing|of course|absolutely|definitely|yes please',
  // Everyday and slang forms of ok: "aight", "bet", "k bet", "say less", "word", "sure sure".
  okay: 'ok|okay|k|kk|okie|okey|oki|alright|all right|aight|ight|aite|alrighty|got it|right|bet|k bet|ok bet|say less|word|sure sure|cool cool|safe|sweet|sweet as|coolio|okie dokie|okey dokey',
  ack: 'cool|great|nice|good|fine|perfect|awesome|understood|i understand|i get it|i understand now|i get it now|i see now|noted|i see|sounds good|lol|haha|ha|hmm+|wow|interesting|fair enough|good to know|nice to know|great to know|makes sense|no worries|no problem|no probs|no prob|np|whatever|if you say so|gotcha|righto',
  no: 'no|nope|nah|not now|no thanks|no thank you|maybe later|later|no more',
  notReally: 'not really|not yet|not at the moment|i do not|i dont|no i do not|no i dont',
  // A no before it turns down what was going on: "nah scrap that", "no, never mind".
  cancel: '(?:(?:no|nah|nope) )?(?:cancel|cancel it|cancel this|cancel that|abort|never ?mind|nvm|forget it|forget about it|forget that|scrap that|scrap it|leave it|do not worry about it)',
  leaveHere: `${STOPPING_HERE}`,
  stop:
    '(?:stop|quit|exit|end|pause|leave|close)(?: (?:it|this|that|now|the steps|the walk|(?:the |this )?walk ?through|the tour|the chat|this chat|the conversation|this conversation|this flow|everything))?|' +
    'enough|that is enough|thats enough',
  done: 'done|i am done|im done|finish|finished|that is it|thats it|that is all|all good|nothing',
  restart:
    '(?:let )?(?:start|begin)(?: it| this| all| everything)? (?:over|again|afresh|anew)|(?:restart|reset)(?: (?:it|this|the steps|steps|the chat|this chat|the conversation|this conversation|everything|the bot|all))?|' +
    'from the (?:very )?(?:top|start|beginning)|(?:start|begin) (?:from|at) (?:the (?:very )?beginning|the (?:very )?start|the top|scratch)|' +
    'start from scratch|from scratch|(?:go )?back to the (?:very )?(?:start|beginning)|go to the (?:very )?(?:beginning|start)|clean slate|fresh start|new chat|new conversation|' +
    '(?:clear|wipe) (?:the |this |our )?(?:chat|conversation|history)|start (?:fresh|a new (?:chat|conversation))',
  resume:
    'continue|resume|continue the steps|resume the steps|continue the walk|back to the steps|' +
    'pick up where i left off|continue where i left off|keep going from here',
  next: 'next|nxt|nex|next one|next step|the next step|forward|go forward|move on|onwards?|skip|skip this|skip it|skip this step',
  more: 'go on|keep going|carry on',
  back: 'back|go back|step back|previous|prev|previous step|previous one|the previous step|back one|one back|one step back|go back one|go back a step|go back one step|back a step',
  again: 'repeat|repeat that|repeat this|repeat it|again|say that again|say it again|show again|show it again|show me again|one more time',
  whereAmI:
    'where am i|where are we|where was i|where were we|where did i leave off|where did we leave off|this step|same step|repeat the step|repeat this step|' +
    '(?:what|which) step (?:am i on|are we on|am i at|is this|is it|are we at|was i on)',
  overview:
    '(?:(?:list|show|show me|give me|tell me|see|what are)(?: all)?(?: the)?(?: (?:10|ten))?(?: career)? steps(?: again)?|all(?: the)?(?: (?:10|ten))? steps|' +
    '(?:the )?(?:10|ten) steps|(?:steps )?overview|(?:the )?(?:full|whole) list(?: of steps)?)',
});

/**
 * Informal spellings of everyday words, read as the word meant ("thx", "soz", "okie", "gimme", "r u"), so every reader
 * of a message lists one form. The knowledge core's normaliser already expands "i'm" / "im" and "what's" / "whats".
 */
export const INFORMAL_SPELLINGS: Readonly<Record<string, string>> = Object.freeze({
  thats: 'that is', ive: 'i have', youre: 'you are', ur: 'your', u: 'you', r: 'are', dont: 'do not', didnt: 'did not',
  doesnt: 'does not', isnt: 'is not', wasnt: 'was not', arent: 'are not', wont: 'will not', gonna: 'going to', wanna: 'want to', gotta: 'got to',
  gimme: 'give me', lemme: 'let me', thru: 'through', tru: 'through', soz: 'sorry', sry: 'sorry', srry: 'sorry', sorri: 'sorry', thnx: 'thanks', thanx: 'thanks', thnks: 'thanks', thks: 'thanks', tks: 'thanks',
  tnx: 'thanks', tnks: 'thanks', thankz: 'thanks', thanq: 'thank you', tq: 'thank you', thku: 'thank you', thankyouu: 'thank you', pls: 'please', plz: 'please', plse: 'please',
  okie: 'ok', okey: 'ok', oki: 'ok', okies: 'ok', okk: 'ok', okkk: 'ok', okayy: 'ok', yh: 'yeah', yeh: 'yeah', yah: 'yeah', yas: 'yes', yess: 'yes',
  naw: 'nah', wat: 'what', wot: 'what', wut: 'what', hru: 'how are you', abt: 'about', ppl: 'people', msg: 'message', msgs: 'messages', convo: 'conversation',
  rn: 'now', gud: 'good', gr8: 'great', grt: 'great', luv: 'love', idk: 'i do not know', tmrw: 'tomorrow', pic: 'picture',
});

/** "id rather", "id like": "I'd" typed without its apostrophe, before a verb of wanting (alone, "id" may be an ID). */
const I_WOULD = /\bid (?=(?:rather|like|love|prefer|appreciate)\b)/gi;

/** The text with "id" read as "i would" where a verb of wanting follows it. */
export const withIWould = (text: string): string => text.replace(I_WOULD, 'i would ');

/**
 * "ill stop here", "ill come back tomorrow": "I'll" typed without its apostrophe, before a verb of going on or stopping
 * (alone, or before "health", "people" or "patients", "ill" is ill).
 */
const I_WILL = /\bill (?=(?:stop|leave|come|be|pick|continue|carry|finish|call|check|get|go|have|head|look|think|try|do|take|ask|read|keep|start|need|probably|just|definitely|def|prob)\b)/gi;

/** The text with "ill" read as "i will" where a verb follows it. */
export const withIWill = (text: string): string => text.replace(I_WILL, 'i will ');

/** The normalised message with informal spellings read as the word meant. */
export function plainWords(normalised: string): string {
  if (!normalised) return normalised;
  return withIWould(normalised)
    .split(' ')
    .map((word) => INFORMAL_SPELLINGS[word] ?? word)
    .join(' ');
}

/** Words that soften or stress a phrase without changing it ("I don't quite follow", "what can you actually do"). */
export const HEDGES: ReadonlySet<string> = new Set('quite really rather just even actually truly terribly awfully honestly indeed perhaps possibly kindly much far simply'.split(' '));

/** The phrase without its hedges, to be tried again. */
export function withoutHedges(phrase: string): string {
  return phrase
    .split(' ')
    .filter((word) => !HEDGES.has(word))
    .join(' ');
}

/** Words around the meaning that change nothing: "ok next please", "can we go back", "let's continue". */
/** Hesitations that open a change of mind ("actually cancel", "wait go back", "hmm stop"): they change nothing either. */
const HESITATIONS = 'actually|wait|hang on|hold on|oh|um+|erm+|uh|ah|hmm+|oops|on second thought|on second thoughts';
const POLITE_BEFORE = new RegExp(`^(?:(?:ok|okay|please|pls|kindly|alright|right|so|now|and|then|just|can you|could you|would you|will you|can we|could we|let|lets|let us|i want to|i would like to|i wanna|${HESITATIONS})\\s+)+`);
/** For how long, after a request to stop ("stop there for today", "cancel that for now"): the request is the same. */
const FOR_A_WHILE = 'for now|for today|for the day|for the moment|for the time being|for tonight|today|tonight';
const POLITE_AFTER = new RegExp(`(?:\\s+(?:please|pls|plz|thanks|thank you|now|then|for me|${FOR_A_WHILE}))+$`);

/** Every word the polite openings and endings are written in. */
export const POLITE_WORDS: readonly string[] = Object.freeze([...new Set([POLITE_BEFORE, POLITE_AFTER].flatMap((pattern) => pattern.source.match(/[a-z]+/g) ?? []))]);

/** Thanks at the end of a message: polite after a request ("next thanks"), but the point of an acknowledgement ("got it thanks"). */
const THANKS_AFTER = /\s+(?:thanks|thank you)$/;

/** The normalised message without polite words around it. */
export function withoutPoliteWords(normalised: string): string {
  return normalised.replace(POLITE_BEFORE, '').replace(POLITE_AFTER, '').trim();
}

/** Groups that only acknowledge: said with thanks ("got it thanks", "cool thanks"), the thanks is what is said. */
const ACKNOWLEDGING: ReadonlySet<WordGroup> = new Set(['okay', 'ack']);

const GROUP_PATTERNS: ReadonlyArray<readonly [WordGroup, RegExp]> = WORD_GROUPS.map((group) => [group, new RegExp(`^(?:${GROUP_PHRASES[group]})$`)] as const);

/** The word group a whole message belongs to, after polite words; null when it is something else. */
export function wordGroupOf(text: string): WordGroup | null {
  return recentWordGroups(text);
}

// Several readers of one message ask for its group (commands, then navigation).
const recentWordGroups = rememberRecent((text: string): WordGroup | null => {
  const bare = withIWill(normalise(text));
  if (!bare) return null;
  const thanked = THANKS_AFTER.test(bare);
  for (const candidate of [bare, withoutPoliteWords(bare)]) {
    if (!candidate) continue;
    for (const [group, pattern] of GROUP_PATTERNS) if (pattern.test(candidate)) return thanked && ACKNOWLEDGING.has(group) ? null : group;
  }
  return null;
}, 16);

/** "got it thanks", "cool, thank you": an acknowledgement said with thanks, which is conversation, never a move. */
export function isThankedAcknowledgement(text: string): boolean {
  const bare = normalise(text);
  if (!THANKS_AFTER.test(bare)) return false;
  const group = recentWordGroups(bare.replace(THANKS_AFTER, ''));
  return group !== null && ACKNOWLEDGING.has(group);
}

/** True when the message is one of the group's phrases. */
export function isGroup(text: string, group: WordGroup): boolean {
  return wordGroupOf(text) === group;
}

/** What a message of a word group does in a place; null when it is not one. */
export function groupAction(text: string, place: Place): { group: WordGroup; action: GroupAction } | null {
  const group = wordGroupOf(text);
  return group ? { group, action: GROUP_MEANINGS[group][place] } : null;
}
