import { expect } from 'chai';
import { join } from 'node:path';
import { actsOfWords, CHAT_RULES, chatActOf, chatWords, readChat, type ChatAct } from '../../../../dialogs/understanding/core/conversation';
import { otherLanguageOf } from '../../../../dialogs/understanding/core/language';
import { AT_ROOT, namesTopic, understand, withoutAddress } from '../../../../dialogs/understanding/core/pipeline';
import { loadLabelledSet } from '../../../../knowledge/evaluate';
import { knowledge } from '../../transcript';

/**
 * How conversation is read (dialogs/understanding/core/conversation.ts, language.ts): informal spellings and slips, padding,
 * several acts in one message, word classes, remarks that belong to an act, and what must stay a question.
 */

const kb = knowledge();
const context = { namesTopic: (text: string) => namesTopic(kb, text) };

describe('reading conversation', () => {
  it('keeps to 31 rules, which the reader holds as the bits of one number (a 32nd silently read nothing)', () => {
    expect(CHAT_RULES.length).to.be.at.most(31);
    expect(readChat('thanks').acts).to.deep.equal(['thanks']);
  });

  it('reads informal spellings and one-letter slips in longer words as the word meant, and leaves short words alone', () => {
    expect(chatWords('thnx, ur the best')).to.deep.equal(['thanks', 'your', 'the', 'best']);
    expect(chatWords('thnaks so much, very helpfull')).to.deep.equal(['thanks', 'so', 'much', 'very', 'helpful']);
    expect(chatWords('is there anyone')).to.deep.equal(['is', 'there', 'anyone']);
  });

  const acts: ReadonlyArray<readonly [string, ChatAct]> = [
    // Words that only address the bot or pad the message change nothing.
    ['thank you o', 'thanks'],
    ['thank you sir', 'thanks'],
    ['cheers mate', 'thanks'],
    ['good morning ma', 'greeting'],
    ['yes o', 'yes'],
    ['alright then', 'ack'],
    ['that helps a lot tbh', 'helpful'],
    // Several acts: the reply answers the one that matters most.
    ['ok im done, bye', 'bye'],
    ['gotta go, laters', 'bye'],
    ['goodbye and take care', 'bye'],
    ['good to know, ta', 'helpful'],
    ['nice one thats what i was after', 'helpful'],
    ['eh? what does that mean', 'confused'],
    ['ugh this bot is so annoying', 'complaint'],
    // Word classes: what is said about the answer, and about the bot.
    ['that was spot on', 'helpful'],
    ['this answer is really clear', 'helpful'],
    ['that answer is way too vague', 'complaint'],
    ['your reply was totally useless', 'complaint'],
    ['this bot is class', 'praise'],
    ["you're honestly so clever", 'praise'],
    ['u r a legend', 'praise'],
    ["you're not listening to me", 'complaint'],
    // Asking for a person, in their words.
    ['is there an adviser i can ring', 'askHuman'],
    ['can someone call me back', 'askHuman'],
    ['can i email someone about this', 'askHuman'],
    ['i need proper advice from a person not a bot', 'askHuman'],
    // About the bot and what it keeps.
    ['is this AI or what', 'areYouHuman'],
    ['is your info up to date', 'aboutSource'],
    ['do you keep my messages', 'privacy'],
    ['is this chat recorded', 'privacy'],
    // Stretched words, and more of the same classes.
    ['hiii', 'greeting'],
    ['byeee', 'bye'],
    ['how have you been', 'howAreYou'],
    ['thanks a ton', 'thanks'],
    ["you've been very helpful", 'helpful'],
    ['not quite', 'complaint'],
    ['i want a real person', 'askHuman'],
    ['will you remember me', 'privacy'],
    ['gotta run', 'bye'],
    ['can you explain that in simpler terms', 'confused'],
    // Session 6: goodbyes, asking for a person, "that helped" and complaints by structure; things it cannot do.
    ['ok that is everything from me, bye for now', 'bye'],
    ['time for me to log off', 'bye'],
    ['nice chatting with you', 'bye'],
    ['i have no more questions', 'bye'],
    ['can you transfer me over to a human advisor', 'askHuman'],
    ['is there a careers officer i could speak to', 'askHuman'],
    ['no more bots, i want a person', 'askHuman'],
    ['that has cleared up my confusion', 'helpful'],
    ['it gave me a much better idea', 'helpful'],
    ['well explained and easy to follow', 'helpful'],
    ['you did not tell me anything i did not know', 'complaint'],
    ['stop repeating yourself', 'complaint'],
    ['that answer has nothing to do with my question', 'complaint'],
    ['is this conversation being monitored', 'privacy'],
    ['can my employer see my questions', 'privacy'],
    ['find me a job near me', 'cannotDo'],
    ['please proofread my personal statement', 'cannotDo'],
    ['hi po', 'greeting'],
    // Session 8: word classes widened (the answer as "that step", "completely", "slow", a source "for all this").
    ['Thank you ever so much, that is most helpful.', 'helpful'],
    ["I'm afraid that doesn't really address what I was asking about.", 'complaint'],
    ["that's completely irrelevant", 'complaint'],
    ['this is too slow', 'complaint'],
    ['that step made no sense', 'complaint'],
    ["I'm afraid I didn't quite understand that answer.", 'confused'],
    ['whats your source for all this', 'aboutSource'],
    ["Good afternoon. I hope you don't mind me popping in.", 'greeting'],
    ['how are you doing by the way', 'howAreYou'],
    ['can you help me fill in my application form', 'cannotDo'],
    ['got it thanks', 'thanks'],
    ['no thanks', 'no'],
    ['sorry, what do you need from me?', 'confused'],
    ['what am i supposed to type here', 'confused'],
  ];
  for (const [text, act] of acts) it(`"${text}" is ${act}`, () => expect(chatActOf(text)).to.equal(act));

  it('reads a message as a sequence of acts, with padding between them', () => {
    // Being done, said after "ok", is leaving, not an acknowledgement: "ok im done" is a goodbye, as "ok that's all" is.
    expect(actsOfWords(chatWords('ok im done, bye'))).to.deep.equal(['bye', 'bye']);
    expect(chatActOf("ok that's all")).to.equal('bye');
    expect(actsOfWords(chatWords('hello how are you'))).to.deep.equal(['greeting', 'howAreYou']);
    expect(actsOfWords(chatWords('thanks for the help'))).to.deep.equal(['thanks']);
    expect(actsOfWords(chatWords('thanks degree'))).to.equal(null);
  });

  it('tries a run of words only against rules that hold its words, and still reads words a rule spells with a letter made optional or repeated, gaps, and polite words', () => {
    // "questions?" / "answers?" / "tl ?dr" / "byee+" in the rules: every spelling they allow is still read.
    expect(chatActOf('no more questions')).to.equal('bye');
    expect(chatActOf('no more question')).to.equal(null);
    expect(chatActOf('tldr')).to.equal('complaint');
    expect(chatActOf('tl dr')).to.equal('complaint');
    expect(chatActOf('byeeeee')).to.equal('bye');
    // A rule with gaps for any words ("i asked about X not Y").
    expect(chatActOf('i asked about nursing homes not hospitals')).to.equal('complaint');
    // Polite words are taken off before the rules are tried again.
    expect(chatActOf('please can you say that again')).to.equal('again');
    expect(chatActOf('ok thank you kindly')).to.equal('thanks');
  });

  it('reads each opening of a message the same whether it is read on its own or as the start of a longer one', () => {
    for (const text of ['ok thanks, and what does it pay?', 'hi there! is a degree needed', 'soz pressed enter too soon', 'thanks <b>so</b> much, what about pay']) {
      const tokens = text.split(' ');
      const whole = readChat(text, context);
      expect(whole.acts.length, text).to.be.greaterThan(0);
      // The acts found before the question are those of the same words read alone.
      const opening = tokens.slice(0, tokens.length - whole.rest.split(' ').filter(Boolean).length).join(' ');
      if (whole.rest) expect(readChat(opening, context).acts, opening).to.deep.equal(whole.acts);
    }
  });

  it('a remark after an apology or thanks that asks nothing and names nothing of the career belongs to it', () => {
    expect(readChat('soz pressed enter too soon', context)).to.deep.equal({ acts: ['sorry'], rest: '' });
    expect(readChat('sorry for the late reply, was on shift', context)).to.deep.equal({ acts: ['sorry'], rest: '' });
    expect(readChat('this is gonna help so much with my assignment', context)).to.deep.equal({ acts: ['helpful'], rest: '' });
  });

  const questions: ReadonlyArray<readonly [string, readonly ChatAct[], string]> = [
    ['sorry typo, i meant what certs should i get', ['sorry'], 'what certs should i get'],
    ['thanks, the salary?', ['thanks'], 'the salary?'],
    ['thanks for the info, what about the pay?', ['thanks'], 'what about the pay?'],
    ['huh? ok so is certification required or not', ['confused', 'ack'], 'is certification required or not'],
    ['hello how are you? whats geriatric care management', ['greeting', 'howAreYou'], 'whats geriatric care management'],
    ['sorry, nursing degree ok?', ['sorry'], 'nursing degree ok?'],
  ];
  for (const [text, leading, rest] of questions) {
    it(`"${text}": ${leading.join(' + ')}, then the question "${rest}"`, () => expect(readChat(text, context)).to.deep.equal({ acts: leading, rest }));
  }

  it('commands and flows in other words, and a question about another job that only sounds like the salary ladder', () => {
    const read = (text: string) => understand(text, AT_ROOT, kb);
    expect(read('clear the chat')).to.deep.equal({ kind: 'command', command: 'restart' });
    expect(read('list the topics')).to.deep.equal({ kind: 'command', command: 'menu' });
    expect(read('which specialty would be best for me')).to.deep.equal({ kind: 'flow', intent: { flow: 'specialisation' } });
    expect(read('help me plan my career')).to.deep.equal({ kind: 'flow', intent: { flow: 'roadmap' } });
    expect(read('salary by level')).to.deep.equal({ kind: 'flow', intent: { flow: 'salaryLadder' } });
    expect(read('dietitian pay at each level').kind).to.equal('question');
  });

  const stayQuestions = ['what is the CCM', 'what does a care manager actually do all day', 'is it good?', 'do care managers have to talk to loads of people', 'thanks, and senior pay', 'sorry but is the pay good'];
  for (const text of stayQuestions) {
    it(`"${text}" stays a question for the guide`, () => {
      const meaning = understand(text, AT_ROOT, kb);
      expect(meaning.kind).to.equal('question');
      if (meaning.kind === 'question') expect(meaning.text).to.match(/what|is|do|salaries|pay/i);
    });
  }

  it('a leading "@CareBot" or "<at>CareBot</at>" is not part of the message', () => {
    expect(withoutAddress('@CareBot hello')).to.equal('hello');
    expect(withoutAddress('<at>CareBot</at>, thanks')).to.equal('thanks');
    expect(withoutAddress('email me at a@b.com')).to.equal('email me at a@b.com');
    expect(understand('@CareBot thanks again', AT_ROOT, kb)).to.deep.equal({ kind: 'chat', acts: ['thanks'] });
  });

  it('no labelled question of the tuning question sets is read as conversation, a command or another language', function () {
    this.timeout(60_000);
    const sets = ['tune', 'dev', 'dev2', 'dev4', 'dev5', 'dev6', 'dev7', 'blindA', 'blindB', 'blindC'];
    const misread: string[] = [];
    for (const name of sets) {
      for (const item of loadLabelledSet(join(__dirname, '../../../eval', `${name}.yaml`), kb)) {
        if (item.id === null) continue;
        const meaning = understand(item.q, AT_ROOT, kb);
        if (meaning.kind === 'chat' || meaning.kind === 'command' || meaning.kind === 'otherLanguage' || meaning.kind === 'number') misread.push(`${name}: "${item.q}" -> ${meaning.kind}`);
      }
    }
    expect(misread).to.deep.equal([]);
  });
});

describe('messages in another language', () => {
  const foreign: ReadonlyArray<readonly [string, string]> = [
    ['hola, ¿cuánto gana un gestor de cuidados?', 'es'],
    ['Bonjour, comment devenir gestionnaire de soins ?', 'fr'],
    ['wie lange dauert die Ausbildung zum Pflegemanager?', 'de'],
    ['ik wil graag weten hoeveel een zorgmanager verdient', 'nl'],
    ['केयर मैनेजर बनने के लिए क्या पढ़ना होगा', 'hi'],
    ['如何成为护理经理', 'zh'],
  ];
  for (const [text, language] of foreign) it(`"${text}" is ${language}`, () => expect(otherLanguageOf(text, kb)).to.equal(language));

  const english = ['do i need a degre to be a car manger', 'wot qualifications do u need innit', 'abeg how much dem dey pay', 'ccm cert worth it?', 'hola', 'merci beaucoup', 'radiographer apprenticeship uk'];
  for (const text of english) it(`"${text}" is not taken for another language (English, or too short to tell)`, () => expect(otherLanguageOf(text, kb)).to.equal(null));

  it('no message of the tuning question sets or chatA is taken for another language', function () {
    this.timeout(60_000);
    const sets = ['tune', 'dev', 'dev2', 'dev4', 'dev5', 'dev6', 'dev7', 'blindA', 'blindB', 'blindC'];
    const flagged = sets.flatMap((name) => loadLabelledSet(join(__dirname, '../../../eval', `${name}.yaml`), kb).map((item) => item.q)).filter((text) => otherLanguageOf(text, kb) !== null);
    expect(flagged).to.deep.equal([]);
  });
});
