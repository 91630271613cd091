/**
 * Whether someone like the writer could do the work, asked with a word of emphasis in it ("could someone like me even
 * do this?", "could someone like me actually do it?"): the same question as without it (knowledge/beyondGuide.ts
 * fitAsked), so it gets who the career suits rather than the answer just given again (tester ut35c, P02 m2).
 */
import { fitAsked, type BeyondAsked } from '../../../knowledge/beyondGuide';
import { normalise } from '../core/textMatch';

/** Words of emphasis that change nothing asked ("even", "actually", "really"). */
const EMPHASIS = /\b(?:even|actually|really|realistically|honestly|ever|possibly)\s+/gi;

/**
 * "Can I do it?" in other words, as a last sentence of its own, normalised ("... I want to be care manager in Canada or
 * US. Pwede po ba?", tester ut38a P06-T2; "is that doable?", "Is it possible for me?"): Tagalog "pwede" or "kaya" with
 * its particles; "possible" or "doable" asked of "it", "that" or "this", with nothing after it but who for; "Realistic?" and
 * "would care management be an option or same problem" (ut39a P07-T1, P09-T1).
 */
export const CAN_I_SAID_OTHERWISE =
  /^(?:(?:so|and|but|ok|okay|po) )*(?:(?:pwede|puwede|pwde|pede|kaya)(?: (?:po|ba|ko|kaya|naman|rin|din|yun|yan|ito))*|(?:is|would|will) (?:it|that|this) (?:be )?(?:possible|doable)(?: for (?:me|someone like me|a person like me))?|(?:(?:is|would) (?:it|that|this|the switch|switching|a switch|the move) (?:even |be )?)?realistic(?: for (?:me|someone like me|a person like me))?(?: or not)?|(?:would|could|is|will) (?:care management|this|it|that|this career|this job) (?:even |be )*(?:an? )?(?:real |good |realistic )?(?:option|possibility|path|way in)(?: for (?:me|someone like me|a person like me))?(?: or (?:not|(?:the )?same (?:problem|thing|story)))?)$/;

/** The fit asked, read without its words of emphasis or in other words; null when the message asks no such thing. */
export function fitAskedLoosely(message: string): BeyondAsked | null {
  const plain = message.replace(EMPHASIS, '');
  if (plain !== message && fitAsked(plain)) return { kind: 'fit' };
  // Alone, "is it possible?" leans on the answer in view: only after what they told, or asked of themselves ("for me").
  const sentences = message.trim().split(/(?<=[.!?,])\s+/);
  const closing = normalise(sentences.at(-1) ?? '');
  if (!CAN_I_SAID_OTHERWISE.test(closing) || (sentences.length < 2 && !/\bfor (?:me|someone like me|a person like me)$/.test(closing))) return null;
  return fitAsked(`${sentences.slice(0, -1).join(' ')} Can I do it?`) ? { kind: 'fit' } : null;
}
