/**
 * Pay asked of a job the guide names as a way in (understanding/questions/firstJobPaid.ts): the guide gives no figure
 * for it, said plainly, then its entry-level pay for care managers; never "Did you mean one of these?".
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../knowledge/answerEngine';
import type { DialogDeps } from '../deps';
import { sendLedDecline } from './situationReplies';

/** The guide's pay at the start of the career. */
const STARTING_PAY_ENTRY = 'salary-entry';

export const FirstJobPayMessages = Object.freeze({
  /** "care coordinator sounds good. what does the pay look like for that". */
  notGiven: (job: string): string =>
    `The guide gives no pay figure for a ${job}: its figures are for care managers. It names ${job} among the jobs you can start in on the way. What it gives for a care manager starting out:`,
});

/** The guide's silence on the job's pay, noted, with the entry-level pay of care managers. */
export function sendFirstJobPay(context: TurnContext, deps: DialogDeps, text: string, job: string): Promise<Answer> {
  return sendLedDecline(context, deps, text, FirstJobPayMessages.notGiven(job), deps.kb.faqById.get(STARTING_PAY_ENTRY));
}
