import { expect } from 'chai';
import { chatActOf } from '../../dialogs/understanding/core/conversation';
import { hardTimeTold, overwhelmedBy } from '../../dialogs/understanding/talk/hardGoing';
import { payCutRemarked } from '../../dialogs/understanding/talk/payCutRemarked';
import { toldBeforeItsEnd } from '../../dialogs/understanding/talk/tellingEnded';
import { recogniseFlow } from '../../dialogs/understanding/core/intents';
import { CHAT_CHANNELS, saidIn } from './guidedHarness';

/**
 * Session 40 (talk40), tester ut40a: conversation read as people mean it. Thanks and ok in dialect or slang, a hard
 * time told, confusion, a rueful remark on pay, "that's it" after a fact, the chooser asked for in words, and a bare
 * number no button has. Each for made-up phrasings beside the tester's.
 */
const OUT_OF_SCOPE = 'That is outside what I can help with';

describe('talk40: readers', () => {
  it('reads thanks and ok in dialect or slang', () => {
    for (const said of ['bless up, tanks', 'tanks', 'big up', 'respect bro', 'preciate it fam', 'thx fam', 'much appreciated']) expect(chatActOf(said), said).to.equal('thanks');
    for (const said of ['k bet', 'bet', 'say less', 'aight', 'word']) expect(chatActOf(said), said).to.equal('ack');
  });

  it('reads a hard time told, and the whole thing found confusing', () => {
    for (const said of ['im sorry, its been a hard year', 'sorry, rough few months', 'sorry im a bit emotional', 'this year has been so hard', "i've been going through a lot"]) expect(hardTimeTold(said), said).to.equal(true);
    for (const said of ['sorry', 'is it hard?', 'the first year is hard', 'i had a hard time finding a job']) expect(hardTimeTold(said), said).to.equal(false);
    for (const said of ['ugh this is so confusing', 'im so lost lol', 'this is a lot to take in', 'my head is spinning']) expect(overwhelmedBy(said), said).to.equal(true);
    for (const said of ['that answer was confusing', 'the pay is a lot', "that's a lot", 'ha ok thats a lot', 'too much', 'is it confusing?']) expect(overwhelmedBy(said), said).to.equal(false);
  });

  it('reads a pay cut remarked, and "that\'s it" after a fact', () => {
    for (const said of ["so i'd take like a 60% pay cut. cool cool", "So I'd take a 50% pay cut", "that's half what I make now lol", "i'd be taking a huge hit"]) expect(payCutRemarked(said), said).to.equal(true);
    for (const said of ['how do i avoid a pay cut', 'do care managers earn less than nurses', 'what do they make']) expect(payCutRemarked(said), said).to.equal(false);
    // Their own pay told, a later level named, or the cut asked whether: the older pay replies weigh it (fixB).
    for (const said of ['lol i pull like 55k. so id probably take a pay cut at first huh', "what would I make? currently at $70,000 and I can't take a pay cut", 'I earn $85k now. would I take a pay cut at senior level?', "wait so i'd take a pay cut??"]) expect(payCutRemarked(said), said).to.equal(false);
    expect(toldBeforeItsEnd("I've got an associates in fire science and EMT-B. That's it.")).to.equal("I've got an associates in fire science and EMT-B");
    expect(toldBeforeItsEnd("just a high school diploma, that's all I have")).to.equal('just a high school diploma');
    for (const said of ["thanks, that's it", "that's it", 'I found what I needed, that\'s all', "great thanks, that's all i needed"]) expect(toldBeforeItsEnd(said), said).to.equal(null);
  });

  it('reads the chooser asked for in words', () => {
    for (const said of ["Let's try the specialty chooser.", 'is there like a quiz or smth to pick', 'is there a quiz that helps me choose an area']) expect(recogniseFlow(said)?.flow, said).to.equal('specialisation');
    expect(recogniseFlow('is there a quiz in the CCM exam')).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`talk40: through the bot (${channelName})`, () => {
    const said = saidIn(channelId);

    for (const message of ['bless up, tanks', 'big up, respect']) {
      it(`"${message}": thanks welcomed, no decline (ut40a P03-T10)`, async () => {
        const reply = await said('what is a care manager', message);
        expect(reply).to.include("You're welcome").and.not.include(OUT_OF_SCOPE);
      });
    }

    it('"k bet" mid-walk: taken as ok, no decline (ut40a P06-T12)', async () => {
      const reply = await said('show me the steps', 'k bet');
      expect(reply).to.include('Step 2 of 10').and.not.include(OUT_OF_SCOPE);
    });

    for (const message of ['3', '7']) {
      it(`"${message}" beside Next and Stop: no jump, the buttons again (ut40a P06-T11)`, async () => {
        const reply = await said('show me the steps', message);
        expect(reply).to.include(`There's no ${message} among the buttons here`).and.include(`"step ${message}"`).and.not.include(`Step ${message} of 10`);
      });
    }

    it('"step 3" still goes to step 3, and a number after the list of steps is a step', async () => {
      expect(await said('show me the steps', 'step 3')).to.include('Step 3 of 10');
    });

    for (const message of ['im sorry, its been a hard year', 'sorry, rough few months']) {
      it(`"${message}": sympathy and time, not "no problem at all" (ut40a P05-T7)`, async () => {
        const reply = await said('is 58 too late', message);
        expect(reply).to.include("I'm sorry it's been so hard").and.include('Take your time').and.not.include('No problem at all');
      });
    }

    for (const message of ['ugh this is so confusing', 'im so lost lol']) {
      it(`"${message}": the short version and the walk offered (ut40a P11-T7)`, async () => {
        const reply = await said('how long does the whole thing take', message);
        expect(reply).to.include('short version').and.include('one step at a time').and.not.include('ask it in other words');
      });
    }

    it('"ugh ok, what would I have to study?": answered, no apology for a complaint (ut40a P11)', async () => {
      const reply = await said('how long does the whole thing take', 'ugh ok, what would I have to study?');
      expect(reply).to.include('social work, nursing').and.not.include('Sorry about that');
    });

    for (const message of ["so i'd take like a 60% pay cut. cool cool", "So I'd take a 50% pay cut"]) {
      it(`"${message}": entry pay and the bands above it (ut40a P01-T9, ut39c P07-T5)`, async () => {
        const reply = await said('pay at entry level vs what i make now (~140k)', message);
        expect(reply).to.include('$40,000–$60,000').and.include('$130,000–$200,000+').and.include('certification').and.not.include("I'm not sure I have that");
      });
    }

    for (const message of ["I've got an associates in fire science and EMT-B. That's it.", "Just a high school diploma, that's all I have."]) {
      it(`"${message}": what they told answered, no goodbye (ut40a P09-T2)`, async () => {
        const reply = await said('Firefighter/EMT, 22 yrs, retiring at 50. Care management?', message);
        expect(reply).not.to.include('Goodbye');
      });
    }

    for (const message of ["Let's try the specialty chooser.", 'is there like a quiz or smth to pick']) {
      it(`"${message}": the chooser starts (ut40a P04-T8, P06-T9)`, async () => {
        const reply = await said('hi', message);
        expect(reply).to.include('Who would you most like to help?').and.not.include(OUT_OF_SCOPE).and.not.include("doesn't match the specialties");
      });
    }
  });
}
