/**
 * A copy of the conversation or the plan asked for, to keep or to show someone: "Is there a way I can print all this
 * out to show my manager?", "can I download the steps", "could you email me this", "how do I save my roadmap". The
 * chat prints and sends nothing; the roadmap ends with a checklist ready to copy (rendering/core/messages.ts). Pure.
 */
import { normalise } from '../core/textMatch';

const KEEP = '(?:print|print out|printout|save|download|export|email|e mail|mail|send|copy|keep a copy of|get a copy of|have a copy of|take a copy of|screenshot|pdf)';
/** What is to be kept: this chat, all of it, the answers, the steps, the roadmap or plan. */
const WHAT =
  '(?:(?:all )?(?:of )?(?:this|that|it|these|everything|the lot)|(?:this|the|our|my|your|all the|these) (?:chat|conversation|answers?|info|information|steps|ten steps|10 steps|roadmap|road map|plan|checklist|advice|list))';
const ASKED = new RegExp(
  `\\b(?:(?:can|could|may) i|is there (?:a way|any way|an option) (?:i can|to|for me to)|how (?:do|can|could) i|(?:can|could|will|would) you|i (?:want|would like|need) to|let me|i wanna)(?: (?:please|just|easily))? ${KEEP}(?: (?:me|it|out))? ${WHAT}\\b`,
);

/** True when the message asks how to print, save or send the conversation, its answers or the roadmap. */
export function copyAsked(text: string): boolean {
  return ASKED.test(normalise(text).replace(/\bprint (?:all |this |it |that )?out\b/, (found) => found.replace(' out', '')));
}
