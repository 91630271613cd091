/**
 * Whether something the person has done counts as experience: "does looking after my mum count as experience?",
 * "would my supervisor experience count for anything?", "so 20 years as a sparky counts for nothing then". The guide
 * goes through no jobs one by one; it describes the experience it means (work, volunteering or interning in health or
 * social services). The reply says which: that counts when it is such work, and otherwise that the guide does not say,
 * before what it does say (answerTurn.ts).
 */
import { directAsk } from '../../knowledge/aspects';
import { tellsOfCareWork, tellsOfFamilyCare } from './aboutYou';
import { clausesOf } from './clauses';
import { normalise } from './textMatch';

/** "count", "counts as", "count towards", "counts for"; experience valued or of use ("would ICU experience be valued?"). */
const COUNTS = /\b(?:count|counts|counted)(?: (?:as|towards?|for))?\b|\bexperience (?:\w+ )?(?:be |is )?(?:valued|useful|relevant|helpful|of use|worth anything)\b/;
/** Counting as something other than experience: a degree, one's study, a related field ("would psychology count as related"), a course, a credential. */
const COUNTS_AS_OTHER = /\b(?:degree|degrees|field|related|course|courses|study|studies|major|qualification|diploma|certificat\w*|licen[cs]e|registration|credits?|hours|skills?)\b/;
/** Experience counted towards pay ("no I mean pay. I have 8 years nursing, would that count?"): asked of pay. */
const TOWARDS_PAY = /\b(?:pay|paid|salary|earn\w*)\b/;
/** Work told as unpaid ("it wasn't paid", "unpaid", "for no pay") or a paid job weighed: what the work is, not pay asked. */
const UNPAID = /\b(?:(?:was|were|is|wasnt|werent|isnt|not|never|didnt|did not|was not|were not|is not) (?:\w+ )?(?:paid|getting paid|get paid)|unpaid|(?:for|with|without) no pay|without pay|(?:for|with) no money|for free|paid (?:job|jobs|work|role|roles|position|positions|employment|post|placement))\b/g;

/** Asking what counts, not whether a thing does: "what experience counts then", "which kind counts?". */
const WHAT_COUNTS = /\b(?:what|which)(?: \w+){0,3} (?:count|counts|would count|does count)\b/;

/**
 * What the guide says of the thing asked about: work in health or social care counts; caring for one's own family it
 * never speaks of (it names work, volunteering and interning); of anything else it says nothing.
 */
export type ExperienceAsked = 'care-work' | 'family-care' | 'not-said';

/** Work the writer has done, told ("I did bar work for 6 years", "I've worked in retail"), which a question may weigh. */
const PAST_WORK = /\bi (?:have |had )?(?:worked|work|did|do|done|been doing|was|am an? |ran|run|managed|manage)\b|\b(?:\d+|a few|several|many|ten|five|two|three|four|six|seven|eight|nine|twenty) (?:years?|yrs) (?:in|as|of|doing|at)\b/;
/** Whether it helps: "does that help", "would it help", "is that any use", "will my experience matter". */
const HELPS = /\b(?:does|would|will|could|can|do|might) (?:that|it|this|those|all that|any of that|any of it|my (?:\w+ )?(?:experience|background|years|work|job)) (?:help|matter|be useful|be any use|be of use|count for anything|give me (?:a|an|any) (?:edge|head start|advantage|leg up))\b|\b(?:is|would) (?:that|it|this) (?:be )?(?:any use|useful|helpful|an advantage)\b/;

/**
 * Whether the message asks if something counts as experience, and what the guide says of it; null when it does not ask.
 * `told`, the whole message when `text` is the question in it, is read too for work told and asked whether it helps ("I
 * did bar work for 6 years, does that help"): whether it counts as the experience the guide describes.
 */
export function experienceAsked(text: string, told?: string): ExperienceAsked | null {
  const counts = countsAsked(text);
  if (counts || told === undefined) return counts;
  const said = normalise(told);
  if (!PAST_WORK.test(said) || !HELPS.test(said)) return null;
  return tellsOfCareWork(told) ? 'care-work' : 'not-said';
}

/** "does looking after my mum count as experience?": whether it counts, and what the guide says of it. */
function countsAsked(text: string): ExperienceAsked | null {
  const t = normalise(text);
  if (!COUNTS.test(t) || WHAT_COUNTS.test(t) || TOWARDS_PAY.test(t.replace(UNPAID, ' ')) || (!/\bexperience\b/.test(t) && COUNTS_AS_OTHER.test(t))) return null;
  // A subject of study weighed ("does sociology count as relevant"): a field, which the degree answer speaks to.
  if (directAsk(text)?.kind === 'field') return null;
  return tellsOfCareWork(text) ? 'care-work' : tellsOfFamilyCare(text) ? 'family-care' : 'not-said';
}

/**
 * Health work in the armed forces, told: "army medic", "a corpsman", "a navy nurse's aide". The guide speaks of no
 * military work; its experience is work in health or social services, and what it asks for is experience in case
 * management, counseling or healthcare delivery.
 */
const MILITARY_HEALTH = /\bmedics?\b|\bcorpsm[ae]n\b|\bmedical corps\b|\b(?:army|military|navy|naval|air force|raf|forces|combat|field) (?:nurse|nursing|doctor|medical|health\w*|hospital|ambulance)\b/;

/** True when the message tells of health work in the armed forces ("I was an army medic for 8 years"). */
export function tellsOfMilitaryHealthWork(text: string): boolean {
  return MILITARY_HEALTH.test(normalise(text));
}

/** Managing people, teams, rotas or budgets, told of work outside care ("20 years managing people, rotas and budgets"). */
const MANAGING =
  /\b(?:manag(?:e|ed|es|ing)|manager|managers|management|supervis\w*|team leader|team lead|line manag\w*|(?:led|lead|leading|ran|run|running) (?:a |the |my )?(?:team|teams|staff|department|shop|store|site|shift|shifts)|in charge of|rotas?|budgets?|budgeting)\b/;
/** Management that is the career's own or the guide's words ("case management", "care manager"), which is not it. */
const CAREER_MANAGEMENT = /\b(?:care|case|disease|chronic disease|resource|time|stress) manag\w*\b/g;

/** True when the message tells of managing people, teams or budgets ("I've managed a team of 30 in retail"). */
export function tellsOfManaging(text: string): boolean {
  return MANAGING.test(normalise(text).replace(CAREER_MANAGEMENT, ' '));
}

/** Someone of one's family, after "my" or "our" (a few words may come between: "my elderly nan", "my mum in law"). */
const RELATIVE =
  '(?:mum|mom|mother|mam|dad|father|parents?|son|daughter|husband|wife|partner|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents?|nan|nana|nanna|sister|brother|aunt|auntie|uncle|family|relatives?|in laws)';
/** A clause about someone else, not the person: "my nan has been in a nursing home for 3 years", "she moved in 2 years ago". */
const OF_SOMEONE_ELSE = new RegExp(`^(?:(?:and|but|so|because|cos|as|since|well|also|plus|now)\\s+)*(?:(?:my|our)(?: \\w+){0,2} ${RELATIVE}\\b|(?:she|he|they|her|his|their)\\b)`);
/** A relative's place named as theirs: "my grandma's care home" (normalised "my grandma care home"), "my dad's nursing home". */
const RELATIVES_PLACE = new RegExp(`\\b(?:my|our)(?: \\w+)? ${RELATIVE} (?:care|nursing|residential|retirement|old people s?) homes?\\b|\\b(?:visit|visiting|visited|see|seeing) (?:my|our|her|him|them)\\b`);
/** Caring for one's own family, which is no work in the field: "looked after my mum", "caring for her full time", "a carer for my dad". */
const CARES_FOR_FAMILY = new RegExp(
  `\\b(?:look(?:s|ing|ed)? after|car(?:e|es|ed|ing) for|carer (?:for|to|of)|nurs(?:e|ed|ing))(?: (?:my|our)(?: \\w+)?)? (?:${RELATIVE}|her|him|them)\\b(?! (?:patients|clients|residents|service users))`,
);
/** A clause that foresees or supposes, not tells: "if she gets worse", "I might end up caring", "I may have to", "I'll probably". */
const FORESEEN = /^(?:(?:and|but|so|or|then)\s+)*(?:if|unless|when|once|in case|maybe|perhaps)\b|\b(?:might|may|could|would|will|ll|going to|gonna) (?:(?:probably|possibly|well|eventually|have to|need to|end up|be) )*(?:end up|have to|need to|start|be|become|do|go|get|work|care|look)\b/;
/** Where a part of its own starts inside a clause: "4 years in a hospital if that counts", "... and if she gets worse", "... but I've ...". */
const PART_BREAK = /\s+(?:(?:and|but|so)\s+)?(?=(?:if|unless|in case)\b)|\s+but\s+/i;
/** A joining word left alone where a part was split off ("..., and if he gets worse"). */
const ONLY_A_JOINING_WORD = /^(?:and|but|so|or|then|plus)$/;
/** Going or being at a place named before ("my grandma's care home, I go there most weekends"): the relative's place. */
const AT_THAT_PLACE = /\b(?:go|goes|going|went|been|visit\w*|pop|popping) (?:in )?there\b/;

/**
 * The part of an answer about the person's own work that counts towards their years in the field: its clauses that tell
 * of it, not of someone else ("my nan has been in a nursing home for 3 years"), of a relative's place ("my grandma's care
 * home, I go there most weekends"), of caring for one's own family ("I've looked after my mum for 4 years"), or of what
 * may come ("if my mum gets worse I might end up caring for her full time"). The guide's experience is work,
 * volunteering or interning in health or social services; none of those tells of it. Empty when nothing is left.
 */
export function ownWorkPart(text: string): string {
  const parts = clausesOf(text).flatMap((clause) => clause.split(PART_BREAK));
  const ofOthers = (said: string): boolean => OF_SOMEONE_ELSE.test(said) || RELATIVES_PLACE.test(said);
  const othersNamed = parts.some((part) => ofOthers(normalise(part)));
  return parts
    .filter((part) => {
      const said = normalise(part);
      return said !== '' && !ONLY_A_JOINING_WORD.test(said) && !ofOthers(said) && !(othersNamed && AT_THAT_PLACE.test(said)) && !CARES_FOR_FAMILY.test(said) && !FORESEEN.test(said);
    })
    .join('. ');
}

/** A way of gaining experience that the guide names and answers on its own, named in the message: a practicum, volunteering. */
const WAYS_NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:practicum|practicums|placement|placements|internship|internships|interning|intern)\b/, 'internships'],
  [/\b(?:volunteer|volunteers|volunteered|volunteering)\b/, 'volunteering'],
];

/** The entry of the way of gaining experience the message names ("my practicum in a hospice"), if it names one. */
export function experienceWayNamed(text: string): string | undefined {
  const t = normalise(text);
  return WAYS_NAMED.find(([named]) => named.test(t))?.[1];
}
