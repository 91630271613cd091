/**
 * What a person asks of their own needs, in words that the stock answer for anyone would meet (session 38, ut38a kind 2):
 * what they would need to study when they hold a degree already ("What would I need to study? I have a BS in CS"), the
 * skills their work may not give them ("What skills do I need that I probably haven't got as a support worker?"), and
 * what an area they want would need ("I'd want chronic disease ... anything specific I'd need?"). The replies lead with
 * what the guide says for them (rendering/person/fittedReplies.ts). Pure readers: text in, reading out.
 */
import type { KnowledgeBase, SpecialisationId } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { areasNamed } from '../questions/specialisationMatch';

/** What to study asked of the writer: "what would I need to study", "what should I study", "which courses do I take". */
const STUDY_ASKED = new RegExp(
  [
    String.raw`\bwhat (?:else )?(?:do|would|will|should|must|could|can) i (?:still )?(?:need to |have to |got to )?(?:study|learn|major in|take classes in)\b`,
    String.raw`\bwhat (?:else )?(?:i (?:should|need to|have to|would need to|d need to|d have to)) (?:study|learn|major in)\b`,
    String.raw`\b(?:which|what) (?:courses?|classes|subjects|degree|program|programme|qualification) (?:do|would|will|should|must|could) i (?:still )?(?:need to |have to )?(?:take|do|study|get|go for)\b`,
    String.raw`\bwhat (?:would|do|will) i (?:need|have) to go back (?:to school )?for\b`,
  ].join('|'),
);

/** True when the writer asks what they would need to study ("What would I need to study? I have a BS in CS"). */
export function studyAskedOfThem(text: string): boolean {
  return STUDY_ASKED.test(normalise(text));
}

/** Skills asked of (a skill word beside the ask). */
const SKILLS = String.raw`(?:skills?|skill set|abilities|know how)`;
/** Not held, said of the writer: "I probably haven't got", "I don't have", "I lack", "I'm missing", "I wouldn't have". */
const NOT_HELD = String.raw`(?:i|i d|i ll|i m|im|id) (?:\w+ )?(?:haven t|havent|have not|don t|dont|do not|wouldn t|wouldnt|would not|won t|wont|might not|may not|lack|m missing|am missing|m lacking|am lacking|d be missing|d be lacking|would be missing|would be lacking|be missing|be lacking)(?: (?:got|have|get|had|yet))?`;
const SKILLS_LACKED = new RegExp(
  [
    // "What skills do I need that I probably haven't got", "skills I don't have yet", "which skills would I lack".
    String.raw`\b${SKILLS}\b(?: \w+){0,5}? (?:that |which )?${NOT_HELD}\b`,
    String.raw`\b(?:which|what) ${SKILLS} (?:do|would|will|might|am|m) i (?:still |probably |likely )?(?:lack|be lacking|be missing|missing|lacking|need to (?:build|learn|pick up|work on))\b`,
    String.raw`\b(?:which|what) ${SKILLS} (?:am i|m i|would i be|will i be|do i) (?:still |probably |likely )?(?:missing|lacking|short on|weak (?:in|on))\b`,
    String.raw`\b(?:what|which) (?:are )?(?:my )?${SKILLS} gaps?\b`,
  ].join('|'),
);

/** True when the writer asks which of the skills the job needs they lack, not the whole list ("skills I haven't got"). */
export function skillsLackedAsked(text: string): boolean {
  return SKILLS_LACKED.test(normalise(text));
}

/** Skills asked of at all: "what skills would I need to work on?", "what should I learn", "how do I get better at it". */
const SKILLS_ASKED = new RegExp(String.raw`\b(?:what|which) (?:\w+ )?${SKILLS}\b|\b(?:what|which|how) (?:should|could|would|do|can) i (?:learn|work on|improve|build|develop|get better)\b|\b(?:how|where) (?:do|can|could|would|should) i (?:learn|build|develop|improve|get better at|work on)\b`);

/** True when the message asks which skills to build, needed or lacked ("what skills would I need to work on?"). */
export function skillsAsked(text: string): boolean {
  return SKILLS_ASKED.test(normalise(text)) || skillsLackedAsked(text);
}

/** What they would need, asked with nothing named: "anything specific I'd need?", "what would I need for that", "what does that take". */
const NEED_ASKED =
  /\b(?:anything|something|what|what else) (?:(?:specific|special|particular|extra|more|else) )?(?:(?:would|do|will|should) )?(?:i|i d|id|i ll|i would|one|you) (?:\w+ )?(?:need|require|have to (?:do|get|have))\b|\bwhat (?:does|would|will) (?:that|it|this) (?:take|need|require)\b|\b(?:do|would|will) i need anything (?:specific|special|particular|extra|else|more)\b/;

/** The area wanted, not worked in ("I'd want to do chronic disease", "i really want to work with kids", "interested in geriatric"). */
const WANTED = /\b(?:want|wanna|d like|would like|interested in|hope|hoping|plan|planning|love to|keen on|speciali[sz]\w*|focus on|go into|get into|drawn to|dream)\b/;

/**
 * The area whose needs the writer asks, named as the one they want in the message ("I'd want to do chronic disease
 * management ... anything specific I'd need?"): one area only, asked with nothing else named; null otherwise. `said`
 * is the whole message, where the area may be told before the question (`text`).
 */
export function areaNeedAsked(kb: KnowledgeBase, text: string, said: string = text): SpecialisationId | null {
  const t = normalise(text);
  if (!NEED_ASKED.test(t) || /\b(?:ccm|cmc|certif\w*|licen[cs]\w*|degree|bachelor\w*|master\w*|pay|salary|earn)\b/.test(t)) return null;
  const areas = areasNamed(kb, said);
  return areas.length === 1 && WANTED.test(normalise(said)) ? areas[0]! : null;
}
