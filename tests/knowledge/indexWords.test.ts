import { expect } from 'chai';
import { indexedAnswer } from '../../knowledge/schema';
import { knowledge } from '../dialogs/transcript';

/**
 * `indexWords` are words the index reads that the reply does not show: a clause struck from an answer because the guide
 * does not support it ("pay varies from country to country") stays there so the engine reads the entry as before. The
 * engine reads `indexedAnswer`; replies read `answer`, which must not say the struck clause.
 */
describe('words the index reads that the reply does not show (indexWords)', () => {
  const kb = knowledge();

  it('are read by the index after the shown answer, and an entry without them is indexed as shown', () => {
    const withWords = kb.faqs.filter((entry) => entry.indexWords !== undefined);
    expect(withWords.map((entry) => entry.id)).to.include.members(['salary', 'salary-senior', 'licensing', 'certifications', 'confidentiality']);
    for (const entry of withWords) expect(indexedAnswer(entry), entry.id).to.equal(`${entry.answer}\n${entry.indexWords}`);
    const plain = kb.faqs.find((entry) => entry.indexWords === undefined)!;
    expect(indexedAnswer(plain)).to.equal(plain.answer);
  });

  it('are not said by the answer a person is shown', () => {
    for (const entry of kb.faqs) {
      if (entry.indexWords === undefined) continue;
      expect(entry.answer.toLowerCase(), entry.id).not.to.include(entry.indexWords.toLowerCase().replace(/[,;]$/, ''));
      expect(entry.answer, entry.id).not.to.match(/\bcountry to country\b/i);
    }
    for (const step of kb.steps) expect(step.tips.join(' '), step.id).not.to.match(/\bcountry to country\b/i);
  });
});
