/**
 * Know-how of one's own asked whether it carries over into care management: "Does my sales/clinical product knowledge
 * transfer?" (tester ut38a P11-T4, which got "outside what I can help with"), "would my medical knowledge help?", "is my
 * pharma expertise any use here?". The guide goes through no one's past work, but its list of a care manager's skills
 * names some of it: medical knowledge (procedures, medications, standards); of selling it says nothing, and the
 * nearest it names are communication and networking. The reply says which, before that list (situationReplies.ts). Pure.
 */
import { normalise } from '../core/textMatch';

/** Asked whether it carries over: "transfer", "carry over", "translate", "help", "count", "be useful", "any use", "relevant". */
const CARRIES =
  /\b(?:transfers?|transferable|transferrable|carry over|carries over|carry across|translate|translates|apply|applies|help|helps|count|counts|matter|be useful|useful|relevant|be relevant|(?:of|any) use|an asset|be an asset|valuable|worth anything)\b/;
/** Know-how of one's own, named: "my sales/clinical product knowledge", "my pharma expertise", "my medical know how". */
const OWN_KNOWHOW = /\bmy ((?:[\w-]+ ){0,4}?)(?:knowledge|know how|knowhow|expertise|understanding|skills?|skill set|skillset)\b/;
/** Know-how of one's own named after it: "my knowledge of diabetes", "my expertise in oncology". */
const OWN_KNOWHOW_OF = /\bmy (?:knowledge|know how|expertise|understanding) (?:of|about|in) ((?:[\w-]+ ?){1,3})/;

/**
 * A skill of the guide's own list told as known, by its name, and asked whether it counts: "what about medical
 * terminology i know a ton from work does that count" (ut39c P02-T7), "I know EHR systems inside out, is that useful?".
 */
const SKILL_BY_ITS_NAME = /\b((?:medical|clinical) (?:terminology|terms|vocabulary|jargon)|ehrs?|emrs?|electronic (?:health|medical) records?)\b/;
const KNOWN_BY_ME = /\bi (?:know|knew|learned|learnt|use|used|have|ve got|am good (?:at|with)|m good (?:at|with))\b/;

/** The guide's words for medical terminology, a hard skill it names. */
const TERMINOLOGY = /\b(?:terminology|terms|vocabulary|jargon)\b/;

/** What the guide names among a care manager's skills, for the know-how told: its own words for each. */
const NAMED_BY_THE_GUIDE: ReadonlyArray<readonly [RegExp, string]> = [
  [TERMINOLOGY, 'a firm grasp of medical terminology'],
  [/\b(?:clinical(?! (?:terminology|terms|vocabulary|jargon))|medical(?! (?:terminology|terms|vocabulary|jargon))|medicine|medicines|pharma\w*|drugs?|medications?|products?|disease|diseases|cardiology|diabetes|oncology|nursing|health ?care|patient care)\b/, 'medical knowledge (of procedures, medications and standards)'],
  [/\b(?:ehr|emr|software|computer|it|tech|technical)\b/, 'computer skills (electronic health records)'],
];
/** Know-how the guide never speaks of, with the skills it names nearest to it. */
const NOT_SPOKEN_OF: ReadonlyArray<readonly [RegExp, string, readonly string[]]> = [
  [/\b(?:sales|selling|sell|account management|business development|marketing)\b/, 'sales', ['communication', 'networking (keeping relationships with healthcare providers and social service agencies)']],
];

export interface KnowhowCarried {
  /** The guide's names for the know-how told, among a care manager's skills. */
  named: string[];
  /** Know-how told that the guide never speaks of ("sales"). */
  notSpoken: string[];
  /** The skills the guide names nearest to what it never speaks of. */
  nearest: string[];
  /** Medical terminology told: a hard skill, whose list is the hard skills'. */
  terminology: boolean;
}

/** The guide's words for one's own know-how asked whether it carries over; null when the message asks no such thing. */
export function ownKnowhowCarried(typed: string): KnowhowCarried | null {
  const said = normalise(typed);
  const byName = SKILL_BY_ITS_NAME.exec(said);
  const own = OWN_KNOWHOW_OF.exec(said) ?? OWN_KNOWHOW.exec(said) ?? (byName && KNOWN_BY_ME.test(said) ? byName : null);
  if (!own || !CARRIES.test(said.slice(own.index))) return null;
  const told = own[1] ?? '';
  const named = NAMED_BY_THE_GUIDE.filter(([words]) => words.test(told)).map(([, name]) => name);
  const unspoken = NOT_SPOKEN_OF.filter(([words]) => words.test(told));
  const nearest = [...new Set(unspoken.flatMap(([, , near]) => near))];
  if (named.length === 0 && unspoken.length === 0) return null;
  return { named, notSpoken: unspoken.map(([, thing]) => thing), nearest, terminology: TERMINOLOGY.test(told) };
}
