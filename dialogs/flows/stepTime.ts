import type { CareerStep, FaqEntry, KnowledgeBase } from '../../knowledge/schema';
import { asksDuration } from '../../knowledge/aspects';
import { containsPhrase, normalise } from '../understanding/core/textMatch';
import { parseStepCommand } from '../understanding/core/stepNavigation';

/** The guide's entry on how long the whole route takes; its bullets give the time of the steps that have one. */
export const HOW_LONG_FAQ_ID = 'how-long';

/** The whole route asked for, not one step: "how long does it take to become one", "how long will all that take". */
const WHOLE_ROUTE =
  /\b(?:become|becoming|qualify|qualified|whole|overall|entire|altogether|in total|total|all (?:of )?(?:that|this|it|the steps|ten|10)|start to finish|from scratch|the route|the process|the path|journey|proper care manager|until|til|till|get there|be one)\b/;
/**
 * Their own way to the job, asked with the degree left out or the job itself named ("how long before I could get hired
 * as one, with no degree?"): the whole route for them, never the degree step's time (tester ut34a, truck #11).
 */
const OWN_WAY_TO_THE_JOB = /\b(?:no|without (?:a |any |the )?|skip(?:ping)? (?:the )?)(?:degree|college|uni|university|bachelor s?|bachelors)\b|\b(?:get|be|getting) hired\b|\bland (?:a|the) job\b/;
/** A level of the career ladder named: its years are the ladder's ("how many years is senior"), not a step's. */
const LADDER_LEVEL = /\b(?:senior|mid|junior|entry|director|directors|executive|vp|vice president|chief|level|levels)\b/;
/** The step on screen pointed at: "this step", "that stage", "this part", "a degree like that". */
const THIS_STEP = /\b(?:this|that|the) (?:step|stage|part|bit|one)\b|\blike that\b/;
/** The step on screen pointed at more loosely, only while its card is the last thing shown: "how long does it take". */
const IT = /\b(?:it|this|that)\b/;

/** What a question of time in the walk asks about: the step, and whether the guide gives its time (its lines). */
export interface StepTime {
  step: CareerStep;
  /** The lines of the guide's route that are this step's time; empty when the guide gives none for it. */
  lines: readonly string[];
  /** The whole route, the entry the reply goes on with. */
  entry: FaqEntry;
}

/**
 * A question of how long one step takes, asked in the walk: the step named by number or by its subject ("how long is
 * the degree" is step 2's, "how long does the CCM take" step 5's), else the step in view when pointed at ("how long does
 * this step take"; "how long does it take" only while its card is on screen). Null when the question asks about the
 * whole route ("how long does it take to become one") or is not one of time.
 */
export function stepTimeAsked(kb: KnowledgeBase, text: string, inView: number, cardOnScreen: boolean): StepTime | null {
  const said = normalise(text);
  const entry = kb.faqById.get(HOW_LONG_FAQ_ID);
  if (!entry || !asksDuration(said) || WHOLE_ROUTE.test(said) || OWN_WAY_TO_THE_JOB.test(said) || LADDER_LEVEL.test(said)) return null;
  const step = stepNamed(kb.steps, entry, text, said, inView) ?? (THIS_STEP.test(said) || (cardOnScreen && IT.test(said)) ? kb.steps[inView - 1] : undefined);
  return step ? { step, lines: timeLinesOf(step, entry), entry } : null;
}

/** The step a text names: by number ("step 5"), else by one of its keywords, the step in view first. */
function stepNamed(steps: readonly CareerStep[], entry: FaqEntry, text: string, said: string, inView: number): CareerStep | undefined {
  const numbered = /\bstep (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(said);
  if (numbered) {
    const command = parseStepCommand(numbered[0], steps, true);
    return command?.kind === 'goto' ? steps[command.step - 1] : undefined;
  }
  // A step other than the one in view, named by its subject, only when the guide gives its time ("how long is the
  // degree" at step 5); otherwise the question is the guide's to answer as asked.
  const named = steps.filter((step) => step.keywords.some((keyword) => containsPhrase(text, keyword)));
  return named.find((step) => step.number === inView) ?? named.find((step) => timeLinesOf(step, entry).length > 0);
}

/** The bullets of the route that speak of this step (a bullet naming one of its keywords: "a bachelor's degree"). */
function timeLinesOf(step: CareerStep, entry: FaqEntry): string[] {
  const bullets = entry.answer.split('\n').flatMap((line) => (/^\s*[-*] /.test(line) ? [line.replace(/^\s*[-*] /, '').trim()] : []));
  return bullets.filter((bullet) => step.keywords.some((keyword) => containsPhrase(bullet, keyword)));
}
