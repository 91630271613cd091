import { expect } from "chai";
import { Messages } from "../../dialogs/rendering/core/messages";
import {
  answerOpening,
  CHAT_CHANNELS,
  expectChannelSafe,
  expectNamedInPassing,
  expectShown,
  shownText,
  startGuided,
} from "./guidedHarness";

/**
 * Session 31: a single question read wrong because of its words (the words engineer's list and tester ut31a). A role
 * weighed against the career, a degree by its short form or asked as eligibility, a skill of the guide's list by a name
 * its answers do not use, dollars of another country with no pay word, leaving school said as people say it. The real
 * bot, engine and knowledge base, in Web Chat and Teams.
 */

const opening = answerOpening;
const NOT_COVERED = "outside what I can help with";
const NO_ANSWER = "I don't have an answer to that in the guide";
const NOT_REQUIRED =
  "It does say a degree in healthcare or social work isn't strictly required";

describe("a single question read as its words mean (session 31)", () => {
  // The real bot's first turn reads the knowledge base and its models: read once here, so no test carries it.
  before(async function () {
    this.timeout(120_000);
    await startGuided().say("hello");
  });

  for (const [channelName, channelId] of CHAT_CHANNELS) {
    describe(`a role weighed against the career (${channelName})`, () => {
      for (const asked of [
        "what's the difference between a care manager and a hospital manager?",
        "how is a care manager different from a hospital manager",
        "care manager vs hospital manager, whats the difference",
      ]) {
        it(`"${asked}" says the guide does not describe a hospital manager, then what it says of a care manager`, async () => {
          const replies = await startGuided({ channelId }).say(asked);
          expectShown(
            replies,
            Messages.weighing.notDescribed("care manager", "hospital manager"),
            opening("role-overview"),
          );
          expect(shownText(replies)).not.to.include(opening("client-advocacy"));
          expectChannelSafe(channelId, replies, asked);
        });
      }

      for (const asked of [
        "care manager vs case manager",
        "what's the difference between a care manager and a case manager?",
      ]) {
        it(`"${asked}" sets the role beside where the guide names a case manager (a first job), not the duty of case management`, async () => {
          const replies = await startGuided({ channelId }).say(asked);
          expectShown(
            replies,
            Messages.weighing.inPassing("care manager", "case manager"),
          );
          expect(expectNamedInPassing(replies, "care manager", "case manager")).to.match(
            /Jobs you can start in include: care coordinator or case manager/,
          );
          expect(shownText(replies)).not.to.include(opening("case-management"));
          expectChannelSafe(channelId, replies, asked);
        });
      }
    });

    describe(`a degree asked whether it lets them in (${channelName})`, () => {
      for (const [asked, field] of [
        ["am I BPT eligible", "physiotherapy"],
        ["I studied economics formation, can I apply", "economics"],
        ["i did a bcom, can i still apply for care manager jobs?", "commerce"],
        ["I have a degree in biology, am I eligible?", "biology"],
      ] as const) {
        it(`"${asked}" weighs ${field}: no list of related fields, and a degree is not strictly required`, async () => {
          const replies = await startGuided({ channelId }).say(asked);
          const shown = shownText(replies);
          expect(shown).to.include(
            `so it doesn't say whether ${field} counts as one.`,
          );
          expect(shown).to.include(NOT_REQUIRED);
          expect(shown).not.to.include(NO_ANSWER);
          expectShown(replies, opening("degree-fields"));
          expectChannelSafe(channelId, replies, asked);
        });
      }

      it('"I have a nursing degree, can I apply?" gets the yes for nursing', async () => {
        const replies = await startGuided({ channelId }).say(
          "I have a nursing degree, can I apply?",
        );
        expectShown(
          replies,
          "Yes: the guide names nursing among the usual degrees for this career.",
        );
        expect(shownText(replies)).not.to.include(NOT_REQUIRED);
      });

      it('"Is my BA psychology counted as related field?" names the field once, without the word that asks', async () => {
        const replies = await startGuided({ channelId }).say(
          "Is my BA psychology counted as related field?",
        );
        expect(shownText(replies)).to.include(
          "so it doesn't say whether psychology counts as one.",
        );
      });
    });

    describe(`a skill of the guide's list named in other words (${channelName})`, () => {
      for (const [asked, skill] of [
        ["What is cultural competency?", "cultural competency"],
        ["what does cultural competence mean", "cultural competency"],
        ["do i need to be culturally sensitive?", "cultural competency"],
        ["is resilience important for this job?", "resilience"],
        ["what does adaptability mean", "adaptability"],
      ] as const) {
        it(`"${asked}" says the guide names ${skill} among the essential skills, then the skills`, async () => {
          const replies = await startGuided({ channelId }).say(asked);
          expectShown(
            replies,
            Messages.direct.skillNamed(skill),
            opening("essential-skills"),
          );
          expect(shownText(replies)).not.to.include(
            opening("work-environment"),
          );
          expectChannelSafe(channelId, replies, asked);
        });
      }
    });

    describe(`words that say what is asked in other ways (${channelName})`, () => {
      for (const asked of [
        "how much in canadian dollars",
        "so how much in AUD?",
      ]) {
        it(`"${asked}" is pay asked in another country's dollars, not a decline`, async () => {
          const replies = await startGuided({ channelId }).say(asked);
          const shown = shownText(replies);
          expect(shown).not.to.include(NO_ANSWER);
          expect(shown).to.include(
            "The guide gives pay only as median ranges in dollars",
          );
          expectChannelSafe(channelId, replies, asked);
        });
      }

      it('"thats entry. i supervise a warehouse, 30 people under me. do i start at bottom" after the pay is the first rung, not a decline', async () => {
        const conversation = startGuided({ channelId });
        await conversation.say("care manager. how much money");
        const replies = await conversation.say(
          "thats entry. i supervise a warehouse, 30 people under me. do i start at bottom",
        );
        expect(shownText(replies)).not.to.include(NOT_COVERED);
        expectShown(replies, opening("junior-care-manager"));
        expectChannelSafe(channelId, replies, "start at bottom");
      });

      it('"would I have to start at the bottom of the ladder?" is the junior care manager', async () => {
        const replies = await startGuided({ channelId }).say(
          "would I have to start at the bottom of the ladder?",
        );
        expectShown(replies, opening("junior-care-manager"));
      });

      for (const asked of [
        "no degree. left school at 16",
        "i left school at 16, can i still do it?",
        "dropped out of high school, is that a problem?",
      ]) {
        it(`"${asked}" is the route without a degree, not a decline or an age`, async () => {
          const replies = await startGuided({ channelId }).say(asked);
          const shown = shownText(replies);
          expect(shown).not.to.include(NOT_COVERED);
          expect(shown).not.to.include("anything about age");
          expectShown(replies, opening("without-degree"));
          expectChannelSafe(channelId, replies, asked);
        });
      }
    });
  }
});
