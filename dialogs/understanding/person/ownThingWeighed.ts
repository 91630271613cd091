/**
 * A thing of the person's own, by name, weighed against the answer in view: "our church office runs on Excel - is that
 * enough?" after the computer skills, "I know Google Sheets well, would that do?", "we use Salesforce at work, is that
 * good enough?". The guide never names the thing, so it cannot say whether it is enough: the reply says it does not
 * mention it, then what the answer in view says (not another answer the words alone reach, such as the degrees, which
 * are "enough" in the guide's own tags). Read by the turn (answerTurn.ts) before whether work counts as experience.
 */
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { degreeWeighed } from './experienceCounts';
import { normalise } from '../core/textMatch';

/** Asked whether it is enough or will do: "is that enough", "good enough", "would that do", "will that cut it", "sufficient". */
const ENOUGH = /\b(?:enough|sufficient|suffice|cut it|(?:would|will|does|do|could) (?:that|this|it) do|be (?:ok|okay|fine|alright))\b/;
/** A name as people write one, inside a sentence: a capital word ("Excel", "Google Sheets") or an acronym ("SAP"). */
const NAME = /(?<=[a-z,;:\-–—()]\s+)(?:[A-Z][A-Za-z0-9]+|[A-Z]{2,})(?:\s+(?:[A-Z][A-Za-z0-9]+|[A-Z]{2,}))*/g;
/** Capital words that name no thing of one's own: the person, days and months, and the guide's own credentials. */
const NOT_A_THING = /^(?:I|I'm|Im|OK|Ok|Okay|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const singular = (word: string) => word.replace(/(?<=\w{3})s$/, '');
const guideWords = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Every word the guide's answers, titles and tags say, singular and whole (never stemmed: "excellent" is no "Excel"). */
function wordsOfTheGuide(kb: KnowledgeBase): ReadonlySet<string> {
  let words = guideWords.get(kb);
  if (!words) {
    words = new Set(kb.faqs.flatMap((entry) => [entry.title, ...indexedAnswer(entry).split('\n'), ...entry.tags].flatMap((text) => normalise(text).split(' '))).filter(Boolean).map(singular));
    guideWords.set(kb, words);
  }
  return words;
}

/** The name the person weighs as enough, which no answer of the guide says, as they wrote it; null when none is. */
export function ownThingWeighed(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): string | null {
  // A degree weighed ("I did an MBA, is that enough?") is the degree reader's: the guide speaks of degrees.
  if (!last || !ENOUGH.test(normalise(message)) || degreeWeighed(message) !== null) return null;
  const said = wordsOfTheGuide(kb);
  const names = (message.match(NAME) ?? []).filter((name) => !NOT_A_THING.test(name) && normalise(name).split(' ').every((word) => !said.has(singular(word))));
  return names[0] ?? null;
}

/**
 * Asked whether it is enough ("is that enough", "would ten years be enough", "will that cut it"), never enough told
 * ("I have enough CPD in my job already. how do care managers keep developing?", which asks the other thing).
 */
const ENOUGH_ASKED = /\b(?:is|are|was|would|will|could|does|do|be)\b(?: \w+){0,6}? (?:enough|sufficient|suffice|cut it)\b/;
/**
 * Something of the person's own told in the message: "I'm good with customers", "I've done ten years", "my years at
 * the bank", or years at a job ("ten years as a mortgage clerk"), never years asked of a level ("is 5 years enough for
 * senior?", which the pay levels answer).
 */
const OWN_TOLD = /\b(?:i|i m|im|i am|i ve|ive|i have|i had|i was|my)\b|\b(?:years?|yrs|months?) (?:as|being) (?:a|an)\b/;
/** A credential, degree or course weighed: the readers of the degree, the certifications and the courses answer those. */
const CREDENTIAL = /\b(?:degree|degrees|bachelor\w*|master\w*|diploma|certificat\w*|certified|ccm|cmc|licen[cs]\w*|course|courses|qualification\w*|associate s|bsn|msn|msw|bsw|ged)\b/;
const MAX_ENOUGH_WORDS = 20;

/**
 * One's own work, years or way with people weighed as enough after an answer: "would ten years as a mortgage clerk be
 * enough?" after going without a degree, "I'm good with customers at the bank, is that enough?" after the soft skills
 * (tuned39, followupsAZ). The guide weighs no one's own background, so it cannot say: the reply says so, then what the
 * answer in view says, never the degrees (which are "enough" in the guide's own tags). False for a degree, credential
 * or course weighed, and for years asked of a level.
 */
export function ownEnoughWeighed(message: string, last: FaqEntry | undefined): boolean {
  const text = normalise(message);
  if (!last || !ENOUGH_ASKED.test(text) || text.split(' ').length > MAX_ENOUGH_WORDS) return false;
  return OWN_TOLD.test(text) && !CREDENTIAL.test(text) && degreeWeighed(message) === null;
}
