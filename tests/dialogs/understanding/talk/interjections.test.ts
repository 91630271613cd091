import { Channels, type Activity } from 'botbuilder';
import { expect } from 'chai';
import { GuidedMessages, RoadmapWords, EducationButtons } from '../../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../../dialogs/rendering/core/messages';
import { parseYears } from '../../../../dialogs/understanding/person/aboutYou';
import { specialisationById } from '../../../../dialogs/understanding/questions/specialisationMatch';
import { buttonTitles, expectShown, shownText, startGuided } from '../../guidedHarness';
import { expectTeamsSafe, knowledge } from '../../transcript';

/** Messages that interrupt a guided question: comparisons, questions for the guide, small talk; and free-text answers. */

const kb = knowledge();
const g = GuidedMessages;
const sorry = g.reprompt('').split('.')[0]!;
const heading = (a: string, b: string): string => g.specialisation.compareHeading(specialisationById(kb, a as never).name, specialisationById(kb, b as never).name);

const COMPARISONS: ReadonlyArray<{ text: string; pair: [string, string] }> = [
  { text: 'compare geriatric and pediatric', pair: ['geriatric', 'pediatric'] },
  { text: 'geriatric vs pediatric', pair: ['geriatric', 'pediatric'] },
  { text: 'difference between psychiatric and chronic disease care management', pair: ['psychiatric', 'chronic-disease'] },
];

/** Each guided question and how to reach it, with the words of the question to expect again after an interjection. */
const PROMPTS: ReadonlyArray<{ name: string; reach: string[]; question: string }> = [
  { name: 'salary ladder', reach: [FlowPhrases.salaryLadder], question: g.salary.question },
  { name: 'roadmap: education', reach: [FlowPhrases.roadmap], question: g.roadmap.educationQuestion },
  { name: 'roadmap: experience', reach: [FlowPhrases.roadmap, EducationButtons.nursingDegree], question: g.roadmap.experienceQuestion },
  { name: 'roadmap: aim', reach: [FlowPhrases.roadmap, EducationButtons.nursingDegree, '2 years'], question: g.roadmap.aimQuestion },
  { name: 'specialisation: who', reach: [FlowPhrases.specialisation], question: g.specialisation.audienceQuestion },
  { name: 'specialisation: what draws', reach: [FlowPhrases.specialisation, 'older people'], question: g.specialisation.drawQuestion },
];

function expectNoApology(replies: readonly Partial<Activity>[], label: string): void {
  expect(shownText(replies), `${label}: apologised instead of answering`).not.to.include(sorry);
}

async function reach(reachWith: readonly string[], channelId: string = Channels.Webchat) {
  const chat = startGuided({ channelId });
  for (const text of reachWith) await chat.say(text);
  return chat;
}

describe('comparing specialisations anywhere', () => {
  for (const { text, pair } of COMPARISONS) {
    it(`shows the side-by-side card for "${text}" outside any flow, and offers to remember one`, async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      const replies = await chat.say(text);
      expectShown(replies, heading(...pair), g.specialisation.comparePick);
      expect(buttonTitles(replies)).to.include(specialisationById(kb, pair[0] as never).title);
    });

    for (const prompt of PROMPTS) {
      it(`shows the card for "${text}" in the ${prompt.name} question, then asks it again`, async () => {
        const chat = await reach(prompt.reach);
        const replies = await chat.say(text);
        expectNoApology(replies, prompt.name);
        expectShown(replies, heading(...pair), g.backToQuestion(prompt.question));
      });
    }
  }

  it('shows the card in the middle of the career steps walk and offers to carry on at the same step', async () => {
    const chat = await reach([FlowPhrases.careerSteps]);
    const replies = await chat.say('compare geriatric and pediatric');
    expectShown(replies, heading('geriatric', 'pediatric'), g.steps.continueOffer(1));
  });

  it('compares another pair asked for while choosing between the first two', async () => {
    const chat = await reach(['compare geriatric and pediatric']);
    const replies = await chat.say('what about psychiatric vs chronic disease');
    expectShown(replies, heading('psychiatric', 'chronic-disease'), g.specialisation.comparePick);
    expect(buttonTitles(replies)).to.include(specialisationById(kb, 'psychiatric').title).and.not.to.include(specialisationById(kb, 'geriatric').title);
  });

  it('keeps Teams limits on the comparison and the question asked again', async () => {
    const chat = await reach([FlowPhrases.salaryLadder], Channels.Msteams);
    const replies = await chat.say('geriatric vs pediatric');
    replies.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
  });
});

describe('questions asked in the middle of a guided question', () => {
  const QUESTIONS = ['what does it pay?', 'how long does it take', 'do I need a degree?', 'which certification should I get?'];
  for (const prompt of PROMPTS) {
    for (const question of QUESTIONS) {
      it(`answers "${question}" in the ${prompt.name} question, then asks it again briefly`, async () => {
        const chat = await reach(prompt.reach);
        const replies = await chat.say(question);
        expectNoApology(replies, prompt.name);
        expectShown(replies, Messages.sourcePrefix, g.backToQuestion(prompt.question));
      });
    }
  }

  // A question opened with "and", "so" or "roughly" is still worded as a question: answered, not re-prompted.
  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    for (const question of ['and how long would all that take', 'roughly how many years is all that']) {
      it(`answers "${question}" in the roadmap's experience question (${channelId}), then asks it again briefly`, async () => {
        const chat = await reach(PROMPTS.find((prompt) => prompt.name === 'roadmap: experience')!.reach, channelId);
        const replies = await chat.say(question);
        expectNoApology(replies, 'roadmap: experience');
        expectShown(replies, kb.faqById.get('how-long')!.answer.split('\n')[0]!, g.backToQuestion(g.roadmap.experienceQuestion));
        if (channelId === Channels.Msteams) for (const reply of replies) expectTeamsSafe(reply, question);
      });
    }
  }

  // A story that ends in a question asks it; a clause that only tells ("who had dementia") does not. The questions here
  // find no answer to themselves in the story (the roadmap's aim or the salary ladder's level would: "where do i start").
  const STORY = 'my nan had dementia and her care manager was lovely, im 30 and work in a call centre, where do i start';
  const COMPARE_PICK = { name: 'specialisation: which of the two', reach: ['compare geriatric and pediatric'], question: g.specialisation.comparePick };
  const STORY_PROMPTS = [...PROMPTS.filter((prompt) => ['roadmap: education', 'specialisation: who'].includes(prompt.name)), COMPARE_PICK];
  for (const prompt of STORY_PROMPTS) {
    it(`answers a story that ends in a question in the ${prompt.name} question, then asks it again briefly`, async () => {
      const chat = await reach(prompt.reach);
      const replies = await chat.say(STORY);
      expectNoApology(replies, prompt.name);
      expectShown(replies, kb.faqById.get('what-is-needed')!.answer.split('\n')[0]!, g.backToQuestion(prompt.question));
    });
  }

  it('re-prompts a story that asks nothing in the comparison\'s question, though a clause opens with "who"', async () => {
    const chat = await reach(COMPARE_PICK.reach);
    const replies = await chat.say('my mum, who had dementia, lived with us for years');
    expectShown(replies, g.reprompt(g.specialisation.comparePick));
    expect(shownText(replies)).not.to.include(Messages.sourcePrefix);
  });

  it('takes "what would I earn as a director?" as the salary level it names, not as a question to answer', async () => {
    const chat = await reach([FlowPhrases.salaryLadder]);
    const replies = await chat.say('what would I earn as a director?');
    expectShown(replies, g.salary.more);
    expect(shownText(replies)).not.to.include(g.backToQuestion(g.salary.question));
  });

  it('answers small talk without counting it as a miss, asking its question again once, not every time', async () => {
    const chat = await reach([FlowPhrases.roadmap]);
    expectShown(await chat.say('thanks'), Messages.chatInFlow.thanks, g.backToQuestion(g.roadmap.educationQuestion));
    for (let i = 0; i < 3; i += 1) {
      const replies = await chat.say('thanks');
      expectShown(replies, Messages.chatInFlow.thanks);
      expect(shownText(replies)).not.to.include(g.backToQuestion(g.roadmap.educationQuestion));
    }
    // Not counted as misses: the roadmap is still asking, and takes its answer.
    expect(shownText(await chat.say("bachelor's degree"))).not.to.include(g.roadmap.educationQuestion);
  });
});

describe('roadmap: how long the user has worked, in their own words', () => {
  const ANSWERS: ReadonlyArray<{ text: string; years: number }> = [
    { text: 'none', years: 0 },
    { text: 'never', years: 0 },
    { text: "I don't work in health care", years: 0 },
    { text: 'a few months', years: 0.3 },
    { text: 'just started', years: 0.5 },
    { text: 'half a year', years: 0.5 },
    { text: 'one and a half years', years: 1.5 },
    { text: '3 yrs', years: 3 },
    { text: 'ten years', years: 10 },
    { text: 'a decade', years: 10 },
  ];
  for (const { text, years } of ANSWERS) {
    it(`reads "${text}" as ${years} years and moves on to the aim`, async () => {
      expect(parseYears(text)).to.equal(years);
      const chat = await reach([FlowPhrases.roadmap, EducationButtons.nursingDegree]);
      expectShown(await chat.say(text), g.roadmap.aimQuestion);
    });
  }

  it('keeps "become a care manager" as the aim and asks for the experience once more, then shows the plan', async () => {
    const chat = await reach([FlowPhrases.roadmap, EducationButtons.nursingDegree]);
    let replies = await chat.say('become a care manager');
    expectShown(replies, g.roadmap.experienceAgain(RoadmapWords.aim.become));
    expectNoApology(replies, 'aim given for experience');
    replies = await chat.say('3 yrs');
    expectShown(replies, g.roadmap.heading, RoadmapWords.years(3), RoadmapWords.aim.become);
  });

  it('re-prompts what it cannot place at most twice, then leaves gracefully with the menu', async () => {
    const chat = await reach([FlowPhrases.roadmap, EducationButtons.nursingDegree]);
    expectShown(await chat.say('a while'), g.reprompt(g.roadmap.experienceQuestion));
    expectShown(await chat.say('ages'), g.reprompt(g.roadmap.experienceQuestion));
    const replies = await chat.say('dunno really');
    expectShown(replies, g.gaveUp);
    expect(buttonTitles(replies)).to.include('Menu');
  });
});

describe('the chosen specialisation in later answers', () => {
  for (const question of ['which certification should I get?', 'how do I specialise?']) {
    it(`points "${question}" to the chosen specialisation's entry, and only once one is chosen`, async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      const spec = specialisationById(kb, 'geriatric');
      const entry = kb.faqById.get(spec.faqId)!;
      const line = Messages.chosenSpecialisation(spec.name, entry.title);
      expect(shownText(await chat.say(question))).not.to.include(line);
      await chat.say('compare geriatric and pediatric');
      await chat.say(spec.title);
      const replies = await chat.say(question);
      expectShown(replies, line);
      expect(buttonTitles(replies)[0]).to.equal(entry.title);
      expect(buttonTitles(replies)).to.have.length.at.most(5);
    });
  }
});
