import { asksPay } from '../../../knowledge/aspects';
import { placeNamed, type BeyondAsked } from '../../../knowledge/beyondGuide';
import type { KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

/** The guide, its answers, or all of what was said, as what is weighed ("your guide", "any of it", "this info"). */
const OF_THE_GUIDE = /\b(?:guide|guides|info|information|advice|answers|any of (?:it|this|that|the guide)|all (?:of )?(?:it|this|that))\b/;
/** Said of what was said, in words that only ask whether it holds there: "does this apply in Ireland?", "is it relevant in Wales". */
const APPLIES = /\b(?:it|this|that|these|any of it)\b.*\b(?:relevant|apply|applies|applicable)\b/;
/** Whether it holds somewhere: "relevant in Scotland", "is the info the same in Kenya". */
const HOLDS = /\b(?:relevant|apply|applies|applicable|valid|useful|hold|holds|true|the same|same|work|works)\b/;
/** The guide said to be written for one country: "seems very American", "is this US based", "only for America". */
const OF_ONE_COUNTRY = /\b(?:american|americans|us based|us centric|us focused|us only|usa|for america|in america|the states|for the us|for us people)\b/;
/** The guide itself named, so that "American" is said of it and not of a degree or a job. */
const THE_GUIDE_NAMED = /\b(?:guide|guides|info|information|advice|answers|this bot|your source|the source)\b/;
/**
 * What was said pointed at as a whole, and said to be of one country: "This is aw American intit", "it's all very US
 * centric", "everything here is for the states". The point is the first words of the message, after a sound.
 */
const ALL_OF_IT_SAID_TO_BE = new RegExp(
  `^(?:(?:but|so|well|hmm+|ugh|wow|ok|okay|och|aye|right|eh|mate|yeah|see|naw|nah)\\s+)*(?:(?:is|are|is not|was) )?(?:this|that|it|these|everything|all (?:of )?(?:this|that|it)|(?:this|that|the) (?:stuff|lot)|your answers?)(?: [a-z]+){0,4}? ${OF_ONE_COUNTRY.source.slice(2, -2).replace(/^\(\?:/, '(?:')}\\b`,
);
/** Words of Scots said around it ("aw" all, "intit" isn't it), read as meant here only. */
const SPOKEN = (text: string): string => text.replace(/\baw\b/g, 'all').replace(/\b(?:intit|innit|int it|in it)\b/g, 'is it not');

/**
 * The guide asked whether it holds in a place, or said to be written for one country: "Your guide seems very American.
 * Is any of it relevant in Scotland?", "does this info apply in the UK?", "is the guide US only?". The guide names no
 * country it is written for; what it ties to a place is said plainly, never "I don't have an answer" and a menu.
 */
export function guideAskedOfAPlace(message: string, kb: KnowledgeBase): boolean {
  const text = SPOKEN(normalise(message));
  if (OF_ONE_COUNTRY.test(text) && (THE_GUIDE_NAMED.test(text) || ALL_OF_IT_SAID_TO_BE.test(text))) return true;
  return ((OF_THE_GUIDE.test(text) && HOLDS.test(text)) || APPLIES.test(text)) && placeNamed(message, kb) === 'elsewhere';
}

/** Places in general, with no one place named: "by state", "between countries", "where you live". */
const PLACES_IN_GENERAL = new RegExp(
  String.raw`\b(?:(?:by|from|between|across|per|with|depending on|based on|according to) (?:the |each |every |your |my )?|(?:each|every|different|another|other|all) )(?:state|states|country|countries|location|locations|region|regions|city|cities|place|places)\b` +
    String.raw`|\b(?:state to state|country to country|place to place|city to city|location|everywhere|where (?:you|i|we|they|one) (?:live|lives|work|works|are|is))\b`,
);
/** Whether it differs, or is the same everywhere: "does pay differ", "do the rules vary", "is it the same everywhere". */
const DIFFERS = /\b(?:differ|differs|different|difference|vary|varies|variation|change|changes|depend|depends|dependent|affect|affects|matter|matters|same everywhere|the same in every|same in all)\b/;

/** Whether something is needed: "is a license needed in every state", "do I need one in all states". */
const NEEDED = /\b(?:need|needs|needed|require|requires|required|necessary|mandatory)\b/;

/**
 * Pay, a license or certification asked whether it differs from place to place, with no place named ("does pay differ
 * by state?", "do licensing rules vary by country?", "does salary depend on location"): the guide names no place's
 * figures or rules, so what it does not say is said plainly with what it does. Null for anything else.
 */
export function placeDifferenceAsked(message: string): BeyondAsked | null {
  const text = normalise(message);
  if (!PLACES_IN_GENERAL.test(text)) return null;
  const licence = /\blicen[cs](?:e|es|ed|ing|ure)\b/.test(text);
  // "is a license needed in every state?" asks the same as whether it differs: the guide says it depends on where you work.
  if (licence && NEEDED.test(text)) return { kind: 'licence-place' };
  if (!DIFFERS.test(text)) return null;
  if (asksPay(message)) return { kind: 'pay-place', elsewhere: true, asked: true };
  if (licence) return { kind: 'licence-place' };
  if (/\b(?:certif\w*|certs?|credentials?|ccm|cmc)\b/.test(text)) return { kind: 'certification-place' };
  return null;
}

/** A certification asked whether it holds where the writer is, with the place only pointed at ("over here", "in my country"). */
const CERTIFICATION_HERE =
  /\b(?:ccm|cmc|certif\w*|credentials?)\b.*\b(?:recogni[sz]ed|recogni[sz]e|valid|accepted|accept|count|counts|worth anything|good)\b.*\b(?:over here|here|where i (?:live|am|work)|in (?:my|this|our) (?:country|part of the world)|abroad|overseas|internationally|outside (?:the )?(?:us|usa|states|america))\b/;

/**
 * A certification asked whether it is recognized where the writer is, the place only pointed at ("Is the CCM recognised
 * over here, do you know?", tester ut36a P11 m2, after she told she lives in London): the guide says nothing of where
 * its certifications are recognized, as for a place named. Null for anything else.
 */
export function certificationHereAsked(message: string): BeyondAsked | null {
  return CERTIFICATION_HERE.test(normalise(message)) ? { kind: 'certification-place' } : null;
}
