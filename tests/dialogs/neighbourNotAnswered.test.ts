import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { CHAT_CHANNELS, readable, readableOpening, saidIn } from './guidedHarness';

/**
 * The answer to the question asked, not to its neighbour (tester ut33c, kind 2): a pay level named is the level
 * weighed, pay asked of a workplace says the guide gives none by workplace, school subjects are not a degree's courses,
 * and the way in asked after a start told in fragments is the roadmap, not what case management is. Each for three
 * made-up phrasings, and none of them for the ordinary question beside it.
 */
for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`the answer to the question asked, not its neighbour (${channelName})`, () => {
    const said = saidIn(channelId);

    it('own pay set against a level they name weighs that level, not the entry level', async () => {
      const cases: ReadonlyArray<readonly [string, string]> = [
        // The level's range, said once in the lead (the answer after it leaves out a figure the lead gave: repair34).
        ['good to know. last q: mid level pay vs what I make now (about 78k), would I take a hit?', '$60,000–$80,000'],
        ['I earn $85k now. would I take a pay cut at senior level?', '$80,000–$100,000'],
        ["i make about 72k now, what's the mid-level salary compared to that?", '$60,000–$80,000'],
      ];
      for (const [message, level] of cases) {
        const text = await said(message);
        expect(text, message).to.include(level);
        expect(text, message).not.to.include(readableOpening('salary-entry'));
      }
      expect(await said('I earn $85k now. would I take a pay cut at senior level?')).to.include(readable(Messages.beyond.payAtLevelAgainstOwn('senior', '$85,000', '$80,000–$100,000', 'around')));
      // No level named: the pay by level, the level that takes their sum in named first (context34); a senior nurse's own job is no level asked.
      expect(await said('ok. what does it pay? i make about 72k now and cant really take a big pay cut')).to.include(readableOpening('salary')).and.include('mid-level range, $60,000–$80,000, takes it in');
      expect(await said("I'm a senior nurse on $78k. would I earn more as a care manager?")).not.to.include(readableOpening('salary-senior'));
    });

    it('pay asked of a workplace, or one against another, says the guide gives none by workplace, then its pay by level', async () => {
      const cases: ReadonlyArray<readonly [string[], readonly string[]]> = [
        [['which certification should I get', 'CMC', 'do care managers at insurance companies get paid more than hospital ones?'], ['insurance companies', 'hospitals']],
        [['do hospital care managers earn more than those in home care agencies?'], ['hospitals', 'home care agencies']],
        [["what's the pay like in government agencies?"], ['government agencies']],
      ];
      for (const [messages, settings] of cases) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(readable(Messages.beyond.payBySettingNotGiven(settings)));
        expect(text, messages.join(' / ')).to.include(readableOpening('salary'));
        expect(text, messages.join(' / ')).not.to.include(readable(Messages.certificationPay));
      }
      // Another job's pay, or their own workplace told beside their pay, is not a workplace's pay.
      for (const message of ['how much do nurses earn in hospitals?', "what's the pay like for police in government jobs?", 'I work at a hospital and make 72k. what would I make as a care manager?', 'how much do care managers earn?', 'and pay? would my 2 clinic years put me at mid level or entry?']) {
        expect(await said(message), message).not.to.include('in particular');
      }
    });

    it('school subjects asked before a degree say the guide speaks only of a degree\'s courses', async () => {
      const cases: ReadonlyArray<readonly string[]> = [
        ['Hi, I\'m a high school guidance counselor. I have a senior who wants to go into "care management". What should she major in?', 'Great. Are there high school classes she should take now to prepare, like anatomy or psychology?'],
        ['what subjects should I pick in high school to become a care manager?'],
        ['im 16, what gcses or a levels should i take?'],
      ];
      for (const messages of cases) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include(readable(Messages.beyond.schoolSubjectsNotSaid));
        expect(text, messages.join(' / ')).to.include(readableOpening('courses'));
      }
      expect(await said('what subjects should I take in high school to become a doctor?')).not.to.include(readable(Messages.beyond.schoolSubjectsNotSaid));
      for (const message of ['what courses will I take in the degree?', 'I only have a high school diploma. what courses would I need?']) {
        const text = await said(message);
        expect(text, message).to.include(readableOpening('courses'));
        expect(text, message).not.to.include(readable(Messages.beyond.schoolSubjectsNotSaid));
      }
    });

    it('which of two kinds of thing comes first says the guide sets no strict order, where its steps put each, and what it says of each', async () => {
      const cases: ReadonlyArray<readonly [string, 'certification' | 'volunteering' | 'education', 'job' | 'education' | 'experience']> = [
        ['which one first tho, get the CCM or get a case manager job first?', 'certification', 'job'],
        ['which first tho, volunteering or finishing school? i cant quit my route', 'volunteering', 'education'],
        ['should I get certified first or get experience first?', 'certification', 'experience'],
      ];
      for (const [message, first, second] of cases) {
        const text = await said(message);
        const kinds = Messages.beyond.orderKinds;
        expect(text, message).to.include(`The guide doesn't say which of ${kinds[first].name} and ${kinds[second].name} must come first.`);
        expect(text, message).to.include(readable(kinds[first].said));
        expect(text, message).to.include(readable(kinds[second].said));
      }
      // Two certifications, a requirement or a time asked are no choice of order.
      for (const message of ['CCM or CMC first?', 'do I need a degree before I can get certified?', 'how long does it take to get the CCM after my degree?']) {
        expect(await said(message), message).not.to.include('must come first');
      }
    });

    it('pay asked of the specialties, named or as a kind, says the guide gives pay by level only (not a side-by-side of two)', async () => {
      for (const message of ['which specialty pays best?', 'geriatric vs pediatric vs psych vs chronic disease - pay difference?', 'do some specializations earn more than others?']) {
        const text = await said(message);
        expect(text, message).to.include('on their own, only the median pay by level');
        expect(text, message).not.to.include('side by side');
      }
      expect(await said('how do I choose a specialty?')).not.to.include('only the median pay by level');
    });

    it('the way in asked after a start told in fragments is their roadmap, not what case management is', async () => {
      const cases = [
        'ICU RN, 6 years, BSN. thinking about moving into case management. whats the fastest route',
        'HCA, 5 years, no degree. thinking about becoming a care manager. whats the best way',
        'social worker, BSW, 4 yrs in child welfare. considering care management. what\'s the quickest way in',
      ];
      for (const message of cases) {
        const text = await said(message);
        expect(text, message).to.match(new RegExp(`${escape(readable(GuidedMessages.roadmap.heading))}|${escape(readable(GuidedMessages.roadmap.aimQuestion))}`));
        expect(text, message).not.to.include(readableOpening('case-management'));
      }
      // A question of the topic beside the story is answered as before.
      expect(await said('ICU RN, 6 years, BSN. how much do care managers earn?')).to.include(readableOpening('salary'));
    });
  });

  describe(`an in-scope question answered, not declined (${channelName})`, () => {
    const said = saidIn(channelId);

    it('a fit wondered aloud after a story ("I\'m wondering if care management could be my next move") is weighed from what they told', async () => {
      const cases: ReadonlyArray<readonly [string, Parameters<typeof Messages.fitFromTheirStart>[0]]> = [
        ["Hi there. I'm 38 and I've been a radiology tech (CT and x-ray) for about 14 years. My back and shoulders are getting worn out from positioning patients and I'm wondering if care management could be my next move", 'work-in-field'],
        ["I've been a social worker for 10 years with a BSW and I'm curious whether care management could be a good fit", 'degree-and-work'],
        ['ultrasound tech here, 7 years. wondering if case management might be my next step', 'work-in-field'],
      ];
      for (const [message, start] of cases) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.fitFromTheirStart(start)));
        expect(text, message).not.to.include(readable(Messages.notSure));
      }
      // A wondering that asks something else is answered as that.
      expect(await said("I'm wondering if care management is stressful")).to.include(readableOpening('stressful'));
    });

    it('imaging, respiratory or dialysis work asked whether it counts gets the yes the guide gives work in health', async () => {
      for (const message of [
        'hmm ok. basically would my radiology experience count toward becoming a care manager?',
        'would my years in radiography count?',
        'would my years in dialysis count as experience?',
        "actually it's 7 years total, 3 bedside + 4 telehealth. Does telehealth triage count as experience or only the bedside part?",
      ]) {
        expect(await said(message), message).to.include(readable(Messages.experienceCounts['care-work']));
      }
      expect(await said('does my retail experience count?')).not.to.include(readable(Messages.experienceCounts['care-work']));
    });

    it('a membership or certification weighed against its cost gets what it brings, with no fee invented', async () => {
      const cases: ReadonlyArray<readonly [string, string, boolean]> = [
        ['nice. whats CMSA and is it worth paying for a membership?', 'professional-organizations', true],
        ['are professional associations worth the fees?', 'professional-organizations', true],
        ['is the CCM worth the money?', 'certification-benefits', false],
      ];
      for (const [message, id, membership] of cases) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.beyond.worthPayingNotGiven(membership)));
        expect(text, message).to.include(readableOpening(id));
        expect(text, message).not.to.include(readable(Messages.noFigure));
      }
      expect(await said('is a CMSA membership worth it?')).not.to.include(readable(Messages.beyond.worthPayingNotGiven(true)));
      expect(await said('is a gym membership worth the money?')).not.to.include(readable(Messages.beyond.worthPayingNotGiven(true)));
    });

    it('a way in above the entry level, asked with no years told, says the guide ties levels to years (not "I don\'t have an answer")', async () => {
      for (const message of ['honestly 40-60k is a brutal pay cut from 140k. any way to jump in higher than entry level?', 'can I skip entry level?', 'is there a way to start above entry level with my background?']) {
        const text = await said(message);
        expect(text, message).to.include(readable(Messages.beyond.higherStart));
        expect(text, message).not.to.include(readable(Messages.noMatch));
      }
      expect(await said('what is entry level pay?')).not.to.include(readable(Messages.beyond.higherStart));
    });

    it('a degree asked whether it will "work" or "do" is weighed, not declined as outside the guide', async () => {
      for (const [message, field] of [
        ['do I need to go back to school for nursing or social work, or does my MS in nutrition work?', 'nutrition'],
        ["I have a bachelor's in biology. would it work for this?", 'biology'],
        ["will my associate's in fire science do?", 'fire science'],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include(`doesn't say whether ${field} counts as one`);
        expect(text, message).not.to.include(readable(Messages.outOfScope));
      }
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
