/**
 * The key ask a related card would leave unanswered (session 40, halves40, tester ut40a kind 2): pay after years that
 * sit on the edge of two of the guide's levels, whether a condition it never names is an area, employers for one area,
 * an internship on a student visa, the one skill that matters most, nursing not wanted, whether the job is the same as
 * case management or as what the person does, where they would sit on the ladder, and what a senior care manager does
 * beyond a care manager. Pure: what is asked, or null; the replies are rendering/questions/halfAskedReplies.ts.
 */
import type { SpecialisationId } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { conditionNotNamed } from './conditionAreas';

export type HalfAsked =
  /** "what do care managers earn after like 5 years?": both levels the years sit between. */
  | { readonly kind: 'band-edge'; readonly years: 2 | 5 }
  /** "care management for COPD patients, is that a specialization?": the nearest areas, said as nearest. */
  | { readonly kind: 'condition-area'; readonly condition: string; readonly areas: readonly SpecialisationId[] }
  /** "what employers hire for chronic disease care management?": the places in general, none for the area. */
  | { readonly kind: 'area-employers'; readonly area: string }
  /** "can an international student do an internship?": internships, and the guide's silence on visas. */
  | { readonly kind: 'visa-internship' }
  /** "which skill is most important?": communication, which the guide puts above the rest. */
  | { readonly kind: 'top-skill' }
  /** "nursing or social work? I really don't want nursing": nursing is not required ("do I need to be a nurse" is sendOwnCaseAnswer's plain no). */
  | { readonly kind: 'nursing-not-wanted' }
  /** "is a care manager the same as a case manager?": in part, what matches and what the job adds. */
  | { readonly kind: 'same-as-case-manager' }
  /** "is that the same kind of work a care manager does?" after telling one's work: in part. */
  | { readonly kind: 'same-as-own-work' }
  /** "at my level, where would I sit on the career ladder?": the levels go by years as a care manager. */
  | { readonly kind: 'place-on-ladder' }
  /** "what does a senior care manager do that a care manager doesn't?": the two levels side by side. */
  | { readonly kind: 'senior-beside-care-manager' };

/** Pay asked. */
const PAY = /\b(?:earn|earns|earning|make|makes|making|paid|pay|salary|salaries|income|wage|wages)\b/;
/** Years on an edge of the guide's levels (0-2, 2-5, 5+): "after like 5 years", "with two years in", "at 5 yrs". */
const EDGE_YEARS = /\b(?:after|with|at|around|by|once|having|in|for|about|like|roughly|maybe|approx|approximately|of)(?: (?:like|about|around|roughly|maybe|say|just))? (2|5|two|five) (?:years?|yrs?)\b/;
/** A range or a bound ("2 to 5 years", "more than 5 years", "5+ years"), which names one level, not an edge. */
const NOT_AN_EDGE = /\b(?:\d|two) (?:to |and |or )?(?:5|five) (?:years?|yrs?)\b|\b(?:more than|over|under|less than|at least|upwards of) (?:2|5|two|five) (?:years?|yrs?)\b|\b(?:2|5|two|five) (?:years?|yrs?) (?:or more|plus)\b/;
/** Years of other work told ("after 5 years as a nurse"): their own years weighed, another reader's. */
const YEARS_OF_OTHER_WORK = /\b(?:2|5|two|five) (?:years?|yrs?) (?:as an?|in|of) (?!care manag|the job|the role|the field|experience\b|it\b)/;

/** Asked whether something is an area of its own, or which area it is. */
const AREA_ASKED = /\b(?:speciali[sz]ations?|specialty|specialties|speciality|specialities|speciali[sz]e|speciali[sz]ing|niche|area|areas|focus|sub ?field)\b/;

/** The guide's areas as people name them. */
const AREA_NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bchronic (?:disease|illness|condition|care)s?\b/, 'chronic disease management'],
  [/\bgeriatric|\belder(?:ly)? care\b|\bolder (?:adults|people)\b/, 'geriatric care management'],
  [/\bp(?:a)?ediatric|\bchildren s\b|\bkids\b/, 'pediatric care management'],
  [/\bpsychiatric|\bmental health\b/, 'psychiatric care management'],
];
/** Who hires asked: employers, companies, who takes them on. */
const EMPLOYERS = /\b(?:employers?|companies|company|organi[sz]ations?|who (?:hires|employs|would hire|will hire)|hire|hires|hiring|employ|employs|recruit|recruits)\b/;

/** A student from abroad, or a visa. */
const FROM_ABROAD = /\b(?:international|foreign|overseas) students?\b|\bstudent visas?\b|\bvisas?\b|\bf ?1\b|\bj ?1\b|\bopt\b|\bcpt\b|\bwork permits?\b|\bimmigration\b|\bnot a (?:us )?citizen\b|\bnon ?citizens?\b/;
/** Work while studying asked: an internship, a practicum, a placement. */
const INTERNSHIP = /\b(?:intern|interns|internships?|interning|practicums?|practica|placements?)\b/;

/** One skill asked for above the rest: "most important", "number one", "matters most", "above all". */
const ONE_ABOVE_THE_REST =
  /\bmost (?:important|needed|essential|valuable|crucial|vital|useful)\b|\bnumber one\b|\bno 1\b|\bthe 1\b|\btop one\b|\bsingle (?:most )?(?:important|biggest|best)?\b|\bmatters? (?:the )?most\b|\bcounts? (?:the )?most\b|\babove all\b|\bif i (?:could|can) (?:only )?(?:work on|pick|learn|build) one\b/;
/** A group of skills the guide answers on its own ("which soft skills matter most": the soft skills, not one above all). */
const SKILL_GROUP = /\b(?:soft|hard|technical|tech|people|interpersonal|clinical|computer|leadership|communication|organi[sz]ational) skills?\b/;
/** One asked for, not the list: a skill in the singular, "which", "among all", "the one" ("what skills matter most" is the list). */
const ONE_ASKED_FOR = /\b(?:skill|quality|trait|ability|strength)\b|\bwhich\b|\bamong\b|\bof (?:them )?all\b|\babove all\b|\bnumber one\b|\bsingle\b|\bthe one\b|\bone\b/;
/** A skill or quality. */
const SKILL = /\b(?:skills?|qualit(?:y|ies)|traits?|abilit(?:y|ies)|strengths?)\b/;

/** Nursing not wanted: "I really don't want nursing", "rather not be a nurse", "hate nursing". */
const NURSING_NOT_WANTED =
  /\b(?:do not|dont|don t|rather not|would rather not|not keen on|never want to|will not|won t|no interest in|not interested in|hate|avoid)(?: (?:really|want|wanna|like|to|do|study|go into|go back for|be|become|a|an|the|into|doing))* (?:nursing|a nurse|nurse)\b/;
/** Sameness asked: "the same as", "the same thing", "similar to", "basically". */
const SAME = /\b(?:same|similar|equivalent|basically|essentially|interchangeable|another (?:word|name|term) for)\b/;
const CASE_MANAGER = /\bcase manag(?:er|ers|ement)\b/;
const CARE_MANAGER = /\bcare manag(?:er|ers|ement)\b/;
/** What the person told of their own work pointed back at: "is that the same kind of work", "is what I do the same". */
const OWN_WORK_POINTED =
  /\b(?:is|isn t|is not|would|does) (?:that|this|it|what i do|what i am doing|my (?:work|job|role))(?: (?:be|basically|pretty much|kind of|kinda|sort of|really))* (?:the )?(?:same|similar)\b|\b(?:what i do|my (?:work|job|role)|what i already do)\b.{0,30}\b(?:same|similar)\b/;
/** The care manager's work named beside the sameness: "a care manager does", "what care managers do". */
const CARE_MANAGERS_WORK = /\bcare (?:manager|manger|manegr|managers|mangers) (?:does|do|doing)\b|\bcare manag\w* work\b|\bwork (?:of )?(?:a )?care manag\w*\b/;

/** Their own place on the ladder asked: "where would I sit on the career ladder", "at my level, which rung". */
const PLACE_ON_LADDER =
  /\bwhere (?:would|do|will|might|could|should|can) i (?:sit|be|fit|land|start|come in|stand|slot in|go|rank|fall)\b.{0,40}\b(?:ladder|levels?|path|rungs?|career|scale|bands?)\b|\bwhere (?:would|do|will|might|could) i (?:sit|fit|slot in|rank|fall)\b|\b(?:what|which) (?:level|rung|band) (?:would|am|do|will|could|should) i (?:be|sit|fit|land|slot)\b/;

/** The two levels set against each other: "that a care manager doesn't", "vs", "different from", "more than". */
const SET_AGAINST = /\b(?:that|which) (?:a |the |an )?(?:regular |plain |ordinary |normal |standard |mid ?level )?care manag\w* (?:does not|do not|cannot|can not|would not|will not|doesn t|don t)\b|\bdifferen\w*\b|\bvs\b|\bversus\b|\bcompared?\b|\bbeyond\b|\bmore than\b|\bset apart\b|\bseparates?\b/;

/** What the message asks that a related card would leave unanswered; null when it asks none of these. */
export function halfAsked(message: string): HalfAsked | null {
  const text = normalise(message);
  if (PAY.test(text)) {
    const edge = EDGE_YEARS.exec(text);
    if (edge && !NOT_AN_EDGE.test(text) && !YEARS_OF_OTHER_WORK.test(text)) return { kind: 'band-edge', years: /^(?:2|two)$/.test(edge[1]!) ? 2 : 5 };
  }
  const condition = AREA_ASKED.test(text) ? conditionNotNamed(text) : null;
  if (condition) return { kind: 'condition-area', ...condition };
  const area = EMPLOYERS.test(text) ? AREA_NAMED.find(([pattern]) => pattern.test(text)) : undefined;
  if (area) return { kind: 'area-employers', area: area[1] };
  if (FROM_ABROAD.test(text) && INTERNSHIP.test(text)) return { kind: 'visa-internship' };
  if (SKILL.test(text) && ONE_ABOVE_THE_REST.test(text) && !SKILL_GROUP.test(text) && ONE_ASKED_FOR.test(text)) return { kind: 'top-skill' };
  if (NURSING_NOT_WANTED.test(text)) return { kind: 'nursing-not-wanted' };
  if (SAME.test(text) && CASE_MANAGER.test(text) && CARE_MANAGER.test(text.replace(CASE_MANAGER, ' '))) return { kind: 'same-as-case-manager' };
  if (OWN_WORK_POINTED.test(text) && CARE_MANAGERS_WORK.test(text)) return { kind: 'same-as-own-work' };
  if (PLACE_ON_LADDER.test(text)) return { kind: 'place-on-ladder' };
  if (/\bsenior care manag/.test(text) && CARE_MANAGER.test(text.replace(/\bsenior care manag\w*/g, ' ')) && SET_AGAINST.test(text)) return { kind: 'senior-beside-care-manager' };
  return null;
}
