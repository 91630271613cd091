/**
 * A thing the guide answers weighed against one it only names in passing ("whats the diff between care manager and case
 * manager?"), chat-sized: the answer in brief, then at most a few of the lines that name the other, each with the
 * answer it is in, and those answers as buttons. Was a two-column card with every line and a nine-part source list
 * (tester ut35c P06 m4, ut36a P12 m4).
 */
import type { Activity } from 'botbuilder';
import type { NamedLine } from '../../../knowledge/comparison';
import type { FaqEntry } from '../../../knowledge/schema';
import { askButton, withButtons, type Channel } from '../core/cards';
import { answerInBrief } from '../beyond/nearby';

/** Lines that name the other side, shown at most. */
const MAX_LINES = 3;

export const NamedInPassingMessages = Object.freeze({
  /** Before the answered side's answer in brief. */
  inShort: (answered: string): string => `On "${answered}", in short:`,
  /** Before the lines that name the other side. */
  whereNamed: (named: string): string => `Where it names "${named}":`,
});

/**
 * The lines to show: those that name the side as written ("case manager", "Certified Case Manager") before those that
 * name it only in a longer word ("case management"), one a answer, at most a few.
 */
export function linesToShow(named: string, lines: readonly NamedLine[]): NamedLine[] {
  const exact = new RegExp(`\\b${named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`, 'i');
  const ranked = [...lines.filter(({ line }) => exact.test(line)), ...lines.filter(({ line }) => !exact.test(line))];
  const seen = new Set<string>();
  return ranked.filter(({ entry }) => !seen.has(entry.id) && seen.add(entry.id)).slice(0, MAX_LINES);
}

/** A lead-in that says nothing of its own before the words that name the side ("In practice that means: work experience ..."). */
const EMPTY_LEAD_IN = /^(?:in practice,? )?(?:that|this) means:\s*|^in practice:?\s*/i;

/** A line as shown: without an empty lead-in, starting with a capital. */
const asShown = (line: string): string => {
  const kept = line.replace(EMPTY_LEAD_IN, '');
  return `${kept.charAt(0).toUpperCase()}${kept.slice(1)}`;
};

/** The reply after the lead that says the guide compares nothing with the named side. */
export function renderNamedInPassing(entry: FaqEntry, answered: string, named: string, lines: readonly NamedLine[], channel: Channel): Partial<Activity> {
  const shown = linesToShow(named, lines);
  const text = [`${NamedInPassingMessages.inShort(answered)} ${answerInBrief(entry)}`, NamedInPassingMessages.whereNamed(named), shown.map(({ entry: from, line }) => `- ${from.title}: ${asShown(line)}`).join('\n')].join('\n\n');
  return withButtons(channel, text, [entry, ...shown.map(({ entry: from }) => from)].map(askButton));
}
