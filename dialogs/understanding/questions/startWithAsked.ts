/**
 * Which of two to take first ("Which certification should I get first, CCM or CMC?", "CCM or CMC, which to start
 * with?"): the guide ranks neither as better, but it does say which one to start with ("You can start with the Certified
 * Case Manager (CCM) certification"). The reply says that plainly, not "the guide doesn't rank them" (tester ut31a).
 */
import type { FaqEntry } from '../../../knowledge/schema';
import { directAsk } from '../../../knowledge/aspects';
import { normalise } from '../core/textMatch';
import { twoQuestionsAsked } from '../core/clauses';
import { CERTIFICATIONS_IN_VIEW, CERTIFICATION_WORTH_ENTRY } from './worthPayingAsked';

/** Asked which comes first: "first", "start with", "begin with", "to start", "which one before the other". */
export const ASKS_FIRST = /\b(?:first|firstly|start with|starting with|begin with|to start|to begin|before the other)\b/;
/** A line of an answer that says what to start with. */
export const SAYS_START = /\b(?:a )?good one to start with\b|\b(?:can|could|should) start with\b/i;
/** A name as the guide writes one: an acronym ("CCM"). */
const ACRONYM = /\b[A-Z]{2,}\b/g;

/** The thing the guide says to start with, as its answer names it ("CCM"), when the question asks which comes first; else null. */
export function startWithSaid(question: string, entries: readonly FaqEntry[]): string | null {
  if (!ASKS_FIRST.test(normalise(question))) return null;
  const asked = new Set(question.toUpperCase().match(ACRONYM) ?? []);
  for (const entry of entries) {
    const line = entry.answer.split('\n').find((candidate) => SAYS_START.test(candidate));
    const named = line ? (line.match(ACRONYM) ?? []).filter((name) => asked.size === 0 || asked.has(name)) : [];
    if (named[0]) return named[0];
  }
  return null;
}

/** One certification asked whether to skip for the other ("skip the CCM and go straight for the CMC?", tester ut35a P09 m7). */
const SKIPS_ONE = /\b(?:skip|skipping|pass on|bypass|forget about|forget) (?:the )?(ccm|cmc)\b|\b(?:go|going|jump|head) straight (?:for|to) (?:the )?(ccm|cmc)\b/;

/** The certification asked whether to skip, or the one gone straight for the other of ("straight for the CMC": the CCM); else null. */
export function certificationSkipped(question: string): 'ccm' | 'cmc' | null {
  const found = SKIPS_ONE.exec(normalise(question));
  if (!found) return null;
  if (found[1]) return found[1] as 'ccm' | 'cmc';
  return found[2] === 'ccm' ? 'cmc' : 'ccm';
}

/** The guide's two certifications, both named. */
const BOTH_CERTIFICATIONS = /\bccm\b.*\bcmc\b|\bcmc\b.*\bccm\b/;
/** Their order asked, or one passed over for the other: "first", "skip the CCM", "go straight for the CMC", "instead of". */
const ORDER_OF_THE_TWO = /\b(?:first|firstly|start with|starting with|begin with|before|after|skip|skipping|straight (?:for|to|into)|instead of|rather than|or just)\b/;

/**
 * True when a question asks which of the guide's two certifications to take first, or whether to pass over one for the
 * other ("would you say skip the CCM and go straight for the CMC?", "which certification first, CCM or CMC?"): the
 * guide says which to start with, which the reply says first (tester ut35a, P09 m7), not the two side by side alone.
 */
export function certificationFirstAsked(question: string): boolean {
  const text = normalise(question);
  // Asked beside another question ("CMC or CCM - which first, and would my OT registration count?"): each part answered.
  return BOTH_CERTIFICATIONS.test(text) && ORDER_OF_THE_TWO.test(text) && twoQuestionsAsked(question) === null;
}

/** The thing an answer says to start with, as it names it ("CCM"); null when no line of it says so. */
export function startOfTheAnswer(entry: FaqEntry): string | null {
  const line = entry.answer.split('\n').find((candidate) => SAYS_START.test(candidate));
  return line?.match(ACRONYM)?.[0] ?? null;
}

/** "which one", "which of them", "what cert": the thing chosen left to the subject in view. */
const WHICH_OF_THEM = /\b(?:which|what)(?: one| ones| of them| of the two| of those| of these| cert| certs| certification| certifications| credential)?\b/;
/** Another kind of thing named as the one to start with: a job, a degree, an area, a step. */
const ANOTHER_KIND = /\b(?:jobs?|roles?|positions?|degrees?|courses?|areas?|specialt(?:y|ies)|speciali[sz]ations?|specialit(?:y|ies)|steps?|places?|employers?|organi[sz]ations?|memberships?)\b/;
const MAX_WHICH_FIRST_WORDS = 12;

/**
 * The message asks something else of a certification beside, or instead of, which comes first: what one needs for it
 * ("the first one. what do I need to qualify for it?", where "first" picks one of the list; "So CCM first? What do I
 * need to qualify for it?"), or two questions. That is answered (the requirements, each part), not swallowed by "start
 * with the CCM".
 */
function asksMoreThanWhichFirst(question: string): boolean {
  return directAsk(question)?.kind === 'requirements' || twoQuestionsAsked(question) !== null;
}

/**
 * Which certification to start with, asked of the certifications in view without naming one ("which one should i
 * start with?" after why get one, "what should I get first then?"; tuned40, followupsBB): the guide's answer on
 * certifications, which says to start with the CCM, not the first jobs the words alone reach.
 */
export function certificationToStartWithInView(question: string, lastId: string | undefined): boolean {
  const text = normalise(question);
  const certificationInView = lastId !== undefined && (CERTIFICATIONS_IN_VIEW.has(lastId) || lastId === CERTIFICATION_WORTH_ENTRY);
  return certificationInView && text.split(' ').length <= MAX_WHICH_FIRST_WORDS && WHICH_OF_THEM.test(text) && ASKS_FIRST.test(text) && !ANOTHER_KIND.test(text) && !asksMoreThanWhichFirst(question);
}

/** The two certifications' own answers: both in view when they were shown side by side. */
const CERTIFICATION_ENTRIES: ReadonlySet<string> = new Set(['ccm', 'cmc']);
/** "which one should I get first?", "which first", "what do I go for first": which, asked of what is in view, with no thing named. */
const WHICH_FIRST = /^(?:(?:ok|okay|so|and|then|right|alright|hmm|well) )*(?:which|what) (?:one |of (?:them|the two|those|these) |should |would |do |to |one should )?(?:[a-z]+ ){0,4}?(?:first|to start with|to begin with)\b/;
const MAX_FOLLOW_UP_WORDS = 10;

/**
 * True when, with the CCM and the CMC both in view (the two side by side, `inView` their ids), the follow-up asks which
 * to take first without naming them ("Which one should I get first?", ut40a P02-T6): the same question as
 * certificationFirstAsked, asked of the answer in view.
 */
export function certificationFirstAskedOfTheView(question: string, inView: readonly (string | undefined)[]): boolean {
  const text = normalise(question);
  const both = inView.filter((id): id is string => id !== undefined && CERTIFICATION_ENTRIES.has(id));
  return new Set(both).size === 2 && text.split(' ').length <= MAX_FOLLOW_UP_WORDS && WHICH_FIRST.test(text) && !asksMoreThanWhichFirst(question);
}
