/**
 * An area asked for a group narrower than the guide's ("Is there a specialty for kids in foster care specifically?"):
 * the guide names no area for that group, said plainly, then the closest area it describes; never the area's answer
 * again as if it were one (tester ut36a P10 m6).
 */
import type { TurnContext } from 'botbuilder';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { meaningOf } from '../../understanding/inView/listInView';
import { normalise } from '../../understanding/core/textMatch';
import { sendEntry, sendLedEntry } from '../core/entryReplies';

/** A group asked for in particular. */
const IN_PARTICULAR = /\b(?:specifically|specific|in particular|particularly|especially|exclusively)\b/;
/** Words of the asking and of any area, never the group narrowed to. */
const ASKING = new Set(['specialty', 'specialties', 'speciality', 'specialism', 'area', 'areas', 'kind', 'type', 'role', 'job', 'work', 'working', 'kids', 'children', 'child', 'people', 'patients', 'clients', 'specifically', 'specific', 'particular', 'particularly', 'especially', 'exclusively', 'there', 'one', 'any', 'care', 'manager', 'managers', 'management']);

export const AreaClosestMessages = Object.freeze({
  notNamed: (group: string): string => `The guide doesn't describe an area for ${group} in particular. The closest it describes:`,
});

/** The words of the group asked for that the area's answer never says; empty when it says them all or none is narrowed to. */
export function groupBeyondTheArea(question: string, area: FaqEntry): string[] {
  const text = normalise(question);
  if (!IN_PARTICULAR.test(text)) return [];
  const said = new Set([...meaningOf(`${area.title} ${area.question} ${area.answer}`), ...meaningOf([...ASKING].join(' '))]);
  const words = text.split(' ');
  const beyond = words.flatMap((word, at) => (!ASKING.has(word) && meaningOf(word).length > 0 && !meaningOf(word).some((stem) => said.has(stem)) ? [at] : []));
  if (beyond.length === 0) return [];
  const [first = 0, last = 0] = [beyond[0], beyond.at(-1)];
  // "foster care", "hospice care": the group's own "care" goes with it.
  const end = words[last + 1] === 'care' ? last + 1 : last;
  return words.slice(first, end + 1);
}

/** The area's answer, led by the guide's silence on the group asked for when the question narrows to one it never names. */
export async function sendAreaOrClosest(context: TurnContext, deps: DialogDeps, area: FaqEntry, question: string): Promise<void> {
  const group = groupBeyondTheArea(question, area);
  if (group.length === 0 || group.length > 3) return sendEntry(context, deps, area);
  return sendLedEntry(context, deps, AreaClosestMessages.notNamed(group.join(' ')), area);
}
