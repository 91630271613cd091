import { expect } from 'chai';
import { readAboutYou, tellsOfCareWork, type AboutYou } from '../../../../dialogs/understanding/person/aboutYou';
import { knowledge } from '../../transcript';

const kb = knowledge();

/** What a row expects: the job id instead of the whole job, and only the fields it names (others must be absent). */
type Expected = Omit<AboutYou, 'job'> & { job?: string };

function read(text: string): Expected {
  const { job, ...rest } = readAboutYou(text, kb);
  return { ...rest, ...(job ? { job: job.id } : {}) };
}

describe('what people say about themselves (understanding/person/aboutYou)', () => {
  // Each row: a message, and everything it says about the person who wrote it.
  const SAYS: ReadonlyArray<readonly [string, Expected]> = [
    // The message, then the same with typos, text-speak and British wording.
    [
      "I've been a healthcare assistant for six years, no degree, and I want to work with older people with dementia",
      { job: 'healthcare-assistant', working: true, years: 6, education: 'none', specialisation: 'geriatric', aim: 'specialise' },
    ],
    ['Ive been a helthcare assistent for 6 yrs, no degree and i want to work with old people who have dementia', { job: 'healthcare-assistant', working: true, years: 6, education: 'none', specialisation: 'geriatric', aim: 'specialise' }],
    ["I'm an HCA on a dementia ward, six years now, no uni degree", { job: 'healthcare-assistant', working: true, years: 6, education: 'none' }],
    ['i have been a healthcare asisstant for a decade', { job: 'healthcare-assistant', working: true, years: 10 }],
    ["I'm a carer, been doing it 4 years. Never went to uni. Would love to specialise in mental health", { job: 'care-worker', working: true, years: 4, education: 'none', specialisation: 'psychiatric', aim: 'specialise' }],
    ["I'm a support worker and I'm thinking about specialising in older people", { job: 'care-worker', working: true, specialisation: 'geriatric', aim: 'specialise' }],
    ['I work as a CNA for 3 years and I hope to become a care manager', { job: 'nursing-assistant', working: true, years: 3, aim: 'become' }],
    ["I'm a registered nurse with 10 years experience and want to move up to director one day", { job: 'nurse', working: true, years: 10, aim: 'lead' }],
    ["I'm a nurse and I've worked in a hospital for 6 years", { job: 'nurse', working: true, years: 6 }],
    ["I'm a social worker, qualified in 2015, keen on chronic disease management", { job: 'social-worker', working: true, education: 'relevant-degree', specialisation: 'chronic-disease', aim: 'specialise' }],
    ["I'm a student nurse in my second year", { job: 'student-nurse', working: true, education: 'studying', studyYear: 2 }],
    ["I'm studying nursing", { education: 'studying' }],
    ['I have a BSN and I\'m interested in paediatrics', { education: 'relevant-degree', specialisation: 'pediatric', aim: 'specialise' }],
    ["I have a degree in history and I've worked as a support worker for two years", { education: 'other-degree', job: 'care-worker', working: true, years: 2 }],
    ["I'm not a nurse but I've worked in a care home for 18 months", { notJob: 'nurse', working: true, years: 1.5 }],
    ["I've never worked in care and I have no qualifications", { working: false, years: 0, education: 'none' }],
    ['im doing my a levels and want to be a care manager', { education: 'school', aim: 'become' }],
    ['In 5 years I want to be leading a team', { aim: 'lead' }],
    ["I'm a teacher of 12 years and want to work with kids", { job: 'teacher', specialisation: 'pediatric', aim: 'specialise' }],
    // A job that is someone else's is not the writer's: a careers teacher, a parent, a friend.
    ['hey im 17 and finishing school next year, my careers teacher said i should look at care manager jobs', { education: 'school' }],
    ["i'm a cashier and my mum is a nurse", { job: 'retail' }],
    ["my job as a nurse is killing me", { job: 'nurse', working: true }],
    // Someone else named as the one who holds the job, however far back in the clause; "I" after them is the writer.
    ['my auntie over in Dallas is a case manager and I am a nursing student', { job: 'student-nurse', working: true, education: 'studying' }],
    ['My older brother works as a care coordinator, I study nursing', { education: 'studying' }],
    ['my flatmate has been a support worker for years and i stack shelves in a shop', {}],
    ['a case manager sorted out everything for my gran and I would like to become one', {}],
    // No degree in Scots; a phlebotomist's years are in the field.
    ['a support worker 9 year, nae degree', { job: 'care-worker', working: true, years: 9, education: 'none' }],
    ["I've been a phlebotomist at the hospital lab for 7 years", { job: 'phlebotomist', working: true, years: 7 }],
    // A degree spoken of as one to do is not one held.
    ["i work in a warehouse and i can't afford to do a 3 year degree", {}],
    // A job said not to be theirs, and a university year said as its level.
    ['no i am not a case manager, that is my cousin. I am in 300 level', { notJob: 'care-coordinator', education: 'studying', studyYear: 3 }],
    // School finished is no degree; school now is school. Years count as experience only in health or social care.
    ['i have a high school diploma', { education: 'none' }],
    ['I finished high school last year', { education: 'none' }],
    ["I'm in high school", { education: 'school' }],
    ['I finished high school and I am studying nursing now', { education: 'studying' }],
    ["I'm 52 and taught primary school for 25 years", { job: 'teacher' }],
    ["I've been working for 6 years and want to become a care manager", { aim: 'become' }],
    ['I have worked in retail for 10 years', { job: 'retail' }],
    ['I want to work in dementia care', { specialisation: 'geriatric', aim: 'specialise' }],
    // A question after a statement: the statement counts, the question does not.
    ["I don't have a degree, is that a problem?", { education: 'none' }],
    ["I've been a carer for 4 years, can I become a care manager without a degree?", { job: 'care-worker', working: true, years: 4 }],
    ["where do I start given I'm a nurse", { job: 'nurse', working: true }],
    // Terse, with no "I": a message that opens with the writer's own job.
    ['HCA, 6 years, no degree', { job: 'healthcare-assistant', working: true, years: 6, education: 'none' }],
    ['Nurse for 20 years, want to move into management', { job: 'nurse', working: true, years: 20, aim: 'lead' }],
    ['Healthcare asisstant 3 yrs', { job: 'healthcare-assistant', working: true, years: 3 }],
  ];
  for (const [text, expected] of SAYS) {
    it(`reads "${text}"`, () => expect(read(text)).to.deep.equal(expected));
  }

  // Messages that say nothing about the person: questions, ages, other people, wishes for another job, no "I" at all.
  const SAYS_NOTHING: readonly string[] = [
    'Can I become a care manager without a degree?',
    'I was wondering if I can become a care manager without a degree',
    'how long does it take',
    'do I need a nursing degree?',
    'I want to become a nurse',
    'My mum has dementia and I care for her',
    'no degree needed?',
    'what do care managers earn after 5 years',
    'Could I work with older people without a degree?',
    'nurses with 10 years experience',
    'Nurse salary after 10 years?',
    // The guide's words said back, beside something of the writer's: no degree is theirs.
    'a degree, right. so my office job doesnt help there. ok thank you, this was useful',
    'a nursing degree, ok. and my shop job doesnt count',
    // Asked of the bot, not told of oneself.
    'write me a poem about nurses',
    'write my cover letter for a care coordinator job',
  ];
  for (const text of SAYS_NOTHING) {
    it(`finds nothing about the writer in "${text}"`, () => expect(read(text)).to.deep.equal({}));
  }

  it('reads caring for one\'s own family as no job and no years, and care work for others as work (one reader of family care)', () => {
    for (const text of [
      'looking after mum for 3 years',
      "I've been a full time carer for my husband for 10 years",
      "I've been a carer of my son for 8 years",
      'i nursed my dad for 2 years',
      "I've been caring for my elderly parents for 6 years",
      'My mum has dementia and I care for her',
    ]) {
      expect(read(text), text).to.deep.equal({});
    }
    // Where the two readers disagreed before (session 21): "them" with no family of one's own named, children with no
    // "my", and someone else's family are the care work of a job; "carer of my son" and "elderly parents" are family.
    expect(read('I did 3 years in a nursing home looking after them')).to.deep.equal({ working: true, years: 3 });
    expect(read("I've been looking after children with disabilities for 5 years")).to.deep.equal({ working: true, years: 5 });
    expect(read("I've been caring for his mother for 4 years as a live in carer")).to.deep.equal({ job: 'care-worker', working: true, years: 4 });
    expect(tellsOfCareWork('does looking after elderly parents count as experience?')).to.equal(false);
    expect(tellsOfCareWork("I've been a carer of my son for 8 years")).to.equal(false);
    expect(tellsOfCareWork('i\'m a support worker caring for her clients')).to.equal(true);
  });

  it('reads an answer to one of its questions as about the person, without "I"', () => {
    expect(readAboutYou('about 3 years as a care assistant in a nursing home', kb, { answering: true })).to.include({ years: 3, working: true });
    expect(readAboutYou('about 3 years as a care assistant in a nursing home', kb)).to.deep.equal({});
    expect(readAboutYou('25 years teaching', kb, { answering: true }).years).to.equal(undefined);
    expect(readAboutYou("I've done it for 3 years", kb, { worksInField: true }).years).to.equal(3);
  });

  it('does not take an age, a time ahead or a course length for years of experience', () => {
    expect(read("I'm 25 years old and work in retail")).to.deep.equal({ job: 'retail' });
    expect(read('I start a 3 year degree in nursing next year').years).to.equal(undefined);
    expect(read('I hope to be a manager in 2 years').years).to.equal(undefined);
  });

  it('reads a year of study as study, not as years in work ("my second year of a nursing degree")', () => {
    expect(read("I'm in my second year of a nursing degree")).to.deep.equal({ education: 'studying', studyYear: 2 });
    expect(read('im in my first year at uni doing social work')).to.deep.equal({ education: 'studying', studyYear: 1 });
  });

  it('reads a supposition as nothing said of the person ("if I wanted to go into pediatric instead")', () => {
    expect(read('cool. and if I wanted to go into pediatric instead, what is that like?')).to.deep.equal({});
    expect(read('what if I went into geriatric care')).to.deep.equal({});
    expect(read('I want to go into pediatric')).to.include({ specialisation: 'pediatric' });
  });

  it('reads "I haven\'t got any experience" as none, and where family was as no work of the person\'s', () => {
    expect(read("why does it say gain experience is in progress, I haven't got any experience")).to.deep.equal({ working: false, years: 0 });
    expect(read("i don't have any experience yet")).to.deep.equal({ working: false, years: 0 });
    expect(read('my nan was in a care home and the staff were amazing')).to.deep.equal({});
    expect(read('I work in a care home').working).to.equal(true);
  });

  it('keeps "nursing" apart from "nurse" and "hospital" apart from hospitality work', () => {
    expect(read("I'm studying nursing").job).to.equal(undefined);
    expect(read('I work in a hospital').job).to.equal(undefined);
    expect(read('I work in a hospital').working).to.equal(true);
  });
});
