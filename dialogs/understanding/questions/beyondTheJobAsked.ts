/**
 * Short messages after an answer that ask what the guide never says of the job, and that the words alone landed on some
 * answer by chance: the job's benefits ("do they get stock options?" got the certifications, "do care manager jobs come
 * with childcare help?" pediatric care), hands-on clinical tasks ("do care managers have to give shots" got rewarding
 * work, "can they pass meds like a cma?" the CMC), how long learning or a training takes ("how long does EHR training
 * take?" got 6 to 8 years to become one), and the pay of the chief care officer, a rung the guide gives no pay for
 * ("how much does a CCO earn?" got the director's pay). Each is the guide's silence, said plainly (answerTurn.ts).
 */
import { asksPay, directAsk } from '../../../knowledge/aspects';
import { normalise } from '../core/textMatch';

/** A benefit of a job, as people name it (daycare only as one given: "working in a daycare" is work told); not an employer
 * ("a call centre for a health insurance company", tester ut35a P05 m1). */
const PERK =
  /\b(?:stock options?|shares in the company|childcare(?: help| support| vouchers?)?|child care (?:help|support|vouchers?)|(?:on site |onsite |free |subsidi[sz]ed )daycare|daycare (?:help|support|vouchers?|benefits?|provided|on site|onsite)|(?:offer|offers|provide|provides|come with|comes with) (?:any |free )?daycare|pension|pensions|401 ?k|retirement (?:plan|plans|benefits?|scheme|account)|health (?:insurance|benefits|cover|plan)(?! (?:company|companies|firm|firms|provider|providers|carrier|carriers|insurer|insurers|industry|sector|side|world|calls?|members?|business))|dental (?:insurance|cover|plan)|paid time off|pto|vacation(?: days| time)?|holiday (?:pay|allowance|entitlement)|annual leave|sick (?:pay|leave|days)|maternity (?:leave|pay)|paternity (?:leave|pay)|parental leave|signing bonus|sign on bonus|bonuses|company car|tuition reimbursement|gym membership|perks|employee benefits|benefits package|tips|gratuities|overtime pay|paid overtime|(?:get|paid|pay) (?:any )?overtime)\b/;

/** Asked, not told: a question mark or a word that asks. */
const ASKS = /\b(?:do|does|did|is|are|will|would|can|could|should|any|how|what|which)\b/;
const asks = (typed: string, text: string): boolean => typed.includes('?') || ASKS.test(text);

/** The benefit asked of the job ("do they get stock options?"), as typed in the message; null when none is asked. */
export function perkAsked(typed: string): string | null {
  const text = normalise(typed);
  const perk = PERK.exec(text)?.[0];
  // One's own told ("pay? I got a pension so not critical", tester ut37a P03 m5): no perk of the job asked.
  const toldAsOwn = perk !== undefined && new RegExp(`\\b(?:i (?:have|had|got|get|draw|receive|m on|am on) (?:a |my |an )?(?:\\w+ )?|my (?:\\w+ )?)${perk}\\b`).test(text);
  return perk && !toldAsOwn && asks(typed, text) && !toldAsAnAside(typed, perk) ? perk : null;
}

/**
 * The perk only in a sentence that asks nothing, before or after one that asks ("Pay doesn't matter, pension covers me.
 * Is it rewarding?", ut40a P09-T5): an aside, and the question beside it is the one to answer.
 */
function toldAsAnAside(typed: string, perk: string): boolean {
  const sentences = typed.match(/[^.!?]+[.!?]*/g) ?? [];
  if (sentences.length < 2) return false;
  const holding = sentences.filter((sentence) => new RegExp(`\\b${perk}\\b`).test(normalise(sentence)));
  return holding.length > 0 && holding.every((sentence) => !sentence.includes('?') && !/^(?:do|does|did|is|are|will|would|can|could|should|any|how|what|which)\b/.test(normalise(sentence)));
}

/** A holiday named ("christmas", "public holidays"), whose work the guide never speaks of; its hours speak of evenings, weekends and on call. */
const HOLIDAY = /\b(?:holidays?|christmas|xmas|thanksgiving|new years?|new year s|easter|bank holidays?|public holidays?|federal holidays?)\b/;
/** Working asked of it: "do they work holidays?", "are they on call at christmas?", "do they get christmas off?". */
const WORKED = /\b(?:work|works|working|worked|on call|off|shifts?|open|closed)\b/;

/** True when working on holidays is asked ("do they work holidays?", "do care managers work on christmas?"); not holiday pay (a benefit). */
export function holidaysAsked(typed: string): boolean {
  const text = normalise(typed);
  return HOLIDAY.test(text) && WORKED.test(text) && asks(typed, text) && perkAsked(typed) === null;
}

/** Hands-on clinical care given by the worker: shots, meds passed, blood drawn, IVs, wound dressings, vitals, baths. */
const HANDS_ON =
  /\b(give|gives|giving|administer|administers|administering|pass|passes|passing|hand out|draw|draws|drawing|start|starts|starting|put in|insert|inserts|inserting|do|does|doing|take|takes|taking)\s+(?:(?:the|any|an|a|patients|patient s|clients|their)\s+)?(shots?|injections?|jabs?|vaccines?|vaccinations?|meds|medications?|medicines?|blood|ivs?|catheters?|wound care|wound dressings?|vitals|blood pressure|bed baths?|stitches|sutures)\b/;
/** A verb as typed, in the form "care managers ..." takes ("drawing" -> "draw"). */
const BASE_VERB: Readonly<Record<string, string>> = Object.freeze({ gives: 'give', giving: 'give', administers: 'administer', administering: 'administer', passes: 'pass', passing: 'pass', draws: 'draw', drawing: 'draw', starts: 'start', starting: 'start', inserts: 'insert', inserting: 'insert', does: 'do', doing: 'do', takes: 'take', taking: 'take' });

/** The hands-on task asked whether care managers do it ("do care managers have to give shots": "give shots"); null when none. */
export function handsOnAsked(typed: string): string | null {
  const text = normalise(typed);
  const found = HANDS_ON.exec(text);
  if (!found || !asks(typed, text)) return null;
  const [, verb = '', object = ''] = found;
  return `${BASE_VERB[verb] ?? verb} ${object}`;
}

/** Learning or training, the thing a time is asked of ("how long does EHR training take?", "how long to learn that?"). */
const LEARNING = /\b(?:learn|learning|learnt|learned|train|training|trained|pick (?:it|that|this) up|get good at)\b/;
/** The study the guide does give a time for: the degrees, becoming one, the whole route. */
const TIMED_BY_THE_GUIDE = /\b(?:degree|degrees|bachelor\w*|master\w*|nursing|social work|become|becoming|certif\w*|ccm|cmc|licen[cs]\w*|school|college|uni|university)\b/;

/** The training to specialize, named. */
const SPECIALISING = /\b(?:extra|additional|specialist|speciali[sz]\w*)\b/;

/** True when a time is asked of learning or a training the guide gives no time for. */
export function learningTimeAsked(typed: string): boolean {
  const asked = directAsk(typed);
  // The extra training to specialize has its own reply (rendering/beyond/nearby.ts durationLead).
  if (asked?.kind !== 'duration' || asked.beyondDegree === true) return false;
  const text = normalise(typed);
  return LEARNING.test(text) && !TIMED_BY_THE_GUIDE.test(text) && !SPECIALISING.test(text);
}

/** The chief care officer named, whose pay the guide never gives. */
const CHIEF_CARE_OFFICER = /\b(?:chief care officers?|ccos?|chief officer)\b/;

/** True when the pay of the chief care officer is asked ("What would a Chief Care Officer be paid?"). */
export function chiefPayAsked(typed: string): boolean {
  return CHIEF_CARE_OFFICER.test(normalise(typed)) && (asksPay(typed) || /\bhow much (?:do|does|would|will) (?:a |an |the )?(?:cco|chief)/i.test(typed));
}
