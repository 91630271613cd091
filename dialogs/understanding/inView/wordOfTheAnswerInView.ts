/**
 * A short follow-up that points at the answer in view and asks of a thing one of its lines says (session 34,
 * followupsAP): "what roles could that lead to?" after moving up (its line on senior, director and executive roles),
 * "what if things change for the client?" after care planning (its line on adjusting the plan), "is that a legal
 * thing?" after confidentiality (its line on privacy laws), "so i'd go into people's homes?" after where care managers
 * work, "like what kind of higher degree?" after continuing development, "what kind of positions should i focus on?"
 * after finding a job (roles, in the guide's word); "which should i start with?" after the certifications (its line on the CCM). The words alone read as another answer (the first jobs, client
 * advocacy, compliance); pointed at the answer in view, they ask what it says. Null when the message does not point at
 * it, names the career or a thing of its own the answer does not say, or its words are in every line.
 */
import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { asksCost, asksPay } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { namesALevel } from '../core/followUp';
import { answerUnits } from './listInView';
import { ASKS_FIRST, SAYS_START } from '../questions/startWithAsked';
import { normalise, stem } from '../core/textMatch';

/** Pointing at the answer in view, or opening as said of it ("so i'd ...", "like what ...", "what if ..."). */
const POINTS_AT_IT = /\b(?:that|it|this|there|those|both)\b|^(?:so|like|what if|and what if|what kind of|which kind of|what sort of)\b/;
/** Words that ask and name nothing, beside the stop words. */
const ASKING = new Set(
  (
    'what which who whom where when why how kind kinds sort sorts type types thing things stuff like lead leads could would should ' +
    'go going get getting got do does did done focus really actually exactly mean means so if just else too also then ' +
    'both either each all any one ones area field deal handle cope start begin need needs want know people person someone'
  ).split(' '),
);
/** The guide's word for a word people use ("positions" are roles, "legal" is the law, a "cert" a certification). */
const GUIDE_WORD: Readonly<Record<string, readonly string[]>> = Object.freeze({
  position: ['role', 'roles'],
  positions: ['role', 'roles'],
  higher: ['higher', 'further'],
  cert: ['certification', 'certifications', 'certificate'],
  certs: ['certification', 'certifications', 'certificate'],
  legal: ['law', 'laws', 'legal'],
  legally: ['law', 'laws', 'legal'],
  house: ['home', 'homes'],
  houses: ['home', 'homes'],
  changes: ['change', 'changes', 'adjust', 'adjusting'],
  change: ['change', 'changes', 'adjust', 'adjusting'],
});
/** Getting good at something is its skill, in the guide's word ("what should i get good at to get there?"). */
const GOOD_AT = /\b(?:get|be|become|getting|being) (?:good|better) at\b/g;
/** Asked which of those the answer lists ("which should i start with?", "which one first?"). */
const WHICH = /^(?:(?:so|ok|okay|and|then)\s+)*(?:which|what)(?: one| ones| of them| of those)? (?:should|would|do|could|to|is|first)\b|^(?:so |and |ok )?which first\b/;
/** Where the thing in view leads, asked in a few words ("and from there?", "where do i go from there?"). */
const FROM_THERE = /^(?:(?:and|so|ok|okay|then|but)\s+)*(?:from there|where (?:do|would|can|could) (?:i|you|one|they) go from there|what (?:happens|comes|do i do|would i do) (?:from there|after that)|and after that|then what)$/;
/** A line of an answer that says what follows from it. */
const SAYS_WHAT_FOLLOWS = /\b(?:from there|after (?:that|this)|then|next|work your way up|move up|lead to|leads to)\b/i;
const ASKS_HOW_TO = /\bhow (?:do|does|can|could|would|should|will|did|to)\b/;
/**
 * Asked in a way other readers take: a need ("do i need a degree for that tho", "is that one required?"), a place, a time
 * or a person ("where would i get that experience?"), a pick of one ("which certification for that one?"), a condition
 * ("what if i don't have a degree?").
 */
const ASKED_OTHERWISE = /\b(?:need|needs|needed|require|required|requires|requirement|necessary|mandatory|where|when|who|whom|not|no|never|without|dont|don t|cant|can t|isn t|isnt)\b|^(?:(?:so|and|ok|okay)\s+)*which\b/;
/** Naming the career, which every answer is about. */
const NAMES_THE_CAREER = /\b(?:care|case) (?:manag|coordinat)/;
const MAX_WORDS = 10;

/** The words of a message that name something, each with the guide's words for it. */
function namingWords(text: string): string[][] {
  return text
    .split(' ')
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !isPadding(word) && !ASKING.has(word))
    .map((word) => [word, ...(GUIDE_WORD[word] ?? [])]);
}

/** The lines of the answer in view that say what the pointed follow-up asks of; null when it is no such follow-up. */
export function linesOfTheWordAsked(message: string, last: FaqEntry | undefined, engine?: AnswerEngine): string[] | null {
  if (!last) return null;
  const text = normalise(message);
  // "which should i start with?" after the certifications: the line that says which to start with.
  const start = WHICH.test(text) && ASKS_FIRST.test(text) && text.split(' ').length <= MAX_WORDS ? answerUnits(last).filter((unit) => SAYS_START.test(unit)) : [];
  if (start.length > 0) return start;
  // "and from there?" after the first jobs: the line that says where they lead.
  const next = FROM_THERE.test(text) ? answerUnits(last).filter((unit) => SAYS_WHAT_FOLLOWS.test(unit)) : [];
  if (next.length > 0) return next;
  if (!text || text.split(' ').length > MAX_WORDS || !POINTS_AT_IT.test(text) || NAMES_THE_CAREER.test(text) || asksCost(text) || asksPay(text)) return null;
  // How to do a thing ("and how do i get that experience?") asks the way, and a level of the ladder ("the entry level,
  // what's that?") its own answer: neither is a line of the answer in view; nor what other readers take.
  if (ASKS_HOW_TO.test(text) || namesALevel(text) || ASKED_OTHERWISE.test(text)) return null;
  const named = namingWords(text.replace(GOOD_AT, 'skills'));
  if (named.length === 0) return null;
  const units = answerUnits(last);
  const stemsOf = (unit: string) => new Set(normalise(unit).split(' ').map(stem));
  const saying = (words: readonly string[]) => units.filter((unit) => words.some((word) => stemsOf(unit).has(stem(word))));
  // Every word that names something is said by some line: a thing the answer does not say is a question of its own.
  const said = named.map(saying);
  if (said.some((lines) => lines.length === 0)) return null;
  // The lines of the word said by fewest ("change", not "client", in "what if things change for the client?").
  const fewest = said.reduce((most, lines) => (lines.length < most.length ? lines : most));
  const lines = fewest;
  // The words alone answering another entry named for that word ("is it stressful?" after the work environment: the
  // stress) ask for that entry, not the line.
  const alone = engine?.answer(message);
  const selective = named[said.indexOf(fewest)] ?? [];
  if (alone?.kind === 'answer' && alone.entry && alone.entry.id !== last.id && titleNamesOneOf(alone.entry, selective)) return null;
  return lines.length > 0 && lines.length < units.length ? lines : null;
}

/** True when the entry's title names one of the words, or a word sharing its first letters ("stress" for "stressful"). */
function titleNamesOneOf(entry: FaqEntry, words: readonly string[]): boolean {
  const titled = normalise(entry.title).split(' ').filter((word) => word.length > 2);
  const near = (a: string, b: string) => stem(a) === stem(b) || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
  return words.some((word) => titled.some((title) => near(word, title)));
}
