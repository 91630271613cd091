/**
 * A thing asked to be one of those the answer in view lists: "is organization one? i juggle 40 aides a day" after the
 * key skills, "is empathy one of them?", "does patience count as one?". When a line of that answer names the thing, the
 * answer is that line (a yes, in the guide's words), not the entry the thing's word alone reaches (professional
 * organizations) nor a decline. Read by the follow-up rules (followUp.ts); the line is picked by linesAsked.ts.
 */
import type { FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { normalise, stem } from '../core/textMatch';

/** "is X one", "is X one of them", "does X count as one", "would X be on the list". */
const ONE_OF =
  /^(?:(?:and|so|but|ok|okay|hmm|what about)\s+)*(?:is|are|would|does|do|could|will) (.+?) (?:be |count as |counts as |qualify as )?(?:one|one of them|one of those|one of these|one of the skills|among them|among those|on the list|on that list|in there|in that list)(?: (?:too|as well|then|though|tho|also))?$/;
const LIST_LINE = /^\s*[-*] /;
const MAX_THING_WORDS = 3;

/** The first sentence that asks, when a story follows it ("is organization one? i juggle 40 aides a day"). */
const firstAsked = (message: string): string => message.split('?')[0] ?? message;

/** The thing's words, stemmed, when the message asks whether it is one of those listed; none otherwise. */
export function thingAskedOneOf(message: string): string[] {
  const thing = ONE_OF.exec(normalise(firstAsked(message)))?.[1];
  if (!thing) return [];
  const words = thing.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !/^(?:a|an|the|my|being)$/.test(word));
  return words.length > 0 && words.length <= MAX_THING_WORDS ? words.map(stem) : [];
}

/** True when a line says every word of the thing asked to be one of those listed. */
export function namesTheThingAsked(message: string, line: string): boolean {
  const words = thingAskedOneOf(message);
  const said = new Set(normalise(line.replace(/\*\*/g, '')).split(' ').map(stem));
  return words.length > 0 && words.every((word) => said.has(word));
}

/** The answer in view, when the message asks whether a thing is one of those it lists and a line of its list names it; else null. */
export function oneOfTheList(message: string, last: FaqEntry | undefined): FaqEntry | null {
  if (!last) return null;
  const items = last.answer.split('\n').filter((line) => LIST_LINE.test(line));
  return items.some((line) => namesTheThingAsked(message, line)) ? last : null;
}
