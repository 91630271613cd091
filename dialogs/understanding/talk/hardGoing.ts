/**
 * Hard going, told with nothing asked (session 40, talk40). Two kinds, each answered as meant rather than as a rating of
 * the last answer:
 * - a hard time or grief said, often with an apology ("im sorry, its been a hard year", "sorry, rough few months",
 *   "sorry im a bit emotional"): sympathy and "take your time", never "no problem at all";
 * - the whole thing found confusing or too much ("ugh this is so confusing", "im so lost", "this is a lot to take
 *   in"): the short version of the route and the step-by-step walk offered, never "ask it in other words".
 * Pure: text in, reading out.
 */
import { withoutInterjections } from './remarks';

const INTENSIFIER = '(?:(?:so|very|really|super|quite|pretty|kinda|kind of|sort of|a bit|a little|just|honestly|totally|completely|all|such a|a|way|too|rather|incredibly|extremely|bloody|damn|proper) )*';

/** A hard stretch of life: "its been a hard year", "rough few months", "going through a lot", "still grieving". */
const HARD_TIME = new RegExp(
  '\\b(?:(?:it|this|the last|last|this past|the past)(?: s| is| has| was| have)?(?: been)? ' +
    INTENSIFIER +
    '(?:hard|rough|tough|difficult|awful|terrible|horrible|brutal|bad|long|painful|heavy|sad|dark)(?: few| couple of)? (?:year|years|month|months|week|weeks|time|while|stretch|spell|couple of years)|' +
    '(?:(?:a|such a) )?' + INTENSIFIER + '(?:hard|rough|tough|difficult|awful|terrible|horrible|painful|sad|dark) (?:year|few years|few months|few weeks|time(?! (?:\\w+ing|with)\\b)|couple of years|while|stretch)|' +
    '(?:this|the last|last|the past|this past) (?:year|few years|few months|couple of years|months|while)(?: or so)? (?:has been|have been|was|is|s been) ' + INTENSIFIER + '(?:hard|rough|tough|difficult|awful|terrible|horrible|brutal|painful|heavy|sad|dark|hell)|' +
    '(?:going|been going|gone) through (?:a lot|so much|it|a hard time|a rough time|a tough time|hell)|' +
    '(?:still |been )?(?:grieving|mourning|heartbroken|devastated)|' +
    '(?:i am|i have been|i ve been|been|feeling) ' + INTENSIFIER + '(?:struggling|emotional|a mess|not coping|barely coping|not okay|not ok|not doing (?:great|well|too well))|' +
    '(?:this|it) (?:is|s|gets) ' + INTENSIFIER + '(?:hard|tough|painful|emotional) (?:for me )?(?:to talk about|to think about|to say)|' +
    'i miss (?:her|him|them) (?:so much|every day|a lot)?)\\b',
);
/** An apology or sorrow said for how they are, not for a mistake: "sorry", "sorry for rambling", "forgive me". */
const APOLOGY = /^(?:i am |im )?(?:so |really |very )?(?:sorry|apologies|forgive me)(?: (?:for|about) (?:rambling|going on|the rant|that|dumping all that|being emotional|oversharing|the long message|all that))?\b/;
/** Asked outright: then it is a question and is answered as one. */
const ASKS = /^(?:how|what|which|can|could|is|are|do|does|should|would|will|where|when|why|who)\b/;
/** Longer than a remark: a story with a hard time in it is read as a story. */
const MAX_WORDS = 25;

/** True when a message tells of a hard time or grief (with or without an apology) and asks nothing. */
export function hardTimeTold(raw: string): boolean {
  const text = withoutInterjections(raw);
  if (!text || text.split(' ').length > MAX_WORDS || raw.includes('?') || ASKS.test(text)) return false;
  return HARD_TIME.test(text) || (APOLOGY.test(text) && /\b(?:emotional|upset|crying|tears|teary)\b/.test(text));
}

/** The whole thing, as people point at it, with the verb they say it with. */
const THE_WHOLE =
  '(?:this|that|it|all this|all of this|all that|the whole thing|everything|this all|it all|this whole thing|this stuff|all this stuff)(?: is| s| was| feels| seems| sounds| is getting| gets| are)?';

/** The whole thing as too much: "this is a lot" (said of all of it), never "that's a lot" (said of a figure just given). */
const MUCH_OF_IT = '(?:this|all this|all of this|the whole thing|everything|this all|it all|this whole thing|this stuff|all this stuff)(?: is| s| feels| seems| is getting| gets)?';

/** The whole thing found confusing or too much: "this is so confusing", "im so lost", "this is a lot to take in". */
const OVERWHELMED = new RegExp(
  '^(?:(?:ok|okay|honestly|man|wow|god|lol|tbh|ngl) )*(?:' +
    '(?:' + THE_WHOLE + ' )?' + INTENSIFIER + '(?:confusing|confusing as hell|complicated|overwhelming|hard to follow|hard to get my head around|over my head|a maze|a minefield)|' +
    MUCH_OF_IT + ' ' + INTENSIFIER + '(?:a lot|a lot to take in|too much|much|so much|a lot of info|too much info|too much information)|' +
    '(?:i am|i m|im|i feel|feeling|i am getting|i am feeling) ' + INTENSIFIER + '(?:confused|lost|overwhelmed|swamped)(?: (?:by|with|about) (?:all this|all of this|it all|this|everything))?|' +
    'my head is (?:spinning|exploding|hurting|fried)|(?:i )?(?:do not|can not|cannot) (?:get|follow|understand) (?:any of this|all this|this at all|any of it)' +
    ')(?: (?:tbh|honestly|ngl|lol|haha|tho|though|now|already|for me|to be honest))*$',
);

/** True when a message says the whole thing is confusing or too much, and asks nothing. */
export function overwhelmedBy(raw: string): boolean {
  if (raw.includes('?')) return false;
  const text = withoutInterjections(raw).replace(/\s+/g, ' ').trim();
  return OVERWHELMED.test(text);
}
