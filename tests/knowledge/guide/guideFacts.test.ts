import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  copiedRuns,
  extractGuideFacts,
  GUIDE_FACTS_FILE,
  loadGuideFacts,
  RUN_FINGERPRINTS_FILE,
  type LoadedGuideFacts,
} from '../../../knowledge/guide/guideFacts';

// A made-up source in the guide's shape: the tests never read the real guide.
const SOURCE = [
  'A Made-Up Guide',
  '',
  'Step 1: Learn the Trade',
  '',
  'Apprentices organise the workshop and sweep the floor every single evening before they are allowed to go home.',
  '',
  'You may join the Guild of Careful Carpenters (GCC) or the Society of Joiners (SOJ) for support.',
  '',
  'Apprentice Carpenter',
  '',
  '  • Median Salary: $20,000 – $30,000+ per year',
  '  • Apprentices have 0-2 years of experience and train for four years.',
].join('\n');
const NAMES = ['Guild of Careful Carpenters (GCC)', 'Society of Joiners (SOJ)'];

function factsOf(source: string): LoadedGuideFacts {
  const { facts, fingerprints } = extractGuideFacts(source, NAMES);
  return { ...facts, runFingerprints: new Set(fingerprints) };
}

describe('guide facts kept in the project', () => {
  const facts = factsOf(SOURCE);

  it('finds a copied run whatever its case, punctuation or spelling convention', () => {
    const copied = copiedRuns('Note: apprentices ORGANIZE the workshop, and sweep the floor every single evening. Then rest.', facts);
    expect(copied).to.deep.equal(['apprentices organize the workshop and sweep the floor every single evening']);
  });

  it('lets the same facts through in other words', () => {
    expect(copiedRuns('Every evening, apprentices tidy and sweep the workshop before going home.', facts)).to.deep.equal([]);
  });

  it('lets a list of proper names through, but not prose around them copied as written', () => {
    expect(copiedRuns('Groups: the Guild of Careful Carpenters (GCC) or the Society of Joiners (SOJ).', facts)).to.deep.equal([]);
    expect(copiedRuns('You may join the Guild of Careful Carpenters (GCC) or the Society of Joiners (SOJ) for support.', facts)).to.have.length(1);
  });

  it('reports only runs at least as long as asked', () => {
    const eleven = 'apprentices organise the workshop and sweep the floor every single evening';
    expect(copiedRuns(eleven, facts, 12)).to.deep.equal([]);
    expect(copiedRuns(eleven, facts, 11)).to.have.length(1);
  });

  it('extracts headings, salary ranges under their heading and spans of years', () => {
    expect(facts.headings).to.include.members(['A Made-Up Guide', 'Step 1: Learn the Trade', 'Apprentice Carpenter']);
    expect(facts.salaries).to.deep.equal([{ heading: 'Apprentice Carpenter', minUsd: 20000, maxUsd: 30000, openEnded: true }]);
    expect(facts.durations).to.deep.equal(['0-2 years', 'four years']);
  });

  it('refuses a proper name the guide does not contain', () => {
    expect(() => extractGuideFacts(SOURCE, ['Guild of Careless Carpenters'])).to.throw(/Guild of Careless Carpenters/);
  });

  it('loads the shipped facts: the ten steps, the five salary ranges and thousands of fingerprints', () => {
    const shipped = loadGuideFacts();
    expect(shipped.headings.filter((h) => /^Step \d+:/.test(h))).to.have.length(10);
    expect(shipped.salaries).to.have.length(5);
    expect(shipped.runFingerprints.size).to.be.above(4000);
  });

  it('names the file and the command to run when the facts are malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-facts-'));
    try {
      writeFileSync(join(dir, GUIDE_FACTS_FILE), JSON.stringify({ headings: [], properNames: [], salaries: [], durations: [] }));
      writeFileSync(join(dir, RUN_FINGERPRINTS_FILE), '');
      expect(() => loadGuideFacts(dir)).to.throw(/guide-facts\.json are malformed \(headings: .*scripts\/guide-facts\.ts/);
      const headings = Array.from({ length: 10 }, (_, i) => `Heading ${i}`);
      writeFileSync(join(dir, GUIDE_FACTS_FILE), JSON.stringify({ ...facts, headings, runFingerprints: undefined }));
      writeFileSync(join(dir, RUN_FINGERPRINTS_FILE), 'abc123abc123\nnot-a-hash\n');
      expect(() => loadGuideFacts(dir)).to.throw(/run-fingerprints\.txt line 2 is not/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
