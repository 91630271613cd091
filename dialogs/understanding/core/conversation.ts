/**
 * Conversation in context: what people say to a bot that is not a question for the guide. Thanks, praise, goodbyes,
 * complaints about the last answer, asking for a person, questions about the bot itself, and a bare "yes", "ok" or
 * number with nothing to answer. Each gets a reply that fits (rendering/core/messages.ts), never an FAQ answer.
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
import { englishWordsOf } from '../../../knowledge/loadKnowledge';
import { asksSomething, clausesOf } from './clauses';
import { remarkOf } from '../talk/remarks';
import { blessingOnArriving } from '../talk/wellWishes';
import { editDistance, looksLikeQuestion, normalise } from './textMatch';
import { GROUP_PHRASES, HEDGES, plainWords, POLITE_WORDS, STOPPING_HERE, withIWould, withoutHedges, withoutPoliteWords } from './vocabulary';

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
  /** "apply for jobs for me", "do my assignment": something done for the person, which the bot cannot do. */
  'cannotDo',
  /** Remarks that ask nothing (remarks.ts): the career judged down or liked, doubt at the last answer, worry about oneself. */
  'judgesCareer',
  'likesCareer',
  'doubtsAnswer',
  'doubtsSelf',
  'tellsOfDay',
  /**
   * Any other remark that asks nothing, read by the learned model alone (actModel.ts): something said of oneself, the
   * career or the last answer ("im a junior in psych btw", "my mum had a care manager, she was amazing").
   */
  'remark',
] as const;
export type ChatAct = (typeof CHAT_ACTS)[number];

// Word classes the rules below are written in.
/** The last answer, as people point at it. */
const theAnswer =
  '(?:that|this|it|(?:that|this|the|your|these|those)(?: (?:last|previous|latest|first))? (?:answer|answers|info|information|reply|replies|response|responses|one|explanation|explanations|point|bit|step))';
/** The bot, as people address it. */
const theBot = '(?:you|your|(?:this|the) (?:bot|chatbot|chat bot|chat|thing|app|service|program|programme|tool|website|site|assistant)|carebot|care bot)';
// "is been" is "'s been" as normalised ("that's been useful").
const isWas = '(?: is| was| has been| have been| is been| sounds| seems| looks| are| were| be| is getting| is becoming| was getting| getting| feels| felt)?';
const intensifier = '(?: (?:so|very|really|super|honestly|proper|well|quite|incredibly|extremely|totally|absolutely|pretty|actually|genuinely|seriously|truly|such|such a|a|the|way|way too|far|far too|much|too|bloody|damn|kinda|kind of|sort of|a bit|a little|just|rather|most|ever so|completely|entirely|utterly))*';
/** Good, said of an answer or of the bot. */
const good =
  '(?:helpful|useful|clear|clearer|great|good|perfect|brilliant|brill|excellent|amazing|awesome|class|ace|fab|fabulous|fantastic|lovely|spot on|bang on|on point|informative|insightful|handy|interesting|cool|nice|wonderful|superb|top|gold|golden|legend|a legend|star|a star|gem|a gem|lifesaver|a lifesaver|life saver|a life saver|genius|smart|clever|the best|sound|exactly right|a big help|a great help|a huge help|a help|much help|so much help|a lot of help|very helpful|well explained|nicely explained|well put|clearly explained|explained well|explained clearly|easy to understand|easy to follow|straight to the point|to the point|short and sweet|concise|detailed|thorough|in depth|comprehensive|reassuring|encouraging|eye opening|enlightening|good stuff|great stuff|top stuff|exactly it|marvellous|marvelous|terrific|splendid|super|patient|polite|friendly|knowledgeable|quick)';
/** Right, said of an answer: "I don't think that's correct" is a complaint. */
const correct = '(?:correct|right|accurate|true|helpful|useful|relevant|what i (?:asked|meant|wanted|needed))';
/** Bad, said of an answer or of the bot. */
const bad =
  '(?:useless|rubbish|wrong|incorrect|vague|limited|unclear|confusing|annoying|irritating|stupid|dumb|pointless|irrelevant|terrible|awful|bad|poor|crap|crappy|nonsense|garbage|trash|a waste of time|waste of time|a waste of space|off|off topic|not right|not helpful|unhelpful|no help|no use|not useful|not clear|not good|not great|not it|frustrating|repetitive|broken|not working|slow|too slow|too long|too short|too generic|generic|not (?:quite |exactly |really )?what i (?:asked|meant|wanted|needed|was looking for|was after|was asking|asked about|wanted to know|needed to know|was asking about)(?: for| about)?|(?:a )?waste of (?:my |our )?time|not (?:correct|accurate|relevant|related|true|specific|detailed|clear|helpful|useful|right|good|much help|much use|any help|any use|any good|what i asked)(?: enough| at all)?|inaccurate|unrelated|misleading|disappointing|not (?:very |that |so |too |exactly |really |all that )?(?:smart|clever|bright|intelligent)(?: (?:is it|are you|eh|huh|right|lol))?|too (?:long|short|vague|general|generic|basic|simple|complicated|complex|wordy|much|little|brief)|obvious|lame|sucks|no good|of no use|no help at all|beside the point|missing the point|off the mark|way off|nothing like what i asked|(?:totally |completely )?(?:unrelated|irrelevant) to (?:my question|what i asked|me)|hopeless|worthless|unhelpful|not much use|not a lot of use|not very helpful|not very useful|no use to me|of no use to me|ridiculous|a mess|all over the place|too general|not what i (?:wanted|needed|was asking) to know)' +
  // "too vague to be of any use (to me)"
  "(?: to be (?:of )?(?:any |much )?(?:use|help)| to (?:help|understand|follow)| to be (?:useful|helpful))?(?: to me| for me)?";
/** Someone the bot might hand over to. */
const someone =
  '(?:a |an |some |the |to a |to an )?(?:real |actual |live |proper )?(?:human|human being|person|people|agent|advisor|adviser|representative|rep|operator|someone|somebody|anyone|anybody|member of staff|staff member|staff|counsellor|counselor|careers advisor|careers adviser|career advisor|career adviser|customer service|customer care|customer support|support|support team|expert|professional|coach|mentor|your team|manager|your manager|the manager|(?:careers? )?(?:advisor|adviser|counsellor|counselor|coach|officer|consultant|specialist|team|service|guidance counsellor|guidance counselor)|human advisor|human adviser|supervisor|teammate|team member|live support|someone real|someone human|somebody human|a human one|(?:one of )?(?:your|the|you) (?:advisers|advisors|counsellors|counselors|staff|team|people|experts|coaches|humans|agents|guys))(?: real| else| who works there| who (?:can|could|would|will|might) (?:help|answer|advise|explain|talk|speak)(?: (?:me|my questions?|my query|this|it|things|to me|with me))?(?: properly| better| in person| directly| in more detail)?| who (?:actually |really )?(?:works?|worked|is working) (?:there|for you)| (?:on|over) the (?:phone|telephone)| by (?:phone|telephone|email)| from your team| in person| face to face| directly| personally| (?:from|at|in|on) (?:your|the|a) (?:team|careers team|careers service|careers office|office|company|organisation|organization|support team|helpdesk|help desk))?';
/** Ways of reaching a person. */
const reach = '(?:talk|speak|chat|ring|call|phone|email|e mail|contact|message|text|whatsapp|dm|reach|write|get in touch|get hold of|meet|see|book (?:a |an )?(?:chat|call|meeting|appointment|session|slot))(?: to| with)?';

const thanks =
  '(?:(?:ok|okay|great|cool|perfect|brilliant|awesome|wow) )?(?:thanks|thank you|thank u|thankyou|thanx|thx|ty|tysm|ta|ta very much|cheers|many thanks|many many thanks|big thanks|massive thanks|huge thanks|much appreciated|much obliged|appreciated|thanking you|thank you kindly|' +
  '(?:i )?(?:really |truly |do )?appreciate (?:it|that|this|you|the help|your help|the info|the answer)|(?:that is|that was|it is|you are|how|very|most|so|too)(?: very| most| so| really| ever so| too)? kind(?: of you)?|(?:i am |so |really |very )?grateful|(?:god )?bless (?:you|u)|merci|gracias|danke|grazie|obrigado|shukriya|dhanyavaad|salamat|maraming salamat|nagode|ese|daalu|asante|arigato|obrigada|spasibo|dziekuje|tak|dank je|gracias amigo|' +
  // Thanks in dialect or slang: "bless up, tanks" (patois), "big up", "respect", "preciate it", "thanks a mil", "tenks".
  '(?:tanks|tank you|tank u|tenks|tnx|thnx|thnks|thanx a lot|thank ya|thanks a mil|thanks a million|preciate it|preciate you|appreciate ya|bless up|bless|blessings|much love|(?:big|massive) up|(?:much |nuff |big |mad )?respect|big ups|props|cheers bruv|ta muchly|thanks heaps|sound one|nice one cheers))' +
  '(?: (?:so much|so so much|ever so much|very much|very much indeed|a lot|a bunch|a million|a ton|tons|loads|heaps|again))?(?: (?:for (?:that|this|the (?:earlier |previous |last |quick |great |detailed |useful )?(?:help|info|information|answer|answers|advice|reply|explanation))|for your (?:help|time|answers?|patience)|for helping(?: me)?|for the help))?';
const helpful =
  `(?:${theBot}${isWas}${intensifier} (?:helpful|useful|a (?:big |great |huge |real )?help|(?:a lot of|so much|much|great) help)|` +
  `(?:${theAnswer}|${theBot})(?: really| very much| honestly| actually| definitely)? (?:helps|helped|has helped|will help)(?: me)? (?:a great deal|a good deal|enormously|immensely|no end|greatly|hugely|a lot|loads|so much|a ton|tremendously)|` +
  `(?:${theAnswer}|it) (?:covers|covered|answers|answered|addresses|addressed) (?:exactly |just |precisely )?what i (?:was worried about|wanted to know|needed to know|was wondering about|was asking about|asked|wanted|needed)|` +
  // "I understand" only takes the answer in (vocabulary.ts, ack): said before "Now I am in 3rd year ..." it is no thanks.
  'now i (?:understand|get it|see)|i (?:learned|learnt) (?:a lot|something|loads|so much)|you (?:have )?answered (?:it|my question|everything)|' +
  `${theAnswer}${isWas}${intensifier} ${good}(?: (?:info|information|answer|advice|stuff|reply|to know))?|(?:very |really |so |super )?(?:helpful|useful|informative)|` +
  `${theAnswer}(?: really| very much| honestly| actually| definitely)?(?: is| has)? (?:help|helps|helped|will help|is going to help|cleared (?:it|that|things|everything) up|cleared up|answers (?:it|that|everything|my question)|answered (?:it|that|everything|my question)|sorted (?:it|me|that)(?: out)?|explains it|explained it)(?: (?:a lot|loads|heaps|me|me a lot|so much|a bunch|massively|for sure|for me|perfectly|completely|fully|nicely|a treat))*|` +
  '(?:really )?(?:helped|helps)(?: me)?(?: (?:a lot|loads|so much|heaps|massively|a bunch|a ton|tons))?|(?:a )?(?:big|great|huge|real|massive) help|(?:i )?love (?:that|this answer|that answer|the answer|the info|that info|this info)|' +
  '(?:(?:that|it|this) )?(?:makes|made) (?:(?:a lot of|so much|total|complete|perfect|more) )?sense(?: now)?|i (?:did not|never) (?:know|realise|realize|knew) (?:that|this)(?: before)?|' +
  '(?:i )?appreciate (?:the|your) (?:clear |quick |detailed |helpful |honest )?(?:answer|answers|reply|info|information|explanation|help|advice)|you (?:explained|put|described) (?:that|it|this|everything)(?: really| very| so)? (?:well|clearly|nicely|simply)|' +
  `${theAnswer} (?:gives|gave|has given) me (?:a lot|lots|plenty|something|loads) to think about|` +
  '(?:great|good|nice|perfect|brilliant|excellent|helpful|useful|clear) (?:answer|info|information|reply|response|explanation)|' +
  `(?:(?:that|this|it) (?:is|was) )?(?:exactly |just |precisely )?(?:what|the (?:info|information|answer|thing|stuff|advice|help|explanation)(?: that)?) i (?:needed|wanted|was looking for|was after|wanted to know|needed to know|was hoping (?:for|to (?:find|find out|hear|get|learn|know))|hoped (?:for|to (?:find|find out|hear|get|learn|know)))(?: out)?|that answers? (?:it|my question)|(?:that|it) makes sense|makes sense|made sense|got what i needed|sorted my question|sorted|` +
  '(?:that is |it is |all )?clear now|(?:that is|it is) (?:all )?clear|crystal clear|(?:good|nice|great|useful|handy|helpful) to know|' +
  '(?:very |really |so |super |nice and |lovely and |nice |clear and |short and )?(?:clear|well explained|nicely explained|clearly explained|explained well|easy to understand|easy to follow|to the point|straight to the point|short and sweet|concise|detailed|thorough|informative|insightful)(?: and (?:clear|to the point|concise|detailed|easy to understand|simple|helpful|useful|informative|thorough|well explained))?|' +
  `${theAnswer}(?: really| honestly| actually| definitely)? (?:clears|has cleared|cleared) (?:it|that|this|things|everything|my (?:question|confusion|doubts?)) up(?: (?:for me|nicely|perfectly|enormously|a lot|completely))*|${theAnswer}(?: really| honestly)?(?: has)? cleared up (?:my (?:question|confusion|doubts?)|everything)|` +
  `${theAnswer}(?: really)? (?:gave|gives|has given) me (?:a |the |some )?(?:clear|clearer|good|better|great|much better|real) (?:idea|picture|understanding|sense|overview)|` +
  '(?:that is|this is|it is) (?:exactly |just )?what i (?:needed|wanted) to (?:know|hear)|now i know(?: what to do| what i need to do)?|i know what to do now|i (?:now )?feel (?:more confident|better|clearer|more sure|reassured)(?: now)?|' +
  '(?:you have|you) (?:been|helped me|helped)(?: me)? (?:a lot|so much|loads|heaps|massively|a great deal|a great help|a big help|a huge help|really helpful|so helpful|very helpful)|you (?:have )?(?:answered|cleared up|sorted) (?:my question|my questions|everything|it all|my doubts?)|' +
  '(?:great|good|nice|perfect|brilliant|excellent|helpful|useful|clear|detailed|thorough|solid|super) (?:answer|answers|info|information|reply|response|explanation|advice|stuff|overview|summary))';
const praise =
  `(?:${theBot}${isWas}${intensifier} ${good}(?: (?:bot|one|helper|assistant|chatbot|program|programme|tool|service|resource|little bot|thing))?(?: ever)?|` +
  // Said as an exclamation or of the bot as a kind of thing: "what a clever little bot", "such a helpful assistant".
  `(?:what an? |such an? |you are an? |you are such an? )?(?:the )?(?:${good}|best|greatest) (?:little )?(?:bot|chatbot|chat bot|assistant|helper|robot)(?: ever)?|` +
  '(?:i )?love (?:it|this|you|this bot|talking to you)|(?:i )?like (?:this bot|you|talking to you)|well done|nice one|great job|good job|awesome job|good work|great work|keep it up)';
/** Praise by comparison ("you're far more patient than most people I've spoken to", "ur way better than ..."): whatever words follow "than" (gaps). */
const praiseByComparison = `(?:you are|your|you have been|this bot is|this is|this chatbot is|this service is) (?:far |much |way |a lot |so much |even )?(?:more ${good}|better|nicer|clearer|kinder|quicker|faster|easier) than (?:most|many|an[y]|all|the|a lot of|other|some|my|anyone|anybody|everyone|people)(?: [a-z]+)*`;
// "off" alone is no complaint: "thanks so much!! off to text my aunt" leaves; "that's a bit off" and "way off" are.
const complaint =
  `(?:(?:${theAnswer}|${theBot})${isWas}${intensifier} ${bad}(?: and${intensifier} ${bad})?|(?:so |really |very |totally |completely |kinda |kind of |sort of |a bit |bit |pretty )?(?!off$)${bad}(?: this| that| this bot| this chat| this is| that was)?|` +
  // An opinion about the answer: "I find these answers vague and unhelpful", "I don't think that's correct".
  `i (?:find|found|thought|think|feel) (?:${theAnswer}|${theBot})${intensifier} ${bad}(?: and${intensifier} ${bad})?|` +
  `i (?:do not|did not|really do not|honestly do not) (?:think|believe|feel) (?:that )?(?:${theAnswer}|${theBot})${isWas}${intensifier} ${correct}|(?:${theAnswer}|${theBot})(?: is| was| are| were) not${intensifier} ${correct}|(?:${theAnswer}|${theBot})(?: surely)? (?:can not|cannot|could not) be${intensifier} ${correct}|` +
  `(?:${theAnswer}|you) (?:did not|does not|do not|can not) (?:help|answer (?:my|the) question|answer it|make (?:any )?sense|understand(?: me| my question)?|get it)(?: at all)?|` +
  // "that doesn't really address what I was asking about"
  `(?:${theAnswer}|you) (?:did not|does not|do not|has not|have not)(?: really| quite| actually)? (?:address|answer|cover|get at|deal with) (?:what i (?:was asking|asked|am asking|wanted to know|meant|was after)(?: about| for)?|my (?:question|point|query))|` +
  `(?:${theAnswer}|you)(?: really)? (?:makes|made) no sense(?: at all)?|(?:${theAnswer}|you) (?:is|are|was|were) not helping(?: me)?(?: at all)?|you (?:did not|do not) (?:get|understand|catch) (?:what i (?:meant|mean|said|asked|wanted)|me|my point|the point)|still not answered(?: my question)?|` +
  'you (?:did not|do not) (?:answer|understand|get it|help|listen)(?: my question| me| at all| to me)*|' +
  'you (?:are not|were not) (?:helping|listening|understanding)(?: to me| me| at all)*|' +
  'you (?:keep|kept|are|just keep|keep on) (?:saying|repeating|giving me|telling me|sending|showing me|saying to me)(?: me)? (?:the same|that|this)(?: (?:general|generic|old|basic|vague|boring|standard))?(?: thing| things| answer| answers| stuff| info| information| reply| replies| response)?(?: over and over(?: again)?| again)?|' +
  '(?:no|nah|nope|hmm|um|erm|ugh) (?:that is )?(?:not it|wrong|not right)|meh|could be better|could have been better|not the best|' +
  '(?:wrong|bad|useless|rubbish|terrible|awful|pointless|irrelevant|stupid|dumb|silly|poor|vague) (?:answer|bot|reply|response|info|information)|' +
  'you (?:misunderstood|misunderstood me|misread|got it wrong|have it wrong|are wrong)|that is not what i (?:asked|meant|wanted|needed)(?: for)?|' +
  '(?:that|this|it|you) (?:did not|does not|has not|have not|never|still did not|still has not|still have not) (?:answer|answered|address|addressed) (?:my|the) (?:first |original |last |previous |actual |real |main |other )?(?:question|questions|query|point)|(?:that is |this is |it is )?(?:not|hardly|not really) (?:a |an )?(?:real |proper |actual )?answer|not quite|not exactly|try again|(?:that is )?(?:not true|untrue|false|outdated|out of date)|(?:the )?(?:worst|dumbest|stupidest) bot(?: ever)?|too (?:much text|wordy)|tl ?dr|' +
  '(?:that|this|it|you)(?: are| is)? (?:not|do not|does not) (?:making|make) (?:any )?sense|you (?:never|can not|will not) (?:answer|help|understand)(?: anything| me| my questions?)?|' +
  'why (?:can not|do not|will not|did not) you (?:answer|understand|help)(?: me| my question)?|' +
  `(?:(?:${theAnswer}|you) )?(?:did not|does not|do not|has not|have not|never) (?:tell|give|show|teach) me (?:anything|much|what i (?:wanted|needed|asked)(?: for)?)(?: (?:new|useful|helpful|at all|i did not know))*|` +
  `(?:${theAnswer}|you)(?: has| have)? (?:told|tells|given|gave|gives|taught|teaches|shown|showed|shows) me nothing(?: (?:new|useful|helpful|at all))*|${theAnswer}(?: has| had)? nothing to do with (?:my question|what i asked|it|anything|me)|` +
  '(?:why )?(?:do|are|did|will) you (?:keep|keeping|keep on) (?:saying|repeating|giving me|telling me|sending|showing me|sending me)(?: me)? (?:the same|that|this|it)(?: thing| answer| stuff| reply| info| again)*(?: over and over(?: again)?| again)?|' +
  'stop repeating(?: yourself| that| the same thing| the same answer)?|(?:the )?same (?:answer|thing|reply|stuff|info) (?:again|as before)|you (?:already )?(?:said|told me) that(?: already| before)?|you (?:are|keep) repeating yourself|' +
  'i (?:already )?(?:knew|know) (?:that|this|all that|all this)(?: already)?|tell me something i do not know|(?:that is|this is|it is) (?:so |pretty |really |kind of )?obvious|' +
  '(?:just )?answer (?:my|the) (?:question|questions)|(?:you )?(?:still )?(?:did not|have not|has not) answered(?: my question| it)?|(?:you are|that is|it is) not answering (?:my|the) question|' +
  'are you (?:even )?(?:listening|reading|paying attention)|you suck|(?:this|that|it) sucks|' +
  'you did not (?:get|understand|read) my question|i (?:already )?(?:asked|said|meant|wanted|was asking)(?: about| for)? (?:something else|a different (?:question|thing)|something (?:quite |completely |totally |entirely )?(?:different|else)|another thing)|(?:that is )?not my question|(?:this|that) is frustrating|so frustrating|ugh|not helpful at all)';
/** "i asked about pay not hours": free words in the gaps, so kept apart from the rules written in known words only. */
/** ... and "I didn't ask about salary", "i wasnt asking about the money": what the last answer was about, not asked. */
const notAsking = '(?!(?:what|how|why|when|where|which|who|is|are|do|does|can|could|should|would|will|and|but|so|i|care)\\b)[a-z]+';
const notWhatIAsked =
  'i (?:asked|said|meant|wanted)(?: about| for)? [a-z]+(?: [a-z]+)? not [a-z]+(?: [a-z]+)?|' +
  `i (?:did not|never|was not|am not|do not think i) (?:ask|asked|asking|want|wanted|mean|meant|say|said)(?: you)?(?: anything)? (?:about|for) (?:the |a |an |any |your )?${notAsking}(?: ${notAsking})?`;
/** "can I speak to someone who actually knows", "I want to talk to a person who has done the job": whatever words describe them (gaps). */
const someoneWho = `(?:(?:can|could|may) i|i (?:want|would like|need|would rather|would prefer) to|let me) (?:talk|speak|chat) (?:to|with) ${someone} (?:who|that)(?: [a-z]+){1,6}`;
/** "... who could answer my questions", "... on the phone": what the person asked for would do, or how. */
const whoCanHelp = '(?: who (?:can|could|would|will|might) (?:help|answer|advise|explain|talk|speak)(?: (?:me|my questions?|my query|this|it|things|to me|with me))?(?: properly| better| in person| directly| in more detail)?)?';
const byPhone = '(?: (?:on|over) the (?:phone|telephone)| by (?:phone|telephone|email)| in person| face to face)?';
const askHuman =
  `(?:i (?:can|could|might|may) (?:talk|speak|chat) (?:to|with) ${someone}${byPhone}|i would (?:rather|sooner|prefer to|much prefer to|much rather|really rather|really prefer to) (?:talk|speak|chat)(?: (?:it|this|things) (?:through|over))?(?: (?:to|with) ${someone})?${byPhone}|` +
  `(?:can|could|may) i (?:please )?(?:have|get) (?:a |an |your |the |some )?(?:phone |telephone |contact |mobile )?(?:number|email|email address|contact details|contact information)(?: (?:to|i can|so i can|i could) (?:call|ring|phone|email|contact|text|reach)(?: ${someone})?)?|` +
  `(?:is there|do you have|can i have|could i have|give me) (?:a|an|any) (?:number|phone|line|email|address|helpline|hotline) (?:i|we) (?:can|could) (?:call|ring|phone|use|email|write to|contact)|` +
  `(?:can|could|will|would) ${someone} (?:get in touch with|reach out to|get back to|contact) me(?: back)?|(?:is|are) there ${someone}(?: here)? (?:i|we) (?:can|could) ${reach}${byPhone}${whoCanHelp}|` +
  `(?:can|could|may) i (?:please )?(?:talk|speak|chat) (?:to|with) ${someone}|(?:i want|i would like|i need|i want to|let me|i would rather|i would prefer) (?:to )?(?:talk|speak|chat) (?:to|with) ${someone}|` +
  `(?:talk|speak|chat) (?:to|with) ${someone}|(?:connect|transfer|put|pass|hand|forward|send|escalate|refer|redirect|switch) me (?:to|through to|through|over to|on to|onto|with) ${someone}|(?:get|give|find) me ${someone}|` +
  `(?:put|get) me in touch with ${someone}|(?:how|where|who) (?:can|do|could|should) i ${reach} ${someone}|escalate(?: this| it| my (?:question|query|case|issue))?(?: to ${someone})?|` +
  `${someone} (?:please|pls)|not (?:a|this|the) (?:bot|robot|machine|computer|chatbot)|no (?:more )?bots|i do not want (?:to (?:talk|speak|chat) (?:to|with) )?(?:a |this |the )?(?:bot|robot|machine|computer|chatbot)|i (?:hate|do not like) (?:talking to )?(?:bots|robots|machines|chatbots)|` +
  '(?:give|send|tell|share|show) me (?:a |the |your |some )?(?:phone |telephone |contact |mobile )?(?:number|email|email address|contact|contact details|contact info)(?: (?:to|i can) (?:call|ring|text|use|contact|reach))?|' +
  `(?:any|are there any) (?:real )?(?:people|humans|persons|staff) (?:here|there|around|available|about)|(?:can|could|will|would) ${someone} (?:help|assist|advise) me|` +
  '(?:i would like|i want|i need|can i (?:have|get)|could i (?:have|get)) (?:a )?call ?back|(?:where|how) (?:can|do|could) i get (?:face to face|in person|one to one|personal|real|human|proper) (?:advice|help|support|guidance)|' +
  `(?:call|ring|phone|email|text) me(?: back)?|(?:can|could|will|would) (?:you|someone|somebody|anyone|a person|a human) (?:call|ring|phone|email|text|contact) me(?: back)?|(?:a |request a |get a |i want a )?call ?back|` +
  '(?:face to face|in person|one to one|1 to 1) (?:advice|help|appointment|meeting|chat|session|support|guidance)|' +
  '(?:human|real person|live person|live agent|agent|operator|representative|customer service|customer care|live chat)|' +
  `is there ${someone}(?: here)?(?: (?:i|we) (?:can|could) ${reach})?|(?:is|are) (?:there )?(?:any )?(?:humans?|people|persons?|staff) (?:here|there|available|around)|` +
  `(?:can|could|will|would) ${someone} (?:call|ring|phone|email|contact|text|message|whatsapp) me(?: back)?|(?:can|could|may) i ${reach} ${someone}(?: about (?:this|it|that))?|` +
  // Someone asked for to reach the person: "I'd like an adviser to call me back", "I need someone to ring me".
  `(?:i would like|i want|i need|i would prefer|i would love|can i get|could i get|can i have|could i have|can you get|could you get|please (?:get|have)|get|have) ${someone} to (?:call|ring|phone|email|contact|text|message|whatsapp|get back to|get in touch with) me(?: back)?|` +
  '(?:who|how) (?:can|do|should) i (?:contact|call|email|reach|ring|phone)(?: someone| a person| you| a human| somebody| your team)?|' +
  '(?:is there |do you have |what is |give me |send me |can i have )?(?:a |an |your |the )?(?:phone|telephone|contact|whatsapp|mobile) (?:number|details|info|information|email)(?: (?:i|we) (?:can|could) (?:call|ring|use|contact|text))?|' +
  `(?:your |the )?contact (?:details|number|info|information)|(?:your |the )?email address|` +
  `i (?:need|want|would like|would prefer)(?: some)?(?: proper| real)? (?:advice|help|answers) from ${someone}(?: not (?:a|this) bot)?|${someone} not a bot|` +
  `(?:i want|i need|i would like|can i get|can i have|get me) (?:a |an )?(?:real |actual )?(?:human|person|agent|someone real)|(?:is there a |do you have a |what is the )?(?:helpline|hotline|help line|support line|phone line)|` +
  `how (?:do|can) i (?:contact|reach|call|email|get hold of) (?:you|someone|a person|your team|the team|a human)|(?:do you have|what is) (?:an |a |your )?(?:email|e mail|email address|phone number|number)|` +
  `(?:who|where) can i (?:talk|speak|go) to(?: in person| face to face| directly)?(?: about (?:this|it|that))?|(?:can|could) i (?:book|get|make|have) (?:an appointment|a call|a meeting|a chat|a call back) with ${someone})`;
const whoAreYou =
  'do you have a name|what (?:should|do|can) i call you|how old are you|where are you from|who are you|who is this|who is that|what are you|what is your name|who am i (?:talking|speaking|chatting) (?:to|with)|introduce yourself|tell me about yourself|what is this|what is this bot|what is this chat|' +
  // "what are you, some kind of AI?", "what are you exactly"
  'what are you (?:exactly|actually|then|even|really)|what (?:exactly|actually|even|really) are you|what are you(?: exactly| actually| then| even| really)? (?:some|a) (?:kind|sort|type) of (?:ai|a i|bot|robot|chatbot|chat bot|computer|program|programme|machine)';
const botKinds =
  '(?:a |an )?(?:real |actual |live )?(?:human|person|human being|bot|robot|ai|a i|machine|chatbot|chat bot|computer|real|chatgpt|chat gpt|gpt|program|programme|automated|real person)(?: (?:program|programme|system|thing))?';
const areYouHuman =
  `(?:(?:are you|are u|is this|am i (?:talking|speaking|chatting) (?:to|with)) ${botKinds}(?: here| right now| now| then| really)?|` +
  // Someone behind the chat asked after: "is there a real person reading this or is it automated".
  `(?:is there|is it) (?:a |an )?(?:real |actual |live )?(?:person|human|human being|someone|somebody|anyone) (?:reading|typing|answering|replying|responding|behind) (?:this|these|my messages|me|it|the answers|this chat)(?: or (?:is (?:it|this) )?(?:automated|a bot|ai|a computer|a machine|just a bot))?|is this (?:a )?(?:real person|human|bot|automated|ai)|are you (?:alive|sentient|conscious)|(?:you are|this is|i am (?:talking|speaking|chatting) (?:to|with)) ${botKinds}|` +
  // A guess at what the bot is, said after "what are you": "what exactly are you, some AI program?".
  `(?:just |like |some |some kind of |some sort of |a kind of |a sort of |a |an )(?:ai|a i|bot|robot|chatbot|chat bot|computer|machine)(?: (?:program|programme|thing|system|tool|assistant))?)(?: or (?:what|not|${botKinds}))?`;
/** "are you one of those chatbots like the ones on the bank websites": whatever words follow the kind, so kept apart (gaps). */
const areYouOneOfThose =
  '(?:are you|is this|am i (?:talking|speaking|chatting) (?:to|with)) (?:just )?(?:one of those|one of them|like (?:one of )?(?:those|the|other|all the)|another|a kind of|some kind of|some sort of|a sort of|a type of) (?:ai |automated |online |computer )?(?:bots|robots|chatbots|chat bots|machines|programs|programmes|ai|things|assistants|bot|chatbot|robot|program|programme|assistant)(?: [a-z]+)*';
const aboutSource =
  `(?:who|what company|which company|what organisation|what organization|which organisation|which organization) (?:made|built|created|designed|programmed|wrote|developed|owns|runs|trained|makes|is running|set up|put together|is behind) (?:${theBot}|this)|who is behind (?:${theBot}|this)|` +
  `where (?:is|are|does|do|did) (?:${theAnswer}|your (?:info|information|answers?|facts|data|advice)|(?:the|this|that|these) (?:info|information|answers?|facts|data|advice))(?: all)? (?:come |coming )?from|` +
  '(?:what|which) (?:is|are|was) (?:your|the) (?:source|sources)(?: (?:for|of) (?:that|this|it|all (?:this|that|of this|of that)|these answers|your (?:info|information|answers?)))?|' +
  '(?:how (?:do|can|would|will|should) i know (?:if |whether |that )?)?(?:i )?(?:can|should|could) (?:i )?(?:trust|believe|rely on) (?:you|this|it|that|your answers|the answers|your information|the information|what you (?:say|are saying|tell me|are telling me|said|told me))|' +
  // "why should I trust a bot about careers"
  '(?:why|how) (?:should|would|could|can) (?:i|anyone|someone|people) (?:trust|believe|rely on) (?:you|this|it|a bot|this bot|the bot|a chatbot|your answers|the answers|what you say)(?: (?:about|on|for) [a-z]+(?: [a-z]+)?)?|' +
  '(?:where|how) (?:do|did) you (?:get|find|come up with|learn|know)(?: (?:your|the|this|that|all this|all that))?(?: (?:information|info|answers|facts|data|knowledge|stuff))?(?: from)?|' +
  '(?:where|what) (?:does|do|did) (?:your|the|this|all this|that) (?:information|info|answers?|facts|data|knowledge|stuff|advice) (?:come from|come out of)|(?:what|which) (?:is|are) your (?:source|sources)|what (?:source|sources|guide) (?:do|did) you use|how do you know(?: that| this| all this| all that)?(?: stuff)?|' +
  'are you (?:reliable|accurate|trustworthy|always right|right|up to date|sure|correct)|(?:can|should) i (?:trust|believe|rely on) (?:you|this|your answers|what you say|what you tell me)|' +
  'is (?:this|that|your|the)(?: (?:information|info|answers?|advice|data|guide|stuff))? (?:accurate|reliable|correct|true|up to date|current|trustworthy)|' +
  '(?:how|when) (?:was|were) (?:this|you|your (?:info|information|answers?|guide)) (?:updated|last updated|written|made)|how (?:reliable|accurate|current|up to date|trustworthy) (?:are you|is (?:this|that|it|your (?:info|information|advice)))|' +
  'how (?:reliable|accurate|current|up to date|trustworthy|correct|true|good) (?:are|is) (?:your|the|these|this|that) (?:answers?|info|information|advice|data|facts)|is this (?:official|legit|legitimate|free|a scam)|(?:does|will) (?:this|it) cost (?:anything|money)|who (?:owns|sponsors|funds) (?:you|this)|' +
  'how do you work|how were you made|what (?:ai|model|llm) (?:are you|do you use)|are you (?:using )?(?:chatgpt|openai|gpt)|' +
  // The guide itself and who is behind it: "which guide", "who wrote it", "says who? source?".
  '(?:which|what) guide(?: is (?:it|that|this)| do you mean| are you (?:using|on about))?|what is (?:the|this|that) guide(?: called)?|' +
  '(?:who|whom) (?:wrote|writes|made|published|authored|produced|is the author of) (?:it|that|this|the guide|that guide|this guide|your guide)|who is the (?:author|writer|publisher)(?: of (?:it|that|this|the guide))?|' +
  'says who|(?:says|said) who|according to (?:who|whom|what)|(?:what|which) (?:source|sources)|(?:the |your |a )?(?:source|sources|reference|references|citation|citations)(?: (?:for|of) (?:that|this|it))?(?: please)?|' +
  '(?:any|got a|got an[y]|have you got a|do you have a|do you have an[y]|is there a) (?:source|sources|reference|references|citation|proof|evidence)(?: (?:for|of) (?:that|this|it))?|where is (?:that|this|it) from|(?:chatgpt|chat gpt|gpt|openai)(?: or (?:something|what))?';
const keep = '(?:keep|save|store|record|log|remember|read|see|track|share|sell|keep (?:a )?(?:record|copy|log|note) of|get to see|have access to)';
const recorded = '(?:recorded|saved|stored|kept|logged|monitored|tracked|shared|private|confidential|secure|anonymous)';
const privacy =
  `(?:do|will|can|does|did) (?:you|this bot|this chat|this|anyone|someone) ${keep} (?:my|our|this|these|the|what i|what we|everything|anything)(?: (?:messages|chats?|conversation|data|info|information|details|questions|answers|type|typed|write|wrote|say|said|stuff|personal data|history))?(?: (?:in here|here|to you))?|` +
  `(?:is|are) (?:this|our|my|the) (?:chat|conversation|messages?|data|questions) (?:being )?(?:recorded|saved|stored|kept|logged|monitored|tracked|shared|private|confidential|secure|anonymous)|` +
  `(?:will|can|could|would|does|do) (?:my |the )?(?:manager|boss|employer|company|work|workplace|hospital|trust|hr|admin|admins|colleagues|team|school|university|college|teacher|anyone|anybody|someone|somebody|other people|others) (?:see|read|know|find out about|check|view|access|get|be able to see) (?:what i (?:ask|asked|say|said|type|typed|write|wrote)(?: you| here| in here)?|my (?:messages|questions|chats?|conversation|history)|(?:this|our) (?:chat|conversation))|what do you (?:keep|store|save|know) about me|` +
  '(?:what about )?my privacy|(?:is|are) (?:my )?(?:data|messages|info|chat) (?:safe|private|secure|confidential)|' +
  '(?:i am )?(?:a bit |a little |quite |rather |slightly )?(?:worried|concerned|wary|nervous|anxious|unsure|cautious) (?:about|of|regarding) (?:my )?(?:privacy|data|data protection|personal data|my details|what i (?:write|type|say))|' +
  `(?:is|are) (?:this|our|my|the) (?:chat|conversation|messages?|data|questions) (?:being )?${recorded}(?: (?:or|and) (?:being )?${recorded})?(?: (?:anywhere|somewhere|by you|online))?|` +
  // Asked indirectly, in statement order: "I was wondering if this chat is recorded anywhere".
  `(?:this|our|my|the) (?:chat|conversation|messages?|data|questions) (?:is|are|will be|get|gets) (?:being )?${recorded}(?: (?:or|and) (?:being )?${recorded})?(?: (?:anywhere|somewhere|by you|online))?|` +
  `(?:do|will|can|does|did) (?:you|this bot|this chat|this|anyone|someone) ${keep} (?:what i (?:have )?(?:written|write|wrote|typed|type|said|say|asked|ask)|everything i (?:write|type|say))(?: (?:here|in here|to you))?|` +
  `(?:will|can|could|would|does|do) (?:my |the )?(?:manager|boss|employer|company|work|workplace|hospital|trust|hr|admin|admins|colleagues|team|school|university|college|teacher|anyone|anybody|someone|somebody|other people|others) ${keep} (?:these|this|my|our) (?:chats?|conversations?|messages|questions)|` +
  '(?:will|do|can) you remember (?:me|what i (?:said|say|told you|wrote))|' +
  '(?:who|can anyone|can anybody|does anyone) (?:else )?(?:see|read|sees|reads) (?:my|this|these|what i)(?: messages| chat| conversation| write| type)?';
/** What the person writes here, as they name it: "what i type", "my questions", "this chat", "everything i said". */
const myWords =
  '(?:(?:what|everything|anything|things) i (?:have )?(?:ask|asked|say|said|type|typed|write|wrote|written|put|search|searched|look up|looked up)(?: (?:you|here|in here|on here|to you|in this chat))?|' +
  '(?:my|our|this|these|the|all my|all of my|all our) (?:messages?|questions?|chats?|conversations?|chat history|history|searches|data|personal data|info|information|details|answers|replies)(?: (?:here|in here|with you|to you))?|(?:this|our) (?:chat|conversation)|this|that)';
/** Someone besides the person who might read it. */
const viewer =
  '(?:(?:my|the|our|your|an[y]) )?(?:line manager|manager|managers|boss|employer|company|work|workplace|job|hospital|trust|hr|it department|admin|admins|administrator|administrators|colleagues?|coworkers?|co workers?|team|school|university|uni|college|teacher|tutor|organisation|organization|council|supervisor|developers?|staff|owners?|government|people at work|anyone|anybody|someone|somebody|other people|others|anyone else|anybody else|nobody|no one|people)';
const seeIt = '(?:see|read|know about|find out about|find out|know|check|view|access|look at|get to see|get hold of|have access to|be able to (?:see|read|access|view|find)|be told about|hear about|track|monitor)';
/** What happens to it, said as its state: private, kept, shared. */
const itsState = `(?:${recorded}|encrypted|anonymised|anonymized|secret|gdpr compliant|between us|just between us|off the record|saved anywhere|stored anywhere|kept anywhere)`;
/**
 * Asked in parts: someone who might read what the person writes ("will my employer be able to read this chat"), what
 * the bot does with it ("can you delete my messages", "are you recording this"), or its state ("is this confidential").
 */
const privacyByParts =
  `(?:will|can|could|would|does|do|is|are|might|may|did) ${viewer} ${seeIt} ${myWords}(?: (?:here|in here|later|afterwards|at some point))?|` +
  `(?:who|who else) (?:can|could|will|would|gets to|is able to|might) ${seeIt} ${myWords}|` +
  `(?:can|could|will|would|do|does|did) (?:you|this bot|the bot|this app|this service) (?:delete|erase|wipe|remove|clear|forget|use|sell|pass on|hand over|train on|learn from) ${myWords}(?: (?:afterwards|later|after|when i (?:leave|close (?:this|it)|am done)))?|` +
  // Not "are you reading this" (a complaint) nor "are you keeping well".
  '(?:are|is) (?:you|this bot|the bot|this) (?:recording|logging|saving|storing|tracking|monitoring)(?: (?:this|me|us|it|our chat|this chat|this conversation|what i (?:say|type|write)|my (?:messages|questions|data|answers)))?|' +
  // Not "is it secure / private" after an answer: the job's security, private practice.
  `(?:is|are) (?:this|(?:any|all|some) of (?:this|it|that|what i (?:say|type|write|ask))|this (?:chat|conversation|bot|app|service)|(?:what|anything|everything|whatever) i (?:say|type|write|ask)(?: (?:here|in here|you))?|my (?:questions|messages|data|answers|details|info)(?: here)?) (?:(?:being|kept|all|completely|totally|really|100%) )?${itsState}(?: (?:here|anywhere|by you|online|(?:from|with) ${viewer}))?|` +
  '(?:can|could|will|do|am) i (?:stay|remain|be|ask) (?:anonymous|anonymously)(?: here)?|' +
  '(?:how long|where) (?:do|will|does|would) (?:you|this bot|the bot|this) (?:keep|store|save|hold) (?:my|the|this|our|these) (?:data|info|information|messages|questions|details|chats?|conversation|answers)|' +
  '(?:where|how long) (?:is|are) (?:my|the|this|our) (?:data|info|information|messages|questions|details|chats?|conversation) (?:kept|stored|saved|held)|' +
  `(?:delete|erase|wipe|clear|remove) (?:my|our|this|the|all my|all our) (?:messages|chats?|chat history|history|conversation|questions)(?: (?:please|pls|now))?`;
/** A greeting misspelt as typed in a hurry ("helo", "hii", "heyyy", "gud morning"): still a greeting, never a question (ut31a). */
const greetingMisspelt = 'hel+o+w?|hal+o+|hul+o+|hi+|he+y+|hey+a|hiy+a|hai|hlo|hlw|(?:gud|gd|good) (?:mornin|morng|evenin|eve)|(?:gud|gd) (?:morning|evening|afternoon|day)|mornin|evenin';
const greeting =
  '(?:(?:hi|hello|hey|heya|hiya|howdy|yo|hallo|hullo|greetings|morning|afternoon|evening|good (?:morning|afternoon|evening|day)|g day|gday|' + greetingMisspelt + '|namaste|salaam|salam|hola|ciao)(?: there| bot| carebot| care bot| everyone| all| again| to you)?|(?:hello |hi )?(?:is )?(?:anyone|anybody|somebody|someone) (?:there|here|home))';
/** "I hope I've come to the right place": said on arriving, a greeting. */
const rightPlace = '(?:i )?(?:hope|think|guess) (?:i have|i am in|this is|i have got|i got|i came to) (?:come to )?the right (?:place|bot|chat)|(?:i )?hope you do not mind (?:me |my )?(?:popping|dropping|stopping|coming|jumping) (?:in|by)';
const howAreYou =
  '(?:how are you|how are ya|how are you doing|how you doing|how are u|how are things|how is things|how is it going|how is everything|how is life|how (?:is|was|has) your (?:day|week|morning|afternoon|evening|weekend|shift|night)(?: going| been)?|how (?:have|has) (?:you|things|life) been|how do you do|how do you feel|how are you feeling|' +
  'what is up|what is new|wassup|sup|(?:are )?you (?:ok|okay|alright|all right|well|good)|(?:i )?(?:hope|trust) (?:you are|your|you r|all is|you have been|you are doing|your day is going|you are having a good day|you are keeping|you have been keeping|you are getting on|things are going|all is going) (?:well|good|ok|fine|great|alright|all right)|how are you keeping|how are you getting on|how are things with you|how far|how body|how you dey|how is your end|kumusta|kamusta|kumusta ka|kamusta ka|how is your day going|hope you are having a (?:good|nice|great) day)(?: today| with you| doing| then| this (?:morning|afternoon|evening|week))?';
/** Ways of leaving, said with "have to", "got to", "time to" ... */
const leaveVerb = '(?:go|go now|be off|be going|get going|head off|head out|log off|log out|sign off|sign out|run|dash|bounce|leave|make a move|get back to work|get back to it|go to work|go to bed|go to sleep|hop off|shoot off)';
/** Leaving, said as what one is doing: "i am off", "heading out now". */
/** Someone one leaves the chat to ring or tell ("gonna call my aunt", "off to text my mum"). */
const kinToTell =
  '(?:my |the |our )?(?:mum|mom|mam|mother|dad|father|parents|aunt|auntie|uncle|nan|gran|grandma|grandad|sister|brother|wife|husband|partner|boyfriend|girlfriend|friend|friends|mate|mates|cousin|family|daughter|son|kids|tutor|teacher|teachers|professor|lecturer|' +
  '(?:school |guidance |careers? )?(?:counselor|counsellor|adviser|advisor)|coach|mentor|supervisor|boss|manager|colleagues?|coworkers?|co workers|roommate|flatmate|classmates?|class)';
const leavingTo =
  '(?:(?:off|heading|going|heading off) to (?:bed|sleep|work|class|lunch|dinner|my (?:bed|shift|next shift|lunch|class)|get some sleep|the gym|the shops|pick up the kids|get the kids)|' +
  `(?:(?:i am |i will |i shall )?(?:off|going|gonna|going to|about to|off to|heading off to)|i will|i shall) (?:call|ring|phone|text|message|tell|ask|talk to|speak to|show) ${kinToTell}(?: (?:about it|about this|about all this|all about it|now|later|tonight|tomorrow))*|` +
  `(?:(?:i am )?(?:gonna|going to)|i will) let ${kinToTell} know|` +
  `(?:(?:i am )?(?:off to|gonna|going to|about to)|i will) (?:show|send|forward|read) (?:this|it|that|all this|these)(?: (?:chat|answer|info|stuff))? to ${kinToTell}(?: (?:now|later|tonight|tomorrow))?)`;
const leaving = `(?:off|heading off|heading out|logging off|logging out|signing off|signing out|leaving|out of here|going now|${leavingTo})`;
const bye =
  '(?:bye|goodbye|good bye|bye bye|tschuss|tschuess|tschüss|ciao|adios|au revoir|auf wiedersehen|byee+|see you(?: later| soon| around)?|see ya|cya|later|laters|catch you (?:later|another time|soon|next time|around)|talk (?:to you )?later|ttyl|good night|goodnight|night|farewell|take care|have a (?:good|nice|great|lovely|blessed|wonderful) (?:day|one|evening|night|weekend|week|rest of (?:your|the) day)|enjoy (?:your|the) (?:day|evening|weekend|night|rest of (?:your|the) day)|' +
  'that is all|that is all i needed|that is it for now|i am done|(?:that is )?me done|i am off|i am out|(?:i )?(?:got to|have to|need to|must) (?:go|run|dash|head off|leave|log off|sign off)|i will leave it there|signing off|logging off|over and out|' +
  '(?:that is|that was) (?:all|everything|it)(?: from me)?|i think that is (?:all|it|everything)|nothing else|no more questions|all done|done for (?:now|today|tonight|the day)|i am finished|' +
  '(?:i will|i am going to|i shall|i will be) (?:come back|be back|return|check back|pop back|leave)(?: later| soon| another time| tomorrow)?|catch (?:you|ya|ye) (?:later|soon|around)|' +
  `(?:i will|i shall|i am going to|i am about to) ${leaveVerb}(?: now| soon| for now| for today| then)?|` +
  '(?:speak|talk|chat) (?:soon|later|tomorrow|another time)|' +
  'until next time|till next time|adios|cheerio|tata|ta ta|tara|ta ra|peace out|(?:roger|roger that|copy|copy that|ok|okay) out|i am out of here|peace|peace and love|god bless|god bless you all|stay blessed|be blessed|toodles|so long|gtg|g2g|ttfn|night night|sleep well|(?:bye|see you|talk|speak) for now|bye then|ok bye|' +
  `(?:i )?(?:have to|have got to|got to|need to|must|should|better|had better|am going to) ${leaveVerb}(?: now| soon| for now| for today)?|time (?:for me )?to ${leaveVerb}|i am ${leaving}(?: now| then)?|${leavingTo}(?: now| then| for (?:now|today|the night))?|(?:i am )?${leaving} now|i will be ${leaving}|` +
  'i will (?:leave|stop) (?:it |things )?(?:there|at that|here)(?: for (?:now|today))?|i will stop (?:here|there|now)(?: for (?:now|today))?|' +
  '(?:that is|that will be|that will do|that would be|that should be|that is about) (?:all|it|everything|enough|all i needed|all i wanted|all i need)(?: to know)?(?: for (?:now|today|me))?|that will do|' +
  '(?:i am|we are) (?:all )?(?:set|sorted|done|finished)(?: here)?(?: now)?(?: for (?:now|today|tonight|the day|the night))?|(?:i am )?all (?:set|sorted)|i (?:have )?(?:got )?(?:what|all|everything) i (?:need|needed|wanted|came for)(?: to know)?|i think i am (?:good|done|set|sorted|all set)|' +
  'i think (?:that is|that covers) (?:all|it|everything)|no (?:more|other|further) questions(?: for (?:now|today))?|i have no (?:more|other|further) questions|no (?:that is all|that is it|nothing else)|nothing (?:more|else)(?: for (?:now|today))?|' +
  '(?:it was |it has been |been )?(?:nice|good|great|lovely|a pleasure|fun) (?:talking|chatting|speaking)(?: (?:to|with) you)?|' +
  'i will (?:be in touch|check back|come back|ask later|get back to you)(?: later| soon| another time| tomorrow| if i have (?:more|any more|other|further) questions)?|' +
  `${STOPPING_HERE})`;
const confused =
  'what|huh|eh|sorry what|come again|pardon|i do not understand|i am confused|confused|i am so confused|what do you mean|what does that mean|what is that supposed to mean|i do not get it|that is confusing|i am lost|lost|you lost me|i am not following|i do not follow|not following|' +
  '(?:that|it|this|you) (?:went|goes|is going) (?:right |way |straight |completely )?over my head|over my head|makes no sense to me|' +
  '(?:i am )?not sure what you mean(?: by (?:that|this|it))?|what do you mean by (?:that|this|it)|meaning|which means|i do not get (?:it|that|what you mean)|you what|say what|' +
  '(?:can you )?explain (?:that|it|this)(?: again| better| more simply| simply| in (?:simpler|simple|plain|easier|normal) (?:terms|words|english|language))|(?:in|use) (?:simpler|plain|simple) (?:words|english|terms)|simpler please|' +
  'i am (?:a bit |so |really |very )?(?:confused|lost)|that is (?:a bit |so |really |very )?confusing|' +
  '(?:i )?(?:did not|could not|can not|still do not|do not|do not really|did not really|really do not) (?:get|understand|follow|catch) (?:(?:any|all|most|much|half|a word|some) of )?(?:it|that|this|you|what you (?:mean|meant|said|are saying|are saying there)|(?:your|the|that|this|your last|the last) (?:answer|reply|explanation|response))(?: (?:by|with) (?:that|this|it))?|' +
  '(?:i )?(?:do not|did not) (?:follow|understand|get)(?: you)?|what is the meaning of (?:this|that|it)|(?:i am )?still (?:confused|lost|not sure)|' +
  '(?:put|say|explain|word|phrase) (?:that|it|this)(?: again)? (?:in|into|using) (?:simpler|plainer|plain|simple|easier|normal|everyday|layman|laymans|other|different) (?:terms|words|english|language)|(?:in|use) (?:plainer|easier|everyday|layman|laymans) (?:terms|words|english)|' +
  // Not knowing what to answer: "what do you need from me?", "what am I meant to type?"
  'what (?:do|did) you (?:need|want) (?:from me|me to (?:do|say|type|answer|put|tell you))|what (?:am i|was i) (?:meant|supposed) to (?:do|say|type|answer|put)(?: here)?|what (?:do|should) i (?:say|type|answer|put)(?: here)?|' +
  // Unsure of having understood: "not sure I get it", "not sure if I follow you".
  '(?:i am )?not (?:sure|certain) (?:if |that |whether )?i (?:get|understand|follow|got|understood|followed)(?: (?:it|that|this|you|what you mean|what you said))?|' +
  'what (?:does|did) (?:that|this|it) (?:even |actually )?mean(?: in (?:practice|practical terms|real life|plain english|plain words|everyday terms)| for me| exactly)?|what do you (?:even |actually )?mean(?: by (?:that|this|it))?|i (?:have|am) (?:no idea|not sure) what (?:that|this|it|you) (?:means|mean)|you have lost me';
const sorry =
  '(?:oh |oh dear |oops |whoops )?(?:sorry|my bad|oops|whoops|apologies|my apologies|i am sorry|i am so sorry|my mistake|i apologise|i apologize|pardon me|excuse me)(?: about that)?|' +
  // Sorry for asking, said before a question: "sorry if this is a silly question", "sorry to bother you".
  '(?:i am )?sorry (?:if (?:this|that|it|my question) (?:is|was|sounds|seems|might be|may be)(?: a| such a)? (?:silly|stupid|dumb|basic|obvious|daft|naive|odd|weird|strange|simple)(?: question| one)?|to (?:bother|trouble|disturb|pester) you(?: again)?|for (?:asking|bothering you|the bother|all the questions|so many questions))|' +
  'ignore (?:that|me|my last message)|disregard (?:that|my last message)|(?:i )?did not mean (?:to send )?(?:that|to)|wrong (?:button|chat|message)';
const again =
  `${GROUP_PHRASES.again}|(?:say|send|show|give|post|type|tell)(?: me)?(?: (?:${theAnswer}|(?:the|that|your) (?:last |previous )?(?:message|bit)))? (?:again|once more|one more time)|` +
  'what (?:was|did you say) (?:that |it )?again|what did you (?:just )?say|(?:can i |let me )?see (?:that|it|the (?:last )?answer) again|(?:show|give)(?: me)? (?:the |your )?(?:last|previous) (?:answer|reply|message)|' +
  `repeat(?: (?:yourself|${theAnswer}|(?:that|the|your) (?:last |previous )?message))?(?: again| please| for me| once more)?`;

/** Things one may ask a bot to do for them, which a bot answering from a guide cannot do. */
const placesToApply = '(?:jobs?|roles?|positions?|vacancies|openings|posts|internships?|placements?|courses?|programs?|programmes?|schools?|colleges?|universities|employers?|agencies)';
const paperwork =
  '(?:assignment|assignments|homework|essay|essays|coursework|cv|resume|cover letter|application|applications|personal statement|dissertation|thesis|report|exam|test|project|portfolio|care plan|care plans)';
/** Up to three words before the thing named ("care manager jobs", "my nursing assignment"). */
const upToThreeWords = '(?:[a-z]+ )?(?:[a-z]+ )?(?:[a-z]+ )?';
const forMe = '(?:for me|on my behalf|(?:near|around|close to) me|in my area|nearby|local to me)';
const applyForMe = `(?:apply|send|submit)(?: (?:an|my|some))?(?: applications?)? (?:(?:to|for) ${upToThreeWords}${placesToApply}(?: (?:in|at|near|around) [a-z]+(?: [a-z]+)?)? ${forMe}|${forMe})(?: [a-z]+)*`;
// Said to the bot ("find me", "... near me"): "get a job without a degree?" stays a question.
const findForMe = `(?:find|search|look|get|show|list|send|give) (?:me (?:(?:some|a|an|any|the|all) )?${upToThreeWords}${placesToApply}(?: [a-z]+)*|(?:(?:for|up|out) )?(?:(?:some|a|an|any|the|all) )?${upToThreeWords}${placesToApply}(?: (?:in|at|near|around|for) [a-z]+(?: [a-z]+)?)? ${forMe}(?: [a-z]+)*)`;
const paperworkForMe = `(?:help me (?:to )?)?(?:do|write|complete|finish|fill in|fill out|make|prepare|draft|proofread|check|review|edit|correct|mark|grade|fix|improve|rewrite) (?:(?:my|me a|me an|me my|me the) ${upToThreeWords}${paperwork}|(?:a|an|the) ${upToThreeWords}${paperwork} for me)(?: [a-z]+)*`;
const sendMeTheChat = `(?:email|send|text|message|forward|save|print|export|download|copy) (?:me )?(?:this|the|our|a copy of (?:this|the|our)|all of (?:this|the|our)) ${upToThreeWords}(?:chat|conversation|transcript|answer|answers|info|information|figures|numbers|details|list)(?: to me| for me)?(?: [a-z]+)*`;
const signMeUp = '(?:book|enrol|enroll|register|sign) me (?:up |in |on |onto |into |for )?(?:[a-z]+ )*[a-z]+';

/** A word of praise on its own ("brilliant!"): an acknowledgement. */
const praiseWord = '(?:so |very |really )?(?:brilliant|brill|excellent|amazing|fantastic|lovely|wonderful|superb|class|ace|sound|sweet|neat|fab|spot on|legend|gorgeous)';

/**
 * The last answer taken as expected ("more or less what i expected", "thought as much", "about what i figured"): an
 * acknowledgement, not a question. More or less than expected doubts it (remarks.ts).
 */
const asExpected =
  '(?:(?:that is|that was|it is|it was|this is|yeah|yep|so|ok|okay|hmm|about|just|pretty much|more or less|kind of|sort of|roughly|basically|exactly|much|pretty) )*(?:what i (?:expected|thought|figured|imagined|guessed|had heard|heard|was expecting)|as i (?:expected|thought|figured|guessed)|(?:i )?(?:figured|thought|guessed) (?:as much|so)|no surprise(?:s)?(?: there)?|not surprised|(?:that is|that sounds|sounds|that seems|seems|that looks|looks) about right)';

/** Saying yes or no at more length than the steering words (vocabulary.ts), as conversation only. */
const yesMore =
  '(?:that|it|this) (?:would|will|does|sounds like it would) be (?:lovely|great|good|nice|helpful|brilliant|perfect|wonderful|useful|fine|fab|ideal)|go for it|go ahead|please do|yes go ahead|why not|by all means|i would like that|i would love that|i would love to|that would be great thanks|(?:yes )?i think so|i guess so|i suppose so';
const noMore =
  'i (?:do not|really do not) think so|i think not|i would rather not|not for me|not for now|not today|no need|not necessary|i am fine(?: thanks| thank you)?|i am ok(?: thanks| thank you)?|i will pass|i will leave it|no i am good|i am good thanks|not interested';

/**
 * Thanks, greetings and goodbyes in the languages people mix into English ("muchas gracias!!", "ok danke schön",
 * "buenos dias", "bis bald"), as typed in Latin letters and without accents (normalised): a courtesy, not a message in
 * another language to decline.
 */
const thanksAbroad =
  '(?:(?:muchas|muchisimas|mil|muy|many) gracias|gracias (?:por (?:todo|tu ayuda|su ayuda|la ayuda|la informacion)|de nuevo|otra vez|amiga|senor|senora)|' +
  'merci (?:beaucoup|bien|mille fois|pour tout|pour (?:votre|ton|ta) aide)|mille mercis|(?:vielen|besten|herzlichen|tausend) dank|danke (?:schon|schoen|sehr|vielmals|fur alles|dir|ihnen)|dankeschon|dankeschoen|' +
  'grazie (?:mille|tante|di tutto)|(?:muito|muita|muitissimo) (?:obrigado|obrigada)|obrigadao|valeu|dank (?:u|je) wel|dank u|bedankt|tack(?: sa mycket)?|takk|kiitos|tesekkurler|tesekkur ederim|sagol|' +
  'shukran|xie xie|xiexie|gamsahamnida|kamsahamnida|arigatou|domo arigato|terima kasih|asante sana|dziekuje bardzo|dekuji|koszonom|efharisto|mahalo|ngiyabonga)';
const greetingAbroad =
  '(?:buenos dias|buenas(?: tardes| noches)?|bonjour|bonsoir|salut|guten (?:tag|morgen|abend)|servus|moin|gruss gott|ola|oi|bom dia|boa (?:tarde|noite)|buongiorno|buonasera|salve|' +
  'merhaba|selam|konnichiwa|konichiwa|ni hao|annyeong(?:haseyo)?|marhaba|ahlan|shalom|jambo|habari|sawubona|hej|hei|goedemorgen|hoi|dzien dobry|czesc|privet|zdravstvuyte|assalamu alaikum|salam alaikum|sat sri akal)' +
  '(?: (?:amigo|amiga|amigos|a todos|tout le monde|zusammen))?';
const howAreYouAbroad = '(?:que tal|como estas|como esta|tudo bem|como vai|ca va|comment ca va|comment allez vous|wie gehts|wie geht es (?:dir|ihnen)|come stai|come va|nasilsin)';
const byeAbroad =
  '(?:hasta (?:la vista|manana|luego|pronto)|nos vemos|chao|chau|adieu|bonne (?:journee|soiree|nuit)|tschau|bis (?:bald|spater|spaeter|dann|morgen)|ciao ciao|a presto|buona (?:giornata|serata)|buonanotte|' +
  'ate (?:logo|mais|breve)|tot ziens|hej da|ha det|nakemiin|gule gule|ma salama|maa salama|zai jian|zaijian|do widzenia|do svidaniya|poka|khuda hafiz|allah hafiz|alvida|phir milenge|paalam|kwaheri)';

/**
 * Checked in this order: the first act that matches a whole phrase wins. At most 31 rules: the reader keeps the rules a
 * word may start as the bits of one number (a new way of saying an act joins its act's rule as an alternative).
 */
export const CHAT_RULES: ReadonlyArray<readonly [ChatAct, RegExp]> = [
  ['complaint', complaint],
  ['complaint', notWhatIAsked],
  ['askHuman', askHuman],
  ['askHuman', someoneWho],
  ['helpful', helpful],
  ['thanks', `${thanks}|${thanksAbroad}`],
  ['praise', praise],
  ['praise', praiseByComparison],
  ['bye', `${bye}|${byeAbroad}`],
  ['privacy', privacy],
  ['privacy', privacyByParts],
  ['areYouHuman', areYouHuman],
  ['areYouHuman', areYouOneOfThose],
  ['whoAreYou', whoAreYou],
  ['aboutSource', aboutSource],
  ['howAreYou', `${howAreYou}|${howAreYouAbroad}`],
  ['greeting', `${greeting}|${greetingAbroad}`],
  ['greeting', rightPlace],
  ['confused', confused],
  ['sorry', sorry],
  ['yes', `${GROUP_PHRASES.yes}|${yesMore}`],
  ['no', `${GROUP_PHRASES.no}|${GROUP_PHRASES.notReally}|${noMore}`],
  // "ok" before being done is two acts, ok and the goodbye ("ok that's all"), read phrase by phrase.
  // "huh interesting", "hm i see": a sound of surprise before taking something in acknowledges, it is no confusion.
  ['ack', `(?:huh|hm|hmm|oh|ooh|ah) (?:interesting|how interesting|cool|neat|nice|i see|good to know|fair enough|fair|makes sense|right)|(?:(?:lol|haha|ha|ok|okay) )?(?:${GROUP_PHRASES.okay}|${GROUP_PHRASES.ack}|${praiseWord})|${GROUP_PHRASES.done}`],
  ['ack', asExpected],
  // Radio talk for "understood": "roger that", "copy that", "10 4".
  ['ack', '(?:roger|roger that|copy that|wilco|ten four|10 4)'],
  ['again', again],
  ['cannotDo', applyForMe],
  ['cannotDo', findForMe],
  ['cannotDo', paperworkForMe],
  ['cannotDo', signMeUp],
  ['cannotDo', sendMeTheChat],
].map(([act, source]) => [act as ChatAct, new RegExp(`^(?:${source})$`)] as const);

/** Words that only address the bot or pad a phrase: at its edges, or between acts, they change nothing. */
const PADDING = new Set(
  (
    'sir madam maam ma mam mate bro bruv dude man buddy pal friend guys everyone bot carebot chatbot love hun boss fam o oh ooh ah ahh aw aww ' +
    'well wait um umm erm er uh hmm lol lool lmao haha hahaha hehe xd tbh honestly really please kindly then now tho though x xx xo again ' +
    'exactly actually anyway anyways today yet so and but also just okay po ho ji sha jare yaar lah na oo ooo dokey dokie doke' // "ok" is an act of its own, "okay" pads "okay so"
  ).split(' '),
);
/**
 * Words of endearment said to the bot ("thank you baby", "honey you already told me that"): padding in conversation
 * only, since elsewhere they may be what a question is about ("a baby's care").
 */
const ENDEARMENTS: ReadonlySet<string> = new Set(['honey', 'baby', 'babe', 'darling', 'sweetie', 'sweetheart']);
/** True for a word that only addresses the bot or pads a message ("tho", "lol", "mate"): it says nothing of a subject. */
export const isPadding = (word: string): boolean => PADDING.has(word);

/** Padding of more than one word. */
const PADDING_PHRASES: ReadonlySet<string> = new Set([
  ...['at all', 'for now', 'for today', 'for the moment', 'to be honest', 'care bot', 'right now', 'or something', 'and all', 'or not', 'by the way', 'btw'],
  // Polite frames around an act: "I'm afraid I don't follow", "I was wondering whether I could speak with someone",
  // "where does it come from, if you don't mind my asking", "is there someone I could speak to about this".
  ...['i am afraid', 'i am afraid that', 'with respect', 'with all due respect', 'oh dear', 'dear', 'i must say', 'i have to say', 'i must admit', 'i have to admit'],
  ...['i was wondering', 'i was wondering if', 'i was wondering whether', 'i was just wondering if', 'i was just wondering whether', 'i wonder if', 'i wonder whether', 'just wondering', 'just wondering if'],
  ...['tell me', 'can you tell me', 'could you tell me', 'would you tell me', 'please tell me', 'do you know', 'do you mind telling me', 'would you mind telling me'],
  ...['i think', 'i feel', 'i guess', 'i suppose', 'i believe', 'may i ask', 'can i ask', 'could i ask', 'if i may', 'if i may ask', 'excuse me', 'i have to ask', 'out of interest', 'out of curiosity', 'just curious'],
  ...['if you do not mind', 'if you do not mind me asking', 'if you do not mind my asking', 'if that is possible', 'if that is ok', 'if that is okay', 'if possible', 'if it is possible'],
  // Openers that announce a question: "quick q: who made this chatbot ...", "one more thing, are you a bot?".
  ...['quick question', 'quick q', 'quick one', 'a quick question', 'one quick question', 'one more question', 'another question', 'one more thing', 'random question', 'real quick', 'sorry to bother you'],
  ...['if that can be arranged', 'if it can be arranged', 'if you can', 'if you could', 'by any chance', 'about this', 'about that', 'about it', 'this morning', 'this afternoon', 'this evening', 'in all honesty', 'with me'],
]);
/** Every opening of a padding phrase ("if", "if you", "if you do" ...): a longer run that is none of them can be no padding. */
const PADDING_OPENINGS: ReadonlySet<string> = new Set([...PADDING_PHRASES].flatMap((phrase) => phrase.split(' ').map((_, i, words) => words.slice(0, i + 1).join(' '))));

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

/** The dictionary's everyday words (english.txt, the same sets the knowledge base holds): a word of its own is no slip of a rule's word. */
function isEverydayWord(word: string): boolean {
  return englishWordsOf()?.words.has(word) ?? false;
}

function corrected(word: string): string {
  // Short words are left alone: one letter turns "there" into "these".
  if (word.length < 6 || CHAT_WORD_SET.has(word) || /\d/.test(word)) return word;
  const known = correctedCache.get(word);
  if (known !== undefined) return known;
  // A word of its own is what was meant: "leaning" is not "leaving", "thinks" not "thanks".
  const near = isEverydayWord(word) ? [] : (CHAT_WORDS_BY_LETTER.get(word[0]!) ?? []).filter((candidate) => Math.abs(candidate.length - word.length) <= 1 && editDistance(word, candidate, 1) === 1);
  const result = near.length === 1 ? near[0]! : word;
  if (correctedCache.size > 5000) correctedCache.clear();
  correctedCache.set(word, result);
  return result;
}

/** Every word the chat rules are written in, of any length, for reading stretched words ("hiii", "byeee"). */
const RULE_WORDS: ReadonlySet<string> = new Set(CHAT_RULES.flatMap(([, pattern]) => pattern.source.match(/[a-z]+/g) ?? []));

/** "I don't quite follow what you mean by case management": not understanding a named thing asks what it is. */
const MEANING_OF = /^(?:.* )?(?:(?:do|did) not (?:\w+ )?(?:follow|understand|get|know|see) what (?:you mean|you meant|is meant|it means|that means)|what (?:do|did) you (?:\w+ )?mean|what is meant|not sure what you mean) by (?:the |a |an )?(?!that$|this$|it$)([a-z][a-z ]{2,60})$/;

/** The thing asked about when a message says it did not understand it ("case management"), as a question; null otherwise. */
export function meaningAskedFor(text: string): string | null {
  const thing = MEANING_OF.exec(normalise(text))?.[1];
  return thing ? `what is ${thing}` : null;
}

/** "would you mind repeating ...", "do you mind explaining ...": a request asked politely. */
const MIND_DOING = /\b(?:would|do|will) (?:you|u) (?:mind|object to) (\w+?)ing\b/gi;

/** The verb a "-ing" form is made from, as the rules spell it: "repeating" repeat, "giving" give, "putting" put. */
function verbOf(stem: string): string {
  const lower = stem.toLowerCase();
  if (RULE_WORDS.has(lower)) return lower;
  if (RULE_WORDS.has(`${lower}e`)) return `${lower}e`;
  if (/([b-df-hj-np-tv-z])\1$/.test(lower) && RULE_WORDS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return lower;
}

/** Writing to someone, said of this chat: "am I writing to a computer program?" asks whom one talks to. */
const WRITING_TO = /\b(am i|are we|am i just|have i been) (?:writing|typing|texting|messaging|emailing) (to|with)\b/gi;

/**
 * A polite request in plain words: "would you mind repeating the last answer" is "could you repeat the last answer";
 * and "am I writing to ..." is "am I talking to ...".
 */
export function withPlainRequest(text: string): string {
  MIND_DOING.lastIndex = 0;
  const plain = MIND_DOING.test(text) ? text.replace(MIND_DOING, (_whole, stem: string) => `could you ${verbOf(stem)}`) : text;
  return plain.replace(WRITING_TO, '$1 talking $2');
}

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
  /** The words a match can start with, when they are known (for a rule with gaps). */
  readonly first: ReadonlySet<string> | null;
}

function ruleWordsOf(pattern: RegExp): RuleWords {
  const body = pattern.source.replace(/^\^\(\?:/, '').replace(/\)\$$/, '');
  // Anything else (a class, an escape, a space made optional beside a group) could glue or shape words unseen here.
  if (/[\\.{}]|\[(?!a-z\]\+)|\) \?| \?\(/.test(body)) return { known: null, first: null };
  if (body.includes('[a-z]+')) return { known: null, first: topLevelAlternatives(body) ? null : firstWordsOf(body) };
  const spelled = body.match(/[a-z][a-z?+*]*(?: \?[a-z][a-z?+*]*)*/g) ?? [];
  const literal = new Set(spelled.flatMap((token) => token.split(' ?')).filter((token) => /^[a-z]+$/.test(token)));
  const shaped = spelled.filter((token) => !/^[a-z]+$/.test(token));
  const shapes = shaped.length > 0 ? new RegExp(`^(?:${shaped.join('|')})$`) : null;
  return { known: (word) => literal.has(word) || (shapes?.test(word) ?? false), first: null };
}

/** True when a pattern's body says "this | that" outside any group. */
function topLevelAlternatives(body: string): boolean {
  return splitTopLevel(body).length > 1;
}

/** A pattern's body cut at its "|" outside any group. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')') depth--;
    else if (body[i] === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, body.slice(from)];
}

/** The words a pattern's matches start with: its first word, or the first word of each way its opening group starts; null when unknown. */
function firstWordsOf(body: string): ReadonlySet<string> | null {
  const word = /^([a-z]+) /.exec(body);
  if (word) return new Set([word[1]!]);
  if (!body.startsWith('(?:')) return null;
  let depth = 0;
  let end = -1;
  for (let i = 0; i < body.length && end < 0; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')' && --depth === 0) end = i;
  }
  // A group that may be left out does not say how a match starts.
  if (end < 0 || /^[?*{]/.test(body.slice(end + 1))) return null;
  const firsts = splitTopLevel(body.slice(3, end)).map((alternative) => /^([a-z]+)(?=[ (]|$)/.exec(alternative)?.[1]);
  return firsts.every((first): first is string => first !== undefined) ? new Set(firsts) : null;
}

const RULE_WORDS_OF: readonly RuleWords[] = CHAT_RULES.map(([, pattern]) => ruleWordsOf(pattern));
// The rules are sets of bits in one 32-bit number: a 32nd rule would silently turn every set empty.
if (CHAT_RULES.length > 31) throw new Error(`conversation.ts: ${CHAT_RULES.length} chat rules, at most 31 fit the rule masks; join a new rule to one of its act's`);
const ALL_RULES = (1 << CHAT_RULES.length) - 1;
/** The rules that can match any word (gaps, or a notation not read above). */
const OPEN_RULES = RULE_WORDS_OF.reduce((mask, rule, index) => (rule.known ? mask : mask | (1 << index)), 0);
/**
 * Words that soften or stress what is said and change no act ("I don't *quite* follow", "that was *rather* vague",
 * "what does that *even* mean"): a phrase is tried again without them, so every rule may hold them.
 */
const HEDGE = new RegExp(`\\b(?:${[...HEDGES].join('|')})\\b`);

/** Polite words around a phrase are taken off before it is tried again (withoutPoliteWords), so every rule may hold them. */
const POLITE_WORD_SET: ReadonlySet<string> = new Set(POLITE_WORDS);
const ruleMaskCache = new Map<string, number>();

/** The rules written in this word (a bit per rule), the rules with gaps included. */
function rulesWithWord(word: string): number {
  const known = ruleMaskCache.get(word);
  if (known !== undefined) return known;
  let mask = POLITE_WORD_SET.has(word) || HEDGES.has(word) ? ALL_RULES : OPEN_RULES;
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
  return RULE_WORDS_OF.reduce((mask, rule, index) => (!rule.known && (rule.first === null || rule.first.has(word)) ? mask | (1 << index) : mask), 0);
}

/** Phrases already read: one message tries the same runs of words many times (every opening, every split). */
const actOfPhraseCache = new Map<string, ChatAct | null>();
const PHRASE_CACHE_SIZE = 20000;

/** The act a phrase is, trying only the rules in `rules` (the others cannot match its words). */
function actOfPhrase(phrase: string, rules: number = ALL_RULES): ChatAct | null {
  const known = actOfPhraseCache.get(phrase);
  if (known !== undefined) return known;
  let found: ChatAct | null = null;
  const polite = withoutPoliteWords(phrase);
  const plain = HEDGE.test(phrase) ? withoutHedges(phrase) : phrase;
  const candidates = plain === phrase ? [phrase, polite] : [phrase, polite, plain, withoutPoliteWords(plain)];
  search: for (const [at, candidate] of candidates.entries()) {
    if (!candidate || candidates.indexOf(candidate) < at) continue;
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
  readonly someActs: boolean;
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
  let someActs = false;
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
      const phrase = words.slice(start, end).join(' ');
      if (candidates === 0 && end - start > 1 && !PADDING_OPENINGS.has(phrase)) break;
      const act = candidates === 0 ? null : actOfPhrase(phrase, candidates);
      const padding = !act && ((end === start + 1 && (PADDING.has(phrase) || ENDEARMENTS.has(phrase))) || PADDING_PHRASES.has(phrase));
      if (!act && !padding) continue;
      const next = { pieces: from.pieces + 1, acts: act ? [...from.acts, act] : from.acts };
      const known = best[end];
      if (!known || next.pieces < known.pieces) best[end] = next;
      reached = Math.max(reached, end);
      someActs ||= next.acts.length > 0;
    }
  }
  return {
    someActs,
    // Openings of more words than a message of acts may have are not read as acts.
    actsOf: (j) => {
      const reading = j > 0 && j <= MAX_CHAT_WORDS && wordsTo(j).length >= j ? best[j] : undefined;
      if (!reading || reading.acts.length === 0) return null;
      // An acknowledgement with a closing "thanks" thanks, though the phrase took "thanks" as a polite ending ("got it thanks").
      return reading.acts.every((act) => act === 'ack') && endsWithThanks(wordsTo(j), j) ? [...reading.acts, 'thanks'] : reading.acts;
    },
  };
}

/** The first `count` words end with "thanks" or "thank you". */
function endsWithThanks(words: readonly string[], count: number): boolean {
  return words[count - 1] === 'thanks' || (words[count - 2] === 'thank' && words[count - 1] === 'you');
}

/** The bot or the chat said to be hard going ("this bot is kinda hard work", "that was a bit of a struggle"). */
const HARD_GOING = new RegExp(
  `\\b(?:${theBot}${isWas}|(?:that|it|this) (?:was|has been|is been))${intensifier}(?: bit of| of)? (?:hard work|hard going|heavy going|a struggle|a slog|a faff|a pain|painful|tedious|hard to use|difficult to use|clunky|awkward|fiddly|long winded|(?:a )?run ?around|a mission|a palaver)\\b`,
);

/**
 * True when a message that thanks also says the chat was hard going ("ok thanks, this bot is kinda hard work but got
 * there"): the reply acknowledges both, and the effort is noted.
 */
export function complainsOfEffort(text: string): boolean {
  return HARD_GOING.test(normalise(text));
}

/**
 * Which act answers a message that says several ("thanks, that was useful" is a rating; "ok im done, bye" a goodbye). A
 * question put to the bot is answered before confusion: "what? are you a robot or a person?".
 */
const ACT_PRIORITY: readonly ChatAct[] = ['complaint', 'askHuman', 'cannotDo', 'helpful', 'praise', 'bye', 'thanks', 'again', 'privacy', 'aboutSource', 'areYouHuman', 'whoAreYou', 'confused', 'sorry', 'howAreYou', 'greeting', 'doubtsSelf', 'judgesCareer', 'likesCareer', 'doubtsAnswer', 'tellsOfDay', 'remark', 'yes', 'no', 'ack'];

/** Acts a goodbye closes on: "thanks thats helpful, bye!", "cheers m8 bye", "what? ... forget it, bye". */
const CLOSED_BY_BYE: ReadonlySet<ChatAct> = new Set(['bye', 'thanks', 'helpful', 'praise', 'complaint', 'confused', 'sorry', 'ack', 'yes', 'no']);

/** True when a message of these acts says goodbye, whatever it says first (thanks, a rating, a complaint). */
export function saysGoodbye(acts: readonly ChatAct[]): boolean {
  return acts.includes('bye') && CLOSED_BY_BYE.has(mainAct(acts));
}

/** The bot itself found wanting: "this bot is pretty limited", "kinda limited tbh", "the app is useless". */
const OF_THE_BOT = /\b(?:(?:this|the) (?:bot|chatbot|chat bot|thing|app|tool|assistant|service|program|programme)|carebot|care bot)\b|\b(?:limited|restricted)\b/;

/** True when a complaint is about the bot rather than one answer: its reply says what it can do. */
export function complainsOfTheBot(text: string): boolean {
  return OF_THE_BOT.test(normalise(text));
}

/**
 * Said to be the same as before: a verb of saying with "already", "again", "before" or "twice" ("u already said that",
 * "you told me that before"), the same thing named ("same answer again", "that's the same thing you said"), or
 * repeating named ("you're repeating yourself"). Read on the words, wherever they stand in the complaint.
 */
const SAID_BEFORE = new RegExp(
  [
    `\\b(?:you|${theBot}) (?:(?:have|had) )?(?:already |just |literally |only )*(?:said|told me|told us|gave me|given me|showed me|shown me|sent me|sent|answered)(?: me)?(?: (?:that|this|it|all that|the same)(?: one| answer| thing| bit)?)?(?: (?:already|before|twice|again|earlier|just now|b4))`,
    '\\b(?:already|just) (?:said|told me|answered|gave me|sent|showed me) (?:that|this|it)\\b',
    '\\bsame (?:answer|thing|reply|response|text|info|information|stuff|message|words|card|list|one)\\b(?! (?:for|as (?:for|with))\\b)',
    '\\b(?:repeating|repeat|repeated) (?:yourself|itself|that|this|it|the same)\\b',
    '\\b(?:deja vu|copy paste|copy and paste|copy pasted|broken record)\\b',
  ].join('|'),
);

/** True when a complaint says the bot gave the same answer again ("u already said that", "same answer again lol"). */
export function complainsOfRepeating(text: string): boolean {
  return SAID_BEFORE.test(plainWords(normalise(text)));
}

/**
 * A clause that says the last answer missed something, naming what ("that doesn't quite answer whether I can skip",
 * "you didn't say if it's hard"): a complaint about the answer, whatever words follow the verb. Beside thanks ("...,
 * but thanks - useful overall") the complaint is what the reply answers, not the thanks.
 */
const SAYS_IT_MISSED = new RegExp(
  `^(?:(?:ok|okay|hmm|hm|well|but|so|yeah|sorry|and|still|though|ah|oh|um|erm|right)\\s+)*(?:that|this|it|you|${theAnswer}) (?:still )?(?:did not|does not|do not|has not|have not|never|not)(?: (?:really|quite|actually|exactly|fully|even|totally|completely|properly|yet))* (?:answer|answered|address|addressed|cover|covered|tell me|told me|say|said|explain|explained|mention|mentioned)\\b`,
);

/** True when a clause says the last answer left out what was asked (see SAYS_IT_MISSED). */
export function saysItMissed(clause: string): boolean {
  return SAYS_IT_MISSED.test(plainWords(normalise(clause)));
}

/**
 * A message that says the last answer left a part out and names it ("u missed the stress bit mate", "you didnt say if
 * it needs a degree", "your answer skipped the part about hours"): the verb of missing, then what was missed.
 */
const MISSED_PART = new RegExp(
  `^(?:(?:ok|okay|hmm|hm|well|but|so|yeah|sorry|and|still|though|ah|oh|um|erm|right|hey|wait|lol|err|bruh|bro|dude|man|mate|omg|ugh|yo|seriously|wow|nah|no)\\s+)*(?:(?:you|it|that|this|${theAnswer}) )?(?:still |also |just |kind of |kinda |totally |completely )?` +
  '(?:missed|skipped|forgot|forgot about|forgot to (?:say|mention|tell me|answer|cover)|ignored|left out|overlooked|jumped over|(?:did|does|do) not (?:answer|address|cover|say|mention|tell me|tell|give|explain|get to|talk about|include|reply to|say anything about)|never (?:answered|addressed|covered|said|mentioned|told me|told|gave|explained|got to|talked about)|not (?:answer|answered|say|said|mention|mentioned|tell me|told me|tell|told|give|gave))' +
  '(?: (?:me|anything|a thing))?(?: (?:about|on|re|regarding))?(?: (if|whether))? (.+)$',
);
/** Words said after what was missed that are not part of it: "mate", "lol", "tho". */
const TRAILING_ASIDE = /(?:\s+(?:mate|lol|tho|though|pal|bro|haha|lmao|ngl|tbh|man|dude|hun|honey|btw|again|there|please|pls))+$/;
/** A part named by what it was about: "the part about hours", "my second question, the one about certification". */
const PART_ABOUT = /\b(?:bit|part|question|one|side|thing|point)s? (?:about|on|re|regarding|of) (.+)$/;
/** What a missed part is called around its name: "the stress bit", "my second question". */
const PART_WORDS = /^(?:(?:the|my|your|that|this|a|an|other|second|last|first)\s+)+|(?:\s+(?:bit|part|question|one|side|thing|point))+$/g;

/**
 * What a message says the last answer missed, named ("u missed the stress bit mate": "stress"; "you didnt say if it
 * needs a degree": "it needs a degree"), when the message is only that; null otherwise. The caller decides whether the
 * words name a subject of the guide ("you missed the point" names none and stays a complaint).
 */
export function missedPart(text: string): string | null {
  const said = plainWords(normalise(text));
  const named = MISSED_PART.exec(said)?.[2]?.replace(TRAILING_ASIDE, '');
  const part = named === undefined ? '' : (PART_ABOUT.exec(named)?.[1] ?? named).replace(PART_WORDS, '').trim();
  // Said of oneself ("you missed the part about me being a nurse"), it is no subject asked about.
  return part !== '' && !/^(?:me|my|myself)\b/.test(part) ? part : null;
}

/**
 * True when the part said to be missed is a yes-or-no question of its own ("you didnt say if its aussie dollars or
 * american"): asked of the guide whatever it names, so that what the guide does not say is said plainly.
 */
export function missedWhether(text: string): boolean {
  return MISSED_PART.exec(plainWords(normalise(text)))?.[1] !== undefined;
}

/** Words of liking said of a prospect ("sounds pretty good"). */
const LIKING = /\b(?:good|great|nice|cool|interesting|fun|amazing|lovely|exciting|rewarding|appealing|doable|perfect|ideal)\b/;
/** A verb of seeming: what was described judged as a prospect ("sounds nice"), not the answer rated ("that was great"). */
const SEEMING = /\b(?:sounds|sound|seems|seem|looks|look)\b/;

/**
 * True when a message opens by liking what was described ("ok that sounds kinda nice ngl. what would i have to
 * study?"): the career liked, said before a question, which the reply welcomes as such, not as thanks for a helpful
 * answer.
 */
export function likesWhatWasDescribed(text: string): boolean {
  const opening = clausesOf(text)[0] ?? '';
  return SEEMING.test(normalise(opening)) && (remarkOf(opening, () => false) === 'likesCareer' || LIKING.test(normalise(opening)));
}

/** A general AI named in a question to the bot ("is this like chatgpt?", "are you gpt or something"). */
const AN_AI = /\b(?:chatgpt|chat gpt|gpt|openai|llm|large language model|language model|gemini|copilot|claude|bard)\b/;

/** True when a question to the bot asks whether it is ChatGPT or another general AI. */
export function asksIfAnAi(text: string): boolean {
  return AN_AI.test(normalise(text));
}

/** The career turned down in so many words: "not for me", "not interested", "i'll pass", "not my thing". */
const TURNS_IT_DOWN = /\b(?:(?:not|isnt) (?:for me|interested|my thing|my cup of tea|really me)|(?:i will|i ll) (?:pass|give it a miss)|(?:no longer|not) (?:interested|keen))\b/;

/** True when a message turns the career down ("whatever. not for me. bye"): its goodbye is no cheer for the path. */
export function turnsItDown(text: string): boolean {
  return TURNS_IT_DOWN.test(normalise(text));
}

export function mainAct(acts: readonly ChatAct[]): ChatAct {
  return ACT_PRIORITY.find((act) => acts.includes(act)) ?? acts[0] ?? 'ack';
}

/** The conversational act a whole message is (the one its reply answers when it says several), or null. */
export function chatActOf(text: string): ChatAct | null {
  const acts = actsOfWords(chatWords(withPlainRequest(text)));
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
/**
 * Acts that a remark may follow and belong to ("soz pressed enter too soon", "super helpful, sorted my question", "hello,
 * mum of two here", a question to the bot: "are you a real person? it's 2am").
 */
const REMARKED_ACTS: ReadonlySet<ChatAct> = new Set(['sorry', 'thanks', 'helpful', 'praise', 'bye', 'complaint', 'askHuman', 'again', 'greeting', 'howAreYou', 'areYouHuman', 'whoAreYou', 'aboutSource']);
/** Questions put to the bot about itself. */
const ASKED_OF_THE_BOT: ReadonlySet<ChatAct> = new Set(['areYouHuman', 'whoAreYou', 'aboutSource']);
/** True when a remark that asks nothing may go with these acts (a remark beside "ok" or "yes" is the question it opens). */
export const remarkMayGo = (acts: readonly ChatAct[]): boolean => acts.some((act) => REMARKED_ACTS.has(act));
/** Acts after which a remark may say what was meant instead ("not what i asked, i wanted the hours"): then it is a question. */
const CORRECTED_ACTS: ReadonlySet<ChatAct> = new Set(['complaint', 'confused', 'again', 'sorry']);
// "I ask about ...", as writers of English as a second language say "I am asking about".
const SAYS_WHAT_WAS_MEANT = /\b(?:i (?:want|wanted|meant|mean|asked|was asking|am asking|ask about|ask for|was after|am after|need|needed|was looking for|am looking for)|what about|how about)\b/;
/**
 * A thing named and closed by "then", as one settles for it: "yearly then" after pay by the hour was declined, "the
 * CMC then". Not words that are acts themselves ("fine then", "bye then").
 */
const SETTLES_FOR = /^(?!.*\b(?:is|are|was|were|be|am|fine|ok|okay|good|great|alright|that|it|this|me|you|i)\b)(?:[a-z]+ ){0,2}[a-z]+ then$/;
/** The last answer said to miss, with what was meant: "no i mean quicker to become one", "nah I meant the CMC". */
const CORRECTS =
  /^(?:(?:no|nah|nope|not that|not quite|sorry|oh|um|erm|hmm)\b[\s,.!-]*)+(?:i (?:mean|meant|was asking|asked|ask about|ask for|am asking|wanted|was after|was talking about)|what i (?:meant|mean|asked) (?:was|is))\b/;

/** True when a message corrects the last answer by saying what was meant ("no i mean ..."). */
export const correctsTheAnswer = (raw: string): boolean => CORRECTS.test(normalise(raw));

/**
 * A remark that says what was meant instead ("i wanted the hours they work", "ugh fine, yearly then"): the question,
 * not a remark.
 */
export const saysWhatWasMeant = (text: string): boolean => {
  const plain = normalise(text);
  return SAYS_WHAT_WAS_MEANT.test(plain) || (SETTLES_FOR.test(plain) && actsOfWords(chatWords(plain)) === null);
};
/** A remark that tells what happened, in the past: "got called away", "was with a client", "i had to step out". */
const TELLS_WHAT_HAPPENED = /^(?:i |i just |just |i was |i had |had to |i got )?(?:got|was|were|had|went|ran|fell|forgot|missed|pressed|hit|sent|typed|dropped|stepped|popped|nipped|lost|left|called away)\b/;
/** Words that join the question to what came before: "thanks, and how long ...", "ok so what about pay". */
const JOINER = /^\s*(?:(?:and|but|also|so|now|then|ok|okay|one more thing|another question|next question|quick question|question|i meant|i mean|what i meant was|i was asking)\b[\s,.:;!?-]*)+/i;
/** A question word that may start the question after acts with no mark between them ("thanks how long does it take"). */
const QUESTION_START = /^(?:and|but|so|also|can|could|what|how|do|does|is|are|why|when|where|which|who|will|would|should|tell|i meant|i mean|what'?s|how'?s|where'?s|who'?s)\b/i;
/** A mark that closes what came before it; an emoji typed after words closes them as a full stop would ("... salary 😅 care manager vs ..."). */
const ENDS_WITH_MARK = /(?:[,.!;:?\u2013\u2014-]|\p{Extended_Pictographic}\uFE0F?)$/u;
/** Going with or for something chooses it ("i'll go with mental health", "think i'll go for the first one"). */
const CHOOSES = /\bgo (?:with|for)\b/;
/** The most words an opening of acts may take before a question. */
const MAX_OPENING_WORDS = 12;

export interface ChatContext {
  /** True when a remark names a subject of the guide (pipeline.ts passes the knowledge base's test): it is then a question. */
  namesTopic?: (text: string) => boolean;
  /** True when a remark says where the person stands (aboutYou.ts): after a greeting it is an introduction, not small talk. */
  introduces?: (text: string) => boolean;
}

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
  readonly someActs: boolean;
}

function openingsOf(text: string): Openings {
  const tokens = text.trim().split(/\s+/);
  if (READ_WHOLE.test(text)) {
    const actsOf = (k: number) => actsOfWords(chatWords(k === tokens.length ? text : tokens.slice(0, k).join(' ')));
    return { tokens, actsOf, someActs: true };
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
    someActs: openings.someActs,
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
export function readChat(typed: string, context: ChatContext = {}): ChatReading {
  const reading = readChatActs(typed, context);
  // "Good morning, and God bless": a blessing said on arriving greets, it does not say goodbye (talk/wellWishes.ts).
  const acts = blessingOnArriving(typed, reading.acts, (rest) => readChatActs(rest, context).acts);
  return acts === reading.acts ? reading : { ...reading, acts };
}

function readChatActs(typed: string, context: ChatContext): ChatReading {
  const text = withPlainRequest(withIWould(typed));
  const openings = openingsOf(text);
  if (!openings.someActs) return { acts: [], rest: text.trim() };
  const words = openings.tokens;
  const whole = openings.actsOf(words.length);
  if (whole) return { acts: whole, rest: '' };
  for (let k = Math.min(words.length - 1, MAX_OPENING_WORDS); k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    const acts = openingActs(openings, k, head, context);
    if (!acts) continue;
    const after = words.slice(k).join(' ');
    const rest = after.replace(JOINER, '').trim();
    // A question mark after an act worded as a question closes that act ("can someone ring me after my shift? about 7pm").
    const remark = looksLikeQuestion(head) && !head.includes('?') ? rest.replace(/\?+/, '') : rest;
    // Acts that do not open a question ("gotta go", "send that again") may still be followed by a remark of theirs,
    // but not by what the verb goes on to take: "i'll go with the first one" chooses, it does not leave.
    if (!acts.every((act) => LEADING_ACTS.has(act))) {
      if (!ENDS_WITH_MARK.test(head) && CHOOSES.test(`${normalise(head)} ${normalise(remark)}`)) continue;
      // A question to the bot keeps its remark only after its mark: "how do you get into that" asks how to get into it.
      const closed = ENDS_WITH_MARK.test(head) || !acts.some((act) => ASKED_OF_THE_BOT.has(act));
      // "what are you exactly? a real person?": the kind guessed at is the same question, put more plainly.
      if (closed && acts.some((act) => ASKED_OF_THE_BOT.has(act)) && KIND_GUESSED.test(normalise(remark))) return { acts: [...new Set([...acts, 'areYouHuman' as const])], rest: '' };
      if (closed && belongsToActs(acts, remark, context)) return { acts: closedBy(acts, remark, context), rest: '' };
      continue;
    }
    if (normalise(rest) === '') return { acts, rest: '' };
    if (judgesWhatFollows(acts, head, rest)) continue;
    if (belongsToActs(acts, remark, context)) return { acts: closedBy(acts, remark, context), rest: '' };
    // With no mark between them, "what" opens the question ("what is the CCM"), not a confused "what?".
    if (ENDS_WITH_MARK.test(head) || (QUESTION_START.test(after.trim()) && acts.at(-1) !== 'confused')) return { acts: doubtsTheFigure(acts, head, rest) ? ['doubtsAnswer'] : acts, rest };
  }
  return { acts: [], rest: text.trim() };
}

/** A kind of thing guessed at on its own, after a question to the bot: "a real person?", "or a bot", "some AI or what". */
const KIND_GUESSED = new RegExp(`^(?:or |like |just |some |some kind of |some sort of |a kind of )*${botKinds}(?: or (?:what|not|something|${botKinds}))?$`);

/** Someone else's words reported: "my aunt says", "a friend told me", "i heard", "people say". */
const REPORTED_WORDS = /\b(?:says|said|keeps saying|told me|tells me|reckons|thinks|warned me|heard|(?:people|they|everyone|others|folks) say)\b/;
/** The claim checked: "is that true?", "is she right?", "true?", "fact or myth?". */
const CHECKED =
  /^(?:(?:so|but|and|ok|okay|well|honestly|seriously)\s+)*(?:is (?:that|it|this|she|he) (?:really )?(?:true|right|correct|so|the case|accurate)|are (?:they|those|these) (?:right|correct)|is (?:she|he) (?:wrong|lying|right)|are they (?:wrong|lying)|(?:true|right|correct|really|accurate)|(?:fact|truth) or (?:myth|fiction|rumou?r)|(?:myth|rumou?r) or (?:fact|truth)|does (?:the guide|it) (?:agree|say (?:so|that))|(?:is )?(?:she|he|they) (?:right|wrong)(?: or (?:what|not))?)(?: (?:or not|lol|tho|though))?$/;

/**
 * Someone else's claim, reported and then checked: "My aunt says the money is rubbish to start with, is that true?".
 * The claim, to ask of the guide (whose answer it is weighed against); null when the message does not check a claim.
 */
export function claimToCheck(raw: string): string | null {
  const clauses = clausesOf(raw);
  const last = clauses.at(-1);
  if (clauses.length < 2 || !last || !raw.includes('?') || !CHECKED.test(normalise(last))) return null;
  const before = raw.slice(0, raw.lastIndexOf(last));
  const found = REPORTED_WORDS.exec(before.toLowerCase());
  if (!found) return null;
  const claim = before.slice(found.index + found[0].length).replace(/^\s*(?:that\s+)?/i, '').replace(/[\s,;.!?\u2013\u2014-]+$/, '').trim();
  return claim.split(/\s+/).length >= 2 ? claim : null;
}

/** Acts a remark may follow and be answered beside: "thank you, this is hard" is welcomed and the career judged. */
const THANKED_ACTS: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise']);

/** Acts a remark may close on in its last words, after words that are no act ("cheers m8 bye"). */
const CLOSING_WORDS: ReadonlySet<ChatAct> = new Set(['bye', 'thanks']);

/**
 * The acts a clause is made of; else a goodbye or thanks in its last words ("m8 bye" closes on a goodbye, and "i typed
 * it wrong" on no complaint); null with none.
 */
function closingActs(words: readonly string[]): ChatAct[] | null {
  const whole = actsOfWords(words);
  if (whole) return whole;
  for (let from = 1; from < words.length; from++) {
    const acts = actsOfWords(words.slice(from));
    if (acts) return acts.every((act) => CLOSING_WORDS.has(act)) ? acts : null;
  }
  return null;
}

/**
 * The acts, and those the remark after them closes on: "thanks i'll think about what you said, bye" says goodbye too;
 * after thanks, the remark's own act when it is one ("thank you, this is hard" judges the career, and its reply says so).
 */
function closedBy(acts: readonly ChatAct[], remark: string, context: ChatContext): readonly ChatAct[] {
  const closing = closingActs(chatWords(clausesOf(remark).at(-1) ?? ''));
  const remarked = acts.some((act) => THANKED_ACTS.has(act)) ? remarkOf(remark, context.namesTopic ?? (() => false)) : null;
  return closing || remarked ? [...new Set([...acts, ...(closing ?? []), ...(remarked ? [remarked] : [])])] : acts;
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
    const remark = openings.tokens.slice(j, k).join(' ');
    if (first && judgesWhatFollows(first, openings.tokens[j - 1]!, remark)) continue;
    if (first && belongsToActs(first, remark, context)) return first;
  }
  return null;
}

/** A figure judged, as a complaint's words say it: "that's too long", "way too much", "not great". */
const FIGURE_JUDGED =
  /^(?:(?:that|it|this) (?:is|was|seems|sounds) |thats |its )?(?:way |far |much |a bit |bit |kinda |so |just )*(?:too (?:long|slow|much|expensive|little|low|many|few)|not great|so long)$/;
/** A question about the answer's own words: "can you summarise", "shorter version?". */
const ABOUT_THE_WORDS = /\b(?:summar\w*|sum (?:it|that) up|shorter version|short version|tl ?dr|simpler|in short|briefly|fewer words|less text|bullet)\b/;

/**
 * "thats too long. is there a quicker way?", "way too much. can i do it part time?": the figure is doubted and a question
 * asked about it, not the answer complained of (no apology, no rating).
 */
function doubtsTheFigure(acts: readonly ChatAct[], head: string, question: string): boolean {
  return acts.every((act) => act === 'complaint') && FIGURE_JUDGED.test(normalise(head)) && asksSomething(question) && !ABOUT_THE_WORDS.test(normalise(question));
}

/** What the career gives, judged by a word said just before it ("not great money", "rubbish hours"). */
const JUDGED_THING = /^(?:money|pay|salary|salaries|wage|wages|cash|earnings|hours|prospects|progression|benefits|career|job|work)\b/;

/** "not great money", "rubbish pay": a word of complaint with no mark after it judges the thing it comes before, not the answer. */
function judgesWhatFollows(acts: readonly ChatAct[], before: string, after: string): boolean {
  return acts.every((act) => act === 'complaint') && !ENDS_WITH_MARK.test(before) && JUDGED_THING.test(normalise(after));
}

/**
 * A remark after thanks, an apology, a rating or a goodbye that asks nothing belongs to them: "thanks for X" and
 * "sorry for X" whatever X is, anything else when it names nothing of the career ("soz pressed enter too soon").
 */
/** What one is done with, when it is not the chat: "with investigations", "with night shifts", "with retail". */
const DONE_WITH_A_PART = /^with (?!(?:this|that|it|you|the chat|this chat|the bot|all (?:this|that|of (?:it|this|that))|everything|for (?:now|today))\b)\w/;

function belongsToActs(acts: readonly ChatAct[], rest: string, context: ChatContext): boolean {
  if (!acts.some((act) => REMARKED_ACTS.has(act)) || asksSomething(rest)) return false;
  // "I'm done with investigations": done with a part of their work, not with the chat (tester ut36a).
  if (acts.includes('bye') && DONE_WITH_A_PART.test(normalise(rest))) return false;
  if (acts.every((act) => act === 'greeting' || act === 'howAreYou') && context.introduces?.(rest)) return false;
  if (acts.some((act) => CORRECTED_ACTS.has(act)) && saysWhatWasMeant(rest)) return false;
  if (/^(?:for|about)\b/i.test(rest) && acts.some((act) => act === 'thanks' || act === 'sorry')) return true;
  // What happened, told after an apology ("apologies, got called away by a patient"): a story, whatever it names.
  if (TELLS_WHAT_HAPPENED.test(normalise(rest)) && acts.includes('sorry')) return true;
  return context.namesTopic ? !context.namesTopic(rest) : false;
}
