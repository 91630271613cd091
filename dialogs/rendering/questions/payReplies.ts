/**
 * The steps of the chain (answerTurn.ts) on pay: their own pay in another currency, pay by workplace, pay the thing in
 * view does not come with, the next rise, their pay weighed, the pay of the role in view.
 */
import { type Answer } from '../../../knowledge/answerEngine';
import { ownPayInAnotherCurrency } from '../../../knowledge/beyondGuide';
import { channelOf, flowButton, renderText, withButtons } from '../core/cards';
import { renderNoFigure } from '../beyond/nearby';
import { feedbackUserOf } from '../../feedbackStore';
import { payRiseInView } from '../../understanding/core/followUp';
import { payBySettingAsked } from '../../understanding/questions/payBySettingAsked';
import { Messages } from '../core/messages';
import { payCutRemarked } from '../../understanding/talk/payCutRemarked';
import { salaryRange } from '../guided/guidedCards';
import { answeredWith, sendAnswered, sendLedAnswered, sendSideBySide } from '../core/entryReplies';
import { payCeilingAsked } from '../../understanding/questions/payCeilingAsked';
import { sendLedDecline } from '../person/situationReplies';
import { declinedAbout } from '../../turnState';
import { payOfRoleInView, unpaidInView } from '../../understanding/inView/answerInView';
import { PAY_ENTRY, payAgainstOwnSent, weighsOwnPay } from '../../understanding/person/situationAsked';
import type { TurnInView, TurnAskingOfTheView } from '../../answerTurn';


/** Their own pay told in another currency and weighed ("would i take a pay cut? i'm on £38k"); never after a miss. */
export const foreignPayTold = (turn: TurnInView): string | null => (turn.lastRejected ? null : ownPayInAnotherCurrency(turn.said, turn.text));

/** Their own pay in another currency: the guide's figures are in dollars, said first, then those figures. */
export async function sendOwnPayInAnotherCurrency(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text } = turn;
  const foreignPay = foreignPayTold(turn);
  // in dollars, said first, then those figures, never a guess at the sum's worth in dollars.
  const payTable = foreignPay ? deps.kb.faqById.get(PAY_ENTRY) : undefined;
  if (foreignPay && payTable) {
    return sendLedAnswered(context, deps, text, Messages.beyond.payOwnInAnotherCurrency(foreignPay), payTable);
  }
  return null;
}

/**
 * A rueful remark on a pay cut ("so i'd take like a 60% pay cut. cool cool"): at the start, quite possibly, with where
 * pay starts, every band above it, and that certification may raise it; the pay ladder offered.
 */
export async function sendPayCutRemarked(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  const payTable = lastRejected || !payCutRemarked(turn.said) ? undefined : deps.kb.faqById.get(PAY_ENTRY);
  const [first, ...higher] = deps.kb.salaries;
  if (!payTable || !first || higher.length === 0) return null;
  const bands = higher.map((level) => `${level.shortTitle} ${salaryRange(level)}`).join('; ');
  await context.sendActivity(withButtons(channelOf(context.activity), Messages.payCutAtFirst(salaryRange(first), bands), [flowButton('salaryLadder')]));
  return [answeredWith(text, payTable)];
}

/** Pay asked of a workplace: the guide has no such figure, a decline with the pay it gives. */
export async function sendPayBySetting(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // Pay asked of a workplace ("do care managers at insurance companies get paid more than hospital ones?"): none given.
  const settings = lastRejected || foreignPayTold(turn) ? [] : payBySettingAsked(text);
  const payBySetting = settings.length > 0 ? deps.kb.faqById.get(PAY_ENTRY) : undefined;
  // The guide has no such figure: a decline (noted for the guide), with the pay it does give.
  if (payBySetting) return [await sendLedDecline(context, deps, text, Messages.beyond.payBySettingNotGiven(settings), payBySetting)];
  return null;
}

/** The guide's top pay bands, the director's and the vice president's. */
const CEILING_ENTRIES: readonly string[] = ['salary-director', 'salary-vp'];

/** How high pay goes ("And the ceiling if I move up to director?"): the director's and VP's bands, never moving up without pay (ut40a P07-T8). */
export async function sendPayCeiling(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, said, lastRejected } = turn;
  // Their own pay told beside it ("... at the top end? i'm on $85,000") is weighed by the steps on their own pay.
  const [director, vp] = lastRejected || !payCeilingAsked(text) || !payCeilingAsked(said) ? [] : CEILING_ENTRIES.map((id) => deps.kb.faqById.get(id));
  if (!director || !vp) return null;
  await context.sendActivity(renderText(channelOf(context.activity), Messages.direct.payCeiling));
  await sendSideBySide(context, deps, director, vp);
  return [answeredWith(text, director), answeredWith(text, vp)];
}

/** The pay beside the role in view ("what's that pay?" after what a director does). */
export async function sendPayOfRoleInView(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, last, asksOne } = turn;
  // "what's that pay?" after what a director does, "numbers?" after the career path: the pay beside the role in view.
  const rungPay = asksOne ? payOfRoleInView(deps, text, last) : undefined;
  if (rungPay) return sendAnswered(context, deps, text, rungPay);
  return null;
}

/** Pay asked of a thing in view the guide gives no pay for: said so plainly. */
export async function sendUnpaidInView(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last, before } = turn;
  // Pay asked of the thing in view, which the guide gives no pay for ("do they pay" after internships): said so plainly.
  // Not of an answer said to miss ("wrong. salary. how much" asks the salary).
  const unpaid = lastRejected ? [] : unpaidInView(text, last, before);
  if (unpaid.length > 0) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, unpaid[0]);
    await context.sendActivity(renderNoFigure(unpaid, channelOf(context.activity)));
    return [{ question: text, kind: 'no-match', declined: 'no-figure', answered: false, entry: null, score: 0, alternatives: unpaid.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  return null;
}

/** "how long until it goes up?" after a level's pay: the next level's pay. */
export async function sendNextPay(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, lastId } = turn;
  // "how long until it goes up?" after a level's pay: the next level's pay and the years it comes with.
  const risen = payRiseInView(text, lastId);
  const nextPay = risen ? deps.kb.faqById.get(risen) : undefined;
  if (nextPay) return sendAnswered(context, deps, text, nextPay);
  return null;
}

/** Pay weighed against the writer's own: what the guide's levels say against it, then that level. */
export async function sendPayWeighed(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, said } = turn;
  // Pay weighed against the writer's own ("I make about 62k, would I take a big pay cut?"), or a sum to reach asked how
  // long it takes ("how many years till I'm back over 60k?"): what the guide's levels say against it, then that level.
  // Their pay told in an earlier message ("I make 55k with tips", then "would I earn more?"): weighed against that sum.
  const toldBefore = lastRejected || !weighsOwnPay(text) ? undefined : await deps.payTold.get(context);
  const payWeighed = lastRejected ? null : (payAgainstOwnSent(deps, text, said) ?? (toldBefore ? payAgainstOwnSent(deps, text, `${toldBefore} ${said}`) : null));
  if (payWeighed) {
    return sendLedAnswered(context, deps, text, payWeighed.lead, payWeighed.level);
  }
  return null;
}
