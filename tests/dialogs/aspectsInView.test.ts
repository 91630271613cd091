import { expect } from 'chai';
import { FirstJobPayMessages } from '../../dialogs/rendering/questions/firstJobPayReplies';
import { askedAspect, aspectNotGiven } from '../../knowledge/aspects';
import { Messages } from '../../dialogs/rendering/core/messages';
import { aspectNotGivenInView } from '../../dialogs/understanding/inView/aspectInView';
import { buttonTitles, CHAT_CHANNELS, expectAnswerInView, expectShown, saysAnswerInView, shownText, startGuided } from './guidedHarness';
import { knowledge } from './transcript';

/**
 * A follow-up that asks, of the subject in view, what the guide's answer on it does not give (how often, names, an
 * exact figure, which of two is easier): "the guide doesn't say", with what it does say as buttons, not the same
 * answer again. The real bot, engine and knowledge base, in Web Chat and Teams.
 */

const kb = knowledge();
const entry = (id: string) => kb.faqById.get(id)!;
const firstLine = (id: string) => entry(id).answer.split('\n')[0]!;

describe('the aspect a follow-up asks', () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ['how often?', 'how-often'],
    ['how often do u retake the exam', 'how-often'],
    ['which privacy laws exactly?', 'names'],
    ['name some charities i could try', 'names'],
    ["what's the actual law on it", 'names'],
    ['which uni is best for that', 'names'],
    ['how much more do certified care managers earn exactly?', 'exact-figure'],
    ['which is easier, that or ccm', 'ranking'],
    ['which is more respected', 'ranking'],
    ['which pays best', 'ranking'],
    ['do u get paid extra for on call', 'pay'],
    ['are they paid?', 'pay'],
    // Aspects the guide never gives, asked in a few words.
    ['can i do it online', 'mode'],
    ['can i wfh full time', 'mode'],
    ['before tax?', 'tax'],
    ['im 29 too late?', 'age'],
    ['r they hard to pass', 'difficulty'],
    ['any fast track', 'shortcut'],
    ['like every week or wat', 'how-often'],
    ['hourly?', 'pay-unit'],
    ['whats that per hour', 'pay-unit'],
    ['how many cases at once', 'exact-figure'],
    ['any specific hospitals', 'names'],
    ['which software exactly', 'names'],
    ['which hospital pays best?', 'names'],
    // The working hours and the career's length are the guide's; a long message that mentions an aspect asks more.
    ['weekends?', null],
    ['do they work full time', null],
    ['what do care management directors take home per year', null],
    ["I'm 54 and my husband says I'm too old to start anything that takes a decade. How long would it take me?", null],
    // Paid work, or a wage in a story, asks no pay.
    ['volunteering vs paid work, which counts for more', null],
    // Ordinary questions: answered in words, or weighed side by side.
    ['which is better?', null],
    ['which uni course should I do if I want to be a care manager', null],
    ['bachelors vs masters, which one do employers want', null],
    ['what hard skills in particular does a care manager need', null],
    ['which certifications should I get', null],
  ];
  for (const [message, aspect] of cases) {
    it(`"${message}" asks ${aspect ?? 'no such aspect'}`, () => {
      expect(askedAspect(message)?.aspect ?? null).to.equal(aspect);
    });
  }

  it('holds a follow-up to what the entry says: a condition answers "how often", an acronym names', () => {
    expect(aspectNotGiven('how often?', entry('certification-renewal'))?.aspect).to.equal('how-often');
    expect(aspectNotGiven('how often do they change it', entry('care-planning'))).to.equal(null);
    expect(aspectNotGiven('which organisations exactly', entry('professional-organizations'))).to.equal(null);
    expect(aspectNotGiven('which privacy laws exactly?', entry('confidentiality'))?.aspect).to.equal('names');
    expect(aspectNotGiven('which pays more', entry('salary-senior'))).to.equal(null);
    // Pay by the hour is not given where yearly pay is; asked of an answer with no pay, it is no such question.
    expect(aspectNotGiven('hourly?', entry('salary-entry'))?.aspect).to.equal('pay-unit');
    expect(aspectNotGiven('per hour?', entry('internships'))).to.equal(null);
    // "In a month" is a time, not a rate: asked after pay, it asks no pay by the month.
    expect(aspectNotGiven('is that a month?', entry('salary-entry'))?.aspect).to.equal('pay-unit');
    expect(aspectNotGiven('could i get certified in a month', entry('salary-entry'))?.aspect).to.not.equal('pay-unit');
    expect(aspectNotGiven('can i finish within a month', entry('salary-entry'))?.aspect).to.not.equal('pay-unit');
  });

  it('reads "how much is it" as a cost only of a thing one takes, and a place named alone with the knowledge base', () => {
    const howMuch = askedAspect('how much is it');
    expect(howMuch).to.deep.equal({ aspect: 'cost', bare: true, pointed: true });
    expect(aspectNotGiven('how much is it', entry('ccm'))?.aspect).to.equal('cost');
    expect(aspectNotGiven('how much is it', entry('salary-entry'))).to.equal(null);
    expect(aspectNotGiven('how much is it', entry('senior-care-manager'))).to.equal(null);
    // A price of a thing the message names is asked of that thing, not of the one in view.
    expect(aspectNotGivenInView('whats the fee for the cmc', entry('courses'), undefined, [], kb)).to.equal(null);
    expect(aspectNotGivenInView('is it expensive', entry('bachelors-or-masters'), undefined, [], kb)?.asked.aspect).to.equal('cost');
    // A thing named as one in view, in the words of its answer: "the exam" after the CCM, whose answer speaks of exams.
    expect(aspectNotGivenInView('how much does the exam cost', entry('ccm'), undefined, [], kb)?.about[0]?.id).to.equal('ccm');
    expect(aspectNotGivenInView('how much does a masters cost', entry('ccm'), undefined, [], kb)).to.equal(null);
    expect(askedAspect('where can i take it')?.aspect).to.equal('where');
    expect(askedAspect('where do care managers work')).to.equal(null);
    expect(aspectNotGiven('where could i do one', entry('internships'))).to.equal(null);
    expect(askedAspect('and in london?', kb)?.aspect).to.equal('place');
    expect(askedAspect('what about in texas', kb)?.aspect).to.equal('place');
    // The guide's own country is where its dollar figures are from; ordinary words after "in" are no place.
    expect(askedAspect('and in the us?', kb)).to.equal(null);
    expect(askedAspect('and in hospitals?', kb)).to.equal(null);
  });

  it('leaves pay to the ladder: a rung has its pay in the guide beside it', () => {
    expect(aspectNotGivenInView('do they earn much', entry('senior-care-manager'), undefined, [entry('senior-care-manager')], kb)).to.equal(null);
    expect(aspectNotGivenInView('do u get paid extra for on call', entry('work-hours'), undefined, [entry('work-hours')], kb)?.asked.aspect).to.equal('pay');
  });

  it('asks of the last answer a message that names nothing else, or only its words, whatever the engine reads', () => {
    const about = (message: string, last: string, read: string) => aspectNotGivenInView(message, entry(last), undefined, [entry(read)], kb);
    expect(about('how often', 'certification-required', 'assessment')?.about[0]?.id).to.equal('certification-required');
    expect(about('how often?', 'salary', 'certification-renewal')?.about[0]?.id).to.equal('salary');
    expect(about('how many yrs of it', 'gaining-experience', 'how-long')?.asked.aspect).to.equal('exact-figure');
    expect(about('any specific hospitals', 'where-they-work', 'hard-skills')?.about[0]?.id).to.equal('where-they-work');
    expect(about('how much would i make doing that', 'independent-practice', 'salary')?.asked.aspect).to.equal('pay');
    expect(about('which software exactly', 'computer-skills', 'computer-skills')?.asked.aspect).to.equal('names');
    // A subject of its own: the engine's reading stands.
    expect(about('weekends?', 'role-overview', 'work-hours')).to.equal(null);
    expect(about('how many years?', 'advancing', 'how-long')).to.equal(null);
    expect(about('what do they earn', 'role-overview', 'salary')).to.equal(null);
    // An interval guessed is answered only by an interval, not by "on a regular basis".
    expect(about('like every week or wat', 'assessment', 'work-hours')?.asked.aspect).to.equal('how-often');
  });

  it('weighs "which pays most" on the last answer and the entries it points to', () => {
    expect(aspectNotGivenInView('which pays most', entry('how-to-specialise'), undefined, [entry('salary-director')], kb)?.asked.aspect).to.equal('ranking');
    expect(aspectNotGivenInView('which pays most', entry('career-ladder'), undefined, [entry('salary-vp')], kb)).to.equal(null);
  });

  it('reads a place at the end of a short question, and a place not named', () => {
    expect(askedAspect('is it more in nyc', kb)?.aspect).to.equal('place');
    expect(askedAspect('is there demand for it in texas?', kb)?.aspect).to.equal('place');
    expect(askedAspect('any openings near me?', kb)?.aspect).to.equal('place');
    expect(askedAspect('is it more in hospitals', kb)?.aspect ?? null).to.equal(null);
    expect(aspectNotGivenInView('is it more in nyc', entry('salary-mid'), undefined, [entry('salary-mid')], kb)?.asked.ofPay).to.equal(true);
    // Demand in a place, after the pay: the place is not in the guide, and the question is not the pay.
    expect(aspectNotGivenInView('is there demand for it in texas?', entry('salary-entry'), undefined, [], kb)?.asked.ofPay).to.equal(false);
  });

  it('applies only to the subject in view or next to it, and weighs only things of a kind', () => {
    expect(aspectNotGivenInView('how often?', entry('certification-renewal'), undefined, [entry('certification-renewal')], kb)?.about[0]?.id).to.equal('certification-renewal');
    expect(aspectNotGivenInView('how often do i renew it', entry('salary'), undefined, [entry('certification-renewal')], kb)).to.equal(null);
    expect(aspectNotGivenInView('how often?', undefined, undefined, [entry('certification-renewal')], kb)).to.equal(null);
    const ranked = aspectNotGivenInView('which is easier, that or ccm', entry('cmc'), undefined, [entry('ccm')], kb);
    expect(ranked?.about.map((about) => about.id)).to.include.members(['cmc', 'ccm']);
    // Two things named that are not in view: those are offered, not the pay just answered.
    const named = aspectNotGivenInView('which is easier, nursing or social work?', entry('salary'), undefined, [entry('degree-fields')], kb);
    expect(named?.about[0]?.id).to.equal('degree-fields');
    expect(named?.about.map((about) => about.id)).not.to.include('salary');
  });

  it('holds a difference ("how much more exactly") to the subject in view, whatever entry the words alone reach', () => {
    const more = 'the last bit u said about earning more, how much more exactly';
    expect(askedAspect(more)).to.include({ aspect: 'exact-figure', comparative: true });
    // Why to certify gives no figure for what it adds; the pay the words reach gives figures, but not that one.
    expect(aspectNotGivenInView(more, entry('certification-benefits'), undefined, [entry('salary')], kb)?.about[0]?.id).to.equal('certification-benefits');
    // After a pay level, a difference is asked of figures the subject in view gives: answered as usual.
    expect(aspectNotGivenInView('how much more do seniors earn', entry('salary-mid'), undefined, [entry('salary-senior')], kb)).to.equal(null);
    // Both sides named, or a level of the ladder: a complete question, whatever is in view.
    expect(askedAspect('how much more does a VP make than a director')).to.include({ aspect: 'exact-figure' }).and.not.have.property('comparative');
    expect(aspectNotGivenInView('how much more does the vp make', entry('certification-benefits'), undefined, [entry('salary-vp')], kb)).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`what the guide does not say about the subject in view (${channelName})`, () => {
    it('says the guide gives no interval for "how often?" after keeping certified, with that entry as a button', async () => {
      const chat = startGuided({ channelId });
      await chat.say('how do i keep my cert current');
      const replies = await chat.say('how often?');
      expectShown(replies, Messages.aspectNotGiven['how-often']);
      expect(shownText(replies)).not.to.include(firstLine('certification-renewal'));
      expect(buttonTitles(replies)).to.include(entry('certification-renewal').title);
    });

    it('says the guide does not rank the CMC against the CCM, then shows both side by side ("which is easier", typed with slips too)', async () => {
      for (const asked of ['which is easier, that or ccm', 'wich one is eaiser, that or the ccm']) {
        const chat = startGuided({ channelId });
        await chat.say('whats the CMC cert');
        const replies = await chat.say(asked);
        expectShown(replies, Messages.notRankedSideBySide('easier'), 'Care Manager Certified (CMC)', 'Certified Case Manager (CCM)');
        expect(shownText(replies), asked).not.to.include(Messages.notRanked('easier'));
      }
    });

    it('says the guide names no charities after volunteering, and no exact figure after why to certify', async () => {
      const chat = startGuided({ channelId });
      await chat.say('does volunteering count for anything');
      expectShown(await chat.say('name some charities i could try'), Messages.aspectNotGiven.names);
      await chat.say('what are the benefits of being certified');
      // Session 14's refit reads "how much more do certified care managers earn" as entry-level pay (the challenge):
      // asked of the certification in the user's own words, it stays the subject in view.
      expectShown(await chat.say('how much more would getting certified pay me exactly?'), Messages.aspectNotGiven['exact-figure']);
    });

    it('says the guide gives no pay for being on call after the working hours', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what hours do care managers do');
      const replies = await chat.say('do u get paid extra for on call');
      expectShown(replies, Messages.aspectNotGiven.pay);
      expect(buttonTitles(replies)).to.include(entry('work-hours').title);
    });

    it('says the guide gives no pay for a first job it names, offering entry-level pay, never "outside what I can help with"', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what jobs can i start in');
      // The job named, and a care manager's entry-level pay (rendering/questions/firstJobPayReplies.ts), shown once.
      for (const [said, job] of [['healthcare assistant sounds doable. does that pay ok?', 'healthcare assistant'], ['how much do social workers get paid', 'social worker']] as const) {
        const replies = await chat.say(said);
        expectShown(replies, FirstJobPayMessages.notGiven(job).replace(/:$/, ''));
        expect(shownText(replies), said).not.to.include(Messages.outOfScope);
      }
    });

    it('says the guide gives no cost and no place to take the CCM, and the same answer is not said "again"', async () => {
      const chat = startGuided({ channelId });
      await chat.say('how do i get the ccm');
      const cost = await chat.say('how much is it');
      expectShown(cost, Messages.aspectNotGiven.cost);
      expect(shownText(cost)).not.to.include(firstLine('salary'));
      expect(buttonTitles(cost)).to.include.members([entry('ccm').title, entry('cmc').title]);
      const where = await chat.say('where can i take it');
      expectShown(where, Messages.aspectNotGiven.where);
      expect(saysAnswerInView(where)).to.equal(false);
      expect(buttonTitles(where)).to.include(entry('ccm').title);
    });

    it('says the guide does not say whether it can be done online, nor what pay is before tax', async () => {
      const chat = startGuided({ channelId });
      await chat.say('how long does it take to become a care manager');
      const online = await chat.say('can i do it online');
      expectShown(online, Messages.aspectNotGiven.mode);
      expect(buttonTitles(online)).to.include(entry('how-long').title);
      await chat.say('what does an entry level care manager earn');
      const tax = await chat.say('before tax?');
      expectShown(tax, Messages.aspectNotGiven.tax);
      expect(buttonTitles(tax)).to.include(entry('salary-entry').title);
    });

    it('says the guide gives pay only as US-dollar medians when a place is asked after the pay, with the pay entries', async () => {
      const chat = startGuided({ channelId });
      await chat.say('what would i earn starting out');
      for (const message of ['and in london?', 'what about in texas']) {
        const replies = await chat.say(message);
        expectShown(replies, Messages.payByPlace);
        expect(buttonTitles(replies)).to.include.members([entry('salary-entry').title, entry('salary').title]);
      }
    });

    it('still answers what the entry does say: "how often do they change it" after care planning, "which is better?" after the certifications', async () => {
      const chat = startGuided({ channelId });
      await chat.say('how do care managers create and adjust care plans');
      // The part of that answer that says when the plan changes, not the whole answer again.
      const often = await chat.say('how often do they change it');
      expectAnswerInView(often, entry('care-planning'));
      expectShown(often, firstLine('care-planning').split('. ')[0]!);
      await chat.say('which certifications should I get');
      expectShown(await chat.say('which is better?'), Messages.sideBySide(entry('ccm').title, entry('cmc').title));
    });
  });
}
