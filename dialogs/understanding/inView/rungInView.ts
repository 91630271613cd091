/**
 * The rung in view kept where another level is only the object of the question, and its work asked after its pay
 * (session 33, followupsAN): "how do they help the juniors?" after what a senior care manager does asks of the seniors,
 * who mentor junior care managers, not of the junior role; "and what do they take on that entry level don't?" after the
 * mid-level pay asks of mid-level, which says what it takes on; "what's the job like?" after the director's pay asks what
 * that job is (the director role), not where care managers work. Read by the follow-up rules (followUp.ts) before the
 * career ladder's own, which would take the level the message names.
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { isARung, namesALevel, roleBesidePay } from '../core/followUp';
import { normalise } from '../core/textMatch';

/** The people at the level in view, pointed at. */
const THEY = /\b(?:they|them|their|he|she)\b/;
/** Another level named as whom the people in view act on ("help the juniors", "mentor new ones") or set apart from ("that entry level don't"). */
const LEVEL_AS_OBJECT = new RegExp(
  [
    String.raw`\b(?:help|helps|helping|mentor|mentors|mentoring|train|trains|training|supervise|supervises|supervising|lead|leads|leading|manage|manages|managing|oversee|oversees|teach|teaches|guide|guides|support|supports|coach|coaches|coaching) (?:the |their |all the |new |younger )*(?:junior|juniors|junior ones|junior care managers|entry level|entry level ones|entry level people|new ones|newbies|beginners|new starters|seniors|senior ones)\b`,
    String.raw`\bthat (?:the )?(?:entry level|junior|juniors|seniors|senior|mid level|directors)(?: ones| people| care managers| staff)? (?:don t|dont|do not|doesn t|doesnt|does not|can t|cant|cannot|won t|wont)\b`,
  ].join('|'),
);
/** The work at the rung asked of as "the job" ("what's the job like?", "what does the role involve?"). */
const THE_JOB = /\b(?:what s|whats|what is|how s|hows|how is) (?:the|that|this) (?:job|role|work|position)(?: actually| really)?(?: like)?$|\bwhat (?:does|would|will) (?:the|that|this) (?:job|role|work|position) (?:actually |really )?(?:involve|entail|look like)\b|\bwhat (?:is|s) (?:the|that|this) (?:job|role) (?:all )?about\b/;
/** The work of every day, which the guide gives for the career ("what does the job involve day to day?"). */
const DAY_TO_DAY = /\b(?:day to day|daily|typical day|every day|each day)\b/;
const MAX_WORDS = 12;

/** The entry a follow-up asks of the rung in view; null when no rung is in view or the message is no such follow-up. */
export function rungKeptInView(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry | null {
  if (!last || !isARung(last.id)) return null;
  const text = normalise(message);
  if (text.split(' ').length > MAX_WORDS) return null;
  if (THEY.test(text) && LEVEL_AS_OBJECT.test(text)) return last;
  const role = THE_JOB.test(text) && !namesALevel(text) && !DAY_TO_DAY.test(text) ? roleBesidePay(last.id) : null;
  return role ? (kb.faqById.get(role) ?? null) : null;
}
