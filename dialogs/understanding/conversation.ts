/**
 * Conversation in context: what people say to a bot that is not a question for the guide. Thanks, praise, goodbyes,
 * complaints about the last answer, asking for a person, questions about the bot itself, and a bare "yes", "ok" or
 * number with nothing to answer. Each gets a reply that fits (rendering/messages.ts), never an FAQ answer.
 *
 * A message is read the way people write it, not as one fixed phrase:
 * - in its own words: informal spellings and one-letter slips are read as the word meant ("thx", "soz", "okie",
 *   "thnaks", "helpfull"), and words that only address the bot or pad the message ("sir", "mate", "o", "lol", "tbh",
 *   "then", "now") change nothing;
 * - phrase by phrase: "ok im done, bye", "nvm forget it" or "goodbye and take care" is a sequence of acts, and the reply
 *   answers the one that matters most (respond.ts);
 * - by word classes: something said about the answer ("that was spot on", "that answer is way too vague") rates it,
 *   something said about the bot ("this bot is class") is praise or a complaint;
 * - in front of a question ("thanks! and how long does it take?"), the acts are acknowledged and the question
 *   answered; an apology or a rating followed by a remark that asks nothing and names nothing of the career ("soz
 *   pressed enter too soon") is all conversation. A real question is never swallowed: a part worded as a question, or
 *   one that names a subject of the guide (pipeline.ts passes that test in), stays a question.
 */
import { editDistance, normalise } from './textMatch';
import { GROUP_PHRASES, plainWords, POLITE_WORDS, withoutPoliteWords } from './vocabulary';

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
  /** "do you keep my messages", "is this chat recorded": what the bot keeps. */
  'privacy',
  'ack',
  'yes',
  'no',
  /** "say that again": the last answer again. */
  'again',
] as const;
export type ChatAct = (typeof CHAT_ACTS)[number];

// Word classes the rules below are written in.
/** The last answer, as people point at it. */
const theAnswer =
  '(?:that|this|it|that answer|this answer|the answer|your answer|that info|this info|the info|that information|this information|the information|that reply|your reply|the reply|that one|this one|that explanation|your explanation)';
/** The bot, as people address it. */
const theBot = '(?:you|your|this bot|the bot|this chatbot|this chat bot|this chat|carebot|care bot|this thing|this app|this service)';
const isWas = '(?: is| was| has been| have been| sounds| seems| looks| are| were| be)?';
const intensifier = '(?: (?:so|very|really|super|honestly|proper|well|quite|incredibly|extremely|totally|absolutely|pretty|actually|genuinely|seriously|truly|such|such a|a|the|way|way too|too|bloody|damn|kinda|kind of|sort of|a bit|a little|just))*';
/** Good, said of an answer or of the bot. */
const good =
  '(?:helpful|useful|clear|clearer|great|good|perfect|brilliant|excellent|amazing|awesome|class|ace|fab|fabulous|fantastic|lovely|spot on|bang on|on point|informative|insightful|handy|interesting|cool|nice|wonderful|superb|top|gold|golden|legend|a legend|star|a star|gem|a gem|lifesaver|a lifesaver|life saver|a life saver|genius|smart|clever|the best|sound|exactly right|a big help|a great help|a huge help|a help|much help|so much help|a lot of help|very helpful)';
/** Bad, said of an answer or of the bot. */
const bad =
  '(?:useless|rubbish|wrong|incorrect|vague|unclear|confusing|annoying|irritating|stupid|dumb|pointless|irrelevant|terrible|awful|bad|poor|crap|crappy|nonsense|garbage|trash|a waste of time|waste of time|a waste of space|off|off topic|not right|not helpful|unhelpful|no help|no use|not useful|not clear|not good|not great|not it|frustrating|repetitive|broken|not working|too long|too short|too generic|generic|not what i (?:asked|meant|wanted|needed|was looking for|was after)(?: for)?)';
/** Someone the bot might hand over to. */
const someone =
  '(?:a |an |some |the |to a |to an )?(?:real |actual |live |proper )?(?:human|human being|person|people|agent|advisor|adviser|representative|rep|operator|someone|somebody|anyone|anybody|member of staff|staff member|staff|counsellor|counselor|careers advisor|careers adviser|career advisor|career adviser|customer service|customer care|customer support|support|support team|expert|professional|coach|mentor|your team)(?: real| else| who works there| from your team)?';
/** Ways of reaching a person. */
const reach = '(?:talk|speak|chat|ring|call|phone|email|e mail|contact|message|text|whatsapp|dm|reach|write)(?: to| with)?';

const thanks =
  '(?:(?:ok|okay|great|cool|perfect|brilliant|awesome|wow) )?(?:thanks|thank you|thank u|thankyou|thanx|thx|ty|tysm|ta|ta very much|cheers|many thanks|many many thanks|big thanks|massive thanks|huge thanks|much appreciated|much obliged|appreciated|thanking you|thank you kindly|' +
  '(?:i )?(?:really |truly |do )?appreciate (?:it|that|this|you|the help|your help|the info|the answer)|(?:i am |so |really |very )?grateful|(?:god )?bless (?:you|u)|merci|gracias|danke|grazie|obrigado|shukriya|dhanyavaad)' +
  '(?: (?:so much|so so much|very much|very much indeed|a lot|a bunch|a million|a ton|tons|loads|heaps|again))?(?: (?:for (?:that|this|the (?:help|info|information|answer|answers|advice))|for your help|for helping|for the help))?';
const helpful =
  `(?:${theBot}${isWas}${intensifier} (?:helpful|useful|a (?:big |great |huge |real )?help|(?:a lot of|so much|much|great) help)|` +
  '(?:now )?i (?:understand|get it|get it now|understand now|see now)|now i (?:understand|get it|see)|i (?:learned|learnt) (?:a lot|something|loads|so much)|you (?:have )?answered (?:it|my question|everything)|' +
  `${theAnswer}${isWas}${intensifier} ${good}(?: (?:info|information|answer|advice|stuff|reply|to know))?|(?:very |really |so |super )?(?:helpful|useful|informative)|` +
  `${theAnswer}(?: really| very much| honestly| actually| definitely)? (?:help|helps|helped|will help|is going to help|cleared (?:it|that|things|everything) up|cleared up|answers (?:it|that|everything|my question)|answered (?:it|that|everything|my question)|sorted (?:it|me|that)|explains it|explained it)(?: (?:a lot|loads|heaps|me|me a lot|so much|a bunch|massively|for sure|for me))*|` +
  '(?:great|good|nice|perfect|brilliant|excellent|helpful|useful|clear) (?:answer|info|information|reply|response|explanation)|' +
  `(?:(?:that|this|it) is )?(?:exactly |just )?what i (?:needed|wanted|was looking for|was after|wanted to know|needed to know)|that answers? (?:it|my question)|(?:that|it) makes sense|makes sense|made sense|got what i needed|sorted my question|sorted|` +
  '(?:that is |it is |all )?clear now|(?:that is|it is) (?:all )?clear|crystal clear|(?:good|nice|great|useful|handy|helpful) to know)';
const praise =
  `(?:${theBot}${isWas}${intensifier} ${good}(?: bot| one)?(?: ever)?|(?:the )?(?:best|greatest|good|great|nice|clever|smart|cool|amazing|awesome|brilliant) (?:bot|chatbot|chat bot)(?: ever)?|` +
  '(?:i )?love (?:it|this|you|this bot|talking to you)|(?:i )?like (?:this bot|you|talking to you)|well done|nice one|great job|good job|awesome job|good work|great work|keep it up)';
const complaint =
  `(?:(?:${theAnswer}|${theBot})${isWas}${intensifier} ${bad}|(?:so |really |very |totally |completely )?${bad}(?: this| that| this bot| this chat| this is| that was)?|` +
  '(?:that|this|it|you) (?:did not|does not|do not|can not) (?:help|answer (?:my|the) question|answer it|make (?:any )?sense|understand(?: me| my question)?|get it)(?: at all)?|' +
  'you (?:did not|do not) (?:answer|understand|get it|help|listen)(?: my question| me| at all| to me)*|' +
  'you (?:are not|were not) (?:helping|listening|understanding)(?: to me| me| at all)*|' +
  'you (?:keep|kept|are|just keep) (?:saying|repeating|giving me|telling me|sending|showing me|saying to me)(?: me)? (?:the same|that|this)(?: thing| answer| stuff| again)?(?: over and over(?: again)?| again)?|' +
  '(?:no|nah|nope|hmm|um|erm|ugh) (?:that is )?(?:not it|wrong|not right)|meh|could be better|could have been better|not the best|' +
  '(?:wrong|bad|useless|rubbish|terrible|awful|pointless|irrelevant|stupid|dumb|silly|poor|vague) (?:answer|bot|reply|response|info|information)|' +
  'you (?:misunderstood|misunderstood me|misread|got it wrong|have it wrong|are wrong)|that is not what i (?:asked|meant|wanted|needed)(?: for)?|' +
  'that did not answer my question|not quite|not exactly|try again|(?:that is )?(?:not true|untrue|false|outdated|out of date)|(?:the )?(?:worst|dumbest|stupidest) bot(?: ever)?|too (?:much text|wordy)|tl ?dr|' +
  '(?:that|this|it|you)(?: are| is)? (?:not|do not|does not) (?:making|make) (?:any )?sense|you (?:never|can not|will not) (?:answer|help|understand)(?: anything| me| my questions?)?|' +
  'why (?:can not|do not|will not|did not) you (?:answer|understand|help)(?: me| my question)?|you did not (?:get|understand|read) my question|i (?:already )?(?:asked|said) (?:something else|a different question)|(?:that is )?not my question|(?:this|that) is frustrating|so frustrating|ugh|not helpful at all)';
/** "i asked about pay not hours": any words in the gaps, so kept apart from the rules written in known words only. */
const notWhatIAsked = 'i (?:asked|said|meant|wanted)(?: about| for)? [a-z]+(?: [a-z]+)? not [a-z]+(?: [a-z]+)?';
const askHuman =
  `(?:(?:can|could|may) i (?:please )?(?:talk|speak|chat) (?:to|with) ${someone}|(?:i want|i would like|i need|i want to|let me|i would rather|i would prefer) (?:to )?(?:talk|speak|chat) (?:to|with) ${someone}|` +
  `(?:talk|speak|chat) (?:to|with) ${someone}|(?:connect|transfer|put) me (?:to|through to|through|with) ${someone}|(?:get|give|find) me ${someone}|` +
  '(?:human|real person|live person|live agent|agent|operator|representative|customer service|customer care|live chat)|' +
  `is there ${someone}(?: here)?(?: (?:i|we) (?:can|could) ${reach})?|(?:is|are) (?:there )?(?:any )?(?:humans?|people|persons?|staff) (?:here|there|available|around)|` +
  `(?:can|could|will|would) ${someone} (?:call|ring|phone|email|contact|text|message|whatsapp) me(?: back)?|(?:can|could|may) i ${reach} ${someone}(?: about (?:this|it|that))?|` +
  '(?:who|how) (?:can|do|should) i (?:contact|call|email|reach|ring|phone)(?: someone| a person| you| a human| somebody| your team)?|' +
  '(?:is there |do you have |what is |give me |send me |can i have )?(?:a |an |your |the )?(?:phone|telephone|contact|whatsapp|mobile) (?:number|details|info|information|email)(?: (?:i|we) (?:can|could) (?:call|ring|use|contact|text))?|' +
  `(?:your |the )?contact (?:details|number|info|information)|(?:your |the )?email address|` +
  `i (?:need|want|would like|would prefer)(?: some)?(?: proper| real)? (?:advice|help|answers) from ${someone}(?: not (?:a|this) bot)?|${someone} not a bot|` +
  `(?:i want|i need|i would like|can i get|can i have|get me) (?:a |an )?(?:real |actual )?(?:human|person|agent|someone real)|(?:is there a |do you have a |what is the )?(?:helpline|hotline|help line|support line|phone line)|` +
  `how (?:do|can) i (?:contact|reach|call|email|get hold of) (?:you|someone|a person|your team|the team|a human)|(?:do you have|what is) (?:an |a |your )?(?:email|e mail|email address|phone number|number)|` +
  `(?:who|where) can i (?:talk|speak|go) to(?: about (?:this|it))?|(?:can|could) i (?:book|get|make|have) (?:an appointment|a call|a meeting|a chat|a call back) with ${someone})`;
const whoAreYou =
  'do you have a name|what (?:should|do|can) i call you|how old are you|where are you from|who are you|who is this|who is that|what are you|what is your name|who am i (?:talking|speaking|chatting) (?:to|with)|introduce yourself|tell me about yourself|what is this|what is this bot|what is this chat';
const botKinds = '(?:a |an )?(?:real )?(?:human|person|human being|bot|robot|ai|a i|machine|chatbot|chat bot|computer|real|chatgpt|chat gpt|gpt|program|programme|automated|real person)';
const areYouHuman =
  `(?:(?:are you|are u|is this|am i (?:talking|speaking|chatting) (?:to|with)) ${botKinds}|is this (?:a )?(?:real person|human|bot|automated|ai)|are you (?:alive|sentient|conscious))(?: or (?:what|not|${botKinds}))?`;
const aboutSource =
  '(?:who|what company|which company) (?:made|built|created|designed|programmed|wrote|developed|owns|runs|trained|makes) (?:you|this|this bot|this chatbot|this chat|this thing|this app)|who is behind (?:you|this|this bot)|' +
  '(?:where|how) (?:do|did) you (?:get|find|come up with|learn|know)(?: (?:your|the|this|that|all this|all that))?(?: (?:information|info|answers|facts|data|knowledge|stuff))?(?: from)?|' +
  '(?:where|what) (?:does|do|did) (?:your|the|this|all this|that) (?:information|info|answers?|facts|data|knowledge|stuff|advice) (?:come from|come out of)|(?:what|which) (?:is|are) your (?:source|sources)|what (?:source|sources|guide) (?:do|did) you use|how do you know(?: that| this| all this| all that)?(?: stuff)?|' +
  'are you (?:reliable|accurate|trustworthy|always right|right|up to date|sure|correct)|(?:can|should) i (?:trust|believe|rely on) (?:you|this|your answers|what you say|what you tell me)|' +
  'is (?:this|that|your|the)(?: (?:information|info|answers?|advice|data|guide|stuff))? (?:accurate|reliable|correct|true|up to date|current|trustworthy)|' +
  '(?:how|when) (?:was|were) (?:this|you|your (?:info|information|answers?|guide)) (?:updated|last updated|written|made)|how (?:reliable|accurate|current|up to date|trustworthy) (?:are you|is (?:this|that|it|your (?:info|information|advice)))|' +
  'is this (?:official|legit|legitimate|free|a scam)|(?:does|will) (?:this|it) cost (?:anything|money)|who (?:owns|sponsors|funds) (?:you|this)|' +
  'how do you work|how were you made|what (?:ai|model|llm) (?:are you|do you use)|are you (?:using )?(?:chatgpt|openai|gpt)';
const keep = '(?:keep|save|store|record|log|remember|read|see|track|share|sell)';
const privacy =
  `(?:do|will|can|does|did) (?:you|this bot|this chat|this|anyone|someone) ${keep} (?:my|our|this|these|the|what i|what we|everything|anything)(?: (?:messages|chats?|conversation|data|info|information|details|questions|answers|type|typed|write|wrote|say|said|stuff|personal data|history))?(?: (?:in here|here|to you))?|` +
  `(?:is|are) (?:this|our|my|the) (?:chat|conversation|messages?|data) (?:recorded|saved|stored|kept|logged|private|confidential|secure|anonymous)|what do you (?:keep|store|save|know) about me|` +
  '(?:what about )?my privacy|(?:is|are) (?:my )?(?:data|messages|info|chat) (?:safe|private|secure|confidential)|(?:will|do|can) you remember (?:me|what i (?:said|say|told you|wrote))|' +
  '(?:who|can anyone|can anybody|does anyone) (?:else )?(?:see|read|sees|reads) (?:my|this|these|what i)(?: messages| chat| conversation| write| type)?';
const greeting =
  '(?:(?:hi|hello|hey|heya|hiya|howdy|yo|hallo|hullo|greetings|morning|afternoon|evening|good (?:morning|afternoon|evening|day)|g day|gday|namaste|salaam|salam|hola|ciao)(?: there| bot| carebot| care bot| everyone| all| again| to you)?|(?:hello |hi )?(?:is )?(?:anyone|anybody|somebody|someone) (?:there|here|home))';
const howAreYou =
  '(?:how are you|how are ya|how are you doing|how you doing|how are u|how are things|how is things|how is it going|how is everything|how is life|how is your day(?: going| been)?|how (?:have|has) (?:you|things|life) been|how do you do|how do you feel|how are you feeling|' +
  'what is up|what is new|wassup|sup|(?:are )?you (?:ok|okay|alright|all right|well|good)|hope (?:you are|all is|you have been|you are doing) (?:well|good|ok|fine|great))(?: today| with you| doing| then)?';
const bye =
  '(?:bye|goodbye|good bye|bye bye|byee+|see you(?: later| soon| around)?|see ya|cya|later|laters|catch you later|talk (?:to you )?later|ttyl|good night|goodnight|night|farewell|take care|have a (?:good|nice|great) (?:day|one|evening|night|weekend)|' +
  'that is all|that is all i needed|that is it for now|i am done|(?:that is )?me done|i am off|i am out|(?:i )?(?:got to|have to|need to|must) (?:go|run|dash|head off|leave|log off|sign off)|i will leave it there|signing off|logging off|over and out|' +
  '(?:that is|that was) (?:all|everything|it)(?: from me)?|i think that is (?:all|it|everything)|nothing else|no more questions|all done|done for (?:now|today)|i am finished|' +
  '(?:i will|i am going to|i shall|i will be) (?:come back|be back|return|check back|pop back|leave)(?: later| soon| another time| tomorrow)?|(?:speak|talk|chat) (?:soon|later|tomorrow|another time)|' +
  'until next time|adios|cheerio|tata|ta ta|tara|ta ra|peace out|toodles|so long)';
const confused =
  'what|huh|eh|sorry what|come again|pardon|i do not understand|i am confused|confused|i am so confused|what do you mean|what does that mean|what is that supposed to mean|i do not get it|that is confusing|i am lost|lost|you lost me|i am not following|i do not follow|not following|' +
  '(?:that|it|this|you) (?:went|goes|is going) (?:right |way |straight |completely )?over my head|over my head|makes no sense to me|' +
  '(?:i am )?not sure what you mean|what do you mean by (?:that|this|it)|meaning|which means|i do not get (?:it|that|what you mean)|you what|say what|' +
  '(?:can you )?explain (?:that|it|this)(?: again| better| more simply| simply| in (?:simpler|simple|plain|easier|normal) (?:terms|words|english|language))|(?:in|use) (?:simpler|plain|simple) (?:words|english|terms)|simpler please|' +
  'i am (?:a bit |so |really |very )?(?:confused|lost)|that is (?:a bit |so |really |very )?confusing';
const sorry =
  '(?:oh |oops |whoops )?(?:sorry|my bad|oops|whoops|apologies|my apologies|i am sorry|my mistake|i apologise|i apologize|pardon me)(?: about that)?|' +
  'ignore (?:that|me|my last message)|disregard (?:that|my last message)|(?:i )?did not mean (?:to send )?(?:that|to)|wrong (?:button|chat|message)';
const again =
  `${GROUP_PHRASES.again}|(?:say|send|show|give|post|type|tell)(?: me)?(?: (?:that|it|this|the (?:last |previous )?(?:answer|one|message|reply|bit)|your (?:last )?(?:answer|reply)))? (?:again|once more|one more time)|` +
  'what (?:was|did you say) (?:that |it )?again|what did you (?:just )?say|(?:can i |let me )?see (?:that|it|the (?:last )?answer) again|(?:show|give)(?: me)? (?:the |your )?(?:last|previous) (?:answer|reply|message)|' +
  'repeat(?: (?:that|it|this|yourself|the (?:last |previous )?(?:answer|one|message|reply|bit)|your (?:last )?(?:answer|reply)))?(?: again| please)?';

/** A word of praise on its own ("brilliant!"): an acknowledgement. */
const praiseWord = '(?:so |very |really )?(?:brilliant|excellent|amazing|fantastic|lovely|wonderful|superb|class|ace|sound|sweet|neat|fab|spot on|legend|gorgeous)';

/** Checked in this order: the first act that matches a whole phrase wins. */
export const CHAT_RULES: ReadonlyArray<readonly [ChatAct, RegExp]> = [
  ['complaint', complaint],
  ['complaint', notWhatIAsked],
  ['askHuman', askHuman],
  ['helpful', helpful],
  ['thanks', thanks],
  ['praise', praise],
  ['bye', bye],
  ['privacy', privacy],
  ['areYouHuman', areYouHuman],
  ['whoAreYou', whoAreYou],
  ['aboutSource', aboutSource],
  ['howAreYou', howAreYou],
  ['greeting', greeting],
  ['confused', confused],
  ['sorry', sorry],
  ['yes', GROUP_PHRASES.yes],
  ['no', `${GROUP_PHRASES.no}|${GROUP_PHRASES.notReally}`],
  ['ack', `(?:(?:lol|haha|ha|ok|okay) )?(?:${GROUP_PHRASES.okay}|${GROUP_PHRASES.ack}|${GROUP_PHRASES.done}|${praiseWord})`],
  ['again', again],
].map(([act, source]) => [act as ChatAct, new RegExp(`^(?:${source})$`)] as const);

/** Words that only address the bot or pad a phrase: at its edges, or between acts, they change nothing. */
const PADDING = new Set(
  (
    'sir madam maam ma mam mate bro bruv dude man buddy pal friend guys everyone bot carebot chatbot love hun boss fam o oh ooh ah ahh aw aww ' +
    'well wait um umm erm er uh hmm lol lool lmao haha hahaha hehe xd tbh honestly really please kindly then now tho though x xx xo again ' +
    'exactly actually anyway anyways today yet so and but also just okay' // "ok" is an act of its own, "okay" pads "okay so"
  ).split(' '),
);
/** Padding of more than one word. */
const PADDING_PHRASES: ReadonlySet<string> = new Set(['at all', 'for now', 'for today', 'for the moment', 'to be honest', 'care bot', 'right now', 'or something', 'and all', 'or not']);
const MAX_PADDING_PHRASE_WORDS = Math.max(...[...PADDING_PHRASES].map((phrase) => phrase.split(' ').length));

/** Words the chat rules are written in, for reading a one-letter slip ("thnaks", "helpfull") as the word meant. */
const CHAT_WORDS: readonly string[] = [
  ...new Set(
    CHAT_RULES.flatMap(([, pattern]) => pattern.source.match(/[a-z]{6,}/g) ?? []),
  ),
];
const CHAT_WORD_SET = new Set(CHAT_WORDS);
/** The rule words by first letter: a slip is only looked for among words that start the same. */
const CHAT_WORDS_BY_LETTER = new Map<string, string[]>();
for (const word of CHAT_WORDS) CHAT_WORDS_BY_LETTER.set(word[0]!, [...(CHAT_WORDS_BY_LETTER.get(word[0]!) ?? []), word]);
const correctedCache = new Map<string, string>();

function corrected(word: string): string {
  // Short words are left alone: one letter turns "there" into "these".
  if (word.length < 6 || CHAT_WORD_SET.has(word) || /\d/.test(word)) return word;
  const known = correctedCache.get(word);
  if (known !== undefined) return known;
  const near = (CHAT_WORDS_BY_LETTER.get(word[0]!) ?? []).filter((candidate) => Math.abs(candidate.length - word.length) <= 1 && editDistance(word, candidate, 1) === 1);
  const result = near.length === 1 ? near[0]! : word;
  if (correctedCache.size > 5000) correctedCache.clear();
  correctedCache.set(word, result);
  return result;
}

/** Every word the chat rules are written in, of any length, for reading stretched words ("hiii", "byeee"). */
const RULE_WORDS: ReadonlySet<string> = new Set(CHAT_RULES.flatMap(([, pattern]) => pattern.source.match(/[a-z]+/g) ?? []));

/** A word stretched for feeling ("hiii", "thankss", "cooool"): the letter once, or twice, whichever is a word of the rules. */
function unstretched(word: string): string {
  if (!/(.)\1\1/.test(word)) return word;
  const once = word.replace(/(.)\1{2,}/g, '$1');
  if (RULE_WORDS.has(once)) return once;
  const twice = word.replace(/(.)\1{2,}/g, '$1$1');
  return RULE_WORDS.has(twice) ? twice : once;
}

/** The normalised message in the words of the chat rules: informal spellings, stretched words and slips read as the word meant. */
export function chatWords(text: string): string[] {
  const t = plainWords(normalise(text).split(' ').map(unstretched).join(' '));
  if (!t) return [];
  return t.split(' ').map(corrected);
}

/**
 * Which words each rule can match, so a run of words is tried only against the rules written in all of its words:
 * most runs hold a word of the career ("degree", "manager") that no rule has, and are then no act at all without a
 * single pattern tried. Read from the patterns themselves: the words they spell out, with a letter made optional or
 * repeated ("answers?", "byee+", "tl ?dr") read as such. A rule with any word in a gap ("[a-z]+") can only be skipped
 * by its first word; a rule in any other notation is always tried.
 */
interface RuleWords {
  /** The words the rule can match; null when any word may fill a gap. */
  readonly known: ((word: string) => boolean) | null;
  /** The word every match starts with, when there is one (for a rule with gaps). */
  readonly first: string | null;
}

function ruleWordsOf(pattern: RegExp): RuleWords {
  const body = pattern.source.replace(/^\^\(\?:/, '').replace(/\)\$$/, '');
  // Anything else (a class, an escape, a space made optional beside a group) could glue or shape words unseen here.
  if (/[\\.{}]|\[(?!a-z\]\+)|\) \?| \?\(/.test(body)) return { known: null, first: null };
  if (body.includes('[a-z]+')) return { known: null, first: topLevelAlternatives(body) ? null : (/^([a-z]+) /.exec(body)?.[1] ?? null) };
  const spelled = body.match(/[a-z][a-z?+*]*(?: \?[a-z][a-z?+*]*)*/g) ?? [];
  const literal = new Set(spelled.flatMap((token) => token.split(' ?')).filter((token) => /^[a-z]+$/.test(token)));
  const shaped = spelled.filter((token) => !/^[a-z]+$/.test(token));
  const shapes = shaped.length > 0 ? new RegExp(`^(?:${shaped.join('|')})$`) : null;
  return { known: (word) => literal.has(word) || (shapes?.test(word) ?? false), first: null };
}

/** True when a pattern's body says "this | that" outside any group. */
function topLevelAlternatives(body: string): boolean {
  let depth = 0;
  for (const char of body) {
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

const RULE_WORDS_OF: readonly RuleWords[] = CHAT_RULES.map(([, pattern]) => ruleWordsOf(pattern));
const ALL_RULES = (1 << CHAT_RULES.length) - 1;
/** The rules that can match any word (gaps, or a notation not read above). */
const OPEN_RULES = RULE_WORDS_OF.reduce((mask, rule, index) => (rule.known ? mask : mask | (1 << index)), 0);
/** Polite words around a phrase are taken off before it is tried again (withoutPoliteWords), so any rule may hold them. */
const POLITE_WORD_SET: ReadonlySet<string> = new Set(POLITE_WORDS);
const ruleMaskCache = new Map<string, number>();

/** The rules written in this word (a bit per rule), the rules with gaps included. */
function rulesWithWord(word: string): number {
  const known = ruleMaskCache.get(word);
  if (known !== undefined) return known;
  let mask = POLITE_WORD_SET.has(word) ? ALL_RULES : OPEN_RULES;
  RULE_WORDS_OF.forEach((rule, index) => {
    if (rule.known?.(word)) mask |= 1 << index;
  });
  if (ruleMaskCache.size >= PHRASE_CACHE_SIZE) ruleMaskCache.clear();
  ruleMaskCache.set(word, mask);
  return mask;
}

/** The rules with gaps that a run starting with this word may match: those starting with it, or with no fixed start. */
function gapRulesStartingWith(word: string): number {
  if (POLITE_WORD_SET.has(word)) return OPEN_RULES;
  return RULE_WORDS_OF.reduce((mask, rule, index) => (!rule.known && (rule.first === null || rule.first === word) ? mask | (1 << index) : mask), 0);
}

/** Phrases already read: one message tries the same runs of words many times (every opening, every split). */
const actOfPhraseCache = new Map<string, ChatAct | null>();
const PHRASE_CACHE_SIZE = 20000;

/** The act a phrase is, trying only the rules in `rules` (the others cannot match its words). */
function actOfPhrase(phrase: string, rules: number = ALL_RULES): ChatAct | null {
  const known = actOfPhraseCache.get(phrase);
  if (known !== undefined) return known;
  let found: ChatAct | null = null;
  search: for (const candidate of new Set([phrase, withoutPoliteWords(phrase)])) {
    if (!candidate) continue;
    for (let index = 0; index < CHAT_RULES.length; index++) {
      if ((rules & (1 << index)) === 0) continue;
      const [act, pattern] = CHAT_RULES[index]!;
      if (pattern.test(candidate)) {
        found = act;
        break search;
      }
    }
  }
  if (actOfPhraseCache.size >= PHRASE_CACHE_SIZE) actOfPhraseCache.clear();
  actOfPhraseCache.set(phrase, found);
  return found;
}

/** A phrase of a few words at most: acts are short, and a long message is not read piece by piece. */
const MAX_PHRASE_WORDS = 14;
const MAX_CHAT_WORDS = 24;

/**
 * The acts a run of words is made of, read as a sequence of whole phrases and padding, the fewest pieces first
 * ("ok im done bye" is ack, bye, bye); null when some words belong to no phrase.
 */
export function actsOfWords(words: readonly string[]): ChatAct[] | null {
  return actsOfOpenings(() => words).actsOf(words.length);
}

/** The acts of the openings of a run of words. */
interface OpeningActs {
  /** The acts the first j words are made of (as actsOfWords reads them), or null. */
  actsOf(j: number): ChatAct[] | null;
  /** True when some opening is made of acts. */
  readonly any: boolean;
}

/**
 * The acts of every opening of a run of words at once, since reading a message tries each of its openings and the
 * best reading of an opening does not depend on what follows it. `wordsTo(count)` gives the words, at least `count`
 * of them when there are that many: reading stops, and asks for no more words, once no phrase or padding reaches
 * further (most questions after their first word or two).
 */
function actsOfOpenings(wordsTo: (count: number) => readonly string[]): OpeningActs {
  const best: Array<{ pieces: number; acts: ChatAct[] } | undefined> = [{ pieces: 0, acts: [] }];
  let reached = 0;
  let any = false;
  for (let start = 0; start <= reached && start < MAX_CHAT_WORDS; start++) {
    const words = wordsTo(start + MAX_PHRASE_WORDS);
    const n = Math.min(words.length, MAX_CHAT_WORDS);
    const from = best[start];
    if (!from || start >= n) continue;
    const gapRules = gapRulesStartingWith(words[start]!);
    let rules = ALL_RULES;
    // Longer runs are tried while some rule may still match them, or padding of several words may.
    for (let end = start + 1; end <= Math.min(n, start + MAX_PHRASE_WORDS); end++) {
      rules &= rulesWithWord(words[end - 1]!);
      const candidates = (rules & ~OPEN_RULES) | (rules & gapRules);
      if (candidates === 0 && end - start > MAX_PADDING_PHRASE_WORDS) break;
      const phrase = words.slice(start, end).join(' ');
      const act = candidates === 0 ? null : actOfPhrase(phrase, candidates);
      const padding = !act && ((end === start + 1 && PADDING.has(phrase)) || PADDING_PHRASES.has(phrase));
      if (!act && !padding) continue;
      const next = { pieces: from.pieces + 1, acts: act ? [...from.acts, act] : from.acts };
      const known = best[end];
      if (!known || next.pieces < known.pieces) best[end] = next;
      reached = Math.max(reached, end);
      any ||= next.acts.length > 0;
    }
  }
  return {
    any,
    // Openings of more words than a message of acts may have are not read as acts.
    actsOf: (j) => {
      const reading = j > 0 && j <= MAX_CHAT_WORDS && wordsTo(j).length >= j ? best[j] : undefined;
      return reading && reading.acts.length > 0 ? reading.acts : null;
    },
  };
}

/** Which act answers a message that says several ("thanks, that was useful" is a rating; "ok im done, bye" a goodbye). */
const ACT_PRIORITY: readonly ChatAct[] = ['complaint', 'askHuman', 'helpful', 'praise', 'thanks', 'bye', 'confused', 'sorry', 'privacy', 'aboutSource', 'areYouHuman', 'whoAreYou', 'howAreYou', 'greeting', 'again', 'yes', 'no', 'ack'];

export function mainAct(acts: readonly ChatAct[]): ChatAct {
  return ACT_PRIORITY.find((act) => acts.includes(act)) ?? acts[0] ?? 'ack';
}

/** The conversational act a whole message is (the one its reply answers when it says several), or null. */
export function chatActOf(text: string): ChatAct | null {
  const acts = actsOfWords(chatWords(text));
  return acts ? mainAct(acts) : null;
}

/** What a message says besides questions for the guide: its acts, in order, and the question left after them. */
export interface ChatReading {
  /** The acts said before the question (or the whole message), e.g. ["thanks", "helpful"]. */
  readonly acts: readonly ChatAct[];
  /** The rest of the message as typed, to search; empty when the message is only acts. */
  readonly rest: string;
}

/** Acts that may open a message before a question: "Hi, ...", "Thanks! ...", "That was useful. And ...". */
const LEADING_ACTS: ReadonlySet<ChatAct> = new Set(['greeting', 'thanks', 'helpful', 'praise', 'complaint', 'confused', 'sorry', 'ack', 'yes', 'no', 'howAreYou']);
/** Acts that a remark may follow and belong to ("soz pressed enter too soon", "super helpful, sorted my question"). */
const REMARKED_ACTS: ReadonlySet<ChatAct> = new Set(['sorry', 'thanks', 'helpful', 'praise', 'bye']);
/** Words that join the question to what came before: "thanks, and how long ...", "ok so what about pay". */
const JOINER = /^\s*(?:(?:and|but|also|so|now|then|ok|okay|one more thing|another question|next question|quick question|question|i meant|i mean|what i meant was|i was asking)\b[\s,.:;!?-]*)+/i;
/** A question word that may start the question after acts with no mark between them ("thanks how long does it take"). */
const QUESTION_START = /^(?:and|but|so|also|can|could|what|how|do|does|is|are|why|when|where|which|who|will|would|should|tell|i meant|i mean)\b/i;
const ENDS_WITH_MARK = /[,.!;:?\u2013\u2014-]$/;
/** The most words an opening of acts may take before a question. */
const MAX_OPENING_WORDS = 12;

export interface ChatContext {
  /** True when a remark names a subject of the guide (pipeline.ts passes the knowledge base's test): it is then a question. */
  namesTopic?: (text: string) => boolean;
}

/** Worded as a question somewhere: a question mark, a question word, a verb asking ("should i", "can you"), or one asked indirectly ("wondering if"). */
const ASKING = /\b(?:what|how|why|when|where|which|who|whom|whose|if|whether|wonder|wondering|curious|any idea)\b|\b(?:want|like|need) to know\b|\b(?:do you know|tell me)\b|\b(?:can|could|should|would|will|do|does|did|is|are|am|was|were|have|has|must|may|might|shall) (?:i|you|we|they|he|she|it|there|care|a|an|the|my|your|this|that|one|someone|anyone)\b/;
/** A request: "show me the steps", "tell me about the CCM". */
const REQUESTING = /^(?:please |pls |kindly |can you |could you )?(?:show|tell|give|explain|list|send|walk|take|help|describe|compare|find|what|how)\b/;
const asksSomething = (text: string): boolean => text.includes('?') || ASKING.test(normalise(text)) || REQUESTING.test(normalise(text));

/** Markup, a link or a "$" is normalised across spaces, so the words of such a message are read from it whole. */
const READ_WHOLE = /[<[$]|https?:|www\./i;
const tokenWordsCache = new Map<string, readonly string[]>();

/** The chat words of one whitespace-separated token (normalising is local to a token, markup aside). */
function tokenWords(token: string): readonly string[] {
  const known = tokenWordsCache.get(token);
  if (known) return known;
  const found = chatWords(token);
  if (tokenWordsCache.size >= PHRASE_CACHE_SIZE) tokenWordsCache.clear();
  tokenWordsCache.set(token, found);
  return found;
}

/**
 * A message split at its spaces, with the acts of each opening of it (its first k tokens), read once: reading a
 * message tries every opening, and every split of an opening.
 */
interface Openings {
  readonly tokens: readonly string[];
  /** The acts the first k tokens are made of, or null. */
  actsOf(k: number): ChatAct[] | null;
  /** False when no opening is made of acts (most questions): there is then nothing to read. */
  readonly any: boolean;
}

function openingsOf(text: string): Openings {
  const tokens = text.trim().split(/\s+/);
  if (READ_WHOLE.test(text)) {
    const actsOf = (k: number) => actsOfWords(chatWords(k === tokens.length ? text : tokens.slice(0, k).join(' ')));
    return { tokens, actsOf, any: true };
  }
  // Tokens are read into words only as far as the acts reach.
  const words: string[] = [];
  const wordsBefore = [0];
  const readTokens = (k: number) => {
    while (wordsBefore.length <= k) {
      words.push(...tokenWords(tokens[wordsBefore.length - 1]!));
      wordsBefore.push(words.length);
    }
  };
  const openings = actsOfOpenings((count) => {
    while (words.length < count && wordsBefore.length <= tokens.length) readTokens(wordsBefore.length);
    return words;
  });
  return {
    tokens,
    any: openings.any,
    actsOf: (k) => {
      readTokens(k);
      return openings.actsOf(wordsBefore[k]!);
    },
  };
}

/**
 * Reads the acts at the start of a message and what follows them. "thanks, that is really helpful!" is two acts and
 * no question; "thanks! and how long does it take?" is thanks and a question; "how long does it take" is all question.
 */
export function readChat(text: string, context: ChatContext = {}): ChatReading {
  const openings = openingsOf(text);
  if (!openings.any) return { acts: [], rest: text.trim() };
  const words = openings.tokens;
  const whole = openings.actsOf(words.length);
  if (whole) return { acts: whole, rest: '' };
  for (let k = Math.min(words.length - 1, MAX_OPENING_WORDS); k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    const acts = openingActs(openings, k, head, context);
    if (!acts || !acts.every((act) => LEADING_ACTS.has(act))) continue;
    const after = words.slice(k).join(' ');
    const rest = after.replace(JOINER, '').trim();
    if (normalise(rest) === '') return { acts, rest: '' };
    if (belongsToActs(acts, rest, context)) return { acts, rest: '' };
    // With no mark between them, "what" opens the question ("what is the CCM"), not a confused "what?".
    if (ENDS_WITH_MARK.test(head) || (QUESTION_START.test(after.trim()) && acts.at(-1) !== 'confused')) return { acts, rest };
  }
  return { acts: [], rest: text.trim() };
}

/**
 * The acts the opening clause of a message (its first k tokens, `head`) is made of: whole phrases, or acts and a
 * remark that belongs to them ("sorry typo, i meant ..."), when the clause ends with a mark.
 */
function openingActs(openings: Openings, k: number, head: string, context: ChatContext): ChatAct[] | null {
  const acts = openings.actsOf(k);
  if (acts || !ENDS_WITH_MARK.test(head)) return acts;
  for (let j = k - 1; j >= 1; j--) {
    const first = openings.actsOf(j);
    if (first && belongsToActs(first, openings.tokens.slice(j, k).join(' '), context)) return first;
  }
  return null;
}

/**
 * A remark after thanks, an apology, a rating or a goodbye that asks nothing belongs to them: "thanks for X" and
 * "sorry for X" whatever X is, anything else when it names nothing of the career ("soz pressed enter too soon").
 */
function belongsToActs(acts: readonly ChatAct[], rest: string, context: ChatContext): boolean {
  if (!acts.some((act) => REMARKED_ACTS.has(act)) || asksSomething(rest)) return false;
  if (/^(?:for|about)\b/i.test(rest) && acts.some((act) => act === 'thanks' || act === 'sorry')) return true;
  return context.namesTopic ? !context.namesTopic(rest) : false;
}
