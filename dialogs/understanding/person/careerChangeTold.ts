/**
 * What a person tells of their own case beside a question the stock answer gives everyone: a career change from work
 * outside health care ("i own a little hair salon, 2 chairs. thinking about a career change", tester ut35a P02 m1), and
 * the skills they may lack ("what skills do they need that I probably don't have", P05 m4). Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';
import { tellsOfCareWork } from './aboutYou';

/** A change of career told or weighed ("thinking about a career change", "want to switch careers", "a new career"). */
const CAREER_CHANGE =
  /\b(?:career (?:change|switch|move|pivot)|chang\w* (?:my )?(?:career|careers|jobs|fields?)|switch\w* (?:my )?(?:career|careers|fields?|jobs)|(?:a )?new career|second career|(?:get|getting|move|moving) out of (?:hair|retail|hospitality|sales|teaching|the salon|my (?:job|field|industry)))\b/;
/** Their own work told: owning or running a business, working as or in something, "I'm a ...", "I do ...". */
const OWN_WORK = /\bi (?:own|run|ran|owned|manage|work (?:as|in|at)|worked (?:as|in|at)|do|am an?|m an?|have been an?|ve been an?)\b|\bim an?\b/;
/** A thing of the career asked by name, which its own answer gives ("what does it pay", "how long"). */
const ASKS_A_THING = /\b(?:pay|paid|salary|earn|make|how long|how many|stress\w*|hours|certif\w*|licen[cs]\w*|degree|speciali[sz]\w*|what (?:does|do) (?:a |they |care managers )|where)\b/;

/**
 * A career change told by someone whose own work, told in the message, is outside health care, with nothing of the
 * career asked by name: true when so.
 */
export function careerChangeFromOtherWork(text: string): boolean {
  const t = normalise(text);
  return CAREER_CHANGE.test(t) && OWN_WORK.test(t) && !ASKS_A_THING.test(t.replace(CAREER_CHANGE, ' ')) && !tellsOfCareWork(text);
}

/** Skills asked of, as ones the writer may lack ("that I probably don't have", "what am I missing skill-wise", "my gaps"). */
const SKILLS = /\bskills?\b|\bskill wise\b|\bskillset\b/;
const LACKED =
  /\b(?:that|which) i (?:probably |might |may |likely |prob |probs )?(?:don t|dont|do not|wouldn t|wouldnt) (?:yet )?(?:have|know)\b|\bi (?:probably |might |may |likely )?(?:don t|dont|do not) (?:yet )?have(?: yet| already| now)?$|\bi (?:lack|m missing|am missing|m lacking|am lacking)\b|\b(?:am i|would i be|will i be|i d be|i would be) (?:missing|lacking)\b|\b(?:i (?:d|would|will)|(?:would|will|do) i) (?:need|have) to (?:learn|build|develop|pick up)\b|\b(?:my )?(?:gaps?|weak (?:spots?|points?|areas?))\b/;

/** Skills asked of as ones the writer may lack: true when so. */
export function skillsLackedAsked(text: string): boolean {
  const t = normalise(text);
  return SKILLS.test(t) && LACKED.test(t);
}
