import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { asksCost, asksPay } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { answerUnits } from './listInView';
import { normalise, stem } from '../core/textMatch';

/**
 * An example checked against the answer in view (session 37, followupsAV): "like going back for a doctorate?" after
 * continuing development, "like a care coordinator?" after the first jobs, "you mean in a hospital?" after where they
 * work. The example is a thing the answer names in a line of its own, so that line is the reply, not another answer
 * its words alone reach ("advocate for", coordinating services). Null when the answer in view does not name it ("like
 * a nurse?" after the first jobs), so the other readers take it as before.
 */

/** Opens by offering an example or a reading of what was said. */
const OFFERS_AN_EXAMPLE = /^(?:(?:so|oh|ok|okay|and|ah|hmm|wait|right)\s+)*(?:like|such as|as in|for example|for instance|you mean|do you mean|meaning|so you mean)\s+(.+)$/;
/** Words that carry the example and name nothing ("going back for", "doing", "something like"). */
const CARRYING = new Set(
  ('going go back getting get doing do taking take becoming become being be working work starting start studying study pursuing pursue ' +
    'heading head maybe perhaps something stuff thing things kind sort type one ones like such example instance mean you i me my someone people actually really even eventually later then too also').split(' '),
);
/** The most words an example check takes. */
const MAX_WORDS = 9;

/** The lines of the answer in view that name the example checked; null when it is no such check or the answer names no such thing. */
export function exampleChecked(message: string, last: FaqEntry | undefined, engine: AnswerEngine): string[] | null {
  if (!last) return null;
  const text = normalise(message);
  const example = OFFERS_AN_EXAMPLE.exec(text)?.[1];
  if (!example || text.split(' ').length > MAX_WORDS || asksPay(text) || asksCost(text)) return null;
  const words = example.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !CARRYING.has(word));
  if (words.length === 0) return null;
  const stems = words.map(stem);
  const units = answerUnits(last);
  const lines = units.filter((unit) => {
    const said = new Set(normalise(unit).split(' ').map(stem));
    return stems.every((word) => said.has(word));
  });
  if (lines.length === 0 || lines.length === units.length) return null;
  // Words alone that land surely on another answer are its, unless the answer in view says the example as it was put
  // ("care coordinator", a first job, not coordinating services).
  const alone = engine.answer(message);
  const phrase = words.join(' ');
  if (alone.kind === 'answer' && alone.entry && alone.entry.id !== last.id && !lines.some((line) => ` ${normalise(line)} `.includes(` ${phrase} `))) return null;
  return lines;
}
