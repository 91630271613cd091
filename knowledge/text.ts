import stem from 'wink-porter2-stemmer';

/** Questions are searched on a bounded prefix: a 20,000-character paste costs no more than a long question. */
export const MAX_QUESTION_CHARS = 500;

/** Each rule, and whether it can match a text with no apostrophe ("cant", "im", "whats"); the others need one. */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string, boolean]> = [
  [/\bcan't\b|\bcant\b|\bcannot\b/g, 'can not', true],
  [/\bwon't\b/g, 'will not', false],
  [/n't\b/g, ' not', false],
  [/'re\b/g, ' are', false],
  [/'ve\b/g, ' have', false],
  [/'ll\b/g, ' will', false],
  [/'d\b/g, ' would', false],
  [/\bi'm\b|\bim\b/g, 'i am', true],
  [/\b(what|who|where|how|that|there|it|he|she)'s\b/g, '$1 is', false],
  [/\b(what|where|how|who)s\b/g, '$1 is', true],
  [/'s\b/g, '', false],
];

/** Every word a bare rule of CONTRACTIONS (one that needs no apostrophe) matches. */
const BARE_CONTRACTION = /\b(?:cant|cannot|im|whats|wheres|hows|whos)\b/;

/** British and American spellings meet in one form before stemming (specialise/specialize, paediatric/pediatric). */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^paed/, 'ped'],
  [/^(.{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2'],
  [/^(.{3,})yz(e|es|ed|ing)$/, '$1ys$2'],
  [/^licenc(e|es|ed|ing)$/, 'licens$1'],
  [/^(behavi|hon|lab|fav|col)our(s|ed|ing)?$/, '$1or$2'],
  [/^(cent|met)re(s)?$/, '$1er$2'],
  [/^programme(s)?$/, 'program$1'],
];

/** Words that carry no meaning for finding an answer. Question words that do ("long", "much", "where") are kept. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for with from as into about than then there here this that these those ' +
    'i me my mine myself we us our you your yours u ur he she it its they them their is am are was were be been being ' +
    'did doing done have has had having will would shall should can could may might must ' +
    'what which who whom whose why how hi hello hey please pls plz thanks thank tell know want wanna gonna ' +
    'just really actually also too very some any all lot lots bit kind sort thing things stuff ' +
    'got go going like ok okay yeah yes dont im ive id youre one someone something anyone ' +
    'question wondering wonder curious interested guess think thinking say said let lets still even ever found heard carebot ' +
    'anybody somebody nobody everybody everyone noone'
  ).split(/\s+/),
);

/**
 * A pure function of a text that keeps its last few results (at most `size`; all dropped when full): one message is
 * read by several steps of a turn, and a long one whole and sentence by sentence.
 */
export function rememberRecent<T>(compute: (text: string) => T, size: number): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    const known = recent.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (recent.size >= size) recent.clear();
    recent.set(text, value);
    return value;
  };
}

const normaliseRecent = rememberRecent(normaliseUncached, 32);

/** Lower case, no accents, no @mentions or markup, contractions expanded, punctuation turned into spaces. */
export function normaliseText(raw: string): string {
  return normaliseRecent(raw);
}

/**
 * What a chat message carries besides its words: @mentions, a script or style block with its content, tags, a Markdown
 * link (its label names the link, not the question) and bare URLs. Removed before searching.
 */
export function stripMarkup(text: string): string {
  // Most messages carry none: one scan instead of five.
  if (!/[<[]|https?:|www\./i.test(text)) return text;
  return text
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<(script|style)\b[^>]{0,200}>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/!?\[[^\]]{0,200}\]\([^)\s]{0,500}\)/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, ' ');
}

// Every step below that cannot change the text is skipped (an ASCII text has no accents to strip, a text with no
// apostrophe only the bare contractions to expand): most messages need a third of the regular expressions.
function normaliseUncached(raw: string): string {
  let text = stripMarkup(raw.slice(0, MAX_QUESTION_CHARS * 2));
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  text = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  const apostrophe = text.includes("'");
  // Without an apostrophe only the bare forms can match, and most texts have none of them: one scan instead of three.
  if (apostrophe || BARE_CONTRACTION.test(text)) for (const [pattern, replacement, bare] of CONTRACTIONS) if (bare || apostrophe) text = text.replace(pattern, replacement);
  // A decimal point stays ("1.5 years"); every other mark becomes a space.
  if (text.includes('$')) text = text.replace(/\$\s?(\d)/g, 'usd $1');
  if (text.includes('.')) text = text.replace(/(\d)\.(?=\d)/g, '$1\u0001');
  text = text.replace(/[^a-z0-9+\u0001]+/g, ' ');
  if (text.includes('\u0001')) text = text.replace(/\u0001/g, '.');
  return text.trim().slice(0, MAX_QUESTION_CHARS);
}

export function tokenise(normalised: string): string[] {
  return normalised.length === 0 ? [] : normalised.split(' ');
}

export function unifySpelling(token: string): string {
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(token)) return token.replace(pattern, replacement);
  }
  return token;
}

const stemCache = new Map<string, string>();

/** Porter2 stem after spelling unification; cached because the same few hundred words recur. */
export function stemToken(token: string): string {
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    stemmed = stem(unifySpelling(token));
    if (stemCache.size < 50_000) stemCache.set(token, stemmed);
  }
  return stemmed;
}
