/**
 * A gap in the writer's background asked whether it stands in the way ("I've never worked with patients directly. is
 * that a dealbreaker?", "I have an associate's in criminal justice. Does that kill it?"). The guide answers these in
 * its own terms: experience is "often required", and a degree is not strictly required. Pure readers: no sending
 * (tester ut34a, pharma #4 and cop #2).
 */
import { normalise } from '../core/textMatch';

/** Asked whether something rules the writer out ("does that kill it?", "is that a dealbreaker?", "does that rule me out?"). */
export const STANDS_IN_THE_WAY =
  /\b(?:kill(?:s)? (?:it|my chances)|deal ?breaker|deal breaking|rule(?:s)? me out|disqualif\w*|(?:a|an) (?:problem|issue|barrier|obstacle)|hold(?:s)? me back|stop(?:s)? me|count(?:s)? against me|a no go|out of the running)\b/;

/** No experience with patients or in the field, told of oneself ("I've never worked with patients directly", "no clinical experience"). */
const NO_EXPERIENCE_TOLD =
  /\b(?:i (?:have|ve) never|i never|i (?:have not|haven t|havent|don t|dont|do not) (?:ever )?(?:have )?)(?: \w+){0,2}? (?:worked|work) (?:with|in|at) (?:patients|clients|healthcare|health care|a hospital|hospitals|the field|care|social services)\b|\b(?:no|zero|without|don t have any|dont have any|do not have any|lack of|lacking) (?:\w+ )?(?:clinical|patient|hands on|healthcare|health care|care|relevant|direct patient|field) (?:experience|exp|background)\b|\bzero (?:healthcare|health care|clinical|medical)\b/;

/** The quickest way in asked ("whats my fastest way in", "fastest way to become a care manager"). */
const QUICKEST_WAY = /\b(?:fastest|quickest|shortest|easiest|best)(?: (?:realistic|possible|realistically|practical|actual|real))? (?:way|route|path)(?: in| into| to)?\b/;

/** The quickest way in asked by someone with no experience: the guide gives none quicker (tester ut35a, P11 m3 and m4). */
export function quickestWayAsked(text: string): boolean {
  return QUICKEST_WAY.test(normalise(text));
}

/**
 * A lack of experience told, asked whether it stands in the way or whether they could be hired without it ("can I get
 * hired without clinical experience?"). False for a gap of another kind ("I'm shy, is that a dealbreaker?").
 */
export function experienceGapAsked(text: string): boolean {
  const t = normalise(text);
  if (!NO_EXPERIENCE_TOLD.test(t)) return false;
  if (QUICKEST_WAY.test(t)) return true;
  return STANDS_IN_THE_WAY.test(t) || /\b(?:can|could|would|will) (?:i|someone|a person|you) (?:still )?(?:get (?:hired|a job|in)|be hired|become|do (?:it|this|the job))\b/.test(t);
}

/** What it takes asked of the writer ("what do i need", "what would I need to do this"), with no one thing named. */
// "what I need?" with no "do" (second-language English, ut38a P01-T2) when it ends the question or asks of the job.
const NEEDED_ASKED = /\bwhat (?:do|would|will|should) i (?:need|require)\b|\bwhat does it take\b|\bwhat (?:is|s) (?:needed|required)\b|\bwhat (?:i|me) (?:need|must have|should have)(?=$| (?:now|then|to (?:do|have|become|be|get)|for (?:it|this|that|the (?:job|role)|care management))\b)/;
/** A thing of its own named, whose needs are another answer's ("what do I need for the CMC"). */
const THING_NAMED = /\b(?:ccm|cmc|certif\w*|licen[cs]\w*|exam|masters?|master s|degree|bachelor\w*|step \w+|senior|director|junior)\b/;

/** What it takes to become one, asked by the writer of themselves with nothing else named ("army medic ... what do i need"). */
export function neededAsked(text: string): boolean {
  const t = normalise(text);
  return NEEDED_ASKED.test(t) && !THING_NAMED.test(t);
}

/** Desk or office work asked of the job ("Is it mostly desk work?", "is it an office job or on your feet?"). */
const DESK_ASKED = /\b(?:desk|office|sit down|seated|sitting) (?:work|job|based|role)\b|\bat a desk\b|\bbehind a desk\b|\bdesk bound\b|\bsit(?:ting)? (?:down )?(?:all day|most of the day)\b/;

/** Asked of this work: "is it", "would I be", "do care managers", "mostly". */
const OF_THE_WORK = /\b(?:is (?:it|this|the job|the work|the role|care management)|would i be|will i be|do (?:they|you|care managers)|mostly|a lot of)\b/;

/** Whether the work is desk work, asked: the guide says neither how physical it is nor how much is at a desk (tester ut34a, truck #5). */
export function deskWorkAsked(text: string): boolean {
  const t = normalise(text);
  // Where the work is done ("office based or remote?") is the work mode's answer.
  // Asked of this work ("is it", "would I be"), never their own job ("stuck in an office job").
  return DESK_ASKED.test(t) && OF_THE_WORK.test(t) && !/\b(?:my|stuck in an?|i have an?|i m in an?|im in an?) (?:office|desk)\b/.test(t) && !/\b(?:remote\w*|from home|home based|hybrid|wfh)\b/.test(t);
}

/** Leading people told of oneself ("my experience leading a team", "my management experience", "I manage 14 agents"). */
const OWN_LEADING =
  /\b(?:my|i have|i ve got|i got)(?: \w+){0,3}? (?:experience (?:leading|managing|supervising|running)|leadership|management|managing|supervis\w*)\b|\bi (?:lead|led|manage|managed|supervise|supervised|run|ran) (?:a |my |the )?(?:team|teams|people|staff|\d+ \w+)\b/;
/** Asked whether it helps or counts. */
const HELPS_ASKED = /\b(?:help|helps|count|counts|useful|matter|matters|valuable|transfer|carry over|worth anything)\b/;
/** Later on the ladder: the senior and director roles, moving up, the leadership side. */
const LATER_ON = /\b(?:senior|director|directors|later|later on|leadership (?:stuff|roles?|side|positions?)|move up|moving up|advance|advancing|higher (?:roles?|levels?|up))\b/;

/**
 * Their own experience leading people asked whether it helps later on ("would my experience leading a team help later,
 * for the senior roles?"): the guide names leadership as a skill for moving up (tester ut35a, P05 m7).
 */
export function leadingLaterAsked(text: string): boolean {
  const t = normalise(text);
  return OWN_LEADING.test(t) && HELPS_ASKED.test(t) && LATER_ON.test(t);
}
