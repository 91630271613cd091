/**
 * Reading what a person asks of their own situation: their own time ("how long would it take me"), a field or a
 * certification told without a degree, their own pay weighed, whether their experience counts, and work of a field of
 * study. Pure readers: no sending. Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import { givesPay, levelPast, ownPayWeighed, payLevels, payWithoutDegree, tellsNoDegree, yearsToPay } from '../../knowledge/beyondGuide';
import { directAsk } from '../../knowledge/aspects';
import type { FaqEntry } from '../../knowledge/schema';
import { normaliseText } from '../../knowledge/text';
import type { DialogDeps } from '../deps';
import { normalise } from './textMatch';
import { timelineFromKb } from '../flows/roadmapPlan';
import { formatYearRange, formatYears } from '../rendering/guidedMessages';
import { questionBeforeStory } from './clauses';
import { experienceWayNamed, fieldNamedByGuide, heldDegreeField, tellsOfMilitaryHealthWork, wayAtAPlaceNotNamed, type ExperienceAsked } from './experienceCounts';
import { Messages } from '../rendering/messages';

/** The guide's entry on gaining experience, and the ways of gaining it that it says count, each with its own entry. */
export const EXPERIENCE_ENTRY = 'gaining-experience';
const SAID_TO_COUNT: ReadonlySet<string> = new Set(['volunteering', 'internships', 'entry-level-jobs']);

/**
 * The entry that answers whether something counts as experience: the guide's on gaining experience, or the way of
 * gaining it the guide says counts that the engine reads in the message ("healthcare assistant counts?" the first
 * jobs). Something else the guide says counts ("does volunteering at my local care home count?") is the engine's to
 * answer on its own: undefined.
 */
export function experienceAnswer(deps: DialogDeps, text: string, experience: ExperienceAsked): FaqEntry | undefined {
  // A medic's years in the forces: the guide's experience itself, not a way the words alone may be read as
  // ("I was an army medic for 8 years, does that help?" is no question about volunteering).
  // Volunteering at a place the guide never names ("at my library"): the experience it describes, not that way again.
  if (experience === 'not-said' && (tellsOfMilitaryHealthWork(text) || wayAtAPlaceNotNamed(text))) return deps.kb.faqById.get(EXPERIENCE_ENTRY);
  // Care work done as a way the guide names ("my practicum in a hospice"): that way's answer, which says it counts.
  const named = experience === 'care-work' || experience === 'way' ? experienceWayNamed(text) : undefined;
  const read = named ? null : deps.engine.answer(text);
  // A way the message never names (volunteering read into "9 yrs at the hospital") is not its answer: only the first jobs.
  const readWay = read?.kind === 'answer' && read.entry !== null && SAID_TO_COUNT.has(read.entry.id) ? read.entry : undefined;
  const way = named ? deps.kb.faqById.get(named) : readWay && (readWay.id === FIRST_JOBS_ENTRY || (experience !== 'care-work' && experience !== 'way')) ? readWay : undefined;
  if (way && experience !== 'care-work' && experience !== 'way') return undefined;
  return way ?? deps.kb.faqById.get(EXPERIENCE_ENTRY);
}

/** The writer, as the one the time is asked of ("how long would it take me", "for someone like me"). */
const OF_THE_WRITER = /\b(?:me|someone like me|a person like me|people like me)\b|\bwould i\b|\bwill i\b|\bdo i\b|\bi d\b|\bfor my\b|\b(?:until|till|til|before) i\b/;

/**
 * How long the route would take the writer, asked with nothing else named ("how long would it take me then?"). Asked
 * of their own start ("I have no degree but 6 years as an HCA, how long for me?", "a BSW and 5 years, how long would it
 * take me?"), `told` says whether they told what the question is with or without: then it is theirs too.
 */
export function asksTheirOwnTime(message: string, told: { degree: boolean; noDegree: boolean } = { degree: false, noDegree: false }): boolean {
  const own = (text: string) => {
    const asked = directAsk(text);
    return asked?.kind === 'duration' && asked.of.length === 0 && asked.thing === null && OF_THE_WRITER.test(normalise(text)) ? asked : null;
  };
  // Asked first, then told ("how long would it take me, im 20 and doing barista work, no uni yet"): the question's words.
  const question = questionBeforeStory(message);
  const asked = own(message) ?? (question ? own(question) : null);
  if (!asked) return false;
  if (asked.without !== undefined) return asked.without === 'a degree' && told.noDegree;
  return asked.having === undefined || told.degree;
}

/**
 * The time left for a student who told how far through the degree they are: the guide's bachelor's less the years
 * done (or the years they said are left), then the rest of its route; null when nothing of the kind was told.
 */
export function studyLeftTime(deps: DialogDeps, study: { studyYear?: number | 'final' | undefined; studyYearsLeft?: number | undefined }): string | null {
  const timeline = timelineFromKb(deps.kb);
  if (!timeline || (study.studyYear === undefined && study.studyYearsLeft === undefined)) return null;
  const restMin = Math.max(0, timeline.totalMin - timeline.bachelorYears);
  const restMax = Math.max(0, timeline.totalMax - timeline.bachelorYears);
  const rest = formatYearRange(restMin, restMax);
  const master = formatYears(timeline.masterYears);
  if (study.studyYearsLeft !== undefined) {
    const left = study.studyYearsLeft;
    return Messages.leftStudying.yearsLeft(formatYears(left), rest, master, formatYearRange(left + restMin, left + restMax));
  }
  const year = study.studyYear;
  if (year === 'final' || (typeof year === 'number' && year >= timeline.bachelorYears)) return Messages.leftStudying.finalYear(rest, master);
  const after = timeline.bachelorYears - (year ?? 0);
  return Messages.leftStudying.inYear(year ?? 0, formatYears(timeline.bachelorYears), formatYears(after), rest, master, formatYearRange(after + restMin, after + restMax));
}

/** A degree of the writer's told in a field the guide does not name ("I have a degree in marketing"). */
export function unnamedFieldTold(said: string): boolean {
  const field = heldDegreeField(said);
  return field !== null && fieldNamedByGuide(field) === null;
}

/** A certification asked of: its name or the word. */
const ASKS_CERTIFICATION = /\b(?:certif\w*|certs?|credentials?|ccm|cmc)\b/;
/** The answers a certification asked without a degree may read as: the certifications', or the route without a degree. */
const CERTIFIED_WITHOUT_DEGREE = /^(?:certification|ccm$|cmc$|without-degree$)/;

/**
 * The answer to a certification asked by someone who tells they have no degree ("I don't have a degree, which
 * certification can I get?"), which the guide's CMC needs: the engine's answer, when it is on certifying or on the
 * route without a degree; undefined otherwise.
 */
export function certificationWithoutDegree(deps: DialogDeps, text: string, said: string): FaqEntry | undefined {
  if (!ASKS_CERTIFICATION.test(normaliseText(text)) || !tellsNoDegree(said)) return undefined;
  const read = deps.engine.answer(text);
  return read.kind === 'answer' && read.entry && CERTIFIED_WITHOUT_DEGREE.test(read.entry.id) ? read.entry : undefined;
}

/** The guide's pay across its levels. */
export const PAY_ENTRY = 'salary';
const dollars = (amount: number): string => `$${amount.toLocaleString('en-US')}`;
/** A sum written in dollars: "$62k", "62k dollars", "62,000 USD", "62 grand a year in bucks". */
const IN_DOLLARS = /\$|\b(?:dollars?|usd|bucks)\b/i;

/**
 * The lead and the level for pay weighed against the writer's own (the entry level, below, around or above it), a sum
 * asked how long it takes to reach (the first level whose range goes past it), or pay asked without a degree (the pay
 * the words ask, led by the guide's giving none by degree); null when the message asks none of these. The
 * writer's pay may be told in the whole message (`said`) before the question (`text`).
 */
export function payAgainstOwnSent(deps: DialogDeps, text: string, said: string): { lead: string; level: FaqEntry } | null {
  const sum = yearsToPay(text);
  const reached = sum !== null ? levelPast(deps.kb, sum) : undefined;
  if (sum !== null && reached) return { lead: Messages.beyond.yearsToPay(dollars(sum)), level: reached.entry };
  if (payWithoutDegree(text)) {
    const read = deps.engine.answer(text);
    const pay = read.kind === 'answer' && read.entry && givesPay(read.entry) ? read.entry : deps.kb.faqById.get(PAY_ENTRY);
    return pay ? { lead: Messages.beyond.payWithoutDegree, level: pay } : null;
  }
  const own = ownPayWeighed(said, text);
  const start = own !== null ? payLevels(deps.kb)[0] : undefined;
  if (own === null || !start) return null;
  const against = own > start.high ? 'below' : own < start.low ? 'above' : 'around';
  // A sum typed with no currency ("I'm on about 37k as band 5") may be in any: weighed against the guide's dollars only if it is dollars.
  const range = `${dollars(start.low)}–${dollars(start.high)}`;
  if (!IN_DOLLARS.test(said)) return { lead: Messages.beyond.payAgainstOwnUntold(own.toLocaleString('en-US'), range, against), level: start.entry };
  return { lead: Messages.beyond.payAgainstOwn(dollars(own), range, against), level: start.entry };
}

/** The guide's first jobs on the way to care management. */
export const FIRST_JOBS_ENTRY = 'entry-level-jobs';

/** Work or experience asked of in the question itself ("and would my years of counseling count as experience?"). */
export function asksOfWorkToo(text: string): boolean {
  return /\b(?:experience|years|work|job)\b/.test(normalise(text));
}

/**
 * A field that is also work the guide asks experience in (case management, counseling, healthcare delivery): the first
 * job it names for it, or '' when it names none; null when the field is no such work.
 */
export function workOfTheField(field: string): string | null {
  const said = normalise(field);
  if (/\bcounsel\w*/.test(said)) return 'counselor';
  if (/\b(?:case management|case work|care coordination)\b/.test(said)) return 'care coordinator or case manager';
  return /\bhealth ?care delivery\b/.test(said) ? '' : null;
}
