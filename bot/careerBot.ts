import { ActivityHandler, type Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase } from '../knowledge/schema';

export interface CareerBotDeps {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  storage: Storage;
  logger: Logger;
}

/** PLACEHOLDER until the dialogs land: the real bot runs the root dialog and saves state. */
export class CareerBot extends ActivityHandler {
  constructor(readonly deps: CareerBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      const answer = deps.engine.answer(context.activity.text ?? '');
      await context.sendActivity(answer.entry?.answer ?? 'I do not cover that.');
      await next();
    });
  }
}

export function createCareerBot(deps: CareerBotDeps): CareerBot {
  return new CareerBot(deps);
}
