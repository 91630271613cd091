import { expect } from 'chai';
import { Messages } from '../../dialogs/rendering/core/messages';
import { CHAT_CHANNELS, expectChannelSafe, readable, shownText, startGuided, saidIn } from './guidedHarness';

/**
 * Replies that answer from what the person told (tester ut34c, kind 2: the stock answer where the person gave context):
 * their stage told in a question of their own time ("if I graduate in May", "if I do a BSN while working"), a gap in
 * their background asked whether it rules them out ("does that kill it?", "is that a dealbreaker?"), the time without a
 * degree asked in the walk, and the day to day of the area they chose. Each for three made-up phrasings, and never
 * for ordinary questions.
 */
const STOCK_TIME = 'It usually takes 6 to 8 years to become a care manager';
const TOLD = "From what you've told me";
const GAP = readable(Messages.direct.experienceGap);
const areaDay = (area: string) => readable(Messages.direct.areaDay(area, false)).split(' on its own')[0]!;

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`replies that use what the person told in the question (${channelName})`, () => {
    const said = saidIn(channelId);

    it('"how long until I\'m a care manager if I graduate in May?" counts from the last year of the bachelor\'s, with the area named', async () => {
      for (const messages of [
        ['hi!! senior in college, public health major, graduating in May.', "so realistically how long until I'm a pediatric care manager if I graduate in may?"],
        ['I graduate this spring. how long till I could be a care manager?'],
        ["once I finish my degree this semester, how soon could I be a care manager?"],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.include("you are in the last year of your bachelor's");
        expect(text, messages.join(' / ')).not.to.include(STOCK_TIME);
      }
      expect(await said("so realistically how long until I'm a pediatric care manager if I graduate in may?")).to.include(readable(Messages.leftSpecialising('Pediatric care management')));
    });

    it('"if I do a BSN while working, how long till I\'m a care manager, with the 2 years I already have?" counts the degree ahead and says what the guide leaves open', async () => {
      for (const messages of [
        ["Hello, I'm an LPN, 2 years at a family medicine clinic.", "ok so if I do a BSN while working, how long till I'm a care manager, with the 2 years I already have?"],
        ['how many years would it take me if I go back for a nursing degree?'],
        ["I've been a care assistant for 3 years. how long will it take me after I get my bachelor's?"],
      ]) {
        const text = await said(...messages);
        expect(text, messages.join(' / ')).to.match(/with a bachelor's still ahead/i);
        expect(text, messages.join(' / ')).to.include("It doesn't say whether");
        expect(text, messages.join(' / ')).not.to.include(STOCK_TIME);
      }
      const lpn = await said("Hello, I'm an LPN, 2 years at a family medicine clinic.", "ok so if I do a BSN while working, how long till I'm a care manager, with the 2 years I already have?");
      expect(lpn).to.include('the 2 years you already have');
      expect(lpn).not.to.include('Senior care managers');
    });

    it('ordinary questions of time keep the guide\'s answer', async () => {
      for (const message of ['how long does it take to become a care manager?', 'how long is a BSN?', 'if I get a BSN, can I be a care manager?']) {
        expect(await said(message), message).not.to.match(/with a bachelor's still ahead/i);
        expect(await said(message), message).not.to.include("you are in the last year of your bachelor's");
      }
      expect(await said('how long does it take to become a care manager?')).to.include(STOCK_TIME);
    });

    it('no experience asked whether it is a dealbreaker gets what the guide says of experience ("often required"), not the stock answer alone', async () => {
      for (const message of [
        "no, EXPERIENCE. I've never worked with patients directly. is that a dealbreaker?",
        'can I get hired without clinical experience?',
        'I have no healthcare experience at all, does that rule me out?',
      ]) {
        expect(await said(message), message).to.include(GAP);
      }
      for (const message of ["I'm shy, is that a dealbreaker?", 'does volunteering count as experience?', 'how do I get clinical experience?', 'what experience do I need?']) {
        expect(await said(message), message).not.to.include(GAP);
      }
    });

    it('"whats my fastest way in? zero healthcare tho" says the guide gives no quicker way in without experience, then how to gain it', async () => {
      for (const message of [
        'i manage 60 people, do scheduling, budgets, inventory, deal w vendors. zero healthcare tho. whats my fastest way in',
        'fastest way to become a care manager with no healthcare experience?',
        "I have no clinical background at all. what's the quickest route in?",
      ]) {
        expect(await said(message), message).to.include(readable(Messages.direct.experienceGapQuickest));
      }
      expect(await said("what's the fastest way to become a care manager?")).not.to.include(readable(Messages.direct.experienceGapQuickest));
    });

    it('"army medic ... what do i need" says their work is the experience the guide asks for, then what is needed', async () => {
      for (const [message, work] of [
        ['army medic, 68W, getting out in 4 months. want to do care management. what do i need', 'work as a medic'],
        // Their years, when told, are said back with the job (session 38, ut38a P01-T2).
        ["I'm a healthcare assistant, 3 years. what do I need?", '3 years as a healthcare assistant'],
        ['I was a navy corpsman for 6 years, what would I need to become a care manager?', 'work as a medic'],
      ] as const) {
        expect(await said(message), message).to.include(`your ${work} is the kind of experience the guide says is often required`);
      }
      expect(await said("I'm a nurse with a BSN. what do I need to become a care manager?")).to.include('a degree in one of its fields, and work as a nurse');
      for (const message of ["I'm a barista. what do i need?", 'what do i need to become a care manager?', "I'm a healthcare assistant. what do i need for the CMC?"]) {
        expect(await said(message), message).not.to.include('is the kind of experience the guide says is often required');
      }
    });

    it('"Is it mostly desk work? I can\'t be lifting people" says the guide is silent on it, then the day to day', async () => {
      for (const message of ["Is it mostly desk work? I can't be lifting people with my back the way it is.", 'is it an office job?', 'would I be sitting at a desk all day?']) {
        expect(await said(message), message).to.include(readable(Messages.direct.deskWorkNotSaid));
      }
      for (const message of ['is it office based or remote?', 'where do care managers work?', 'what does a care manager do?', "how do i get experience if i'm stuck in an office job"]) {
        expect(await said(message), message).not.to.include(readable(Messages.direct.deskWorkNotSaid));
      }
    });

    it('"so whats my next step, finish the bachelors first?" says yes, the guide puts education first, and what it suggests while studying', async () => {
      for (const message of ['so whats my next step, finish the bachelors first?', 'should I finish my BSW before anything else?', "what's the first step, finishing my degree?"]) {
        expect(await said(message), message).to.include(readable(Messages.direct.finishFirst));
      }
      for (const message of ['which first tho, volunteering or finishing school?', 'do I need to finish a degree first?', 'how long does it take to finish the degree?']) {
        expect(await said(message), message).not.to.include(readable(Messages.direct.finishFirst));
      }
    });

    it('"would my experience leading a team help later, for the senior roles?" says what the guide asks for moving up, not the senior role alone', async () => {
      for (const message of ['would my experience leading a team help later, for the senior roles?', 'would any of my management experience count for the leadership stuff later on', 'I manage 14 agents. does that help for moving up later?']) {
        expect(await said(message), message).to.include(readable(Messages.direct.leadingLater));
      }
      for (const message of ['does my management experience count?', 'what do senior care managers do?', 'how do I move up later?']) {
        expect(await said(message), message).not.to.include(readable(Messages.direct.leadingLater));
      }
    });

    it('"could I get one of those certifications instead of the degree?" says what the guide asks of each certification\'s degree', async () => {
      for (const message of ['Could I get one of those certifications instead of the degree?', 'can a certification replace the degree, like could I do the CCM without college?', 'would a certification do instead of a degree?']) {
        expect(await said(message), message).to.include(readable(Messages.beyond.certificationWithoutDegree));
      }
      expect(await said('which certification should I get?')).not.to.include(readable(Messages.beyond.certificationWithoutDegree));
    });

    it('"skip the CCM and go straight for the CMC?" says the guide starts with the CCM and what the CMC needs', async () => {
      for (const [message, skipped] of [
        ['Ok. Given my background, would you say skip the CCM and go straight for the CMC?', 'ccm'],
        ['can I skip the CMC?', 'cmc'],
        ['should i just go straight to the cmc', 'ccm'],
      ] as const) {
        expect(await said(message), message).to.include(readable(Messages.direct.certificationSkipped(skipped)));
      }
      expect(await said('what is the CMC?')).not.to.include("The guide doesn't say to skip");
    });

    it('"I have an associate\'s in criminal justice. Does that kill it?" weighs the degree held and says a degree is not strictly required, never "Yes" for a degree not held', async () => {
      for (const [message, field] of [
        ["I don't have a nursing or social work degree. I have an associate's in criminal justice. Does that kill it?", 'criminal justice'],
        ['I have a bachelor\'s in marketing. is that a dealbreaker?', 'marketing'],
        ['my degree is in history, does that rule me out?', 'history'],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include(`doesn't say whether ${field} counts as one`);
        expect(text, message).to.include("a degree in healthcare or social work isn't strictly required");
        expect(text, message).not.to.include('Yes:');
      }
      // A degree the guide names, asked whether it stands in the way: a no.
      expect(await said('I have a BSW, is that a problem?')).to.include('No: the guide names social work');
      expect(await said('I have a BSW, is that enough?')).to.include('Yes: the guide names social work');
    });

    it('"how long before I could get hired as one, with no degree?" in the walk is the route without a degree, not the degree step\'s time', async () => {
      for (const question of [
        'so roughly how long before I could actually get hired as one, with no degree?',
        'how long would it take me without a degree?',
        'how long till I get hired if I skip college?',
      ]) {
        const conversation = startGuided({ channelId });
        await conversation.say('walk me through the steps');
        await conversation.say('next');
        await conversation.say('next');
        const replies = await conversation.say(question);
        expectChannelSafe(channelId, replies, question);
        const text = readable(shownText(replies));
        expect(text, question).not.to.include('For step 2');
      }
      // The degree's own time is still the step's.
      const conversation = startGuided({ channelId });
      await conversation.say('walk me through the steps');
      await conversation.say('next');
      expect(readable(shownText(await conversation.say('how long is the degree?')))).to.include('For step 2');
    });

    it('pay asked with lots of experience, beside their own pay, gives the senior and director levels against it, not a bare ladder', async () => {
      for (const [message, own] of [
        ['I mean pay-wise. I make around 92k. what do care managers make with a masters and lots of experience?', '92,000'],
        ["what's the pay at the top end? i'm on $85,000", '85,000'],
        ['how much do experienced care managers earn? I earn 95 grand now', '95,000'],
      ] as const) {
        const text = await said(message);
        expect(text, message).to.include('The guide ties pay to years of experience');
        expect(text, message).to.include('a senior care manager earns a median $80,000–$100,000 a year');
        expect(text, message).to.include(`If your ${own} is in dollars`);
      }
      expect(await said("what's the salary with an MSW?")).not.to.include('with 5+ years, a senior');
      expect(await said('what do senior care managers make?')).not.to.include('The guide ties pay to years of experience');
    });

    it('"help me pick a specialty. most of my patients are older stroke and hip fracture folks" starts from older people', async () => {
      for (const message of [
        'help me pick a specialty. most of my patients are older stroke and hip fracture folks',
        'help me choose a specialty, I mostly work with elderly dementia residents',
        'which specialty should I pick? my clients are older rural folks',
      ]) {
        expect(await said(message), message).to.include('You mentioned "older people"');
      }
      expect(await said('help me pick a specialty. my brother is older than me')).not.to.include('You mentioned "older people"');
    });

    it('"what would that look like day to day?" with an area in view or just chosen is that area\'s work, not the general day "especially for older people"', async () => {
      for (const messages of [
        ['what is pediatric care management?', 'what would that look like day to day?'],
        ['remember pediatric care management as my choice', 'what would it look like day to day?'],
        ['tell me about psychiatric care management', 'what would I actually do, day to day?'],
      ]) {
        const text = await said(...messages);
        const area = /psychiatric/.test(messages[0]!) ? 'psychiatric care management' : 'pediatric care management';
        expect(text, messages.join(' / ')).to.include(areaDay(area.charAt(0).toUpperCase() + area.slice(1)));
        expect(text, messages.join(' / ')).not.to.include('especially for older people');
      }
      for (const message of ['what does a care manager do day to day?', 'what is a typical day like for a care manager?']) {
        expect(await said('what is pediatric care management?', message), message).not.to.include("The guide doesn't describe a typical day");
      }
    });
  });
}

describe('the stock answer where the person told nothing', () => {
  it('a question of time with nothing told is the guide\'s own answer', async () => {
    const replies = await startGuided().say('how long does it take?');
    expect(readable(shownText(replies))).not.to.include(TOLD);
  });
});
