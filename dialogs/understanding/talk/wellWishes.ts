/**
 * Blessings and well-wishes said on arriving: "Good morning, and God bless. I hope you are well today.", "hello and god
 * bless", "hi, blessings to you". "God bless" closes many a conversation, but said beside a hello or a "hope you are
 * well" it opens one: a greeting, never a goodbye. Pure: text in, reading out.
 */
import type { ChatAct } from '../core/conversation';

/** A blessing, as people say it in passing. */
const BLESSING = /\b(?:(?:may )?god bless(?: you| u| ya| you all| y all| everyone)?|(?:stay|be|remain) blessed|(?:many )?blessings(?: to you| to all| on you| and peace)?|peace be (?:with|upon) you)\b/gi;

/** Acts said on arriving, beside which a blessing greets. */
const ARRIVING: ReadonlySet<ChatAct> = new Set(['greeting', 'howAreYou']);

/** The message with its blessings taken out, or null when it has none. */
export function withoutBlessings(typed: string): string | null {
  BLESSING.lastIndex = 0;
  if (!BLESSING.test(typed)) return null;
  return typed.replace(BLESSING, ' ').replace(/\s+/g, ' ').trim();
}

/** What a blessing is read as on its own: a goodbye ("god bless") or thanks ("god bless you"). */
const READ_AS: readonly ChatAct[] = ['bye', 'thanks'];

/**
 * The acts of a message that blesses as it arrives, with the goodbye or thanks left out when only the blessing said it;
 * `reread` reads the acts of the message with its blessings taken out.
 */
export function blessingOnArriving(typed: string, acts: readonly ChatAct[], reread: (text: string) => readonly ChatAct[]): readonly ChatAct[] {
  if (!acts.some((act) => READ_AS.includes(act)) || !acts.some((act) => ARRIVING.has(act))) return acts;
  const rest = withoutBlessings(typed);
  if (rest === null) return acts;
  const without = reread(rest);
  const blessed = READ_AS.filter((act) => acts.includes(act) && !without.includes(act));
  return blessed.length === 0 ? acts : acts.filter((act) => !blessed.includes(act));
}
