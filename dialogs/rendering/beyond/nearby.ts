import type { Activity } from 'botbuilder';
import type { FaqEntry, KnowledgeBase, Specialisation } from '../../../knowledge/schema';
import { askButton, topicButtons, withButtons, type Channel } from '../core/cards';
import { salaryRange } from '../guided/guidedCards';
import { Messages, sourceLine } from '../core/messages';
import { durationSaid, durationThing, givesDirectAsk, titleNamesNothing, type AskedAspect, type DirectAsk } from '../../../knowledge/aspects';
import { fieldNamedByGuide, taughtInADegree } from '../../understanding/person/experienceCounts';
import { answerUnits, type ListItem } from '../../understanding/inView/listInView';
import type { SaidOfTheSubject } from '../../understanding/inView/subjectInView';
import { sentencesOf } from '../../understanding/core/clauses';
import { normaliseText, stemToken, STOP_WORDS, tokenise } from '../../../knowledge/text';

/**
 * What the guide says near a question it does not answer: "how much is the exam fee for the CCM?" has no entry, but
 * the CCM entry and the certification entries are about the same thing. Entries are scored on the distinctive words
 * (stems) they share with the question, each weighted by how rare it is among entries, so "CCM" and "exam" count and
 * words that every entry has ("care", "manager", "become") do not. A question with more words the guide never uses
 * than distinctive words it does use is about something else, and gets nothing.
 */

/** A word found in more than this share of entries says nothing about which entry is near. */
const COMMON_SHARE = 0.12;
const MAX_NEARBY = 3;
/**
 * How much more a subject of the guide (the lexicon's topic words: "CCM", "degree", "salary") weighs than any other
 * word shared: "is the CCM open to non-nurses" is near the CCM, not the one answer that happens to say "open".
 */
const TOPIC_WEIGHT = 2;

export interface NearbyIndex {
  near(question: string, limit?: number): FaqEntry[];
  /** True when the entry is near the question: it shares a word that says what the question is about. */
  isNear(question: string, entry: FaqEntry): boolean;
}

function stems(text: string): Set<string> {
  return new Set(
    tokenise(normaliseText(text))
      .filter((token) => token.length > 1 && !STOP_WORDS.has(token))
      .map((token) => SAME_STEM.get(stemToken(token)) ?? stemToken(token))
      .filter((stem) => !NOT_A_SUBJECT.has(stem)),
  );
}

/**
 * Words that never say what a question is about, however rare among the answers: how much ("the most", "more") and
 * doing in general ("deals with", "handles"). "Which specialty deals with the most Medicaid clients" is near the
 * specializations, not the one answer on stress that says "deal with" (tester ut36a P08 m6).
 */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set(['deal', 'handl', 'most', 'more', 'mani', 'lot', 'involv']);

/** Stems of one subject the stemmer keeps apart: a specialty is a specialization ("which specialty deals with ..."). */
const SAME_STEM: ReadonlyMap<string, string> = new Map([
  ['specialti', 'specialis'],
  ['specialiti', 'specialis'],
  ['specializ', 'specialis'],
]);

/** How much more a word weighs when the entry's own title or question says it, not only its tags or other wordings. */
const OWN_WORD_WEIGHT = 1.5;

export function createNearbyIndex(kb: KnowledgeBase): NearbyIndex {
  const entryStems = kb.faqs.map((entry) => stems([entry.title, entry.question, ...entry.alternates, ...entry.tags].join(' ')));
  const ownStems = kb.faqs.map((entry) => stems([entry.title, entry.question].join(' ')));
  const counts = new Map<string, number>();
  for (const set of entryStems) for (const stem of set) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const total = kb.faqs.length;
  const topics = stems(kb.lexicon.topicWords.join(' '));
  const weight = (stem: string): number => {
    const count = counts.get(stem) ?? 0;
    return count === 0 || count / total > COMMON_SHARE ? 0 : Math.log(total / count) * (topics.has(stem) ? TOPIC_WEIGHT : 1);
  };
  /** The words a question is about that say which entry is near: its subjects of the guide when it names one, else its rare words. */
  const askedOf = (question: string): string[] => {
    const all = [...stems(question)];
    const asked = all.filter((stem) => weight(stem) > 0);
    const unknown = all.filter((stem) => !counts.has(stem)).length;
    // Mostly about things the guide never mentions ("best pizza in town"): nothing is near.
    if (asked.length === 0 || asked.length <= unknown) return [];
    const subjects = asked.filter((stem) => topics.has(stem));
    return subjects.length > 0 ? subjects : asked;
  };
  const byId = new Map(kb.faqs.map((entry, i) => [entry.id, entryStems[i]!]));
  return {
    near(question, limit = MAX_NEARBY) {
      const asked = askedOf(question);
      // Every rare word still counts toward the order; only entries sharing a subject asked of (when one is) are near.
      const ranked = [...stems(question)].filter((stem) => weight(stem) > 0);
      return kb.faqs
        .map((entry, i) => ({ entry, near: asked.some((stem) => entryStems[i]!.has(stem)), score: ranked.reduce((sum, stem) => sum + (entryStems[i]!.has(stem) ? weight(stem) * (ownStems[i]!.has(stem) ? OWN_WORD_WEIGHT : 1) : 0), 0) }))
        .filter((scored) => scored.near)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((scored) => scored.entry);
    },
    isNear(question, entry) {
      const own = byId.get(entry.id);
      return own !== undefined && askedOf(question).some((stem) => own.has(stem));
    },
  };
}

const indexes = new WeakMap<KnowledgeBase, NearbyIndex>();

/** The nearby entries for a question, from an index built once per knowledge base. */
export function nearbyEntries(kb: KnowledgeBase, question: string): FaqEntry[] {
  return indexOf(kb).near(question);
}

/** How many entries near a question are looked through for those not offered already. */
const NEAR_NOT_OFFERED = 6;

/** The suggestions that are near a question (they share a word that says what it is about); the rest are not shown. */
export function nearOnly(kb: KnowledgeBase, question: string, entries: readonly FaqEntry[]): FaqEntry[] {
  const index = indexOf(kb);
  return entries.filter((entry) => index.isNear(question, entry));
}

function indexOf(kb: KnowledgeBase): NearbyIndex {
  let index = indexes.get(kb);
  if (!index) indexes.set(kb, (index = createNearbyIndex(kb)));
  return index;
}

/**
 * The lead-in ("Here is what it does say on the subject:"), then what it leads into: each entry by its title with the
 * gist of its answer, on every channel. Titles or buttons alone under "Here is what it does say" read as a reply cut off
 * (testers ut26a and ut26b, worst in Teams, where the buttons sit beside the text); the buttons open the whole answers.
 */
function leadInWithTitles(leadIn: string, entries: readonly FaqEntry[], _channel: Channel): string {
  if (entries.length === 0) return leadIn;
  return `${leadIn}\n\n${entries.map((entry) => `- **${entry.title}**: ${briefOf(entry)}`).join('\n')}`;
}

/** Items of a list an answer opens with, named in its gist at most. */
const GIST_ITEMS = 3;

/**
 * An answer in brief: its first sentence, without Markdown marks; when that sentence leads into a list ("for example
 * in:"), the list's first items after it.
 */
function briefOf(entry: FaqEntry): string {
  const lines = entry.answer.replace(/\*\*/g, '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const [opening = ''] = lines;
  const sentence = /^.*?[.!?:](?=\s|$)/.exec(opening)?.[0] ?? opening;
  if (!sentence.endsWith(':')) return sentence;
  const items = lines.slice(1).filter((line) => /^[-*]\s+/.test(line)).slice(0, GIST_ITEMS).map((line) => line.replace(/^[-*]\s+/, ''));
  return items.length > 0 ? `${sentence} ${items.join('; ')}${items.length < lines.slice(1).filter((line) => /^[-*]\s+/.test(line)).length ? '; ...' : '.'}` : sentence.replace(/:$/, '.');
}

/**
 * An answer's first whole sentence, without Markdown marks ("A degree ... isn't strictly required: you can become a care
 * manager without one, but ..."); when its first line only leads into a list, the brief with the list's first items.
 */
export function answerInBrief(entry: FaqEntry): string {
  const opening = entry.answer.replace(/\*\*/g, '').split('\n')[0]!.trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(opening)?.[0];
  return sentence ? withItsQualifier(entry, [sentence]).join(' ') : opening.endsWith(':') ? briefOf(entry) : opening;
}

/** A sentence that qualifies the one before it: "Depending on the role ..., some also work evenings or weekends". */
const QUALIFIES = /^(?:depending|but|however|although|though|except|unless|not all|some (?:also|may|work|are|have|need)|this (?:varies|depends)|it (?:varies|depends))\b/i;

/** An answer's sentences, without bold marks, in order. */
function sentencesOfAnswer(entry: FaqEntry): string[] {
  return entry.answer
    .replace(/\*\*/g, '')
    .split('\n')
    .flatMap((line) => sentencesOf(line.trim()));
}

/**
 * Lines of an answer with the sentence that qualifies each one, where the answer has one: "Care managers often work
 * standard business hours." never goes without "Depending on the role ..., some also work evenings or weekends, or are
 * on call." (a fact cut short is a fact the guide does not give).
 */
export function withItsQualifier(entry: FaqEntry, lines: readonly string[]): string[] {
  const sentences = sentencesOfAnswer(entry);
  const plain = (text: string): string => text.replace(/\*\*/g, '').trim();
  const shown = new Set(lines.map(plain));
  return lines.flatMap((line) => {
    const at = sentences.indexOf(plain(line));
    const next = at === -1 ? undefined : sentences[at + 1];
    return next !== undefined && QUALIFIES.test(next) && !shown.has(next) && !lines.some((other) => plain(other).includes(next)) ? [line, next] : [line];
  });
}

/**
 * A line that leads into a list ("The hard skills a care manager needs are ...:") never shown alone: the answer's list
 * items after it come with it (tester ut34c, fa #9: "hard skills" after them was that line, cut off at its colon).
 */
export function withItsList(entry: FaqEntry, lines: readonly string[]): string[] {
  const units = answerUnits(entry);
  return lines.flatMap((line) => {
    if (!/:\s*$/.test(line)) return [line];
    const at = units.indexOf(line.trim());
    if (at === -1) return [line];
    const end = units.findIndex((unit, i) => i > at && !unit.startsWith('- '));
    return [line, ...units.slice(at + 1, end === -1 ? undefined : end).filter((item) => !lines.includes(item))];
  });
}

/**
 * The answer in view in fewer words, asked for ("in short?", "tl;dr"): its first sentence under its title, and the
 * entries next to it as buttons; with no answer yet, the topics.
 */
export function renderInShort(entry: FaqEntry | undefined, related: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  if (!entry) return withButtons(channel, Messages.inShortOfNothing, topicButtons());
  return withButtons(channel, Messages.inShort(entry.title, answerInBrief(entry)), related.slice(0, 3).map(askButton));
}

/** The honest "the guide gives no figure for that", then the entry the question is about, as a button. */
export function renderNoFigure(entries: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  return withButtons(channel, `${Messages.noFigure}\n\n${leadInWithTitles(Messages.noFigureNearby, entries, channel)}`, entries.map(askButton));
}

/** The honest "the guide gives no figure for that", then the words of the answer in view that speak of it, and that answer as a button. */
export function renderNoFigureSaid(entry: FaqEntry, lines: readonly string[], channel: Channel): Partial<Activity> {
  return withButtons(channel, `${Messages.noFigure}\n\n${Messages.noFigureSaid(entry.title)}\n\n${lines.join('\n')}`, [askButton(entry)]);
}

/**
 * After "None of these" under suggestions for a question: sorry, then what the guide covers nearest to it that was not
 * offered already (named, with its gist, and as buttons), and how to ask again; with nothing near, what the guide covers
 * and the topics.
 */
export function renderNoneOfThese(kb: KnowledgeBase, question: string, offered: readonly string[], channel: Channel): Partial<Activity> {
  const nearest = indexOf(kb).near(question, NEAR_NOT_OFFERED).filter((entry) => !offered.includes(entry.id)).slice(0, MAX_NEARBY);
  if (nearest.length === 0) return withButtons(channel, `${Messages.noneOfTheseReply} ${Messages.noneOfTheseNothingNear}\n\n${Messages.askOneThingTopics}`, topicButtons());
  const example = nearest[0]!.question;
  return withButtons(channel, `${Messages.noneOfTheseReply}\n\n${leadInWithTitles(Messages.noneOfTheseNearest, nearest, channel)}\n\n${Messages.askOneThing(example)}`, nearest.map(askButton));
}

/** The honest "not in the guide", then what the guide does say nearby, as buttons (and on Web Chat, named in the text). */
export function renderNearby(entries: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  return withButtons(channel, `${Messages.noMatch}\n\n${leadInWithTitles(Messages.nearby, entries, channel)}`, entries.map(askButton));
}

/** "The guide doesn't say how often / name them / say which is easier", then what it does say on the subject, as buttons. */
export function renderAspectNotGiven(asked: AskedAspect, entries: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  const said = asked.aspect === 'ranking' ? Messages.notRanked(asked.criterion ?? 'better') : asked.ofPay ? Messages.payByPlace : Messages.aspectNotGiven[asked.aspect];
  return withButtons(channel, `${said}\n\n${leadInWithTitles(Messages.noFigureNearby, entries, channel)}`, entries.map(askButton));
}

/**
 * An aspect the answer asked of does not give, where the answer next to it gives it ("where would i do that" after the
 * first jobs: the places the guide says experience is gained): said so, then those lines, then both answers as buttons.
 * `named`: the thing asked of, when it is not the subject's answer itself (an item of its list).
 */
export function renderAspectNextDoor(aspect: string, subject: FaqEntry, other: FaqEntry, lines: readonly string[], channel: Channel, named?: string): Partial<Activity> {
  return withButtons(channel, `${Messages.aspectSaidNextDoor(aspect, named ?? thingNamed(subject.title), thingNamed(other.title))}\n\n${asParagraphs(lines)}`, [other, subject].map(askButton));
}

/** The part of the answer in view that gives the aspect asked ("where do i find one" after internships), its related answers as buttons. */
export function renderAspectInAnswer(aspect: string, entry: FaqEntry, lines: readonly string[], kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  const related = entry.related.map((id) => kb.faqById.get(id)).filter((other): other is FaqEntry => other !== undefined).slice(0, MAX_NEARBY);
  return withButtons(channel, `${Messages.aspectInAnswer(aspect, entry.title)}\n\n${asParagraphs(lines)}`, related.map(askButton));
}

/** An answer's lines as written: a paragraph apart from the next, a list item under the line before it. */
function asParagraphs(lines: readonly string[]): string {
  return lines.map((line, index) => (index === 0 || /^\s*[-*•]\s/.test(line) ? line : `\n${line}`)).join('\n');
}

/** What the guide does not say, asked of the work in general ("is it physical work?"), then the entries on the work as buttons. */
export function renderWorkNotSaid(said: string, entries: readonly FaqEntry[], channel: Channel): Partial<Activity> {
  return withButtons(channel, `${said}\n\n${leadInWithTitles(Messages.noFigureNearby, entries, channel)}`, entries.map(askButton));
}

/**
 * The line that leads an answer whose entries do not give what the question asks of their subject ("The guide doesn't
 * say how hard the CCM exam is."), or, for a field of study, whether the guide names it; null when the answer gives it
 * (its own words then answer first) or nothing is asked beside the subject. Acronyms are written as the guide writes them.
 */
export function directLead(asked: DirectAsk, entries: readonly FaqEntry[], nextDoor?: SaidNextDoor): string | null {
  if (asked.kind === 'field') {
    const [entry] = entries;
    if (!entry) return null;
    return givesDirectAsk(entry, asked) && fieldNamedByGuide(asked.field) !== null ? Messages.direct.fieldNamed(asked.field, fieldNamedByGuide(asked.field) ?? 'usual') : Messages.direct.fieldNotNamed(asked.field, namedIn(entry), taughtInADegree(asked.field));
  }
  if (entries.some((entry) => givesDirectAsk(entry, asked))) return null;
  switch (asked.kind) {
    case 'better':
      return asked.criterion === undefined ? Messages.direct.notRanked : Messages.direct.notWeighed(asked.criterion);
    case 'physical':
      return Messages.direct.physical;
    case 'duration':
      // How long a thing takes is led with the guide's own lines (durationLead), which need the whole guide.
      return null;
    case 'requirements': {
      const thing = thingNamed(entries[0]?.title ?? '');
      if (!nextDoor) return `${Messages.direct.requirementsNotSaid(thing)} ${Messages.direct.hereIsWhat}`;
      return `${Messages.direct.requirementsNotSaid(thing)} ${Messages.direct.requirementsNextDoor(thingNamed(nextDoor.entry.title))}\n\n${nextDoor.lines.join('\n')}\n\n${Messages.direct.onTheThing(thing)}`;
    }
    case 'most':
      if (!nextDoor) return Messages.direct.notSingledOut;
      return `${Messages.direct.singledOutNextDoor(thingNamed(nextDoor.entry.title))}\n\n${nextDoor.lines.join('\n')}\n\n${Messages.direct.durationRest}`;
    case 'difficulty': {
      if (asked.becoming) return Messages.direct.hardBecoming;
      if (asked.doing !== undefined) return Messages.direct.hardToDo(asked.doing);
      if (asked.thing === null) return Messages.direct.hardIt;
      const thing = asked.thing.replace(/\b[a-z]{2,5}\b/g, (word) => (GUIDE_ACRONYMS.has(word.toUpperCase()) ? word.toUpperCase() : word));
      return THE_CAREER.test(thing) ? Messages.direct.hardJob : Messages.direct.hardThing(thing);
    }
  }
}

/** Study beyond the degree, as a reply names it. */
const EXTRA_TRAINING = 'the extra training for a specialization';

/** The lines of an answer next to the one shown that give what was asked of it ("To earn it you need:" for the CMC). */
export interface SaidNextDoor {
  entry: FaqEntry;
  lines: readonly string[];
}

/**
 * The lines that lead an answer to how long a thing takes when the answer shown is not the guide's on that thing: the
 * lines of the guide that give its time ("How many years is the study?": about four years for a bachelor's, about two
 * more for a master's); or, where the guide gives none, that it doesn't say, for a route without something (with what
 * the guide says of that route, `route`), a thing in view the answer is not about (the walk's step), or a thing the
 * guide has an entry on (the CCM). Null when the answer shown gives the time itself, or the thing is the career.
 */
export function durationLead(asked: Extract<DirectAsk, { kind: 'duration' }>, kb: KnowledgeBase, shown: readonly FaqEntry[], inView: FaqEntry | undefined, route: FaqEntry | undefined): string | null {
  const lines = durationSaid(kb, asked, shown, inView);
  if (lines.length > 0 && asked.having !== undefined) return `${Messages.direct.durationHaving(asked.having === 'master' ? "a master's" : 'a degree')}\n\n${lines.map((line) => `- ${line}`).join('\n')}\n\n${Messages.direct.durationRest}`;
  if (lines.length > 0) return `${Messages.direct.durationSaid}\n\n${lines.map((line) => `- ${line}`).join('\n')}\n\n${Messages.direct.durationRest}`;
  const closing = shown.some((entry) => givesDirectAsk(entry, asked)) ? Messages.direct.durationRoute : Messages.direct.hereIsWhat;
  if (asked.without !== undefined) {
    const said = route && !shown.includes(route) && route !== inView ? route.answer.split('\n').filter((line) => line.trim() !== '').slice(0, ROUTE_PARAGRAPHS) : [];
    const onTheRoute = said.length > 0 ? `\n\n${Messages.direct.durationOnRoute}\n\n${said.map((line) => `- ${line.replace(/^\s*[-*]\s+/, '')}`).join('\n')}` : '';
    return `${Messages.direct.durationWithout(asked.without)}${onTheRoute}\n\n${closing}`;
  }
  // Study beyond the degree ("how long is the extra training?"): the guide gives it no time, and says so.
  if (asked.beyondDegree === true) return `${Messages.direct.durationNotSaid(EXTRA_TRAINING)} ${closing}`;
  // How long a thing lasts or is ("how long does the cmc last") is not a time taken to get it: nothing said first.
  if (asked.thing === null || !asked.taken) return null;
  // A pointer at an answer the guide relates to the one shown, which gives a time ("how long does that take" after what
  // you need: how long it takes), or at one whose title names nothing with a time of its own ("Is it right for me?":
  // becoming one), is answered by it: nothing to say first.
  const answeredBy = (entry: FaqEntry) => givesDirectAsk(entry, asked) && (inView?.related.includes(entry.id) === true || (inView !== undefined && titleNamesNothing(inView)));
  const pointed = asked.of.length === 0 && inView !== undefined && !shown.some((entry) => entry.id === inView.id || answeredBy(entry));
  const names = asked.of.length > 0 && kb.faqs.some((entry) => asked.of.some((word) => word.length > 2 && new RegExp(`\\b${word.replace(/[^a-z0-9]/g, '')}\\b`, 'i').test(entry.title)));
  const ownShown = shown.some((entry) => asked.of.some((word) => new RegExp(`\\b${word.replace(/[^a-z0-9]/g, '')}\\b`, 'i').test(entry.title)));
  // The thing's own answer, shown, that gives no time ("how long does it take to get the CCM": the CCM's answer).
  const ownEntry = names && (!ownShown || !shown.some((entry) => givesDirectAsk(entry, asked)));
  return pointed || ownEntry ? `${Messages.direct.durationNotSaid(durationThing(asked.thing))} ${closing}` : null;
}

/** The paragraphs of a route's entry said before the answer on how long ("isn't strictly required", "can make up for"). */
const ROUTE_PARAGRAPHS = 2;

/** The names the guide writes in capitals that a person may type in lower case ("how hard is the ccm"). */
const GUIDE_ACRONYMS: ReadonlySet<string> = new Set(['CCM', 'CMC', 'CCMC', 'NACCM', 'CMSA', 'ACMA', 'EHR']);
/** The job or the career, named ("the job", "care management"): the guide calls it demanding. */
const THE_CAREER = /^(?:the|this|a) (?:job|work|role|career)$|^(?:care|case) management$|^being (?:a )?(?:care|case) manager$/i;

/** What an entry names first, in bold ("social work, nursing or a related field"), else its title in lower case. */
/** What an answer names in bold first ("social work, nursing or a related field"), else its title. */
export function namedIn(entry: FaqEntry): string {
  return /\*\*([^*]+)\*\*/.exec(entry.answer)?.[1] ?? entry.title.toLowerCase();
}

/**
 * An item picked from the list an answer showed, when the guide gives it no answer of its own: its place and its words
 * in the list, said to be all the guide gives (or, when more was asked of it, that the guide says no more), then the
 * list's entry and those next to it, as buttons.
 */
export function renderListItem(item: ListItem, list: FaqEntry, asksMore: boolean, kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  const shown = `${Messages.listItem(item.position, item.count, list.title)}\n\n- ${item.text}`;
  const entries = [list, ...list.related.map((id) => kb.faqById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined)].slice(0, MAX_NEARBY);
  const text = asksMore ? `${Messages.listItemNotGiven(item.head)}\n\n${shown}` : `${shown}\n\n${Messages.listItemIsAll}`;
  return withButtons(channel, text, entries.map(askButton));
}

/**
 * A follow-up answered by the answer already in view ("is that good money?" after the pay): that it is all the guide
 * says, and the part of it that comes closest (or its first paragraph), with the entries next to it as buttons. `lead`
 * in place of that line: another, or none ('') after a line already sent.
 */
export function renderPartInView(entry: FaqEntry, part: { lines: readonly string[]; closest: boolean }, kb: KnowledgeBase, channel: Channel, lead?: string): Partial<Activity> {
  const said = lead ?? (part.closest ? Messages.partInView(entry.title) : Messages.allInView(entry.title));
  const related = entry.related.map((id) => kb.faqById.get(id)).filter((other): other is FaqEntry => other !== undefined).slice(0, MAX_NEARBY);
  const lines = withItsList(entry, withItsQualifier(entry, part.lines));
  return withButtons(channel, said === '' ? lines.join('\n') : `${said}\n\n${lines.join('\n')}`, related.map(askButton));
}

/**
 * A question asked of the thing in view that the guide answers only for the career ("how long does that take" after
 * the CCM): said plainly for that thing, then its own entry and the career's answer, as buttons.
 */
export function renderNotGivenFor(subject: FaqEntry, general: FaqEntry, channel: Channel): Partial<Activity> {
  const entries = [subject, general];
  return withButtons(channel, `${Messages.notGivenFor(thingNamed(subject.title))}\n\n${leadInWithTitles(Messages.notGivenForNearby, entries, channel)}`, entries.map(askButton));
}

/**
 * A question asked of the thing in view that the guide answers for the career, when the guide says something of the
 * thing: the thing's own lines that speak to it, the career's lines that name the thing, and (unless those answer it
 * already) the career's answer in short; the thing's entry and the career's as buttons.
 */
export function renderSaidOfSubject(subject: FaqEntry, general: FaqEntry, said: SaidOfTheSubject, channel: Channel): Partial<Activity> {
  const name = thingNamed(subject.title);
  const parts: string[] = [];
  if (said.own.length > 0) parts.push(Messages.saidOfSubject(name), said.own.join('\n'));
  if (said.inGeneral.length > 0) parts.push(said.own.length > 0 ? Messages.andInGeneral(general.question) : Messages.saidInGeneral(name, general.question), said.inGeneral.join('\n'));
  const gist = said.inGeneral.length > 0 ? gistOf(general) : openingOf(general);
  if (gist) parts.push(`${Messages.forTheCareer} ${gist}`);
  return withButtons(channel, parts.join('\n\n'), [subject, general].map(askButton));
}

/** An answer's first paragraph, with the list it leads into ("The certifications the guide recommends are:"). */
function openingOf(entry: FaqEntry): string {
  const [first = '', ...rest] = entry.answer.split('\n');
  if (!first.trim().endsWith(':')) return first.trim();
  const end = rest.findIndex((line) => !/^\s*[-*]\s/.test(line));
  const list = end === -1 ? rest : rest.slice(0, end);
  return [first.trim(), ...list].join('\n');
}

/** An answer's opening, without the sentence that only leads into a list ("A common route:"). */
function gistOf(entry: FaqEntry): string {
  const opening = entry.answer.split('\n')[0]!.trim().split(SENTENCE_END);
  return opening.filter((sentence) => !sentence.trim().endsWith(':')).join(' ');
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z*])/;
/** A title's opening question word ("Which degree"): the thing it names is "the degree". */
const QUESTION_WORD = /^(?:which|what|whose)\s+(?!(?:you|i|we|they)\b)/i;
/** A word in capitals ("CCM"): a name, kept as written. */
const ACRONYM = /^[A-Z]{2,}s?$/;

/**
 * An entry's title as a person names the thing in a sentence ("for the degree", "for mental health care", "for the CCM
 * certification"), never the title as written mid-sentence ("for Which degree").
 */
export function thingNamed(title: string): string {
  const words = title.replace(/[?.!]+$/, '').replace(/\s*&\s*/g, ' and ').replace(QUESTION_WORD, '').split(/\s+/);
  const named = words.map((word) => (ACRONYM.test(word) ? word : word.toLowerCase())).join(' ');
  return QUESTION_WORD.test(title) || ACRONYM.test(words[0] ?? '') ? `the ${named}` : named;
}

/**
 * Pay asked of one specialisation or more: the guide gives none on its own, only the median pay by level, each listed,
 * with the specialisations and the salary answer as buttons.
 */
export function renderPayByLevelOnly(areas: readonly Specialisation[], kb: KnowledgeBase, channel: Channel): Partial<Activity> {
  const levels = [...kb.salaries].sort((a, b) => a.order - b.order);
  const names = areas.map((area) => area.name.toLowerCase());
  const named = names.length > 2 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join(' or ');
  const text = Messages.payByLevelOnly(named, areas.length > 1, levels.map((level) => `${level.shortTitle} ${salaryRange(level)}`).join('; '));
  const sections = [...new Set(levels.map((level) => level.section.split(':')[0]!.trim()))];
  const offered = [...areas.map((area) => area.faqId), SALARY_ENTRY].flatMap((id) => kb.faqById.get(id) ?? []);
  return withButtons(channel, `${text}\n\n*${sourceLine(sections.join('; '))}*`, offered.map(askButton));
}

/** The guide's answer on pay by level. */
const SALARY_ENTRY = 'salary';
