/**
 * Replies that answer the whole message and the person's own case, not its generic half (tester ut35c, kind 1): a
 * message with two asks gets both, each in its own words; what the person told (their degree, years, job, a deadline)
 * is used in the reply where the guide says something of it. Each reply is one or two short lines in the guide's terms
 * before the guide's answer; the other ask of the message is answered after (or before) it, in its order.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { DialogDeps } from '../../deps';
import { twoQuestionsAsked } from '../../understanding/core/clauses';
import { normalise } from '../../understanding/core/textMatch';
import { fieldNamedByGuide, heldDegreeField } from '../../understanding/person/experienceCounts';
import { levelOfDegreeAsked } from '../../understanding/person/levelOfDegreeAsked';
import { areaCertificationAsked } from '../../understanding/questions/areaCertificationAsked';
import { specialisationById } from '../../understanding/questions/specialisationMatch';
import { sendLedAnswer, sendLedDecline } from './situationReplies';
import { IN_VIEW } from '../../turnState';
import { masterToLead } from './expertReplies';
import { Messages } from '../core/messages';
import { isStudentJob, isUnnamedJob, jobById, tellsOfCareWork } from '../../understanding/person/aboutYou';
import { EXPERIENCE_ENTRY } from '../../understanding/person/situationAsked';
import { careerChangeFromOtherWork, skillsLackedAsked } from '../../understanding/person/careerChangeTold';
import { payCutWeighed } from '../../understanding/person/ownGapAsked';
import { asksPay } from '../../../knowledge/aspects';
import { ownPayWeighed } from '../../../knowledge/beyondGuide';
import { degreeAndYearsAsked, experienceLeftAsked, ownSumTold, ownTimeAsked, timeWithNoDegreeButYears, yearsTold } from '../../understanding/person/yearsBesideTheAsk';

/** Every sentence these replies say, in one place (tests import them). */
export const WholeCaseMessages = Object.freeze({
  /** A degree the guide names, held, with the level asked ("do i need an MSW or is the BSW enough?"). */
  levelBesideTheirs: (field: string): string => `The guide names ${field} among the usual degrees for this career. On a bachelor's or a master's, here is what it says:`,
  /**
   * A certification asked for an area ("is there a pediatric certification?"), or for specializing with no area named
   * (`null`: "which certificate would i need for that exactly?" after how to specialize), before what it does say.
   */
  noAreaCertification: (area: string | null): string =>
    `The guide names no certification for ${area === null ? 'any one area' : `${lowerFirst(area)} in particular`}. It says specializing may take extra training, and possibly a certification, in the area you choose; the two certifications it names, the CCM and the CMC, it ties to no area. ${
      area === null ? 'What it says of specializing:' : 'On those two:'
    }`,
  /** The time asked with no degree and years of work told ("how long with no degree but 12 years interpreting?"). */
  timeWithoutDegree: (years: string, counted: YearsKind): string =>
    `The guide gives no time for the route without a degree. It says most employers prefer a bachelor's in a related field plus relevant experience, but that in some cases plenty of experience in delivering care or in case management can make up for less formal education. ${
      counted === 'field' ? `Your ${years} are work in health or social services, the experience it describes.` : counted === 'unnamed' ? `Your ${years} count toward that if they were in care delivery or case management.` : `It doesn't say whether your ${years} count as that.`
    } Here is what it says on how long it takes:`,
  /** Skills asked of as ones they may lack, by someone with no work in health care told (`outside`) or none known. */
  skillsLacked: (outside: boolean): string =>
    `The guide doesn't weigh anyone's skills against its list. ${
      outside ? 'Coming from work outside health care' : "If your work so far has been outside health care"
    }, the likely gaps are its hard skills, the ones specific to the job; people skills such as communication, organization and leading a team are on its list too. The hard skills:`,
  /** A career change told from work outside health care ("i own a little hair salon ... thinking about a career change"). */
  careerChange:
    "The guide is written for newcomers to health care too. From other work, its route starts with a degree in social work, nursing or a related field, then experience in health or social services, where volunteering and interning count. Here is what it says you need:",
  /** Experience checked as all that is left, by someone with a relevant degree ("i already have the bsn tho. so its just the experience part left?"). */
  experienceLeft:
    "Mostly, going by the guide: with your degree you have its usual education, so what comes next is relevant experience in health or social services. It also suggests a certification (the CCM is a good one to start with), and some roles ask for a master's or a license. On experience:",
  /** A window of their own told with the first thing to do ("im out in 4 months. whats the first thing i should do"). */
  windowNotDated: (window: string): string =>
    `The guide sets no dates for its steps, so your ${window} ${/^(?:1|one|a) /.test(window) ? "doesn't" : "don't"} change their order. It does say you can look for jobs while you finish your education, in roles such as care coordinator or case manager.`,
  /** A degree the guide names and years asked whether they get one in ("do my BSW and CPS years get me in the door"). */
  degreeAndYears: (field: string, years: string, counted: YearsKind): string =>
    counted === 'field'
      ? `Going by the guide, both count: it names ${field} among the usual degrees for this career, and your ${years} are work in health or social services, the experience it says employers often ask for. It promises no job, but you have what its usual route asks for. On getting in, it says:`
      : counted === 'unnamed'
        ? `The guide names ${field} among the usual degrees for this career, and your ${years} count as the experience it describes if they were in health or social services. With both, you have what its usual route asks for, though it promises no job. On getting in, it says:`
        : `The guide names ${field} among the usual degrees for this career. It doesn't say whether your ${years} count as the experience it describes, which is work in health or social services. On gaining it, it says:`,
});

const lowerFirst = (words: string): string => `${words.charAt(0).toLowerCase()}${words.slice(1)}`;

/** The guide's answer on a bachelor's or a master's. */
const LEVEL_ENTRY = 'bachelors-or-masters';
/** The guide's answer on its certifications. */
const CERTIFICATIONS_ENTRY = 'certifications';
/** The guide's answer on specializing, for a certification asked of no area named. */
const SPECIALISING_ENTRY = 'how-to-specialise';
/** The guide's answer on how long it takes. */
const TIME_ENTRY = 'how-long';
/** The guide's answer on the hard skills. */
const HARD_SKILLS_ENTRY = 'hard-skills';
/** The guide's answer on what is needed to become one. */
const NEEDED_ENTRY = 'what-is-needed';
/** The guide's answer on finding a job. */
const FINDING_A_JOB_ENTRY = 'finding-a-job';

/**
 * One ask of the message this module answers, read in its own words (`part`) and the whole message (`said`): the reply
 * to send, not yet sent, or null when the ask is not of this kind. Reading sends nothing, so each ask is read alone first.
 */
type Send = () => Promise<Answer | Answer[]>;
export type OwnedAsk = (context: TurnContext, deps: DialogDeps, part: string, said: string, answerOther: AnswerOther) => Promise<Send | null>;
/** The rest of the turn's reading, for a part asked in other words (the whole message's other ask, or one put plainly). */
type AnswerOther = (part: string) => Promise<Answer[]>;

/** The level of degree asked beside a degree the guide names, held: that it names it, then its answer on the level. */
const levelBesideTheirs: OwnedAsk = async (context, deps, part, said) => {
  if (!levelOfDegreeAsked(part)) return null;
  const held = heldDegreeField(part) ?? heldDegreeField(said);
  // A degree in a field the guide does not name is the degree weighing's (it says it gives no list of related fields).
  const entry = deps.kb.faqById.get(LEVEL_ENTRY);
  if (held === null || fieldNamedByGuide(held) !== 'usual' || !entry) return null;
  return () => sendLedAnswer(context, deps, part, WholeCaseMessages.levelBesideTheirs(held), entry);
};

/**
 * A certification asked for an area (understanding/questions/areaCertificationAsked.ts): none named for it, what the
 * guide says of one, then its two certifications; asked of specializing with no area named, its answer on specializing,
 * a decline. The area in view is the turn's (answerTurn.ts sets it).
 */
const certificationOfAnArea: OwnedAsk = async (context, deps, part) => {
  const inView: unknown = context.turnState.get(IN_VIEW);
  const asked = areaCertificationAsked(deps.kb, part, typeof inView === 'string' ? inView : undefined);
  if (!asked) return null;
  const spec = asked.area ? specialisationById(deps.kb, asked.area) : null;
  const entry = deps.kb.faqById.get(spec ? CERTIFICATIONS_ENTRY : SPECIALISING_ENTRY);
  if (!entry) return null;
  const lead = WholeCaseMessages.noAreaCertification(spec ? spec.name : null);
  return () => (spec ? sendLedAnswer(context, deps, part, lead, entry) : sendLedDecline(context, deps, part, lead, entry));
};

/** Their years: in health or social services, of work they did not name, or of other work. */
type YearsKind = 'field' | 'unnamed' | 'other';

/** Their years in words ("12 years of interpreting", "4 years as a case worker"), from the message or the profile. */
async function theirYears(context: TurnContext, deps: DialogDeps, said: string): Promise<{ words: string; counted: YearsKind } | null> {
  const about = (await deps.profile.get(context))?.about;
  const job = about?.job !== undefined ? jobById(about.job) : null;
  const inField = job !== null && job.inField && !isStudentJob(job.id);
  const told = yearsTold(said);
  const field = inField || tellsOfCareWork(said);
  if (told) return { words: `${told.years} ${told.years === 1 ? 'year' : 'years'}${told.work ? ` ${told.work}` : ''}`, counted: field ? 'field' : told.work ? 'other' : 'unnamed' };
  if (about?.years === undefined || about.years <= 0) return null;
  const as = job && !isUnnamedJob(job.id) ? ` as ${Messages.withArticle(job.title)}` : '';
  // Years the profile keeps are years in health or social services (the roadmap's question), unless a job outside it is known.
  return { words: `${about.years} ${about.years === 1 ? 'year' : 'years'}${as}`, counted: field || job === null ? 'field' : 'other' };
}

/** The time asked with no degree and years of work told: the guide's silence on that route's time, what it says, their years. */
const timeWithTheirYears: OwnedAsk = async (context, deps, part, said) => {
  if (!timeWithNoDegreeButYears(part) && !(part !== said && timeWithNoDegreeButYears(said))) return null;
  const years = await theirYears(context, deps, said);
  const entry = deps.kb.faqById.get(TIME_ENTRY);
  return years && entry ? () => sendLedAnswer(context, deps, part, WholeCaseMessages.timeWithoutDegree(years.words, years.counted), entry) : null;
};

/** A degree the guide names and their years, asked whether they get one in: both weighed, then the way in. */
const degreeAndTheirYears: OwnedAsk = async (context, deps, part, said) => {
  if (!degreeAndYearsAsked(part)) return null;
  const held = heldDegreeField(part) ?? heldDegreeField(said);
  const years = await theirYears(context, deps, said);
  if (held === null || fieldNamedByGuide(held) !== 'usual' || !years) return null;
  const entry = deps.kb.faqById.get(years.counted === 'other' ? EXPERIENCE_ENTRY : FINDING_A_JOB_ENTRY);
  return entry ? () => sendLedAnswer(context, deps, part, WholeCaseMessages.degreeAndYears(held, years.words, years.counted), entry) : null;
};

/** Skills asked of as ones they may lack, by someone with no work in the field known: the hard skills, said to be the likely gaps. */
const skillsTheyLack: OwnedAsk = async (context, deps, part, said) => {
  if (!skillsLackedAsked(part)) return null;
  const about = (await deps.profile.get(context))?.about;
  const job = about?.job !== undefined ? jobById(about.job) : null;
  // Someone who works in the field has the work the hard skills come from: the guide's list answers them as anyone.
  if ((job?.inField === true && !isStudentJob(job.id)) || tellsOfCareWork(said) || (about?.years ?? 0) > 0) return null;
  const outside = job !== null || NO_CLINICAL_WORK.test(said);
  const entry = deps.kb.faqById.get(HARD_SKILLS_ENTRY);
  return entry ? () => sendLedAnswer(context, deps, part, WholeCaseMessages.skillsLacked(outside), entry) : null;
};

/** No clinical or health care work told ("no clinical background", "zero healthcare"). */
const NO_CLINICAL_WORK = /\b(?:no|zero|without|never had|don'?t have) (?:any )?(?:clinical|healthcare|health care|medical|patient) (?:background|experience|work)?/i;

/** A career change told from work outside health care: where the guide's route starts for newcomers, then what is needed. */
const careerChangeFromOutside: OwnedAsk = async (context, deps, part, said) => {
  if (!careerChangeFromOtherWork(said)) return null;
  const about = (await deps.profile.get(context))?.about;
  if (about?.education === 'relevant-degree' || (about?.years ?? 0) > 0) return null;
  const entry = deps.kb.faqById.get(NEEDED_ENTRY);
  return entry ? () => sendLedAnswer(context, deps, part, WholeCaseMessages.careerChange, entry) : null;
};

/** A part that says what was not asked or meant ("I didn't ask how long"): no question of its own. */
const ASKS_NOTHING = /\b(?:i )?(?:didn t|didnt|did not|never|wasn t|wasnt|was not|not) (?:ask|asked|asking|mean|meant|want|wanted)\b/;

/** A part that only points back at the other ("is it enough", "or is that ok?"): the two are one ask. */
const POINTS_BACK = /^(?:(?:or|and|so|but)\s+)?(?:is|are|would|will|does|do|could|can)\s+(?:it|that|this|they|those|mine|that one)\s+(?:be\s+)?(?:enough|ok|okay|fine|sufficient|count|do|work|cut it|good enough)$/;
const standsApart = (part: string): boolean => !POINTS_BACK.test(normalise(part));

/**
 * Pay asked with their own pay told in words the pay weighing does not read as weighed ("whats the pay like? my new
 * grad offer is 72k"): asked again as weighed against it, so the guide's levels are set against their sum.
 */
const payAgainstTheirSum: OwnedAsk = async (_context, _deps, part, said, answerOther) => {
  const sum = ownSumTold(said);
  // Weighed already, in the part or the whole message (the question asked again below is, so it never comes back here).
  // A pay cut weighed with their sum ("i pull like 55k with tips. so id probably take a pay cut at first huh") asks it too.
  if (sum === null || !(asksPay(part) || payCutWeighed(part)) || ownPayWeighed(said, part) !== null || ownPayWeighed(said) !== null) return null;
  // A pay cut weighed asks of the pay at the start, in its own words ("with tips" beside it is no perk asked).
  const asked = asksPay(part) ? part.trim().replace(/[\s?.!,]+$/, '') : 'what do care managers make starting out';
  return () => answerOther(`${asked}? I make ${sum}k now, how does it compare?`);
};

/** Their own time asked by someone with a relevant degree and no years told: the guide's time after the degree. */
const timeAfterTheirDegree: OwnedAsk = async (context, deps, part, _said, answerOther) => {
  if (!ownTimeAsked(part)) return null;
  const about = (await deps.profile.get(context))?.about;
  // Years told are the own route's (what is left for them); a degree in another field, whether it counts, is theirs too.
  if (about?.education !== 'relevant-degree' || (about.years ?? 0) > 0) return null;
  return () => answerOther(`how long would it take if I already have ${about.higherDegree === true ? "a master's" : 'a degree'}?`);
};

/** Experience checked as all that is left, by someone with a relevant degree: mostly, and what else the guide suggests. */
const experienceLeftAfterTheirDegree: OwnedAsk = async (context, deps, part, said) => {
  if (!experienceLeftAsked(part)) return null;
  const about = (await deps.profile.get(context))?.about;
  const held = heldDegreeField(said);
  if (about?.education !== 'relevant-degree' && (held === null || fieldNamedByGuide(held) !== 'usual')) return null;
  const entry = deps.kb.faqById.get(EXPERIENCE_ENTRY);
  return entry ? () => sendLedAnswer(context, deps, part, WholeCaseMessages.experienceLeft, entry) : null;
};

/** The asks this module answers, first match wins. */
const OWNED: readonly OwnedAsk[] = [payAgainstTheirSum, timeAfterTheirDegree, experienceLeftAfterTheirDegree, masterToLead, levelBesideTheirs, certificationOfAnArea, timeWithTheirYears, degreeAndTheirYears, skillsTheyLack, careerChangeFromOutside];

/**
 * The reply when an ask of the message is one of this module's, with the message's other ask answered in its place by
 * `answerOther`; null when none is. `text`: the question, `said`: the whole message.
 */
export async function sendWholeCase(context: TurnContext, deps: DialogDeps, text: string, said: string, answerOther: AnswerOther): Promise<Answer[] | null> {
  // A part asked again in other words comes back through here once at most (never a loop).
  const stored: unknown = context.turnState.get(DEPTH);
  const depth = typeof stored === 'number' ? stored : 0;
  if (depth > 1) return null;
  context.turnState.set(DEPTH, depth + 1);
  try {
    return await wholeCase(context, deps, text, said, answerOther);
  } finally {
    context.turnState.set(DEPTH, depth);
  }
}

/** How deep the turn is in this module's replies. */
const DEPTH = Symbol('wholeCaseDepth');

async function wholeCase(context: TurnContext, deps: DialogDeps, text: string, said: string, answerOther: AnswerOther): Promise<Answer[] | null> {
  const sent = async (send: Send): Promise<Answer[]> => [await send()].flat();
  const parts = twoQuestionsAsked(text);
  for (const owned of OWNED) {
    if (parts && parts.every(standsApart)) {
      // Each ask read alone first: when only one is this module's, the other is answered in its place in the message.
      const [first, second] = parts;
      const [a, b] = [await owned(context, deps, first, said, answerOther), await owned(context, deps, second, said, answerOther)];
      // The other part is answered only when it asks something ("I didn't ask how long." asks nothing: tester ut35a, P05 m4).
      const other = async (part: string): Promise<Answer[]> => (ASKS_NOTHING.test(normalise(part)) ? [] : answerOther(part));
      if (a && !b) return [...(await sent(a)), ...(await other(second))];
      if (b && !a) return [...(await other(first)), ...(await sent(b))];
    }
    const whole = await owned(context, deps, text, said, answerOther);
    if (whole) return sent(whole);
  }
  return null;
}
