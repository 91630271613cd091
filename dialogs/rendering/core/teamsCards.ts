import { CardFactory, type Attachment, type CardAction, type ChannelAccount, type Mention } from 'botbuilder';

/**
 * What Teams gets instead of Markdown in a hero card. Teams drops the line breaks and Markdown of hero-card text (a step
 * card became one paragraph), so long content goes on an Adaptive Card with one TextBlock per paragraph and real lists,
 * and an answer's own text is sent as the small HTML subset Teams renders in a message next to suggested actions.
 * Pure builders: Markdown as the knowledge base writes it in, card JSON out.
 */

/** One piece of a card: a heading, a bold label, a paragraph (Markdown), a list, or a small grey note (the source). */
export type CardBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'label'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'code'; lines: readonly string[] };

/** Teams shows at most six buttons on a card; titles past 20 characters are cut mid-word, so they are cut here. */
export const TEAMS_CARD_LIMITS = Object.freeze({ actions: 6, title: 20 });

/** The Adaptive Card version Teams renders on desktop, web and mobile. */
export const TEAMS_CARD_VERSION = '1.4';

const LIST_ITEM = /^\s*(?:[-*•]|(\d+)\.)\s+(.*)$/;

/**
 * The knowledge base's Markdown as card blocks: paragraphs split at blank lines, runs of "- " or "1. " lines as lists
 * (also straight after a lead-in line), a paragraph that is all italics ("*From the guide: ...*") as a note, and a
 * fenced block (the roadmap checklist) line for line.
 */
export function markdownBlocks(markdown: string): CardBlock[] {
  const blocks: CardBlock[] = [];
  const segments = markdown.split(/^```[^\n]*$/m);
  segments.forEach((segment, i) => {
    // Odd segments are inside a fence.
    if (i % 2 === 1) {
      const lines = segment.split('\n').filter((line) => line.trim() !== '');
      if (lines.length > 0) blocks.push({ kind: 'code', lines });
      return;
    }
    blocks.push(...proseBlocks(segment));
  });
  return blocks;
}

function proseBlocks(markdown: string): CardBlock[] {
  const blocks: CardBlock[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)) {
    const note = /^\*([^*].*[^*]|[^*])\*$/s.exec(paragraph);
    if (note) {
      blocks.push({ kind: 'note', text: note[1]!.trim() });
      continue;
    }
    let prose: string[] = [];
    let list: { items: string[]; ordered: boolean } | null = null;
    const flushProse = () => {
      if (prose.length > 0) blocks.push({ kind: 'text', text: prose.join(' ') });
      prose = [];
    };
    const flushList = () => {
      if (list) blocks.push({ kind: 'list', items: list.items, ordered: list.ordered });
      list = null;
    };
    for (const line of paragraph.split('\n')) {
      const item = LIST_ITEM.exec(line);
      if (item) {
        flushProse();
        list ??= { items: [], ordered: item[1] !== undefined };
        list.items.push(item[2]!.trim());
      } else {
        flushList();
        prose.push(line.trim());
      }
    }
    flushProse();
    flushList();
  }
  return blocks;
}

function textBlock(block: CardBlock): object {
  switch (block.kind) {
    case 'heading':
      return { type: 'TextBlock', text: block.text, weight: 'Bolder', size: 'Medium', wrap: true };
    case 'label':
      return { type: 'TextBlock', text: block.text, weight: 'Bolder', wrap: true, spacing: 'Medium' };
    case 'text':
      return { type: 'TextBlock', text: block.text, wrap: true };
    case 'list': {
      // Adaptive Card Markdown: one item a line, "- " or "1. " at its start.
      const lines = block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`));
      return { type: 'TextBlock', text: lines.join('\r'), wrap: true, spacing: 'Small' };
    }
    case 'note':
      return { type: 'TextBlock', text: block.text, isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' };
    case 'code':
      // One line a TextBlock, in a fixed-width font, so every line stays a line (a copyable checklist).
      return {
        type: 'Container',
        spacing: 'Medium',
        items: block.lines.map((line) => ({ type: 'TextBlock', text: line, fontType: 'Monospace', wrap: true, spacing: 'None' })),
      };
  }
}

/** A button title as Teams shows it: at most 20 characters, cut visibly. */
export function cardTitle(title: string): string {
  return title.length <= TEAMS_CARD_LIMITS.title ? title : `${title.slice(0, TEAMS_CARD_LIMITS.title - 1).trimEnd()}…`;
}

/** Where an Adaptive Card button keeps the words a messageBack button would send as the message text. */
export const SUBMIT_TEXT_KEY = 'text';

/**
 * A button on an Adaptive Card. Action.Submit sends its data as the message's `value` and no text, so the data is the
 * button's value plus the words it stands for; bot/careerBot.ts makes those the message text, as messageBack does.
 */
function submitAction(action: CardAction): object {
  const value: unknown = action.value;
  const words = typeof action.text === 'string' && action.text ? action.text : action.title;
  const data = typeof value === 'object' && value !== null ? { ...value, [SUBMIT_TEXT_KEY]: words } : { [SUBMIT_TEXT_KEY]: words };
  return { type: 'Action.Submit', title: cardTitle(action.title), data };
}

/** Blocks and buttons as one Adaptive Card, as wide as Teams allows, with at most six buttons. */
export function teamsCard(blocks: readonly CardBlock[], actions: readonly CardAction[] = []): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: TEAMS_CARD_VERSION,
    body: blocks.map(textBlock),
    ...(actions.length > 0 ? { actions: actions.slice(0, TEAMS_CARD_LIMITS.actions).map(submitAction) } : {}),
  });
}

/**
 * The card with an @mention of the person on top, as Teams writes mentions inside an Adaptive Card (the `<at>` text
 * in a TextBlock and the mention in `msteams.entities`). Anything that is not an Adaptive Card is returned unchanged.
 */
export function mentionInCard(attachment: Attachment, person: ChannelAccount, name: string): Attachment {
  const content: unknown = attachment.content;
  if (attachment.contentType !== CardFactory.contentTypes.adaptiveCard || typeof content !== 'object' || content === null) return attachment;
  const body: unknown = Reflect.get(content, 'body');
  const at = `<at>${name}</at>`;
  const mention: Mention = { type: 'mention', mentioned: { id: person.id, name }, text: at };
  return {
    ...attachment,
    content: {
      ...content,
      body: [{ type: 'TextBlock', text: at, wrap: true }, ...(Array.isArray(body) ? body : [])],
      msteams: { entities: [mention] },
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Bold and italics of one line of Markdown, as HTML (the text is escaped first). */
function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/(^|[^*\w])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1<i>$2</i>')
    .replace(/(^|\W)_(?!\s)([^_]+?)_(?!\w)/g, '$1<i>$2</i>');
}

/**
 * Markdown as the HTML Teams renders in a message: paragraphs, lists, bold and italics. Used for an answer that has
 * suggested actions, where the HTML form is the one both Teams and the Agents Playground lay out.
 */
export function teamsHtml(markdown: string): string {
  return markdownBlocks(markdown)
    .map((block) => {
      switch (block.kind) {
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
        }
        case 'note':
          return `<p><i>${inlineHtml(block.text)}</i></p>`;
        case 'code':
          return `<pre>${escapeHtml(block.lines.join('\n'))}</pre>`;
        case 'heading':
        case 'label':
          return `<p><b>${inlineHtml(block.text)}</b></p>`;
        case 'text':
          return `<p>${inlineHtml(block.text)}</p>`;
      }
    })
    .join('');
}
