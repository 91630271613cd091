/**
 * A job the readers do not know, told as the writer's own ("hi, im a crane operator, 15 yrs", "my actual job is in
 * logistics"): kept in the person's words, as work outside health and social services, so that it is said back as told
 * and weighed with the guide's route instead of being passed over (session 37's crane operator got only a greeting).
 * Only the writer's own, said as held ("I am a", "I work as a", "X here", "I work in X"); never a quality ("I'm a fast
 * learner"), a family role ("I'm a single dad"), or anything of health or care work, which the known jobs read. Pure.
 */
import { normalise } from '../core/textMatch';

/** The id of a job kept in the person's words: the prefix, then the words (aboutYou.ts `jobById` reads it back). */
export const TOLD_JOB_PREFIX = 'told:';

/** The writer saying what they are or were, then the job: "i am a crane operator", "ive been a truck driver for 20 years". */
const SAID_AS_HELD =
  /^(?:(?:hi|hello|hey|so|well|ok|okay|and|but|yeah|honestly|basically|currently|actually)\s+)*(?:i am|im|i m|i ve been|ive been|i have been|been|i was|i work as|i worked as|worked as|working as|i am working as|i m working as|i have worked as|i ve worked as|i used to be)\s+(?:an?|the)\s+((?:[a-z]+ ){0,2}?[a-z]+)(?:\s+(?:for|at|in|with|since|by|of|on|from|and|here|now|these days|at the moment)\b.*)?$/;
/** Introduced by the job alone: "crane operator here", "ex roofer here", "welder here, 12 years". */
const SAID_HERE = /^(?:(?:hi|hello|hey|yo|ok|so)\s+)*(?:ex |former |retired )?((?:[a-z]+ ){0,1}[a-z]+) here$/;
/** Work told by its trade: "my actual job is in logistics", "i work in finance", "my day job is in construction". */
const SAID_AS_A_TRADE =
  /^(?:(?:and|but|so|well|honestly|basically|currently|actually)\s+)*(?:my (?:actual |real |day |current |main |full time |regular |paid )?job is|i (?:actually |currently |still )?work|i ve worked|ive worked|i have worked|i worked) in ([a-z]+(?: [a-z]+)?)(?: (?:for|now|these days|at the moment)\b.*)?$/;

/** The last word of an occupation's name: an operator, an officer, a clerk, a plumber, an electrician, a chef, a pilot. */
const OCCUPATION_HEAD = /(?:er|or|ist|ian|man|woman|men|ic|ant|eer|ard|erk|ef|ot|ier|smith|wright|hand|rep|clerk|guard|agent|analyst|officer|soldier|sailor|marine)$/;
/** Words of that shape that name no occupation: family, qualities, states of life. */
const NOT_AN_OCCUPATION =
  /\b(?:mother|father|brother|sister|daughter|grandmother|grandfather|member|beginner|learner|listener|lover|believer|worrier|thinker|talker|player|person|parent|student|patient|client|resident|veteran|human|christian|muslim|introvert|extrovert|newcomer|changer|owner|survivor|smoker|foreigner|immigrant|migrant|citizen|adult|teenager|fan|idiot|mess|wreck|newbie|noob|amateur|mum|mom|dad|wife|husband|widow|widower|woman|man|gentleman|grandma|grandpa|pensioner|retiree|graduate|grad|dropout|volunteer|caregiver|carer)$/;
/** Words that open a quality or a state, not a job: "a fast learner", "a bit lost", "a people person", "a single dad". */
const NOT_A_JOB_OPENING =
  /^(?:good|great|quick|fast|slow|natural|big|huge|little|bit|total|complete|people|team|single|stay|new|first|second|hard|real|true|proud|full|part|lifelong|life|career|late|early|bad|terrible|very|really|pretty|fairly|kind|sort|lot|mature|returning|busy|working|stay)\b/;
/** Work of health or social care, or near it, which the known jobs read and which is never put as work outside the field. */
const OF_HEALTH_OR_CARE =
  /\b(?:care|caring|health\w*|medic\w*|nurs\w*|doctor|physician|surgeon|dent\w*|hygien\w*|optom\w*|midwi\w*|psych\w*|therap\w*|counsel\w*|social|mental|clinic\w*|hospital\w*|hospice|patients?|rehab\w*|chaplain|minister|pastor|priest|chiropract\w*|audiolog\w*|podiatr\w*|diet\w*|nutri\w*|pharm\w*|paramedic|emt|aide|aides|tech|technician|technologist|doula|lab|case|welfare|support|disabilit\w*|dementia|elder\w*|geriatric|pediatric|aged|coach|teacher|tutor|lecturer|trainer|manager|coordinator|director|administrator|assistant|worker|specialist|advocate|navigator|it)\b/;
/** Trades said as "work in X" that are no trade: the field itself, how one works, or a place. */
const NOT_A_TRADE = /^(?:a|an|the|my|this|that|there|here|it|shifts?|teams?|person|pairs?|groups?|partnership|general|admin|office|education|schools?|home|homes|person|nights?|days?)\b/;

/** The longest job kept in words: the roadmap keeps a job id of at most 40 characters, the prefix with it. */
const MAX_WORDS = 30;

/** The occupation said, when it is one and outside health and care; null otherwise. */
function anOccupation(words: string): string | null {
  const head = words.split(' ').pop() ?? '';
  if (words.length > MAX_WORDS || !OCCUPATION_HEAD.test(head) || NOT_AN_OCCUPATION.test(head) || NOT_A_JOB_OPENING.test(words) || OF_HEALTH_OR_CARE.test(words)) return null;
  return words;
}

/**
 * The job a clause tells as the writer's, in their words ("crane operator", "logistics worker" for "my job is in
 * logistics"); null when the clause tells none, or tells one of health or care work, a quality or a family role.
 */
export function jobInTheirWords(clause: string): string | null {
  const said = normalise(clause);
  const held = SAID_AS_HELD.exec(said)?.[1] ?? SAID_HERE.exec(said)?.[1];
  if (held) return anOccupation(held);
  const trade = SAID_AS_A_TRADE.exec(said)?.[1];
  if (!trade || trade.length > MAX_WORDS || NOT_A_TRADE.test(trade) || OF_HEALTH_OR_CARE.test(trade)) return null;
  return `${trade} worker`;
}
