/**
 * Replies that answer the key ask of a question the search answers only in half or reads as another topic (tester
 * ut38a kinds 4, 6 and 7): school skipped for a certification, how a skill is learned, the path to a level with its years, a setting the guide never names, which of two is
 * better for someone like the writer, money asked tersely, "possible or no?" after a degree lacked, and a qualification short
 * of a degree weighed. The readers are in understanding/questions/askedInFull.ts, understanding/inView/askedTersely.ts
 * and understanding/person/shortQualificationWeighed.ts.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';
import type { DialogDeps } from '../../deps';
import { channelOf, renderText } from '../core/cards';
import { Messages, sourcesLine } from '../core/messages';
import { answeredWith, rememberAnswered } from '../core/entryReplies';
import { feedbackUserOf } from '../../feedbackStore';
import { sendLedAnswer, sendLedDecline } from '../person/situationReplies';
import { betterForSomeoneAsked, howToLearnASkillAsked, pathToALevelAsked, schoolSkippedForCertification, settingNotNamedAsked } from '../../understanding/questions/askedInFull';
import { moneyAskedTersely, possibleOrNotAsked } from '../../understanding/inView/askedTersely';
import { shortQualificationWeighed } from '../../understanding/person/shortQualificationWeighed';

/** The guide's answers each reply leans on. */
const WITHOUT_DEGREE = 'without-degree';
const WHERE_THEY_WORK = 'where-they-work';
const CAREER_LADDER = 'career-ladder';
const PAY = 'salary';
const HARD_SKILLS = 'hard-skills';
/** The guide's answers on skills: a how-to-learn question about one of them is shown that one. */
const SKILL_ENTRIES: ReadonlySet<string> = new Set(['essential-skills', 'hard-skills', 'soft-skills', 'computer-skills', 'confidentiality', 'leadership', 'communication']);
/** Answers in view after which "possible or no?" asks whether one can do it without the degree. */
const DEGREE_IN_VIEW: ReadonlySet<string> = new Set(['what-is-needed', 'without-degree', 'degree-fields', 'bachelors-or-masters']);

/** One line of an answer: its first sentence, and what it says one needs, with its list, when it says so. */
function lineOf(entry: FaqEntry): string {
  const plain = entry.answer.replace(/\*\*/g, '');
  const first = plain.split(/(?<=[.!?])\s/)[0]!.replace(/:$/, '.');
  const lines = plain.split('\n');
  const needs = lines.findIndex((line) => /\byou need:$|\brequires?:$/.test(line));
  if (needs < 0) return first;
  const items = lines.slice(needs + 1).filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
  const saysNeeds = lines[needs]!.split(/(?<=[.!?])\s/).at(-1)!.replace(/:$/, '');
  return `${first} ${saysNeeds} ${list}.`;
}

/**
 * The reply to a question whose key ask the search would answer only in half, or null when the message asks none of
 * these (`typed`: the whole message; `inView`: the answer in view). Each sends one reply and says what was asked first.
 */
export async function sendAskedInFull(context: TurnContext, deps: DialogDeps, text: string, typed: string, inView: FaqEntry | undefined): Promise<Answer[] | null> {
  const entry = (id: string): FaqEntry | undefined => deps.kb.faqById.get(id);
  const led = async (lead: string, id: string): Promise<Answer[] | null> => {
    const shown = entry(id);
    return shown ? [await sendLedAnswer(context, deps, text, lead, shown)] : null;
  };
  // "how much tho" after how long it takes: pay, not the answer in view again (ut38a P02 m7).
  if (moneyAskedTersely(text, inView?.id)) return led(Messages.askedInFull.moneyAsked, PAY);
  // "so it is possible or no?" after the degree needed, or told they have none (ut38a P01 m4).
  if (possibleOrNotAsked(text) && (DEGREE_IN_VIEW.has(inView?.id ?? '') || lacksADegree((await deps.profile.get(context))?.about?.education))) return led(Messages.askedInFull.possibleWithoutDegree, WITHOUT_DEGREE);
  // "I've got a Cert IV in Disability. Does that count?": that qualification, not the answer in view again (ut38a P09 m3).
  const qualification = shortQualificationWeighed(typed);
  if (qualification) return led(Messages.askedInFull.shortQualification(qualification.replace(/\bcert\b/, 'Cert').replace(/\b(iv|iii|ii|cna|hca|pca|nvq|qcf|tafe)\b/g, (abbr) => abbr.toUpperCase())), WITHOUT_DEGREE);
  // "Could I do the certification first and skip school?" (ut38a P03 m5).
  if (schoolSkippedForCertification(typed)) return led(Messages.askedInFull.schoolNotSkipped, WITHOUT_DEGREE);
  // "How would I learn the case management software side?" (ut38a P09 m6).
  if (howToLearnASkillAsked(text)) {
    const read = deps.engine.answer(text);
    // The skill the message names, else the one in view ("how do I build those?"), else the hard skills.
    const named = read.kind === 'answer' && read.entry && SKILL_ENTRIES.has(read.entry.id) ? read.entry.id : null;
    const skill = named ?? (inView && SKILL_ENTRIES.has(inView.id) ? inView.id : HARD_SKILLS);
    return led(Messages.askedInFull.skillLearned, skill);
  }
  // "path from zero to director, and how many years" (ut38a P11 m3).
  const level = pathToALevelAsked(text);
  if (level) return led(Messages.askedInFull.pathToALevel(level, Messages.askedInFull.pathEnd[level]!), CAREER_LADDER);
  // "do they do any work in prisons or jails" (ut38a P12 m6).
  const place = settingNotNamedAsked(text);
  const places = place ? entry(WHERE_THEY_WORK) : undefined;
  if (place && places) return [await sendLedDecline(context, deps, text, Messages.askedInFull.settingNotNamed(place), places)];
  // "is the ccm or cmc better for someone with EMS background" (ut38a P05 m8).
  const better = betterForSomeoneAsked(text);
  // The writer's own words for themselves, in their own casing ("someone with EMS background").
  const who = better ? (new RegExp(better.who.replace(/ /g, '\\W+'), 'i').exec(typed)?.[0] ?? better.who) : null;
  return who ? sendOneLineEach(context, deps, text, who) : null;
}

/** Education the profile keeps that is short of a bachelor's. */
function lacksADegree(education: string | undefined): boolean {
  return education === 'none' || education === 'diploma';
}

/** The two sides of "X or Y better for someone ...", each the guide's answer, in one line each after "ranks neither"; null when a side has no answer. */
async function sendOneLineEach(context: TurnContext, deps: DialogDeps, text: string, who: string): Promise<Answer[] | null> {
  const asked = text.replace(/\b(?:better|best)\b.*$/i, '').replace(/^\s*(?:is|are|would|should i (?:get|do|pick))\s+/i, '');
  const sides = asked.split(/\s+(?:or|vs\.?|versus)\s+/i);
  if (sides.length !== 2) return null;
  const entries = sides.map((side) => deps.engine.answer(side)).map((read) => (read.kind === 'answer' ? read.entry : null));
  const [first, second] = entries;
  if (!first || !second || first.id === second.id) return null;
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  const lines = [first, second].map((side) => `- ${lineOf(side)}`);
  const reply = `${Messages.askedInFull.betterForSomeone(who)}\n\n${lines.join('\n')}\n\n${sourcesLine([first.section, second.section])}`;
  await context.sendActivity(renderText(channelOf(context.activity), reply));
  await rememberAnswered(context, deps, second.id);
  return [answeredWith(text, first), answeredWith(text, second)];
}
