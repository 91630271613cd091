/**
 * A death of someone close, told in passing: "my wife had MS and I looked after her for nine years before she passed in
 * the spring", "my mum passed away last year", "since I lost my husband", "after my dad's death". Someone of the
 * person's own (my or our, a relative, partner or friend) and a word of dying in the same message; a patient's death, a
 * job lost or an exam passed are not this. Pure: text in, the loss read or null; the reply is said before whatever else
 * the message asks (turnRouter.ts).
 */
import { normalise } from '../core/textMatch';

/** Someone of the person's own, as people name them. */
const KIN =
  '(?:wife|husband|partner|hubby|missus|mum|mom|mam|mother|mommy|mummy|dad|father|daddy|papa|son|daughter|child|kid|baby|boy|girl|brother|sister|twin|' +
  'nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|aunt|auntie|aunty|uncle|cousin|niece|nephew|fiance|fiancee|' +
  'boyfriend|girlfriend|best friend|friend|parents|mother in law|father in law|stepmum|stepmom|stepdad|grandson|granddaughter)';
const OWN = `\\b(?:my|our)(?: (?:late|dear|beloved|darling|lovely|little|older|younger|eldest|youngest|big|baby|own))* ${KIN}\\b`;
/** Dying, said of someone: "died", "passed away", "passed in the spring", "lost her", "her death", "the funeral". */
const DYING =
  "\\b(?:died|dies|has died|had died|passed away|passes away|passed on|passed(?= (?:in|last|this|recently|earlier|suddenly|peacefully|a |two |three |four |five |six |few |several |on |at |away|over|$))|passed$|" +
  'death|passing|funeral|lost (?:him|her|them)|we lost|i lost|bereaved|bereavement|widow|widowed|widower|is gone|was taken|gone now|no longer with us|rip)\\b';
const LOSS_OF_OWN = new RegExp(`\\b(?:i|we) (?:recently |just |sadly )?lost ${OWN.slice(2)}|\\b(?:death|passing|loss) of ${OWN.slice(2)}|${OWN}s? (?:death|passing)\\b`);
const OWN_NAMED = new RegExp(OWN);
const DYING_SAID = new RegExp(DYING);
/** A widow or widower, said of oneself. */
const WIDOWED = /\bi (?:am|was|have been|became) (?:a |recently |now |newly )*(?:widow|widower|widowed|bereaved)\b/;
/** Passing something that is not life: an exam, a course, a test, a level. */
const PASSED_A_TEST = /\bpassed (?:her|his|my|their|the|an|a|all|both) (?:\w+ )?(?:exams?|tests?|course|degree|driving|boards|nclex|assessment|interview|probation|level)\b/;
/** Funerals as work, not a loss: "a funeral director for 24 years", "our funeral home", "in funeral service". */
const FUNERAL_WORK = /\bfuneral (?:directors?|homes?|services?|parlou?rs?|business(?:es)?|industry|arrangers?|work(?:ers?)?|celebrants?|trade)\b|\b(?:mortuary|mortician|undertak(?:er|ing))\b/g;
/** Losing what is not a person: a job, weight, the house. */
const LOST_A_THING = /\blost (?:my|our|her|his|their|the|a) (?:job|jobs|house|home|licen[cs]e|place|way|patience|temper|keys|phone|weight|hearing|sight|benefits|contract|shift)\b/;

/** What a loss told is of: someone of the person's own ("my wife"), or null when the message tells of none. */
export function lossTold(raw: string): string | null {
  const text = normalise(raw);
  if (!text) return null;
  if (WIDOWED.test(text)) return 'partner';
  if (LOSS_OF_OWN.test(text) && !LOST_A_THING.test(text)) return ownNamed(text);
  if (!OWN_NAMED.test(text) || !DYING_SAID.test(text.replace(PASSED_A_TEST, ' ').replace(LOST_A_THING, ' ').replace(FUNERAL_WORK, ' '))) return null;
  return ownNamed(text);
}

function ownNamed(text: string): string {
  return new RegExp(`\\b(?:my|our)(?: [a-z]+)*? (${KIN})\\b`).exec(text)?.[1] ?? 'someone';
}
