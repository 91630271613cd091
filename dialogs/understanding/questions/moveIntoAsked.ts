/**
 * The move into the career asked in the writer's words, which the engine reads by a keyword: "could i move into care
 * coordination?" (what coordinating services is), "I'm curious what the jump would look like" (a care manager's day),
 * "how do I make the jump to an actual care manager title?" (tester ut36a, P09 m1 and P08 m1; ut35a P08 m1). Put as the
 * question the route readers answer from what the writer told: whether they could become one, or what is left for
 * them (person/ownRouteAsked.ts). "Reckon I could step up into care coordination?" is getting in, not the guide's step
 * 10 on advancing beyond care manager (tester ut38a P09 m2). Pure reader.
 */
import { normalise } from '../core/textMatch';

const THE_CAREER = '(?:care|case) (?:coordination|management|manager|managers|coordinator|coordinators|mgmt)(?: roles?| jobs?| work| positions?| titles?)?';
/** "could i move into care coordination?", "can I get into case management?": whether they could. */
const MOVE_INTO = new RegExp(
  `\\b(?:(?:could|can|would|will|might) (?:i|someone like me|a person like me)|(?:reckon|think|guess|suppose|wonder if|wondering if|do you think|is it possible) (?:that )?(?:i|someone like me) (?:could|can|might|would be able to)) (?:realistically |really |actually |even |ever |still |eventually )?(?:move|get|go|switch|transition|break|step|transfer|cross over|make the (?:jump|move|switch))(?: up| across| sideways| over)? (?:in|into|over to|to|over into) (?:a |an )?${THE_CAREER}\\b`,
);
/** "what the jump would look like", "how do I make the jump to an actual care manager title?": what is left of the route. */
const JUMP_LOOKS =
  /\bwhat (?:the|that|a|my|this) (?:jump|switch|move|transition|change|leap|pivot) (?:would|will|could|might) (?:look|be) like\b|\bwhat (?:would|will|could|might|does) (?:the|that|a|my|this) (?:jump|switch|move|transition|leap|pivot) (?:look|be) like\b|\bhow (?:would|will|could|do|can|should) i make (?:the|that|this) (?:jump|switch|move|transition|leap|pivot)\b|\bwhat (?:should|do|would|must|could) i (?:be )?(?:doing|do) to make (?:the|that|this) (?:jump|switch|move|transition|leap|pivot)\b/;

/**
 * Getting there without more school, asked with a pointer ("real talk tho, could i get there without going back to
 * school" after the directors' pay, tester ut36a P09 m7): the route without a degree, not the pay in view again.
 */
const THERE_WITHOUT_SCHOOL =
  /\b(?:could|can|would|will|might|is it possible to) (?:i|you|someone|one)? ?(?:still |ever |even |actually |realistically )?(?:get there|get that far|reach (?:that|it|there)|get to that level) (?:without|with no|with out) (?:going back to |returning to |get |getting |doing |more |any more |another )?(?:a |the )?(?:school|college|uni|university|degree|bachelor s|bachelors|studying|study)\b/;

/**
 * Becoming one without nursing school or a degree, asked with words between ("Could I become a case manager on the
 * insurance side without going to nursing school?", tester ut33a P09 m1, got "I don't have an answer"): the route
 * without a degree, which says a degree in healthcare or social work isn't strictly required.
 */
const BECOME_WITHOUT_SCHOOL = new RegExp(
  `\\b(?:could|can|would|will|might) (?:i|someone like me|a person like me|you) (?:still |ever |even |actually |realistically |really )?(?:become|be|work as|get hired as|get a job as) (?:a |an )?${THE_CAREER}\\b(?: \\w+){0,6} (?:without|with no|with out) (?:going (?:back )?to |returning to |doing |getting |having |a |an )*(?:nursing school|nursing|a nursing degree|(?:being|becoming) a nurse|an? (?:rn|bsn)|school|college|uni|university|a degree|degree)\\b`,
);

/** The route without a degree, asked as the engine answers it. */
const WITHOUT_A_DEGREE = 'can I become a care manager without a degree?';

/** The question as the route readers take it, or null when the message asks none of these. */
export function moveIntoAsked(text: string): string | null {
  const said = normalise(text);
  if (JUMP_LOOKS.test(said)) return 'what is left for me?';
  if (THERE_WITHOUT_SCHOOL.test(said)) return WITHOUT_A_DEGREE;
  // Read again as put, the question must not be put once more.
  if (BECOME_WITHOUT_SCHOOL.test(said)) return said === normalise(WITHOUT_A_DEGREE) ? null : WITHOUT_A_DEGREE;
  return MOVE_INTO.test(said) ? 'could I become a care manager?' : null;
}
