/**
 * A kind of care the guide never names, asked whether care managers deal with it ("Do care managers deal with dental
 * stuff at all?", tester ut40a P02): the engine reads the verb ("deal with") as the stress answer. The kind, in plain
 * words, so the reply can say the guide does not name it and give what it says care managers coordinate. Pure.
 */
import { normalise } from '../core/textMatch';

/** Kinds of care the guide never names, each with the words people use for it. */
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:dental|dentistry|dentists?|teeth|tooth|oral health|orthodont\w*)\b/, 'dental care'],
  [/\b(?:eye care|eyes|vision|eyesight|optometr\w*|optician\w*|ophthalm\w*)\b/, 'eye care'],
  [/\b(?:hearing|audiolog\w*|hearing aids?)\b/, 'hearing care'],
  [/\b(?:foot care|feet|podiatr\w*|chiropod\w*)\b/, 'foot care'],
  [/\b(?:chiropract\w*)\b/, 'chiropractic care'],
  [/\b(?:physio|physiotherapy|physical therapy)\b/, 'physical therapy'],
];

/** Care managers asked whether they deal with it: "do care managers deal with", "would I handle", "is X part of the job". */
const DEAL_WITH = /\b(?:(?:do|does|would|will|can|could|might) (?:care managers?|case managers?|they|you|i|a care manager|one)(?: ever| also| actually| really)? (?:deal with|handle|cover|coordinate|arrange|do|get involved (?:in|with)|work (?:with|on)|help with|look after|manage|touch|involve|include|see)|(?:is|are) (?:there )?(?:any )?.{0,30}\b(?:part of|involved in|included in) (?:the|their|a care manager s|care management|it)|any (?:overlap|link) with)\b/;

/** The kind of care asked of, in plain words, when the guide never names it and care managers are asked whether they deal with it. */
export function careKindUnnamedAsked(text: string): string | null {
  const said = normalise(text);
  if (!DEAL_WITH.test(said)) return null;
  return KINDS.find(([words]) => words.test(said))?.[1] ?? null;
}
