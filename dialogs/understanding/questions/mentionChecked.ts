/**
 * Whether the guide mentions a thing, checked: "budgeting is mentioned somewhere right?", "does the guide mention
 * networking?", "is there anything in the guide about burnout?", "Does the guide say anything about Canada or
 * internationally educated nurses?". A check of the guide's coverage, answered "Yes" and where, or "No" and the nearest
 * it says; never "I don't have an answer" when it does mention it (tester ut39a P07-T8, P11-T3). Pure.
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/** The guide itself, as the one asked of. */
const GUIDE = String.raw`(?:the|this|your|ur) (?:guide|source|info|information)`;
/** Said to be in the guide: "mentioned", "covered", "in there". */
const MENTIONED = String.raw`(?:mentioned|covered|named|listed|discussed|talked about|brought up|in there|in it|in the guide|in your guide|in this guide)`;
/** What may follow "mentioned" and asks nothing more: "somewhere", "anywhere", "right", "too". */
const AFTER = String.raw`(?:\s+(?:somewhere|anywhere|at all|in (?:the|this|your|ur) guide|in (?:there|it)|right|too|as well|no|yes|isn t it|is not it|correct|i think|i believe|or not))*`;

/** The forms of the check, each with the thing in its first group. */
const CHECKS: readonly RegExp[] = [
  // "budgeting is mentioned somewhere right?", "is budgeting mentioned anywhere?"
  new RegExp(String.raw`^(?:so |and |but |ok |okay |wait )*(?:is |are )?(.+?) (?:is |are |was |were |gets |get )?(?:also )?${MENTIONED}${AFTER}$`),
  // "does the guide mention networking?", "does your guide say anything about Canada?", "does the guide cover burnout"
  new RegExp(String.raw`^(?:so |and |but |ok |okay |wait )*(?:does|do|did|will) ${GUIDE} (?:ever |even |actually |also )?(?:mention|cover|name|list|discuss|include|talk about|say anything about|say something about|say much about|have anything (?:on|about)|have something (?:on|about)|touch on)(?: anything about)? (.+?)${AFTER}$`),
  // "is there anything in the guide about burnout?", "anything about pensions in the guide?"
  new RegExp(String.raw`^(?:so |and |but |ok |okay |wait )*(?:is there )?(?:anything|something) (?:in ${GUIDE} )?(?:about|on) (.+?)(?: in ${GUIDE})?${AFTER}$`),
];

/** Words that name nothing the guide might mention: articles, the career itself, "anything". */
const EMPTY_WORDS = new Set(
  'a an the any anything something both of for to in on about with my your their his her its it this that these those some all care manager managers management career job role field people person'.split(' '),
);

/**
 * The thing whose mention in the guide is checked, as normalised words ("budgeting", "canada or internationally educated
 * nurses"); null when the message checks no mention. Asking what the guide says of it ("what does the guide say about
 * X") is a question about X, not a check, and is left to the rest of the chain.
 */
export function mentionChecked(message: string): string | null {
  const text = normalise(message).trim();
  if (!text || text.split(' ').length > 16) return null;
  for (const check of CHECKS) {
    const thing = check.exec(text)?.[1]?.trim();
    if (!thing) continue;
    const named = thing.split(' ').filter((word) => !EMPTY_WORDS.has(word));
    // "is it mentioned?", "is that covered": nothing named, so the answer in view is what is asked of.
    if (named.length === 0 || /^(?:it|that|this|they|them|those|these|what|which|where|how|why|who|when)\b/.test(thing)) return null;
    // "and the other one you mentioned?": said by the bot before, a pointer back to the answer in view, not a check.
    if (/\b(?:you|u|ya|i|we)$/.test(thing) || /\bother (?:one|ones)\b/.test(thing)) return null;
    return thing;
  }
  return null;
}

/** A word in its plain stem, so that "budgeting" meets "budget" and "nurses" meets "nurse". */
function stemOf(word: string): string {
  return word.replace(/(?:ations?|ings?|ments?|ion|ions|ers?|ed|es|s|ly)$/, '').replace(/e$/, '');
}

/** The things named in the check, each as the stems it must find: "canada or internationally educated nurses" is two. */
function itemsOf(thing: string): readonly (readonly string[])[] {
  return thing
    .split(/\s*(?:,|\bor\b|\band\b|\bnor\b)\s*/)
    .map((item) => item.split(' ').filter((word) => word !== '' && !EMPTY_WORDS.has(word)).map(stemOf).filter((stem) => stem.length >= 3))
    .filter((stems) => stems.length > 0);
}

/** Where the guide mentions the thing: the entries that hold every word of an item, and the items found in none. */
export interface Mention {
  readonly found: readonly FaqEntry[];
  /** Items of the thing the guide's answers never name, as typed ("canada", "internationally educated nurses"). */
  readonly missing: readonly string[];
}

/** Where the guide's answers mention each item of the thing; the first entry (in the guide's order) for each. */
export function whereMentioned(thing: string, kb: KnowledgeBase): Mention {
  const texts = [...kb.faqById.values()].map((entry) => ({ entry, stems: new Set(normalise(entry.answer).split(' ').map(stemOf)) }));
  const found: FaqEntry[] = [];
  const missing: string[] = [];
  const items = thing.split(/\s*(?:,|\bor\b|\band\b|\bnor\b)\s*/).filter((item) => item.trim() !== '');
  itemsOf(thing).forEach((stems, at) => {
    const holder = texts.find(({ stems: its }) => stems.every((stem) => its.has(stem)));
    if (holder) {
      if (!found.includes(holder.entry)) found.push(holder.entry);
    } else missing.push(items[at]?.trim() ?? stems.join(' '));
  });
  return { found, missing };
}
