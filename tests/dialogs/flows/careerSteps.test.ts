import { CardFactory, Channels, MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { GuidedButtons, GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../dialogs/rendering/core/messages';
import type { DialogState } from 'botbuilder-dialogs';
import { LEGACY_ROOT_DIALOG_ID, liftLegacyRootFrame } from '../../../dialogs/turnRouter';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectShown, sameBotConversation, savedProfile, shownText, startGuided, stepShown } from '../guidedHarness';
import { AdaptiveSchema, allButtons, button, knowledge } from '../transcript';

const kb = knowledge();
const total = kb.steps.length;

describe('career steps walk', () => {
  it('shows step 1 as one card with the step, its summary, what to do, a tip and Next/Stop buttons', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await chat.say(FlowPhrases.careerSteps);
    const first = kb.steps[0]!;
    expect(stepShown(replies)).to.equal(1);
    expectShown(replies, `Step 1 of ${total}`, first.title, first.summary, first.todo[0]!, first.tips[0]!);
    expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.next, GuidedButtons.stop]);
    expect(replies.filter((r) => (r.attachments ?? []).length > 0)).to.have.length(1);
  });

  it('moves with the Next and Back buttons', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    let replies = await chat.say(FlowPhrases.careerSteps);
    replies = await clickOn(chat, replies, GuidedButtons.next);
    expect(stepShown(replies)).to.equal(2);
    expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.next, GuidedButtons.back, GuidedButtons.stop]);
    replies = await clickOn(chat, replies, GuidedButtons.next);
    expect(stepShown(replies)).to.equal(3);
    replies = await clickOn(chat, replies, GuidedButtons.back);
    expect(stepShown(replies)).to.equal(2);
  });

  // Each row: what the user types, and the step the walk should show next.
  const wordMoves: ReadonlyArray<readonly [string, number]> = [
    ['next', 2],
    ['next please', 3],
    ['previous', 2],
    ['go back', 1],
    ['go to step 7', 7],
    ['step 3', 3],
    ['skip to the certification step', 5],
    ['repeat', 5],
    ['take me to step nine', 9],
    ['back', 8],
    ['jump to the job step', 6],
    ['go to the professional organizations step', 7],
    ['from the beginning', 1],
  ];

  it('understands navigation in words: next, back, go to step N, skip to a named step, repeat, from the beginning', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.careerSteps);
    for (const [text, expected] of wordMoves) {
      const replies = await chat.say(text);
      expect(stepShown(replies), `after "${text}"`).to.equal(expected);
    }
  });

  it('says there is nothing before step 1 and stays there', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.careerSteps);
    const replies = await chat.say('back');
    expectShown(replies, GuidedMessages.steps.atFirstStep);
    expect(stepShown(replies)).to.equal(1);
  });

  it('starts at the step the root asks for ("step 7")', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    const replies = await chat.say('step 7');
    expect(stepShown(replies)).to.equal(7);
    expectShown(replies, kb.steps[6]!.title);
  });

  it('answers a question asked mid-walk, then continues at the same step', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say('go to step 4');
    let replies = await chat.say('How long does it take to become a care manager?');
    expectShown(replies, kb.faqById.get('how-long')!.answer.split('\n')[0]!, GuidedMessages.steps.continueOffer(4));
    expect(stepShown(replies)).to.equal(null);
    expect(buttonTitles(replies)).to.include.members([GuidedButtons.continueStep(4), GuidedButtons.stop]);
    replies = await clickOn(chat, replies, GuidedButtons.continueStep(4));
    expect(stepShown(replies)).to.equal(4);
  });

  it('after a question, "next" still moves on from the same step and "continue" returns to it', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say('step 2');
    await chat.say('do I need a masters degree?');
    let replies = await chat.say('continue');
    expect(stepShown(replies)).to.equal(2);
    await chat.say('what does a CCM certification involve?');
    replies = await chat.say('next');
    expect(stepShown(replies)).to.equal(3);
  });

  it('stops with the Stop button, saying how to pick up again, and keeps the place', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say('step 3');
    let replies = await chat.say('next');
    replies = await clickOn(chat, replies, GuidedButtons.stop);
    expectShown(replies, GuidedMessages.steps.stopped(4, FlowPhrases.careerSteps));
    const profile = await savedProfile(storage, Channels.Webchat, 'user-1');
    expect(profile?.lastStep).to.equal(4);
    expect(profile?.completedSteps).to.deep.equal([3]);
    const resume = button(replies, GuidedButtons.resumeStep(4));
    // The walk is over: "next" is now an ordinary message, not a move.
    replies = await chat.say('next');
    expect(stepShown(replies)).to.equal(null);
    // The button under the stop message still picks up there.
    replies = await chat.click(resume);
    expect(stepShown(replies)).to.equal(4);
  });

  it('keeps the place when the user types "stop" (the root cancels the flow)', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say('step 6');
    await chat.say('stop');
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.lastStep).to.equal(6);
  });

  it('offers to resume at the saved step in a new conversation, and resumes there', async () => {
    const storage = new MemoryStorage();
    const monday = startGuided({ channelId: Channels.Webchat, storage, userId: 'ana', conversationId: 'monday' });
    await monday.say('step 5');
    await monday.say('next');
    const tuesday = startGuided({ channelId: Channels.Webchat, storage, userId: 'ana', conversationId: 'tuesday' });
    let replies = await tuesday.say(FlowPhrases.careerSteps);
    expectShown(replies, GuidedMessages.steps.resumeOffer(6, kb.steps[5]!.title));
    expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.resumeStep(6), GuidedButtons.fromStepOne]);
    replies = await clickOn(tuesday, replies, GuidedButtons.resumeStep(6));
    expect(stepShown(replies)).to.equal(6);
  });

  it('starts again from step 1 when a returning user asks to, keeping the steps marked done', async () => {
    const storage = new MemoryStorage();
    const first = startGuided({ channelId: Channels.Webchat, storage, userId: 'ben', conversationId: 'c1' });
    await first.say('step 3');
    await first.say('next');
    const second = startGuided({ channelId: Channels.Webchat, storage, userId: 'ben', conversationId: 'c2' });
    let replies = await second.say(FlowPhrases.careerSteps);
    replies = await clickOn(second, replies, GuidedButtons.fromStepOne);
    expect(stepShown(replies)).to.equal(1);
    const profile = await savedProfile(storage, Channels.Webchat, 'ben');
    expect(profile?.lastStep).to.equal(1);
    expect(profile?.completedSteps).to.deep.equal([3]);
  });

  it('understands a typed answer to the resume offer ("yes", "go to step 8")', async () => {
    const storage = new MemoryStorage();
    await startGuided({ channelId: Channels.Webchat, storage, userId: 'cy', conversationId: 'c1' }).say('step 4');
    let again = startGuided({ channelId: Channels.Webchat, storage, userId: 'cy', conversationId: 'c2' });
    await again.say(FlowPhrases.careerSteps);
    expect(stepShown(await again.say('yes'))).to.equal(4);
    again = startGuided({ channelId: Channels.Webchat, storage, userId: 'cy', conversationId: 'c3' });
    await again.say(FlowPhrases.careerSteps);
    expect(stepShown(await again.say('go to step 8'))).to.equal(8);
  });

  it('tells the user about a step number that does not exist, then offers to continue', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say('step 2');
    const replies = await chat.say('go to step 12');
    expectShown(replies, GuidedMessages.steps.outOfRange(12, total));
    expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(2));
  });

  it('takes questions about a step number as a move there, and "list the steps" as the overview at the same step', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say('step 2');
    expect(stepShown(await chat.say("what's step 5?"))).to.equal(5);
    expect(stepShown(await chat.say('what is the last step'))).to.equal(kb.steps.length);
    const replies = await chat.say('list the 10 steps');
    expectShown(replies, `1. ${kb.steps[0]!.title}`, `10. ${kb.steps[9]!.title}`);
    expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(kb.steps.length));
  });

  it('says where the walk was saved when "menu" leaves it, and "next" afterwards brings it back there', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say('step 4');
    const menu = await chat.say('menu');
    expectShown(menu, Messages.walkPaused(4), Messages.menu);
    // With no flow running, "next" can only mean the walk: the returning user is offered step 4 again.
    const next = await chat.say('next');
    expectShown(next, GuidedMessages.steps.resumeOffer(4, kb.steps[3]!.title));
    expect(stepShown(await chat.say('yes'))).to.equal(4);
    await chat.say('cancel');
    // "continue" (as the saved-place message says) and "where was I?" go straight back to the saved step.
    expect(stepShown(await chat.say('continue'))).to.equal(4);
    await chat.say('cancel');
    expect(stepShown(await chat.say('where was I?'))).to.equal(4);
  });

  it('lists the steps when asked for a step it cannot find', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say('step 2');
    const replies = await chat.say('skip to the astronaut step');
    expectShown(replies, 'astronaut', kb.steps[4]!.shortTitle);
    expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(2));
  });

  it('ends with congratulations after the last step, when every step was gone through, and marks it done', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say(FlowPhrases.careerSteps);
    for (let n = 1; n < total; n += 1) await chat.say('next');
    const replies = await chat.say('next');
    expectShown(replies, GuidedMessages.steps.finished(total));
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.completedSteps).to.include(total);
  });

  for (const [channelName, channelId] of CHAT_CHANNELS) {
    it(`does not congratulate a walk that skipped from step 1 to step 9, and names what it skipped (${channelName})`, async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.careerSteps);
      await chat.say('go to step 9');
      await chat.say('next');
      const replies = await chat.say('next');
      expectShown(replies, GuidedMessages.steps.finishedSkipped(total, 'steps 1 to 8', 1));
      expect(shownText(replies)).not.to.include('Well done');
      expect(stepShown(await chat.say('what was step 5 again'))).to.equal(5);
    });

    it(`answers "which one would suit me if i like old people" on the step about specialising with that area (${channelName})`, async () => {
      const chat = startGuided({ channelId });
      await chat.say('step 9');
      const replies = await chat.say('which one would suit me if i like old people');
      const geriatric = kb.faqById.get(kb.specialisations.find((spec) => spec.id === 'geriatric')!.faqId)!;
      expectShown(replies, geriatric.answer.split('\n')[0]!.slice(0, 60));
      expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(9));
    });
  }

  it('re-prompts at most twice in a row for messages it cannot place, then leaves gracefully with the menu', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say('step 3');
    let replies = await chat.say('asdfgh');
    expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(3));
    replies = await chat.say('qwerty zxcv');
    expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(3));
    replies = await chat.say('blorp blorp');
    expectShown(replies, GuidedMessages.steps.tooManyMisses(3, FlowPhrases.careerSteps));
    expect(buttonTitles(replies)).to.include(GuidedButtons.menu).and.not.include(GuidedButtons.continueStep(3));
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.lastStep).to.equal(3);
    const resume = button(replies, GuidedButtons.resumeStep(3));
    replies = await chat.click(button(replies, GuidedButtons.menu));
    expect(stepShown(replies)).to.equal(null);
    expect(stepShown(await chat.click(resume))).to.equal(3);
  });

  it('counts only misses in a row: an answered question resets the count', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say('step 3');
    await chat.say('asdfgh');
    await chat.say('qwerty zxcv');
    await chat.say('how long does it take?');
    const replies = await chat.say('blorp blorp');
    expect(buttonTitles(replies)).to.include(GuidedButtons.continueStep(3));
  });

  it('keeps two users walking at the same time apart', async () => {
    const storage = new MemoryStorage();
    const ana = startGuided({ channelId: Channels.Webchat, storage, userId: 'ana', conversationId: 'ana-chat' });
    const ben = sameBotConversation(ana, 'ben', 'ben-chat');
    expect(stepShown(await ana.say(FlowPhrases.careerSteps))).to.equal(1);
    expect(stepShown(await ben.say('step 6'))).to.equal(6);
    expect(stepShown(await ana.say('next'))).to.equal(2);
    expect(stepShown(await ben.say('next'))).to.equal(7);
    expect(stepShown(await ana.say('next'))).to.equal(3);
    expect(stepShown(await ben.say('back'))).to.equal(6);
    const [anaProfile, benProfile] = await Promise.all([savedProfile(storage, Channels.Webchat, 'ana'), savedProfile(storage, Channels.Webchat, 'ben')]);
    expect(anaProfile?.lastStep).to.equal(3);
    expect(anaProfile?.completedSteps).to.deep.equal([1, 2]);
    expect(benProfile?.lastStep).to.equal(6);
    expect(benProfile?.completedSteps).to.deep.equal([6]);
  });

  it('helps mid-walk without losing the step (the root answers "help", the walk shows the step again)', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say('step 5');
    const replies = await chat.say('help');
    expect(stepShown(replies)).to.equal(5);
    expect(stepShown(await chat.say('next'))).to.equal(6);
  });
});

describe('career steps cards on Teams', () => {
  it('sends the step as an Adaptive Card, one TextBlock per paragraph and the to-dos as a list, with buttons of at most 20 characters', async () => {
    const chat = startGuided({ channelId: Channels.Msteams });
    const replies = await chat.say('step 5');
    const attachment = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === CardFactory.contentTypes.adaptiveCard);
    const card = AdaptiveSchema.parse(attachment?.content);
    const step = kb.steps[4]!;
    expect(card.body[0]?.text).to.equal(`Step 5 of ${total}: ${step.title}`);
    expect(card.body.map((block) => block.text)).to.include(step.summary).and.include(step.todo.map((item) => `- ${item}`).join('\r'));
    for (const title of buttonTitles(replies)) expect(title.length).to.be.at.most(20);
  });

  it('moves on with the card\'s Next button, which sends only its data as Teams does', async () => {
    const chat = startGuided({ channelId: Channels.Msteams });
    const next = allButtons(await chat.say('step 5')).find((b) => b.title === GuidedButtons.next)!;
    expect(next.text).to.equal(undefined);
    expect(stepShown(await chat.click(next))).to.equal(6);
  });

  it('fits every step-walk button title in 20 characters, for every step number', () => {
    for (let n = 1; n <= total; n += 1) {
      for (const title of [GuidedButtons.continueStep(n), GuidedButtons.resumeStep(n)]) expect(title.length, title).to.be.at.most(20);
    }
  });

  it('shows the same steps as the knowledge base, in order', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    let replies = await chat.say(FlowPhrases.careerSteps);
    for (const step of kb.steps) {
      expect(shownText(replies)).to.include(`Step ${step.number} of ${total}: ${step.title}`);
      if (step.number < total) replies = await chat.say('next');
    }
  });
  it('carries on a walk saved while the root was a dialog (its flows inside the root frame), after a deploy', async () => {
    const storage = new MemoryStorage();
    expect(stepShown(await startGuided({ storage }).say('go to step 5'))).to.equal(5);
    const key = 'test/conversations/conversation-1/';
    const saved = (await storage.read([key]))[key];
    if (!saved) throw new Error(`nothing saved under ${key}`);
    // The layout ComponentDialog wrote: one root frame holding the flows' own stack under "dialogs".
    const legacy = { ...saved, dialogState: { dialogStack: [{ id: LEGACY_ROOT_DIALOG_ID, state: { dialogs: saved.dialogState } }] }, eTag: '*' };
    await storage.write({ [key]: legacy });
    expect(stepShown(await startGuided({ storage }).say('next'))).to.equal(6);
  });

  it('reads a legacy root frame without a flow inside as no flow at all', () => {
    const state: DialogState = { dialogStack: [{ id: LEGACY_ROOT_DIALOG_ID, state: {} }] };
    liftLegacyRootFrame(state);
    expect(state.dialogStack).to.deep.equal([]);
    const current: DialogState = { dialogStack: [{ id: 'careerStepsDialog', state: { step: 3 } }] };
    liftLegacyRootFrame(current);
    expect(current.dialogStack.map((frame) => frame.id)).to.deep.equal(['careerStepsDialog']);
  });
});
