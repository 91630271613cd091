/**
 * The key ask of a message whose one word would pull in another answer (session 39, misread39, tester ut39a): a
 * record that is a criminal one, years that jobs ask for, helping people through the health system, whether one can
 * sit a certification, whether a first job is open now, a place near me that hires, and the like. Each reads what the
 * sentence means the word as, never the word alone. Pure.
 */
import { normalise } from '../core/textMatch';

/**
 * "Questions: 1) does my interpreting count as experience? 2) would I need a new degree?": the numbered questions, in
 * order, each as written; null when fewer than two are numbered.
 */
export function numberedQuestions(message: string): string[] | null {
  const marks = [...message.matchAll(/(?:^|[\s:;,.?!])\(?([1-5])[).](?=\s)/g)];
  if (marks.length < 2 || marks.some((mark, i) => Number(mark[1]) !== i + 1)) return null;
  const parts = marks.map((mark, i) => message.slice(mark.index! + mark[0].length, marks[i + 1]?.index ?? message.length).trim().replace(/[\s,;]+$/, ''));
  return parts.every((part) => part.split(/\s+/).length >= 3) ? parts : null;
}

/** A criminal past named: a felony, a conviction, jail, or "a record" had or got. */
const CRIMINAL =
  /\b(?:felon(?:y|ies|s)?|convictions?|convicted|criminal (?:record|history|background|past|charges?)|background checks?|arrests?|arrested|(?:been|went|was|were|spent [a-z ]{1,20}|served [a-z ]{1,20}|time) (?:in|to) (?:jail|prison)|did time|misdemeanou?rs?|dui|dwi|(?:have|having|had|got|with|carry|carrying|on) (?:a|my) (?:criminal |police )?record|my record)\b/;
/** The records care managers keep, which "record" means in the guide. */
const RECORDS_KEPT = /\b(?:medical|health|patient|client|case|care|electronic) records?\b|\brecord ?keeping\b|\bkeep(?:ing)? records?\b/;

/** "does having a record matter? i got a felony", "will my conviction stop me": a criminal past weighed, never the records kept. */
export function criminalRecordAsked(message: string): boolean {
  const said = normalise(message);
  return CRIMINAL.test(said) && !(RECORDS_KEPT.test(said) && !/\b(?:felon|convict|criminal|jail|prison|arrest)/.test(said));
}

/** Jobs or employers asking for experience: "all want 2 years experience", "every posting requires 3 yrs". */
const JOBS_DEMAND =
  /\b(?:jobs?|postings?|listings?|ads?|adverts?|openings?|positions?|employers?|roles?|they|everyone|everybody|everything|everywhere|places?)\b(?: [a-z]+){0,3} (?:all |always |still |usually |seem to |keep )?(?:want|wants|wanted|ask|asks|asking|require|requires|requiring|need|needs|expect|expects|say|says|list|lists)(?: for)?(?: (?:at least|like|minimum|a minimum of|min))? (?:\d+|one|two|three|four|five|a few|several|a couple of|a couple)\+? (?:years?|yrs?)\b/;

/** "case manager jobs all want 2 years experience tho": years named as what jobs ask, never a pay question. */
export function experienceDemandedTold(message: string): boolean {
  const said = normalise(message);
  // A level named ("do senior roles require 5 years experience?"): the guide gives each level's years, so it is asked of that.
  const levelNamed = /\b(?:senior|mid|middle|entry|junior|director|directors|executive|lead|level)\b/.test(said);
  return JOBS_DEMAND.test(said) && /\bexperience|\bexp\b/.test(said) && !levelNamed && !/\b(?:pay|paid|earn|make|salary|salaries|wage)\b/.test(said);
}

/** "struggle to navigate the health system. Would a care manager help?": helping people through the health system. */
export function systemNavigationAsked(message: string): boolean {
  const said = normalise(message);
  const throughTheSystem = /\b(?:navigat\w*|find (?:their|my|your|his|her) way (?:around|through)|get (?:around|through)|deal with|cope with|make sense of|understand)\b(?: [a-z]+){0,3} (?:health ?care|health|medical|hospital|care|benefits) (?:system|systems|maze|bureaucracy)\b/.test(said);
  const helpAsked = /\b(?:help|helps|helping|support|assist|useful|do that|for that)\b/.test(said);
  return throughTheSystem && helpAsked && !/\bsoftware|computer|\bapps?\b|\bonline\b/.test(said);
}

/** A certification's terms asked: whether one can sit it from a place, or whether a qualification is enough for it. */
export interface CertificationTermsAsked {
  readonly certification: 'ccm' | 'cmc';
  /** What the person holds and weighs against it ("LPN"), as said. */
  readonly held: string | null;
  /** The place they would take it from ("Kenya"), as said. */
  readonly place: string | null;
}

/** Places in the world people name, beyond the US the guide's pay is in. */
const PLACE = String.raw`([a-z]+(?: [a-z]+)?)`;

/**
 * "the CCM certificate, can I do it from Kenya?", "is LPN enough for CCM", "can an RN sit the CMC", "am I eligible for
 * the CCM with a diploma": the terms of one certification, which the guide does not give for the CCM.
 */
export function certificationTermsAsked(message: string): CertificationTermsAsked | null {
  const said = normalise(message);
  const named = /\b(ccm|cmc|certified case manager|care manager certified)\b/.exec(said)?.[1];
  if (!named) return null;
  const certification = named === 'cmc' || named === 'care manager certified' ? 'cmc' : 'ccm';
  // Both named is a choice between them, answered elsewhere.
  if (/\bccm\b/.test(said) && /\bcmc\b/.test(said)) return null;
  const place = new RegExp(String.raw`\b(?:from|in|outside|abroad in|while (?:living|based) in|here in|over here in) (?:the )?${PLACE}\s*$`).exec(said)?.[1]
    ?? new RegExp(String.raw`\b(?:do|take|sit|get|earn|write|study for) (?:it|the (?:ccm|cmc|exam|certificate|certification))(?: exam)? (?:from|in|while in|outside) (?:the )?${PLACE}\b`).exec(said)?.[1] ?? null;
  // Taking it from a place, not whether it is recognised there (answered elsewhere, ut39a P11 T4).
  const takenThere = /\b(?:do|take|sit|get|earn|write|apply|study|eligible|qualify)\b/.test(said) && !/\b(?:recogni[sz]ed|valid|accepted|used|known)\b/.test(said);
  const placeKept = takenThere && place && !/^(?:person|online|english|my|a|an|the|it|this|that|care|case|health|school|college|time|order|general|advance)\b/.test(place) ? place : null;
  const held =
    /\b(?:is|are|would|will|does|do) (?:an? |my |being an? |having an? )?([a-z]+(?: [a-z]+)?) (?:enough|sufficient|good enough|count|qualify(?: me)?) (?:for|to (?:sit|take|get|do)) (?:the )?(?:ccm|cmc|it|that|this|exam|certificat)/.exec(said)?.[1] ??
    /\b(?:can|could) (?:an? |my )?([a-z]+) (?:sit|take|get|apply for|do) (?:the )?(?:ccm|cmc|it|that|this|exam|certificat)/.exec(said)?.[1] ??
    /\b(?:eligible|qualified|qualify) for (?:the )?(?:ccm|cmc)\b.* (?:with|as) (?:an? |my )?([a-z]+(?: [a-z]+)?)$/.exec(said)?.[1] ??
    null;
  const heldKept = held && !/^(?:i|you|we|it|this|that|they|one|someone|anyone|people|ccm|cmc|there)$/.test(held) ? held : null;
  if (!placeKept && !heldKept) return null;
  return { certification, held: heldKept ? message.match(new RegExp(`\\b${heldKept.replace(/ /g, '\\s+')}\\b`, 'i'))?.[0] ?? heldKept : null, place: placeKept ? message.match(new RegExp(`\\b${placeKept.replace(/ /g, '\\s+')}\\b`, 'i'))?.[0] ?? placeKept : null };
}

/** Another currency than the dollar, named. */
const OTHER_CURRENCY =
  /\b(?:shillings?|ksh|kes|pounds?|quid|sterling|euros?|naira|rupees?|pesos?|rand|cedis?|yen|yuan|francs?|zloty|dirhams?|riyals?|rupiah|ringgit|baht|reais|reals?|local (?:money|currency)|our (?:money|currency)|my currency)\b/;

/** "that is in dollars? how much in Kenya shillings": whether the figures are dollars, and what they are in another money. */
export function dollarsAndOtherCurrencyAsked(message: string): boolean {
  const said = normalise(message);
  return /\bdollars?\b|\busd\b/.test(said) && OTHER_CURRENCY.test(said) && /\b(?:is|are|was|in)\b/.test(said);
}

/**
 * "is there a substance abuse specialization": a specialty named after what the guide lists only as courses; null
 * otherwise. The thing as the person said it.
 */
export function courseAreaAsked(message: string): string | null {
  const said = normalise(message);
  if (!/\b(?:speciali[sz]ation|speciali[sz]e|specialty|speciality|area|track|focus|niche)\b/.test(said)) return null;
  return /\b(substance (?:abuse|use|misuse)|addictions?|drug and alcohol|drugs and alcohol|alcohol and drugs?|recovery|rehab)\b/.exec(said)?.[1] ?? null;
}

/** "What would I have to study. Be specific.", "which courses exactly": the subjects of the degree, asked in detail. */
export function studySpecificsAsked(message: string): boolean {
  const said = normalise(message);
  // What they would study asked ("what would I have to study", "which courses"), never "what I had to learn" told.
  const study =
    /\bwhat (?:would|do|should|must|will|shall|could|can|does|did) (?:i|we|you|one|someone|people) (?:\w+ ){0,3}(?:study|learn|take)\b|\b(?:which|what) (?:\w+ )?(?:courses?|classes|subjects|modules|coursework|curriculum)\b|\bwhat (?:to|should i) (?:study|learn|take)\b|\blist (?:the )?(?:courses?|classes|subjects|modules)\b/.test(said);
  const inDetail = /\b(?:be specific|specific(?:ally)?|exactly|in detail|precisely|concretely|name them|actual (?:courses|classes|subjects))\b/.test(said);
  return study && inDetail;
}

/** "which organization to join, CMSA or ACMA?": the one to choose of the two the guide names side by side. */
export function organisationPickAsked(message: string): boolean {
  const said = normalise(message);
  const both = /\b(?:cmsa|case management society)\b/.test(said) && /\b(?:acma|american case management association)\b/.test(said);
  return both && /\b(?:which|better|best|should i|recommend|pick|choose|prefer|either)\b/.test(said) && /\bor\b|\bvs\b|\bversus\b/.test(said);
}

/** The first jobs the guide names. */
const FIRST_JOB = /\b(care coordinator|case manager|healthcare assistant|health care assistant|social worker|counselor|counsellor)\b/;

/**
 * "so could i apply to care coordinator right now or no", "can I get a case manager job yet": whether a first job the
 * guide names is open to them now. The job as said; null otherwise.
 */
export function applyingNowAsked(message: string): string | null {
  const said = normalise(message);
  const job = FIRST_JOB.exec(said)?.[1];
  if (!job) return null;
  const ask = /\b(?:could|can|should|would|am i able to|do you think i (?:could|can))\b(?: i)? (?:\w+ )?(?:apply|get hired|get (?:a|an|the) (?:\w+ ){0,3}(?:job|role|position)|go for|be hired|start)\b/.test(said);
  const now = /\b(?:right now|now|yet|today|already|straight away|right away|immediately|at this point|as i am|or no|or not)\b/.test(said);
  return ask && now ? job : null;
}

/** "can you recommend a hospice near me that hires", "know any agencies around here hiring": employers near them, asked of the bot. */
export function employerNearAsked(message: string): boolean {
  const said = normalise(message);
  const near = /\b(?:near me|nearby|near here|around here|in my (?:area|town|city|state|region)|close to me|local|in my neighbou?rhood)\b/.test(said);
  const employer = /\b(?:hospices?|hospitals?|clinics?|agenc(?:y|ies)|nursing homes?|care homes?|employers?|companies|company|facilit(?:y|ies)|places?|organi[sz]ations?|jobs?|openings?)\b/.test(said);
  const asked = /\b(?:recommend|suggest|find|know (?:of )?(?:any|a)|name|point me|look up|search|tell me)\b/.test(said);
  return near && employer && asked;
}
