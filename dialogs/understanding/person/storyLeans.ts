/**
 * How a question at the end of a story leans on it (session 33, tester C's replay of ut32a). "I don't have a degree,
 * just some college. can I still move up?" asks in spite of the lack told, so the story is read with it (the way in
 * without a degree), not "can I still move up?" alone (moving up after years as a care manager); "i have zero healthcare experience
 * tho, just coffee lol. how do i get some" asks for the experience lacking, not how to move up. Pure.
 */
import { normalise } from '../core/textMatch';

/** A question asked in spite of what was told ("can I still ...", "even so?"), or for the thing lacking ("how do i get some"). */
const STILL = /\b(?:still|even so|anyway|regardless)\b|\b(?:get|gain|build|pick up) (?:some|any)$/;
/** A lack told of oneself ("I don't have a degree", "I never finished college", "no experience", "without a license"). */
const LACK_TOLD = /\b(?:i (?:do not|dont|don t|never) (?:have|had|got|finished|did|hold)|i have(?: got)? (?:no|zero)|i ve (?:no|zero)|(?:^|[.,;] )(?:no|zero) [a-z]+|without an?|havent got|haven t got)\b/;

/** True when the question asks in spite of a lack the story told, or for it ("I don't have a degree. can I still move up?", "zero experience. how do i get some"). */
export function askedDespiteALack(story: string, asked: string | null): boolean {
  return asked !== null && STILL.test(normalise(asked)) && LACK_TOLD.test(normalise(story));
}

/** The job's pay or its stress asked ("what does it pay", "what do they make", "is it stressful"). */
const OF_THE_JOB_ITSELF = /\b(?:pay|pays|paid|earn|earns|make|makes|salary|salaries|wage|wages|stress|stressful)\b/;
/** Only "it" or "they" pointing ("what does it pay"): "that" and "this" point at the thing just told ("does that pay well"). */
const IT_OR_THEY = /\b(?:it|its|they|them|their)\b/;
const OTHER_POINTERS = /\b(?:that|this|those|these|one|ones|she|he|her|him|his)\b/;
/** A story told of oneself ("I'm 41 and a flight attendant", "my degree is in English"). */
const OF_ONESELF = /^(?:i|my|me)\b|\b(?:i am|i have|i ve|i was|i work|i worked|i did|i do|i got|my)\b/;
/** People or a thing weighed told in the story, whom "they" or "it" may well point at ("my friends are nurses", "I'm thinking about the CCM"). */
const SOMEONE_OR_SOMETHING_ELSE =
  /\b(?:friends?|colleagues?|coworkers?|co workers?|kids|children|sons?|daughters?|parents?|mum|mom|dad|sisters?|brothers?|wife|husband|partner|aunt|uncle|people|folks|staff|nurses|workers|they|thinking|considering|looking (?:at|into)|planning|plan to|want to|wanna|going to|gonna|interested in|offered|applying|apply)\b/;

/**
 * The job's pay or stress asked with "it" or "they" after a story the person told of themselves ("I'm 41 and a flight
 * attendant, BA in communications. what does it pay"): asked of the career, never of the story's words (the
 * communication skill). Not when the story tells of other people or a thing being weighed, which "they" or "it" may
 * point at ("my friends are nurses. what do they make?", "thinking about the CCM. is it stressful?").
 */
export function askedOfTheCareer(story: string, asked: string | null): boolean {
  if (asked === null) return false;
  const question = normalise(asked);
  const told = normalise(story);
  return OF_THE_JOB_ITSELF.test(question) && IT_OR_THEY.test(question) && !OTHER_POINTERS.test(question) && OF_ONESELF.test(told) && !SOMEONE_OR_SOMETHING_ELSE.test(told);
}

/** A subject raised on its own ("what about internships", "and volunteering", "how about the CMC"). */
const SUBJECT_RAISED = /^(?:(?:ok|okay|so|and|but|also|alright|right|hmm|oh)\s+)*(?:what|how) about\b|^(?:(?:ok|okay|so|also)\s+)*and\b/;

/** A question that asks for something ("what kind ...", "how many ..."), not a yes or no that may check the story ("is it better?"). */
const WH_QUESTION = /^(?:(?:and|so|but|ok|okay|then)\s+)*(?:what|which|how|where|when|who)\b/;

/**
 * A subject raised, a story told, then a question that names nothing of its own ("ok what about internships, I have one
 * more semester. what kind should I look for?", tester ut34c mph #4): the question asks of the subject, and the story
 * between them would pull the search elsewhere (what is needed, finding a job). The subject and the question, without
 * the story; null when the message is not so. The whole message is still read for the person's story.
 */
export function subjectAskedAcrossAStory(clauses: readonly string[], actOf: (clause: string) => string, namesTopic: (text: string) => boolean): string | null {
  if (clauses.length < 3) return null;
  const first = clauses[0]!;
  const last = clauses.at(-1)!;
  const story = clauses.slice(1, -1);
  if (!SUBJECT_RAISED.test(normalise(first)) || !namesTopic(first) || actOf(last) !== 'asks' || !WH_QUESTION.test(normalise(last)) || namesTopic(last)) return null;
  if (!story.every((clause) => actOf(clause) === 'tells' && !namesTopic(clause))) return null;
  return `${first.replace(/[\s,;.?!]+$/, '')}? ${last}`;
}
