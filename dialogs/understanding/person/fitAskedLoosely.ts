/**
 * Whether someone like the writer could do the work, asked with a word of emphasis in it ("could someone like me even
 * do this?", "could someone like me actually do it?"): the same question as without it (knowledge/beyondGuide.ts
 * fitAsked), so it gets who the career suits rather than the answer just given again (tester ut35c, P02 m2).
 */
import { fitAsked, type BeyondAsked } from '../../../knowledge/beyondGuide';

/** Words of emphasis that change nothing asked ("even", "actually", "really"). */
const EMPHASIS = /\b(?:even|actually|really|realistically|honestly|ever|possibly)\s+/gi;

/** The fit asked, read without its words of emphasis; null when the message asks no such thing. */
export function fitAskedLoosely(message: string): BeyondAsked | null {
  const plain = message.replace(EMPHASIS, '');
  return plain !== message && fitAsked(plain) ? { kind: 'fit' } : null;
}
