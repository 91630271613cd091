/**
 * Replies to a question asked of the answer in view or of a thing in it: the line said first when the answer does not
 * give what was asked, the part of the answer asked about (never the same answer again), an aspect given next door, an
 * item of a list, and a thing the guide answers in part.
 * Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import { timedThing } from '../core/sideLabels';
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import { ageAsked } from '../../../knowledge/beyondGuide';
import { askedAspect, directAsk, durationThing, givesDirectAsk, linesGiving, type AskedAspect } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { channelOf, renderText } from '../core/cards';
import type { DialogDeps } from '../../deps';
import { sendMeantNotInGuide } from '../talk/repairReplies';
import { directLead, durationLead, renderAspectNextDoor, renderWorkNotSaid, thingNamed, renderListItem, renderPartInView, renderPayByLevelOnly, renderSaidOfSubject } from '../beyond/nearby';
import { feedbackUserOf } from '../../feedbackStore';
import { addsAThing } from '../../understanding/core/followUp';
import { itemOfList, listInView, listItemsOf, narrowedTo, partInView, saidElsewhere, type PickedItem } from '../../understanding/inView/listInView';
import { partBesideTheThing, type ThingAsked } from '../../understanding/questions/thingAsked';
import { Messages } from '../core/messages';
import { answeredWith, noteLinesQuoted, rememberAnswered, sendEntry, sendEntryNotAgain, sendLedEntry, shownLast } from '../core/entryReplies';
import { ASKED_NOT_GIVEN, declinedAbout, IN_VIEW, LIST_ITEM_SHOWN, menuOf } from '../../turnState';
import { namesOneThing, saidNextDoor } from '../../understanding/inView/answerInView';
import { thingNotMentioned } from '../../understanding/inView/thingInView';
import { mustBeAsked } from '../../understanding/person/situationAsked';
import { backgroundWeighed } from '../../understanding/person/backgroundOfAQualification';
import { startWithSaid } from '../../understanding/questions/startWithAsked';
import { experienceOfTheAnswerInView } from '../../understanding/inView/experienceInView';
import { rungPointedAt } from '../../understanding/inView/rungStepped';
import { requirementOfTheThing } from '../../understanding/inView/requirementInView';
import { linesBesidesInView, placesBesidesInView } from '../../understanding/inView/besidesInView';

/**
 * Where (or how often) asked of an answer that does not give it, when an answer next to it does ("healthcare assistant,
 * where would i do that" after the first jobs: the places the guide says experience is gained): said so, then those
 * lines. `named`: the thing asked of, when it is an item of the subject's list. Returns the answer whose lines were
 * shown, which is now in view; undefined when none gives it.
 */
export async function sendAspectNextDoor(context: TurnContext, deps: DialogDeps, asked: AskedAspect, about: readonly FaqEntry[], named?: string): Promise<FaqEntry | undefined> {
  const words = Messages.aspectWords[asked.aspect];
  const [subject, ...others] = about;
  const nextDoor = words && subject ? others.map((entry) => ({ entry, lines: linesGiving(entry, asked, true) })).find(({ lines }) => lines.length > 0) : undefined;
  if (!words || !subject || !nextDoor) return undefined;
  await context.sendActivity(renderAspectNextDoor(words, subject, nextDoor.entry, nextDoor.lines, channelOf(context.activity), named));
  await rememberAnswered(context, deps, nextDoor.entry.id);
  return nextDoor.entry;
}

/** The entries on what the work is like, offered when the guide says nothing of how physical it is. */
export const THE_WORK: readonly string[] = ['daily-duties', 'work-environment', 'stressful', 'where-they-work', 'work-hours'];

/**
 * The reply to what a turn asks of a thing the guide answers in part: the thing's own entry; pay by level only, for
 * specialisations; or, for a certification, what the guide says of pay before its answer on the benefits.
 */
export async function sendThingAsked(context: TurnContext, deps: DialogDeps, thing: ThingAsked, text: string): Promise<Answer> {
  const channel = channelOf(context.activity);
  switch (thing.kind) {
    case 'entry':
      // The very last answer, asked of again in other words ("What does pediatric care management involve exactly?"
      // right after the pediatric card, ut39c P10-T2): said to be all the guide has on it, not the same card unsaid.
      // Shown two or three turns back, the card itself (a pointer there lost followUpsOfTheThingNamed).
      if (await shownLast(context, deps, thing.entry)) await sendEntryNotAgain(context, deps, thing.entry, text);
      else await sendEntry(context, deps, thing.entry);
      return answeredWith(text, thing.entry);
    case 'payOfCertification':
      await sendLedEntry(context, deps, Messages.certificationPay, thing.entry);
      return answeredWith(text, thing.entry);
    case 'payOfAreas': {
      void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
      await context.sendActivity(renderPayByLevelOnly(thing.areas, deps.kb, channel));
      const offered = thing.areas.flatMap((area) => deps.kb.faqById.get(area.faqId) ?? []);
      return { question: text, kind: 'no-match', declined: 'no-figure', answered: false, entry: null, score: 0, alternatives: offered.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) };
    }
  }
}

/**
 * The thing's reply beside the other of two questions it does not answer ("what is a geriatric care manager and how much
 * do they earn": the area, then its pay by level), each once, in the order asked; the thing's reply alone otherwise.
 */
export async function sendThingWithItsPart(context: TurnContext, deps: DialogDeps, thing: ThingAsked, text: string, read: (part: string) => Answer[]): Promise<Answer[]> {
  const beside = partBesideTheThing(text, thing, read, deps.kb);
  if (!beside?.answer.entry) return [await sendThingAsked(context, deps, thing, text)];
  if (beside.first) await sendEntry(context, deps, beside.answer.entry);
  const answered = await sendThingAsked(context, deps, thing, text);
  if (!beside.first) await sendEntry(context, deps, beside.answer.entry);
  return beside.first ? [beside.answer, answered] : [answered, beside.answer];
}

/** Words that point at the answer in view ("is that good money?", "what do they do"); "it" as often opens a question of its own. */
const POINTS_AT_THE_ANSWER = /\b(?:that|this|those|these|they|them|their|there)\b/i;

/**
 * An item picked from the list the last answer showed that has no answer of its own ("the second one" after the career
 * path): its words in the list, which are all the guide says of it; a question asked of it is declined plainly.
 */
export async function sendListItem(context: TurnContext, deps: DialogDeps, picked: PickedItem, list: FaqEntry, question: string): Promise<Answer> {
  // Where to do it, asked of an item the list's neighbours say where of ("the healthcare assistant one, where do i do it").
  const asked = picked.asksMore ? askedAspect(question, deps.kb) : null;
  const nextDoor = asked ? await sendAspectNextDoor(context, deps, asked, [list, ...list.related.flatMap((id) => deps.kb.faqById.get(id) ?? [])], picked.item.head) : undefined;
  if (nextDoor) return answeredWith(question, nextDoor);
  context.turnState.set(LIST_ITEM_SHOWN, true);
  await context.sendActivity(renderListItem(picked.item, list, picked.asksMore, deps.kb, channelOf(context.activity)));
  const offered = [{ id: list.id, title: list.title, score: 0 }];
  if (!picked.asksMore) return answeredWith(question, list);
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  return { question, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: offered };
}

/**
 * A number typed after an answer that showed a list ("3", "number 2"): that item, as "the third one" would be (of the
 * list before it, when the last answer was an item of that); after an answer with no list, that related question's
 * button; after a reply that offered buttons instead of an answer, that button. False when there is nothing to pick.
 */
export async function sendNumberedItem(context: TurnContext, deps: DialogDeps, position: number, menu?: readonly string[]): Promise<boolean> {
  // After a reply that offered buttons instead of an answer, the number is a button's.
  const offered = menuOf(deps, menu)[position - 1];
  if (offered) {
    await sendEntry(context, deps, offered);
    return true;
  }
  const lastId = await deps.lastAnswered.get(context);
  const last = lastId ? deps.kb.faqById.get(lastId) : undefined;
  const beforeId = await deps.answeredBefore.get(context);
  const list = listInView(last, beforeId ? deps.kb.faqById.get(beforeId) : undefined, deps.engine, deps.kb);
  const item = list ? itemOfList(list, position, deps.engine, deps.kb) : null;
  // An answer that showed no list: the number is one of its related questions' buttons.
  const button = last && list === last && listItemsOf(last).length === 0 ? deps.kb.faqById.get(last.related[position - 1] ?? '') : undefined;
  if (button) await sendEntry(context, deps, button);
  else if (!list || !item) return false;
  else if (item.entry) await sendEntry(context, deps, item.entry);
  else await sendListItem(context, deps, { item, asksMore: false, reading: item.head }, list, String(position));
  return true;
}

/**
 * The answer to a question, unless it is the answer just given: a follow-up it already answers gets the part of it that
 * comes closest and says that is all the guide says, never the same answer again word for word. The same question
 * asked again in its own words ("which certification should I get?" once a specialisation is chosen) gets the answer.
 */
export async function sendEntryOrPart(context: TurnContext, deps: DialogDeps, entry: FaqEntry, question: string, answeredId: string | undefined): Promise<FaqEntry> {
  // The answer in view narrowed to a thing another answer is named for, which it only mentions ("which certificate is
  // needed for psychiatric care management?" after it): what it says of that, then that answer in short, not itself again.
  // Which experience, when the answer in view says which, or a requirement its list names, is asked of it, not narrowed
  // to gaining experience or the degree in general.
  const ownLine = experienceOfTheAnswerInView(question, entry, deps.kb) ?? requirementOfTheThing(question, entry);
  const narrowed = entry.id === answeredId && !ownLine ? narrowedTo(question, entry, deps.kb) : null;
  if (narrowed) {
    await context.sendActivity(renderSaidOfSubject(entry, narrowed.general, { own: narrowed.own, inGeneral: [] }, channelOf(context.activity)));
    await rememberAnswered(context, deps, narrowed.general.id);
    return narrowed.general;
  }
  const led = await sendDirectLead(context, deps, question, [entry]);
  // The places in view beside one set aside ("what else besides insurance?"): the list again without it (sendEntryNotAgain).
  if (entry.id !== answeredId || (!POINTS_AT_THE_ANSWER.test(question) && !ownLine && deps.engine.answer(question).entry?.id === entry.id) || placesBesidesInView(question, entry)) {
    await sendEntryNotAgain(context, deps, entry, question);
    return entry;
  }
  // After a line saying what the guide does not give, the part follows with no second lead; a part that gives what was
  // asked ("5+ years of experience" for how many years to senior) is led plainly, never as "it says no more".
  // The rest of its list beside an item set aside ("what else besides communication?" after the key skills).
  const besides = linesBesidesInView(question, entry);
  const part = besides ? { lines: besides, closest: true, gives: true } : partInView(question, entry, deps.kb);
  // Asked of something the answer in view never says and only another answer does ("do they ever work with schools?"
  // after who they work with): that answer's lines, said to be from it, rather than "all the guide says".
  const elsewhere = !part.closest && !led ? saidElsewhere(question, entry, deps.kb) : null;
  if (elsewhere) {
    await context.sendActivity(renderPartInView(elsewhere.entry, { lines: elsewhere.lines, closest: true }, deps.kb, channelOf(context.activity), Messages.saidUnder(elsewhere.entry.title)));
    await rememberAnswered(context, deps, elsewhere.entry.id);
    return elsewhere.entry;
  }
  const asked = directAsk(question);
  // A thing added to the answer in view that a line of it names ("what about patience?" after the key skills): that line, given.
  const gives = (asked !== null && givesDirectAsk({ ...entry, answer: part.lines.join('\n') }, asked)) || (part.closest && (addsAThing(question) || part.gives));
  // A thing only the answer's tags name, which no answer of the guide says ("do they work nights?"): said not mentioned.
  const unsaid = led ? null : thingNotMentioned(question, entry, deps.kb);
  // "I meant high school" after the courses in a degree: the guide's silence on it, not the same answer again.
  if (!led && !unsaid && !gives && (await sendMeantNotInGuide(context, deps, entry))) return entry;
  await context.sendActivity(renderPartInView(entry, part, deps.kb, channelOf(context.activity), led ? '' : unsaid ? Messages.thingNotMentioned(unsaid, entry.title) : gives ? Messages.partGives(entry.title) : undefined));
  return entry;
}

/** sendEntryOrPart, then the turn's record of what it showed (the entry, or the one whose part it gave) as its answer. */
export async function sendAnsweredOrPart(context: TurnContext, deps: DialogDeps, text: string, entry: FaqEntry, answeredId: string | undefined): Promise<Answer[]> {
  const shown = await sendEntryOrPart(context, deps, entry, text, answeredId);
  return [answeredWith(text, shown)];
}

/**
 * What the question asks of its subject beside the subject itself, said first when the answer does not give it ("The
 * guide doesn't say how hard the CCM exam is.", "The guide doesn't rank them."): one plain line before the answer.
 * A field of study is answered on its own (sendFieldAsked). True when a line was sent.
 */
export async function sendDirectLead(context: TurnContext, deps: DialogDeps, question: string, entries: readonly FaqEntry[]): Promise<boolean> {
  // "How long does the CCM take to obtain": the CCM's time, not "the CCM take to obtain"'s (sideLabels.ts).
  const read0 = directAsk(question);
  const asked = read0?.kind === 'duration' && read0.thing !== null ? { ...read0, thing: timedThing(read0.thing) } : read0;
  // An age, which the guide never speaks of ("I'm 52, is it too late for me?"): said so before the answer.
  if (!asked && ageAsked(question)) {
    await context.sendActivity(renderText(channelOf(context.activity), Messages.beyond.ageLead));
    return true;
  }
  // "so yes or no, do i need to be a nurse": the guide's plain no, before what it says is needed. A qualification weighed
  // as a background beside it ("Does an LPN count as a nursing background ... or do I need to be an RN first?") is
  // situationReplies.ts's, which answers both halves.
  const job = backgroundWeighed(question) ? null : mustBeAsked(question);
  if (job && entries.some((entry) => NEEDED_OR_DEGREE.has(entry.id))) {
    await context.sendActivity(renderText(channelOf(context.activity), Messages.direct.mustBe(job)));
    return true;
  }
  if (asked?.kind === 'duration') {
    const inViewId: unknown = context.turnState.get(IN_VIEW);
    const inView = typeof inViewId === 'string' ? deps.kb.faqById.get(inViewId) : undefined;
    // "how long would it take me then" right after the route without a degree asks it of that route.
    const routeInView = asked.without === undefined && asked.having === undefined && asked.of.length === 0 && inView && !entries.includes(inView) ? ROUTE_WITHOUT.exec(inView.title)?.[1] : undefined;
    // "how many years to get to that level?" after a rung's pay: that rung's years, never another level's named "level".
    const read = routeInView ? { ...asked, without: routeInView.toLowerCase() } : rungPointedAt(asked, entries) ? { ...asked, of: [] } : asked;
    const route = routeInView ? inView : read.without !== undefined ? deps.engine.answer(`without ${read.without}`).entry ?? undefined : undefined;
    const lead = durationLead(read, deps.kb, entries, inView, route);
    if (lead) await context.sendActivity(renderText(channelOf(context.activity), lead));
    if (lead) noteLinesQuoted(context, lead);
    // Led by the guide not giving the time asked ("how long is the extra training?"), with no time in what is shown: what
    // was asked is not answered.
    // The extra training beyond the degree is said not given in its own words ("for a specialization"), whatever the thing.
    const timeNotGiven = (read.beyondDegree === true && lead !== null) || (read.thing !== null && lead?.startsWith(Messages.direct.durationNotSaid(durationThing(read.thing))) === true);
    if (timeNotGiven && !entries.some((entry) => givesDirectAsk(entry, read))) context.turnState.set(ASKED_NOT_GIVEN, true);
    return lead !== null;
  }
  // Which to take first, where the guide says which to start with ("CCM or CMC, which first?"): said so plainly.
  const startWith = asked?.kind === 'better' && asked.criterion === undefined ? startWithSaid(question, entries) : null;
  if (startWith) {
    await context.sendActivity(renderText(channelOf(context.activity), Messages.direct.startWith(startWith)));
    return true;
  }
  // The physical side is said to be missing only before an answer on the work itself; elsewhere it would be off the point.
  // An either-or of two names for one thing ("a placement or an internship") asks no ranking.
  const offThePoint = (asked?.kind === 'physical' && !entries.every((entry) => THE_WORK.includes(entry.id))) || (asked?.kind === 'better' && asked.criterion === undefined && namesOneThing(deps, question, entries));
  const lead = asked && asked.kind !== 'field' && !offThePoint ? directLead(asked, entries, asked.kind === 'requirements' || asked.kind === 'most' ? saidNextDoor(deps, asked, entries) : undefined) : null;
  if (lead) await context.sendActivity(renderText(channelOf(context.activity), lead));
  if (lead) noteLinesQuoted(context, lead);
  // Led by the guide not ranking what was asked ("which of them is the better one?"): what was asked is not answered.
  if (lead && asked?.kind === 'better') context.turnState.set(ASKED_NOT_GIVEN, true);
  return lead !== null;
}

/** The answers a "must I be a nurse?" may read as: what is needed, the degrees, the route without one. */
const NEEDED_OR_DEGREE: ReadonlySet<string> = new Set(['what-is-needed', 'degree-fields', 'without-degree']);

/** An entry on a route without something ("Without a degree"): what it is without. */
const ROUTE_WITHOUT = /^without (.+)$/i;

/**
 * What the guide does not say of the answer in view, led by a line that says so: a thing of the person's own it never
 * names ("our church office runs on Excel - is that enough?" after the computer skills), or a setting it never gives
 * the answer for ("at the insurance companies specifically?" after the hours); then that answer. A decline, noted.
 */
export async function sendThingNotMentioned(context: TurnContext, deps: DialogDeps, question: string, lead: string, inView: FaqEntry): Promise<Answer> {
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  await sendLedEntry(context, deps, lead, inView);
  return { question, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: inView.id, title: inView.title, score: 0 }] };
}

/** The same not given for the other of two ("and the CCM?" after no cost for the CMC exam): said so, both as buttons. A decline, noted. */
export async function sendNotGivenEither(context: TurnContext, deps: DialogDeps, question: string, other: FaqEntry, about: FaqEntry): Promise<Answer> {
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  declinedAbout(context, other);
  await context.sendActivity(renderWorkNotSaid(Messages.notGivenEither(thingNamed(other.title)), [other, about], channelOf(context.activity)));
  return { question, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [other, about].map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) };
}
