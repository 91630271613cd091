import { expect } from 'chai';
import { copiedRuns, loadGuideFacts } from '../../knowledge/guide/guideFacts';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { CONTENT_LIMITS } from '../../knowledge/schema';
import { normaliseText } from '../../knowledge/text';

const kb = loadKnowledge();
// The guide's headings, figures and run fingerprints, kept in the project (the guide itself is not beside a clone).
const guide = loadGuideFacts();
const guideSections = new Set(guide.headings);

describe('knowledge content lint', () => {
  it('gives every FAQ entry a unique id', () => {
    const ids = kb.faqs.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('covers the guide: at least 40 FAQ entries, the five guide FAQs among them', () => {
    expect(kb.faqs.length).to.be.at.least(40);
    for (const id of ['what-is-needed', 'how-long', 'without-degree', 'stressful', 'job-outlook']) expect(kb.faqById.has(id), id).to.equal(true);
  });

  it('links related entries that exist and are not the entry itself', () => {
    for (const entry of kb.faqs) {
      for (const related of entry.related) {
        expect(kb.faqById.has(related), `${entry.id} -> ${related}`).to.equal(true);
        expect(related, entry.id).to.not.equal(entry.id);
      }
    }
  });

  it('never lets two entries share an alternate phrasing or canonical question', () => {
    const owner = new Map<string, string>();
    for (const entry of kb.faqs) {
      for (const phrasing of new Set([entry.question, ...entry.alternates].map(normaliseText))) {
        const previous = owner.get(phrasing);
        expect(previous, `"${phrasing}" is in ${previous} and ${entry.id}`).to.equal(undefined);
        owner.set(phrasing, entry.id);
      }
    }
  });

  it('keeps button titles within the Teams limit and answers chat-sized', () => {
    for (const entry of kb.faqs) {
      expect(entry.title.length, entry.id).to.be.at.most(CONTENT_LIMITS.buttonTitle);
      expect(entry.answer.length, entry.id).to.be.at.most(CONTENT_LIMITS.answerChars);
      expect(entry.alternates.length, entry.id).to.be.at.least(CONTENT_LIMITS.minAlternates);
    }
    for (const step of kb.steps) expect(step.shortTitle.length, step.id).to.be.at.most(CONTENT_LIMITS.buttonTitle);
    for (const spec of kb.specialisations) expect(spec.title.length, spec.id).to.be.at.most(CONTENT_LIMITS.buttonTitle);
  });

  it('gives unique titles so buttons can be told apart', () => {
    const titles = kb.faqs.map((e) => e.title.toLowerCase());
    expect(new Set(titles).size).to.equal(titles.length);
  });

  it('traces every entry to a section heading that exists in the guide', () => {
    for (const item of [...kb.faqs, ...kb.steps, ...kb.specialisations, ...kb.ladder, ...kb.salaries]) {
      const headings = item.section.split(/\s*(?:\/|;)\s*/);
      const found = headings.some((heading) => {
        const name = heading.replace(/^(FAQs|Roles and Responsibilities|Essential Care Manager Skills|Career Path Progression|Care Manager Salary)\s*:\s*/i, '').trim();
        return [...guideSections].some((section) => section.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(section.toLowerCase()) && section.length > 8);
      });
      expect(found, `${item.id}: section "${item.section}"`).to.equal(true);
    }
  });

  it('lists the ten career steps in order and the four specialisations', () => {
    expect(kb.steps.map((s) => s.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(kb.specialisations.map((s) => s.id).sort()).to.deep.equal(['chronic-disease', 'geriatric', 'pediatric', 'psychiatric']);
  });

  it('keeps salary figures to the ranges the guide prints', () => {
    const guideRanges = guide.salaries.map((s) => `$${s.minUsd}-$${s.maxUsd}${s.openEnded ? '+' : ''}`);
    const contentRanges = kb.salaries.map((s) => `$${s.minUsd}-$${s.maxUsd}${s.openEnded ? '+' : ''}`);
    expect(contentRanges).to.deep.equal(guideRanges);
    expect(kb.ladder[0]!.title.toLowerCase()).to.include('junior');
    expect(kb.ladder[kb.ladder.length - 1]!.title.toLowerCase()).to.include('chief care officer');
  });

  it('writes answers in the project\'s own words: no long run copied from the guide', () => {
    for (const entry of kb.faqs) expect(copiedRuns(entry.answer, guide, 12), entry.id).to.deep.equal([]);
  });
});
