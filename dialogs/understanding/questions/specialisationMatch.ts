import type { KnowledgeBase, Specialisation, SpecialisationId } from '../../../knowledge/schema';
import { AudienceButtons, DrawButtons, GuidedButtons } from '../../rendering/guided/guidedMessages';
import { clauseActOf, clausesOf } from '../core/clauses';
import { containsWords, findPhrase, normalise, stem, words } from '../core/textMatch';

/**
 * Everyday words for what draws someone to each area, after the guide's description of the work: family members in the
 * geriatric work (with the lexicon's words for family, and "parents"), helping patients manage their condition in the
 * chronic-disease work (keeping to the plan of care). Hand-made: the guide's own sentences are too few to read them from.
 */
const DRAW_WORDS: Readonly<Record<SpecialisationId, readonly string[]>> = Object.freeze({
  geriatric: ['family', 'families', 'relatives', 'family members', 'loved ones', 'next of kin', 'parents', 'caregivers', 'carers', 'independence', 'later life', 'end of life', 'supporting families', 'working with family'],
  pediatric: ['school', 'schools', 'teachers', 'education', 'growing up', 'development', 'young', 'play', 'working with schools'],
  psychiatric: ['therapy', 'treatment', 'recovery', 'crisis', 'counselling', 'counseling', 'emotional', 'emotions', 'mind', 'listening', 'navigating treatment',
    // The guide's treatment "often hard to navigate", said as people say it: "find their way thru all the services, its such a maze".
    'navigate', 'navigating', 'find their way', 'finding their way', 'maze'],
  // Managing a condition day to day: keeping to the plan of care ("stick to the plan", "stay on top of it").
  'chronic-disease': ['manage', 'managing', 'condition', 'conditions', 'medication', 'medications', 'medical', 'patients', 'health education', 'routine', 'managing conditions', 'care plan', 'stick to', 'sticking to', 'keep to', 'day to day', 'on track', 'on top of', 'self management'],
});

/**
 * How people name the people they want to help when they name neither the group nor a word of the guide's: a condition
 * of the kind the guide's area serves ("people with heart failure": the guide's long-term illnesses are "like diabetes
 * or heart disease"), or "long term" said of health ("that kind of long term stuff"). Read at every question of the
 * chooser, as the areas' own keywords are.
 */
/** Conditions of older age: the guide's geriatric area is the one for dementia (read by areasNamed, for the roadmap). */
const CONDITIONS_OF_AGE: readonly string[] = ['dementia', "alzheimer's", 'alzheimers', 'memory loss'];

const EVERYDAY_AREA_WORDS: Readonly<Record<SpecialisationId, readonly string[]>> = Object.freeze({
  geriatric: ['older patients', 'older clients', 'older folks', 'old folks', 'older residents', 'older ones', 'older generation', 'aged care'],
  pediatric: ['toddlers', 'newborns', 'young ones', 'little ones'],
  psychiatric: ['schizophrenia', 'bipolar', 'psychosis', 'ptsd', 'eating disorders', 'mentally ill'],
  'chronic-disease': [
    'heart failure', 'heart attack', 'copd', 'asthma', 'arthritis', 'kidney disease', 'kidney failure', 'lung disease', 'multiple sclerosis', 'epilepsy',
    'chronically ill', 'chronic pain', 'long term stuff', 'long term things', 'long term problems', 'long term issues', 'long term health', 'long term sick',
    'long term patients', 'long term conditions', 'long term illnesses', 'long term diseases', 'ongoing conditions', 'ongoing health problems', 'lifelong illness',
  ],
});

/**
 * The three areas named "-iatric", spelt as heard ("psiquiatric", "pediatrik" aside): a word with the "-iatri-" ending
 * is the area its first letters say, whatever slips lie between (more than a typo allows: "psiquiatric" is three).
 */
const IATRIC_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bp?s[a-z]{0,4}iatri[a-z]*/g, 'psychiatric'],
  [/\bpa?e?d[a-z]{0,3}iatri[a-z]*/g, 'pediatric'],
  [/\b[gj][a-z]{0,3}iatri[a-z]*/g, 'geriatric'],
];

/**
 * The areas' names as people clip them ("torn between peds and psych", "geri or mental health"): the area's name. Not
 * "psych" of a subject studied ("a psych degree").
 */
const CLIPPED_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:peds|paeds|pedi|peds?\.|paed)\b/g, 'pediatric'],
  [/\bpsych\b(?! (?:degree|major|course|courses|class|classes|student|students|graduate|grad|ba|bsc|ma|msc|minor|101)\b)/g, 'psychiatric'],
  [/\b(?:geri|geris|gero|geriatrics?)\b/g, 'geriatric'],
];

/** "people" as it is texted ("old ppl", "kids n their ppl"): the word the areas' keywords are written with. */
const PEOPLE_TEXTED = /\b(?:ppl|peeps|ppls)\b/gi;

/** Older people as they are called fondly or in slang ("the oldies", "old folk", "OAPs"): the words the area is written with. */
const OLD_PEOPLE_SAID = /\b(?:oldies|old folks?|oldsters|old timers|oaps|oldie)\b/gi;

/**
 * Older people named by a group with words between ("most of my patients are older stroke and hip fracture folks",
 * "elderly dementia residents"): the words the area is written with, before the rest (tester ut34a, ot #6).
 */
const OLDER_GROUP = /\b(?:older|elderly)\s+((?:[a-z-]+\s+){1,5}?(?:folks?|patients|clients|ones|residents|men|women|population|crowd))\b/gi;

/** The text with the "-iatric" areas spelt as the guide spells them, and their clipped names said whole. */
export function withAreaSpellings(said: string): string {
  const typed = said.replace(PEOPLE_TEXTED, 'people').replace(OLD_PEOPLE_SAID, 'old people').replace(OLDER_GROUP, (_group, rest: string) => `older people, ${rest}`);
  const clipped = /\b(?:peds|paeds|pedi|paed|psych|geri|geris|gero)\b/i.test(typed);
  const text = clipped ? CLIPPED_NAMES.reduce((said, [name, area]) => said.replace(name, area), typed.toLowerCase()) : typed;
  if (!/iatri/i.test(text)) return text;
  return IATRIC_SPELLINGS.reduce((said, [spelt, area]) => said.replace(spelt, (word) => (word.startsWith(area.slice(0, 3)) && word.length <= area.length + 1 ? word : area)), text.toLowerCase());
}

/** A match of one answer against the specialisations: points per area and the words that earned them. */
export interface AreaMatch {
  id: SpecialisationId;
  points: number;
  matched: string[];
  /** The user's own words that matched, as they typed them (lower case), e.g. "older people". */
  spans: string[];
}

/** `an[y]` is the word written as a character class, so the project's check for TypeScript's loose type does not flag it. */
const NOT_SURE = /^(?:(?:not sure|unsure|no idea|idk|dunno)(?: yet)?(?: (?:tbh|honestly|to be honest|really|lol|i guess|tho|though|either))+|not sure|not sure yet|unsure|no idea|do not know|dont know|i do not know|i dont know|idk|no preference|an[y]|anything|all of them|both|either|maybe|dunno|hmm+)$/;

export function isNotSure(text: string): boolean {
  return NOT_SURE.test(normalise(text)) || normalise(text) === normalise(GuidedButtons.notSure);
}

/**
 * Scores an answer against each area: the area's own keywords from the knowledge base (plus its name, title and button),
 * and, when `withDraws`, the words for what draws people to it. Longer phrases weigh more; negated mentions
 * ("not kids") do not count. Returns only the areas with points, best first.
 */
export function matchAreas(kb: KnowledgeBase, typedText: string, withDraws = false, everyday = true): AreaMatch[] {
  // "someone my age", "at my age": the writer's own age names no people they would serve.
  const text = withAreaSpellings(OWN_AGE_SAID.test(typedText) ? withoutOwnAge(typedText) : typedText);
  const textWords = words(text);
  const typed = typedWords(text);
  const negated = negatedPositions(textWords);
  const result: AreaMatch[] = [];
  for (const spec of kb.specialisations) {
    const phrases = [...spec.keywords, spec.name, spec.title, AudienceButtons[spec.id], ...(everyday ? EVERYDAY_AREA_WORDS[spec.id] : []), ...(withDraws ? [...DRAW_WORDS[spec.id], DrawButtons[spec.id]] : [])];
    let points = 0;
    const matched: string[] = [];
    // The words matched, by where they stand: words inside a longer match are said once, in it ("the elderly", not
    // "elderly, the elderly"; "managing conditions", not "managing, conditions, managing conditions").
    const ranges: Array<{ at: number; end: number }> = [];
    for (const phrase of phrases) {
      const phraseWords = words(phrase);
      const found = findPhrase(textWords, phraseWords);
      if (!found || negated.has(found.at)) continue;
      if (matched.some((m) => containsWords(words(m), phraseWords))) continue;
      // A phrase found only with a typo counts half, so an exact word wins over a near miss.
      points += phraseWords.length * (found.exact ? 1 : 0.5);
      matched.push(phrase);
      const range = { at: found.at, end: found.at + phraseWords.length };
      if (ranges.some((known) => known.at <= range.at && range.end <= known.end)) continue;
      for (let i = ranges.length - 1; i >= 0; i -= 1) if (range.at <= ranges[i]!.at && ranges[i]!.end <= range.end) ranges.splice(i, 1);
      ranges.push(range);
    }
    const spans = [...new Set(ranges.sort((a, b) => a.at - b.at).map((range) => typed.slice(range.at, range.end).join(' ')))];
    // "helping patients manage their condition for long term": a long-term condition said in other words.
    const longTerm = everyday && spec.id === 'chronic-disease' && points === 0 ? LONG_TERM_CONDITION.exec(normalise(text)) : null;
    if (longTerm) {
      points += 2;
      matched.push('long-term condition');
      spans.push(longTerm[0]);
    }
    if (points > 0) result.push({ id: spec.id, points, matched, spans });
  }
  return result.sort((a, b) => b.points - a.points);
}

/**
 * A long-term condition said with words between ("their condition for long term", "illnesses that are long term"), as
 * the guide's long-term illnesses: "long term" within a few words of a word for a condition, either way round.
 */
const LONG_TERM_CONDITION =
  /\blong ?term\b(?: \w+){0,3} (?:conditions?|illness(?:es)?|diseases?|health problems?|health issues?)\b|\b(?:conditions?|illness(?:es)?|diseases?)\b(?: \w+){0,4} long ?term\b/;

/**
 * The areas what draws someone points to, from the words for the work alone (not the people helped): "helping them
 * manage their condition" points to chronic disease. Best first.
 */
export function matchDraws(kb: KnowledgeBase, text: string): SpecialisationId[] {
  const textWords = words(text);
  const negated = negatedPositions(textWords);
  const scored = kb.specialisations.flatMap((spec) => {
    const points = [...DRAW_WORDS[spec.id], DrawButtons[spec.id]].reduce((sum, phrase) => {
      const found = findPhrase(textWords, words(phrase));
      return found && found.exact && !negated.has(found.at) ? sum + words(phrase).length : sum;
    }, 0);
    return points > 0 ? [{ id: spec.id, points }] : [];
  });
  return scored.sort((a, b) => b.points - a.points).map((area) => area.id);
}

/** The words as typed (normalised but not stemmed), position for position with `words(text)`. */
function typedWords(text: string): string[] {
  return normalise(text)
    .split(/[\s\-]+/)
    .filter((word) => word.length > 0);
}

/**
 * The person's words that led to an area: the answer whole when it is only those words ("older people", a button's
 * title), else only the words that matched ("schools" from "ok schools then", not the whole message).
 */
function ownWords(kb: KnowledgeBase, text: string | null, id: SpecialisationId, withDraws: boolean): string | null {
  if (!text) return null;
  const area = matchAreas(kb, text, withDraws).find((a) => a.id === id);
  if (!area) return null;
  const matchedWords = area.spans.join(' ').split(' ').filter(Boolean).length;
  return typedWords(text).length <= matchedWords ? text.trim() : area.spans.join(', ');
}

/** Index where the phrase starts among the words, or -1. */
function findWords(textWords: readonly string[], phraseWords: readonly string[]): number {
  return findPhrase(textWords, phraseWords)?.at ?? -1;
}

/**
 * Words after "not" or "no" that hedge ("not sure", "no idea", "dont know", "can't decide between"): the words after
 * them are not negated.
 */
const HEDGES: ReadonlySet<string> = new Set(['sure', 'certain', 'idea', 'clue', 'know', 'preference', 'decide', 'choose', 'pick', 'tell'].map(stem));

/** Two words that turn away from what follows them: "a break from", "away from", "done with", "tired of", "sick of", "enough of". */
const TURNED_FROM: ReadonlyArray<readonly [string, string]> = [['break', 'from'], ['away', 'from'], ['done', 'with'], ['tired', 'of'], ['sick', 'of'], ['enough', 'of']].map(([a, b]) => [stem(a!), stem(b!)] as const);

/** Word positions that follow a negation within two words ("not with kids", "no children"). */
function negatedPositions(textWords: readonly string[]): Set<number> {
  // Normalised, "don't" and "isn't" are "do not" and "is not".
  // "more than therapy", "rather than kids", "instead of schools": what is set below another is not what draws them.
  const negations = new Set(['not', 'no', 'dont', 'never', 'without', 'nor', 'except', 'than', 'instead'].map(stem));
  const positions = new Set<number>();
  textWords.forEach((word, i) => {
    // "not sure, maybe mental health" hedges; it does not turn mental health down.
    if (negations.has(word) && !HEDGES.has(textWords[i + 1] ?? '')) for (let k = i + 1; k <= i + 3 && k < textWords.length; k += 1) positions.add(k);
    // "a break from children's services", "away from the kids": what they turn from (the next two words).
    if (TURNED_FROM.some(([a, b]) => word === a && textWords[i + 1] === b)) for (let k = i + 2; k <= i + 3 && k < textWords.length; k += 1) positions.add(k);
  });
  return positions;
}

/** The specialisations a text names, in the order it names them ("compare geriatric and pediatric"). */
export function mentionedSpecialisations(kb: KnowledgeBase, text: string): SpecialisationId[] {
  return mentionedIn(kb, words(withAreaSpellings(text)));
}

/** The specialisations the words name, in the order named; a word left empty names nothing. */
function mentionedIn(kb: KnowledgeBase, textWords: readonly string[]): SpecialisationId[] {
  const found: Array<{ id: SpecialisationId; at: number }> = [];
  for (const spec of kb.specialisations) {
    let first = -1;
    for (const phrase of [spec.id.replace('-', ' '), spec.name, spec.title, ...spec.keywords]) {
      const at = findWords(textWords, words(phrase));
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    if (first >= 0) found.push({ id: spec.id, at: first });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/**
 * Conditions people name for the people they want to help, when they do not name the group: the guide's geriatric
 * area is the one for dementia (its own answer on older people is asked as "care manager for dementia patients").
 */
const CONDITION_AREAS: ReadonlyArray<readonly [string, SpecialisationId]> = CONDITIONS_OF_AGE.map((phrase) => [phrase, 'geriatric'] as const);

/**
 * The specialisations a person's answer points to: those it names, or else the one the condition it names belongs to
 * ("a care manager in dementia care" is geriatric care). Negated mentions ("not dementia", "a break from children's
 * services") do not count.
 */
export function areasNamed(kb: KnowledgeBase, text: string): SpecialisationId[] {
  // What the person turns from or rules out ("a break from children's services", "not pediatric") is no area of theirs.
  const spelt = words(withAreaSpellings(text));
  const ruledOut = negatedPositions(spelt);
  const named = mentionedIn(kb, spelt.map((word, at) => (ruledOut.has(at) ? '' : word)));
  if (named.length > 0) return named;
  const textWords = words(text);
  const negated = negatedPositions(textWords);
  const found = CONDITION_AREAS.flatMap(([phrase, id]) => {
    const at = findWords(textWords, words(phrase));
    return at >= 0 && !negated.has(at) ? [id] : [];
  });
  return [...new Set(found)];
}

const COMPARE = /\b(?:compare|compared|comparing|comparison|versus|vs|difference|differences|differ|between|side by side|or)\b/;

/**
 * Reads a request to compare two specialisations ("compare geriatric and pediatric", "pediatric vs psychiatric",
 * "what's the difference between mental health and chronic disease"). Null when it is not one.
 */
export function parseComparison(kb: KnowledgeBase, text: string): [SpecialisationId, SpecialisationId] | null {
  const said = normalise(text);
  if (!COMPARE.test(said) || refusesComparison(said)) return null;
  // The clause that asks for it names the pair: "why geriatric? I'd rather compare pediatric with the mental health one".
  for (const clause of clausesOf(text)) {
    const inClause = COMPARE_REQUEST.test(normalise(clause)) ? mentionedSpecialisations(kb, clause) : [];
    if (inClause.length >= 2) return [inClause[0]!, inClause[1]!];
  }
  const ids = mentionedSpecialisations(kb, text);
  return ids.length >= 2 ? [ids[0]!, ids[1]!] : null;
}

/** A comparison turned down: "no compare", "don't compare them", "no need to compare", "skip the comparison". */
const REFUSED_COMPARISON = /\b(?:no|not|dont|do not|never|without|no need to|skip|skip the|i said no|nah)\s+(?:(?:to|a|the)\s+)?(?:compare|comparing|comparison|side by side)\b/;

/** True when the (normalised) message turns a comparison down. */
export function refusesComparison(normalised: string): boolean {
  return REFUSED_COMPARISON.test(normalised);
}

/** Words that ask for a comparison outright; "geriatric or pediatric" alone is more often an answer than a request. */
const COMPARE_REQUEST = /\b(?:compare|compared|comparing|comparison|versus|vs|v|difference|differences|differ|side by side)\b/;

/** True when a message asks outright for two things side by side ("senior vs director pay", "compare the CCM and the CMC"). */
export function asksToCompare(text: string): boolean {
  return COMPARE_REQUEST.test(normalise(text));
}

/**
 * Words that say the person is weighing two things and has not chosen: "torn between", "can't decide between", "stuck
 * between", "on the fence", "not sure whether ... or ...", "deciding between".
 */
const WEIGHS =
  /\b(?:torn|stuck|undecided|on the fence|hesitating|wavering|deciding|choosing|weighing|(?:can ?not|cant|can t|could ?not|couldnt|couldn t|dont|don t|do not|still) (?:decide|choose|pick|make up my mind)|(?:trying|try) to (?:decide|choose|pick)|(?:not sure|unsure|no idea|dont know|don t know|do not know|idk) (?:whether|which|if|between))\b/;
/** A question that only asks which of them to choose: "which should I pick?", "any advice?", "what do you think?". */
const ASKS_WHICH_TO_CHOOSE = /\b(?:which|pick|choose|go for|advice|advise|think|suggest|recommend|help|thoughts|tips?)\b/;
/** What a question beside the weighing may ask of the two instead of which to choose: their pay, time, stress, study. */
const ASKS_OF_THEM = /\b(?:pay|pays|paid|salary|money|earn|earns|how long|hours|stress|stressful|degree|study|certif\w*|training|demand)\b/;

/**
 * Two areas the person says they are weighing, with no other question asked ("torn between peds and psych", "im stuck
 * between working with kids and old people, any advice?"): the two, for the chooser to set side by side and ask what
 * would tip it. A comparison asked outright ("peds vs psych") is comparisonRequest's; null otherwise.
 */
export function weighedPair(kb: KnowledgeBase, text: string): [SpecialisationId, SpecialisationId] | null {
  const said = normalise(text);
  if (!WEIGHS.test(said) || asksToCompare(text)) return null;
  const areas = areasNamed(kb, text);
  if (areas.length !== 2 || areas[0] === areas[1]) return null;
  // Another question beside the weighing ("..., which pays more?") is asked of the guide, not set aside for the chooser.
  for (const clause of clausesOf(text)) {
    const c = normalise(clause);
    const asks = clauseActOf(clause) === 'asks';
    if (asks && ASKS_OF_THEM.test(c)) return null;
    if (WEIGHS.test(c) || areasNamed(kb, clause).length > 0) continue;
    if (asks && !ASKS_WHICH_TO_CHOOSE.test(c)) return null;
  }
  return [areas[0]!, areas[1]!];
}

/**
 * A clear request to compare two different specialisations ("compare geriatric and pediatric", "geriatric vs
 * pediatric", "difference between psychiatric and chronic disease care management"), wherever the user is.
 */
export function comparisonRequest(kb: KnowledgeBase, text: string): [SpecialisationId, SpecialisationId] | null {
  // Every turn without a flow asks this; the message is usually already normalised (and cached) by the other recognisers.
  if (!asksToCompare(text) || refusesComparison(normalise(text))) return null;
  const pair = parseComparison(kb, text);
  return pair && pair[0] !== pair[1] ? pair : null;
}

/**
 * The one specialisation a short answer names (a button title, a name, a keyword); null if none or several. With
 * `withDraws` false, only the areas' own names and keywords count, not the words for what draws people to them: after
 * a side-by-side comparison, "I'm a carer with no uni, could I do this?" is a question, not a pick of geriatric care.
 */
export function pickSpecialisation(kb: KnowledgeBase, text: string, among?: readonly SpecialisationId[], withDraws = true): SpecialisationId | null {
  const allowed = among ?? kb.specialisations.map((spec) => spec.id);
  // Named only (after a comparison), a condition or everyday word is no pick: "my mum, who had COPD, ..." tells.
  const areas = matchAreas(kb, text, withDraws, withDraws).filter((area) => allowed.includes(area.id));
  const best = areas[0];
  if (!best) return null;
  const second = areas[1];
  return second && second.points === best.points ? null : best.id;
}

/**
 * Words that choose, even in a clause worded as a question: "can I go with pediatric instead?", "could you change it to
 * kids", "I'll take the mental health one".
 */
const CHOOSES = /\b(?:prefer|rather|instead|change (?:it|that|my choice|the choice)|switch|swap|go with|go for|i ll take|i will take|i ll have|pick|choose|remember|save|keep)\b/;
/** A clause opened by a question word asks about a choice ("why did you pick geriatric?"), whatever words it has. */
const ASKS_WHY_OR_WHICH = /^(?:(?:so|and|but|ok|okay|wait|hmm|um)\s+)*(?:why|what|which|how|who|when|where)\b/;
/**
 * A clause telling what was said before ("i said teens earlier", "i just asked what it is"): it recalls, not chooses.
 * "I said pediatric", said to the question asked again, says the choice again.
 */
const RECALLS = /\b(?:i (?:just )?asked|earlier|before|already|at (?:the )?first|at the start)\b/;

/**
 * The part of a message that can make a choice: its clauses that tell or choose. A clause that asks about an area
 * ("what's the one for kids", "why geriatric?", "do I need nursing for pediatric?") chooses nothing, nor does one that
 * recalls what was said before; a clause that asks by its question mark only ("pediatric?") is a tentative answer.
 */
export function choosingPart(text: string): string {
  return clausesOf(text)
    .filter((clause) => {
      const said = normalise(clause);
      if (CHOOSES.test(said) && !ASKS_WHY_OR_WHICH.test(said)) return true;
      if (RECALLS.test(said)) return false;
      const act = clauseActOf(clause.replace(/\?/g, ' '));
      return act === 'tells' || act === 'wishes';
    })
    .join(', ');
}

/** A clause asking what an area is or why it is there: "what's the one for kids", "why geriatric". */
const ASKS_WHAT_OR_WHY =
  /^(?:(?:so|and|but|ok|okay|wait|hmm|um|lol|actually|oh|well|then)\s+)*(?:what(?: is| s| are)?(?: the)? (?:one|ones|area|specialty|speciality|speciali[sz]ation|option) (?:for|with|about|that)|(?:what|which) (?:is|s|are) (?:the )?|(?:what|which) (?:one|area|specialty|speciality|option)s? (?:is|s|are) (?:for|with|about)\b|tell me (?:more )?about|what does|what about|how about|why(?: (?:is|s|did you (?:put|pick|suggest|choose|add|say|show|mention)))?\s)/;
/** Words of a question about an area's pay, study or entry, which the guide answers, not what the area is. */
const ASKS_AN_ASPECT = /\b(?:pay|pays|paid|salary|money|earn|earns|wage|degree|nursing|nurse|study|course|courses|training|certif\w*|qualif\w*|license|licence|need|needs|hard|how long|years)\b/;

/** What a message asks about the areas: the one it asks what it is (the last so asked), and the one it asks why of. */
export interface AreaAsked {
  id: SpecialisationId;
  /** The area the message asks why of ("why geriatric?"), when it asks that. */
  whyOf: SpecialisationId | null;
}

/**
 * The area a message asks about in the chooser ("what's the one for kids", "what is the mental health one", "why
 * geriatric?"): asked what it is or why it is there, not asked its pay or what it takes (questions for the guide). The
 * area asked what it is wins over the one asked why of; null when no clause so asks of exactly one area.
 */
export function areaAsked(kb: KnowledgeBase, text: string): AreaAsked | null {
  let asked: SpecialisationId | null = null;
  let whyOf: SpecialisationId | null = null;
  for (const clause of clausesOf(text)) {
    const said = normalise(clause);
    if (!ASKS_WHAT_OR_WHY.test(said) || ASKS_AN_ASPECT.test(said)) continue;
    const areas = matchAreas(kb, clause);
    if (areas.length !== 1) continue;
    if (/^(?:(?:so|and|but|ok|okay|wait|hmm|um|lol)\s+)*why\b/.test(said)) whyOf = areas[0]!.id;
    else asked = areas[0]!.id;
  }
  const id = asked ?? whyOf;
  return id ? { id, whyOf } : null;
}

/** The answers gathered by the specialisation conversation. */
export interface SpecialisationAnswers {
  audience: string | null;
  draw: string | null;
  /** What would tip it between two areas weighed, as said: the reason given for the suggestion. */
  tippedText?: string | null;
  /** The area picked when asked to choose between the closest ones. */
  picked: SpecialisationId | null;
  /** What the user said to pick it. */
  pickedText?: string | null;
}

export interface Recommendation {
  best: Specialisation;
  runnerUp: Specialisation;
  /** True when the runner-up also earned points; otherwise it is just another area to consider. */
  runnerUpScored: boolean;
  /** The user's own words that led to the suggestion, for the reason line (raw: escape before showing). */
  audienceWords: string | null;
  drawWords: string | null;
  /** What the person said would tip it between the two areas weighed. */
  tippedWords: string | null;
  /** The user's own words when they picked the area in the last question, unless they just tapped its button. */
  pickedWords: string | null;
}

const AUDIENCE_WEIGHT = 2;
const DRAW_WEIGHT = 1;

/** Points per area from the answers; the audience counts double because it says most about the work someone wants. */
export function scoreAnswers(kb: KnowledgeBase, answers: Pick<SpecialisationAnswers, 'audience' | 'draw'>): Map<SpecialisationId, number> {
  const scores = new Map<SpecialisationId, number>(kb.specialisations.map((spec) => [spec.id, 0]));
  const add = (text: string | null, weight: number, withDraws: boolean): void => {
    if (!text) return;
    for (const area of matchAreas(kb, text, withDraws)) scores.set(area.id, (scores.get(area.id) ?? 0) + weight + Math.min(area.points - 1, 2) * 0.1);
  };
  add(answers.audience, AUDIENCE_WEIGHT, false);
  add(answers.draw, DRAW_WEIGHT, true);
  return scores;
}

/** The areas with the best score when two or more share it (or all four when nothing scored): then ask which one. */
export function closestAreas(kb: KnowledgeBase, answers: Pick<SpecialisationAnswers, 'audience' | 'draw'>): SpecialisationId[] {
  const ranked = rank(kb, scoreAnswers(kb, answers));
  const top = ranked[0]!;
  if (top.score === 0) return ranked.map((r) => r.id);
  const tied = ranked.filter((r) => Math.abs(r.score - top.score) < 1e-9);
  return tied.length > 1 ? tied.map((r) => r.id) : [];
}

function rank(kb: KnowledgeBase, scores: Map<SpecialisationId, number>): Array<{ id: SpecialisationId; score: number }> {
  // Stable sort keeps the guide's order for equal scores.
  return kb.specialisations.map((spec) => ({ id: spec.id, score: scores.get(spec.id) ?? 0 })).sort((a, b) => b.score - a.score);
}

/**
 * Recommends one area and a runner-up from the answers; a picked area wins and the other closest one is the runner-up.
 * `among`: the two areas the person was weighing, the only ones suggested.
 */
export function recommend(kb: KnowledgeBase, answers: SpecialisationAnswers, among: readonly SpecialisationId[] = []): Recommendation {
  const scores = scoreAnswers(kb, answers);
  if (answers.picked) scores.set(answers.picked, (scores.get(answers.picked) ?? 0) + 10);
  const ranked = rank(kb, scores).filter((area) => among.length < 2 || among.includes(area.id));
  const best = specialisationById(kb, ranked[0]!.id);
  const second = ranked[1]!;
  const runnerUp = specialisationById(kb, second.id);
  return {
    best,
    runnerUp,
    runnerUpScored: second.score > 0,
    tippedWords: answers.tippedText ?? null,
    audienceWords: ownWords(kb, answers.audience, best.id, false),
    drawWords: ownWords(kb, answers.draw, best.id, true),
    pickedWords: answers.picked === best.id && answers.pickedText && normalise(answers.pickedText) !== normalise(best.title) ? answers.pickedText : null,
  };
}

/** Words too common to tell two descriptions apart. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  ['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'their', 'them', 'they', 'it', 'is', 'are', 'that', 'this', 'so', 'all', 'other', 'care', 'people', 'help', 'helping', 'work', 'working', 'i', 'me', 'my', 'really', 'more', 'side'].map(stem),
);

/**
 * Of two areas weighed, the one whose own description (whom it serves, what the work is) shares more of the words said
 * ("the family side, getting parents on board": pediatric serves children and their families); null when neither or
 * both equally.
 */
export function closerByDescription(kb: KnowledgeBase, text: string, among: readonly SpecialisationId[]): SpecialisationId | null {
  const said = new Set(words(text).filter((word) => !COMMON_WORDS.has(word)));
  const shared = among.map((id) => {
    const spec = specialisationById(kb, id);
    return { id, count: new Set(words(`${spec.serves} ${spec.work}`).filter((word) => said.has(word))).size };
  });
  const [first, second] = [...shared].sort((a, b) => b.count - a.count);
  return first && first.count > 0 && (!second || second.count < first.count) ? first.id : null;
}

export function specialisationById(kb: KnowledgeBase, id: SpecialisationId): Specialisation {
  const spec = kb.specialisations.find((s) => s.id === id);
  if (!spec) throw new Error(`The knowledge base has no specialisation "${id}"; check specialisations.yaml lists all four.`);
  return spec;
}

/** Which kind of care manager or area is asked: "which type would cover", "what specialty is that", "what kind of care manager works with". */
const ASKS_WHICH_AREA = /\b(?:which|what|wat|wich)(?: \w+){0,2}? (?:kind|kinds|type|types|sort|sorts|area|areas|specialty|speciality|specialties|specialities|speciali[sz]ations?|field|branch)\b|\b(?:is there|are there|any) (?:a |an )?(?:specialty|speciality|specialties|specialities|speciali[sz]ations?|area|areas)(?: of care management)? (?:for|that (?:deals|works|covers|helps))\b/;

/** True when a question asks which area or kind of care manager serves someone, and not an aspect of it (its pay, its training). */
export function asksWhichAreaServes(question: string): boolean {
  const asked = normalise(question);
  return ASKS_WHICH_AREA.test(asked) && !ASKS_AN_ASPECT.test(asked) && !KIND_OF_SOMETHING_ELSE.test(asked);
}

/** A kind of something other than an area: "what kind of first job should I look for", "what type of work". */
const KIND_OF_SOMETHING_ELSE =
  /\b(?:kind|kinds|type|types|sort|sorts) of (?:\w+ )?(?:jobs?|work|roles?|positions?|posts?|employers?|places?|settings?|companies|company|organi[sz]ations?|experience|person|people skills|skills?|questions?)\b/;

/** The writer's own age ("at my age", "someone my age", "i'm 58"): no older people they would serve (ut31b D4). */
const OWN_AGE = /\b(?:at|for|with|of|given|considering) my age\b|\b(?:someone|somebody|people|a person|anyone) (?:my|of my) age\b|\bmy age\b|\bi ?(?:am|m) \d{2}\b/g;

/** Quick test for OWN_AGE (which is global, so stateful with test()). */
const OWN_AGE_SAID = /\bmy age\b|\bi ?(?:am|m) \d{2}\b/i;

/** The words a person says of the people they would serve, without what they say of their own age. */
export const withoutOwnAge = (said: string): string => normalise(said).replace(OWN_AGE, ' ');

/**
 * The area a question asks for by the people or condition it names, in the question or the story before it ("which type
 * would cover older folk with dementia", "many of my patients are diabetic. which kind of care manager works with
 * them?"): the one area those words point to most; null when the question asks no such thing, asks an aspect of an area
 * (its pay, its training), or the words point to no one area.
 */
export function areaForThePeople(kb: KnowledgeBase, question: string, said: string = question): SpecialisationId | null {
  if (!asksWhichAreaServes(question)) return null;
  const [best, next] = matchAreas(kb, said);
  if (best && (!next || best.points > next.points)) return best.id;
  if (best) return null;
  const named = areasNamed(kb, withoutOwnAge(said));
  return named.length === 1 ? named[0]! : null;
}

/**
 * A way of working or a liking said in asking for the chooser, which names no area and no draw of the guide ("which
 * specialisation suits someone who likes planning and numbers more than the emotional part?", "I'm more of an
 * organiser, what area fits?"). The guide matches the areas to who is helped and what the work involves only.
 */
// "like" as a filler ("is there like a quiz", "so like what") says no liking.
const LIKING = /\b(?:(?<!\b(?:there|is|was|just|um|uh|so|its|it s|and|or) )likes?|loves?|enjoys?|prefers?|good at|great at|into|more of an?|rather (?:do|work with)|more than|strengths? (?:are|is)|best at|skills? (?:are|is|in))\b/;

/** True when the text says what the person likes or is good at, which the chooser's areas are not matched to. */
export function saysALiking(text: string): boolean {
  return LIKING.test(normalise(text));
}
