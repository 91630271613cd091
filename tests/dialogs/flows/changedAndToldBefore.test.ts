import { expect } from 'chai';
import { GuidedMessages } from '../../../dialogs/rendering/guided/guidedMessages';
import { Messages } from '../../../dialogs/rendering/core/messages';
import { understandsNow } from '../../../dialogs/understanding/talk/understoodNow';
import { correctedArea } from '../../../dialogs/understanding/talk/areaCorrected';
import { CHAT_CHANNELS, expectChannelSafe, expectShown, savedProfile, shownText, startGuided } from '../guidedHarness';
import { knowledge, type Conversation } from '../transcript';

const kb = knowledge();
const m = GuidedMessages.specialisation;

/**
 * A choice changed and a fact told once (session 31, flows): a correction in the chooser takes the area it names, not
 * the earlier answer; an area said as a choice right after the suggestion was turned down is kept. The real bot,
 * flows, engine and knowledge base, in Web Chat and Teams.
 */

describe('an area named as a correction: the reader', () => {
  it('reads the area wanted, never the one turned down, in several wordings', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['actually no, I think mental health', 'psychiatric'],
      ['wait, not kids, older people', 'geriatric'],
      ['older people not kids', 'geriatric'],
      ['not kids but older people', 'geriatric'],
      ['hmm actually the chronic illness one', 'chronic-disease'],
      ['on second thought, the old ppl one', 'geriatric'],
      ['sorry I meant teenagers', 'pediatric'],
      ['older people instead', 'geriatric'],
    ];
    for (const [said, area] of cases) expect(correctedArea(kb, said), said).to.equal(area);
  });

  it('reads no correction in a plain answer, a question, what draws them or a bare no', () => {
    for (const said of ['kids', 'older people', 'actually what about mental health?', 'hmm what about the one for long term illness', 'ok schools then', 'actually no', 'no I don\'t like kids', 'actually I like working with family'])
      expect(correctedArea(kb, said), said).to.equal(null);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a choice changed in the chooser (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });

    for (const [correction, name] of [
      ['actually no, I think mental health', 'Psychiatric care management'],
      ['wait, not kids, older people', 'Geriatric care management'],
      ['no sorry, people with long-term illnesses', 'Chronic disease management'],
    ] as const) {
      it(`suggests the area a correction names at the second question ("${correction}"), not the first answer`, async () => {
        const c = start();
        await c.say('help me choose a specialty');
        await c.say('I like working with kids');
        const replies = await c.say(correction);
        expectChannelSafe(channelId, replies, correction);
        expectShown(replies, m.heading(name), m.afterQuestion(name));
        expect(shownText(replies)).not.to.include(m.heading('Pediatric care management'));
      });
    }

    it('keeps the area named when the suggestion is turned down for it ("actually no, I think mental health")', async () => {
      const c = start();
      await c.say('help me choose a specialty');
      await c.say('kids');
      await c.say('working with family');
      const replies = await c.say('actually no, I think mental health');
      expectShown(replies, m.remembered('Psychiatric care management'));
      expect((await savedProfile(c.storage, channelId, 'user-1'))?.specialisation).to.equal('psychiatric');
    });

    it('reads "nah not that one" at "Shall I remember it?" as a no, not a miss', async () => {
      const c = start();
      await c.say('help me choose a specialty');
      await c.say('kids');
      await c.say('working with family');
      const replies = await c.say('nah not that one');
      expectShown(replies, m.notSaved('Pediatric care management'));
      expect(shownText(replies)).not.to.include(GuidedMessages.reprompt(m.afterQuestion('Pediatric care management')));
    });

    for (const said of ['the old ppl one', 'ok the geriatric one then', 'older people I guess']) {
      it(`keeps an area said as a choice right after the suggestion was turned down ("${said}")`, async () => {
        const c = start();
        await c.say('help me choose a specialty');
        await c.say('kids');
        await c.say('working with family');
        await c.say('no');
        const replies = await c.say(said);
        expectChannelSafe(channelId, replies, said);
        expectShown(replies, m.remembered('Geriatric care management'));
        expect((await savedProfile(c.storage, channelId, 'user-1'))?.specialisation).to.equal('geriatric');
      });
    }

    it('answers a question about an area after the suggestion was turned down, saving nothing', async () => {
      const c = start();
      await c.say('help me choose a specialty');
      await c.say('kids');
      await c.say('working with family');
      await c.say('no');
      const replies = await c.say('what about the old ppl one?');
      expect(shownText(replies)).not.to.include(m.remembered('Geriatric care management'));
      expect((await savedProfile(c.storage, channelId, 'user-1'))?.specialisation ?? null).to.equal(null);
    });
  });
}

describe('understanding that has just come: the reader', () => {
  it('reads "ahh i get it now" and its kin, and not a plain "I understand" or "I don\'t get it"', () => {
    for (const said of ['ahh i get it now', 'oh now I see', 'ok i understand now', 'that makes sense now', 'got it now', 'ahh ok i see'])
      expect(understandsNow(said), said).to.equal(true);
    for (const said of ['I understand', 'ok', 'i dont get it', 'i still dont understand', 'now what?']) expect(understandsNow(said), said).to.equal(false);
  });
});

for (const [channelName, channelId] of CHAT_CHANNELS) {
  describe(`a fact told once, understanding said (${channelName})`, () => {
    const start = (): Conversation => startGuided({ channelId });
    const r = GuidedMessages.roadmap;

    for (const told of ['I have been a phlebotomist for 9 years', 'im a phlebotomist, 9 years now']) {
      it(`keeps a job and years told at the education question ("${told}"), asks the education again and never the years`, async () => {
        const c = start();
        await c.say('make me a plan');
        const replies = await c.say(told);
        expectChannelSafe(channelId, replies, told);
        expectShown(replies, r.educationAgain('phlebotomist, about 9 years in health or social services'));
        expect(shownText(replies)).not.to.include('Sorry');
        const next = await c.say('no degree');
        expectShown(next, r.aimQuestion);
        expect(shownText(next)).not.to.include(r.experienceQuestion);
      });
    }

    it('takes the years told beside the education ("no degree. phlebotomist for 9 years") and does not ask them', async () => {
      const c = start();
      await c.say('make me a plan');
      const replies = await c.say('no degree. phlebotomist for 9 years');
      expectShown(replies, r.aimQuestion);
      expect(shownText(replies)).not.to.include('How long have you worked');
      const plan = await c.say('become a care manager');
      expectShown(plan, 'phlebotomist, no degree, about 9 years');
    });

    for (const settled of ['Depends if police crisis work counts. Call it none, I guess.', 'hmm, call it zero']) {
      it(`takes the years settled on after weighing them at the experience question ("${settled}")`, async () => {
        const c = start();
        await c.say('make me a plan');
        await c.say('another degree');
        const replies = await c.say(settled);
        expectShown(replies, r.aimQuestion);
        expect(shownText(replies)).not.to.include('Sorry');
        expectShown(await c.say('become a care manager'), 'no work experience in the field yet');
      });
    }

    for (const said of ['ahh i get it now', 'oh now I see', 'ok i understand now']) {
      it(`meets "${said}" after an answer as understanding, not a plain ok`, async () => {
        const c = start();
        await c.say('how much do they earn?');
        const replies = await c.say(said);
        expectShown(replies, Messages.understoodNow);
        expect(shownText(replies)).not.to.include(Messages.chat.ack);
      });
    }
  });
}
