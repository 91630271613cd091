/**
 * "Is care management realistic for me?" after a story told from work outside health and social services: each thing
 * they told that the guide speaks to, weighed in its words (their work, leading people, their age, a body that limits
 * them, benefits, their education), then who it says the career may suit (tester ut36c, kind 1: P01.1 and P07.1 got the
 * stock "may be right for you if ..." alone). Nothing is said of their job that the guide does not say.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import { answeredWith } from '../core/entryReplies';
import type { DialogDeps } from '../../deps';
import type { KnowledgeBase } from '../../../knowledge/schema';
import { askButton, channelOf, flowButton, withButtons } from '../core/cards';
import { menuOf } from '../../turnState';
import { tellsOfFamilyCare } from '../../understanding/person/aboutYou';
import { caseToldForFit, jobAskedAsAFit, weighsAsACase, type CaseToldForFit } from '../../understanding/person/caseToldForFit';

/** Every sentence this reply says, in one place (tests import them). */
export const CaseWeighedMessages = Object.freeze({
  opening: "Going by what you've told me:",
  /** Work outside the field, with its years when told; leading people beside it, which the guide names as a skill. */
  work: (work: string, years: number | undefined, managing: boolean): string =>
    `${capital(work)}${years !== undefined ? ` (${years} ${years === 1 ? 'year' : 'years'})` : ''} isn't work in health or social services, the experience the guide describes${
      managing ? ", but leading people is close to skills it names: leadership and organizational skills" : ''
    }.`,
  /** Leading people told with no work named. */
  managing: "The guide doesn't say whether leading people outside health or social services counts as experience, but it names leadership and organizational skills among those care managers need.",
  /** Skills of its list their work names, in its words. */
  skills: (skills: readonly string[]): string => `From your work, the guide names ${joinedAnd(skills)} among what care managers need.`,
  /** Bookkeeping or budgets told: where the guide speaks of budgeting. */
  budgeting: 'It says budgeting is often required in higher-level management roles.',
  /** Caring for their own family told beside the work: the guide never speaks of it (tester ut38a P10). */
  familyCare:
    "The guide doesn't speak of caring for your own family, so I won't guess whether it counts. The experience it describes is work, volunteering or interning in health or social services.",
  /** Hours told as a reason: what the guide says of the hours. */
  hours: 'On hours, it says care managers often work standard business hours, though some roles mean evenings, weekends or being on call.',
  /** Age, a body that limits them, benefits: what the guide does not speak of, in one line. */
  silentOn: (things: readonly string[]): string => `The guide says nothing about ${joined(things)}.`,
  education: {
    untold: 'Its route starts with a degree in social work, nursing or a related field, then experience in health or social services.',
    none: "With no degree: it says you can become a care manager without one, but most employers prefer a bachelor's in a related field plus relevant experience.",
    associate:
      "Your associate's: the guide speaks of bachelor's and master's degrees, not associate degrees. It says you can become a care manager without a degree, but most employers prefer a bachelor's in a related field plus relevant experience.",
    other: "Your degree: the guide's route starts from one in social work, nursing or a related field, and it gives no list of related fields, so it doesn't say whether yours counts.",
    relevant: 'Your degree is one the guide names for this career.',
  },
  /** Who it says the career may suit, with their wish to help people when they told it. */
  suits: (helpWish: boolean): string =>
    helpWish
      ? 'You say you want to help people: the guide says the career may be right for you if you have a genuine wish to help people and can cope with high-stress situations.'
      : 'Whether the work suits you is yours to judge: the guide says it may be right for you if you have a genuine wish to help people and can cope with high-stress situations.',
  askEducation: "Tell me your education and I'll say what is left for you, or build your roadmap.",
  roadmap: 'Your roadmap can set out the steps from where you are.',
  /** A job asked whether it makes a good care manager: what the guide says of that work, by its kind. */
  jobAsAFit: {
    field: (job: string): string => `Work as ${withArticle(job)} is work in health or social services, the experience the guide describes, and it names social work and nursing among the usual degrees.`,
    faith: (job: string): string =>
      `The guide doesn't speak of work as ${withArticle(job)} or in a religious setting, so I won't say how it weighs. It does say the role involves emotional support and counseling for clients and their families, and it names counseling among the experience employers often ask for.`,
    outside: (job: string, kind: string | undefined): string =>
      `${kind ? capital(kind) : `Work as ${withArticle(job)}`} isn't work in health or social services, the experience the guide describes.`,
    unnamed: (job: string): string => `The guide doesn't name work as ${withArticle(job)}, so I won't say how it weighs.`,
    route: "It doesn't weigh jobs one by one: its route starts with a degree in social work, nursing or a related field, then experience in health or social services.",
  },
  /** Work outside the field introduced with nothing asked: said back, where the route starts from it, what to look at. */
  introducedFromOutside: (work: string, kind: string): string =>
    `Thanks for telling me: ${work}. ${capital(kind)} isn't work in health or social services, so coming from it, the guide's route starts with a degree in social work, nursing or a related field, then experience in health or social services. These say more, and your roadmap can start from where you are:`,
});

const capital = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
const joinedAnd = (things: readonly string[]): string => (things.length > 1 ? `${things.slice(0, -1).join(', ')} and ${things.at(-1)}` : (things[0] ?? ''));
const joined = (things: readonly string[]): string => (things.length > 1 ? `${things.slice(0, -1).join(', ')} or ${things.at(-1)}` : (things[0] ?? ''));

/** The guide's answer on who the career may suit, which this reply stands for. */
const FIT_ENTRY = 'right-for-me';

/** The lines for what they told, in the order a reader weighs them: work, what the guide is silent on, education. */
export function caseWeighedLines(told: CaseToldForFit): string[] {
  const m = CaseWeighedMessages;
  const lines: string[] = [];
  if (told.outsideWork) lines.push(m.work(told.outsideWork, told.years, told.managing));
  else if (told.managing) lines.push(m.managing);
  if (told.familyCare) lines.push(m.familyCare);
  const named = told.skills.filter((skill) => skill !== 'budgeting');
  if (named.length > 0) lines.push(m.skills(named));
  if (told.skills.includes('budgeting')) lines.push(m.budgeting);
  if (told.hours) lines.push(m.hours);
  const silent = [...(told.age ? ['age'] : []), ...(told.body ? ['how physically demanding the work is'] : []), ...(told.benefits ? ['job benefits such as health insurance'] : [])];
  if (silent.length > 0) lines.push(m.silentOn(silent));
  const education =
    told.education === undefined || told.education === 'school' || told.education === 'studying'
      ? m.education.untold
      : told.education === 'none'
        ? m.education.none
        : told.education === 'diploma'
          ? told.associate
            ? m.education.associate
            : m.education.none
          : told.education === 'other-degree'
            ? m.education.other
            : m.education.relevant;
  lines.push(education);
  return lines;
}

/**
 * The reply to whether the career is realistic for them, when the message tells their case from outside the field;
 * null (nothing sent) when it tells no work outside it and no leading of people.
 */
export async function sendCaseWeighed(context: TurnContext, deps: DialogDeps, said: string): Promise<Answer | null> {
  const told = caseToldForFit(said, deps.kb);
  // A job alone ("I work as a cashier. Could I become one?") is situationReplies.ts fitFromOutside's: more must be told.
  const more = told.managing || told.age || told.body || told.benefits || told.hours || told.helpWish || told.skills.length > 0 || told.years !== undefined || told.education !== undefined;
  if (!weighsAsACase(told) || !more) return null;
  const m = CaseWeighedMessages;
  // A markdown list after a blank line, so Web Chat and Teams show one line each ("• " lines ran on as one paragraph).
  const lines = caseWeighedLines(told).map((line) => `- ${line}`);
  const untold = told.education === undefined || told.education === 'school';
  const text = `${m.opening}\n\n${lines.join('\n')}\n\n${m.suits(told.helpWish)}\n\n${untold ? m.askEducation : m.roadmap}`;
  const entries = menuOf(deps, untold ? ['what-is-needed', 'without-degree'] : ['without-degree', 'what-is-needed']);
  await context.sendActivity(withButtons(channelOf(context.activity), text, [flowButton('roadmap'), ...entries.map(askButton)]));
  return answeredWith(said, deps.kb.faqById.get(FIT_ENTRY));
}

/** The work they introduce themselves by, as written ("zookeeper here, 8 yrs", "plumber here"). */
const INTRODUCED_AS = /^(?:(?:hi|hello|hey|hiya|yo|ok|so)(?: there)?[,.!]?\s+)?((?:[a-z]+ ){0,2}?[a-z]+) here\b/;

/** Their work in the reply's words: as introduced, with its years ("8 years as a zookeeper"), else the kind of work. */
export function workIntroduced(said: string, told: CaseToldForFit): string | null {
  if (!told.outsideWork) return null;
  const as = INTRODUCED_AS.exec(said.trim().toLowerCase())?.[1];
  const years = told.years !== undefined ? `${told.years} ${told.years === 1 ? 'year' : 'years'}` : null;
  if (as) return years ? `${years} as ${withArticle(as)}` : as;
  return years ? `${years} of ${told.outsideWork}` : told.outsideWork;
}
const withArticle = (word: string): string => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** A move away from that work told ("thinking of switching", "want out", "a change"): what makes the remark an introduction. */
const SWITCHING = /\b(?:switch\w*|chang\w*|mov(?:e|ing) (?:on|into|over)|want(?:ing)? out|get(?:ting)? out|leav\w*|new career|second career|thinking (?:of|about))\b/;

/** The guide's answers someone from outside the field is offered first. */
const OUTSIDE_FIELD_ENTRIES = ['what-is-needed', 'gaining-experience'];

/**
 * A remark that introduces them by work outside the field and asks nothing ("zookeeper here, 8 yrs. thinking of
 * switching from animals to people haha", tester ut36c P02.1): their work said back, where the guide's route starts from
 * it, and what to look at next; false (nothing sent) when the remark names no such work.
 */
export async function sendOutsideWorkIntroduced(context: TurnContext, deps: DialogDeps, said: string, lastId: string | undefined): Promise<boolean> {
  const introduced = outsideWorkIntroduced(said, deps.kb);
  if (!introduced) return false;
  const entries = menuOf(deps, OUTSIDE_FIELD_ENTRIES).filter((entry) => entry.id !== lastId);
  await context.sendActivity(withButtons(channelOf(context.activity), CaseWeighedMessages.introducedFromOutside(introduced.work, introduced.kind), [...entries.map(askButton), flowButton('roadmap')]));
  return true;
}

/**
 * The work outside the field a remark of the kind "X here, N years, thinking of switching" introduces them by, in the
 * reply's words, and its kind; null when the remark is not of that kind. Pure, so the first-introduction step
 * (introReplies.ts) can leave this case to its own reply.
 */
export function outsideWorkIntroduced(said: string, kb: KnowledgeBase): { work: string; kind: string } | null {
  const told = caseToldForFit(said, kb);
  const work = workIntroduced(said, told);
  // An education told is the introduction's to say back with the rest (respond.ts sendIntroduction).
  // Years of it told ("8 yrs"): the introduction of the kind "X here, N years"; without them the stock replies stand.
  // Family caring told beside it ("now I'm looking after my nan") is the introduction's to weigh with the rest.
  if (!work || !told.outsideWork || told.years === undefined || told.education !== undefined || tellsOfFamilyCare(said) || !SWITCHING.test(said.toLowerCase())) return null;
  return { work, kind: told.outsideWork };
}

/**
 * "would a chaplain make a good care manager?" (tester ut37a P02-3 got the stock "may be right for you"): what the guide
 * says of that work, its route, and who it says the career may suit; null (nothing sent) when no job is asked of so.
 */
export async function sendJobWeighedAsAFit(context: TurnContext, deps: DialogDeps, text: string): Promise<Answer | null> {
  const asked = jobAskedAsAFit(text, deps.kb);
  if (!asked) return null;
  const m = CaseWeighedMessages.jobAsAFit;
  const lead = asked.kind === 'outside' ? m.outside(asked.job, asked.outside) : m[asked.kind](asked.job);
  const reply = `${lead} ${m.route}

${CaseWeighedMessages.suits(false)}`;
  await context.sendActivity(withButtons(channelOf(context.activity), reply, [...menuOf(deps, ['role-overview', 'what-is-needed']).map(askButton), flowButton('roadmap')]));
  return answeredWith(text, deps.kb.faqById.get(FIT_ENTRY));
}
