import packageJson from '../package.json';

/** The entry point `npm start` runs. */
export const START_ENTRY = 'bot/index.ts';

/**
 * The Node flags `npm start` gives the bot (package.json's start script, `node <flags> bot/index.ts`): the bench's
 * servers and the start-up timing run with the same ones, so they measure the process a user runs.
 */
export function startNodeFlags(script: string = packageJson.scripts.start): string[] {
  const words = script.trim().split(/\s+/);
  if (words[0] !== 'node' || words[words.length - 1] !== START_ENTRY) {
    throw new Error(`package.json's start script should read "node <flags> ${START_ENTRY}" (the bench runs the bot with the same flags), got "${script}"`);
  }
  return words.slice(1, -1);
}
