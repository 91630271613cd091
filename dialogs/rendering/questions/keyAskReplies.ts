/**
 * The key ask of a message one word would pull elsewhere (understanding/questions/keyAskRead.ts): said first and
 * plainly, then the guide's answer nearest it; a message of numbered questions, each answered in turn (session 39,
 * misread39, tester ut39a).
 */
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { QuestionTurn } from '../../answerTurn';
import { feedbackUserOf } from '../../feedbackStore';
import { NUMBERED_PART } from '../../turnState';
import * as read from '../../understanding/questions/keyAskRead';
import { channelOf, renderText } from '../core/cards';
import { sendLedAnswered } from '../core/entryReplies';
import { Messages } from '../core/messages';
import { sendLedDecline } from '../person/situationReplies';

/** "1) does my interpreting count as experience? 2) would I need a new degree?": each numbered question answered in turn. */
export async function sendNumberedQuestions(turn: QuestionTurn): Promise<Answer[] | null> {
  const parts = turn.lastRejected ? null : read.numberedQuestions(turn.text);
  if (!parts) return null;
  const answers: Answer[] = [];
  turn.context.turnState.set(NUMBERED_PART, true);
  try {
    for (const part of parts) answers.push(...(await turn.again(part, turn.inView)));
  } finally {
    turn.context.turnState.delete(NUMBERED_PART);
  }
  return answers;
}

/** The lead that says the key ask, and the entry answered beside it; null when the message asks none of these. */
function keyAskOf(text: string, typed: string): { lead: string; entry: string; silent?: true } | null {
  // What the guide is silent on (a criminal past, employers near the person) is a decline, noted, with the nearest it says.
  if (read.criminalRecordAsked(text)) return { lead: Messages.keyAsk.criminalRecord, entry: 'licensing', silent: true };
  if (read.experienceDemandedTold(text)) return { lead: Messages.keyAsk.experienceDemanded, entry: 'gaining-experience' };
  if (read.systemNavigationAsked(text)) return { lead: Messages.keyAsk.systemNavigation, entry: 'role-overview' };
  const terms = read.certificationTermsAsked(text);
  if (terms?.place && !terms.held) return { lead: Messages.keyAsk.certificationFrom(terms.certification.toUpperCase(), terms.place), entry: terms.certification };
  if (terms?.held) return terms.certification === 'ccm' ? { lead: Messages.keyAsk.ccmHeld(terms.held), entry: 'ccm' } : { lead: Messages.keyAsk.cmcHeld(terms.held), entry: 'cmc' };
  const area = read.courseAreaAsked(text);
  if (area) return { lead: Messages.keyAsk.courseArea(area), entry: 'psychiatric' };
  if (read.studySpecificsAsked(text) || read.studySpecificsAsked(typed)) return { lead: Messages.keyAsk.studySpecifics, entry: 'courses' };
  if (read.organisationPickAsked(text)) return { lead: Messages.keyAsk.organisationPick, entry: 'professional-organizations' };
  const job = read.applyingNowAsked(text);
  if (job) return { lead: Messages.keyAsk.applyingNow(job), entry: 'entry-level-jobs' };
  if (read.employerNearAsked(text)) return { lead: Messages.keyAsk.employerNear, entry: 'finding-a-job', silent: true };
  return null;
}

/** The key ask said plainly, then the guide's answer nearest it; dollars asked beside another currency, one plain line. */
export async function sendKeyAsk(turn: QuestionTurn): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  if (lastRejected) return null;
  if (read.dollarsAndOtherCurrencyAsked(text)) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(renderText(channelOf(context.activity), Messages.keyAsk.dollarsOnly));
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [] }];
  }
  // "What would I have to study. Be specific.": the ask for detail may be a sentence of its own, set aside before here.
  const typed = context.turnState.get(NUMBERED_PART) !== true && context.activity.text?.includes(text) ? context.activity.text : text;
  const asked = keyAskOf(text, typed);
  const entry: FaqEntry | undefined = asked ? deps.kb.faqById.get(asked.entry) : undefined;
  if (!asked || !entry) return null;
  if (asked.silent) return [await sendLedDecline(context, deps, text, asked.lead, entry)];
  return sendLedAnswered(context, deps, text, asked.lead, entry);
}
