import { ActivityTypes, DeliveryModes, TurnContext, type Middleware } from 'botbuilder';
import type { Logger } from 'pino';

/** A reply slower than this shows "typing…" (Web Chat and Teams both draw it); repeated while the turn goes on. */
export const TYPING = Object.freeze({ delayMs: 400, periodMs: 2500 });

/**
 * Sends a typing activity when a message's reply takes more than a moment, and again every `periodMs` until the
 * first reply goes out. botbuilder's ShowTypingMiddleware keeps typing until the whole turn ends (so a slow state save
 * after the answer shows typing again under it) and sends a failed typing to onTurnError, which apologises to the
 * user for an indicator; this one stops at the first reply and only logs a typing that could not be sent.
 */
export function createTypingIndicator(logger: Logger, timing: { delayMs: number; periodMs: number } = TYPING): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { activity } = context;
      // With expectReplies the replies travel in one response body: an indicator there would arrive with the answer.
      if (activity.type !== ActivityTypes.Message || activity.deliveryMode === DeliveryModes.ExpectReplies) {
        await next();
        return;
      }
      let replied = false;
      let timer: NodeJS.Timeout | undefined;
      const schedule = (delay: number) => {
        timer = setTimeout(() => {
          if (replied) return;
          const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, TurnContext.getConversationReference(activity));
          context.adapter.sendActivities(context, [typing]).then(
            () => schedule(timing.periodMs),
            (error: unknown) => logger.debug({ err: error instanceof Error ? error.message : String(error) }, 'typing indicator not sent'),
          );
        }, delay);
        timer.unref();
      };
      context.onSendActivities(async (_ctx, activities, send) => {
        if (activities.some((sent) => sent.type === ActivityTypes.Message)) {
          replied = true;
          clearTimeout(timer);
        }
        return send();
      });
      schedule(timing.delayMs);
      try {
        await next();
      } finally {
        replied = true;
        clearTimeout(timer);
      }
    },
  };
}
