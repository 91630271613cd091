import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import {
  CardValueSchema,
  fitTitle,
  readCardValue,
  renderAnswer,
  renderDidYouMean,
  renderHelp,
  renderMenu,
  renderNotCovered,
  renderChat,
  renderStepsOverview,
  renderWelcome,
  TEAMS_FEEDBACK_CHANNEL_DATA,
  toTeamsText,
  withButtons,
  type Channel,
  type NotCoveredReason,
} from '../../../../dialogs/rendering/core/cards';
import { ButtonTitles, Messages, sourceLine } from '../../../../dialogs/rendering/core/messages';
import { CHAT_ACTS } from '../../../../dialogs/understanding/core/conversation';
import { AdaptiveSchema, buttonsOf, expectTeamsSafe, knowledge } from '../../transcript';

describe('cards', () => {
  const kb = knowledge();
  const entry = kb.faqById.get('how-long') ?? kb.faqs[0];
  if (!entry) throw new Error('the knowledge base has no entries');

  describe('on Teams', () => {
    const reasons: NotCoveredReason[] = ['out-of-scope', 'no-match', 'empty', 'attachments', 'stale', 'none-of-these'];
    const rendered: Array<[string, Partial<Activity>]> = [
      ['welcome', renderWelcome(kb, 'teams')],
      ['menu', renderMenu(kb, 'teams')],
      ['help', renderHelp('teams')],
      ['steps overview', renderStepsOverview(kb, 'teams')],
      ['did you mean', renderDidYouMean('q', kb.faqs.slice(0, 5), 'teams')],
      ...reasons.map((reason): [string, Partial<Activity>] => [`not covered: ${reason}`, renderNotCovered(reason, 'teams')]),
      ...CHAT_ACTS.map((act): [string, Partial<Activity>] => [`conversation: ${act}`, renderChat(act, 'teams', kb.faqs.slice(0, 5))]),
      ...kb.faqs.map((faq): [string, Partial<Activity>] => [`answer: ${faq.id}`, renderAnswer(faq, kb, 'teams')]),
    ];
    for (const [label, activity] of rendered) {
      it(`${label} keeps the Teams limits`, () => expectTeamsSafe(activity, label));
    }

    it('sends a personal-chat answer as HTML text Teams lays out, related questions as imBack suggested actions, with native feedback', () => {
      const activity = renderAnswer(entry, kb, 'teams');
      expect(activity.attachments ?? []).to.have.length(0);
      expect(activity.text).to.match(/^<p>/).and.include(`<p><i>${sourceLine(entry.section)}</i></p>`).and.not.include('**');
      expect(activity.channelData).to.deep.equal(TEAMS_FEEDBACK_CHANNEL_DATA);
      const related = entry.related.map((id) => kb.faqById.get(id)!).slice(0, 3);
      expect(activity.suggestedActions?.actions).to.deep.equal(related.map((item) => ({ type: 'imBack', title: item.title, value: item.question })));
      expect(buttonsOf(activity).map((b) => b.title)).not.to.include(ButtonTitles.helpful);
    });

    it('sends a group-chat or channel answer as one Adaptive Card: paragraphs, lists, the source, related questions as buttons', () => {
      const activity = renderAnswer(entry, kb, 'teams', undefined, 'shared');
      expect(activity.text).to.equal(undefined);
      expect(activity.suggestedActions).to.equal(undefined);
      expect(activity.channelData).to.deep.equal(TEAMS_FEEDBACK_CHANNEL_DATA);
      const card = AdaptiveSchema.parse(activity.attachments?.[0]?.content);
      const texts = card.body.map((block) => block.text);
      expect(texts).to.include(sourceLine(entry.section)).and.include(Messages.relatedQuestions);
      const related = entry.related.map((id) => kb.faqById.get(id)!).slice(0, 3);
      expect(card.actions.map((action) => action.data)).to.deep.equal(related.map((item) => ({ action: 'ask', id: item.id, text: item.question })));
    });

    it('turns Markdown answers into card blocks and HTML without losing a word', () => {
      for (const faq of kb.faqs) {
        const words = faq.answer.replace(/\*\*|(^|\s)[-*]\s|\d+\.\s/g, ' ').split(/\s+/).filter((word) => /^[A-Za-z]{4,}$/.test(word));
        const card = JSON.stringify(renderAnswer(faq, kb, 'teams', undefined, 'shared').attachments?.[0]?.content);
        const html = renderAnswer(faq, kb, 'teams').text ?? '';
        for (const word of words) {
          expect(card, `${faq.id} card`).to.include(word);
          expect(html, `${faq.id} HTML`).to.include(word);
        }
        expect(html, `${faq.id}: no Markdown left in the HTML`).not.to.match(/\*\*|^- /m);
      }
    });
  });

  describe('on Web Chat', () => {
    it('sends an answer as Markdown text with related questions and rating as suggested actions', () => {
      const activity = renderAnswer(entry, kb, 'markdown');
      expect(activity.attachments ?? []).to.have.length(0);
      expect(activity.text).to.include(entry.answer).and.include(sourceLine(entry.section));
      const related = entry.related.map((id) => kb.faqById.get(id)?.title).slice(0, 3);
      expect(buttonsOf(activity).map((b) => b.title)).to.deep.equal([...related, ButtonTitles.helpful, ButtonTitles.notHelpful]);
      expect(buttonsOf(activity).at(-1)?.value).to.deep.equal({ action: 'rate', id: entry.id, helpful: false });
    });

    it('offers at most three alternatives and "None of these" with the question', () => {
      const buttons = buttonsOf(renderDidYouMean('licence?', kb.faqs.slice(0, 5), 'markdown'));
      expect(buttons).to.have.length(4);
      expect(buttons[3]?.value).to.deep.equal({ action: 'none', question: 'licence?', ids: kb.faqs.slice(0, 3).map((faq) => faq.id) });
    });
  });

  it('keeps every button title of the conversation layer within 20 characters', () => {
    for (const title of Object.values(ButtonTitles)) expect(title.length, title).to.be.at.most(20);
  });

  it('cuts a title longer than 20 characters visibly', () => {
    expect(fitTitle('Chronic disease management')).to.equal('Chronic disease man…');
    expect(fitTitle('Chronic disease management').length).to.equal(20);
    expect(fitTitle('Short')).to.equal('Short');
  });

  it('turns Markdown headers into bold lines and tables into lines for Teams', () => {
    const markdown = '## Pay by level\n\n| Level | Pay |\n|---|---|\n| Entry | $40k |\n| Senior | $80k |\n\nText **stays**.';
    expect(toTeamsText(markdown)).to.equal('**Pay by level**\n\n- Level: Pay\n- Entry: $40k\n- Senior: $80k\n\nText **stays**.');
  });

  it('renders plain text without buttons as a plain message on both channels', () => {
    for (const channel of ['teams', 'markdown'] satisfies Channel[]) {
      const activity = withButtons(channel, Messages.alreadyRated, []);
      expect(activity.attachments ?? []).to.have.length(0);
      expect(activity.suggestedActions).to.equal(undefined);
    }
  });

  describe('reading a button value', () => {
    const cases: Array<[string, unknown, string]> = [
      ['nothing', undefined, 'absent'],
      ['an ask', { action: 'ask', id: 'how-long' }, 'root'],
      ['a rating', { action: 'rate', id: 'how-long', helpful: false }, 'root'],
      ['a flow with a step', { action: 'flow', flow: 'careerSteps', step: 3 }, 'root'],
      ['a command', { action: 'command', command: 'menu' }, 'root'],
      ['a JSON string', '{"action":"ask","id":"how-long"}', 'root'],
      ['an ask with a number id', { action: 'ask', id: 42 }, 'invalid'],
      ['an ask with an id full of path characters', { action: 'ask', id: '../../etc/passwd' }, 'invalid'],
      ['a rating without helpful', { action: 'rate', id: 'how-long' }, 'invalid'],
      ['an unknown flow', { action: 'flow', flow: 'pilot' }, 'invalid'],
      ['step 99', { action: 'flow', flow: 'careerSteps', step: 99 }, 'invalid'],
      ['an unknown command', { action: 'command', command: 'format-disk' }, 'invalid'],
      ['a "none" without the question', { action: 'none' }, 'invalid'],
      ['an array', [1, 2, 3], 'invalid'],
      ['a number', 7, 'invalid'],
      ['a guided card value', { action: 'next', step: 2 }, 'foreign'],
      ['an object without action', { foo: 'bar' }, 'foreign'],
      ['a non-JSON string', 'hello', 'foreign'],
    ];
    for (const [label, value, kind] of cases) {
      it(`${label} reads as ${kind}`, () => expect(readCardValue(value).kind).to.equal(kind));
    }

    it('validates with the same schema the cards are built from', () => {
      for (const button of buttonsOf(renderWelcome(kb, 'markdown'))) expect(CardValueSchema.safeParse(button.value).success, button.title).to.equal(true);
    });
  });
});
