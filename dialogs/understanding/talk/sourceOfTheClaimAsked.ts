/**
 * Where the guide says what the last reply said, asked of it ("Where does it say that?", "where did you read that?",
 * "says who?", "which part of the guide says so?"). It asks of the reply, not where care managers work: "where" alone
 * sent it to the workplaces (tester ut35a, P10 m2, as the second half of "Wait, yes they need to be bilingual? Where does
 * it say that?"). Pure reader; the figures' own source ("where do your salary numbers come from?") is
 * figureDoubted.ts's.
 */
import { normalise } from '../core/textMatch';

const SOURCE_OF_THE_CLAIM = [
  /^(?:(?:wait|but|ok|okay|so|and|hmm+|really|sorry)\s+)*where (?:does|did|do) (?:it|the guide|your guide|that|you) (?:actually |really |even )?(?:say|says|mention|state|read) (?:that|so|this|it)\b/,
  /^(?:(?:wait|but|ok|okay|so|and|hmm+|really|sorry)\s+)*where (?:did|do) you (?:get|read|see|find|hear) (?:that|this|it)\b/,
  /^(?:(?:wait|but|ok|okay|so|and|hmm+|really|sorry)\s+)*where (?:is|s) (?:that|this|it) (?:in the guide|written|said|from)\b/,
  /^(?:(?:wait|but|ok|okay|so|and|hmm+|really|sorry)\s+)*where in the guide (?:is (?:that|this|it)|does it say (?:that|so|this)|did you (?:get|read|see|find) (?:that|this|it))\b/,
  /^(?:(?:wait|but|ok|okay|so|and|hmm+|really|sorry)\s+)*(?:which|what) (?:part|section|page|bit) of the guide (?:says|said|is|mentions) (?:that|so|this|it)\b/,
  /^(?:(?:wait|but|ok|okay|so|and|hmm+|really|sorry)\s+)*(?:says who|who says (?:so|that))$/,
  /^(?:(?:wait|but|ok|okay|so|and|hmm+|really|sorry)\s+)*where (?:does|did) (?:that|this) come from$/,
];

/** True when the message, or one of its questions, asks where the guide says what was just said. */
export function sourceOfTheClaimAsked(text: string): boolean {
  const said = normalise(text);
  return SOURCE_OF_THE_CLAIM.some((pattern) => pattern.test(said));
}
