import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CONTENT_FILES, DEFAULT_CONTENT_DIR, englishWordsOf, KnowledgeLoadError, loadKnowledge } from '../../knowledge/loadKnowledge';

function withContentCopy(edit: (dir: string) => void): KnowledgeLoadError {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  try {
    cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
    edit(dir);
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeLoadError) return error;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('expected the broken content to fail loading');
}

function editFaq(dir: string, change: (entries: Array<Record<string, unknown>>) => void): void {
  const file = join(dir, CONTENT_FILES.faq);
  const data = parse(readFileSync(file, 'utf8')) as { entries: Array<Record<string, unknown>> };
  change(data.entries);
  writeFileSync(file, stringify(data));
}

describe('loadKnowledge', () => {
  it('loads the shipped content', () => {
    const kb = loadKnowledge();
    expect(kb.faqs.length).to.be.greaterThan(40);
    expect(kb.faqById.get(kb.faqs[0]!.id)).to.equal(kb.faqs[0]);
  });

  it('reads english.txt once: every knowledge base and the chat rules share its word sets (a few MB each)', () => {
    const kb = loadKnowledge();
    expect(kb.english).to.equal(englishWordsOf());
    expect(loadKnowledge().english).to.equal(kb.english);
    expect(kb.english.words.has('because')).to.equal(true);
  });

  it('reports every problem at once, naming file, entry id and field', () => {
    const error = withContentCopy((dir) =>
      editFaq(dir, (entries) => {
        entries[0]!.title = 'A title far too long for a Teams button';
        entries[1]!.related = ['no-such-entry'];
        delete entries[2]!.answer;
      }),
    );
    const ids = error.problems.map((p) => p.entryId);
    const fields = error.problems.map((p) => p.field);
    expect(error.problems.length).to.be.at.least(2);
    expect(error.message).to.include(CONTENT_FILES.faq);
    expect(fields).to.include('entries.0.title');
    expect(fields).to.include('entries.2.answer');
    expect(ids[fields.indexOf('entries.0.title')]).to.be.a('string');
    expect(error.message).to.match(/at most 20 characters/);
  });

  it('names a related id that does not exist', () => {
    const error = withContentCopy((dir) => editFaq(dir, (entries) => (entries[1]!.related = ['no-such-entry'])));
    expect(error.problems).to.have.length(1);
    expect(error.problems[0]!.field).to.equal('entries.1.related.0');
    expect(error.message).to.include('no-such-entry');
  });

  it('reports broken YAML with its line and a missing file by name, together', () => {
    const error = withContentCopy((dir) => {
      writeFileSync(join(dir, CONTENT_FILES.steps), 'steps:\n  - number: 1\n   id: bad-indent\n');
      rmSync(join(dir, CONTENT_FILES.lexicon));
    });
    const files = error.problems.map((p) => p.file);
    expect(files).to.include(CONTENT_FILES.steps);
    expect(files).to.include(CONTENT_FILES.lexicon);
    expect(error.problems.find((p) => p.file === CONTENT_FILES.steps)!.field).to.match(/^line \d+/);
  });
});
