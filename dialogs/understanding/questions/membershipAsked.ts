/**
 * Whether the person may join one of the guide's professional organizations, asked of their own case ("Can I join CMSA
 * without degree?", "do I need a degree to join the ACMA", "can students join cmsa"): a yes/no the guide does not answer,
 * since it gives no membership requirements (tester ut31a 27). Pure: true when the message asks it.
 */
import { normalise } from '../core/textMatch';

/** The organizations the guide names, or professional organizations at large. */
const ORGANIZATION = '(?:the )?(?:cmsa|acma|case management society(?: of america)?|american case management association|(?:a |an |any )?(?:professional )?(?:organi[sz]ations?|associations?|societ(?:y|ies)|bodies))';
/** Joining one: "join", "become a member of", "get membership of". */
const JOIN = `(?:join|be a member of|become a member of|get (?:a )?membership (?:of|in|with)|sign up (?:to|for|with))`;
/** Asked of the person's own case: "can I join ... without a degree", "do I need a degree to join", "can students join". */
const ASKED = new RegExp(
  `\\b(?:(?:can|could|may|am i allowed to|is it possible to) (?:i|you|u|students?|anyone|non nurses) ${JOIN} ${ORGANIZATION}\\b.*\\b(?:without|with no|before|if i|while|as a|even)\\b` +
    `|\\b(?:do|would|will) (?:i|you|u) (?:need|have) (?:a |an |to have (?:a |an )?)?(?:degree|license|licence|certification|experience|job|qualification)s? (?:to|before i can|before i) ${JOIN} ${ORGANIZATION}\\b` +
    `|\\bwho can ${JOIN} ${ORGANIZATION}\\b|\\bwhat (?:do i need|does it take|are the requirements) to ${JOIN} ${ORGANIZATION}\\b` +
    `|\\b(?:can|could|may) (?:students?|anyone|non nurses) ${JOIN} ${ORGANIZATION}\\b)`,
);

/** True when the message asks whether, or with what, the writer may join a professional organization. */
export function membershipAsked(message: string): boolean {
  return ASKED.test(normalise(message));
}

/** Others in the field: "people like that", "other care managers", "professionals in the industry", "contacts". */
const PEERS =
  '(?:(?:other|more|some|the|fellow|new|useful|good|right|those|these) )*(?:people|others|care managers|case managers|professionals|healthcare professionals|health professionals|contacts|colleagues|peers|folks|mentors)' +
  '(?: like (?:that|them|those|this|me)| in (?:the|this|that|my) (?:field|industry|line of work|profession|sector|area)| who (?:do|work in|are in) (?:it|this|that|the job|the field))?';
/** Where or how one meets them: "where would i meet people like that", "how do I network with other care managers". */
const PEERS_MET = new RegExp(
  `\\b(?:where|how)\\b(?: [a-z]+){0,4} (?:meet|network with|connect with|get to know|find|make friends with|mix with|rub shoulders with) ${PEERS}(?: (?:then|though|tho|really|exactly|to network|for networking|for that|to talk to))?$`,
);

/**
 * Where to meet others in the field, asked after networking or on its own ("where would i meet people like that?",
 * "how do I connect with other care managers?"; tuned40, followupsBB): the professional organizations, which the guide
 * says offer networking, not the places care managers work. Clients and patients met are the job's, never this.
 */
export function peersToMeetAsked(message: string): boolean {
  return PEERS_MET.test(normalise(message).replace(/\s+$/, ''));
}
