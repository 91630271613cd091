/**
 * A place the person turns down in a question about places ("where can I work if I don't want hospital?", "anywhere
 * other than nursing homes?"), and an answer's list of places without it. Pure functions, no replies sent.
 */
import { normalise } from '../core/textMatch';

/**
 * Words that turn down what follows them: "don't want (to work in) a", "not in", "other than", "anything but". Not "I'm
 * not a nurse": who someone is turns down no place.
 */
const TURNS_DOWN =
  /\b(?:do not want|would not want|would rather not|rather not|not keen on|do not like|hate|avoid|without|other than|besides|apart from|except|excluding|outside of|outside|away from|anything but|but not|instead of|not (?:in|at))(?: to)?(?: (?:work|working|be|being|go|going|work in|work at))?(?: (?:in|at|for|with|of))?(?: (?:a|an|the|any))? ([a-z]+)(?:(?: [a-z]+)? (?:and|or|nor) (?:a |an |the |any )?([a-z]+))?/g;

/** Words after the turning down that name no place. */
const NOT_A_PLACE: ReadonlySet<string> = new Set(['to', 'sure', 'much', 'really', 'that', 'this', 'it', 'me', 'my', 'work', 'job', 'degree', 'experience', 'blood', 'people', 'patients', 'kids', 'children', 'night', 'nights', 'shifts', 'weekends']);

/** The places a question turns down, as typed ("hospital"); none when it turns none down. */
export function placesTurnedDown(question: string): string[] {
  const said = normalise(question);
  const found: string[] = [];
  for (const match of said.matchAll(TURNS_DOWN)) {
    for (const word of [match[1], match[2]]) {
      if (word !== undefined && word.length >= 4 && !NOT_A_PLACE.has(word)) found.push(singular(word));
    }
  }
  return [...new Set(found)];
}

/** A list line: "- **hospitals** and nursing homes". */
const LIST_LINE = /^(\s*[-*] )(.*)$/;
/** Where a list line's places part: "a, b and c", "a or b". */
const PLACE_PARTS = /,\s+|\s+and\s+|\s+or\s+/;

/** A word without its plural ending, so "hospital" and "hospitals" meet while "nurse" and "nursing" do not. */
function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** True when the part begins with one of the places ("**hospitals**" with "hospital"). */
function beginsWith(part: string, stems: readonly string[]): boolean {
  const first = normalise(part.replace(/\*\*/g, '')).split(' ')[0] ?? '';
  return first !== '' && stems.includes(singular(first));
}

/**
 * The answer with the places turned down taken out of its list lines ("- **hospitals** and nursing homes" becomes
 * "- nursing homes"), and the places taken out, as the answer names them; null when its lists name none of them.
 */
export function withoutPlaces(answer: string, stems: readonly string[]): { answer: string; left: string[] } | null {
  if (stems.length === 0) return null;
  const left: string[] = [];
  const lines = answer.split('\n').flatMap((line) => {
    const item = LIST_LINE.exec(line);
    if (!item) return [line];
    const parts = item[2]!.split(PLACE_PARTS);
    const kept = parts.filter((part) => !beginsWith(part, stems));
    if (kept.length === parts.length) return [line];
    left.push(...parts.filter((part) => beginsWith(part, stems)).map((part) => part.replace(/\*\*/g, '')));
    if (kept.length === 0) return [];
    const joined = kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(', ')} and ${kept.at(-1)!}`;
    return [`${item[1]}${joined}`];
  });
  return left.length > 0 ? { answer: lines.join('\n'), left } : null;
}
