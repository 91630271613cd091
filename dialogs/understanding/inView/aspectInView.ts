import { askedAspect, asksQuickerRoute, givesAspect, type AskedAspect } from '../../../knowledge/aspects';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { areSiblings, isOnTheLadder, namesALevel } from '../core/followUp';
import { normalise, stem } from '../core/textMatch';
import { modeEntriesInView } from '../questions/workModeAsked';

/** What the reply says the guide does not give, and the entries in view it offers instead, the subject asked about first. */
export interface AspectNotGiven {
  asked: AskedAspect;
  about: FaqEntry[];
}

/** The route into the career, shown for an age the guide never speaks of ("am i too old at 50", "is there an age limit"). */
export const AGE_SUBJECT: readonly string[] = ['right-for-me', 'how-long', 'without-degree'];
/** The writer's own age ("is it too late for me? I am 52", "at my age"), which is asked of the career, not of the answer in view. */
const OWN_AGE = /\b(?:i|me|my|im|i m)\b/;

/** Entries offered beside "the guide doesn't say": the subject asked about and a few around it. */
const MAX_OFFERED = 3;

/**
 * A follow-up that asks, of the subject in view, an aspect the guide's answer on it does not give: "how often?" after
 * keeping certified (periodic re-exams, no interval), "name some charities" after volunteering, "how much more exactly"
 * after why to certify, "which is easier, that or the CCM" after the CMC, "do u get paid extra for on call" after the
 * working hours. Without this the reply is the same answer again (or a sibling's), which the person has just read and
 * which does not say it. The subject is the entry the turn would answer with (the conversation's reading, else the
 * engine's) when it is the last answer or next to it; a ranking weighs the things in view: the last answer and the one
 * before when they are of a kind, else the last answer and the entries of its kind the message names. Null when nothing
 * in view lacks what was asked, or no answer is in view.
 */
export function aspectNotGivenInView(
  message: string,
  last: FaqEntry | undefined,
  before: FaqEntry | undefined,
  answering: readonly FaqEntry[],
  kb: KnowledgeBase,
): AspectNotGiven | null {
  const notGiven = notGivenOfSubject(message, last, before, answering, kb);
  // A way of working asked: the guide's answers on the work or on studying, whichever is asked, not the answer in view's neighbours.
  const modeIds = notGiven?.asked.aspect === 'mode' && last ? modeEntriesInView(message, last) : null;
  if (notGiven && modeIds) return { ...notGiven, about: modeIds.flatMap((id) => kb.faqById.get(id) ?? []) };
  if (notGiven?.asked.aspect !== 'age' || !OWN_AGE.test(normalise(message))) return notGiven;
  // The writer's own age: the route into the career is what the guide says nearby, not the pay or the step in view.
  const route = AGE_SUBJECT.flatMap((id) => kb.faqById.get(id) ?? []);
  return route.length > 0 ? { ...notGiven, about: route } : notGiven;
}

function notGivenOfSubject(
  message: string,
  last: FaqEntry | undefined,
  before: FaqEntry | undefined,
  answering: readonly FaqEntry[],
  kb: KnowledgeBase,
): AspectNotGiven | null {
  if (!last) return null;
  const asked = askedAspect(message, kb);
  if (!asked) return null;
  const near = (entry: FaqEntry) => entry.id === last.id || last.related.includes(entry.id) || entry.related.includes(last.id);
  if (asked.aspect === 'ranking') {
    // The things in view of a kind, else the things the message names ("which is easier, nursing or social work?"
    // after the pay), else the last answer.
    const ofAKind = [...(before && areSiblings(before, last, kb) ? [before] : []), ...answering.filter((entry) => areSiblings(entry, last, kb))];
    const leans = leansOn(last, asked, message);
    const weighed = ofAKind.length > 0 ? [last, ...ofAKind] : answering.length > 0 && !leans ? answering : [last];
    const things = [...new Map(weighed.map((entry) => [entry.id, entry])).values()];
    // Asked of the thing in view alone ("which pays most"), the entries it points to may weigh what it lists.
    const around = leans && ofAKind.length === 0 ? relatedOf(last, kb) : [];
    if ([...things, ...around].some((entry) => givesAspect(entry, asked))) return null;
    return { asked, about: offered(things, last, kb) };
  }
  // A place is never in the guide: asked of what the message names ("is there demand for it in texas": the outlook),
  // else of the last answer ("and in london?"). Of pay, asked in words or of the pay in view ("is it more in nyc"), the
  // reply says the guide's pay is in US dollars.
  if (asked.aspect === 'place') {
    const ownSubject = !leansOn(last, asked, message);
    const subject = ownSubject && answering.length === 1 ? answering[0]! : last;
    const ofPay = asked.ofPay === true || (givesAspect(subject, { aspect: 'pay' }) && (!ownSubject || subject !== last));
    return { asked: { ...asked, ofPay }, about: offered([subject], last, kb) };
  }
  // A cost or a place to take it leans on the thing in view whatever the words alone read ("how much is it" after the
  // CCM reads as the salary): the entry the conversation reads, else the last answer.
  const leans = (asked.aspect === 'cost' && asked.pointed === true) || asked.aspect === 'where';
  // A difference ("how much more exactly" after why to certify) is more than the thing in view: the last answer's own
  // figure, whatever entry the words alone reach (the pay levels, which give no difference for it). Not when it names a
  // level of the ladder ("how much more does the vp make"): the ladder's figures give that. A message that names
  // nothing but the aspect ("how often", "before tax?") is asked of the last answer too.
  const ofLast = (asked.comparative === true && !namesALevel(message)) || leansOn(last, asked, message);
  // Names the guide has no answer on at all ("which software brand do they use?" after the records) are asked of the
  // thing in view: nothing else is.
  const ofNothingElse = asked.aspect === 'names' && answering.length === 0;
  const subject = ofLast || ofNothingElse ? last : answering.length === 1 && (!leans || near(answering[0]!)) ? answering[0]! : leans ? last : null;
  if (!subject || !near(subject) || (givesAspect(subject, asked) && !figureOnlyElsewhere(subject, asked))) return null;
  // A rung of the ladder has its pay in the guide, beside it (the senior role's is Senior pay).
  if (asked.aspect === 'pay' && isOnTheLadder(subject.id)) return null;
  return { asked, about: offered([subject], last, kb) };
}

/**
 * Names asked of the thing in view when the words alone reach an answer far from it ("any job boards you'd recommend?"
 * after finding a job reads as the degrees): the guide names none, said so with the answer in view and its neighbours,
 * not an answer the person did not ask for. Null when the answer reached is the one in view or next to it, or the one
 * in view gives names.
 */
export function namesAskedAwayFromView(message: string, viewed: FaqEntry | undefined, answering: readonly FaqEntry[], kb: KnowledgeBase, typed = message): AspectNotGiven | null {
  const asked = viewed ? askedAspect(message, kb) : null;
  if (!viewed || asked?.aspect !== 'names' || answering.length === 0) return null;
  const near = (entry: FaqEntry) => entry.id === viewed.id || viewed.related.includes(entry.id) || entry.related.includes(viewed.id);
  // An answer reached that gives names ("which software do they use?": the records systems), or is named for the thing
  // asked ("what certifications would you recommend?"), answers it wherever it is.
  // The same for one that says every thing asked ("software" for "which software do they use?").
  const named = (entry: FaqEntry) => {
    const title = new Set(normalise(entry.title).split(' ').map(stem));
    const said = new Set(normalise(indexedAnswer(entry).replace(/\n/g, ' ')).split(' ').map(stem));
    const things = (asked.others ?? []).filter((word) => !ONLY_ASKING.test(word));
    return things.some((word) => title.has(stem(word))) || (things.length > 0 && things.every((word) => said.has(stem(word))));
  };
  // Asked for one by name ("is there a specific course you'd recommend?", as typed: the side words are cut from the
  // message): only an answer that gives names gives it.
  if (ONE_BY_NAME.test(typed) && !answering.some((entry) => givesAspect(entry, asked)) && !givesAspect(viewed, asked)) return { asked, about: offered([viewed], viewed, kb) };
  if (answering.some((entry) => near(entry) || givesAspect(entry, asked) || named(entry)) || givesAspect(viewed, asked)) return null;
  return { asked, about: offered([viewed], viewed, kb) };
}

/** A number in words or digits. */
const A_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b/i;
/** Units a figure is counted in, which name no thing of their own. */
const UNIT = /^(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|exactly|precisely|specifically|number|many|much)$/;

/**
 * An exact figure asked of a thing whose own lines give none, though other lines of the answer do ("how many years of
 * experience exactly?" after how long it takes: "a few more years of relevant work experience"; "how many hours of
 * supervised experience exactly?" after the CMC). True when some line names the thing and none of those gives a figure.
 */
function figureOnlyElsewhere(entry: FaqEntry, asked: AskedAspect): boolean {
  if (asked.aspect !== 'exact-figure' || asked.comparative === true) return false;
  const things = (asked.others ?? []).filter((word) => !UNIT.test(word)).map(stem);
  if (things.length === 0) return false;
  const naming = entry.answer.split(/\n|(?<=[.;:])\s+/).filter((line) => {
    const stems = new Set(normalise(line).split(' ').map(stem));
    return things.every((thing) => stems.has(thing));
  });
  return naming.length > 0 && naming.every((line) => !A_FIGURE.test(line));
}

/** Words beside the names asked that ask or do, and name no thing ("recommend", "use", "join"). */
const ONLY_ASKING = /^(?:recommend|suggest|use|used|join|get|apply|go|do|try|pick|choose|look|at|for|to|you|u|d|i|they|them|it|that|this|those|these|ones?)$/;

/**
 * A quicker route asked of the route in view, whatever else the words name: "is there no quicker way?" after the 6 to 8
 * years, "quicker to become one in the first place" after a correction. The guide describes none: said so, with that
 * answer and its neighbours, not an answer on moving up the ladder. Null when nothing is in view, or it gives one.
 */
export function quickerRouteNotGiven(message: string, viewed: FaqEntry | undefined, kb: KnowledgeBase): AspectNotGiven | null {
  if (!viewed || !asksQuickerRoute(message)) return null;
  const asked: AskedAspect = { aspect: 'shortcut', others: [] };
  return givesAspect(viewed, asked) ? null : { asked, about: offered([viewed], viewed, kb) };
}

/** Asking for one by name: "a specific course", "a particular school", "which one exactly". */
const ONE_BY_NAME = /\b(?:specific|particular|exact|exactly|specifically|by name)\b/i;

/** Insisting on the very thing: "exactly", "specifically", "by name". */
const INSISTS = /\b(?:exactly|specifically|precisely|in particular|by name)\b/i;

/** Words that point back at the thing in view. */
const POINTS_BACK = /\b(?:it|its|that|this|those|these|them|one)\b/i;

/**
 * True when the aspect is asked of the last answer whatever the engine reads: the message names nothing else, or only
 * words of that answer ("specific hospitals?" after where they work), or a unit of time that points back ("how
 * many yrs of it"). "weekends?" or "how many years?" asks a subject of its own.
 */
function leansOn(last: FaqEntry, asked: AskedAspect, message: string): boolean {
  const others = asked.others;
  if (!others) return false;
  if (others.length === 0) return true;
  // Names asked of something pointed at ("which job boards are best for that?"): of the thing in view.
  if (asked.aspect === 'names' && POINTS_BACK.test(message)) return true;
  const said = `${last.title} ${indexedAnswer(last)}`.toLowerCase().match(/[a-z]+/g) ?? [];
  const words = new Set(said);
  // Insisting on the very one ("which certificate exactly?" after "possibly a certification"), a word of the answer in
  // another form is a word of the answer; asked plainly ("which professional organisations should I join?" after
  // "join professional organizations"), it may name an answer of its own.
  const stems = new Set(INSISTS.test(message) ? said.map(stem) : []);
  const inAnswer = (word: string) => words.has(word) || words.has(word.replace(/e?s$/, '')) || words.has(`${word}s`) || stems.has(stem(word));
  // A unit of time names no subject: "how many years?" is the career's length, asked on its own; "of it" points back.
  const units = others.filter((word) => TIME_UNIT.test(word));
  return units.length === 0 ? others.every(inAnswer) : units.length === others.length && POINTS_BACK.test(message);
}

const TIME_UNIT = /^(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|time)$/;

/** The subjects asked about, then the last answer and the entries it relates (or, when it is not among them, theirs), once each. */
function offered(subjects: readonly FaqEntry[], last: FaqEntry, kb: KnowledgeBase): FaqEntry[] {
  const around = (subjects.some((subject) => subject.id === last.id) || subjects.length === 0 ? [last, ...relatedOf(last, kb)] : subjects.flatMap((subject) => relatedOf(subject, kb)));
  return [...new Map([...subjects, ...around].map((entry) => [entry.id, entry])).values()].slice(0, MAX_OFFERED);
}

const relatedOf = (entry: FaqEntry, kb: KnowledgeBase): FaqEntry[] => entry.related.map((id) => kb.faqById.get(id)).filter((other): other is FaqEntry => other !== undefined);

/** "the better pick", "the best choice": a ranking asked between things said with "or" ("is nursing or social work the better pick?"). */
const BETTER_PICK = /\b(?:the )?(?:better|best|smarter|wiser|safer) (?:pick|choice|option|bet|route|path|move|fit|way to go)\b/;
/** Two things set side by side with "or". */
const EITHER = /\w \bor\b \w/;
/** One thing put before another: "would you recommend it over nursing?". */
const RECOMMENDED_OVER = /\b(?:recommend|suggest|choose|pick|prefer)\s+(?:it|that|this|one|[a-z]+(?: [a-z]+)?)\s+over\b/;
/** The one with the most of something: "is geriatric the one with the most jobs?", "which has the most openings". */
const THE_MOST = /\b(?:the one|the area|the specialty|the specialization|the specialisation|the field|which one|which|one) (?:with|that has|has|having|gets|offers) (?:the )?most ([a-z]+(?: [a-z]+)?)\b/;
/** Of two, the one with more openings: "which has more jobs?", "which one has more demand?" (pay and work are read elsewhere). */
const THE_MORE = /^(?:(?:and|so|ok|okay|but)\s+)*(?:which|what)(?: one| of them| of the two| area| specialty)? (?:has|have|gets|offers|sees|would have) (?:more|the most) (jobs|job openings|openings|vacancies|positions|opportunities|job opportunities|demand|growth)(?: (?:out there|available|right now|now))?$/;
/**
 * The best place to start, among the places the guide lists without ranking them ("which of those places is best to
 * start in?", "which setting is best for a beginner?", "where's the best place to start out?").
 */
const BEST_PLACE_TO_START =
  /^(?:(?:and|so|ok|okay|but|then)\s+)*(?:(?:which|what)(?: one| ones| of (?:those|these|them|the) ?(?:places?|settings?|workplaces?|employers?)?| (?:places?|settings?|workplaces?|employers?|kind of (?:place|setting|workplace|employer)))?|where) (?:is|are|s|would be|will be) (?:the )?(?:best|ideal|easiest) (?:(?:place|setting|workplace|employer|one) )?(?:to (?:start|begin|get started|break in|start out|work first)(?: in| at| with| out)?|for (?:a )?(?:beginners?|starting out|newcomers?|new grads?|someone new|first jobs?))$/;
/** A ranking said this long is a question with a story in it, for the engine. */
const MAX_RANKING_WORDS = 14;

/**
 * What a question weighs things on, where it ranks them in words the aspect reader (knowledge/aspects.ts) leaves to
 * the engine: "is nursing or social work the better pick?" (better), "would you recommend it over nursing?" (better),
 * "is geriatric the one with the most jobs?" (the one with the most jobs). The guide ranks none of these. Null when
 * the message ranks nothing this way.
 */
export function rankingAsked(message: string): string | null {
  const text = normalise(message);
  if (text.split(' ').length > MAX_RANKING_WORDS) return null;
  if (BETTER_PICK.test(text) && EITHER.test(text)) return 'better';
  if (RECOMMENDED_OVER.test(text)) return 'better';
  if (BEST_PLACE_TO_START.test(text) && /\b(?:places?|settings?|workplaces?|employers?|where|of (?:those|these|them))\b/.test(text)) return 'the best place to start';
  const most = THE_MOST.exec(text) ?? THE_MORE.exec(text);
  return most ? `the one with the most ${most[1]}` : null;
}

/** The thing in view weighed against another, named last: "... than being a nurse", "compared to teaching", "different from a therapist". */
const AGAINST_END =
  /^(.*?)\s*\b(?:than|compared (?:to|with)|compare (?:to|with)|vs|versus|different (?:from|to)|differ from)\s+((?:(?:being|working as|working in|working at|working with|doing|running|teaching|managing|leading|looking after|caring for|in|with|for|to)\s+)?(?:a |an |the |my |your |our )?((?:[a-z]+ ){0,2}[a-z]+))$/;
/** Words that weigh the thing in view, point at it or carry the question, and name nothing else. */
const WEIGHS_IN_VIEW =
  /^(?:and|but|so|ok|okay|hmm|then|or|is|are|would|will|was|does|do|did|it|its|that|this|they|the|job|work|role|career|pay|money|salary|be|much|any|a|lot|way|far|good|bad|decent|well|how|compare|compares|even|really|actually|still|also|i|me|for|to|like)$/;
/** A comparative, which is what the two are weighed on. */
const COMPARATIVE = /^(?:better|worse|harder|easier|tougher|higher|lower|bigger|smaller|quicker|faster|slower|longer|shorter|busier|calmer|safer|happier|cheaper|different)$/;
/** A question this long that weighs two things tells more than a follow-up. */
const MAX_AGAINST_WORDS = 10;

/**
 * The thing in view weighed against another thing, named, in a few words that name nothing else: "is it more stressful
 * than being a nurse?", "more rewarding than nursing?", "compared to a therapist?", "is that good compared to
 * nursing?", "is that different from a case manager?". The other thing (bare, and as the message says it: "being a nurse"), and what the two are weighed on
 * when the message says it; null for anything else ("is the CCM harder than the CMC" names both sides: its own
 * reading).
 */
export function weighedAgainstOther(message: string): { other: string; named: string; criterion: string | null } | null {
  const text = normalise(message);
  if (text.split(' ').length > MAX_AGAINST_WORDS) return null;
  const found = AGAINST_END.exec(text);
  if (!found) return null;
  const before = found[1]!.split(' ').filter((word) => word !== '');
  let criterion: string | null = /\bdiffer/.test(text) ? 'different' : null;
  for (let at = 0; at < before.length; at++) {
    const word = before[at]!;
    if (word === 'more' || word === 'less') {
      const next = before[at + 1];
      criterion = next && !WEIGHS_IN_VIEW.test(next) ? `${word} ${next}` : word;
      if (next && !WEIGHS_IN_VIEW.test(next)) at++;
    } else if (COMPARATIVE.test(word)) criterion = word;
    else if (!WEIGHS_IN_VIEW.test(word)) return null;
  }
  return { other: found[3]!, named: found[2]!, criterion };
}

/** Words of a title too general to name what it is about ("Who they work with"). */
const GENERAL_TITLE_WORD = /^(?:who|what|which|how|why|they|them|it|is|are|with|for|of|and|the|a|an|to|do|does|work|works|job|jobs|care|manager|managers|management)$/;

/**
 * True when an answer of the guide is about the thing named: its title and the thing share a word ("coordinating
 * services" and "Coordinating care"), other than words as general as "work" or "care". The guide answers "nursing" with
 * "Which degree", which names the field but is no answer on the job.
 */
export function titleNames(entry: FaqEntry, thing: string): boolean {
  const titleStems = new Set((entry.title.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => !GENERAL_TITLE_WORD.test(word)).map(stem));
  return (normalise(thing).match(/[a-z]+/g) ?? []).some((word) => !GENERAL_TITLE_WORD.test(word) && titleStems.has(stem(word)));
}
