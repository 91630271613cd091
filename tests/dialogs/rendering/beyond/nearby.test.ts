import { Channels } from 'botbuilder';
import { expect } from 'chai';
import { nearbyEntries } from '../../../../dialogs/rendering/beyond/nearby';
import { Messages } from '../../../../dialogs/rendering/core/messages';
import { expectShown, shownText } from '../../guidedHarness';
import { allButtons, expectTeamsSafe, knowledge, realEngine, startConversation, textOf } from '../../transcript';

const kb = knowledge();
const FEE_QUESTION = 'how much is the exam fee for the CCM?';

describe('no dead ends: what the guide says near a question it does not answer', () => {
  it('finds the CCM and certification entries for a question about the CCM exam fee', () => {
    const ids = nearbyEntries(kb, FEE_QUESTION).map((entry) => entry.id);
    expect(ids[0]).to.equal('ccm');
    expect(ids).to.include('certifications');
    expect(nearbyEntries(kb, 'is the CMC exam online').map((entry) => entry.id)[0]).to.equal('cmc');
  });

  it('finds nothing for a question about things the guide never mentions', () => {
    expect(nearbyEntries(kb, 'best pizza in town')).to.deep.equal([]);
    expect(nearbyEntries(kb, 'do care managers get a company car')).to.deep.equal([]);
    expect(nearbyEntries(kb, 'care manager')).to.deep.equal([]);
  });

  it('says plainly that the guide does not cover a topic, rather than "not sure", and offers only what is near it', async () => {
    const chat = startConversation({ channelId: Channels.Webchat });
    const symptom = await chat.say('I get chest pain at work, what should I do?');
    expect(textOf(symptom)).to.include(Messages.noMatch).and.not.include(Messages.notSure).and.not.include(Messages.nearby);
    const exam = await chat.say('how many questions are on the CMC exam and how long is it');
    expect(textOf(exam)).to.include(Messages.noMatch).and.include(Messages.nearby).and.not.include(Messages.notSure);
    expect(allButtons(exam).map((button) => button.title)).to.include(kb.faqById.get('cmc')!.title);
  });

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`answers the fee question without a dead end: the CCM entry as a button, and the question recorded (${channelId})`, async () => {
      // The engine places this question nowhere; its own suggestions or, failing those, the nearby entries are offered.
      const answer = realEngine().answer(FEE_QUESTION);
      expect(answer.kind).to.equal('no-match');
      const chat = startConversation({ channelId });
      const replies = await chat.say(FEE_QUESTION);
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      if (answer.alternatives.length === 0) expect(textOf(replies)).to.include(Messages.noMatch).and.include(Messages.nearby);
      const ccm = kb.faqById.get('ccm')!;
      const titles = allButtons(replies).map((button) => button.title);
      expect(titles).to.include(ccm.title);
      const answered = await chat.click(allButtons(replies).find((button) => button.title === ccm.title)!);
      expectShown(answered, ccm.answer.split('\n')[0]!.slice(0, 60));
      // The report keeps questions in a normalised form (lower case, no final question mark).
      const recorded = (await chat.feedback()).questions.find((record) => FEE_QUESTION.toLowerCase().startsWith(record.question));
      expect(recorded?.kinds['no-match'], 'recorded as not answered').to.equal(1);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`says plainly the guide gives no figure, and offers what it says on the subject (${channelId})`, async () => {
      const chat = startConversation({ channelId });
      const specialisms = await chat.say('does the kids one pay more than the elderly one');
      if (channelId === Channels.Msteams) specialisms.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      expect(shownText(specialisms)).to.include(Messages.noFigure).and.include(Messages.noFigureNearby).and.not.include(Messages.notSure);
      // The two things weighed, then the guide's pay overview.
      expect(allButtons(specialisms).map((button) => button.title)).to.have.members(['pediatric', 'geriatric', 'salary'].map((id) => kb.faqById.get(id)!.title));
      const caseload = await chat.say('how many people are usually on one care manager\'s caseload');
      expect(shownText(caseload)).to.include(Messages.noMatch).and.not.include(Messages.notSure);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`says plainly the guide does not weigh two certifications' pay, asked fresh, and declines what the classifier reads as not covered (${channelId})`, async () => {
      const chat = startConversation({ channelId });
      const pay = await chat.say('which one pays more, CCM or CMC?');
      if (channelId === Channels.Msteams) pay.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      expect(shownText(pay)).to.include(Messages.noFigure).and.not.include(Messages.notSure);
      expect(shownText(pay)).to.not.include(kb.faqById.get('certifications')!.answer.split('\n')[0]!.slice(0, 60));
      // Someone in the user's life looking for a care manager: the words place it weakly, the classifier declines it.
      const parent = await chat.say('my mum has alzheimers, how do we get a care manager assigned to her');
      expect(shownText(parent)).to.include(Messages.noMatch).and.not.include(Messages.notSure);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`says the guide does not cover a short follow-up, and offers the last answer's subject ("how much does it cost?" after the CMC) (${channelId})`, async () => {
      const chat = startConversation({ channelId });
      await chat.say('what is the CMC certification');
      const cost = await chat.say('how much does it cost?');
      if (channelId === Channels.Msteams) cost.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      // The aspect asked of the subject in view (understanding/inView/aspectInView.ts): the guide gives no cost for it.
      expect(shownText(cost)).to.include(Messages.aspectNotGiven.cost).and.not.include(Messages.notSure);
      expect(allButtons(cost).map((button) => button.title)[0]).to.equal(kb.faqById.get('cmc')!.title);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`says the guide gives no figure for the pay of the thing in view ("do they pay" after internships), and offers it (${channelId})`, async () => {
      const chat = startConversation({ channelId });
      await chat.say('should i do an internship');
      const pay = await chat.say('do they pay');
      if (channelId === Channels.Msteams) pay.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      expect(shownText(pay)).to.include(Messages.noFigure).and.not.include(Messages.notSure);
      expect(allButtons(pay).map((button) => button.title)).to.deep.equal([kb.faqById.get('internships')!.title]);
      await chat.say('whats geriatric care management');
      await chat.say('and for kids?');
      // Pay weighed between two specialisations: the guide gives pay by level only, which it shows (session 21).
      const weighed = await chat.say('which one pays more');
      expect(shownText(weighed)).to.include('The guide gives no pay for').and.include('Entry-level $40,000–$60,000');
      expect(allButtons(weighed).map((button) => button.title)).to.include.members([kb.faqById.get('geriatric')!.title, kb.faqById.get('pediatric')!.title]);
      // People in view have their pay in the guide: "what do they earn" after a rung is that rung's pay.
      await chat.say('what does a senior care manager do');
      expect(shownText(await chat.say('what do they earn'))).to.not.include(Messages.noFigure);
      // "they" earning after the duties are care managers, not the duties: the career's pay, not "no figure".
      await chat.say('what does a care manager do day to day');
      const earn = await chat.say('what do they earn');
      expect(shownText(earn)).to.not.include(Messages.noFigure);
      expectShown(earn, kb.faqById.get('salary')!.answer.split('\n')[0]!);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`says the guide does not name the body a follow-up asks for ("who gives it?" after licensing), and offers the entry; the CMC's is named (${channelId})`, async () => {
      const chat = startConversation({ channelId });
      await chat.say('do care managers need a licence');
      const who = await chat.say('who gives it?');
      if (channelId === Channels.Msteams) who.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      expect(shownText(who)).to.include(Messages.noMatch).and.include(Messages.nearby).and.not.include(Messages.notSure);
      expect(allButtons(who).map((button) => button.title)).to.deep.equal([kb.faqById.get('licensing')!.title]);
      await chat.say('what is the CMC');
      expect(shownText(await chat.say('who runs it?'))).to.include('NACCM').and.not.include(Messages.noMatch);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`offers the engine's nearby entry when no rare word is shared: pay in a country gets the salary entry, not the menu, and says the guide gives none by country (${channelId})`, async () => {
      const question = 'how much do care managers make in canada';
      // The guide gives no pay by country and shares no rare word with the question; the engine still knows it is pay.
      expect(nearbyEntries(kb, question)).to.deep.equal([]);
      const chat = startConversation({ channelId });
      const replies = await chat.say(question);
      if (channelId === Channels.Msteams) replies.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      // What the guide lacks is said plainly (a place), not "I don't have an answer to that".
      expect(shownText(replies)).to.include(Messages.aspectNotGiven.place).and.include(Messages.noFigureNearby).and.not.include(Messages.noMatch).and.not.include(Messages.notSure);
      expect(allButtons(replies).map((button) => button.title)).to.deep.equal([kb.faqById.get('salary')!.title]);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`says which detail the guide lacks when a question asks one it never gives: an age limit, an exam's pass rate (${channelId})`, async () => {
      const chat = startConversation({ channelId });
      const age = await chat.say('is there an age limit for becoming a care manager');
      if (channelId === Channels.Msteams) age.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      expect(shownText(age)).to.include(Messages.aspectNotGiven.age).and.not.include(Messages.noMatch);
      expect(allButtons(age).length).to.be.greaterThan(0);
      expect(shownText(await chat.say('whats the pass rate for the ccm'))).to.include(Messages.aspectNotGiven.difficulty);
    });
  }

  for (const channelId of [Channels.Webchat, Channels.Msteams]) {
    it(`offers the subject the question's other words ask, not entries that share a word with it ("can i study part time": what to study; "am i too old at 50": the route in) (${channelId})`, async () => {
      const chat = startConversation({ channelId });
      const titles = (ids: string[]) => ids.map((id) => kb.faqById.get(id)!.title);
      const mode = await chat.say('can i study part time for this');
      if (channelId === Channels.Msteams) mode.forEach((reply, i) => expectTeamsSafe(reply, `reply ${i}`));
      // "part time" shares "time" with entries about something else (it offered "Is it rewarding?", "Rules & compliance").
      expect(shownText(mode)).to.include(Messages.aspectNotGiven.mode).and.include(Messages.noFigureNearby);
      // Studying part time: the guide's answers on studying (session 31).
      expect(allButtons(mode).map((button) => button.title)).to.deep.equal(titles(['degree-fields', 'bachelors-or-masters', 'courses']));
      expect(allButtons(await chat.say('how long would it take part time')).map((button) => button.title)).to.deep.equal(titles(['how-long']));
      // No word of its own but the age: the guide never speaks of age, so the route into the career, not the menu.
      const age = await chat.say('am i too old at 50');
      expect(shownText(age)).to.include(Messages.aspectNotGiven.age).and.not.include(Messages.noMatch);
      expect(allButtons(age).map((button) => button.title)).to.deep.equal(titles(['right-for-me', 'how-long', 'without-degree']));
    });
  }

  it('names each nearby entry with what its answer opens with, in Web Chat and in Teams: "Here is what it does say" never leads into titles or buttons alone', async () => {
    const web = await startConversation({ channelId: Channels.Webchat }).say(FEE_QUESTION);
    const titles = allButtons(web).map((button) => button.title).filter((title) => kb.faqs.some((entry) => entry.title === title));
    expect(titles.length).to.be.greaterThan(0);
    const opening = (title: string) => (kb.faqs.find((entry) => entry.title === title)!.answer.replace(/\*\*/g, '').split(/(?<=[.!?:])\s/)[0] ?? '').replace(/:$/, '');
    for (const title of titles) expect(textOf(web)).to.include(`- **${title}**: ${opening(title)}`);
    const noFigure = await startConversation({ channelId: Channels.Webchat }).say('does the kids one pay more than the elderly one');
    expect(textOf(noFigure)).to.include(`${Messages.noFigureNearby}\n\n- **`);
    for (const id of ['pediatric', 'geriatric', 'salary']) expect(textOf(noFigure)).to.include(`- **${kb.faqById.get(id)!.title}**: `);
    const teams = await startConversation({ channelId: Channels.Msteams }).say(FEE_QUESTION);
    expect(shownText(teams)).to.include(Messages.aspectNotGiven.cost).and.include(Messages.noFigureNearby).and.include(opening(titles[0]!));
  });
});
