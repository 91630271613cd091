/**
 * The key ask a related card would leave unanswered (understanding/questions/halfAsked.ts; session 40, halves40,
 * tester ut40a kind 2): said first and plainly, then the guide's card nearest it; pay on the edge of two levels gets
 * both levels side by side, a condition the guide never names its nearest areas.
 */
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { QuestionTurn } from '../../answerTurn';
import { halfAsked, type HalfAsked } from '../../understanding/questions/halfAsked';
import { channelOf, renderText } from '../core/cards';
import { answeredWith, sendLedAnswered, sendSideBySide } from '../core/entryReplies';
import { Messages } from '../core/messages';
import { sendAreasForTheCondition } from '../person/situationReplies';

/** The lead and the entry shown under it, for the asks one card answers once it is led by what was asked. */
function ledOf(asked: HalfAsked, years: number | null): { lead: string; entry: string } | null {
  switch (asked.kind) {
    case 'area-employers':
      return { lead: Messages.halves.areaEmployers(asked.area), entry: 'where-they-work' };
    case 'visa-internship':
      return { lead: Messages.halves.visaInternship, entry: 'internships' };
    case 'top-skill':
      return { lead: Messages.direct.singledOutNextDoor('communication'), entry: 'communication' };
    case 'nursing-not-wanted':
      return { lead: Messages.halves.nursingNotWanted, entry: 'degree-fields' };
    case 'same-as-case-manager':
      return { lead: Messages.halves.sameAsCaseManager, entry: 'case-management' };
    case 'same-as-own-work':
      return { lead: Messages.halves.sameAsOwnWork, entry: 'role-overview' };
    case 'place-on-ladder':
      return { lead: Messages.halves.placeOnLadder(years), entry: 'junior-care-manager' };
    case 'senior-beside-care-manager':
      return { lead: Messages.halves.seniorBesideCareManager, entry: 'senior-care-manager' };
    default:
      return null;
  }
}

/** The two pay levels that meet at 2 and at 5 years, and the words they are said in. */
const EDGE_LEVELS: Readonly<Record<2 | 5, readonly [string, string, string, string]>> = Object.freeze({ 2: ['salary-entry', 'salary-mid', 'entry level', 'mid level'], 5: ['salary-mid', 'salary-senior', 'mid level', 'senior level'] });

/** The key ask answered in full, then the card nearest it; null when the message asks none of these. */
export async function sendHalfAsked(turn: QuestionTurn): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  const asked = lastRejected ? null : halfAsked(text);
  if (!asked) return null;
  if (asked.kind === 'band-edge') {
    const [lowerId, upperId, lowerName, upperName] = EDGE_LEVELS[asked.years];
    const lower = deps.kb.faqById.get(lowerId);
    const upper = deps.kb.faqById.get(upperId);
    if (!lower || !upper) return null;
    await context.sendActivity(renderText(channelOf(context.activity), Messages.halves.bandEdge(asked.years, lowerName, upperName)));
    await sendSideBySide(context, deps, lower, upper);
    return [answeredWith(text, lower)];
  }
  if (asked.kind === 'condition-area') return [await sendAreasForTheCondition(context, deps, text, { areas: asked.areas, notNamed: asked.condition })];
  const years = asked.kind === 'place-on-ladder' ? ((await deps.profile.get(context))?.about?.years ?? null) : null;
  const led = ledOf(asked, years);
  const entry: FaqEntry | undefined = led ? deps.kb.faqById.get(led.entry) : undefined;
  return led && entry ? sendLedAnswered(context, deps, text, led.lead, entry) : null;
}
