import { ActivityTypes, CardFactory, Channels, ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { ComponentDialog, runDialog, type DialogContext, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';
import { expect } from 'chai';
import { createDialogDeps } from '../../../dialogs/deps';
import { safeEcho } from '../../../dialogs/rendering/guided/guidedCards';
import { AudienceButtons, DrawButtons, GuidedButtons, GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../dialogs/rendering/core/messages';
import { createSpecialisationDialog, type SpecialisationOptions } from '../../../dialogs/flows/specialisationDialog';
import { DialogIds } from '../../../dialogs/dialogIds';
import { buttonTitles, CHAT_CHANNELS, clickOn, expectShown, savedProfile, shownText, startGuided, type Conversation } from '../guidedHarness';
import { knowledge, realEngine } from '../transcript';

const kb = knowledge();
const spec = (id: string) => kb.specialisations.find((s) => s.id === id)!;
const m = GuidedMessages.specialisation;

function recommended(replies: readonly Partial<Activity>[]): string | null {
  const match = /My suggestion: ([^*\n]+)/.exec(shownText(replies));
  return match ? match[1]!.trim() : null;
}

function adaptiveCards(replies: readonly Partial<Activity>[]) {
  return replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CardFactory.contentTypes.adaptiveCard);
}

describe('choosing a specialisation', () => {
  it('asks who the user wants to help, then what draws them, with buttons of at most 20 characters', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    let replies = await chat.say(FlowPhrases.specialisation);
    expectShown(replies, m.audienceQuestion);
    expect(buttonTitles(replies)).to.deep.equal([...kb.specialisations.map((s) => AudienceButtons[s.id]), GuidedButtons.notSure]);
    replies = await clickOn(chat, replies, AudienceButtons.geriatric);
    expectShown(replies, m.drawQuestion);
    expect(buttonTitles(replies)).to.deep.equal([...kb.specialisations.map((s) => DrawButtons[s.id]), GuidedButtons.notSure]);
    for (const title of [...Object.values(AudienceButtons), ...Object.values(DrawButtons), ...kb.specialisations.map((s) => s.title)]) {
      expect(title.length, title).to.be.at.most(20);
    }
  });

  for (const [channelName, channelId] of CHAT_CHANNELS) {
    it(`goes back to change the first answer when asked, reading what the message names as that answer (${channelName})`, async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      expectShown(await chat.say("probably kids and their families, that's what I do now"), m.drawQuestion);
      let replies = await chat.say('hmm actually a lot of my kids have mental health stuff going on. can I change my first answer?');
      expectShown(replies, m.goingBack, m.drawQuestion);
      expect(recommended(replies)).to.equal(null);
      replies = await chat.say('navigating treatment');
      expect(recommended(replies)).to.equal(spec('psychiatric').name);
      // With nothing named, the first question comes back.
      const again = startGuided({ channelId });
      await again.say(FlowPhrases.specialisation);
      await again.say('older people');
      expectShown(await again.say('wait go back'), m.goingBack, m.audienceQuestion);
    });
  }

  it('recommends from button answers, with what the work involves, the training it takes and the runner-up', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    let replies = await chat.say(FlowPhrases.specialisation);
    replies = await clickOn(chat, replies, AudienceButtons.pediatric);
    replies = await clickOn(chat, replies, DrawButtons.psychiatric);
    const pediatric = spec('pediatric');
    const psychiatric = spec('psychiatric');
    expect(recommended(replies)).to.equal(pediatric.name);
    expectShown(replies, pediatric.work, pediatric.training, m.runnerUp(psychiatric.name, psychiatric.serves), `"${safeEcho(AudienceButtons.pediatric, 'markdown')}"`);
    expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.rememberIt, GuidedButtons.compareBoth, GuidedButtons.notNow]);
    // A suggestion is saved as the choice only when the person takes it.
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.specialisation ?? null).to.equal(null);
    replies = await clickOn(chat, replies, GuidedButtons.rememberIt);
    expectShown(replies, m.remembered(pediatric.name));
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.specialisation).to.equal('pediatric');
  });

  // Each row: the user's own words to "who would you like to help?", and the area it should lead to.
  const ownWords: ReadonlyArray<readonly [string, string]> = [
    ['I love working with older people', 'geriatric'],
    ['kids', 'pediatric'],
    ['mental health', 'psychiatric'],
    ['patients with diabetes', 'chronic-disease'],
    ['my grandparents inspired me', 'geriatric'],
    ['teenagers', 'pediatric'],
    ['people struggling with depression and anxiety', 'psychiatric'],
    ['folks with heart disease', 'chronic-disease'],
    ['eldery people', 'geriatric'],
    ['pediatrc patients', 'pediatric'],
  ];

  for (const [words, id] of ownWords) {
    it(`understands "${words}" in the user's own words`, async () => {
      const chat = startGuided({ channelId: Channels.Webchat });
      await chat.say(FlowPhrases.specialisation);
      await chat.say(words);
      const replies = await chat.say(GuidedButtons.notSure);
      expect(recommended(replies)).to.equal(spec(id).name);
    });
  }

  it("gives the reason in the user's own words, quoting only the words that matched from a long sentence", async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    await chat.say('Honestly I have always felt most at home helping out the kids at my local youth club');
    const replies = await chat.say('working with schools');
    expect(recommended(replies)).to.equal(spec('pediatric').name);
    expectShown(replies, m.reasonBoth('kids, youth', 'working with schools'));
  });

  it('reads what draws them in their own words: the families around the person, keeping to the plan of care', async () => {
    for (const [audience, draw, id] of [
      ['older people', 'being there for their families, the relatives get so lost in it all', 'geriatric'],
      ['people with heart problems', 'helping them stay on track with their care plan week to week', 'chronic-disease'],
    ] as const) {
      const chat = startGuided({ channelId: Channels.Webchat });
      await chat.say(FlowPhrases.specialisation);
      await chat.say(audience);
      const replies = await chat.say(draw);
      expect(recommended(replies), draw).to.equal(spec(id).name);
      expect(shownText(replies), draw).not.to.include(GuidedMessages.reprompt('').slice(0, 20));
    }
  });

  it('quotes who they want to help as their answer to the question, since people answer with a condition', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    await chat.say('asthma');
    const replies = await chat.say(GuidedButtons.notSure);
    expectShown(replies, m.reasonAudience('asthma'));
    expect(shownText(replies)).not.to.include('like to help "asthma"');
  });

  it('shows the user\'s words back safely, with Markdown and HTML neutralised', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    await chat.say('*kids* <script>x</script>');
    const replies = await chat.say(GuidedButtons.notSure);
    const text = shownText(replies);
    expect(text).to.include('\\*kids\\* \\<script\\>x\\</script\\>');
    expect(text).not.to.include('<script>');
  });

  it('asks a third question only when the answers leave two areas level, and takes the pick', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    let replies = await chat.say('older people with mental health problems');
    replies = await chat.say(GuidedButtons.notSure);
    expectShown(replies, m.tiebreakQuestion(spec('geriatric').name, spec('psychiatric').name));
    expect(buttonTitles(replies)).to.deep.equal([spec('geriatric').title, spec('psychiatric').title]);
    replies = await chat.say('the mental health one');
    expect(recommended(replies)).to.equal(spec('psychiatric').name);
    expectShown(replies, m.runnerUp(spec('geriatric').name, spec('geriatric').serves));
  });

  it('asks which area sounds closest when the user is not sure of anything', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    await chat.say("I don't know");
    let replies = await chat.say('not sure');
    expectShown(replies, m.openQuestion);
    expect(buttonTitles(replies)).to.have.length(kb.specialisations.length);
    replies = await chat.say(spec('chronic-disease').title);
    expect(recommended(replies)).to.equal(spec('chronic-disease').name);
    expectShown(replies, m.reasonPicked);
  });

  it('compares the recommendation and the runner-up side by side, then remembers the pick', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say(FlowPhrases.specialisation);
    await chat.say('older adults');
    let replies = await chat.say('managing conditions');
    expect(recommended(replies)).to.equal(spec('geriatric').name);
    replies = await clickOn(chat, replies, GuidedButtons.compareBoth);
    expect(adaptiveCards(replies)).to.have.length(1);
    expectShown(replies, m.compareHeading(spec('geriatric').name, spec('chronic-disease').name), spec('chronic-disease').work, spec('geriatric').training);
    expect(buttonTitles(replies)).to.deep.equal([spec('geriatric').title, spec('chronic-disease').title, GuidedButtons.neither]);
    replies = await clickOn(chat, replies, spec('chronic-disease').title);
    expectShown(replies, m.remembered(spec('chronic-disease').name));
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.specialisation).to.equal('chronic-disease');
  });

  it('compares the two named after a recommendation ("compare geriatric and psychiatric")', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    await chat.say('kids');
    await chat.say('schools');
    const replies = await chat.say('compare geriatric and psychiatric');
    expectShown(replies, m.compareHeading(spec('geriatric').name, spec('psychiatric').name));
  });

  it('compares two specialisations named when the flow starts ("compare the specialisations pediatric vs psychiatric")', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    let replies = await chat.say('compare the specialisations pediatric vs psychiatric');
    expectShown(replies, m.compareHeading(spec('pediatric').name, spec('psychiatric').name), spec('pediatric').serves, spec('psychiatric').serves);
    replies = await clickOn(chat, replies, GuidedButtons.neither);
    expectShown(replies, m.keptNone);
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.specialisation ?? null).to.equal(null);
  });

  it('after a comparison, answers a question that only mentions what draws people to an area, and picks nothing', async () => {
    const storage = new MemoryStorage();
    const chat = startGuided({ channelId: Channels.Webchat, storage });
    await chat.say('geriatric vs pediatric which is less stressful');
    // "carer" is one of the words for what draws people to geriatric care, but here it is the user's own job.
    const replies = await chat.say("I'm a carer in Manchester with no uni, could I move into this?");
    expect(shownText(replies)).not.to.include(m.remembered(spec('geriatric').name));
    expect((await savedProfile(storage, Channels.Webchat, 'user-1'))?.specialisation ?? null).to.equal(null);
    const picked = await chat.say('the geriatric one');
    expectShown(picked, m.remembered(spec('geriatric').name));
  });

  it('takes the first answer from the sentence that started the flow', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    let replies = await chat.say('which specialisation would suit me? I love kids');
    expectShown(replies, m.drawQuestion);
    replies = await chat.say(GuidedButtons.notSure);
    expect(recommended(replies)).to.equal(spec('pediatric').name);
  });

  it('answers a question asked instead of an answer, then asks again', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    const replies = await chat.say('how much do care managers earn?');
    expectShown(replies, kb.faqById.get('salary')!.answer.split('\n')[0]!, m.audienceQuestion);
    expect(shownText(replies)).not.to.include("didn't quite get that");
    expect(recommended(await chat.say('kids'))).to.equal(null);
  });

  it('re-prompts with the options at most twice in a row, then leaves gracefully offering the menu', async () => {
    const chat = startGuided({ channelId: Channels.Webchat });
    await chat.say(FlowPhrases.specialisation);
    let replies = await chat.say('bananas');
    expectShown(replies, GuidedMessages.reprompt(m.audienceQuestion));
    expect(buttonTitles(replies)).to.include(AudienceButtons.geriatric);
    replies = await chat.say('purple');
    expectShown(replies, GuidedMessages.reprompt(m.audienceQuestion));
    replies = await chat.say('zzz');
    expectShown(replies, GuidedMessages.gaveUp);
    expect(buttonTitles(replies)).to.deep.equal([GuidedButtons.menu]);
    replies = await clickOn(chat, replies, GuidedButtons.menu);
    expect(shownText(replies)).not.to.include(m.audienceQuestion);
  });

  it('on Teams puts the question and its options on one Adaptive Card, whose buttons send their choice', async () => {
    const chat = startGuided({ channelId: Channels.Msteams });
    const replies = await chat.say(FlowPhrases.specialisation);
    const cards = replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CardFactory.contentTypes.adaptiveCard);
    expect(replies).to.have.length(1);
    expect(cards).to.have.length(1);
    expectShown(replies, m.audienceQuestion);
    expect(replies.some((r) => (r.suggestedActions?.actions ?? []).length > 0)).to.equal(false);
    expectShown(await clickOn(chat, replies, AudienceButtons.geriatric), m.drawQuestion);
  });
});

describe('specialisation entry points for the root', () => {
  /** A test-only host that begins the flow with options, as the root can. */
  class Host extends ComponentDialog {
    constructor(private readonly options: SpecialisationOptions) {
      super('host');
      this.addDialog(createSpecialisationDialog(createDialogDeps({ kb, engine: realEngine(), storage: new MemoryStorage() })));
    }

    protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
      return inner.beginDialog(DialogIds.specialisation, this.options);
    }
  }

  it('begins with a side-by-side comparison when given { compare: [a, b] }', async () => {
    const host = new Host({ compare: ['geriatric', 'chronic-disease'] });
    const conversationState = new ConversationState(new MemoryStorage());
    const dialogState = conversationState.createProperty<DialogState>('dialogState');
    const adapter = new TestAdapter(async (context) => {
      await runDialog(host, context, dialogState);
      await conversationState.saveChanges(context);
    });
    await adapter.processActivity({ type: ActivityTypes.Message, text: 'hello' });
    const replies = adapter.activityBuffer.splice(0);
    expectShown(replies, m.compareHeading(spec('geriatric').name, spec('chronic-disease').name), m.comparePick);
  });

});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the specialisation chooser in a person's words (${channelName})`, () => {
    const toTheSuggestion = async (chat: Conversation) => {
      await chat.say(FlowPhrases.specialisation);
      await chat.say(AudienceButtons.geriatric);
      return chat.say(DrawButtons.pediatric);
    };

    it('shows no HTML entity in the suggestion or the side-by-side card ("Children & families", usability test try18 conv30)', async () => {
      const chat = startGuided({ channelId });
      let replies = await chat.say(FlowPhrases.specialisation);
      replies = await clickOn(chat, replies, AudienceButtons.pediatric);
      replies = await clickOn(chat, replies, DrawButtons.pediatric);
      const shown = [...replies, ...(await clickOn(chat, replies, GuidedButtons.compareBoth))];
      const visible = JSON.stringify(shown.map((reply) => ({ text: reply.text, attachments: reply.attachments, actions: reply.suggestedActions })));
      expect(visible).not.to.match(/&(?:amp|lt|gt|quot|apos|#\d+);/);
      if (channelId === Channels.Webchat) expectShown(shown, `"${AudienceButtons.pediatric}"`);
    });

    // Usability test try18 conv08: "what does that involve" answered Case Management, and "the second one" was not read.
    it('answers "what does that involve" of the area just chosen, then asks its question again', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say('not sure, i like old people i guess');
      const replies = await chat.say('what does that involve');
      const geriatricEntry = kb.faqById.get(spec('geriatric').faqId)!;
      expectShown(replies, geriatricEntry.answer.split('\n')[0]!.replace(/\*\*/g, '').slice(0, 40), m.drawQuestion);
      // The area's own answer, not a reply that it was already said (dialogs/understanding's part-in-view replies).
      expect(shownText(replies)).not.to.include(Messages.partInView(geriatricEntry.title)).and.not.include(Messages.allInView(geriatricEntry.title));
    });

    it('takes "the second one" as the second option shown, whatever numbers its buttons carried', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      await chat.say(AudienceButtons.pediatric);
      // A question meanwhile: the options are shown again, after the answer's own buttons.
      await chat.say('do i need extra certification for it');
      const replies = await chat.say('the second one');
      expect(recommended(replies)).to.equal(spec('pediatric').name);
      expectShown(replies, `"${DrawButtons.pediatric}"`);
    });

    it('leaves on "done" before a suggestion, saying how to come back', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      const replies = await chat.say('done');
      expectShown(replies, m.leftEarly);
      expect(shownText(replies)).not.to.include(m.audienceQuestion);
    });

    it('says it has suggested nothing yet when asked what it suggested, and asks its question again', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      const replies = await chat.say('what did you suggest for me?');
      expectShown(replies, m.noSuggestionYet, m.audienceQuestion);
    });

    it('describes the runner-up for "what about the other one", then takes "I\'ll go with the first one"', async () => {
      const chat = startGuided({ channelId });
      let replies = await toTheSuggestion(chat);
      expectShown(replies, m.heading(spec('geriatric').name), spec('pediatric').name);
      replies = await chat.say('what about the other one');
      expectShown(replies, m.runnerUpHeading(spec('pediatric').name), spec('pediatric').work, m.comparePick);
      replies = await chat.say("ok i'll go with the first one");
      expectShown(replies, m.remembered(spec('geriatric').name));
      expect(shownText(replies)).not.to.include(Messages.chat.bye);
    });

    it('takes "im leaning towards kids" between the two as the choice, not as goodbye', async () => {
      const chat = startGuided({ channelId });
      await toTheSuggestion(chat);
      await chat.say('what about the other one');
      const replies = await chat.say('im leaning towards kids');
      expectShown(replies, m.remembered(spec('pediatric').name));
    });
  });
}
