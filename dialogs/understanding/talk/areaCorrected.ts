import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { clausesOf } from '../core/clauses';
import { matchAreas, mentionedSpecialisations } from '../questions/specialisationMatch';
import { normalise } from '../core/textMatch';

/** Words that take back what was said before: "actually", "wait", "no", "scratch that", "I meant", "changed my mind". */
const TAKES_BACK =
  /^(?:(?:oh|hmm+|um+|erm|well|ok|okay|so)\s+)*(?:(?:oops|sorry|wait|hold on|hang on|actually|no|nah|nope|scratch that|on second thoughts?|second thoughts|i mean|i meant|correction|(?:i (?:have |ve )?)?changed my mind|i take (?:that|it) back|let me change (?:that|it|my answer))\b\s*)+/;
/** Words that ask about an area rather than choose it: "what about the one for long term illness". */
const ASKS_ABOUT = /\b(?:what about|how about|what is|what s|whats|tell me|which)\b/;

/** A part that turns an area down: "not kids", "no more kids", "instead of the kids one", "rather than peds". */
const TURNS_DOWN = /^(?:(?:and|but|so|just)\s+)*(?:not|no more|no longer|instead of|rather than|other than|never mind|forget)\b/;

/** Where a part goes on to turn an area down after naming the one wanted: "older people not kids". */
const TURNED_DOWN_AFTER = /\s+(?:not|instead of|rather than|and not|but not)\b.*$/;

/** Words that change the answer wherever they are: "older people instead", "i'd rather do mental health". */
const INSTEAD = /\b(?:instead|rather|changed my mind|change (?:it|that|my answer) to|switch (?:it )?to|swap (?:it )?(?:to|for))\b/;

/**
 * A correction put as a doubt, with a question mark ("maybe older adults makes more sense?", "would mental health suit
 * me better?"): it still takes the new area (tester ut32a: the earlier pick was kept).
 */
const HEDGED = /\b(?:makes? (?:more )?sense|(?:be|is|sounds?|seems?|feels?) (?:better|a better fit|more (?:like )?me|more my thing|more right)|suits? me (?:more|better)|fits? me (?:more|better)|(?:might|would|could) be better)\b/;

/**
 * The one area a correction of an earlier answer names ("actually no, I think mental health", "wait, not kids, older
 * people", "older people instead"): the area wanted, never the one turned down. Null when the message does not take
 * anything back, asks a question, or names no area or more than one.
 */
export function correctedArea(kb: KnowledgeBase, text: string): SpecialisationId | null {
  return correctionOf(kb, text)?.id ?? null;
}

/** A correction's area and the words that name it, with what is taken back and turned down left out ("older people"). */
export function correctionOf(kb: KnowledgeBase, text: string): { id: SpecialisationId; said: string } | null {
  if ((text.includes('?') && !HEDGED.test(normalise(text))) || ASKS_ABOUT.test(normalise(text))) return null;
  const parts = clausesOf(text).flatMap((clause) => clause.split(/\s+but\s+/i)).map(normalise);
  const first = parts[0] ?? '';
  const takesBack =
    TAKES_BACK.test(first) ||
    parts.some((part) => TURNS_DOWN.test(part.replace(TAKES_BACK, '')) || areaNamedIn(kb, TURNED_DOWN_AFTER.exec(part)?.[0] ?? '')) ||
    INSTEAD.test(parts.join(' '));
  if (!takesBack) return null;
  const wanted = parts
    .map((part) => part.replace(TAKES_BACK, '').trim())
    .filter((part) => part !== '' && !TURNS_DOWN.test(part))
    .map((part) => part.replace(TURNED_DOWN_AFTER, '').replace(INSTEAD, ' ').trim())
    .filter((part) => part !== '')
    .join(', ');
  if (wanted === '') return null;
  const id = areaOf(kb, wanted);
  return id ? { id, said: wanted } : null;
}

function areaOf(kb: KnowledgeBase, wanted: string): SpecialisationId | null {
  const named = mentionedSpecialisations(kb, wanted);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return null;
  // Whom they would help, in everyday words ("people with diabetes"); what draws them ("working with family") corrects
  // no area.
  const [best, second] = matchAreas(kb, wanted);
  return best && (!second || second.points < best.points) ? best.id : null;
}

function areaNamedIn(kb: KnowledgeBase, text: string): boolean {
  return text !== '' && mentionedSpecialisations(kb, text).length > 0;
}
