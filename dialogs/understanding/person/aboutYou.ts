/**
 * What people say about themselves, anywhere in a conversation: their job, how long they have worked in health or
 * social care, their education, the area they want to work in and what they aim for. Pure functions, no replies sent.
 *
 * A message is read clause by clause ("I've been a healthcare assistant for six years, no degree, and I want to work
 * with older people with dementia" is three). Clauses worded as questions ("can I do it without a degree?") say
 * nothing about the person; a clause that says what they want ("I want to become a nurse") tells their aim and area,
 * never their job. Typos in the longer words are forgiven (textMatch's word matcher), and British and American
 * spellings are one (the knowledge core's normaliser).
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { tellsNoDegree } from '../../../knowledge/beyondGuide';
import { areasNamed } from '../questions/specialisationMatch';
import { areaAskedFor, areaChosenIn } from './areaTold';
import { withTheirFiguresOut, yearsPutRight } from './yearsCorrected';
import { containsPhrase, looksLikeQuestion, normalise, readNumber, wordMatches } from '../core/textMatch';
import { withoutPeopleDealtWith } from './peopleDealtWith';
import { jobInTheirWords, TOLD_JOB_PREFIX } from './jobInTheirWords';

/**
 * 'diploma': a diploma, certificate, vocational training or an associate degree, which is less than the bachelor's the
 * guide's route speaks of; a degree only when the person says so ("a degree in nursing"), never read into it.
 */
export type Education = 'school' | 'studying' | 'relevant-degree' | 'other-degree' | 'diploma' | 'none';
export type Aim = 'become' | 'specialise' | 'lead';

/** A job someone has or had. `inField`: in health or social care, so its years count as experience. */
export interface Job {
  id: string;
  title: string;
  inField: boolean;
}

/** What one message says about the person; a field is absent when the message does not say it. */
export interface AboutYou {
  job?: Job;
  years?: number;
  working?: boolean;
  education?: Education;
  specialisation?: SpecialisationId;
  aim?: Aim;
  /** The year of their degree a student is in ("in my 2nd year of a BSW"); 'final' for the last year. */
  studyYear?: number | 'final';
  /** The years of their degree a student has left ("I graduate in 2 years", "2 years left of my nursing degree"). */
  studyYearsLeft?: number;
  /** A job the person says is not theirs ("I am not a care coordinator, it is my aunty"): one kept from before is dropped. */
  notJob?: string;
  /** An area asked about for themselves ("would geriatric be a thing for me?"): no choice, but the roadmap's area if they choose none. */
  areaAsked?: SpecialisationId;
  /** The degree held is a master's or above ("masters in OT"): never said back as a degree in another field. */
  higherDegree?: true;
  /** What a 'diploma' education is, when named: a certificate ("CNA certificate") or an associate degree; said back so. */
  diplomaKind?: DiplomaKind;
}

export type DiplomaKind = 'certificate' | 'associate';

// ---------------------------------------------------------------- the answer readers (buttons and short answers)

// Nursing and social work named in another language ("licencjat pielęgniarstwo", "licenciatura en enfermería") are the
// same fields: a degree from another country is still a degree in its field (ut39a P06).
const FIELD_IN_OTHER_LANGUAGES = ['pielegniarstwo', 'pielegniarstwa', 'enfermeria', 'enfermagem', 'infermieristica', 'krankenpflege', 'praca socjalna', 'trabajo social', 'servicio social', 'servico social', 'lavoro sociale', 'soziale arbeit', 'sozialarbeit'];
const RELEVANT_FIELD = ['nursing', 'nurse', 'social work', 'social worker', 'bsn', 'bsw', 'msw', 'msn', 'rn', 'registered nurse', 'related field', 'nursing sw', 'sw degree', ...FIELD_IN_OTHER_LANGUAGES];
// "doctorate" is read as written (DEGREE_AS_WRITTEN): its stem is "doctor", and "all the doctors" is no degree.
// A degree's name in another language is that degree: the Polish "licencjat", the Spanish and Portuguese "licenciatura"
// and "bacharelado", the Italian "laurea", the "magister" of central Europe.
const DEGREE_IN_OTHER_LANGUAGES = ['licencjat', 'licenciatura', 'licenciado', 'licenciada', 'bacharelado', 'laurea', 'magister', 'magisterium'];
const DEGREE = ['degree', 'studied', 'bachelor', "bachelor's", 'bachelors', 'master', "master's", 'masters', 'graduated', 'graduate', 'bsc', 'msc', 'ba', 'ma', 'phd', 'bsn', 'bsw', 'msw', 'msn', 'qualified', 'pgce', 'pgde', 'beng', 'llb', 'mba', 'mph', 'mres', ...DEGREE_IN_OTHER_LANGUAGES];
/**
 * Degrees whose short forms are everyday words in lower case ("bed", "med", "bs", "ms"): read only as written, "BEd",
 * "M.Ed", "BS Nursing", "a BS in respiratory care", "MS in clinical nutrition" (an MS alone may be an illness).
 */
const DEGREE_AS_WRITTEN = /\b[BM]\.?\s?Ed\b|\b[Dd]octorate\b|\bB\.?S\.?(?=\s+(?:in|of|degree)\b|\s+[A-Z][a-z]|\s*[,;)])|\bM\.?S\.?(?=\s+(?:in|of)\s|\s+degree\b)/;

/**
 * Less than a bachelor's: a diploma, a certificate, vocational training or an associate degree ("a diploma in veterinary
 * nursing", "I trained as a nurse", "an associate degree in criminal justice"). A degree said beside it wins.
 */
const BELOW_A_DEGREE =
  /\b(?:diplomas?|certificates?|cert (?:iii|iv|3|4)|associate (?:s )?degrees?|associates degrees?|associates? (?:of|in) (?:arts|science|applied|nursing|health)|ass?ociates (?:of|in) [a-z]+|asociates? degrees?|an ass?ociates?|aa degree|vocational|apprenticeship|nvq|hnd|hnc|btec|tafe|trained as|training as|(?:did|done|finished|completed|have|got|had) (?:my |the |a |an |some )?(?:\w+ ){0,2}training)\b/;
/** A degree itself said, not one below it: "a bachelor's", "my BSN", "a nursing degree" (not "an associate degree"). */
const A_FULL_DEGREE =
  /\b(?:bachelors?|bachelor s|masters?|master s|bsc|msc|ba|ma|phd|doctorate|bsn|bsw|msw|msn|pgce|beng|llb|mba|mph)\b|(?<!\bassociate (?:s )?|\bassociates |\baa |\bfoundation )\bdegree\b/;

/**
 * Nursing or care that is not of people: a vet or veterinary nurse, a nursery nurse (childcare), an animal nurse; animal
 * or pet care, a vet clinic or animal hospital ("would animal care experience count?" tells of no health work).
 */
const NOT_PEOPLE_NURSING =
  /\b(?:vet|vets|veterinary|animal|nursery)\s+(?:nurs\w*|tech\w*|assistant)\b|\b(?:vet|vets|veterinary|animal|animals|pet|pets|dog|dogs|cat|cats|horse|horses|equine|livestock)\s+(?:care|caring|carers?|health\w*|hospitals?|clinics?|clinical|medical|medicine|rehab\w*|therapy|nurs\w*|wards?|patients?)\b/g;
/** True when the words name nursing or care of animals, not people ("veterinary nursing", "animal care"). */
export const notOfPeople = (text: string): boolean => new RegExp(NOT_PEOPLE_NURSING.source).test(normalise(text));
/** A degree said to be held ("have a BEd", "got my nursing degree", "with a master's"), not one wished for. */
const DEGREE_HELD =
  /\b(?:have|got|hold|holding|with|earned|completed|finished|did) (?:a |an |my |the )?(?:[a-z']+ ){0,2}?(?:degree|bachelors?|bachelor's|masters?|master's|bsc|msc|ba|ma|phd|doctorate|bsn|bsw|msw|msn|pgce|pgde|beng|llb|mba|mph|mres)\b/;

/** The message in lower case with the degrees written as "BEd", "M.Ed" put as degrees. */
function degreesAsWords(text: string): string {
  return normalise(text.replace(/\bB\.?\s?Ed\b/g, 'bachelors').replace(/\bM\.?\s?Ed\b/g, 'masters'));
}
const STUDYING = ['studying', 'study', 'student', 'enrolled', 'in college', 'at college', 'at uni', 'at university', 'in university', 'undergrad', 'undergraduate', 'freshman', 'sophomore', 'first year', 'second year', 'third year', 'final year', 'studying for one'];
/** Study said as a course in hand ("doing a nursing degree", "working towards my BSW"), not work ("I work on a pharmacy counter"). */
const COURSE_IN_HAND =
  /\b(?:doing|taking|working on|working towards?) (?:a|an|my|the) (?:[a-z]+ ){0,2}?(?:degree|course|diploma|bachelor s?|bachelors|master s?|masters|ba|bsc|bsn|bsw|msw|msn|qualification|program|programme|access course|nvq|foundation year)\b|\bworking towards? (?:one|it)\b/;
const SCHOOL = ['high school', 'highschool', 'secondary school', 'at school', 'in school', 'still at school', 'finishing school', 'leaving school', 'finish school next year', 'leave school next year', 'sixth form', 'school student', 'school pupil', 'teenager', 'gcse', 'gcses', 'a levels', 'a level', 'year 11', 'year 12', 'year 13', 'grade 10', 'grade 11', 'grade 12'];
const OTHER_DEGREE = ['another degree', 'other degree', 'different degree', 'different field', 'another field', 'unrelated degree', 'not related'];
const WORKING = [
  'am working', 'working as', 'working in', 'working at', 'working with', 'been working', 'currently working', 'work as', 'work in', 'work at', 'i work', 'my job', 'employed', 'i worked', 'have worked', 'worked as', 'worked in', 'worked at', 'years experience', 'years of experience', 'year experience',
  'healthcare assistant', 'health care assistant', 'care assistant', 'hca', 'cna', 'nursing assistant', 'care worker', 'support worker',
  'caregiver', 'carer', 'counselor', 'counsellor', 'case worker', 'caseworker', 'care coordinator', 'case manager', 'nursing home', 'care home', 'in a hospital',
  'working in care',
];
/** Saying you are a social worker means both the degree and the work. */
const RELEVANT_ROLE = ["i'm a social worker", 'i am a social worker', 'im a social worker', 'work as a social worker'];
/** Saying you are a nurse means the work, not a degree: many nurses, RNs among them, qualified by an associate degree or a diploma. */
const NURSE_ROLE = ["i'm a nurse", 'i am a nurse', 'im a nurse', 'work as a nurse', 'registered nurse'];

/** Nursing or social work said not to be theirs: "I'm not a nurse (BA in business)", "without going to nursing school". */
const FIELD_SAID_NOT = /\b(?:not|never|without|nor)(?: [a-z]+){0,3}? (?:nurs\w*|social work\w*|rn|registered nurse)\b/g;

/** A nurse's helper ("a nurse's aide", "nurse assistant"): a job of its own, which holds no nursing degree. */
const NURSES_HELPER = /\bnurse (?:s )?(?:aide|aides|aid|assistant|assistants|auxiliary|helper)\b/g;

/** "I'm a nurse", "work as a social worker": the job that means the degree, not a vet nurse or a nurse's aide. */
function saysRelevantRole(text: string, roles: readonly string[] = RELEVANT_ROLE): boolean {
  return hasAny(normalise(text).replace(NOT_PEOPLE_NURSING, ' ').replace(NURSES_HELPER, ' '), roles);
}

/** Words that say someone is at school now ("still", "in year 12", "a high school student", "doing my GCSEs"). */
const AT_SCHOOL_NOW = /\b(?:still|student|pupil|teenager|(?:finishing|leaving|finish|leave) (?:high |secondary )?school|sixth form|year \d+|grade \d+|freshman|sophomore|(?:in|at) (?:high |secondary )?school|(?:in|at) highschool|(?:doing|taking|sitting|studying|studying for|revising for) (?:my )?(?:gcses?|a levels?))\b/;

/**
 * True when what is said of school is school finished, not school now: "a high school diploma", "I finished high
 * school", "GCSEs", or the level of school alone ("high school", as an answer to "what education do you have?").
 * Anything that says they are there now ("still at school", "in year 12", "doing my A levels") is not.
 */
function finishedSchool(text: string): boolean {
  return !AT_SCHOOL_NOW.test(normalise(text));
}

/** A school named as where someone works, not where they study: "I teach secondary school", "work at a primary school". */
const SCHOOL_AS_WORKPLACE =
  /\b(?:teach|teaches|teaching|taught|teacher|work|works|working|worked|job)\s+(?:(?:at|in|for)\s+)?(?:(?:a|an|the|my)\s+)?(?:\w+\s+)?school\b|\bschool (?:teacher|teachers|teaching|nurse|counsel\w*|social worker)\b/;

/** School looked back on, which says nothing of being there now: "that's what i liked in school", "back in high school". */
/** Someone else at school, which says nothing of the writer: "kids are finally both in school", "my son is at school". */
const OTHERS_AT_SCHOOL = /\b(?:kids?|children|child|son|sons|daughters?|boys?|girls?|twins|little ones|youngest|oldest|grandkids?)(?: \w+){0,3} (?:in|at|to|started|starting|back) (?:\w+ )?school\b/;

const SCHOOL_LOOKED_BACK_ON = /\b(?:liked|loved|enjoyed|hated|learned|learnt|studied|took|did|back|when i was|while i was|since)(?: \w+){0,2} (?:in|at) (?:high |secondary )?school\b/;

/** An associate degree held, nursing's own (ADN, ASN) or named: "ADN", "an associate degree", "my associates". */
const ASSOCIATE_HELD = /\b(?:adn|asn|associate s? degree|associate degree|associates degree|associates in|an associates?)\b/;
/** A degree said not to be held: "no BSN", "not a bachelors", "without a degree", "don't have a bachelor's". */
const DEGREE_NOT_HELD =
  /\b(?:no|not|without|never|nor|(?:do not|don t|dont) have)(?: (?:a|an|my|the|any|got|yet|finished))? (?:bsn|bsw|msn|msw|bachelors?|bachelor s|masters?|master s|degree|4 year degree|four year degree)\b/g;

/** True when the person holds an associate degree and no degree above it ("ADN, no BSN"). */
function associateOnly(text: string): boolean {
  const said = normalise(text);
  return ASSOCIATE_HELD.test(said) && !A_FULL_DEGREE.test(degreesAsWords(text).replace(DEGREE_NOT_HELD, ' ').replace(/\bassociate s? degree|\bassociates? degree/g, ' '));
}

/** College left unfinished, so no degree: "never finished college", "didn't finish uni", "dropped out of college" (ut39a P12). */
const DEGREE_UNFINISHED =
  /\b(?:never|didn t|didnt|did not|couldn t|couldnt|could not|haven t|havent|have not) (?:\w+ )?(?:finish|finished|complete|completed|graduate|graduated)(?: from)? (?:college|uni|university|my degree|a degree|the degree)\b|\bdropped out (?:of|from) (?:college|uni|university)\b/;

/** No degree in Scots ("nae degree", "nae uni"). */
const NAE_DEGREE = /\bnae (?:a )?(?:degree|uni|university|college|qualifications?)\b/;

/** A university year said as its level, as Nigerian universities count them: "200 level" is the second year. */
const UNIVERSITY_LEVEL = /\b([1-7])00 ?(?:level|lvl|l)\b/;

/**
 * "rn" in lower case after what someone does or has, at the end of what they say ("i make like 16/hr rn lmao", "im
 * broke rn tho"): chat for "right now", not a registered nurse. A nurse is still one: "I'm an RN", "icu rn, 6 years",
 * "been an rn for 6 years" (an article, "as", a unit or nothing before it, or more said after it).
 */
const RIGHT_NOW_RN =
  /(?<=\b(?!(?:a|an|the|as|im|am|was|been|be|become|icu|er|ed|or|peds|picu|nicu|travel|charge|staff|registered|licensed|hospice|bsn|adn|asn|new|former|retired|experienced|senior|an?)\b)[a-z0-9/$%']+[ ,]+)rn(?=\s*(?:[.!?,;:)]|$|\s+(?:lol|lmao|lmfao|haha+|hehe|tho|though|but|and|so|bc|because|cause|cos|tbh|honestly|ngl|fr|rip|smh|anyway|which|i|im|i'm|its|it's)\b))/g;

/** Prisons or jails spoken of, where "CO" is a correctional officer ("CO for 9 yrs at a state prison"). */
const OF_CORRECTIONS = /\b(?:prisons?|jails?|gaols?|corrections|correctional|inmates?|penitentiar\w*|detention|doc)\b/i;
/** "CO" as a job, not "co-worker" or "co-ordinator". */
const CO = /\b(?:CO|C\.O\.|co)\b(?!\s*-?\s*(?:workers?|ordinat\w*|op\w*|parent\w*|pilot|founder|host|author|sign\w*|pay\w*))/g;

/** The message with "CO" written out as a correctional officer where prisons or jails are spoken of. */
export function withCorrectionsNamed(text: string): string {
  return OF_CORRECTIONS.test(text) ? text.replace(CO, 'correctional officer') : text;
}

/** The message with chat's "rn" (right now) written out, so that no nurse is read from it. */
export function withChatWordsRead(text: string): string {
  return text.replace(RIGHT_NOW_RN, 'right now');
}

function hasAny(text: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => containsPhrase(text, phrase));
}

/** Reads where someone stands from a button or their own words; null when nothing in the text says it. */
export function parseStage(said: string): { education?: Education; working?: boolean; years?: number } | null {
  const text = withChatWordsRead(said);
  const found: { education?: Education; working?: boolean; years?: number } = {};
  // "I am not studying, I already have my degree": study said not to be so.
  const notStudying = /\b(?:not|no longer|never|stopped|finished|done) (?:\w+ )?(?:studying|a student|at uni|at university|in college|at college)\b/.test(normalise(text));
  const studying = !notStudying && (hasAny(text, STUDYING) || COURSE_IN_HAND.test(normalise(text)) || UNIVERSITY_LEVEL.test(normalise(text))) && !/\b(?:studied|graduated)\b/.test(normalise(text));
  // "every job I see requires an MSW": a degree asked for by jobs is not one held.
  const told = normalise(text).replace(DEGREE_ASKED_FOR, ' ');
  const relevant = hasAny(told.replace(NOT_PEOPLE_NURSING, ' ').replace(NURSES_HELPER, ' ').replace(FIELD_SAID_NOT, ' '), RELEVANT_FIELD);
  const belowADegree = BELOW_A_DEGREE.test(normalise(text)) && !A_FULL_DEGREE.test(degreesAsWords(text));
  const school = hasAny(text, SCHOOL) && !SCHOOL_AS_WORKPLACE.test(normalise(text)) && !SCHOOL_LOOKED_BACK_ON.test(normalise(text)) && !OTHERS_AT_SCHOOL.test(normalise(text));
  // "RN for 8 years (ADN, no BSN)", "i only have an ADN not a bachelors": an associate degree, the bachelor's said not held.
  if (associateOnly(text)) found.education = 'diploma';
  else if (tellsNoDegree(text) || NAE_DEGREE.test(normalise(text)) || DEGREE_UNFINISHED.test(normalise(text))) found.education = 'none';
  // A degree held beside a school named ("I teach secondary school and have a BEd"): the degree, not school finished.
  else if (school && finishedSchool(text) && DEGREE_HELD.test(degreesAsWords(text))) found.education = relevant ? 'relevant-degree' : 'other-degree';
  // "A high school diploma", "finished school": school done, no degree (and "studying nursing" after it is studying).
  else if (school && finishedSchool(text)) found.education = studying ? 'studying' : 'none';
  // "still in school, 200 level": a university's level (as Nigerian universities count the years), not school.
  else if (school && UNIVERSITY_LEVEL.test(normalise(text))) found.education = 'studying';
  else if (school) found.education = 'school';
  // Studying first: "studying" and "studied" share a stem, and "studied" counts as a degree.
  else if (studying) found.education = 'studying';
  else if (belowADegree) found.education = 'diploma';
  else if (hasAny(text, OTHER_DEGREE)) found.education = 'other-degree';
  else if (hasAny(told, DEGREE) || DEGREE_AS_WRITTEN.test(text) || saysRelevantRole(text)) found.education = relevant ? 'relevant-degree' : 'other-degree';

  // "In my second year of a nursing degree" is a year of study, not years of anything.
  const years = NOT_EXPERIENCE.test(normalise(text)) ? null : yearsMentioned(text);
  if (years !== null) found.years = years;
  if (saysRelevantRole(text) || saysRelevantRole(text, NURSE_ROLE) || (hasAny(text, WORKING) && !hasAny(text, ['not working', 'not yet working', "haven't worked", 'never worked']))) found.working = true;
  if (years !== null && years > 0) found.working = true;
  return Object.keys(found).length > 0 ? found : null;
}

const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|past|final|early|later|recent|coming)$/;
const YEARS_PATTERN = /(\d+(?:\.\d+)?|[a-z]+)\s*\+?\s*(?:more\s+)?(years?|yrs?|months?)\b/;

/** Years when the text gives a duration with its unit ("3 years", "six months", "a year"); null otherwise. */
export function yearsMentioned(text: string): number | null {
  const t = normalise(text).replace(/\bcouple of\b/, 'couple').replace(/\bfew\b/, 'few');
  if (/\b(?:less than|under) (?:a|one) year\b/.test(t)) return 0.5;
  if (/\b(?:a|one) decade\b/.test(t)) return 10;
  // "those first months", "the last few years" give no duration of their own: the first figure with its unit does.
  const match = [...t.matchAll(new RegExp(YEARS_PATTERN.source, 'g'))].find((found) => !ORDINAL_WORD.test(found[1]!));
  if (!match) return null;
  const amount = match[1] === 'few' || match[1] === 'several' ? 3 : readNumber(match[1]!);
  if (amount === null) return null;
  return match[2]!.startsWith('m') ? Math.round((amount / 12) * 10) / 10 : amount;
}

/**
 * Reads an answer to "how long have you worked in health or social services?", clause by clause: years said of a job
 * outside the field are not years in it ("none - I've been an office administrator for 6 years" is none), and a
 * remark around the answer ("odd answer. none") changes nothing.
 */
export function parseYears(text: string): number | null {
  const clauses = clausesOf(text).map((clause) => ({ said: normalise(clause.text), job: jobIn(clause.text), years: yearsAnswered(clause.text) }));
  const outside = ({ said, job }: { said: string; job: JobKind | null }): boolean => (job !== null && !job.inField && !CARE_FIELD.test(said)) || NOT_THE_FIELD.test(said);
  // "15 years but in bars": bare years go with the job outside the field named beside them.
  const outsideNamed = clauses.some(outside);
  let none = false;
  for (const clause of clauses) {
    if (clause.years === null) continue;
    const bare = clause.job === null && !CARE_FIELD.test(clause.said);
    if (clause.years > 0 && !outside(clause) && !(bare && outsideNamed)) return clause.years;
    none = true;
  }
  return none ? 0 : null;
}

/** Years said to be outside the field: "my 15 years are in bars not health care", "none of it in care". */
const NOT_THE_FIELD =
  /\b(?:not|never|none of (?:it|them|that)) (?:in |at |with )?(?:health|healthcare|care|social|the field|a hospital|hospitals|people|humans)\b|\b(?:with|on|caring for|looking after) (?:the )?(?:animals|pets|dogs|cats|horses|livestock)\b|\bnone of (?:my|those|these|the) (?:\w+ ){0,2}(?:years?|yrs|work|experience|time)\b/;

/** Reads one clause of an answer to "how long have you worked in health or social services?". */
function yearsAnswered(text: string): number | null {
  const t = normalise(text);
  if (NO_EXPERIENCE.test(t)) return 0;
  if (/^(?:not yet|none|no|nope|never|0|zero|not at all|no experience|nothing|i have not|have not|i havent|havent|not really)\b/.test(t)) return 0;
  if (/\b(?:i )?(?:don't|dont|do not) work\b|\bnot working\b|\bnever worked\b/.test(t)) return 0;
  if (/\b(?:one|1) and a half years?\b/.test(t)) return 1.5;
  if (/\bhalf a year\b/.test(t)) return 0.5;
  if (/\b(?:a|one) decade\b/.test(t)) return 10;
  if (/^(?:i )?(?:just|only just|recently) (?:started|begun|began)\b|^not (?:long|very long)\b/.test(t)) return 0.5;
  if (/\b(?:under|less than|below)\s+(?:2|two)\b/.test(t)) return 1;
  if (/\b(?:over|more than|above|at least)\s+(?:5|five)\b|\b5\s*\+/.test(t)) return 5;
  // "2 to 5 years", and "2-5 years" (normalised, the dash is a space).
  const range = /\b(\d+|[a-z]+)\s+to\s+(\d+|[a-z]+)\s*(?:years?|yrs?)?\b/.exec(t) ?? /\b(\d+)\s+(\d+)\s*(?:years?|yrs?)\b/.exec(t);
  if (range) {
    const low = readNumber(range[1]!);
    if (low !== null && readNumber(range[2]!) !== null) return low;
  }
  const mentioned = yearsMentioned(t);
  if (mentioned !== null) return mentioned;
  const bare = /^(\d+(?:\.\d+)?)$/.exec(t);
  return bare ? Number(bare[1]) : null;
}

/**
 * How someone put their years when they gave a band rather than a figure ("2 to 5 years", "under 2 years", "over 5
 * years"), in words to say back to them; null for a single figure or no years. `parseYears` keeps one number for the
 * plan's reasoning; this keeps the plan from stating a figure they did not give ("about 2 years" for "2 to 5 years").
 */
export function yearsBand(text: string): string | null {
  const t = normalise(text);
  const unit = (n: number): string => `${n} year${n === 1 ? '' : 's'}`;
  const below = /\b(?:under|less than|below|not quite)\s+(\d+|[a-z]+)\s*(?:years?|yrs?)?\b/.exec(t);
  const belowYears = below ? readNumber(below[1]!) : null;
  if (belowYears !== null) return `under ${unit(belowYears)}`;
  const above = /\b(?:over|more than|above|at least)\s+(\d+|[a-z]+)\s*(?:years?|yrs?)?\b|\b(\d+)\s*\+/.exec(t);
  const aboveYears = above ? readNumber((above[1] ?? above[2])!) : null;
  if (aboveYears !== null) return `over ${unit(aboveYears)}`;
  const range = /\b(\d+|[a-z]+)\s+to\s+(\d+|[a-z]+)\s*(?:years?|yrs?)?\b/.exec(t) ?? /\b(\d+)\s+(\d+)\s*(?:years?|yrs?)\b/.exec(t);
  const low = range ? readNumber(range[1]!) : null;
  const high = range ? readNumber(range[2]!) : null;
  return low !== null && high !== null && high > low ? `${low} to ${unit(high)}` : null;
}

/** Moving up to care manager itself ("want to move up to care manager"): becoming one, not leading. */
const UP_TO_CARE_MANAGER = /\b(?:move|moving|step|stepping|work|working|progress|progressing|climb|climbing) up (?:to|into) (?:being |becoming )?(?:a )?(?:care|case) manag\w*/g;

const LEAD = /\b(?:lead|leader|leading|leadership|manage a team|(?<!care )management|director|senior|chief|executive|promot\w*|advanc\w*|move up|climb|top|vp|vice president|run a|boss|head of)\b/;
const BECOME = /\b(?:become|be a|get started|start|first job|first role|first position|land|get hired|foot in the door|qualify|get into|enter|break into|switch|change career|career change|job as|get a job|work as|care manager)\b/;

/** An aim put off: "maybe leadership down the line", "lead a team one day", "senior roles later on". */
const LATER = /\b(?:later|later on|down the line|down the road|eventually|one day|someday|some day|in the future|in (?:a few|some|\d+|five|ten) years|long term|longer term|further (?:down|on)|after that|at some point|not yet|not now|not right now)\b/;
/** An aim turned down: "leadership isn't my aim right now", "not interested in management". */
const NOT_THE_AIM = /\b(?:not|isnt|isn t|never|no longer|dont|don t|do not|does not)\b/;
/** Where an aim said now and one put off part: "my first job for now, maybe leadership down the line". */
const AIM_PARTS = /[,;]|\s+(?:-|\u2013|\u2014)\s+|\b(?:but|then|and then|and maybe|maybe|and later|and eventually)\b/;

/**
 * Reads what someone aims for now; null when the text does not say. An aim put off ("maybe leadership down the line")
 * counts only when nothing else is aimed for.
 */
export function parseAim(text: string, kb: KnowledgeBase): Aim | null {
  const parts = text.split(AIM_PARTS).filter((part) => normalise(part) !== '');
  const now = parts.filter((part) => !LATER.test(normalise(part)) && !NOT_THE_AIM.test(normalise(part)));
  if (now.length > 0 && now.length < parts.length) return aimIn(now.join(', '), kb) ?? aimIn(text, kb);
  return aimIn(text, kb);
}

function aimIn(text: string, kb: KnowledgeBase): Aim | null {
  const t = normalise(text).replace(UP_TO_CARE_MANAGER, 'become a care manager');
  // "ages" is a vague duration here, though its stem is the stem of "ageing".
  const vagueTime = /^(?:for )?(?:ages|a while|a long time|a bit|some time|awhile)$/.test(t);
  if (/\bspeciali[sz]|\bspecialty\b|\bspecialism\b|\bniche\b|\bfocus on\b|\bone area\b/.test(t) || (!vagueTime && areasNamed(kb, text).length > 0)) return 'specialise';
  if (LEAD.test(t)) return 'lead';
  if (BECOME.test(t)) return 'become';
  return null;
}

// ---------------------------------------------------------------- jobs

interface JobKind extends Job {
  phrases: readonly string[];
  /** What holding the job says about education: a nurse has a nursing degree, a student nurse is studying. */
  education?: Education;
  /** A degree this job's holder tells, unnamed ("I already have my degree"), is in the job's field: a nurse's is nursing. */
  fieldOfDegree?: true;
  /** Health work the guide does not name as its experience (a pharmacy): not in the field, nor outside health and social care. */
  unnamed?: true;
}

/** Jobs in health and social care people name, each with the ways they name it (British and American). */
const JOBS: readonly JobKind[] = [
  { id: 'healthcare-assistant', title: 'healthcare assistant', inField: true, phrases: ['healthcare assistant', 'health care assistant', 'hca', 'healthcare support worker', 'health care support worker', 'clinical support worker'] },
  { id: 'nursing-assistant', title: 'nursing assistant', inField: true, phrases: ['nursing assistant', 'certified nursing assistant', 'cna', 'nurse aide', 'nurses aide', 'nursing aide', 'nursing aid', 'nurse aid', 'auxiliary nurse', 'nursing auxiliary', 'patient care technician'] },
  { id: 'care-worker', title: 'care worker', inField: true, phrases: ['care assistant', 'care worker', 'carer', 'caregiver', 'care giver', 'support worker', 'personal support worker', 'home carer', 'domiciliary carer', 'home health aide', 'home care aide', 'personal care aide', 'care aide', 'direct support professional'] },
  // A practical or vocational nurse (LPN, LVN) is a nurse whose training is below the bachelor's: no degree read into it (ut39a P08).
  { id: 'practical-nurse', title: 'licensed practical nurse (LPN)', inField: true, phrases: ['lpn', 'lvn', 'licensed practical nurse', 'licensed vocational nurse', 'practical nurse', 'vocational nurse'] },
  { id: 'student-nurse', title: 'student nurse', inField: true, education: 'studying', phrases: ['student nurse', 'nursing student', 'nurse in training'] },
  // A nurse's degree is not known unless told: many nurses, RNs among them, hold an associate degree or a diploma.
  { id: 'nurse', title: 'nurse', inField: true, fieldOfDegree: true, phrases: ['registered nurse', 'staff nurse', 'district nurse', 'charge nurse', 'practice nurse', 'community nurse', 'nurse', 'rn'] },
  { id: 'social-work-student', title: 'social work student', inField: true, education: 'studying', phrases: ['social work student', 'student social worker'] },
  { id: 'social-worker', title: 'social worker', inField: true, education: 'relevant-degree', phrases: ['social worker'] },
  { id: 'case-worker', title: 'case worker', inField: true, phrases: ['case worker', 'caseworker', 'case aide', 'family support worker', 'community health worker', 'outreach worker'] },
  { id: 'mental-health-worker', title: 'mental health worker', inField: true, phrases: ['mental health worker', 'mental health support worker', 'psychiatric aide', 'psychiatric technician'] },
  { id: 'care-coordinator', title: 'care coordinator', inField: true, phrases: ['care coordinator', 'care co ordinator', 'patient navigator', 'case manager'] },
  { id: 'counselor', title: 'counselor', inField: true, phrases: ['counselor', 'counsellor', 'therapist'] },
  // Health professions that deliver care: healthcare delivery, whose experience the guide asks for; never "counselor".
  { id: 'allied-health', title: 'therapist', inField: true, phrases: ['music therapist', 'art therapist', 'drama therapist', 'recreational therapist', 'occupational therapist', 'physical therapist', 'physiotherapist', 'physio', 'speech therapist', 'speech and language therapist', 'respiratory therapist'] },
  { id: 'medical-assistant', title: 'medical assistant', inField: true, phrases: ['medical assistant', 'medical receptionist', 'ward clerk'] },
  { id: 'phlebotomist', title: 'phlebotomist', inField: true, phrases: ['phlebotomist', 'phlebotomy', 'phlebotomy technician'] },
  // Technicians who treat or look after patients ("a dialysis tech for 6 yrs"): hands-on healthcare delivery.
  { id: 'dialysis-technician', title: 'dialysis technician', inField: true, phrases: ['dialysis technician', 'dialysis tech', 'renal technician', 'hemodialysis technician', 'hemodialysis tech', 'dialysis nurse tech'] },
  { id: 'surgical-technician', title: 'surgical technician', inField: true, phrases: ['surgical technician', 'surgical tech', 'surgical technologist', 'scrub tech', 'operating room technician', 'theatre technician'] },
  { id: 'imaging-technician', title: 'imaging technician', inField: true, phrases: ['radiology technician', 'radiology tech', 'radiologic technologist', 'radiographer', 'x ray tech', 'x ray technician', 'sonographer', 'ultrasound tech', 'ultrasound technician', 'mri tech', 'mri technician'] },
  { id: 'clinical-technician', title: 'clinical technician', inField: true, phrases: ['er tech', 'emergency room technician', 'ekg technician', 'ekg tech', 'ecg technician', 'rehab tech', 'rehab technician', 'psych tech', 'ward technician'] },
  // A therapist's aide ("im a PT aide at an outpatient clinic", ut38a P08-T1): hands-on care beside the therapist, not the therapist.
  { id: 'therapy-aide', title: 'therapy aide', inField: true, phrases: ['pt aide', 'pt aid', 'pt tech', 'physical therapy aide', 'physical therapist aide', 'physical therapy assistant', 'physical therapist assistant', 'physical therapy tech', 'physio aide', 'physio assistant', 'physiotherapy assistant', 'therapy aide', 'therapy assistant', 'rehab aide', 'ot aide', 'occupational therapy aide', 'occupational therapy assistant'] },
  { id: 'paramedic', title: 'paramedic', inField: true, phrases: ['paramedic', 'emt', 'ambulance technician', 'medical technician'] },
  // A cook is said back as a cook ("no im not a care coordinator lol im a cook"), not as a kind of worker.
  { id: 'cook', title: 'cook', inField: false, phrases: ['cook', 'line cook', 'prep cook', 'chef', 'sous chef', 'kitchen porter', 'kitchen worker'] },
  // Nursing that is not of people (animals, a nursery's children): no nursing degree, and its years are not in the field.
  { id: 'veterinary', title: 'veterinary nurse', inField: false, phrases: ['vet nurse', 'veterinary nurse', 'animal nurse', 'vet tech', 'veterinary technician', 'vet technician', 'vet assistant', 'veterinary assistant'] },
  { id: 'childcare', title: 'nursery nurse', inField: false, phrases: ['nursery nurse', 'nursery worker', 'nanny', 'childminder', 'daycare worker', 'childcare worker', 'child care worker'] },
  { id: 'funeral', title: 'funeral director', inField: false, phrases: ['funeral director', 'mortician', 'undertaker', 'embalmer', 'funeral home', 'funeral service'] },
  { id: 'teacher', title: 'teacher', inField: false, phrases: ['teacher', 'teaching assistant', 'taught'] },
  { id: 'retail', title: 'retail worker', inField: false, phrases: ['retail', 'shop assistant', 'cashier', 'sales assistant'] },
  { id: 'office', title: 'office worker', inField: false, phrases: ['office job', 'office work', 'office worker', 'admin job', 'admin work', 'administrator', 'receptionist', 'accountant'] },
  { id: 'hospitality', title: 'hospitality worker', inField: false, phrases: ['waiter', 'waitress', 'barista', 'bartender', 'bar manager', 'bar staff', 'bars', 'pubs', 'kitchens', 'hospitality', 'hotel', 'restaurant', 'restaurants'] },
  // Pharmacy work is health work the guide never names as the experience it asks for (work in hospitals, nursing homes,
  // community health centers, social service agencies): not counted as years in the field, and never said to be outside it.
  { id: 'pharmacy', title: 'pharmacy worker', inField: false, unnamed: true, phrases: ['pharmacy technician', 'pharmacy tech', 'pharmacy assistant', 'pharmacy tech assistant', 'pharmacy technician assistant', 'pharm tech', 'pharmacist', 'dispenser', 'chemist', 'pharmacy', 'pharmacies', 'drugstore'] },
  // Fitness work with clients' health (older clients, rehab after surgery) is work the guide never names either.
  // Massage is hands-on work with clients' bodies the guide never names either; never a counselor ("masage therapist", ut40a P11).
  { id: 'massage-therapist', title: 'massage therapist', inField: false, unnamed: true, phrases: ['massage therapist', 'licensed massage therapist', 'massage practitioner', 'masseuse', 'masseur', 'lmt', 'sports massage therapist'] },
  { id: 'fitness', title: 'personal trainer', inField: false, unnamed: true, phrases: ['personal trainer', 'fitness trainer', 'fitness instructor', 'gym instructor', 'fitness coach'] },
  { id: 'real-estate', title: 'real estate agent', inField: false, phrases: ['real estate agent', 'real estate', 'realtor', 'estate agent', 'property agent'] },
  { id: 'fire', title: 'firefighter', inField: false, phrases: ['firefighter', 'fire fighter', 'fireman', 'fire captain', 'fire chief', 'fire lieutenant', 'fire service', 'fire department', 'fire brigade'] },
  { id: 'insurance', title: 'insurance worker', inField: false, phrases: ['claims adjuster', 'claims adjustor', 'insurance adjuster', 'claims handler', 'claims examiner', 'insurance agent', 'insurance broker', 'underwriter'] },
  // Corrections work, which the guide never names among its settings ("CO for 9 yrs at a state prison", ut38a P12).
  { id: 'corrections', title: 'correctional officer', inField: false, phrases: ['correctional officer', 'corrections officer', 'correction officer', 'prison officer', 'prison guard', 'detention officer', 'jail officer', 'jailer', 'detention deputy'] },
  { id: 'police', title: 'police officer', inField: false, phrases: ['police officer', 'police', 'policeman', 'policewoman', 'cop', 'detective', 'state trooper'] },
  { id: 'human-resources', title: 'HR worker', inField: false, phrases: ['human resources', 'in hr', 'hr manager', 'hr advisor', 'hr officer', 'hr assistant', 'hr generalist', 'hr background', 'hr experience', 'recruiter'] },
];

/** Phrases longest first, so "registered nurse" wins over "nurse" and "nursing assistant" over "nurse". */
const JOB_PHRASES: ReadonlyArray<{ job: JobKind; phrase: readonly string[] }> = JOBS.flatMap((job) => job.phrases.map((phrase) => ({ job, phrase: normalise(phrase).split(' ') }))).sort(
  (a, b) => b.phrase.length - a.phrase.length || b.phrase.join(' ').length - a.phrase.join(' ').length,
);

/**
 * A job's word as typed: exact, or plural, or with one slip in a word of seven letters or more ("asisstant"). Not
 * stems: "nursing" is not "nurse", "hospital" not "hospitality", and short words are left alone ("carer", "career").
 */
function jobWordMatches(typed: string, expected: string): boolean {
  if (typed === expected || typed === `${expected}s`) return true;
  // "I do care coordination" is work done, not the job "care coordinator": a noun of the work is no slip for its doer.
  if (typed.endsWith('ion') && !expected.endsWith('ion')) return false;
  return expected.length >= 7 && wordMatches(typed, expected);
}

/** The job a clause names, with a typo forgiven in the longer words; "not a nurse" names none. */
function jobIn(clause: string): JobKind | null {
  const typed = normalise(clause).split(' ');
  const found = jobAt(typed);
  // "Firefighter/EMT here, 22 years": a job outside the field joined to one inside it is work in the field, the
  // inside one kept (ut40a P09), whichever of the two is the longer word.
  if (found && !found.job.inField) {
    const joined = jobAt(typed, (at) => at >= found.at + found.length && at <= found.at + found.length + 1 && typed.slice(found.at + found.length, at).every((word) => JOINING.has(word)), true);
    const before = jobAt(typed, (at, length) => at + length <= found.at && at + length >= found.at - 1 && typed.slice(at + length, found.at).every((word) => JOINING.has(word)), true);
    return (joined ?? before ?? found).job;
  }
  return found?.job ?? null;
}

/** Words that join two jobs held at once: "firefighter and EMT" ("firefighter/EMT" has none once normalised). */
const JOINING = new Set(['and', 'plus', 'n']);

/** The first job named as the writer's in the typed words, where `placed` allows it and, with `inFieldOnly`, in the field. */
function jobAt(typed: readonly string[], placed: (at: number, length: number) => boolean = () => true, inFieldOnly = false): { job: JobKind; at: number; length: number } | null {
  for (const { job, phrase } of JOB_PHRASES) {
    if (inFieldOnly && !job.inField) continue;
    for (let at = 0; at + phrase.length <= typed.length; at += 1) {
      if (!placed(at, phrase.length)) continue;
      if (!phrase.every((word, offset) => jobWordMatches(typed[at + offset]!, word))) continue;
      if (typed.slice(Math.max(0, at - 3), at).some((word) => NEGATIONS.has(word))) continue;
      if (someoneElses(typed.slice(Math.max(0, at - 4), at)) || anotherPersonsJob(typed.slice(0, at))) continue;
      if (notHeld(typed.slice(0, at), typed.slice(at + phrase.length))) continue;
      if (peopleNotTheWriter(phrase, typed, at) || jobComparedTo(typed.slice(0, at), typed.slice(at + phrase.length))) continue;
      if (job.id === 'counselor' && phrase.join(' ') === 'therapist' && !talkingTherapist(typed[at - 1])) continue;
      return { job, at, length: phrase.length };
    }
  }
  return null;
}

/** Words before "therapist" that keep it a talking therapist (a counselor); any other kind ("masage therapist") is no counselor. */
const TALKING_THERAPIST = /^(?:a|an|the|my|as|im|am|m|was|been|be|licensed|registered|qualified|certified|trained|practising|practicing|family|marriage|couples?|health|behavioral|behavioural|grief|trauma|addiction|child|play|cbt|talking|talk|clinical|psychotherapist|school|drug|alcohol|substance|abuse|bereavement|relationship|lmft|lpc|lcsw|a\s)$/;

function talkingTherapist(before: string | undefined): boolean {
  return before === undefined || TALKING_THERAPIST.test(before) || /^\d+$/.test(before);
}

/** The last word of a job that names a person ("therapist", "nurse", "officer"), whose plural is other people. */
const PERSON_NOUN = /(?:er|or|ist|ian|ant|ent|ic|aide|nurse|rn|cna|hca|emt|cop|chef|cook|physio|medic|officer)$/;

/** What people of a job know or do, said of them as the subject: "pharmacists know", "nurses already have". */
const OF_ONES_KIND = /^(?:like me )?(?:know|knows|are|have|do|can|get|use|understand|already|learn|deal|handle)\b/;

/**
 * A job named in the plural ("i handle his schools, doctors, insurance, therapists"): the people dealt with, never the
 * writer's own job, unless the writer is one of them ("we are both nurses"). Tester ut38a P10 was noted as a counselor.
 */
function peopleNotTheWriter(phrase: readonly string[], typed: readonly string[], at: number): boolean {
  const last = phrase[phrase.length - 1]!;
  const said = typed[at + phrase.length - 1]!;
  if (said !== `${last}s` || last.endsWith('s') || !PERSON_NOUN.test(last)) return false;
  // "Pharmacists know medications very well": one's own kind spoken of as the subject, after telling the job.
  if (at === 0 && OF_ONES_KIND.test(typed.slice(phrase.length).join(' '))) return false;
  return !typed.slice(0, at).some((word) => word === 'we' || word === 'both');
}

/**
 * A job whose work the writer only compares their own to: "I end up doing half the social workers job", "doing the
 * nurse's job without the pay" (tester ut38a P12 was noted as a social worker with a relevant degree).
 */
function jobComparedTo(before: readonly string[], after: readonly string[]): boolean {
  if (!/^(?:s )?(?:job|jobs|work|duties|tasks|role|stuff|things)\b/.test(after.join(' '))) return false;
  return /\b(?:the|half|doing|do|does|did|like|basically|practically|same as)\b/.test(before.slice(-4).join(' ')) && !/\b(?:my|i have|i got|i had|i hold)\b/.test(before.slice(-4).join(' '));
}

/** A job never worked ("never worked as a nurse") or trained for only ("I trained as a nurse"): training, not the job. */
const NOT_WORKED_AS = /\b(?:(?:not|never|no longer) (?:\w+ )?(?:worked|work|working|been|practi[sc]ed|practi[sc]ing) as|(?:trained|training|studied|studying|qualified but never worked) as|trained to be|studied to be)(?: (?:a|an))?(?: \w+)?$/;
/** People a job is said of after it: "the care coordinator lady", "the nurse guy", "nurse friend". */
const PERSON_AFTER = /^(?:lady|ladies|woman|women|man|men|guy|guys|gal|person|people|folks?|fella|bloke|chap|friend|friends|mate|neighbou?r)\b/;
/** A job weighed as an option, not held: "care coordinator sounds right", "nurse seems a good start", "would a nurse role". */
const WEIGHED_AFTER = /^(?:(?:job|jobs|role|roles|position|positions|work|route|path) )?(?:sounds?|seems?|looks?|would be|could be|might be|is a good|sounds like|seems like|is what i want|is the way|as a first)\b/;
/** Who or what did something, told of a job with no "I" before it: "the nurse who helped us", "a case manager that sorted". */
const DID_AFTER = /^(?:who|that|which)\b/;

/**
 * True when the words around a job say the writer does not hold it: never worked as one or only trained for it, a
 * person named after it ("the care coordinator lady"), a job weighed as an option ("care coordinator sounds right"), or
 * someone who did something for them ("the nurse who helped us") where the clause has no "I" before it.
 */
function notHeld(before: readonly string[], after: readonly string[]): boolean {
  return NOT_WORKED_AS.test(before.join(' ')) || othersOrWeighed(before, after);
}

/** True when a job is named as another person ("the care coordinator lady", "the nurse who helped") or as an option. */
function othersOrWeighed(before: readonly string[], after: readonly string[]): boolean {
  const next = after.join(' ');
  const said = before.join(' ');
  if (PERSON_AFTER.test(next) || WEIGHED_AFTER.test(next) || WORKS_BESIDE.test(said) || MET_OR_SPOKEN_TO.test(said) || WORD_SHOWN.test(said)) return true;
  const noI = !/\b(?:i|im|ive|i m|i am|i was|i ve)\b/.test(said);
  return noI && (DID_AFTER.test(next) || (/\b(?:the|our|their|his|her)$/.test(said) && TOLD_AFTER.test(next)));
}

/** Someone the writer works beside: "I work with a care coordinator", "alongside the nurses". */
const WORKS_BESIDE = /\b(?:work|works|worked|working|alongside|next to|under|shadowed|shadowing)(?: (?:closely|daily|every day))? (?:with|alongside|beside|next to|under|for)? ?(?:a|an|the|our|my|some)$/;
/**
 * Someone the writer meets, speaks to or deals with: "figure out the school nurse", "talk to the nurse case managers at
 * work", "I work with nurse case managers", "asked our social worker".
 */
const MET_OR_SPOKEN_TO =
  /\b(?:talk|talked|talking|speak|speaking|spoke|chat|chatted|reach out|reached out|ask|asked|asking|call|called|calling|email|emailed|contact|contacted|meet|met|meeting|see|saw|seen|figure out|figured out|deal with|dealt with|dealing with|fight with|fought with|fighting with|work with|works with|worked with|working with|coordinate with|coordinated with|coordinating with)(?: (?:to|with))?(?: (?:the|a|an|our|their|his|her|my|some|any|these|those|other|all the))?(?: [a-z]+)?$/;
/** A job word the roadmap or the bot is said to show: "it still says nurse", "why does my roadmap say nurse". */
const WORD_SHOWN = /\b(?:it|roadmap|plan|that|this|you|u|profile)(?: (?:still|now|just|also))? (?:says?|said|reads?|shows?|showing|lists?|listed|put|wrote|called me|calls me|think|thinks|thought)(?: (?:me as|i m|im|i am|i was))?(?: (?:a|an|the))?$/;
/** What another person did or said, after a job named with "the": "the care coordinator at my job says I should apply". */
const TOLD_AFTER = /^(?:(?:at|from|in|on|of) (?:\w+ ){1,3})?(?:says|said|told|tells|suggested|suggests|recommended|recommends|thinks|thought|helped|helps|was|were|visited|came|comes|sorted|arranged)\b/;

/** The job a clause says the writer is not: "I am not a care coordinator", "im not a nurse myself". */
function deniedJob(clause: string): string | null {
  const typed = normalise(clause).split(' ');
  for (const { job, phrase } of JOB_PHRASES) {
    for (let at = 0; at + phrase.length <= typed.length; at += 1) {
      if (!phrase.every((word, offset) => jobWordMatches(typed[at + offset]!, word))) continue;
      if (/\bi (?:am|was|have) (?:not|never)(?: been)?(?: (?:a|an|the))?$/.test(typed.slice(Math.max(0, at - 5), at).join(' '))) return job.id;
    }
  }
  return null;
}

/** True when the message says the writer is not something ("no im not a care coordinator lol im a cook"). */
export function deniesAJob(text: string): boolean {
  return clausesOf(text).some((clause) => deniedJob(clause.text) !== null);
}

/** True when a clause names a job only as someone else's ("my aunty in Houston is a case manager"). */
function namesOthersJob(clause: string): boolean {
  const typed = normalise(clause).split(' ');
  return JOB_PHRASES.some(({ phrase }) => {
    for (let at = 0; at + phrase.length <= typed.length; at += 1) {
      if (!phrase.every((word, offset) => jobWordMatches(typed[at + offset]!, word))) continue;
      if (anotherPersonsJob(typed.slice(0, at)) || othersOrWeighed(typed.slice(0, at), typed.slice(at + phrase.length))) return true;
    }
    return false;
  });
}

/** True when holding the job means studying for the degree (a student nurse): its years are study, not work. */
export function isStudentJob(id: string): boolean {
  return JOBS.find((candidate) => candidate.id === id)?.education === 'studying';
}

/** True when the job is health work the guide does not name as the experience it asks for (a pharmacy). */
export function isUnnamedJob(id: string): boolean {
  return JOBS.find((candidate) => candidate.id === id)?.unnamed === true;
}

/** What holding the job says of education (a nurse: a nursing degree), or null: dropped with the job when it is denied. */
export function educationOfJob(id: string): Education | null {
  return JOBS.find((candidate) => candidate.id === id)?.education ?? null;
}

/** True when a degree the job's holder tells, unnamed, is in the job's field: a social worker's, a nurse's. */
export function degreeIsOfTheJob(id: string): boolean {
  const job = JOBS.find((candidate) => candidate.id === id);
  return job?.education === 'relevant-degree' || job?.fieldOfDegree === true;
}

export function jobById(id: string): Job | null {
  // A job kept in the person's words (jobInTheirWords.ts): work outside health and social services, said back as told.
  if (id.startsWith(TOLD_JOB_PREFIX) && id.length > TOLD_JOB_PREFIX.length) return { id, title: id.slice(TOLD_JOB_PREFIX.length), inField: false };
  const job = JOBS.find((candidate) => candidate.id === id);
  return job ? { id: job.id, title: job.title, inField: job.inField } : null;
}

// ---------------------------------------------------------------- clauses

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nor']);

/** Words that make a job someone else's: "my careers teacher said", "my mum is a nurse", "she's a care manager". */
const OTHERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'she', 'he', 'shes', 'hes', 'they', 'theyre']);
/** Words between "my" and a job that keep it the person's own: "my job as a nurse", "my background is nursing". */
const OWN_WORK: ReadonlySet<string> = new Set(['job', 'role', 'work', 'career', 'position', 'background', 'profession', 'trade', 'title']);

/** True when the words just before a job say it is someone else's, not the writer's. */
function someoneElses(before: readonly string[]): boolean {
  return before.some((word) => OTHERS.has(word)) && !before.some((word) => OWN_WORK.has(word));
}

/** People other than the writer, named by what they are to them: family, friends, the people they work or study with. */
const OTHER_PEOPLE =
  '(?:mum|mom|mother|mam|dad|father|parents?|sons?|daughters?|husband|wife|partner|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|nan|nana|sisters?|brothers?|siblings?|aunt|aunty|auntie|uncle|cousins?|niece|nephew|in laws?|stepmum|stepmom|stepdad|friends?|bestie|mates?|pal|boyfriend|girlfriend|bf|gf|fianc\\w*|colleagues?|coworkers?|co workers?|boss|supervisor|neighbou?rs?|flatmates?|roommates?|housemates?|classmates?|tutor|lecturer|teacher|mentor)';
/**
 * Someone else as the subject the job is said of, after the writer's own last "I": "my aunty in Houston is a", "it is
 * my aunty that is a", "my uncle works as a", "she is a". "I work with my mum as a carer" keeps "I" after the family.
 */
const ANOTHER_PERSON_IS = new RegExp(
  `\\b(?:(?:my|our|his|her|their) (?:\\w+ ){0,2}?${OTHER_PEOPLE}|(?:a|an|the|one|some|this) (?:\\w+ )?${OTHER_PEOPLE} (?:who|that|of mine|of ours)|she|he|they)\\b(?: \\w+){0,3}? (?:is|was|are|were|works?|worked|working|has been|had been|used to be|became|retired as|trained as|is now)\\b(?!.*\\bi\\b)`,
);

/** True when the words of a clause before a job make it another person's ("my aunty in Houston is a ..."). */
function anotherPersonsJob(before: readonly string[]): boolean {
  return ANOTHER_PERSON_IS.test(before.join(' '));
}
const FIRST_PERSON = /\b(?:i|me|my|mine|myself)\b/;
/** A clause that says what the person wants, not what they are. */
const WISH = /\b(?:want|wanted|wanting|would like|like to|love to|hope|hoping|aim|aiming|goal|plan (?:to|on)|planning (?:to|on)|my plan|dream|looking to|interested|keen|passion|passionate|thinking of|thinking about|considering|drawn to|leaning|lean (?:toward|towards)|eventually|one day|someday)\b/;
/** Words that make a clause a question even without a question mark ("wondering whether I could ..."). */
const ASKING = /\b(?:wonder|wondering|whether|if i can|if i could|if i need|is it possible|do i need|can i|could i|should i|would i|how do i|how can i|how long|how much)\b/;
/** Years that are not experience: an age, a time ahead, a course's length. */
const NOT_EXPERIENCE = /\b(?:(?:years?|yrs?) old|(?:year|yr) olds?|aged|(?:years?|yrs?|months?) (?:sober|clean|in recovery)|in \S+ (?:years?|months?)|\S+ (?:years?|months?) (?:from now|ago|course|degree|programme|program)|\S+ year (?:course|degree|programme|program)|next year|this year|last year|(?:first|second|third|fourth|final|1st|2nd|3rd|4th) year)\b/;
/** Words that tie a duration to work ("for six years", "6 years' experience", "worked ... 3 years"). */
const WORK_CONTEXT = /\b(?:been|work|worked|working|experience|exp|job|role|employed|career|in care|as a|as an|for)\b|\byears? in (?!(?:school|uni|university|college|education|training|study|studies)\b)/;

/** An aim or goal named as a label before what it is: "Aim: ...", "my goal - ...", "Goal = ...". */
const AIM_LABEL = /\b(aim|goal|objective|ambition|target)s?\s*(?::|=|\s-|\s\u2013|\s\u2014)\s*(?:to\s+)?/i;

/** The clauses of a message, each with whether it is worded as a question. */
function clausesOf(text: string): Array<{ text: string; asks: boolean }> {
  const result: Array<{ text: string; asks: boolean }> = [];
  // An aim given as a label ("Aim: get into care management first", "goal - leadership") is a wish of the writer's.
  for (const sentence of text.replace(new RegExp(AIM_LABEL.source, 'gi'), 'my $1 is to ').match(/[^.!?\n]+[.!?]*/g) ?? []) {
    const endsAsking = /\?\s*$/.test(sentence);
    const parts = sentence
      .replace(/[.!?]+\s*$/, '')
      .split(/[,;:]|\s+(?:-|–|—)\s+|\bbut\b|\band\s+(?=(?:i|i'm|im|i've|ive|my|want|would|hope|am|have|had|now|currently|also|then|thinking|considering|looking|hoping|wanting|keen|interested)\b)|\bso\b|\b(?:given|since|because|as)\s+(?:that\s+)?(?=(?:i|i'm|im|i've|ive|my)\b)/i)
      .map((part) => part.trim())
      .filter(Boolean);
    parts.forEach((part, i) => {
      const t = normalise(part);
      // "Would love to work with children" opens like a question but says what the person wants.
      const wish = /^(?:i )?would (?:love|like|prefer)\b/.test(t);
      const asks = (endsAsking && i === parts.length - 1) || (looksLikeQuestion(part) && !wish) || ASKING.test(t);
      result.push({ text: part, asks });
    });
  }
  return result;
}

/** Years of experience a clause gives, or null; "25 years old", "in 2 years" and "a 3 year degree" give none. */
function experienceYears(clause: string): number | null {
  const t = normalise(clause);
  if (NOT_EXPERIENCE.test(t)) return null;
  const years = yearsMentioned(t);
  if (years === null) return null;
  return WORK_CONTEXT.test(t) ? years : null;
}

/** A role named as what one was or is: "i was a flight attendant", "worked as an electrician". */
const ROLE_NAMED = /\b(?:was|am|m|been|worked as|work as|working as) (?:an?|the) [a-z]+/;

/** "I have never worked in care", "no experience yet": none. */
const NO_EXPERIENCE = /\b(?:(?:zero|0|no) (?:years?|yrs?|experience)(?: (?:in|of))? (?:health|care|social|the field)|(?:no|zero|0) (?:(?:human|real|actual|paid|direct) )?(?:health ?care|health|care|social care|relevant|clinical) (?:work )?experience|never worked|not worked|have not worked|(?:have not|havent|do not have|dont have)(?: got)?(?: an[y]| much)?(?: work| real| relevant)? experience|no experience|no work experience|not working|not yet working|do not work|unemployed|out of work|between jobs)\b/;

/** What is known when a message is read: whether it answers the bot's question about the person, and their work. */
export interface ReadingContext {
  /** An answer to one of the bot's questions about them ("about 3 years as a care assistant"): about them without "I". */
  answering?: boolean;
  /** Their job, said earlier, is in health or social care: "I've done it for 3 years" then counts as experience. */
  worksInField?: boolean;
  /** Their job, said earlier, means a relevant degree (a social worker): "I already have my degree" is that one. */
  jobHasDegree?: boolean;
}

/** A clause telling of work before the work just told: "before that 3 years on a cardiac unit", "previously 2 years in a clinic". */
const EARLIER_WORK = /^(?:(?:and|then|but) )?(?:before that|before this|prior to that|prior to this|previously|earlier)\b/;

/** A message that opens by introducing its writer: "OT here", "Hi! Registered dietitian here", "Respiratory therapist here". */
const INTRODUCED_HERE = /^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?: there)? )?(?:[a-z]+ ){1,3}here\b/;

/** A clause that opens with a degree or its lack, told not asked ("BSN, starting ...", "no degree btw", "BA in psych"). */
// "got a BS in business admin, finished it on active duty" (tester ut37a, P03 m8): the verb with no "I" is terse too.
const TERSE_DEGREE = /^(?:(?:and|but|so|also|plus)\s+)?(?:(?:got|have|hold|earned|finished|completed|did)\s+(?:a |an |my )?(?=\w+ (?:in|of) [a-z]|bsn|bsw|msw|msn|adn))?(?:no (?:college )?degree|(?:an? )?(?:bsn|bsw|msw|msn|adn)\b|(?:ba|bs|bsc|ma|ms|msc) (?:in|of) [a-z])/i;

/** True when a clause of the message, not a question, tells a degree or its lack tersely. */
export function saysDegreeTersely(said: string): boolean {
  // Not asked ("BSN or BSW?"), nor two weighed ("BA in nursing or social work, which is better?").
  return (said.match(/[^.!?,;\n]+[.!?,;]?/g) ?? []).some((clause) => !clause.trim().endsWith('?') && !/\bor\b/i.test(clause) && TERSE_DEGREE.test(clause.trim()));
}

/** A degree's letters as written, with its subject: "BS in respiratory care", "MS in clinical nutrition", "BA in business". */
const LETTERS_WITH_SUBJECT = /\b(?:BS|MS|BSc|MSc|BA|MA|BSN|BSW|MSW|MSN|MPH|MBA)\s+(?:in|of)\s+[A-Za-z]/;

/** A degree said with its subject: "a BSc in social work", "my business degree", "bachelors in business admin". */
const DEGREE_WITH_SUBJECT =
  /\b(?:degree|bachelors?|bachelor s|masters?|master s|ba|bsc|ma|msc|diploma)s? (?:in|of) (?!(?:\d|the (?:uk|us)|my|it)\b)\w+|\b(?!(?:a|an|my|the|his|her|first|second|university|college|uni|undergraduate|undergrad|postgraduate|full|online|proper|real|\d+|four|three|year|already)\b)[a-z]+ (?:degree|bachelors?|bachelor s)\b/;

/**
 * What a message says about the person who wrote it. Only messages in the first person count ("I", "my", "me"),
 * unless it answers the bot's question about them; of them only the clauses that are not questions count; an area and
 * an aim only from what they want. Years and work count only in health or social care, named in the message or known.
 */
export function readAboutYou(said: string, kb: KnowledgeBase, known: ReadingContext = {}): AboutYou {
  // "a B.S. in biology": the degree's letters kept whole, not split into sentences at their dots.
  // "you still have 4 years, it's 7": the figure said to be the bot's is no figure of theirs.
  // "Between caseworkers, therapists and pediatricians, I ...": the people dealt with, never the writer's job (peopleDealtWith.ts).
  const text = withCorrectionsNamed(withoutPeopleDealtWith(withTheirFiguresOut(withChatWordsRead(said).replace(/\b([BM])\.S\.(?=\s)/g, '$1S'))));
  const about: AboutYou = {};
  const t = normalise(text);
  // A degree told tersely, with no "I" ("BSN, starting on a tele floor", "no degree btw"): its education (tester ut36a).
  const terseEducation = !known.answering && saysDegreeTersely(said) ? readAboutYou(said, kb, { ...known, answering: true }).education : undefined;
  if (!known.answering && !FIRST_PERSON.test(t) && !startsWithOwnJob(text) && !AIM_LABEL.test(text)) return withWhatTheyPutRight(said, text, kb, terseEducation ? { ...about, education: terseEducation } : about, known.worksInField === true);
  // "an HCA on a dementia ward, six years now": a bare duration counts once the message says the person works.
  let bareYears: number | null = null;
  let laterAim: Aim | null = null;
  // Years and work count as experience only in health or social care: "taught primary school for 25 years" is not.
  const inField = known.worksInField === true || saysTheField(text);
  // "OT here (masters in OT, licensed, 9 yrs ...)", "Registered dietitian here, MS in ...": a self-introduction, told tersely.
  const terse = startsWithOwnJob(text) || INTRODUCED_HERE.test(t);
  // A role outside the field named, and the fragments that go on about it ("a funeral director in Dayton, Ohio for 24
  // years"): their years are that role's, not years in health or social care.
  let roleOutside = false;
  let notTheField = false;
  for (const clause of clausesBesideFamilyCare(text)) {
    // Looking after one's own family is no job and no years in the field ("looking after my mum for 3 years").
    if (clause.asks) continue;
    const c = normalise(clause.text);
    // "If I wanted to go into pediatric instead", "what if I did geriatric": supposed, not said of themselves.
    if (SUPPOSED.test(c)) continue;
    // Something asked of the bot tells nothing of the person: "write me a poem about nurses", "draft my cover letter".
    if (ASKED_OF_THE_BOT.test(c)) continue;
    if (WISH.test(c)) {
      laterAim ??= readWish(clause.text, kb, about);
      continue;
    }
    const denied = deniedJob(clause.text);
    if (denied) about.notJob = denied;
    // "My aunty is a case manager", "a case manager helped my family": another person's work, nothing of the writer's.
    if (tellsOfOthersCaring(clause.text) || (jobIn(clause.text) === null && namesOthersJob(clause.text))) continue;
    const job = jobIn(clause.text);
    if (job) {
      about.job = { id: job.id, title: job.title, inField: job.inField };
      if (job.inField) about.working = true;
      if (job.education && about.education === undefined) about.education = job.education;
    }
    // A job the readers do not know, told as theirs ("im a crane operator"): kept in their words, outside the field.
    const toldJob = job === null && about.job === undefined && !CARE_SETTING.test(c) && !CARE_FIELD.test(c) ? jobInTheirWords(clause.text) : null;
    if (toldJob) about.job = { id: `${TOLD_JOB_PREFIX}${toldJob}`, title: toldJob, inField: false };
    // "I was a flight attendant for 25 years": years of a role the clause names outside the field are not in it,
    // whatever else the message says of care.
    const namesRole = !job && ROLE_NAMED.test(c) && !CARE_FIELD.test(c);
    const goesOn = !job && roleOutside && !OWN_SUBJECT.test(c) && !CARE_FIELD.test(c);
    roleOutside = job ? !job.inField && !CARE_SETTING.test(c) : OWN_SUBJECT.test(c) ? namesRole : roleOutside;
    const otherRole = namesRole || goesOn;
    if (NOT_THE_FIELD.test(c) && !(job && job.inField)) notTheField = true;
    const earlier = EARLIER_WORK.test(c) && !/\b(?:stud\w*|school|college|uni|university|degree|course|training)\b/.test(c);
    const years = inField && !otherRole ? (experienceYears(clause.text) ?? (earlier && !NOT_EXPERIENCE.test(c) ? yearsMentioned(c) : null)) : null;
    if (years !== null && !(job && !job.inField)) {
      // "about 4 years now, before that 3 years on a cardiac unit": the earlier work adds to the years told (ut34a, tele #1).
      const told = about.years ?? bareYears;
      about.years = earlier && told !== null && told > 0 && years > 0 ? told + years : years;
      if (years > 0) about.working = true;
    } else if (years === null && inField && !otherRole && !(job && !job.inField) && !NOT_EXPERIENCE.test(c)) {
      bareYears ??= yearsMentioned(c);
    }
    if (NO_EXPERIENCE.test(c)) {
      about.working = false;
      about.years = 0;
    }
    const stage = parseStage(clause.text);
    // "qualified in 2015" names no field: it does not undo the nursing degree a nurse has.
    // "I already have my degree. I finished it in 2015" after saying they are a social worker: that degree, unnamed.
    const vague = stage?.education === 'other-degree' && (about.education === 'relevant-degree' || (about.job !== undefined && degreeIsOfTheJob(about.job.id) && !DEGREE_WITH_SUBJECT.test(c)) || (known.jobHasDegree === true && !DEGREE_WITH_SUBJECT.test(c)));
    if (vague && about.education === undefined) about.education = 'relevant-degree';
    // A degree named in a clause that says nothing of the person is the guide's words said back ("a degree, right. so
    // my office job doesnt help"), unless the message is a terse self-description ("nurse, BSN, 10 years").
    // A degree's letters as written with its subject ("RRT, BS in respiratory care, 9 yrs") are the writer's own: the guide writes none.
    // A degree in a subject the guide never names ("bachelors in business admin" closing an introduction) is no echo either.
    const ownSubject = stage?.education === 'other-degree' && DEGREE_WITH_SUBJECT.test(c) && FIRST_PERSON.test(t);
    const echoed = (stage?.education === 'other-degree' || stage?.education === 'relevant-degree') && !known.answering && !FIRST_PERSON.test(c) && !terse && !LETTERS_WITH_SUBJECT.test(clause.text) && !ownSubject;
    // "I can't just quit and do a 4 year degree": a degree to do, not one held.
    const toDo = (stage?.education === 'other-degree' || stage?.education === 'relevant-degree') && DEGREE_TO_DO.test(c) && !DEGREE_HELD.test(degreesAsWords(clause.text));
    if (stage?.education && !vague && !echoed && !toDo) about.education = stage.education;
    // "My nan was in a care home" tells where someone of the family was, not where the person works.
    if (stage?.working && inField && about.working === undefined && !(job && !job.inField) && !otherRole && !OF_THE_FAMILY.test(c) && !denied) about.working = true;
  }
  if (about.years === undefined && bareYears !== null && about.working === true && about.job?.inField !== false) about.years = bareYears;
  // "My 4 years are with animals. That's not health or social services": no years in the field, whatever else is said.
  if (notTheField && !saysTheField(text) && about.job?.inField !== true) {
    about.years = 0;
    about.working = false;
  }
  // How far through the degree a student is ("in my 2nd year of a BSW"): what is left of the route counts from it. A
  // degree named with the year it is in ("3rd year of a social work degree") is one in hand, not one held.
  const study = about.education === undefined || about.education === 'studying' || !DEGREE_HELD.test(degreesAsWords(text)) ? studyTold(text) : {};
  if (study.studyYear !== undefined || study.studyYearsLeft !== undefined) {
    if (about.education === 'relevant-degree' || about.education === 'other-degree') about.education = 'studying';
    if (about.education === 'studying') Object.assign(about, study);
  }
  if (about.aim === undefined && laterAim !== null) about.aim = laterAim;
  // "my degree is criminal justice, associates": the degree is an associate's, said after it (tester ut38a P12).
  if ((about.education === 'other-degree' || about.education === 'relevant-degree') && ASSOCIATE_NAMED.test(t) && !FULL_DEGREE_NAMED.test(t)) about.education = 'diploma';
  // "CNA certificate and some college credit" is a certificate, not "a diploma or associate degree" (tester ut38a P01).
  if (about.education === 'diploma') {
    const kind = diplomaKindIn(t);
    if (kind) about.diplomaKind = kind;
  }
  return withWhatTheyPutRight(said, text, kb, terseEducation && about.education === undefined ? { ...about, education: terseEducation } : about, inField || known.worksInField === true);
}

/** The kind of education below a bachelor's a message names, when it names one kind only. */
function diplomaKindIn(said: string): DiplomaKind | null {
  const associate = ASSOCIATE_NAMED.test(said) || /\b(?:adn|asn|aa degree)\b/.test(said);
  const certificate = /\b(?:certificates?|certs?|certified|certification)\b/.test(said) && !/\bdiplomas?\b/.test(said);
  if (associate === certificate) return null;
  return associate ? 'associate' : 'certificate';
}

/** An associate degree named anywhere, its own word ("associates", "an associate's"), not a sales or research associate. */
const ASSOCIATE_NAMED = /(?<!\b(?:sales|store|retail|research|team|shop|client|customer|care|warehouse|my|our|with|business|legal|clinical) )\bassociates?\b(?! (?:at|with|of mine|who|that|are|were)\b)/;
/** A bachelor's or above named, which an associate's named beside it does not lower. */
const FULL_DEGREE_NAMED = /\b(?:bachelors?|bachelor s|masters?|master s|bsc|msc|ba|ma|bs|phd|doctorate|bsn|bsw|msw|msn|mba|mph|four year|4 year)\b/;

/** A credential of their own named in what they ask: "does my vet tech associates count", "is my BSN enough". */
const OWN_CREDENTIAL =
  /\b(?:does|do|is|would|will|could|can|did) my ((?:[a-z]+ ){0,3}?(?:degree|ass?ociates?|diploma|bachelors?|masters?|bsn|bsw|msw|msn|adn|asn))\b (?:(?:still|really|even|actually) )?(?:count|counts|be enough|enough|good enough|close enough|qualify|help|matter|work|get me|cover)\b/;

/** A master's or a doctorate said held: "masters in OT", "an MSc", "my MPH", "PhD in biology". */
const HIGHER_DEGREE = /\b(?:masters?|master s|msc|ma|ms|mph|mba|msn|msw|mres|phd|doctorate|dnp|edd)\b/;

/**
 * What a message puts right or names as theirs beside what it tells: the years after "it's" ("you still have 4 years,
 * it's 7"), an area said as their choice ("save chronic disease as my specialty", "I said chronic disease") or asked
 * about for themselves, and a degree above a bachelor's.
 */
function withWhatTheyPutRight(said: string, text: string, kb: KnowledgeBase, about: AboutYou, inField: boolean): AboutYou {
  const years = yearsPutRight(said);
  if (years !== null && (inField || about.years !== undefined)) {
    about.years = years;
    if (years > 0) about.working = true;
  }
  const chosen = areaChosenIn(kb, said);
  if (chosen) about.specialisation = chosen;
  const asked = about.specialisation ? null : areaAskedFor(kb, said);
  if (asked) about.areaAsked = asked;
  // "does my vet tech asociates count for anything?": their own credential, named in a question about it.
  if (about.education === undefined) {
    const own = OWN_CREDENTIAL.exec(normalise(said));
    const education = own ? (/ass?ociate/.test(own[1]!) ? 'diploma' : parseStage(`my ${own[1]!}`)?.education) : undefined;
    if (education === 'diploma' || education === 'relevant-degree' || education === 'other-degree') about.education = education;
  }
  // Only a master's told as held: "would I need a master's, or would my teaching degree count?" asks of one (ut38a P07).
  // "everything wants a masters or a license": what jobs ask for, not what the person has (ut39a P09).
  const toldText = clausesOf(text).filter((clause) => !clause.asks).map((clause) => clause.text).join(', ');
  const held = degreesAsWords(toldText).replace(/\bma\b(?= (?:am|i)\b)/g, ' ').replace(DEGREE_ASKED_FOR, ' ');
  if ((about.education === 'other-degree' || about.education === 'relevant-degree') && HIGHER_DEGREE.test(held)) about.higherDegree = true;
  return about;
}

/** A degree asked for by jobs or employers: "everything wants a masters", "they all require an MSW", "jobs asking for a master's". */
const DEGREE_ASKED_FOR =
  /\b(?:wants?|wanted|wanting|requires?|required|requiring|asks? for|asked for|asking for|needs?|needed|demands?|demanding|expects?|expecting|looking for|prefers?|preferred|calls? for|at least|minimum)\b (?:(?:either|both|a|an|the|some|at least|minimum|like|you to have|you have|to have)\s+)*(?:masters?|master s|msc|ma|ms|mph|mba|msn|msw|mres|phd|doctorate|dnp|edd)\b/g;

/** A degree spoken of as one to do or get ("can't just quit and do a 4 year degree", "would have to get a nursing degree"). */
const DEGREE_TO_DO =
  /\b(?:do|doing|get|getting|start|starting|take|taking|go back for|study for|afford|pay for)\b (?:a |an |another |the |my )?(?:[a-z0-9]+ ){0,3}?(?:degree|bachelors?|bachelor s|masters?|master s|uni|university|college)\b/;

/** A clause that supposes rather than tells: "if I wanted to ...", "what if I ...", "suppose I went into ...". */
const SUPPOSED = /^(?:(?:and|but|so|ok|okay|cool|hmm|just|like)\s+)*(?:if|what if|suppose|supposing|imagine|hypothetically)\b/;

/** A clause that tells the bot to do something for the person ("write me", "make my", "can you draft"). */
const ASKED_OF_THE_BOT = /^(?:(?:please|pls|can you|could you|would you|will you|just)\s+)*(?:write|make|draft|create|compose|book|fill in|fill out|do|check|proofread|edit|fix|rewrite|translate|sing|tell|show|give|find|send)\b/;

/** Someone of one's own family, after "my" or "our". */
const FAMILY =
  '(?:mum|mom|mother|mam|dad|father|parents?|son|daughter|child|children|kids?|husband|wife|partner|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents?|nan|nana|nanna|sister|brother|aunt|auntie|uncle|family|relatives?|mother in law|father in law|in laws)';
/**
 * Family called by what one calls them, with no "my": "caring for mum", "looking after elderly parents" (not "children"
 * or "kids": caring for children is a job too).
 */
const KIN_BY_NAME =
  '(?:mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parents?|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents?|nan|nana|nanna|husband|wife|partner|son|daughter|sister|brother|aunt|auntie|uncle|family|relatives?|in laws|(?:a |an )?(?:family members?|member of (?:my|the) family|relative|loved ones?))';
/** How one's family may be put before the word for them: "my own", "my elderly", "our two". */
const FAMILY_WORDS = '(?:(?:own|elderly|disabled|sick|poorly|ill|frail|late|old|aging|ageing|little|young|two|three) )*';
/** A clause about someone of one's family: "my nan was in a care home", "and my mum works at the hospital". */
const OF_THE_FAMILY = new RegExp(`^(?:(?:and|but|so|because|cos|as|since)\\s+)*(?:my|our) ${FAMILY_WORDS}${FAMILY}\\b`);
/** Caring, as one does for someone: "looking after", "cares for", "took care of", "a full time carer for". */
const CARING = '(?:look(?:s|ing|ed)? after|car(?:e|es|ed|ing) for|(?:take|takes|took|taking|taken) care(?: of)?|(?:(?:full time|unpaid|family) )?(?:carer|caregiver|care giver) (?:for|to|of))';
/** Nursing someone, said only of one's own ("nursed my dad"): "a nursing mum" is no carer. */
const NURSING = '(?:nursed|nursing)';
/** Not family but the people a care job serves: "caring for her patients". */
const NOT_FAMILY_AFTER = '(?! (?:patients|clients|residents|service users))';
/** Caring for one's own family, named in the clause. */
const CARES_FOR_FAMILY = new RegExp(`\\b(?:(?:${CARING}|${NURSING}) (?:my|our) ${FAMILY_WORDS}${FAMILY}|${CARING} ${FAMILY_WORDS}${KIN_BY_NAME})\\b${NOT_FAMILY_AFTER}`);
/** Caring for "her", "him" or "them", in a message that names one's own family. */
const CARES_FOR_THEM = new RegExp(`\\b(?:${CARING}|${NURSING}) (?:her|him|them)\\b${NOT_FAMILY_AFTER}`);
const OWN_FAMILY = new RegExp(`\\b(?:my|our) ${FAMILY_WORDS}${FAMILY}\\b`);

/**
 * True when a clause tells of caring for one's own family ("ive been looking after her for 3 years" after "my mum has
 * dementia", "a carer for my dad", "caring for mum"): unpaid family care, which is not the work in health or social
 * services that the guide counts as experience, so it gives no job and no years in the field. Someone else's family
 * ("looking after their grandad") and "them" with no family of one's own named ("in a care home looking after them")
 * are the care work of a job.
 */
/** A carer of one's family by name: "a family caregiver", "an unpaid carer". */
const FAMILY_CARER = /\b(?:family|unpaid|informal) (?:carer|caregiver|care giver)s?\b/;
/** One's own family's carer, nurse or care manager: "I've basically been my son's care manager for 5 years". */
const FAMILYS_OWN = new RegExp(`\\b(?:my|our) ${FAMILY_WORDS}${FAMILY}(?: s)? (?:\\w+ )?(?:carer|caregiver|care giver|nurse|care manager|case manager|care coordinator|advocate)\\b`);

/**
 * The message without its clauses of caring for one's own family ("ive been my son's care manager for 9 years, my
 * actual job is in logistics" keeps the logistics): their years are no years of the work told beside them.
 */
export function withoutFamilyCare(text: string): string {
  return clausesBesideFamilyCare(text)
    .map((clause) => clause.text)
    .join(', ');
}

/** Work told in the same breath as family care: "while working as a truck driver", "alongside my day job in retail". */
const WORK_BESIDE = /\s+(?:while|whilst|alongside|besides|on top of|as well as)\s+(?=(?:(?:i|i'm|im|i've|ive|i was|also|still|holding down|doing)\s+)*(?:work|works|working|worked|my (?:job|day job|work|full[ -]time job|part[ -]time job)|a (?:full|part)[ -]time job)\b)/i;

/**
 * The message's clauses without those of caring for one's own family, keeping the work told beside it in the same
 * clause ("I've looked after my disabled daughter for 12 years while working as a truck driver" keeps "working as a
 * truck driver", without the caring years).
 */
function clausesBesideFamilyCare(text: string): Array<{ text: string; asks: boolean }> {
  return clausesOf(text).flatMap((clause) => {
    if (!caresForFamily(clause.text, text)) return [clause];
    const beside = WORK_BESIDE.exec(clause.text);
    const work = beside ? clause.text.slice(beside.index + beside[0].length).trim() : '';
    return work !== '' && !caresForFamily(work, text) ? [{ text: work, asks: clause.asks }] : [];
  });
}

/**
 * Running one's own family's care ("coordinated everything for my son", "managing my daughter's appointments",
 * "handled all of my mum's insurance"): the care manager's tasks done for family, not a job (tester ut38a P10).
 */
const RUNS_FAMILYS_CARE = new RegExp(
  `\\b(?:coordinat|manag|organi[sz]|arrang|juggl|handl|advocat|fight|fought|sort|run|ran|deal|dealt)\\w* (?:\\w+ ){0,4}?(?:for|of) (?:my|our) ${FAMILY_WORDS}${FAMILY}\\b${NOT_FAMILY_AFTER}|\\b(?:do|does|did|done|doing) (?:everything|it all|all of it|the lot) (?:for|of) (?:my|our) ${FAMILY_WORDS}${FAMILY}\\b${NOT_FAMILY_AFTER}|\\b(?:coordinat|manag|organi[sz]|arrang|juggl|handl|run|running|ran|sort)\\w* (?:all (?:of )?)?(?:my|our) ${FAMILY_WORDS}${FAMILY}(?: s)? (?:\\w+ )?(?:care|appointments?|therap\\w*|treatments?|doctors?|medications?|meds|insurance|benefits|school\\w*|ieps?|needs)\\b(?! (?:homes?|workers?|agenc\\w*|facilit\\w*))`,
);

function caresForFamily(clause: string, message: string): boolean {
  const c = normalise(clause);
  return CARES_FOR_FAMILY.test(c) || FAMILY_CARER.test(c) || FAMILYS_OWN.test(c) || RUNS_FAMILYS_CARE.test(c) || (CARES_FOR_THEM.test(c) && OWN_FAMILY.test(normalise(message)));
}

/**
 * True when a message tells of work in health or social care ("I've been looking after patients for 10 years", "an
 * HCA in a care home"), not of caring for one's own family.
 */
export function tellsOfCareWork(text: string): boolean {
  return ownWorkClauses(text).some(
    (clause) =>
      !caresForFamily(clause.text, text) &&
      !SAID_NOT.test(normalise(clause.text)) &&
      (jobIn(clause.text)?.inField === true || CARE_FIELD.test(normalise(clause.text).replace(CARE_SOFTWARE, ' ').replace(THE_CAREER, ' ').replace(STUDY_OF_THE_FIELD, ' ').replace(NOT_PEOPLE_NURSING, ' '))),
  );
}

/** A course of the field, which is study, not work: "my German nursing training", "a diploma in veterinary nursing". */
const STUDY_OF_THE_FIELD = /\b(?:\w+ ){0,2}(?:training|diplomas?|course|courses|certificates?|qualifications?|degree|studies|program|programme)\b|\b(?:trained|studied) (?:as|in) (?:a |an )?\w+/g;

/** The career itself ("count for anything in care management"), which names no work the person has done. */
const THE_CAREER = /\b(?:care|case) manag\w*/g;

/** A clause that says what is not so: "not nursing or social work", "never in a hospital". */
const SAID_NOT = /^(?:(?:but|and|so|though)\s+)?(?:not|never|no)\b/;

/**
 * Software of the field, which the guide names among the computer skills (case management software, electronic health
 * records), not as a setting of the work: "I build EHR templates in case management software" tells of no care work.
 */
export const CARE_SOFTWARE =
  /\b(?:ehr|emr|electronic (?:health|medical|patient) records?(?: systems?)?|(?:case management|care management|healthcare|health care|medical|clinical|health|patient) (?:software|systems? (?:work|support|admin\w*)|platforms?|apps?|databases?|templates?|it)|health (?:it|tech|informatics)|healthcare (?:it|tech|informatics)|medical record systems?)\b/g;

/** True when the message tells of work on the field's software (EHR, case management software). */
export function tellsOfCareSoftware(text: string): boolean {
  return new RegExp(CARE_SOFTWARE.source).test(normalise(text));
}

/**
 * A clause about other people's care work, not the person's: "the carers came in every day", "had nurses coming in",
 * "the woman who sorted out his care was brilliant". Their work tells nothing of the writer's experience.
 */
const OTHERS_CARING = new RegExp(
  String.raw`^(?:(?:and|but|so|then|plus|also|with|had|we had|they had|he had|she had)\s+)*(?:(?:the|a|an|some|two|three|his|her|their|our|lovely|great|amazing|brilliant|wonderful)\s+){0,2}(?:\w+\s+)?` +
    String.raw`(?:(?:carers?|caregivers?|care givers?|care workers?|support workers?|nurses?|aides?|home helps?|helpers?|staff|doctors?|gps?|paramedics?|social workers?|care managers?|case managers?|team|agency)\s+(?:came|come|comes|coming|visited|visiting|visit|visits|would|were|did|helped|helping|used to|looked after|took care|sorted|organised|organized|arranged|dropped|popped|stayed)` +
    String.raw`|(?:woman|man|lady|guy|person|people|someone)\s+(?:who|that)\s+(?!(?:i|we)\b))\b`,
);

/** True when a clause tells of other people's care work ("the carers came in every day"), not the writer's. */
export function tellsOfOthersCaring(clause: string): boolean {
  return OTHERS_CARING.test(normalise(clause));
}

/** A clause of its own: it names the person ("I volunteer at weekends") or a job, rather than going on about the last. */
const OWN_SUBJECT = /\b(?:i|im|ive|id|my|me)\b/;

/**
 * The clauses of a message that tell of the person's own work: a fragment after a job outside health and social care
 * ("a police officer on a crisis team, mostly mental health calls") goes on about that job, whose people or subjects
 * are not the setting the guide counts; a clause of its own ("but I volunteer with dementia patients") is kept.
 */
function ownWorkClauses(text: string): Array<{ text: string; asks: boolean }> {
  let outside = false;
  return clausesOf(text).filter((clause) => {
    if (tellsOfOthersCaring(clause.text)) return false;
    const job = jobIn(clause.text);
    // "the care coordinator lady", "care coordinator sounds right": a job of someone else's, or weighed, is no work told.
    if (job === null && namesOthersJob(clause.text)) return false;
    if (job) outside = !job.inField && !CARE_SETTING.test(normalise(clause.text));
    else if (OWN_SUBJECT.test(normalise(clause.text))) outside = false;
    return job ? job.inField || CARE_SETTING.test(normalise(clause.text)) : !outside;
  });
}

/** The settings of health and social care work, which make any job in them work in the field ("HR in a hospital"). */
export const CARE_SETTING =
  /\b(?:hospitals?|hospices?|clinics?|wards?|(?:nursing|care|residential|group|retirement) homes?|homes? for (?:the )?(?:old|elderly|older|aged)(?: people s?| persons?| folks?| adults)?|residential care|community health (?:cent(?:er|re)s?|clinics?)|social services?(?: (?:agenc\w+|department|office))?|social service agenc\w+|home care agenc\w+|care agenc\w+|rehab\w*)\b/;

/**
 * True when the message tells of caring for the person's own family ("looking after my dad", "I was my mum's carer")
 * and of no work in health or social care: the guide speaks of work, volunteering and interning, never of family.
 */
export function tellsOfFamilyCare(text: string): boolean {
  return !tellsOfCareWork(text) && clausesOf(text).some((clause) => caresForFamily(clause.text, text));
}

/**
 * Words that place work in health or social care: its settings, the people it serves, its own names. Counseling is one
 * the guide names itself ("experience in case management, counseling, or healthcare delivery is often required").
 */
const CARE_FIELD =
  /\b(?:care|caring|carer|carers|caregiv\w*|health\w*|hospital|hospitals|hospice|clinic|clinics|clinical|ward|wards|nursing|nurse|nurses|patients?|residents?|social work|social services|social care|case work|case management|medical|dementia|disabilit\w*|elderly|mental health|rehab\w*|ambulance|ems|emergency medical|therapy|icu|itu|intensive care|emergency (?:room|department)|counsel(?:l)?ing|child protection|safeguarding|child welfare|protective services|radiology|radiologic|radiography|sonography|respiratory therapy|dialysis|phlebotomy|physiotherapy|occupational therapy|telehealth|telemedicine|triage|bedside)\b/;

/**
 * True when a statement in the message (not a wish or a question) places the person's work in health or social care:
 * a job in the field ("a carer"), or the field's own words ("in a care home", "on a hospital ward").
 */
function saysTheField(text: string): boolean {
  return clausesOf(text).some((clause) => {
    if (clause.asks || WISH.test(normalise(clause.text)) || caresForFamily(clause.text, text) || !ownWorkClauses(text).some((own) => own.text === clause.text)) return false;
    // "that's not health or social services", "animals not people": the field said not to be theirs.
    if (NOT_THE_FIELD.test(normalise(clause.text)) || deniedJob(clause.text) !== null) return false;
    return jobIn(clause.text)?.inField === true || CARE_FIELD.test(normalise(clause.text).replace(CARE_SOFTWARE, ' ').replace(THE_CAREER, ' '));
  });
}

/**
 * "Nurse for 20 years, no degree": a terse self-description opens with one job, in the singular, and asks nothing.
 * "Nurses with 10 years experience" (plural) is about other people.
 */
/** A unit or kind of work said before a job that opens a message ("ICU RN", "ER nurse", "hospice aide"). */
const UNIT_BEFORE_JOB: ReadonlySet<string> = new Set(['icu', 'nicu', 'picu', 'er', 'ed', 'ccu', 'or', 'oncology', 'pediatric', 'peds', 'psych', 'hospice', 'ward', 'staff', 'charge', 'travel', 'school', 'dialysis', 'rehab', 'surgical', 'ltc', 'snf', 'clinic', 'hospital']);

function startsWithOwnJob(text: string): boolean {
  // A greeting before it ("Hello! Respiratory therapist here ...") is no part of what they tell.
  // An age before it ("Hi there. 45, police officer, 20 years on the job") is no part of the job either (ut34a, cop #1).
  const clauses = clausesOf(text);
  const opening = clauses.findIndex((clause, i) => !(i < 2 && /^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day))(?: po| there| all| everyone)?|(?:i m |im |age )?[1-9]\d)$/.test(normalise(clause.text))));
  const first = opening === -1 ? undefined : clauses[opening];
  if (!first || first.asks) return false;
  const typed = normalise(first.text).split(' ');
  // "been a support worker for 7 yrs", "worked as a carer": the subject left out, as people tell it.
  // "15 yrs as a paramedic", "6 years as an HCA": the years first, then the job.
  const yearsFirst = /^(?:\d+|[a-z]+) (?:years?|yrs?) as$/.test(typed.slice(0, 3).join(' ')) && readNumber(typed[0]!) !== null ? 3 : 0;
  const told = yearsFirst || (typed[0] === 'been' || typed[0] === 'was' ? 1 : (typed[0] === 'worked' || typed[0] === 'working') && typed[1] === 'as' ? 2 : 0);
  const after = told + (typed[told] === 'a' || typed[told] === 'an' || typed[told] === 'ex' || typed[told] === 'former' ? 1 : 0);
  // "ICU RN, 6 years, BSN": the unit or kind of work before the job.
  const starts = UNIT_BEFORE_JOB.has(typed[after] ?? '') ? [after, after + 1] : [after];
  return starts.some((start) => JOB_PHRASES.some(({ phrase }) => phrase.every((word, offset) => typed[start + offset] === word || (word.length >= 7 && wordMatches(typed[start + offset] ?? '', word)))));
}

/**
 * Leading and moving up, said outright; "care management" or "disease management" alone is not it, nor "I want to move
 * up" with no senior role named (a case aide moving up may mean becoming a care manager: the roadmap asks).
 */
const LEAD_WISH = /\b(?:(?:into|in|to) management|management role|managerial|lead|leader|leading|leadership|manage a team|manage people|director|senior|chief|executive|promot\w*|climb the (?:career )?ladder|vp|vice president|head of|in charge)\b/;

/**
 * A wish: the area ("work with older people with dementia") and the aim; never a job or years. An aim turned down
 * ("leadership isn't my aim") is none; one put off ("maybe lead a team one day") is returned, not kept: it is the aim
 * only when nothing else is aimed for.
 */
function readWish(clause: string, kb: KnowledgeBase, about: AboutYou): Aim | null {
  const c = normalise(clause);
  const areas = areasNamed(kb, clause);
  const negated = /\b(?:not|never|no)\b.{0,20}$/.test(c.split(/\b(?:with|in|into)\b/)[0] ?? '') && /\b(?:not|never) (?:want|interested|keen|like)\b/.test(c);
  if (areas.length === 1 && !negated) about.specialisation = areas[0];
  const parts = clause
    .split(AIM_PARTS)
    .map((part) => normalise(part))
    .filter((part) => part !== '' && !NOT_THE_AIM.test(part));
  const putOff = (part: string): boolean => LATER.test(part) && !WISHED_ONLY_LATER.test(part);
  const aim = wishedAim(parts.filter((part) => !putOff(part)).join(' '), about);
  if (aim === null) return wishedAim(parts.filter(putOff).join(' '), about);
  about.aim = aim;
  return null;
}

/** The aim a wish names: leading, one area, or becoming a care manager; null when it names none. */
function wishedAim(said: string, about: AboutYou): Aim | null {
  const wish = said.replace(UP_TO_CARE_MANAGER, 'become a care manager');
  if (!wish) return null;
  if (LEAD_WISH.test(wish)) return 'lead';
  if (about.specialisation || /\bspeciali[sz]|\bspecialty\b|\bone area\b/.test(wish)) return 'specialise';
  return BECOME.test(wish) && /\bcare manag|\bcase manag/.test(wish) ? (about.aim ?? 'become') : null;
}

/** Put off by the words that make it a wish ("I'd love to lead a team one day"): the wish itself, not a second aim. */
const WISHED_ONLY_LATER = /^(?:(?:i|i would|i d) )?(?:eventually|one day|someday|some day)\b|\b(?:want|would like|hope|love) to (?:eventually|one day|someday)\b/;

/**
 * What is left of the route for the writer, asked of themselves: "would I be starting from scratch?", "what's left for
 * someone like me?", "what do I still need to do?", "where do I go from here?". Not the career's requirements asked in
 * general ("what do I need to become a care manager", "what else do I need to be one"), which the guide answers as they
 * are, nor "what else do I need?", asked as often of the thing in view.
 */
const ASKS_WHAT_IS_LEFT = [
  /\b(?:start|starting|begin|beginning|go back to) (?:again |all over (?:again )?|over )?(?:from |at )(?:scratch|zero|square one|the (?:very )?(?:beginning|start|bottom))\b/,
  /\bwhat (?:is|would be|will be) (?:actually |really |then |even )?(?:left|remaining|still (?:left|needed|missing|to do))\b(?! of\b)/,
  /\bwhat (?:else |more )?(?:do|would|will|should|must) (?:i|someone like me|a person like me|people like me) (?:still|else) (?:need|have|have got|got) to do\b|\bwhat (?:else |more )?(?:do|would|will|should|must) (?:i|someone like me|a person like me|people like me) (?:still |else )?(?:need|have|have got|got) to do (?:now|next|from here|on top)\b/,
  /\bwhere do (?:i|someone like me) go from here\b|\bwhat (?:are|would be) my next steps?\b/,
  // What they would add to what they have: "what else would I need to add", "what am I missing", "what do I lack".
  /\bwhat (?:else |more )?(?:do|would|will|should|must) (?:i|someone like me) (?:still |else )?(?:need to |have to |got to )?(?:add|top up|lack)\b|\bwhat (?:am i|m i|would i be|will i be) (?:still )?(?:missing|lacking)\b/,
  // Straight in, asked of their own start: "could I go straight into care management?", "can I jump straight in?".
  /\b(?:(?:could|can|would|will|do) (?:i|someone like me)|i (?:could|can|would|will|d)) (?:\w+ )?(?:go|move|step|jump|get|walk|switch|transfer) (?:straight|directly|right) (?:in|into|to)\b/,
  // How long from their own start: "how long would it take me from where I am", "how many years after I finish".
  /\bhow (?:long|many (?:more )?(?:years?|yrs))\b.*\b(?:(?:from|starting from|starting at) where (?:i|someone like me) (?:am|m|stand)|from (?:here|where i am now)|after i (?:finish|graduate|qualify|complete|get)\b)/,
];

/** True when the message asks what is left of the route for the writer ("would I be starting from scratch?"). */
export function asksWhatIsLeft(text: string): boolean {
  const t = normalise(text);
  return ASKS_WHAT_IS_LEFT.some((pattern) => pattern.test(t));
}

/** True when what is read says where the person stands: their job, years in the field or education. */
export function saysWhereTheyStand(about: AboutYou): boolean {
  return about.job !== undefined || about.years !== undefined || about.education !== undefined;
}

/** True when the message says nothing about the person. */
export function isEmptyAbout(about: AboutYou): boolean {
  return Object.keys(about).length === 0;
}

// ---------------------------------------------------------------- how far a student is through the degree

/** Words of study beside a year, so a year of a job ("my second year as a care assistant") is no year of a degree. */
const OF_STUDY = /\b(?:degree|bachelor s?|bachelors|ba|bs|bsc|bsn|bsw|major|course|program|programme|uni|university|college|nursing school|school|studies|studying|student|undergrad\w*|nursing|social work)\b/;
/** The year a student is in: "in my 2nd year of a BSW", "third year of my nursing degree", "a 2nd yr student", "year 2 of uni". */
// "last year" alone is a time ("I moved here last year"); the last year of a course is "my last year", "last year of".
const YEAR_IN = /\b(?:(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|final) (?:year|yr)s?|(?<=\b(?:my|the|in) )(last) (?:year|yr)s?|(last) (?:year|yr)s? (?=of|at|in)|year (\d|one|two|three|four|five) (?:of|at|in))\b/;
/** The years left before the degree is done: "I graduate in 2 years", "finish my degree in 2 yrs", "2 more years of uni", "2 years left". */
const YEARS_LEFT =
  /\b(?:graduat\w*|finish\w*|done|complete\w*|qualify\w*|get my degree|have my degree)(?: (?:with|from) (?:my|the|a) \w+)?(?: (?:my|the|a) (?:\w+ )?(?:degree|bachelor s?|bachelors|bsw|bsn|course|program|studies))? in (\d+|one|two|three|four|a|a couple of|a couple) (?:more )?(?:years?|yrs)\b|\b(\d+|one|two|three|four|a couple of|a couple) (?:more )?(?:years?|yrs) (?:left|to go)(?: (?:of|on|in|at) (?:my|the) (?:\w+ )?(?:degree|bachelor s?|bachelors|bsw|bsn|course|program|studies|uni|university|college))?\b|\b(\d+|one|two|three|four) (?:more (?:years?|yrs)|(?:years?|yrs) more) of (?:my |the )?(?:uni|university|college|degree|studies|course|program)\b/;
/** A job's year, not study's: "second year as a care assistant", "in my first year working". */
const YEAR_OF_WORK = /\b(?:year|yr)s? (?:as an?|working|in the job|on the job|at work|in post|in the role|qualified)\b/;

/**
 * How far a student is through their degree, told anywhere in a message (asked or not: "if I graduate in 2 yrs how long
 * till I'm a care manager?"): the year they are in, or the years they have left. Empty when a year is of a job or no
 * study is spoken of.
 */
export function studyTold(text: string): Pick<AboutYou, 'studyYear' | 'studyYearsLeft'> {
  const t = normalise(text).replace(/\bcouple of\b/g, 'couple');
  const left = YEARS_LEFT.exec(t);
  const leftWords = left ? (left[1] ?? left[2] ?? left[3]) : undefined;
  if (leftWords !== undefined && (OF_STUDY.test(t) || /\bgraduat\w*\b/.test(t))) {
    const years = leftWords === 'couple' || leftWords === 'a couple' ? 2 : readNumber(leftWords);
    if (years !== null && years > 0 && years <= 6) return { studyYearsLeft: years };
  }
  const level = UNIVERSITY_LEVEL.exec(t);
  if (level) return { studyYear: Number(level[1]) };
  const year = YEAR_IN.exec(t);
  if (!year || YEAR_OF_WORK.test(t) || !OF_STUDY.test(t)) return {};
  const said = year[1] ?? year[2] ?? year[3] ?? year[4]!;
  if (said === 'final' || said === 'last') return { studyYear: 'final' };
  const n = readNumber(said);
  return n !== null && n >= 1 ? { studyYear: n } : {};
}
