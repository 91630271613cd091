import { expect } from 'chai';
import { normaliseText, rememberRecent } from '../../knowledge/text';

describe('text helpers', () => {
  it('remembers the last few results of a text function, computing each text once while it is kept', () => {
    const computed: string[] = [];
    const upper = rememberRecent((text: string) => {
      computed.push(text);
      return text.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).to.deep.equal(['A', 'B', 'A', 'B']);
    expect(computed).to.deep.equal(['a', 'b']);
    // Full: a third text drops what was kept, so "a" is computed again.
    upper('c');
    upper('a');
    expect(computed).to.deep.equal(['a', 'b', 'c', 'a']);
  });

  it('normalises the same way the first time and from memory', () => {
    const text = "What's the <b>CCM</b> exam like? I'm asking for a friend";
    const first = normaliseText(text);
    expect(normaliseText(text)).to.equal(first);
    expect(first).to.equal('what is the ccm exam like i am asking for a friend');
  });

  // The normaliser skips the steps that cannot change a text (accents in ASCII, apostrophe rules with no apostrophe):
  // each kind of text that needs a step is here, so a skip that loses one fails.
  const normalised: ReadonlyArray<readonly [string, string]> = [
    ['Café résumé for a paediatric care manager?', 'cafe resume for a paediatric care manager'],
    ['ＣＣＭ ｅｘａｍ', 'ccm exam'],
    ['I can’t decide – what’s the CCM worth?', 'i can not decide what is the ccm worth'],
    ["won't they've we'll she'd the manager's role", 'will not they have we will she would the manager role'],
    ['cant afford it, im 41, whats the pay', 'can not afford it i am 41 what is the pay'],
    ['It’s $45,000 or $ 50k a year, 1.5 years of study.', 'it is usd 45 000 or usd 50k a year 1.5 years of study'],
    ['control\u0001char', 'control.char'],
  ];
  for (const [text, expected] of normalised) {
    it(`normalises ${JSON.stringify(text)} to ${JSON.stringify(expected)}`, () => {
      expect(normaliseText(text)).to.equal(expected);
    });
  }
});
