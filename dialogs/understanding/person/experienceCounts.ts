/**
 * Whether something the person has done counts as experience: "does looking after my mum count as experience?",
 * "would my supervisor experience count for anything?", "so 20 years as a sparky counts for nothing then". The guide
 * goes through no jobs one by one; it describes the experience it means (work, volunteering or interning in health or
 * social services). The reply says which: that counts when it is such work, and otherwise that the guide does not say,
 * before what it does say (answerTurn.ts).
 */
import { directAsk } from '../../../knowledge/aspects';
import { tellsNationality, tellsNoDegree } from '../../../knowledge/beyondGuide';
import { notOfPeople, tellsOfCareSoftware, tellsOfCareWork, tellsOfFamilyCare, tellsOfOthersCaring } from './aboutYou';
import { clausesOf } from '../core/clauses';
import { looksLikeQuestion, normalise, wordMatches } from '../core/textMatch';
import { STANDS_IN_THE_WAY } from './gapWeighed';
import { tellsOfWorkBesideTheCare } from './workBesideTheCare';

/** "count", "counts as", "count towards", "counts for"; experience valued or of use ("would ICU experience be valued?"). */
const COUNTS = /\b(?:count|counts|counted)(?: (?:as|towards?|for))?\b|\b(?:is|would|will) (?:that|this|it|all that)(?: be)? (?:real |proper )?experience$|\bexperience (?:\w+ )?(?:be |is )?(?:valued|useful|relevant|helpful|of use|worth anything)\b/;
/** Counting as something other than experience: a degree, one's study, a related field ("would psychology count as related"), a course, a credential. */
const COUNTS_AS_OTHER = /\b(?:degree|degrees|field|related|course|courses|study|studies|major|qualification|diploma|certificat\w*|licen[cs]e|registration|credits?|hours|skills?)\b/;
/**
 * A qualification weighed, not work ("Does an LPN count as a nursing background or do I need to be an RN first?"): a
 * field's background counted as, or a job, license or degree asked whether it is needed beside it. The degree and
 * what is needed answer it, not the experience the guide describes.
 */
const QUALIFICATION_WEIGHED =
  /\bcount(?:s|ed)? as (?:a |an )?(?:nursing|social work|health ?care|medical|clinical) (?:background|degree|qualification|education)\b|\b(?:need|needs|have|has|got) to be (?:a |an )?(?:nurse|rn|registered nurse|social worker)(?: first)?\b|\bmust (?:i|you|u|one) be (?:a |an )?(?:nurse|rn|registered nurse|social worker)\b|\b(?:need|needs|require|requires|required) (?:a |an |my )?(?:bsn|msn|msw|bachelor s|bachelors?|degree|licen[cs]e)\b/;
/** Experience counted towards pay ("no I mean pay. I have 8 years nursing, would that count?"): asked of pay. */
const TOWARDS_PAY = /\b(?:pay|paid|salary|earn\w*)\b/;
/** Work told as unpaid ("it wasn't paid", "unpaid", "for no pay") or a paid job weighed: what the work is, not pay asked. */
const UNPAID = /\b(?:(?:was|were|is|wasnt|werent|isnt|not|never|didnt|did not|was not|were not|is not) (?:\w+ )?(?:paid|getting paid|get paid)|unpaid|(?:for|with|without) no pay|without pay|(?:for|with) no money|for free|paid (?:job|jobs|work|role|roles|position|positions|employment|post|placement))\b/g;

/** Asking what counts, not whether a thing does: "what experience counts then", "which kind counts?". */
const WHAT_COUNTS = /\b(?:what|which)(?: \w+){0,3} (?:count|counts|would count|does count)\b/;

/**
 * What the guide says of the thing asked about: work in health or social care counts; caring for one's own family it
 * never speaks of (it names work, volunteering and interning); volunteering or interning at a place not told to be in
 * health or social care ('way') counts when it is at such a place; of anything else it says nothing.
 */
export type ExperienceAsked = 'care-work' | 'family-care' | 'not-said' | 'way';

/** Work the writer has done, told ("I did bar work for 6 years", "I've worked in retail"), which a question may weigh. */
const PAST_WORK = /\bi (?:have |had )?(?:worked|work|did|do|done|been doing|was|am an? |ran|run|managed|manage)\b|\bmy (?:\w+ )?(?:job|work|role|background) (?:is|was|involves|involved)\b|\bmy \w+ background\b|\bi (?:dispatch|drive|teach|sell|cook|clean|coordinate|organi[sz]e|juggle|handle|supervise|deal with|look after)\b|\b(?:\d+|a few|several|many|ten|five|two|three|four|six|seven|eight|nine|twenty) (?:years?|yrs) (?:in|as|of|doing|at)\b|\bi (?:have |had )?been (?:a |an )(?:\w+ ){1,3}(?:for )?(?:\d+|a few|several|many|ten|five|two|three|four|six|seven|eight|nine|twenty) (?:years?|yrs)\b/;
/** True when the message tells of the writer's own work ("I do the special needs route", "I run my own business"). */
export function tellsOwnWork(text: string): boolean {
  return PAST_WORK.test(normalise(text));
}

/** Whether it helps: "does that help", "would it help", "is that any use", "will my experience matter". */
const HELPS = /\b(?:does|would|will|could|can|do|might) (?:that|it|this|those|all that|any of that|any of it|my (?:\w+ )?(?:experience|background|years|work|job|skills)) (?:help|matter|be useful|be any use|be of use|count for anything|carry over|transfer|translate|give me (?:a|an|any) (?:edge|head start|advantage|leg up))\b|\b(?:is|would) (?:that|it|this) (?:be )?(?:any use|useful|helpful|an advantage)\b|(?:^|[.,;] ?| )(?:that|it|this) (?:help|helps|count|counts|useful)$/;

/**
 * Whether the message asks if something counts as experience, and what the guide says of it; null when it does not ask.
 * `told`, the whole message when `text` is the question in it, is read too for work told and asked whether it helps ("I
 * did bar work for 6 years, does that help"): whether it counts as the experience the guide describes.
 */
export function experienceAsked(text: string, told?: string): ExperienceAsked | null {
  const counts = countsAsked(text);
  // "does portering count as experience or nah" after "been a porter at the hospital 9 yrs": the work told before it.
  if (counts === 'not-said' && told !== undefined && pointsAtTheStory(text, told)) return verdictOn(told);
  if (counts || told === undefined) return counts;
  const said = normalise(told);
  if (!PAST_WORK.test(said) || !HELPS.test(said)) return null;
  return tellsOfCareWork(told) ? 'care-work' : 'not-said';
}

/** Words of a question whether something counts that name nothing of their own ("would all that count as experience then?"). */
const ASKING_WORDS = new Set(
  'does do did would will could can is was are that this it those all any of my the a an as count counts counted counting towards toward for experience exp anything something much really even actually still then so or nah not no yes right ok okay lol too also years year yrs work job jobs background role good relevant useful valued be'.split(' '),
);
/** The first letters two words share to be one word's kin ("porter", "portering"). */
const KIN_LETTERS = 5;

/**
 * True when the question asks of the work told before it: it names nothing of its own ("does that count?"), or only
 * words the story told ("been a porter at the hospital... does portering count?").
 */
function pointsAtTheStory(question: string, told: string): boolean {
  const story = normalise(told.replace(question, ' ')).split(' ').filter(Boolean);
  if (story.length === 0) return false;
  const own = normalise(question).split(' ').filter((word) => word && !ASKING_WORDS.has(word));
  return own.every((word) => story.some((said) => said === word || (word.length >= KIN_LETTERS && said.length >= KIN_LETTERS && said.slice(0, KIN_LETTERS) === word.slice(0, KIN_LETTERS))));
}

/**
 * What the guide itself names of the work told, in its words: the place (hospitals, nursing homes, community health
 * centers, social service agencies) and the first job (healthcare assistant, social worker, counselor; care
 * coordinator or case manager). Read from the person's own work only (ownWorkPart), never a relative's place.
 */
export interface WorkNamed {
  place?: string;
  job?: string;
  /** Volunteering or interning, the ways the guide names. */
  way?: string;
}

const PLACES_NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhospitals?\b/, 'hospitals'],
  [/\bnursing homes?\b/, 'nursing homes'],
  [/\b(?:care|residential|old people s?|retirement) homes?\b|\bresidential care\b|\bhomes? for (?:the )?(?:old|elderly|older|aged) (?:people s?|persons?|folks?|adults)?\b|\bhomes? for the (?:elderly|aged)\b/, 'nursing homes and residential care facilities'],
  [/\bcommunity health (?:cent(?:er|re)s?|clinics?)\b/, 'community health centers'],
  [/\bsocial services?\b|\bsocial service agenc\w+/, 'social service agencies'],
];
const JOBS_NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:health ?care|care) (?:assistant|assistent|asistant)s?\b|\bhcas?\b/, 'healthcare assistant'],
  [/\bsocial workers?\b/, 'social worker'],
  [/\bcounsel(?:l)?(?:ors?|ing)\b/, 'counselor'],
  [/\b(?:care co ?ordinators?|case managers?)\b/, 'care coordinator or case manager'],
];

/** What the guide names of the person's own work told in the message, if anything. */
export function workNamed(text: string): WorkNamed | null {
  const own = normalise(ownWorkPart(text));
  const place = PLACES_NAMED.find(([named]) => named.test(own))?.[1];
  const job = JOBS_NAMED.find(([named]) => named.test(own))?.[1];
  const way = place || job ? undefined : WAYS_NAMED.find(([named]) => named.test(own))?.[1];
  if (way) return { way: way === 'volunteering' ? 'volunteering' : 'interning' };
  return place || job ? { ...(place ? { place } : {}), ...(job ? { job } : {}) } : null;
}

/** Experience weighed as good for the career ("this is good experience for care manager yes?", "is that relevant experience"). */
const GOOD_EXPERIENCE = /\b(?:good|relevant|useful|valuable|proper|the right|the right kind of|the right sort of) experience\b/;
/** Asked as a yes or no: opening with its verb, or closed by "yes?", "right?", "or not?". */
const YES_OR_NO =
  /^(?:(?:so|and|but|ok|okay)\s+)*(?:is|would|does|will|are|could|isnt|wouldnt|doesnt)\b|\b(?:yes|right|yeah|no|isnt it|is it|or not|correct|true)$|\b(?:is|isnt|would|will) (?:that|this|it|these|those)(?: be)? (?:\w+ )?experience\b/;

/** "does looking after my mum count as experience?": whether it counts, and what the guide says of it. */
function countsAsked(text: string): ExperienceAsked | null {
  const t = normalise(text);
  if (GOOD_EXPERIENCE.test(t) && YES_OR_NO.test(t) && !WHAT_COUNTS.test(t)) return verdictOn(text);
  if (!COUNTS.test(t) || WHAT_COUNTS.test(t) || QUALIFICATION_WEIGHED.test(t) || TOWARDS_PAY.test(t.replace(UNPAID, ' ')) || (!/\bexperience\b/.test(t) && COUNTS_AS_OTHER.test(t))) return null;
  // A subject of study weighed ("does sociology count as relevant"): a field, which the degree answer speaks to.
  if (directAsk(text)?.kind === 'field') return null;
  return verdictOn(text);
}

/**
 * What the guide says of the work told: care work (only the person's own: "my mum is in a nursing home and I visit
 * her" tells of none), one's own family, volunteering or interning at a place not told, or nothing.
 */
function verdictOn(text: string): ExperienceAsked {
  // Work on the field's software ("EHR templates in case management software"), with no care work told outside the
  // question: a skill the guide names, not the experience it describes (tester ut28a).
  if (tellsOfCareSoftware(text) && !tellsOfCareWork(clausesOf(ownWorkPart(text)).filter((clause) => !looksLikeQuestion(clause)).join('. '))) return 'not-said';
  // "does 8 yrs of animal care count as experience?": care of animals is no health or social services (tester ut36a P02 m10).
  // "does working security at a hospital count?": the place is the guide's, the work is not care (workBesideTheCare.ts).
  if (tellsOfCareWork(ownWorkPart(text))) return tellsOfFaithWork(text) || tellsOfAnimalCare(text) || tellsOfWorkBesideTheCare(ownWorkPart(text)) ? 'not-said' : 'care-work';
  if (tellsOfFamilyCare(text)) return 'family-care';
  const own = ownWorkPart(text);
  return experienceWayNamed(own) && !wayAtAPlaceNotNamed(own) ? 'way' : 'not-said';
}

/**
 * Volunteering or interning told at a place that is plainly not in health or social care ("volunteering at my library",
 * "an internship in a bank"): the guide names only healthcare facilities and social service organizations, so it does
 * not say whether that counts (care work told is read before this). A place that may be a social service (a youth club,
 * a food bank) keeps the answer's "if it is at such a place, yes".
 */
const AT_A_PLACE =
  /\b(?:at|in) (?:(?:my|our|a|an|the|their|his|her) )?(?:local |nearby |community |public |school )?(?:library|libraries|church|churches|mosque|temple|synagogue|school|schools|college|university|animal shelters?|museum|zoo|charity shop|thrift store|shop|store|office|bank|gym|sports club|park)\b/;

export function wayAtAPlaceNotNamed(text: string): boolean {
  return experienceWayNamed(text) !== undefined && AT_A_PLACE.test(normalise(text));
}

/** Care of animals, not people: "animal care", "vet tech", "a zoo", "a kennel", with no patients or clients told. */
const ANIMAL_CARE = /\b(?:animals?|animal care|pets?|vets?|veterinar\w*|vet techs?|zoos?|zookeep\w*|zoo keep\w*|kennels?|livestock|horses?|dogs?|cats?)\b/;
const PEOPLE_CARED_FOR = /\b(?:patients?|clients?|residents?|elderly|people|children|kids|families)\b/;

/** True when the care told is of animals, not people ("does 8 yrs of animal care count?"). */
export function tellsOfAnimalCare(text: string): boolean {
  const t = normalise(text);
  return ANIMAL_CARE.test(t) && !PEOPLE_CARED_FOR.test(t);
}

/** Care done in a religious setting: "pastoral counseling", "counseling in a church setting", "our parish's care team", "a chaplain". */
const FAITH_WORK = /\b(?:pastoral|church\w*|parish\w*|ministr(?:y|ies)|chaplain\w*|faith based|faith|religious|spiritual|congregation\w*|mosque|temple|synagogue|clergy|pastor|priest|imam|rabbi)\b/;
/** A place of health care told with it ("a hospital chaplain"): work in health services, whatever its faith. */
const HEALTH_PLACE = /\b(?:hospitals?|hospices?|nursing homes?|clinics?|care homes?|health cent(?:er|re)s?)\b/;

/**
 * True when the care work told is done in a religious setting and no health place ("does pastoral counseling count?",
 * "counseling in a church setting"): the guide names counseling among the experience it describes, but never says
 * whether it counts outside health or social services, so it does not say whether this does.
 */
export function tellsOfFaithWork(text: string): boolean {
  const t = normalise(text);
  return FAITH_WORK.test(t) && !HEALTH_PLACE.test(t);
}

/** True when the message tells of care or counseling done in a religious setting ("a youth pastor ... lots of crisis counseling"). */
export function faithCareTold(text: string): boolean {
  return tellsOfFaithWork(text) && tellsOfCareWork(ownWorkPart(text));
}

/** Counseling of a kind or place the guide's health and social services are: "addiction counselling", "at the clinic". */
const COUNSELING_IN_THE_FIELD = /\b(?:addiction|substance|drug|alcohol|rehab\w*|mental health|psych\w*|clinical|school|grief|hospice|social work\w*|social services?|agenc(?:y|ies)|nhs|licensed|lpc|lcsw)\b/;

/**
 * True when the work asked of is counseling told with no place or kind of its own ("Would my counseling with teens count
 * as experience?"): after faith work told (`faithCareTold`), that counseling is the ministry's, which the guide never
 * speaks of; "5 years doing addiction counselling" or counseling at a hospital is work in the field.
 */
export function counselingWithoutItsPlace(text: string): boolean {
  const t = normalise(text);
  return /\bcounsel\w*/.test(t) && !HEALTH_PLACE.test(t) && !COUNSELING_IN_THE_FIELD.test(t);
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
  /\b(?:manag(?:e|ed|es|ing)|manager|managers|management|supervis\w*|foreman|forewoman|foremen|leadership|(?:men|people|staff|workers|guys) under me|team leader|team lead|line manag\w*|(?:led|lead|leading|ran|run|running) (?:a |the |my )?(?:team|teams|staff|department|shop|store|site|shift|shifts)|in charge of|rotas?|budgets?|budgeting|(?:led|lead|leading|ran|run|running|supervised|commanded|managed) (?:a |the |my |over )?(?:\d+ |a few |dozens of |hundreds of |a crew of |a team of )?(?:\w+ )?(?:sailors|soldiers|troops|marines|airmen|people|staff|employees|workers|crews?|men|guys|volunteers|reps|agents|drivers|techs))\b/;
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
  `\\b(?:look(?:s|ing|ed)? after|car(?:e|es|ed|ing) for|(?:take|takes|took|taking|taken) care(?: of)?|carer (?:for|to|of)|nurs(?:e|ed|ing))(?: (?:my|our)(?: \\w+)?| an?)? (?:${RELATIVE}|family members?|loved ones?|her|him|them)\\b(?! (?:patients|clients|residents|service users))|\\b(?:family|unpaid|informal) (?:carer|caregiver|care giver)s?\\b`,
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
  const ofOthers = (said: string): boolean => OF_SOMEONE_ELSE.test(said) || RELATIVES_PLACE.test(said) || tellsOfOthersCaring(said);
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
  const named = WAYS_NAMED.find(([way]) => way.test(t))?.[1];
  // Typed with a slip ("my volunter work"): one slip forgiven in the longer words.
  if (named) return named;
  return t.split(' ').some((word) => VOLUNTEER_WORDS.some((meant) => wordMatches(word, meant))) ? 'volunteering' : undefined;
}
const VOLUNTEER_WORDS = ['volunteer', 'volunteering', 'volunteered'];

// ---------------------------------------------------------------- a degree weighed

/**
 * A degree of the writer's asked whether it counts ("I have a bachelor in pedagogy from Poland, does it count?", "would
 * my criminal justice associate degree count?", "My degree from Poland is counting or I need to study again?"): the
 * field when it is told, whether the guide names it (nursing, social work), whether it is from another country and
 * whether it is an associate degree, which the guide never speaks of.
 */
export interface DegreeWeighed {
  /** The field of study, as typed ("pedagogy"), or the guide's name for a short form ("BSW": social work); null when untold. */
  field: string | null;
  /** The guide names the field (nursing, social work). */
  named: boolean;
  /** Gained in another country ("from Poland", "my Polish degree", "back home"). */
  abroad: boolean;
  /** An associate degree, where the guide speaks of bachelor's and master's degrees. */
  associate: boolean;
  /** Asked whether they would have to study again, which the guide does not say. */
  studyAgain: boolean;
  /** A field the guide names among what a degree program teaches (gerontology), though not as a degree of its own. */
  taught?: boolean;
  /** Asked whether it lets them in ("am I eligible", "can I apply"): what the guide says of a degree outside its fields answers that too. */
  eligibility?: boolean;
  /** Asked whether it stands in the way ("is that a problem?", "does that kill it?"): a field the guide names is a no. */
  inTheWay?: boolean;
}

/** Whether the degree lets them in: "am I eligible", "can I still apply". */
const ASKS_ELIGIBILITY = new RegExp(String.raw`\b(?:eligib\w*|elegib\w*|(?:can|could|may) i (?:still )?(?:apply|get in|get into it))\b|${STANDS_IN_THE_WAY.source}`);

/**
 * What the guide says a degree program teaches: "medical terminology, health services administration, health care law
 * and ethics, and gerontology". A degree in one of them is not named as a degree, but the subject is.
 */
const TAUGHT_IN_A_DEGREE = /\b(?:geronto\w*|health (?:services? )?administration|health ?care (?:law|ethics)|medical terminology)\b/;

/** True when the guide names the field among what a degree program teaches ("gerontology"). */
export function taughtInADegree(field: string): boolean {
  return TAUGHT_IN_A_DEGREE.test(normalise(field));
}

/**
 * Degrees written by their short form in fields the guide does not name, as people from many countries write them
 * ("am I BPT eligible": a bachelor of physiotherapy). Read as the field, which the guide's answer on degrees weighs.
 */
const OTHER_SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:bpt|mpt|bpth|dpt)\b/, 'physiotherapy'],
  [/\b(?:bpharm|mpharm|pharmd|bpharma)\b/, 'pharmacy'],
  [/\b(?:mbbs|mbchb)\b/, 'medicine'],
  [/\b(?:bds)\b/, 'dentistry'],
  [/\b(?:bcom|mcom)\b/, 'commerce'],
  [/\b(?:bba|mba)\b/, 'business administration'],
  [/\b(?:llb)\b/, 'law'],
  [/\b(?:bmlt|bmls)\b/, 'medical laboratory science'],
];
/** Those short forms in one pattern, to read a degree of the writer's told by one. */
const OTHER_SHORT_FORM = new RegExp(OTHER_SHORT_FORMS.map(([form]) => form.source).join('|'));

/** A degree, by its kind ("bachelor", "BA", "associate") or the word itself. */
const DEGREE_NOUN = String.raw`(?:degree|degrees|bachelor s|bachelors?|master s|masters?|ba|bsc|bs|ma|msc|ms|associate s|associates?|diploma|major|undergrad(?:uate)?(?: degree)?)`;
/** Short forms that name the field with the degree. */
const SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:bsn|msn|adn|rn)\b/, 'nursing'],
  [/\b(?:bsw|msw|dipsw)\b/, 'social work'],
  ...OTHER_SHORT_FORMS,
];
/** Where a field named after "in" or "of" ends: a word that starts what comes next. */
const FIELD_ENDS = new Set('formation background counted from in at and but so does do did would will must need needs shall is was count counts counting that it this i my which or for with to degree also too here there back now yet abroad overseas last next year years ago recently since when because as on online then how what why where who can could should am are have has had want wanted wanting looking thinking hoping'.split(' '));
/** Words before a degree noun that name no field ("a 4 year degree", "my foreign degree", "an online bachelor"). */
const NO_FIELD = /^(?:a|an|my|the|have|has|had|got|hold|with|own|this|that|his|her|their|one|two|three|four|\d+|year|years|online|foreign|overseas|international|polish|related|relevant|first|second|third|old|full|part|time|uni|university|college|proper|real|undergrad\w*|postgrad\w*|bachelor s|bachelors?|master s|masters?|associate s|associates?|ba|bs|bsc|ma|ms|msc|i|im|ive|did|do|finished|completed|earned|got)$/;

/** Words that come before a degree and name no subject: verbs, pronouns, how it is weighed. */
const NOT_A_SUBJECT = new Set('january february march april may june july august september october november december is are was were be been am would will could can should does do did if whether valid recognised recognized accepted any some no not what which whose their our your his her its me you he she they we good bad decent'.split(' '));

/** A degree of the writer's, told: "I have a ...", "my ... degree", "I studied ...", "with a BSW". */
const DEGREE_OF_THE_WRITER = new RegExp(
  String.raw`\b(?:i (?:already |also |just |do |really |actually )?(?:have|ve|had|hold|got|did|finished|completed|earned|studied|study|majored|graduated)|i ve got|i m (?:a )?(?:graduate|grad)|my|with (?:a|an|my))\b(?: \w+){0,5}? ${DEGREE_NOUN}\b|\b(?:i )?(?:studied|majored in|graduated in|graduated with)\b|\bi (?:am|m) (?:majoring|studying) in\b|\bi (?:qualified|trained|graduated) as an? (?:registered )?(?:nurse|social worker)\b|\b(?:bsn|msn|adn|bsw|msw|dipsw)\b|${OTHER_SHORT_FORM.source}`,
);
/**
 * A degree of one's own said tersely as the message opens, the question after it: "Bible degree tho, is that a
 * problem" (ut39c P10-T4), "art degree though, would that hold me back?", "my history major. is that an issue?".
 */
const TERSE_OWN_DEGREE =
  /^(?:(?:but|and|so|ok|okay|well|hmm|only|just)\s+)*(?:(?:a|an|my)\s+)?(?:[a-z]+ ){1,2}(?:degree|major|bachelor s|bachelors)\b(?: (?:tho|though|btw|only|here|haha|lol))? (?:is|would|will|does|could|might|isnt|wouldnt|doesnt) (?:that|it|this)\b/;
/** Asked whether it counts, holds or is enough, or whether one must study again. */
const ASKS_IT_COUNTS =
  /\b(?:count|counts|counted|counting|qualif\w*|valid|recogni[sz]\w*|accepted|acceptable|enough|suitable|okay|ok|relevant|related field|the right (?:one|degree|kind|field)|get me (?:in|into))\b/;
/** Asked whether it will do ("does my MS in nutrition work?", "will my associate's in fire science do?"): the verb, to cut from the field. */
const ASKS_IT_WORKS = /\b(?:does|do|would|will|could|can|might) (?:my|a|an|the|that|this|it)\b(?: \w+){0,6}? ((?:work|do|suffice|cut it|be fine|be ok|be okay)(?: (?:for (?:this|it|that|care management|case management|the job)|instead|here|too|as well))?)$/;
/** Asked whether they must study again: "do I need to study again", "would I have to go back to uni", "another degree". */
const ASKS_STUDY_AGAIN =
  /\b(?:study (?:again|all over|from scratch)|go back to (?:uni|university|college|school)|start (?:again|over|from scratch)|(?:another|a new|a different|a second|a whole new) (?:[a-z]+ )?(?:degree|bachelors?|bachelor s)|(?:re ?study|retrain))\b|\b(?:need|have to|got to|gotta|must)(?: \w+){0,2} (?:a |an )?(?:new |another |second )?(?:bsn|msn|bsw|msw)\b|\b(?:need|have to|got to|gotta|should i|go back and) (?:\w+ )?(?:a |an )?(?:nursing|social work|relevant|related|proper|separate) (?:degree|bachelors?|bachelor s|qualification)\b/;
/**
 * A degree asked of as one to get, not one held: "a new bachelor in nursing or social work", "another degree", "do I
 * need a BSN/MSW", "must I get an MSW". Its field is what the guide is asked for, not the writer's own.
 */
/** A degree said not to be held ("I don't have a nursing or social work degree"): never the one weighed (tester ut34a, cop #2). */
const NOT_HELD = /\b(?:i )?(?:don t|dont|do not|didn t|didnt|never) (?:have|had|hold|got|get|earn|earned|finish|finished|do|did) (?:a |an |any |the )?(?:[a-z]+ ){0,4}?(?:degree|bachelors?|bachelor s|masters?|master s|bsn|bsw|msw|msn)\b/g;
const DEGREE_TO_GET = new RegExp(
  String.raw`\b(?:(?:another|a new|new|a different|a second|a fresh|a whole new|a whole other) (?:[a-z]+ )?(?:degree|bachelors?|bachelor s|masters?|master s)(?: (?:in|of) [a-z]+(?: work)?(?: or (?:in )?[a-z]+(?: work)?)?)?` +
    String.raw`|(?:need|needs|needed|have to|has to|got to|gotta|must|require|requires|required|get|do|doing|getting|start|go back (?:and|to) (?:get|do)) (?:a |an |the |my )?(?:new |second |another |different |whole )?(?:(?:bsn|msn|bsw|msw|adn|dipsw)|(?:nursing|social work) (?:degree|bachelors?|bachelor s|masters?|master s)|(?:degree|bachelors?|bachelor s|masters?|master s) in (?:nursing|social work))(?:(?: or| and)? (?:a |an )?(?:(?:bsn|msn|bsw|msw|adn|dipsw)|(?:nursing|social work)(?: degree)?))*)\b`,
  'g',
);

/** Another country than the one the person means to work in. */
const DEGREE_ABROAD =
  /\b(?:abroad|overseas|foreign|international|another country|other country|different country|my (?:home )?country|back home|outside the (?:us|usa|uk|states|country))\b/;
/**
 * A degree said to be from a place ("my nursing degree is from Philippines"), or asked of as accepted in a country
 * ("is it accepted here in US", "would it be recognized in the UK", "accepted for care manager position in USA"): a degree from elsewhere, whose recognition the
 * guide never speaks of. Not a university or a year ("a degree from a state university", "from 2005").
 */
const DEGREE_FROM_ELSEWHERE =
  /\b(?:degree|bsn|bsw|bachelors?|bachelor s|masters?|master s|diploma)\b(?: [a-z]+){0,2} from (?!(?:a|an|the|my|our|uni|university|college|school|online|home|there|here|it)\b)[a-z]+|\b(?:accepted|recogni[sz]ed|valid|transferable|transfer)(?: [a-z]+){0,5}? (?:here )?(?:in )?(?:the )?(?:us|usa|uk|united states|states|america|canada|australia|here)\b/;
/** A nationality written before the degree, as names are written ("my Polish degree", "a Nigerian bachelor", "my Indian MSW"). */
const NATIONALITY_BEFORE_DEGREE = /\b(?!(?:Human|Christian|Urban)\b)([A-Z][a-z]+(?:ish|ian|ese|an|ch|i|ic))\s+(?:[a-z]+\s+){0,2}(?:degree|bachelor|master|diploma|qualification|university|uni|[Mm][Ss][Ww]|[Bb][Ss][Ww]|[Bb][Ss][Nn]|[Mm][Ss][Nn]|MPH|MBA|BSc|MSc|BA|MA|PhD)\b/;
/** Work or experience asked of, which the experience reading answers. */
const ASKS_OF_WORK = /\b(?:experience|exp|work|worked|working|job|jobs|years?|yrs|volunteer\w*|placement)\b/;
/** A thing pointed back at ("does it count?", "is that valid?"). */
/**
 * A field of study said as theirs with where or how it was earned, no degree word ("My nursing from Poland is ok for
 * this?", "is my social work training from Nigeria accepted?", ut39a P06-T2): the degree in that field.
 */
const FIELD_AS_THEIR_DEGREE = /\bmy (nursing|social work|psychology|sociology|public health|health care|healthcare)(?: (?:school|training|studies|study|education|course|qualification|diploma))? from\b|\bmy (nursing|social work) (?:school|training|studies|education|qualification)\b/;
/** A degree's letters with its subject told as a sentence of its own ("BA in Deaf Studies."), no question in it (ut39a P05-T1). */
const LETTERS_TOLD = /^(?:(?:and|also|plus|with|have|got)\s+)?(?:an?\s+)?(?:BA|BS|BSc|MA|MS|MSc|BSW|MSW|BSN|MSN)\s+(?:in|of)\s+[A-Za-z][A-Za-z ]*$/;

/** Whether the story around the question tells a degree by its letters and subject, in a sentence that asks nothing. */
function lettersToldInTheStory(said: string, question: string): boolean {
  return said !== question && said.split(/[.!;\n]+/).some((sentence) => LETTERS_TOLD.test(sentence.trim()));
}

const POINTER = /\b(?:it|that|this|mine|that one|this one)\b/;

/**
 * Where the guide names a field of study: among the usual degrees for the career (social work, nursing), or among the
 * degrees entry-level care managers may hold (health care administration, beside nursing); null when it does not.
 */
export function fieldNamedByGuide(field: string): 'usual' | 'entry-level' | null {
  const said = normalise(field);
  if (notOfPeople(said)) return null;
  if (/\b(?:nurs\w*|social work)\b/.test(said)) return 'usual';
  return /\b(?:health ?care|health services?|healthcare) (?:admin\w*|management)\b/.test(said) ? 'entry-level' : null;
}

/** The message with its degrees taken out ("a social work degree", "a BSW"), so their fields are not read as work. */
function withoutDegrees(said: string): string {
  return said
    .replace(new RegExp(String.raw`\b(?:[a-z]+ ){0,2}${DEGREE_NOUN}\b(?: (?:in|of) (?:[a-z]+ ){0,2}[a-z]+)?`, 'gi'), ' ')
    .replace(/\b(?:bsn|msn|adn|bsw|msw|dipsw)\b/gi, ' ');
}

/**
 * The field of study a message names for a degree, if it names one. `bothWeighed`: a second degree written out beside a
 * short form is weighed too; false when the message asks of a degree to get, where the short form asked of is the one.
 */
function fieldOfDegree(said: string, bothWeighed = false): string | null {
  const short = SHORT_FORMS.find(([form]) => form.test(said));
  if (!short) return fieldWritten(said);
  // One in the guide's own fields (an MSW) is the one weighed: it answers whatever the other is.
  if (fieldNamedByGuide(short[1]) === 'usual' || !bothWeighed) return short[1];
  // A second degree written out beside the short form ("a BA in biology and an MBA", ut38a P11-T5): both weighed.
  const other = fieldWritten(said.replace(new RegExp(short[0].source, 'g'), ' '));
  return other !== null && other !== short[1] && !other.includes(short[1]) ? `${other} or ${short[1]}` : short[1];
}

/** The field of a degree written out ("a degree in gerontology", "my criminal justice associate degree"), short forms aside. */
function fieldWritten(said: string): string | null {
  // The words just before the degree, back to the first that names no field ("my criminal justice associate degree").
  const before = new RegExp(String.raw`((?:[a-z]+ ){1,3})(?:associate s |associates? )?(?:degree|major|bachelor s|bachelors?|diploma)\b`).exec(said)?.[1];
  const named: string[] = [];
  for (const word of (before ?? '').trim().split(' ').reverse()) {
    if (word === '' || NO_FIELD.test(word) || FIELD_ENDS.has(word) || NOT_A_SUBJECT.has(word)) break;
    named.unshift(word);
  }
  if (named.length > 0) return named.join(' ');
  // "a degree in gerontology", "my major is gerontology", "my degree was in economics".
  const after =
    new RegExp(String.raw`\b${DEGREE_NOUN}(?: degree)?(?: is| was| are)? (?:in|of) ((?:[a-z]+ ?){1,3})`).exec(said)?.[1] ??
    new RegExp(String.raw`\b${DEGREE_NOUN}(?: degree)? (?:is|was) ((?:[a-z]+ ?){1,3})`).exec(said)?.[1] ??
    // "I do have a bachelors but its in business admin".
    new RegExp(String.raw`\b${DEGREE_NOUN}(?: degree)? (?:but |and )?(?:it s|its|it is|it was|that s|thats) (?:in|of) ((?:[a-z]+ ?){1,3})`).exec(said)?.[1];
  if (after) {
    const words: string[] = [];
    const afterWords = after.trim().split(' ');
    for (const [i, word] of afterWords.entries()) {
      if (FIELD_ENDS.has(word) || NOT_A_SUBJECT.has(word)) break;
      // "does my MS in nutrition work?": the verb that ends the question, not "social work".
      if (word === 'work' && i === afterWords.length - 1 && i > 0 && afterWords[i - 1] !== 'social' && new RegExp(String.raw`\b${after.trim()}\s*$`).test(said)) break;
      words.push(word);
    }
    if (words.length > 0 && !NO_FIELD.test(words[0]!)) return words.join(' ');
  }
  // A short form written before its subject, as on a CV: "BSc Accounting", "MSc Business Analytics", "a BS respiratory care".
  const written = /\b(?:ba|bsc|bs|ma|msc|ms)(?: hons)? ((?:[a-z]+ ?){1,2})/.exec(said)?.[1];
  const writtenWords = written?.trim().split(' ');
  const upTo = writtenWords ? writtenWords.findIndex((word) => FIELD_ENDS.has(word) || NO_FIELD.test(word) || NOT_A_SUBJECT.has(word)) : -1;
  const writtenField = writtenWords ? (upTo === -1 ? writtenWords : writtenWords.slice(0, upTo)) : [];
  if (writtenField.length > 0) return writtenField.join(' ');
  // Qualified in a job that is the field's ("I qualified as a social worker in Brazil", "trained as a nurse").
  const qualifiedAs = /\b(?:qualified|trained|graduated|registered|licensed|certified) as an? (?:registered )?(nurse|social worker)\b/.exec(said)?.[1];
  if (qualifiedAs) return qualifiedAs === 'nurse' ? 'nursing' : 'social work';
  const studied = /\bi (?:studied|study|am studying|m studying|majored in|major in|am majoring in|m majoring in|graduated in)(?: (?:a|an))? ((?:[a-z]+ ?){1,2})/.exec(said)?.[1];
  const studiedWords = studied?.trim().split(' ').filter((word) => !NO_FIELD.test(word));
  const ends = studiedWords ? studiedWords.findIndex((word) => FIELD_ENDS.has(word) || NOT_A_SUBJECT.has(word)) : -1;
  const subject = studiedWords && ends !== -1 ? studiedWords.slice(0, ends) : studiedWords;
  return subject && subject.length > 0 ? subject.join(' ') : null;
}

/**
 * The field of a degree the writer tells they hold ("I have a degree in marketing"), when the message names one; null
 * when no degree of theirs is told or its field is not named ("I already have a BEd").
 */
export function heldDegreeField(said: string): string | null {
  const whole = normalise(said);
  if (!DEGREE_OF_THE_WRITER.test(whole)) return null;
  return fieldOfDegree(whole.replace(new RegExp(ASKS_STUDY_AGAIN.source, 'g'), ' '), !asksADegreeToGet(whole));
}

/**
 * Whether the message asks of a degree to get ("must I do a whole new bachelor's in nursing, or is my MBA enough?"):
 * then the short form asked of is the degree weighed, as before ut38a P11-T5, never joined with another held.
 */
function asksADegreeToGet(whole: string): boolean {
  return ASKS_STUDY_AGAIN.test(whole) || whole.search(DEGREE_TO_GET) !== -1;
}

/**
 * Whether the message asks if the writer's degree counts, and what is known of it; null when it does not. `said` is
 * the whole message, whose story may tell the degree the question points at ("I have a BA in pedagogy. does it count?").
 */
export function degreeWeighed(text: string, said: string = text, isElsewhere: (message: string) => boolean = () => false): DegreeWeighed | null {
  const question = normalise(text);
  const whole = normalise(said);
  const studyAgain = ASKS_STUDY_AGAIN.test(question);
  const works = ASKS_IT_WORKS.exec(question);
  // A high school diploma is no degree of a field: shortOfADegreeAsked reads it.
  if (HIGH_SCHOOL.test(question) && !studyAgain) return null;
  // Asked whether it stands in the way after telling of no degree ("dropped out of high school, is that a problem?"): the route without one.
  if (STANDS_IN_THE_WAY.test(question) && (HIGH_SCHOOL.test(whole) || tellsNoDegree(said) || /\b(?:dropped out|drop out|left school|never (?:went|finished))\b/.test(whole))) return null;
  if (!ASKS_IT_COUNTS.test(question) && !ASKS_ELIGIBILITY.test(question) && !studyAgain && !works) return null;
  const degreeAsked = studyAgain || FIELD_AS_THEIR_DEGREE.test(question) || new RegExp(String.raw`\b${DEGREE_NOUN}\b|\bstud(?:y|ies|ied)\b|\bfield\b|\b(?:bsn|msn|adn|bsw|msw)\b|${OTHER_SHORT_FORM.source}`).test(question);
  // Work asked of, with no degree named in the question, is experience ("does my nursing experience count?").
  if (ASKS_OF_WORK.test(question.replace(/\bsocial work\b/g, ' ')) && !degreeAsked) return null;
  // "do I need a BSN/MSW?" names a degree to get: only one held beside it is the writer's.
  const told = DEGREE_OF_THE_WRITER.test(whole.replace(DEGREE_TO_GET, ' ')) || TERSE_OWN_DEGREE.test(question) || FIELD_AS_THEIR_DEGREE.test(question) || lettersToldInTheStory(said, text);
  if (!told || !(degreeAsked || POINTER.test(question))) return null;
  // A pointer alone, with work told beside the degree, is the experience reading's ("BSW and 5 years in a hospital, does that count?").
  if (!degreeAsked && tellsOfCareWork(ownWorkPart(withoutDegrees(said)))) return null;
  const asked = directAsk(said);
  // A nationality before the degree ("my Nigerian nursing degree") says where it is from, not its field.
  const nationality = NATIONALITY_BEFORE_DEGREE.exec(said)?.[1]?.toLowerCase();
  const typed = nationality ? whole.replace(new RegExp(`\\b${nationality}\\b`, 'g'), ' ').replace(/\s+/g, ' ') : whole;
  // The degree asked whether it is needed ("do I need a nursing degree first?") is not the one held.
  // "does my MS in nutrition work?": the verb after the field is no part of it.
  const held = typed.replace(NOT_HELD, ' ').replace(DEGREE_TO_GET, ' ').replace(new RegExp(ASKS_STUDY_AGAIN.source, 'g'), ' ').replace(works ? new RegExp(`${works[1]}$`) : /$^/, ' ');
  const fieldAlone = FIELD_AS_THEIR_DEGREE.exec(question);
  const field = fieldOfDegree(held, !asksADegreeToGet(whole)) ?? (fieldAlone ? (fieldAlone[1] ?? fieldAlone[2] ?? null) : null) ?? (asked?.kind === 'field' ? asked.field : null);
  const named = field !== null && fieldNamedByGuide(field) !== null;
  const abroad = DEGREE_ABROAD.test(whole) || DEGREE_FROM_ELSEWHERE.test(whole) || NATIONALITY_BEFORE_DEGREE.test(said) || tellsNationality(said) || isElsewhere(said);
  const associate = /\bassociate s?\b|\bassociates\b|\badn\b/.test(whole);
  const eligibility = ASKS_ELIGIBILITY.test(question) ? { eligibility: true, ...(STANDS_IN_THE_WAY.test(question) ? { inTheWay: true } : {}) } : {};
  return { field, named, abroad, associate, studyAgain, ...(field !== null && !named && taughtInADegree(field) ? { taught: true } : {}), ...eligibility };
}

// ---------------------------------------------------------------- a qualification short of a degree, asked

/** A high school diploma or GED: held or not, never a field of study to weigh (session 34: "would just my high school diploma be enough?"). */
const HIGH_SCHOOL = /\b(?:high school|highschool|secondary school)(?: diploma| diplomas| education| degree)?\b|\bgeds?\b/;
/**
 * Qualifications short of a bachelor's that the guide never speaks of, by what a person calls them: a TAFE course or a
 * numbered certificate ("cert IV"), a diploma, an associate degree, a vocational course (NVQ, HND), a college course.
 */
const SHORT_OF_A_DEGREE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btafe\b/, 'TAFE courses'],
  // A lone "i" after it is the pronoun ("a short course or certificate i could do"), never Cert I (tester ut33a).
  [/\bcert(?:ificate)?s? (?:ii{1,2}|iv|[1-4])\b/, 'numbered certificates like a Cert III or IV'],
  [/\bassociate s? degrees?\b|\bassociates? degrees?\b|\bassociates\b|\bassociate s\b|\ban associate\b/, 'associate degrees'],
  [/\b(?:foundation degrees?|hnds?|hncs?|nvqs?|svqs?|btecs?|level [2-5] (?:diploma|certificate|qualification)s?)\b/, 'vocational qualifications like an HND or NVQ'],
  [HIGH_SCHOOL, 'high school diplomas'],
  [/\bdiplomas?\b/, 'diplomas'],
  [/\b(?:community college|vocational|trade school|short course|online course|college course|care course)\b/, 'shorter courses like that'],
];
/** Set against the degree: instead of one, enough, counting, or the way in without one. */
const IN_PLACE_OF_A_DEGREE =
  /\b(?:instead of|rather than|in place of|in lieu of|not|without|skip|skipping|over|vs|versus|or)\s+(?:a |an |the |going to |doing |doing a |doing an |getting a |full |whole |proper |4 year |four year )*(?:whole |full |proper )?(?:uni|university|degree|bachelors?|bachelor s|college degree)\b|\b(?:enough|sufficient|suffice|do the job|cut it|count|counts|ok|okay|good enough|be enough|qualify|get me in|get me into|accepted|recogni[sz]ed|equivalent|the same as|as good as|substitute|replace)\b/;

/** A message that asks of a qualification of this kind, but also holds one (degreeWeighed reads those held). */
const HOLDS_ONE = /\b(?:i (?:have|ve|got|hold|did|finished|completed|earned)|i ve got|my)\b(?: \w+){0,4} (?:tafe|cert|certificate|diploma|associate|associates|hnd|nvq|foundation degree)\b/;

/**
 * What a person asks of a qualification short of a bachelor's, set against the degree ("could i do a TAFE cert IV
 * instead of uni", "would an associate degree be enough?", "is a diploma in community services ok instead of a
 * bachelor?"): the kind, in the guide's reply's words; null when none is asked of. The guide speaks only of bachelor's
 * and master's degrees, and of the route without a degree. One the writer holds is the degree weighing's.
 */
/** Someone with only that qualification asked whether they could do the work ("someone with just an associates do this"). */
const ONLY_THAT_QUALIFICATION = /\b(?:with|having|holding) (?:just|only) (?:an? |my |the )?(?:associate|associates|associate s|diploma|cert|certificate|tafe|hnd|nvq)\b.*\b(?:do (?:this|it|the job|that)|become|get (?:in|hired|a job)|work as|make it)\b/;

export function shortOfADegreeAsked(text: string): string | null {
  const t = normalise(text);
  const onlyHighSchool = HIGH_SCHOOL.test(t) && /\b(?:only|just)\b/.test(t);
  // "can someone with just an associates do this at all" (tester ut36a P07 m4): the qualification alone, weighed.
  const onlyThat = ONLY_THAT_QUALIFICATION.test(t);
  if (!(IN_PLACE_OF_A_DEGREE.test(t) || onlyHighSchool || onlyThat) || (HOLDS_ONE.test(t) && !HIGH_SCHOOL.test(t) && !onlyThat)) return null;
  return SHORT_OF_A_DEGREE.find(([named]) => named.test(t))?.[1] ?? null;
}
