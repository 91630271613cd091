import { expect } from 'chai';
import { analyseSmallTalk, recogniseYesNo, type SmallTalkKind, type YesNo } from '../../../dialogs/understanding/smallTalk';

describe('small talk', () => {
  const smallTalk: Array<[string, SmallTalkKind]> = [
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['good morning', 'greeting'],
    ['hey there', 'greeting'],
    ['thanks', 'thanks'],
    ['Thank you so much!', 'thanks'],
    ['ok thanks', 'thanks'],
    ['bye', 'bye'],
    ['goodbye', 'bye'],
    ['who are you?', 'whoAreYou'],
    ["what's your name", 'whoAreYou'],
    ['are you a human?', 'areYouHuman'],
    ['Are you a bot', 'areYouHuman'],
    ['am I talking to a real person?', 'areYouHuman'],
    ['how are you', 'howAreYou'],
    ['hi, how are you?', 'howAreYou'],
    ['ok', 'ack'],
    ['cool', 'ack'],
    ['hello! are you a bot?', 'areYouHuman'],
  ];
  for (const [text, kind] of smallTalk) {
    it(`"${text}" is small talk (${kind})`, () => expect(analyseSmallTalk(text)).to.deep.equal({ kind, rest: '' }));
  }

  const questions: Array<[string, string]> = [
    ['hi, how long does it take to become a care manager?', 'how long does it take to become a care manager?'],
    ['Hello there! Do I need a degree?', 'Do I need a degree?'],
    ['hey what does a care manager do', 'what does a care manager do'],
    ['thanks. and what about salary?', 'and what about salary?'],
    ['how long does it take', 'how long does it take'],
    ['are you able to tell me about certifications', 'are you able to tell me about certifications'],
    ['who are care managers working with', 'who are care managers working with'],
    ['is a care manager a good job', 'is a care manager a good job'],
  ];
  for (const [text, rest] of questions) {
    it(`"${text}" is a question: searches "${rest}"`, () => expect(analyseSmallTalk(text)).to.deep.equal({ kind: null, rest }));
  }

  // A bare yes or no is answered at the root only: guided questions read it as their answer, so it is not small talk.
  const yesNo: Array<[string, YesNo | null]> = [
    ['yes', 'yes'],
    ['Yeah!', 'yes'],
    ['yep', 'yes'],
    ['sure', 'yes'],
    ['yes please', 'yes'],
    ['no', 'no'],
    ['Nope.', 'no'],
    ['not really', 'no'],
    ['no thanks', 'no'],
    ['no degree, can I still do it?', null],
    ['yes but how long does it take', null],
    ['not really sure which certification', null],
    ['', null],
  ];
  for (const [text, kind] of yesNo) {
    it(`"${text}" is ${kind ?? 'neither yes nor no'}, and not small talk`, () => {
      expect(recogniseYesNo(text)).to.equal(kind);
      if (kind) expect(analyseSmallTalk(text).kind).to.equal(null);
    });
  }
});
