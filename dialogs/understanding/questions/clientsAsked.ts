import { normalise } from '../core/textMatch';

/**
 * Who care managers' clients are, asked in the person's words ("what sort of people are their clients?", "who do they
 * help?", "what kind of patients do care managers work with?"). The words alone read as advocacy for clients or as the
 * team one works with, neither of which says who the clients are; the guide says it in its opening (people dealing with
 * physical, emotional and social issues, particularly older people and people with complex health conditions) and in
 * its four areas, each named for a group of people.
 */

/** The people served: clients, patients and the like. */
const SERVED = String.raw`(?:clients?|patients?|service users?|customers?|caseload|case load)`;
/** Doing something for the people served ("help", "look after"); "work for" names an employer, not a client. */
const SERVING = String.raw`(?:help|helps|helping|serve|serves|serving|support|supports|supporting|assist|assists|look after|looks after|care for|cares for|take care of|takes care of|work with|works with|deal with|deals with|see|sees)`;
/** Who does it: the care managers, or a pointer at them. */
const WHO_SERVES = String.raw`(?:care managers?|a care manager|they|you|u|we|i|one|people in this job)`;

const ASKS_WHO_THE_CLIENTS_ARE = new RegExp(
  [
    // "who are their clients?", "who are the patients?"
    String.raw`\bwho (?:are|r|is|would be|will be|might be) (?:their|the|your|my|a care manager s|care managers|its) (?:usual |typical |main )?${SERVED}\b`,
    // "what sort of people are their clients?", "what kinds of patients do care managers work with?"
    String.raw`\b(?:what|which) (?:kinds?|sorts?|types?) of (?:people|persons?|folks?|individuals|${SERVED}) (?:are|would be|will be|make up) (?:their|the|your|my|a care manager s|care managers) ${SERVED}\b`,
    String.raw`\b(?:what|which) (?:kinds?|sorts?|types?) of (?:people|persons?|folks?|individuals|${SERVED}) (?:do|does|would|will|can|could|might) ${WHO_SERVES} (?:usually |typically |mostly |normally |actually )?${SERVING}\b`,
    String.raw`\b(?:what|which) (?:kinds?|sorts?|types?) of ${SERVED} (?:do|does|would|will|can|could|might) ${WHO_SERVES} (?:usually |typically |mostly |normally |actually )?(?:have|get|take on|work with|deal with|see)\b`,
    // "who do care managers help?", "who would I be helping?"
    String.raw`\bwho (?:do|does|would|will|can|could|might) ${WHO_SERVES} (?:be )?(?:usually |typically |mostly |normally |actually )?(?:help|helping|serve|serving|support|supporting|assist|assisting|look after|looking after|care for|caring for)\b`,
  ].join('|'),
);

/** True when the message asks who care managers' clients are. */
export function clientsAsked(text: string): boolean {
  return ASKS_WHO_THE_CLIENTS_ARE.test(normalise(text));
}
