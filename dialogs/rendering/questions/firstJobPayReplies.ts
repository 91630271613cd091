/**
 * Pay asked of a job the guide names as a way in (understanding/questions/firstJobPaid.ts): the guide gives no figure
 * for it, said plainly, then its entry-level pay for care managers; never "Did you mean one of these?".
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { DialogDeps } from '../../deps';
import { sendLedDecline } from '../person/situationReplies';
import { firstJobPaid } from '../../understanding/questions/firstJobPaid';

/** The guide's pay at the start of the career. */
const STARTING_PAY_ENTRY = 'salary-entry';

export const FirstJobPayMessages = Object.freeze({
  /** "care coordinator sounds good. what does the pay look like for that". */
  notGiven: (job: string): string =>
    `The guide gives no pay figure for a ${job}: its figures are for care managers. It names ${job} among the jobs you can start in on the way. What it gives for a care manager starting out:`,
});

/** When the message (`said`, the whole of it) asks a first job's pay: the guide's silence on it, noted, with the entry-level pay of care managers; else null. */
export async function sendFirstJobPayAsked(context: TurnContext, deps: DialogDeps, text: string, said: string): Promise<Answer | null> {
  const job = firstJobPaid(said);
  return job ? sendLedDecline(context, deps, text, FirstJobPayMessages.notGiven(job), deps.kb.faqById.get(STARTING_PAY_ENTRY)) : null;
}
