import { expect } from 'chai';
import { experienceAsked } from '../../dialogs/understanding/person/experienceCounts';
import { caseManagementOnlyAsked, ownWorkCounted } from '../../dialogs/understanding/person/ownWorkCounted';
import { readAboutYou } from '../../dialogs/understanding/person/aboutYou';
import { guideSilentOn } from '../../dialogs/understanding/questions/groundOfTheGuide';
import { crisisOrLanguageAsked } from '../../dialogs/understanding/questions/crisisOrLanguageAsked';
import { otherJobAside } from '../../dialogs/understanding/questions/otherJobAside';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectChannelSafe, readable, readableOpening, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Say no only when the guide is silent, and yes only when it says yes (session 35, tester ut34c kind 4). Whether one's
 * own work counts as experience is weighed with the job told before: a police officer's "crisis calls, mental health
 * stuff" got "Yes" (the guide counts work in health or social services, not police work), an OT's "would my OT years
 * count?" got "the guide doesn't say" (occupational therapy is healthcare delivery). The real bot.
 */

const kb = knowledge();
const verdictOf = (question: string, known?: { job?: string; years?: number }, said: string = question) => ownWorkCounted(question, said, experienceAsked(question, said), known, kb);

describe('own work weighed with the job told before, read', () => {
  for (const [question, known] of [
    ["ok. I've done a lot of crisis calls, mental health stuff, welfare checks on old folks. does any of that count as experience?", { job: 'police' }],
    ["I've worked with lots of kids with disabilities for years, does that count as experience?", { job: 'teacher' }],
    ['I deal with mental health patients every shift, does that count?', { job: 'fire' }],
  ] as const) {
    it(`"${question.slice(0, 50)}..." from a ${known.job} is not the work the guide counts`, () => {
      const verdict = verdictOf(question, known);
      expect(verdict?.verdict).to.equal('not-said');
      expect(verdict?.job?.inField).to.equal(false);
    });
  }
  it('the same work told beside the job in one message is not it either', () => expect(verdictOf("I'm a teacher. I've worked with lots of kids with disabilities, does that count?")?.verdict).to.equal('not-said'));
  for (const [question, title] of [
    ['would my OT years count as the experience, or does it have to be case management experience specifically?', 'occupational therapist'],
    ['do my years as a PT count as experience?', 'physical therapist'],
  ] as const) {
    it(`"${question.slice(0, 50)}..." is health work: ${title}`, () => {
      const verdict = verdictOf(question);
      expect(verdict?.verdict).to.equal('care-work');
      expect(verdict?.job?.title).to.equal(title);
    });
  }
  // Since session 39 the profile reads an LPN as a job of its own (a practical nurse, in the field, no degree read into
  // it), so the plain yes names it and this reader of letters steps aside.
  it('"I\'m an LPN, does that count as experience?" is health work, read as the practical nurse it is', () => {
    const question = "I'm an LPN, does that count as experience?";
    expect(readAboutYou(question, kb).job).to.include({ title: 'licensed practical nurse (LPN)', inField: true });
    expect(experienceAsked(question, question)).to.equal('care-work');
  });
  it('"would my years count as experience?" from a paramedic kept before is the yes, with the years', () => {
    const verdict = verdictOf('would my years count as experience?', { job: 'paramedic', years: 6 });
    expect([verdict?.verdict, verdict?.job?.title, verdict?.years]).to.deep.equal(['care-work', 'paramedic', 6]);
  });
  // Work in the field told beside a job outside it keeps its own reading.
  for (const [question, known] of [
    ['I also volunteer at a nursing home, does that count?', { job: 'police' }],
    ["I'm a police officer but I volunteer at a hospice on weekends. does that count?", {}],
    ['I also work weekends as a carer, does that count as experience?', { job: 'teacher' }],
    ['does caring for my mum count as experience?', { job: 'teacher' }],
    ['I make 78k with OT. does my job count as experience?', {}],
    ['does my volunteering count?', { job: 'nurse' }],
  ] as const) {
    it(`"${question.slice(0, 50)}..." keeps the reading of its own words`, () => expect(verdictOf(question, known)).to.equal(null));
  }
  it('"does interpreting count as experience in delivering care?" asks of the guide\'s own kind, no care work told (ut35a, P10 m6)', () => {
    const verdict = verdictOf('does interpreting count as experience in delivering care?');
    expect([verdict?.verdict, verdict?.job]).to.deep.equal(['not-said', undefined]);
    expect(verdictOf('does my nursing count as experience in delivering care?')).to.equal(null);
  });
  it('asked whether only case management counts', () => {
    expect(caseManagementOnlyAsked('or does it have to be case management experience specifically?')).to.equal(true);
    expect(caseManagementOnlyAsked('is case management only for nurses?')).to.equal(false);
    expect(caseManagementOnlyAsked('what is case management')).to.equal(false);
  });
  it('an age before the job that opens a message is no part of it ("Hi there. 45, police officer")', () => {
    expect(readAboutYou('Hi there. 45, police officer, 20 years on the job. Is care manager something a cop could actually do?', kb).job?.id).to.equal('police');
    expect(readAboutYou('32, what is the pay', kb).job).to.equal(undefined);
  });
});

describe('a question on the guide\'s ground that it is silent on, read', () => {
  for (const [said, thing] of [
    ['does the guide say anything about LPN to RN bridge programs?', 'LPN to RN bridge programs'],
    ['does the guide mention accelerated BSN programs?', 'accelerated BSN programs'],
    ['does it talk about nursing school prerequisites', 'nursing school prerequisites'],
  ] as const) {
    it(`"${said}" names ${thing}`, () => expect(guideSilentOn(said)?.thing).to.equal(thing));
  }
  for (const said of ['what does a nurse practitioner make?', 'how much does a travel nurse make', 'what do physical therapists earn']) {
    it(`"${said}" asks another job's pay`, () => expect(guideSilentOn(said)?.otherPay).to.equal(true));
  }
  it('"is the nursing program at Arizona State any good?" is on the ground of degrees', () => expect(guideSilentOn('is the nursing program at Arizona State any good?')?.near).to.deep.equal(['bachelors-or-masters', 'degree-fields']));
  for (const said of ["what's the pay for a software engineer?", "what's the weather like today", 'is being a police officer stressful', 'what is the best college football team?', 'how do I bake bread', "pharma sales rep, 8 yrs, BS in biology. Quick q's: salary range and can I get hired without clinical experience?"]) {
    it(`"${said}" is not on the guide's ground`, () => expect(guideSilentOn(said)).to.equal(null));
  }
});

describe('crisis work and other languages asked, read', () => {
  for (const [said, read] of [
    ['and the crisis stuff? and being bilingual?', { crisis: true, language: true }],
    ['and the crisis stuff?', { crisis: true, language: false }],
    ['are my crisis skills useful?', { crisis: true, language: false }],
    ['and being bilingual?', { crisis: false, language: true }],
    ['does speaking Spanish help?', { crisis: false, language: true }],
    ['I speak three languages, would that help?', { crisis: false, language: true }],
  ] as const) {
    it(`"${said}" asks of ${read.crisis ? 'crisis work' : ''}${read.crisis && read.language ? ' and ' : ''}${read.language ? 'languages' : ''}`, () => expect(crisisOrLanguageAsked(said)).to.deep.equal(read));
  }
  for (const said of ['what happens in a medical emergency?', 'emergency room nurse here, how long does it take?', "I'm an ER nurse, would my emergency experience count?", "I've done a lot of crisis calls, mental health stuff. does any of that count as experience?", 'is the job stressful?', 'I speak Spanish at home.', 'can I talk to someone in Spanish?', 'do care managers need to handle crises?', 'what about emergencies? are they on call?', 'I speak Spanish fluently. what skills do I need?']) {
    it(`"${said}" asks neither`, () => expect(crisisOrLanguageAsked(said)).to.equal(null));
  }
});

describe('another job set aside from a question the guide answers, read', () => {
  for (const [said, read] of [
    ['How stressful is this compared to being a therapist?', { asked: 'How stressful is this?', against: 'being a therapist' }],
    ['is the pay better than being a teacher?', { asked: 'is the pay better?', against: 'being a teacher' }],
    ['are the hours worse vs nursing', { asked: 'are the hours worse?', against: 'nursing' }],
    ['realistically how long would it take me with no degree but 12 years interpreting?', { asked: 'realistically how long would it take me with no degree?', against: null }],
    ['how long would it take with 8 yrs as a cop?', { asked: 'how long would it take?', against: null }],
  ] as const) {
    it(`"${said}" asks "${read.asked}"`, () => expect(otherJobAside(said)).to.deep.equal(read));
  }
  for (const said of ['is the pay better than a case manager?', 'is it better than nothing?', 'how long does it take?', 'what do they earn with 5 years of experience?', 'more than 10 years?']) {
    it(`"${said}" sets no job aside`, () => expect(otherJobAside(said)).to.equal(null));
  }
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`whether one's own work counts, said as the guide says it (${channelName})`, () => {
    it('a police officer\'s crisis calls get the guide\'s silence on police work and its crisis skills, never "Yes" (ut34a, cop #4)', async () => {
      const chat = startGuided({ channelId });
      await chat.say('Hi there. 45, police officer, 20 years on the job. Been thinking about what comes after. Is care manager something a cop could actually do?');
      const replies = await chat.say("ok. I've done a lot of crisis calls, mental health stuff, welfare checks on old folks. does any of that count as experience?");
      const shown = readable(shownText(replies));
      expect(shown).to.include(readable(Messages.experienceNotSaid.jobOutside('police officer', true).slice(0, 80)));
      expect(shown).to.include('crisis management');
      expect(shown).not.to.include(readable(Messages.experienceCounts['care-work']));
      expectChannelSafe(channelId, replies, 'police');
    });

    it('an OT\'s years get the yes, with case management one kind among three (ut34a, ot #3)', async () => {
      const chat = startGuided({ channelId });
      await chat.say('OT here (masters in OT, licensed, 9 yrs in inpatient rehab). I do a lot of discharge recs and family training already. Would a care manager job be a step up or sideways for me?');
      const replies = await chat.say('would my OT years count as the experience, or does it have to be case management experience specifically?');
      const shown = readable(shownText(replies));
      expect(shown).to.include('Yes: 9 years as an occupational therapist is work in health or social services');
      expect(shown).to.include(readable(Messages.caseManagementNotOnly));
      expect(shown).not.to.include(readable(Messages.experienceCounts['not-said']));
      expectChannelSafe(channelId, replies, 'OT');
    });

    it('a teacher\'s work with disabled children is not called work in health or social services', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I'm a teacher");
      const replies = await chat.say("I've worked with lots of kids with disabilities for years, does that count as experience?");
      expect(readable(shownText(replies))).to.include("The guide doesn't name work as a teacher among the experience it describes");
      expectChannelSafe(channelId, replies, 'teacher');
    });
  
    it('"does the guide say anything about LPN to RN bridge programs?" says it doesn\'t mention them, with the degrees, not "outside what I can help with" (ut34a, lpn #3)', async () => {
      const chat = startGuided({ channelId });
      await chat.say("I meant my license/education. LPN is a 1 year diploma, not a degree. Do I need a BSN?");
      const replies = await chat.say('does the guide say anything about LPN to RN bridge programs?');
      const shown = readable(shownText(replies));
      expect(shown).to.include(readable(Messages.guideSilentOn('LPN to RN bridge programs', false)));
      expect(shown).not.to.include(readable(Messages.outOfScope));
      expectChannelSafe(channelId, replies, 'bridge');
    });

    it('"what does a nurse practitioner make?" says the guide gives pay for care managers only, with the salary', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what does a care manager do');
      const replies = await chat.say('what does a nurse practitioner make?');
      const shown = readable(shownText(replies));
      expect(shown).to.include(readable(Messages.guideSilentOn(null, true)));
      expect(shown).to.include('Salary');
      expectChannelSafe(channelId, replies, 'other pay');
    });

    it('"what\'s the weather like today" is still outside what the bot helps with', async () => {
      const chat = startGuided({ channelId });
      expect(readable(shownText(await chat.say("what's the weather like today")))).to.include(readable(Messages.outOfScope));
    });
  
    it('"and the crisis stuff? and being bilingual?" after communication gets the crisis skills and the silence on languages, not "I don\'t have an answer" (ut34a, fa #2)', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what is communication like for care managers');
      const replies = await chat.say('and the crisis stuff? and being bilingual?');
      const shown = readable(shownText(replies));
      expect(shown).to.include(readable(Messages.beyondTheJob.crisisOrLanguage(true, true).replace(/ Here is its list:$/, '')));
      expect(shown).to.include('managing a crisis');
      expect(shown).not.to.include(readable(Messages.noMatch));
      expectChannelSafe(channelId, replies, 'crisis');
    });
  
    it('"How stressful is this compared to being a therapist?" gets the stress answer, with no comparison the guide does not make (ut35a, P09 m5)', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say("Honestly I'm also worried about burnout. I burned out in grad school. How stressful is this compared to being a therapist?");
      const shown = readable(shownText(replies));
      expect(shown).to.include(readable(Messages.notWeighedAgainst('being a therapist')).replace(/:$/, ''));
      expect(shown).to.include(readableOpening('stressful'));
      expect(shown).not.to.include(readable(Messages.outOfScope));
      expectChannelSafe(channelId, replies, 'therapist');
    });

    it('"how long would it take me with no degree but 12 years interpreting?" is answered, not "outside what I can help with" (ut35a, P10 m8)', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say('realistically how long would it take me with no degree but 12 years interpreting?');
      expect(readable(shownText(replies))).not.to.include(readable(Messages.outOfScope));
      expect(readable(shownText(replies))).to.include('6 to 8 years');
    });
  
    it('"would my ADN count as the relevant degree for the CMC?" gets no "Yes": the guide speaks of bachelor\'s and master\'s only (ut35a, P08 m3)', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say('would my ADN count as the relevant degree for the CMC? or do i need the BSN first');
      const shown = readable(shownText(replies));
      expect(shown).not.to.match(/^Yes/);
      expect(shown).to.include("It speaks of bachelor's and master's degrees, not associate degrees, so it doesn't say whether yours counts.");
      expectChannelSafe(channelId, replies, 'ADN');
    });

    it('"Do care managers need to be bilingual, and would it help me get hired?" gets the guide\'s silence on languages, not "Yes: the guide names hospitals" (ut35a, P10 m1)', async () => {
      const chat = startGuided({ channelId });
      const replies = await chat.say("Hola! I'm a certified medical interpreter, Spanish-English, 47 years old. I interpret at a big hospital system, lots of family meetings and discharge planning. Do care managers need to be bilingual, and would it help me get hired?");
      const shown = readable(shownText(replies));
      expect(shown).to.include(readable(Messages.beyondTheJob.crisisOrLanguage(false, true)));
      expect(shown).not.to.match(/^Yes/);
      expectChannelSafe(channelId, replies, 'bilingual');
    });
  });
}
