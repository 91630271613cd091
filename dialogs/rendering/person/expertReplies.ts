/**
 * Replies to someone further along than the guide's beginner answers assume (session 37, ut37a P08): what they told
 * they hold is used, so a bachelor's they have is not counted again as four years ahead of them.
 */
import { bachelorTold, levelToLeadAsked } from '../../understanding/person/levelToLeadAsked';
import { Messages } from '../core/messages';
import { sendLedAnswer } from './situationReplies';
import type { OwnedAsk } from './wholeCaseReplies';

/** The guide's answer on moving up. */
const MOVING_UP_ENTRY = 'advancing';

/** A master's asked for a role that leads, by someone who told of a bachelor's (here or before): the route up, not the degree's years. */
export const masterToLead: OwnedAsk = async (context, deps, part, said) => {
  if (!levelToLeadAsked(part, said)) return null;
  const about = (await deps.profile.get(context))?.about;
  const held = bachelorTold(said) || ((about?.education === 'relevant-degree' || about?.education === 'other-degree') && about.higherDegree !== true);
  const entry = deps.kb.faqById.get(MOVING_UP_ENTRY);
  return held && entry ? () => sendLedAnswer(context, deps, part, Messages.masterToLead, entry) : null;
};
