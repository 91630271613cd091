/**
 * Remarks: what people say back to a career chat that asks nothing. An opinion of the career ("sounds boring tbh",
 * "sounds like my kind of job", "hmm idk about this"), surprise or doubt at the last answer ("that's not much money",
 * "8 years?? wow", "really?") and worry about oneself ("i'm scared i won't be good enough").
 *
 * Read by its shape, not phrase by phrase: interjections aside, a subject (the career or the last answer as people
 * point at it, "sounds" with none, or "I"), a verb of being or seeming, and a word of a sentiment class, with nothing
 * after it but padding. Asking anything, or a clause with words the shape does not hold, makes it no remark: "is it
 * boring" is a question, and "sounds boring, what's the weather" is read clause by clause and still declined.
 */
import { normalise } from '../core/textMatch';
import { plainWords } from '../core/vocabulary';

/** What a remark is about and which way it leans; each gets its own reply (respond.ts). */
export type Remark =
  /** The career judged hard, dull or not for them, or doubted ("hmm idk about this"). */
  | 'judgesCareer'
  /** The career liked ("sounds like my kind of job"). */
  | 'likesCareer'
  /** Surprise or doubt at a figure or fact in the last answer ("that's not much money", "8 years?? wow", "really?"). */
  | 'doubtsAnswer'
  /** Worry about oneself ("i'm scared i won't be good enough"). */
  | 'doubtsSelf'
  /** How the person's day went ("had a rough day at work", "today was hectic at the clinic"): no question for the guide. */
  | 'tellsOfDay';

/** Words said around a remark that change nothing: "hmm", "wow", "tbh", "lol". */
const INTERJECTION =
  '(?:hmm+|hm+|mm+|ha|hah|heh|wow+|whoa+|woah+|oh+|ooh+|ah+|huh|well|ok|okay|ok then|so|yeah|yea|yeh|yep|honestly|tbh|to be honest|ngl|lol|lmao|haha+|omg|oh my god|gosh|geez|jeez|damn|dang|man|ugh+|eh|right|hm ok|um+|erm+|uh+|oof|yikes|blimey|crikey|bruh+|smh|tho|though|to me|for real|really|i mean|i guess|i think|i feel like|to be fair|fr|fr fr|frfr|no cap|deadass|lowkey|highkey|istg|tbf|imo)';
const AROUND = new RegExp(`^(?:${INTERJECTION} )+|(?: ${INTERJECTION})+$`, 'g');
const INTENSIFIER = '(?:(?:so|very|really|super|quite|pretty|lowkey|highkey|kinda|kind of|sort of|a bit|a little|way|way too|too|rather|just|actually|honestly|seriously|mega|proper|bloody|damn|fairly|incredibly|extremely|a lot|much|awfully) )*';

/**
 * The career or the last answer, as people point at it, with a verb of being or seeming; or the verb with no subject;
 * or "its" typed for "it's" ("its a lot").
 */
const SUBJECT_VERB =
  '(?:(?:it|this|that|all (?:of )?(?:this|that)|all that|the job|this job|that job|the career|this career|the role|this role|the work|this work|care management|care managing|being a care manager|being one|this path|that path)(?: all| just| really| kinda| kind of| sort of| sorta)? (?:is|was|sounds|seems|looks|feels|is going to be|would be|will be)|(?:(?:kinda|kind of|sort of|sorta|really|just|definitely|def|totally) )?(?:sounds|seems|looks|feels)|its)(?: like)?';

/** The career judged down: hard, dull, too much, not for them. */
const DOWN =
  '(?:boring|dull|tedious|monotonous|hard|difficult|tough|stressful|exhausting|draining|tiring|intense|overwhelming|scary|daunting|complicated|depressing|grim|miserable|a slog|hard work|a lot of work|too much|a lot to take in|a lot to handle|a big commitment|a commitment|not (?:for me|my thing|my cup of tea|really me|that (?:fun|interesting|exciting|appealing)|(?:very )?(?:fun|interesting|exciting|appealing))|not what i expected|a nightmare|a headache|meh)';
/** The career liked. */
const UP =
  '(?:interesting|fun|cool|exciting|rewarding|fulfilling|meaningful|worthwhile|worth it|appealing|amazing|great|lovely|nice|ideal|doable|manageable|achievable|easy|easier than i thought|not (?:that |so |too )?bad|perfect for me|(?:just )?(?:for me|my thing)|(?:just )?my (?:kind|sort|type) of (?:job|thing|work|career|role)|(?:a )?(?:good|great|perfect) (?:fit|match) for me|right up my (?:street|alley)|something i (?:could|would|would like to|want to|might) do|something for me)';
/** What the last answer gives as a figure: a lot of these is an amount said back ("a lot of money"), not the work judged. */
const MEASURE = '(?:money|cash|dosh|time|years?|months?|weeks?|days?|hours?|dollars|pounds|pay|study time)';
/** The work judged by how much of something it holds: "a lot of paperwork", "loads of exams", "so many forms". */
const MUCH_OF_THE_WORK = `(?:(?:a lot|alot|lots|loads|a ton|tons|plenty) of|(?:(?:so|too|way too) )?(?:much(?! (?:better|worse|[a-z]+er)\\b)|many)) (?!${MEASURE}\\b)[a-z]+(?: [a-z]+)?`;
/** Amounts said back to the last answer: too much, too little, more or less than thought. */
const AMOUNT =
  '(?:a lot|a lot of [a-z]+(?: [a-z]+)?|loads|loads of [a-z]+|lots of [a-z]+|not (?:much|a lot|very much|loads|great|a great deal)(?: of)?(?: [a-z]+(?: [a-z]+)?)?|(?:long|short|low|high|little|few|many|steep|expensive)|a long time|a long (?:road|way|while)|ages|forever|peanuts|nothing|decent|good money|not bad money|(?:less|more|lower|higher|longer|shorter|fewer) than i (?:thought|expected|imagined|was expecting)|surprising|unexpected|crazy|insane|mad|wild|nuts|mental|a surprise|news to me)';

/**
 * So-so, in the words people use for it: "mid" (slang for meh, never the mid level here: it needs a subject, a word
 * before it or a "ngl" beside it), "meh", "nothing special". Said of a figure or the last answer ("thats kinda mid ngl").
 */
const SO_SO = '(?:mid|mid af|so mid|mediocre|underwhelming|nothing special|nothing to write home about|not that impressive|unimpressive)';
/** What the so-so is said of, when it is not "that": the pay, the money. */
const PAY_SUBJECT = '(?:(?:the|that|this) )?(?:pay|salary|money|wage|wages|income)(?: is| was| seems| sounds| looks)';
const SAID_SO_SO = new RegExp(`^(?:(?:${SUBJECT_VERB}|${PAY_SUBJECT}) )?${INTENSIFIER}${SO_SO}$`);

const JUDGED_DOWN = new RegExp(`^${SUBJECT_VERB} ${INTENSIFIER}(?:${DOWN}|${MUCH_OF_THE_WORK})$`);
/**
 * The work judged with no subject, or by what one dislikes: "so many exams", "too much paperwork for my student",
 * "i hate working weekends". Said of the work, not of the last answer (that is a complaint).
 */
const WORK_JUDGED = new RegExp(
  `^(?:${MUCH_OF_THE_WORK})(?: (?:for (?:me|my [a-z]+|someone like me)|lol|tbh))?$|^i (?:really |just )?(?:hate|dislike|loathe|can not stand|cannot stand|do not like|dont like|don t like|am not a fan of|m not a fan of) (?!(?:this|that|it|you|bots?|your [a-z]+)$)[a-z]+(?: [a-z]+){0,3}$`,
);
const JUDGED_UP = new RegExp(`^${SUBJECT_VERB} ${INTENSIFIER}${UP}$`);
/** Said of something: with no subject, only an amount in a word or two ("so little", "a lot"), never "not great with computers". */
const AMOUNT_SAID = new RegExp(`^(?:${SUBJECT_VERB} |so |only |just )${INTENSIFIER}${AMOUNT}$|^${INTENSIFIER}(?:a lot|loads|long|low|little|ages|forever|peanuts|a long time|less|more|not much|not (?:much|a lot of|great) (?:money|pay|cash)|(?:bad|poor|rubbish|crap|crappy|terrible|awful|shocking|low|lousy|pitiful) (?:money|pay|cash|salary|wages))$`);
/** Unsure of the career: "idk about this", "not sure it's for me", "having second thoughts". */
const UNSURE =
  /^(?:i )?(?:(?:do not|dont|don t) know|idk|dunno|not (?:so |too )?sure|unsure|not convinced)(?: about (?:this|that|it|all (?:of )?this|all that|this one)| (?:it|this|that) is for me| if (?:it|this|that) is for me)?$|^(?:i am |i m )?(?:having (?:second thoughts|doubts)|on the fence|undecided|torn)(?: (?:about|on) (?:this|that|it))?$/;
/** How a day or a shift goes. */
const HOW_IT_WENT =
  '(?:long|rough|hard|tough|busy|hectic|crazy|mad|manic|mental|awful|terrible|horrible|exhausting|draining|stressful|nightmare|bad|good|great|nice|lovely|quiet|slow|brutal|heavy|full on|intense|weird|strange|a nightmare|a long one|a rough one|a tough one)';
const WHERE_IT_WENT = '(?: (?:at|on|in) (?:work|the (?:ward|wards|clinic|hospital|office|home|care home|unit|job|floor)|my (?:job|placement|shift|unit)|shift|placement))?';
/**
 * The person's day or shift told, asking nothing: "had a rough day at work", "today was hectic at the clinic",
 * "long shift", "what a week". It names where they work, which the guide's words would otherwise answer as the job.
 */
const DAY_NOUN = '(?:day|shift|week|night|morning|afternoon|one)';
const DAY_TAIL = `${WHERE_IT_WENT}(?: (?:today|tonight|again|this week|that was|it has been|it is been))?`;
const DAY_TOLD = new RegExp(
  `^(?:i (?:have |just |have just )?(?:had|have had) |(?:it is been|it has been|it was|been|had|having|what|such) )?(?:an? |such an? |another )?${INTENSIFIER}${HOW_IT_WENT} ${DAY_NOUN}${DAY_TAIL}$|` +
    `^(?:today|tonight|this (?:morning|afternoon|evening|week)|work|my (?:day|shift|week|night|morning)|the (?:day|shift|week)) (?:is|was|has been|is been) ${INTENSIFIER}${HOW_IT_WENT}${DAY_TAIL}$|` +
    `^what an? ${DAY_NOUN}${DAY_TAIL}$`,
);
/** "I" with a feeling or a doubt about oneself. */
const SELF =
  /^(?:i (?:am|m|feel|get|got|have been|was)(?: (?:so|really|a bit|a little|kinda|kind of|quite|pretty|super|very|just))* (?:scared|afraid|worried|nervous|anxious|terrified|frightened|intimidated|overwhelmed|unsure of myself|not confident|not smart enough|not good enough|not clever enough|too old|too slow)|i (?:do not|dont|don t) think i (?:could|can|would|will|am|have)|i (?:doubt|worry|fear) (?:i|that i)|i (?:will|would|could) never|i (?:can not|cannot|could not) (?:do|see myself)|not sure i (?:could|can|would|am|have)|what if i)\b/;
/** Surprise or exasperation alone, or a figure said back: "really?", "seriously??", "bruh", "that much?", "8 years?? wow", "$40k?!". */
const SURPRISE = /^(?:really|seriously|for real|no way|wow|whoa|woah|omg|jeez|geez|blimey|crikey|yikes|wait what|huh|bruh+|smh|wtf|ffs|come on|cmon|c mon|(?:oh )?for (?:god s|gods|heaven s|heavens|pete s|petes) sake|that (?:much|many|long|little|low|high|few)|only that|is that (?:right|true|so)|you sure)$/;
/** A sum said as what a remark is about ("$40,000 is peanuts", "40k a year is nothing"): read as "that is". */
const FIGURE_AS_SUBJECT = /^(?:only |just )?(?:(?:usd|gbp|eur) )?\d[\d ]*(?:k|grand|dollars|pounds|bucks)?(?: (?:a|per) (?:year|yr|annum))? (?:is|was|sounds|seems)(?= )/;
/** Doubt said with sarcasm: "dream on", "yeah right", "as if", "good luck with that". */
const SARCASM =
  /^(?:dream on|keep dreaming|in your dreams|you wish|yeah right|yeah sure|oh sure|sure sure|as if|get real|pull the other one|sure jan|good luck with that|fat chance|like that (?:will|would) happen|(?:yeah )?(?:i ll|i will) believe (?:it|that) when i see it)$/;
const ECHOED_FIGURE = /^(?:only |just |like )?[$\u00a3\u20ac]?\d[\d,.]*\s*(?:k|%)?(?:\s*(?:-|to|or)\s*[$\u00a3\u20ac]?\d[\d,.]*\s*(?:k|%)?)?(?:\s+(?:years?|yrs?|months?|weeks?|hours?|dollars|pounds|grand|a year|per year))?$/i;
/** Asking, after the words of worry: "i'm worried, what should i study". */
const ASKS = /\b(?:what|how|why|when|where|which|who|whether|tell me|(?:should|can|could|would|do|am|will|must) i|is (?:it|there|that)|are (?:there|they))\b/;
/** A remark with its subject and verb said ("sounds hard", "i'm scared"): never an answer to a guided question. */
const SUBJECT_FIRST = new RegExp(`^(?:${SUBJECT_VERB} |i (?:am|m|feel|do not think|dont think|don t think|doubt|worry|will never|would never|could never|can not|cannot|could not)\\b|what if i\\b)`);
/** The most words a remark takes: a longer message is telling or asking something. */
const MAX_REMARK_WORDS = 14;

/**
 * The remark a message (or one clause of it) is, or null. `namesTopic` is the knowledge base's test: worry that names
 * a subject of the guide ("i'm worried about the stress") is a question for it.
 */
export function remarkOf(raw: string, namesTopic: (text: string) => boolean, inFlow = false): Remark | null {
  const marked = raw.includes('?');
  const said = plainWords(normalise(raw));
  // Interjections alone are the remark ("really?", "wow").
  const text = withoutInterjections(raw);
  if (!text || text.split(' ').length > MAX_REMARK_WORDS) return null;
  // A question mark is surprise only on a word of surprise or a figure said back ("really?", "8 years?? wow").
  // In a guided flow a bare amount or doubt ("ages", "dunno really", "4 years??") answers the flow's own question.
  if (inFlow && !SUBJECT_FIRST.test(text)) return null;
  if (SURPRISE.test(text) || SARCASM.test(text) || figureInDisbelief(raw, said !== text)) return 'doubtsAnswer';
  if (marked) return null;
  // The shapes below are whole; worry is only its opening, and what follows it may still ask.
  if (SELF.test(text)) return namesTopic(raw) || ASKS.test(withoutSelf(text)) ? null : 'doubtsSelf';
  if (UNSURE.test(text) || JUDGED_DOWN.test(text) || WORK_JUDGED.test(text)) return 'judgesCareer';
  if (JUDGED_UP.test(text)) return 'likesCareer';
  if (AMOUNT_SAID.test(text) || AMOUNT_SAID.test(text.replace(FIGURE_AS_SUBJECT, 'that is'))) return 'doubtsAnswer';
  // "thats kinda mid ngl", "lowkey mid fr": so-so; a bare "mid" with nothing around it still asks for the mid level.
  if (SAID_SO_SO.test(text) && (text !== 'mid' || said !== text)) return 'doubtsAnswer';
  if (!inFlow && DAY_TOLD.test(text)) return 'tellsOfDay';
  return null;
}

/**
 * A figure said back in disbelief: with marks doubled ("6 to 8 years??", "$40k?!"), "only", or a word of surprise
 * ("8 years? wow"). With one mark and nothing else ("9 to 5?") it asks about the figure.
 */
function figureInDisbelief(raw: string, withInterjection: boolean): boolean {
  if (!/\d/.test(raw)) return false;
  const figure = figureOf(raw);
  if (!ECHOED_FIGURE.test(figure)) return false;
  return withInterjection || /[?!]\s*[?!]/.test(raw) || /^(?:only|just)\b/.test(figure);
}

/** A message's figure as typed, without the interjections around it ("8 years?? wow" -> "8 years"). */
function figureOf(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[?!.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(AROUND, '')
    .trim();
}

/**
 * Whether it is worth it, asked of nothing named: "why would anyone bother", "what's the point", "is it even worth it
 * then". After a remark that doubts the answer or judges the career ("40k?? thats nothing. why would anyone bother") it
 * asks nothing new: it is the remark's doubt, answered as the remark is, with the answer in view (respond.ts).
 */
const WORTH_ASKED =
  /^(?:(?:so|then|and|but|like|honestly|seriously|i mean|ok|okay) )*(?:why (?:would|should|do|does|did|will|would you) (?:anyone|anybody|someone|people|i|you|u|they|one|a person) (?:even |ever |actually )?(?:bother|do (?:it|this|that|this job|that job|this work)|go into (?:it|this|that)|choose (?:it|this|that)|pick (?:it|this|that))|why (?:even )?bother|what is the point(?: of (?:it|that|this|doing it))?|is (?:it|that|this) (?:even |really |actually |still )?worth (?:it|the effort|the hassle|the bother|doing))(?: (?:then|though|tho|at all|lol|really|even|tbh|honestly|for that|for that money))*$/;

/** True when a clause only asks whether it is worth it ("why would anyone bother"), naming nothing. */
export const asksIfWorthIt = (raw: string): boolean => WORTH_ASKED.test(withoutInterjections(raw));

/**
 * Worry about oneself that names a subject of the guide ("i'm worried about the stress"): a question for it, as
 * `remarkOf` reads it, whatever the learned model reads.
 */
export function worriesAboutATopic(raw: string, namesTopic: (text: string) => boolean): boolean {
  return SELF.test(withoutInterjections(raw)) && namesTopic(raw);
}

export function withoutInterjections(raw: string): string {
  const said = plainWords(normalise(raw));
  return said.replace(AROUND, '').trim() || said;
}

/** "what if i" and "i doubt i" ask nothing of the guide; what follows them is read for a question. */
function withoutSelf(text: string): string {
  return text.replace(/^(?:what if|i (?:doubt|worry|fear)(?: that)?|not sure)\b/, '');
}
