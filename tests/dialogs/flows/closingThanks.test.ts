import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { FlowPhrases, Messages } from '../../../dialogs/rendering/core/messages';
import { buttonTitles, CHAT_CHANNELS, expectShown, shownText, startGuided } from '../guidedHarness';
import { knowledge } from '../transcript';

const kb = knowledge();

/**
 * Thanks that close the conversation, said at a flow's question, are a goodbye, not an aside after which the question
 * comes back (tester A on session 26's bot: "Thank you baby you been a big help" got "Back to my question"); and an
 * answer the person has just read is never offered again as a related question (a button repeated the step 3 text read
 * two replies before). Our own wording.
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`thanks that close, in a flow (${channelName})`, () => {
    it('says goodbye to closing thanks at the chooser\'s and the roadmap\'s questions, and does not ask the question again', async () => {
      const cases: ReadonlyArray<readonly [string[], string]> = [
        [[FlowPhrases.specialisation], 'thank you lovely, you have been so patient with me'],
        [[FlowPhrases.specialisation, 'children'], 'bless you, you helped me loads'],
        [[FlowPhrases.roadmap, 'no degree'], 'ta very much, that is everything I needed'],
        [[FlowPhrases.roadmap], 'thanks pet, you been a great help. have a good evening'],
      ];
      for (const [before, said] of cases) {
        const chat = startGuided({ channelId });
        for (const turn of before) await chat.say(turn);
        const replies = await chat.say(said);
        expectShown(replies, Messages.chat.bye);
        expect(shownText(replies), said).not.to.include(GuidedMessages.backToQuestion('').trim().slice(0, 20));
        // The flow has ended: a question now is answered at the root, with no question of the flow after it.
        const after = await chat.say('how much do they earn?');
        expect(shownText(after), `${said}: flow still running`).not.to.include(GuidedMessages.backToQuestion('').trim().slice(0, 20));
      }
    });

    it('says goodbye to closing thanks in the walk, with the place saved', async () => {
      const chat = startGuided({ channelId });
      await chat.say('career steps');
      await chat.say('next');
      const replies = await chat.say('cheers, you have been brilliant');
      expectShown(replies, Messages.chat.bye, Messages.walkPaused(2));
    });

    it('keeps plain thanks at a flow\'s question an aside: the question comes back', async () => {
      const chat = startGuided({ channelId });
      await chat.say(FlowPhrases.specialisation);
      const replies = await chat.say('thanks');
      expect(shownText(replies)).not.to.include(Messages.chat.bye);
    });
  });

  describe(`an answer just read is not offered again (${channelName})`, () => {
    it('leaves the experience answer read two replies before off the buttons of the next answer', async () => {
      const experience = kb.faqById.get('gaining-experience')!;
      const withoutDegree = kb.faqById.get('without-degree')!;
      expect(withoutDegree.related, 'the without-degree answer offers the experience one').to.include(experience.id);
      const chat = startGuided({ channelId });
      expectShown(await chat.say('how do I get experience in the field?'), experience.answer.split('\n')[0]!.slice(0, 40));
      const replies = await chat.say('can I do it without a degree?');
      expectShown(replies, withoutDegree.answer.split('\n')[0]!.slice(0, 40));
      expect(buttonTitles(replies)).not.to.include(experience.title);
      // Asked a while later, it is offered again.
      await chat.say('how much do they earn?');
      await chat.say('is it stressful?');
      expect(buttonTitles(await chat.say('can I do it without a degree?'))).to.include(experience.title);
    });
  });
}

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a move of the walk with a question after it (${channelName})`, () => {
    it('makes the move, then answers the question ("Next. does volunteering count for the experience step?")', async () => {
      const volunteering = kb.faqById.get('volunteering')!;
      const chat = startGuided({ channelId });
      await chat.say('career steps');
      await chat.say('next');
      const replies = await chat.say('Next. does volunteering count for the experience step?');
      expectShown(replies, 'Step 3 of 10', volunteering.answer.split('\n')[0]!.slice(0, 40));
    });

    it('goes to the step named, then says what the guide gives of the question ("go to step 5. how much does the CCM cost?")', async () => {
      const chat = startGuided({ channelId });
      await chat.say('career steps');
      const replies = await chat.say('go to step 5. how much does the CCM cost?');
      const text = shownText(replies);
      expect(text).to.include('Step 5 of 10');
      expect(text.indexOf('Step 5 of 10')).to.be.lessThan(text.length - 1);
      expect(replies.length, 'the question is answered after the step').to.be.greaterThan(1);
    });
  });
}
