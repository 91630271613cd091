/**
 * A list of the people the writer deals with ("Between caseworkers, therapists, IEP meetings and pediatricians, I
 * basically coordinate care"): their jobs are not the writer's. Read as the writer's, the foster mother was asked "How
 * long have you worked as a counselor?" (tester ut36a, P10 m10). Pure.
 */

/** One item of a list: a word or three ("IEP meetings", "social workers"). */
const WORD = String.raw`(?!(?:and|or)\b)[A-Za-z][\w'-]*`;
const ITEM = String.raw`${WORD}(?: ${WORD}){0,2}`;
/**
 * A list of two or more items, each in the plural (so "with autistic kids, BA in psych" is no list), opened by a word of dealing with them ("between", "with", "among",
 * "juggling"), ended by a comma or a sentence mark: "between caseworkers, therapists and pediatricians,".
 */
const LIST_OF_PEOPLE = new RegExp(
  String.raw`\b(between|among|amongst|alongside|with|juggling|dealing with|coordinating)\s+(${ITEM}s)((?:\s*,\s*(?!and\b|or\b)${ITEM}s\b)*(?:,?\s+(?:and|or)\s+${ITEM}s\b)?)(?=\s*[,.;:!?]|\s*$|\s+(?:for|every|all|each|at|in|on|from|day)\b)`,
  'gi',
);

/** The text with lists of the people the writer deals with said as "them", so none of their jobs is read as the writer's. */
export function withoutPeopleDealtWith(text: string): string {
  return text.replace(LIST_OF_PEOPLE, (list: string, opening: string, _first: string, rest: string) => (rest.trim() === '' ? list : `${opening} them`));
}
