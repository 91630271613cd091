import { expect } from 'chai';
import { GuidedButtons, GuidedMessages, AimButtons, AudienceButtons, DrawButtons, ExperienceButtons, RoadmapWords, EducationButtons } from '../../dialogs/rendering/guided/guidedMessages';
import { ButtonTitles, FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { copiedRuns, loadGuideFacts } from '../../knowledge/guide/guideFacts';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { CONTENT_LIMITS, type KnowledgeBase } from '../../knowledge/schema';
import { normaliseText, STOP_WORDS, stemToken, tokenise } from '../../knowledge/text';
import { BANNED_PHRASINGS, firstSentence, userVisibleStrings } from './contentRules';
import { WholeCaseMessages } from '../../dialogs/rendering/person/wholeCaseReplies';
import { AsksLeftMessages } from '../../dialogs/rendering/questions/asksLeftBeside';
import { PlanAfterMessages } from '../../dialogs/rendering/guided/planAfterReplies';

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

  it('traces every section an entry names to a heading that exists in the guide', () => {
    const isHeading = (name: string): boolean =>
      name.length > 0 && [...guideSections].some((section) => section.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(section.toLowerCase()) && section.length > 8);
    const problems: string[] = [];
    for (const item of [...kb.faqs, ...kb.steps, ...kb.specialisations, ...kb.ladder, ...kb.salaries]) {
      // "A; B" names two sections; "Heading: part" names a part of a heading (a skill of the skills list, a salary level).
      for (const part of item.section.split(/\s*;\s*/)) {
        const name = part.replace(/^(FAQs|Roles and Responsibilities|Essential Care Manager Skills|Career Path Progression|Care Manager Salary)\s*:\s*/i, '').trim();
        const heading = part.split(':')[0]!.trim();
        if (!isHeading(name) && !isHeading(heading) && !name.split(/\s*\/\s*/).every(isHeading)) problems.push(`${item.id}: "${part}" in section "${item.section}"`);
      }
    }
    expect(problems).to.deep.equal([]);
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

  it('writes every text users see in the project\'s own words: no 10-word run from the guide but lists of names', () => {
    const copied = [...knowledgeTexts(kb), ...botMessages()].flatMap(({ where, text }) => copiedRuns(text, guide).map((run) => `${where}: "${run}"`));
    expect(copied).to.deep.equal([]);
  });

  it('opens every answer with the answer: its first sentence has a key word or the figure the question asks for', () => {
    // Compared as stems, as the question's words are: "manager" and "does" alone must not count as the answer.
    const generic = new Set(['care', 'manager', 'managers', 'management', 'do', 'does', 'get', 'become', 'becoming', 'need'].map(stemToken));
    const stems = (text: string): string[] => tokenise(normaliseText(text)).filter((w) => !STOP_WORDS.has(w)).map(stemToken);
    const problems: string[] = [];
    for (const entry of kb.faqs) {
      const first = firstSentence(entry.answer);
      const asked = stems(entry.question).filter((w) => !generic.has(w));
      const keys = asked.length > 0 ? asked : stems(entry.question);
      const said = new Set(stems(first));
      if (!keys.some((key) => said.has(key))) problems.push(`${entry.id}: "${first}" has none of ${keys.join(', ')}`);
      if (/\bhow long\b/i.test(entry.question) && !/\d+\s*(?:to|–|-)?\s*\d*\s*years/.test(first)) problems.push(`${entry.id}: "${first}" gives no years`);
      if (/\b(?:how much|earn|salary|pay)\b/i.test(entry.question) && !/\$\d/.test(first)) problems.push(`${entry.id}: "${first}" gives no pay figure`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('bolds at most one phrase per 25 words, so bold still stands out in a chat bubble', () => {
    const problems = kb.faqs.flatMap((entry) => {
      const bold = entry.answer.match(/\*\*[^*]+\*\*/g)?.length ?? 0;
      const words = entry.answer.split(/\s+/).filter((w) => /\w/.test(w)).length;
      return bold > Math.max(1, Math.floor(words / 25)) ? [`${entry.id}: ${bold} bold phrases in ${words} words`] : [];
    });
    expect(problems).to.deep.equal([]);
  });

  it('uses none of the banned phrasings (unsupported claims, unasked disclaimers, British spellings) in any text users see', () => {
    const texts = [...knowledgeTexts(kb).map((t) => ({ ...t, content: true })), ...botMessages().map((t) => ({ ...t, content: false }))];
    expect(texts.length).to.be.above(300);
    const problems = texts.flatMap(({ where, text, content }) =>
      BANNED_PHRASINGS.filter(({ pattern, contentOnly }) => (content || !contentOnly) && pattern.test(text)).map(({ pattern, why }) => `${where}: ${pattern} (${why})`),
    );
    expect(problems).to.deep.equal([]);
  });

  it('gives only figures the guide gives: every dollar amount and span of years', () => {
    const amounts = new Set(guide.salaries.flatMap((s) => [s.minUsd, s.maxUsd]));
    const digits: Record<string, string> = { four: '4', two: '2' };
    const spans = new Set(guide.durations.map((d) => d.replace(/^(\w+) years$/, (m, n: string) => (digits[n] ? `${digits[n]} years` : m)).replace(/\s*(?:–|-|to)\s*/, '-')));
    const problems: string[] = [];
    for (const { where, text } of knowledgeTexts(kb)) {
      for (const m of text.matchAll(/\$([\d,]+)/g)) if (!amounts.has(Number(m[1]!.replace(/,/g, '')))) problems.push(`${where}: ${m[0]}`);
      for (const m of text.toLowerCase().matchAll(/\b(\d+(?:\s*(?:–|-|to)\s*\d+|\+)?|four|two|six|eight)\s+(?:more\s+|extra\s+)?years\b/g)) {
        const span = `${digits[m[1]!] ?? m[1]!.replace(/\s*(?:–|-|to)\s*/, '-')} years`;
        if (!spans.has(span)) problems.push(`${where}: ${m[0]}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });
});

/** Every sentence of the bot's own (the words around the content), named by module and key. */
function botMessages(): Array<{ where: string; text: string }> {
  return userVisibleStrings({ Messages, ButtonTitles, FlowPhrases, GuidedMessages, GuidedButtons, AimButtons, AudienceButtons, DrawButtons, ExperienceButtons, EducationButtons, RoadmapWords, WholeCaseMessages, AsksLeftMessages, PlanAfterMessages });
}

/** Every piece of knowledge text a user can see, named by file, entry and field. */
function knowledgeTexts(base: KnowledgeBase): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  const add = (where: string, ...texts: string[]): void => {
    texts.forEach((text, i) => out.push({ where: texts.length > 1 ? `${where}.${i}` : where, text }));
  };
  for (const e of base.faqs) {
    add(`faq ${e.id}.answer`, e.answer);
    add(`faq ${e.id}.title`, e.title);
  }
  for (const s of base.steps) {
    add(`steps ${s.id}.title`, s.title, s.shortTitle);
    add(`steps ${s.id}.summary`, s.summary);
    add(`steps ${s.id}.todo`, ...s.todo);
    add(`steps ${s.id}.tips`, ...s.tips);
  }
  for (const l of base.ladder) {
    add(`careers ${l.id}.title`, l.title);
    add(`careers ${l.id}.summary`, l.summary);
    add(`careers ${l.id}.focus`, ...l.focus);
  }
  for (const l of base.salaries) add(`careers ${l.id}`, l.title, l.shortTitle, l.experience, l.needs);
  for (const s of base.specialisations) add(`specialisations ${s.id}`, s.name, s.title, s.serves, s.work, s.training);
  return out;
}
