/**
 * Words of a question the guide's search does not read, put in the guide's words: older people or children named in
 * Spanish ("my mom says i should work with viejitos like her clients, whats that called", tester ut37a P07 m5, got
 * pediatric care). Pure: the question in the guide's words, or null when no word of it needs putting.
 */

/** Older people, in Spanish as people mix it into English. */
const OLDER_PEOPLE_IN_SPANISH = /\b(?:viejitos|viejitas|viejos|ancianos|ancianas|abuelitos|abuelitas|abuelos|personas mayores|los mayores|tercera edad)\b/gi;
/** Children, in Spanish. */
const CHILDREN_IN_SPANISH = /(?<![\p{L}])(?:ninos|niños|ninas|niñas|chiquitos|chamacos)(?![\p{L}])/giu;

/** The question with its words put in the guide's, or null when it has none to put. */
export function inTheGuidesWords(text: string): string | null {
  const put = text.replace(OLDER_PEOPLE_IN_SPANISH, 'older people').replace(CHILDREN_IN_SPANISH, 'children');
  return put !== text ? put : null;
}
