/**
 * The end of the chain (answerTurn.ts): the message as the engine reads it, one answer or two. Two asked one after the
 * other are each answered on their own words; side by side when the message weighs them; a part the guide does not cover
 * gets a plain note.
 */
import { type Answer } from '../../../knowledge/answerEngine';
import { ageAsked } from '../../../knowledge/beyondGuide';
import { askedAspect } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { guessConfirmed } from '../../understanding/questions/guessConfirmed';
import { channelOf, echoPart, renderPartNotCovered, renderSideBySide, renderText, renderTwoAnswers } from '../core/cards';
import { feedbackUserOf } from '../../feedbackStore';
import { asksToCompare } from '../../understanding/questions/specialisationMatch';
import { askedAsTheWriter } from '../../understanding/core/askedFor';
import { checksAnInference, withoutOwnExample } from '../../understanding/core/clauses';
import { readWithoutEcho } from '../../understanding/inView/echoOfTheAnswer';
import { sendTwoWithoutTheRepeat } from '../core/repeatReplies';
import { Messages } from '../core/messages';
import { noteShown, rememberAnswered, sendEntry, sendLedEntry, sendSideBySide, shownInReply, withoutLinesSaid } from '../core/entryReplies';
import { sendDirectLead } from '../inView/inViewReplies';
import { sendNotComparedBeside } from './weighingReplies';
import type { TurnEngine } from '../../../knowledge/turnEngine';
import { asksWhatTheCredentialNeeds, timedThingsOwnEntry, weighedAtTheEnd, weighsAgainstUndescribed } from '../../understanding/inView/answerInView';
import { answersOf, askedApart, remarkBeside } from '../../understanding/questions/partsAsked';
import { partRestated } from '../../understanding/core/partRestated';
import { holdingBoth } from '../core/sidesDiffer';
import type { TurnFollowingUp } from '../../answerTurn';
import { sendOne } from './oneAnswerReplies';


/**
 * Two answers to a message that weighs one thing against another stand side by side: what the engine read as a
 * comparison ("how is X different from Y"), "paid more than", or a message that opens with two things joined by "or"
 * ("CCM or CMC for someone coming from nursing?").
 */
const WEIGHS_TWO = /\bthan\b|^\s*(?:\S+\s+){0,2}\S+\s+or\s+/i;
/** The message as the engine reads it, when no step before took it. */
export async function sendAsTheEngineReads(turn: TurnFollowingUp): Promise<Answer[]> {
  const { context, deps, text, lastRejected, engine, answeredId, last } = turn;
  const asWriter = askedAsTheWriter(text);
  // "does my daughter need a degree?": words for the person asked for that the engine declines as a personal question.
  // A remark saying the answer in view back before a new question ("6 to 8 years.. ok. is it stressful like a kitchen?"):
  // the question read without it, not as that answer again (understanding/inView/echoOfTheAnswer.ts).
  const ownWords = (lastRejected ? null : readWithoutEcho(text, last, (words) => answersOf(engine, words, deps.kb))) ?? answersOf(engine, text, deps.kb);
  const asTheWriter = asWriter && !ownWords.some((answer) => answer.kind === 'answer') ? answersOf(engine, asWriter, deps.kb) : [];
  const read = asTheWriter.some((answer) => answer.kind === 'answer') ? asTheWriter.map((answer) => ({ ...answer, question: text })) : ownWords;
  // Two questions asked one after the other that the engine reads as one ("wat do i major in and how many yrs of school
  // is it", "does my BSW count toward it? or would I need an MSW too"): each answered on its own words.
  const apart = read.length <= 1 ? (askedApart(engine, text, read[0], deps.kb) ?? read) : read;
  // "how stressful is it? is it worse than being a nurse?": the part that weighs the first against a job the guide
  // never describes is said so after the answer, not answered with that job's nearest entry (the degrees).
  const weighing = apart.length > 1 ? apart.slice(1).filter((answer) => weighsAgainstUndescribed(answer.question, deps)) : [];
  const answers = apart.filter((answer) => !weighing.includes(answer));
  const [first, ...others] = answers;
  if (!first) return [await sendOne(context, deps, deps.engine.answer(text), answeredId)];
  if (others.length === 0) {
    const sent = await sendOne(context, deps, first, answeredId);
    const beside = weighing[0]?.question ?? weighedAtTheEnd(text);
    if (sent.kind === 'answer' && beside && weighsAgainstUndescribed(beside, deps)) await sendNotComparedBeside(context, deps, beside);
    return [sent];
  }
  const channel = channelOf(context.activity);
  const entries = answers.map((answer) => (answer.kind === 'answer' && answer.entry ? (timedThingsOwnEntry(deps.kb, answer.question, answer.entry) ?? answer.entry) : null));
  const known = entries.filter((entry): entry is FaqEntry => entry !== null);
  // "So CCM first? What do I need to qualify for it?": what the CCM asks for, not the career's needs beside it.
  const credential = answers.length === 2 ? answers.find((answer) => answers.some((other) => other !== answer && asksWhatTheCredentialNeeds(answer.entry, other.question))) : undefined;
  if (credential) return [await sendOne(context, deps, { ...credential, question: text }, answeredId)];
  // "you said that already. ok how much do they make, and is there a pediatric certification?": not pediatric a third time.
  if (known.length === answers.length && (await sendTwoWithoutTheRepeat(context, deps, answers, answeredId))) return answers;
  if (known.length === answers.length) {
    const [a, b] = known;
    const weighed = answers.every((answer) => answer.compared) || asksToCompare(text) || WEIGHS_TWO.test(text);
    // Two questions ("how many yrs to senior and what do directors make"): what each asks of its own answer is read in
    // its own words, never in the other's ("how long senior and what do directors make takes").
    const parts = answers.every((answer) => !answer.compared && answer.question !== text);
    if (parts) for (const [i, answer] of answers.entries()) await sendDirectLead(context, deps, answer.question, [known[i]!]);
    else await sendDirectLead(context, deps, text, known);
    const said = shownInReply(context).lines;
    // One side holds the other's figures ("pay starting out vs later"): that side alone (rendering/core/sidesDiffer.ts).
    if (known.length === 2 && a && b && weighed && holdingBoth(a, b)) return (await sendSideBySide(context, deps, a, b), answers);
    if (known.length === 2 && a && b && weighed) await context.sendActivity(renderSideBySide([withoutLinesSaid(a, said), withoutLinesSaid(b, said)], channel));
    else await context.sendActivity(renderTwoAnswers(known.map((entry) => withoutLinesSaid(entry, said)), deps.kb, channel));
    noteShown(context, known);
    for (const entry of known) await rememberAnswered(context, deps, entry.id);
    return answers;
  }
  const answered = answers.find((answer) => answer.kind === 'answer' && answer.entry);
  if (!answered?.entry) return [await sendOne(context, deps, deps.engine.answer(text))];
  // What the known part asks of its answer beside the answer itself ("what are the CCM requirements?": the guide lists
  // none for the CCM, and does for the CMC), said first, in that part's own words.
  // "How long does the CCM take to obtain, and what does it cost?": the CCM's answer, not the career's 6 to 8 years.
  const answeredEntry = timedThingsOwnEntry(deps.kb, answered.question, answered.entry) ?? answered.entry;
  // "What does a pediatric care manager coordinate? Schools, I assume?": the guess the answer confirms gets "Yes" and the
  // answer once, not a decline of the guess as a question of its own (understanding/questions/guessConfirmed.ts).
  const guesses = new Map(answers.filter((part) => part !== answered).map((part) => [part, guessConfirmed(part.question, answeredEntry)] as const));
  const guessed = [...guesses.values()].find((guess): guess is string => guess !== null);
  if (guessed) await sendLedEntry(context, deps, Messages.guessConfirmed(guessed), answeredEntry);
  else if (answered.question !== text) await sendDirectLead(context, deps, answered.question, [answeredEntry]);
  if (!guessed) await sendEntry(context, deps, answeredEntry);
  for (const [i, part] of answers.entries()) {
    if (part === answered || remarkBeside(part, deps) || guesses.get(part)) continue;
    // "Associate's won't cut it then?" beside "do I need the full bachelor's?": the answer given answers the check too.
    if (part.kind === 'out-of-scope' && part.alternatives.length === 0 && checksAnInference(part.question)) continue;
    if (part.kind !== 'answer' && partRestated(part.question)) continue;
    // The asker's own thing given as an example ("do I need a licence like my SIA badge?"): asked without it.
    const plain = ownExampleAnswered(engine, part.question, shownInReply(context).entries);
    if (plain?.entry) {
      await sendLedEntry(context, deps, Messages.otherQuestion(echoPart(part.question)), plain.entry);
      answers[i] = { ...plain, question: part.question };
      continue;
    }
    if (part.kind === 'no-match' || part.kind === 'out-of-scope') void deps.feedback.recordQuestion(part.question, part.kind, feedbackUserOf(context.activity), context.activity.channelId);
    // A figure the guide does not give ("exact number of supervised hours for the CMC?"): said so, then what it says of
    // the thing asked about (or that it is above), not "the guide doesn't cover" what it covers but for the figure.
    const figure = part.declined === 'no-figure' || askedAspect(part.question, deps.kb)?.aspect === 'exact-figure';
    const about = figure ? deps.kb.faqById.get(part.alternatives[0]?.id ?? '') : undefined;
    if (about) await sendLedEntry(context, deps, Messages.partNoFigure(echoPart(part.question), about.title), about);
    else await context.sendActivity(ageAsked(part.question) ? renderText(channel, Messages.partAge(echoPart(part.question))) : renderPartNotCovered(part.question, channel));
  }
  return answers;
}

/** The answer to a part asked without the asker's own example ("like my SIA badge"), when it is one not shown yet. */
function ownExampleAnswered(engine: TurnEngine, part: string, shown: ReadonlySet<string>): Answer | null {
  const plain = withoutOwnExample(part.replace(/^(?:and|also|plus)\s+/i, ''));
  if (plain === part) return null;
  const all = engine.answerAll(plain);
  const [one] = all;
  return all.length === 1 && one?.kind === 'answer' && one.entry && one.score >= OWN_EXAMPLE_SCORE && !shown.has(one.entry.id) ? one : null;
}
const OWN_EXAMPLE_SCORE = 0.6;