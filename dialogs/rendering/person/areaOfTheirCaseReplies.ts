/**
 * An area of care asked of their own case ("Could I specialise in psychiatric care management with my background?"):
 * what they told weighed against the guide's route first (their degree against its fields, their work against the
 * experience it describes), then that area's answer, which says what extra it takes (ut40a P12-T9: the area's card alone).
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { DialogDeps, KnownAboutYou } from '../../deps';
import { sendLedAnswered } from '../core/entryReplies';
import { jobById } from '../../understanding/person/aboutYou';
import { areaAskedOfTheirCase } from '../../understanding/person/areaOfTheirCase';
import { specialisationById } from '../../understanding/questions/specialisationMatch';
import { CaseWeighedMessages } from './caseWeighedReplies';

/** Every sentence this reply says of its own, in one place (tests import them). */
export const AreaOfTheirCaseMessages = Object.freeze({
  lead: 'Set against what you have told me:',
  work: (job: string): string => `Your work as ${/^[aeiou]/i.test(job) ? 'an' : 'a'} ${job} is experience in health or social services, the kind its route asks for.`,
  area: (area: string): string => `And what it takes for ${area} in particular:`,
});

/** Their degree against the guide's fields, as a line; nothing when their education is untold or still under way. */
function educationLine(known: KnownAboutYou): string | null {
  switch (known.education) {
    case 'relevant-degree':
      return CaseWeighedMessages.education.relevant;
    case 'other-degree':
      return CaseWeighedMessages.education.other;
    case 'diploma':
      return known.diplomaKind === 'associate' ? CaseWeighedMessages.education.associate : CaseWeighedMessages.education.none;
    case 'school':
    case 'none':
      return CaseWeighedMessages.education.none;
    default:
      return null;
  }
}

/** The lines of their case: null when nothing they told bears on it. */
export function caseLinesForAnArea(known: KnownAboutYou | undefined): string[] | null {
  if (!known) return null;
  const job = known.job !== undefined ? jobById(known.job) : null;
  const lines = [educationLine(known), job?.inField ? AreaOfTheirCaseMessages.work(job.title) : null].filter((line): line is string => line !== null);
  return lines.length > 0 ? lines : null;
}

/** The reply; null (nothing sent) when no single area is asked of their case, or nothing of their case is known. */
export async function sendAreaOfTheirCase(context: TurnContext, deps: DialogDeps, text: string, known: KnownAboutYou | undefined): Promise<Answer[] | null> {
  const area = areaAskedOfTheirCase(text, deps.kb);
  const lines = area ? caseLinesForAnArea(known) : null;
  if (!area || !lines) return null;
  const spec = specialisationById(deps.kb, area);
  const entry = deps.kb.faqById.get(spec.faqId);
  if (!entry) return null;
  const name = `${spec.name.charAt(0).toLowerCase()}${spec.name.slice(1)}`;
  return sendLedAnswered(context, deps, text, `${AreaOfTheirCaseMessages.lead}\n\n${lines.map((line) => `- ${line}`).join('\n')}\n\n${AreaOfTheirCaseMessages.area(name)}`, entry);
}
