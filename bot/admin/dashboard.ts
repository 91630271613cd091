import type { AnswerEngine } from '../../knowledge/answerEngine';
import type { KnowledgeBase } from '../../knowledge/schema';
import { normaliseText, STOP_WORDS, stemToken, tokenise } from '../../knowledge/text';
import type { UsageRecord } from '../../dialogs/usageLog';

/** What the dashboard reads: feedback records (with the channel when it was recorded) and usage records. */
export type DashboardEvent =
  | { type: 'question'; question: string; kind: 'no-match' | 'out-of-scope' | 'ambiguous'; at: string; channel?: string }
  | { type: 'noneOfThese'; question: string; offered: string[]; at: string; channel?: string }
  | { type: 'rating'; entryId: string; helpful: boolean; at: string; channel?: string }
  | UsageRecord;

export const CHANNELS = Object.freeze({ all: 'All channels', teams: 'Teams', webchat: 'Web Chat' });
export type ChannelFilter = keyof typeof CHANNELS;

/** Bot Framework channel ids, as the dashboard groups them. */
export function channelGroup(channelId: string | undefined): 'teams' | 'webchat' | 'other' | 'unknown' {
  if (channelId === undefined) return 'unknown';
  if (channelId === 'msteams') return 'teams';
  if (channelId === 'webchat' || channelId === 'directline') return 'webchat';
  return 'other';
}

export interface DashboardFilter {
  /** First and last day shown, yyyy-mm-dd (UTC), both included. */
  from: string;
  to: string;
  channel: ChannelFilter;
}

export const DASHBOARD_LIMITS = Object.freeze({
  /** The longest range one view covers: a day per bar stays readable. */
  maxDays: 366,
  topGroups: 10,
  topEntries: 10,
  /** Two questions share a group when this share of their meaningful words is the same (Jaccard). */
  groupSimilarity: 0.5,
  closestEntries: 3,
});

export interface DayRow {
  day: string;
  conversations: number;
  questions: number;
  answered: number;
  suggested: number;
  declined: number;
}

export interface UnansweredGroup {
  /** The group's most asked wording. */
  label: string;
  count: number;
  /** Declined as off topic (the guide does not cover it) rather than not found. */
  offTopic: number;
  questions: { question: string; count: number }[];
  /** The entries nearest to the group's leading wording, with what they say (knowledge content, not user text). */
  closest: { id: string; title: string; score: number; question: string; answer: string }[];
  /** The YAML an editor adds: an alternate under the closest entry, or a notCovered phrase. */
  fixes: { file: string; where: string; yaml: string; when: string }[];
}

export interface Dashboard {
  filter: DashboardFilter;
  days: DayRow[];
  totals: { conversations: number; questions: number; answered: number; suggested: number; declined: number };
  unanswered: UnansweredGroup[];
  noneOfThese: { question: string; count: number; offered: string[] }[];
  ratings: { entryId: string; title: string; helpful: number; notHelpful: number }[];
  busiest: { entryId: string; title: string; count: number }[];
  flows: { flow: string; started: number; finished: number }[];
  walk: { step: number; title: string; reached: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The flows' names as people read them, in menu order. */
export const FLOW_LABELS: Readonly<Record<string, string>> = Object.freeze({
  careerSteps: 'Career steps walk',
  specialisation: 'Choose a specialisation',
  roadmap: 'My roadmap',
  salaryLadder: 'Salary ladder',
});

export class FilterError extends Error {}

/** Reads ?from, ?to and ?channel; missing dates give the 30 days up to `today`. Bad values throw FilterError. */
export function parseFilter(query: Record<string, unknown>, today: Date): DashboardFilter {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const to = text(query.to) ?? today.toISOString().slice(0, 10);
  const from = text(query.from) ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new FilterError(`"${name}" must be a date written yyyy-mm-dd (got "${value}").`);
  }
  if (from > to) throw new FilterError(`"from" (${from}) is after "to" (${to}); swap them.`);
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days > DASHBOARD_LIMITS.maxDays) throw new FilterError(`The range covers ${days} days; pick at most ${DASHBOARD_LIMITS.maxDays}.`);
  const channel = text(query.channel) ?? 'all';
  if (!(channel in CHANNELS)) throw new FilterError(`"channel" must be one of ${Object.keys(CHANNELS).join(', ')} (got "${channel}").`);
  return { from, to, channel: channel as ChannelFilter };
}

function daysOf(filter: DashboardFilter): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${filter.from}T00:00:00Z`); t <= Date.parse(`${filter.to}T00:00:00Z`); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** In the date range and the channel; records without a channel (before it was recorded) count under all channels only. */
export function selects(filter: DashboardFilter, event: DashboardEvent): boolean {
  const day = event.at.slice(0, 10);
  if (day < filter.from || day > filter.to) return false;
  return filter.channel === 'all' || channelGroup(event.channel) === filter.channel;
}

/** A question's meaningful words, stemmed: what grouping compares. */
function wordsOf(question: string): Set<string> {
  return new Set(tokenise(normaliseText(question)).filter((token) => !STOP_WORDS.has(token)).map(stemToken));
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

interface Counted {
  question: string;
  count: number;
  offTopic: number;
}

/** Greedy grouping, most asked first: a question joins the first group whose leading wording is similar enough. */
export function groupQuestions(counted: readonly Counted[]): Counted[][] {
  const sorted = [...counted].sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
  const groups: { words: Set<string>; members: Counted[] }[] = [];
  for (const item of sorted) {
    const words = wordsOf(item.question);
    const home = groups.find((group) => similarity(group.words, words) >= DASHBOARD_LIMITS.groupSimilarity);
    if (home) home.members.push(item);
    else groups.push({ words, members: [item] });
  }
  return groups.map((group) => group.members);
}

/** The words every question of a group shares, as the label writes them: a notCovered phrase to start from. */
function sharedPhrase(label: string, questions: readonly string[]): string {
  const common = questions.map(wordsOf).reduce((a, b) => new Set([...a].filter((word) => b.has(word))));
  const words = tokenise(normaliseText(label)).filter((token) => !STOP_WORDS.has(token) && common.has(stemToken(token)));
  return (words.length > 0 ? words : tokenise(normaliseText(label))).slice(0, 3).join(' ');
}

function yamlString(text: string): string {
  return /^[a-z0-9][a-z0-9 ,'-]*$/i.test(text) && !/:\s|\s#/.test(text) ? text : JSON.stringify(text);
}

/** The fixes an editor can paste: the alternate (when an entry does answer it) and the notCovered phrase (when none does). */
function fixesFor(label: string, questions: readonly string[], closest: UnansweredGroup['closest'], offTopicFirst: boolean): UnansweredGroup['fixes'] {
  const fixes: UnansweredGroup['fixes'] = [];
  const best = closest[0];
  if (best) {
    fixes.push({
      file: 'knowledge/content/faq.yaml',
      where: `under "alternates:" of the entry with id: ${best.id}`,
      yaml: `      - ${yamlString(label)}`,
      when: `if "${best.title}" answers it`,
    });
  }
  fixes.push({
    file: 'knowledge/content/lexicon.yaml',
    where: 'under "notCovered:"',
    yaml: `  - ${yamlString(sharedPhrase(label, questions))}`,
    when: 'if the guide does not cover it (the bot then says so honestly)',
  });
  return offTopicFirst ? fixes.reverse() : fixes;
}

export interface DashboardInput {
  events: readonly DashboardEvent[];
  filter: DashboardFilter;
  kb: KnowledgeBase;
  /** An engine that always names its closest entries (see createCandidateEngine). */
  candidates: AnswerEngine;
}

const increment = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Counts the selected events into what each chart shows. Pure: the same events give the same dashboard. */
export function buildDashboard({ events, filter, kb, candidates }: DashboardInput): Dashboard {
  const selected = events.filter((event) => selects(filter, event));
  const title = (id: string) => kb.faqById.get(id)?.title ?? id;

  const days = new Map(daysOf(filter).map((day) => [day, { day, conversations: 0, questions: 0, answered: 0, suggested: 0, declined: 0 }]));
  const conversationsByDay = new Map<string, Set<string>>();
  const allConversations = new Set<string>();
  const busiest = new Map<string, number>();
  const flows = new Map<string, { started: number; finished: number }>(Object.keys(FLOW_LABELS).map((flow) => [flow, { started: 0, finished: 0 }]));
  const walk = new Map<number, Set<string>>();
  const asked = new Map<string, Counted>();
  const none = new Map<string, { question: string; count: number; offered: Set<string> }>();
  const ratings = new Map<string, { helpful: number; notHelpful: number }>();

  for (const event of selected) {
    const day = event.at.slice(0, 10);
    switch (event.type) {
      case 'turn': {
        const row = days.get(day);
        if (row) {
          row.questions += 1;
          row[event.outcome] += 1;
        }
        if (event.outcome === 'answered' && event.entryId) increment(busiest, event.entryId);
        break;
      }
      case 'flow': {
        const counts = flows.get(event.flow) ?? { started: 0, finished: 0 };
        counts[event.event] += 1;
        flows.set(event.flow, counts);
        break;
      }
      case 'walkStep': {
        // A conversation that shows a step twice (back, repeat) reached it once.
        const reached = walk.get(event.step) ?? new Set<string>();
        reached.add(event.conversation);
        walk.set(event.step, reached);
        break;
      }
      case 'question': {
        if (event.kind === 'ambiguous') break;
        const item = asked.get(event.question) ?? { question: event.question, count: 0, offTopic: 0 };
        item.count += 1;
        if (event.kind === 'out-of-scope') item.offTopic += 1;
        asked.set(event.question, item);
        break;
      }
      case 'noneOfThese': {
        const item = none.get(event.question) ?? { question: event.question, count: 0, offered: new Set<string>() };
        item.count += 1;
        for (const id of event.offered) item.offered.add(id);
        none.set(event.question, item);
        break;
      }
      case 'rating': {
        const item = ratings.get(event.entryId) ?? { helpful: 0, notHelpful: 0 };
        if (event.helpful) item.helpful += 1;
        else item.notHelpful += 1;
        ratings.set(event.entryId, item);
        break;
      }
    }
    if (event.type === 'turn' || event.type === 'flow' || event.type === 'walkStep') {
      const seen = conversationsByDay.get(day) ?? new Set<string>();
      seen.add(event.conversation);
      conversationsByDay.set(day, seen);
      allConversations.add(event.conversation);
    }
  }
  for (const [day, seen] of conversationsByDay) {
    const row = days.get(day);
    if (row) row.conversations = seen.size;
  }
  const dayRows = [...days.values()];
  const sum = (field: keyof Omit<DayRow, 'day'>) => dayRows.reduce((total, row) => total + row[field], 0);

  const unanswered = groupQuestions([...asked.values()])
    .map((members) => {
      const label = members[0]!.question;
      const count = members.reduce((total, member) => total + member.count, 0);
      const offTopic = members.reduce((total, member) => total + member.offTopic, 0);
      const closest = candidates
        .answer(label)
        .alternatives.slice(0, DASHBOARD_LIMITS.closestEntries)
        .map((alternative) => {
          const entry = kb.faqById.get(alternative.id);
          return { id: alternative.id, title: alternative.title, score: alternative.score, question: entry?.question ?? '', answer: entry?.answer ?? '' };
        });
      const questions = members.map((member) => ({ question: member.question, count: member.count }));
      return { label, count, offTopic, questions, closest, fixes: fixesFor(label, members.map((member) => member.question), closest, offTopic * 2 > count) };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, DASHBOARD_LIMITS.topGroups);

  return {
    filter,
    days: dayRows,
    totals: { conversations: allConversations.size, questions: sum('questions'), answered: sum('answered'), suggested: sum('suggested'), declined: sum('declined') },
    unanswered,
    noneOfThese: [...none.values()]
      .map((item) => ({ question: item.question, count: item.count, offered: [...item.offered] }))
      .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
      .slice(0, DASHBOARD_LIMITS.topGroups),
    ratings: [...ratings.entries()]
      .map(([entryId, counts]) => ({ entryId, title: title(entryId), ...counts }))
      .sort((a, b) => b.notHelpful - a.notHelpful || b.helpful - a.helpful || a.entryId.localeCompare(b.entryId)),
    busiest: [...busiest.entries()]
      .map(([entryId, count]) => ({ entryId, title: title(entryId), count }))
      .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId))
      .slice(0, DASHBOARD_LIMITS.topEntries),
    flows: [...flows.entries()].map(([flow, counts]) => ({ flow, ...counts })),
    walk: kb.steps.map((step) => ({ step: step.number, title: step.title, reached: walk.get(step.number)?.size ?? 0 })),
  };
}
