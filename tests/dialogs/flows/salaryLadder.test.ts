import { ActivityTypes, CardFactory, Channels, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { ComponentDialog, runDialog, type DialogContext, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';
import { expect } from 'chai';
import { createDialogDeps } from '../../../dialogs/deps';
import { DialogIds } from '../../../dialogs/dialogIds';
import { salaryRange } from '../../../dialogs/rendering/guided/guidedCards';
import { GuidedButtons, GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../dialogs/rendering/core/messages';
import { createSalaryLadderDialog } from '../../../dialogs/flows/salaryLadderDialog';
import { parseLevelChoice } from '../../../dialogs/flows/salaryLevels';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectShown, shownText, startGuided } from '../guidedHarness';
import { TEAMS_CARD_LIMITS } from '../../../dialogs/rendering/core/teamsCards';
import { AdaptiveSchema, knowledge, realEngine } from '../transcript';

const kb = knowledge();
const m = GuidedMessages.salary;
const level = (id: string) => kb.salaries.find((s) => s.id === id)!;
/** The level a message picks in the ladder, or what else it is. */
const read = (text: string) => {
  const choice = parseLevelChoice(kb, text);
  return choice?.kind === 'salary' ? choice.level.id : choice?.kind ?? null;
};

describe('salary and career ladder', () => {
  it('shows the ladder from junior care manager to chief care officer and every salary range as one card', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await chat.say(FlowPhrases.salaryLadder);
    const cards = replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CardFactory.contentTypes.heroCard);
    expect(cards).to.have.length(1);
    const text = shownText(replies);
    const positions = kb.ladder.map((rung) => text.indexOf(`${rung.order}. ${rung.title}`));
    expect(positions.every((p) => p >= 0)).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    expect(kb.ladder[0]!.title.toLowerCase()).to.include('junior');
    expect(kb.ladder[kb.ladder.length - 1]!.title.toLowerCase()).to.include('chief care officer');
    for (const salary of kb.salaries) expect(text).to.include(`${salary.title} (${salary.experience}): ${salaryRange(salary)}`);
    expect(buttonTitles(replies)).to.deep.equal([...kb.salaries.map((s) => s.shortTitle), GuidedButtons.done]);
  });

  it('gives a level\'s range, experience and needs from a button', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    let replies = await chat.say(FlowPhrases.salaryLadder);
    const senior = level('senior');
    replies = await clickOn(chat, replies, senior.shortTitle);
    expectShown(replies, m.rangeLine(salaryRange(senior)), m.experienceLine(senior.experience), senior.needs, m.more);
    expect(buttonTitles(replies)).to.include(GuidedButtons.done);
  });

  it('answers "what would I earn as a senior care manager?" with that level', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.salaryLadder);
    const replies = await chat.say('what would I earn as a senior care manager?');
    expectShown(replies, `**${level('senior').title}**`, salaryRange(level('senior')));
    expect(shownText(replies)).not.to.include(salaryRange(level('mid-level')));
  });

  it('compares two levels named together, each with its own rung, never one level\'s pay with the other\'s work', async () => {
    const choice = parseLevelChoice(kb, 'whats the actual difference between mid and senior apart from money');
    expect(choice?.kind === 'compare' ? choice.levels.map((l) => l.id) : choice).to.deep.equal(['mid-level', 'senior']);
    for (const [, channelId] of CHAT_CHANNELS) {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      const replies = await chat.say('whats the actual difference between mid and senior apart from money');
      const text = shownText(replies);
      const mid = level('mid-level');
      const senior = level('senior');
      expectShown(replies, m.sideBySide, salaryRange(mid), mid.needs, salaryRange(senior), senior.needs, m.more);
      // The senior rung's summary comes once, after the senior pay level, not under mid-level.
      const rung = kb.ladder.find((r) => r.id === 'senior-care-manager')!;
      expect(text.indexOf(rung.summary.slice(0, 40))).to.be.greaterThan(text.indexOf(salaryRange(senior)));
      expect(text.split(rung.summary.slice(0, 40)).length - 1).to.equal(1);
    }
  });

  it('reads levels in everyday words: junior, starting, director, VP', () => {
    expect(read('junior care manager')).to.equal('ladderOnly');
    expect(read('the care manager role')).to.equal('ladderOnly');
    expect(read('how much does a care manager earn')).to.equal(null);
    // The work at a level is a question for the guide, not a pay level: the ladder shows pay.
    expect(read('what does a senior care manager do')).to.equal(null);
    expect(read("what's the director job like")).to.equal(null);
    expect(read("what's the starting pay")).to.equal('entry-level');
    expect(read('mid level')).to.equal('mid-level');
    expect(read('director of care management')).to.equal('director');
    expect(read('VP')).to.equal('vice-president');
    expect(read('chief care officer')).to.equal('ladderOnly');
    expect(read('done')).to.equal('done');
    // "done" in the words around it people use: with thanks, a laugh, a repeat.
    for (const said of ['done, thanks', 'I said done lol', 'ok done cheers', 'all done thanks', "I'm done for today", 'ok cheers']) expect(read(said), said).to.equal('done');
    expect(read('what have you done')).to.equal(null);
    expect(read('astronaut')).to.equal(null);
  });

  it('reads a yearly pay figure as the level whose range holds it, the level a boundary starts', () => {
    expect(read('how many years to get to the 60k bit')).to.equal('mid-level');
    expect(read('$85,000?')).to.equal('senior');
    expect(read('what about 100k')).to.equal('director');
    expect(read('the 130 grand one')).to.equal('vice-president');
    expect(read('is 45k normal')).to.equal('entry-level');
    // Under the entry level's pay, or no yearly figure at all: no level.
    expect(read('i earn 38k now')).to.equal(null);
    expect(read('what about after 5 years')).to.equal(null);
  });

  it('says honestly that the guide gives no pay for chief care officer or junior care manager, naming the pay levels it has', async () => {
    const low = kb.salaries[0]!;
    const top = kb.salaries[kb.salaries.length - 1]!;
    const range = (s: typeof low): string => `${s.title.toLowerCase()} (${salaryRange(s)})`;
    for (const [question, rung] of [['how much does a chief care officer make', 'Chief care officer'], ['junior care manager pay', 'Junior care manager']] as const) {
      const chat = startGuided({ channelId: Channels.Webchat });
      await chat.say(FlowPhrases.salaryLadder);
      const replies = await chat.say(question);
      const role = kb.ladder.find((r) => r.title === rung)!;
      expectShown(replies, `**${rung}**`, role.summary, ...role.focus, m.noSalary(rung.toLowerCase(), range(low), range(top)));
    }
  });

  it('shows the care manager rung and how to do well in it when the user names it', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.salaryLadder);
    const replies = await chat.say('care manager');
    const role = kb.ladder.find((r) => r.id === 'care-manager')!;
    expectShown(replies, role.summary, m.focusLabel, ...role.focus);
  });

  it('ends on "done", and re-prompts at most twice before leaving with the menu', async () => {
    let chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.salaryLadder);
    expectShown(await chat.say('done'), m.finished);
    chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.salaryLadder);
    expectShown(await chat.say('banana'), GuidedMessages.reprompt(m.question));
    expectShown(await chat.say('kiwi'), GuidedMessages.reprompt(m.question));
    const replies = await chat.say('mango');
    expectShown(replies, GuidedMessages.gaveUp);
    expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.menu]);
  });

  it('ends on "done, thanks" after a level, thanking back, in Web Chat and Teams (the ladder used to ask its question again)', async () => {
    for (const [, channelId] of CHAT_CHANNELS) {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      await chat.say('senior');
      const replies = await chat.say('done, thanks');
      expectShown(replies, Messages.chatInFlow.thanks, m.finished);
      expect(shownText(replies)).not.to.include(m.question);
    }
  });

  it('fits Teams: at most six buttons of at most 20 characters on an Adaptive Card, the rungs and pay levels as lists', async () => {
    const chat = startGuided({ channelId: Channels.Msteams });
    const replies = await chat.say(FlowPhrases.salaryLadder);
    const titles = buttonTitles(replies);
    expect(titles.length).to.be.at.most(6);
    for (const title of titles) expect(title.length, title).to.be.at.most(20);
    const card = AdaptiveSchema.parse(replies.flatMap((r) => r.attachments ?? [])[0]?.content);
    const texts = card.body.map((block) => block.text);
    expect(texts).to.include(kb.ladder.map((rung, i) => `${i + 1}. ${rung.title}`).join('\r'));
    for (const level of kb.salaries) expect(texts.join('\n')).to.include(`- ${level.title} (${level.experience}): ${salaryRange(level)}`);
  });

  it('begins with the level when the root passes the question', async () => {
    class Host extends ComponentDialog {
      constructor() {
        super('host');
        this.addDialog(createSalaryLadderDialog(createDialogDeps({ kb, engine: realEngine(), storage: new MemoryStorage() })));
      }

      protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
        return inner.beginDialog(DialogIds.salaryLadder, { question: 'What would I earn as a mid-level care manager?' });
      }
    }
    const host = new Host();
    const conversationState = new ConversationState(new MemoryStorage());
    const dialogState = conversationState.createProperty<DialogState>('dialogState');
    const adapter = new TestAdapter(async (context) => {
      await runDialog(host, context, dialogState);
      await conversationState.saveChanges(context);
    });
    await adapter.processActivity({ type: ActivityTypes.Message, text: 'hi' });
    const replies = adapter.activityBuffer.splice(0);
    expectShown(replies, `**${level('mid-level').title}**`, salaryRange(level('mid-level')), m.more);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the ladder's aspect after a role's work (${channelName})`, () => {
    const firstLine = (id: string) => kb.faqById.get(id)!.answer.split('\n')[0]!;

    it('after "what does the senior one actually do" in the ladder, "and the director" is the director\'s role, and a level named then is its pay again', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      expectShown(await chat.say('what does the senior one actually do'), firstLine('senior-care-manager'));
      const director = await chat.say('and the director');
      expectShown(director, firstLine('director-roles'), m.more);
      expect(shownText(director)).not.to.include(salaryRange(level('director')));
      for (const button of buttonTitles(director)) expect(button.length).to.be.at.most(TEAMS_CARD_LIMITS.title);
      expectShown(await chat.say('entry'), `**${level('entry-level').title}**`, salaryRange(level('entry-level')));
    });

    it('a figure said in the ladder ("how many years to get to the 60k bit") shows the level that pays it, with its experience', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      const mid = level('mid-level');
      const replies = await chat.say('how many years to get to the 60k bit');
      expectShown(replies, `**${mid.title}**`, salaryRange(mid), m.experienceLine(mid.experience));
      for (const button of buttonTitles(replies)) expect(button.length).to.be.at.most(TEAMS_CARD_LIMITS.title);
    });

    it('a role answered before the ladder began does not change it: "and senior?" there is senior pay', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what does a care management director do');
      await chat.say(FlowPhrases.salaryLadder);
      expectShown(await chat.say('and senior?'), `**${level('senior').title}**`, salaryRange(level('senior')));
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`numbers typed at the ladder's question (${channelName})`, () => {
    it('says which numbers are on offer for one out of range, and asks again with its own options only', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      const replies = await chat.say('7');
      const options = [...kb.salaries.map((s) => s.shortTitle), GuidedButtons.done];
      expectShown(replies, GuidedMessages.numberNotOffered(7, options.length), m.question);
      expect(shownText(replies)).not.to.include('no list to pick from');
      // The question comes back with its options alone, so the numbers a person sees stay the ones they type.
      expect(buttonTitles(replies)).to.deep.equal(options);
    });

    it('takes a number in range as the option in that place', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      const senior = level('senior');
      const place = kb.salaries.indexOf(senior) + 1;
      const replies = await chat.say(String(place));
      expectShown(replies, m.rangeLine(salaryRange(senior)), m.experienceLine(senior.experience));
    });
  });
}

// Usability test try18 conv11 and conv09: "next" at the overview, a level pointed at before one is chosen, and pay asked
// of the chooser's suggestion.
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the ladder and the chooser in a person's words (${channelName})`, () => {
    const levels = [...kb.salaries].sort((a, b) => a.order - b.order);

    it('starts at the entry level on "next" at the overview, and goes up a level on each "next"', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.salaryLadder);
      let replies = await chat.say('next');
      expectShown(replies, salaryRange(levels[0]!));
      expect(shownText(replies)).not.to.include(GuidedMessages.reprompt(GuidedMessages.salary.question));
      replies = await chat.say('next');
      expectShown(replies, salaryRange(levels[1]!));
    });

    for (const question of ['how long does it take to get there', 'what do they actually do at that level']) {
      it(`asks which level "${question}" means when none is chosen, with the experience each needs`, async () => {
        const chat = startGuided({ channelId });
        await chat.say(FlowPhrases.salaryLadder);
        const replies = await chat.say(question);
        expectShown(replies, 'Which level do you mean?', `${levels[0]!.shortTitle}: ${levels[0]!.experience}`, GuidedMessages.backToQuestion(GuidedMessages.salary.question));
        expect(shownText(replies)).not.to.include('6 to 8 years');
      });
    }

    it('says the guide gives no pay per specialization when pay is asked of the suggestion, with the pay by level', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('1');
      await chat.say('1');
      const replies = await chat.say('what does it pay');
      expectShown(replies, 'no pay for a specialization', salaryRange(levels[0]!), salaryRange(levels.at(-1)!), GuidedMessages.backToQuestion(GuidedMessages.specialisation.afterQuestion(kb.specialisations.find((area) => area.id === 'geriatric')!.name)));
    });
  });
}
