/**
 * Whether the person asks if something about themselves stands in the way of the career ("I'm quite shy, is that a
 * dealbreaker?", "I have dyslexia, can I still do this?", "I'm an introvert, would that hold me back?"). The guide
 * speaks of no personal trait, condition or record: the reply says so before what it says the job calls for, and is a
 * decline, never the skill's answer given as if it answered (answerTurn.ts, rendering/traitReplies.ts).
 */
import { normalise } from '../core/textMatch';

/** Words that only say how much ("quite shy", "a bit anxious", "kinda introverted"). */
const HOW_MUCH = String.raw`(?:(?:quite|very|really|pretty|a bit|a little|kind of|kinda|sort of|super|so|too|extremely|naturally|generally|always|often) )*`;

/** What one is: a trait of character or a condition ("shy", "an introvert", "not a people person", "dyslexic"). */
const IS_TRAITS = String.raw`(?:shy|introverted|(?:an |a bit of an |bit of an )?introvert|quiet|reserved|timid|anxious|nervous|awkward|socially awkward|not (?:very |that |too |so |really )?(?:confident|outgoing|organi[sz]ed|(?:good|great) (?:with|at) (?:people|talking|computers|tech|technology|maths?|numbers|writing)|a people person|a talker|tech savvy|patient)|disorgani[sz]ed|forgetful|dyslexic|autistic|neurodivergent|deaf|hard of hearing|disabled|(?:a )?wheelchair user|in a wheelchair|impatient|sensitive|emotional|(?:bad|terrible|awful|rubbish) (?:with|at) (?:computers|tech|technology|numbers|people|maths?|talking to people|writing))`;
/** What one has: a condition or a record ("anxiety", "a criminal record", "a stammer"). */
const HAS_TRAITS = String.raw`(?:social anxiety|anxiety|depression|dyslexia|dyspraxia|adhd|add|autism|asd|a disability|a learning disability|a chronic illness|a criminal record|a record|a conviction|a stammer|a stutter|panic attacks)`;

/** "I'm quite shy", "I am an introvert", "I have dyslexia", "I get nervous talking to people", "I struggle with anxiety". */
const OWN_TRAIT = new RegExp(
  String.raw`\bi (?:m|am|ve always been|have always been|ve been|was|tend to be) ${HOW_MUCH}(${IS_TRAITS})\b|\bi (?:have|ve got|got|suffer from|struggle with|live with|deal with) ${HOW_MUCH}(${HAS_TRAITS})\b|\bi (?:get|feel) ${HOW_MUCH}(nervous|anxious|shy|awkward|overwhelmed)\b`,
);

/**
 * The same of someone else the writer asks for ("She's pretty introverted. Is this a good job for a quiet person?", "my
 * son is shy, would that be a problem?"): tester ut33c, P6 #5. Asked of anyone ("a good career for an introvert?"), the
 * guide's answer on who it suits is kept.
 */
const OTHERS_TRAIT = new RegExp(
  String.raw`\b(?:she|he|they) (?:is|s|are|re|has always been|have always been|tends to be|tend to be) ${HOW_MUCH}(${IS_TRAITS})\b|\b(?:my|our|her|his) (?:son|daughter|student|kid|child|friend|partner|wife|husband|brother|sister|niece|nephew|grandson|granddaughter) (?:is|s) ${HOW_MUCH}(${IS_TRAITS})\b`,
);
/** Asked whether the job suits such a person: "a good job for", "suit", "right for". */
const ASKS_IF_IT_SUITS = /\b(?:good|great|bad|ok|okay|right|suitable) (?:job|fit|career|choice|match|option|role|path|line of work) for\b|\b(?:suit|suits|suited|right for)\b/;

/** Asked whether it stands in the way: a problem, a dealbreaker, holding back, ruling out, whether one can still. */
const ASKS_IF_IT_STANDS_IN_THE_WAY =
  /\b(?:problem|problems|issue|issues|dealbreaker|deal breaker|hold me back|holds me back|hold back|stop me|stops me|barrier|obstacle|disadvantage|rule me out|rules me out|count against me|counts against me|bad fit|a bad idea|matter|matters|(?:can|could|would) i still|will i still|still (?:be able|do|become|work)|(?:is|would) (?:that|it|this) be (?:ok|okay|fine|alright)|(?:is|s) (?:that|it|this) (?:ok|okay|fine|alright)|not (?:suited|cut out)|suited|cut out for)\b/;

/** The guide's entry on what the job calls for nearest a trait: dealing with people, computers, numbers, keeping organized. */
const CALLS_FOR_NEAREST: ReadonlyArray<readonly [RegExp, string]> = [
  [/shy|introvert|quiet|reserved|timid|nervous|anxious|anxiety|awkward|confident|outgoing|people|talk|stammer|stutter/, 'communication'],
  [/computer|tech/, 'computer-skills'],
  [/math|numbers/, 'hard-skills'],
  [/organi|forgetful/, 'case-management'],
];
/** What the job calls for in general, for any other trait. */
const CALLS_FOR = 'right-for-me';

export interface TraitAsked {
  /** The trait as the reply names it ("being shy", "having dyslexia"). */
  trait: string;
  /** Whose trait: the writer's, or someone's they ask for. */
  whose: 'own' | 'other';
  /** The guide's entry on what the job calls for nearest it. */
  nearest: string;
}

/** The trait told and asked whether it stands in the way, and the entry nearest it; null otherwise. */
export function ownTraitAsked(text: string): TraitAsked | null {
  const said = normalise(text);
  const found = OWN_TRAIT.exec(said);
  if (!found) return othersTraitAsked(said);
  if (!ASKS_IF_IT_STANDS_IN_THE_WAY.test(said)) return null;
  const [, is, has, feels] = found;
  const trait = is ? (is.startsWith('not ') ? `not being ${is.slice('not '.length)}` : `being ${is.replace(/^(?:a bit of |bit of )?an /, 'an ')}`) : has ? `having ${has.replace(/\b(?:adhd|add|asd)\b/, (short) => short.toUpperCase())}` : feels ? `getting ${feels}` : null;
  if (!trait) return null;
  return { trait, whose: 'own', nearest: CALLS_FOR_NEAREST.find(([words]) => words.test(trait))?.[1] ?? CALLS_FOR };
}

/** A trait of someone else's, asked whether it stands in the way or whether the job suits it. */
function othersTraitAsked(said: string): TraitAsked | null {
  const other = OTHERS_TRAIT.exec(said);
  const named = other?.[1] ?? other?.[2];
  if (!named || !(ASKS_IF_IT_STANDS_IN_THE_WAY.test(said) || ASKS_IF_IT_SUITS.test(said))) return null;
  const trait = named.startsWith('not ') ? `not being ${named.slice('not '.length)}` : /^introverts?$/.test(named) ? 'being an introvert' : `being ${named.replace(/^(?:a bit of |bit of )?an /, 'an ')}`;
  return { trait, whose: 'other', nearest: CALLS_FOR_NEAREST.find(([words]) => words.test(trait))?.[1] ?? CALLS_FOR };
}
