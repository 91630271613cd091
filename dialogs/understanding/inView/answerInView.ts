/**
 * Reading a message against the answer in view: the lines of it that a follow-up asks for (of a kind, of the people it
 * names, of a role's pay), what it counts, whether pay is asked of something it leaves unpaid, a weighing against a thing
 * the guide never describes, two entries of a kind, and what an answer near it says that it does not. Pure readers: no
 * sending. Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import { weighedSides } from '../../../knowledge/answerEngine';
import { askedAspect, asksCost, asksPay, directAsk, durationThingEntry, givesDirectAsk, linesSaying, type DirectAsk } from '../../../knowledge/aspects';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import type { DialogDeps } from '../../deps';
import type { SaidNextDoor } from '../../rendering/beyond/nearby';
import { titleNames, weighedAgainstOther } from './aspectInView';
import { areSiblings, isNounPhrase, isPayOnTheLadder, namesALevel, payBesideRole, thingAddedInView } from '../core/followUp';
import { normalise, stem } from '../core/textMatch';
import { answerUnits, itemOfList, listItemsOf } from './listInView';
import { askingPart } from '../core/clauses';
import { tellsOfFaithWork, tellsOwnWork, type ExperienceAsked } from '../person/experienceCounts';

/** Who one works or coordinates with, asked of the subject in view ("who would I be coordinating with?"). */
const WHO_WITH = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*who (?:else )?(?:would|will|do|does|did|could|might|am|are|is) (?:i|you|u|they|we|one|he|she) (?:be )?(?:\w+ )?(?:work|working|coordinate|coordinating|deal|dealing|liaise|liaising|collaborate|collaborating|partner|partnering) with\b/;
/** A part of a route the answer in view gives a time for, added to it ("and the master's?", "what if I go for the master's too?"). */
const ADDS_A_PART = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:and|what about|how about|what if|and if)\b/;
const MAX_ADDED_PART_WORDS = 9;
/** Where a path starts, asked of the path in view ("where does it start?", "what's the first level?"). */
const WHERE_IT_STARTS = /^(?:(?:and|so|ok|okay|but)\s+)*(?:where|what|how) (?:does|do|did) (?:it|that|this|they|you|one|i) (?:start|begin)\b|\bthe (?:first|bottom|lowest|starting) (?:level|rung|step|role|job)\b/;

/** Something sought in the answer in view: "anything on mental health in there?", "any about kids?". */
const ANYTHING_ON = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:is there |are there )?(?:anything|any|something|stuff) (?:on|about|for|covering|to do with) (.+?)(?: (?:in|within|among) (?:there|it|that|them|those))?$/;

/** What kind of a thing the answer in view speaks of: "what kind of training?", "what sort of experience helps with that?". */
const ASKED_OF_THE_KIND = String.raw`(?: (?:helps?|counts?|matters?|is needed|are needed|would help|will help|do (?:i|you|u) need|would (?:i|you|u) need|should (?:i|you|u) (?:get|do|look for|go for|aim for|have)))?(?: (?:with|for) (?:that|it|this))?$`;
const WHAT_KIND = new RegExp(String.raw`^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:what|which) (?:kinds?|sorts?|types?) of ([a-z]+)` + ASKED_OF_THE_KIND);
/** The same asked with no "kind of", which must then say what is asked of it: "what training would help?", "what experience would I need?". */
const WHAT_THING_ASKED = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:what|which) ([a-z]+) (?:helps?|would help|will help|do (?:i|you|u) need|would (?:i|you|u) need|should (?:i|you|u) (?:get|do|look for|go for|aim for|have))(?: (?:with|for) (?:that|it|this))?$/;

/** The words of an entry's title, stemmed, without stop words. */
const titleWordsOf = (entry: FaqEntry): ReadonlySet<string> => new Set(normalise(entry.title).split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem));

/** Words for a thing in general, which name no kind of their own. */
const THINGS_IN_GENERAL = /^(?:stuff|things?)$/;

/**
 * The lines of the answer in view that name the kind of thing asked of ("what kind of experience?" after what you need:
 * "work experience, which employers often ask for: ..."); empty when it is not asked that way, or no line or every
 * line names it.
 */
export function linesOfTheKind(deps: DialogDeps, text: string, last: FaqEntry): string[] {
  const asked = normalise(askingPart(text) ?? text);
  // Without "kind of", a thing another answer is named for asks for that answer ("what skills would I need?" after
  // whether it is right for you is the key skills), not the line of the answer in view that names it.
  const bare = WHAT_THING_ASKED.exec(asked)?.[1];
  const kind = WHAT_KIND.exec(asked)?.[1] ?? (bare && !deps.kb.faqs.some((entry) => titleWordsOf(entry).has(stem(bare))) ? bare : undefined);
  if (!kind || NAMES_THE_CAREER.test(text)) return [];
  const units = answerUnits(last);
  // "what sort of things?": the things the answer lists, with the sentence that leads into them.
  const names = units.map((unit, index) => (THINGS_IN_GENERAL.test(kind) ? unit.startsWith('- ') || (unit.endsWith(':') && units[index + 1]?.startsWith('- ') === true) : normalise(unit).split(' ').some((word) => stem(word) === stem(kind))));
  // A sentence that leads into a list ("for example in:") brings the list with it.
  units.forEach((unit, index) => {
    for (let next = index + 1; names[index] && unit.endsWith(':') && units[next]?.startsWith('- '); next += 1) names[next] = true;
  });
  const lines = units.filter((_unit, index) => names[index]);
  return lines.length < units.length ? lines : [];
}

/** True when the entry's answer says every word of the text that carries meaning (stemmed), and there is one. */
function saysEveryWord(entry: FaqEntry, text: string): boolean {
  const said = new Set(normalise(indexedAnswer(entry)).split(' ').map(stem));
  const words = text.split(' ').filter((word) => word && !STOP_WORDS.has(word));
  return words.length > 0 && words.every((word) => said.has(stem(word)));
}

/** A part left out, not added ("what about without a degree?"): the route without it, not the time the answer gives it. */
const LEAVES_OUT = /\b(?:without|no|not|dont|don't|doesnt|havent|haven't|never|skip|skipping|instead|except|minus)\b/;
/** A question of its own after the part ("and the master's, do i need it?"): what is asked of the part, not its time. */
const ASKS_OF_ITS_OWN = /\b(?:do|does|did|is|are|should|would|can|could|will|must) (?:i|you|u|it|they|we|one)\b|\b(?:how|why|when|where|which|who)\b/;
/** A time a route gives for one of its parts: "about two more years for a master's", "a few more years of work experience". */
const TIME_FOR_A_PART = /\b(?:years?|months?) (?:for|of|to)\b/;

/** What is asked of the people at a level, and the words of its answer that say it (a degree said as a bachelor's). */
const SAID_OF_THE_PEOPLE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:degree|degrees|qualifications?|qualified|study|studied|education|background)\b/, /\b(?:bachelor|master|degree|qualif)\w*/i],
  [/\b(?:experience|years?|yrs)\b/, /\bexperience\b/i],
  [/\b(?:take|takes|need|needs|requirements?|required)\b/, /\b(?:call for|calls for|requir\w*|need\w*|experience|knowledge)\b/i],
];

/**
 * The sentences of a level's pay answer that say what was asked of its people ("They may have a bachelor's in
 * nursing ..." for "what degree do they usually have?"); empty when none does, or every one does.
 */
export function linesOfThePeople(text: string, entry: FaqEntry): string[] {
  const said = normalise(text);
  const saying = SAID_OF_THE_PEOPLE.filter(([asked]) => asked.test(said)).map(([, answered]) => answered);
  const units = answerUnits(entry);
  const lines = units.filter((unit) => saying.some((words) => words.test(unit)));
  return lines.length < units.length ? lines : [];
}

/**
 * A short question asked of the answer in view in words that answer gives, where the words alone read as another
 * answer: who one works with, after a specialisation that says who ("who would I be coordinating with?" after
 * geriatric care, not the team in general); a part of the route added to the time the answer gives ("and the master's?"
 * after how long it takes, which gives about two more years for one, not the degrees); where the path starts, after the
 * career path (its first level). Undefined when none applies.
 */
export function askedOfTheAnswer(deps: DialogDeps, text: string, last: FaqEntry | undefined): FaqEntry | undefined {
  if (!last) return undefined;
  const said = normalise(askingPart(text) ?? text);
  if (NAMES_THE_CAREER.test(said)) return undefined;
  const specialisation = deps.kb.specialisations.some((spec) => spec.faqId === last.id);
  if (specialisation && WHO_WITH.test(said) && /\bwith\b/.test(last.answer)) return last;
  const addsAPart = ADDS_A_PART.test(said) && !LEAVES_OUT.test(said) && !ASKS_OF_ITS_OWN.test(said) && !namesALevel(said) && directAsk(said)?.kind !== 'duration';
  if (addsAPart && said.split(' ').length <= MAX_ADDED_PART_WORDS) {
    const timed = last.answer.split('\n').filter((line) => /^\s*[-*]/.test(line) && TIME_FOR_A_PART.test(line));
    const words = said.split(' ').filter((word) => word.length > 3 && !STOP_WORDS.has(word));
    const names = (line: string) => words.some((word) => normalise(line).split(' ').some((lineWord) => lineWord === word || lineWord === word.replace(/s$/, '')));
    if (words.length > 0 && timed.filter(names).length === 1) return last;
  }
  // "and medication?" after the day-to-day, "what about patience?" after the key skills: the line that names it.
  if (thingAddedInView(said, last, deps.kb)) return last;
  const kind = WHAT_KIND.exec(said)?.[1];
  // "what sort of things?", "what kind of stuff?": a thing in general is what the answer in view lists.
  if (kind && (saysEveryWord(last, kind) || THINGS_IN_GENERAL.test(kind))) return last;
  const sought = ANYTHING_ON.exec(said)?.[1];
  if (sought && saysEveryWord(last, sought)) return last;
  if (WHERE_IT_STARTS.test(said) && listItemsOf(last).length > 0) {
    const first = itemOfList(last, 1, deps.engine, deps.kb);
    if (first?.entry && payBesideRole(last.id) !== null) return first.entry;
  }
  return undefined;
}

/** Figures asked for with no word for pay ("numbers?", "the actual figures"): after a role, its pay. */
const ASKS_FIGURES = /\b(?:numbers|figures|the money)\b/;
/** A pay question short enough to be asked of the role in view rather than of a subject of its own. */
const MAX_ROLE_PAY_WORDS = 8;

/**
 * The pay beside the role in view, asked in a few words that name no level, no other job and nothing else of the guide
 * ("what's that pay?" after what a director does, "what's the pay like?" after the senior role, "numbers?" after the
 * career path): that rung's pay, not the pay of every level. Undefined when no role is in view, or the words alone land
 * on something other than pay.
 */
export function payOfRoleInView(deps: DialogDeps, text: string, last: FaqEntry | undefined): FaqEntry | undefined {
  const payId = payBesideRole(last?.id);
  const said = normalise(askingPart(text) ?? text);
  if (!payId || said.split(' ').length > MAX_ROLE_PAY_WORDS || !(asksPay(said) || ASKS_FIGURES.test(said))) return undefined;
  if (asksCost(said) || namesALevel(said) || NAMES_THE_CAREER.test(said) || PAY_RISES_WITH.test(said)) return undefined;
  const aspect = askedAspect(said, deps.kb)?.aspect;
  if (aspect !== undefined && aspect !== 'pay' && aspect !== 'exact-figure') return undefined;
  const alone = deps.engine.answer(said);
  if (alone.kind === 'answer' && alone.entry && !isPayOnTheLadder(alone.entry.id)) return undefined;
  return deps.kb.faqById.get(payId);
}

/** Pay said to rise with something ("does pay go up with certification"): asked of that, not of the role. */
const PAY_RISES_WITH = /\b(?:certif\w*|ccm|cmc|degree|master\w*|bachelor\w*|specialis\w*|specializ\w*|experience)\b/;

/** What "does that count" asks, read against the answer in view (countedInView). */
type CountedInView = { kind: 'field'; thing: string } | { kind: 'inView' } | { kind: 'notSaid' };

/** The thing said to count, named before the asking ("what about nursing, would that count?", "would nursing count?"). */
const THING_COUNTED =
  /^(?:(?:and|so|but|ok|okay|hmm|well)\s+)*(?:what about|how about|and)\s+(?:a |an |the )?([a-z][a-z' ]{1,30}?)(?:\s*,\s*|\s+)(?:would|does|do|will|could|can|is|might) (?:that|it|this|those|they)\b|^(?:(?:and|so|but|ok|okay)\s+)*(?:would|does|do|will|could|can) (?:a |an |the )?([a-z][a-z' ]{1,30}?) (?:degree |course )?(?:count|counts)\b/;
/** Words of work done or of the person: what counts is then experience, which the experience answer speaks to. */
const WORK_OR_SELF = /\b(?:experience|exp|work|worked|working|job|jobs|years?|yrs|volunteer\w*|intern\w*|placement|caring|looking|i|im|ive|my|me|mine)\b/;
/** Words that only ask whether experience counts, naming nothing of their own ("would all that experience count for something?"). */
const ONLY_COUNTING = new Set(['count', 'counts', 'counted', 'towards', 'toward', 'something', 'anything', 'much', 'all', 'really', 'experience', 'even', 'actually', 'still']);
/** Answers in view that already answer what counts as experience (the experience answer and its ways), which the experience reader speaks to. */
export const ON_EXPERIENCE: ReadonlySet<string> = new Set(['gaining-experience', 'volunteering', 'internships', 'entry-level-jobs']);

/**
 * Whether something counts, asked of the answer in view, and how: after an answer on study, a thing named that is no
 * work ("what about nursing, would that count?" after the degrees) is a field of study; experience that names nothing
 * of its own ("so would all that experience count for something?") after an answer that speaks of experience (the
 * route without a degree) is that answer's to say; a thing named that is no work and nothing of the person ("what about
 * dementia, does that count?" after chronic disease) after an answer on something else is a question the guide does
 * not answer of that subject. Null when none of these, or the message does not ask whether something counts.
 */
export function countedInView(text: string, last: FaqEntry | undefined, experience: ExperienceAsked | null, said: string = text): CountedInView | null {
  if (!last || experience === null || ON_EXPERIENCE.has(last.id)) return null;
  const asked = normalise(text);
  const thing = THING_COUNTED.exec(asked);
  const named = (thing?.[1] ?? thing?.[2])?.trim();
  // Care in a religious setting ("counseling in a church setting") is work weighed, not a field of study.
  // A thing the answer in view names itself ("does reading journals count too?" after continuing development): its line.
  // One's own work weighed ("would my OT years count as the experience?") is the experience reading's, not the answer's.
  if (named && !ON_STUDY.has(last.id) && !WORK_OR_SELF.test(asked) && namedByTheAnswer(named, last)) return { kind: 'inView' };
  // Work of one's own told beside it ("does driving count for anything? I do the special needs route"): the work weighed.
  const workTold = said !== text && tellsOwnWork(said.replace(text, ' '));
  if (named && !WORK_OR_SELF.test(asked) && !tellsOfFaithWork(text) && !(workTold && !ON_STUDY.has(last.id))) return ON_STUDY.has(last.id) ? { kind: 'field', thing: named } : { kind: 'notSaid' };
  const own = asked.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !ONLY_COUNTING.has(word));
  return own.length === 0 && /\bexperience\b/.test(asked) && /\bexperience\b/i.test(last.answer) ? { kind: 'inView' } : null;
}

/** True when every word naming the thing is one the answer says (plurals and endings aside). */
function namedByTheAnswer(thing: string, entry: FaqEntry): boolean {
  const words = thing.split(' ').filter((word) => word.length > 2 && !STOP_WORDS.has(word));
  const said = new Set(normalise(entry.answer).split(' ').map(stem));
  return words.length > 0 && words.every((word) => said.has(stem(word)));
}

/** The guide's entry on which degree to study, which names the fields of study it counts. */
export const DEGREE_ENTRY = 'degree-fields';

/** A question closing a message after a comma or a stop ("whats the salary, is it higher than staff nurse?"). */
const CLOSING_QUESTION = /[,;?.!]\s+((?:is|are|would|will|does|do|how)\b[^,;?.!]*)[?.!]*\s*$/i;
/** A verb left after the thing weighed against ("than a staff nurse gets"). */
export const TRAILING_VERB = /\s+(?:gets|get|makes|make|earns|earn|does|do|is|are|has|have)$/;

/** The question that closes a message, when it weighs the answer in view against another thing. */
export function weighedAtTheEnd(text: string): string | null {
  const closing = CLOSING_QUESTION.exec(text)?.[1];
  return closing && weighedAgainstOther(closing) ? closing : null;
}

/**
 * True when a part of a message weighs the answer beside it against a job or thing the guide never describes ("is it
 * higher than staff nurse?", "is it worse than being a nurse?"); not one the guide answers on ("is it more than a
 * director's?", "is it harder than pediatric?").
 */
export function weighsAgainstUndescribed(part: string, deps: DialogDeps): boolean {
  const against = weighedAgainstOther(part);
  if (!against) return false;
  const other = against.other.replace(TRAILING_VERB, '');
  if (namesALevel(other)) return false;
  const read = deps.engine.answer(other);
  return !(read.kind === 'answer' && read.entry && titleNames(read.entry, other));
}

/** The first two entries of a kind among those weighed or in view, in their order; none when no two are of a kind. */
export function siblingPair(entries: readonly FaqEntry[], deps: DialogDeps): FaqEntry[] {
  for (const [index, one] of entries.entries()) {
    const other = entries.slice(index + 1).find((entry) => areSiblings(one, entry, deps.kb));
    if (other) return [one, other];
  }
  return [];
}

/**
 * The other thing a question weighs against the entry answered, when each side alone reads as one of two entries of a
 * kind ("is the cmc harder to get than the ccm": the CMC and the CCM); undefined when it asks no weighing, or a side
 * reads as nothing, as the same entry, or as one of another kind.
 */
export function otherSideWeighed(deps: DialogDeps, question: string, entry: FaqEntry): FaqEntry | undefined {
  if (directAsk(question)?.kind !== 'better') return undefined;
  const sides = weighedSides(question.trim());
  if (!sides) return undefined;
  const read = sides.map((side) => deps.engine.answer(side)).map((side) => (side.kind === 'answer' ? side.entry : null));
  const other = read.find((side) => side !== null && side.id !== entry.id);
  return other && read.some((side) => side?.id === entry.id) && areSiblings(entry, other, deps.kb) ? other : undefined;
}

/** A state one reaches, said as a past participle ("certified", "licensed", "qualified"). */
const STATE_REACHED = /^[a-z]{4,}ed$/;
/** The letters of a state's word that its answers' titles share ("certif" in "certified" and "CCM certification"). */
const STATE_STEM = 6;

/**
 * The guide's answer on reaching a state whose time is asked ("how long does it take to get certified"): of the answers
 * whose titles name it (CCM certification, CMC certification, Certifications ...), the one in view, else the one the
 * state's word alone reads as. Undefined for a route, the career itself, or a word no title names.
 */
export function stateReachedEntry(deps: DialogDeps, asked: Extract<DirectAsk, { kind: 'duration' }>, answeredId: string | undefined): FaqEntry | undefined {
  const word = asked.thing;
  if (!asked.taken || asked.without !== undefined || asked.having !== undefined || asked.of.length !== 1 || word === null || !STATE_REACHED.test(word)) return undefined;
  const start = word.slice(0, STATE_STEM);
  const titled = deps.kb.faqs.filter((entry) => normalise(entry.title).split(' ').some((titleWord) => titleWord.startsWith(start)));
  const inView = titled.find((entry) => entry.id === answeredId);
  if (inView) return inView;
  const read = deps.engine.answer(word);
  return read.kind === 'answer' && read.entry && titled.includes(read.entry) ? read.entry : undefined;
}

/** Pay weighed between the two things in view ("which one pays more"). */
const WEIGHS_PAY = /\b(?:pays?|paid|earns?) (?:more|less|better)\b|\b(?:better|worse) paid\b/i;
/** A pointer at the thing in view, in a short message ("do they pay", "is that one paid"). */
const POINTS_AT_A_THING = /^(?=(?:\S+\s+){0,6}\S+$).*\b(?:it|its|they|them|their|that|this|those|these|one|ones)\b/i;
/** A title that names people or the career itself, whose pay the guide gives ("Senior care manager", "Career path"). */
const NAMES_A_ROLE = /\b(?:care manager|director|vice president|role|job|career|level|beyond)\b/i;
/**
 * People earning, not a thing paying: "what do they earn" after the daily duties, "their salary" after the skills ask the
 * career's pay (the duties and skills earn nothing), where "do they pay" after internships asks the thing's.
 */
const PEOPLE_EARN = /\b(?:they|you|we|i)\s+(?:\w+\s+)?(?:earn|earning)\b|\btheir (?:salary|salaries|wages?|earnings)\b/i;
/** Work that is unpaid by its name: a sum asked after it is the career's pay. */
const UNPAID_WORK = /\bvolunteer/i;
/** A sum asked ("what does it pay", "how much an hour"), not whether a thing is paid ("is it paid?"). */
const SUM_ASKED = /\b(?:what|how much)\b/i;
/** An entry that speaks of pay at all (not "to earn it", a certification). */
const SPEAKS_OF_PAY = /[$£€]\s?\d|\b(?:pay|salary|salaries|wage|wages|income|money|earnings|earning)\b/i;

/**
 * The things in view that a short message asks the pay of when the guide gives them none: the last answer's subject
 * ("do they pay" after internships), or the two answers before it when pay is weighed ("which one pays more" after two
 * specialisations). Each must be a thing (a noun phrase, not a role or the career) whose entry never speaks of pay.
 */
export function unpaidInView(text: string, last: FaqEntry | undefined, before: FaqEntry | undefined): FaqEntry[] {
  // "what does it pay starting out" names the level whose pay is asked, not the thing in view.
  if (!last || !asksPay(text) || !POINTS_AT_A_THING.test(text.trim()) || namesALevel(text) || PEOPLE_EARN.test(text)) return [];
  // A sum asked after unpaid work ("what does it pay per hour?" after volunteering): the career's pay, not the volunteering's.
  if (UNPAID_WORK.test(last.title) && SUM_ASKED.test(text)) return [];
  const things = WEIGHS_PAY.test(text) && before && before.id !== last.id ? [before, last] : [last];
  // A plural pointer needs a plural thing: "they" after leadership are people, not the leadership skills.
  const plural = PLURAL_POINTER.test(text) && !POINTS_AT_ONE.test(text);
  return things.every((entry) => isNounPhrase(entry.title) && !NAMES_A_ROLE.test(entry.title) && !SPEAKS_OF_PAY.test(entry.answer) && (!plural || PLURAL_TITLE.test(entry.title))) ? things : [];
}

/** Pointers at several things ("are they paid?"), and at one ("is it paid?", "that one"). */
const PLURAL_POINTER = /\b(?:they|them|their|those|these|ones)\b/i;
const POINTS_AT_ONE = /\b(?:it|its|that|this|one)\b/i;
/** A title naming several of a thing ("Internships", "Soft skills"), not one ("Leadership"). */
const PLURAL_TITLE = /[a-z]s$/i;

/** "care manager(s)", "case management", "care coordinator": the question is about this career. */
export const NAMES_THE_CAREER = /\b(?:care|case) (?:manag|coordinat)/i;

/**
 * What was asked of one answer, given by an answer the guide relates to it: what one needs for the CMC beside the CCM
 * ("what do I need to qualify for it" after the CCM), the skill it singles out beside the key skills ("whats the most
 * important skill": communication, two steps away). Undefined for more than one answer, or when none near it gives it.
 */
export function saidNextDoor(deps: DialogDeps, asked: DirectAsk, entries: readonly FaqEntry[]): SaidNextDoor | undefined {
  const [entry, ...more] = entries;
  if (!entry || more.length > 0) return undefined;
  const relatedOf = (of: FaqEntry) => of.related.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  // The answers it relates, then theirs (the key skills, the soft skills, then communication).
  const near = relatedOf(entry);
  const around = [...new Map([...near, ...near.flatMap(relatedOf)].map((other) => [other.id, other])).values()].filter((other) => other.id !== entry.id);
  return around.map((other) => ({ entry: other, lines: linesSaying(other, asked) })).find(({ lines }) => lines.length > 0);
}

/** The two sides of an either-or, a few words each ("should i do a placement or an internship"). */
const EITHER_OR = /((?:[\w']+\s+){0,2}[\w']+)\s+or\s+((?:[\w']+\s+){0,2}[\w']+)/i;

/**
 * True when the two sides of the question's either-or are two names for one thing (the lexicon's words that mean the
 * same: "placement", "internship", "practicum"), answered by one entry: a choice of words, not two things to rank.
 */
export function namesOneThing(deps: DialogDeps, question: string, entries: readonly FaqEntry[]): boolean {
  const sides = EITHER_OR.exec(question.toLowerCase().replace(/[?!.,]+/g, ' '));
  if (entries.length !== 1 || !sides) return false;
  // The first side ends on its name, the second starts with it ("placement or internship while I'm studying").
  const groupOf = (side: string, first: boolean): number => {
    const words = side.split(/\s+/).filter((word) => !/^(?:a|an|the)$/.test(word));
    const ends = first ? [words.slice(-2).join(' '), words.at(-1) ?? ''] : [words.slice(0, 2).join(' '), words[0] ?? '', words.slice(-2).join(' '), words.at(-1) ?? ''];
    return deps.kb.lexicon.synonyms.findIndex((group) => ends.some((end) => group.includes(end)));
  };
  const group = groupOf(sides[1]!, true);
  return group >= 0 && group === groupOf(sides[2]!, false);
}

/** The entries on study, which answer a field of study asked of as they stand. */
const ON_STUDY: ReadonlySet<string> = new Set([DEGREE_ENTRY, 'what-is-needed', 'without-degree', 'bachelors-or-masters', 'courses']);

/** A credential with an answer of its own (the CCM, the CMC, a licence). */
const CREDENTIAL = /^(?:CCM|CMC)\b|^licen[cs]e\b/i;
/** A pointer back at the thing just named ("qualify for it", "could I qualify for that?"). */
const POINTS_BACK = /\b(?:it|that|this|one|them)\b/;

/**
 * A part that asks what it takes, pointing back at the credential the other part named ("So CCM first? What do I need
 * to qualify for it?", "What about the CCM certification? Could I qualify for that?"): asked of that credential, whose
 * requirements its answer gives or its lead says the guide does not list; never the career's needs beside it.
 */
export function asksWhatTheCredentialNeeds(credential: FaqEntry | null | undefined, part: string): boolean {
  return credential !== null && credential !== undefined && CREDENTIAL.test(credential.title) && directAsk(part)?.kind === 'requirements' && POINTS_BACK.test(normalise(part));
}

/**
 * The time to get a thing the guide has an answer on but gives no time for ("how long does it take to get the CCM", "How
 * long does the CCM take to obtain, and what does it cost?"): that thing's own answer, when the answer read is another
 * (the career's 6 to 8 years, tester ut36a P03 m3); undefined otherwise.
 */
export function timedThingsOwnEntry(kb: KnowledgeBase, question: string, read: FaqEntry): FaqEntry | undefined {
  const asked = directAsk(question);
  const own = asked?.kind === 'duration' ? durationThingEntry(kb, asked) : undefined;
  return own && asked?.kind === 'duration' && !givesDirectAsk(own, asked) && own.id !== read.id ? own : undefined;
}
