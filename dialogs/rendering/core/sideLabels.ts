/**
 * The words a reply quotes back from the question, without the asking words caught in them: "how long the CCM take to
 * obtain takes" is "how long the CCM takes"; "mental health" or "pediatric fit me" is "mental health" or "pediatric"
 * (tester ut36a P03 m3, P12 m3: garbled template text).
 */

/** A verb of taking or getting left at the end of a thing whose time is asked ("the CCM take to obtain"). */
const TAKING = /\s+(?:(?:does|do|will|would|could|can)\s+)?(?:take|takes|taking|took)\b.*$|\s+to (?:obtain|get|earn|complete|finish|achieve|do)$/i;

/** The thing whose time is asked, as a reply names it. */
export function timedThing(thing: string): string {
  const kept = thing.replace(TAKING, '').trim();
  return kept === '' ? thing : kept;
}

/** Words of choosing left at the end of a side ("pediatric fit me better", "geriatric suit me", "nursing for me"). */
const CHOOSING = /\s+(?:(?:would|will|could|might)\s+)?(?:fit|fits|suit|suits|work|works|be)\s+(?:for\s+)?(?:me|you|someone like me|better|best)\b.*$|\s+for me\b.*$|\s+(?:be\s+)?(?:better|best)$/i;

/** A side of a weighing, as a reply names it. */
export function sideAsNamed(side: string): string {
  const kept = side.replace(CHOOSING, '').trim();
  return kept === '' ? side : kept;
}
