import { expect } from 'chai';
import type { KnowledgeBase } from '../../../knowledge/schema';
import { buildRoadmap, parseTimeline, STEP, timelineFromKb, type Situation } from '../../../dialogs/flows/roadmapPlan';
import { formatYears } from '../../../dialogs/rendering/guided/guidedMessages';
import { parseAim, parseStage, parseYears, yearsBand } from '../../../dialogs/understanding/person/aboutYou';
import { knowledge } from '../transcript';

const kb = knowledge();
const situation = (change: Partial<Situation>): Situation => ({ job: null, education: null, working: null, years: null, aim: null, ...change });
const statuses = (s: Situation) => Object.fromEntries(buildRoadmap(kb, s, { chosenSpecialisation: null }).steps.map((p) => [p.step.number, p.status]));

describe('roadmap: reading where the user stands', () => {
  // Each row: the user's words, and what they say about education, work and years.
  const table: ReadonlyArray<readonly [string, Partial<Situation> | null]> = [
    ["I'm in high school", { education: 'school' }],
    ["I'm studying nursing", { education: 'studying' }],
    ['I have a BSN', { education: 'relevant-degree' }],
    ['I have a degree in social work', { education: 'relevant-degree' }],
    ['I studied business', { education: 'other-degree' }],
    ['no degree', { education: 'none' }],
    ["I never went to college but I've been a carer for 4 years", { education: 'none', years: 4, working: true }],
    ["I'm a nurse with 6 years experience", { years: 6, working: true }],
    ["I've been a healthcare assistant for 18 months", { years: 1.5, working: true }],
    ['Working in care', { working: true }],
    ['Nursing/SW degree', { education: 'relevant-degree' }],
    ['Another degree', { education: 'other-degree' }],
    ['purple', null],
  ];
  for (const [text, expected] of table) {
    it(`reads "${text}"`, () => expect(parseStage(text)).to.deep.equal(expected));
  }

  it('reads how long someone has worked, from buttons and words', () => {
    expect(parseYears('Not yet')).to.equal(0);
    expect(parseYears('Under 2 years')).to.equal(1);
    expect(parseYears('2 to 5 years')).to.equal(2);
    expect(parseYears('Over 5 years')).to.equal(5);
    expect(parseYears('about three years')).to.equal(3);
    expect(parseYears('six months')).to.equal(0.5);
    expect(parseYears('less than a year')).to.equal(0.5);
    expect(parseYears('7')).to.equal(7);
    expect(parseYears('a while')).to.equal(null);
  });

  it('reads what someone aims for', () => {
    expect(parseAim('Become care manager', kb)).to.equal('become');
    expect(parseAim('I want to specialize', kb)).to.equal('specialise');
    expect(parseAim('work with kids', kb)).to.equal('specialise');
    expect(parseAim('be a director one day', kb)).to.equal('lead');
    expect(parseAim('Lead and advance', kb)).to.equal('lead');
    // Care management is the career, not management: getting into it is becoming one.
    expect(parseAim('just get into care management for now, first one', kb)).to.equal('become');
    expect(parseAim('move into management', kb)).to.equal('lead');
    expect(parseAim('purple', kb)).to.equal(null);
  });
});

describe('roadmap: the guide\'s timeline', () => {
  it('reads four years for a bachelor\'s, two more for a master\'s and six to eight in all from the content', () => {
    expect(timelineFromKb(kb)).to.deep.equal({ bachelorYears: 4, masterYears: 2, totalMin: 6, totalMax: 8 });
  });

  it('reads other wordings of the same facts', () => {
    const answer = "A bachelor's degree takes four years. A master's adds two more years. In total it takes 6-8 years.";
    expect(parseTimeline(answer)).to.deep.equal({ bachelorYears: 4, masterYears: 2, totalMin: 6, totalMax: 8 });
  });

  it('gives up rather than guess when the wording lacks a number, and the plan then quotes the guide', () => {
    expect(parseTimeline('It depends on your path and experience.')).to.equal(null);
    const howLong = kb.faqById.get('how-long')!;
    const vague = { ...howLong, answer: 'It depends on your path and experience.' };
    const faqById = new Map(kb.faqById);
    faqById.set('how-long', vague);
    const altered: KnowledgeBase = { ...kb, faqById };
    const plan = buildRoadmap(altered, situation({ education: 'school', aim: 'become' }), { chosenSpecialisation: null });
    expect(plan.time).to.include('It depends on your path and experience.');
    expect(plan.time).not.to.match(/\d/);
  });
});

describe('roadmap: the plan', () => {
  it('marks nothing done for a school student and points at the role and the degree', () => {
    const plan = buildRoadmap(kb, situation({ education: 'school', aim: 'become' }), { chosenSpecialisation: null });
    expect(plan.steps.filter((p) => p.status === 'done')).to.deep.equal([]);
    expect(plan.next.map((p) => p.step.number)).to.deep.equal([STEP.role, STEP.education]);
    expect(plan.time).to.include('6 to 8 years');
  });

  it('marks understanding the role done only from what the person said, never from a degree or years of work', () => {
    const role = (s: Parameters<typeof situation>[0], stepsDone?: number[]) =>
      buildRoadmap(kb, situation(s), { chosenSpecialisation: null, ...(stepsDone ? { stepsDone } : {}) }).steps[STEP.role - 1]!.status;
    expect(role({ education: 'relevant-degree', working: true, years: 9 })).to.equal('in-progress');
    expect(role({ education: 'studying' })).to.equal('in-progress');
    expect(role({ education: 'none' })).to.equal('next');
    // Gone through in the walk, or a job in care coordination itself.
    expect(role({ education: 'other-degree', working: true, years: 3 }, [STEP.role])).to.equal('done');
    expect(role({ job: 'care-coordinator', education: 'none', working: true, years: 2 })).to.equal('done');
  });

  it('counts the experience covered when a degree holder has worked the guide\'s remaining years', () => {
    expect(statuses(situation({ education: 'relevant-degree', working: true, years: 4 }))[STEP.experience]).to.equal('done');
    expect(statuses(situation({ education: 'relevant-degree', working: true, years: 1 }))[STEP.experience]).to.equal('in-progress');
  });

  it('gives a fresh graduate the guide\'s remaining 2 to 4 years, and never counts a worker\'s years down from it', () => {
    const fresh = buildRoadmap(kb, situation({ education: 'relevant-degree', years: 0 }), { chosenSpecialisation: null });
    expect(fresh.time).to.include('2 to 4 years');
    // The guide says the experience "could take a few more years": no figure to subtract theirs from.
    for (const years of [1, 2, 3]) {
      const time = buildRoadmap(kb, situation({ education: 'relevant-degree', working: true, years }), { chosenSpecialisation: null }).time;
      expect(time, String(years)).to.include(`${formatYears(years)} of experience`).and.include('a few more years').and.include('6 to 8 years');
      expect(time, String(years)).not.to.match(/up to \d|\b[0-3](?:\.\d)? to \d years/);
    }
  });

  it("says back the band someone gave ('2 to 5 years'), never a figure they did not give", () => {
    const band = yearsBand('2 to 5 years');
    expect(band).to.equal('2 to 5 years');
    expect(yearsBand('Under 2 years')).to.equal('under 2 years');
    expect(yearsBand('over 5 years')).to.equal('over 5 years');
    expect(yearsBand('3 years')).to.equal(null);
    const plan = buildRoadmap(kb, situation({ education: 'relevant-degree', working: true, years: 2, yearsBand: band }), { chosenSpecialisation: null });
    expect(plan.time).to.include('2 to 5 years of experience').and.not.include('2 years of experience');
    const t = timelineFromKb(kb)!;
    expect(plan.time).to.include(`a master's (about ${formatYears(t.masterYears)})`).and.not.include('plus about');
  });

  it('ends the "next" list with the step the user aims for', () => {
    const plan = buildRoadmap(kb, situation({ education: 'school', aim: 'specialise' }), { chosenSpecialisation: 'Pediatric care management' });
    expect(plan.next.map((p) => p.step.number)).to.deep.equal([STEP.role, STEP.education, STEP.specialise]);
    expect(plan.steps[STEP.specialise - 1]!.note).to.include('Pediatric care management');
  });

  it('names the CCM and CMC from the content, with the CMC requirements from its answer', () => {
    const plan = buildRoadmap(kb, situation({ education: 'relevant-degree', working: true, years: 5 }), { chosenSpecialisation: null });
    expect(plan.certifications.map((c) => c.name)).to.deep.equal(['Certified Case Manager (CCM)', 'Care Manager Certified (CMC)']);
    expect(plan.certifications[1]!.fit).to.include('supervised experience');
  });
});
