import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { twoQuestionsAsked } from '../../dialogs/understanding/core/clauses';
import { CHAT_CHANNELS, entryById, readable, readableOpening, shownText, startGuided } from './guidedHarness';
import { expectTeamsSafe } from './transcript';

/**
 * Session 31 (last session's testers and engineers): each of two things asked in one message answered once, or the
 * known one answered and a plain note about the other; a decline's nearby answers on the point of what was asked. The
 * sentences are written for these tests, several phrasings of each kind, not taken from the testers.
 */

const entry = entryById;
const openingOf = readableOpening;
const shown = (replies: readonly Partial<Activity>[]): string => readable(shownText(replies));
const times = (text: string, fragment: string): number => text.split(fragment).length - 1;
/** The start of the line that says the guide gives no pay for an area on its own. */
const PAY_BY_LEVEL = 'The guide gives no pay for';
/** The start of the decline of a way of studying or working the guide never speaks of. */
const MODE_NOT_SAID = readable(Messages.aspectNotGiven.mode ?? '').slice(0, 40);
const OTHER_PART_NOT_COVERED = "The guide doesn't cover the other part of your question";

describe('two questions sharing one opening, read (dialogs/understanding/core/clauses.ts twoQuestionsAsked)', () => {
  it('reads the second verb with the opening it left out ("Could I study part time, or get in without a degree?")', () => {
    expect(twoQuestionsAsked('Could I study part time, or get in without a degree?')).to.deep.equal(['Could I study part time', 'Could I get in without a degree?']);
    expect(twoQuestionsAsked('can we work from home, and earn as much?')).to.deep.equal(['can we work from home', 'can we earn as much?']);
  });

  it('leaves one question alone ("could I study nursing or social work?")', () => {
    for (const one of ['could I study nursing or social work?', 'can I do it with a BSW, or a diploma in health?']) {
      expect(twoQuestionsAsked(one), one).to.equal(null);
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`two things asked in one message, each answered once (${channelName})`, () => {
    const say = async (...messages: string[]) => {
      const conversation = startGuided({ channelId });
      let replies: Partial<Activity>[] = [];
      for (const message of messages) replies = await conversation.say(message);
      if (channelName === 'Teams') replies.forEach((reply, i) => expectTeamsSafe(reply, `${messages.at(-1)} #${i}`));
      return shown(replies);
    };

    for (const message of ['what is a geriatric care manager and how much do they earn', 'whats psychiatric care management and whats the salary like']) {
      it(`"${message}": what the area is, and its pay by level once, never the pay table again`, async () => {
        const area = message.includes('geriatric') ? 'geriatric' : 'psychiatric';
        const text = await say(message);
        expect(text).to.include(openingOf(area));
        expect(times(text, PAY_BY_LEVEL), 'the pay by level, once').to.equal(1);
        expect(text).not.to.include(openingOf('salary'));
        expect(text).not.to.include('other part of your question');
      });
    }

    it('"how much do pediatric care managers make, and what do they do?": its pay by level, then the pediatric work, not the career\'s day', async () => {
      const text = await say('how much do pediatric care managers make, and what do they do?');
      expect(text).to.include(PAY_BY_LEVEL).and.include(openingOf('pediatric'));
      expect(text.indexOf(PAY_BY_LEVEL)).to.be.below(text.indexOf(openingOf('pediatric')));
      expect(text).not.to.include(openingOf('daily-duties'));
    });

    for (const message of ['Could I study part time, or get in without a degree?', 'can I do the course online, or get in without a degree?']) {
      it(`"${message}": the way in without a degree, and a plain note that the guide does not cover the other part`, async () => {
        const text = await say(message);
        expect(text).to.include(openingOf('without-degree'));
        expect(times(text, OTHER_PART_NOT_COVERED), 'one plain note').to.equal(1);
        expect(text).not.to.include(readable(Messages.noMatch).slice(0, 40));
      });
    }

    it('"can we work from home, and earn as much?": the pay, and a plain note on working from home', async () => {
      const text = await say('can we work from home, and earn as much?');
      expect(text).to.include(openingOf('salary'));
      expect(text).to.include(`${OTHER_PART_NOT_COVERED} ("can we work from home")`);
    });

    for (const [message, left] of [
      ['CMC or CCM - which first, and would my OT registration count?', 'would my OT registration count?'],
      ['ccm or cmc, which should I get first? and does my physio licence count?', 'does my physio licence count?'],
    ] as const) {
      it(`"${message}": both certifications, and a plain note on "${left}", never a silent drop`, async () => {
        const text = await say(message);
        expect(text).to.include('Certified Case Manager').and.include('Care Manager Certified');
        expect(text).to.include(`${OTHER_PART_NOT_COVERED} ("${left}")`);
      });
    }

    it('two questions each answered ("how long does it take and is it stressful") get no note about another part', async () => {
      const text = await say('how long does it take and is it stressful');
      expect(text).not.to.include(OTHER_PART_NOT_COVERED);
    });
  });

  describe(`a story beside a question is no part asked (${channelName})`, () => {
    it('"my clients tell me all their problems lol. ... what is a care manager exactly": the answer, no note on the story', async () => {
      const replies = await startGuided({ channelId }).say('im a hairdresser in joburg, 41. my clients tell me all their problems lol. what is a care manager exactly');
      const text = shown(replies);
      expect(text).to.include(openingOf('role-overview'));
      expect(text).not.to.include('other part of your question');
    });
  });

  describe(`a decline's nearby answers on the point of what was asked (${channelName})`, () => {
    it('"I live in Portugal, are the certifications valid here?": what the guide says of certification, not degrees and licences', async () => {
      const text = shown(await startGuided({ channelId }).say('I live in Portugal, are the certifications valid here?'));
      expect(text).to.include(readable(Messages.beyond.certificationPlace).slice(0, 40)).and.include(openingOf('certifications'));
      expect(text).not.to.include(readable(Messages.beyond.foreignQualification).slice(0, 40));
    });

    const say = async (message: string) => {
      const replies = await startGuided({ channelId }).say(message);
      if (channelName === 'Teams') replies.forEach((reply, i) => expectTeamsSafe(reply, `${message} #${i}`));
      return shown(replies);
    };

    for (const message of ['is part-time study possible?', 'can I do the degree part time while working?', 'could I do my training part-time?', 'can i do my masters online?']) {
      it(`"${message}": said plainly, with the guide's answers on studying, never work or certification answers`, async () => {
        const text = await say(message);
        expect(text).to.include(MODE_NOT_SAID);
        expect(text).to.include(entry('degree-fields').title).and.include(entry('bachelors-or-masters').title);
        for (const away of ['independent-practice', 'internships', 'how-to-specialise', 'certifications']) expect(text, away).not.to.include(`${entry(away).title}:`);
      });
    }

    it('"could I do it part time while my kids are small?": said plainly, with the hours and setting of the work, not children\'s care', async () => {
      const text = await say('could I do it part time while my kids are small?');
      expect(text).to.include(MODE_NOT_SAID).and.include(entry('work-hours').title);
      expect(text).not.to.include(`${entry('pediatric').title}:`).and.not.include(`${entry('internships').title}:`);
    });

    it('"can I do the CCM part time?": said plainly, with the CCM', async () => {
      const text = await say('can I do the CCM part time?');
      expect(text).to.include(MODE_NOT_SAID).and.include(entry('ccm').title);
    });
  });
}
