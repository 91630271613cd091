/**
 * `npm run eval:false-follow-ups`: does the last answer bend complete questions? Every labelled in-scope question of
 * the tuning and blind question sets is read after each entry of the guide as the last answer, the way a turn reads
 * it (a follow-up along the ladder or one leaning on the last answer, then "which is better?"), and beside it on its
 * own words. A pair where the two differ is a question the context changed: right only in context, right only alone
 * (a false follow-up), or wrong both ways. Each out-of-scope question is read the same way: one the context answers
 * with an entry ("will it rain tmrw" after the CCM answered with the CCM) is a decline lost. Rotating sets are never read.
 *
 *   npm run eval:false-follow-ups
 *   npm run eval:false-follow-ups -- --set dev --set blindS --last ccm --last salary
 *
 * Prints each changed pair, then the counts. Exit code 0, or 1 when a pair was right alone and wrong in context or a
 * decline was lost.
 */
import { parseArgs } from 'node:util';
import { EVAL_SETS, type EvalSetName } from '../bot/cli/evalSets';
import { aspectNotGivenInView } from '../dialogs/understanding/inView/aspectInView';
import { comparedEntries, followUpEntry } from '../dialogs/understanding/core/followUp';
import { subjectInView } from '../dialogs/understanding/inView/subjectInView';
import { createAnswerEngine } from '../knowledge/answerEngine';
import { loadLabelledSet } from '../knowledge/evaluate';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { engineForTheTurn } from '../knowledge/turnEngine';

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true }, last: { type: 'string', multiple: true } } });
const kb = loadKnowledge();
const engine = createAnswerEngine(kb);
const readable = Object.entries(EVAL_SETS).filter(([, set]) => set.role !== 'rotating').map(([name]) => name as EvalSetName);
const sets = values.set ?? readable;
const rotating = sets.filter((name) => !readable.includes(name as EvalSetName));
if (rotating.length > 0) {
  console.error(`${rotating.join(', ')}: not a tuning or blind question set (rotating sets are never read); the sets are ${readable.join(', ')}`);
  process.exit(2);
}
const lasts = (values.last ?? kb.faqs.map((entry) => entry.id)).map((id) => {
  const entry = kb.faqById.get(id);
  if (!entry) throw new Error(`--last ${id}: no entry of that id in knowledge/content/faq.yaml`);
  return entry;
});

let pairs = 0;
const changed = { rightInContext: 0, rightAlone: 0, neither: 0 };
let aspectsLost = 0;
let declinePairs = 0;
let declinesLost = 0;
for (const name of sets) {
  for (const item of loadLabelledSet(EVAL_SETS[name as EvalSetName].file, kb)) {
    // The message's question count, read once and shared by the readers as a turn shares it (after every last answer).
    const turn = engineForTheTurn(engine);
    const alone = engine.answer(item.q);
    const aloneId = alone.kind === 'answer' ? alone.entry?.id : undefined;
    if (!item.id) {
      for (const last of lasts) {
        declinePairs++;
        const ofTheThing = subjectInView(item.q, last, turn, kb);
        const answered = followUpEntry(item.q, last, turn, kb) ?? comparedEntries(item.q, last, undefined, kb)[0] ?? (ofTheThing?.kind === 'entry' ? ofTheThing.entry : undefined);
        if (!answered || aloneId) continue;
        declinesLost++;
        console.log(`x [${name}] after ${last.id}: "${item.q}" (out of scope): declined alone, in context ${answered.id}`);
      }
      continue;
    }
    const answeredAlone = engine.answerAll(item.q).flatMap((answer) => (answer.kind === 'answer' && answer.entry ? [answer.entry] : []));
    for (const last of lasts) {
      pairs++;
      const followUp = followUpEntry(item.q, last, turn, kb);
      // A right answer turned into "the guide doesn't say" for an aspect it lacks (understanding/inView/aspectInView.ts).
      const aspect = aspectNotGivenInView(item.q, last, undefined, followUp ? [followUp] : answeredAlone, kb);
      if (aspect && (followUp?.id ?? aloneId) === item.id) {
        aspectsLost++;
        console.log(`a [${name}] after ${last.id}: "${item.q}" (${item.id}): answered, in context "the guide doesn't say" (${aspect.asked.aspect})`);
        continue;
      }
      const compared = followUp ? [] : comparedEntries(item.q, last, undefined, kb);
      // A question asked of the thing in view that the guide answers only for the career (understanding/inView/subjectInView.ts):
      // declined for the thing, unless the guide says something of it, which is given with the career's answer.
      const ofTheThing = followUp || compared.length > 0 ? null : subjectInView(item.q, last, turn, kb);
      const saysNothingOfIt = ofTheThing?.kind === 'notGiven' && ofTheThing.said.own.length === 0 && ofTheThing.said.inGeneral.length === 0;
      if (saysNothingOfIt && aloneId === item.id) {
        aspectsLost++;
        console.log(`a [${name}] after ${last.id}: "${item.q}" (${item.id}): answered, in context "the guide doesn't answer that for ${last.title}"`);
        continue;
      }
      const thing = ofTheThing?.kind === 'entry' ? ofTheThing.entry.id : undefined;
      const inContext = followUp ? followUp.id : compared.length > 0 ? compared.map((entry) => entry.id).join(' + ') : (thing ?? aloneId);
      if (inContext === aloneId) continue;
      const right: boolean = inContext === item.id;
      const rightAlone: boolean = aloneId === item.id;
      const kind = right ? 'rightInContext' : rightAlone ? 'rightAlone' : 'neither';
      changed[kind]++;
      console.log(`${right ? '+' : rightAlone ? '-' : '~'} [${name}] after ${last.id}: "${item.q}" (${item.id}): alone ${aloneId ?? 'not answered'}, in context ${inContext}`);
    }
  }
}
const total = changed.rightInContext + changed.rightAlone + changed.neither;
console.log(`${pairs} pairs (${sets.length} sets x ${lasts.length} last answers): the context changed ${total}; right only in context ${changed.rightInContext}, right only alone ${changed.rightAlone} (false follow-ups), wrong both ways ${changed.neither}`);
console.log(`right answers lost to "the guide doesn't say" (an aspect its answer lacks): ${aspectsLost}`);
console.log(`${declinePairs} out-of-scope pairs: declined alone and answered in context ${declinesLost}`);
process.exit(changed.rightAlone > 0 || declinesLost > 0 || aspectsLost > 0 ? 1 : 0);
