/**
 * A system asked of by its brand or as which one care managers use ("do they use epic or some other system", tester
 * ut36a P09 m2, got "That is outside what I can help with"): the guide names no system, but it does name the kinds care
 * managers need to know (healthcare information systems, electronic health records, case management software). Pure.
 */
import { normalise } from '../core/textMatch';

/** Health record and case management systems by their brand names. */
const BRAND = /\b(epic|cerner|meditech|allscripts|athena(?:health)?|eclinicalworks|pointclickcare|nextgen|netsmart|wellsky|oracle health)\b/;
/** Which system is used, asked: "what software do care managers use", "which EHR system do they use". */
const WHICH_SYSTEM = /\b(?:what|which) (?:kind of |kinds of |sort of )?(?:software|system|systems|programs?|ehr|emr|ehrs|charting (?:system|software)|records? systems?)\b(?: \w+){0,3} (?:do|does|would|will) (?:they|care managers|case managers|you|a care manager|i)\b(?: \w+){0,2} use\b/;
/** Which system exactly, asked after the kinds were named ("which EHR system specifically?", "what software exactly?"). */
const WHICH_ONE_EXACTLY = /\b(?:which|what) (?:\w+ ){0,2}(?:software|system|systems|programs?|platforms?|ehrs?|emrs?)\b (?:(?:do|does|would|will) (?:they|you|care managers) use )?(?:exactly|specifically|in particular|by name)\b/;
/** Asked of the work, not told of one's own ("I chart in Epic all day" tells, it does not ask). */
const ASKS = /\?|\b(?:do|does|is|are|would|will|what|which)\b/;

/** The answer that names the kinds of system care managers need to know. */
const KINDS_ENTRY = 'computer-skills';

/**
 * The brand asked of (as typed, capitalized), '' when which system is asked with none named; null when neither. Which
 * one exactly is asked of the kinds only once they are in view (`lastId`, the computer skills).
 */
export function softwareAsked(text: string, lastId?: string): string | null {
  const t = normalise(text);
  if (!ASKS.test(text.toLowerCase())) return null;
  const brand = BRAND.exec(t)?.[1];
  if (brand && /\b(?:use|uses|using|on|in|know|need|learn)\b/.test(t) && !/\bi (?:use|chart|work)\b/.test(t)) return brand.charAt(0).toUpperCase() + brand.slice(1);
  // A brand or a name asked for ("which software brand do they use?") is the names the guide never gives: inView/aspectInView.ts.
  return (WHICH_SYSTEM.test(t) || (lastId === KINDS_ENTRY && WHICH_ONE_EXACTLY.test(t))) && !/\b(?:brands?|names?|vendors?|compan(?:y|ies)|makers?)\b/.test(t) ? '' : null;
}
