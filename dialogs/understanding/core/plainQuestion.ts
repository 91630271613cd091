/**
 * What a question asks, in the plain words the guide's search reads, when one word of it would lead the search astray
 * (session 30). Each reading keeps what the head of the question asks and puts a side word in the words people mean by
 * it: "do you need a specific degree" asks whether a degree is needed ("specific" is no subject: the guide's hard
 * skills are "specific to the job"); "how many year i must study" counts years; "what's the route to become a director"
 * asks how to become one (the ladder), not a director's pay; "do i have to go back to uni" asks whether a degree is
 * needed. Pure: text in, text out, unchanged when no reading applies. The engine reads the result; the whole message
 * is still read for the person's story.
 */
import { writtenDownAsRecords } from './writtenDown';

/**
 * A word that only narrows the thing after it ("a specific degree", "any particular course", "certain qualifications"):
 * it says which one, not what is asked. Kept before skills and the like, where "job-specific skills" is a kind of skill.
 */
const NARROWING =
  /\b(a|an|any|one|some|the|need|needs|require|requires|required|have|in)\s+(?:specific|particular|certain|specified)\s+(?!(?:skills?|competenc\w*|abilit\w*|tasks?|knowledge|area|areas|group|groups|field of care)\b)(?=[a-z])/gi;

/**
 * How long a course is, said on the way to it ("a short course", "a quick cert", "a whole nursing degree"): a course or
 * a degree is what is asked about; the guide gives its courses no length but the degrees'.
 */
const SIZED =
  /\b(?:short|shorter|quick|quicker|brief|little|small|whole|full|entire)\s+(?!time\b)(?=(?:[a-z]+\s+){0,2}?(?:courses?|certs?|certificates?|certifications?|programs?|programmes?|degrees?|qualifications?|training)\b)/gi;

/** A stage of the route named as a part of it ("how long is the nursing degree part?"): the stage is what is asked about. */
const PART_OF_THE_ROUTE =
  /(?<=\b(?:degree|degrees|bachelor'?s|master'?s|study|studying|school|schooling|college|uni|university|education|experience|certification|training|coursework))\s+(?:part|bit|portion|stage|phase|step)\b(?![\s-]+(?:of|time|timer|timers)\b)/gi;

/** A question without the words that only narrow what it names ("do you need a specific degree?" asks whether a degree is needed). */
export const withoutNarrowing = (raw: string): string => raw.replace(NARROWING, '$1 ').replace(SIZED, '').replace(PART_OF_THE_ROUTE, '');

/**
 * A count asked of a thing said in the singular, as people writing in a second language type it ("how many year i must
 * study", "how many month"): the thing counted in the plural, which is how the guide says its times.
 */
const COUNTED_IN_THE_SINGULAR = /\b(how many|how much) (year|month|week|day|hour|semester|step|course|exam|degree|certification|certificate|level)(?=$|[\s?!.,;])/gi;

/** A count asked in the plural ("how many year" is "how many years"). */
export const countedInPlural = (raw: string): string =>
  raw.replace(COUNTED_IN_THE_SINGULAR, (_all, how: string, thing: string) => (how.toLowerCase() === 'how many' ? `${how} ${thing}s` : `${how} ${thing}`));

/**
 * A rung of the ladder the guide describes as a role, named: the role a route leads to (the guide gives vice presidents
 * and supervisors their pay only).
 */
const RUNG = String.raw`(?:(?:a |an |the )?(?:(?:care manager |care management |case manager )?(?:director|directors|senior|senior care manager|chief care officer)|(?:director|senior|leadership) (?:level|role|position|job)s?))\b`;

/**
 * A route asked to a rung of the ladder: "what's the route to become a director", "the path to senior", "how do i get
 * to director", "how would i make it to vp". What it asks is how to become that (the ladder, the role and what it
 * takes), not what it pays: "director of care management" also heads the guide's pay of that level.
 */
const ROUTE_TO_A_RUNG = new RegExp(
  String.raw`\b(?:(?:what|whats|what's|what is|which is) (?:the |my )?(?:best |usual |normal |typical )?(?:route|road|way|path|pathway|track|steps?|progression) (?:to|into|towards?|up to)(?: (?:become|becoming|be|being|get to|getting to|reach|reaching|make it to|making it to|get into|getting into))?|how (?:do|would|can|could|does|should|might) (?:i|you|u|one|someone|people|we) (?:get|make it|move up|work (?:my|your|their|our) way up|climb|rise|progress|advance|go|step up) (?:up )?(?:to|into))(?= ${RUNG})`,
  'i',
);

/** A route to a rung asked as becoming it ("what is the route to become a director" asks "how do I become a director"). */
export function routeAsBecoming(raw: string): string {
  return raw.replace(ROUTE_TO_A_RUNG, 'how do I become');
}

/**
 * Going back to study, said as a place ("do i have to go back to uni", "would i need to go back to college for a
 * degree"): whether a degree is needed. The guide answers that (a degree is not strictly
 * required; most employers prefer one), and "uni" or "school" alone it reads as nothing of the kind.
 */
const BACK_TO_STUDY =
  /\b(?:go|going|head|get|got|went) back (?:to|into) (?:uni|university|college|school|studying|study|education|full[- ]time study)(?: (?:to get|for|to do|and get|to study for) (?:a |another |an |my )?(?:new |second |2nd |other |different )?(?:degree|bachelors?|bachelor s|qualification))?\b/gi;

/** Going back to study asked as whether a degree is needed ("do i have to go back to uni??" asks "do i have to get a degree??"). */
export const backToStudyAsDegree = (raw: string): string => raw.replace(BACK_TO_STUDY, 'get a degree');

/**
 * "Paid" said of a kind of work ("does it have to be a paid job", "only paid work", "a paid placement"): which work,
 * not its pay. "well paid", "better paid" and "how much is it paid" ask the pay, and are kept.
 */
const PAID_KIND_OF_WORK =
  /\b(a|an|the|any|some|in|of|be|as|for|doing|do|did|have|had|only|just|proper|real|actual|full[- ]time|part[- ]time)\s+(?:paid|salaried)\s+(?=(?:job|jobs|work|role|roles|position|positions|employment|experience|post|posts|placement|placements|internship|internships|gig|gigs|hours|carer|caring|care work)\b)/gi;

/** A kind of work said without its "paid" ("or does it have to be a paid job?" asks whether it has to be a job). */
export const paidAsAKindOfWork = (raw: string): string => raw.replace(PAID_KIND_OF_WORK, '$1 ');

/**
 * Dollars of another country ("in aussie dollars", "canadian dollars", "AUD"): pay asked of that country, whose figures
 * the guide does not give. Said as "dollars" alone, they read as the guide's own.
 */
const COUNTRY_DOLLARS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:aussie|australian) (?:dollars?|bucks|money)\b|\baud\b/gi, 'Australia'],
  [/\bcanadian (?:dollars?|bucks|money)\b|\bcad\b/gi, 'Canada'],
  [/\b(?:nz|kiwi|new zealand) (?:dollars?|bucks|money)\b|\bnzd\b/gi, 'New Zealand'],
  [/\b(?:singapore|singaporean) (?:dollars?|money)\b|\bsgd\b/gi, 'Singapore'],
  [/\bhong kong (?:dollars?|money)\b|\bhkd\b/gi, 'Hong Kong'],
];

/**
 * "how much" asked in another country's dollars with nothing else named ("how much in canadian dollars", "so how much
 * in AUD?"): a sum in dollars asked of nothing but the career is its pay. Pointing at a thing ("how much is that in
 * AUD" after the CCM) asks that thing's, and is left to the answer in view.
 */
const HOW_MUCH_ALONE = /^\W*(?:(?:so|and|ok|okay|but|then|roughly|about)\W+)*how much\s+in\s+/i;

/** Pay in another country's dollars asked as pay in that country ("how much in aussie dollars" is "how much in Australia"). */
export function countryOfTheDollars(raw: string): string {
  const text = COUNTRY_DOLLARS.reduce((said, [dollars, country]) => said.replace(dollars, country), raw);
  if (text === raw) return raw;
  const country = COUNTRY_DOLLARS.map(([, name]) => name).find((name) => new RegExp(`^${name}\\W*$`).test(text.replace(HOW_MUCH_ALONE, '')));
  return country && HOW_MUCH_ALONE.test(text) ? `how much do care managers earn in ${country}?` : text;
}

/**
 * Leaving school told, as people say it in Britain and elsewhere ("left school at 16", "quit high school", "dropped out
 * of school at fifteen", "only finished school"): no degree, which the guide answers. The age it is said with is when
 * they left, not an age asked about.
 */
const LEFT_SCHOOL =
  /\b(?:i )?(?:left|quit|dropped out of|leaving|came out of) (?:school|high school|secondary school|secondary|education)(?: (?:at|when i was|aged?) (?:\d{2}|fifteen|sixteen|seventeen|eighteen)(?: (?:years old|yrs old|yo))?)?\b/gi;

/** Leaving school told as having no degree ("no degree. left school at 16" is "no degree. I have no degree"). */
export const leftSchoolAsNoDegree = (raw: string): string => raw.replace(LEFT_SCHOOL, 'I have no degree');

/**
 * The bottom of the ladder, as people say it ("do i start at bottom", "would I have to start at the bottom of the
 * ladder?"): the guide's first rung, the junior care manager.
 */
const AT_THE_BOTTOM = /\bstart(?:ing)? (?:at|from|on) (?:the )?(?:very )?(?:bottom|lowest rung|bottom rung)(?: (?:of|on) the (?:career )?ladder)?\b/gi;

/** The bottom of the ladder asked as the first rung ("do i start at bottom" is "do i start as a junior care manager"). */
export const bottomAsFirstRung = (raw: string): string => raw.replace(AT_THE_BOTTOM, 'start as a junior care manager');

/**
 * Shift patterns as nurses say them ("12s", "twelve-hour shifts", "M-F", "Mon-Fri", "Monday to Friday"): the working
 * hours, which the guide gives (standard business hours, sometimes evenings, weekends or on call), not the workplaces.
 */
const LONG_SHIFTS = /\b(?:12s|twelves|(?:12|twelve|10|ten|8|eight)[- ]?(?:hour|hr)s?(?: shifts?)?)(?=$|[\s?!.,;])/gi;
const WEEKDAYS = /\b(?:m[- ]f|mon[- ]fri|monday[- ](?:to|through|thru|till|until|-)[- ]friday|weekdays only)(?=$|[\s?!.,;])/gi;

/** Shift patterns asked as the hours ("do they work 12s or M-F?" is "do they work long shifts or business hours?"). */
export const shiftsAsHours = (raw: string): string => raw.replace(LONG_SHIFTS, 'long shifts').replace(WEEKDAYS, 'business hours').replace(/\blong shifts shifts\b/gi, 'long shifts');

/**
 * A licence one holds, kept up ("keep my nursing license active", "maintain my RN licence"): whether a license is
 * needed, which the guide answers; not how a certification is kept up ("keep ... active" is how the guide says that).
 */
const LICENSE_KEPT =
  /\b(?:keep|keeping|maintain|maintaining|renew|renewing|hold on to|hang on to)\s+(?:my|your|a|an|the|their|our)\s+((?:nursing|rn|lpn|social work|professional|practice|practising|practicing)\s+)?(?:license|licence)(?:\s+(?:active|current|valid|up to date|going|too|as well))*/gi;

/** A licence kept up asked as whether one is needed ("would I have to keep my nursing license active?" is "would I have to have a nursing license?"). */
export const licenseKeptAsNeeded = (raw: string): string => raw.replace(LICENSE_KEPT, (_all, kind: string | undefined) => `have a ${kind ?? ''}license`);

/** The year's pay in other words ("the annual figure", "a yearly number", "per year amount"): the salary. */
const YEARS_FIGURE = /\b(?:annual|yearly|per year|per annum|a year)\s+(?:figure|figures|number|numbers|amount|sum|total|income|earnings|wage|wages|take)\b/gi;

/** The year's figure asked as the salary ("then what is the annual figure, roughly?" asks the annual salary). */
export const yearsFigureAsSalary = (raw: string): string => raw.replace(YEARS_FIGURE, 'annual salary');

/**
 * Skills carried from a job before ("what skills would transfer from marketing", "which of my skills carry over from
 * teaching"): which skills the job needs, which the guide lists. The job named would read as a question about that job.
 */
const CARRIED_FROM = /\b(transfer|transfers|transferable|carry over|carries over|carry across|translate|translates)\s+(?:over\s+)?from\s+(?:my\s+|a\s+|the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\W*$)/gi;

/** Skills carried from a job asked without it ("what skills would transfer from marketing" asks "what skills would transfer"). */
export const carriedFromAsSkills = (raw: string): string => (/\bskills?\b/i.test(raw) ? raw.replace(CARRIED_FROM, '$1') : raw);

/**
 * A way of working asked beside what the person keeps doing ("could i do it part time while still translating", "could
 * I work from home while I keep teaching"): the way of working is asked; the job kept would read as a question about
 * that job.
 */
const MODE_ASKED = /\b(?:part[- ]?time|remote(?:ly)?|from home|online|on the side|flexible)\b/i;
const WHILE_KEEPING = /\s*,?\s+(?:while|whilst|alongside|and still|but still)\s+(?:i\s+(?:am\s+|m\s+)?|i'm\s+|im\s+)?(?:still\s+|also\s+|keep\s+|keeping\s+|continue\s+|continuing\s+)?[a-z]+(?:ing)?\b(?:\s+[a-z]+){0,4}(?=\W*$)/i;

/** A way of working asked without the work kept beside it ("could i do it part time while still translating" asks "could i do it part time"). */
export const modeWithoutWorkKept = (raw: string): string => (MODE_ASKED.test(raw) ? raw.replace(WHILE_KEEPING, '') : raw);

/**
 * The areas asked to fit a background ("any specialties that fit a med-surg background?", "which area would suit
 * someone with ICU experience?"): the guide ties no area to a background; its four areas are what it gives, and it
 * says to pick one that fits your interests and goals. Who the person wants to help is left to the chooser.
 */
const AREAS_NAMED = /\b(?:specialt(?:y|ies)|speciali[sz]ations?|specialisms?|areas?)\b/i;
const FIT_ASKED = /\b(?:fit|fits|suit|suits|suited|match|matches|good for|best for|right for)\b/i;
const A_BACKGROUND = /\b(?:background|experience|nurses?|nursing|med[- ]?surg|icu|er|someone (?:with|from|coming from|who (?:has|was|is))|people (?:with|from)|coming from)\b/i;
const WHO_TO_HELP = /\b(?:older|elderly|seniors?|kids|children|child|famil(?:y|ies)|mental|psychiatric|chronic|long[- ]term|diabet\w*|heart|dementia|pediatric|paediatric|geriatric|help|work with)\b/i;

/** The areas asked to fit a background, asked as which areas there are ("any specialties that fit a med-surg background?"). */
export const areasForABackground = (raw: string): string =>
  AREAS_NAMED.test(raw) && FIT_ASKED.test(raw) && A_BACKGROUND.test(raw) && !WHO_TO_HELP.test(raw) ? 'what specialties are there?' : raw;

/**
 * Experience said lacking, then asked for with a pointer ("i have zero healthcare experience tho, just coffee lol. how do
 * i get some"): how to gain experience, which the guide answers, not how to move up.
 */
const EXPERIENCE_LACKING = /\b(?:no|zero|little|not much|not any|any)\s+(?:[a-z-]+\s+){0,2}?experience\b/i;
const GET_SOME = /\bhow (?:do|can|could|would|should|might) (?:i|you|u|one|someone) (?:get|gain|build|pick up|go about getting)(?: (?:some|any|it|that|more))(?=\W*$)/i;

/** Experience said lacking and then asked for as "some" ("how do i get some" is "how do I gain experience"). */
export const experiencePointedAt = (raw: string): string =>
  EXPERIENCE_LACKING.test(raw) && GET_SOME.test(raw) ? 'how do I gain experience?' : raw;

/**
 * Whether a field counts, asked as what was asked ("I asked if a bachelors in business administration counts as a
 * related field"): the question itself ("does a bachelors in business administration count as a related field").
 */
const IF_IT_COUNTS = /^.*?\b(?:if|whether)\s+((?:a |an |my )?(?:[a-z'-]+\s+){0,6}?[a-z'-]+)\s+(?:counts?|qualifies|qualify)\s+as\b/i;

/** Whether a field counts, asked in reported words, asked again directly. */
export const countsAsAsked = (raw: string): string => raw.replace(IF_IT_COUNTS, 'does $1 count as');

/**
 * Time added, asked in other words ("how much longer does the master's add?", "how many extra years would the master's
 * add?"): how long it takes, which the guide gives for its degrees; asked so, the search found no answer and declined.
 */
const TIME_ADDED = /\bhow (?:much|many) (?:longer|more time|extra time|additional time|extra years?|more years?|additional years?)\s+(?:(?:does|do|would|will|could|might)\s+)?(.+?)\s+(?:add|adds|take|takes|tack on|put on)\b/gi;

/** Time added, asked as how long it takes ("how much longer does the master's add?" is "how long does the master's take?"). */
export const addedTimeAsHowLong = (raw: string): string => raw.replace(TIME_ADDED, 'how long does $1 take');

/**
 * Where the writer comes from, said after the question ("which of these would I still need to learn, coming from
 * airlines?"): their background, which the turn reads in the whole message, not what is asked; read in the question, a
 * word the guide never uses ("airlines") declined it as outside what the bot knows.
 */
const COMING_FROM = /,?\s+(?:(?:as (?:someone|somebody|a person) )?(?:coming|moving|switching|transitioning|changing) (?:over |across )?from|with my background in)\s+(?:an? |the |my )?[a-z][a-z\s'-]{0,30}?(?=[?!.]*\s*$)/i;

/** A question without the background said after it ("... to learn, coming from airlines?" asks "... to learn?"). */
export const withoutComingFrom = (raw: string): string => {
  const asked = raw.replace(COMING_FROM, '');
  return asked.trim().split(/\s+/).length >= 3 ? asked : raw;
};

/**
 * Pay asked with "make" and no "how much" ("what do they make?", "what does a care manager make?", "what could I
 * make?"): the search reads "make" as making a difference (the rewarding answer) or the role itself. Asked as "how much
 * ... make", as the guide's pay answers are found; "what do they make sure of" and "make decisions" are kept.
 */
const MAKE_AS_PAY =
  /\bwhat (do|does|did|would|will|could|can|might|should) ((?:i|you|u|they|we|one|he|she|it|(?:a |an |the )?(?:care|case) managers?|(?:a |an |the )?(?:junior|senior|entry level|new|beginning|starting|mid level|experienced) (?:care |case )?managers?|(?:a |an |the )?(?:director|directors|supervisors?)))\s+(?:usually |typically |normally |actually |really |roughly |realistically )?make\b(?! (?:sure|a difference|any difference|decisions?|plans?|the|of|it|time|friends|mistakes|changes|calls|contact|progress|up)\b)/i;

/** Pay asked with "make" in the words the search reads ("what do they make?" asks "how much do they make?"). */
export const makeAsPay = (raw: string): string => raw.replace(MAKE_AS_PAY, (_all, verb: string, who: string) => `how much ${verb} ${who} make`);

/**
 * Whether the career is something the writer, or someone of their kind, could do ("Is care manager something a cop could
 * actually do?", "is this something I could do?"): whether it may suit them, which the guide answers; the search reads
 * "something ... do" as what the role is.
 */
const SOMETHING_TO_DO =
  /\b(?:is )?(?:care management|case management|(?:a )?(?:care|case) manager|this|it|that)(?: job| work| career| role)? (?:something|a job|a career|a thing) (?:i|someone like me|somebody like me|(?:a|an) [a-z]+(?: [a-z]+)?) (?:could|can|might) (?:realistically |really |actually |ever |even )?do\b/i;

/** Whether one could do it, asked as whether it is right for them. */
export const couldDoAsFit = (raw: string): string => raw.replace(SOMETHING_TO_DO, 'is care management right for me');

/**
 * A career change told or asked with nowhere named ("thinking about a career change", tester ut35a P02 m1): a change
 * into this career, which the guide's route answers; the search reads "career" and "change" as moving up within it.
 */
const CAREER_CHANGE = /\b(career (?:change|switch|move|pivot)|(?:change|changing|switch|switching) (?:careers?|fields?|jobs?))\b(?! (?:to|into|in|from|within|inside)\b)/i;

/** A career change with nowhere named is a change into care management. */
export const careerChangeInto = (raw: string): string => raw.replace(CAREER_CHANGE, '$1 to care management');

/**
 * "that", "this" and "the" as people type them in a hurry or in their own speech ("and after dat?", "wat is tht",
 * "is dis rewarding", tester ut40a P03): read as the words, so a follow-up keeps its thread.
 */
const SPELLED_AS_SAID: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:dat|tht|thta|taht|dhat)\b/gi, 'that'],
  [/\b(?:dis|thsi|tihs)\b/gi, 'this'],
  [/\bafta\b/gi, 'after'],
  [/\b(?:da|teh|hte)\b/gi, 'the'],
];

/** "that", "this" and "the" in their usual spelling. */
export const commonWordsSpelled = (raw: string): string => SPELLED_AS_SAID.reduce((said, [variant, word]) => said.replace(variant, word), raw);

/** The readings above, in the order they apply. */
const READINGS: ReadonlyArray<(raw: string) => string> = [
  withoutNarrowing,
  countedInPlural,
  routeAsBecoming,
  backToStudyAsDegree,
  paidAsAKindOfWork,
  countryOfTheDollars,
  leftSchoolAsNoDegree,
  bottomAsFirstRung,
  shiftsAsHours,
  licenseKeptAsNeeded,
  yearsFigureAsSalary,
  carriedFromAsSkills,
  modeWithoutWorkKept,
  areasForABackground,
  experiencePointedAt,
  countsAsAsked,
  addedTimeAsHowLong,
  withoutComingFrom,
  makeAsPay,
  couldDoAsFit,
  careerChangeInto,
  writtenDownAsRecords,
];

/** A question in the plain words the guide's search reads: each reading above in turn. */
export const inPlainWords = (raw: string): string => READINGS.reduce((said, read) => read(said), raw);
