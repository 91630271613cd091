/**
 * Replies to someone further along than the guide's beginner answers assume (session 37, ut37a P08): what they told
 * they hold is used, so a bachelor's they have is not counted again as four years ahead of them.
 */
import { bachelorTold, levelToLeadAsked } from '../understanding/person/levelToLeadAsked';
import { sendLedAnswer } from './situationReplies';
import type { OwnedAsk } from './wholeCaseReplies';

/** The guide's answer on moving up. */
const MOVING_UP_ENTRY = 'advancing';

/** Every sentence these replies say (tests import them). */
export const ExpertMessages = Object.freeze({
  /** A master's asked for a role that leads, by someone with a bachelor's ("would I need a master's for that?"). */
  masterToLead:
    "You have a bachelor's already. The guide says some positions ask for a master's, depending on how much responsibility the role carries. For leading, it suggests training or certification in healthcare administration or leadership, and names a master's or doctorate in healthcare administration as one way to keep developing. Here is its route up:",
});

/** A master's asked for a role that leads, by someone who told of a bachelor's (here or before): the route up, not the degree's years. */
export const masterToLead: OwnedAsk = async (context, deps, part, said) => {
  if (!levelToLeadAsked(part, said)) return null;
  const about = (await deps.profile.get(context))?.about;
  const held = bachelorTold(said) || ((about?.education === 'relevant-degree' || about?.education === 'other-degree') && about.higherDegree !== true);
  const entry = deps.kb.faqById.get(MOVING_UP_ENTRY);
  return held && entry ? () => sendLedAnswer(context, deps, part, ExpertMessages.masterToLead, entry) : null;
};
