import { expect } from 'chai';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { normaliseText } from '../../knowledge/text';

describe('training phrasings (phrasings.yaml)', () => {
  const kb = loadKnowledge();

  it('gives every entry many ways of asking', () => {
    for (const entry of kb.faqs) expect(kb.phrasings.entries.get(entry.id)?.length ?? 0, entry.id).to.be.at.least(20);
  });

  it('never lists one phrasing under two entries, or as both an entry and a message to decline', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (text: string, id: string) => {
      const key = normaliseText(text);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== id) clashes.push(`"${text}": ${previous} and ${id}`);
      owner.set(key, id);
    };
    for (const entry of kb.faqs) for (const text of [entry.question, ...entry.alternates]) claim(text, entry.id);
    for (const [id, texts] of kb.phrasings.entries) for (const text of texts) claim(text, id);
    for (const text of kb.phrasings.offTopic) claim(text, 'decline');
    expect(clashes).to.deep.equal([]);
  });
});
