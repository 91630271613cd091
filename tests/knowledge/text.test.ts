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
});
