/**
 * What a self-introduction says beside where the person stands: a role the guide names among the jobs to start in,
 * pointed to as a way forward ("my DON keeps telling me i should go into case management", "thinking of moving into
 * care coordination"); and what touches on no answer of the guide, a move to another place ("I am relocating to
 * Toronto next year") or a greeting ("Good evening." is no question about evening work) (ut39a P08-T1, P11-T1).
 */
import { sentencesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';

/** Going into a role: "go into", "move into", "get into", "switch to", "try", "look at", "apply for". */
const TOWARDS =
  /\b(?:go|going|goes|move|moving|get|getting|switch|switching|transition|transitioning|step|stepping|head|heading|look|looking|try|trying|apply|applying|branch|branching)\s+(?:in|into|to|towards?|at|for|out into)\s+(?:a\s+|an\s+|the\s+|some\s+)?(case management|case manager|care coordination|care coordinator|coordinating care|case work)\b/;

/** The starting role a message points to as a way forward, in the guide's words ("case manager"), or null. */
export function startingRolePointedTo(said: string): string | null {
  const found = TOWARDS.exec(normalise(said))?.[1];
  if (!found) return null;
  return /^case/.test(found) ? 'case manager' : 'care coordinator';
}

/** A move to another place told: "relocating to Toronto", "we're moving to Canada next year", "emigrating to the UK". */
const MOVE_TOLD = /\b(?:relocat\w*|moving|move|moved|emigrat\w*|immigrat\w*)\s+(?:to|abroad|overseas|countries|country)\b/;

/** A sentence that only greets: "Good evening.", "Hello there!", "Dzien dobry." */
const GREETING_ONLY =
  /^(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|dzien dobry|hola|buenos dias|buenas tardes|bonjour|salaam|salam|namaste)\s*)+(?:there|all|everyone|sir|madam|ma am|friend|team|bot)?$/;

/** The message without what touches on no answer of the guide: its sentences that greet or tell of a move to another place. */
export function withoutAsidesOfTheIntroduction(said: string): string {
  return sentencesOf(said)
    .filter((sentence) => !MOVE_TOLD.test(normalise(sentence)) && !GREETING_ONLY.test(normalise(sentence)))
    .join(' ');
}
