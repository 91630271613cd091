/**
 * The person a question is asked for: a careers adviser asks for "my student", a parent for "my daughter", a counsellor
 * for "one of my students". The words for that person are no subject of the guide, yet the engine reads them as one
 * ("student" is the internships, "my daughter" a personal question it declines), so a short follow-up that says them
 * lands away from the answer in view ("does my student actually need it?" after the CCM gets the internships). Put as
 * the writer's own question ("do I actually need it?"), the words keep only what is asked, which the follow-up readers
 * read against the answer in view.
 */

/** People one asks for by their tie to the writer ("my son", "our pupils"). */
const TIED = 'student|pupil|learner|mentee|advisee|son|daughter|kid|child|stepson|stepdaughter|nephew|niece|grandson|granddaughter';
/** People named as one of a kind the writer advises ("a student", "the student"): not a child or a client, which the guide's work is about. */
const ADVISED = 'student|pupil|learner|mentee|advisee';

const ASKED_FOR = new RegExp(
  String.raw`\b(?:(?:one|some|any|most|all|a few) of (?:my|our) (?:${TIED})s|(?:my|our) (?:${TIED}|children)s?|(?:a|the|this|that|these|those) (?:${ADVISED})s?)\b`,
  'gi',
);

/** Once the person is told of, "he" and "she" are that person in a career question ("does she need a degree?"). */
const THEIR_PRONOUN = /\b(?:he|she)\b/gi;
const THEIR_OBJECT = /\b(?:him|(?<=\b(?:for|to|with|about|of|help|helps|let|lets|make|makes)\s)her)\b/gi;
const THEIR_OWN = /\bhis\b/gi;

/** After a preposition the person is the writer as an object ("is it a fit for my son" -> "for me"). */
const AFTER_A_PREPOSITION = /\b(for|to|with|about|of|help|helps|helping|let|lets|make|makes|get|gets) I\b/gi;
/** The verb agreeing with the writer: "does my student need it" -> "do I need it", "my son wants" -> "I want". */
const AGREEING: Readonly<Record<string, string>> = Object.freeze({ does: 'do', is: 'am', are: 'am', has: 'have', needs: 'need', wants: 'want', gets: 'get', likes: 'like', plans: 'plan', hopes: 'hope', studies: 'study', works: 'work', goes: 'go', tries: 'try', thinks: 'think', loves: 'love', enjoys: 'enjoy', hates: 'hate' });
const VERB_BEFORE = /\b(does|is|are|has) I\b/gi;
const VERB_AFTER = /\bI (does|is|are|has|needs|wants|gets|likes|plans|hopes|studies|works|goes|tries|thinks|loves|enjoys|hates)\b/gi;

/** The message with the person it is asked for put as the writer ("does my student need it" -> "do I need it"); null when it names no such person or pronoun. */
export function askedAsTheWriter(message: string): string | null {
  const said = [ASKED_FOR, THEIR_PRONOUN, THEIR_OBJECT, THEIR_OWN].some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(message);
  });
  if (!said) return null;
  return message
    .replace(ASKED_FOR, 'I')
    .replace(THEIR_PRONOUN, 'I')
    .replace(THEIR_OBJECT, 'me')
    .replace(THEIR_OWN, 'my')
    .replace(AFTER_A_PREPOSITION, (_said, preposition: string) => `${preposition} me`)
    .replace(VERB_BEFORE, (_said, verb: string) => `${AGREEING[verb.toLowerCase()] ?? verb} I`)
    .replace(VERB_AFTER, (_said, verb: string) => `I ${AGREEING[verb.toLowerCase()] ?? verb}`);
}
