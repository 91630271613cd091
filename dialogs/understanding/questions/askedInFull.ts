/**
 * Questions whose key ask the search answers only in half (tester ut38a kinds 4 and 6): school skipped for a
 * certification, how a skill is learned, the
 * path to a level with its years, a setting the guide never names, and which of two is better for someone like the
 * writer. Each reader says what the person means, not which keyword they used; the replies are in
 * rendering/questions/askedInFullReplies.ts. Pure.
 */
import { normalise } from '../core/textMatch';

/** School, college or a degree, as a person names it. */
const SCHOOL = '(?:school|college|uni|university|a degree|the degree|my degree|degrees?|education|studying|study|studies|nursing school|a bachelor s|bachelors?|the bachelor s|classes)';
/** A certification, named or not. */
const CERTIFICATION = '(?:certification|certifications|certificate|cert|certs|certified|ccm|cmc|the exam|an exam|credential)';

/** "skip school", "bypass college" ("instead of the degree" and "without a degree" are read by the certification readers before). */
const SCHOOL_PASSED_OVER = new RegExp(`\\b(?:skip|skipping|bypass|avoid|forget|forgo|pass on|miss out)(?: \\w+){0,2}? ${SCHOOL}\\b`);
/** A certification named as what is done in school's place. */
const CERTIFICATION_NAMED = new RegExp(`\\b${CERTIFICATION}\\b`);

/**
 * A certification asked of with school skipped ("Could I do the certification first and skip school?", "can I just get
 * the CCM and skip college?"): the guide puts certification on top of education,
 * and the CMC asks for a relevant degree. Not the order of the two certifications ("skip the CCM and go for the CMC").
 */
export function schoolSkippedForCertification(message: string): boolean {
  const text = normalise(message);
  return CERTIFICATION_NAMED.test(text) && SCHOOL_PASSED_OVER.test(text);
}

/** How one learns or picks something up: "how would I learn", "how do I get better at", "where do I pick up". */
const HOW_LEARNED =
  /\b(?:how) (?:would|could|do|can|should|might|will|does one|do you|would you|can you|does someone)? ?(?:i |one |someone |you )?(?:learn|pick up|get better at|get good at|build|develop|gain|improve|brush up on|train (?:in|on|up on)|get trained (?:in|on)|get (?:skills|experience|training) (?:in|on|with)|become (?:good|familiar|comfortable) (?:at|with)|familiari[sz]e (?:myself|yourself) with)\b|\b(?:best|good) way to (?:learn|pick up|get better at|build|develop)\b/;
/** A skill named: the software, records, terms, law, or "skills" themselves. */
const SKILL_WORDS =
  /\b(?:skills?|software|systems?|computer\w*|ehr|emr|electronic (?:health|medical) records?|records?|documentation|medical terminology|terminology|medical terms|healthcare law\w*|laws?|regulations?|communication|empathy|problem solving|decision making|leadership|organi[sz]ation\w*|networking|advocacy|confidentiality|case management side|technical side|tech side|admin side)\b/;

/** True when the message asks how to learn or build a skill the guide names ("How would I learn the case management software side?"). */
export function howToLearnASkillAsked(message: string): boolean {
  const text = normalise(message);
  return HOW_LEARNED.test(text) && SKILL_WORDS.test(text) && !/\b(?:degree|school|college|certification|ccm|cmc)\b/.test(text);
}

/** The top levels of the ladder, as the writer names them. */
const LEVELS: ReadonlyArray<readonly [RegExp, TopLevel]> = [
  [/\b(?:vp|vice president)\b/, 'vice president'],
  [/\b(?:chief care officer|cco|chief)\b/, 'chief care officer'],
  [/\b(?:director|directors|supervisor)\b/, 'director'],
  [/\bsenior\b/, 'senior care manager'],
];
export type TopLevel = 'director' | 'vice president' | 'chief care officer' | 'senior care manager';
/** The whole way there asked: "path from zero to", "from scratch", "roadmap to", "how do I get to", "steps to become". */
const WHOLE_WAY =
  /\b(?:from (?:zero|scratch|nothing|the (?:start|beginning|bottom|ground up))|(?:path|route|road|roadmap|way|ladder|journey|progression|steps?) (?:from \w+ )?(?:to|up to|towards?)|how (?:do|would|can|could|should|might) (?:i|you|one|someone) (?:get|go|climb|work (?:my|your|their) way|rise|move) (?:up )?(?:to|into)|how (?:do|would|can|could) (?:i|you|one|someone) become|what (?:does|would) it take to (?:become|get to|reach))\b/;
/** The years asked: "how many years", "how long", "timeline". */
const YEARS_ASKED = /\b(?:how many (?:years|yrs)|how long|timeline|time frame|timeframe|years? (?:it takes|would it take|does it take))\b/;

/**
 * The whole path to a top level asked, with its years ("path from zero to director, and how many years", "how long to
 * get from scratch to senior care manager?"): the level, or null. The guide gives the route's years to care manager and
 * each level's years of experience, and none for a director.
 */
export function pathToALevelAsked(message: string): TopLevel | null {
  const text = normalise(message);
  if (!WHOLE_WAY.test(text) || !YEARS_ASKED.test(text) || /\b(?:pay|paid|earn|earns|make|salary|money)\b/.test(text)) return null;
  return LEVELS.find(([names]) => names.test(text))?.[1] ?? null;
}

/** Places of work the guide never names, as a person names them. */
const SETTINGS_NOT_NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:prisons?|jails?|correctional (?:facilit\w+|settings?|centers?|centres?|institutions?)|corrections|penitentiar\w+|detention (?:centers?|centres?|facilit\w+))\b/, 'prisons or jails'],
  [/\b(?:homeless shelters?|shelters)\b/, 'shelters'],
  [/\b(?:hospices?)\b/, 'hospices'],
];
/** A question's opening: "do they", "can care managers", "are there", "any jobs in". */
const ASKS = /^(?:(?:so|and|but|ok|okay|also|hmm)\s+)*(?:do|does|did|can|could|are|is|would|will|might|any|what about|how about|where)\b/;
/** Work asked of at a place: "do they work in", "are there jobs in", "can care managers work at", "any work in". */
const WORK_AT = /\b(?:work|working|works|jobs?|roles?|positions?|employ\w*|hire\w*|hiring|placed|based|needed|do any)\b/;

/**
 * A setting the guide never names, asked of as a place care managers work ("do they do any work in prisons or jails",
 * "can care managers work in correctional facilities?"): the place as the reply names it, or null.
 */
export function settingNotNamedAsked(message: string): string | null {
  const text = normalise(message);
  // Asked, not told: "I worked in a prison for 9 years" is a story (person/aboutYou.ts reads it).
  if (!WORK_AT.test(text) || !(message.includes('?') || ASKS.test(text))) return null;
  return SETTINGS_NOT_NAMED.find(([names]) => names.test(text))?.[1] ?? null;
}

/** Better, best or the right one, asked of two things. */
const BETTER = /\b(?:better|best|more useful|more valuable|the right one|the one to (?:get|go for|pick)|worth more|should i (?:get|go for|pick|choose|do))\b/;
/** For the writer or someone like them: "for someone with", "for me", "for my background", "with my experience", "coming from". */
const FOR_SOMEONE =
  /\b(?:for (?:someone|somebody|a person|people|me|my|us|a)\b(?: \w+){0,4}|with (?:my|an?|a)\b(?: \w+){0,3} (?:background|experience|history)|coming from|given my|in my (?:position|situation|case)|as an? [a-z]+)/;

/**
 * Which of two is better for someone like the writer ("is the ccm or cmc better for someone with EMS background",
 * "CCM or CMC, which is best for me as a nurse?"): the writer's words for themselves, or null. The guide ranks
 * neither and weighs no background against them.
 */
export function betterForSomeoneAsked(message: string): { who: string } | null {
  const text = normalise(message);
  if (!BETTER.test(text) || !/\w \bor\b \w|\bvs\b|\bversus\b/.test(text)) return null;
  const who = FOR_SOMEONE.exec(text);
  return who ? { who: who[0] } : null;
}
