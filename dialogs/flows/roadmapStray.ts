import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../deps';
import { channelOf } from '../rendering/core/cards';
import { stepFlowAction } from '../rendering/guided/guidedCards';
import { GuidedButtons } from '../rendering/guided/guidedMessages';
import { strayAfterPlanActivity } from '../rendering/guided/planAfterReplies';
import { guidedUpdateAction, planFirstStep } from './roadmapDialog';

/**
 * A stray number (or, with null, an old button) right after the roadmap: said to pick nothing, with the roadmap's first
 * step still to do. The roadmap stays in view, so "which one of those do I do first?" next is still asked of it.
 */
export async function sendStrayAfterPlan(context: TurnContext, deps: DialogDeps, number: number | null): Promise<void> {
  const profile = await deps.profile.get(context);
  const first = profile ? planFirstStep(deps.kb, profile) : null;
  const actions = [...(first ? [stepFlowAction(GuidedButtons.openStep(first.number), first.number)] : []), guidedUpdateAction()];
  await context.sendActivity(strayAfterPlanActivity(channelOf(context.activity), number, first, actions));
  await deps.roadmapShown.set(context, true);
}
