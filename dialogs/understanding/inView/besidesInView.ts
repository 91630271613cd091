/**
 * The rest of the list in view, asked for beside one of its items: "what else besides insurance?" after where care
 * managers work, "anywhere else apart from hospitals?", "what else besides communication?" after the key skills. The
 * words alone name no subject (the engine offers guesses or declines); they ask for the answer in view with that item
 * left out. Places are left out of the list as for a place turned down (placeTurnedDown.ts); other items by their lines.
 * Read by the follow-up rules (followUp.ts) and the reply of a follow-up answered by the answer in view (inViewReplies.ts).
 */
import type { FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { placesTurnedDown, withoutPlaces } from '../person/placeTurnedDown';
import { normalise, stem } from '../core/textMatch';

/** Asking for the others beside one set aside: "what else besides X", "anywhere else apart from X", "any others other than X". */
const ELSE_BESIDES =
  /^(?:(?:and|so|ok|okay|right|but|hmm)\s+)*(?:what else|where else|anywhere else|anything else|what other (?:places|settings|options|ones|things)|which other (?:places|settings|ones)|any other (?:places?|settings?|options|ones)|what are the others|any others|others)\b(?:.*\s)?(?:besides|apart from|aside from|other than|except|except for|on top of|as well as) (.+)$/;
/** A list of places in the answer in view (where they work, where to gain experience). */
const LISTS_PLACES = /^\s*[-*] .*\b(?:hospitals?|nursing homes?|agencies|centers?|companies|facilities)\b/m;
const LIST_LINE = /^\s*[-*] /;
const MAX_WORDS = 10;

/** What the message sets aside, when it asks for the rest of a list beside it; else null. */
function setAside(message: string): string | null {
  const text = normalise(message);
  if (text.split(' ').length > MAX_WORDS) return null;
  return ELSE_BESIDES.exec(text)?.[1] ?? null;
}

/** True when the message asks for the places listed in view beside ones it sets aside. */
export function placesBesidesInView(message: string, last: FaqEntry): boolean {
  return setAside(message) !== null && LISTS_PLACES.test(last.answer) && withoutPlaces(last.answer, placesTurnedDown(message)) !== null;
}

/**
 * The list lines of the answer in view that do not say the item set aside ("what else besides communication?" after the
 * key skills: every skill but communication); null when no line says it, every line does, or the item is the answer's
 * own subject (its title), which asks for the rest of its kind instead.
 */
export function linesBesidesInView(message: string, last: FaqEntry): string[] | null {
  const aside = setAside(message);
  if (aside === null) return null;
  const words = aside.split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem);
  const title = new Set(normalise(last.title).split(' ').map(stem));
  if (words.length === 0 || words.some((word) => title.has(word))) return null;
  const items = last.answer.split('\n').filter((line) => LIST_LINE.test(line));
  const says = (line: string) => {
    const said = new Set(normalise(line.replace(/\*\*/g, '')).split(' ').map(stem));
    return words.every((word) => said.has(word));
  };
  const rest = items.filter((line) => !says(line));
  return rest.length > 0 && rest.length < items.length ? rest : null;
}

/** The answer in view, when the message asks for the rest of its list beside an item of it; else null. */
export function besidesInView(message: string, last: FaqEntry | undefined): FaqEntry | null {
  if (!last) return null;
  return placesBesidesInView(message, last) || linesBesidesInView(message, last) !== null ? last : null;
}
