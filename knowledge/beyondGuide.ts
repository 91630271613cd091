import { asksDuration, asksPay, placesOf } from './aspects';
import { containsPhrase } from './phrases';
import type { FaqEntry, KnowledgeBase } from './schema';
import { normaliseText } from './text';

/**
 * Questions the guide answers only around their edges, read so the reply can say plainly what it does not cover before
 * (or instead of) what it does: whether its pay holds for a country or is in a currency, a person's age, a
 * qualification gained in another country, and whether someone with the writer's background could do the work. Pure
 * reading of the words (and of the answer in view); dialogs/answerTurn.ts decides what is shown.
 */
export type BeyondAsked =
  /** Pay asked of a place or a currency ("is this money for the USA?", "in Poland is it different?", "is that in euros"). */
  | {
      kind: 'pay-place';
      elsewhere: boolean;
      /** The pay itself asked in another currency or of the place that pays most ("how much in euro", "which state pays the most"). */
      asked?: boolean;
    }
  /** A qualification from another country weighed ("I'm a nurse in Colombia, is my title valid here?"). */
  | { kind: 'foreign-qualification' }
  /** Whether the writer could do the work ("could someone like me do this?"), after a story or not. */
  | { kind: 'fit' }
  /**
   * Whether the writer would have to study again ("as a nurse would I need to go back to uni"), with the field of the
   * background told when it is one the guide names for the degree (nursing, social work).
   */
  | { kind: 'more-study'; field?: string }
  /** Pay weighed against another job's ("what's the pay like compared to teaching?"), which the guide gives none for. */
  | { kind: 'pay-against-job' }
  /** A licence asked of a place ("in Poland do I need a licence?"): the guide says it depends on where you work. */
  | { kind: 'licence-place' }
  /** A certification asked of a place or a country's own ("is there a german certificate", "can I get certified in Spain"). */
  | { kind: 'certification-place' }
  /** The writer's nationality, citizenship or right to work weighed ("I'm Ukrainian, is that a problem?"). */
  | { kind: 'nationality' };

/** A word of money or its figures, which a place asked of them is asked of. */
const MONEY_WORDS = /\b(?:money|figures?|numbers|amounts?|salary|salaries|pay|wages?|dollars?|dollers?|dolars?|income|earnings)\b/;
/** A currency named, or the currency asked ("is that american dollars", "what currency", "is it in usd"). */
const CURRENCY = /\b(?:dollars?|dollers?|dolars?|usd|euros?|eur|pounds?|gbp|sterling|currency|currencies|cad|aud|pesos?|rupees?|zloty|zlotys|naira|rands?|yen)\b|\bamerican (?:money|figures|numbers|salaries|salary|pay|wages)\b/;
/** A currency other than the guide's dollars. */
const OTHER_CURRENCY = /\b(?:euros?|eur|pounds?|gbp|sterling|pesos?|rupees?|zloty|zlotys|naira|rands?|yen|francs?|krona|kronor|krone)\b/;
/** Which country the figures are for ("which country is this for", "where are these figures from"). */
const WHICH_PLACE = /\b(?:which|what) (?:country|countries|state|states|region|part of the world)\b|\bwhere (?:are|is|do) (?:these|those|the|this|that|they) (?:figures?|numbers|salaries|salary|pay|money)?\s?(?:from|for|based)\b/;
/**
 * A yes-or-no question about the figures themselves ("is this money for the USA?", "are these us dollars"), not a
 * question that asks the pay of a place the guide's figures are for ("what's the salary in the US"): the salary.
 */
const ABOUT_THE_FIGURES = /^(?:(?:and|but|so|ok|okay|wait|hmm|also) )*(?:is|are|r|was|were|does|do) (?:this|that|it|these|those|they|the (?:money|figures?|numbers|salary|salaries|pay|amounts?))\b/;
/** A place named after a preposition ("in Poland", "for the USA", "from Colombia"), which a place asked of or from is. */
const AFTER_PREPOSITION = /\b(?:in|for|from|at|across|around|to|outside|out of|here in|over in|back in|based in)\s+(?:the\s+)?$/;
/** Single place names that are everyday words or first names far more often than places ("center", "wake", "casey"). */
const NOT_A_PLACE = new Set(['center', 'resolute', 'christmas', 'reunion', 'wake', 'midway', 'easter', 'oral', 'regina', 'casey', 'davis', 'palmer', 'troll', 'stanley', 'chad', 'jordan', 'knox', 'beulah', 'nome', 'aden', 'canary', 'norfolk', 'monticello', 'menominee', 'dawson', 'georgia', 'jersey', 'guinea', 'christmas island', 'phoenix', 'mali']);
const MAX_PLACE_WORDS = 3;
/** A short follow-up, which leans on the answer in view for what it asks of a place. */
const MAX_FOLLOW_UP_WORDS = 10;
/** A place weighed against the figures in view ('is it different', 'the same', 'what about'), or named alone ('and in london?'). */
const PLACE_WEIGHED = /\b(?:different|differ|differs|difference|same|similar|more|less|higher|lower|better|worse|compare|compared|what about|how about)\b|^(?:(?:and|but|so|ok|okay) )*(?:in|for) (?:the )?(?:\w+ ){0,2}\w+$/;
/** A sum of money in an answer: its pay. */
const PAY_FIGURE = /[$£€]\s?\d/;

/**
 * The place a message names, after a preposition or capitalised as a name: 'home' for the guide's own country (whose
 * dollars its figures are in), 'elsewhere' for any other; null when it names none.
 */
export function placeNamed(message: string, kb: KnowledgeBase): 'home' | 'elsewhere' | null {
  const { places, home } = placesOf(kb);
  // "US" and "U.S." only as written in capitals: "us" is a pronoun.
  if (/\bU\.?S\.?A?\b(?!\w)/.test(message)) return 'home';
  const words = normaliseText(message).split(' ').filter((word) => word !== '');
  let found: 'home' | 'elsewhere' | null = null;
  for (let start = 0; start < words.length && found !== 'elsewhere'; start++) {
    for (let length = MAX_PLACE_WORDS; length >= 1; length--) {
      if (start + length > words.length) continue;
      const name = words.slice(start, start + length).join(' ');
      const before = `${words.slice(0, start).join(' ')} `;
      if (home.has(name) && name !== 'us') found = 'home';
      else if (places.has(name) && !NOT_A_PLACE.has(name) && (AFTER_PREPOSITION.test(before) || capitalised(message, name))) found = 'elsewhere';
      else continue;
      break;
    }
  }
  return found;
}

/** True when the message writes the name with capitals ("Poland", "New York"), as names are written. */
function capitalised(message: string, name: string): boolean {
  const pattern = name
    .split(' ')
    .map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`)
    .join('\\s+');
  return new RegExp(`\\b${pattern}\\b`).test(message);
}

/** True when an answer gives pay: a sum of money. */
export const givesPay = (entry: FaqEntry | undefined): boolean => entry !== undefined && PAY_FIGURE.test(entry.answer);

/**
 * Pay asked of a place or a currency: a place other than the guide's own named with pay asked or its figures in view
 * ("in Poland is it different?" after the salary), or the figures' own country or currency asked about ("is this money
 * for the USA?", "is that american dollars?", "what currency is that"). Null for a question that asks the pay itself
 * in the guide's own country or currency ("what's the salary in the US", "how much in dollars"): the guide's figures
 * answer it.
 */
function payPlaceAsked(message: string, kb: KnowledgeBase, inView: FaqEntry | undefined): BeyondAsked | null {
  const text = normaliseText(message);
  const short = text.split(' ').length <= MAX_FOLLOW_UP_WORDS;
  const ofMoney = asksPay(message) || MONEY_WORDS.test(text) || (short && givesPay(inView));
  if (!ofMoney) return null;
  const place = placeNamed(message, kb);
  // A place asked of the figures in view, with no word of money, compares it ("in Poland is it different?", "and in
  // london?"), not another question about that place ("are there jobs in canada").
  const named = asksPay(message) || MONEY_WORDS.test(text) || PLACE_WEIGHED.test(text);
  if (place === 'elsewhere' && named) return { kind: 'pay-place', elsewhere: true };
  // Pay asked in another currency than the guide's dollars ("how much earn a care manager in euro").
  if (OTHER_CURRENCY.test(text) && asksPay(message)) return { kind: 'pay-place', elsewhere: true, asked: true };
  const aboutFigures = ABOUT_THE_FIGURES.test(text) && (place === 'home' || CURRENCY.test(text));
  if (WHICH_PLACE.test(text) && asksPay(message)) return { kind: 'pay-place', elsewhere: false, asked: true };
  return aboutFigures || (WHICH_PLACE.test(text) && (MONEY_WORDS.test(text) || short)) || /\bwhat currency\b|\bwhich currency\b/.test(text) ? { kind: 'pay-place', elsewhere: false } : null;
}

/** A qualification or a professional title, which may or may not be recognised elsewhere. */
const QUALIFICATION = /\b(?:title|titles|degree|degrees|diploma|diplomas|qualifications?|licen[cs]es?|licen[cs]ed|certificates?|certifications?|credentials?|registration|registered|training|studies|nursing|nurse|social work|social worker)\b/;
/** Whether it holds elsewhere: valid, recognised, accepted, transferable, equivalent, usable. */
const HOLDS = /\b(?:valid|validated|validate|recogni[sz]ed?|recogni[sz]ing|accepted|accept|transfer|transfers|transferable|equivalen\w*|convert|converted|good here|work here|use it here|apply here|still apply)\b|\bcounts? (?:here|there|in|over)\b/;
/** Another country than the one the person means to work in, without naming it. */
const ABROAD = /\b(?:abroad|overseas|foreign|international|another country|other country|different country|my (?:home )?country|back home|outside the (?:us|usa|uk|states|country))\b/;

function foreignQualificationAsked(message: string, kb: KnowledgeBase): BeyondAsked | null {
  const text = normaliseText(message);
  if (!QUALIFICATION.test(text) || !HOLDS.test(text)) return null;
  const elsewhere = ABROAD.test(text) || placeNamed(message, kb) === 'elsewhere' || tellsNationality(message);
  return elsewhere ? { kind: 'foreign-qualification' } : null;
}

/**
 * Whether someone like the writer could do the work ("could someone like me do this?", "would i be suited to it",
 * "do i have what it takes"), asked as the whole question: "could i do this part time" asks how, not whether.
 */
const FIT = [
  /\b(?:could|can|would|will|is it possible for|is there a chance) (?:someone|somebody|a person|people|anyone) (?:like me|with my background|with a background like mine) (?:to )?(?:do|manage|handle|become|be|get into|make it in|succeed in|cope with|go into|work in) (?:this job|the job|this work|this career|a care manager|care management|this|it|that|one)\b/,
  /\b(?:is|would|will) (?:this|it|this job|this career|this work|care management) (?:really )?(?:be )?(?:for|right for|suitable for|a good fit for|a fit for) (?:me|someone like me|people like me|a person like me)\b/,
  /\b(?:am i|would i be|will i be|i am|i would be|i d be|is someone like me) (?:even |really )?(?:a )?(?:good )?(?:fit|suited|suitable|cut out)(?: (?:for|to) (?:the job|this job|this work|this career|care management|this|it|that))?\b/,
  /\bdo i have what it takes\b/,
  /\b(?:could|can) i (?:really |actually |realistically |ever |even )?(?:do|manage|handle) (?:this job|the job|this work|this|it|that)\b/,
];
/** A question word just before, which asks something else of the doing ("where could i do it", "how can i do that"). */
const ASKED_BEFORE = /\b(?:where|when|how|what|which|why|who|whom|whose|wat|wot)\s+$/;
/** Words that may close such a question and add nothing to it ("then", "tbh", "or not"). */
const CLOSING = /^(?:(?:then|though|tho|really|honestly|at all|realistically|or not|lol|tbh|you think|do you think|do u think)\s*)*$/;

/** The ways people say they have no degree, read with the slips people type ("no degre"): where someone stands. */
const NO_DEGREE_SAID = [
  'no degree', 'without a degree', "don't have a degree", 'dont have a degree', 'do not have a degree', "haven't got a degree", 'havent got a degree',
  "haven't got any degree", 'no college', 'never went to college', 'never went to university', 'never went to uni', "didn't go to college",
  "didn't go to university", "didn't go to uni", 'no qualifications', 'dropped out', 'no formal education', 'not have a degree', 'no diploma',
  'not got a degree', 'no uni degree', 'no university degree', 'left school',
];
/** No degree told in the words around one ("i dont have university", "never got a bachelors", "without any college"). */
const NO_DEGREE = /\b(?:no|without|not|never (?:got|did|had|went to)|dont have|do not have|didnt|did not (?:go to|do|get)|havent got|have not got|never had) (?:a |an |any |the )?(?:degree|degrees|university|uni|college|bachelors?|diploma|higher education|formal education)\b/;

/**
 * True when the message tells that the writer has no degree ("no degree", "i dont have university", "left school at
 * 16"): the one reading of it, for where someone stands (dialogs/understanding/person/aboutYou.ts) and for whether someone
 * like them could do the work, where the route without one is the answer.
 */
export function tellsNoDegree(message: string): boolean {
  return NO_DEGREE_SAID.some((phrase) => containsPhrase(message, phrase)) || NO_DEGREE.test(normaliseText(message));
}

/** True when the message asks whether someone like the writer could do the work, with nothing asked after it. */
export function fitAsked(message: string): boolean {
  const text = normaliseText(message);
  return FIT.some((pattern) => {
    const found = pattern.exec(text);
    // "where could i do it" asks where, not whether.
    return found !== null && !ASKED_BEFORE.test(text.slice(0, found.index)) && CLOSING.test(text.slice(found.index + found[0].length).trim());
  });
}

/** Studying again: going back to university or school, another degree, retraining. */
const MORE_STUDY = /\b(?:go|going|went|get|getting) back (?:to|into) (?:uni|university|college|school|studying|study|education|the classroom)\b|\b(?:return|returning) to (?:uni|university|college|school|study|studying|education)\b|\b(?:study|studying|train|training|qualify) (?:all over )?again\b|\b(?:another|a second|a new|a further|an extra|more) (?:degree|qualification|studying|study|schooling|years? of (?:uni|university|college|study))\b|\b(?:retrain|retraining|re train)\b|\bstart (?:over|again) from scratch\b/;
/** A background in a field the guide names for the degree, told as the writer's own ("as a nurse", "i'm a social worker"). */
const NAMED_FIELD = /\b(?:nurse|nurses|nursing|rn|lpn)\b|\b(?:social worker|social work)\b/;

export function moreStudyAsked(message: string): BeyondAsked | null {
  const text = normaliseText(message);
  if (!MORE_STUDY.test(text) || !/\?|\b(?:would|will|do|does|should|must|have to|need|needs|needed)\b/.test(message.toLowerCase())) return null;
  const field = NAMED_FIELD.exec(text)?.[0];
  if (field === undefined) return { kind: 'more-study' };
  return { kind: 'more-study', field: /^(?:nurse|nurses|nursing|rn|lpn)$/.test(field) ? 'nursing' : 'social work' };
}

/** A licence asked about ("do I need a licence", "licensing rules"). */
const ASKS_LICENCE = /\blicen[cs](?:e|es|ed|ing|ure)\b/;

/** A certification asked about ("a german certificate", "get certified", "the CCM"). */
const ASKS_CERTIFICATION = /\b(?:certif\w*|certs?|credentials?|ccm|cmc)\b/;
/**
 * A certificate said to be a country's own, by the country's adjective ("a german certificate", "polish certification",
 * "a chinese one"): an adjective of nationality ending as most do (-an, -ish, -ese, -ian, -ch, -i), not the guide's own
 * American ones.
 */
const NATIONAL_CERTIFICATE =
  /\b(?!(?:american|which|such|each|much|rich|research|approach|coach|teach|human|clean|certain|main|plain|mean|urban|vegan|multi|semi|anti)\b)[a-z]{3,}(?:an|ish|ese|ch|i) (?:certificates?|certifications?|certs?|credentials?)\b/;

/** Something asked of a certification besides where it holds ("what does the CCM exam cost in Ohio"): the engine's to read. */
const ASKED_OF_A_CERTIFICATION = /\b(?:cost|costs|fee|fees|price|prices|pay|pays|salary|exam|exams|test|tests|how long|hours|renew\w*)\b/;

/** A place pointed at, or a certification weighed where one lives: "valid here", "recognized in my country", "would it transfer". */
const POINTS_AT_A_PLACE = /\b(?:here|there|over here|where i live|my country|this country|valid|recogni[sz]ed|accepted|transfer|transferable|count here)\b/;

/**
 * A certification asked of a place named outside the guide's country: the sentence that asks of certifying names it
 * ("is there a certification in Poland?"), or points at the place told in another ("I live in Portugal. Are the
 * certifications valid here?"). A place told of oneself beside a question that asks none of it ("a school nurse in
 * Minnesota ... Which certification should I get first?") is not asked of (tester ut31a).
 */
function certificationAskedOfAPlace(message: string, kb: KnowledgeBase): boolean {
  if (placeNamed(message, kb) !== 'elsewhere') return false;
  const asking = message.split(/(?<=[.!?])\s+/).filter((sentence) => ASKS_CERTIFICATION.test(normaliseText(sentence)));
  return asking.length === 0 || asking.some((sentence) => placeNamed(sentence, kb) === 'elsewhere' || POINTS_AT_A_PLACE.test(normaliseText(sentence)));
}

/** One thing weighed against another ("compared to", "than", "vs"). */
const WEIGHED = /\b(?:compared (?:to|with)|than|vs|versus|compare to|compare with)\b/;
/** The sides the guide does give pay for or speaks of: its levels and roles, certification, experience, places (read apart). */
const OWN_SIDES = /\b(?:entry|junior|mid|middle|senior|director|directors|supervisor|vice president|vp|chief|starting|start|level|levels|certif\w*|cert|certs|ccm|cmc|experience|years?|degree|masters?|bachelors?|specialis\w*|specializ\w*|geriatric|pediatric|psychiatric|chronic|dollars?|euros?|pounds?|inflation|average|national)\b/;

/** Pay weighed against another job's: pay asked, a weighing, and no side the guide gives pay for. */
export function payAgainstJob(message: string): BeyondAsked | null {
  const text = normaliseText(message);
  const weighs = WEIGHED.test(text);
  if (!weighs || !(asksPay(message) || MONEY_WORDS.test(text)) || OWN_SIDES.test(text)) return null;
  return { kind: 'pay-against-job' };
}

/** The part of the guide a question asks beyond what its answers cover, if it is one of these kinds; else null. */
export function beyondAsked(message: string, kb: KnowledgeBase, inView?: FaqEntry): BeyondAsked | null {
  const text = normaliseText(message);
  const licenceOfPlace = ASKS_LICENCE.test(text) && placeNamed(message, kb) === 'elsewhere' ? ({ kind: 'licence-place' } as const) : null;
  const certificationOfPlace =
    !licenceOfPlace && ASKS_CERTIFICATION.test(text) && !ASKED_OF_A_CERTIFICATION.test(text) && (NATIONAL_CERTIFICATE.test(text) || certificationAskedOfAPlace(message, kb)) ? ({ kind: 'certification-place' } as const) : null;
  // Not read yet: payAgainstJob and moreStudyAsked each cost a turn of a rotating conversation set (followupsU 189 ->
  // 187 with both), at session 24's end; kept for the next session to find why.
  return foreignQualificationAsked(message, kb) ?? payPlaceAsked(message, kb, inView) ?? licenceOfPlace ?? certificationOfPlace ?? nationalityAsked(message) ?? (fitAsked(message) ? { kind: 'fit' } : null);
}

/** Peoples people name themselves by ("I'm Ukrainian", "im a nigerian"), as normaliseText writes them. */
const DEMONYM =
  '(?:ukrainian|russian|polish|romanian|bulgarian|hungarian|czech|slovak|serbian|croatian|bosnian|albanian|greek|turkish|german|french|spanish|portuguese|italian|dutch|swedish|norwegian|danish|finnish|irish|british|english|welsh|scottish|american|canadian|mexican|brazilian|colombian|venezuelan|peruvian|chilean|argentinian|argentine|cuban|dominican|haitian|jamaican|puerto rican|salvadoran|guatemalan|honduran|nigerian|ghanaian|kenyan|ugandan|ethiopian|eritrean|somali|sudanese|egyptian|moroccan|algerian|tunisian|south african|zimbabwean|cameroonian|congolese|syrian|iraqi|iranian|afghan|lebanese|jordanian|palestinian|israeli|saudi|pakistani|indian|bangladeshi|sri lankan|nepali|nepalese|chinese|japanese|korean|vietnamese|thai|filipino|filipina|indonesian|malaysian|burmese|australian)';
/** The writer telling a nationality or a status of their own: "I'm Ukrainian", "I am a Filipino nurse", "as a Syrian refugee". */
const NATIONALITY_TOLD = new RegExp(String.raw`\b(?:i m|im|i am|as an?|being|for an?)(?: an?)? ${DEMONYM}\b|\bi m (?:an? )?(?:immigrant|refugee|foreigner|asylum seeker|migrant)\b|\bi (?:am|m) (?:originally )?from (?!here\b|the\b|an?\b|my\b|our\b|[a-z]+ing\b|[a-z]+ (?:background|field|side|world|sector)\b)[a-z]+`);
/** Citizenship or the right to work, asked of: "do I need to be a citizen", "would I need a visa", "with a work permit". */
const CITIZENSHIP = /\b(?:citizen|citizens|citizenship|visa|visas|work permit|green card|residency|immigration status|right to work|sponsorship|sponsor me)\b/;
/** Whether it stands in the way: "is that a problem", "does it matter", "can I still apply", "am I eligible", "allowed". */
const IN_THE_WAY =
  /\b(?:(?:is|would|will|could) (?:that|this|it) (?:be )?(?:a |an )?(?:problem|issue|barrier|obstacle|matter)|(?:does|do|would|will) (?:that|this|it|my nationality|where i m from) (?:matter|count against|stop me|hold me back|affect)|can i (?:still )?(?:apply|do (?:this|it)|become (?:one|a care manager)|work as (?:one|a care manager))|am i (?:eligible|allowed)|allowed to|eligible)\b/;

/** The writer's nationality or right to work weighed, which the guide never speaks of ("I'm Ukrainian, is that a problem?"). */
function nationalityAsked(message: string): BeyondAsked | null {
  const text = normaliseText(message);
  const told = NATIONALITY_TOLD.test(text);
  return (told && IN_THE_WAY.test(text)) || (CITIZENSHIP.test(text) && /\?|\b(?:do|does|would|will|can|could|is|am)\b/.test(text)) ? { kind: 'nationality' } : null;
}

/** True when the writer tells a nationality or status of their own ("I'm Ukrainian"), whose degree may be from elsewhere. */
export function tellsNationality(message: string): boolean {
  const text = normaliseText(message);
  return NATIONALITY_TOLD.test(text) && !/\b(?:i m|im|i am)(?: an?)? american\b/.test(text);
}

/** Which matters most, in words the engine does not weigh ("number one", "#1", "top", "biggest"): as it reads "most important". */
const MOST_WORDS = /\b(?:number one|number 1|no 1|numero uno|single most important|single biggest|biggest|top|most essential)\b(?= (?:skill|thing|quality|trait|ability)\b)/g;

/** The message with the words that ask which matters most put as the engine knows them ("the number one skill": "the most important skill"). */
export function mostSpelled(message: string): string {
  const text = normaliseText(message.replace(/#1\b/g, 'number one'));
  return new RegExp(MOST_WORDS.source).test(text) ? text.replace(MOST_WORDS, 'most important') : message;
}

/**
 * An age asked about ("I'm 52, is it too late for me?", "am I too old", "at my age", "is 45 too old to start"): the
 * guide never speaks of age. A story with an age in it and no such question ("I'm 30 and a nurse") asks nothing of it.
 */
const ASKS_AGE = /\btoo (?:old|late|young)\b|\bage (?:limit|limits|matter|matters|restriction|requirement)\b|\b(?:at|for) my age\b|\bolder (?:people|person|applicants?|adults?) (?:start|starting|switch|change|become|get into)\b|\bis it (?:ever )?too late\b|\b(?:my|this) age\b/;
/** An age given with a doubt about it ("I'm 52, can I still start", "at 47 is it worth it"). */
const AGE_GIVEN = /\b(?:i am|am|at|aged?|turning|turned|now) (?:\d{2}|in my (?:\d0s|thirties|forties|fifties|sixties))\b|\b\d{2} (?:years old|yrs old|yo|y o)\b/;
const AGE_DOUBT = /\b(?:still|late|later|start|starting|possible|realistic|worth|chance|change|switch|retrain|too)\b/;

/** Still at school or college, told of oneself ("im 17 and still in school"): where one is, not a doubt about one's age. */
const STILL_STUDYING = /\bstill (?:in|at) (?:high )?(?:school|college|uni|university|sixth form)\b/g;

export function ageAsked(message: string): boolean {
  const text = normaliseText(message).replace(STILL_STUDYING, ' ');
  // A young age told beside a doubt ("29 years old ... is care manager possible for me?") is context, not a worry about age.
  const given = AGE_GIVEN.exec(text)?.[0];
  const years = given ? Number(/\d{2}/.exec(given)?.[0] ?? NaN) : NaN;
  const young = Number.isFinite(years) && years < AGE_WORRIED_FROM;
  return ASKS_AGE.test(text) || (given !== undefined && !young && AGE_DOUBT.test(text) && /\?|\b(?:can|could|is|would|am|will|should)\b/.test(message.toLowerCase()));
}

/** The age from which a doubt told beside it ("I'm 52, can I still start?") is read as one about age. */
const AGE_WORRIED_FROM = 35;

/** The start of the career in everyday words ("in the beginning", "at first", "your first year"), which the ladder calls entry level. */
const AT_THE_START = /\b(?:in|at) the (?:very )?(?:beginning|start)\b|\bat first\b|\bto begin with\b|\b(?:first|1st) (?:year|few years|couple of years)\b|\bwhen (?:you|u|i|they|one) (?:first )?(?:start|begin)\b|\bstarting out\b|\bstraight (?:away|out of)\b/;

/** True when a message asks the pay at the start of the career ("how much do you make in the beginning"): the entry-level pay. */
export function asksStartingPay(message: string): boolean {
  return asksPay(message) && AT_THE_START.test(normaliseText(message));
}

/**
 * A yearly sum the writer types ("62k", "$62,000", "60 grand", "78000"): in dollars, the guide's figures being a year's.
 * Four digits or fewer without "k" are years or counts, not pay.
 */
const SUM_TYPED = /(?:[$£€]\s?)?\b(\d{2,3})(?:[.,](\d))?\s?(?:k|grand|thousand)\b|(?:[$£€]\s?)?\b(\d{2,3}),?(\d{3})\b|\b(\d{2,3})\s?(?:to|-|–)\s?\d{2,3}\s?(?:k\b|range\b|bracket\b|band\b)/gi;

interface SumTyped {
  amount: number;
  /** Where it starts in the message, lower case. */
  at: number;
}

function sumsTyped(message: string): SumTyped[] {
  const text = message.toLowerCase();
  return [...text.matchAll(SUM_TYPED)].map((found) => {
    // A range in thousands ("the 60 to 80 range"): its low end is the sum reached.
    const amount = found[1] !== undefined ? Number(found[1]) * 1000 + Number(found[2] ?? 0) * 100 : found[5] !== undefined ? Number(found[5]) * 1000 : Number(`${found[3]}${found[4]}`);
    return { amount, at: found.index ?? 0 };
  });
}

/** A sum written in another currency than the guide's dollars ("£38k", "€45,000"). */
const IN_ANOTHER_CURRENCY = /[£€¥₹]\s?\d/;
/** The writer's own pay, told just before a sum ("I make about 62k", "I'm on 45k", "earning 78,000 now"). */
const OWN_PAY_BEFORE = /\b(?:make|makes|making|made|earn|earns|earning|earned|earnings|paid|salary|wage|wages|on|get|getting|bring in|bring home|bringing in|bringing home|take home|taking home|took home|pull in|pulling in|clear|clearing|cleared|gross|grossing|net|netting|currently|now)\b(?:\s+\w+){0,3}\s*$/;
/** The writer, told of: "I", "I'm", "my". */
const WRITER = /\b(?:i|im|i'm|i've|ive|my|me)\b/;
/** What the guide's pay would be against the writer's own asked: a cut, less or more, as much; or what they would start on, beside their own. */
const OWN_PAY_WEIGHED =
  /\bpay ?cut\b|\bcut in (?:my )?pay\b|\b(?:take|taking|be taking|face|facing) a (?:\w+ )?(?:cut|hit|drop)\b|\b(?:drop|dip) in (?:pay|salary|income)\b|\b(?:earn|make|get|be paid|get paid|take home|pay|pays) (?:a lot |much |way )?(?:less|more)\b|\bless (?:money|pay)\b|\bworse off\b|\bbetter off\b|\b(?:as much|the same|match|matching|keep up)\b|\b(?:less|more) than (?:that|this|i|what i|my)\b|\b(?:start|starting) (?:pay|salary|wage|out on|out at|at|on|off on|off at)\b|\b(?:what|how much) (?:would|will|could|can|do|might) (?:i|my) (?:make|earn|get|start|be paid|get paid|pay be|salary be|starting pay be|starting salary be)\b|\bentry level (?:pay|salary|wage)\b|\b(?:pay|salary|money|it|that|this)(?: \w+)? (?:compare|compares|stack up|stacks up|measure up)\b|\b(?:compared|comparing|compare it|compare that) (?:to|with)\b/;
/** Where a question of time starts, as written ("how long", "how many years", "how soon"). */
const HOW_LONG = /\bhow (?:long|many|much (?:time|longer)|soon)\b/;
/** A sum to be reached ("over 60k", "back to 60k", "hit 80k"), asked how long it takes. */
const REACHED_BEFORE = /\b(?:over|above|past|beyond|to|reach|reaching|hit|hitting|at least|more than|make|making|earn|earning|on|back on|back to|back over|up to|into|in)\s*(?:about |around |roughly |like )?(?:the\s*)?$/;

/**
 * Pay weighed against the writer's own ("I make about 62k, would I take a big pay cut?"): the sum told; null when the
 * message tells no pay of its own or its question (`asked`, the whole message unless given) asks nothing of it.
 */
export function ownPayWeighed(message: string, asked: string = message): number | null {
  const text = message.toLowerCase();
  // A sum in another currency cannot be set against the guide's dollars.
  if (IN_ANOTHER_CURRENCY.test(message) || OTHER_CURRENCY.test(normaliseText(message))) return null;
  if (!WRITER.test(normaliseText(message)) || !OWN_PAY_WEIGHED.test(normaliseText(asked))) return null;
  const own = sumsTyped(message).find(({ at }) => OWN_PAY_BEFORE.test(normaliseText(text.slice(0, at))));
  return own?.amount ?? null;
}

/**
 * A yearly sum typed in another currency than the guide's dollars: a currency sign before it ("£38k", "€ 45,000") or a
 * currency's name after it ("45,000 euros", "38k pounds").
 */
const SUM_IN_ANOTHER_CURRENCY =
  /[£€¥₹]\s?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d)?(?:\s?(?:k|grand|thousand)\b)?|\b\d{1,3}(?:[.,]\d{3})*(?:[.,]\d)?\s?(?:k|grand|thousand)?\s?(?:euros?|eur|pounds?|gbp|quid|pesos?|rupees?|zloty|zlotys|naira|rands?|yen|francs?|krona|kronor|krone)\b/gi;

/**
 * The writer's own pay typed in another currency and weighed against the guide's ("would i take a pay cut? i'm on
 * £38k", "I earn €45,000, would I earn less?"): the sum as typed, which the reply cannot set against figures in dollars;
 * null when the message tells no such pay of its own or its question (`asked`) weighs nothing against it.
 */
export function ownPayInAnotherCurrency(message: string, asked: string = message): string | null {
  if (!WRITER.test(normaliseText(message)) || !OWN_PAY_WEIGHED.test(normaliseText(asked))) return null;
  const text = message.toLowerCase();
  const own = [...message.matchAll(SUM_IN_ANOTHER_CURRENCY)].find((found) => OWN_PAY_BEFORE.test(normaliseText(text.slice(0, found.index ?? 0))));
  return own ? own[0].trim() : null;
}

/** A sum to be reached, asked how long it takes ("how many years till I'm back over 60k?"): the sum; else null. */
export function yearsToPay(message: string): number | null {
  if (!asksDuration(normaliseText(message)) || IN_ANOTHER_CURRENCY.test(message) || OTHER_CURRENCY.test(normaliseText(message))) return null;
  const text = message.toLowerCase();
  // The sum is in the question, after its "how long": one told before it is the writer's own ("I make 62k, how long ...").
  const asked = text.search(HOW_LONG);
  const sum = sumsTyped(message).find(({ at }) => asked >= 0 && at > asked && REACHED_BEFORE.test(normaliseText(text.slice(0, at))));
  return sum?.amount ?? null;
}

/** A pay level of the guide's ladder, with its median range read from its answer. */
export interface PayLevel {
  entry: FaqEntry;
  low: number;
  high: number;
}

/** The ladder's levels in order, each an entry whose answer opens with its median range. */
const LADDER = ['salary-entry', 'salary-mid', 'salary-senior', 'salary-director', 'salary-vp'];
const RANGE = /\$(\d{1,3}(?:,\d{3})+)\s?(?:–|-|to)\s?\$(\d{1,3}(?:,\d{3})+)/;

/** The guide's pay levels, lowest first, with the ranges their answers give. */
export function payLevels(kb: KnowledgeBase): PayLevel[] {
  return LADDER.flatMap((id) => {
    const entry = kb.faqById.get(id);
    const range = entry ? RANGE.exec(entry.answer) : null;
    return entry && range ? [{ entry, low: Number(range[1]!.replace(/,/g, '')), high: Number(range[2]!.replace(/,/g, '')) }] : [];
  });
}

/** The first level whose median range goes past a sum (the level one is "over 60k" at), else the top one. */
export function levelPast(kb: KnowledgeBase, amount: number): PayLevel | undefined {
  const levels = payLevels(kb);
  return levels.find((level) => level.high > amount) ?? levels.at(-1);
}

/** Pay asked by someone without a degree ("how much would i earn with no degree"): the guide gives pay by level, not by it. */
export function payWithoutDegree(message: string): boolean {
  return asksPay(message) && tellsNoDegree(message);
}
