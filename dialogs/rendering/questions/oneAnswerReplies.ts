/**
 * The reply to one question as the engine read it (the end of the chain in answerTurn.ts, and the steps that answer a
 * message in the engine's own reading): the answer card, "Did you mean ...", "not sure, maybe one of these", or the
 * honest "not covered" with what the guide says nearby; and the special cases of a single reading (the physical side
 * of the work, the pay at the start, a first job asked, an age or a place the guide never speaks of).
 */
import type { TurnContext } from 'botbuilder';
import { type Answer } from '../../../knowledge/answerEngine';
import { ageAsked, asksStartingPay } from '../../../knowledge/beyondGuide';
import { askedAspect, directAsk, durationThing, givesDirectAsk, lineCounting, type AskedAspect, type DirectAsk } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { channelOf, renderDidYouMean, renderNotCovered, renderNotSure } from '../core/cards';
import { type DialogDeps } from '../../deps';
import { directLead, nearbyEntries, nearOnly, renderAspectNotGiven, renderWorkNotSaid, renderNearby, renderNoFigure, renderNoFigureSaid } from '../beyond/nearby';
import { AGE_SUBJECT } from '../../understanding/inView/aspectInView';
import { feedbackUserOf } from '../../feedbackStore';
import { guideAskedOfAPlace } from '../../understanding/questions/guideOfAPlace';
import { modeAskedInPassing, modeAskedOfTheWork, studyModeEntries, WORK_MODE_ENTRIES } from '../../understanding/questions/workModeAsked';
import { asksFirstJob, firstJobLimits, firstJobWeighed, jobToGetAsked } from '../../understanding/questions/firstJobAsked';
import { yesOfTheList } from '../../understanding/questions/yesOfTheList';
import { sendYesOfTheList } from './yesReplies';
import { GUIDE_PLACE_ENTRIES, sendOnTheGuidesGround } from '../beyond/silenceReplies';
import { otherJobAside } from '../../understanding/questions/otherJobAside';
import { Messages } from '../core/messages';
import { sendEntry, sendLedEntry, sendSideBySide } from '../core/entryReplies';
import { sendDirectLead, sendEntryOrPart, THE_WORK } from '../inView/inViewReplies';
import { ASKED_IN_CONTEXT, declinedAbout, menuOf } from '../../turnState';
import { timedThingsOwnEntry, NAMES_THE_CAREER, ON_EXPERIENCE, otherSideWeighed, stateReachedEntry } from '../../understanding/inView/answerInView';
import { FIRST_JOBS_ENTRY } from '../../understanding/person/situationAsked';


/** The reply to one question. */
export async function sendOne(context: TurnContext, deps: DialogDeps, answer: Answer, answeredId?: string): Promise<Answer> {
  const channel = channelOf(context.activity);
  const question = answer.question;
  const offered = answer.alternatives.map((alternative) => deps.kb.faqById.get(alternative.id)).filter((entry): entry is FaqEntry => entry !== undefined);
  // The physical side of the work is on topic, though the guide says nothing of it: said so, with the work it describes,
  // whether the engine read it as out of scope, was unsure or answered with something else than the work.
  const onTheWork = answer.kind === 'answer' && answer.entry !== null && THE_WORK.includes(answer.entry.id);
  if (answer.kind !== 'empty' && !onTheWork && isPhysicalOfTheJob(directAsk(question))) {
    void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(renderWorkNotSaid(Messages.direct.physicalNearby, menuOf(deps, THE_WORK.slice(0, 3)), channel));
    return answer;
  }
  // Pay at the start of the career in words the engine reads as the junior role, which gives no figure ("how much do you
  // make in the beginning"): the entry-level pay.
  const startingPay = answer.declined === 'no-figure' && asksStartingPay(question) ? deps.kb.faqById.get(STARTING_PAY_ENTRY) : undefined;
  if (startingPay) {
    await sendEntry(context, deps, startingPay);
    return { ...answer, kind: 'answer', answered: true, entry: startingPay, declined: undefined, alternatives: [] };
  }
  // A first job asked by its kind or title ("like what job should I get first", "what entry level jobs are there"): the
  // guide's first jobs, not the places where experience is gained nor the entry-level pay.
  // Asked with a limit told beside it ("no degree and a bad back, what first job could I do?"): what the guide does not
  // say of its first jobs first, never the route without a degree alone (tester ut27b).
  const limits = firstJobLimits(question, context.activity.text ?? question);
  const limited = limits ? deps.kb.faqById.get(FIRST_JOBS_ENTRY) : undefined;
  if (limits && limited) {
    await sendLedEntry(context, deps, Messages.firstJobLimits(limits), limited);
    return { ...answer, kind: 'answer', answered: true, entry: limited, declined: undefined, alternatives: [] };
  }
  // One of the guide's first jobs weighed as a way in ("would a care coordinator opening be a good first step?"): the
  // guide names it among the jobs to start in, said first (tester ut29a).
  const weighedJob = firstJobWeighed(context.activity.text ?? question);
  const namedFirstJobs = weighedJob ? deps.kb.faqById.get(FIRST_JOBS_ENTRY) : undefined;
  if (weighedJob && namedFirstJobs && (answer.entry?.id === FIRST_JOBS_ENTRY || answer.kind !== 'answer' || ON_EXPERIENCE.has(answer.entry?.id ?? ''))) {
    await sendLedEntry(context, deps, Messages.experienceNamed({ job: weighedJob }), namedFirstJobs);
    return { ...answer, kind: 'answer', answered: true, entry: namedFirstJobs, declined: undefined, alternatives: [] };
  }
  const firstJobs = answer.entry?.id !== FIRST_JOBS_ENTRY && asksFirstJob(question) ? deps.kb.faqById.get(FIRST_JOBS_ENTRY) : undefined;
  if (firstJobs) {
    await (jobToGetAsked(question) ? sendLedEntry(context, deps, Messages.firstJobsYes, firstJobs) : sendEntry(context, deps, firstJobs));
    return { ...answer, kind: 'answer', answered: true, entry: firstJobs, declined: undefined, alternatives: [] };
  }
  // An age the guide never speaks of, declined ("I'm 52 and have only worked in shops, is it too late?"): said so, with
  // the route into the career as buttons.
  // The guide asked whether it holds in a place ("Your guide seems very American. Is any of it relevant in Scotland?"):
  // what it ties to a place, said plainly, with those answers as buttons.
  if ((answer.kind === 'out-of-scope' || answer.kind === 'no-match') && guideAskedOfAPlace(question, deps.kb)) {
    void deps.feedback.recordQuestion(question, answer.kind, feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(renderWorkNotSaid(Messages.guideOfAPlace, menuOf(deps, GUIDE_PLACE_ENTRIES), channel));
    return answer;
  }
  if ((answer.kind === 'out-of-scope' || answer.kind === 'no-match') && ageAsked(question)) {
    void deps.feedback.recordQuestion(question, answer.kind, feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(renderWorkNotSaid(Messages.aspectNotGiven.age, menuOf(deps, AGE_SUBJECT), channel));
    return answer;
  }
  switch (answer.kind) {
    case 'answer':
      if (answer.entry) {
        // Two of a kind weighed where the engine answered one ("is the cmc harder to get than the ccm"): both.
        const other = otherSideWeighed(deps, question, answer.entry);
        if (other) {
          await sendDirectLead(context, deps, question, [answer.entry, other]);
          await sendSideBySide(context, deps, answer.entry, other);
          return answer;
        }
        // The time to get a thing the guide has an answer on but gives no time for ("how long does it take to get the
        // CCM"): that it doesn't say, then that thing's answer, not the career's 6 to 8 years.
        const asked = directAsk(question);
        const ofTheThing = timedThingsOwnEntry(deps.kb, question, answer.entry);
        // A state reached ("how long does it take to get certified"): the answer on reaching it, after saying the guide
        // gives no time for it, not the 6 to 8 years of becoming a care manager.
        const reached = !ofTheThing && asked?.kind === 'duration' ? stateReachedEntry(deps, asked, answeredId) : undefined;
        if (reached && asked?.kind === 'duration' && asked.thing !== null && !givesDirectAsk(reached, asked) && reached.id !== answer.entry.id) {
          await sendLedEntry(context, deps, `${Messages.direct.durationNotSaid(durationThing(asked.thing))} ${Messages.direct.hereIsWhat}`, reached);
          return { ...answer, entry: reached };
        }
        // A yes/no question one line of the list says yes to ("do care managers handle insurance?"): the yes first.
        const yes = ofTheThing ? null : yesOfTheList(question, answer.entry);
        if (yes) return (await sendYesOfTheList(context, deps, answer.entry, yes), answer);
        const shown = await sendEntryOrPart(context, deps, ofTheThing ?? answer.entry, question, answeredId);
        return shown.id !== answer.entry.id ? { ...answer, entry: shown } : answer;
      }
      break;
    case 'ambiguous':
      if (offered.length > 0) {
        void deps.feedback.recordQuestion(question, 'ambiguous', feedbackUserOf(context.activity), context.activity.channelId);
        await context.sendActivity(renderDidYouMean(question, offered, channel));
        return answer;
      }
      break;
    case 'out-of-scope':
      // Said of the answer just given ("you didnt answer about my english"): on the guide's subject, whatever its words.
      // Studying part time or online ("can i do my masters online?"): on its subject too, said so with its answers on studying.
      if (context.turnState.get(ASKED_IN_CONTEXT) === true || (modeAskedInPassing(question) && studyModeEntries(question))) break;
      // On the guide's ground: another job set aside, or the guide's silence said plainly (rendering/beyond/silenceReplies.ts).
      const onItsGround = await sendOnTheGuidesGround(context, deps, answer);
      if (onItsGround) return onItsGround;
      void deps.feedback.recordQuestion(question, 'out-of-scope', feedbackUserOf(context.activity), context.activity.channelId);
      await context.sendActivity(renderNotCovered('out-of-scope', channel));
      return answer;
    case 'empty':
      await context.sendActivity(renderNotCovered('empty', channel));
      return answer;
    case 'no-match':
      // Another job weighed against ("is it less stressful than the ICU at least?"): set aside, as out of scope is (ut33a P07 m4).
      const weighedAgainst = otherJobAside(question) ? await sendOnTheGuidesGround(context, deps, answer) : null;
      if (weighedAgainst) return weighedAgainst;
      // On topic, but not placed confidently: its best suggestions, when the engine has some. A topic the guide does not
      // cover is not "not sure": it gets the plain "not in the guide" below, with only what the guide says nearby.
      // A suggestion must be near what was asked ("is the CCM open to non-nurses" is not near working for oneself): the
      // engine's that share a word saying what it is about, else the entries that do; none near, and none is shown.
      if (offered.length > 0 && answer.declined !== 'not-covered' && answer.declined !== 'no-figure') {
        const near = nearOnly(deps.kb, question, offered);
        const shown = near.length > 0 ? near : nearbyEntries(deps.kb, question);
        if (shown.length > 0) {
          void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
          await context.sendActivity(renderNotSure(question, shown, channel));
          return answer;
        }
        offered.length = 0;
      }
      break;
  }
  return sendDeclinedNearby(context, deps, answer, offered);
}

/**
 * No match, or an answer the knowledge base cannot show: said honestly, with what the guide says nearby if anything (a
 * figure it does not give, a count asked of the answer in view, a difficulty or a detail it lacks, said plainly).
 */
async function sendDeclinedNearby(context: TurnContext, deps: DialogDeps, answer: Answer, offered: readonly FaqEntry[]): Promise<Answer> {
  const channel = channelOf(context.activity);
  const question = answer.question;
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  // A short follow-up the guide has nothing for ("how much does it cost?" after the CCM): about the last answer's subject.
  const inContext = context.turnState.get(ASKED_IN_CONTEXT) === true;
  const lastId = offered.length === 0 && (inContext || (answer.kind === 'no-match' && POINTS_BACK_BRIEFLY.test(question.trim()))) ? await deps.lastAnswered.get(context) : undefined;
  const last = lastId ? deps.kb.faqById.get(lastId) : undefined;
  // A figure the guide does not give ("how many clients on a caseload, like a number"): said so, with the entry it asks about.
  const about = offered.length > 0 ? offered : last ? [last] : [];
  // A count asked of the answer in view, which speaks of the thing without a figure ("how many hours?" after the CMC):
  // said so, with its words, not another answer that shares the word (the working hours).
  const inViewId = answer.declined === 'no-figure' ? await deps.lastAnswered.get(context) : undefined;
  const inView = inViewId ? deps.kb.faqById.get(inViewId) : undefined;
  const counted = inView ? lineCounting(question, inView) : [];
  if (inView && counted.length > 0) {
    declinedAbout(context, inView);
    await context.sendActivity(renderNoFigureSaid(inView, counted, channel));
    return answer;
  }
  if (answer.declined === 'no-figure' && about.length > 0) {
    declinedAbout(context, about[0]);
    await context.sendActivity(renderNoFigure(about, channel));
    return answer;
  }
  // A topic the guide does not cover gets what the guide says nearby: the entries sharing its rare words, or else, when
  // the question names the career, the engine's own nearby entries ("how much do care managers make in canada": no
  // figures by country, but the salary entry). Not for a question about something else ("chest pain at work").
  const sharing = answer.kind === 'no-match' || inContext ? nearbyEntries(deps.kb, question) : [];
  const aboutTheCareer = answer.declined === 'not-covered' && NAMES_THE_CAREER.test(question);
  const near = sharing.length > 0 || !aboutTheCareer ? sharing : offered.slice(0, 3);
  const nearby = last ? [last, ...near.filter((entry) => entry.id !== last.id)].slice(0, near.length || 1) : near;
  // A detail the guide never gives ("how much do care managers make in the UK", "is there an age limit"): what it lacks
  // said plainly, rather than "I don't have an answer to that", with what it does say nearby.
  // How hard a thing is that the guide has no answer for ("is the cmc exam difficult"): said plainly, with what is nearby.
  const weighed = directAsk(question);
  if (weighed?.kind === 'difficulty' && nearby.length > 0) {
    const lead = directLead(weighed, []);
    if (lead) {
      declinedAbout(context, nearby[0]);
      await context.sendActivity(renderWorkNotSaid(`${lead.replace(Messages.direct.hereIsWhat, '').trim()} ${Messages.direct.noted}`, nearby, channel));
      return answer;
    }
  }
  const asked = askedAspect(question, deps.kb) ?? modeAskedInPassing(question);
  const onTheSubject = asked && LACKS_SAID_PLAINLY.has(asked.aspect) ? subjectOf(asked, question, nearby, deps) : [];
  if (asked && onTheSubject.length > 0) {
    declinedAbout(context, onTheSubject[0]);
    await context.sendActivity(renderAspectNotGiven(asked, onTheSubject, channel));
    return answer;
  }
  await context.sendActivity(nearby.length > 0 ? renderNearby(nearby, channel) : renderNotCovered('no-match', channel));
  return answer;
}

/** The physical side of this work, asked in a few words: on topic, though the guide says nothing of it. */
export const isPhysicalOfTheJob = (asked: DirectAsk | null): boolean => asked?.kind === 'physical' && asked.ofTheJob;

/**
 * What the guide says on the subject of a detail it lacks: the entry the question's other words ask ("can i study ...
 * part time": what to study) rather than the entries that merely share a word with it ("time"); for an age, which the
 * guide never speaks of, the route into the career; else the entries nearby, if any.
 */
function subjectOf(asked: AskedAspect, question: string, nearby: readonly FaqEntry[], deps: DialogDeps): FaqEntry[] {
  // "Are part-time care manager positions common?": the work's hours and setting, not entries that share a word.
  if (asked.aspect === 'mode' && modeAskedOfTheWork(question)) return WORK_MODE_ENTRIES.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  // Studying part time or online: the guide's answers on studying, not one that shares a word ("while you study").
  const study = asked.aspect === 'mode' ? studyModeEntries(question) : null;
  if (study) return study.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  const subject = asked.others && asked.others.length > 0 ? deps.engine.answer(asked.others.join(' ')) : undefined;
  if (subject?.kind === 'answer' && subject.entry) return [subject.entry];
  // Said in passing of the career ("could I do it part time while my kids are small?"): the work's hours and setting.
  if (asked.aspect === 'mode' && asked.others?.length === 0) return WORK_MODE_ENTRIES.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  if (asked.aspect === 'age' && (nearby.length > 0 || question.trim().split(/\s+/).length <= SHORT_AGE_QUESTION)) {
    return AGE_SUBJECT.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  }
  return [...nearby];
}

/** An age asked in so few words that it can only be asked of the career in view ("too late at 42?"). */
const SHORT_AGE_QUESTION = 6;

/** The details a question may ask that are read surely enough to name in a decline: a place, a cost, an age, a rate... */
const LACKS_SAID_PLAINLY: ReadonlySet<AskedAspect['aspect']> = new Set(['place', 'cost', 'pay-unit', 'tax', 'age', 'difficulty', 'exact-figure', 'mode']);

/** The first rung's pay, the pay at the start of the career. */
const STARTING_PAY_ENTRY = 'salary-entry';

/** A short message that points back to the last answer's subject ("how much does it cost?", "which laws exactly?"). */
export const POINTS_BACK_BRIEFLY = /^(?=(?:\S+\s+){0,6}\S+$).*\b(?:it|its|that|this|those|these|they|them|their|there)\b/i;
