/**
 * What the guide covers only around its edges (its figures' country, a qualification from another country, whether
 * someone like the writer could do it), read by knowledge/beyondGuide.ts: said plainly, with what it does say; two
 * questions of which one is beyond it, each part on its own.
 */
import { licenceLeftOpen } from '../../understanding/person/licenceLeftOpen';
import { careKindUnnamedAsked } from '../../understanding/questions/careKindUnnamed';
import type { TurnContext } from 'botbuilder';
import { type Answer } from '../../../knowledge/answerEngine';
import { ageAsked, beyondAsked, givesPay, placeNamed, tellsNoDegree, type BeyondAsked } from '../../../knowledge/beyondGuide';
import { directAsk } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { normaliseText } from '../../../knowledge/text';
import { channelOf, flowButton, renderPartNotCovered, withButtons } from '../core/cards';
import { type DialogDeps } from '../../deps';
import { renderWorkNotSaid } from './nearby';
import { feedbackUserOf } from '../../feedbackStore';
import { placeDifferenceAsked, certificationHereAsked } from '../../understanding/questions/guideOfAPlace';
import { readAboutYou, tellsOfCareWork } from '../../understanding/person/aboutYou';
import { EXPERIENCE_ENTRY } from '../../understanding/person/situationAsked';
import { Messages } from '../core/messages';
import { answeredWith, sendEntry, sendLedAnswered, sendLedEntry } from '../core/entryReplies';
import { sendLedAnswer, sendLedDecline, sendNationalityWeighed } from '../person/situationReplies';
import { partlyGivenAsked } from '../../understanding/questions/partlyGivenAsked';
import { PAY_ENTRY } from '../../understanding/person/situationAsked';
import { declinedAbout, menuOf, WHOLE_MESSAGE_ANSWERED } from '../../turnState';
import { partsBeyond } from '../../understanding/questions/partsAsked';
import { fitAskedLoosely } from '../../understanding/person/fitAskedLoosely';
import type { QuestionTurn, TurnFollowingUp, TurnInView, TurnOfTheCase } from '../../answerTurn';
import { mentionChecked, whereMentioned } from '../../understanding/questions/mentionChecked';
import { askedForSomeoneElse, financeSkillsWeighed } from '../../understanding/person/financeOrSomeoneElse';
import { firstThingAsked } from '../../understanding/questions/firstThingAsked';
import { sendOne } from '../questions/oneAnswerReplies';
import { twoQuestionsAsked } from '../../understanding/core/clauses';
import { CERTIFICATIONS_ENTRY, NO_DEGREE_ENTRY } from '../person/routeReplies';
import { askedThroughTheirLife, type AskedThroughTheirLife } from '../../understanding/questions/askedThroughTheirLife';
import { readWeighing, readWeighingInPassing, weighingAsked } from '../../../knowledge/comparison';
import { weighedAgainstOther } from '../../understanding/inView/aspectInView';
import { otherJobAside } from '../../understanding/questions/otherJobAside';


/**
 * A kind of care the guide never names, asked whether care managers deal with it ("Do care managers deal with dental
 * stuff at all?"): said plainly, noted, with what the guide says care managers coordinate (tester ut40a P02).
 */
export async function sendCareKindUnnamed(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  const kind = lastRejected ? null : careKindUnnamedAsked(text);
  const overview = kind ? deps.kb.faqById.get(ROLE_ENTRY) : undefined;
  if (!kind || !overview) return null;
  return [await sendLedDecline(context, deps, text, Messages.beyond.careKindUnnamed(kind), overview)];
}

/** Beyond the guide, asked in the message (or in the story told before it), alone or beside another question. */
export async function sendBeyondTheGuide(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, said, last, lastRejected } = turn;
  const beyond = lastRejected ? null : (beyondAsked(said, deps.kb, last) ?? (said !== text ? beyondAsked(text, deps.kb, last) : null) ?? placeDifferenceAsked(said) ?? certificationHereAsked(said) ?? fitAskedLoosely(said));
  // Two questions, one beyond what the guide covers ("How much is the salary in Germany? and is there a german
  // certificate or only the american ones?"): each part answered on its own, so neither is dropped.
  const parts = beyond ? partsBeyond(deps, text, last) : null;
  if (parts) {
    const answers: Answer[] = [];
    for (const { part, beyond: asked } of parts) answers.push(await sendPartBeyond(context, deps, part, asked, last));
    return answers;
  }
  if (beyond) return [await sendBeyond(context, deps, beyond, text, said, last)];
  return null;
}

/** One part of two: what the guide covers only at its edges said so, else its answer, else a plain note that it doesn't cover it. */
async function sendPartBeyond(context: TurnContext, deps: DialogDeps, part: string, beyond: BeyondAsked | null, last: FaqEntry | undefined): Promise<Answer> {
  if (beyond) return sendBeyond(context, deps, beyond, part, part, last);
  const answer = deps.engine.answer(part);
  if (answer.kind === 'answer' && answer.entry) {
    await sendEntry(context, deps, answer.entry);
    return answer;
  }
  if (answer.kind === 'no-match' || answer.kind === 'out-of-scope') void deps.feedback.recordQuestion(part, answer.kind, feedbackUserOf(context.activity), context.activity.channelId);
  await context.sendActivity(renderPartNotCovered(part, channelOf(context.activity)));
  return answer;
}

/** The guide's answer on who the career suits, and the answers near an age it never speaks of. */
const FIT_ENTRY = 'right-for-me';
/** The guide's answer on a bachelor's and a master's: what it says of studying more. */
const DEGREES_ENTRY = 'bachelors-or-masters';
/** The guide's answers nearest a qualification from another country: licensing (which depends "on your location"), the degree. */
const QUALIFICATION_ENTRIES = ['licensing', 'degree-fields', 'what-is-needed'];
/** The entries on one certification or on certifying. */
const CERTIFICATION_ENTRY = /^(?:certification|ccm$|cmc$)/;
/** A certification named in a question: the CCM, the CMC, or certifications. */
const CERTIFICATION_NAMED = /\b(?:ccm|cmc|certifications?|certificates?|certified)\b/;
/** The guide's pay answers, offered when pay is asked of a place or a currency and none is in view. */
const PAY_ENTRIES = ['salary', 'salary-entry'];
/** A master's or a licence spoken of beside the fit ("everything wants a masters or a license"): said what the guide says of both. */
const MORE_ASKED_FOR = /\b(?:masters?|master s|license|licence|licensed|licensing)\b/;
/** A story of the writer's own work or background ("I've worked in retail for ten years", "my background is in sales"). */
const TELLS_A_STORY = /\bi (?:have |had )?(?:worked|work|been|was|did|do|am an? |run|ran|manage|managed)\b|\byears? (?:in|as|of|doing)\b|\bmy (?:background|job|work|career|experience) (?:is|was|has been)\b/;

/**
 * The reply to what the guide covers only around its edges. Pay of a place or in a currency: the pay answer the words
 * read as, led by what the guide does not give, else that line with the pay answers as buttons. A qualification from
 * another country: the guide does not cover it, with its licensing and degree answers as buttons. Whether someone like
 * the writer could do it: who the career suits, led, after a story outside health and social care, by the background
 * the guide says is usual.
 */
async function sendBeyond(context: TurnContext, deps: DialogDeps, asked: BeyondAsked, text: string, said: string, last: FaqEntry | undefined): Promise<Answer> {
  const channel = channelOf(context.activity);
  const declined = async (line: string, entries: readonly FaqEntry[]): Promise<Answer> => {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, entries[0]);
    await context.sendActivity(renderWorkNotSaid(line, entries, channel));
    return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: entries.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) };
  };
  switch (asked.kind) {
    case 'fit': {
      const about = readAboutYou(said, deps.kb);
      // A bachelor's in another field told ("Before kids I did a BA in sociology ... could I realistically do it?"): their
      // case against the usual route, and the experience they can start on; the whole message answered (ut39a P03, P09).
      const experience = deps.kb.faqById.get(EXPERIENCE_ENTRY);
      if (about.education === 'other-degree' && about.higherDegree !== true && experience) {
        context.turnState.set(WHOLE_MESSAGE_ANSWERED, true);
        await sendLedEntry(context, deps, Messages.beyond.fitOtherDegree(MORE_ASKED_FOR.test(normaliseText(said))), experience);
        return answeredWith(text, experience);
      }
      // Told with no degree ("i dont have university. can i do this job?", "never finished college"): the route without one.
      const noDegree = tellsNoDegree(said) || about.education === 'none';
      const fit = deps.kb.faqById.get(noDegree ? NO_DEGREE_ENTRY : FIT_ENTRY);
      if (!fit) return sendOne(context, deps, deps.engine.answer(text));
      // A licence the case leaves open ("BS Nursing PH ... want Canada/US. Pwede po ba?"): what the guide says of a license first.
      const licence = licenceLeftOpen(said, deps.kb);
      const outside = TELLS_A_STORY.test(normaliseText(said)) && !tellsOfCareWork(said);
      if (licence) await sendLedEntry(context, deps, Messages.licenceLeftOpen(licence), fit);
      else if (outside) await sendLedEntry(context, deps, noDegree ? Messages.beyond.fitOutsideNoDegree : Messages.beyond.fitOutside, fit);
      // Work in care told with no degree ("peer support at a rehab ... never finished college"): who it suits beside the route without one.
      else if (noDegree) await sendLedEntry(context, deps, Messages.beyond.fitNoDegree, fit);
      else await sendEntry(context, deps, fit);
      return answeredWith(text, fit);
    }
    case 'pay-place': {
      const read = deps.engine.answer(text);
      const entry = read.kind === 'answer' ? read.entry : null;
      if (entry && givesPay(entry)) {
        await sendLedEntry(context, deps, asked.elsewhere ? Messages.beyond.payElsewhereLead : Messages.beyond.payCurrencyLead, entry);
        return answeredWith(text, entry);
      }
      // Pay itself asked of a place or in a currency the guide gives none for ("how much earn a care manager in euro"):
      // the guide's pay, led by what it does not give.
      const pay = asked.asked === true ? deps.kb.faqById.get(PAY_ENTRIES[0]!) : undefined;
      if (pay) {
        await sendLedEntry(context, deps, Messages.beyond.payElsewhereLead, pay);
        return answeredWith(text, pay);
      }
      const inView = last && givesPay(last) ? [last] : [];
      const offered = [...inView, ...menuOf(deps, PAY_ENTRIES).filter((pay) => !inView.includes(pay))].slice(0, 2);
      return declined(asked.elsewhere ? Messages.payByPlace : Messages.beyond.payCurrency, offered);
    }
    case 'foreign-qualification':
      // The certifications asked whether they hold where the person lives ("I live in Portugal, are the certifications
      // valid here?"): what the guide says of certification, not of degrees and licences (tester ut31a).
      if (CERTIFICATION_NAMED.test(normaliseText(text))) return sendBeyond(context, deps, { kind: 'certification-place' }, text, said, last);
      return declined(Messages.beyond.foreignQualification, menuOf(deps, QUALIFICATION_ENTRIES));
    case 'nationality':
      return sendNationalityWeighed(context, deps, text);
    case 'pay-against-job': {
      const read = deps.engine.answer(text);
      const pay = read.kind === 'answer' && read.entry && givesPay(read.entry) ? read.entry : deps.kb.faqById.get(PAY_ENTRIES[0]!);
      if (!pay) return sendOne(context, deps, read);
      await sendLedEntry(context, deps, Messages.beyond.payAgainstJob, pay);
      return answeredWith(text, pay);
    }
    case 'licence-place': {
      const licensing = deps.kb.faqById.get(QUALIFICATION_ENTRIES[0]!);
      if (!licensing) return sendOne(context, deps, deps.engine.answer(text));
      await sendLedEntry(context, deps, Messages.beyond.licencePlace, licensing);
      return answeredWith(text, licensing);
    }
    case 'certification-place': {
      const read = deps.engine.answer(text);
      const certification = read.kind === 'answer' && read.entry && CERTIFICATION_ENTRY.test(read.entry.id) ? read.entry : deps.kb.faqById.get(CERTIFICATIONS_ENTRY);
      if (!certification) return sendOne(context, deps, read);
      // The guide has no certification of a place: a decline, noted, with its answer on certifying shown after it.
      void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
      await sendLedEntry(context, deps, Messages.beyond.certificationPlace, certification);
      return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: certification.id, title: certification.title, score: 0 }] };
    }
    case 'more-study': {
      const degrees = deps.kb.faqById.get(DEGREES_ENTRY);
      if (!degrees) return sendOne(context, deps, deps.engine.answer(text));
      await sendLedEntry(context, deps, Messages.beyond.moreStudy(asked.field), degrees);
      return answeredWith(text, degrees);
    }
  }
}

/**
 * The guide's answers near an age asked ("retired at 60 ... is it too late?"): who the career suits, how long it takes,
 * the way in and the route without a degree. Pay and the job's single tasks are never what an age asks.
 */
const NEAR_AN_AGE: ReadonlySet<string> = new Set(['right-for-me', 'how-long', 'without-degree', 'what-is-needed', 'role-overview', 'entry-level-jobs', 'gaining-experience', 'volunteering', 'stressful', 'finding-a-job', 'degree-fields']);

/**
 * An age asked, which the guide never speaks of, where the words of the story beside it lead the engine far from it
 * ("32 years teaching middle school science. Is it too late?" read as the mid-level pay, tester ut38a P07): the guide's
 * silence on age, then who it says the career suits. Null when the engine's reading is already near an age.
 */
export async function sendAgeWithItsNearest(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, engine } = turn;
  // Asked beside another question ("is 60 too late, and what does the job involve?"): that one is answered as read.
  if (lastRejected || !ageAsked(text) || directAsk(text) !== null || engine.questionsIn(text) > 1 || twoQuestionsAsked(text) !== null) return null;
  const read = engine.answer(text);
  const fit = deps.kb.faqById.get(FIT_ENTRY);
  if (read.kind !== 'answer' || !read.entry || NEAR_AN_AGE.has(read.entry.id) || !fit) return null;
  return sendLedAnswered(context, deps, text, Messages.beyond.ageLead, fit);
}

/** The guide's answer on what the career asks for: its route in, the same at any age. */
const ROUTE_IN_ENTRY = 'what-is-needed';

/**
 * An age weighed for starting, asked of an answer in view that has nothing on age ("is 62 too old to start this" after
 * where care managers work): the guide names no age limit, then its route in, never that answer's bullets (ut39c
 * P04-T3). Null when the message asks more than the age, or when what the decline offers is the way in already; the
 * caller has read that the answer in view gives no age.
 */
export async function sendAgeToStartInView(turn: TurnFollowingUp, offered: readonly FaqEntry[]): Promise<Answer[] | null> {
  const { context, deps, text, engine } = turn;
  // What the decline would offer is already the way in ("I'm 57, am I too old to start?" after the pay): left to it.
  if (offered.some((entry) => NEAR_AN_AGE.has(entry.id)) || !ageAsked(text) || directAsk(text) !== null || engine.questionsIn(text) > 1 || twoQuestionsAsked(text) !== null) return null;
  const route = deps.kb.faqById.get(ROUTE_IN_ENTRY);
  return route ? sendLedAnswered(context, deps, text, Messages.beyond.noAgeLimit, route) : null;
}

/** The guide's work settings: nursing homes and residential care facilities among them. */
const WORK_SETTINGS_ENTRY = 'where-they-work';

/**
 * What the guide gives in part under other words (understanding/questions/partlyGivenAsked.ts): pay over time and the
 * money side get its pay by level, led by what it does and does not give; a skilled nursing or long-term care facility
 * gets its work settings, led by the nearest it names (a decline, noted).
 */
export async function sendPartlyGiven(turn: QuestionTurn): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, engine } = turn;
  const asked = lastRejected ? null : partlyGivenAsked(text);
  // Another occupation's pay or a word from outside the field ("salary progression for a nurse practitioner",
  // "financially, should I buy a house?"): the engine's out of scope stands.
  if (!asked || (asked.kind !== 'care-facility' && engine.answer(text).kind === 'out-of-scope')) return null;
  if (asked.kind === 'care-facility') return [await sendLedDecline(context, deps, text, Messages.beyond.careFacility(asked.named), deps.kb.faqById.get(WORK_SETTINGS_ENTRY))];
  const pay = deps.kb.faqById.get(PAY_ENTRY);
  if (!pay) return null;
  return [await sendLedAnswer(context, deps, text, asked.kind === 'pay-over-time' ? Messages.beyond.payOverTime : Messages.beyond.moneySide, pay)];
}

/** The guide's answer on a license to practice, which depends on where one works. */
const LICENCE_ENTRY = 'licensing';

/**
 * Whether the guide mentions a thing, checked ("budgeting is mentioned somewhere right?", "does the guide say anything
 * about Canada?"): "Yes" and where, with what it says there; a place it never names, "No" and the license that depends
 * on where one works. Anything else it never names is left to the rest of the chain (its silence said there).
 */
export async function sendMentionChecked(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  const checked = lastRejected ? null : mentionChecked(text);
  if (!checked) return null;
  const thing = asTyped(checked, text);
  const { found, missing } = whereMentioned(thing.toLowerCase(), deps.kb);
  const [first] = found;
  if (first) {
    const foundItems = thing.split(/\s*(?:,|\bor\b|\band\b|\bnor\b)\s*/).filter((item) => item.trim() !== '' && !missing.includes(item.trim().toLowerCase()));
    const lead = missing.length > 0 ? Messages.mentionPartly(andJoinedItems(foundItems), andJoinedItems(missing), firstSection(first)) : Messages.mentionFound(thing, firstSection(first));
    return sendLedAnswered(context, deps, text, lead, first);
  }
  const licence = deps.kb.faqById.get(LICENCE_ENTRY);
  if (!licence || !missing.some((item) => placeNamed(asTyped(item, text), deps.kb) === 'elsewhere')) return null;
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  await sendLedEntry(context, deps, Messages.mentionOfAPlaceMissing(thing), licence);
  return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: licence.id, title: licence.title, score: 0 }] }];
}

/** "a, b or c" for the items of a check. */
const andJoinedItems = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`);

/** The first of the guide's sections an answer is drawn from ("Essential Care Manager Skills" of two). */
const firstSection = (entry: FaqEntry): string => entry.section.split(';')[0]?.trim() ?? entry.section;

/** The words of the thing as the person typed them ("Canada", not "canada"); the words as read when not found. */
function asTyped(thing: string, typed: string): string {
  const words = thing.split(' ').filter((word) => word !== '').map((word) => word.replace(/[^a-z0-9]/g, ''));
  if (words.length === 0 || words.some((word) => word === '')) return thing;
  const match = new RegExp(`\\b${words.join('\\W+')}\\b`, 'i').exec(typed);
  return match?.[0] ?? thing;
}

/** The guide's answer on moving up, where budgeting and strategic planning are named. */
const MOVING_UP_ENTRY = 'advancing';
/** The guide's Step 1, the role, which the first thing to do starts from. */
const ROLE_ENTRY = 'role-overview';

/**
 * The first thing to do asked ("What's the first thing I should actually do, like this week?"), finance skills weighed ("Would my finance skills help anywhere in this field"), or the career asked for someone else
 * ("My husband is asking if he can also do it, he is an accountant"): what the guide says nearest, led by what it does
 * not say (tester ut39a P07-T7, P11-T8).
 */
export async function sendAskedInPart(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, said, lastRejected } = turn;
  if (lastRejected) return null;
  const forSomeone = askedForSomeoneElse(said);
  const withoutDegree = deps.kb.faqById.get(NO_DEGREE_ENTRY);
  if (forSomeone && withoutDegree) {
    return sendLedAnswered(context, deps, text, Messages.forSomeoneElse(forSomeone.who, forSomeone.finance), withoutDegree);
  }
  // "What's the first thing I should actually do, like this week?": the first steps, and the walk offered.
  const roleEntry = deps.kb.faqById.get(ROLE_ENTRY);
  if (firstThingAsked(text) && roleEntry) {
    await context.sendActivity(withButtons(channelOf(context.activity), Messages.firstThing, [flowButton('careerSteps')]));
    return [answeredWith(text, roleEntry)];
  }
  return null;
}

/**
 * Finance skills weighed ("Would my finance skills help anywhere in this field"), when no reader of the person's own
 * work has answered it: the budgeting and planning of higher roles, then moving up (tester ut39a P07-T7).
 */
export async function sendFinanceSkillsNear(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  const movingUp = deps.kb.faqById.get(MOVING_UP_ENTRY);
  if (lastRejected || !financeSkillsWeighed(text) || !movingUp) return null;
  return sendLedAnswered(context, deps, text, Messages.financeSkillsNear, movingUp);
}

/** The entry each question asked through a life is answered from. */
const THROUGH_LIFE_ENTRY: Readonly<Record<AskedThroughTheirLife['kind'], string>> = {
  'aspect-against': 'stressful',
  hours: 'work-hours',
  'other-work-helps': 'essential-skills',
  'credential-toward-certification': CERTIFICATIONS_ENTRY,
  'membership-kinds': 'professional-organizations',
  'area-training': 'how-to-specialise',
};

/**
 * A question the guide answers in full or in part, asked through the person's own life or work (ut40a kind 1): "is it
 * less stressful than tech tho?" gets the stress answer and one line that the guide compares it with nothing; "flexibility
 * for school pickup? like 3pm" the hours; "does retail management experience help" where such work helps; "would my RRT
 * license count toward certification?" and "student or discounted memberships?" what the guide says nearest, said as
 * not given; "does that need more school" after an area, the extra training. Never "outside what I can help with".
 */
/**
 * A weighing the older weighing readers answer, more nearly than one line that the guide sets nothing beside the job
 * (fixA, session 40): the career against a job the guide never describes or names only in passing ("how is a care
 * manager different from a hospital manager / a social worker", "different from being a psychologist"), a thing named
 * against the answer in view ("more stressful than running a preschool room?" after the stress), two parts of the guide
 * weighed, and another job set aside as the message names it ("less stressful than the ICU at least", "compared to being
 * a therapist", "is it worse than being a paramedic?", "as stressful as ward nursing" beside geriatric care).
 */
function olderWeighingReads(turn: TurnInView, shown: FaqEntry): boolean {
  const { deps, text, last } = turn;
  const whole = deps.engine.answer(text);
  // The career weighed against a job the guide never describes or names in passing; not an aspect weighed against work
  // ("stress level vs retail?"), which no side names as the career.
  const sides = weighingAsked(text)?.sides;
  const ofTheCareer = !sides || sides.some((side) => THE_CAREER_NAMED.test(side));
  if (ofTheCareer && (readWeighingInPassing(text, deps.engine, whole, deps.kb) || readWeighing(text, deps.engine, whole, deps.kb))) return true;
  if (last && weighedAgainstOther(text)) return true;
  // Another job set aside: the older readers name it as said, unless the guide's search reads the rest as this very
  // answer (then it was shown bare, "is it less stressful than tech tho?", and the line here adds what it leaves out).
  return otherJobAside(text)?.against != null && !sides && !(whole.kind === 'answer' && whole.entry?.id === shown.id);
}

/** The career named as one side of a weighing. */
const THE_CAREER_NAMED = /\b(?:care manag\w*|this|it|the job|the role)\b/i;

export async function sendAskedThroughTheirLife(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, lastId } = turn;
  const asked = lastRejected ? null : askedThroughTheirLife(text, lastId);
  if (!asked) return null;
  const entry = deps.kb.faqById.get(asked.kind === 'aspect-against' && asked.aspect === 'the-job' ? 'responsibilities' : THROUGH_LIFE_ENTRY[asked.kind]);
  if (!entry || (asked.kind === 'aspect-against' && olderWeighingReads(turn, entry))) return null;
  context.turnState.set(WHOLE_MESSAGE_ANSWERED, true);
  switch (asked.kind) {
    case 'aspect-against':
      return sendLedAnswered(context, deps, text, Messages.beyond.aspectAgainstOwnWork(asked.against, asked.aspect), entry);
    case 'hours':
      return sendLedAnswered(context, deps, text, Messages.beyond.hoursAroundLife, entry);
    case 'other-work-helps':
      return sendLedAnswered(context, deps, text, Messages.beyond.otherWorkHelps(asked.work), entry);
    case 'area-training':
      return sendLedAnswered(context, deps, text, Messages.beyond.areaTraining, entry);
    case 'credential-toward-certification':
      return [await sendLedDecline(context, deps, text, Messages.beyond.credentialTowardCertification(asked.credential.length <= 5 && !asked.credential.includes(' ') ? asked.credential.toUpperCase() : asked.credential), entry)];
    case 'membership-kinds':
      return [await sendLedDecline(context, deps, text, Messages.beyond.membershipKinds, entry)];
  }
}
