import type { Activity } from 'botbuilder';
import type { KnowledgeBase } from '../../../knowledge/schema';
import type { UserProfile } from '../../deps';
import { DEFAULT_FEEDBACK_RETENTION_DAYS } from '../../feedbackStore';
import { askButton, flowButton, withButtons, type Button, type Channel } from '../core/cards';
import { GuidedButtons } from './guidedMessages';
import { Messages } from '../core/messages';

/**
 * The welcome for a returning user with saved progress: it names what was saved (the step of the walk, the chosen
 * specialisation, the roadmap) and offers each back as a button, with the same privacy line as the first welcome
 * (what is kept and how to delete it matters more, not less, once something is kept). Undefined when nothing was saved.
 */
export function renderWelcomeBack(
  kb: KnowledgeBase,
  channel: Channel,
  profile: Partial<UserProfile> | undefined,
  keptDays: number = DEFAULT_FEEDBACK_RETENTION_DAYS,
): Partial<Activity> | undefined {
  if (!profile) return undefined;
  const lines: string[] = [];
  const buttons: Button[] = [];
  const total = kb.steps.length;
  const step = typeof profile.lastStep === 'number' ? kb.steps[profile.lastStep - 1] : undefined;
  if (profile.lastStep && step) {
    lines.push(Messages.welcomeBack.step(profile.lastStep, total, step.title));
    buttons.push({ title: GuidedButtons.continueStep(profile.lastStep), value: { action: 'flow', flow: 'careerSteps', step: profile.lastStep }, text: GuidedButtons.continueStep(profile.lastStep) });
  }
  const specialisation = profile.specialisation ? kb.specialisations.find((candidate) => candidate.id === profile.specialisation) : undefined;
  const entry = specialisation ? kb.faqById.get(specialisation.faqId) : undefined;
  if (specialisation) {
    lines.push(Messages.welcomeBack.specialisation(specialisation.name));
    if (entry) buttons.push(askButton(entry));
  }
  if (profile.roadmap && Object.keys(profile.roadmap).length > 0) {
    lines.push(Messages.welcomeBack.roadmap);
    buttons.push(flowButton('roadmap'));
  }
  if (lines.length === 0) return undefined;
  const text = `${[Messages.welcomeBack.greeting, ...lines, Messages.welcomeBack.offer].join(' ')}\n\n${Messages.privacy(keptDays)}`;
  return withButtons(channel, text, [...buttons, ...(step ? [] : [flowButton('careerSteps')])], Messages.welcomeTitle);
}
