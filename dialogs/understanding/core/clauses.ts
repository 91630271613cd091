/**
 * The one clause reader: a message split into its clauses, and what each clause does. Every reader of conversation
 * asks the same two things of a message with a story, a remark or thanks around a question ("im 30 and work in a
 * call centre, where do i start"): where its clauses begin, and whether a clause asks something of the guide.
 *
 * A clause asks when it is worded as a question (a question mark, a question word with a verb after it, a verb before
 * who it is about) or asks in other words ("wondering if", "not sure which"); it requests when it opens with a verb
 * of asking for something ("show me", "tell me about"); it states a wish when it says what the person wants ("i'd love
 * to work with kids"); anything else tells. A question word alone does not ask: "my mum, who had dementia", "when i
 * was 20" and "that's what i needed" tell.
 */
import { normalise } from './textMatch';

/** What one clause does. */
export type ClauseAct = 'asks' | 'requests' | 'wishes' | 'tells';

export interface Clause {
  /** The clause as typed. */
  readonly raw: string;
  readonly act: ClauseAct;
}

/** A message's clauses: its sentences, and the parts of a sentence between commas or dashes. */
export const CLAUSE_BREAK = /(?<=[.?!;])\s+|\s*[,;]\s+|\s+[-\u2013\u2014]+\s+/;

/** The clauses of a message as typed, trimmed, without the empty ones (a lone mark). */
export function clausesOf(raw: string): string[] {
  return raw
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => normalise(clause) !== '');
}

/**
 * Talk said on the way into a question, as people type it: "real talk tho", "tbh", "ngl", "bruh", "lol", "fair enough".
 * It says nothing of what is asked ("real talk tho hows the pay" asks the pay).
 */
const TALK_WORDS = 'real talk|for real|fr|tho|though|tbh|tbf|ngl|imo|lowkey|legit|bruh|bro|dude|lol|lmao|lmfao|haha+|hehe+|fair|fair enough|cool|alright|aight|anyway|anyways|btw|wait|seriously|literally';

/** Words that lead into a clause and change nothing of what it does: "and", "ok so", "hmm actually". */
const LEAD = `(?:(?:and|but|so|also|then|ok|okay|well|right|oh|um|erm|hmm|actually|just|now|roughly|approximately|sorry|honestly|basically|like|yeah|yes|no|${TALK_WORDS})\\s+)*`;
/** The verbs a question puts before who it is about ("do i", "is it", "can you"). */
const AUXILIARY = '(?:do|does|did|is|are|was|were|am|can|could|should|would|will|have|has|may|might|must|shall)';

/**
 * A verb that opens a question with no one named after it: "is psychology a good degree", "does experience count",
 * "would volunteering help", "is 50 too late to start". A modal before a plain verb has only left its "I" out ("will come back later", "could use
 * a break"), and "was on shift" and "have to go" tell.
 */
const OPENS_WITH_A_VERB = '(?:(?:is|are|am|do|does|did) (?!(?:not|be)\\b)[a-z]|(?:is|are) \\d|(?:can|could|should|would|will) [a-z]+ing\\b)';
/** Who or what a question is about, after its verb. */
const SUBJECT = '(?:i|you|u|they|it|there|we|he|she|this|that|these|those|care|my|your|a|an|the|someone|anyone|people)\\b';
/** A question word with a verb or an amount after it: "where do i start", "how long", "what qualifications do i need", "why not". */
const BY_QUESTION_WORD =
  `(?:what|how|why|when|where|which|who|whom|whose)(?: (?!(?:i|you|he|she|we|they|it|my|me)\\b)[a-z]+){0,2} ${AUXILIARY}\\b|` +
  '(?:what|how|why|when|where|which|who)(?: (?:about|if|else|much|many|long|far|old|often|soon|come|so|not|exactly|kind|sort|type|one|ones|to)\\b|$)';
/** Laughter typed as a word ends what came before it as a full stop would: "sounds stressful lol is it" asks. */
const LAUGH = '(?:lol|lmao|lmfao|haha+|hehe+|rofl)';
/**
 * Worded as a question: at the clause's start, a question word with a verb after it or a verb first ("would
 * volunteering help", "was it"); after "and", "but" or "so" the same, with the verb before who it is about ("... and is it
 * hard"). "when i was 20", "who had dementia" and "... and has dementia" tell.
 */
const QUESTION_FORM = new RegExp(
  `^${LEAD}(?:${BY_QUESTION_WORD}|${OPENS_WITH_A_VERB}|${AUXILIARY} ${SUBJECT})|` +
    `\\b(?:and|but|so|or|${LAUGH}) ${LEAD}(?:${BY_QUESTION_WORD}|${AUXILIARY} ${SUBJECT})`,
);
/**
 * A question asked inside a story, after what was told: "im 30 can i still do it", "basically is there an age limit".
 */
const QUESTION_WITHIN = /\b(?:(?:can|could|should|would|will|do|did|am|must) (?:i|we)|(?:do|can|could|would|will) you|(?:is|are) there)\b|\b(?:is|was|would|will) (?:that|it|this) (?:too|still|even|really|a problem|an issue|a barrier|ok|okay|possible|realistic|normal|enough|worth|a dealbreaker)\b|\b(?:would|will|does|could|might) (?:that|it|this|my age) (?:be|matter|count|hurt|affect|stop|hold)\b/;
/**
 * What someone saw, knew or felt, told before a question word: "i saw how much the family needed", "we learned what it
 * takes", "she knows how hard it is". The question word there opens what was seen, not a question.
 */
const SEEN_BY_SOMEONE =
  '(?<!\\b(?:i|we|he|she|they)(?: (?:ve|have|had|d|s|has|just|really|also|always|never|all|soon|quickly|finally|then|both))* (?:saw|seen|see|watched|noticed|realised|realized|learned|learnt|knew|know|knows|remember|remembered|understand|understood|heard|felt|love|loved|admire|admired|appreciate|appreciated|experienced|found out|find out) )';
/**
 * A question word that asks wherever it stands ("been a carer for years where do i start", "not sure which one"),
 * unless who it is about follows it: then it tells ("exactly what i needed", "when i was 20", "what my son is getting
 * into"), or it opens what someone saw or knew ("i saw how much they needed"). "who" mostly tells of someone ("my
 * sister who was asking"): it asks only where a clause opens with it.
 */
const QUESTION_WORD = new RegExp(`${SEEN_BY_SOMEONE}\\b(?:what|how|why|when|where|which)\\b(?! (?:i|you|he|she|we|they|it|my|your|his|her|our|their|me)\\b)`);
/** Asking in other words than a question's: "i was wondering ...", "not sure which ...", "don't follow what you mean by ...". */
const ASKS_INDIRECTLY =
  /\b(?:wonder|wondering|(?:want|like|need) to know|curious(?= \S)|an[y] idea|(?<!\b(?:they|he|she|people|clients|customers|patients|friends|folks|everyone|everybody|always|often|all|who|which|that) )tell me|do you know|(?:not sure|unsure|know|knowing|ask|asking|check|see|doubt|decide|deciding|figure out|work out|tell|confused about|help me (?:understand|decide|figure out)|no idea|no clue|idk)(?: [a-z]+)? (?:whether|if (?:i|you|it|there|they|we|this|that) (?:should|could|can|need|would|will|have to|must|am|is|are))|(?:not sure|unsure|do not know|dont know|idk|no idea|no clue|confused about|help me (?:understand|decide|figure out)) (?:what|how|which|where|when|why|who)|what (?:you|they) means? by|what is meant by)\b/;
/** Asking for something, after the words that lead into it: "now show me the steps", "please tell me more", "can you explain". */
const REQUEST = /^(?:(?:now|then|so|please|pls|kindly|just|ok|okay|can you|could you|would you|will you)\s+)*(?:show|tell|give|explain|list|send|walk|take|help|describe|compare|find|start|open|go|update|redo|rebuild)\b/;
/** A wish said of oneself: "i want to", "i'd love to", "would like to work with kids", "interested in". */
const WISH = /^(?:i )?would (?:love|like|prefer)\b|\bi (?:really )?(?:want|wanna|would like|d like|would love|d love|am interested|m interested|hope|plan|am planning|m planning|am thinking|m thinking)\b/;

/** What a clause does: asks, requests, states a wish or tells. */
export function clauseActOf(clause: string): ClauseAct {
  const text = normalise(clause);
  if (REQUEST.test(text)) return 'requests';
  if (clause.includes('?') || ASKS_INDIRECTLY.test(text)) return 'asks';
  if (WISH.test(text)) return 'wishes';
  return QUESTION_FORM.test(text) || QUESTION_WITHIN.test(text) || QUESTION_WORD.test(text) ? 'asks' : 'tells';
}

/** A message read clause by clause. */
export function readClauses(raw: string): Clause[] {
  return clausesOf(raw).map((clause) => ({ raw: clause, act: clauseActOf(clause) }));
}

/** True when a clause asks or requests something. */
export const clauseAsks = (clause: string): boolean => {
  const act = clauseActOf(clause);
  return act === 'asks' || act === 'requests';
};

/** True when some clause of a message asks or requests something ("i'm a nurse, how do i switch"). */
export const asksSomething = (raw: string): boolean => clausesOf(raw).some(clauseAsks);

/** True when a clause opens by asking for something ("now show me the steps"). */
export const requests = (clause: string): boolean => REQUEST.test(normalise(clause));

/** True when a message says what the person wants ("i want to work with kids"). */
export const statesAWish = (raw: string): boolean => WISH.test(normalise(raw));

/** The sentences of a message, split after their closing mark, without the empty ones. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((sentence) => normalise(sentence) !== '');

/** The part of a message that asks: its last sentence, when every sentence before it tells ("i deal with angry guests all day. what are the hard ones"). */
export function askingPart(text: string): string | null {
  const sentences = sentencesOf(text);
  const last = sentences.at(-1);
  if (sentences.length < 2 || !last) return null;
  if (clauseActOf(last) !== 'asks' || sentences.slice(0, -1).some((sentence) => clauseActOf(sentence) !== 'tells')) return null;
  return last;
}

/**
 * The one sentence of a message that asks, with what the person tells after it and before it ("mamma mia 6 to 8 years..
 * ok. is it stressful like the kitchen? kitchen is very very stress"; "what is the route to director? I think my
 * budgeting can help there"): that sentence, when at least one sentence after it tells and every other one tells too.
 * Null otherwise (askingPart reads a question that closes the message).
 */
export function questionAmongTelling(text: string): string | null {
  const sentences = sentencesOf(text);
  const acts = sentences.map(clauseActOf);
  const at = acts.findIndex((act) => act === 'asks');
  if (at < 0 || at === sentences.length - 1 || acts.some((act, i) => i !== at && act !== 'tells')) return null;
  return sentences[at]!;
}

/**
 * The question of a message that opens with it and closes with a remark ("mid level pay? less than my night shift pay
 * prob"): its first sentence, when it asks with a question mark and every sentence after it tells. Null otherwise.
 */
export function questionBeforeRemark(text: string): string | null {
  const sentences = sentencesOf(text);
  const [first, ...rest] = sentences;
  if (!first || rest.length === 0 || !first.trim().endsWith('?')) return null;
  return rest.every((sentence) => clauseActOf(sentence) === 'tells') ? first : null;
}

/**
 * The question of a message that opens with it and goes on to tell ("how long would it take me, im 20 and doing barista
 * work, no uni yet"): its first clause, when it asks and every clause after it tells. Null otherwise.
 */
export function questionBeforeStory(text: string): string | null {
  const [first, ...rest] = readClauses(text);
  if (!first || rest.length === 0 || first.act !== 'asks') return null;
  return rest.every((clause) => clause.act === 'tells') ? first.raw : null;
}

/**
 * What was not meant, said in a clause after what was ("quicker to become one in the first place, not move up"): the
 * clause names the answer being corrected, and would only pull the search back to it.
 */
const DENIED = /[,;]\s*(?:and\s+|but\s+)?(?:not|rather than|instead of)\s+[^,;.?!]{1,40}[?!.]*\s*$/i;

/** A correction's question without the clause that says what was not meant. */
export const withoutDenied = (text: string): string => text.replace(DENIED, '').trim() || text;

/** True when a message ends in a clause that says what was not meant ("..., not move up"). */
export const deniesSomething = (text: string): boolean => DENIED.test(text);

/** Words that open a question of its own after "and" or "or" ("... and how many years is it", "or would I need an MSW"). */
const OPENS_A_QUESTION = /^(?:how|hows|what|whats|wat|wats|is|are|do|does|did|can|could|should|would|will|which|where|who|when|why|am|have|has)\b/;
/** What joins a second question to the first inside one sentence. */
const QUESTION_JOINT = /\s+(?:and also|and then|and|or|also|plus|&|\+)\s+/g;
/** Two things asked of as done together ("... at the same time?", "... together?"). */
const DONE_TOGETHER = /\b(?:at the same time|together|simultaneously|in parallel|at once)$/;
/** Words that lead a second question and are no part of it. */
const JOINING_WORDS = /^(?:(?:and|or|also|plus|but|so|ok|okay)\s+)+/i;

/**
 * The two questions of a message asked one after the other, each a question of its own: two sentences that each ask
 * ("does my BSW count toward it? or would I need an MSW too"), or one sentence joined by "and" or "or" before a
 * question word ("wat do i major in and how many yrs of school is it"). Sentences that only tell around them ("ok thats
 * lowkey cool.") are left out. Null when the message asks one thing, or more than two.
 */
export function twoQuestionsAsked(raw: string): [string, string] | null {
  if (askedOfTheThingSaid(raw) !== null) return null;
  const sentences = raw.split(/(?<=[.?!])\s+/).map((sentence) => sentence.trim()).filter((sentence) => normalise(sentence) !== '');
  const asking = sentences.filter((sentence) => clauseActOf(sentence) === 'asks');
  if (asking.length === 2) {
    const [first, second] = asking as [string, string];
    const rest = second.replace(JOINING_WORDS, '');
    if (/^\s*or\b/i.test(second) && offersTheOtherAnswer(second)) return null;
    return words(first) >= 2 && words(rest) >= 3 && (rest.includes('?') || QUESTION_FORM.test(normalise(rest))) ? [first, rest] : null;
  }
  if (asking.length !== 1) return null;
  const sentence = asking[0]!;
  // "can I get experience and do my degree at the same time?": the two joined are one thing asked.
  if (DONE_TOGETHER.test(normalise(sentence))) return null;
  const joints = [...sentence.matchAll(QUESTION_JOINT)];
  const found = joints.flatMap((joint) => {
    const head = sentence.slice(0, joint.index).trim();
    const tail = sentence.slice(joint.index! + joint[0].length).trim();
    if (/\bor\b/i.test(joint[0]) && offersTheOtherAnswer(tail)) return [];
    return words(head) >= 3 && words(tail) >= 3 && OPENS_A_QUESTION.test(normalise(tail)) && !TAG_QUESTION.test(normalise(tail)) && clauseActOf(head) === 'asks' ? [[head, tail] as [string, string]] : [];
  });
  if (found.length === 1) return found[0]!;
  return withOpeningShared(sentence);
}

const words = (text: string): number => normalise(text).split(' ').filter(Boolean).length;

/** A tag after a question that asks nothing of its own ("Is the CCM recognised over here, do you know?", tester ut36a P11 m2). */
const TAG_QUESTION = /^(?:(?:and|or|but|so)\s+)?(?:do|does|would|did) (?:you|u|anyone|anybody) (?:happen to )?(?:know|think|reckon|have any idea)(?: (?:at all|by any chance|offhand|off hand))?$|^(?:any|got any|have you got any|do you have any) idea$|^(?:if|in case) you know$/;
/** The tag as typed at the end of a question, after a comma or a dash. */
const TAG_AT_THE_END = /\s*[,;\u2013\u2014-]\s*([^,;\u2013\u2014-]+?)\s*[?.!]*\s*$/;

/**
 * The question without a tag at its end that asks nothing of its own ("Is the CCM recognised over here, do you know?"
 * is "Is the CCM recognised over here?"): the engine reads a tag as a question of its own ("know" landed on how care
 * managers assess their clients). The text as it came when it has no such tag.
 */
export function withoutTagQuestion(text: string): string {
  const tag = TAG_AT_THE_END.exec(text);
  if (!tag?.[1] || !TAG_QUESTION.test(normalise(tag[1]))) return text;
  const rest = text.slice(0, tag.index).trim();
  return words(rest) >= 3 ? `${rest}?` : text;
}

/** "Could I", "can we": the opening of a question asking whether something can be done, which a second verb shares. */
const ASKS_WHETHER_ONE_CAN = /^\s*((?:can|could|may|might)\s+(?:i|we|you|u|one|someone)\b)/i;
/** After "or" or "and", a verb that asks a second thing with the first question's opening left out ("or get in without a degree"). */
const SECOND_VERB =
  /^(?:get|go|do|start|work|become|study|studies|take|skip|apply|train|earn|make|learn|switch|move|try|find|join|sit|qualify|jump|transfer|enter|break|come|be|have|keep|stay|finish|complete|use|need|specialise|specialize|volunteer|retrain|change|afford|manage|balance|combine)\b/;

/**
 * Two questions that share one opening ("Could I study part time, or get in without a degree?"): the second verb,
 * after a comma and "or" or "and", asks a thing of its own, read with the opening it left out ("Could I get in without
 * a degree?"). Only for whether one can do something: "should I get the CCM or do a master's" weighs two ways.
 */
function withOpeningShared(sentence: string): [string, string] | null {
  const opening = ASKS_WHETHER_ONE_CAN.exec(sentence)?.[1];
  if (!opening) return null;
  const found = [...sentence.matchAll(/,\s*(?:or|and)\s+/gi)].flatMap((joint) => {
    const head = sentence.slice(0, joint.index).trim();
    const tail = sentence.slice(joint.index! + joint[0].length).trim();
    return words(head) >= 3 && words(tail) >= 3 && SECOND_VERB.test(normalise(tail)) ? [[head, `${opening} ${tail}`] as [string, string]] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

/**
 * The other answer of a yes-or-no question, offered after "or" about the same thing: "would caring for my wife count as
 * experience, or does it have to be a paid job?", "is a BSW enough or does it need to be a master's". It asks nothing of
 * its own: "it" is what the question before it asks about, so its words ("paid") say what that would have to be, not
 * what is asked (the pay).
 */
const OTHER_ANSWER = /^(?:(?:does|do|would|will|must|should|has|have|is|was) (?:it|that|this|they|those|these) (?:(?:have|has|need|needs) to be|(?:only )?(?:count|counts) if|only (?:count|counts)|need to be|needs to be|only be|be only|just be|have to|need to)|(?:is|are|was|were|must|should) (?:it|that|this|they|those|these) (?:only|just|strictly|always|a must|necessarily))\b/;

/** True when a question after "or" only offers the other answer to the one before it ("or does it have to be a paid job"). */
export const offersTheOtherAnswer = (tail: string): boolean => OTHER_ANSWER.test(normalise(tail.replace(JOINING_WORDS, ''))) || DOUBT_OF_ONESELF.test(normalise(tail.replace(JOINING_WORDS, '')));

/** The doubt that closes a question of fit and asks nothing of its own: "or am I dreaming", "or am I kidding myself" (ut36a P07 m1). */
const DOUBT_OF_ONESELF = /^(?:or )?(?:am i|m i|im) (?:just )?(?:dreaming|kidding myself|fooling myself|crazy|nuts|mad|delusional|being (?:silly|naive|stupid|unrealistic))$|^(?:or )?is (?:it|that|this) (?:just )?(?:a pipe dream|a fantasy|crazy|silly|unrealistic)$/;

/**
 * A check of what the person takes to follow, put as a statement with a question mark ("Associate's won't cut it
 * then?", "so no degree needed then?"): the answer to the question beside it answers it too.
 */
export function checksAnInference(part: string): boolean {
  const text = normalise(part);
  return /\?\s*$/.test(part.trim()) && /\b(?:then|right|yeah|correct|huh)$/.test(text) && !QUESTION_FORM.test(text) && !/^(?:what|how|why|when|where|which|who)\b/.test(text);
}

/**
 * Talk that opens a message on the way to its question, a word or two at a time with the marks after it: "ok fair.",
 * "real talk tho,", "tbh", "honestly", "bruh", "lol ok." Words that join ("and", "so", "but") are no talk: they say the
 * question follows what came before.
 */
const OPENING_TALK = new RegExp(
  `^\\s*(?:ok|okay|k|kk|alright|aight|yeah|yea|ya|yep|yup|hmm+|hm|um+|uh|erm|oh|ah|well|honestly|basically|actually|nice|sure|sweet|${TALK_WORDS})(?=[\\s,.!;:\\u2026-]|$)[\\s,.!;:\\u2026-]*`,
  'i',
);
/** Words that join a question to what came before it, kept before it: "so", "and", "but". */
const JOINED = /^(?:(?:and|but|so|also|then|now|or)\s+)*/;

/**
 * A question without the talk that opens the message ("ok fair. real talk tho hows the pay and is it super stressful"
 * asks "hows the pay and is it super stressful"): the words the guide's search reads, so talk is never read as what
 * is asked about ("real talk" as a job). Unchanged unless what is left opens as a question or a request does.
 */
export function withoutOpeningTalk(raw: string): string {
  let rest = raw;
  for (let talk = OPENING_TALK.exec(rest); talk && talk[0] !== ''; talk = OPENING_TALK.exec(rest)) rest = rest.slice(talk[0].length);
  if (rest === raw || words(rest) < 2) return raw;
  const text = normalise(rest).replace(JOINED, '');
  return OPENS_A_QUESTION.test(text) || REQUEST.test(text) ? rest : raw;
}

/** Words that count or qualify the questions a label announces: "two", "quick", "one more", "last". */
const LABEL_COUNT = '(?:a|one|two|three|2|3|a couple of|couple of|a few|few|some|my|quick|last|final|another|one more|other|random|silly|dumb|general|simple)';
/** What a label calls the questions after it: "q's", "questions", "things", "ones". */
const LABEL_NOUN = "(?:q|qs|q's|questions?|qns|things?|ones?|quer(?:y|ies))";
/**
 * A label that announces the questions after it ("Quick q's:", "Two things -", "Question for you:", "one more thing,"),
 * at the start of a sentence: it says how many things are asked, nothing of what. A comma ends a label only after a
 * word that counts or qualifies ("last thing, which ..."), so "things, like ..." is never one.
 */
const LEAD_IN_LABEL = new RegExp(
  `(^|[.!?]\\s+)(?:(?:ok|okay|so|right|alright|and|also|oh)[\\s,]+)*(?:(?:${LABEL_COUNT}\\s+)+${LABEL_NOUN}(?:\\s+(?:for (?:you|u|ya)|then))?\\s*(?:[:,\u2013\u2014]|\\s-)|${LABEL_NOUN}(?:\\s+for (?:you|u|ya))?\\s*(?:[:\u2013\u2014]|\\s-))\\s*`,
  'gi',
);

/**
 * A question without the label that announces it ("Realtor here, 41. Quick q's: what's the salary range and are the
 * hours 9-5?" asks the pay and the hours): the guide's search would read "q's" or "things" as what is asked about.
 * Unchanged unless what follows each label opens as a question or a request does.
 */
export function withoutLeadIn(raw: string): string {
  const cut = raw.replace(LEAD_IN_LABEL, (label: string, before: string, at: number) => {
    const rest = normalise(raw.slice(at + label.length)).replace(JOINED, '');
    return OPENS_A_QUESTION.test(rest) || REQUEST.test(rest) ? before : label;
  });
  return words(cut) >= 2 ? cut : raw;
}

/**
 * A sentence that only says what the question after it is about: "I'm curious about the CCM certification.", "I want to
 * know about CMC certification.", "interested in geriatric care", "question about the CMC:". The thing said.
 */
const ABOUT_A_THING =
  /^(?:(?:hi|hello|hey|ok|okay|so|well|also|and)[\s,]+)*(?:i(?: am|m|'m| m)? (?:(?:really|just|also|quite|very) )?(?:curious|interested|wondering|asking)|i (?:(?:really|just|also) )?(?:want|wanted|would like|d like|'d like|wanna|need) to (?:know|ask|learn|hear)(?: (?:a bit |a little )?more)?|(?:a |one |quick |my )?question)\s+(?:about|regarding|on|in)\s+((?:\S+\s+){0,4}\S+?)\s*[.!:]*$/i;
/** A word that points back at one thing, in the question after it: "it", "them". */
const POINTS_AT_THE_THING = /\b(?:it|them)\b/i;

/**
 * One question said in two sentences: what it is about, then the question pointing back at it ("I'm curious about the
 * CCM certification. What do I need to sit it?" asks what the CCM needs), after a story or none: the question with
 * the thing in its place. Null when the message is not said that way.
 */
export function askedOfTheThingSaid(raw: string): string | null {
  const sentences = raw.split(/(?<=[.!?:])\s+/).map((sentence) => sentence.trim()).filter((sentence) => normalise(sentence) !== '');
  // Told before them, a story ("I am exchange student from Japan.") leaves the question as it is.
  if (sentences.length < 2 || sentences.slice(0, -2).some((sentence) => clauseActOf(sentence) !== 'tells')) return null;
  const [about, question] = sentences.slice(-2) as [string, string];
  const thing = ABOUT_A_THING.exec(about)?.[1];
  if (!thing || !POINTS_AT_THE_THING.test(question) || clauseActOf(question) !== 'asks') return null;
  return question.replace(POINTS_AT_THE_THING, thing);
}

/**
 * The asker's own thing given as an example at the end of a question: "like my GDC one", "like my nursing pin", "like
 * the one I have now". It names what they hold, not what is asked, and the guide's search would read it as the subject.
 */
const OWN_EXAMPLE = /,?\s+(?:just\s+)?like (?:(?:my|our)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+|the (?:one|ones) (?:i|we) (?:have|hold|got|had)(?: now)?)(?=\s*[?.!]*\s*$)/i;

/** A question without the asker's own thing given as an example ("do I need a licence like my GDC one?" asks of a licence). */
export function withoutOwnExample(raw: string): string {
  const cut = raw.replace(OWN_EXAMPLE, '');
  return words(cut) >= 3 ? cut : raw;
}

/** Words that give a reason: "cause", "because", "bc", "cuz", "since". */
const REASON_WORD = '(?:because|cause|cuz|coz|cos|bc|bcs|since)';
/** Who the reason tells of: the asker ("cause i make 60k", "because my mum", "since im a nurse"). */
const ASKER = '(?:i|im|i m|ive|i ve|id|i d|my|me|we|were|our|weve)';
/**
 * The asker's reason told after the question, to the end or to a joint that opens another question: "... cause i make
 * 60k driving now", ", asking bc i have kids", "... since i only have a diploma". "since i" after a question word tells
 * a time, which no question of its own opens ("how long since i ...").
 */
const REASON_AFTER = new RegExp(
  `(?:[,;]?\\s+|(?<=[?!.])\\s*)(?:(?:im |i m |i am )?(?:just |only )?(?:asking|wondering|curious)\\s+)?${REASON_WORD}\\s+${ASKER}\\b.*?(?=\\s+(?:and|but|also|plus|or)\\s+(?:how|hows|what|whats|which|where|who|when|why|is|are|do|does|did|can|could|should|would|will)\\b|$)`,
  'i',
);
/** The fewest words the question before a reason has: "since i was 20 ..." opens a story. */
const MIN_ASKED_BEFORE_REASON = 3;

/**
 * A question without the reason its asker gives after it ("whats the pay like, asking cause my mom wants me to be a
 * nurse" asks the pay): the reason tells of the asker, as a story does, and its words (a nurse, football) would pull
 * the search to another job. Readers of the asker's story read the whole message. Unchanged when what is left does
 * not ask, or when no reason follows a question.
 */
export function withoutReasonGiven(raw: string): string {
  const reason = REASON_AFTER.exec(raw);
  if (!reason || reason.index === 0) return raw;
  const before = raw.slice(0, reason.index);
  if (words(before) < MIN_ASKED_BEFORE_REASON || clauseActOf(before) !== 'asks') return raw;
  const rest = `${before}${raw.slice(reason.index + reason[0].length)}`.trim();
  return rest === '' ? raw : rest;
}

/**
 * Who said something, told before what they said: "my supervisor says", "a senior nurse on my ward told me", "my mum
 * keeps telling me to". The one who said it is part of the story, not what is asked: "my supervisor says i should look
 * at care management what do u think" asks about care management, not a supervisor's pay.
 */
const WHO_SAID_IT =
  /(^|[.!?,;:]\s*|\b(?:and|but|so|also)\s+)(?:(?:my|our|a|an|the|his|her|their)\s+(?:[a-z'-]+\s+){0,4}?[a-z'-]+|everyone|everybody|people|they|someone|somebody|he|she)\s+(?:(?:always|also|just|even|kinda|kind of)\s+)?(?:says|said|keeps saying|kept saying|keeps telling me|kept telling me|told me|tells me|reckons|thinks|thought|suggested|suggests|recommended|recommends|wants me|advised me|encouraged me|pushed me)(?:\s+that)?\s+(?=\S)/i;

/** A question without who said what it is about ("my supervisor says i should look at ..."); unchanged when nobody is reported. */
export function withoutWhoSaidIt(raw: string): string {
  const said = WHO_SAID_IT.exec(raw);
  if (!said) return raw;
  const rest = `${raw.slice(0, said.index)}${said[1]}${raw.slice(said.index + said[0].length)}`;
  return words(rest) >= 3 ? rest : raw;
}

/**
 * Two things weighed alike, "as stressful as", "as hard to get as": the words of a comparison, read as "than" is. Not
 * "as well as" (and), "as long as", "as far as", "as soon as", "as much as" (an amount, or pay, which the guide gives by
 * level), nor before who acts or what is needed ("as hard as i can", "as soon as possible").
 */
const AS_AS =
  /\bas ((?!(?:well|soon|long|far|much|many|little|few|such|if|though|of|to|per|a|an|the|part|follows|usual|ever|before|i|you|we|they|it|he|she|my|your|care|case)\b)[a-z]{3,})((?: to [a-z]+)?) as (?!(?:possible|i|you|u|we|they|he|she|it|people|everyone|everybody|others|some|most|folks|needed|required|necessary|usual|ever|before|well|always|expected|advertised|that|this|follows)\b|\d)(?=[a-z])/i;
/** The few comparisons said with another word: "good" is "better". */
const IRREGULAR: Readonly<Record<string, string>> = { good: 'better', bad: 'worse' };

/** A word said as more of itself: "harder", "easier", "more stressful". */
function comparative(word: string): string {
  const plain = word.toLowerCase();
  if (IRREGULAR[plain]) return IRREGULAR[plain]!;
  if (plain.length > 5 || /(?:ful|ing|ed|ous|ive)$/.test(plain)) return `more ${plain}`;
  if (plain.endsWith('y')) return `${plain.slice(0, -1)}ier`;
  return plain.endsWith('e') ? `${plain}r` : `${plain}er`;
}

/**
 * A question that weighs two things alike ("is geriatric CM as stressful as the ward?") in the words of a comparison
 * ("is geriatric CM more stressful than the ward?"), which the guide's search reads as weighing the two; unchanged
 * without "as ... as" between two things.
 */
export function weighedWithThan(raw: string): string {
  const as = AS_AS.exec(raw);
  if (!as || words(raw.slice(0, as.index)) < 2) return raw;
  return `${raw.slice(0, as.index)}${comparative(as[1]!)}${as[2] ?? ''} than ${raw.slice(as.index + as[0].length)}`;
}

/** Words for the asker and theirs: "im 20", "id want to do what she did", "that nurse was amazing with my grandad". */
const OF_THE_ASKERS = /\b(?:i|im|i m|id|i d|ive|i ve|my|me|we|were|our|us)\b/;

/**
 * The question of a message without what the asker tells of themselves around it: "how long would it take me, im 20
 * and just doing barista work rn, no uni yet" asks how long it takes; "id want to do what she did for my dad really,
 * older folk with dementia. what specialty is that" asks which specialty works with older folk with dementia. Clauses
 * that tell after the last question are left out, and those before the first one that tell of the asker or theirs.
 * Null when nothing is left out, or nothing asks.
 */
export function questionWithoutStory(raw: string): string | null {
  const clauses = clausesOf(raw);
  const acts = clauses.map(clauseActOf);
  const asking = (act: ClauseAct) => act === 'asks' || act === 'requests';
  const first = acts.findIndex(asking);
  const last = acts.findLastIndex(asking);
  if (first < 0) return null;
  // Before the question, what names no one of the asker's own may be what it asks about ("old people with dementia.
  // which area would that be", "nursing or social work, which one pays more"); a story of the asker or theirs is not.
  const kept = clauses.filter((clause, i) => (i >= first && i <= last) || (i < first && acts[i] === 'tells' && !OF_THE_ASKERS.test(normalise(clause))));
  if (kept.length === clauses.length) return null;
  return kept.map((clause, i) => (i < kept.length - 1 && !/[.?!]$/.test(clause) ? `${clause}.` : clause)).join(' ');
}

/**
 * Words that say how much of what follows, typed as people talk: "mad stressful", "pretty hard", "dead easy", "stupid
 * hard". After "is it" they would be read as a job in that frame ("is it mad stressful" as a job called "mad").
 */
const HOW_MUCH =
  /(?<=\b(?:is|was|are|were|be|its|it is|gets?|getting|seems?|sounds?|feels?|looks?)\s+(?:(?:it|that|this|they)\s+|(?:the|a|this|that)\s+(?:job|work|role|pay|course|degree|exam|training|career)\s+)?)(?:mad|crazy|dead|wicked|real|hella|hecka|mega|proper|stupid|insanely|ridiculously|pretty|kinda|kind of|sorta|sort of|super|very|really|so|quite|extremely|incredibly|seriously|lowkey|highkey|fairly|rather)\s+(?=[a-z])/gi;

/** A question without the words that only say how much ("is it mad stressful tho?" asks whether it is stressful). */
export const withoutHowMuch = (raw: string): string => raw.replace(HOW_MUCH, '');
