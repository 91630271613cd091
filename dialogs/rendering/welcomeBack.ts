import type { Activity } from 'botbuilder';
import type { KnowledgeBase } from '../../knowledge/schema';
import type { UserProfile } from '../deps';
import { askButton, flowButton, withButtons, type Button, type Channel } from './cards';
import { GuidedButtons } from './guidedMessages';
import { Messages } from './messages';

/**
 * The welcome for a returning user with saved progress: it names what was saved (the step of the walk, the chosen
 * specialisation, the roadmap) and offers each back as a button. Undefined when nothing was saved (the first welcome).
 */
export function renderWelcomeBack(kb: KnowledgeBase, channel: Channel, profile: Partial<UserProfile> | undefined): Partial<Activity> | undefined {
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
  return withButtons(channel, [Messages.welcomeBack.greeting, ...lines, Messages.welcomeBack.offer].join(' '), [...buttons, ...(step ? [] : [flowButton('careerSteps')])], Messages.welcomeTitle);
}
