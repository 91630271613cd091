import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { CHAT_CHANNELS, expectChannelSafe, readable, readableOpening, shownText, startGuided, stepShown, saidIn } from './guidedHarness';

/**
 * Replies that start from what the person told of themselves (testers ut32c, kind 1: the reply for anyone given to a
 * nurse, a social worker or someone with a degree). Whether it is a realistic move, how long it would take them, where
 * they start, whether their degree counts and whether what they already know is enough: each from what they said, in
 * the guide's words, for three made-up phrasings, and never for someone who said nothing of themselves.
 */
const FIT_FOR_ANYONE = readableOpening('right-for-me');
const TOLD = readable(Messages.leftForYou('\u0000', '', '').split('\u0000')[0]!);

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a reply from what the person told of themselves (${channelName})`, () => {
    const start = () => startGuided({ channelId });
    const said = saidIn(channelId);

    it('"is it a realistic move for me?" after a degree and years in the field says what of the route they have and what is left', async () => {
      const cases: ReadonlyArray<readonly [string, 'degree-and-work' | 'no-degree-in-field']> = [
        ["I'm an RN with a BSN, 3 yrs med-surg. I'm done with bedside. Is care management a realistic move for me?", 'degree-and-work'],
        ["I've been a social worker for 8 years with a BSW. would care management suit me?", 'degree-and-work'],
        ["no degree but I've worked as a healthcare assistant for 5 years. could I become a care manager?", 'no-degree-in-field'],
      ];
      for (const [message, kind] of cases) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.fitFromTheirStart(kind)));
        expect(text, message).to.include(TOLD);
        expect(text, message).not.to.include(FIT_FOR_ANYONE);
      }
      // Told in an earlier message, asked later.
      const later = await said('I have a BSN and I have worked on a hospital ward for 2 years', 'do you think I could do this job?');
      expect(later).to.include(readable(Messages.fitFromTheirStart('degree-and-work')));
    });

    it('the same asked after a degree in another field says the guide gives no list of related fields', async () => {
      for (const message of ['I have a degree in marketing. do you think I could do this job?', 'I have a business degree. Is care management a realistic move for me?', 'i got a BA in history, could I become a care manager?']) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.fitFromTheirStart('other-degree')));
        expect(text, message).not.to.include(FIT_FOR_ANYONE);
      }
    });

    it('the same asked from work outside health and social services says where the route starts and asks for their education', async () => {
      const cases: ReadonlyArray<readonly [string, string, boolean]> = [
        ["I'm a realtor. would I be a good fit for care management?", 'real estate agent', false],
        ['I work as a cashier. Could I become a care manager?', 'retail worker', false],
        ["Hey! I'm a personal trainer and most of my clients are older adults, plus a few people coming back from surgery. Could I become a care manager?", 'personal trainer', true],
      ];
      for (const [message, job, unnamed] of cases) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.fitFromOutside(job, unnamed)));
        expect(text, message).not.to.include(FIT_FOR_ANYONE);
      }
    });

    it('the same asked in words the guide answers as the role or its needs ("something i could realistically do", "Is care management a fit?")', async () => {
      const plant = await said('got laid off from the plant after 31 years. high school diploma only. is care manager something i could realistically do');
      expect(plant).to.include(readable(Messages.beyond.fitOutsideNoDegree));
      expect(plant).to.include(readableOpening('without-degree'));
      const cases: ReadonlyArray<readonly [string, Parameters<typeof Messages.fitFromTheirStart>[0]]> = [
        ["I've been a support worker in a care home for 3 years. could I do this job?", 'work-in-field'],
        ['Hello! Respiratory therapist here, 9 yrs mostly pulmonary rehab and some ICU. I keep seeing the same COPD patients bounce back to the hospital. Is care management a fit?', 'work-in-field'],
        // With the degree's letters told ("BS in respiratory care"), that degree is counted, not asked for (ut33c, P5 #1).
        ['Hello! Respiratory therapist here (RRT, BS in respiratory care, 9 yrs mostly pulmonary rehab and some ICU). I keep seeing the same COPD patients bounce back to the hospital. Is care management a fit?', 'other-degree'],
        ['I am working as caregiver in a board and care home for 5 years. Can I become care manager?', 'work-in-field'],
      ];
      for (const [message, kind] of cases) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.fitFromTheirStart(kind)));
      }
      // Nothing told: the guide's answers as before.
      for (const message of ['is care manager something i could realistically do', 'Is care management a fit?', 'Can I become care manager?']) {
        expect(await said(message), message).not.to.include(TOLD);
      }
    });

    it('their own time asked beside another question ("how long would it take me, and is the job stressful?") is counted from what they told, and the other answered too', async () => {
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        ['I have a BA in communications.', 'how long would it take me, and is the job stressful? I already have a lot on my plate with my son', 'stressful at times'],
        ['I have a BSN and 3 years on a ward.', 'how long would it take me? and what does it pay?', '$40,000'],
        ["I'm a care worker, 6 years, no degree.", 'what does it pay, and how long would it take me?', '$40,000'],
      ];
      for (const [told, asked, other] of cases) {
        const text = await said(told, asked);
        expect(text, asked).to.include(TOLD);
        expect(text, asked).to.include(other);
        expect(text, asked).not.to.include(readableOpening('how-long'));
      }
      const nothing = await said('how long would it take me, and is the job stressful?');
      expect(nothing).to.include(readableOpening('how-long'));
      expect(nothing).not.to.include(TOLD);
    });

    it('pay asked with their own pay and a pay cut told beside it ("what does it pay? i make about 72k now") is set against the guide\'s levels', async () => {
      for (const [message, sum] of [
        ['ok. what does it pay? i make about 72k now and cant really take a big pay cut', '72,000'],
        ["what's the salary? I make $70k now and don't want a big pay cut", '$70,000'],
        ["how much would I earn? I'm on 58k and can't take a pay cut", '58,000'],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include(sum);
        expect(text, message).to.match(/is (?:below|above|around) it|is below the \$70,000 you earn now/);
      }
      expect(await said('what does it pay?')).to.include(readableOpening('salary'));
    });

    it('the same asked by someone who told nothing, or asked for someone else, keeps the guide\'s answer for anyone', async () => {
      for (const messages of [['Could I become a care manager?'], ['would I be a good fit?'], ['is care management right for me'], ["I'm a nurse with 5 years on a ward", 'would my son be suited to care management']]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(FIT_FOR_ANYONE);
        expect(text, messages.join(' / ')).not.to.include(TOLD);
      }
      // An age asked beside it keeps the guide's silence on age first.
      const age = await said("I'm 45 and I've been selling houses for almost 20 years. Is that realistic at my age?");
      expect(age).to.include("The guide doesn't say anything about age");
      expect(age).not.to.include(readable(Messages.fitFromOutside('real estate agent', false)));
    });

    it('"could I do this at my own hospital or is it mostly home visits?" after a background is asked of a place, not of whether they could', async () => {
      const story = 'Respiratory therapist here (RRT, BS in respiratory care, 9 yrs mostly pulmonary rehab). Is care management a fit?';
      for (const question of ['never mind. could I do this at my own hospital or is it mostly home visits / insurance companies?', 'can i do this at a clinic or is it all insurance companies?', 'could i do it in a hospital or is it mostly home visits?']) {
        const text = await said(story, question);
        expect(text, question).not.to.include(TOLD);
        expect(text, question).to.include('hospitals');
      }
    });

    it('a condition asked beside it ("can i become a care manager with a criminal record") is no question of their route', async () => {
      for (const question of ['can i become a care manager with a criminal record', 'could I be a care manager with a DUI on my record?', 'can i do this job with a disability']) {
        const text = await said("I'm a nurse with 6 years on a ward", question);
        expect(text, question).not.to.include(TOLD);
      }
      // Their own background named with it is still a question of their route.
      expect(await said('I have a BA in marketing', 'can i do this with my background?')).to.include(TOLD);
    });

    it('their own time asked before the story, or of "the switch", is counted from what they told', async () => {
      for (const messages of [
        ['how long would all this take for me? I have a kinesiology degree'],
        ["how long would the whole thing take me? I've got a BA in psychology"],
        ["I'm a care coordinator at a clinic", 'how long would the switch take'],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(TOLD);
        expect(text, messages.join(' / ')).not.to.include(readableOpening('how-long'));
      }
      // Nothing told: the guide's time for anyone.
      expect(await said('how long would the switch take')).to.include(readableOpening('how-long'));
    });

    it('"does it still take that long?" with a degree and years told counts their years, as the roadmap does', async () => {
      const memoryCare = await said("I'm a board-certified music therapist, I work in a memory care unit.", 'how long does it take to become a care manager?', "I already have a bachelor's and 6 years in memory care. does it still take that long?");
      expect(memoryCare).to.include(TOLD);
      expect(memoryCare).to.include('if your degree counts as a related field, with your degree and 6 years of experience, you have covered the guide');
      for (const messages of [
        ['I have a BSN and 4 years in a clinic.', 'how long does it take to become a care manager?', 'would it be any quicker for me?'],
        ['I have an MSW and 3 years in a hospice', 'how long does it take?', 'so would it still be 6 to 8 years for me?'],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(TOLD);
      }
      // Nothing told: no start to count from.
      const nothing = await said('how long does it take?', 'does it still take that long?');
      expect(nothing).not.to.include(TOLD);
    });

    it('where they stand told again right after their time was counted ("wait, my 20 years are in real estate") is counted again', async () => {
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        ['I have a degree in business admin. how long would it take me?', 'wait, my 20 years are in real estate, not health care. I have zero healthcare experience', 'no work experience in the field yet'],
        ["I'm a care coordinator at a clinic. how long would it take me?", "I have a BSW too, and I've been doing it for 3 years", 'with your degree and 3 years of experience'],
        ['I have a degree in psychology. how long would it take me?', "oh and I've worked as a support worker for 2 years", 'about 2 years in health or social services'],
      ];
      for (const [asked, told, counted] of cases) {
        const text = await said(asked, told);
        expect(text, told).to.include(readable(Messages.countedAgain));
        expect(text, told).to.include(TOLD);
        expect(text, told).to.include(counted);
      }
      // The guide's time for anyone in view: an introduction is only noted.
      expect(await said('how long does it take?', "I'm a barista")).not.to.include(readable(Messages.countedAgain));
    });

    it('"where do I start?" after a degree and years in the field starts at the first step left for them, not step 1', async () => {
      for (const message of [
        'I qualified as a social worker in Nigeria (BSc Social Work) and worked for six years in a hospital social work department. I would like to get into care management. Where do I start?',
        "I'm a nurse with a BSN and 10 years on the wards. I want to move into care management. Where do I start?",
        "I have an MSW and I've worked in a hospice for 4 years. what should I do first?",
      ]) {
        const conversation = start();
        const replies = await conversation.say(message);
        expect(readable(shownText(replies)), message).to.include(TOLD);
        expect(readable(shownText(replies)), message).to.include(readable(GuidedMessages.steps.fromWhatYouTold('', '', 5, 'Get certified').split('\n\n')[1]!));
        expect(stepShown(replies), message).to.equal(5);
        expectChannelSafe(channelId, replies, message);
      }
      for (const message of ["I'm a retail worker. Where do I start?", 'where do I start?']) expect(stepShown(await start().say(message)), message).to.equal(1);
    });

    it('a degree told as "a bachelors but its in business admin" is weighed, never the answer on having no degree', async () => {
      for (const [message, field] of [
        ['I do have a bachelors but its in business admin. does that count or do I need to go back to school?', 'business admin'],
        ["I've got a BA but it's in history. is that enough?", 'history'],
        ['I do have a degree, its in accounting. does it count?', 'accounting'],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include(`doesn't say whether ${field} counts`);
      }
    });

    it('a degree weighed with other work asked of beside it ("and does 8 yrs of claims handling count?") says the guide\'s silence on that work too', async () => {
      for (const message of [
        'I have a BA in business. so is my business degree close enough, and does 8 yrs of claims handling count as experience?',
        "I have an associate's in fire science, no bachelor's. Would 30 years in the fire service plus those home visits count for anything?",
        'i have a BA in history, does it count? and do my 5 years in banking count as experience?',
      ]) {
        expect(await said(message), message).to.include(readable(Messages.experienceNotSaid.besideDegree));
      }
      expect(await said('I have a BA in history, does it count?')).not.to.include(readable(Messages.experienceNotSaid.besideDegree));
    });

    it('a degree they hold asked whether it gets them in higher ("would having a master\'s already get me in at a higher level?") says the guide ties levels to years', async () => {
      for (const [messages, degree] of [
        [['I have a master\'s in school counseling and 12 years as a counselor.', "would having a master's already get me in at a higher level or better pay?"], "a master's"],
        [['I have an MSW. would I get paid more because of it?'], 'your MSW'],
        [["I got my MSN last year. does that mean I'd start at a higher level?"], 'your MSN'],
        [['i have a masters in social work. will i be paid more?'], "a master's"],
      ] as const) {
        expect(await said(...messages), messages.join(' / ')).to.include(readable(Messages.beyond.degreeLevel(degree)));
      }
      expect(await said('what is the pay at a higher level?')).not.to.include(readable(Messages.beyond.degreeLevel("a master's")));
    });

    it('a skill asked whether it is needed, told as already known, says the guide does not say how much is enough', async () => {
      for (const message of [
        'do I need to learn medical terminology? I already know a lot from interpreting',
        'do i need computer skills? i already use spreadsheets every day at work',
        'Would I have to learn about healthcare laws? I already know a lot about regulations from my compliance job.',
      ]) {
        expect(await said(message), message).to.include(readable(Messages.direct.alreadyKnown));
      }
      for (const message of ['do I need to know medical terminology', 'I already know I want this. do I need to be good with people?']) {
        expect(await said(message), message).not.to.include(readable(Messages.direct.alreadyKnown));
      }
    });
  });
}
