import { expect } from 'chai';
import { actModel, actTerms, QUESTION_CLASS, sureAct } from '../../../../dialogs/understanding/core/actModel';
import { CHAT_ACTS } from '../../../../dialogs/understanding/core/conversation';
import { AT_ROOT, understand } from '../../../../dialogs/understanding/core/pipeline';
import { knowledge } from '../../transcript';

describe('the learned conversation model (actModel.ts)', () => {
  const kb = knowledge();

  it('ships with actModel.json, whose classes are the question class, acts of the conversation reader, commands and flows', () => {
    const model = actModel();
    expect(model, 'actModel.json: run npm run train-acts').not.to.equal(null);
    const steering = ['more', 'number', 'help', 'menu', 'cancel', 'restart', 'walk', 'choose-specialty', 'plan', 'pay-ladder'];
    const known = new Set<string>([QUESTION_CLASS, ...CHAT_ACTS, ...steering]);
    expect(model!.read('thanks so much').label).to.equal('thanks');
    for (const text of ['hi', 'can i talk to a human', 'what does a care manager earn']) expect(known.has(model!.read(text).label), text).to.equal(true);
  });

  it('reads words, word pairs, letter runs and the shape of a message', () => {
    const terms = actTerms('Thanks, bye?');
    expect(terms).to.include.members(['w:thanks', 'w:bye', 'b:thanks bye', 'f:thanks', 'l:bye', 'c:<tha', 'm:?', 'n:2']);
  });

  it('is not sure of a question for the guide', () => {
    expect(sureAct(actModel()!, 'how long does it take to become a care manager')).to.equal(null);
  });

  const stayQuestions = ["I don't understand. what is a CMC?", 'useless answer. whats the job outlook', 'and the pay at that stage?', 'evenings as well?', 'the advocacy one, what does that mean'];
  for (const text of stayQuestions) {
    it(`"${text}" stays a question: the model never takes a question from the rules`, () => {
      expect(understand(text, AT_ROOT, kb).kind).to.equal('question');
    });
  }

  it('reads only at the root: inside a flow the flow reads its own answers first', () => {
    expect(understand('you explain stuff way better than the careers website lol', AT_ROOT, kb)).to.deep.equal({ kind: 'chat', acts: ['praise'] });
    expect(understand('you explain stuff way better than the careers website lol', { place: 'flow', flow: 'roadmap' }, kb).kind).to.equal('question');
  });
});
