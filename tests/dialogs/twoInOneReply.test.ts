import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { readWeighingInPassing, weighingAsked } from '../../knowledge/comparison';
import { twoQuestionsAsked } from '../../dialogs/understanding/core/clauses';
import { CHAT_CHANNELS, entryById, readable, readableOpening, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe, knowledge, realEngine } from './transcript';

/**
 * Session 27 (issue 10 point 4, testers ut26a and ut26b): one reply to two questions in one message never shows the
 * same answer or the same line twice, answers both halves (or the known one and a plain note), and a comparison with a
 * side the guide never describes gives the side it does. The sentences are written for these tests, in the testers'
 * manner, not taken from them.
 */

const kb = knowledge();
const entry = entryById;
const openingOf = readableOpening;
const timesShown = (replies: readonly Partial<Activity>[], fragment: string): number => readable(shownText(replies)).split(readable(fragment)).length - 1;

describe('two questions asked one after the other, read (dialogs/understanding/core/clauses.ts twoQuestionsAsked)', () => {
  it('splits two questions a sentence apart, or joined by "and" or "or" before a question word, telling sentences left out', () => {
    expect(twoQuestionsAsked('ok sounds good. what would i study and how many years of college is that')).to.deep.equal(['what would i study', 'how many years of college is that']);
    expect(twoQuestionsAsked('does my nursing placement count toward it? or would i need a masters as well')).to.deep.equal(['does my nursing placement count toward it?', 'would i need a masters as well']);
  });

  it('leaves one question alone, and a question with a remark after it', () => {
    for (const one of ['should I study nursing or social work', 'I have a degree and 3 years in a hospital, what is next?', 'is it hard? i work nights', 'thanks. how long does it take?']) {
      expect(twoQuestionsAsked(one), one).to.equal(null);
    }
  });
});

describe('a side the guide never describes, read (knowledge/comparison.ts)', () => {
  it('reads the career against a job the guide never names, and "this" as the career only then', () => {
    const engine = realEngine();
    const plain = 'care manager vs a physiotherapist';
    const read = readWeighingInPassing(plain, engine, engine.answer(plain), kb);
    expect(read?.answered.entry.id).to.equal('role-overview');
    expect(read?.named).to.deep.equal({ side: 'physiotherapist', lines: [] });
    const pointer = 'how is this different from being a psychologist tho';
    expect(weighingAsked(pointer), 'two things the guide answers are never read with "this" as the career').to.equal(null);
    expect(readWeighingInPassing(pointer, engine, engine.answer(pointer), kb)?.named.side).to.equal('psychologist');
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`one reply to two questions in one message (${channelName})`, () => {
    const start = () => startGuided({ channelId });
    const safe = (replies: readonly Partial<Activity>[], label: string) => {
      if (channelName === 'Teams') replies.forEach((reply, i) => expectTeamsSafe(reply, `${label} #${i}`));
    };

    it('"which certificate do I need? and is the CCM recognised in Australia?" shows the certifications once, the country line pointing at them', async () => {
      const message = 'Which certificate do I need? and is the CCM recognised in Australia?';
      const replies = await start().say(message);
      expect(timesShown(replies, openingOf('certifications')), 'the certifications answer').to.equal(1);
      expect(readable(shownText(replies))).to.include(readable(Messages.answerAbove)).and.include('no certification for a particular country');
      safe(replies, message);
    });

    it('pay, stress and a currency told in one message ("hows the pay and is the job stressful. im paid in euros"): the pay once, in dollars, and the stress', async () => {
      const message = 'hows the pay and is the job stressful. im paid in euros';
      const replies = await start().say(message);
      expect(timesShown(replies, openingOf('salary')), 'the pay answer').to.equal(1);
      expect(timesShown(replies, openingOf('stressful')), 'the stress answer').to.equal(1);
      expect(readable(shownText(replies))).to.include('only median ranges in dollars');
      safe(replies, message);
    });

    it('lines quoted before an answer on how long ("If I did a bachelors in nursing first, how long ...") are not in the answer again', async () => {
      const message = 'If I did a bachelors in nursing first, how long before I would be working as a care manager?';
      const replies = await start().say(message);
      const items = entry('how-long').answer.split('\n').filter((line) => /^\s*-\s/.test(line));
      expect(items.length).to.be.greaterThan(0);
      for (const item of items) expect(timesShown(replies, item), item).to.be.at.most(1);
      expect(timesShown(replies, openingOf('how-long'))).to.equal(1);
      safe(replies, message);
    });

    it('"what would i study and how many years of college is that": the degrees and the time, both', async () => {
      const message = 'what would i study and how many years of college is that';
      const replies = await start().say(message);
      expect(readable(shownText(replies))).to.include(openingOf('degree-fields')).and.include(openingOf('how-long'));
      safe(replies, message);
    });

    it('"does my nursing placement count toward it? or would i need a masters as well": the placement, then the master\'s, led by the second question', async () => {
      const message = 'does my nursing placement count toward it? or would i need a masters as well';
      const replies = await start().say(message);
      const text = readable(shownText(replies));
      expect(text).to.include(openingOf('internships')).and.include(openingOf('bachelors-or-masters'));
      expect(text).to.include(readable(Messages.otherQuestion('would i need a masters as well')));
      safe(replies, message);
    });

    it('whether pharmacy work counts, and whether care managers also handle medication schedules: both answered (pharmacy work is not named by the guide)', async () => {
      const message = 'does working in a pharmacy count as experience? care managers handle medication schedules too, right?';
      const replies = await start().say(message);
      const text = readable(shownText(replies));
      expect(text).to.include(readable(Messages.experienceCounts['not-said'])).and.include('medication schedules');
      expect(text).not.to.include(readable(Messages.experienceCounts['care-work']));
      expect(text).to.include(readable(Messages.otherQuestion('care managers handle medication schedules too, right?')));
      safe(replies, message);
    });

    it('a figure the guide lacks in one part ("whats the exact number of supervised hours for the CMC? and what does the CCM require?"): said so, with the CMC\'s answer, never "doesn\'t cover"', async () => {
      const message = 'whats the exact number of supervised hours for the CMC? and what does the CCM require?';
      const replies = await start().say(message);
      const text = readable(shownText(replies));
      expect(text).to.include('gives no figure for the other part of your question').and.include('a certain number of hours of supervised experience');
      expect(text).not.to.include("doesn't cover the other part");
      expect(timesShown(replies, openingOf('ccm'))).to.equal(1);
      safe(replies, message);
    });

    it('a check of what follows beside the question that answers it ("so a diploma won\'t do then? do I need a bachelor\'s degree?") is not called a part the guide does not cover', async () => {
      const message = "so a diploma won't do then? do I need a bachelor's degree?";
      const replies = await start().say(message);
      const text = readable(shownText(replies));
      expect(text).to.include(openingOf('bachelors-or-masters'));
      expect(text).not.to.include("doesn't cover the other part");
      safe(replies, message);
    });

    it('a part that points at the story before it ("Would that count as related?") is never answered on its own words; the other part is', async () => {
      const message = 'I have a bachelors in chemistry. Would that count as related? And is the job stressful?';
      const replies = await start().say(message);
      const text = readable(shownText(replies));
      expect(text).not.to.include(readable(Messages.otherQuestion('Would that count as related?')));
      expect(text).to.include('chemistry').and.include(openingOf('stressful'));
      safe(replies, message);
    });

    it('the career against a job the guide never describes ("care manager vs a physiotherapist", "how is this different from being a psychologist"): said so, then the role (pointed at when just shown); a decline', async () => {
      const conversation = start();
      for (const [message, named, role] of [
        ['care manager vs a physiotherapist', 'physiotherapist', openingOf('role-overview')],
        ['how is this different from being a psychologist', 'psychologist', readable(Messages.answerAbove)],
      ] as const) {
        const replies = await conversation.say(message);
        const text = readable(shownText(replies));
        expect(text, message).to.include(readable(Messages.weighing.notDescribed('care manager', named).replace(/ Here is .*$/, ''))).and.include(role);
        expect(text, message).not.to.include('outside what I can help with');
        safe(replies, message);
      }
    });
  });
}
