import { expect } from 'chai';
import { AT_ROOT, understand } from '../../../../dialogs/understanding/core/pipeline';
import { speaksOfPay } from '../../../../knowledge/aspects';
import { tellsNoDegree } from '../../../../knowledge/beyondGuide';
import { experienceAsked } from '../../../../dialogs/understanding/person/experienceCounts';
import { thingAsked } from '../../../../dialogs/understanding/questions/thingAsked';
import { knowledge } from '../../transcript';

describe('what a question asks, when its words say more than that', () => {
  const kb = knowledge();
  const asked = (text: string): string | null => {
    const meaning = understand(text, AT_ROOT, kb);
    return meaning.kind === 'question' ? meaning.text : null;
  };

  it('a complete question after a story asks itself: the story pulls no search ("old people" is not the geriatric entry)', () => {
    expect(asked('one more thing, my aunt works with old people mostly. what other areas are there?')).to.equal('what other areas are there?');
    expect(asked("I'm a nurse with 10 years. Do I need another degree?")).to.equal('Do I need another degree?');
  });

  it('a question that points back at the story, or a story that names the career, is read whole', () => {
    expect(asked('she has the CCM I think. how do you keep it up')).to.equal('she has the CCM I think. how do you keep it up');
    const job = "I'm in HR and drafting a job ad for a care manager. What do candidates typically need?";
    expect(asked(job)).to.equal(job);
  });

  it('a guess after an open question narrows it: "what else do I need then, certificates?" asks whether they are needed', () => {
    expect(asked('ok so what else do I need then, certificates?')).to.equal('do I need certificates?');
    // Not after a question that is not open: "how long does it take, the degree?" stays as typed.
    expect(asked('how long does it take, the degree?')).to.equal('how long does it take, the degree?');
  });
});

/**
 * One reader of pay asked and of cost asked (knowledge/aspects.ts) and of a level named (followUp.ts) for the engine and
 * thingAsked.ts. Where the old word lists disagreed, the readings below are the ones kept.
 */
describe('one reader of pay, cost and a level asked', () => {
  const kb = knowledge();
  const entry = (id: string) => kb.faqById.get(id);
  const kind = (text: string, last?: string, before?: string) => thingAsked(text, last ? entry(last) : undefined, before ? entry(before) : undefined, kb)?.kind ?? null;

  it('pay at a level named ("experienced") is that level\'s, and "the pay level" names none', () => {
    expect(kind('what do experienced pediatric care managers earn')).to.equal(null);
    expect(kind("what's the pay level in pediatric care")).to.equal('payOfAreas');
  });
});

describe('whether something counts as experience, asked of pay or of a degree', () => {
  it('experience counted towards pay, or a subject counted as related, is not asked as experience', () => {
    expect(experienceAsked('no I mean pay. I have 8 years nursing, would that count?')).to.equal(null);
    expect(experienceAsked('does my nursing experience count towards my salary?')).to.equal(null);
    // A level of a qualification is no pay: "would my NVQ Level 3 count instead?" is still asked.
    expect(experienceAsked('would my NVQ Level 3 count instead?')).to.equal('not-said');
    expect(experienceAsked('would psychology count as related though?')).to.equal(null);
    expect(experienceAsked('does looking after my mum count as experience?')).to.equal('family-care');
  });

  it('earlier work told and asked whether it helps is asked as experience; "does that help" alone tells of no work', () => {
    const told = (message: string) => experienceAsked(message, message);
    expect(told('I spent years working as a chef, would that help?')).to.equal(null);
    expect(told('i worked in a call centre for 5 years, does that help at all')).to.equal('not-said');
    expect(told("I've worked as a care assistant for 3 years, would that help?")).to.equal('care-work');
    expect(told('does that help')).to.equal(null);
    // Read only when the whole message is given: the question part alone asks nothing of experience.
    expect(experienceAsked('i worked in a call centre for 5 years, does that help at all')).to.equal(null);
  });
});

describe('one reader of "no degree" and of pay spoken of', () => {
  it('no degree told in the list\'s words or around them, typos forgiven in the list\'s', () => {
    for (const told of ['no degree', 'i dont have university', 'never got a bachelors', 'without any college', 'left school at 16', 'i have no degre']) expect(tellsNoDegree(told), told).to.equal(true);
    for (const told of ['i have a degree in history', 'what degree do i need', 'my daughter is at college']) expect(tellsNoDegree(told), told).to.equal(false);
  });

  it('pay spoken of: a sum, money, or pay as asked; a figure of something else is not', () => {
    for (const said of ['40k?? thats nothing', 'not great money', 'only $18 an hour', 'the salary is rubbish', 'barely earning anything']) expect(speaksOfPay(said), said).to.equal(true);
    for (const said of ['that is nothing', 'it takes 4 years', 'two years of study']) expect(speaksOfPay(said), said).to.equal(false);
  });
});
