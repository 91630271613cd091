/**
 * An area asked for that is close to the work the writer has just described ("So much of what I do now is sitting with
 * dying patients and grieving families. Is there a specialty close to that?"). "That" is the story, not the answer in
 * view: the reply was the certification in view's "comes closest" line (tester ut35a, P03 m7). When the story points at
 * one of the guide's four areas, the area readers answer it (specialisationMatch.ts); when it points at none, the guide
 * describes no area close to it, which is said plainly before the four (rendering/areaNearReplies.ts). Pure reader.
 */
import type { KnowledgeBase } from '../../../knowledge/schema';
import { sentencesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';
import { areasNamed, matchAreas } from './specialisationMatch';

const AREA = '(?:specialty|specialties|speciality|specialities|speciali[sz]ations?|specialisms?|areas?|fields?|niches?|(?:type|kind|sort)s? of care management)';
const NEAR =
  '(?:close to|closest to|near|nearest to|like|similar to|that is close to|that s close to|that comes close to|that fits|that would fit|that matches|that suits|that covers|that deals with|which fits|which covers|would fit|would suit|fits|suits|covers|matches|is close to|is closest to|comes close to|comes closest to|for)';
const THE_STORY =
  '(?:that|this|it|those|them|what i do|what i m doing|what i am doing|what i do now|my work|my job|that kind of work|that sort of work|this kind of work|that work|this work|work like that|work like this)';
/** "Is there a specialty close to that?", "which area would fit that?", "what kind of care management is like that?". */
const NEAR_ASKED = new RegExp(
  `^(?:(?:so|and|but|ok|okay|hmm|then|well|honestly)\\s+)*(?:is there|are there|is there any|are there any|would there be|do you have|what|which|any) (?:a |an |any |one )?${AREA} (?:would be |might be |is |are )?${NEAR} ${THE_STORY}(?: (?:at all|then|though|tho|in care management))?$`,
);
/** The writer telling of their own work ("I sit with", "what I do now is", "my days are"). */
const TELLS_OWN_WORK = /\b(?:i|i m|i am|i ve|my|what i do)\b/;

/** True when the last sentence asks for an area close to the work told before it, and that work names none of the four. */
export function areaNearTheStoryAsked(kb: KnowledgeBase, said: string): boolean {
  const sentences = sentencesOf(said).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  const question = sentences.at(-1);
  if (!question || sentences.length < 2 || !NEAR_ASKED.test(normalise(question))) return false;
  const story = sentences.slice(0, -1).join(' ');
  if (!TELLS_OWN_WORK.test(normalise(story))) return false;
  return areasNamed(kb, story).length === 0 && matchAreas(kb, story).length === 0;
}
