/**
 * Conversation in context: what people say to a bot that is not a question for the guide. Thanks, praise, goodbyes,
 * complaints about the last answer, asking for a person, questions about the bot itself, and a bare "yes", "ok" or
 * number with nothing to answer. Each gets a reply that fits (rendering/messages.ts), never an FAQ answer.
 *
 * Only whole messages count, or acts in front of a question ("thanks! and how long does it take?"): then the question
 * is answered after the acknowledgement, so a real question is never swallowed.
 */
import { normalise } from './textMatch';
import { GROUP_PHRASES, withoutPoliteWords } from './vocabulary';

export const CHAT_ACTS = [
  'greeting',
  'howAreYou',
  'thanks',
  /** "that was helpful": rates the last answer helpful. */
  'helpful',
  /** "you're great", "good bot": about the bot, not an answer. */
  'praise',
  'bye',
  /** "that was not helpful at all", "that's wrong": rates the last answer not helpful, offers to rephrase. */
  'complaint',
  /** "what?", "I don't understand". */
  'confused',
  'sorry',
  /** "can I talk to a human". */
  'askHuman',
  'whoAreYou',
  'areYouHuman',
  /** "who made you", "where do your answers come from", "can I trust you". */
  'aboutSource',
  'ack',
  'yes',
  'no',
  /** "say that again": the last answer again. */
  'again',
] as const;
export type ChatAct = (typeof CHAT_ACTS)[number];

const thanks =
  '(?:(?:ok|okay|great|cool|perfect|brilliant|awesome|wow) )?(?:thanks|thank you|thank u|thankyou|thanx|thx|ty|tysm|cheers|many thanks|much appreciated|appreciate it|i appreciate it|i appreciate that)' +
  '(?: (?:so much|very much|a lot|a bunch|a million|loads|heaps))?(?: (?:bot|again|mate|for (?:that|this|the (?:help|info|information|answer|answers|advice))|for your help|for helping|for the help))?';
const answerPraise =
  '(?:very |really |so |super |extremely |quite |most |incredibly )?(?:helpful|useful|informative|clear|great|perfect|good|brilliant|excellent|interesting|insightful|handy)';
const helpful =
  `(?:(?:that|this|it|that answer|this answer|the answer|your answer)(?: is| was| has been)? ${answerPraise}(?: (?:info|information|answer|advice|stuff|to know))?(?: thanks| thank you)?|(?:very |really |so |super )?(?:helpful|useful|informative)(?: thanks| thank you)?|` +
  '(?:that|this|it) (?:really |very much )?help(?:s|ed)(?: (?:a lot|loads|heaps|me|me a lot|so much))?|(?:great|good|nice|perfect|brilliant|excellent|helpful|useful) (?:answer|info|information|reply|response)|' +
  '(?:(?:that|this|it) (?:is|was) )?(?:exactly|just) what i (?:needed|wanted|was looking for)|that answers? (?:it|my question)|that makes sense|makes sense|got what i needed)';
const praise =
  '(?:you are|you re|ur|u r|youre) (?:so |very |really |super |such )?(?:great|awesome|amazing|brilliant|helpful|the best|smart|clever|a star|fantastic|wonderful|cool|lovely|kind|a lifesaver|a life saver|a legend|a gem|a great help|a big help)|' +
  '(?:good|great|nice|clever|smart) bot|(?:i )?love (?:it|this|you|this bot|talking to you)|(?:i )?like (?:this bot|you|talking to you)|well done|nice one|great job|good job|awesome job|' +
  'this (?:bot )?is (?:great|awesome|amazing|brilliant|cool|so helpful|really helpful|very helpful)';
const notGood =
  '(?:not|not very|not really|not that|not at all|hardly|barely) (?:very |really |that |at all )?(?:helpful|useful|clear|right|correct|relevant|accurate|good|what i (?:asked|meant|wanted|needed|was looking for)|an answer|my question|it)(?: at all)?';
const complaint =
  `(?:(?:that|this|it|your answer|the answer|that answer)(?: is| was)? ${notGood}|${notGood}|` +
  '(?:that|this|it|you) (?:did not|didnt|does not|doesnt|do not|dont|can not) (?:help|answer (?:my|the) question|answer it|make (?:any )?sense|understand(?: me| my question)?|get it)(?: at all)?|' +
  'you (?:did not|didnt|do not|dont) (?:answer|understand|get it|help)(?: my question| me| at all)?|' +
  '(?:that|this|it|your answer|the answer)(?: is| was) (?:wrong|incorrect|useless|rubbish|nonsense|irrelevant|stupid|terrible|awful|pointless|off|way off|not right|not it|confusing|too vague|vague|too long|too short)|' +
  '(?:wrong|bad|useless|rubbish|terrible|awful|pointless|irrelevant|stupid|dumb|silly) (?:answer|bot|reply|response|info)|' +
  '(?:(?:no|nah|nope|hmm|um|erm|ugh) )?(?:unhelpful|useless|not helpful|no help|wrong|wrong answer|nonsense|rubbish|that is not it|makes no sense|that makes no sense|that is wrong|that is not right|that is incorrect)|' +
  'meh|could be better|could have been better|not great|not good|not the best|you (?:misunderstood|misunderstood me|misread|got it wrong|are wrong|have it wrong|are not understanding)|' +
  'that is not what i (?:asked|meant|wanted|needed)(?: for)?|you are (?:useless|not helpful|no help|unhelpful|wrong|stupid|dumb|rubbish|terrible|not listening)|' +
  'this (?:bot )?is (?:useless|bad|stupid|terrible|rubbish|pointless|not helpful|not working)|you are not (?:helping|listening)|that did not answer my question|' +
  'i (?:already )?(?:asked|said) (?:something else|a different question)|that is not my question|not my question|(?:this|that) is frustrating|so frustrating|ugh)';
const person =
  '(?:a |an |some |the |to a |to an )?(?:real |actual |live |proper )?(?:human|human being|person|people|agent|advisor|adviser|representative|rep|operator|someone|somebody|member of staff|staff member|staff|counsellor|counselor|careers advisor|careers adviser|customer service|support)(?: real| else| who works there| from your team)?(?: please)?';
const askHuman =
  `(?:(?:can|could|may) i (?:please )?(?:talk|speak|chat) (?:to|with) ${person}|(?:i want|i would like|i need|i wanna|let me|i would rather) (?:to )?(?:talk|speak|chat) (?:to|with) ${person}|` +
  `(?:talk|speak|chat) (?:to|with) ${person}|(?:connect|transfer|put) me (?:to|through to|with) ${person}|(?:get|give) me ${person}|` +
  '(?:human|real person|live person|live agent|agent|operator|representative|customer service|live chat)(?: please)?|' +
  'is there (?:a person|a human|someone|anyone|anybody|a real person)(?: i can| to| here)?(?: (?:talk|speak|chat|call|email|contact|write)(?: to| with)?)?|' +
  '(?:is|are) (?:there )?(?:any )?(?:humans?|people|persons?|staff) (?:here|there|available|around)|' +
  '(?:who|how) (?:can|do|should) i (?:contact|call|email|reach|ring|phone)(?: someone| a person| you| a human| somebody| your team)?|' +
  '(?:what is )?(?:your |the )?(?:phone|telephone) number|(?:your |the )?contact (?:details|number|info|information)|(?:your |the )?email address)';
const whoAreYou =
  'who are you|who is this|who is that|what are you|what is your name|who am i (?:talking|speaking|chatting) (?:to|with)|introduce yourself|tell me about yourself|what is this|what is this bot|what is this chat';
const areYouHuman =
  '(?:are you|r u|are u|you are|you re|is this|am i (?:talking|speaking|chatting) (?:to|with)) (?:a |an )?(?:real )?(?:human|person|human being|bot|robot|ai|a i|machine|chatbot|chat bot|computer|real|chatgpt|chat gpt|gpt|program|programme)|' +
  'is this (?:a )?(?:real person|human|bot|automated|ai)|are you (?:alive|sentient|conscious)';
const aboutSource =
  '(?:who|what company|which company) (?:made|built|created|designed|programmed|wrote|developed|owns|runs|trained|makes) (?:you|this|this bot|this chatbot|this chat|this thing|this app)|who is behind (?:you|this|this bot)|' +
  '(?:where|how) (?:do|did) you (?:get|find|come up with|learn|know)(?: (?:your|the|this|that|all this|all that))?(?: (?:information|info|answers|facts|data|knowledge|stuff))?(?: from)?|' +
  '(?:where|what) (?:does|do|did) (?:your|the|this|all this|that) (?:information|info|answers?|facts|data|knowledge|stuff|advice) (?:come from|come out of)|(?:what|which) (?:is|are) your (?:source|sources)|what (?:source|sources|guide) (?:do|did) you use|how do you know(?: that| this| all this)?|' +
  'are you (?:reliable|accurate|trustworthy|always right|right|up to date|sure|correct)|(?:can|should) i (?:trust|believe) (?:you|this|your answers|what you say)|is (?:this|that|your information) (?:accurate|reliable|correct|true|up to date)|' +
  'how do you work|how were you made|what (?:ai|model|llm) (?:are you|do you use)|are you (?:using )?(?:chatgpt|openai|gpt)';
const greeting =
  '(?:(?:hi|hello|hey|heya|hiya|howdy|yo|hallo|greetings|good (?:morning|afternoon|evening|day))(?: there| bot| carebot| care bot| everyone| all| again)?|(?:hello |hi )?(?:is )?(?:anyone|anybody|somebody|someone) (?:there|here|home))';
const howAreYou = '(?:how are you|how are you doing|how r u|how are u|how is it going|hows it going|how do you do|how are things|what is up|wassup|sup)(?: today)?';
const bye =
  '(?:ok |okay )?(?:bye|goodbye|bye bye|see you(?: later| soon| around)?|see ya|cya|later|laters|catch you later|talk (?:to you )?later|ttyl|good night|farewell|take care|have a (?:good|nice) (?:day|one|evening)|that is all|that is all i needed|i am done|i am off|gotta go|got to go|i have to go|i need to go)(?: (?:now|for now|then|thanks|thank you|bot))?';
const confused = 'what|huh|eh|sorry what|come again|pardon|i do not understand|i dont understand|i am confused|confused|what do you mean|i do not get it|i dont get it|what does that mean|that is confusing|i am lost|lost';
const sorry = '(?:oh |oops |whoops )?(?:sorry|my bad|oops|whoops|apologies|i am sorry|my mistake)(?: about that)?';

/** Checked in this order: the first act that matches the whole message wins. */
export const CHAT_RULES: ReadonlyArray<readonly [ChatAct, RegExp]> = [
  ['complaint', complaint],
  ['askHuman', askHuman],
  ['helpful', `(?:${thanks} )?${helpful}`],
  ['thanks', thanks],
  ['praise', `(?:${thanks} )?(?:${praise})`],
  ['bye', `(?:${thanks} )?${bye}`],
  ['areYouHuman', areYouHuman],
  ['whoAreYou', whoAreYou],
  ['aboutSource', aboutSource],
  ['howAreYou', `(?:${greeting} )?${howAreYou}`],
  ['greeting', greeting],
  ['confused', confused],
  ['sorry', sorry],
  ['yes', GROUP_PHRASES.yes],
  ['no', `${GROUP_PHRASES.no}|${GROUP_PHRASES.notReally}`],
  ['ack', `(?:(?:lol|haha|ha|ok|okay) )?(?:${GROUP_PHRASES.okay}|${GROUP_PHRASES.ack}|${GROUP_PHRASES.done})`],
  ['again', GROUP_PHRASES.again],
].map(([act, source]) => [act as ChatAct, new RegExp(`^(?:${source})$`)] as const);

/** The conversational act a whole message is, or null. */
export function chatActOf(text: string): ChatAct | null {
  const t = normalise(text);
  if (!t) return null;
  for (const candidate of new Set([t, withoutPoliteWords(t)])) {
    for (const [act, pattern] of CHAT_RULES) if (pattern.test(candidate)) return act;
  }
  return null;
}

/** What a message says besides questions for the guide: its acts, in order, and the question left after them. */
export interface ChatReading {
  /** The acts said before the question (or the whole message), e.g. ["thanks", "helpful"]. */
  readonly acts: readonly ChatAct[];
  /** The rest of the message as typed, to search; empty when the message is only acts. */
  readonly rest: string;
}

/** Acts that may open a message before a question: "Hi, ...", "Thanks! ...", "That was useful. And ...". */
const LEADING_ACTS: ReadonlySet<ChatAct> = new Set(['greeting', 'thanks', 'helpful', 'praise', 'complaint', 'sorry', 'ack', 'yes', 'no', 'howAreYou']);
/** Words that join the question to what came before: "thanks, and how long ...", "ok so what about pay". */
const JOINER = /^\s*(?:and|but|also|so|now|then|one more thing|another question|next question|quick question|question|i meant|i mean)\b[\s,.:;!?-]*/i;
/** Where a leading act may end: a mark, or the word "and" / "but" / "so". */
const SEGMENT = /^(.{1,80}?)(?:\s*[,.!;:?\u2013\u2014-]+\s*|\s+(?=(?:and|but|so|also|now|can|could|what|how|do|does|is|are|why|when|where|which|who|will|would|should|tell|i meant|i mean)\b))/i;

/**
 * Reads the acts at the start of a message and what follows them. "thanks, that is really helpful!" is two acts and
 * no question; "thanks! and how long does it take?" is thanks and a question; "how long does it take" is all question.
 */
export function readChat(text: string): ChatReading {
  const whole = chatActOf(text);
  if (whole) return { acts: [whole], rest: '' };
  const acts: ChatAct[] = [];
  let rest = text.trim();
  for (let i = 0; i < 3 && rest; i++) {
    const segment = SEGMENT.exec(rest);
    const head = segment?.[1];
    const act = head ? chatActOf(head) : null;
    if (!segment || !act || !LEADING_ACTS.has(act)) break;
    acts.push(act);
    rest = rest.slice(segment[0].length).replace(JOINER, '').trim();
    const remaining = chatActOf(rest);
    if (remaining) return { acts: [...acts, remaining], rest: '' };
  }
  if (acts.length > 0 && normalise(rest) === '') return { acts, rest: '' };
  return { acts, rest: acts.length > 0 ? rest : text.trim() };
}
