import { expect } from 'chai';
import { readAboutYou, type AboutYou } from '../../dialogs/understanding/person/aboutYou';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectChannelSafe, readable, shownText, startGuided, stepShown, saidIn } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * Replies that use what the person told and answer the whole message (testers ut33c, kinds 1 and 6): a degree's letters
 * as people write them ("BS Nursing", "MS in clinical nutrition") are read, so their education is not asked for again;
 * "what do I do next?" from someone who said where they stand is what is left for them, not one step's answer; their
 * own pay told as where they are ("I'm at like 95k") is set against the guide's levels. Each for three made-up phrasings,
 * and never for ordinary questions.
 */
const TOLD = readable(Messages.leftForYou('\u0000', '', '').split('\u0000')[0]!);
const kb = knowledge();

describe("a degree's letters as people write them (understanding/person/aboutYou)", () => {
  const education = (text: string): AboutYou['education'] => readAboutYou(text, kb).education;

  it('reads "BS Nursing", "BS in respiratory care", "MS in clinical nutrition" and "a B.S. in biology" as degrees held', () => {
    const cases: ReadonlyArray<readonly [string, AboutYou['education']]> = [
      ['Good evening po. I am from Philippines, I finished BS Nursing in Cebu but here in US I am working as caregiver in a board and care home for 5 years.', 'relevant-degree'],
      ['Hello! Respiratory therapist here (RRT, BS in respiratory care, 9 yrs mostly pulmonary rehab and some ICU).', 'other-degree'],
      ['Hi! Registered dietitian here, MS in clinical nutrition, 5 years in an outpatient diabetes clinic. I love the patient education part.', 'other-degree'],
      ['I have a B.S. in biology and 4 years as a medical assistant', 'other-degree'],
      ['I got my BS in psychology in 2019', 'other-degree'],
      ['Paramedic, 7 years, B.S. in health science.', 'other-degree'],
    ];
    for (const [text, expected] of cases) expect(education(text), text).to.equal(expected);
  });

  it('reads a degree told in a self-introduction ("OT here (masters in OT, licensed, 9 yrs ...)")', () => {
    expect(readAboutYou('OT here (masters in OT, licensed, 9 yrs in inpatient rehab). I do a lot of discharge recs.', kb)).to.include({ education: 'other-degree', years: 9 });
    expect(readAboutYou('Social worker here, MSW, 10 years', kb)).to.include({ education: 'relevant-degree', years: 10 });
  });

  it('adds the years of earlier work told after "before that" or "previously"', () => {
    const cases: ReadonlyArray<readonly [string, number]> = [
      ["Hi! I'm an RN (BSN) doing telehealth triage for an insurer's nurse line, about 4 years now, before that 3 years on a cardiac step-down unit.", 7],
      ["I've worked in a nursing home for 3 years, previously 2 years in a hospital", 5],
      ['HCA, 6 years, before that 2 years as a carer', 8],
    ];
    for (const [text, years] of cases) expect(readAboutYou(text, kb).years, text).to.equal(years);
    // Study before it is no work.
    expect(readAboutYou("I'm a nurse, 5 years, before that I studied at college for 4 years", kb).years).not.to.equal(9);
  });

  it('reads no degree from an illness, slang or a question', () => {
    for (const text of ['my mom has MS and I look after her', "that's BS lol", 'what does a BA in nursing mean?', 'is a BS in psychology enough?', 'I was diagnosed with MS last year']) {
      expect(education(text), text).to.equal(undefined);
    }
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`replies that use what the person told (${channelName})`, () => {
    const said = saidIn(channelId);

    it('a background told with the degree\'s letters is counted, never asked for again ("Tell me your education")', async () => {
      for (const message of [
        'Hello! Respiratory therapist here (RRT, BS in respiratory care, 9 yrs mostly pulmonary rehab and some ICU). Is care management a fit?',
        'Good evening po. I finished BS Nursing in Cebu and I am working as caregiver in a care home for 5 years. Can I become care manager?',
        'Paramedic here, B.S. in health science, 7 years on the ambulance. could I do this job?',
      ]) {
        const text = await said(message);
        expect(text, message).to.include(TOLD);
        expect(text, message).not.to.include('Tell me your education');
      }
    });

    it('"what do I do next?" after a degree and years told says what is left for them', async () => {
      for (const messages of [
        ['i know what it is lol. I already have the BSN and 6 yrs ICU. what do I actually do next'],
        ['I have a BSW and 4 years in a hospital.', 'so what should I do next?'],
        ['I have already the nursing degree and 5 years experience as a nurse. so what I should do next?'],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(TOLD);
        expect(text, messages.join(' / ')).to.include('Get certified (step 5)');
      }
      // Nothing told, or the next step of a thing asked: not their route.
      for (const messages of [['what do I do next?'], ['I have a BSN and 3 years on a ward', "what's the next step after certification?"], ['how do I get certified?']]) {
        expect(await said(...messages), messages.join(' / ')).not.to.include(TOLD);
      }
    });

    it('a degree told before and asked of as "a business degree" is weighed, with the work asked beside it, never dropped', async () => {
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        ["I'm a claims adjuster, 8 years. I'm not a nurse (BA in business).", 'ok good. so is a business degree close enough, and does 8 yrs of claims handling count as experience?', 'business'],
        ['I have a BA in marketing and I work in sales.', 'and the marketing degree?', 'marketing'],
        ['I got my BS in psychology in 2019.', 'would a psychology degree be enough to get in?', 'psychology'],
      ];
      for (const [told, asked, field] of cases) {
        const text = await said(told, asked);
        expect(text, asked).to.include(`gives no list of related fields, so it doesn't say whether ${field} counts as one`);
      }
      const claims = await said(cases[0]![0], cases[0]![1]);
      expect(claims).to.include("For your work, the guide doesn't say whether it counts");
      // No degree told: "a business degree" is asked of in general, as before.
      expect(await said('and the business degree?')).not.to.include("doesn't say whether business counts");
    });

    it('"my degree is a BA in communications ... would I have to go back to school??" weighs that degree, not the way in without one', async () => {
      for (const message of [
        'ok this is exciting. my degree is a BA in communications from like 2005. would I have to go back to school??',
        'I have a degree in accounting. do I have to go back to uni?',
        'my bachelors is in English literature, would i need to go back to college?',
      ]) {
        const text = await said(message);
        expect(text, message).to.include('gives no list of related fields');
        expect(text, message).to.include("It doesn't say whether you would need to study again.");
      }
    });

    it('"is nutrition a related field for care management?" says the guide gives no list of related fields', async () => {
      for (const [message, field] of [
        ['is nutrition a related field for care management?', 'nutrition'],
        ['would public health count as a related field?', 'public health'],
        ['so is health science a relevant degree', 'health science'],
        ['do I need to go back to school for nursing or social work, or does my MS in nutrition work?', 'nutrition'],
      ] as const) {
        expect(await said(message), message).to.include(`doesn't say whether ${field} counts as one`);
      }
      expect(await said('is this a related field?')).not.to.include("doesn't say whether this");
    });

    it('a trait of someone asked for ("She\'s pretty introverted. Is this a good job for a quiet person?"), says the guide speaks of none, then what the job calls for', async () => {
      for (const [message, trait, whose] of [
        ["She's pretty introverted. Is this a good job for a quiet person or is it people all day?", 'being introverted', 'other'],
        ['my son is really shy, would that be a problem?', 'being shy', 'other'],
        ['my daughter is quite reserved, would care management suit her?', 'being reserved', 'other'],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.direct.traitNotSpoken(trait, whose)));
        expect(text, message).to.include('constant contact with patients, families and healthcare providers');
      }
      // Asked of anyone, the guide's answer on who it suits is kept (a chat set holds such a question).
      for (const message of ['is care management a good career for an introvert?', 'is it a good job for someone who likes people?', 'is this a good job for a nurse?', 'she is very organized, is that good?']) {
        expect(await said(message), message).not.to.include("The guide doesn't speak of being");
      }
    });

    it('the roadmap asks a firefighter, a cook or a funeral director for other work without judging theirs ("is outside it")', async () => {
      for (const [story, job] of [
        ["Retired fire captain here, 63, 30 years on the job. I have an associate's in fire science, no bachelor's.", 'a firefighter'],
        ["I'm a line cook, no degree, just high school.", 'a cook'],
        ["I'm a licensed funeral director, no degree.", 'a funeral director'],
      ] as const) {
        const text = await said(story, 'make me a plan');
        expect(text, story).not.to.include('is outside it');
        expect(text, story).to.include(`The guide doesn't name work as ${job} among it`);
      }
    });

    it('"where would I start?" after a degree in another field and years in the field starts where they stand, not at step 1', async () => {
      for (const message of [
        'Hi! Registered dietitian here, MS in clinical nutrition, 5 years in an outpatient diabetes clinic. I love the patient education part but I want a bigger-picture role. Where would I start?',
        "I have a BA in psychology and I've worked as a support worker for 4 years. where would I begin?",
        "I'm a dietitian with an MS in clinical nutrition and 5 years in a diabetes clinic. how would I start?",
      ]) {
        const conversation = startGuided({ channelId });
        const replies = await conversation.say(message);
        expectChannelSafe(channelId, replies, message);
        expect(readable(shownText(replies)), message).to.include(TOLD);
        expect(readable(shownText(replies)), message).to.include('if your degree counts as a related field');
        expect(stepShown(replies), message).to.equal(2);
      }
    });

    it('"how fast could I be in a care manager role?" from someone who told a degree and years is counted from what they told', async () => {
      for (const messages of [
        ['OT here (masters in OT, licensed, 9 yrs in inpatient rehab). I do a lot of discharge recs and family training already.', 'so realistically, with my background, how fast could I be in a care manager role?'],
        ['I have a BSN and 4 years on a cardiac unit.', "how long till I'm a care manager?"],
        ["I'm a social worker with an MSW, 6 years in a hospice.", 'how soon before I could get hired as one?'],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(TOLD);
        expect(text, messages.join(' / ')).not.to.include('It usually takes 6 to 8 years');
      }
      for (const messages of [['I have a BSN and 4 years on a ward.', 'how long can I stay in one role?'], ["how long till I'm a care manager?"]]) {
        expect(await said(...messages), messages.join(' / ')).not.to.include(TOLD);
      }
    });

    it('"What\'s realistic?" closing a story of no degree and years in the field is answered from what they told', async () => {
      for (const message of [
        "Psych tech on an adult inpatient psych unit, 6 years. No degree yet, just my psych tech certification. I de-escalate, do safety checks, run groups, chart. I want to become a care manager in mental health. What's realistic?",
        "I'm a care worker, 4 years, no degree. how realistic is it?",
        "Healthcare assistant for 5 years, never went to uni. Is that even realistic?",
      ]) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.fitFromTheirStart('no-degree-in-field')));
      }
    });

    it('no degree told beside a question on experience ("I only have a high school diploma and a CDL. Does what I did for my mother count?") is answered too', async () => {
      for (const message of [
        'I only have a high school diploma and a CDL. Does what I did for my mother count for anything?',
        "no degree, but I've been a carer for 4 years. does that count as experience?",
        "I never went to college. would my years volunteering at a food bank count?",
      ]) {
        expect(await said(message), message).to.include(readable(Messages.noDegreeBeside));
      }
      expect(await said("I have a BSN. does my ward experience count?")).not.to.include(readable(Messages.noDegreeBeside));
    });

    it('their pay told as where they are ("I\'m at like 95k") is set against the levels, and the pay cut is not called a part the guide skips', async () => {
      for (const [message, sum, level] of [
        ["and pay? I'm at like 95k with night diff. would i take a cut", '95,000', 'senior range'],
        ["what would I make? currently at $70,000 and I can't take a pay cut", '$70,000', 'mid-level range'],
        ["I'm at about 85k right now, would I earn less as a care manager?", '85,000', 'senior range'],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include(sum);
        expect(text, message).to.include(level);
        expect(text, message).not.to.include("doesn't cover the other part");
      }
      // A place, not a sum: no pay of theirs.
      expect(await said("I'm at a hospital now, what does it pay?")).not.to.include('you earn now');
    });
  });
}
