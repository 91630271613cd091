/**
 * A first job asked for by its kind or title ("like what job should I get first", "what entry level jobs are there"):
 * the guide's first jobs (healthcare assistant, care coordinator ...), not the places experience is gained or the
 * entry-level pay. Pure function, no replies sent.
 */
import { tellsNoDegree } from '../../../knowledge/beyondGuide';
import { normalise } from '../core/textMatch';

/** A job, role or position, or its title, asked which: "what job", "which roles", "wat kind of job title". */
const WHICH_JOB = /\b(?:what|which|wat|wot|wich)(?: (?:kind|sort|type|kinds|sorts|types) of)? (?:job|jobs|job title|job titles|role|roles|position|positions)\b/;
/** At the start of the way: "first", "to start", "to begin with", "apply for", "entry level". */
const AT_THE_START = /\b(?:first|1st|start|starting|begin|beginning|to begin with|apply|apply for|entry level|get in|break in|foot in the door)\b/;
/** A first job named as such: "first job", "entry level roles", "starting positions", "job titles". */
const FIRST_JOB_NAMED = /\b(?:first|1st|starting|entry level|beginner|junior level) (?:job|jobs|role|roles|position|positions)\b|\bjob titles?\b/;
/** Asked which, in the words of a question or a request ("do I need experience for my first job?" asks no such thing). */
const ASKED = /\b(?:what|which|wat|wot|wich|any|are there|list|name|tell me|give me|show me|suggest)\b/;
/** Pay, years or study asked of the job: another question ("how much would I earn in my first job"). */
const OTHER_ASPECT = /\b(?:pay|pays|paid|salary|salaries|earn|earns|earning|money|wage|wages|income|how long|how many years|degree|study|course)\b/;

/**
 * A job to get now asked yes or no ("is there some job I could get now to start getting experience?", "are there any
 * jobs I can do while I study?"): the first jobs answer it, with a yes (session 37, ut37a P01-5).
 */
const JOB_TO_GET = /\b(?:is there|are there|isnt there|is there not)(?: some| a| any| an)?(?: \w+)? (?:job|jobs|role|roles|position|positions|work)\b(?: \w+){0,3}? (?:i|you|someone|one) (?:could|can|might|would be able to) (?:get|do|take|start|apply for|find)\b/;

/** True when the message asks yes or no whether there is a job to get now, which the first jobs answer with a yes. */
export function jobToGetAsked(text: string): boolean {
  const said = normalise(text);
  return !OTHER_ASPECT.test(said) && JOB_TO_GET.test(said);
}

/** True when the message asks which job to take first: the first jobs answer it. */
export function asksFirstJob(text: string): boolean {
  if (jobToGetAsked(text)) return true;
  const said = normalise(text);
  if (OTHER_ASPECT.test(said) || !ASKED.test(said)) return false;
  return (WHICH_JOB.test(said) && AT_THE_START.test(said)) || FIRST_JOB_NAMED.test(said);
}

/** No degree told as a limit beside the question ("with no degree", "without a degree", "no degree and ..."). */
const NO_DEGREE_LIMIT = /\b(?:with no|without(?: a| any)?|no|(?:i )?(?:dont|don t|do not) have(?: a| any)?|(?:i )?(?:havent|haven t) got(?: a| any)?) (?:college |uni |university )?(?:degree|degrees|qualifications?)\b/g;
/** A physical limit told ("a bad back", "can't lift", "no heavy lifting", "that isn't lifting patients", "bad knees"). */
const PHYSICAL_LIMIT =
  /\b(?:bad|dodgy|injured|weak) (?:back|knees?|hips?|shoulders?)\b|\bback (?:problems?|injury|injuries|issues|pain)\b|\b(?:cant|can t|cannot|can not|unable to|not able to|no|not|isnt|isn t|aint|without|avoid|avoiding) (?:do |doing |be |be doing |any )?(?:heavy )?lifting\b|\b(?:cant|can t|cannot|can not|unable to) (?:lift|stand all day|be on my feet)\b|\bphysical (?:limitations?|disability|condition)\b|\blight duties\b/g;

/**
 * A first job asked with a limit the writer told beside it ("no degree and a bad back, what first job could I do?"):
 * which limits, so the reply can say what the guide does not say of its first jobs; null when no first job is asked or
 * no limit is told.
 */
export function firstJobLimits(question: string, said: string = question): { noDegree: boolean; physical: boolean } | null {
  const asked = normalise(question).replace(NO_DEGREE_LIMIT, ' ').replace(PHYSICAL_LIMIT, ' ');
  if (!asksFirstJob(asked)) return null;
  const whole = normalise(said);
  const noDegree = tellsNoDegree(said) || new RegExp(NO_DEGREE_LIMIT.source).test(whole);
  const physical = new RegExp(PHYSICAL_LIMIT.source).test(whole);
  return noDegree || physical ? { noDegree, physical } : null;
}

/** The first jobs the guide names, in people's words, with the guide's name for each. */
const FIRST_JOBS_NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:health ?care|care) (?:assistant|asistant|assistent)s?\b|\bhcas?\b/, 'healthcare assistant'],
  [/\bsocial workers?\b|\bsocial work (?:job|role|post|position)s?\b/, 'social worker'],
  [/\bcounsel(?:l)?ors?\b|\bcounsel(?:l)?ing (?:job|role|post|position)s?\b/, 'counselor'],
  [/\bcare co ?ordinat(?:or|ors|ion)\b|\bcase managers?\b|\bcase management (?:job|role|post|position)s?\b/, 'care coordinator or case manager'],
];
/** Weighed as a way in: "a good first step", "a good start", "a way in", "a stepping stone", "lead to care management". */
const AS_A_WAY_IN =
  /\b(?:(?:good|right|decent|smart|sensible|useful|ok|okay) (?:first )?(?:step|start|move|way in|place to start|starting point|route in|idea)|first step|stepping stone|way in|foot in the door|get me (?:in|into|started|closer)|lead (?:me )?(?:to|into|on to)|work my way up|start (?:as|in|with|off)|starting (?:as|in|out)|begin (?:as|in|with))\b/;

/**
 * A first job the guide names, weighed as a way in ("there's a care coordinator opening at my clinic, would that be a
 * good first step?", "is starting as an HCA a good idea?"): the guide's name for it, which its first jobs list; null
 * when the message weighs no such job. The guide says to start in one of them and work up to care manager.
 */
export function firstJobWeighed(text: string): string | null {
  const said = normalise(text);
  if (!AS_A_WAY_IN.test(said) || !/\?|\b(?:would|should|is|are|does|do|could|can|will)\b/.test(text.toLowerCase())) return null;
  return FIRST_JOBS_NAMED.find(([named]) => named.test(said))?.[1] ?? null;
}
