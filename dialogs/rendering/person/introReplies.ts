/**
 * A first message that tells who the person is ("I'm a dental hygienist, 33, 9 years ... looking at options",
 * "Firefighter/EMT here, 22 years ... Care management?"): what they told said back in one line, then what the guide
 * says of a case like theirs (their work against the experience it describes, their degree against its fields, the
 * way in without one), and only what is still missing asked for. An area of care named beside it ("curious about
 * pediatric care management") gets that area's answer after the line (tester ut40a kind 3: a greeting, a "no answer" or
 * a stock card instead).
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { askButton, channelOf, flowButton, withButtons } from '../core/cards';
import { answeredWith, sendLedAnswered } from '../core/entryReplies';
import { menuOf } from '../../turnState';
import { readClauses } from '../../understanding/core/clauses';
import { normalise } from '../../understanding/core/textMatch';
import { readAboutYou, tellsOfCareWork, type Education } from '../../understanding/person/aboutYou';
import { caseToldForFit } from '../../understanding/person/caseToldForFit';
import { goodWithPeopleTold, introductionTold, type IntroductionTold } from '../../understanding/person/introductionTold';
import { CaseWeighedMessages, caseWeighedLines } from './caseWeighedReplies';
import { AsksLeftMessages } from '../questions/asksLeftBeside';

/** Every sentence this reply says of its own, in one place (tests import them). */
export const IntroMessages = Object.freeze({
  /** What they told, said back in one line. */
  heard: (job: string, years: number | null): string => `Thanks for telling me where you're starting from: ${asTold(job)}${years !== null ? `, ${years} ${years === 1 ? 'year' : 'years'}` : ''}.`,
  /** A job the guide names among the jobs to start in (counselor, social worker, healthcare assistant). */
  startingJob: (role: string, experience: string): string =>
    `The guide names ${role} among the jobs you can start in, and ${experience} among the experience employers often ask for.`,
  /** Work in a care setting told in other words ("6 year now inna care home"). */
  careSetting: 'Work in a care setting like that is work in health or social services, the experience the guide describes.',
  /** A job of health work the guide never names ("dental hygienist", "firefighter/EMT"): its silence, never a guess. */
  unnamed: (job: string): string =>
    `The guide doesn't name work as ${withArticle(job)}, so it doesn't say whether it counts as the experience in health or social services its route asks for.`,
});

const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${asTold(word)}`;
/** A job said mid-sentence: its first letter lower unless it starts an acronym ("Firefighter/EMT" -> "firefighter/EMT", "RN" kept). */
const asTold = (job: string): string => (/^[A-Z][a-z]/.test(job) ? `${job.charAt(0).toLowerCase()}${job.slice(1)}` : job);

/** Starting jobs the guide names, by the words a job is told in, with the experience it names beside them. */
const STARTING_JOBS: readonly { words: RegExp; role: string; experience: string }[] = [
  { words: /\bcounsel(?:or|lor)\b/, role: 'counselor', experience: 'counseling' },
  { words: /\bsocial worker\b/, role: 'social worker', experience: 'case management' },
  { words: /\b(?:health ?care|care|nursing) (?:assistant|aide)\b/, role: 'healthcare assistant', experience: 'healthcare delivery' },
];

/** A job of health work in its words, which the profile may place outside the field ("firefighter/EMT"). */
const HEALTH_WORK = /\b(?:emt|paramedic|medic|hygien\w*|dental|dentist\w*|pharmac\w*|therapist|nurse|aide|health\w*|clinic\w*|hospital|care home|optic\w*|chiropract\w*|phlebotom\w*|midwi\w*)\b/;

/** "Care management?", "thinking care management", "what about care management": the career named, nothing more asked. */
const CAREER_ONLY = /^(?:(?:so|and|what about|how about|maybe|thinking|thinking about|is it|considering) )?care (?:management|manager|managing)(?: for me)?$/;

/** A greeting the message opens with ("Hi there!", "hello.", "hey,"). */
const GREETED = /^(?:hi|hey|hello|hiya|good (?:morning|afternoon|evening))\b/i;

/** The guide's answers on the four areas of care. */
const AREA_ENTRIES: ReadonlySet<string> = new Set(['geriatric', 'pediatric', 'psychiatric', 'chronic-disease']);

/** The introduction a first message tells, when the rest of it asks nothing but the career itself or an area of care. */
export function firstIntroduction(said: string, asksAnArea: (clause: string) => boolean = () => false): IntroductionTold | null {
  const told = introductionTold(said);
  if (!told) return null;
  const asking = readClauses(said).filter((clause) => clause.act === 'asks' || clause.act === 'requests');
  return asking.every((clause) => CAREER_ONLY.test(normalise(clause.raw).replace(/[?.!]/g, '').trim()) || asksAnArea(clause.raw)) ? told : null;
}

/** The lines for a case told first: their work, the skills it names, their education. */
export function introductionLines(said: string, told: IntroductionTold, deps: DialogDeps): string[] {
  const fit = { ...caseToldForFit(said, deps.kb), education: educationOf(said, told, deps) };
  const about = readAboutYou(said, deps.kb);
  const job = told.job.toLowerCase();
  const starting = STARTING_JOBS.find((known) => known.words.test(job));
  const healthWork = HEALTH_WORK.test(job);
  // Work outside the field the profile places, and no health work in the job's words: the case weighed as a fit says it.
  if (fit.outsideWork && !healthWork && !starting) return [...caseWeighedLines({ ...fit, age: false, body: false, benefits: false, hours: false }), ...(goodWithPeopleTold(said) ? [AsksLeftMessages.peopleSkills] : [])];
  const work = starting
    ? IntroMessages.startingJob(starting.role, starting.experience)
    : about.job?.inField === true
      ? CaseWeighedMessages.jobAsAFit.field(told.job)
      : tellsOfCareWork(said)
        ? IntroMessages.careSetting
        : IntroMessages.unnamed(told.job);
  const education = caseWeighedLines({ ...fit, outsideWork: undefined, managing: false, familyCare: false, skills: [], age: false, body: false, benefits: false, hours: false }).at(-1);
  return [work, ...(goodWithPeopleTold(said) ? [AsksLeftMessages.peopleSkills] : []), ...(education ? [education] : [])];
}

/** Their education as the profile reads it; a degree named that it reads as none is a degree it cannot place. */
function educationOf(said: string, told: IntroductionTold, deps: DialogDeps): Education | undefined {
  const education = caseToldForFit(said, deps.kb).education;
  return (education === undefined || education === 'school') && told.degreeNamed ? 'other-degree' : education;
}

/** Whether the education is still untold, so it is what the reply asks for. */
function educationUntold(said: string, told: IntroductionTold, deps: DialogDeps): boolean {
  const education = educationOf(said, told, deps);
  return education === undefined || education === 'school';
}

/** The reply's text: the line of what they told, the lines of their case, then what is still missing. */
function introductionText(said: string, told: IntroductionTold, deps: DialogDeps, greeted: boolean): string {
  const lines = introductionLines(said, told, deps).map((line) => `- ${line}`);
  const ask = educationUntold(said, told, deps) ? CaseWeighedMessages.askEducation : CaseWeighedMessages.roadmap;
  return `${greeted ? 'Hello! ' : ''}${IntroMessages.heard(told.job, told.years)}\n\n${lines.join('\n')}\n\n${ask}`;
}

/**
 * The reply to a first message that tells who they are; null (nothing sent) when it tells no introduction, or asks
 * something else the chain answers. `text` is the part of the message read as its question.
 */
export async function sendIntroducedFirst(context: TurnContext, deps: DialogDeps, said: string, text: string, greeted = GREETED.test(said.trim())): Promise<Answer[] | null> {
  const told = firstIntroduction(said, (clause) => areaAnswered(deps, clause) !== null);
  if (!told) return null;
  // An area of care named beside it ("I'm curious about pediatric care management as a second career"): that area's answer, led by their case.
  const area = areaAnswered(deps, text === said ? '' : text);
  const lead = introductionText(said, told, deps, greeted);
  if (area) return sendLedAnswered(context, deps, text, lead.replace(/\n\n[^\n]*$/, ''), area);
  const untold = educationUntold(said, told, deps);
  const entries = menuOf(deps, untold ? ['what-is-needed', 'without-degree'] : ['without-degree', 'what-is-needed']);
  await context.sendActivity(withButtons(channelOf(context.activity), lead, [flowButton('roadmap'), ...entries.map(askButton)]));
  return [answeredWith(said, null)];
}

/** The area of care a part of the message names, as the engine places it. */
function areaAnswered(deps: DialogDeps, part: string): FaqEntry | null {
  if (part === '') return null;
  const answer = deps.engine.answer(part);
  return answer.kind === 'answer' && answer.entry && AREA_ENTRIES.has(answer.entry.id) ? answer.entry : null;
}
