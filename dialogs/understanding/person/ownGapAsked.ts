/**
 * One's own route, gaps and skills asked in words the guide's search does not place (session 36, ut35c kind 4: each
 * got "outside what I can help with" or "I don't have an answer"): the jump to the title itself ("How do I make the
 * jump to an actual care manager title?", P08 m1), what they are missing ("what am i missing? i have no degree",
 * P10 m4), and how to get a skill without going back to school ("medical knowledge is the gap. how do I get that
 * without going back to nursing school", P05 m5). The guide answers each: its route, what it asks for, and the ways it
 * says skills are built (work experience, volunteering, professional development courses). Pure.
 */
import { normalise } from '../core/textMatch';

/** A title of the career, as people name it when they do not hold it yet ("an actual care manager title", "a real case manager role"). */
const THE_ROLE = String.raw`(?:an? |the |that )?(?:actual |real |official |proper |full |fully fledged |true )?(?:care|case) manag(?:er|ement)(?: (?:title|job title|role|job|position|post))?\b`;

/** The move into the career asked as a jump, a leap, a switch or getting the title. */
const JUMP_TO_THE_ROLE = new RegExp(
  [
    String.raw`\b(?:make|making|take|taking) (?:the|that|this|a|my) (?:jump|leap|move|switch|transition|step|shift|change) (?:in)?to ${THE_ROLE}`,
    String.raw`\b(?:get|getting|land|landing|earn|earning|hold|holding) (?:the|an?|that) (?:actual |real |official |proper )?(?:care|case) manager (?:title|job title)\b`,
    String.raw`\b(?:go|get|move|step|jump|transition|switch) (?:from (?:\w+ ){1,4})?(?:up )?(?:in)?to (?:an? |the )?(?:actual |real |official |proper |true )(?:care|case) manag(?:er|ement)\b`,
  ].join('|'),
);
/** Asked as how, or what it takes: "how do I ...", "what does it take to ...", "what steps ...". Not "could I make the jump?" (whether it suits them). */
const HOW_ASKED = /\bhow\b|\bwhat (?:does|would|will) it take\b|\bwhat (?:do|would|should|must) i (?:need to |have to )?do\b|\bwhat steps?\b|\bsteps? (?:to|for)\b/;

/** The way there asked, with the career named in the message: "long term i want to do care management. how do i get there from here". */
const GET_THERE = /\bhow (?:do|can|would|could|should|will) i (?:get|make it|go) (?:there|into (?:it|that|this))(?: from (?:here|where i am|now))?\b|\bhow do i get from here to there\b/;
/** The career named, as wanted or as the subject. */
const CAREER_NAMED = /\b(?:care|case) manag(?:er|ers|ement)\b/;

/** True when the message asks how to make the move into the career's title itself ("How do I make the jump to an actual care manager title?"). */
export function jumpToTheRoleAsked(text: string): boolean {
  const t = normalise(text);
  return (JUMP_TO_THE_ROLE.test(t) && HOW_ASKED.test(t)) || (GET_THERE.test(t) && CAREER_NAMED.test(t));
}

/**
 * What they lack, asked of themselves: "what am I missing?", "what would I be missing to move into our care mgmt team?",
 * "what do I lack?", "what gaps do I have?", "what's missing for me?", "where am I falling short?". One reader for what
 * two branches of session 36 read twice (misread36, tester ut35a P05 m3; declines36, ut35c P10 m4).
 */
const MISSING_ASKED = new RegExp(
  [
    String.raw`\bwhat (?:else )?(?:am i|m i|im|(?:would|will|could|might) i(?: still| even| really)? be|else am i|else would i be) (?:still |even |really )?(?:missing|lacking|short of)\b`,
    String.raw`\bwhat (?:else )?(?:do|would|will) i (?:still )?(?:lack|be lacking)\b`,
    String.raw`\bwhat (?:are|would be) my (?:gaps?|weak (?:spots?|points?))\b`,
    String.raw`\bwhat (?:gaps?|holes?) (?:do|would|will|might) i (?:still )?(?:have|need to (?:fill|close))\b`,
    String.raw`\bwhat (?:is|s) (?:still )?missing (?:for me|in my (?:background|case|profile))\b`,
    String.raw`\b(?:my|the) (?:gaps?|holes?) (?:in my (?:background|experience|resume|cv|skills))?\b.*\?`,
    String.raw`\bwhere (?:am i|are my) (?:short|falling short|weak|gaps?)\b`,
  ].join('|'),
);
/** A time asked beside the gaps ("how long would it take me, and what am I missing?") is a time: the route's own reader answers it. */
const TIME_ASKED = /\bhow (?:long|many (?:more )?(?:years?|yrs|months?)|soon|fast|quickly)\b/;

/** True when the message asks what the writer is missing for the career, and not how long it takes. */
export function gapsAsked(text: string): boolean {
  const t = normalise(text);
  return MISSING_ASKED.test(t) && !TIME_ASKED.test(t);
}

/** The skills the guide lists, by kind: the hard skills (medical knowledge, terminology, software, laws), the soft ones (people skills). */
const HARD_SKILL = /\b(?:medical|medicine|medications?|terminology|terms|procedures|clinical|software|computers?|ehr|emr|records? systems?|laws?|regulations?|technical|hard skills?|health ?care (?:system|systems|delivery)|know how)\b/;
const SOFT_SKILL = /\b(?:communicat\w*|empath\w*|people skills|interpersonal|soft skills?|problem solving|decision making|listening|patience|leadership)\b/;

/** Getting a skill asked how: "how do I get that", "how can I learn medical terminology", "how would I pick up the people skills". */
const GAINED =
  /\bhow (?:else )?(?:do|can|would|could|should|might|will|does) (?:i|you|u|one|someone|somebody|people|a person) (?:\w+ )?(?:get|gain|build|develop|learn|pick up|acquire|improve|brush up on|work on|strengthen|boost)\b(?: (.*))?$/;
/** A thing pointed at, not named: "that", "it", "this", "those", "them". */
const POINTER = /^(?:that|it|this|those|them|these|all that)\b/;
/** Without going back to school: "without going back to nursing school", "without a degree", "without another degree", "without college". */
const WITHOUT_SCHOOL =
  /\bwithout (?:going |having to go |heading )?(?:back )?(?:to )?(?:a |an |another |more |any |the |formal |nursing |med |medical )?(?:nursing |medical |grad |graduate )?(?:school|schooling|college|uni|university|degree|degrees|classes|program|study|studying|education)\b/;

/** The skill of the guide's list a question asks how to gain, by kind; null when it asks none. */
export interface SkillGained {
  kind: 'hard' | 'soft';
  /** Asked as a way round going back to school ("without going back to nursing school"). */
  withoutSchool: boolean;
}

/**
 * How to gain a skill of the guide's list, asked of a skill named in the question or pointed at ("that") and named in
 * the message before it ("ok so medical knowledge is the gap. how do I get that ..."). `said` is the whole message.
 */
export function skillGainedAsked(question: string, said: string = question): SkillGained | null {
  const asked = normalise(question);
  const gained = GAINED.exec(asked);
  if (!gained) return null;
  const object = gained[1] ?? '';
  // The words before the asking, in the question ("medical knowledge is the gap. how do I get that") or the message.
  const before = `${normalise(said.replace(question, ' '))} ${asked.slice(0, gained.index)}`;
  const pointed = POINTER.test(object);
  // The skill named in the question, or, pointed at, in the words before it.
  const where = pointed ? before : object;
  const kind = HARD_SKILL.test(where) ? 'hard' : SOFT_SKILL.test(where) ? 'soft' : null;
  // The skill must be a skill: "how do I get a job" or "how do I get that certification" ask nothing of skills.
  if (!kind || (!pointed && !/\b(?:skills?|knowledge|terminology|know how|terms|understanding)\b/.test(object))) return null;
  return { kind, withoutSchool: WITHOUT_SCHOOL.test(asked) || WITHOUT_SCHOOL.test(normalise(said)) };
}

/** A pay cut weighed ("wait so i'd take a pay cut??", "would I earn less?"), with no sum of their own in the message. */
const PAY_CUT = /\b(?:(?:a|any) )?(?:pay ?cut|cut in pay|drop in pay|pay drop|take a (?:cut|hit)|earn less|make less|get paid less|less money|lower pay|lose money)\b/;
/** A sum of money in the message: the weighing against it is situationAsked.ts payAgainstOwnSent's. */
const SUM = /\d/;

/** True when a pay cut is asked with no sum of their own in the message (the guide gives pay for care managers only). */
export function payCutAsked(text: string): boolean {
  const t = normalise(text);
  return PAY_CUT.test(t) && !SUM.test(t);
}

/** True when a pay cut is weighed, with or without a sum of their own ("i pull like 55k. so id take a pay cut huh"). */
export function payCutWeighed(text: string): boolean {
  return PAY_CUT.test(normalise(text));
}

/**
 * Whether they could, asked bare after a story that names the career or doing it for a living ("People keep telling me
 * I should do it for a living. Could I?"): whether the career may suit them. `said` is the whole message.
 */
const BARE_FIT =
  /^(?:(?:so|and|but|ok|okay|well|honestly) )*(?:(?:could|can|should|would) i(?: really| actually| realistically| ever)?(?: do (?:it|this|that))?(?: (?:really|realistically|though|tho))?|thoughts|any thoughts|your thoughts|what do you think|advice|any advice|(?:\w+ ){0,3}(?:got|get|gets|getting) me thinking(?: about (?:it|this|that|doing (?:it|this|that)))?)$/;
const FOR_A_LIVING = /\b(?:for a living|as a (?:job|career|living)|(?:care|case) manag(?:er|ers|ement))\b/;

export function bareFitAsked(question: string, said: string): boolean {
  const last = normalise(question.trim().split(/(?<=[.!?,;])\s+/).pop() ?? '');
  return BARE_FIT.test(last) && FOR_A_LIVING.test(normalise(said));
}

/** Care coordinated already, told ("I basically coordinate care as a second job already"). */
const COORDINATES = /\b(?:coordinat\w*|co ordinat\w*|juggl\w* (?:the |all the |their )?(?:appointments|care|doctors|providers))\b/;

/** True when the story tells of coordinating care already. */
export function coordinatingTold(said: string): boolean {
  return COORDINATES.test(normalise(said));
}

/** A master's weighed against a bachelor's ("do i need an MSN eventually or is the BSN enough"): the level, not the field. */
const MASTERS = /\b(?:msn|msw|mph|mha|master s|masters|master)\b/;
const BACHELORS = /\b(?:bsn|bsw|bachelor s|bachelors|bachelor|ba|bs)\b/;
const LEVEL_WEIGHED = /\b(?:or|enough|instead of|vs|versus|rather than)\b/;
const NEEDED = /\b(?:need|needs|needed|require|required|requires|enough|have to|must|should i)\b/;

/** True when a master's is weighed against a bachelor's as what is needed, both named. */
export function degreeLevelWeighed(text: string): boolean {
  const t = normalise(text);
  return MASTERS.test(t) && BACHELORS.test(t) && LEVEL_WEIGHED.test(t) && NEEDED.test(t);
}
