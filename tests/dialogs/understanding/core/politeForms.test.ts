import { expect } from 'chai';
import { chatActOf, readChat, type ChatAct } from '../../../../dialogs/understanding/core/conversation';
import { AT_ROOT, understand, type Meaning } from '../../../../dialogs/understanding/core/pipeline';
import { containsWords, phraseFinder, words } from '../../../../dialogs/understanding/core/textMatch';
import { knowledge, realEngine } from '../../transcript';

/**
 * Conversation said the long, polite way (issue 10, point 3): frames around an act ("I'm afraid ...", "I was wondering
 * whether ...", "..., if you don't mind my asking"), words that soften or stress ("quite", "rather", "even"), a request
 * made with "would you mind ...ing", opinions ("I find these answers vague", "I don't think that's correct"), and a
 * command said with a remark beside it. Questions that only contain such words stay questions for the guide.
 */

const kb = knowledge();
const read = (text: string): Meaning => understand(text, AT_ROOT, kb);

describe('conversation said the long, polite way', () => {
  const acts: ReadonlyArray<readonly [string, ChatAct]> = [
    ['I was wondering whether I could speak with someone', 'askHuman'],
    ['I was wondering if I might talk to one of your advisers', 'askHuman'],
    ['Is there anyone I could ring about this?', 'askHuman'],
    ['Can somebody from your team get back to me?', 'askHuman'],
    ['Could you tell me who built this service', 'aboutSource'],
    ['Out of interest, where does this information come from?', 'aboutSource'],
    ["I'm afraid I don't follow", 'confused'],
    ["I don't really get what you mean by that", 'confused'],
    ['Would you mind explaining that in plainer words?', 'confused'],
    ["I'm sorry, I don't quite follow", 'confused'],
    ['Would you mind repeating that?', 'again'],
    ['I must say, you have been very patient with me', 'praise'],
    ['With respect, this answer is rather vague', 'complaint'],
    ["I don't think that answer is accurate", 'complaint'],
    ['I find these replies confusing and far too long', 'complaint'],
    ['That is just the advice I was hoping for', 'helpful'],
    ["I'm a little worried about my privacy", 'privacy'],
    ['Is this chat saved or shared anywhere?', 'privacy'],
    ['Are you one of those AI assistants?', 'areYouHuman'],
    ['I hope you are keeping well', 'howAreYou'],
    ['I shall head off now', 'bye'],
    ['I was wondering if this chat is recorded anywhere', 'privacy'],
    ['I wonder whether I am talking to a bot', 'areYouHuman'],
    ['I am not sure what you mean by that', 'confused'],
  ];
  for (const [text, act] of acts) it(`"${text}" is ${act}`, () => expect(chatActOf(text)).to.equal(act));

  it('reads an apology before "I don\'t quite follow" as both, and answers the confusion', () => {
    expect(readChat("I'm sorry, I don't quite follow")).to.deep.equal({ acts: ['sorry', 'confused'], rest: '' });
  });

  it('"??" on its own, after a mention too, is confusion; a single "?" still asks for help', () => {
    expect(read('??')).to.deep.equal({ kind: 'chat', acts: ['confused'] });
    expect(read('@CareBot ??')).to.deep.equal({ kind: 'chat', acts: ['confused'] });
    expect(read('?')).to.deep.equal({ kind: 'command', command: 'help' });
  });

  const requests: ReadonlyArray<readonly [string, Meaning]> = [
    ['Please stop, I have had enough of this for today.', { kind: 'command', command: 'cancel' }],
    ["What sort of things can you help me with? I'm new to this.", { kind: 'command', command: 'help' }],
    ["Let's go back to the very beginning, I got muddled", { kind: 'command', command: 'restart' }],
    ["Could you expand on that a little? I'm still not sure.", { kind: 'followUp' }],
  ];
  for (const [text, meaning] of requests) {
    it(`"${text}" is the request, with the remark beside it`, () => expect(read(text)).to.deep.equal(meaning));
  }

  it('asking for a person to talk to about a subject of the guide is both: the person asked for, and the subject asked', () => {
    expect(read('is there someone I can talk to about the CCM exam fees?')).to.deep.equal({ kind: 'question', text: 'the CCM exam fees?', acts: ['askHuman'] });
    expect(read('is there someone human I can chat to about switching careers?')).to.deep.equal({ kind: 'question', text: 'switching careers?', acts: ['askHuman'] });
  });

  const questions = [
    'I was wondering whether care managers need a degree',
    'could you tell me who care managers work with',
    "I'm afraid I don't have a degree, can I still become a care manager?",
    'How does this work? Do I need a nursing degree first?',
    'I find the CCM exam confusing, how do I prepare?',
    'Please stop, what does a care manager earn?',
    'would you mind telling me how long it takes',
  ];
  for (const text of questions) {
    it(`"${text}" stays a question for the guide`, () => {
      const meaning = read(text);
      expect(meaning.kind, JSON.stringify(meaning)).to.equal('question');
      if (meaning.kind === 'question') expect(meaning.acts).to.deep.equal([]);
    });
  }
});

describe('not following a named thing asks what it is', () => {
  const asked: ReadonlyArray<readonly [string, string]> = [
    ["I'm afraid I don't quite follow what you mean by case management.", 'what is case management'],
    ['what do you mean by care coordination?', 'what is care coordination'],
    ['sorry, what is meant by advocacy', 'what is advocacy'],
  ];
  for (const [text, question] of asked) {
    it(`"${text}" asks "${question}"`, () => {
      const meaning = read(text);
      expect(meaning.kind).to.equal('question');
      if (meaning.kind === 'question') expect(meaning.text).to.equal(question);
    });
  }

  it('the question asked is one the engine answers with the thing named', () => {
    const meaning = read("I'm afraid I don't quite follow what you mean by case management.");
    expect(meaning.kind === 'question' ? meaning.text : '').to.equal('what is case management');
    expect(realEngine().answer('what is case management').entry?.id).to.equal('case-management');
  });
});

describe('finding a subject of the guide in a message', () => {
  it('gives the same answer as looking for each phrase in turn, typos included', () => {
    const phrases = kb.lexicon.topicWords;
    const finder = phraseFinder(phrases);
    const known = phrases.map((phrase) => words(phrase));
    const texts = ['what is a care plan', 'my dad needs a care plna', 'salary?', 'i pressed enter too soon', 'certifcation renewal', 'how are you', 'the ccm exam fees', ''];
    for (const text of texts) {
      const said = words(text);
      expect(finder(text), text).to.equal(known.some((phrase) => containsWords(said, phrase)));
    }
    expect(finder('what is a care plan')).to.equal(true);
    expect(finder('i pressed enter too soon')).to.equal(false);
  });
});
