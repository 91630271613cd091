/**
 * The botbuilder-dialogs classes the bot uses, each from its own module. The package's index loads every dialog,
 * prompt and recognizer it has, with Microsoft's recognizers-text for dates, numbers and choices (5 MB of source that V8
 * keeps in memory): about 20 MB of resident memory the bot never uses. Types still come from the package's index
 * (`import type` loads nothing).
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
