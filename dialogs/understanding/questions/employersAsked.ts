/**
 * Employers asked for by name ("which rehab centres take care managers?", "which hospitals hire them?", "what
 * specific agencies are hiring care managers?"): the guide names kinds of workplace (hospitals, rehabilitation centers, insurance
 * companies ...) and no employer, so it cannot say which ones hire (session 36, followupsAT). Pure.
 */
import { normalise } from '../core/textMatch';

/** A kind of workplace, as people say it. */
const WORKPLACE =
  String.raw`(?:hospitals?|clinics?|(?:rehab|rehabilitation) (?:centers?|centres?|facilities|facility|units?|places?)|rehabs|nursing homes?|care homes?|home care agencies|agencies|agency|companies|company|insurers?|insurance companies|employers?|organi[sz]ations?|facilities|centers?|centres?|places|practices|charities|firms|providers)`;
/** Hiring or taking on care managers. */
const HIRING = String.raw`(?:take|takes|take on|hire|hires|are hiring|is hiring|employ|employs|recruit|recruits|are recruiting|are looking for|want|need|have openings for|have jobs for|use)`;
/** "which rehab centres take care managers?", "what specific hospitals hire them" ("what companies hire them" may ask the kinds). */
const EMPLOYERS_BY_NAME = new RegExp(
  String.raw`^(?:(?:so|and|but|ok|okay|then)\s+)*(?:(?:which|name (?:some|a few|any))(?: (?:specific|particular|actual|local))?|what (?:specific|particular|actual)) (?:[a-z]+ )?${WORKPLACE}(?: (?:near me|around here|in my area))? (?:that |actually |usually )?${HIRING}\b`,
);

/** True when the message asks which employers, by name, take care managers on. */
export function employersAsked(message: string): boolean {
  return EMPLOYERS_BY_NAME.test(normalise(message));
}
